//! What the council report says about each procedure: its findings put
//! together into statements a councillor reads (what is missing, why it
//! matters to residents, what the town hall can do), one statement per
//! problem however many rules it breaks. Works from the report alone, so a
//! saved report says the same.

use std::collections::HashMap;

use super::model::{FindingJson, ProcedureJson, RuleJson};
use crate::checks::CheckKind;
use crate::i18n::{long_dates_in, Lang};
use crate::packs::Severity;

/// One problem of a procedure, and the findings it causes.
#[derive(Debug)]
pub struct Statement<'r> {
    /// The problem's name in the locale keys: `council-<problem>-what`, `-why`, `-do`;
    /// `None` for a rule the tool has no words for (its own texts are used).
    pub problem: Option<&'static str>,
    pub findings: Vec<&'r FindingJson>,
    /// The most serious of its findings.
    pub severity: Severity,
}

impl<'r> Statement<'r> {
    /// The rules behind the statement, each once, in order of first finding.
    pub fn rules(&self) -> Vec<&'r str> {
        let mut rules: Vec<&str> = Vec::new();
        for f in &self.findings {
            if !rules.contains(&f.rule.as_str()) {
                rules.push(&f.rule);
            }
        }
        rules
    }

    /// The findings' own messages, each once, dates written in words.
    pub fn details(&self, lang: Lang) -> Vec<(Option<&'r str>, String)> {
        let mut details: Vec<(Option<&str>, String)> = Vec::new();
        for f in &self.findings {
            let detail = (
                f.step.as_deref(),
                long_dates_in(lang, &for_readers(f.message_in(lang))),
            );
            if !details.contains(&detail) {
                details.push(detail);
            }
        }
        details
    }
}

/// A finding's message without what only the catalogue's editor needs: the
/// YAML key in brackets (`(« reviewed »)`, `(other_offline)`) and the
/// "write `tariff: …`" hint.
pub fn for_readers(message: &str) -> String {
    let mut text = message.to_owned();
    for hint in [" : indiquez « ", ": set `"] {
        if let Some(at) = text.find(hint) {
            text.truncate(at);
        }
    }
    // A trailing list of catalogue fields (« : contacts.police.address »).
    if let Some(at) = text.rfind(": ") {
        let tail = &text[at + 2..];
        let fields = tail.split(", ").all(|field| {
            field.contains(['.', '_'])
                && field
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        });
        if fields && !tail.is_empty() {
            text.truncate(at);
            text = text.trim_end().to_owned();
        }
    }
    let is_key = |inner: &str| {
        let inner = inner
            .trim_start_matches("« ")
            .trim_end_matches(" »")
            .trim_matches('`');
        !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 2..open + close];
        out.push_str(&rest[..open]);
        if !is_key(inner) {
            out.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The check kind of a rule, typed, and its `channel` parameter. The kind is
/// the one the report carries (`RuleJson::kind`); a report saved before it
/// existed gives it as the first word of `check`, read as the same type (an
/// unknown word is no kind: the rule is then its own statement).
fn kind_and_channel(rule: &RuleJson) -> (Option<CheckKind>, Option<String>) {
    let (name, params) = rule
        .check
        .split_once(' ')
        .unwrap_or((rule.check.as_str(), ""));
    let kind = rule
        .kind
        .or_else(|| serde_json::from_value(serde_json::Value::String(name.to_owned())).ok());
    let channel = serde_json::from_str::<serde_json::Value>(params)
        .ok()
        .and_then(|v| v.get("channel")?.as_str().map(str::to_owned));
    (kind, channel)
}

/// Whether `rule` finds what is not known yet (a placeholder left by
/// `init`): work to do before anything is concluded, not a compliance gap.
pub fn is_placeholder(rule: &RuleJson) -> bool {
    kind_and_channel(rule).0 == Some(CheckKind::PlaceholderFilled)
}

/// Which problem a finding is a symptom of. On a procedure that can only be
/// done online (or not at all), every missing channel is that one problem.
/// Every check kind has its statement: the match has no catch-all, so a new
/// check does not build until it says what it is a symptom of.
pub fn problem(procedure: Option<&ProcedureJson>, rule: Option<&RuleJson>) -> Option<&'static str> {
    let (kind, channel) = rule.map(kind_and_channel)?;
    let kind = kind?;
    let online_only = procedure.is_some_and(|p| p.online_only);
    let unreachable = procedure.is_some_and(|p| p.unreachable);
    let missing_route = matches!(
        kind,
        CheckKind::NotOnlineOnly
            | CheckKind::ChannelOffered
            | CheckKind::Reachable
            | CheckKind::HumanContact
    );
    if online_only && missing_route {
        return Some("online-only");
    }
    if unreachable && missing_route {
        return Some("unreachable");
    }
    Some(match kind {
        CheckKind::ChannelOffered => match channel.as_deref() {
            Some("counter") => "channel-counter",
            Some("phone") => "channel-phone",
            Some("postal") => "channel-postal",
            _ => "channel-other",
        },
        CheckKind::PhoneHuman => "channel-phone",
        CheckKind::NotOnlineOnly => "online-only",
        CheckKind::Reachable => "unreachable",
        CheckKind::HumanContact => "human-contact",
        CheckKind::PhoneTariff => "phone-tariff",
        CheckKind::WalkInCounter => "walk-in",
        CheckKind::BookingOffline => "booking",
        CheckKind::OpeningHoursMin => match channel.as_deref() {
            Some("phone") => "hours-phone",
            _ => "hours-counter",
        },
        CheckKind::DelayParity => "delay",
        CheckKind::FeeParity => "fee",
        CheckKind::NoDigitalPrerequisite => "digital-prerequisite",
        CheckKind::PaperFormOffline => "paper-form",
        CheckKind::DeadlinePostal => "deadline-postal",
        CheckKind::TeleserviceSafeguards => "teleservice",
        CheckKind::ReviewedRecently => "reviewed",
        CheckKind::ExemptionValid | CheckKind::ExemptionGroundRefused => "exemption",
        CheckKind::ContactDetails => "contact-details",
        CheckKind::PlaceholderFilled => "placeholder",
        CheckKind::MediatorDesignated => "mediator",
        CheckKind::PageAgrees => "page-agrees",
        CheckKind::PageReachable => "page-reachable",
        CheckKind::PageChecked => "page-checked",
        // Rules of their own, without a shared statement yet: each is its
        // own statement (its title), as before.
        CheckKind::ToConfirm | CheckKind::EquivalentHuman => return None,
    })
}

/// The statements for `findings` (active findings of one procedure, or of
/// the authority when `procedure` is `None`), most serious first.
pub fn statements<'r>(
    procedure: Option<&ProcedureJson>,
    findings: &[&'r FindingJson],
    rules: &HashMap<&str, &RuleJson>,
) -> Vec<Statement<'r>> {
    let mut out: Vec<Statement> = Vec::new();
    for f in findings {
        let problem = problem(procedure, rules.get(f.rule.as_str()).copied());
        // A rule without words is its own statement.
        let existing = out.iter_mut().find(|s| match (s.problem, problem) {
            (Some(a), Some(b)) => a == b,
            (None, None) => s.findings.first().is_some_and(|g| g.rule == f.rule),
            _ => false,
        });
        match existing {
            Some(statement) => {
                statement.severity = statement.severity.max(f.severity);
                statement.findings.push(f);
            }
            None => out.push(Statement {
                problem,
                findings: vec![f],
                severity: f.severity,
            }),
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.severity));
    out
}

