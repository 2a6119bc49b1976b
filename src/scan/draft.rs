//! The draft catalogue: what the pages say, field by field, each with the
//! page sentence it comes from. Nothing is invented: a channel the page does
//! not mention is absent, a fact it does not give (hours, appointment) is
//! left out.

use serde::Serialize;

use crate::catalog::model::Requirement;
use crate::reading::extract::{is_structural, procedure_level};
use crate::reading::{read_range, AppointmentWording, Document, PhonePurpose, Phrases, Reading};

/// Where a value comes from: the page and its sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Quote {
    pub url: String,
    pub text: String,
}

/// A value of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

/// One field of the catalogue, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Field {
    pub key: String,
    pub value: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Quote>,
    /// Why the value is not the page's own word for this procedure, when it
    /// is not: `site_footer` (the administration's address from the site's
    /// footer), `authority_name` (the counter's place is not given: the
    /// administration's name stands for it, its address is to ask), `info`
    /// (a number given for information only). The YAML says it in a comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Field {
    fn text(key: &str, value: impl Into<String>, evidence: Option<Quote>) -> Field {
        Field {
            key: key.to_owned(),
            value: Value::Text(value.into()),
            evidence,
            note: None,
        }
    }

    fn noted(mut self, note: &str) -> Field {
        self.note = Some(note.to_owned());
        self
    }
}

/// A number the page gives that is not a channel of the procedure: for
/// booking an appointment, or another service's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct OtherNumber {
    /// As people dial it.
    pub number: String,
    pub purpose: PhonePurpose,
    pub evidence: Quote,
}

/// A channel as the page gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DraftChannel {
    /// `online`, `counter`, `phone`, `postal` or `email`.
    pub kind: String,
    /// The sentence that offers this channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Quote>,
    pub fields: Vec<Field>,
}

/// A procedure of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DraftProcedure {
    pub id: String,
    pub title: Field,
    pub page: String,
    pub channels: Vec<DraftChannel>,
    /// What the page says about the online route (online-only, obligation…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online_only: Option<Quote>,
    /// Prerequisites stated before an offline route (a pre-application online).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Quote>,
    /// Numbers the page gives for booking or for another service: written
    /// as comments, never as channels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_numbers: Vec<OtherNumber>,
}

/// The whole draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Draft {
    /// The site scanned.
    pub start: String,
    pub pages_read: usize,
    pub pages_unreadable: usize,
    pub procedure_pages: usize,
    pub authority: Vec<Field>,
    pub procedures: Vec<DraftProcedure>,
}

/// The site-wide facts a procedure may fall back on: the town hall's
/// address given in every page's footer, with its sentence.
#[derive(Debug, Clone, Default)]
pub struct SiteFacts {
    pub address: Option<(String, Quote)>,
    /// The administration's name (the site's title), standing for a counter
    /// or a postal service whose address the page does not give.
    pub name: Option<String>,
}

impl SiteFacts {
    /// The place of a counter or a postal service the page names without an
    /// address: the site footer's address, else the administration's name
    /// (a contact `validate` accepts and the audit reports as lacking an
    /// address), never an empty channel.
    fn place(&self) -> Option<Field> {
        if let Some((address, q)) = &self.address {
            return Some(
                Field::text("address", address.clone(), Some(q.clone())).noted("site_footer"),
            );
        }
        self.name
            .as_ref()
            .map(|n| Field::text("name", n.clone(), None).noted("authority_name"))
    }
}

/// The procedures one procedure page describes: one per procedure section
/// when it has several, else one for the page.
pub fn procedures_of(
    doc: &Document,
    url: &str,
    country: &str,
    phrases: &Phrases,
    site: &SiteFacts,
) -> Vec<DraftProcedure> {
    let len = doc.text.len();
    let mut parts: Vec<(String, usize, usize)> = Vec::new();
    if let Some(level) = procedure_level(doc, phrases) {
        for section in doc.sections(level) {
            let named = section
                .heading
                .as_ref()
                .filter(|h| h.level == level && !is_structural(&h.text, phrases));
            if let Some(h) = named {
                let reading = read_range(doc, section.start, section.end, country, phrases);
                if has_channel(&reading) {
                    parts.push((h.text.clone(), section.start, section.end));
                }
            }
        }
    }
    if parts.len() < 2 {
        parts = vec![(page_title(doc), 0, len)];
    }
    // The text before the first procedure section speaks for all of them.
    let intro_end = parts.first().map_or(0, |(_, start, _)| *start);
    let intro = read_range(doc, 0, intro_end, country, phrases);
    parts
        .into_iter()
        .filter(|(title, _, _)| !title.is_empty())
        .map(|(title, start, end)| {
            let reading = read_range(doc, start, end, country, phrases);
            build(&title, url, &reading, Some(&intro), site)
        })
        .collect()
}

