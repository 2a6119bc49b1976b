//! The report model: what every output format renders, and exactly what
//! `--format json` writes (report version 1, docs/report-json.md: stable,
//! fields are only ever added). Reporters read this, never the audit itself,
//! so `horsligne report audit.json` can render any format from a saved run.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::audit::{Audit, Outcome};
use crate::catalog::model::{AuthorityLevel, ProcedureStatus};
use crate::catalog::procedure::ChannelMark;
use crate::catalog::{Access, Catalog, ChannelKind, RegionOrigin};
use crate::i18n::Lang;
use crate::i18n::Localized;
use crate::packs::{PackStatus, Severity};

pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "horsligne audit report (version 1)")]
pub struct Report {
    pub report_version: u32,
    pub tool: Tool,
    /// The date the audit was made for (expiry and review ages are measured from it).
    pub audit_date: NaiveDate,
    /// Language of `message` fields.
    pub lang: String,
    pub authority: AuthorityJson,
    pub packs: Vec<PackJson>,
    /// The rules applied, with their documentation (for every format's help text).
    pub rules: Vec<RuleJson>,
    pub summary: Summary,
    pub procedures: Vec<ProcedureJson>,
    pub findings: Vec<FindingJson>,
    /// Present when the audit was compared with a baseline (`audit --baseline`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineJson>,
    /// Which catalogue was audited (absent in reports saved before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<CatalogJson>,
    /// Who made the audit (`--author`: an association, a service), so that
    /// a printed report says who stands behind it; absent when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Which findings made the run fail (exit code 1); `horsligne report`
    /// applies it again (absent in reports saved before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_policy: Option<super::fail::FailPolicy>,
    /// Which texts were applied, which were examined and do not apply (and
    /// why), and where no text was examined (absent in reports saved before
    /// it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub texts: Option<TextsJson>,
}

/// The texts examined for the authority (docs/report-json.md, « texts »).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TextsJson {
    pub examined: Vec<TextJson>,
    /// The authority's region (canonical) when no regional text was examined
    /// for it (Flanders, most Swiss cantons): said, never left to silence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_regional_text: Option<String>,
}

/// One text (pack) and what became of it for this authority.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TextJson {
    pub pack: String,
    pub title: String,
    pub status: PackStatus,
    /// applied | other_region | level_excluded | other_authority |
    /// bill_needs_preview | opt_in | not_yet_in_force | not_requested
    pub verdict: String,
    /// Why, in the report's language.
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<NaiveDate>,
    /// False while the date of entry into force was not read in the text:
    /// the report says « date d'entrée en vigueur non vérifiée ».
    pub effective_from_verified: bool,
}

impl CatalogJson {
    /// Which catalogue was audited.
    pub fn of(catalog: &Catalog) -> Self {
        CatalogJson {
            // Loading refuses every other version.
            format_version: 1,
            files: catalog.files.len(),
            last_reviewed: catalog.procedures.iter().filter_map(|p| p.reviewed).max(),
        }
    }
}

/// The version of the catalogue audited, for the methodology of a report.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CatalogJson {
    /// The catalogue format version.
    pub format_version: u32,
    /// Number of catalogue files merged.
    pub files: usize,
    /// The most recent `reviewed` date of its procedures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AuthorityJson {
    pub id: String,
    pub name: String,
    pub country: String,
    /// Canonical (`bruxelles-capitale`, `ge`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The region as written in the catalogue, when it differs from the canonical value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_written: Option<String>,
    /// Present when the region was not written but deduced from a Belgian
    /// postcode in a contact's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_deduced_from: Option<RegionDeducedJson>,
    pub level: AuthorityLevel,
    /// (issue 26) code, département, population and status, when the catalogue gives them.
    #[serde(default, flatten)]
    pub territory: crate::catalog::model::Territory,
}

