//! The library of typed checks that rule packs parameterise.
//!
//! A check knows one requirement and nothing of laws: a rule in a pack picks a
//! check, gives it parameters, and adds the legal citation and severity. Each
//! check lives in its own module with its documentation and its tests; adding
//! one means one file here and one line in `CheckSpec`.

pub mod booking_offline;
pub mod channel_offered;
pub mod deadline_postal;
pub mod delay_parity;
pub mod exemption_valid;
pub mod fee_parity;
pub mod human_contact;
pub mod mediator_designated;
pub mod no_digital_prerequisite;
pub mod not_online_only;
pub mod opening_hours_min;
pub mod page_agrees;
pub mod page_checked;
pub mod page_reachable;
pub mod paper_form_offline;
pub mod phone_human;
pub mod phone_tariff;
pub mod placeholder_filled;
pub mod reachable;
pub mod reviewed_recently;
pub mod teleservice_safeguards;
pub mod walk_in_counter;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::resolve::{Authority, Part, Procedure};
use crate::i18n::Message;

/// What a check sees besides the procedure.
pub struct CheckContext<'a> {
    pub authority: &'a Authority,
    /// The audit date: expiry and review ages are measured from it.
    pub today: NaiveDate,
    /// What `horsligne verify` found on the pages; `None` when it did not run
    /// (the `page_*` checks are then not applicable).
    pub evidence: Option<&'a crate::verify::Evidence>,
}

impl<'a> CheckContext<'a> {
    /// What `verify` found on the pages of `procedure`, or why a `page_*`
    /// check does not apply (verify did not run, or the procedure has no page).
    pub fn page_evidence(
        &self,
        procedure: &Procedure,
    ) -> Result<&'a crate::verify::ProcedureEvidence, Verdict> {
        let evidence = self
            .evidence
            .ok_or_else(|| Verdict::NotApplicable(Message::new("na-not-verified")))?;
        evidence
            .get(&procedure.id)
            .ok_or_else(|| Verdict::NotApplicable(Message::new("na-no-page")))
    }
}

/// One way a procedure fails a check.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The step concerned, when the failure is in a step.
    pub step: Option<String>,
    /// Line of the procedure, step or channel in the catalogue.
    pub line: u32,
    pub message: Message,
}

impl Failure {
    pub fn in_part(procedure: &Procedure, part: Part<'_>, message: Message) -> Self {
        Self {
            step: part.step.map(|s| s.name.clone()),
            line: procedure.step_line(part.step),
            message,
        }
    }

    pub fn at_line(line: u32, message: Message) -> Self {
        Self {
            step: None,
            line,
            message,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Pass,
    Fail(Vec<Failure>),
    /// The requirement does not concern this procedure (with why).
    NotApplicable(Message),
}

impl Verdict {
    /// `Pass` when nothing failed.
    pub fn from_failures(failures: Vec<Failure>) -> Self {
        if failures.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail(failures)
        }
    }
}

/// What a check is about: each procedure, or the authority as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Procedure,
    Authority,
    /// The exemptions written in the catalogue (evaluated by the audit after
    /// every other rule, see `exemption_valid`).
    Exemptions,
}

pub trait Check {
    fn subject(&self) -> Subject {
        Subject::Procedure
    }

    fn check_procedure(&self, _procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        Verdict::NotApplicable(Message::new("na-not-procedure-check"))
    }

    fn check_authority(&self, _ctx: &CheckContext) -> Verdict {
        Verdict::NotApplicable(Message::new("na-not-authority-check"))
    }
}

/// A check and its parameters, as written in a rule pack: `check: not_online_only`
/// or `check: { channel_offered: { channel: phone } }`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CheckSpec {
    ChannelOffered(channel_offered::ChannelOffered),
    NotOnlineOnly,
    Reachable,
    BookingOffline,
    PaperFormOffline,
    PhoneHuman,
    PhoneTariff(phone_tariff::PhoneTariff),
    OpeningHoursMin(opening_hours_min::OpeningHoursMin),
    FeeParity,
    DelayParity(delay_parity::DelayParity),
    NoDigitalPrerequisite,
    TeleserviceSafeguards(teleservice_safeguards::TeleserviceSafeguards),
    DeadlinePostal,
    MediatorDesignated,
    ExemptionValid,
    ReviewedRecently(reviewed_recently::ReviewedRecently),
    HumanContact,
    WalkInCounter,
    PageAgrees(page_agrees::PageAgrees),
    PageReachable,
    PageChecked,
    PlaceholderFilled(placeholder_filled::PlaceholderFilled),
}

