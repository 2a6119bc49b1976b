//! What a workbook may hold before anything is built from it. A few bytes of
//! xlsx can name cell A1 and cell XFD1048576 (a dense grid of 17 billion
//! cells); a few bytes of ods can repeat one row a million times, each a
//! thousand columns wide; one long shared string can be referenced by every
//! cell. So the used cells are counted and bounded while reading (and an ods
//! is counted before calamine expands it), and the text kept is bounded too.

use std::io::Read;

use crate::i18n::Message;

/// Largest workbook file read (xlsx, ods, or one CSV file).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Rows of one sheet: a catalogue of 100,000 procedures is far below.
pub const MAX_ROWS: u64 = 1_000_000;
/// Columns of one sheet: the template has a few dozen.
pub const MAX_COLUMNS: u64 = 1_024;
/// Used cells of one workbook.
pub const MAX_CELLS: u64 = 20_000_000;
/// Text kept from one workbook, all cells together.
pub const MAX_TEXT_BYTES: u64 = 512 * 1024 * 1024;
/// Uncompressed size of the ods member describing the sheets.
const MAX_CONTENT_XML_BYTES: u64 = 1024 * 1024 * 1024;

/// Which bound a workbook went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Rows,
    Columns,
    Cells,
    Text,
}

impl Exceeded {
    pub fn message(self) -> Message {
        let (what, limit) = match self {
            Self::Rows => ("rows", MAX_ROWS),
            Self::Columns => ("columns", MAX_COLUMNS),
            Self::Cells => ("cells", MAX_CELLS),
            Self::Text => ("text", MAX_TEXT_BYTES),
        };
        Message::new("sheet-too-large")
            .arg("what", what)
            .arg("limit", limit)
    }
}

/// The running count of what a workbook holds, checked at every cell.
#[derive(Debug, Default)]
pub struct Budget {
    cells: u64,
    text: u64,
}

impl Budget {
    /// Counts one used cell at 0-based (`row`, `column`) holding `text_bytes`.
    pub fn cell(&mut self, row: u64, column: u64, text_bytes: u64) -> Result<(), Exceeded> {
        if row >= MAX_ROWS {
            return Err(Exceeded::Rows);
        }
        if column >= MAX_COLUMNS {
            return Err(Exceeded::Columns);
        }
        self.cells += 1;
        if self.cells > MAX_CELLS {
            return Err(Exceeded::Cells);
        }
        self.text += text_bytes;
        if self.text > MAX_TEXT_BYTES {
            return Err(Exceeded::Text);
        }
        Ok(())
    }
}

/// Why an ods was refused before calamine read it.
#[derive(Debug)]
pub enum OdsRefusal {
    Exceeded(Exceeded),
    /// Not a zip, no `content.xml`, or XML that does not parse: calamine
    /// would say the same, in its words.
    Unreadable(String),
}

