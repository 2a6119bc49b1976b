//! Phone numbers as pages write them: every French and Belgian writing in use
//! (`04 78 03 67 67`, `065/22.11.00`, `+32 (0)2 …`, `0 800 12 34 56`,
//! `00 800 1234 5678`, 3BPQ short numbers after a phone label), each tagged
//! phone or fax by the label before it, with its tariff.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::text::PageText;
use super::Phrases;
use crate::catalog::model::Tariff;
use crate::catalog::phone;

/// At most this many distinct numbers are analysed on one page: a page of
/// thousands of numbers is not a procedure page, and each costs a parse.
pub const MAX_NUMBERS: usize = 200;

/// What a number on the page is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    Phone,
    Fax,
}

/// A phone number written on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FoundPhone {
    /// E.164 (short numbers: their digits), comparable with the catalogue's.
    pub normalized: String,
    /// As written on the page.
    pub written: String,
    pub tariff: Tariff,
    #[serde(default = "phone_line", skip_serializing_if = "is_phone")]
    pub line: Line,
    pub snippet: String,
    /// What the number is for, from its sentence (set by `read_range`).
    #[serde(skip)]
    pub purpose: super::PhonePurpose,
    /// Char index on the page (for scoping to a section).
    #[serde(skip)]
    pub at: usize,
}

fn phone_line() -> Line {
    Line::Phone
}

fn is_phone(line: &Line) -> bool {
    *line == Line::Phone
}

static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:\+|\b00) ?3[23][ .\-/]?(?:\(0\)[ .\-/]?)?\d(?:[ .\-/]?\d){7,8}|(?:\+|\b00) ?800(?:[ .\-/]?\d){8}|\b0(?:[ .\-/]?\d){8,9})\b",
    )
    .unwrap_or_else(|e| panic!("phone pattern: {e}"))
});

static SHORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b3\d{3}\b").unwrap_or_else(|e| panic!("short pattern: {e}")));

/// The numbers in chars `[from, to)` of `text`, and those of `tel:` links.
pub fn find(
    text: &PageText,
    from: usize,
    to: usize,
    tel_links: &[(String, String, usize)],
    country: &str,
    phrases: &Phrases,
) -> Vec<FoundPhone> {
    let mut out: Vec<FoundPhone> = Vec::new();
    let mut analysed = 0usize;
    let base = text.folded_byte(from);
    let hay = &text.folded[base..text.folded_byte(to)];
    for m in CANDIDATE.find_iter(hay) {
        if analysed >= MAX_NUMBERS {
            break;
        }
        let start = text.char_of_folded(base + m.start());
        let end = text.char_of_folded(base + m.end());
        let written = text.display_range(start, end);
        if out.iter().any(|p| p.written == written.trim()) {
            continue;
        }
        analysed += 1;
        let line = label_before(text, start, phrases);
        push(&mut out, written, country, line, start, || {
            text.snippet(start, end)
        });
    }
    // 3BPQ short numbers ("composez le 3939") only right after a phone label:
    // otherwise a year, a count or a postcode part.
    if country == "FR" {
        for m in SHORT.find_iter(hay) {
            if analysed >= MAX_NUMBERS {
                break;
            }
            let start = text.char_of_folded(base + m.start());
            let end = text.char_of_folded(base + m.end());
            if !short_number_label_before(text, start) {
                continue;
            }
            analysed += 1;
            let written = text.display_range(start, end);
            push(&mut out, written, country, Line::Phone, start, || {
                text.snippet(start, end)
            });
        }
    }
    for (href, label, at) in tel_links {
        if *at < from || *at >= to {
            continue;
        }
        let number = href
            .trim_start_matches("tel:")
            .replace("%20", " ")
            .replace("%2B", "+");
        let line = label_before(text, *at, phrases);
        push(&mut out, &number, country, line, *at, || {
            format!("{} ({})", label.trim(), href)
        });
    }
    out
}

fn push(
    phones: &mut Vec<FoundPhone>,
    written: &str,
    country: &str,
    line: Line,
    at: usize,
    snippet: impl FnOnce() -> String,
) {
    let Ok(info) = phone::analyse(written, country) else {
        return;
    };
    if phones.iter().any(|p| p.normalized == info.normalized) {
        return;
    }
    phones.push(FoundPhone {
        normalized: info.normalized,
        written: written.trim().to_owned(),
        tariff: info.derived_tariff,
        line,
        snippet: snippet(),
        purpose: super::PhonePurpose::default(),
        at,
    });
}

/// Fax when the nearest label before the number (within its block, a few
/// words back) is a fax label; a phone otherwise.
fn label_before(text: &PageText, at: usize, phrases: &Phrases) -> Line {
    let window_start = at.saturating_sub(40);
    let before = text.folded_range(window_start, at);
    let before = before.rsplit('\n').next().unwrap_or(before);
    let last = |words: &[String]| words.iter().filter_map(|w| rfind_word(before, w)).max();
    let fax = last(&phrases.fax_words);
    let phone = last(&phrases.phone_words);
    match (fax, phone) {
        (Some(f), Some(p)) if f > p => Line::Fax,
        (Some(_), None) => Line::Fax,
        _ => Line::Phone,
    }
}

fn short_number_label_before(text: &PageText, at: usize) -> bool {
    let before = text.folded_range(at.saturating_sub(30), at);
    let before = before.trim_end().trim_end_matches([':', ' ', '.']);
    [
        "composez le",
        "appelez le",
        "appeler le",
        "contactez le",
        "numero",
        "tel",
        "telephone",
        "allo service public",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Byte offset of the last occurrence of `word` in `hay` on word boundaries.
fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let mut end = hay.len();
    while let Some(pos) = hay[..end].rfind(word) {
        let start_ok = hay[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let end_ok = hay[pos + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if start_ok && end_ok {
            return Some(pos);
        }
        end = pos;
    }
    None
}
