//! The one YAML emitter of the catalogues the tool drafts (`init`, `scan`):
//! they are written with their comments (what to check, where a value was
//! read), which a serializer cannot do, so their lines are assembled — but
//! only through these functions, which never let a value or a comment
//! become YAML of its own. (`import` writes through the serializer.)
//!
//! A value is always a double-quoted scalar with every character YAML could
//! read otherwise escaped: `"` and `\`, every control character (C0, DEL, C1
//! with NEL), the line and paragraph separators U+2028/U+2029 (which a YAML
//! 1.1 reader folds into a space inside quotes) and the byte-order mark.
//! A comment is cut at every character YAML reads as a line break, each
//! piece a comment line of its own: a lone CR in a record's note cannot
//! start a key.

use std::fmt::Write as _;

/// What YAML reads as a line break.
pub const YAML_BREAKS: [char; 5] = ['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'];

/// `text` as a YAML double-quoted scalar that reads back as `text`.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A word of the format (`FR`, `commune`, `online`), bare as a person
/// writes it; anything else a word cannot be (a space, a colon, a line
/// break from the command line) is quoted instead.
pub fn word(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !text.starts_with('-');
    if bare {
        text.to_owned()
    } else {
        quoted(text)
    }
}

/// Each line of `text` as a YAML comment, `indent` spaces in. Every
/// character YAML reads as a line break ends a comment line, and the next
/// piece is a comment too; other control characters are left out.
pub fn comment(out: &mut String, indent: usize, text: &str) {
    let text = text.replace("\r\n", "\n");
    let mut lines: Vec<&str> = text.split(YAML_BREAKS).collect();
    if lines.len() > 1 && lines.last() == Some(&"") {
        lines.pop();
    }
    for line in lines {
        let line: String = line
            .chars()
            .filter(|c| !c.is_control() && *c != '\u{feff}')
            .collect();
        let _ = writeln!(out, "{:indent$}# {line}", "");
    }
}

/// `text` on one line for a comment: line breaks and control characters
/// become spaces, runs of spaces one, cut after `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            if c.is_control() || YAML_BREAKS.contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() > max {
        let cut: String = clean.chars().take(max).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the catalogue loader reads back from `key: <quoted>`.
    fn read_back(text: &str) -> Option<String> {
        let yaml = format!("key: {}\n", quoted(text));
        let value: serde_json::Value = serde_saphyr::from_str(&yaml).ok()?;
        value.get("key")?.as_str().map(str::to_owned)
    }

    #[test]
    fn hostile_values_read_back_as_written() {
        for text in [
            "Ville d'Essai",
            "a \"b\" \\ c\n",
            "note\rstep_free: true",
            "nel\u{85}x: 1",
            "ls\u{2028}ps\u{2029}end",
            "key: value # not a comment",
            "- item",
            "* alias",
            "&anchor",
            "!tag",
            "'single'",
            "\"double\"",
            "\ttab\tinside",
            "emoji 🏛️ ♿",
            "\u{feff}bom",
            "del\u{7f} and bell\u{7}",
            "",
            "  spaces  ",
            "null",
            "true",
            "123",
        ] {
            assert_eq!(read_back(text).as_deref(), Some(text), "{text:?}");
        }
    }

    #[test]
    fn a_line_break_in_a_comment_never_ends_it() {
        let mut out = String::new();
        comment(
            &mut out,
            4,
            "note\rstep_free: true\u{2028}x: 1\u{85}y: 2\r\nok\n",
        );
        let lines: Vec<&str> = out.split(YAML_BREAKS).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 5, "{out:?}");
        assert!(lines.iter().all(|l| l.starts_with("    # ")), "{out:?}");
        let parsed: Option<serde_json::Value> =
            serde_saphyr::from_str(&format!("a: 1\n{out}")).ok();
        assert_eq!(parsed, Some(serde_json::json!({ "a": 1 })));
        let mut plain = String::new();
        comment(&mut plain, 0, "one\ntwo");
        assert_eq!(plain, "# one\n# two\n");
    }

    #[test]
    fn a_one_line_quote_and_words() {
        assert_eq!(word("FR"), "FR");
        assert_eq!(word("local_public_body"), "local_public_body");
        assert_eq!(word("FR\rstep_free: true"), "\"FR\\rstep_free: true\"");
        assert_eq!(word("-1"), "\"-1\"");
        assert_eq!(one_line("a\n b\u{1b}[31m\u{2028}c", 240), "a b [31m c");
        assert_eq!(one_line("abcdef", 3), "abc…");
    }
}
