//! `phone_tariff`: calling a phone channel costs no more than `max`
//! (`standard`: not surcharged; `free`: free of charge).
//!
//! The tariff is the declared one, else the one derived from the number
//! (`catalog::phone`). When the number cannot tell (most French 3BPQ short
//! numbers) the tariff is unknown: never assumed free; with `unknown_fails`
//! the check asks the catalogue to declare it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::Tariff;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MaxTariff {
    Free,
    Standard,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhoneTariff {
    /// The most a call may cost.
    pub max: MaxTariff,
    /// Whether an undeclared, underivable tariff fails (asking to declare it).
    #[serde(default = "yes")]
    pub unknown_fails: bool,
}

fn yes() -> bool {
    true
}

impl ProcedureCheck for PhoneTariff {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let phones: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| {
                c.kind == ChannelKind::Phone
                    || (c.kind == ChannelKind::OtherOffline && c.contact.phone.is_some())
            })
            .collect();
        if phones.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-phone"));
        }
        let failures = phones
            .into_iter()
            .filter_map(|(part, c)| {
                let number = c
                    .contact
                    .phone
                    .as_ref()
                    .map(|p| p.written.clone())
                    .unwrap_or_default();
                let key = match (c.contact.tariff, self.max) {
                    (Some(Tariff::Premium), _) => "check-phone-premium",
                    (Some(Tariff::Standard), MaxTariff::Free) => "check-phone-not-free",
                    // Without a readable number there is no tariff to deduce:
                    // `contact_details` reports the number, once.
                    (Some(Tariff::Unknown) | None, _)
                        if self.unknown_fails && c.contact.phone.is_some() =>
                    {
                        "check-phone-tariff-unknown"
                    }
                    _ => return None,
                };
                Some(Failure::in_part(
                    procedure,
                    part,
                    Message::new(key).arg("number", number),
                )
                .on_contact(c, "tariff"))
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    fn with_number(number: &str, extra: &str) -> String {
        format!(
            r#"
- id: tel
  title: Téléphone
  channels:
    phone: {{ kind: phone, number: "{number}"{extra} }}
"#
        )
    }

    const STANDARD: PhoneTariff = PhoneTariff {
        max: MaxTariff::Standard,
        unknown_fails: true,
    };

    #[test]
    fn a_geographic_number_passes() {
        assert_eq!(verdict(&STANDARD, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn a_premium_number_fails() {
        let Verdict::Fail(f) = verdict(&STANDARD, &with_number("0 892 70 12 12", "")) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-phone-premium");
    }

    #[test]
    fn an_unknown_short_number_asks_for_a_declared_tariff() {
        let Verdict::Fail(f) = verdict(&STANDARD, &with_number("3241", "")) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-phone-tariff-unknown");
        assert_eq!(
            verdict(&STANDARD, &with_number("3241", ", tariff: standard")),
            Verdict::Pass
        );
    }

    #[test]
    fn free_requires_a_free_number() {
        let free = PhoneTariff {
            max: MaxTariff::Free,
            unknown_fails: true,
        };
        assert!(matches!(verdict(&free, COMPLETE), Verdict::Fail(_)));
        assert_eq!(
            verdict(&free, &with_number("0 800 12 34 56", "")),
            Verdict::Pass
        );
    }

    #[test]
    fn a_phone_without_a_readable_number_is_left_to_contact_details() {
        // No « le tarif du  ne se déduit pas » with an empty number.
        assert_eq!(verdict(&STANDARD, &with_number("04 93 13", "")), Verdict::Pass);
        let without = "\n- id: tel\n  title: Téléphone\n  channels:\n    phone: { kind: phone, name: Standard }\n";
        assert_eq!(verdict(&STANDARD, without), Verdict::Pass);
        // A declared premium tariff is still reported, number or not.
        assert!(matches!(
            verdict(&STANDARD, &with_number("04 93 13", ", tariff: premium")),
            Verdict::Fail(_)
        ));
    }
}
