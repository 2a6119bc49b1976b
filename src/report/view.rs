//! What the readable reports (Markdown, HTML, CSV) show, computed once from a
//! `Report` in linear time: indexes by procedure and rule, counts by service,
//! channel coverage, and the tool's words for the report's values.

use std::collections::{BTreeMap, HashMap};

use super::model::{FindingJson, ProcedureJson, Report, RuleJson};
use crate::catalog::model::ProcedureStatus;
use crate::catalog::procedure::ChannelMark;
use crate::catalog::ChannelKind;
use crate::html_page::sort_key;
use crate::i18n::{t, Lang, Message};
use crate::packs::Severity;
use crate::verify::evidence::{Basis, ChannelEvidence, PageEvidence};
use crate::verify::{EvidenceVerdict, PageRole, PageState, ProcedureEvidence};

/// The offline channels the law names, in the order reports show them.
pub const OFFLINE_CHANNELS: [ChannelKind; 3] = [
    ChannelKind::Counter,
    ChannelKind::Phone,
    ChannelKind::Postal,
];

/// Compliant and non-compliant audited procedures of one service.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ServiceCount {
    pub compliant: usize,
    pub noncompliant: usize,
}

/// How many audited procedures offer a channel offline, limited, or not at all.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub offline: usize,
    pub limited: usize,
    pub absent: usize,
}

/// A service (or none) and its procedures.
pub type ServiceGroup<'r> = (Option<&'r str>, Vec<&'r ProcedureJson>);

pub struct View<'r> {
    pub report: &'r Report,
    pub lang: Lang,
    pub rules: HashMap<&'r str, &'r RuleJson>,
    /// Active findings of each procedure (by id).
    pub active_by_procedure: HashMap<&'r str, usize>,
    /// Every finding (active or exempted) of each procedure, in report order.
    pub findings_by_procedure: HashMap<&'r str, Vec<&'r FindingJson>>,
    /// Findings about the authority as a whole.
    pub authority_findings: Vec<&'r FindingJson>,
    /// Active findings grouped by rule, rules in the order of the report's rules.
    pub active_by_rule: Vec<(&'r str, Vec<&'r FindingJson>)>,
    pub exempted: Vec<&'r FindingJson>,
    /// Procedures by service, services sorted (procedures without one last).
    pub services: Vec<ServiceGroup<'r>>,
    pub service_counts: Vec<(String, ServiceCount)>,
    pub coverage: Vec<(ChannelKind, Coverage)>,
    /// Procedures `verify` has evidence for, those whose pages contradict the
    /// catalogue first; empty for an `audit` report.
    pub evidence: Vec<(&'r ProcedureJson, &'r ProcedureEvidence)>,
}

