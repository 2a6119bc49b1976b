//! Spreadsheets in and out (docs/spreadsheets.md): the catalogue as a workbook
//! council staff can fill in Excel or LibreOffice Calc, and back.
//!
//! The catalogue format stays the single source of truth: `export` turns the
//! typed model into rows of the template (`template`), `import` reads rows
//! back into the typed model, reporting every bad cell at once, and the YAML
//! is then written by serialising that model. The file formats are thin
//! layers: `export_xlsx`, `export_ods`, `csv` write; `read` reads.

pub mod bounds;
pub mod csv;
pub mod export_ods;
pub mod export_xlsx;
pub mod import;
pub mod read;
pub mod rows;
pub mod template;

use std::path::Path;

use crate::catalog::load::RawCatalog;
use crate::catalog::model::CatalogFile;

/// A cell of a sheet, as written or read.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Self {
        let value = value.into();
        if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value)
        }
    }

    /// The cell as text: numbers written without a useless `.0`.
    pub fn as_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) => format_number(*n),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            Cell::Number(_) => false,
        }
    }
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A row read from a sheet: only its used cells, each with its 0-based
/// column, in column order. A row of the template has over a hundred
/// columns, most of them empty: held densely, the rows of 100,000
/// procedures took 270 MB of empty cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    cells: Vec<(u32, Cell)>,
}

impl Row {
    /// The cell at `column` (0-based), if it is used.
    pub fn get(&self, column: usize) -> Option<&Cell> {
        let found = self
            .cells
            .binary_search_by_key(&column, |(c, _)| *c as usize);
        found.ok().map(|i| &self.cells[i].1)
    }

    /// Puts `cell` at `column` (0-based); an empty cell leaves none.
    pub fn set(&mut self, column: usize, cell: Cell) {
        let key = column as u32;
        match self.cells.binary_search_by_key(&key, |(c, _)| *c) {
            Ok(i) if cell.is_empty() => {
                self.cells.remove(i);
            }
            Ok(i) => self.cells[i].1 = cell,
            Err(_) if cell.is_empty() => {}
            Err(i) => self.cells.insert(i, (key, cell)),
        }
    }

    /// Whether no cell holds anything.
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|(_, c)| c.is_empty())
    }

    /// The cells from the first column to the last used one, empty ones included.
    pub fn dense(&self) -> Vec<Cell> {
        let width = self.cells.last().map_or(0, |(c, _)| *c as usize + 1);
        let mut out = vec![Cell::Empty; width];
        for (c, cell) in &self.cells {
            out[*c as usize] = cell.clone();
        }
        out
    }
}

impl From<Vec<Cell>> for Row {
    fn from(cells: Vec<Cell>) -> Self {
        let cells = cells
            .into_iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(i, c)| (i as u32, c))
            .collect();
        Self { cells }
    }
}

/// A sheet: its name, its header row, its data rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// The data sheets of a workbook (the notes and lists sheets are not data).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The sheet the template names `name` (its French name), whatever the
    /// language of the workbook.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets
            .iter()
            .find(|s| s.name == name || template::sheet_of(&s.name) == Some(name))
    }
}

/// The spreadsheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Xlsx,
    Ods,
    /// A directory of CSV files, one per sheet.
    Csv,
}

impl SheetFormat {
    /// Guessed from the path: `.xlsx`, `.ods`, else a directory of CSV files.
    pub fn of_path(path: &Path) -> Self {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlsx") => Self::Xlsx,
            Some("ods") => Self::Ods,
            _ => Self::Csv,
        }
    }
}

/// The merged catalogue of `raw` as one file's content.
pub fn merged(raw: &RawCatalog) -> CatalogFile {
    CatalogFile {
        version: raw
            .version
            .map(|(v, _, _)| crate::located::Located::unplaced(v)),
        authority: raw.authority.as_ref().map(|(a, _)| a.clone()),
        contacts: raw
            .contacts
            .iter()
            .map(|(id, (c, _))| (id.clone(), c.clone()))
            .collect(),
        procedures: raw.procedures.clone(),
    }
}

/// The same, taking `raw` apart rather than copying it (an import of
/// 100,000 procedures holds it once).
pub fn merged_owned(raw: RawCatalog) -> CatalogFile {
    CatalogFile {
        version: raw
            .version
            .map(|(v, _, _)| crate::located::Located::unplaced(v)),
        authority: raw.authority.map(|(a, _)| a),
        contacts: raw
            .contacts
            .into_iter()
            .map(|(id, (c, _))| (id, c))
            .collect(),
        procedures: raw.procedures,
    }
}

/// Writes `catalog` as a spreadsheet at `path`, atomically. The template
/// holds every field of the catalogue (a channel's inline contact in its
/// group's columns), so nothing is left behind.
/// Sheet names, headers, drop-down values and notes are in `lang`.
pub fn export(
    catalog: &CatalogFile,
    format: SheetFormat,
    path: &Path,
    lang: crate::i18n::Lang,
) -> std::io::Result<()> {
    match format {
        SheetFormat::Csv => csv::write_dir(&rows::sheets(catalog, lang), path, lang),
        workbook => crate::files::write_atomically(path, &workbook_bytes(catalog, workbook, lang)?),
    }
}

/// `catalog` as the bytes of a workbook (xlsx or ods) in `lang`, for the
/// output plan; CSV is a folder of files, written by `export`. Rows are made
/// as the writer asks for them, never all held.
pub fn workbook_bytes(
    catalog: &CatalogFile,
    format: SheetFormat,
    lang: crate::i18n::Lang,
) -> std::io::Result<Vec<u8>> {
    let sheets = rows::sheets(catalog, lang);
    match format {
        SheetFormat::Xlsx => export_xlsx::write(&sheets, lang).map_err(std::io::Error::other),
        SheetFormat::Ods => export_ods::write(&sheets, lang),
        SheetFormat::Csv => Err(std::io::ErrorKind::InvalidInput.into()),
    }
}
