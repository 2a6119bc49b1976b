//! Reading a workbook: xlsx and ods with calamine, a directory of CSV files
//! with the csv crate. Only the template's data sheets are kept.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, DataRef, Ods, Reader, Xlsx};

use super::bounds::{self, Budget, OdsRefusal};

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
        // Reported by `grid` before any cell is made.
        Data::Error(_) => Cell::Empty,
    }
}

fn open_error(path: &Path, error: impl std::error::Error + 'static) -> Diagnostics {
    unreadable(path, crate::diagnostic::library_error(&error))
}

/// The workbook could not be read, for `reason` (in the tool's words).
fn unreadable(path: &Path, reason: Message) -> Diagnostics {
    Diagnostics(vec![Diagnostic::new(
        path,
        0,
        0,
        Message::new("sheet-unreadable").message("error", reason),
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
    let bytes = crate::input::read_bytes(path, bounds::MAX_FILE_BYTES)
        .map_err(|e| Diagnostics(vec![e.diagnostic(path)]))?;
    // The data sheets, named in any language of the template.
    let wanted: Vec<&str> = template::data_sheets().iter().map(|(n, _)| *n).collect();
    let wanted = |name: &str| template::sheet_of(name).is_some_and(|n| wanted.contains(&n));
    let mut budget = Budget::default();
    let mut sheets = Vec::new();
    let mut errors = Diagnostics::default();
    if SheetFormat::of_path(path) == SheetFormat::Xlsx {
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| open_error(path, e))?;
        for name in book.sheet_names() {
            if !wanted(&name) {
                continue;
            }
            // Only the used cells, one at a time: never the dense range
            // between the first and the last.
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| open_error(path, e))?;
            let mut used = Vec::new();
            while let Some(found) = reader.next_cell().map_err(|e| open_error(path, e))? {
                let (row, column) = found.get_position();
                let value = found.get_value();
                if matches!(value, DataRef::Empty) {
                    continue;
                }
                let data = Data::from(value.clone());
                budget
                    .cell(row.into(), column.into(), text_bytes(&data))
                    .map_err(|e| refusal(path, e.message()))?;
                used.push((row, column, data));
            }
            sheets.push(from_grid(
                name.clone(),
                grid(path, &name, used, &mut errors),
            ));
        }
    } else {
        bounds::check_ods(&bytes).map_err(|e| match e {
            OdsRefusal::Exceeded(e) => refusal(path, e.message()),
            OdsRefusal::Unreadable(e) => {
                unreadable(path, Message::new("lib-unreadable").arg("detail", e))
            }
        })?;
        let mut book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| open_error(path, e))?;
        for name in book.sheet_names() {
            if !wanted(&name) {
                continue;
            }
            let range = book
                .worksheet_range(&name)
                .map_err(|e| open_error(path, e))?;
            let mut used = Vec::new();
            for (row, column, data) in range.used_cells() {
                let (row, column) = (row as u32, column as u32);
                let (start_row, start_column) = range.start().unwrap_or((0, 0));
                let (row, column) = (row + start_row, column + start_column);
                budget
                    .cell(row.into(), column.into(), text_bytes(data))
                    .map_err(|e| refusal(path, e.message()))?;
                used.push((row, column, data.clone()));
            }
            sheets.push(from_grid(
                name.clone(),
                grid(path, &name, used, &mut errors),
            ));
        }
    }
    if errors.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(errors)
    }
}

fn text_bytes(data: &Data) -> u64 {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.len() as u64,
        _ => 8,
    }
}

fn refusal(path: &Path, message: Message) -> Diagnostics {
    Diagnostics(vec![
        Diagnostic::new(path, 0, 0, message).with_help(Some(Message::new("sheet-too-large-help")))
    ])
}

/// The sheet's rows from its used cells (0-based positions). A cell holding
/// a spreadsheet error (`#REF!`, `#N/A`) is no value: it is reported where it
/// is, never taken as a title or an address.
fn grid(
    path: &Path,
    sheet: &str,
    used: Vec<(u32, u32, Data)>,
    errors: &mut Diagnostics,
) -> Vec<Vec<Cell>> {
    let rows = used
        .iter()
        .map(|(r, _, _)| *r as usize + 1)
        .max()
        .unwrap_or(0);
    let mut grid: Vec<Vec<Cell>> = vec![Vec::new(); rows];
    for (row, column, data) in used {
        if let Data::Error(error) = &data {
            errors.push(Diagnostic::new(
                path,
                row + 1,
                column + 1,
                Message::new("sheet-error-value")
                    .arg("sheet", sheet)
                    .arg("cell", cell_name(row, column))
                    .arg("error", error.to_string()),
            ));
            continue;
        }
        let cells = &mut grid[row as usize];
        if cells.len() <= column as usize {
            cells.resize(column as usize + 1, Cell::Empty);
        }
        cells[column as usize] = cell(&data);
    }
    grid
}

/// `A1`-style name of a 0-based position.
fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn refusal_text(result: Result<Workbook, Diagnostics>) -> String {
        match result {
            Ok(_) => panic!("the workbook was read"),
            Err(d) => d.0.iter().map(|d| d.message.render(Lang::En)).collect(),
        }
    }

    #[test]
    fn an_xlsx_naming_its_first_and_last_possible_cells_is_refused_not_made_dense() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bomb.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(template::PROCEDURES).unwrap();
        sheet.write_string(0, 0, "id").unwrap();
        sheet.write_string(1_048_575, 16_383, "x").unwrap();
        book.save(&path).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() < 16 * 1024);
        let text = refusal_text(read(&path));
        assert!(text.contains("workbook too large"), "{text}");
    }

    #[test]
    fn an_ordinary_xlsx_is_read_where_its_cells_are() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ok.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(template::PROCEDURES).unwrap();
        sheet.write_string(0, 0, "id").unwrap();
        sheet.write_string(0, 2, "title").unwrap();
        sheet.write_string(2, 1, "x").unwrap();
        book.save(&path).unwrap();
        let workbook = read(&path).unwrap();
        let sheet = &workbook.sheets[0];
        assert_eq!(sheet.headers, ["id", "", "title"]);
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[1][1].as_text(), "x");
    }

    #[test]
    fn a_spreadsheet_error_is_reported_where_it_is_never_taken_as_a_value() {
        let mut errors = Diagnostics::default();
        let used = vec![
            (0, 0, Data::String("title".into())),
            (4, 1, Data::Error(calamine::CellErrorType::Ref)),
            (5, 0, Data::String("Cantine".into())),
        ];
        let rows = grid(Path::new("c.xlsx"), "demarches", used, &mut errors);
        assert_eq!(rows[5][0].as_text(), "Cantine");
        assert!(rows[4].iter().all(|c| c.as_text().is_empty()));
        assert_eq!(errors.0.len(), 1);
        let text = errors.0[0].message.render(Lang::En);
        assert!(text.contains("B5") && text.contains("#REF!"), "{text}");
        let mut none = Diagnostics::default();
        grid(
            Path::new("c.xlsx"),
            "demarches",
            vec![(0, 0, Data::Int(3))],
            &mut none,
        );
        assert!(none.is_empty());
        assert_eq!(cell_name(0, 27), "AB1");
    }
}