/// Where a deduced region came from.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RegionDeducedJson {
    pub postcode: u16,
    /// The contact whose address gave it.
    pub contact: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PackJson {
    pub id: String,
    pub title: String,
    pub status: PackStatus,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RuleJson {
    pub id: String,
    pub pack: String,
    /// Severity in this audit (after level-specific severities and overrides).
    pub severity: Severity,
    pub title: String,
    pub citation: String,
    pub why: String,
    pub fix: String,
    /// The check kind and its parameters, e.g. `channel_offered {"channel":"phone"}`.
    pub check: String,
    /// The check kind alone, typed (`channel_offered`): added so that readers
    /// of the report decide by it. Absent from reports saved before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::checks::CheckKind>,
    /// confirmed | secondary | interpretation | unconfirmed | data_quality
    /// (after level-specific confidences).
    pub confidence: String,
    /// What the citation is: legal_basis (a text in force), grounds (a
    /// recommendation, bill, local policy or advocacy demand) or data_quality.
    #[serde(default)]
    pub basis: String,
    /// The label to show before the citation, in the report's language
    /// (« Base légale » only for a text in force).
    #[serde(default)]
    pub basis_label: String,
    /// Where the rule is documented (`horsligne rules explain <id>` prints the same).
    pub help: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// Procedures audited (retired ones are listed but not audited).
    pub procedures: usize,
    /// Procedures a resident can do without the internet (at least one
    /// offline channel in every step), whatever the findings.
    #[serde(default)]
    pub offline_possible: usize,
    /// Procedures with no active error finding.
    pub compliant: usize,
    pub online_only: usize,
    pub unreachable: usize,
    /// Procedures with something still to confirm (a channel or contact
    /// marked `to_confirm`): never compliant by omission, work to do.
    #[serde(default)]
    pub to_confirm: usize,
    /// Findings covered by a valid exemption (not counted in `findings`).
    pub exempted: usize,
    pub findings: SeverityCounts,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SeverityCounts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ProcedureJson {
    pub id: String,
    pub title: String,
    pub service: Option<String>,
    pub status: ProcedureStatus,
    pub online_only: bool,
    /// Present (true) only for a procedure with no full route at all.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreachable: bool,
    /// Present (true) only for a procedure with something still to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub to_confirm: bool,
    pub offline_channels: Vec<ChannelKind>,
    /// How each channel is offered: offline (in full, without the internet),
    /// limited (offered but not an offline alternative) or absent.
    pub channels: BTreeMap<ChannelKind, ChannelMark>,
    pub compliant: bool,
    /// Rule id → pass | fail | exempt | not_applicable.
    pub outcomes: BTreeMap<crate::audit::RuleId, Outcome>,
    /// What `horsligne verify` found on the procedure's pages (docs/verify.md);
    /// absent from `audit` reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<crate::verify::ProcedureEvidence>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FindingJson {
    pub rule: crate::audit::RuleId,
    pub pack: Arc<str>,
    pub severity: Severity,
    pub procedure: Option<String>,
    pub step: Option<String>,
    /// In the report's language.
    pub message: String,
    /// In every language the tool speaks.
    pub messages: Localized,
    pub citation: Arc<str>,
    /// The other texts that say the same thing about this problem (rules
    /// folded into this finding, see `absorbs` in docs/packs.md).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_cited: Vec<Arc<str>>,
    pub location: LocationJson,
    pub fingerprint: String,
    /// The shared contact (`contacts:` id) a contact defect is about; absent
    /// for findings about a procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// A defect of a shared contact is reported once: the procedures that
    /// send people to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affects: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempted: Option<Box<ExemptedJson>>,
    /// Accepted in the baseline: reported, but does not fail the audit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub baselined: bool,
}

/// How the findings compare with the baseline given to `audit --baseline`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct BaselineJson {
    pub file: String,
    /// Findings already in the baseline.
    pub known: usize,
    /// Findings not in the baseline: only these fail the audit.
    pub new: usize,
    /// Baseline entries whose finding is gone while its rule and procedure are still audited.
    pub fixed: Vec<crate::report::baseline::BaselineEntry>,
    /// Baseline entries that match nothing: their procedure or rule is gone.
    pub unmatched: Vec<crate::report::baseline::BaselineEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct LocationJson {
    pub file: Arc<str>,
    pub line: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ExemptedJson {
    pub reference: Option<String>,
    pub until: Option<NaiveDate>,
    pub reason: String,
    pub ground: String,
}

impl Report {
    /// The report of `audit`, which stays as it was (copies every string).
    pub fn from_audit(audit: &Audit, lang: Lang) -> Self {
        let files = file_names(&audit.findings);
        Self::of_parts(
            audit,
            summary_of(&audit.procedures, &audit.findings),
            audit
                .procedures
                .par_iter()
                .cloned()
                .map(procedure_json)
                .collect(),
            audit
                .findings
                .par_iter()
                .cloned()
                .map(|f| finding_json(f, lang, &files))
                .collect(),
            lang,
        )
    }

    /// The report of `audit`, consuming it: the strings of its procedures and
    /// findings move into the report instead of being copied, so the two are
    /// never both in memory (on 100,000 procedures they weigh hundreds of MB).
    pub fn from_owned_audit(mut audit: Audit, lang: Lang) -> Self {
        let procedures = std::mem::take(&mut audit.procedures);
        let findings = std::mem::take(&mut audit.findings);
        let files = file_names(&findings);
        Self::of_parts(
            &audit,
            summary_of(&procedures, &findings),
            procedures.into_par_iter().map(procedure_json).collect(),
            // In place: one buffer serves the audit's findings and then the
            // report's (a finding of the report is no larger than the
            // audit's), instead of two of about 70 MB each on 100,000
            // procedures; the conversion only moves strings.
            findings
                .into_iter()
                .map(|f| finding_json(f, lang, &files))
                .collect(),
            lang,
        )
    }

    fn of_parts(
        audit: &Audit,
        summary: Summary,
        procedures: Vec<ProcedureJson>,
        findings: Vec<FindingJson>,
        lang: Lang,
    ) -> Self {
        Report {
            report_version: REPORT_VERSION,
            tool: Tool {
                name: env!("CARGO_PKG_NAME").to_owned(),
                version: env!("CARGO_PKG_VERSION").to_owned(),
            },
            audit_date: audit.today,
            lang: lang.code().to_owned(),
            authority: AuthorityJson {
                id: audit.authority.id.clone(),
                name: audit.authority.name.clone(),
                country: audit.authority.country.clone(),
                region: audit.authority.region.clone(),
                region_written: match &audit.authority.region_origin {
                    RegionOrigin::Written(w) if Some(w) != audit.authority.region.as_ref() => {
                        Some(w.clone())
                    }
                    _ => None,
                },
                region_deduced_from: match &audit.authority.region_origin {
                    RegionOrigin::DeducedFromPostcode { postcode, contact } => {
                        Some(RegionDeducedJson {
                            postcode: *postcode,
                            contact: contact.clone(),
                        })
                    }
                    _ => None,
                },
                level: audit.authority.level,
                territory: audit.authority.territory.clone(),
            },
            packs: audit
                .packs
                .iter()
                .map(|p| PackJson {
                    id: p.id.value.clone(),
                    title: p.title.get(lang).to_owned(),
                    status: p.status,
                })
                .collect(),
            rules: audit
                .rules
                .iter()
                .map(|r| RuleJson {
                    id: r.rule.id.value.clone(),
                    pack: r.pack_id.clone(),
                    severity: r.severity,
                    title: r.rule.title.get(lang).to_owned(),
                    citation: r.rule.citation.clone(),
                    why: r.rule.why.get(lang).trim().to_owned(),
                    fix: r.rule.fix.get(lang).trim().to_owned(),
                    check: format!("{} {}", r.rule.check.kind(), r.rule.check.params_text())
                        .trim()
                        .to_owned(),
                    kind: Some(r.rule.check.check_kind()),
                    confidence: r.confidence.as_str().to_owned(),
                    basis: r.basis().as_str().to_owned(),
                    basis_label: crate::i18n::t(lang, r.basis().label_key(r.pack_status)),
                    help: format!("docs/rules.md#{}", r.rule.id.value.to_ascii_lowercase()),
                })
                .collect(),
            summary,
            procedures,
            findings,
            baseline: None,
            catalog: None,
            author: None,
            fail_policy: None,
            texts: Some(texts_json(audit, lang)),
        }
    }
}

/// The texts examined, with why each applies or not, in `lang`.
fn texts_json(audit: &Audit, lang: Lang) -> TextsJson {
    TextsJson {
        examined: audit
            .texts
            .iter()
            .map(|t| TextJson {
                pack: t.pack.clone(),
                title: t.title.get(lang).to_owned(),
                status: t.status,
                verdict: t.verdict.as_str().to_owned(),
                reason: t.verdict.message(t, &audit.authority).render(lang),
                effective_from: t.effective_from,
                effective_from_verified: t.effective_from_verified,
            })
            .collect(),
        no_regional_text: audit.region_without_text.clone(),
    }
}

/// The counts of a report, from the audit's procedures and findings.
fn summary_of(
    procedures: &[crate::audit::ProcedureResult],
    findings: &[crate::audit::Finding],
) -> Summary {
    let audited: Vec<_> = procedures
        .iter()
        .filter(|p| p.status != ProcedureStatus::Retired)
        .collect();
    let active = |severity: Severity| {
        findings
            .iter()
            .filter(|f| f.is_active() && f.severity == severity)
            .count()
    };
    Summary {
        procedures: audited.len(),
        offline_possible: audited
            .iter()
            .filter(|p| p.access == Access::Offline)
            .count(),
        compliant: audited.iter().filter(|p| p.compliant).count(),
        online_only: audited
            .iter()
            .filter(|p| p.access == Access::OnlineOnly)
            .count(),
        unreachable: audited
            .iter()
            .filter(|p| p.access == Access::Unreachable)
            .count(),
        to_confirm: audited.iter().filter(|p| p.to_confirm).count(),
        exempted: findings.iter().filter(|f| !f.is_active()).count(),
        findings: SeverityCounts {
            error: active(Severity::Error),
            warning: active(Severity::Warning),
            info: active(Severity::Info),
        },
    }
}

fn procedure_json(p: crate::audit::ProcedureResult) -> ProcedureJson {
    ProcedureJson {
        online_only: p.access == Access::OnlineOnly,
        unreachable: p.access == Access::Unreachable,
        to_confirm: p.to_confirm,
        channels: p.channels.iter().copied().collect(),
        outcomes: p.outcomes.into_iter().collect(),
        id: p.id,
        title: p.title,
        service: p.service,
        status: p.status,
        offline_channels: p.offline_channels,
        compliant: p.compliant,
        evidence: None,
    }
}

/// Each file's name as the report writes it, made once per file.
fn file_names(findings: &[crate::audit::Finding]) -> HashMap<Arc<Path>, Arc<str>> {
    let mut names = HashMap::new();
    for f in findings {
        if !names.contains_key(&f.location.file) {
            let name: Arc<str> = f.location.file.display().to_string().into();
            names.insert(Arc::clone(&f.location.file), name);
        }
    }
    names
}

fn finding_json(
    f: crate::audit::Finding,
    lang: Lang,
    files: &HashMap<Arc<Path>, Arc<str>>,
) -> FindingJson {
    FindingJson {
        message: f.message.get(lang).to_owned(),
        messages: f.message,
        location: LocationJson {
            file: files
                .get(&f.location.file)
                .cloned()
                .unwrap_or_else(|| f.location.file.display().to_string().into()),
            line: f.location.line,
        },
        exempted: f.exempted.map(|e| {
            Box::new(ExemptedJson {
                reference: e.reference,
                until: e.until,
                reason: e.reason,
                ground: e.ground,
            })
        }),
        rule: f.rule,
        pack: f.pack,
        severity: f.severity,
        procedure: f.procedure,
        step: f.step,
        citation: f.citation,
        also_cited: f.also_cited,
        fingerprint: f.fingerprint,
        contact: f.contact,
        affects: f.affects,
        baselined: false,
    }
}

impl FindingJson {
    /// For a defect of a shared contact, reported once: « contact « accueil »
    /// (3 démarches : a, b, c) »; `None` for other findings.
    pub fn contact_subject(&self, lang: Lang) -> Option<String> {
        const SHOWN: usize = 5;
        let contact = self.contact.as_deref()?;
        let mut shown = self
            .affects
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if self.affects.len() > SHOWN {
            shown.push_str(", …");
        }
        Some(
            crate::i18n::Message::new("report-contact-subject")
                .arg("contact", contact)
                .num("count", self.affects.len() as f64)
                .arg("procedures", shown)
                .render(lang),
        )
    }

    /// The procedures this finding counts against: its own, or those that
    /// send people to the contact it is about.
    pub fn counted_procedures(&self) -> impl Iterator<Item = &str> {
        self.procedure
            .as_deref()
            .into_iter()
            .chain(self.affects.iter().map(String::as_str))
    }
}

impl Report {
    /// Records who made the audit; a blank name is no name, and rendering a
    /// saved report without `--author` keeps the one it was saved with.
    pub fn set_author(&mut self, author: Option<&str>) {
        if let Some(author) = author.map(str::trim).filter(|a| !a.is_empty()) {
            self.author = Some(author.to_owned());
        }
    }

    /// Adds what `verify` found to each procedure it concerns. Takes the
    /// evidence rather than copying it: on a large catalogue it weighs as much
    /// as the catalogue itself.
    pub fn attach_evidence(&mut self, mut evidence: crate::verify::Evidence) {
        for p in &mut self.procedures {
            p.evidence = evidence.procedures.remove(&p.id);
        }
    }

    pub fn is_active(finding: &FindingJson) -> bool {
        finding.exempted.is_none()
    }

    /// Findings not covered by an exemption, of `severity`.
    pub fn active(&self, severity: Severity) -> impl Iterator<Item = &FindingJson> {
        self.findings
            .iter()
            .filter(move |f| Self::is_active(f) && f.severity == severity)
    }

    pub fn audited(&self) -> impl Iterator<Item = &ProcedureJson> {
        self.procedures
            .iter()
            .filter(|p| p.status != ProcedureStatus::Retired)
    }

    /// Not exempted and not accepted in the baseline: what fails the audit.
    pub fn is_new(finding: &FindingJson) -> bool {
        Self::is_active(finding) && !finding.baselined
    }
}

impl FindingJson {
    /// The message in `lang`, whatever language the report was saved in.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.messages.get(lang)
    }
}