impl<'r> View<'r> {
    pub fn new(report: &'r Report, lang: Lang) -> Self {
        let rules: HashMap<&str, &RuleJson> =
            report.rules.iter().map(|r| (r.id.as_str(), r)).collect();

        let mut active_by_procedure: HashMap<&str, usize> = HashMap::new();
        let mut findings_by_procedure: HashMap<&str, Vec<&FindingJson>> = HashMap::new();
        let mut authority_findings = Vec::new();
        let mut by_rule: HashMap<&str, Vec<&FindingJson>> = HashMap::new();
        let mut exempted = Vec::new();
        for f in &report.findings {
            let active = Report::is_active(f);
            match f.procedure.as_deref() {
                Some(p) => {
                    findings_by_procedure.entry(p).or_default().push(f);
                    if active {
                        *active_by_procedure.entry(p).or_default() += 1;
                    }
                }
                None => {
                    if active {
                        for p in &f.affects {
                            *active_by_procedure.entry(p.as_str()).or_default() += 1;
                        }
                    }
                    authority_findings.push(f)
                }
            }
            if active {
                by_rule.entry(f.rule.as_str()).or_default().push(f);
            } else {
                exempted.push(f);
            }
        }
        let mut active_by_rule: Vec<(&str, Vec<&FindingJson>)> = Vec::new();
        for rule in &report.rules {
            if let Some(list) = by_rule.remove(rule.id.as_str()) {
                active_by_rule.push((rule.id.as_str(), list));
            }
        }
        // Findings of rules the report does not document (hand-edited report): still shown.
        let mut rest: Vec<_> = by_rule.into_iter().collect();
        rest.sort_by(|a, b| a.0.cmp(b.0));
        active_by_rule.extend(rest);
        // Most serious first, then most frequent.
        active_by_rule.sort_by(|a, b| {
            let severity = |id: &str| rules.get(id).map(|r| r.severity);
            severity(b.0)
                .cmp(&severity(a.0))
                .then(b.1.len().cmp(&a.1.len()))
        });

        // Keyed by (no service, reading order): procedures without a service come last.
        type ServiceKey = (bool, String);
        let mut grouped: BTreeMap<ServiceKey, ServiceGroup> = BTreeMap::new();
        for p in &report.procedures {
            let key = (
                p.service.is_none(),
                sort_key(p.service.as_deref().unwrap_or("")),
            );
            grouped
                .entry(key)
                .or_insert_with(|| (p.service.as_deref(), Vec::new()))
                .1
                .push(p);
        }
        let services: Vec<_> = grouped.into_values().collect();

        let service_counts = services
            .iter()
            .filter_map(|(service, procedures)| {
                let mut count = ServiceCount::default();
                for p in procedures.iter().filter(|p| is_audited(p)) {
                    if p.compliant {
                        count.compliant += 1;
                    } else {
                        count.noncompliant += 1;
                    }
                }
                (count != ServiceCount::default()).then(|| (service_name(*service, lang), count))
            })
            .collect();

        let coverage = OFFLINE_CHANNELS
            .iter()
            .map(|&kind| {
                let mut c = Coverage::default();
                for p in report.procedures.iter().filter(|p| is_audited(p)) {
                    match mark(p, kind) {
                        ChannelMark::Offline => c.offline += 1,
                        ChannelMark::Limited => c.limited += 1,
                        ChannelMark::Absent => c.absent += 1,
                    }
                }
                (kind, c)
            })
            .collect();

        let mut evidence: Vec<_> = report
            .procedures
            .iter()
            .filter_map(|p| p.evidence.as_ref().map(|e| (p, e)))
            .collect();
        evidence.sort_by_key(|(_, e)| !contradicts(e));

        View {
            report,
            lang,
            rules,
            active_by_procedure,
            findings_by_procedure,
            authority_findings,
            active_by_rule,
            exempted,
            services,
            service_counts,
            coverage,
            evidence,
        }
    }

    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub fn active_count(&self, procedure: &str) -> usize {
        self.active_by_procedure
            .get(procedure)
            .copied()
            .unwrap_or(0)
    }

    pub fn rule_title(&self, id: &str) -> String {
        self.rules
            .get(id)
            .map(|r| r.title.clone())
            .unwrap_or_default()
    }

    /// The headline a resident cares about (« 2 démarches sur 4 peuvent se
    /// faire sans internet »), then how many are compliant, with what
    /// « conforme » means.
    pub fn headline(&self) -> String {
        format!("{} {}", self.lead(), self.compliant_line())
    }

    /// How many are compliant, with what « conforme » means.
    pub fn compliant_line(&self) -> String {
        let s = &self.report.summary;
        Message::new("rp-headline-compliant")
            .num("compliant", s.compliant as f64)
            .num("procedures", s.procedures as f64)
            .render(self.lang)
    }

    /// Share of audited procedures that are compliant, in whole percent.
    pub fn compliant_share(&self) -> u32 {
        let s = &self.report.summary;
        if s.procedures == 0 {
            return 100;
        }
        ((s.compliant as f64 * 100.0) / s.procedures as f64).round() as u32
    }

    /// "format 1, 11 files, last reviewed on ...".
    pub fn catalog_version(&self) -> String {
        match &self.report.catalog {
            None => self.t("rp-catalog-unknown"),
            Some(c) => match c.last_reviewed {
                Some(date) => Message::new("rp-catalog-version")
                    .num("format", c.format_version)
                    .num("files", c.files as f64)
                    .arg("reviewed", date)
                    .render(self.lang),
                None => Message::new("rp-catalog-version-unreviewed")
                    .num("format", c.format_version)
                    .num("files", c.files as f64)
                    .render(self.lang),
            },
        }
    }

    pub fn generated(&self) -> String {
        Message::new("rp-generated")
            .arg("date", self.report.audit_date)
            .arg("tool", &self.report.tool.name)
            .arg("version", &self.report.tool.version)
            .render(self.lang)
    }

    /// "procedure › step", or the authority for findings about it.
    pub fn subject(&self, f: &FindingJson) -> String {
        match (&f.procedure, &f.step) {
            (Some(p), Some(s)) => format!("{p} › {s}"),
            (Some(p), None) => p.clone(),
            (None, _) => f
                .contact_subject(self.lang)
                .unwrap_or_else(|| self.t("report-authority")),
        }
    }

    pub fn access(&self, p: &ProcedureJson) -> String {
        self.t(access_key(p))
    }