impl CheckSpec {
    pub fn check(&self) -> &dyn Check {
        match self {
            Self::ChannelOffered(c) => c,
            Self::NotOnlineOnly => &not_online_only::NotOnlineOnly,
            Self::Reachable => &reachable::Reachable,
            Self::BookingOffline => &booking_offline::BookingOffline,
            Self::PaperFormOffline => &paper_form_offline::PaperFormOffline,
            Self::PhoneHuman => &phone_human::PhoneHuman,
            Self::PhoneTariff(c) => c,
            Self::OpeningHoursMin(c) => c,
            Self::FeeParity => &fee_parity::FeeParity,
            Self::DelayParity(c) => c,
            Self::NoDigitalPrerequisite => &no_digital_prerequisite::NoDigitalPrerequisite,
            Self::TeleserviceSafeguards(c) => c,
            Self::DeadlinePostal => &deadline_postal::DeadlinePostal,
            Self::MediatorDesignated => &mediator_designated::MediatorDesignated,
            Self::ExemptionValid => &exemption_valid::ExemptionValid,
            Self::ReviewedRecently(c) => c,
            Self::HumanContact => &human_contact::HumanContact,
            Self::WalkInCounter => &walk_in_counter::WalkInCounter,
            Self::PageAgrees(c) => c,
            Self::PageReachable => &page_reachable::PageReachable,
            Self::PageChecked => &page_checked::PageChecked,
            Self::PlaceholderFilled(c) => c,
        }
    }

    /// The name used in packs, e.g. `channel_offered`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::ChannelOffered(_) => "channel_offered",
            Self::NotOnlineOnly => "not_online_only",
            Self::Reachable => "reachable",
            Self::BookingOffline => "booking_offline",
            Self::PaperFormOffline => "paper_form_offline",
            Self::PhoneHuman => "phone_human",
            Self::PhoneTariff(_) => "phone_tariff",
            Self::OpeningHoursMin(_) => "opening_hours_min",
            Self::FeeParity => "fee_parity",
            Self::DelayParity(_) => "delay_parity",
            Self::NoDigitalPrerequisite => "no_digital_prerequisite",
            Self::TeleserviceSafeguards(_) => "teleservice_safeguards",
            Self::DeadlinePostal => "deadline_postal",
            Self::MediatorDesignated => "mediator_designated",
            Self::ExemptionValid => "exemption_valid",
            Self::ReviewedRecently(_) => "reviewed_recently",
            Self::HumanContact => "human_contact",
            Self::WalkInCounter => "walk_in_counter",
            Self::PageAgrees(_) => "page_agrees",
            Self::PageReachable => "page_reachable",
            Self::PageChecked => "page_checked",
            Self::PlaceholderFilled(_) => "placeholder_filled",
        }
    }

    /// The parameters as written, for documentation (`rules explain`).
    pub fn params_text(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => map
                .values()
                .next()
                .map(|v| v.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The locale key documenting the check kind.
    pub fn doc_key(&self) -> String {
        format!("check-doc-{}", self.kind())
    }
}

/// Every check kind, for `rules checks` and the documentation.
pub const KINDS: [&str; 22] = [
    "channel_offered",
    "not_online_only",
    "reachable",
    "booking_offline",
    "paper_form_offline",
    "phone_human",
    "phone_tariff",
    "opening_hours_min",
    "fee_parity",
    "delay_parity",
    "no_digital_prerequisite",
    "teleservice_safeguards",
    "deadline_postal",
    "mediator_designated",
    "exemption_valid",
    "reviewed_recently",
    "human_contact",
    "walk_in_counter",
    "page_agrees",
    "page_reachable",
    "page_checked",
    "placeholder_filled",
];

/// Small catalogues for the checks' tests, written as a council would.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::catalog::Catalog;

    pub use crate::packs::examples::HEADER;

    /// A catalogue made of the header and `procedures` (a YAML list, indented by 0).
    pub fn catalog(procedures: &str) -> Catalog {
        crate::packs::examples::catalogue(procedures)
            .unwrap_or_else(|d| panic!("fixture invalid:\n{d}"))
    }

    /// The verdict of `check` on the first procedure of `procedures`.
    pub fn verdict(check: &dyn Check, procedures: &str) -> Verdict {
        let catalog = catalog(procedures);
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            evidence: None,
        };
        check.check_procedure(&catalog.procedures[0], &ctx)
    }

    pub fn fails(v: &Verdict) -> bool {
        matches!(v, Verdict::Fail(_))
    }

    /// The three offline channels, all full.
    pub const COMPLETE: &str = r#"
- id: complet
  title: Démarche complète
  channels:
    online: { url: "https://essai.example/d" }
    counter: { contact: accueil }
    phone: { contact: standard }
    postal: { contact: courrier }
"#;
}