fn has_channel(r: &Reading) -> bool {
    r.phone_lines().next().is_some()
        || r.counter_cue.is_some()
        || r.postal_cue.is_some()
        || !r.emails.is_empty()
        || !r.online_links.is_empty()
        || !r.statements.is_empty()
}

/// The page's own title: its first heading of level 1, else `<title>` without
/// the site's name.
pub fn page_title(doc: &Document) -> String {
    if let Some(h) = doc
        .headings
        .iter()
        .find(|h| h.level == 1 && !doc.in_frame(h.at))
    {
        return h.text.clone();
    }
    doc.title
        .as_deref()
        .map(|t| {
            t.split(['|', '–', '—'])
                .next()
                .unwrap_or(t)
                .split(" - ")
                .next()
                .unwrap_or(t)
                .trim()
                .to_owned()
        })
        .unwrap_or_default()
}

fn build(
    title: &str,
    url: &str,
    r: &Reading,
    page: Option<&Reading>,
    site: &SiteFacts,
) -> DraftProcedure {
    let quote = |text: &str| {
        Some(Quote {
            url: url.to_owned(),
            text: text.to_owned(),
        })
    };
    let mut channels = Vec::new();
    // A statement of the page's introduction counts for every section.
    let statement = r
        .online_only()
        .or_else(|| page.and_then(|p| p.online_only()));
    let online_only = statement.map(|s| Quote {
        url: url.to_owned(),
        text: s.sentence.clone(),
    });
    let info_only = |fields: &mut Vec<Field>| {
        if let Some(s) = statement {
            fields.push(Field::text("covers", "info", quote(&s.sentence)));
        }
    };

    // Online: a teleservice link, or a statement that it is done online.
    if let Some((href, label)) = r.online_links.first() {
        let mut fields = vec![Field::text("url", href.clone(), quote(label))];
        push_requires(&mut fields, r, url);
        channels.push(DraftChannel {
            kind: "online".into(),
            evidence: r.online_cue.as_deref().and_then(quote),
            fields,
        });
    } else if let Some(s) = statement.filter(|s| !only_email(&s.sentence)) {
        let mut fields = Vec::new();
        push_requires(&mut fields, r, url);
        channels.push(DraftChannel {
            kind: "online".into(),
            evidence: quote(&s.sentence),
            fields,
        });
    } else if let Some(cue) = r
        .online_cue
        .as_deref()
        .filter(|c| !is_prerequisite(c, r) && !only_email(c))
    {
        // « se demande en ligne » without a link: the route exists, its
        // address is for the reviewer to add.
        let mut fields = Vec::new();
        push_requires(&mut fields, r, url);
        channels.push(DraftChannel {
            kind: "online".into(),
            evidence: quote(cue),
            fields,
        });
    }

    // A counter: wording that sends people there, or appointment wording
    // (« accueil sans rendez-vous ») next to an address.
    let counter_cue = r.counter_cue.clone().or_else(|| {
        r.appointment
            .as_ref()
            .filter(|a| !r.addresses.is_empty() || a.value == AppointmentWording::Required)
            .map(|a| a.sentence.clone())
    });
    if let Some(cue) = &counter_cue {
        let mut fields = Vec::new();
        let street = r
            .addresses
            .iter()
            .find(|a| !crate::reading::addresses::is_box(&a.written));
        match street {
            Some(a) => fields.push(Field::text("address", a.written.clone(), quote(&a.snippet))),
            None => fields.extend(site.place()),
        }
        if let Some(h) = &r.hours {
            fields.push(Field::text(
                "opening_hours",
                h.value.clone(),
                quote(&h.sentence),
            ));
        }
        if let Some(a) = &r.appointment {
            let value: &str = a.value.into();
            fields.push(Field::text("appointment", value, quote(&a.sentence)));
            let mut booking: Vec<String> = r
                .booking
                .iter()
                .map(|b| <&str>::from(b.value).to_owned())
                .collect();
            // A number given « pour prendre rendez-vous » says how it is booked.
            let phone: &str = crate::reading::BookingWording::Phone.into();
            if r.phone_lines().any(|p| p.purpose == PhonePurpose::Booking)
                && !booking.iter().any(|b| b == phone)
            {
                booking.push(phone.to_owned());
            }
            if !booking.is_empty() {
                let sentence = r.booking.first().map(|b| b.sentence.clone()).or_else(|| {
                    r.phone_lines()
                        .find(|p| p.purpose == PhonePurpose::Booking)
                        .map(|p| p.snippet.clone())
                });
                fields.push(Field {
                    key: "booking".into(),
                    value: Value::List(booking),
                    evidence: sentence.as_deref().and_then(quote),
                    note: None,
                });
            }
        }
        info_only(&mut fields);
        channels.push(DraftChannel {
            kind: "counter".into(),
            evidence: quote(cue),
            fields,
        });
    }

    // The phone line: a number the page says the procedure is done through
    // (the first free or standard one, else a premium one: the audit then
    // says what it costs); else a number given for information, drafted as
    // `covers: info`. Faxes never; booking and other services' numbers are
    // comments (`other_numbers`).
    let of = |purpose: PhonePurpose| -> Vec<&crate::reading::FoundPhone> {
        r.phone_lines().filter(|p| p.purpose == purpose).collect()
    };
    fn best(lines: Vec<&crate::reading::FoundPhone>) -> Option<&crate::reading::FoundPhone> {
        lines
            .iter()
            .find(|p| p.tariff != crate::catalog::model::Tariff::Premium)
            .or(lines.first())
            .copied()
    }
    let channel_line = best(of(PhonePurpose::Channel));
    let line = channel_line.or_else(|| best(of(PhonePurpose::Info)));
    if let Some(p) = line {
        let mut fields = vec![Field::text("number", dialled(p), quote(&p.snippet))];
        if channel_line.is_none() {
            fields.push(Field::text("covers", "info", quote(&p.snippet)).noted("info"));
        } else {
            info_only(&mut fields);
        }
        channels.push(DraftChannel {
            kind: "phone".into(),
            evidence: r.phone_cue.as_deref().and_then(quote),
            fields,
        });
    }
    let other_numbers = r
        .phone_lines()
        .filter(|p| {
            matches!(
                p.purpose,
                PhonePurpose::Booking | PhonePurpose::OtherService
            )
        })
        .map(|p| OtherNumber {
            number: dialled(p),
            purpose: p.purpose,
            evidence: Quote {
                url: url.to_owned(),
                text: p.snippet.clone(),
            },
        })
        .collect();

    if let Some(cue) = &r.postal_cue {
        let mut fields = Vec::new();
        // A postal box (CS, BP) first: it is where mail goes.
        let address = r
            .addresses
            .iter()
            .find(|a| crate::reading::addresses::is_box(&a.written))
            .or_else(|| r.addresses.first());
        match address {
            Some(a) => fields.push(Field::text("address", a.written.clone(), quote(&a.snippet))),
            None => fields.extend(site.place()),
        }
        info_only(&mut fields);
        channels.push(DraftChannel {
            kind: "postal".into(),
            evidence: quote(cue),
            fields,
        });
    }

    if let Some(e) = r.emails.first() {
        channels.push(DraftChannel {
            kind: "email".into(),
            evidence: r.email_cue.as_deref().and_then(quote),
            fields: vec![Field::text("address", e.value.clone(), quote(&e.sentence))],
        });
    }

    let notes = r
        .pre_application
        .iter()
        .map(|s| Quote {
            url: url.to_owned(),
            text: s.clone(),
        })
        .collect();
    DraftProcedure {
        id: String::new(),
        title: Field::text("title", title, quote(title)),
        page: url.to_owned(),
        channels,
        online_only,
        notes,
        other_numbers,
    }
}

