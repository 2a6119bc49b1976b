//! What a phone number on a page is for. A mention is not a channel: a
//! number is a channel of the procedure only when its sentence says the
//! procedure is done by phone (« la demande peut être faite par téléphone »).
//! A number given to book an appointment (« prendre rendez-vous au … »), for
//! another service (a help desk, a card-blocking line, the police, an
//! emergency line) or for information (« renseignements », « contact »,
//! « en cas de difficulté ») is drafted as what it is. The wording is data
//! (`phone_channel_words`, `phone_booking_words`, `phone_other_service_words`).

use serde::{Deserialize, Serialize};

use super::text::PageText;
use super::Phrases;

/// What a number is given for, as its sentence says.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum PhonePurpose {
    /// The procedure is done by calling it.
    Channel,
    /// To book an appointment at a counter.
    Booking,
    /// Another service's line: a help desk, a blocking line, an emergency.
    OtherService,
    /// Information, help, a switchboard: the default for a bare number.
    #[default]
    Info,
}

/// The purpose of the number quoted in `sentence`. Another service wins
/// (« en cas de perte, appelez le helpdesk pour bloquer la carte » is not
/// this procedure's phone), then booking, then a verb of doing by phone.
pub fn phone_purpose(sentence: &str, phrases: &Phrases) -> PhonePurpose {
    let text = PageText::new(sentence);
    let says = |words: &[String]| words.iter().any(|w| text.find(w, true).is_some());
    if says(&phrases.phone_other_service_words) {
        PhonePurpose::OtherService
    } else if says(&phrases.phone_booking_words) {
        PhonePurpose::Booking
    } else if says(&phrases.phone_channel_words) {
        PhonePurpose::Channel
    } else {
        PhonePurpose::Info
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose(sentence: &str) -> PhonePurpose {
        let phrases = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        phone_purpose(sentence, &phrases)
    }

    #[test]
    fn a_number_is_a_channel_only_with_a_verb_of_doing() {
        for sentence in [
            "La demande peut être faite par téléphone au 04 78 00 00 00.",
            "Inscription par téléphone au 02 515 66 27.",
            "U kunt dit telefonisch aanvragen op 02 279 22 11.",
            "You can apply by phone on 02 279 22 11.",
        ] {
            assert_eq!(purpose(sentence), PhonePurpose::Channel, "{sentence}");
        }
    }

    #[test]
    fn booking_other_services_and_information_are_not_channels() {
        for (sentence, expected) in [
            (
                "Prendre rendez-vous au 04 50 91 27 27.",
                PhonePurpose::Booking,
            ),
            (
                "Les demandes de RDV s'effectuent en appelant le 061/280.313",
                PhonePurpose::Booking,
            ),
            (
                "Maak een afspraak via 09 210 10 10.",
                PhonePurpose::Booking,
            ),
            (
                "Si la police est inaccessible, la déclaration peut être faite au Help Desk (tél. 02/518.21.16).",
                PhonePurpose::OtherService,
            ),
            (
                "ou téléphoner au Help-desk 24h/24 au 02/518.21.16",
                PhonePurpose::OtherService,
            ),
            (
                "Si vous rencontrez des difficultés, contactez le service au 05 63 73 50 60",
                PhonePurpose::Info,
            ),
            ("Tel : 02/244 75 11 (call-center)", PhonePurpose::Info),
            (
                "Renseignements par téléphone au 04 78 00 00 00.",
                PhonePurpose::Info,
            ),
        ] {
            assert_eq!(purpose(sentence), expected, "{sentence}");
        }
    }
}
