//! `contact_details`: the contacts a procedure sends people to say where and
//! when to find them: a counter or postal contact has an address, a phone
//! contact a number, and (when asked) counters and phones their opening hours.
//!
//! A catalogue written from a town-hall page that gives no address is still
//! understood: the counter exists. It is weak, because residents cannot find
//! it, so it is a finding here rather than a refusal at load.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CheckContext, Failure, ProcedureCheck, Verdict};
use crate::catalog::model::ContactKind;
use crate::catalog::resolve::{Channel, ChannelKind};
use crate::catalog::Procedure;
use crate::i18n::Message;

/// A detail a contact should give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactDetail {
    /// The address of a counter or of a postal contact.
    Address,
    /// The number of a phone contact.
    Number,
    /// The opening hours of a counter or a phone line.
    OpeningHours,
}

impl ContactDetail {
    fn as_str(self) -> &'static str {
        match self {
            Self::Address => "address",
            Self::Number => "number",
            Self::OpeningHours => "opening_hours",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactDetails {
    /// The details required (default: address and number).
    #[serde(default = "address_and_number")]
    pub details: Vec<ContactDetail>,
}

fn address_and_number() -> Vec<ContactDetail> {
    vec![ContactDetail::Address, ContactDetail::Number]
}

/// The details `channel`'s contact lacks among `wanted`.
fn missing(channel: &Channel, wanted: &[ContactDetail]) -> Vec<ContactDetail> {
    let contact = &channel.contact;
    wanted
        .iter()
        .copied()
        .filter(|detail| match (detail, contact.kind) {
            (ContactDetail::Address, ContactKind::Counter | ContactKind::Postal) => contact
                .address
                .as_deref()
                .is_none_or(|a| a.trim().is_empty()),
            (ContactDetail::Number, ContactKind::Phone) => contact.phone.is_none(),
            (ContactDetail::OpeningHours, ContactKind::Counter | ContactKind::Phone) => {
                contact.opening_hours.is_none()
            }
            _ => false,
        })
        .collect()
}

impl ProcedureCheck for ContactDetails {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let failures = procedure
            .all_channels()
            // An e-mail channel is never an offline alternative: its address
            // is not what residents without the internet need.
            .filter(|(_, c)| c.kind != ChannelKind::Email)
            .flat_map(|(part, channel)| {
                missing(channel, &self.details)
                    .into_iter()
                    .map(move |detail| {
                        Failure::in_part(
                            procedure,
                            part,
                            Message::new("check-contact-detail-missing")
                                .arg("channel", channel.kind.as_str())
                                .arg(
                                    "contact",
                                    channel
                                        .contact
                                        .name
                                        .as_deref()
                                        .or(channel.contact.id.as_deref())
                                        .unwrap_or("-"),
                                )
                                .arg("field", detail.as_str()),
                        )
                    })
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    fn check(details: Vec<ContactDetail>) -> ContactDetails {
        ContactDetails { details }
    }

    #[test]
    fn contacts_with_address_and_number_pass() {
        assert_eq!(
            verdict(&check(address_and_number()), COMPLETE),
            Verdict::Pass
        );
    }

    #[test]
    fn a_counter_without_address_is_reported_not_refused() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { kind: counter, name: Mairie annexe }
"#;
        let Verdict::Fail(f) = verdict(&check(address_and_number()), p) else {
            panic!("a counter without address must fail")
        };
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message.key, "check-contact-detail-missing");
        let args = format!("{:?}", f[0].message.args);
        assert!(
            args.contains("\"address\"") && args.contains("Mairie annexe"),
            "{args}"
        );
    }

    #[test]
    fn a_phone_without_number_and_a_postal_contact_without_address_are_reported() {
        let p = r#"
- id: aide
  title: Aide sociale
  channels:
    phone: { kind: phone, name: Ligne du CCAS }
    postal: { kind: postal, name: CCAS }
"#;
        let Verdict::Fail(f) = verdict(&check(address_and_number()), p) else {
            panic!()
        };
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn opening_hours_only_when_asked() {
        let p = r#"
- id: acte
  title: Acte
  channels:
    counter: { kind: counter, address: 2 rue de l'Église }
"#;
        assert_eq!(verdict(&check(address_and_number()), p), Verdict::Pass);
        let with_hours = r#"
- id: acte
  title: Acte
  channels:
    counter: { kind: counter, address: 2 rue de l'Église, opening_hours: "Mo-Fr 08:30-12:00" }
"#;
        assert!(matches!(
            verdict(&check(vec![ContactDetail::OpeningHours]), p),
            Verdict::Fail(_)
        ));
        assert_eq!(
            verdict(&check(vec![ContactDetail::OpeningHours]), with_hours),
            Verdict::Pass
        );
    }
}
