//! What a fetched page says, read with `scraper`: the visible text, the phone
//! numbers in it (normalised like the catalogue's), the wording that says the
//! procedure is online-only, opening hours, a login form, a bot wall, and
//! whether the catalogue's addresses appear.
//!
//! Matching is done on a folded copy of the text (lower case, accents and
//! apostrophes unified, one space between words) that keeps one character per
//! character of the visible text, so every match maps back to a real snippet.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Node, Selector};
use serde::{Deserialize, Serialize};

use super::phrases::Phrases;
use crate::catalog::model::Tariff;
use crate::catalog::phone;

/// Characters of context on each side of a match in a snippet.
const SNIPPET_CONTEXT: usize = 60;

/// A phone number written on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FoundPhone {
    /// E.164, comparable with the catalogue's normalised numbers.
    pub normalized: String,
    /// As written on the page.
    pub written: String,
    pub tariff: Tariff,
    pub snippet: String,
}

/// What the page says, reduced to what verification compares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageFacts {
    pub title: Option<String>,
    pub phones: Vec<FoundPhone>,
    /// Snippet of wording saying the whole procedure is online-only.
    pub online_only: Option<String>,
    /// Snippet of wording saying appointments can only be booked online.
    pub appointment_online_only: Option<String>,
    /// Snippet where opening hours are given.
    pub hours: Option<String>,
    /// The page asks for a password: a login page.
    pub login_form: bool,
    /// The needles asked for that the page contains, with their snippet.
    pub needles_found: Vec<(String, String)>,
}

/// The visible text of the page and its folded copy (same number of chars).
struct PageText {
    display: Vec<char>,
    folded: String,
}

impl PageText {
    fn new(visible: &str) -> Self {
        let mut display = Vec::with_capacity(visible.len());
        let mut last_space = true;
        for c in visible.chars() {
            let c = if is_space(c) { ' ' } else { c };
            if c == ' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            display.push(c);
        }
        while display.last() == Some(&' ') {
            display.pop();
        }
        let folded = display.iter().map(|&c| fold_char(c)).collect();
        PageText { display, folded }
    }

    /// The snippet around chars `[start, end)` of the text.
    fn snippet(&self, start: usize, end: usize) -> String {
        let from = start.saturating_sub(SNIPPET_CONTEXT);
        let to = (end + SNIPPET_CONTEXT).min(self.display.len());
        let text: String = self.display[from..to].iter().collect();
        let mut out = String::new();
        if from > 0 {
            out.push('…');
        }
        out.push_str(text.trim());
        if to < self.display.len() {
            out.push('…');
        }
        out
    }

    /// Char range of the first occurrence of the folded `needle` that is not
    /// just after a negation.
    fn find(&self, needle: &str, skip_negated: bool) -> Option<(usize, usize)> {
        if needle.is_empty() {
            return None;
        }
        let mut from = 0;
        while let Some(pos) = self.folded[from..].find(needle) {
            let byte = from + pos;
            let start = self.folded[..byte].chars().count();
            let end = start + needle.chars().count();
            let at_word_start = self.folded[..byte]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let at_word_end = self.folded[byte + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if at_word_start && at_word_end && !(skip_negated && self.negated_before(byte)) {
                return Some((start, end));
            }
            from = byte + needle.len();
        }
        None
    }

    fn negated_before(&self, byte: usize) -> bool {
        let mut start = byte.saturating_sub(24);
        while !self.folded.is_char_boundary(start) {
            start -= 1;
        }
        let before = &self.folded[start..byte];
        before
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| matches!(w, "pas" | "non" | "niet" | "not" | "never" | "jamais"))
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{200b}')
}

/// One char for one char: lower case, without accents, one kind of apostrophe.
pub fn fold_char(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' => 'y',
        'ç' => 'c',
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '–' | '—' | '‑' => '-',
        c if is_space(c) => ' ',
        c => c,
    }
}

/// Folds a phrase or needle the way page text is folded.
pub fn fold(text: &str) -> String {
    PageText::new(text).folded
}

static PHONE_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:\+|\b00)3[23][ .\-/]?(?:\(0\)[ .\-/]?)?\d(?:[ .\-/]?\d){7,8}|\b0(?:[ .\-/]?\d){8,9})\b",
    )
    .unwrap_or_else(|e| panic!("phone pattern: {e}"))
});

static HOUR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[01]?\d|2[0-3]) ?(?:h|:) ?(?:[0-5]\d)?\b")
        .unwrap_or_else(|e| panic!("hour pattern: {e}"))
});