    /// "Audit of 27 November 2026, made by …".
    pub fn made(&self) -> String {
        let date = crate::i18n::long_date(self.lang, self.report.audit_date);
        match &self.report.author {
            Some(author) => Message::new("cr-made-by")
                .arg("date", date)
                .arg("author", author)
                .render(self.lang),
            None => Message::new("cr-made").arg("date", date).render(self.lang),
        }
    }

    pub fn tool_line(&self) -> String {
        Message::new("cr-tool")
            .arg("tool", &self.report.tool.name)
            .arg("version", &self.report.tool.version)
            .render(self.lang)
    }

    /// Audited procedures that can be done without the internet (what
    /// `offline_possible` counts, also for reports saved before it existed).
    pub fn doable_offline(&self) -> usize {
        self.report
            .audited()
            .filter(|p| !p.online_only && !p.unreachable)
            .count()
    }

    /// "N procedures out of M can be done without the internet."
    pub fn lead(&self) -> String {
        Message::new("rp-headline-offline")
            .num("offline", self.doable_offline() as f64)
            .num("procedures", self.report.summary.procedures as f64)
            .render(self.lang)
    }

    /// The procedures that cannot be done without the internet, by service.
    pub fn cannot_by_service(&self) -> Vec<(String, Vec<&'r ProcedureJson>)> {
        self.services
            .iter()
            .filter_map(|(service, list)| {
                let cannot: Vec<&ProcedureJson> = list
                    .iter()
                    .copied()
                    .filter(|p| is_audited(p) && (p.online_only || p.unreachable))
                    .collect();
                (!cannot.is_empty()).then(|| (service_name(*service, self.lang), cannot))
            })
            .collect()
    }

    /// The summary's figures, each with its (plural) locale key: the same
    /// in every format people read.
    /// Procedures still to confirm come first, as work to do, and only when
    /// there are some.
    pub fn council_figures(&self) -> Vec<(usize, &'static str)> {
        let s = &self.report.summary;
        let to_confirm = (s.to_confirm > 0).then_some((s.to_confirm, "cr-kpi-to-confirm"));
        to_confirm
            .into_iter()
            .chain([
                (s.procedures, "cr-kpi-procedures"),
                (self.doable_offline(), "cr-kpi-offline"),
                (s.compliant, "cr-kpi-compliant"),
                (s.online_only, "cr-kpi-online-only"),
                (s.unreachable, "cr-kpi-unreachable"),
                (s.findings.error, "cr-kpi-errors"),
                (s.findings.warning, "cr-kpi-warnings"),
                (s.findings.info, "cr-kpi-infos"),
                (s.exempted, "cr-kpi-exempted"),
            ])
            .collect()
    }

