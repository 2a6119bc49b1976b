//! The workbook as OpenDocument (spreadsheet-ods), for LibreOffice Calc: the
//! same sheets and a `Notes` sheet. (Drop-down lists are in the xlsx only.)

use spreadsheet_ods::{OdsError, Sheet as OdsSheet, WorkBook};

use super::template;
use super::{Cell, Workbook};

pub fn write(workbook: &Workbook) -> Result<Vec<u8>, OdsError> {
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
    let mut notes = OdsSheet::new(template::NOTES);
    for (c, header) in [
        "Feuille",
        "Colonne",
        "Valeurs admises",
        "Explication",
        "Explanation (English)",
    ]
    .iter()
    .enumerate()
    {
        notes.set_value(0, c as u32, *header);
    }
    let mut r = 1;
    for (name, columns) in template::data_sheets() {
        for column in columns {
            notes.set_value(r, 0, name);
            notes.set_value(r, 1, column.header);
            notes.set_value(r, 2, template::admitted(column.kind));
            notes.set_value(r, 3, column.note_fr);
            notes.set_value(r, 4, column.note_en);
            r += 1;
        }
    }
    book.push_sheet(notes);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new())
}
