//! The draft written as a catalogue file: the format `validate` reads, a
//! header saying it is a draft to review, and above each value the page
//! sentence it comes from, as a YAML comment.

use std::fmt::Write;

use super::draft::{Draft, DraftChannel, Field, Quote, Value};
use crate::i18n::{Lang, Message};
use crate::reading::PhonePurpose;

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
        for channel in &procedure.channels {
            write_channel(&mut out, channel, lang);
        }
    }
    out
}

fn title_text(field: &Field) -> &str {
    match &field.value {
        Value::Text(t) => t,
        Value::List(_) => "",
    }
}

fn write_channel(out: &mut String, channel: &DraftChannel, lang: Lang) {
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
        write_field(out, field, 8, lang);
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
        Value::Text(t) if is_plain_enum(&field.key) => t.clone(),
        Value::Text(t) => quoted(t),
        Value::List(items) => format!("[{}]", items.join(", ")),
    };
    let _ = writeln!(out, "{:indent$}{}: {}", "", field.key, value);
}

/// Keys whose values are words of the format, written bare.
fn is_plain_enum(key: &str) -> bool {
    matches!(key, "country" | "level" | "appointment" | "covers")
}

fn comment(out: &mut String, indent: usize, label: &str, quote: Option<&Quote>) {
    match quote {
        Some(q) => {
            let text = one_line(&q.text);
            let _ = writeln!(out, "{:indent$}# {label} « {text} »", "");
            let _ = writeln!(out, "{:indent$}#   {}", "", one_line(&q.url));
        }
        None => {
            let _ = writeln!(out, "{:indent$}# {label}", "");
        }
    }
}

/// A quote on one comment line: no line breaks or control characters, cut.
fn one_line(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() > MAX_QUOTE {
        let cut: String = clean.chars().take(MAX_QUOTE).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// A YAML double-quoted scalar.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_yaml_valid() {
        assert_eq!(quoted("Ville d'Essai"), "\"Ville d'Essai\"");
        assert_eq!(quoted("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
        assert_eq!(one_line("a\n b\u{1b}[31m"), "a b [31m");
    }
}
