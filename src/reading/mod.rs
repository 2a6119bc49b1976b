//! Page reading, shared by `verify` and `scan`: what a page says about a
//! procedure, read the way people write it.
//!
//! html ──`document`──▶ text, headings, tables, links ──`read_range`──▶ `Reading`
//!
//! A reading covers a range of the page (a procedure's section, or the whole
//! page): the phone numbers (fax apart, premium flagged), e-mail addresses,
//! postal addresses, opening hours (into OSM `opening_hours`), appointment
//! wording, statements that the procedure is online-only (in varied words:
//! « uniquement en ligne », « obligatoirement via le portail », « le seul
//! moyen »), digital prerequisites, and the sentences that send people to a
//! counter, the post, the phone or a teleservice. The wording is data
//! (`phrases`). Reading never judges a catalogue and never applies a rule.
//! Everything is linear in the page's size and bounded (`text::MAX_TEXT_CHARS`,
//! `phones::MAX_NUMBERS`).

pub mod addresses;
pub mod document;
pub mod extract;
pub mod hours;
pub mod phones;
pub mod phrases;
pub mod purpose;
pub mod template;
pub mod text;

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

pub use addresses::FoundAddress;
pub use document::Document;
pub use phones::{FoundPhone, Line};
pub use phrases::Phrases;
pub use purpose::{phone_purpose, PhonePurpose};
pub use text::{fold, PageText};

use crate::catalog::model::Requirement;

/// What a statement on the page says about the online route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// « uniquement en ligne », « ne sont plus acceptées au guichet ».
    OnlineOnly,
    /// « obligatoirement via le portail »: an obligation to go online.
    Obligation,
    /// « le seul moyen », « passage obligé », « exclusivement par courriel ».
    Exclusivity,
    /// « rendez-vous uniquement en ligne ».
    AppointmentOnlineOnly,
}

/// A sentence of the page that says the procedure (or its appointment) needs
/// the internet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Statement {
    pub kind: StatementKind,
    /// The phrase matched (folded).
    pub phrase: String,
    /// The page's sentence.
    pub sentence: String,
    #[serde(skip)]
    pub at: usize,
}

/// A fact with the page sentence it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted<T> {
    pub value: T,
    pub sentence: String,
}

/// Whether an appointment is needed, as the page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum AppointmentWording {
    Required,
    Optional,
    None,
}

/// How the page says an appointment is booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum BookingWording {
    Phone,
    Online,
    Counter,
}

/// What a range of a page says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub phones: Vec<FoundPhone>,
    pub emails: Vec<Quoted<String>>,
    pub addresses: Vec<FoundAddress>,
    /// OSM `opening_hours`, with the text it was read from.
    pub hours: Option<Quoted<String>>,
    pub statements: Vec<Statement>,
    pub appointment: Option<Quoted<AppointmentWording>>,
    pub booking: Vec<Quoted<BookingWording>>,
    /// Sentences that send people to the counter, the post, the phone, e-mail
    /// or a teleservice.
    pub counter_cue: Option<String>,
    pub postal_cue: Option<String>,
    pub phone_cue: Option<String>,
    pub email_cue: Option<String>,
    pub online_cue: Option<String>,
    /// Links to a teleservice (href, label).
    pub online_links: Vec<(String, String)>,
    pub requires: Vec<Quoted<Requirement>>,
    pub pre_application: Option<String>,
}

impl Reading {
    /// The statement that the whole procedure needs the internet, if any
    /// (appointment wording apart).
    pub fn online_only(&self) -> Option<&Statement> {
        self.statements
            .iter()
            .find(|s| s.kind != StatementKind::AppointmentOnlineOnly)
    }

    pub fn appointment_online_only(&self) -> Option<&Statement> {
        self.statements
            .iter()
            .find(|s| s.kind == StatementKind::AppointmentOnlineOnly)
    }

    /// Phone lines (not faxes).
    pub fn phone_lines(&self) -> impl Iterator<Item = &FoundPhone> {
        self.phones.iter().filter(|p| p.line == Line::Phone)
    }
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,4}\b")
        .unwrap_or_else(|e| panic!("email pattern: {e}"))
});

