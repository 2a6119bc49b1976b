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
use crate::catalog::placeholder::{is_placeholder, is_unknown_address};
use crate::catalog::procedure::{Channel, ChannelKind};
use crate::catalog::Procedure;
use crate::i18n::Message;

/// A detail a contact should give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
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
        self.into()
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

/// An address residents cannot use (« ? », « TODO », « à préciser »). The
/// marker `horsligne init` writes is left to `placeholder_filled`, so one
/// problem is reported once.
fn unknown_address(address: &str) -> bool {
    is_unknown_address(address) && !is_placeholder(address)
}

/// What an address lacks for residents to find the place or for a letter to
/// arrive: the postcode (where the country's format is known) and, for a
/// counter, the street. « Mairie de X » has neither; « Mairie, 69000 Essai »
/// reaches a town hall by post but does not say where to go.
fn address_gaps(address: &str, kind: ContactKind, country: &str) -> Vec<&'static str> {
    let mut gaps = Vec::new();
    let postcode_at = postcode_position(address, country);
    if postcode_digits(country).is_some() && postcode_at.is_none() {
        gaps.push("postcode");
    }
    let before_postcode = &address[..postcode_at.unwrap_or(address.len())];
    if kind == ContactKind::Counter && !names_a_street(before_postcode) {
        gaps.push("street");
    }
    gaps
}

/// The length of a postcode in `country`, where the format is known.
fn postcode_digits(country: &str) -> Option<usize> {
    match country {
        "FR" | "MC" | "DE" | "IT" | "ES" => Some(5),
        "BE" | "CH" | "LU" | "NL" | "AT" | "DK" => Some(4),
        _ => None,
    }
}

/// Where the postcode starts: a run of exactly that many digits, standing
/// alone (the « 1 » of « 1 place » or a 10-digit number is not one).
fn postcode_position(address: &str, country: &str) -> Option<usize> {
    let length = postcode_digits(country)?;
    let bytes = address.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if bytes[start].is_ascii_digit() && (start == 0 || !bytes[start - 1].is_ascii_digit()) {
            let end = start + bytes[start..].iter().take_while(|b| b.is_ascii_digit()).count();
            let alone_after = bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
            // A Luxembourg postcode is written « L-1234 »: the letter is a prefix, not a word.
            if end - start == length && alone_after {
                return Some(start);
            }
            start = end;
        } else {
            start += 1;
        }
    }
    None
}

/// Words that name a way or a place one can walk to in French, Dutch and
/// German addresses; a house number counts too.
const STREET_WORDS: [&str; 32] = [
    "rue", "place", "avenue", "av.", "boulevard", "bd", "chemin", "route", "allée", "allee",
    "impasse", "quai", "cours", "square", "passage", "esplanade", "parvis", "rond-point",
    "voie", "sentier", "bourg", "hameau", "lieu-dit", "village", "grand'rue", "grande rue",
    "straat", "laan", "plein", "weg", "chaussée", "strasse",
];

fn names_a_street(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit())
        || lower
            .split(|c: char| c.is_whitespace() || c == ',')
            .any(|word| {
                STREET_WORDS.contains(&word)
                    // Dutch and German streets are compounds: « Kerkstraat », « Hauptstrasse ».
                    || ["straat", "strasse", "laan", "weg", "plein"]
                        .iter()
                        .any(|suffix| word.ends_with(suffix))
            })
        || STREET_WORDS.iter().any(|street| street.contains(' ') && lower.contains(street))
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
                .is_none_or(unknown_address),
            // An unreadable number is reported as such (`defects`), not as missing.
            (ContactDetail::Number, ContactKind::Phone) => {
                contact.phone.is_none() && contact.unreadable_number.is_none()
            }
            (ContactDetail::OpeningHours, ContactKind::Counter | ContactKind::Phone) => {
                contact.opening_hours.is_none()
            }
            _ => false,
        })
        .collect()
}

fn contact_label(channel: &Channel) -> &str {
    channel
        .contact
        .name
        .as_deref()
        .or(channel.contact.id.as_deref())
        .unwrap_or("-")
}

/// What is wrong with what `channel`'s contact does give: a number that cannot
/// be read, an address residents cannot use.
fn defects(channel: &Channel, wanted: &[ContactDetail], country: &str) -> Vec<(&'static str, Message)> {
    let contact = &channel.contact;
    let mut found = Vec::new();
    if let Some(written) = &contact.unreadable_number {
        found.push((
            "number-unreadable",
            Message::new("check-contact-number-unreadable")
                .arg("channel", channel.kind.as_str())
                .arg("contact", contact_label(channel))
                .arg("number", written),
        ));
    }
    if let Some(hours) = contact.opening_hours.as_ref().filter(|h| !h.suspicious_slots.is_empty()) {
        found.push((
            "hours-suspicious",
            Message::new("check-contact-hours-suspicious")
                .arg("channel", channel.kind.as_str())
                .arg("contact", contact_label(channel))
                .arg("slots", hours.suspicious_slots.join(", ")),
        ));
    }
    let address_wanted = wanted.contains(&ContactDetail::Address)
        && matches!(contact.kind, ContactKind::Counter | ContactKind::Postal);
    if let Some(address) = contact.address.as_deref().filter(|a| address_wanted && !is_unknown_address(a)) {
        let gaps = address_gaps(address, contact.kind, country);
        if !gaps.is_empty() {
            found.push((
                "address-incomplete",
                Message::new("check-contact-address-incomplete")
                    .arg("channel", channel.kind.as_str())
                    .arg("contact", contact_label(channel))
                    .arg("address", address)
                    .arg("missing", gaps.join(", ")),
            ));
        }
    }
    found
}

