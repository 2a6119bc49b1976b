//! Postal addresses: found on a page as written (street, number in either
//! order, postcode and town), and a declared address matched on a page by
//! its street's words whatever their order, commas and hyphens
//! (`Rue de la Station, 12 - 5000` = `Rue de la Station 12, 5000`,
//! `place Jean-Jaurès` = `place Jean Jaurès`), the postcode apart.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{fold, PageText};

/// An address written on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundAddress {
    /// As written, blocks joined by commas.
    pub written: String,
    pub postcode: String,
    pub snippet: String,
    pub at: usize,
}

const STREET_TYPES: &str = r"rue|avenue|av\.|boulevard|bd|place|pl\.|all[ée]e|chemin|quai|cours|impasse|square|route|esplanade|parvis|chauss[ée]e|promenade|rempart|voie|sentier|r[ée]sidence|h[ôo]tel de ville|maison communale|grand[\-' ]place|[\p{L}\-]*straat|[\p{L}\-]*laan|[\p{L}\-]*plein|[\p{L}\-]*steenweg|bp|cs";

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?:\b\d{{1,4}}(?: ?(?:bis|ter|[a-c]))?,? )?\b(?i:{STREET_TYPES})\b[^\n,;:()!?]{{0,60}}?(?:,? \d{{1,4}}(?: ?(?:bis|ter|[a-c]))?)?(?:[ ,\-–]|\n){{1,4}}(?:(?i:cs|bp) ?\d{{1,6}}(?:[ ,\-–]|\n){{1,4}})?(?P<postcode>\b\d{{4,5}}) (?P<city>\p{{Lu}}[\p{{L}}'’\-]+(?: (?:sur|sous|en|lès|les|le|la|de|du|des|d'|\p{{Lu}}[\p{{L}}'’\-]+))*)(?: (?:CEDEX|Cedex)(?: \d+)?)?"
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("address pattern: {e}"))
});

/// The addresses written in chars `[from, to)`.
pub fn find(text: &PageText, from: usize, to: usize) -> Vec<FoundAddress> {
    let base = text.display_byte(from);
    let hay = &text.display[base..text.display_byte(to)];
    let mut out: Vec<FoundAddress> = Vec::new();
    for caps in ADDRESS.captures_iter(hay).take(50) {
        let Some(m) = caps.get(0) else { continue };
        let start = text.char_of_display(base + m.start());
        let end = text.char_of_display(base + m.end());
        let written = m
            .as_str()
            .split('\n')
            .map(|p| p.trim().trim_end_matches(','))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let postcode = caps
            .name("postcode")
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default();
        if out.iter().any(|a| fold(&a.written) == fold(&written)) {
            continue;
        }
        out.push(FoundAddress {
            written,
            postcode,
            snippet: text.snippet(start, end),
            at: start,
        });
    }
    out
}

/// What a declared address looks like to a reader: its street's words (any
/// order) and its postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressNeedle {
    pub street: Vec<String>,
    pub postcode: Option<String>,
}

static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{4,5}\b").unwrap_or_else(|e| panic!("postcode pattern: {e}"))
});

const STREET_WORDS: [&str; 27] = [
    "rue",
    "avenue",
    "av",
    "place",
    "boulevard",
    "bd",
    "allee",
    "chemin",
    "quai",
    "cours",
    "impasse",
    "square",
    "route",
    "esplanade",
    "parvis",
    "chaussee",
    "cs",
    "bp",
    "straat",
    "laan",
    "plein",
    "steenweg",
    "street",
    "road",
    "promenade",
    "voie",
    "grand",
];

/// Words that mean the same in an address.
fn canonical(word: &str) -> &str {
    match word {
        "av" => "avenue",
        "bd" | "bld" | "boul" => "boulevard",
        "pl" => "place",
        "ch" => "chemin",
        "sq" => "square",
        "st" => "saint",
        "ste" => "sainte",
        w => w,
    }
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(canonical)
}

/// The needle of a declared address: the words of its street segment (the
/// CS / BP box of a postal address counts as one), without house numbers.
pub fn needle(address: &str) -> AddressNeedle {
    let folded = fold(address);
    let street_segment = folded
        .split(',')
        .find(|segment| words(segment).any(|w| STREET_WORDS.contains(&w)));
    let street = street_segment
        .map(|segment| {
            words(segment)
                .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) || is_box(segment))
                .filter(|w| !matches!(*w, "bis" | "ter"))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    AddressNeedle {
        street,
        postcode: POSTCODE
            .find_iter(address)
            .last()
            .map(|p| p.as_str().to_owned()),
    }
}

/// Whether an address is a post-office box (« CS 30001 », « BP 12 »), which
/// only a postal channel has.
pub fn is_box(address: &str) -> bool {
    words(&fold(address)).any(|w| w == "cs" || w == "bp")
}