const DAYS: [&str; 21] = [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Markers of anti-bot challenge pages, looked for in the raw body.
const BOT_WALL_MARKERS: [&str; 8] = [
    "cf-chl",
    "challenge-platform",
    "just a moment...",
    "checking your browser",
    "attention required!",
    "captcha-delivery",
    "g-recaptcha",
    "h-captcha",
];

/// Whether the body is an anti-bot challenge rather than the page.
pub fn is_bot_wall(body: &str) -> bool {
    let lower = body.to_lowercase();
    BOT_WALL_MARKERS.iter().any(|m| lower.contains(m))
}

/// Reads `html`: `country` is the authority's (how national numbers are dialled),
/// `needles` folded strings whose presence is asked for.
pub fn extract(html: &str, country: &str, phrases: &Phrases, needles: &[String]) -> PageFacts {
    let document = Html::parse_document(html);
    let text = PageText::new(&visible_text(&document));

    let mut phones: Vec<FoundPhone> = Vec::new();
    let display: String = text.display.iter().collect();
    for m in PHONE_CANDIDATE.find_iter(&display) {
        let written = m.as_str();
        let start = display[..m.start()].chars().count();
        let end = start + written.chars().count();
        push_phone(&mut phones, written, country, || text.snippet(start, end));
    }
    if let Ok(tel) = Selector::parse(r#"a[href^="tel:"]"#) {
        for a in document.select(&tel) {
            if let Some(href) = a.value().attr("href") {
                let number = href.trim_start_matches("tel:").replace("%20", " ");
                let label: String = a.text().collect();
                push_phone(&mut phones, &number, country, || {
                    format!("<a href=\"{href}\">{}</a>", label.trim())
                });
            }
        }
    }

    // Appointment wording first: its phrases often contain the online-only ones
    // ("rendez-vous uniquement en ligne"), which must not count twice.
    let appointment_online_only = phrases
        .appointment_online_only
        .iter()
        .find_map(|p| text.find(p, true))
        .map(|(s, e)| text.snippet(s, e));
    let appointment_span = phrases
        .appointment_online_only
        .iter()
        .filter_map(|p| text.find(p, true))
        .collect::<Vec<_>>();
    let online_only = phrases
        .online_only
        .iter()
        .filter_map(|p| text.find(p, true))
        .find(|(s, e)| !appointment_span.iter().any(|(as_, ae)| s >= as_ && e <= ae))
        .map(|(s, e)| text.snippet(s, e));

    let has_day = DAYS.iter().any(|d| text.find(d, false).is_some());
    let hours = if has_day {
        HOUR.find(&text.folded).map(|m| {
            let start = text.folded[..m.start()].chars().count();
            let end = start + m.as_str().chars().count();
            text.snippet(start, end)
        })
    } else {
        None
    };

    let login_form = Selector::parse(r#"input[type="password"]"#)
        .map(|s| document.select(&s).next().is_some())
        .unwrap_or(false);
    let title = Selector::parse("title").ok().and_then(|s| {
        document
            .select(&s)
            .next()
            .map(|t| t.text().collect::<String>().trim().to_owned())
    });

    let needles_found = needles
        .iter()
        .filter_map(|n| {
            text.find(n, false)
                .map(|(s, e)| (n.clone(), text.snippet(s, e)))
        })
        .collect();

    PageFacts {
        title,
        phones,
        online_only,
        appointment_online_only,
        hours,
        login_form,
        needles_found,
    }
}

fn push_phone(
    phones: &mut Vec<FoundPhone>,
    written: &str,
    country: &str,
    snippet: impl FnOnce() -> String,
) {
    let cleaned = written.replace("(0)", "");
    let Ok(info) = phone::analyse(&cleaned, country) else {
        return;
    };
    if !info.normalized.starts_with('+') || phones.iter().any(|p| p.normalized == info.normalized) {
        return;
    }
    phones.push(FoundPhone {
        normalized: info.normalized,
        written: written.trim().to_owned(),
        tariff: info.derived_tariff,
        snippet: snippet(),
    });
}

/// The text a visitor reads: not scripts, styles or the document head.
fn visible_text(document: &Html) -> String {
    let mut out = String::new();
    for node in document.tree.nodes() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                matches!(
                    e.name(),
                    "script" | "style" | "noscript" | "template" | "head"
                )
            })
        });
        if !hidden {
            out.push_str(text);
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases() -> Phrases {
        Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn page(body: &str) -> String {
        format!(
            "<html><head><title>Mairie</title><script>var tel='01 99 99 99 99';</script></head>\
             <body><nav>Accueil | Démarches</nav><main>{body}</main>\
             <footer>Mairie, 1 place de la Mairie</footer></body></html>"
        )
    }

    fn numbers(body: &str, country: &str) -> Vec<String> {
        extract(&page(body), country, &phrases(), &[])
            .phones
            .into_iter()
            .map(|p| p.normalized)
            .collect()
    }

    #[test]
    fn french_numbers_in_every_usual_writing() {
        for written in [
            "04 78 03 67 67",
            "04.78.03.67.67",
            "0478036767",
            "04-78-03-67-67",
            "+33 4 78 03 67 67",
            "+33 (0)4 78 03 67 67",
            "0033 4 78 03 67 67",
            "04\u{a0}78\u{a0}03\u{a0}67\u{a0}67",
            "04&nbsp;78&nbsp;03&nbsp;67&nbsp;67",
            "04\u{202f}78\u{202f}03\u{202f}67\u{202f}67",
        ] {
            assert_eq!(
                numbers(&format!("<p>Tél. : {written}</p>"), "FR"),
                vec!["+33478036767"],
                "{written}"
            );
        }
        assert_eq!(
            numbers("<p>Numéro vert 0 800 123 456</p>", "FR"),
            vec!["+33800123456"]
        );
        assert_eq!(
            numbers("<p>Appelez le 0 805 20 25 25</p>", "FR"),
            vec!["+33805202525"]
        );
    }

    #[test]
    fn belgian_numbers() {
        assert_eq!(
            numbers("<p>Tél. 02 279 22 11</p>", "BE"),
            vec!["+3222792211"]
        );
        assert_eq!(
            numbers("<p>Bel +32 (0)2 279 22 11</p>", "FR"),
            vec!["+3222792211"]
        );
        assert_eq!(
            numbers("<p>GSM 0470 12 34 56</p>", "BE"),
            vec!["+32470123456"]
        );
        assert_eq!(numbers("<p>0800 13 500</p>", "BE"), vec!["+3280013500"]);
    }

    #[test]
    fn tel_links_and_premium_numbers() {
        let facts = extract(
            &page(r#"<a href="tel:+33478036767">Appeler</a> <p>Info : 0 892 68 02 01</p>"#),
            "FR",
            &phrases(),
            &[],
        );
        let premium: Vec<_> = facts
            .phones
            .iter()
            .filter(|p| p.tariff == Tariff::Premium)
            .map(|p| p.normalized.as_str())
            .collect();
        assert_eq!(premium, vec!["+33892680201"]);
        assert!(facts.phones.iter().any(|p| p.normalized == "+33478036767"));
    }

    #[test]
    fn not_numbers() {
        assert!(numbers(
            "<p>Le 12 03 2025, 69100 Villeurbanne, 1 200 000 €</p>",
            "FR"
        )
        .is_empty());
        // Numbers in scripts are not read.
        assert!(numbers("<p>Rien</p>", "FR").is_empty());
    }

    #[test]
    fn online_only_wording_in_three_languages() {
        for (body, expect) in [
            ("<p>Cette démarche se fait UNIQUEMENT en ligne.</p>", true),
            ("<p>Deze aanvraag kan uitsluitend online.</p>", true),
            ("<p>This application can only be done online.</p>", true),
            ("<p>La démarche n’est plus possible au guichet.</p>", true),
            (
                "<p>Cette démarche n'est pas uniquement en ligne : venez au guichet.</p>",
                false,
            ),
            ("<p>Vous pouvez aussi faire la demande en ligne.</p>", false),
        ] {
            let facts = extract(&page(body), "FR", &phrases(), &[]);
            assert_eq!(facts.online_only.is_some(), expect, "{body}");
        }
    }

    #[test]
    fn appointment_wording_is_not_counted_as_online_only() {
        let facts = extract(
            &page("<p>Dépôt au guichet sur rendez-vous, rendez-vous uniquement en ligne.</p>"),
            "FR",
            &phrases(),
            &[],
        );
        let snippet = facts.appointment_online_only.unwrap_or_default();
        assert!(
            snippet.contains("rendez-vous uniquement en ligne"),
            "{snippet}"
        );
        assert_eq!(facts.online_only, None);
    }

    #[test]
    fn hours_needles_login_and_title() {
        let facts = extract(
            &page(
                "<p>Accueil : 10, rue Léon-Blum, 69100 Villeurbanne. Ouvert du lundi au vendredi \
                 de 8h30 à 17h.</p><form><input type=\"password\" name=\"pw\"></form>",
            ),
            "FR",
            &phrases(),
            &[fold("Rue Léon-Blum"), fold("69100"), fold("69001")],
        );
        assert!(facts.hours.as_deref().is_some_and(|h| h.contains("8h30")));
        assert!(facts.login_form);
        assert_eq!(facts.title.as_deref(), Some("Mairie"));
        let found: Vec<_> = facts
            .needles_found
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(found, vec!["rue leon-blum", "69100"]);
    }

    #[test]
    fn bot_walls() {
        assert!(is_bot_wall(
            "<html><title>Just a moment...</title><script src=\"/cdn-cgi/challenge-platform/x\">"
        ));
        assert!(!is_bot_wall("<html><body>Mairie</body></html>"));
    }
}