    /// Audited procedures without any active finding, in the services' order.
    pub fn all_good(&self) -> Vec<&'r ProcedureJson> {
        self.services
            .iter()
            .flat_map(|(_, list)| list.iter().copied())
            .filter(|p| is_audited(p) && self.active_count(&p.id) == 0)
            .collect()
    }

    /// Active findings of one procedure, in report order.
    pub fn active_of(&self, procedure: &str) -> Vec<&'r FindingJson> {
        self.findings_by_procedure
            .get(procedure)
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|f| Report::is_active(f))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Active findings about the authority as a whole.
    pub fn authority_active(&self) -> Vec<&'r FindingJson> {
        self.authority_findings
            .iter()
            .copied()
            .filter(|f| Report::is_active(f))
            .collect()
    }

    /// The procedure's title (its id only if the report does not list it).
    pub fn title_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.report
            .procedures
            .iter()
            .find(|p| p.id == id)
            .map_or(id, |p| p.title.as_str())
    }

    /// "procedure title › step", or the authority: for readers, not editors.
    pub fn subject_title(&self, f: &FindingJson) -> String {
        match (&f.procedure, &f.step) {
            (Some(p), Some(s)) => format!("{} › {s}", self.title_of(p)),
            (Some(p), None) => self.title_of(p).to_owned(),
            (None, _) => f
                .contact_subject(self.lang)
                .unwrap_or_else(|| self.t("report-authority")),
        }
    }

    /// When a page was read, as people write dates (the time in UTC).
    pub fn fetched_on(&self, page: &PageEvidence) -> String {
        page.fetched_at.map_or_else(
            || "—".to_owned(),
            |at| {
                format!(
                    "{} {}",
                    crate::i18n::long_date(self.lang, at.date_naive()),
                    at.format("%H:%M UTC")
                )
            },
        )
    }

    /// Every distinct page `verify` read or tried, with when it was read.
    pub fn pages_read(&self) -> Vec<(&'r str, String)> {
        let mut pages: Vec<(&str, String)> = Vec::new();
        for (_, e) in &self.evidence {
            for page in &e.pages {
                if pages.iter().any(|(url, _)| *url == page.url) {
                    continue;
                }
                let read = match page.fetched_at {
                    Some(at) if page.state != PageState::Inconclusive => {
                        Message::new("cr-page-read")
                            .arg("date", crate::i18n::long_date(self.lang, at.date_naive()))
                            .render(self.lang)
                    }
                    _ => self.t("cr-page-not-read"),
                };
                pages.push((page.url.as_str(), read));
            }
        }
        pages
    }

    /// "12 pages: 10 read, 2 inconclusive; channels: ..." over the report's evidence.
    pub fn evidence_summary(&self) -> String {
        crate::verify::evidence::summary(self.evidence.iter().map(|(_, e)| *e)).render(self.lang)
    }

    /// How many procedures have a page that contradicts the catalogue, or
    /// that no page could be read (then nothing is proven).
    pub fn evidence_lead(&self) -> String {
        let read = self
            .evidence
            .iter()
            .flat_map(|(_, e)| &e.pages)
            .any(|p| p.state != PageState::Inconclusive);
        if !read {
            return self.t("ev-nothing-read");
        }
        let contradicted = self.evidence.iter().filter(|(_, e)| contradicts(e)).count();
        Message::new("ev-contradicted-count")
            .num("count", contradicted as f64)
            .render(self.lang)
    }

    pub fn verdict(&self, verdict: EvidenceVerdict) -> String {
        Message::new("verify-verdict")
            .arg("verdict", verdict_name(verdict))
            .render(self.lang)
    }

    /// The page's state in words, with why it could not be read.
    pub fn page_state(&self, page: &PageEvidence) -> String {
        let state = Message::new("verify-page-state")
            .arg("state", page_state_name(page.state))
            .render(self.lang);
        match page.reason {
            Some(reason) => format!(
                "{state}{}{}",
                self.t("rp-label-sep"),
                Message::new("ev-reason")
                    .arg("reason", reason.as_str())
                    .render(self.lang)
            ),
            None => state,
        }
    }

    pub fn page_role(&self, role: PageRole) -> String {
        let role: &str = role.into();
        Message::new("ev-role").arg("role", role).render(self.lang)
    }

    /// What the verdict rests on, with the other numbers the page gives.
    pub fn basis(&self, channel: &ChannelEvidence) -> String {
        let basis = Message::new("ev-basis")
            .arg("basis", channel.basis.as_str())
            .render(self.lang);
        if channel.found.is_empty() {
            basis
        } else {
            format!(
                "{basis} ({})",
                Message::new(if channel.channel == ChannelKind::Phone {
                    "ev-found"
                } else {
                    "ev-found-addresses"
                })
                .arg("numbers", channel.found.join(", "))
                .render(self.lang)
            )
        }
    }

    /// The declared channel, and the step it belongs to.
    pub fn evidence_channel(&self, channel: &ChannelEvidence) -> String {
        let name = self.t(channel.channel.label_key());
        match &channel.step {
            Some(step) => format!("{name} › {step}"),
            None => name,
        }
    }

    pub fn snippet(&self, snippet: &str) -> String {
        Message::new("ev-snippet")
            .arg("snippet", snippet)
            .render(self.lang)
    }

    /// The declared channels no page could be read for, in words.
    pub fn unreadable_channels(&self, evidence: &ProcedureEvidence) -> Option<String> {
        let names: Vec<String> = unreadable(evidence)
            .map(|c| self.evidence_channel(c))
            .collect();
        (!names.is_empty()).then(|| {
            Message::new("ev-unreadable-channels")
                .arg("channels", names.join(", "))
                .render(self.lang)
        })
    }

    pub fn premium_numbers(&self, evidence: &ProcedureEvidence) -> Option<String> {
        let numbers: Vec<&str> = evidence
            .premium_numbers
            .iter()
            .map(|p| p.written.as_str())
            .collect();
        (!numbers.is_empty()).then(|| {
            Message::new("ev-premium")
                .arg("numbers", numbers.join(", "))
                .render(self.lang)
        })
    }

    pub fn opening_hours(&self, evidence: &ProcedureEvidence) -> Option<String> {
        evidence.opening_hours.as_deref().map(|hours| {
            Message::new("ev-hours")
                .arg("hours", self.snippet(hours))
                .render(self.lang)
        })
    }
}

/// A page of the procedure contradicts a declared channel.
pub fn contradicts(evidence: &ProcedureEvidence) -> bool {
    evidence
        .channels
        .iter()
        .any(|c| c.verdict == EvidenceVerdict::Contradicted)
}