/// Whether `written` (an address found on a page) has every word of the
/// needle's street.
pub fn same_street(needle: &AddressNeedle, written: &str) -> bool {
    let folded = fold(written);
    let found: Vec<&str> = words(&folded).collect();
    needle.street.iter().all(|w| found.contains(&w.as_str()))
}

/// Where the page shows a declared address: the street (snippet) and the
/// postcode (snippet), each found or not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressMatch {
    pub street: Option<String>,
    pub postcode: Option<String>,
}

/// Looks for `needle` in `text`: every street word within a short window
/// around the street's longest word, in any order; the postcode anywhere.
pub fn locate(text: &PageText, needle: &AddressNeedle) -> AddressMatch {
    locate_where(text, needle, |_| true)
}

/// `locate`, counting only the matches that start at a char index `keep`
/// accepts (outside the site's frame, for `verify`: a footer address
/// confirms nothing).
pub fn locate_where(
    text: &PageText,
    needle: &AddressNeedle,
    keep: impl Fn(usize) -> bool,
) -> AddressMatch {
    const WINDOW: usize = 80;
    let mut found = AddressMatch::default();
    // The anchor is the street's name, not its type (written "bd" or "boulevard").
    let anchor = needle
        .street
        .iter()
        .filter(|w| !STREET_WORDS.contains(&w.as_str()))
        .max_by_key(|w| w.len())
        .or_else(|| needle.street.iter().max_by_key(|w| w.len()));
    if let Some(anchor) = anchor {
        for (start, end) in text
            .find_all(anchor, 0, text.len(), false)
            .into_iter()
            .filter(|(s, _)| keep(*s))
        {
            let from = start.saturating_sub(WINDOW);
            let to = (end + WINDOW).min(text.len());
            let around: Vec<&str> = words(text.folded_range(from, to)).collect();
            if needle.street.iter().all(|w| around.contains(&w.as_str())) {
                found.street = Some(text.snippet(start, end));
                break;
            }
        }
    }
    if let Some(postcode) = &needle.postcode {
        found.postcode = text
            .find_all(postcode, 0, text.len(), false)
            .into_iter()
            .find(|(s, _)| keep(*s))
            .map(|(s, e)| text.snippet(s, e));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(page: &str, declared: &str) -> AddressMatch {
        locate(&PageText::new(page), &needle(declared))
    }

    #[test]
    fn street_words_in_any_order() {
        for (page, declared) in [
            (
                "Rue de la Station, 12 - 5000 Namur",
                "Rue de la Station 12, 5000 Namur",
            ),
            (
                "Rue de la Station 12, 5000 Namur",
                "12, rue de la Station, 5000 Namur",
            ),
            (
                "1 place Jean Jaurès, 42000 Saint-Étienne",
                "Place Jean-Jaurès, 42000 Saint-Étienne",
            ),
            (
                "2 bd Voltaire 75011 Paris",
                "2 boulevard Voltaire, 75011 Paris",
            ),
        ] {
            let m = located(page, declared);
            assert!(m.street.is_some(), "{page} / {declared}");
            assert!(m.postcode.is_some(), "{page} / {declared}");
        }
    }

    #[test]
    fn another_street_or_postcode_is_not_the_declared_one() {
        let m = located(
            "Rue de la Gare 12, 5000 Namur",
            "Rue de la Station 12, 5100 Jambes",
        );
        assert_eq!(m.street, None);
        assert_eq!(m.postcode, None);
        // Words far apart on the page are not one address.
        let far = format!("rue {} Station", "x ".repeat(100));
        assert_eq!(
            located(&far, "Rue de la Station 12, 5000 Namur").street,
            None
        );
    }

    #[test]
    fn addresses_written_on_pages() {
        for (page, written, postcode) in [
            (
                "Mairie : 10, rue Léon-Blum, 69100 Villeurbanne. Ouvert",
                "10, rue Léon-Blum, 69100 Villeurbanne",
                "69100",
            ),
            (
                "Administration communale\nRue de la Station 12\n5000 Namur\nTél.",
                "Rue de la Station 12, 5000 Namur",
                "5000",
            ),
            (
                "écrire à Hôtel de ville, CS 65051, 69601 Villeurbanne Cedex",
                "Hôtel de ville, CS 65051, 69601 Villeurbanne Cedex",
                "69601",
            ),
            (
                "Grand-Place 1, 1000 Bruxelles",
                "Grand-Place 1, 1000 Bruxelles",
                "1000",
            ),
        ] {
            let text = PageText::new(page);
            let found = find(&text, 0, text.len());
            assert_eq!(found.len(), 1, "{page}: {found:?}");
            assert_eq!(found[0].written, written);
            assert_eq!(found[0].postcode, postcode);
        }
    }

    #[test]
    fn not_addresses() {
        for page in [
            "Le 12 mars 2025, 1 200 personnes",
            "Rue de la Paix sans code postal",
            "Place aux jeunes 2025 édition",
        ] {
            let text = PageText::new(page);
            assert!(find(&text, 0, text.len()).is_empty(), "{page}");
        }
    }
}
