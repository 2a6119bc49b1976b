//! Placeholders: what `horsligne init` writes where it does not know the
//! answer. A placeholder is never a fact: the rule `NN-PLACEHOLDER` (check
//! `placeholder_filled`) reports each one until someone fills it in.

/// Written in every text field `init` could not fill (names, addresses,
/// services). Matched without regard to case or accents.
pub const MARKER: &str = "À COMPLÉTER";

/// Phone numbers written where a phone contact needs a number that `init`
/// does not know (the format requires one, and it must be valid in the
/// numbering plan). France: ARCEP reserves 01 99 00 xx xx for fiction. Belgium:
/// we know of no range reserved for fiction, so horsligne uses a fixed Brussels
/// number of its own choosing; whatever its owner, the check reports it as a
/// placeholder, so it can never pass for a real line.
const PLACEHOLDER_NUMBERS: [(&str, &str); 2] =
    [("FR", "+33 1 99 00 00 00"), ("BE", "+32 2 599 00 00")];

/// The placeholder phone number `init` writes for `country`.
pub fn placeholder_number(country: &str) -> &'static str {
    PLACEHOLDER_NUMBERS
        .iter()
        .find(|(c, _)| *c == country)
        .map_or(PLACEHOLDER_NUMBERS[0].1, |(_, n)| n)
}

/// `text` in lower case without the accents of French placeholders.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'À' | 'à' | 'Â' | 'â' => 'a',
            'É' | 'é' | 'È' | 'è' | 'Ê' | 'ê' => 'e',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// True when `text` still holds the placeholder marker.
pub fn is_placeholder(text: &str) -> bool {
    fold(text).contains("a completer")
}

/// True when an address is not one yet: empty, the marker, or what people
/// write while they do not know it (« à préciser », « TODO », « ? », « XXX »).
/// The residents' guide then says « adresse à demander à l'administration » and the
/// rule on contact details reports it as missing.
pub fn is_unknown_address(text: &str) -> bool {
    let folded = fold(text.trim());
    let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
    let first_word = folded.split(|c: char| !c.is_alphanumeric()).next();
    folded.is_empty()
        || folded.chars().all(|c| c == 'x')
        || [
            "a completer",
            "a preciser",
            "a renseigner",
            "a definir",
            "a venir",
        ]
        .iter()
        .any(|p| folded.contains(p))
        || [
            "adresse", "address", "inconnue", "inconnu", "unknown", "n/a", "nc",
        ]
        .contains(&folded)
        || first_word.is_some_and(|w| ["todo", "tbd", "xxx"].contains(&w))
}

/// True when `digits` (a normalised number, E.164) is one of the placeholder numbers.
pub fn is_placeholder_number(normalized: &str) -> bool {
    PLACEHOLDER_NUMBERS.iter().any(|(_, n)| {
        let digits: String = n.chars().filter(|c| c.is_ascii_digit()).collect();
        normalized.trim_start_matches('+') == digits
    })
}

/// True when `url` is a placeholder address (`.invalid` is reserved by RFC 2606).
pub fn is_placeholder_url(url: &url::Url) -> bool {
    url.host_str()
        .is_some_and(|h| h == "invalid" || h.ends_with(".invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_is_found_whatever_the_case_or_accents() {
        assert!(is_placeholder("À COMPLÉTER : adresse"));
        assert!(is_placeholder("adresse (a completer)"));
        assert!(is_placeholder("A Compléter"));
        assert!(!is_placeholder("1 place de la Mairie"));
        assert!(!is_placeholder("compléter le formulaire"));
    }

    #[test]
    fn unknown_addresses_are_told_from_addresses() {
        for unknown in [
            "",
            " ? ",
            "XXX",
            "TODO",
            "à préciser",
            "Adresse",
            "À COMPLÉTER : adresse",
            "TODO: adresse",
            "adresse à préciser",
        ] {
            assert!(is_unknown_address(unknown), "{unknown:?}");
        }
        for address in [
            "1 place de la Mairie",
            "Adresse postale : BP 12, 69100",
            "Nc 12 rue",
        ] {
            assert!(!is_unknown_address(address), "{address:?}");
        }
    }

    #[test]
    fn placeholder_numbers_are_valid_numbers_and_recognised() {
        for country in ["FR", "BE"] {
            let written = placeholder_number(country);
            let info = crate::catalog::phone::analyse(written, country)
                .unwrap_or_else(|e| panic!("{written}: {e}"));
            assert!(is_placeholder_number(&info.normalized), "{info:?}");
        }
        assert!(!is_placeholder_number("+33478552100"));
    }

    #[test]
    fn invalid_hosts_are_placeholders() {
        let url = url::Url::parse("https://a-completer.invalid/").unwrap();
        assert!(is_placeholder_url(&url));
        let url = url::Url::parse("https://www.mairie.example/").unwrap();
        assert!(!is_placeholder_url(&url));
    }
}