/// The locale key of one part of a problem's statement.
pub fn key(problem: &str, part: &str) -> String {
    format!("council-{problem}-{part}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localized;
    use crate::report::model::LocationJson;

    fn rule(id: &str, check: &str) -> RuleJson {
        RuleJson {
            id: id.to_owned(),
            pack: "p".to_owned(),
            severity: Severity::Error,
            title: String::new(),
            citation: String::new(),
            why: String::new(),
            fix: String::new(),
            check: check.to_owned(),
            kind: None,
            confidence: "confirmed".to_owned(),
            basis: "legal_basis".to_owned(),
            basis_label: String::new(),
            help: String::new(),
        }
    }

    fn finding(rule: &str, severity: Severity, message: &str) -> FindingJson {
        FindingJson {
            rule: crate::audit::RuleId::new(rule),
            pack: "p".into(),
            severity,
            procedure: Some("x".to_owned()),
            step: None,
            message: message.to_owned(),
            messages: Localized {
                fr: message.to_owned(),
                en: message.to_owned(),
                nl: message.to_owned(),
            },
            citation: "".into(),
            also_cited: Vec::new(),
            location: LocationJson {
                file: "c.yaml".into(),
                line: 1,
            },
            fingerprint: String::new(),
            exempted: None,
            contact: None,
            affects: Vec::new(),
            baselined: false,
        }
    }

    /// The statement comes from the typed kind the report carries; a saved
    /// report without it is read by the first word of `check`, as the same
    /// type; an unknown word is no statement (the rule stands alone).
    #[test]
    fn the_statement_comes_from_the_typed_kind() {
        let mut typed = rule("R", "something_renamed {\"channel\":\"postal\"}");
        typed.kind = Some(CheckKind::ChannelOffered);
        assert_eq!(problem(None, Some(&typed)), Some("channel-postal"));
        let saved = rule("R", "booking_offline");
        assert_eq!(problem(None, Some(&saved)), Some("booking"));
        let unknown = rule("R", "no_such_check");
        assert_eq!(problem(None, Some(&unknown)), None);
        assert!(is_placeholder(&rule("R", "placeholder_filled")));
    }

    #[test]
    fn one_problem_is_one_statement_whatever_the_rules() {
        let rules = [
            rule("NN-PHONE", r#"channel_offered {"channel":"phone"}"#),
            rule("NN-HUMAN-PHONE", "phone_human"),
            rule("DDD-FREE-PHONE", r#"phone_tariff {"max":"standard"}"#),
            rule("FR-NO-PREMIUM-PHONE", r#"phone_tariff {"max":"standard"}"#),
            rule("NN-REVIEWED", r#"reviewed_recently {"max_months":24}"#),
            rule("LOCAL", "something_new"),
        ];
        let by_id: HashMap<&str, &RuleJson> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
        let findings = [
            finding("NN-REVIEWED", Severity::Info, "vérifiée le 2022-03-01"),
            finding("NN-PHONE", Severity::Error, "serveur vocal"),
            finding("NN-HUMAN-PHONE", Severity::Warning, "serveur vocal au 04"),
            finding("DDD-FREE-PHONE", Severity::Info, "surtaxé"),
            finding("FR-NO-PREMIUM-PHONE", Severity::Info, "surtaxé"),
            finding("LOCAL", Severity::Warning, "autre"),
        ];
        let refs: Vec<&FindingJson> = findings.iter().collect();
        let s = statements(None, &refs, &by_id);
        let problems: Vec<_> = s.iter().map(|s| s.problem).collect();
        assert_eq!(
            problems,
            [
                Some("channel-phone"),
                None,
                Some("reviewed"),
                Some("phone-tariff")
            ]
        );
        assert_eq!(s[0].rules(), ["NN-PHONE", "NN-HUMAN-PHONE"]);
        assert_eq!(s[0].severity, Severity::Error);
        // The same message twice is said once.
        assert_eq!(s[3].details(Lang::Fr).len(), 1);
        assert_eq!(s[2].details(Lang::Fr)[0].1, "vérifiée le 1er mars 2022");
    }

    #[test]
    fn messages_lose_what_only_editors_need() {
        assert_eq!(
            for_readers("l'entrée n'a jamais été vérifiée (« reviewed »)"),
            "l'entrée n'a jamais été vérifiée"
        );
        assert_eq!(
            for_readers("le canal de remplacement (other_offline) n'est pas accepté"),
            "le canal de remplacement n'est pas accepté"
        );
        assert_eq!(
            for_readers("le tarif du 3241 ne se déduit pas du numéro : indiquez « tariff: free »"),
            "le tarif du 3241 ne se déduit pas du numéro"
        );
        assert_eq!(
            for_readers("encore à compléter (espace réservé) : contacts.police.address"),
            "encore à compléter (espace réservé)"
        );
        assert_eq!(for_readers("horaires : 8 h 30"), "horaires : 8 h 30");
        // Words in brackets stay.
        assert_eq!(
            for_readers("5 jours (plus de 2 fois plus long)"),
            "5 jours (plus de 2 fois plus long)"
        );
    }

    #[test]
    fn an_online_only_procedure_is_one_problem() {
        let rules = [
            rule("NN-PHONE", r#"channel_offered {"channel":"phone"}"#),
            rule("NN-POSTAL", r#"channel_offered {"channel":"postal"}"#),
            rule("FR-SVE-OPTIONAL", "not_online_only"),
            rule("NN-DELAY", "delay_parity"),
        ];
        let by_id: HashMap<&str, &RuleJson> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
        let findings = [
            finding("FR-SVE-OPTIONAL", Severity::Error, "en ligne"),
            finding("NN-PHONE", Severity::Error, "pas de téléphone"),
            finding("NN-POSTAL", Severity::Error, "pas de courrier"),
            finding("NN-DELAY", Severity::Info, "lent"),
        ];
        let refs: Vec<&FindingJson> = findings.iter().collect();
        let procedure = ProcedureJson {
            id: "x".to_owned(),
            title: "X".to_owned(),
            service: None,
            status: crate::catalog::model::ProcedureStatus::Active,
            online_only: true,
            unreachable: false,
            to_confirm: false,
            offline_channels: vec![],
            channels: Default::default(),
            compliant: false,
            outcomes: Default::default(),
            evidence: None,
        };
        let s = statements(Some(&procedure), &refs, &by_id);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].problem, Some("online-only"));
        assert_eq!(s[0].rules().len(), 3);
        assert_eq!(s[1].problem, Some("delay"));
    }
}