/// Counts the cells an ods spreadsheet expands to (rows repeated times the
/// width of their used cells) from its `content.xml`, without expanding
/// anything. Empty rows and trailing empty cells, which LibreOffice repeats
/// to the sheet's end, cost nothing.
pub fn check_ods(bytes: &[u8]) -> Result<(), OdsRefusal> {
    use quick_xml::events::Event;
    let unreadable = |e: &dyn std::fmt::Display| OdsRefusal::Unreadable(e.to_string());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let member = zip.by_name("content.xml").map_err(|e| unreadable(&e))?;
    let mut xml =
        quick_xml::Reader::from_reader(std::io::BufReader::new(member.take(MAX_CONTENT_XML_BYTES)));
    let repeated = |e: &quick_xml::events::BytesStart, name: &[u8]| -> u64 {
        e.try_get_attribute(name)
            .ok()
            .flatten()
            .and_then(|a| std::str::from_utf8(&a.value).ok()?.trim().parse().ok())
            .unwrap_or(1)
    };
    let (mut rows, mut cells) = (0_u64, 0_u64);
    // Within a row: how many times it repeats, the column reached, the width
    // up to its last used cell.
    let (mut row_repeats, mut column, mut width) = (1_u64, 0_u64, 0_u64);
    let mut buf = Vec::new();
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| unreadable(&e))?;
        match event {
            Event::Start(e) if e.name().as_ref() == b"table:table" => rows = 0,
            Event::Start(ref e) | Event::Empty(ref e)
                if e.name().as_ref() == b"table:table-row" =>
            {
                row_repeats = repeated(e, b"table:number-rows-repeated");
                column = 0;
                width = 0;
                if matches!(event, Event::Empty(_)) {
                    rows = rows.saturating_add(row_repeats);
                }
            }
            Event::End(e) if e.name().as_ref() == b"table:table-row" => {
                if width > 0 {
                    if rows.saturating_add(row_repeats) > MAX_ROWS {
                        return Err(OdsRefusal::Exceeded(Exceeded::Rows));
                    }
                    cells = cells.saturating_add(row_repeats.saturating_mul(width));
                    if cells > MAX_CELLS {
                        return Err(OdsRefusal::Exceeded(Exceeded::Cells));
                    }
                }
                rows = rows.saturating_add(row_repeats);
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(
                    e.name().as_ref(),
                    b"table:table-cell" | b"table:covered-table-cell"
                ) =>
            {
                let repeats = repeated(e, b"table:number-columns-repeated");
                // A cell with content or a value type is used; an empty one
                // only moves the column on.
                let used = matches!(event, Event::Start(_))
                    || e.try_get_attribute(b"office:value-type")
                        .ok()
                        .flatten()
                        .is_some();
                column = column.saturating_add(repeats);
                if used {
                    width = column;
                    if width > MAX_COLUMNS {
                        return Err(OdsRefusal::Exceeded(Exceeded::Columns));
                    }
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::i18n::Lang;

    /// An ods whose `content.xml` holds `table` (a `table:table` element).
    fn ods(table: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("content.xml", stored).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>{table}</office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        zip.finish().unwrap().into_inner()
    }

    const CELL: &str =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn an_ods_repeating_a_used_row_a_million_times_is_refused_before_reading() {
        let bomb = ods(&format!(
            r#"<table:table table:name="demarches"><table:table-row table:number-rows-repeated="1000000">{}</table:table-row></table:table>"#,
            CELL.replace(
                "<table:table-cell ",
                r#"<table:table-cell table:number-columns-repeated="1000" "#
            )
        ));
        assert!(bomb.len() < 2048, "{}", bomb.len());
        assert!(matches!(
            check_ods(&bomb),
            Err(OdsRefusal::Exceeded(Exceeded::Cells))
        ));
        let wide = ods(&format!(
            r#"<table:table table:name="demarches"><table:table-row><table:table-cell table:number-columns-repeated="5000"/>{CELL}</table:table-row></table:table>"#
        ));
        assert!(matches!(
            check_ods(&wide),
            Err(OdsRefusal::Exceeded(Exceeded::Columns))
        ));
    }

    #[test]
    fn empty_repeats_as_libreoffice_writes_them_cost_nothing() {
        let ordinary = ods(&format!(
            r#"<table:table table:name="demarches"><table:table-row>{CELL}{CELL}<table:table-cell table:number-columns-repeated="16382"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>"#
        ));
        assert!(check_ods(&ordinary).is_ok());
        assert!(matches!(
            check_ods(b"not a zip"),
            Err(OdsRefusal::Unreadable(_))
        ));
    }

    #[test]
    fn the_budget_bounds_positions_cells_and_text() {
        let mut budget = Budget::default();
        assert!(budget.cell(0, 0, 10).is_ok());
        assert_eq!(budget.cell(MAX_ROWS, 0, 1), Err(Exceeded::Rows));
        assert_eq!(budget.cell(0, 16_383, 1), Err(Exceeded::Columns));
        // One long shared string referenced by many cells: its copies count.
        let mut shared = Budget::default();
        let long = 64 * 1024 * 1024;
        let refused = (0..100).find_map(|row| shared.cell(row, 0, long).err());
        assert_eq!(refused, Some(Exceeded::Text));
        let text = Exceeded::Cells.message().render(Lang::En);
        assert!(
            text.contains("20000000") || text.contains("20,000,000"),
            "{text}"
        );
    }
}
