//! What a phone number costs the caller, derived from its numbering plan.
//!
//! The number is parsed and validated with `phonenumber` (libphonenumber's
//! metadata). The tariff classes follow `docs/phone-tariffs.md`: where the
//! number alone cannot tell (most French 3BPQ short numbers) the tariff is
//! `Unknown`: never assumed free.

use phonenumber::country::Id;
use phonenumber::{Mode, Type};

use super::model::Tariff;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneInfo {
    /// As written in the catalogue.
    pub written: String,
    /// E.164 for full numbers; the digits for short numbers.
    pub normalized: String,
    /// Derived from the number alone.
    pub derived_tariff: Tariff,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("not a phone number: {0}")]
    Unparsable(String),
    #[error("not a valid number in the numbering plan")]
    Invalid,
}

/// Parses `written` as dialled from `country` (ISO alpha-2) and derives its tariff.
/// The one phone reader: catalogues, spreadsheets and pages (`scan`,
/// `verify`) all go through it, so a number written as the council prints it
/// (« 087/30 73 01 », « +32 (0)87 30 73 01 ») reads the same everywhere.
pub fn analyse(written: &str, country: &str) -> Result<PhoneInfo, PhoneError> {
    let dialled = written.replace("(0)", "").replace('/', " ");
    let digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    let only_dialable = dialled.chars().all(|c| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, '+' | '.' | '-' | '(' | ')' | '\u{a0}')
    });
    if !only_dialable || digits.is_empty() {
        return Err(PhoneError::Unparsable(written.to_owned()));
    }
    if !dialled.trim_start().starts_with('+') && digits.len() <= 6 {
        return short_number(&digits, country).map(|tariff| PhoneInfo {
            written: written.to_owned(),
            normalized: digits.clone(),
            derived_tariff: tariff,
        });
    }
    let region: Option<Id> = country.parse().ok();
    let overseas = if country == "FR" {
        as_dialled_in_france_overseas(&dialled, &digits)
    } else {
        None
    };
    let number = match overseas {
        Some(number) => number,
        None => phonenumber::parse(region, &dialled)
            .map_err(|e| PhoneError::Unparsable(e.to_string()))?,
    };
    if !number.is_valid() {
        return Err(PhoneError::Invalid);
    }
    let national = number.national().to_string();
    let calling_code = number.code().value();
    let derived_tariff = match calling_code {
        33 | 262 | 508 | 590 | 594 | 596 => french_tariff(&national),
        32 => belgian_tariff(&national),
        _ => from_number_type(number.number_type(&phonenumber::metadata::DATABASE)),
    };
    Ok(PhoneInfo {
        written: written.to_owned(),
        normalized: number.format().mode(Mode::E164).to_string(),
        derived_tariff,
    })
}

/// The overseas departments and collectivities whose numbers belong to the
/// French numbering plan (ARCEP: `0262`, `0269`, `0508`, `0590`, `0594`,
/// `0596`, mobiles `0639`, `069x`): dialled from France with the leading 0,
/// but libphonenumber files them under their own country codes, so a number
/// refused as metropolitan is tried in each of them. New Caledonia, French
/// Polynesia and Wallis-and-Futuna have their own plans (`+687`, `+689`,
/// `+681`): they are dialled internationally, `+` written.
const FRENCH_OVERSEAS: [Id; 7] = [Id::GP, Id::GF, Id::MQ, Id::RE, Id::YT, Id::PM, Id::MF];

/// Their prefixes as dialled from France, so that a metropolitan number is
/// never tried against them (and Martinique is not read as `+33`).
const FRENCH_OVERSEAS_PREFIXES: [&str; 8] = [
    "0262", "0269", "0508", "0590", "0594", "0596", "0639", "069",
];

fn as_dialled_in_france_overseas(written: &str, digits: &str) -> Option<phonenumber::PhoneNumber> {
    if written.trim_start().starts_with('+')
        || !FRENCH_OVERSEAS_PREFIXES
            .iter()
            .any(|p| digits.starts_with(p))
    {
        return None;
    }
    FRENCH_OVERSEAS.iter().find_map(|territory| {
        phonenumber::parse(Some(*territory), written)
            .ok()
            .filter(phonenumber::PhoneNumber::is_valid)
    })
}

