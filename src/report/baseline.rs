//! The baseline: the findings a team has accepted for now, by fingerprint.
//!
//! `audit --baseline FILE` then fails only on findings that are not in it,
//! reports the ones that were fixed and warns about entries that match
//! nothing any more. Fingerprints are a finding's rule, procedure and step
//! (`audit::fingerprint`), never its line, so edits elsewhere in the YAML do
//! not disturb them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::report::model::{BaselineJson, Report, Tool};

pub const BASELINE_VERSION: u32 = 1;

/// The default file name, at the root of the repository.
pub const DEFAULT_FILE: &str = "horsligne-baseline.json";

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "horsligne baseline (version 1)")]
pub struct Baseline {
    pub baseline_version: u32,
    pub tool: Tool,
    /// Audit date of the last `baseline create` or `update`.
    pub updated: NaiveDate,
    /// Sorted by fingerprint, one entry per fingerprint.
    pub entries: Vec<BaselineEntry>,
}

/// One accepted finding. Only `fingerprint` is matched; the rest tells a
/// reader what was accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: crate::input::ReadError,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: baseline_version {found} is not supported (expected {BASELINE_VERSION})")]
    Version { path: PathBuf, found: u32 },
}

impl BaselineError {
    /// The error as an input diagnostic, in the user's language.
    pub fn diagnostic(&self) -> crate::diagnostic::Diagnostic {
        use crate::diagnostic::Diagnostic;
        use crate::i18n::Message;
        match self {
            Self::Read { path, source } => {
                let reason = source.diagnostic(path);
                Diagnostic::new(
                    path,
                    reason.line,
                    reason.column,
                    Message::new("baseline-unreadable").message("error", reason.message),
                )
            }
            Self::Parse {
                path,
                line,
                column,
                message,
            } => Diagnostic::new(
                path,
                *line as u32,
                *column as u32,
                Message::new("baseline-invalid").arg("error", message),
            ),
            Self::Version { path, found } => Diagnostic::new(
                path,
                0,
                0,
                Message::new("baseline-bad-version").arg("version", found),
            ),
        }
    }
}

