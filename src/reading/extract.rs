//! A page read for `verify`: the whole page (phones and addresses count
//! wherever they are, footer included) and, when the page describes several
//! procedures under their own headings, what each section says, so that a
//! statement counts for the procedure whose section it is in.

use super::addresses::{self, AddressMatch};
use super::document::Document;
use super::{read_range, Phrases, Reading, Statement};

/// A section of a page shared by several procedures.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionFacts {
    pub heading: String,
    pub reading: Reading,
}

/// What the page says, for comparing with a catalogue.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageFacts {
    pub title: Option<String>,
    /// The page asks for a password: a login page.
    pub login_form: bool,
    /// The whole page, its frame (header, footer) included.
    pub page: Reading,
    /// The text before the first procedure section (it speaks for all of them).
    pub intro: Reading,
    /// The procedure sections, when the page has several.
    pub sections: Vec<SectionFacts>,
    /// Each declared address asked for, and where the page's content shows
    /// it (the frame — header, menus, footer — confirms nothing).
    pub addresses: Vec<(String, AddressMatch)>,
    /// Each declared address asked for, and where the frame shows it.
    pub frame_addresses: Vec<(String, AddressMatch)>,
    /// The numbers and addresses of the content, outside the frame: what the
    /// page gives for its procedures.
    pub content: Reading,
}

impl PageFacts {
    /// The statements that count for the procedure titled `title`: those of
    /// its own section and of the introduction when the page has a section
    /// for it, else those of the whole page.
    pub fn statements_for(&self, title: &str) -> Vec<&Statement> {
        match best_section(&self.sections, title) {
            Some(section) => self
                .intro
                .statements
                .iter()
                .chain(&section.reading.statements)
                .collect(),
            None => self.page.statements.iter().collect(),
        }
    }

    /// The opening hours that count for the procedure titled `title`.
    pub fn hours_for(&self, title: &str) -> Option<&super::Quoted<String>> {
        best_section(&self.sections, title)
            .and_then(|s| s.reading.hours.as_ref())
            .or(self.page.hours.as_ref())
    }

    pub fn address(&self, declared: &str) -> Option<&AddressMatch> {
        self.addresses
            .iter()
            .find(|(d, _)| d == declared)
            .map(|(_, m)| m)
    }

    /// Where the frame (header, menus, footer) shows a declared address.
    pub fn frame_address(&self, declared: &str) -> Option<&AddressMatch> {
        self.frame_addresses
            .iter()
            .find(|(d, _)| d == declared)
            .map(|(_, m)| m)
    }
}

/// Words of a heading or title that tell procedures apart.
pub fn significant_words(text: &str) -> Vec<String> {
    const STOP: [&str; 20] = [
        "de", "du", "des", "la", "le", "les", "l", "d", "un", "une", "et", "a", "au", "aux", "en",
        "pour", "votre", "vos", "sa", "son",
    ];
    super::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !STOP.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The section whose heading shares most words with `title` (at least half
/// of the heading's words).
fn best_section<'a>(sections: &'a [SectionFacts], title: &str) -> Option<&'a SectionFacts> {
    let wanted = significant_words(title);
    sections
        .iter()
        .map(|s| {
            let words = significant_words(&s.heading);
            let shared = words.iter().filter(|w| wanted.contains(w)).count();
            (s, shared, words.len())
        })
        .filter(|(_, shared, total)| *shared > 0 && shared * 2 >= *total)
        .max_by_key(|(_, shared, _)| *shared)
        .map(|(s, _, _)| s)
}

/// The heading level that splits the page into procedures: the highest level
/// below the page title used by at least two headings of the content that
/// name something (« Acte de naissance »), not a part of one procedure's
/// page (« Comment faire ? », « Pièces à fournir »).
pub fn procedure_level(doc: &Document, phrases: &Phrases) -> Option<u8> {
    (2..=4).find(|level| {
        doc.headings
            .iter()
            .filter(|h| h.level == *level && !doc.in_frame(h.at))
            .filter(|h| !is_structural(&h.text, phrases))
            .count()
            >= 2
    })
}