/// An E.164 number (`+33478000000`) as people dial it in its own country
/// (`04 78 00 00 00`); anything else is returned as it is.
pub fn as_dialled(number: &str) -> String {
    if !number.starts_with('+') {
        return number.to_owned();
    }
    match phonenumber::parse(None, number) {
        Ok(parsed) if parsed.is_valid() => parsed.format().mode(Mode::National).to_string(),
        _ => number.to_owned(),
    }
}

/// ARCEP décision 2012-0856 tariff families, on the national significant number
/// (without the leading 0).
fn french_tariff(national: &str) -> Tariff {
    let prefix = |p: &str| national.starts_with(p);
    if ["800", "801", "802", "803", "804", "805"]
        .iter()
        .any(|p| prefix(p))
    {
        Tariff::Free
    } else if ["806", "807", "808", "809"].iter().any(|p| prefix(p)) {
        Tariff::Standard
    } else if prefix("81") || prefix("82") || prefix("89") {
        Tariff::Premium
    } else if prefix("8") {
        Tariff::Unknown
    } else {
        // 01-05 geographic, 06-07 mobile, 09 VoIP: normal price, cannot be surcharged.
        Tariff::Standard
    }
}

/// BIPT: 0800 free, 070 and 090x premium, 078 normal rate.
fn belgian_tariff(national: &str) -> Tariff {
    if national.starts_with("800") {
        Tariff::Free
    } else if national.starts_with("70") || national.starts_with("90") {
        Tariff::Premium
    } else {
        Tariff::Standard
    }
}

fn from_number_type(kind: Type) -> Tariff {
    match kind {
        Type::TollFree => Tariff::Free,
        Type::PremiumRate => Tariff::Premium,
        Type::SharedCost | Type::Uan | Type::PersonalNumber | Type::Unknown => Tariff::Unknown,
        _ => Tariff::Standard,
    }
}

/// Short numbers: only a few ranges tell their price (ARCEP 2022-1583 §2.4.9).
fn short_number(digits: &str, country: &str) -> Result<Tariff, PhoneError> {
    if country != "FR" {
        // Outside France we have no reliable short-number table: the catalogue must say.
        return Ok(Tariff::Unknown);
    }
    let tariff = match digits.len() {
        2 | 3 if ["15", "17", "18", "112", "114", "119", "115"].contains(&digits) => Tariff::Free,
        4 if digits.starts_with('3') => {
            let n: u32 = digits.parse().map_err(|_| PhoneError::Invalid)?;
            if (3000..=3007).contains(&n)
                || (3009..=3169).contains(&n)
                || (3180..=3199).contains(&n)
            {
                Tariff::Free
            } else {
                Tariff::Unknown
            }
        }
        4 if digits.starts_with('1') => Tariff::Unknown,
        6 if digits.starts_with("116") => Tariff::Free,
        6 if digits.starts_with("118") => Tariff::Premium,
        _ => return Err(PhoneError::Invalid),
    };
    Ok(tariff)
}

#[cfg(test)]
mod tests {

    #[test]
    fn e164_numbers_are_shown_as_dialled() {
        assert_eq!(as_dialled("+33478000000"), "04 78 00 00 00");
        assert_eq!(as_dialled("+3222792211"), "02 279 22 11");
        assert_eq!(as_dialled("3939"), "3939");
        assert_eq!(as_dialled("+330"), "+330");
    }
    use super::*;

    fn tariff(number: &str, country: &str) -> Tariff {
        analyse(number, country).unwrap().derived_tariff
    }

    /// Issue 23: the forms councils print, read as `scan` reads them.
    #[test]
    fn numbers_as_printed_are_read() {
        for (written, country, e164) in [
            ("087/30 73 01", "BE", "+3287307301"),
            ("087/307 301", "BE", "+3287307301"),
            ("087.325.240", "BE", "+3287325240"),
            ("+32 (0)87 30 73 01", "BE", "+3287307301"),
            ("+32 87 30 73 01", "BE", "+3287307301"),
            ("04 78 03 67 67", "FR", "+33478036767"),
        ] {
            let info = analyse(written, country).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(info.normalized, e164, "{written}");
            assert_eq!(info.written, written, "kept as written");
        }
        for refused in ["087/30 73 0", "087 30 73 01 ext", "appelez-nous"] {
            assert!(analyse(refused, "BE").is_err(), "{refused}");
        }
    }

