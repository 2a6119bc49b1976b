//! The library of typed checks that rule packs parameterise.
//!
//! A check knows one requirement and nothing of laws: a rule in a pack picks a
//! check, gives it parameters, and adds the legal citation and severity. Each
//! check lives in its own module with its documentation and its tests; adding
//! one means its file here, one line in the `checks!` registry below, and its
//! fixtures (docs/adding-a-check.md).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::procedure::{Authority, Channel, Part, Procedure};
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
    /// Which channel (and which of its details) the failure is about, so that
    /// two failures of one rule in one part keep distinct fingerprints.
    pub about: Option<String>,
    /// The shared contact (`contacts:` id) whose own defect this is: the
    /// audit reports it once, on the contact, with the procedures it affects.
    pub contact: Option<String>,
}

impl Failure {
    pub fn in_part(procedure: &Procedure, part: Part<'_>, message: Message) -> Self {
        Self {
            step: part.step.map(|s| s.name.clone()),
            line: procedure.step_line(part.step),
            message,
            about: None,
            contact: None,
        }
    }

    pub fn at_line(line: u32, message: Message) -> Self {
        Self {
            step: None,
            line,
            message,
            about: None,
            contact: None,
        }
    }

    /// Tells apart several failures of one rule in one part that are not about a channel.
    pub fn with_about(mut self, aspect: &str) -> Self {
        self.about = Some(aspect.to_owned());
        self
    }

    /// The failure is about `channel` (`aspect` tells apart several failures
    /// about the same channel, e.g. its address and its number).
    pub fn about_channel(mut self, channel: &Channel, aspect: &str) -> Self {
        self.about = Some(format!(
            "{}:{}:{aspect}",
            channel.kind.as_str(),
            channel.contact.id.as_deref().unwrap_or("")
        ));
        self
    }

    /// The failure is a defect of `channel`'s contact itself (its address,
    /// number, hours, tariff): one fact, reported once when the contact is shared.
    pub fn on_contact(mut self, channel: &Channel, aspect: &str) -> Self {
        self.contact = channel.contact.id.clone();
        self.about = Some(match &channel.contact.id {
            Some(id) => format!("contact:{id}:{aspect}"),
            None => format!("{}::{aspect}", channel.kind.as_str()),
        });
        self
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

/// A check of each procedure.
pub trait ProcedureCheck {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict;

    /// Whether this check's findings only say that evidence is missing (a
    /// page could not be read), not that the procedure fails: they make the
    /// run fail only under a strict `FailPolicy`.
    fn reports_missing_evidence(&self) -> bool {
        false
    }
}

/// A check of the authority as a whole.
pub trait AuthorityCheck {
    fn check_authority(&self, ctx: &CheckContext) -> Verdict;
}

/// A check as the audit runs it: its subject, with the one method that judges
/// it. The registry gives each check its subject explicitly, and the compiler
/// holds the check to it: a check registered for procedures that implemented
/// the authority's method would not build (instead of silently never firing).
#[derive(Clone, Copy)]
pub enum Check<'a> {
    Procedure(&'a dyn ProcedureCheck),
    Authority(&'a dyn AuthorityCheck),
    /// Exemptions are judged by the audit itself, after every other rule
    /// (see `exemption_valid`).
    Exemptions,
}

impl Check<'_> {
    pub fn subject(&self) -> Subject {
        match self {
            Check::Procedure(_) => Subject::Procedure,
            Check::Authority(_) => Subject::Authority,
            Check::Exemptions => Subject::Exemptions,
        }
    }

    /// See `ProcedureCheck::reports_missing_evidence`.
    pub fn reports_missing_evidence(&self) -> bool {
        match self {
            Check::Procedure(check) => check.reports_missing_evidence(),
            Check::Authority(_) | Check::Exemptions => false,
        }
    }
}

/// The registry: each check module once, with its variant in `CheckSpec`,
/// its subject, and whether a rule gives it parameters. It declares the
/// modules and generates `CheckSpec`, `CheckSpec::check` and
/// `CheckSpec::kind`; the kind's name (in packs, in `check-doc-<kind>`) is the
/// module's name.
macro_rules! checks {
    ($($Variant:ident($module:ident) $subject:ident $(with $params:ident)?,)*) => {
        $(pub mod $module;)*
        checks!(@spec [] $($Variant($module) $($params)?,)*);

        /// The kind of a check, without its parameters: what the report
        /// carries so that its readers (the council report) decide by the
        /// kind itself, never by matching its name as a string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum CheckKind {
            $($Variant,)*
        }

        impl CheckSpec {
            /// The kind of this check, typed.
            pub fn check_kind(&self) -> CheckKind {
                match self {
                    $(Self::$Variant { .. } => CheckKind::$Variant,)*
                }
            }

            /// Every check kind, in the registry's order.
            pub const KINDS: &'static [&'static str] = &[$(stringify!($module)),*];

            /// The name used in packs, e.g. `channel_offered`.
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Self::$Variant { .. } => stringify!($module),)*
                }
            }

            /// The check, with its subject.
            pub fn check(&self) -> Check<'_> {
                match self {
                    $(checks!(@pattern $Variant $($params)? c) => checks!(@check $subject $Variant $module $($params)? c),)*
                }
            }
        }
    };
    // `CheckSpec`, one variant at a time: a unit variant, or one carrying the parameters.
    (@spec [$($done:tt)*] $Variant:ident($module:ident) params, $($rest:tt)*) => {
        checks!(@spec [$($done)* $Variant($module::$Variant),] $($rest)*);
    };
    (@spec [$($done:tt)*] $Variant:ident($module:ident), $($rest:tt)*) => {
        checks!(@spec [$($done)* $Variant,] $($rest)*);
    };
    (@spec [$($done:tt)*]) => {
        /// A check and its parameters, as written in a rule pack: `check: not_online_only`
        /// or `check: { channel_offered: { channel: phone } }`.
        #[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum CheckSpec {
            $($done)*
        }
    };
    (@pattern $Variant:ident params $c:ident) => { Self::$Variant($c) };
    (@pattern $Variant:ident $c:ident) => { Self::$Variant };
    (@check procedure $Variant:ident $module:ident params $c:ident) => { Check::Procedure($c) };
    (@check procedure $Variant:ident $module:ident $c:ident) => { Check::Procedure(&$module::$Variant) };
    (@check authority $Variant:ident $module:ident $c:ident) => { Check::Authority(&$module::$Variant) };
    (@check exemptions $Variant:ident $module:ident $c:ident) => { Check::Exemptions };
    (@check exemptions $Variant:ident $module:ident params $c:ident) => {{ let _ = $c; Check::Exemptions }};
    // A check whose subject its parameters choose.
    (@check by_params $Variant:ident $module:ident params $c:ident) => { $c.as_check() };
}

