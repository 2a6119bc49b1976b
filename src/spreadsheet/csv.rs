//! A workbook as a directory of CSV files, one per sheet (`demarches.csv`,
//! `contacts.csv`, `autorite.csv`, `exemptions.csv`; in Dutch
//! `procedures.csv`, `contacten.csv`, `bestuur.csv`, `uitzonderingen.csv`),
//! UTF-8 with a header row.

use std::path::Path;

use super::bounds::{self, Budget};
use super::read::from_grid;
use super::rows::SheetRows;
use super::template;
use super::{Cell, Workbook};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};

/// Writes each sheet of `sheets` into `dir` (created if needed), atomically
/// per file, row after row, each file named in `lang`.
pub fn write_dir(sheets: &[SheetRows], dir: &Path, lang: Lang) -> std::io::Result<()> {
    crate::files::create_dir_all(dir)?;
    for sheet in sheets {
        let path = dir.join(template::csv_file_name(sheet.name, lang));
        crate::files::write_atomically_with(&path, |out| {
            let mut out = csv::Writer::from_writer(out);
            out.write_record(sheet.headers().iter().map(|h| guarded(h)))?;
            sheet
                .for_each_row(|row| out.write_record(row.iter().map(|c| guarded(&c.as_text()))))?;
            out.flush()
        })?;
    }
    Ok(())
}

/// What a spreadsheet runs as a formula when a cell starts with it.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell that a spreadsheet opening the file will not run as a formula
/// (`=HYPERLINK(…)`, `=cmd|…`, `@SUM`): prefixed with `'` as OWASP advises.
/// A value that itself starts with `'` before one of those (or before `'`)
/// gets one too, so that `unguarded` gives back exactly what was exported.
pub fn guarded(value: &str) -> String {
    let mut chars = value.chars();
    let needs = match chars.next() {
        Some('\'') => chars
            .next()
            .is_some_and(|c| c == '\'' || FORMULA_START.contains(&c)),
        Some(c) => FORMULA_START.contains(&c),
        None => false,
    };
    if needs {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// The value `guarded` protected.
pub fn unguarded(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\'') => rest,
        _ => value,
    }
}

/// The line where a quoted field opens and never closes, if one does: the
/// csv reader would take every following row into that one field, silently.
/// A quote opens a field only at its start; inside, `""` is a quote.
fn unclosed_quote(bytes: &[u8]) -> Option<u32> {
    let (mut line, mut opened_at) = (1_u32, 0_u32);
    let (mut quoted, mut field_start) = (false, true);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
            opened_at = line;
        }
        if b == b'\n' {
            line += 1;
        }
        field_start = !quoted && matches!(b, b',' | b'\n' | b'\r');
        i += 1;
    }
    quoted.then_some(opened_at)
}

/// Reads the CSV files of `dir` that the template names; absent ones are absent sheets.
pub fn read_dir(dir: &Path) -> Result<Workbook, Diagnostics> {
    if !dir.is_dir() {
        return Err(Diagnostics(vec![Diagnostic::new(
            dir,
            0,
            0,
            Message::new("sheet-unknown-format"),
        )]));
    }
    let mut sheets = Vec::new();
    let mut errors = Diagnostics::default();
    let mut budget = Budget::default();
    for (name, _) in template::data_sheets() {
        // The sheet's file in any language; a dangling link is a file the
        // user meant: reading it says why not.
        let found: Vec<_> = template::csv_file_names(name)
            .into_iter()
            .map(|file| dir.join(file))
            .filter(|path| crate::files::occupied(path))
            .collect();
        let Some(path) = found.first().cloned() else {
            continue;
        };
        if let Some(second) = found.get(1) {
            // Two languages' files for one sheet: which one holds the data?
            errors.push(Diagnostic::new(
                second,
                0,
                0,
                Message::new("sheet-csv-two-files")
                    .arg("first", path.display())
                    .arg("second", second.display()),
            ));
            continue;
        }
        let bytes = match crate::input::read_bytes(&path, bounds::MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(e.diagnostic(&path));
                continue;
            }
        };
        if let Some(line) = unclosed_quote(&bytes) {
            errors.push(
                Diagnostic::new(&path, line, 0, Message::new("sheet-csv-unclosed-quote"))
                    .with_help(Some(Message::new("sheet-csv-unclosed-quote-help"))),
            );
            continue;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes.as_slice());
        let mut grid = Vec::new();
        for (i, record) in reader.records().enumerate() {
            match record {
                Ok(record) => {
                    let mut row = Vec::with_capacity(record.len());
                    for (column, value) in record.iter().enumerate() {
                        if let Err(e) = budget.cell(i as u64, column as u64, value.len() as u64) {
                            errors.push(Diagnostic::new(&path, i as u32 + 1, 0, e.message()));
                            return Err(errors);
                        }
                        let value = value.trim_start_matches('\u{feff}');
                        row.push(Cell::text(unguarded(value)));
                    }
                    grid.push(row.into());
                }
                Err(e) => errors.push(Diagnostic::new(
                    &path,
                    i as u32 + 1,
                    0,
                    Message::new("sheet-unreadable")
                        .message("error", crate::diagnostic::library_error(&e)),
                )),
            }
        }
        // Named as in the language of its file, for the messages.
        let lang = template::LANGS
            .into_iter()
            .find(|lang| path.ends_with(template::csv_file_name(name, *lang)))
            .unwrap_or_default();
        sheets.push(from_grid(
            template::words(lang).sheet(name).to_owned(),
            grid,
        ));
    }
    if errors.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_guarded_and_given_back_exactly() {
        for (value, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+33 1 23", "'+33 1 23"),
            ("-1", "'-1"),
            ("'=x", "''=x"),
            ("''", "'''"),
            ("'quoted'", "'quoted'"),
            ("Mairie", "Mairie"),
            ("", ""),
        ] {
            assert_eq!(guarded(value), written, "{value}");
            assert_eq!(unguarded(&guarded(value)), value, "{value}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_where_it_opens() {
        assert_eq!(
            unclosed_quote(b"id,title\na,\"Cantine\nb,Piscine\n"),
            Some(2)
        );
        assert_eq!(unclosed_quote(b"id,title\na,\"Can\"\"tine\"\nb,x\n"), None);
        // A quote inside an unquoted field is a character, not an opening.
        assert_eq!(unclosed_quote(b"id,title\na,12\" pouces\n"), None);
        assert_eq!(unclosed_quote(b"a,\"multi\nline\"\r\n"), None);
    }
}
