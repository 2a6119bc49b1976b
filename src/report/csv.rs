//! `--format csv`: one row per procedure × finding, for spreadsheets (UTF-8,
//! a header row, RFC 4180 quoting by the `csv` crate). A procedure without
//! findings still has its row, with the finding columns empty; findings about
//! the authority as a whole come last, with the procedure columns empty.

use super::model::{FindingJson, ProcedureJson, Report};
use super::view::{self, View};
use super::{RenderOptions, Reporter};
use crate::i18n::Lang;

pub struct CsvReporter;

const HEADER: [&str; 16] = [
    "csv-procedure",
    "csv-title",
    "csv-service",
    "csv-access",
    "csv-compliant",
    "csv-rule",
    "csv-severity",
    "csv-step",
    "csv-message",
    "csv-citation",
    "csv-file",
    "csv-line",
    "csv-exempted",
    "csv-exemption-reason",
    "csv-exemption-until",
    "csv-fingerprint",
];

impl Reporter for CsvReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let lang = options.lang;
        let v = View::new(report, lang);
        let writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(Vec::new());
        // Every cell through the formula guard: titles, messages and page
        // text are not ours, and a spreadsheet would run `=HYPERLINK(…)`.
        let mut writer = SafeCells(writer);
        writer.write_record(HEADER.iter().map(|k| v.t(k)))?;
        for p in &report.procedures {
            let procedure = procedure_columns(p, &v);
            match v.findings_by_procedure.get(p.id.as_str()) {
                Some(findings) => {
                    for f in findings {
                        writer.write_record(
                            procedure
                                .iter()
                                .cloned()
                                .chain(finding_columns(f, lang, &v)),
                        )?;
                    }
                }
                None => writer.write_record(
                    procedure
                        .iter()
                        .cloned()
                        .chain(std::iter::repeat_n(String::new(), HEADER.len() - 5)),
                )?,
            }
        }
        for f in &v.authority_findings {
            writer.write_record(
                std::iter::repeat_n(String::new(), 5).chain(finding_columns(f, lang, &v)),
            )?;
        }
        let bytes = writer
            .0
            .into_inner()
            .map_err(|e| anyhow::anyhow!("{}", e.error()))?;
        Ok(String::from_utf8(bytes)?)
    }
}

struct SafeCells(::csv::Writer<Vec<u8>>);

impl SafeCells {
    fn write_record<I, T>(&mut self, record: I) -> ::csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        self.0.write_record(
            record
                .into_iter()
                .map(|cell| crate::escape::spreadsheet_cell(cell.as_ref()).into_owned()),
        )
    }
}

fn procedure_columns(p: &ProcedureJson, v: &View) -> [String; 5] {
    [
        p.id.clone(),
        p.title.clone(),
        p.service.clone().unwrap_or_default(),
        v.access(p),
        if view::is_audited(p) {
            v.t(if p.compliant { "rp-yes" } else { "rp-no" })
        } else {
            String::new()
        },
    ]
}

fn finding_columns(f: &FindingJson, lang: Lang, v: &View) -> [String; 11] {
    let exemption = f.exempted.as_ref();
    [
        f.rule.to_string(),
        v.t(view::severity_key(f.severity)),
        f.step.clone().unwrap_or_default(),
        f.message_in(lang).to_owned(),
        f.citation.to_string(),
        f.location.file.to_string(),
        f.location.line.to_string(),
        v.t(if exemption.is_some() {
            "rp-yes"
        } else {
            "rp-no"
        }),
        exemption.map(|e| e.reason.clone()).unwrap_or_default(),
        exemption
            .and_then(|e| e.until)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        f.fingerprint.clone(),
    ]
}
