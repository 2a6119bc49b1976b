//! The workbook as OpenDocument, for LibreOffice Calc: the same sheets and a
//! `Notes` sheet. (Drop-down lists are in the xlsx only.)
//!
//! The document is written here, row after row, straight into the zip:
//! a library building the whole document first (spreadsheet-ods) held
//! 1.2 GiB for 100,000 procedures. The cells are written as that library
//! wrote them (a string as one `text:p` per line, a number as a float with
//! its text), so a workbook reads back the same.

use std::io::{BufWriter, Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::rows::SheetRows;
use super::template;
use super::{format_number, Cell};
use crate::i18n::Lang;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>"#;

const CONTENT_START: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>"#;

const CONTENT_END: &str = "</office:spreadsheet></office:body></office:document-content>";

/// `text` with the characters XML reserves escaped.
fn escaped(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.write_all(&rest.as_bytes()[..i])?;
        out.write_all(match rest.as_bytes()[i] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => b"&apos;",
        })?;
        rest = &rest[i + 1..];
    }
    out.write_all(rest.as_bytes())
}

/// One row: runs of empty cells as one repeated cell, nothing after the last
/// value.
fn row(out: &mut impl Write, cells: &[Cell]) -> std::io::Result<()> {
    out.write_all(b"<table:table-row>")?;
    let used = cells
        .iter()
        .rposition(|c| *c != Cell::Empty)
        .map_or(0, |i| i + 1);
    let mut empty = 0;
    for cell in &cells[..used] {
        if *cell == Cell::Empty {
            empty += 1;
            continue;
        }
        match empty {
            0 => {}
            1 => out.write_all(b"<table:table-cell/>")?,
            n => write!(
                out,
                r#"<table:table-cell table:number-columns-repeated="{n}"/>"#
            )?,
        }
        empty = 0;
        match cell {
            Cell::Text(text) => {
                out.write_all(br#"<table:table-cell office:value-type="string">"#)?;
                for line in text.split('\n') {
                    out.write_all(b"<text:p>")?;
                    escaped(out, line)?;
                    out.write_all(b"</text:p>")?;
                }
            }
            Cell::Number(n) => write!(
                out,
                r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{}</text:p>"#,
                format_number(*n)
            )?,
            Cell::Empty => {}
        }
        out.write_all(b"</table:table-cell>")?;
    }
    if used == 0 {
        out.write_all(b"<table:table-cell/>")?;
    }
    out.write_all(b"</table:table-row>")
}

fn table_start(out: &mut impl Write, name: &str) -> std::io::Result<()> {
    out.write_all(br#"<table:table table:name=""#)?;
    escaped(out, name)?;
    out.write_all(br#"">"#)
}

fn texts(values: &[&str]) -> Vec<Cell> {
    values.iter().map(|v| Cell::text(*v)).collect()
}

/// The `Notes` sheet, in the words of `lang`: each column of each data
/// sheet, explained.
fn notes(out: &mut impl Write, lang: Lang) -> std::io::Result<()> {
    let words = template::words(lang);
    table_start(out, words.sheet(template::NOTES))?;
    for cells in std::iter::once(words.notes_headers()).chain(words.notes()) {
        row(
            out,
            &texts(&cells.iter().map(String::as_str).collect::<Vec<_>>()),
        )?;
    }
    out.write_all(b"</table:table>")
}

/// The ods bytes of the data sheets `sheets`, the notes sheet in `lang`.
pub fn write(sheets: &[SheetRows], lang: Lang) -> std::io::Result<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // The mimetype first and stored: how a reader recognises the format.
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("mimetype", stored)?;
    zip.write_all(MIMETYPE.as_bytes())?;
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(MANIFEST.as_bytes())?;
    zip.start_file("styles.xml", deflated)?;
    zip.write_all(STYLES.as_bytes())?;
    zip.start_file("content.xml", deflated)?;
    {
        let mut out = BufWriter::with_capacity(1 << 16, &mut zip);
        out.write_all(CONTENT_START.as_bytes())?;
        for sheet in sheets {
            table_start(&mut out, sheet.title())?;
            let headers = sheet.headers();
            row(
                &mut out,
                &texts(&headers.iter().map(String::as_str).collect::<Vec<_>>()),
            )?;
            sheet.for_each_row(|cells| row(&mut out, cells))?;
            out.write_all(b"</table:table>")?;
        }
        notes(&mut out, lang)?;
        out.write_all(CONTENT_END.as_bytes())?;
        out.flush()?;
    }
    Ok(zip.finish()?.into_inner())
}