/// A heading that structures a page (a question, « Pièces à fournir »), a
/// step (« 1. Effectuez votre pré-demande », « Étape 2 ») or a route of the
/// same procedure (« Demande d'inscription en mairie », « … par
/// correspondance »): not a procedure of its own.
pub fn is_structural(heading: &str, phrases: &Phrases) -> bool {
    let folded = super::fold(heading);
    let folded = folded.trim();
    let names_a_route = || {
        let text = super::PageText::new(folded);
        phrases
            .counter_words
            .iter()
            .chain(&phrases.postal_words)
            .any(|w| text.find(w, false).is_some())
    };
    folded.ends_with('?')
        || folded.starts_with(|c: char| c.is_ascii_digit())
        || names_a_route()
        || phrases.section_words.iter().any(|w| {
            folded == w
                || folded
                    .strip_prefix(w.as_str())
                    .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
        })
}

/// Reads `html`: `country` is the authority's (how national numbers are
/// dialled), `declared_addresses` the catalogue addresses to look for.
pub fn extract(
    html: &str,
    country: &str,
    phrases: &Phrases,
    declared_addresses: &[String],
) -> PageFacts {
    let doc = Document::parse(html);
    let len = doc.text.len();
    let mut whole = read_range(&doc, 0, len, country, phrases);
    // The frame's phone numbers and addresses count for verification (the
    // town hall's switchboard is often only in the footer).
    let framed = Document {
        frame: Vec::new(),
        ..doc.clone()
    };
    let with_frame = read_range(&framed, 0, len, country, phrases);
    let content = Reading {
        phones: std::mem::replace(&mut whole.phones, with_frame.phones),
        addresses: std::mem::replace(&mut whole.addresses, with_frame.addresses),
        ..Reading::default()
    };

    let mut intro = Reading::default();
    let mut sections = Vec::new();
    if let Some(level) = procedure_level(&doc, phrases) {
        for section in doc.sections(level) {
            match &section.heading {
                Some(h) if h.level == level && !is_structural(&h.text, phrases) => {
                    sections.push(SectionFacts {
                        heading: h.text.clone(),
                        reading: read_range(&doc, section.start, section.end, country, phrases),
                    })
                }
                Some(_) | None if sections.is_empty() => {
                    let part = read_range(&doc, section.start, section.end, country, phrases);
                    intro.statements.extend(part.statements);
                }
                _ => {}
            }
        }
    }
    let located = |in_frame: bool| {
        declared_addresses
            .iter()
            .map(|a| {
                let needle = addresses::needle(a);
                let found =
                    addresses::locate_where(&doc.text, &needle, |at| doc.in_frame(at) == in_frame);
                (a.clone(), found)
            })
            .collect()
    };
    let addresses = located(false);
    let frame_addresses = located(true);
    PageFacts {
        title: doc.title.clone(),
        login_form: doc.login_form,
        page: whole,
        intro,
        sections,
        addresses,
        frame_addresses,
        content,
    }
}

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
    // The markers are in the first part of a challenge page; reading 64 kB
    // bounds the cost on large pages.
    let mut end = body.len().min(64 * 1024);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let lower = body[..end].to_lowercase();
    BOT_WALL_MARKERS.iter().any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::Tariff;
    use crate::reading::{Line, StatementKind};

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

    fn facts(body: &str, country: &str) -> PageFacts {
        extract(&page(body), country, &phrases(), &[])
    }

    fn numbers(body: &str, country: &str) -> Vec<String> {
        facts(body, country)
            .page
            .phone_lines()
            .map(|p| p.normalized.clone())
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
        assert_eq!(
            numbers("<p>Allô Service Public : 3939</p>", "FR"),
            vec!["3939"]
        );
    }

    #[test]
    fn belgian_numbers_in_every_usual_writing() {
        for (written, expected) in [
            ("02 279 22 11", "+3222792211"),
            ("+32 (0)2 279 22 11", "+3222792211"),
            ("065/22.11.00", "+3265221100"),
            ("010 23 45 67", "+3210234567"),
            ("0470 12 34 56", "+32470123456"),
            ("0800 13 500", "+3280013500"),
            ("00 800 1234 5678", "+80012345678"),
        ] {
            assert_eq!(
                numbers(&format!("<p>Tél. {written}</p>"), "BE"),
                vec![expected],
                "{written}"
            );
        }
    }

    #[test]
    fn faxes_are_tagged_and_never_taken_for_phone_lines() {
        let f = facts(
            "<p>Tél. : 04 78 03 67 67 – Fax : 04 78 03 67 68</p><p>Télécopie 04 78 03 67 69</p>",
            "FR",
        );
        let lines: Vec<_> = f
            .page
            .phones
            .iter()
            .map(|p| (p.normalized.as_str(), p.line))
            .collect();
        assert_eq!(
            lines,
            vec![
                ("+33478036767", Line::Phone),
                ("+33478036768", Line::Fax),
                ("+33478036769", Line::Fax),
            ]
        );
        // A phone label after a fax label makes it a phone again.
        let f = facts("<p>Fax ou téléphone : 04 78 03 67 70</p>", "FR");
        assert_eq!(f.page.phones[0].line, Line::Phone);
    }

    #[test]
    fn tel_links_and_premium_numbers() {
        let f = facts(
            r#"<a href="tel:+33478036767">Appeler</a> <p>Info : 0 892 68 02 01</p>"#,
            "FR",
        );
        let premium: Vec<_> = f
            .page
            .phones
            .iter()
            .filter(|p| p.tariff == Tariff::Premium)
            .map(|p| p.normalized.as_str())
            .collect();
        assert_eq!(premium, vec!["+33892680201"]);
        assert!(f.page.phones.iter().any(|p| p.normalized == "+33478036767"));
    }

    #[test]
    fn not_numbers() {
        assert!(numbers(
            "<p>Le 12 03 2025, 69100 Villeurbanne, 1 200 000 €</p>",
            "FR"
        )
        .is_empty());
        assert!(numbers("<p>En 3939 avant notre ère</p>", "FR").is_empty());
        // Numbers in scripts are not read.
        assert!(numbers("<p>Rien</p>", "FR").is_empty());
    }

    #[test]
    fn online_only_statements_in_varied_words() {
        for (body, expect) in [
            (
                "<p>Cette démarche se fait UNIQUEMENT en ligne.</p>",
                Some(StatementKind::OnlineOnly),
            ),
            (
                "<p>Deze aanvraag kan uitsluitend online.</p>",
                Some(StatementKind::OnlineOnly),
            ),
            (
                "<p>This application can only be done online.</p>",
                Some(StatementKind::OnlineOnly),
            ),
            (
                "<p>La démarche n’est plus possible au guichet.</p>",
                Some(StatementKind::OnlineOnly),
            ),
            (
                "<p>Les demandes doivent obligatoirement être faites via le portail Démarches.</p>",
                Some(StatementKind::Obligation),
            ),
            (
                "<p>Le téléservice est le seul moyen de déposer votre dossier.</p>",
                Some(StatementKind::Exclusivity),
            ),
            (
                "<p>La plateforme en ligne est un passage obligé.</p>",
                Some(StatementKind::Exclusivity),
            ),
            (
                "<p>Les demandes sont reçues exclusivement par courriel.</p>",
                Some(StatementKind::Exclusivity),
            ),
            (
                "<p>Cette démarche n'est pas uniquement en ligne : venez au guichet.</p>",
                None,
            ),
            ("<p>Vous pouvez aussi faire la demande en ligne.</p>", None),
            (
                "<p>La présence du demandeur est obligatoire au guichet.</p>",
                None,
            ),
            (
                "<p>Le rendez-vous est obligatoire ; il se prend en ligne ou par téléphone.</p>",
                None,
            ),
            (
                "<p>La pré-demande en ligne est obligatoire avant le rendez-vous en mairie.</p>",
                None,
            ),
            (
                "<p>Le guichet est le seul moyen de retirer votre titre.</p>",
                None,
            ),
        ] {
            let f = facts(body, "FR");
            assert_eq!(f.page.online_only().map(|s| s.kind), expect, "{body}");
        }
    }

    #[test]
    fn appointment_wording_is_not_counted_as_online_only() {
        let f = facts(
            "<p>Dépôt au guichet sur rendez-vous, rendez-vous uniquement en ligne.</p>",
            "FR",
        );
        let sentence = f.page.appointment_online_only().map(|s| s.sentence.clone());
        assert!(sentence.is_some_and(|s| s.contains("rendez-vous uniquement en ligne")));
        assert_eq!(f.page.online_only(), None);
    }

    #[test]
    fn a_statement_counts_for_its_own_section_only() {
        let html = page(
            "<h1>État civil</h1><p>Trois démarches.</p>\
             <h2>Acte de naissance</h2><p>Demande par courrier ou au guichet.</p>\
             <h2>Acte de mariage</h2><p>Demande exclusivement par courriel.</p>\
             <h2>Livret de famille</h2><p>Au guichet.</p>",
        );
        let f = extract(&html, "FR", &phrases(), &[]);
        assert_eq!(f.sections.len(), 3);
        assert!(f.statements_for("Demander un acte de naissance").is_empty());
        assert_eq!(f.statements_for("Acte de mariage").len(), 1);
        // A procedure without a section of its own: the whole page speaks.
        assert_eq!(f.statements_for("Recensement citoyen").len(), 1);
    }

    #[test]
    fn hours_login_title_and_addresses() {
        let html = page(
            "<p>Accueil : 10, rue Léon-Blum, 69100 Villeurbanne. Ouvert du lundi au vendredi \
             de 8h30 à 17h.</p><form><input type=\"password\" name=\"pw\"></form>",
        );
        let f = extract(
            &html,
            "FR",
            &phrases(),
            &[
                "Rue Léon Blum 10, 69100 Villeurbanne".to_owned(),
                "1 rue Neuve, 69001 Lyon".to_owned(),
            ],
        );
        assert_eq!(
            f.hours_for("x").map(|h| h.value.as_str()),
            Some("Mo-Fr 08:30-17:00")
        );
        assert!(f.login_form);
        assert_eq!(f.title.as_deref(), Some("Mairie"));
        let found = f
            .address("Rue Léon Blum 10, 69100 Villeurbanne")
            .cloned()
            .unwrap_or_default();
        assert!(found.street.is_some() && found.postcode.is_some());
        let absent = f
            .address("1 rue Neuve, 69001 Lyon")
            .cloned()
            .unwrap_or_default();
        assert!(absent.street.is_none() && absent.postcode.is_none());
    }

    #[test]
    fn a_huge_page_of_numbers_is_read_in_bounded_work() {
        // Once quadratic (326 s for 5 MB): positions are now found by binary
        // search and at most MAX_NUMBERS numbers are analysed.
        let mut body = String::with_capacity(5_200_000);
        let mut n: u64 = 0;
        while body.len() < 5_000_000 {
            body.push_str(&format!(
                "04 78 {:02} {:02} {:02} ",
                n % 100,
                (n / 100) % 100,
                (n / 10_000) % 100
            ));
            n += 1;
        }
        let f = extract(&format!("<p>{body}</p>"), "FR", &phrases(), &[]);
        assert!(!f.page.phones.is_empty());
        assert!(f.page.phones.len() <= crate::reading::phones::MAX_NUMBERS);
    }

    #[test]
    fn bot_walls() {
        assert!(is_bot_wall(
            "<html><title>Just a moment...</title><script src=\"/cdn-cgi/challenge-platform/x\">"
        ));
        assert!(!is_bot_wall("<html><body>Mairie</body></html>"));
    }
}