checks! {
    ChannelOffered(channel_offered) procedure with params,
    NotOnlineOnly(not_online_only) procedure,
    Reachable(reachable) procedure,
    BookingOffline(booking_offline) procedure,
    PaperFormOffline(paper_form_offline) procedure,
    PhoneHuman(phone_human) procedure,
    PhoneTariff(phone_tariff) procedure with params,
    OpeningHoursMin(opening_hours_min) procedure with params,
    FeeParity(fee_parity) procedure,
    DelayParity(delay_parity) procedure with params,
    NoDigitalPrerequisite(no_digital_prerequisite) procedure,
    TeleserviceSafeguards(teleservice_safeguards) procedure with params,
    DeadlinePostal(deadline_postal) procedure,
    MediatorDesignated(mediator_designated) authority,
    ExemptionValid(exemption_valid) exemptions,
    ReviewedRecently(reviewed_recently) procedure with params,
    HumanContact(human_contact) procedure,
    WalkInCounter(walk_in_counter) procedure,
    PageAgrees(page_agrees) procedure with params,
    PageReachable(page_reachable) procedure,
    PageChecked(page_checked) procedure,
    ContactDetails(contact_details) procedure with params,
    ExemptionGroundRefused(exemption_ground_refused) exemptions with params,
    PlaceholderFilled(placeholder_filled) by_params with params,
    ToConfirm(to_confirm) procedure,
    EquivalentHuman(equivalent_human) procedure,
}

impl CheckSpec {
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

    /// The same check with its one numeric parameter set to `value`
    /// (`--threshold`); `None` when the check has no numeric parameter or
    /// several (which one would be meant is not clear).
    pub fn with_threshold(&self, value: f64) -> Option<CheckSpec> {
        let mut spec = serde_json::to_value(self).ok()?;
        let params = spec.as_object_mut()?.values_mut().next()?.as_object_mut()?;
        if params.values().filter(|v| v.is_number()).count() != 1
            || !value.is_finite()
            || value < 0.0
        {
            return None;
        }
        *params.values_mut().find(|v| v.is_number())? = serde_json::json!(value);
        serde_json::from_value(spec).ok()
    }

