//! A workbook as a directory of CSV files, one per sheet (`demarches.csv`,
//! `contacts.csv`, `autorite.csv`, `exemptions.csv`), UTF-8 with a header row.

use std::path::Path;

use super::read::from_grid;
use super::template;
use super::{Cell, Workbook};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Message;

/// Writes each sheet of `workbook` into `dir` (created if needed), atomically per file.
pub fn write_dir(workbook: &Workbook, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for sheet in &workbook.sheets {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(&sheet.headers)?;
        for row in &sheet.rows {
            out.write_record(row.iter().map(Cell::as_text))?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        crate::files::write_atomically(&dir.join(template::csv_file_name(&sheet.name)), &bytes)?;
    }
    Ok(())
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
    for (name, _) in template::data_sheets() {
        let path = dir.join(template::csv_file_name(name));
        if !path.exists() {
            continue;
        }
        let mut reader = match csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(&path)
        {
            Ok(r) => r,
            Err(e) => {
                errors.push(Diagnostic::new(
                    &path,
                    0,
                    0,
                    Message::new("sheet-unreadable")
                        .message("error", crate::diagnostic::library_error(&e)),
                ));
                continue;
            }
        };
        let mut grid = Vec::new();
        for (i, record) in reader.records().enumerate() {
            match record {
                Ok(record) => grid.push(
                    record
                        .iter()
                        .map(|v| Cell::text(v.trim_start_matches('\u{feff}')))
                        .collect(),
                ),
                Err(e) => errors.push(Diagnostic::new(
                    &path,
                    i as u32 + 1,
                    0,
                    Message::new("sheet-unreadable")
                        .message("error", crate::diagnostic::library_error(&e)),
                )),
            }
        }
        sheets.push(from_grid(name.to_owned(), grid));
    }
    if errors.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(errors)
    }
}