/// Hosts and paths that are teleservices on French and Belgian sites.
const TELESERVICE_MARKS: [&str; 14] = [
    "service-public.fr",
    "ants.gouv.fr",
    "demarches-simplifiees",
    "demarches.",
    "teleservice",
    "e-guichet",
    "eguichet",
    "espace-citoyens",
    "guichet-unique",
    "mon.service-public",
    "irisbox",
    "e-loket",
    "formulaire-en-ligne",
    "/formulaire",
];

/// Reads chars `[from, to)` of `doc`, skipping the site's frame (header,
/// navigation, footer). `country` says how national numbers are dialled.
pub fn read_range(
    doc: &Document,
    from: usize,
    to: usize,
    country: &str,
    phrases: &Phrases,
) -> Reading {
    let text = &doc.text;
    let in_scope = |at: usize| at >= from && at < to && !doc.in_frame(at);
    let mut reading = Reading::default();

    let tel_links: Vec<(String, String, usize)> = doc
        .links
        .iter()
        .filter(|l| l.href.starts_with("tel:"))
        .map(|l| (l.href.clone(), l.label.clone(), l.at))
        .collect();
    reading.phones = phones::find(text, from, to, &tel_links, country, phrases)
        .into_iter()
        .filter(|p| in_scope(p.at))
        .map(|mut p| {
            let end = p.at + p.written.chars().count();
            p.purpose = phone_purpose(&text.sentence(p.at, end.min(text.len())), phrases);
            p
        })
        .collect();

    let base = text.display_byte(from);
    for m in EMAIL
        .find_iter(&text.display[base..text.display_byte(to)])
        .take(50)
    {
        let start = text.char_of_display(base + m.start());
        if !in_scope(start) || reading.emails.iter().any(|e| e.value == m.as_str()) {
            continue;
        }
        let end = text.char_of_display(base + m.end());
        reading.emails.push(Quoted {
            value: m.as_str().to_owned(),
            sentence: text.sentence(start, end),
        });
    }
    for link in doc.links.iter().filter(|l| in_scope(l.at)) {
        if let Some(address) = link.href.strip_prefix("mailto:") {
            let address = address.split('?').next().unwrap_or(address).to_owned();
            if !address.is_empty() && !reading.emails.iter().any(|e| e.value == address) {
                reading.emails.push(Quoted {
                    value: address,
                    sentence: link.label.clone(),
                });
            }
        }
    }

    reading.addresses = addresses::find(text, from, to)
        .into_iter()
        .filter(|a| in_scope(a.at))
        .collect();

    reading.hours = read_hours(doc, from, to, &in_scope);

    reading.statements = statements(doc, from, to, phrases, &in_scope);

    let first = |list: &[String], negated: bool| -> Option<(usize, usize)> {
        list.iter()
            .flat_map(|p| text.find_all(p, from, to, negated))
            .filter(|(s, _)| in_scope(*s))
            .min_by_key(|(s, _)| *s)
    };
    let sentence_of = |(s, e): (usize, usize)| text.sentence(s, e);
    let optional = first(&phrases.appointment_optional, false);
    // « avec ou sans rendez-vous » contains « sans rendez-vous » and
    // « rendez-vous »: words inside a longer wording are that wording.
    let outside = |m: &(usize, usize), of: Option<(usize, usize)>| {
        of.is_none_or(|(s, e)| m.0 < s || m.0 >= e)
    };
    let none = first(&phrases.appointment_none, false).filter(|m| outside(m, optional));
    let required = first(&phrases.appointment_required, true)
        .filter(|m| outside(m, optional) && outside(m, none));
    // The earliest wording wins: « uniquement sur rendez-vous » for the
    // application is not undone by « retrait sans rendez-vous » further down.
    reading.appointment = [
        (AppointmentWording::Optional, optional),
        (AppointmentWording::None, none),
        (AppointmentWording::Required, required),
    ]
    .into_iter()
    .filter_map(|(value, m)| m.map(|m| (value, m)))
    .min_by_key(|(_, m)| m.0)
    .map(|(value, m)| Quoted {
        value,
        sentence: sentence_of(m),
    });
    let required_at = required.map(|(s, _)| s);
    if let Some(appointment) = reading
        .appointment
        .as_ref()
        .filter(|a| a.value == AppointmentWording::Required)
    {
        // How it is booked is said after the appointment words, in the same
        // sentence: « inscrivez-vous en ligne ou prenez rendez-vous en
        // mairie » books nothing online.
        let sentence = fold(&appointment.sentence);
        let booking_part = required_at
            .map(|s| fold(text.display_range(s, to.min(s + 160))))
            .and_then(|after| {
                let cut = after
                    .split(['.', ';', '\n'])
                    .next()
                    .unwrap_or(&after)
                    .to_owned();
                sentence.contains(cut.trim()).then_some(cut)
            })
            .unwrap_or(sentence);
        let sentence = booking_part;
        let has = |words: &[&str]| words.iter().any(|w| sentence.contains(w));
        for (words, booking) in [
            (&["telephon", "appel", "par tel"][..], BookingWording::Phone),
            (
                &["en ligne", "internet", "site", "portail", "plateforme"][..],
                BookingWording::Online,
            ),
            (
                &["au guichet", "a l'accueil", "sur place"][..],
                BookingWording::Counter,
            ),
        ] {
            if has(words) {
                reading.booking.push(Quoted {
                    value: booking,
                    sentence: appointment.sentence.clone(),
                });
            }
        }
    }

    reading.counter_cue = first(&phrases.counter_words, false).map(sentence_of);
    // « informé par courrier », « par e-mail à l'adresse suivante »: the post
    // is not how the request is sent.
    reading.postal_cue = phrases
        .postal_words
        .iter()
        .flat_map(|p| {
            text.find_all(p, from, to, false)
                .into_iter()
                .map(move |m| (p, m))
        })
        .filter(|(_, m)| in_scope(m.0))
        .map(|(p, m)| (m.0, p, sentence_of(m)))
        .filter(|(_, phrase, sentence)| {
            let t = PageText::new(sentence);
            let says = |words: &[String]| words.iter().any(|w| t.find(w, false).is_some());
            // « à l'adresse suivante » names a postal address only when the
            // sentence is not about e-mail.
            let generic = !phrase.contains("courrier") && !phrase.contains("post");
            let about_email =
                generic && says(&phrases.email_words) && !says(&["courrier".to_owned()]);
            !(says(&phrases.postal_not_request) || about_email)
        })
        .map(|(s, _, sentence)| (s, sentence))
        .min_by_key(|(s, _)| *s)
        .map(|(_, sentence)| sentence);
    reading.phone_cue = first(&phrases.phone_words, false).map(sentence_of);
    reading.email_cue = first(&phrases.email_words, false).map(sentence_of);
    // « prenez rendez-vous en ligne », « pré-demande en ligne »: the internet
    // books the appointment or prepares the file; it is not a route that does
    // the procedure.
    let not_the_route = |sentence: &str| {
        let t = PageText::new(sentence);
        phrases
            .pre_application
            .iter()
            .chain(&phrases.phone_booking_words)
            .chain(&phrases.appointment_required)
            .any(|w| t.find(w, false).is_some())
    };
    reading.online_cue = phrases
        .online_words
        .iter()
        .flat_map(|p| text.find_all(p, from, to, false))
        .filter(|(s, _)| in_scope(*s))
        .map(|m| (m.0, sentence_of(m)))
        .filter(|(_, sentence)| !not_the_route(sentence))
        .min_by_key(|(s, _)| *s)
        .map(|(_, sentence)| sentence);

    for link in doc.links.iter().filter(|l| in_scope(l.at)) {
        let href = link.href.to_lowercase();
        if !(href.starts_with("http://") || href.starts_with("https://")) {
            continue;
        }
        let label = fold(&link.label);
        let label_online = phrases.online_words.iter().any(|w| {
            !PageText::new(&label)
                .find_all(w, 0, label.chars().count(), false)
                .is_empty()
        });
        let end = (link.at + link.label.chars().count()).min(text.len());
        if not_the_route(&text.sentence(link.at, end)) || not_the_route(&link.label) {
            continue;
        }
        if label_online || TELESERVICE_MARKS.iter().any(|m| href.contains(m)) {
            reading
                .online_links
                .push((link.href.clone(), link.label.clone()));
        }
    }

    for (list, requirement) in [
        (&phrases.requires_account, Requirement::Account),
        (&phrases.requires_eid, Requirement::Eid),
        (&phrases.requires_email, Requirement::Email),
        (&phrases.requires_smartphone, Requirement::Smartphone),
        (&phrases.requires_scan_upload, Requirement::ScanUpload),
        (&phrases.requires_online_payment, Requirement::OnlinePayment),
    ] {
        if let Some(m) = first(list, true) {
            reading.requires.push(Quoted {
                value: requirement,
                sentence: sentence_of(m),
            });
        }
    }
    reading.pre_application = first(&phrases.pre_application, true).map(sentence_of);
    reading
}