impl Baseline {
    /// Today's findings that are not covered by an exemption.
    pub fn from_report(report: &Report) -> Self {
        let entries = report
            .findings
            .iter()
            .filter(|f| Report::is_active(f))
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.clone(),
                rule: f.rule.to_string(),
                procedure: f.procedure.clone(),
                step: f.step.clone(),
                message: f.message.clone(),
            });
        Self::with_entries(report, entries)
    }

    fn with_entries(report: &Report, entries: impl IntoIterator<Item = BaselineEntry>) -> Self {
        let unique: BTreeMap<String, BaselineEntry> = entries
            .into_iter()
            .map(|e| (e.fingerprint.clone(), e))
            .collect();
        Self {
            baseline_version: BASELINE_VERSION,
            tool: report.tool.clone(),
            updated: report.audit_date,
            entries: unique.into_values().collect(),
        }
    }

    /// This baseline plus today's findings: accepted entries are kept (even
    /// those that match nothing now, unless `prune`), new findings are added.
    pub fn merged_with(&self, report: &Report, prune: bool) -> Self {
        let today = Self::from_report(report);
        let current: BTreeSet<&str> = report
            .findings
            .iter()
            .map(|f| f.fingerprint.as_str())
            .collect();
        let kept = self
            .entries
            .iter()
            .filter(|e| !prune || current.contains(e.fingerprint.as_str()))
            .cloned();
        // Today's description wins for an entry in both.
        Self::with_entries(report, kept.chain(today.entries))
    }

    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let text =
            crate::input::read_text(path, crate::input::MAX_REPORT_BYTES).map_err(|source| {
                BaselineError::Read {
                    path: path.to_owned(),
                    source,
                }
            })?;
        let baseline: Baseline = serde_json::from_str(&text).map_err(|e| BaselineError::Parse {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        if baseline.baseline_version != BASELINE_VERSION {
            return Err(BaselineError::Version {
                path: path.to_owned(),
                found: baseline.baseline_version,
            });
        }
        Ok(baseline)
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Marks the report's findings that the baseline accepts and records which
    /// entries were fixed and which match nothing any more.
    pub fn apply(&self, report: &mut Report, file: &Path) {
        let accepted: BTreeSet<&str> = self
            .entries
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect();
        let mut known = 0;
        let mut new = 0;
        for finding in report.findings.iter_mut().filter(|f| f.exempted.is_none()) {
            finding.baselined = accepted.contains(finding.fingerprint.as_str());
            if finding.baselined {
                known += 1;
            } else {
                new += 1;
            }
        }
        let current: BTreeSet<&str> = report
            .findings
            .iter()
            .map(|f| f.fingerprint.as_str())
            .collect();
        let rules: BTreeSet<&str> = report.rules.iter().map(|r| r.id.as_str()).collect();
        let procedures: BTreeSet<&str> = report.audited().map(|p| p.id.as_str()).collect();
        let (mut fixed, mut unmatched) = (Vec::new(), Vec::new());
        for entry in self
            .entries
            .iter()
            .filter(|e| !current.contains(e.fingerprint.as_str()))
        {
            // Fixed: the rule still runs on the procedure and no longer finds
            // anything. Otherwise the entry points at something gone.
            let still_audited = rules.contains(entry.rule.as_str())
                && entry
                    .procedure
                    .as_deref()
                    .is_none_or(|p| procedures.contains(p));
            if still_audited {
                fixed.push(entry.clone());
            } else {
                unmatched.push(entry.clone());
            }
        }
        report.baseline = Some(BaselineJson {
            file: file.display().to_string(),
            known,
            new,
            fixed,
            unmatched,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::FindingJson;

    fn report_with(fingerprints: &[(&str, &str, &str)]) -> Report {
        let json = serde_json::json!({
            "report_version": 1,
            "tool": {"name": "horsligne", "version": "0"},
            "audit_date": "2026-11-23",
            "lang": "fr",
            "authority": {"id": "fr-1", "name": "Essai", "country": "FR", "level": "commune"},
            "packs": [],
            "rules": [{"id": "NN-PHONE", "pack": "core", "severity": "error", "title": "t",
                       "citation": "c", "why": "w", "fix": "f", "check": "k",
                       "confidence": "confirmed", "help": "h"}],
            "summary": {"procedures": 1, "compliant": 0, "online_only": 0, "unreachable": 0,
                        "exempted": 0, "findings": {"error": 1, "warning": 0, "info": 0}},
            "procedures": [{"id": "demarche", "title": "T", "service": null, "status": "active",
                            "online_only": false, "offline_channels": [], "channels": {},
                            "compliant": false, "outcomes": {}}],
            "findings": []
        });
        let mut report: Report = serde_json::from_value(json).unwrap();
        for (fp, rule, procedure) in fingerprints {
            report.findings.push(FindingJson {
                rule: crate::audit::RuleId::new(rule),
                pack: "core".into(),
                severity: crate::packs::Severity::Error,
                procedure: Some((*procedure).into()),
                step: None,
                message: "m".into(),
                messages: Default::default(),
                citation: "c".into(),
                also_cited: Vec::new(),
                location: crate::report::model::LocationJson {
                    file: "x.yaml".into(),
                    line: 3,
                },
                fingerprint: (*fp).into(),
                exempted: None,
                contact: None,
                affects: Vec::new(),
                baselined: false,
            });
        }
        report
    }

    #[test]
    fn known_findings_are_marked_and_new_ones_are_not() {
        let before = report_with(&[("aa", "NN-PHONE", "demarche")]);
        let baseline = Baseline::from_report(&before);
        let mut now = report_with(&[
            ("aa", "NN-PHONE", "demarche"),
            ("bb", "NN-PHONE", "demarche"),
        ]);
        baseline.apply(&mut now, Path::new("b.json"));
        let b = now.baseline.as_ref().unwrap();
        assert_eq!((b.known, b.new), (1, 1));
        assert!(now.findings[0].baselined && !now.findings[1].baselined);
    }

    #[test]
    fn fixed_and_unmatched_entries_are_told_apart() {
        let before = report_with(&[
            ("aa", "NN-PHONE", "demarche"),
            ("cc", "NN-PHONE", "disparue"),
            ("dd", "OLD-RULE", "demarche"),
        ]);
        let baseline = Baseline::from_report(&before);
        let mut now = report_with(&[]);
        baseline.apply(&mut now, Path::new("b.json"));
        let b = now.baseline.unwrap();
        assert_eq!(
            b.fixed
                .iter()
                .map(|e| e.fingerprint.as_str())
                .collect::<Vec<_>>(),
            ["aa"]
        );
        assert_eq!(
            b.unmatched
                .iter()
                .map(|e| e.fingerprint.as_str())
                .collect::<Vec<_>>(),
            ["cc", "dd"]
        );
    }

    #[test]
    fn update_merges_rather_than_replaces() {
        let old = Baseline::from_report(&report_with(&[("aa", "NN-PHONE", "demarche")]));
        let now = report_with(&[("bb", "NN-PHONE", "demarche")]);
        let merged = old.merged_with(&now, false);
        let fps: Vec<&str> = merged
            .entries
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect();
        assert_eq!(fps, ["aa", "bb"]);
        let pruned = old.merged_with(&now, true);
        assert_eq!(pruned.entries.len(), 1);
    }

    #[test]
    fn a_broken_file_is_an_error_with_a_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(&path, "{\n  \"baseline_version\": 1,\n  oops\n}").unwrap();
        let err = Baseline::read(&path).unwrap_err().to_string();
        assert!(err.contains(":3:"), "{err}");
    }
}