/// The channels compared with a page, contradicted first, then in the
/// catalogue's order; those no page could be read for are said once, apart.
pub fn compared_channels(evidence: &ProcedureEvidence) -> Vec<&ChannelEvidence> {
    let mut channels: Vec<_> = evidence
        .channels
        .iter()
        .filter(|c| c.basis != Basis::PageUnreadable)
        .collect();
    channels.sort_by_key(|c| c.verdict != EvidenceVerdict::Contradicted);
    channels
}

fn unreadable(evidence: &ProcedureEvidence) -> impl Iterator<Item = &ChannelEvidence> {
    evidence
        .channels
        .iter()
        .filter(|c| c.basis == Basis::PageUnreadable)
}

pub fn verdict_name(verdict: EvidenceVerdict) -> &'static str {
    verdict.into()
}

/// A sign beside the verdict's word, for the eye and for black and white.
pub fn verdict_sign(verdict: EvidenceVerdict) -> &'static str {
    match verdict {
        EvidenceVerdict::Confirmed => "✔",
        EvidenceVerdict::Contradicted => "✘",
        EvidenceVerdict::NotFound => "○",
        EvidenceVerdict::Inconclusive => "?",
    }
}

fn page_state_name(state: PageState) -> &'static str {
    state.into()
}

/// When the page was fetched, to the second, in UTC (as in the JSON report).
pub fn fetched_at(page: &PageEvidence) -> String {
    page.fetched_at.map_or_else(
        || "—".to_owned(),
        |at| at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
    )
}

pub fn http_status(page: &PageEvidence) -> String {
    page.http_status
        .map_or_else(|| "—".to_owned(), |s| s.to_string())
}

/// The first 12 hex digits of the page's SHA-256: enough to tell two
/// versions of a page apart on paper; the JSON report keeps it whole.
pub fn short_hash(page: &PageEvidence) -> Option<&str> {
    page.content_hash
        .as_deref()
        .map(|h| h.get(..12).unwrap_or(h))
}

pub fn is_audited(p: &ProcedureJson) -> bool {
    p.status != ProcedureStatus::Retired
}

pub fn mark(p: &ProcedureJson, kind: ChannelKind) -> ChannelMark {
    p.channels
        .get(&kind)
        .copied()
        .unwrap_or(ChannelMark::Absent)
}

pub fn access_key(p: &ProcedureJson) -> &'static str {
    if p.status == ProcedureStatus::Retired {
        "access-retired"
    } else if p.online_only {
        "access-online-only"
    } else if p.unreachable {
        "access-unreachable"
    } else {
        "access-offline"
    }
}

/// The word for a channel's mark; `online` reads yes/no.
pub fn mark_key(kind: ChannelKind, mark: ChannelMark) -> &'static str {
    match (kind, mark) {
        (ChannelKind::Online, ChannelMark::Absent) => "rp-mark-online-absent",
        (ChannelKind::Online, _) => "rp-mark-online",
        (_, ChannelMark::Offline) => "rp-mark-offline",
        (_, ChannelMark::Limited) => "rp-mark-limited",
        (_, ChannelMark::Absent) => "rp-mark-absent",
    }
}

pub fn severity_key(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "rp-severity-error",
        Severity::Warning => "rp-severity-warning",
        Severity::Info => "rp-severity-info",
    }
}

/// The word for an exemption ground (the raw value when unknown).
pub fn ground(lang: Lang, ground: &str) -> String {
    let key = match ground {
        "legal_text" => "rp-ground-legal_text",
        "disproportionate_burden" => "rp-ground-disproportionate_burden",
        "technical" => "rp-ground-technical",
        "other" => "rp-ground-other",
        _ => return ground.to_owned(),
    };
    t(lang, key)
}

/// The other texts cited with a rule's findings (`also_cited`), once each.
pub fn also_cited(findings: &[&FindingJson]) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for citation in findings.iter().flat_map(|f| &f.also_cited) {
        if !all.iter().any(|c| **c == **citation) {
            all.push(citation.to_string());
        }
    }
    all
}

pub fn confidence(lang: Lang, confidence: &str) -> String {
    let key = match confidence {
        "confirmed" => "rp-confidence-confirmed",
        "secondary" => "rp-confidence-secondary",
        "interpretation" => "rp-confidence-interpretation",
        "unconfirmed" => "rp-confidence-unconfirmed",
        "data_quality" => "rp-confidence-data_quality",
        _ => return confidence.to_owned(),
    };
    t(lang, key)
}

pub fn service_name(service: Option<&str>, lang: Lang) -> String {
    service.map_or_else(|| t(lang, "rp-service-none"), str::to_owned)
}