    #[test]
    fn french_families() {
        assert_eq!(tariff("04 78 03 67 67", "FR"), Tariff::Standard);
        assert_eq!(tariff("+33 4 78 03 67 67", "FR"), Tariff::Standard);
        assert_eq!(tariff("06 12 34 56 78", "FR"), Tariff::Standard);
        assert_eq!(tariff("0 800 12 34 56", "FR"), Tariff::Free);
        assert_eq!(tariff("0806 12 34 56", "FR"), Tariff::Standard);
        assert_eq!(tariff("0 892 70 12 12", "FR"), Tariff::Premium);
        assert_eq!(tariff("0820 12 34 56", "FR"), Tariff::Premium);
    }

    #[test]
    fn short_numbers_are_never_assumed_free() {
        assert_eq!(tariff("3939", "FR"), Tariff::Unknown);
        assert_eq!(tariff("3241", "FR"), Tariff::Unknown);
        assert_eq!(tariff("3008", "FR"), Tariff::Unknown);
        assert_eq!(tariff("3170", "FR"), Tariff::Unknown);
        assert_eq!(tariff("3005", "FR"), Tariff::Free);
        assert_eq!(tariff("3180", "FR"), Tariff::Free);
        assert_eq!(tariff("116000", "FR"), Tariff::Free);
        assert_eq!(tariff("118218", "FR"), Tariff::Premium);
    }

    #[test]
    fn overseas_numbers_as_dialled_in_france_are_french_numbers() {
        for (written, e164) in [
            ("05 90 80 04 04", "+590590800404"), // Guadeloupe
            ("05 90 51 40 00", "+590590514000"), // Saint-Barthélemy / Saint-Martin
            ("05 94 28 80 00", "+594594288000"), // Guyane
            ("05 96 55 21 00", "+596596552100"), // Martinique
            ("02 62 40 06 00", "+262262400600"), // La Réunion
            ("02 69 63 50 00", "+262269635000"), // Mayotte
            ("05 08 41 10 40", "+508508411040"), // Saint-Pierre-et-Miquelon
            ("06 94 20 30 40", "+594694203040"), // a mobile in Guyane
            ("06 90 12 34 56", "+590690123456"), // a mobile in Guadeloupe
            ("06 92 12 34 56", "+262692123456"), // a mobile in La Réunion
            ("06 39 01 23 45", "+262639012345"), // a mobile in Mayotte
        ] {
            let info = analyse(written, "FR").unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(info.normalized, e164, "{written}");
            assert_eq!(info.derived_tariff, Tariff::Standard, "{written}");
        }
        // Still refused: too short, and a number that is in no French plan.
        assert!(analyse("05 90 80 04", "FR").is_err());
        assert!(analyse("05 90 80 04", "BE").is_err());
    }

    #[test]
    fn belgian_families() {
        assert_eq!(tariff("+32 81 24 00 00", "BE"), Tariff::Standard);
        assert_eq!(tariff("0800 12 345", "BE"), Tariff::Free);
        assert_eq!(tariff("070 22 33 44", "BE"), Tariff::Premium);
        assert_eq!(tariff("0902 12 345", "BE"), Tariff::Premium);
        assert_eq!(tariff("078 15 20 30", "BE"), Tariff::Standard);
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert!(matches!(
            analyse("mairie", "FR"),
            Err(PhoneError::Unparsable(_))
        ));
        assert!(
            analyse("04 78", "FR").is_err()
                || analyse("04 78", "FR").unwrap().derived_tariff == Tariff::Unknown
        );
        assert_eq!(analyse("+33 1 23", "FR"), Err(PhoneError::Invalid));
    }

    #[test]
    fn normalises_to_e164() {
        assert_eq!(
            analyse("04.78.03.67.67", "FR").unwrap().normalized,
            "+33478036767"
        );
    }
}
