//! Text that is not ours (the catalogue's, a web page's, a saved report's)
//! made safe for each place it is shown: Markdown (a pull-request comment, an
//! article, a job summary), a spreadsheet cell, a terminal. One function per
//! place, used by every output that writes there.

use std::borrow::Cow;

/// Text in Markdown, running or in a table cell: every character that could
/// start markup or HTML (`<img onerror=…>`, a link, emphasis, a code span, a
/// cell boundary) is backslash-escaped, and line breaks are flattened so the
/// text cannot start a new block.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Entities (`&lt;`) only ever give text, and `!` only matters
            // before `[`: neither needs escaping.
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text inside a Markdown code span (`` `…` ``): backslashes are literal
/// there, so the span's own delimiter is replaced rather than escaped; a pipe
/// is still escaped, as GitHub tables split on it even inside code.
pub fn markdown_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '`' => out.push('\''),
            '|' => out.push_str("\\|"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A spreadsheet cell that cannot run as a formula: a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, as
/// OWASP advises against CSV injection (`=HYPERLINK(…)`, `=cmd|…`).
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `c` would drive a terminal or reorder what it shows: C0 and C1
/// control characters (escape sequences start with ESC or CSI), DEL, and
/// the bidirectional overrides ("Trojan Source").
fn drives_terminal(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal: control characters are shown as their symbol (ESC as
/// `␛`) instead of being obeyed; line feeds are kept.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(drives_terminal) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
                '\u{7F}' => '\u{2421}',
                c if drives_terminal(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// `value` with every string in it made safe for a terminal, or `None` when
/// nothing needed it (the common case, checked without copying).
pub fn terminal_safe<T>(value: &T) -> Option<T>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let mut scan = ControlScan::default();
    serde_json::to_writer(&mut scan, value).ok()?;
    if !scan.found {
        return None;
    }
    let mut json = serde_json::to_value(value).ok()?;
    sanitise(&mut json);
    serde_json::from_value(json).ok()
}

fn sanitise(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if let Cow::Owned(safe) = terminal(s) {
                *s = safe;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(sanitise),
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                if let Some(mut item) = map.remove(&key) {
                    sanitise(&mut item);
                    map.insert(terminal(&key).into_owned(), item);
                }
            }
        }
        _ => {}
    }
}

/// Looks through JSON as it is written for what `terminal` would change:
/// escaped controls (`\u00..`, `\b`, `\f`, `\r`, `\t`), DEL, C1 controls and
/// bidirectional overrides. A false alarm (`\\b` in the text) only costs the
/// slower path.
#[derive(Default)]
struct ControlScan {
    found: bool,
    previous: [u8; 2],
}

impl std::io::Write for ControlScan {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            let [p2, p1] = self.previous;
            self.found |= (p1 == b'\\' && matches!(b, b'u' | b'b' | b'f' | b'r' | b't'))
                || b == 0x7F
                || (p1 == 0xC2 && (0x80..=0x9F).contains(&b))
                || (p2 == 0xE2 && p1 == 0x80 && (0xAA..=0xAE).contains(&b))
                || (p2 == 0xE2 && p1 == 0x81 && (0xA6..=0xA9).contains(&b));
            self.previous = [p1, b];
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cannot_carry_html_links_or_cells() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)>"),
            r"\<img src=x onerror=alert(1)\>"
        );
        assert_eq!(
            markdown("**Tél.** | <a>\r\n[x](y) ![i](j) `c` # h"),
            r"\*\*Tél.\*\* \| \<a\>  \[x\](y) !\[i\](j) \`c\` \# h"
        );
        assert_eq!(
            markdown("Mairie de Test-sur-Loire"),
            "Mairie de Test-sur-Loire"
        );
    }

    #[test]
    fn code_spans_cannot_be_closed_early() {
        assert_eq!(markdown_code("a`b|c\nd"), r"a'b\|c d");
        assert_eq!(markdown_code("etat-civil"), "etat-civil");
    }

    #[test]
    fn formula_like_cells_are_prefixed() {
        for formula in [
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+1",
            "-2+3",
            "@SUM(1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(spreadsheet_cell(formula), format!("'{formula}"));
        }
        assert_eq!(spreadsheet_cell("Mairie = accueil"), "Mairie = accueil");
        assert_eq!(spreadsheet_cell("12"), "12");
        assert_eq!(spreadsheet_cell(""), "");
    }

    #[test]
    fn terminal_text_shows_controls_instead_of_obeying_them() {
        assert_eq!(terminal("a\u{1b}[31mb\u{7}"), "a␛[31mb␇");
        assert_eq!(terminal("x\ry\u{7f}\u{9b}2J"), "x␍y␡\u{FFFD}2J");
        assert_eq!(terminal("abc\u{202E}def"), "abc\u{FFFD}def");
        assert_eq!(terminal("deux\nlignes\tok"), "deux\nlignes ok");
        assert!(matches!(terminal("Mairie, accueil"), Cow::Borrowed(_)));
    }

    #[test]
    fn terminal_safe_reaches_every_string_and_skips_clean_values() {
        let clean = vec!["a".to_owned(), "b\nc".to_owned()];
        assert_eq!(terminal_safe(&clean), None);
        let dirty: std::collections::BTreeMap<String, Vec<String>> =
            [("k\u{1b}".to_owned(), vec!["\u{1b}[2J".to_owned()])].into();
        let safe = terminal_safe(&dirty).unwrap();
        assert_eq!(safe.get("k␛").unwrap(), &vec!["␛[2J".to_owned()]);
        let c1 = vec!["\u{9b}31m".to_owned()];
        assert_eq!(terminal_safe(&c1).unwrap(), vec!["\u{FFFD}31m".to_owned()]);
    }
}
