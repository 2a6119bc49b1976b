//! Many authorities in one run: each catalogue of a folder is audited with its
//! own packs (chosen by its country, region and level, exactly as `audit`
//! chooses them), summarised, and dropped before the next; only the summaries
//! stay, so memory is bounded by the catalogues being audited at once (one per
//! core) plus the summary.

pub mod breakdown;
pub mod compare;
pub mod counter_hours;
pub mod indicators;
pub mod map;
pub mod model;
pub mod ranking;
pub mod render;
pub mod site;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::audit::{self, AuditOptions};
use crate::catalog::{self, Access, LoadOptions};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};
use crate::packs::{Library, Selection};
use crate::report::model::{Report, Tool};

pub use model::{AuthoritySurvey, NotLoaded, Survey, SURVEY_VERSION};

/// How every catalogue of a survey is read and audited.
#[derive(Debug, Clone)]
pub struct SurveyOptions {
    pub load: LoadOptions,
    pub selection: Selection,
    pub date: NaiveDate,
    pub lang: Lang,
}

/// The catalogues of `folder`: each `.yaml`/`.yml` file and each sub-folder
/// is one authority's catalogue. Hidden entries are skipped.
pub fn catalogues(folder: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    let fail = |message: Message| Diagnostics(vec![Diagnostic::new(folder, 0, 0, message)]);
    let entries = std::fs::read_dir(folder).map_err(|e| {
        fail(if e.kind() == std::io::ErrorKind::NotFound {
            Message::new("survey-folder-missing")
        } else {
            Message::new("survey-folder-unreadable")
                .keys("error", vec![crate::diagnostic::io_error_key(&e)])
        })
    })?;
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        // A symbolic link is followed once, to what it names; the loader
        // itself refuses what is not a regular file.
        let is_dir = kind.is_dir() || (kind.is_symlink() && path.is_dir());
        let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
        if is_dir || is_yaml {
            found.push(path);
        }
    }
    found.sort();
    if found.is_empty() {
        return Err(fail(Message::new("survey-folder-empty")));
    }
    Ok(found)
}

