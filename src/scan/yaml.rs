//! The draft written as a catalogue file: the format `validate` reads, a
//! header saying it is a draft to review, and above each value the page
//! sentence it comes from, as a YAML comment.

use std::fmt::Write;

use super::draft::{booking_contact_id, Draft, DraftChannel, DraftProcedure, Field, Quote, Value};
use crate::i18n::{Lang, Message};
use crate::reading::PhonePurpose;
use crate::yaml_emit::{self, one_line, quoted};

/// Longest quote written in a comment.
const MAX_QUOTE: usize = 240;

pub fn render(draft: &Draft, lang: Lang) -> String {
    let mut out = String::new();
    for line in Message::new("scan-draft-header")
        .arg("start", &draft.start)
        .arg("procedures", draft.procedures.len())
        .arg("pages", draft.pages_read)
        .render(lang)
        .lines()
    {
        let _ = writeln!(out, "# {line}");
    }
    out.push_str("version: 1\nauthority:\n");
    for field in &draft.authority {
        write_field(&mut out, field, 2, lang);
    }
    if draft.procedures.is_empty() {
        out.push_str("procedures: []\n");
        return out;
    }
    write_booking_contacts(&mut out, draft, lang);
    out.push_str("procedures:\n");
    for procedure in &draft.procedures {
        let _ = writeln!(out, "  - id: {}", quoted(&procedure.id));
        let _ = writeln!(out, "    title: {}", quoted(title_text(&procedure.title)));
        let _ = writeln!(out, "    page: {}", quoted(&procedure.page));
        if let Some(q) = &procedure.online_only {
            comment(
                &mut out,
                4,
                &Message::new("scan-comment-online-only").render(lang),
                Some(q),
            );
        }
        for other in &procedure.other_numbers {
            let key = match other.purpose {
                PhonePurpose::Booking => "scan-comment-booking-number",
                _ => "scan-comment-other-service-number",
            };
            comment(
                &mut out,
                4,
                &Message::new(key).arg("number", &other.number).render(lang),
                Some(&other.evidence),
            );
        }
        for note in &procedure.notes {
            comment(
                &mut out,
                4,
                &Message::new("scan-comment-prerequisite").render(lang),
                Some(note),
            );
        }
        if procedure.channels.is_empty() {
            comment(
                &mut out,
                4,
                &Message::new("scan-comment-no-channel").render(lang),
                None,
            );
            out.push_str("    channels: {}\n");
            continue;
        }
        out.push_str("    channels:\n");
        let booked_by = booking_number(procedure).map(booking_contact_id);
        for channel in &procedure.channels {
            write_channel(&mut out, channel, booked_by.as_deref(), lang);
        }
    }
    out
}

/// The booking numbers a counter names (`booking: [{ phone: rdv-… }]`),
/// written once each as phone contacts with the page sentence above them.
fn write_booking_contacts(out: &mut String, draft: &Draft, lang: Lang) {
    let mut written: Vec<String> = Vec::new();
    for procedure in &draft.procedures {
        let Some(number) = booking_number(procedure) else {
            continue;
        };
        let id = booking_contact_id(number);
        if written.contains(&id) {
            continue;
        }
        let Some(other) = procedure.other_numbers.iter().find(|o| o.number == number) else {
            continue;
        };
        if written.is_empty() {
            out.push_str("contacts:\n");
        }
        let _ = writeln!(out, "  {id}:");
        comment(
            out,
            4,
            &Message::new("scan-comment-booking-contact").render(lang),
            Some(&other.evidence),
        );
        out.push_str("    kind: phone\n");
        let _ = writeln!(out, "    number: {}", quoted(&other.number));
        written.push(id);
    }
}

fn title_text(field: &Field) -> &str {
    match &field.value {
        Value::Text(t) => t,
        Value::List(_) => "",
    }
}

/// The number the procedure's counter is booked through: its first booking
/// number, when the counter is booked by phone.
fn booking_number(procedure: &DraftProcedure) -> Option<&str> {
    let phone: &str = crate::reading::BookingWording::Phone.into();
    let by_phone = procedure.channels.iter().flat_map(|c| &c.fields).any(|f| {
        f.key == "booking"
            && matches!(&f.value, Value::List(items) if items.iter().any(|i| i == phone))
    });
    by_phone
        .then(|| {
            procedure
                .other_numbers
                .iter()
                .find(|o| o.purpose == PhonePurpose::Booking)
        })
        .flatten()
        .map(|o| o.number.as_str())
}

fn write_channel(out: &mut String, channel: &DraftChannel, booked_by: Option<&str>, lang: Lang) {
    if let Some(q) = &channel.evidence {
        comment(
            out,
            6,
            &Message::new("scan-comment-channel").render(lang),
            Some(q),
        );
    }
    if channel.fields.is_empty() {
        let _ = writeln!(out, "      {}: {{}}", channel.kind);
        return;
    }
    let _ = writeln!(out, "      {}:", channel.kind);
    for field in &channel.fields {
        match (field.key.as_str(), &field.value, booked_by) {
            // `booking: [phone]` names the contact it goes through.
            ("booking", Value::List(items), Some(id)) => {
                let phone: &str = crate::reading::BookingWording::Phone.into();
                let named = Field {
                    value: Value::List(
                        items
                            .iter()
                            .map(|i| {
                                if i == phone {
                                    format!("{{ {phone}: {id} }}")
                                } else {
                                    i.clone()
                                }
                            })
                            .collect(),
                    ),
                    ..field.clone()
                };
                write_field(out, &named, 8, lang);
            }
            _ => write_field(out, field, 8, lang),
        }
    }
}

fn write_field(out: &mut String, field: &Field, indent: usize, lang: Lang) {
    let noted = match field.note.as_deref() {
        Some("site_footer") => Some("scan-note-site-footer"),
        Some("authority_name") => Some("scan-note-authority-name"),
        Some("info") => Some("scan-note-info"),
        _ => None,
    };
    if let Some(key) = noted {
        comment(out, indent, &Message::new(key).render(lang), None);
    }
    if let Some(q) = &field.evidence {
        comment(
            out,
            indent,
            &Message::new("scan-comment-source").render(lang),
            Some(q),
        );
    }
    let value = match &field.value {
        Value::Text(t) if is_plain_enum(&field.key) => yaml_emit::word(t),
        Value::Text(t) => quoted(t),
        // Lists are words of the format and flow mappings the draft built
        // from its own ids (`{ phone: rdv-… }`), never page text.
        Value::List(items) => format!("[{}]", items.join(", ")),
    };
    let _ = writeln!(out, "{:indent$}{}: {}", "", field.key, value);
}

/// Keys whose values are words of the format, written bare.
fn is_plain_enum(key: &str) -> bool {
    matches!(
        key,
        "country" | "level" | "appointment" | "covers" | "to_confirm"
    )
}

fn comment(out: &mut String, indent: usize, label: &str, quote: Option<&Quote>) {
    match quote {
        Some(q) => {
            let text = one_line(&q.text, MAX_QUOTE);
            yaml_emit::comment(out, indent, &format!("{label} « {text} »"));
            yaml_emit::comment(out, indent, &format!("  {}", one_line(&q.url, MAX_QUOTE)));
        }
        None => yaml_emit::comment(out, indent, label),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_and_its_quote_are_two_comment_lines() {
        let mut out = String::new();
        let quote = Quote {
            text: "a\rkey: 1".into(),
            url: "https://x/\u{2028}y".into(),
        };
        comment(&mut out, 2, "label", Some(&quote));
        assert_eq!(out, "  # label « a key: 1 »\n  #   https://x/ y\n");
    }
}
