//! Reading a workbook: xlsx and ods with calamine, a directory of CSV files
//! with the csv crate. Only the template's data sheets are kept.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx};
use quick_xml::encoding::Decoder;
use quick_xml::events::BytesStart;

use super::bounds::{self, Budget, OdsRefusal};

use super::template;
use super::{Cell, Row, Sheet, SheetFormat, Workbook};
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
            // Only the used cells, one at a time, each put in its row as it
            // comes: never the dense range between the first and the last,
            // nor a second copy of the cells.
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| open_error(path, e))?;
            let mut grid = Grid::new(path, &name);
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
                grid.put(row, column, &data, &mut errors);
            }
            sheets.push(from_grid(name.clone(), grid.rows));
        }
    } else {
        bounds::check_ods(&bytes).map_err(|e| match e {
            OdsRefusal::Exceeded(e) => refusal(path, e.message()),
            OdsRefusal::Unreadable(e) => {
                unreadable(path, Message::new("lib-unreadable").arg("detail", e))
            }
        })?;
        sheets = read_ods(&bytes, &wanted, &mut budget, path, &mut errors)?;
    }
    if errors.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(errors)
    }
}

/// The data sheets of an ods, read from its `content.xml` cell after cell.
/// calamine builds each sheet as a dense grid, and a second one of formulas,
/// before giving a cell: over 700 MB for 100,000 procedures. The cells are
/// read as calamine reads them (a value attribute first, else the text of
/// the cell's paragraphs, one line each).
fn read_ods(
    bytes: &[u8],
    wanted: &dyn Fn(&str) -> bool,
    budget: &mut Budget,
    path: &Path,
    errors: &mut Diagnostics,
) -> Result<Vec<Sheet>, Diagnostics> {
    use quick_xml::events::Event;
    let broken = |e: String| unreadable(path, Message::new("lib-unreadable").arg("detail", e));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(e.to_string()))?;
    let member = zip
        .by_name("content.xml")
        .map_err(|e| broken(e.to_string()))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(member));
    xml.config_mut().expand_empty_elements = true;
    xml.config_mut().trim_text(false);
    let mut sheets = Vec::new();
    // The wanted sheet being read, if the current one is.
    let mut grid: Option<Grid> = None;
    let (mut row, mut column, mut row_repeats) = (0_u32, 0_u32, 1_u32);
    let mut row_cells: Vec<(u32, Data)> = Vec::new();
    let (mut buf, mut cell_buf) = (Vec::new(), Vec::new());
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| broken(e.to_string()))?;
        match event {
            Event::Start(e) if e.name().as_ref() == b"table:table" => {
                let name = attribute(&e, b"table:name", xml.decoder()).unwrap_or_default();
                row = 0;
                grid = wanted(&name).then(|| Grid::new(path, &name));
            }
            Event::End(e) if e.name().as_ref() == b"table:table" => {
                if let Some(done) = grid.take() {
                    sheets.push(from_grid(done.sheet, done.rows));
                }
            }
            Event::Start(e) if grid.is_some() && e.name().as_ref() == b"table:table-row" => {
                row_repeats = repeats(&e, b"table:number-rows-repeated", xml.decoder());
                column = 0;
                row_cells.clear();
            }
            Event::End(e) if e.name().as_ref() == b"table:table-row" => {
                if let Some(grid) = grid.as_mut() {
                    // Repeated rows were bounded by `check_ods`; empty ones cost nothing.
                    for r in (0..row_repeats).take_while(|_| !row_cells.is_empty()) {
                        for (c, data) in &row_cells {
                            budget
                                .cell(u64::from(row) + u64::from(r), (*c).into(), text_bytes(data))
                                .map_err(|e| refusal(path, e.message()))?;
                            grid.put(row + r, *c, data, errors);
                        }
                    }
                    row = row.saturating_add(row_repeats);
                }
            }
            Event::Start(e)
                if grid.is_some()
                    && matches!(
                        e.name().as_ref(),
                        b"table:table-cell" | b"table:covered-table-cell"
                    ) =>
            {
                let count = repeats(&e, b"table:number-columns-repeated", xml.decoder());
                let data = ods_cell(&mut xml, &e, &mut cell_buf).map_err(broken)?;
                if !matches!(data, Data::Empty) {
                    for k in 0..count.min(bounds::MAX_COLUMNS as u32 + 1) {
                        row_cells.push((column.saturating_add(k), data.clone()));
                    }
                }
                column = column.saturating_add(count);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(sheets)
}

/// The value of the attribute `name` of `element`, unescaped.
fn attribute(element: &BytesStart, name: &[u8], decoder: Decoder) -> Option<String> {
    let found = element.try_get_attribute(name).ok().flatten()?;
    Some(found.decode_and_unescape_value(decoder).ok()?.into_owned())
}

/// A repeat count (`table:number-rows-repeated`…): 1 when absent.
fn repeats(element: &BytesStart, name: &[u8], decoder: Decoder) -> u32 {
    attribute(element, name, decoder)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

/// The value of the cell `start` opens, read up to its end.
fn ods_cell<R: std::io::BufRead>(
    xml: &mut quick_xml::Reader<R>,
    start: &BytesStart,
    buf: &mut Vec<u8>,
) -> Result<Data, String> {
    use quick_xml::events::Event;
    let text = |e: quick_xml::Error| e.to_string();
    let mut value = None;
    let mut string = false;
    for a in start.attributes().flatten() {
        let unescaped = || {
            a.decode_and_unescape_value(xml.decoder())
                .map(|v| v.into_owned())
                .map_err(text)
        };
        match a.key.as_ref() {
            b"office:value-type" => string = a.value.as_ref() == b"string",
            _ if value.is_some() => {}
            b"office:value" => {
                let v = unescaped()?;
                value = Some(Data::Float(
                    v.trim().parse().map_err(|_| format!("office:value {v}"))?,
                ));
            }
            b"office:string-value" => value = Some(Data::String(unescaped()?)),
            b"office:date-value" => value = Some(Data::DateTimeIso(unescaped()?)),
            b"office:time-value" => value = Some(Data::DurationIso(unescaped()?)),
            b"office:boolean-value" => {
                value = Some(Data::Bool(matches!(a.value.as_ref(), b"true" | b"TRUE")));
            }
            _ => {}
        }
    }
    let end = start.name();
    if value.is_some() || !string {
        xml.read_to_end_into(end, buf).map_err(text)?;
        return Ok(value.unwrap_or(Data::Empty));
    }
    let mut s = String::new();
    let mut first_paragraph = true;
    loop {
        buf.clear();
        match xml.read_event_into(buf).map_err(text)? {
            Event::Text(t) => s.push_str(&t.xml10_content().map_err(|e| e.to_string())?),
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| e.to_string())?;
                if let Some(predefined) = quick_xml::escape::resolve_predefined_entity(&name) {
                    s.push_str(predefined);
                } else if let Some(c) = r.resolve_char_ref().map_err(text)? {
                    s.push(c);
                } else {
                    return Err(format!("&{name};"));
                }
            }
            Event::End(e) if e.name() == end => return Ok(Data::String(s)),
            Event::Start(e) if e.name().as_ref() == b"office:annotation" => {
                let name = e.name().as_ref().to_vec();
                xml.read_to_end_into(quick_xml::name::QName(&name), &mut Vec::new())
                    .map_err(text)?;
            }
            Event::Start(e) if e.name().as_ref() == b"text:p" => {
                if !first_paragraph {
                    s.push('\n');
                }
                first_paragraph = false;
            }
            Event::Start(e) if e.name().as_ref() == b"text:s" => {
                let count = repeats(&e, b"text:c", xml.decoder());
                s.extend(std::iter::repeat_n(' ', count.min(1 << 16) as usize));
            }
            Event::Eof => return Err("table:table-cell".into()),
            _ => {}
        }
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

/// A sheet's rows, made from its used cells as they are read (0-based
/// positions). A cell holding a spreadsheet error (`#REF!`, `#N/A`) is no
/// value: it is reported where it is, never taken as a title or an address.
struct Grid<'a> {
    path: &'a Path,
    sheet: String,
    rows: Vec<Row>,
}

impl<'a> Grid<'a> {
    fn new(path: &'a Path, sheet: &str) -> Self {
        Self {
            path,
            sheet: sheet.to_owned(),
            rows: Vec::new(),
        }
    }

    fn put(&mut self, row: u32, column: u32, data: &Data, errors: &mut Diagnostics) {
        if let Data::Error(error) = data {
            errors.push(Diagnostic::new(
                self.path,
                row + 1,
                column + 1,
                Message::new("sheet-error-value")
                    .arg("sheet", &self.sheet)
                    .arg("cell", cell_name(row, column))
                    .arg("error", error.to_string()),
            ));
            return;
        }
        let row = row as usize;
        if self.rows.len() <= row {
            self.rows.resize(row + 1, Row::default());
        }
        self.rows[row].set(column as usize, cell(data));
    }
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
pub fn from_grid(name: String, mut grid: Vec<Row>) -> Sheet {
    if grid.is_empty() {
        return Sheet {
            name,
            ..Sheet::default()
        };
    }
    let headers = grid.remove(0).dense().iter().map(Cell::as_text).collect();
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
        assert_eq!(sheet.rows[1].get(1).unwrap().as_text(), "x");
    }

    fn grid(used: Vec<(u32, u32, Data)>, errors: &mut Diagnostics) -> Vec<Row> {
        let mut grid = Grid::new(Path::new("c.xlsx"), "demarches");
        for (row, column, data) in used {
            grid.put(row, column, &data, errors);
        }
        grid.rows
    }

    #[test]
    fn a_spreadsheet_error_is_reported_where_it_is_never_taken_as_a_value() {
        let mut errors = Diagnostics::default();
        let used = vec![
            (0, 0, Data::String("title".into())),
            (4, 1, Data::Error(calamine::CellErrorType::Ref)),
            (5, 0, Data::String("Cantine".into())),
        ];
        let rows = grid(used, &mut errors);
        assert_eq!(rows[5].get(0).unwrap().as_text(), "Cantine");
        assert!(rows[4].is_empty());
        assert_eq!(errors.0.len(), 1);
        let text = errors.0[0].message.render(Lang::En);
        assert!(text.contains("B5") && text.contains("#REF!"), "{text}");
        let mut none = Diagnostics::default();
        grid(vec![(0, 0, Data::Int(3))], &mut none);
        assert!(none.is_empty());
        assert_eq!(cell_name(0, 27), "AB1");
    }
}