/// A number as people dial it (« 064/23.45.10 » is not a number the
/// catalogue format reads); the comment quotes the page's writing.
fn dialled(p: &crate::reading::FoundPhone) -> String {
    if p.normalized.starts_with('+') {
        crate::catalog::phone::as_dialled(&p.normalized)
    } else {
        p.normalized.clone()
    }
}

/// « exclusivement par courriel »: the single route is e-mail, not a teleservice.
fn only_email(sentence: &str) -> bool {
    let folded = crate::reading::fold(sentence);
    ["courriel", "e-mail", "mail"]
        .iter()
        .any(|w| folded.contains(w))
        && ![
            "en ligne",
            "internet",
            "portail",
            "plateforme",
            "teleservice",
        ]
        .iter()
        .any(|w| folded.contains(w))
}

/// The online cue is the sentence of a prerequisite (« pré-demande en ligne »).
fn is_prerequisite(cue: &str, r: &Reading) -> bool {
    r.pre_application.as_deref() == Some(cue)
        || r.pre_application
            .as_deref()
            .is_some_and(|p| crate::reading::fold(p) == crate::reading::fold(cue))
}

fn push_requires(fields: &mut Vec<Field>, r: &Reading, url: &str) {
    if r.requires.is_empty() {
        return;
    }
    let names: Vec<String> = r
        .requires
        .iter()
        .map(|q| requirement_name(q.value).to_owned())
        .collect();
    fields.push(Field {
        key: "requires".into(),
        value: Value::List(names),
        evidence: Some(Quote {
            url: url.to_owned(),
            text: r.requires[0].sentence.clone(),
        }),
        note: None,
    });
}

fn requirement_name(r: Requirement) -> &'static str {
    r.into()
}

/// A stable id from a title: lower case ASCII words joined by hyphens.
pub fn slug(title: &str) -> String {
    let folded = crate::reading::fold(title);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    let s = words.join("-");
    if s.is_empty() {
        "demarche".to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Carte nationale d'identité (CNI)"),
            "carte-nationale-d-identite-cni"
        );
        assert_eq!(slug("—"), "demarche");
    }
}
