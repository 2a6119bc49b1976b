//! The workbook as xlsx (rust_xlsxwriter): frozen headers, filters, a
//! drop-down list on every column of enumerated values (fed by the hidden
//! `Listes` sheet), and a `Notes` sheet explaining each column.

use rust_xlsxwriter::{
    ColNum, DataValidation, Format, Formula, RowNum, Workbook as Xlsx, Worksheet, XlsxError,
};

use super::rows::SheetRows;
use super::template::{self, Column, Kind};
use super::Cell;

/// The last row drop-down lists apply to: the whole sheet, so rows added by
/// council staff get them too.
const LAST_ROW: RowNum = 1_048_575;

/// The enumerations of the template, one column each in the `Listes` sheet.
fn enumerations() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("oui/non", template::YES_NO),
        ("statut", template::STATUS),
        ("couvre", template::COVERS),
        ("remplace", template::REPLACEABLE),
        ("type", template::CONTACT_KINDS),
        ("rendez-vous", template::APPOINTMENT),
        ("répondu par", template::ANSWERED_BY),
        ("tarif", template::TARIFF),
        ("niveau", template::LEVELS),
        ("fondement", template::GROUNDS),
        ("prérequis", template::REQUIREMENTS),
        ("formulaire obtenu", template::FORM_SOURCES),
        ("réservation", template::BOOKING),
    ]
}

fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    index += 1;
    while index > 0 {
        let rem = (index - 1) % 26;
        letters.push((b'A' + rem as u8) as char);
        index = (index - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The validation of a column, if its values are enumerated.
fn validation(column: &Column) -> Result<Option<DataValidation>, XlsxError> {
    let list = match column.kind {
        Kind::YesNo => template::YES_NO,
        Kind::Choice(values) => values,
        Kind::Choices(values) => {
            // Several values per cell: a list cannot check them; say which ones.
            let message: String = format!(
                "Plusieurs valeurs séparées par des virgules : {}",
                values.join(", ")
            )
            .chars()
            .take(250)
            .collect();
            return Ok(Some(
                DataValidation::new()
                    .allow_any_value()
                    .set_input_message(message)?,
            ));
        }
        _ => return Ok(None),
    };
    let enums = enumerations();
    let Some(position) = enums.iter().position(|(_, v)| *v == list) else {
        return Ok(Some(DataValidation::new().allow_list_strings(list)?));
    };
    let letter = column_letter(position);
    let formula = format!(
        "={}!${letter}$2:${letter}${}",
        template::LISTS,
        list.len() + 1
    );
    let expected: String = format!("Valeurs admises : {}", list.join(", "))
        .chars()
        .take(250)
        .collect();
    Ok(Some(
        DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_message(expected)?,
    ))
}

fn write_sheet(
    sheet_out: &mut Worksheet,
    sheet: &SheetRows,
    bold: &Format,
) -> Result<(), XlsxError> {
    sheet_out.set_name(sheet.name)?;
    let headers = sheet.headers();
    for (c, header) in headers.iter().enumerate() {
        sheet_out.write_string_with_format(0, c as ColNum, header, bold)?;
        sheet_out.set_column_width(
            c as ColNum,
            (header.chars().count() as f64 + 4.0).clamp(10.0, 40.0),
        )?;
    }
    sheet_out.set_freeze_panes(1, 0)?;
    let last_col = headers.len().saturating_sub(1) as ColNum;
    sheet_out.autofilter(0, 0, sheet.len().max(1) as RowNum, last_col)?;
    for (c, column) in sheet.columns.iter().enumerate() {
        if let Some(v) = validation(column)? {
            sheet_out.add_data_validation(1, c as ColNum, LAST_ROW, c as ColNum, &v)?;
        }
    }
    let mut r: RowNum = 0;
    sheet.for_each_row(|row| {
        r += 1;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    sheet_out.write_string(r, c as ColNum, t)?;
                }
                Cell::Number(n) => {
                    sheet_out.write_number(r, c as ColNum, *n)?;
                }
            }
        }
        Ok(())
    })
}

/// The xlsx bytes of the data sheets `sheets`.
pub fn write(sheets: &[SheetRows]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Xlsx::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for sheet in sheets {
        // Written row after row, so each row goes to a temporary file as
        // soon as the next begins (cells inline): on 100,000 procedures the
        // writer otherwise holds every cell, over 1 GB.
        let out = book.add_worksheet_with_constant_memory();
        write_sheet(out, sheet, &bold)?;
    }

    let notes = book.add_worksheet();
    notes.set_name(template::NOTES)?;
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
        notes.write_string_with_format(0, c as ColNum, *header, &bold)?;
    }
    for (c, width) in [14.0, 32.0, 40.0, 70.0, 60.0].iter().enumerate() {
        notes.set_column_width(c as ColNum, *width)?;
    }
    notes.set_freeze_panes(1, 0)?;
    let mut r: RowNum = 1;
    for (name, columns) in template::data_sheets() {
        for column in columns {
            notes.write_string(r, 0, name)?;
            notes.write_string(r, 1, column.header)?;
            notes.write_string_with_format(r, 2, template::admitted(column.kind), &wrap)?;
            notes.write_string_with_format(r, 3, column.note_fr, &wrap)?;
            notes.write_string_with_format(r, 4, column.note_en, &wrap)?;
            r += 1;
        }
    }
    notes.autofilter(0, 0, r - 1, 4)?;

    let lists = book.add_worksheet();
    lists.set_name(template::LISTS)?;
    for (c, (title, values)) in enumerations().iter().enumerate() {
        lists.write_string_with_format(0, c as ColNum, *title, &bold)?;
        for (i, value) in values.iter().enumerate() {
            lists.write_string(i as RowNum + 1, c as ColNum, *value)?;
        }
    }
    lists.set_hidden(true);
    book.save_to_buffer()
}
