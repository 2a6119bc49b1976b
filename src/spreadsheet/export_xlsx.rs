//! The workbook as xlsx (rust_xlsxwriter): frozen headers, filters, a
//! drop-down list on every column of enumerated values (fed by the hidden
//! `Listes` sheet), and a `Notes` sheet explaining each column.

use rust_xlsxwriter::{
    ColNum, DataValidation, Format, Formula, RowNum, Workbook as Xlsx, Worksheet, XlsxError,
};

use super::rows::SheetRows;
use super::template::{self, Column, Kind};
use super::Cell;
use crate::i18n::{Lang, Message};

/// The last row drop-down lists apply to: the whole sheet, so rows added by
/// council staff get them too.
const LAST_ROW: RowNum = 1_048_575;

/// The enumerations of the template, one column each in the lists sheet.
fn enumerations() -> Vec<&'static [&'static str]> {
    vec![
        template::YES_NO,
        template::STATUS,
        template::COVERS,
        template::REPLACEABLE,
        template::CONTACT_KINDS,
        template::APPOINTMENT,
        template::ANSWERED_BY,
        template::TARIFF,
        template::LEVELS,
        template::GROUNDS,
        template::REQUIREMENTS,
        template::FORM_SOURCES,
        template::BOOKING,
    ]
}

/// A list's title in the lists sheet: the (French) header of the first
/// column that uses it.
fn title(list: &[&str]) -> &'static str {
    template::data_sheets()
        .into_iter()
        .flat_map(|(_, columns)| columns)
        .find(|c| match c.kind {
            Kind::YesNo => list == template::YES_NO,
            Kind::Choice(values) | Kind::Choices(values) => values == list,
            _ => false,
        })
        .map_or("", |c| c.header)
}

/// The values of a list as the drop-down shows them: the labels of `words`.
fn shown(list: &[&str], words: &template::Words) -> Vec<String> {
    if list == template::YES_NO {
        vec![
            words.yes_no(true).to_owned(),
            words.yes_no(false).to_owned(),
        ]
    } else {
        words.labels(list)
    }
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
fn validation(
    column: &Column,
    words: &template::Words,
) -> Result<Option<DataValidation>, XlsxError> {
    let list = match column.kind {
        Kind::YesNo => template::YES_NO,
        Kind::Choice(values) => values,
        Kind::Choices(values) => {
            // Several values per cell: a list cannot check them; say which ones.
            let message: String = Message::new("tpl-list-several")
                .arg("values", shown(values, words).join(", "))
                .render(words.lang)
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
    let Some(position) = enums.iter().position(|v| *v == list) else {
        return Ok(Some(
            DataValidation::new().allow_list_strings(&shown(list, words))?,
        ));
    };
    let letter = column_letter(position);
    let formula = format!(
        "={}!${letter}$2:${letter}${}",
        words.sheet(template::LISTS),
        list.len() + 1
    );
    let expected: String = Message::new("tpl-list-allowed")
        .arg("values", shown(list, words).join(", "))
        .render(words.lang)
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
    words: &template::Words,
) -> Result<(), XlsxError> {
    sheet_out.set_name(sheet.title())?;
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
        if let Some(v) = validation(column, words)? {
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

/// The xlsx bytes of the data sheets `sheets`, notes and drop-down lists in `lang`.
pub fn write(sheets: &[SheetRows], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let words = template::words(lang);
    let mut book = Xlsx::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for sheet in sheets {
        // Written row after row, so each row goes to a temporary file as
        // soon as the next begins (cells inline): on 100,000 procedures the
        // writer otherwise holds every cell, over 1 GB.
        let out = book.add_worksheet_with_constant_memory();
        write_sheet(out, sheet, &bold, words)?;
    }

    let notes = book.add_worksheet();
    notes.set_name(words.sheet(template::NOTES))?;
    for (c, header) in words.notes_headers().iter().enumerate() {
        notes.write_string_with_format(0, c as ColNum, header, &bold)?;
    }
    for (c, width) in [14.0, 32.0, 40.0, 70.0].iter().enumerate() {
        notes.set_column_width(c as ColNum, *width)?;
    }
    notes.set_freeze_panes(1, 0)?;
    let mut r: RowNum = 1;
    for [sheet, header, admitted, note] in words.notes() {
        notes.write_string(r, 0, sheet)?;
        notes.write_string(r, 1, header)?;
        notes.write_string_with_format(r, 2, admitted, &wrap)?;
        notes.write_string_with_format(r, 3, note, &wrap)?;
        r += 1;
    }
    notes.autofilter(0, 0, r - 1, 3)?;

    let lists = book.add_worksheet();
    lists.set_name(words.sheet(template::LISTS))?;
    for (c, values) in enumerations().iter().enumerate() {
        lists.write_string_with_format(0, c as ColNum, words.header(title(values)), &bold)?;
        for (i, value) in shown(values, words).iter().enumerate() {
            lists.write_string(i as RowNum + 1, c as ColNum, value)?;
        }
    }
    lists.set_hidden(true);
    book.save_to_buffer()
}
