//! Reading a workbook: xlsx and ods with calamine, a directory of CSV files
//! with the csv crate. Only the template's data sheets are kept.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use super::template;
use super::{Cell, Sheet, SheetFormat, Workbook};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Message;

/// A date typed as a date in the spreadsheet: its serial number (days since
/// 1899-12-30, the convention of Excel and LibreOffice) as `AAAA-MM-JJ`.
fn serial_date(serial: f64) -> Cell {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30);
    match base.and_then(|b| b.checked_add_signed(chrono::Duration::days(serial.floor() as i64))) {
        Some(date) => Cell::Text(date.to_string()),
        None => Cell::Number(serial),
    }
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text(s.clone()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Bool(b) => Cell::text(if *b { "oui" } else { "non" }),
        Data::DateTime(d) => serial_date(d.as_f64()),
        Data::DateTimeIso(s) => Cell::text(s.get(..10).unwrap_or(s).to_owned()),
        Data::DurationIso(s) => Cell::text(s.clone()),
        Data::Error(e) => Cell::text(format!("#{e:?}")),
    }
}

fn open_error(path: &Path, error: &(dyn std::error::Error + 'static)) -> Diagnostics {
    Diagnostics(vec![Diagnostic::new(
        path,
        0,
        0,
        Message::new("sheet-unreadable").message("error", crate::diagnostic::library_error(error)),
    )])
}

/// Reads the workbook at `path` (`.xlsx`, `.ods`, or a directory of CSV files).
pub fn read(path: &Path) -> Result<Workbook, Diagnostics> {
    match SheetFormat::of_path(path) {
        SheetFormat::Csv => super::csv::read_dir(path),
        SheetFormat::Xlsx | SheetFormat::Ods => read_office(path),
    }
}

fn read_office(path: &Path) -> Result<Workbook, Diagnostics> {
    let mut book = open_workbook_auto(path).map_err(|e| open_error(path, &e))?;
    let wanted: Vec<&str> = template::data_sheets().iter().map(|(n, _)| *n).collect();
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        if !wanted.contains(&name.as_str()) {
            continue;
        }
        let range = book
            .worksheet_range(&name)
            .map_err(|e| open_error(path, &e))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let mut grid: Vec<Vec<Cell>> = vec![Vec::new(); first_row as usize];
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; first_col as usize];
            cells.extend(row.iter().map(cell));
            grid.push(cells);
        }
        sheets.push(from_grid(name, grid));
    }
    Ok(Workbook { sheets })
}

/// A sheet from its rows, the first being the headers.
pub fn from_grid(name: String, mut grid: Vec<Vec<Cell>>) -> Sheet {
    if grid.is_empty() {
        return Sheet {
            name,
            ..Sheet::default()
        };
    }
    let headers = grid.remove(0).iter().map(Cell::as_text).collect();
    Sheet {
        name,
        headers,
        rows: grid,
    }
}
