//! `--format xlsx=FILE`: the audit as a workbook for council staff who filter
//! findings in a spreadsheet: a sheet of procedures with their channels and
//! verdicts, a sheet of findings; headers frozen, filters on.

use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet, XlsxError};

use super::model::Report;
use super::view::{self, View};
use super::{RenderOptions, Reporter};
use crate::catalog::ChannelKind;
use crate::catalog::ChannelMark;

pub struct XlsxReporter;

fn header_row(sheet: &mut Worksheet, headers: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as ColNum, header, bold)?;
        sheet.set_column_width(
            c as ColNum,
            (header.chars().count() as f64 + 4.0).clamp(10.0, 50.0),
        )?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn mark_key(mark: ChannelMark) -> &'static str {
    match mark {
        ChannelMark::Offline => "xlsx-offline",
        ChannelMark::Limited => "xlsx-limited",
        ChannelMark::Absent => "xlsx-absent",
    }
}

/// The workbook's bytes.
pub fn workbook(report: &Report, options: &RenderOptions) -> Result<Vec<u8>, XlsxError> {
    let v = View::new(report, options.lang);
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();

    // Both sheets are written row after row: each row goes to a temporary
    // file as the next begins, so a large audit's cells are not all held.
    let procedures = book.add_worksheet_with_constant_memory();
    procedures.set_name(v.t("xlsx-sheet-procedures"))?;
    let mut headers: Vec<String> = [
        "csv-procedure",
        "csv-title",
        "csv-service",
        "csv-access",
        "csv-compliant",
    ]
    .iter()
    .map(|k| v.t(k))
    .collect();
    headers.extend(ChannelKind::ALL.iter().map(|k| v.t(k.label_key())));
    headers.push(v.t("xlsx-findings-count"));
    header_row(procedures, &headers, &bold)?;
    for (r, p) in report.procedures.iter().enumerate() {
        let r = r as RowNum + 1;
        procedures.write_string(r, 0, &p.id)?;
        procedures.write_string(r, 1, &p.title)?;
        procedures.write_string(r, 2, p.service.as_deref().unwrap_or_default())?;
        procedures.write_string(r, 3, v.access(p))?;
        if view::is_audited(p) {
            procedures.write_string(r, 4, v.t(if p.compliant { "rp-yes" } else { "rp-no" }))?;
        }
        for (i, kind) in ChannelKind::ALL.iter().enumerate() {
            let mark = p.channels.get(kind).copied().unwrap_or(ChannelMark::Absent);
            procedures.write_string(r, 5 + i as ColNum, v.t(mark_key(mark)))?;
        }
        let count = v
            .findings_by_procedure
            .get(p.id.as_str())
            .map_or(0, |f| f.len());
        procedures.write_number(r, 5 + ChannelKind::ALL.len() as ColNum, count as f64)?;
    }
    procedures.autofilter(
        0,
        0,
        report.procedures.len().max(1) as RowNum,
        headers.len() as ColNum - 1,
    )?;

    let findings = book.add_worksheet_with_constant_memory();
    findings.set_name(v.t("xlsx-sheet-findings"))?;
    let headers: Vec<String> = [
        "csv-procedure",
        "csv-rule",
        "csv-severity",
        "csv-step",
        "csv-message",
        "csv-citation",
        "csv-file",
        "csv-line",
        "csv-exempted",
        "csv-fingerprint",
    ]
    .iter()
    .map(|k| v.t(k))
    .collect();
    header_row(findings, &headers, &bold)?;
    for (r, f) in report.findings.iter().enumerate() {
        let r = r as RowNum + 1;
        findings.write_string(r, 0, f.procedure.as_deref().unwrap_or_default())?;
        findings.write_string(r, 1, f.rule.as_str())?;
        findings.write_string(r, 2, v.t(view::severity_key(f.severity)))?;
        findings.write_string(r, 3, f.step.as_deref().unwrap_or_default())?;
        findings.write_string(r, 4, f.message_in(options.lang))?;
        findings.write_string(r, 5, &*f.citation)?;
        findings.write_string(r, 6, &*f.location.file)?;
        findings.write_number(r, 7, f.location.line as f64)?;
        findings.write_string(
            r,
            8,
            v.t(if f.exempted.is_some() {
                "rp-yes"
            } else {
                "rp-no"
            }),
        )?;
        findings.write_string(r, 9, &f.fingerprint)?;
    }
    findings.set_column_width(4, 80)?;
    findings.autofilter(
        0,
        0,
        report.findings.len().max(1) as RowNum,
        headers.len() as ColNum - 1,
    )?;
    book.save_to_buffer()
}

impl Reporter for XlsxReporter {
    /// A workbook is not text: `render` is refused, `write` gives the bytes.
    fn render(&self, _report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        anyhow::bail!("{}", crate::i18n::t(options.lang, "xlsx-needs-file"))
    }

    fn write(
        &self,
        report: &Report,
        options: &RenderOptions,
        out: &mut dyn std::io::Write,
    ) -> anyhow::Result<()> {
        out.write_all(&workbook(report, options)?)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_workbook_has_both_sheets_and_reads_back() {
        let catalog =
            crate::catalog::open(std::path::Path::new("catalog"), &Default::default()).unwrap();
        let library = crate::packs::Library::load(&[]).unwrap();
        let policy = library
            .select(&catalog.authority, &Default::default())
            .unwrap();
        let audit = crate::audit::run(&catalog, &policy, &crate::audit::AuditOptions::on(None));
        let report = Report::from_audit(&audit, Lang::Fr);
        let bytes = workbook(
            &report,
            &RenderOptions {
                lang: Lang::Fr,
                color: false,
            },
        )
        .unwrap();
        use calamine::Reader;
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(
            book.sheet_names(),
            vec!["Démarches".to_owned(), "Constats".to_owned()]
        );
        let findings = book.worksheet_range("Constats").unwrap();
        assert_eq!(findings.height(), report.findings.len() + 1);
    }
}
