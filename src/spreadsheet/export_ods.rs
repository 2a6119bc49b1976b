//! The workbook as OpenDocument (spreadsheet-ods), for LibreOffice Calc: the
//! same sheets and a `Notes` sheet. (Drop-down lists are in the xlsx only.)

use spreadsheet_ods::{OdsError, Sheet as OdsSheet, WorkBook};

use super::template;
use super::{Cell, Workbook};
use crate::i18n::Lang;

/// The ods bytes of `workbook`, its notes sheet in `lang`.
pub fn write(workbook: &Workbook, lang: Lang) -> Result<Vec<u8>, OdsError> {
    let mut book = WorkBook::new_empty();
    for sheet in &workbook.sheets {
        let mut out = OdsSheet::new(sheet.name.clone());
        for (c, header) in sheet.headers.iter().enumerate() {
            out.set_value(0, c as u32, header.as_str());
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => out.set_value(r as u32 + 1, c as u32, t.as_str()),
                    Cell::Number(n) => out.set_value(r as u32 + 1, c as u32, *n),
                }
            }
        }
        book.push_sheet(out);
    }
    let words = template::words(lang);
    let mut notes = OdsSheet::new(words.sheet(template::NOTES));
    let rows = std::iter::once(words.notes_headers()).chain(words.notes());
    for (r, row) in rows.enumerate() {
        for (c, text) in row.iter().enumerate() {
            notes.set_value(r as u32, c as u32, text.as_str());
        }
    }
    book.push_sheet(notes);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new())
}