    /// The numeric parameter of the check, when it has exactly one.
    pub fn threshold(&self) -> Option<f64> {
        let spec = serde_json::to_value(self).ok()?;
        let params = spec.as_object()?.values().next()?.as_object()?;
        let mut numeric = params.values().filter_map(|v| v.as_f64());
        let value = numeric.next()?;
        numeric.next().is_none().then_some(value)
    }

    /// The locale key documenting the check kind.
    pub fn doc_key(&self) -> String {
        format!("check-doc-{}", self.kind())
    }
}

/// Small catalogues for the checks' tests, written as a council would.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::catalog::Catalog;

    pub use crate::rule_examples::HEADER;

    /// A catalogue made of the header and `procedures` (a YAML list, indented by 0).
    pub fn catalog(procedures: &str) -> Catalog {
        crate::rule_examples::catalogue(procedures)
            .unwrap_or_else(|d| panic!("fixture invalid:\n{d}"))
    }

    /// The verdict of `check` on the first procedure of `procedures`.
    pub fn verdict(check: &dyn ProcedureCheck, procedures: &str) -> Verdict {
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

#[cfg(test)]
mod registry {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::{t, Lang};

    /// Every registered check is documented in both languages, is used by a
    /// shipped rule, and is named in packs as its module is named.
    #[test]
    fn every_check_has_docs_in_both_languages_and_a_shipped_rule() {
        let library = crate::packs::Library::load(&[]).unwrap();
        let mut used = BTreeSet::new();
        for (_, rule) in library.rules() {
            let written = match serde_json::to_value(&rule.check).unwrap() {
                serde_json::Value::String(name) => name,
                serde_json::Value::Object(map) => map.keys().next().unwrap().clone(),
                other => panic!("{other}"),
            };
            assert_eq!(
                written,
                rule.check.kind(),
                "the registry names the check as packs do"
            );
            used.insert(rule.check.kind());
        }
        let mut problems = Vec::new();
        for kind in CheckSpec::KINDS {
            let key = format!("check-doc-{kind}");
            for lang in Lang::ALL {
                if t(lang, &key) == key {
                    problems.push(format!("{key} missing in locales/{}", lang.code()));
                }
            }
            if !used.contains(kind) {
                problems.push(format!(
                    "no shipped rule (rules/*.yaml) uses the check {kind}"
                ));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn each_check_has_the_subject_the_registry_gives_it() {
        assert_eq!(
            CheckSpec::NotOnlineOnly.check().subject(),
            Subject::Procedure
        );
        assert_eq!(
            CheckSpec::MediatorDesignated.check().subject(),
            Subject::Authority
        );
        assert_eq!(
            CheckSpec::ExemptionValid.check().subject(),
            Subject::Exemptions
        );
        assert_eq!(
            CheckSpec::ExemptionGroundRefused(exemption_ground_refused::ExemptionGroundRefused {
                grounds: vec![]
            })
            .check()
            .subject(),
            Subject::Exemptions
        );
        assert_eq!(CheckSpec::KINDS.len(), 26);
        // The typed kind is written as the pack's name of the check.
        let spec = CheckSpec::PageChecked;
        assert_eq!(
            serde_json::to_value(spec.check_kind()).unwrap(),
            serde_json::Value::String(spec.kind().to_owned())
        );
        for name in CheckSpec::KINDS {
            let kind: CheckKind =
                serde_json::from_value(serde_json::Value::String((*name).to_owned())).unwrap();
            assert_eq!(serde_json::to_value(kind).unwrap(), *name);
        }
        assert_eq!(CheckSpec::PageChecked.kind(), "page_checked");
    }
}

#[cfg(test)]
mod threshold_tests {
    use super::*;

    /// `--threshold` sets the one numeric parameter of a check, and refuses
    /// checks with none (or a value that is no threshold).
    #[test]
    fn a_threshold_sets_the_one_numeric_parameter() {
        let hours: CheckSpec = serde_json::from_value(serde_json::json!(
            { "opening_hours_min": { "channel": "counter", "min_hours_per_week": 10.0 } }
        ))
        .unwrap();
        assert_eq!(hours.threshold(), Some(10.0));
        let raised = hours.with_threshold(20.0).unwrap();
        assert_eq!(raised.threshold(), Some(20.0));
        assert!(hours.with_threshold(f64::NAN).is_none());
        assert!(hours.with_threshold(-1.0).is_none());
        assert!(CheckSpec::NotOnlineOnly.with_threshold(3.0).is_none());
        assert_eq!(CheckSpec::NotOnlineOnly.threshold(), None);
    }
}
