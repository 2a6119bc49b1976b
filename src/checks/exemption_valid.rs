//! `exemption_valid`: every exemption written in the catalogue is justified,
//! dated, on a ground the rule's text accepts, still in force, and in use.
//!
//! The audit applies an exemption to a finding only when it is valid; an
//! invalid, expired or unused exemption is reported through the rule that uses
//! this check, so a stale exception never silences a finding unnoticed.

use chrono::NaiveDate;

use crate::catalog::model::{Exemption, ExemptionGround};
use crate::i18n::Message;

pub struct ExemptionValid;

/// Whether the rule using `spec` reports an exemption in `state`.
pub fn reports(spec: &super::CheckSpec, state: &ExemptionState) -> bool {
    match spec {
        super::CheckSpec::ExemptionGroundRefused(refused) => {
            matches!(state, ExemptionState::GroundRefused(g) if refused.grounds.contains(g))
        }
        _ => true,
    }
}

/// What the audit knows about the rule an exemption names.
pub struct ExemptedRule<'a> {
    /// Grounds the rule's legal text accepts; empty = no exemption possible.
    pub accepted_grounds: &'a [ExemptionGround],
    /// Whether the rule failed for this procedure (before exemptions).
    pub failed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExemptionState {
    Valid,
    MissingReason,
    MissingReference,
    MissingUntil,
    Expired(NaiveDate),
    GroundRefused(ExemptionGround),
    /// The rule is not one of the audit's rules.
    UnknownRule,
    /// The rule did not fail for this procedure: the exemption covers nothing.
    Unused,
}

/// Judges one exemption. `rule` is `None` when no active rule has that id.
pub fn assess(
    exemption: &Exemption,
    rule: Option<&ExemptedRule>,
    today: NaiveDate,
) -> ExemptionState {
    let Some(rule) = rule else {
        return ExemptionState::UnknownRule;
    };
    if exemption.reason.trim().is_empty() {
        return ExemptionState::MissingReason;
    }
    if exemption
        .reference
        .as_deref()
        .is_none_or(|r| r.trim().is_empty())
    {
        return ExemptionState::MissingReference;
    }
    if !rule.accepted_grounds.contains(&exemption.ground) {
        return ExemptionState::GroundRefused(exemption.ground);
    }
    match exemption.until {
        None => return ExemptionState::MissingUntil,
        Some(until) if until < today => return ExemptionState::Expired(until),
        Some(_) => {}
    }
    if !rule.failed {
        return ExemptionState::Unused;
    }
    ExemptionState::Valid
}

impl ExemptionState {
    /// The finding's message for an exemption that is not valid.
    pub fn message(&self, rule: &str) -> Option<Message> {
        let m = |key| Message::new(key).arg("rule", rule);
        Some(match self {
            Self::Valid => return None,
            Self::MissingReason => m("check-exemption-no-reason"),
            Self::MissingReference => m("check-exemption-no-reference"),
            Self::MissingUntil => m("check-exemption-no-until"),
            Self::Expired(date) => m("check-exemption-expired").arg("date", date),
            Self::GroundRefused(ground) => {
                m("check-exemption-ground-refused").arg("ground", ground.as_str())
            }
            Self::UnknownRule => m("check-exemption-unknown-rule"),
            Self::Unused => m("check-exemption-unused"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::located::Located;

    fn exemption(ground: ExemptionGround, until: Option<NaiveDate>) -> Exemption {
        Exemption {
            rule: Located::unplaced("NN-PHONE".into()),
            reason: "Signature manuscrite requise".into(),
            reference: Some("Délibération 2025-117".into()),
            ground,
            until,
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: fn() -> NaiveDate = || day(2026, 11, 23);
    const GROUNDS: &[ExemptionGround] = &[ExemptionGround::LegalText];

    #[test]
    fn valid_when_justified_dated_accepted_and_used() {
        let rule = ExemptedRule {
            accepted_grounds: GROUNDS,
            failed: true,
        };
        let e = exemption(ExemptionGround::LegalText, Some(day(2027, 12, 31)));
        assert_eq!(assess(&e, Some(&rule), TODAY()), ExemptionState::Valid);
    }

    #[test]
    fn expired_unused_refused_and_unknown_are_reported() {
        let failed = ExemptedRule {
            accepted_grounds: GROUNDS,
            failed: true,
        };
        let passed = ExemptedRule {
            accepted_grounds: GROUNDS,
            failed: false,
        };
        let ok = exemption(ExemptionGround::LegalText, Some(day(2027, 12, 31)));
        let expired = exemption(ExemptionGround::LegalText, Some(day(2025, 6, 30)));
        let burden = exemption(
            ExemptionGround::DisproportionateBurden,
            Some(day(2027, 1, 1)),
        );
        assert_eq!(
            assess(&expired, Some(&failed), TODAY()),
            ExemptionState::Expired(day(2025, 6, 30))
        );
        assert_eq!(assess(&ok, Some(&passed), TODAY()), ExemptionState::Unused);
        assert_eq!(
            assess(&burden, Some(&failed), TODAY()),
            ExemptionState::GroundRefused(ExemptionGround::DisproportionateBurden)
        );
        assert_eq!(assess(&ok, None, TODAY()), ExemptionState::UnknownRule);
        let mut no_reference = ok.clone();
        no_reference.reference = None;
        assert_eq!(
            assess(&no_reference, Some(&failed), TODAY()),
            ExemptionState::MissingReference
        );
        let undated = exemption(ExemptionGround::LegalText, None);
        assert_eq!(
            assess(&undated, Some(&failed), TODAY()),
            ExemptionState::MissingUntil
        );
    }
}