impl ProcedureCheck for ContactDetails {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let country = ctx.authority.country.as_str();
        let failures = procedure
            .all_channels()
            // An e-mail channel is never an offline alternative: its address
            // is not what residents without the internet need.
            .filter(|(_, c)| c.kind != ChannelKind::Email)
            .flat_map(|(part, channel)| {
                let missing = missing(channel, &self.details).into_iter().map(move |detail| {
                    (
                        detail.as_str(),
                        Message::new("check-contact-detail-missing")
                            .arg("channel", channel.kind.as_str())
                            .arg("contact", contact_label(channel))
                            .arg("field", detail.as_str()),
                    )
                });
                missing
                    .chain(defects(channel, &self.details, country))
                    .map(move |(aspect, message)| {
                        Failure::in_part(procedure, part, message).on_contact(channel, aspect)
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
    fn a_placeholder_address_is_missing_but_the_init_marker_is_left_to_its_rule() {
        let with = |address: &str| {
            format!(
                "\n- id: acte\n  title: Acte\n  channels:\n    counter: {{ kind: counter, address: \"{address}\" }}\n"
            )
        };
        for unknown in ["?", "TODO", "adresse à préciser", "XXX"] {
            assert!(
                matches!(verdict(&check(address_and_number()), &with(unknown)), Verdict::Fail(_)),
                "{unknown}"
            );
        }
        let marker = with("À COMPLÉTER : adresse");
        assert_eq!(verdict(&check(address_and_number()), &marker), Verdict::Pass);
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
    counter: { kind: counter, address: "2 rue de l'Église, 69000 Essai" }
"#;
        assert_eq!(verdict(&check(address_and_number()), p), Verdict::Pass);
        let with_hours = r#"
- id: acte
  title: Acte
  channels:
    counter: { kind: counter, address: "2 rue de l'Église, 69000 Essai", opening_hours: "Mo-Fr 08:30-12:00" }
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

    fn messages(procedures: &str) -> Vec<String> {
        match verdict(&check(address_and_number()), procedures) {
            Verdict::Fail(f) => f
                .iter()
                .map(|f| format!("{} {:?}", f.message.key, f.message.args))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn counter_at(address: &str) -> String {
        format!(
            "\n- id: acte\n  title: Acte\n  channels:\n    counter: {{ kind: counter, address: \"{address}\" }}\n"
        )
    }

    #[test]
    fn an_unreadable_number_is_a_finding_on_its_contact_not_a_load_failure() {
        let p = r#"
- id: aide
  title: Aide sociale
  channels:
    phone: { kind: phone, name: Standard, number: "04 93 13" }
"#;
        let found = messages(p);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("check-contact-number-unreadable") && found[0].contains("04 93 13"),
            "{found:?}"
        );
        // A number that is not one at all is the same finding.
        let found = messages(&p.replace("04 93 13", "mairie"));
        assert!(found[0].starts_with("check-contact-number-unreadable"), "{found:?}");
        // A readable number: nothing.
        assert!(messages(&p.replace("04 93 13", "04 93 13 20 00")).is_empty());
    }

    #[test]
    fn an_address_without_postcode_or_street_is_incomplete() {
        for incomplete in ["Mairie de Saint-Aubin", "Mairie, 69000 Essai", "1 place de la Mairie, Essai"] {
            let found = messages(&counter_at(incomplete));
            assert_eq!(found.len(), 1, "{incomplete}: {found:?}");
            assert!(found[0].starts_with("check-contact-address-incomplete"), "{found:?}");
        }
        for complete in [
            "1 place de la Mairie, 69000 Essai",
            "Place de l'Église, 27570 Breux-sur-Avre",
            "Le Bourg, 23000 Saint-Sulpice",
            "Mairie, 12 Grande Rue, 25000 Besançon",
        ] {
            assert!(messages(&counter_at(complete)).is_empty(), "{complete}");
        }
        // By post, the postcode is what a letter needs: « Mairie, 69000 Essai » arrives.
        let postal = "\n- id: acte\n  title: Acte\n  channels:\n    postal: { kind: postal, address: \"Mairie, 69000 Essai\" }\n";
        assert!(messages(postal).is_empty());
        assert_eq!(messages(&postal.replace(", 69000", "")).len(), 1);
    }

    #[test]
    fn a_zero_length_slot_is_a_finding() {
        let with = |hours: &str| {
            format!(
                "\n- id: acte\n  title: Acte\n  channels:\n    counter: {{ kind: counter, address: \"1 rue A, 69000 Essai\", opening_hours: \"{hours}\" }}\n"
            )
        };
        let found = messages(&with("Mo-Fr 09:00-12:00,12:30-12:30"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("check-contact-hours-suspicious") && found[0].contains("12:30-12:30"),
            "{found:?}"
        );
        assert!(messages(&with("Mo-Fr 09:00-12:00,13:30-17:00")).is_empty());
    }

    #[test]
    fn postcodes_stand_alone() {
        assert_eq!(postcode_position("1 rue A, 69000 Essai", "FR"), Some(9));
        assert_eq!(postcode_position("BP 690001 Essai", "FR"), None);
        assert_eq!(postcode_position("Grand-Place 1, 1000 Bruxelles", "BE"), Some(15));
        assert_eq!(postcode_position("Mairie", "US"), None);
    }
}