/// Audits every catalogue of `folder`, on every core, and compares them.
pub fn run(
    folder: &Path,
    library: &Library,
    options: &SurveyOptions,
) -> Result<Survey, Diagnostics> {
    let paths = catalogues(folder)?;
    let results: Vec<Result<AuthoritySurvey, NotLoaded>> = paths
        .par_iter()
        .map(|path| audit_one(folder, path, library, options))
        .collect();
    let mut authorities = Vec::new();
    let mut not_loaded = Vec::new();
    for result in results {
        match result {
            Ok(authority) => authorities.push(authority),
            Err(failure) => not_loaded.push(failure),
        }
    }
    let duplicate_ids = duplicate_ids(&authorities);
    let breakdown = breakdown::of(&authorities);
    let (references, unmatched) = compare::by_kind(&authorities);
    let rankings = ranking::of(&authorities, ranking::LIST_LEN);
    let counter_hours =
        counter_hours::of(&breakdown, authorities.len(), library, &options.selection);
    Ok(Survey {
        survey_version: SURVEY_VERSION,
        tool: Tool {
            name: "horsligne".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        survey_date: options.date,
        lang: options.lang.code().into(),
        source: folder.display().to_string(),
        authorities,
        not_loaded,
        references,
        unmatched,
        duplicate_ids,
        breakdown,
        thresholds: options.selection.thresholds.clone(),
        rankings,
        counter_hours,
    })
}

/// What the terminal must say after a survey, whatever its outputs: how many
/// catalogues were not read and how many ids several catalogues gave
/// (`None` when all is well). Not-read catalogues fail the run unless
/// `accepted` (`--accept-not-loaded`).
pub fn loud_failures(survey: &Survey, accepted: bool) -> Option<Message> {
    if survey.not_loaded.is_empty() && survey.duplicate_ids.is_empty() {
        return None;
    }
    let key = match (survey.not_loaded.is_empty(), accepted) {
        (true, _) => "sv-loud-duplicates",
        (false, true) => "sv-loud-not-loaded-accepted",
        (false, false) => "sv-loud-not-loaded",
    };
    Some(
        Message::new(key)
            .num("not_loaded", survey.not_loaded.len() as f64)
            .num("duplicates", survey.duplicate_ids.len() as f64)
            .num(
                "total",
                (survey.not_loaded.len() + survey.authorities.len()) as f64,
            ),
    )
}

/// Authority ids that several catalogues give. Both are kept: which file is
/// right is the reader's call, not the file name's.
fn duplicate_ids(authorities: &[AuthoritySurvey]) -> Vec<model::DuplicateId> {
    let mut sources: HashMap<&str, Vec<String>> = HashMap::new();
    for a in authorities {
        sources.entry(&a.id).or_default().push(a.source.clone());
    }
    let mut duplicates: Vec<model::DuplicateId> = sources
        .into_iter()
        .filter(|(_, sources)| sources.len() > 1)
        .map(|(id, sources)| model::DuplicateId {
            id: id.to_owned(),
            sources,
        })
        .collect();
    duplicates.sort_by(|a, b| a.id.cmp(&b.id));
    duplicates
}

fn source_name(folder: &Path, path: &Path) -> String {
    path.strip_prefix(folder)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn audit_one(
    folder: &Path,
    path: &Path,
    library: &Library,
    options: &SurveyOptions,
) -> Result<AuthoritySurvey, NotLoaded> {
    let source = source_name(folder, path);
    let (catalog, policy) = open_one(&source, path, library, options)?;
    let references = references_of(&catalog);
    let indicators = indicators::of(&catalog);
    let audit = audit::run_owned(catalog, &policy, &AuditOptions::on(Some(options.date)));
    let report = Report::from_owned_audit(audit, options.lang);
    Ok(AuthoritySurvey {
        indicators,
        ..summarise(source, &references, &report)
    })
}

/// A catalogue of the survey, read and given its packs as the survey does.
fn open_one(
    source: &str,
    path: &Path,
    library: &Library,
    options: &SurveyOptions,
) -> Result<(catalog::Catalog, crate::packs::Policy), NotLoaded> {
    let not_loaded = |diagnostics: Diagnostics| NotLoaded {
        source: source.to_owned(),
        errors: diagnostics
            .sorted()
            .0
            .iter()
            .map(|d| d.render(options.lang))
            .collect(),
    };
    let catalog = catalog::open(path, &options.load).map_err(not_loaded)?;
    let policy = library
        .select(&catalog.authority, &options.selection)
        .map_err(not_loaded)?;
    Ok((catalog, policy))
}

/// One surveyed authority's audit report (HTML) and residents' guide, made
/// again from its catalogue (`source`, inside `folder`) with the survey's
/// options, by the same renderers as `audit --format html` and `guide`:
/// the survey itself keeps only summaries, so a site of 37,000 authorities
/// never holds their reports in memory.
pub fn authority_documents(
    folder: &Path,
    source: &str,
    library: &Library,
    options: &SurveyOptions,
) -> Result<(String, String), NotLoaded> {
    let (catalog, policy) = open_one(source, &folder.join(source), library, options)?;
    let guide = crate::guide::render(&catalog, options.lang);
    let audit = audit::run_owned(catalog, &policy, &AuditOptions::on(Some(options.date)));
    let report = Report::from_owned_audit(audit, options.lang);
    let render = crate::report::RenderOptions {
        lang: options.lang,
        color: false,
    };
    let html = crate::report::Format::Html
        .reporter()
        .render(&report, &render)
        .map_err(|e| NotLoaded {
            source: source.to_owned(),
            errors: vec![e.to_string()],
        })?;
    Ok((html, guide))
}

/// Each procedure's `reference`, by procedure id: all a summary needs of the
/// catalogue, so the catalogue can be freed before the report is built.
pub fn references_of(catalog: &catalog::Catalog) -> HashMap<String, String> {
    catalog
        .procedures
        .iter()
        .filter_map(|p| Some((p.id.clone(), p.reference.clone()?)))
        .collect()
}

/// One authority's row, from its procedures' references and its audit report
/// (shared with `history --git` and `audit --history`).
pub fn summarise(
    source: String,
    references: &HashMap<String, String>,
    report: &Report,
) -> AuthoritySurvey {
    let verdicts: Vec<model::ProcedureVerdict> = report
        .audited()
        .map(|p| model::ProcedureVerdict {
            id: p.id.clone(),
            title: p.title.clone(),
            reference: references.get(&p.id).cloned(),
            access: if p.unreachable {
                Access::Unreachable
            } else if p.online_only {
                Access::OnlineOnly
            } else if p.to_confirm {
                // Never offline by omission (`init --all` channels).
                Access::ToConfirm
            } else {
                Access::Offline
            },
        })
        .collect();
    let count = |access: Access| verdicts.iter().filter(|v| v.access == access).count();
    let mut by_rule = std::collections::BTreeMap::new();
    for f in report.findings.iter().filter(|f| Report::is_active(f)) {
        *by_rule.entry(f.rule.to_string()).or_default() += 1;
    }
    AuthoritySurvey {
        id: report.authority.id.clone(),
        name: report.authority.name.clone(),
        country: report.authority.country.clone(),
        region: report.authority.region.clone(),
        territory: report.authority.territory.clone(),
        level: report.authority.level,
        source,
        procedures: verdicts.len(),
        offline_possible: count(Access::Offline),
        online_only: count(Access::OnlineOnly),
        unreachable: count(Access::Unreachable),
        findings: report.summary.findings.clone(),
        by_rule,
        indicators: Default::default(),
        packs: report.packs.iter().map(|p| p.id.clone()).collect(),
        audit_date: report.audit_date,
        finding_list: report
            .findings
            .iter()
            .filter(|f| Report::is_active(f))
            .map(|f| model::FindingBrief {
                fingerprint: f.fingerprint.clone(),
                rule: f.rule.to_string(),
                severity: f.severity,
                procedure: f.procedure.clone(),
            })
            .collect(),
        verdicts,
    }
}

#[cfg(test)]
mod tests;