/// Opening hours of the range: a table of hours first, else the sentences.
fn read_hours(
    doc: &Document,
    from: usize,
    to: usize,
    in_scope: &dyn Fn(usize) -> bool,
) -> Option<Quoted<String>> {
    for table in doc.tables.iter().filter(|t| in_scope(t.start)) {
        let week = hours::read_table(table);
        if !week.is_empty() {
            let sentence = table
                .rows
                .iter()
                .map(|r| r.join(" "))
                .collect::<Vec<_>>()
                .join(" / ");
            return Some(Quoted {
                value: week.to_osm(),
                sentence,
            });
        }
    }
    // Block by block, so the hours of one counter are not mixed with another's.
    let text = &doc.text;
    let mut start = from;
    while start < to {
        let rest = text.folded_range(start, to);
        let len = rest.find('\n').map_or(to - start, |b| {
            text.char_of_folded(text.folded_byte(start) + b) - start
        });
        let end = start + len;
        if in_scope(start) {
            let week = hours::read_text(text, start, end);
            if !week.is_empty() {
                return Some(Quoted {
                    value: week.to_osm(),
                    sentence: text.display_range(start, end).trim().to_owned(),
                });
            }
        }
        start = end + 1;
    }
    None
}

/// The statements of the range that the procedure needs the internet.
fn statements(
    doc: &Document,
    from: usize,
    to: usize,
    phrases: &Phrases,
    in_scope: &dyn Fn(usize) -> bool,
) -> Vec<Statement> {
    let text = &doc.text;
    let mut out: Vec<Statement> = Vec::new();
    let push = |kind, phrase: &str, (s, e): (usize, usize), out: &mut Vec<Statement>| {
        // One statement per sentence: the first (most specific) phrase wins.
        let sentence = text.sentence(s, e);
        if out.iter().any(|o| o.sentence == sentence) {
            return;
        }
        out.push(Statement {
            kind,
            phrase: phrase.to_owned(),
            sentence,
            at: s,
        });
    };
    // Appointment wording first: it often contains the online-only phrases
    // (« rendez-vous uniquement en ligne »), which must not count twice.
    for phrase in &phrases.appointment_online_only {
        for m in text.find_all(phrase, from, to, true) {
            if in_scope(m.0) {
                push(StatementKind::AppointmentOnlineOnly, phrase, m, &mut out);
            }
        }
    }
    for phrase in &phrases.online_only {
        for m in text.find_all(phrase, from, to, true) {
            if in_scope(m.0) {
                push(StatementKind::OnlineOnly, phrase, m, &mut out);
            }
        }
    }
    // Obligation and exclusivity words say nothing alone: « la présence est
    // obligatoire » is no online-only statement. They count in a sentence that
    // names an online route (or e-mail) and no offline one.
    let names = |sentence: &str, words: &[String]| {
        let t = PageText::new(sentence);
        words.iter().any(|w| t.find(w, false).is_some())
    };
    for (kind, list) in [
        (StatementKind::Obligation, &phrases.obligation),
        (StatementKind::Exclusivity, &phrases.exclusivity),
    ] {
        for phrase in list {
            for m in text.find_all(phrase, from, to, true) {
                if !in_scope(m.0) {
                    continue;
                }
                let sentence = text.sentence(m.0, m.1);
                let online = names(&sentence, &phrases.online_words)
                    || (kind == StatementKind::Exclusivity
                        && names(&sentence, &phrases.email_words));
                let offline = names(&sentence, &phrases.counter_words)
                    || names(&sentence, &phrases.postal_words)
                    || fold(&sentence).contains("telephone")
                    || names(&sentence, &phrases.appointment_required)
                    || names(&sentence, &phrases.pre_application);
                if online && !offline {
                    push(kind, phrase, m, &mut out);
                }
            }
        }
    }
    out.sort_by_key(|s| s.at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> Reading {
        let doc = Document::parse(&format!(
            "<html><body><main>{body}</main><footer>Tél. 01 99 99 99 99 contact@mairie.example</footer></body></html>"
        ));
        let phrases = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        read_range(&doc, 0, doc.text.len(), "FR", &phrases)
    }

    #[test]
    fn appointment_wording_and_how_it_is_booked() {
        let r = read("<p>Uniquement sur rendez-vous, en téléphonant au 04 78 00 00 00.</p>");
        assert_eq!(
            r.appointment.map(|a| a.value),
            Some(AppointmentWording::Required)
        );
        assert_eq!(
            r.booking.iter().map(|b| b.value).collect::<Vec<_>>(),
            vec![BookingWording::Phone]
        );
        let r = read("<p>Prenez rendez-vous en ligne ou à l'accueil.</p>");
        assert_eq!(
            r.booking.iter().map(|b| b.value).collect::<Vec<_>>(),
            vec![BookingWording::Online, BookingWording::Counter]
        );
        let r = read("<p>Accueil sans rendez-vous du lundi au vendredi.</p>");
        assert_eq!(
            r.appointment.map(|a| a.value),
            Some(AppointmentWording::None)
        );
        let r = read("<p>Le rendez-vous n'est pas nécessaire : venez aux heures d'ouverture.</p>");
        assert_eq!(r.appointment, None);
        assert!(read("<p>Conseil municipal le 12 mars.</p>")
            .appointment
            .is_none());
    }

    #[test]
    fn digital_prerequisites_and_pre_applications() {
        let r =
            read("<p>Connectez-vous avec FranceConnect ; les pièces doivent être numérisées.</p>");
        let found: Vec<_> = r.requires.iter().map(|q| q.value).collect();
        assert_eq!(found, vec![Requirement::Eid, Requirement::ScanUpload]);
        let r = read("<p>Faites d'abord une pré-demande en ligne sur le site de l'ANTS.</p>");
        assert!(r.pre_application.is_some());
        let r = read("<p>Apportez une photo d'identité et un justificatif de domicile.</p>");
        assert!(r.requires.is_empty() && r.pre_application.is_none());
    }

    #[test]
    fn emails_links_and_channel_wording_in_the_content_only() {
        let r = read(
            "<p>Écrivez à etat-civil@ville.example ou <a href='mailto:accueil@ville.example'>par courriel</a>.</p>\
             <p>Demande <a href='https://teleservice.ville.example/acte'>en ligne</a>, \
             au guichet ou par courrier. <a href='/agenda'>Agenda</a></p>",
        );
        let emails: Vec<_> = r.emails.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(
            emails,
            vec!["etat-civil@ville.example", "accueil@ville.example"]
        );
        assert_eq!(r.online_links.len(), 1);
        assert!(r.counter_cue.is_some() && r.postal_cue.is_some() && r.online_cue.is_some());
        // The footer's number and address are the site's frame, not the content.
        assert!(r.phones.is_empty());
        let r = read("<p>La mairie sera fermée le 14 juillet.</p>");
        assert!(r.emails.is_empty() && r.online_links.is_empty());
        assert!(r.counter_cue.is_none() && r.postal_cue.is_none() && r.online_cue.is_none());
    }

    #[test]
    fn structural_headings_do_not_split_a_page() {
        let phrases = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        for heading in [
            "Comment faire la demande ?",
            "Pièces à fournir",
            "Où s'adresser ?",
            "Délai et coût",
        ] {
            assert!(extract::is_structural(heading, &phrases), "{heading}");
        }
        for heading in [
            "Acte de naissance",
            "Permis de construire",
            "Certificat d'urbanisme",
        ] {
            assert!(!extract::is_structural(heading, &phrases), "{heading}");
        }
    }
}
