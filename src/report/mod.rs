//! Reports: one module per output format, all behind `Reporter`. Every
//! reporter renders the same `model::Report` (built once from the audit, or
//! read back from a saved JSON report); none decides compliance.

pub mod baseline;
pub mod council;
pub mod csv;
pub mod fail;
pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod model;
pub mod sarif;
pub mod table;
pub mod texts;
pub mod view;
pub mod xlsx;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;

/// How a report is rendered.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub lang: Lang,
    /// ANSI colours (a terminal that wants them).
    pub color: bool,
}

pub trait Reporter {
    fn render(&self, report: &model::Report, options: &RenderOptions) -> anyhow::Result<String>;

    /// Writes the rendering to `out`. Formats that can stream (JSON) override
    /// this, so a 100,000-procedure report never sits whole in memory.
    fn write(
        &self,
        report: &model::Report,
        options: &RenderOptions,
        out: &mut dyn Write,
    ) -> anyhow::Result<()> {
        out.write_all(self.render(report, options)?.as_bytes())?;
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal (default).
    Table,
    /// The machine-readable report (docs/report-json.md).
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards (docs/ci.md).
    Sarif,
    /// JUnit XML, for CI test reports (docs/ci.md).
    Junit,
    /// GitHub Actions annotations on the catalogue's lines (+ job summary).
    Github,
    /// Markdown: for an article or a pull request (docs/reports.md).
    Markdown,
    /// One self-contained HTML page, printable on A4 (docs/reports.md).
    Html,
    /// One row per procedure × finding, for spreadsheets (docs/reports.md).
    Csv,
    /// A workbook: procedures with channels and verdicts, findings; needs `xlsx=FILE`.
    Xlsx,
}

impl Format {
    pub fn reporter(self) -> Box<dyn Reporter> {
        match self {
            Format::Table => Box::new(table::TableReport),
            Format::Json => Box::new(json::JsonReporter),
            Format::Sarif => Box::new(sarif::SarifReporter),
            Format::Junit => Box::new(junit::JunitReporter),
            Format::Github => Box::new(github::GithubReporter),
            Format::Markdown => Box::new(markdown::MarkdownReporter),
            Format::Html => Box::new(html::HtmlReporter),
            Format::Csv => Box::new(csv::CsvReporter),
            Format::Xlsx => Box::new(xlsx::XlsxReporter),
        }
    }
}

/// `--format json` or `--format json=audit.json`.
pub type FormatTarget = crate::output_plan::FormatTarget<Format>;

impl crate::output_plan::OutputFormat for Format {
    fn is_binary(self) -> bool {
        self == Format::Xlsx
    }
}

/// Why a saved report cannot be rendered again.
#[derive(Debug, thiserror::Error)]
pub enum SavedReportError {
    #[error("cannot read {path}: {error}")]
    Read {
        path: PathBuf,
        error: crate::input::ReadError,
    },
    #[error("{path} is not JSON: {error}")]
    NotJson {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error("{path} is not a horsligne report (no report_version)")]
    NotReport { path: PathBuf },
    #[error(
        "{path}: report version {version} is not supported (expected {})",
        model::REPORT_VERSION
    )]
    Version { path: PathBuf, version: String },
    #[error("{path}: invalid report: {error}")]
    Invalid {
        path: PathBuf,
        error: serde_json::Error,
    },
}

impl SavedReportError {
    /// The error in the tool's words.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Self::Read { path, error } => Message::new("report-cannot-read")
                .arg("path", path.display())
                .message("error", error.message()),
            Self::NotJson { path, error } => Message::new("report-not-json")
                .arg("path", path.display())
                .message("error", crate::diagnostic::json_error(error)),
            Self::NotReport { path } => {
                Message::new("report-not-report").arg("path", path.display())
            }
            Self::Version { path, version } => Message::new("report-bad-version")
                .arg("path", path.display())
                .arg("version", version),
            Self::Invalid { path, error } => Message::new("report-invalid")
                .arg("path", path.display())
                .message("error", crate::diagnostic::json_error(error)),
        }
    }
}

/// Reads a report saved by `--format json`, refusing anything that is not a
/// version 1 report (so a renderer never works from a misread file).
pub fn load_saved(path: &Path) -> Result<model::Report, SavedReportError> {
    let text = crate::input::read_text(path, crate::input::MAX_REPORT_BYTES).map_err(|error| {
        SavedReportError::Read {
            path: path.to_path_buf(),
            error,
        }
    })?;
    parse_saved(path, &text)
}

pub fn parse_saved(path: &Path, text: &str) -> Result<model::Report, SavedReportError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|error| SavedReportError::NotJson {
            path: path.to_path_buf(),
            error,
        })?;
    match value.get("report_version") {
        None => {
            return Err(SavedReportError::NotReport {
                path: path.to_path_buf(),
            })
        }
        Some(v) if v.as_u64() != Some(u64::from(model::REPORT_VERSION)) => {
            return Err(SavedReportError::Version {
                path: path.to_path_buf(),
                version: v.to_string(),
            })
        }
        Some(_) => {}
    }
    serde_json::from_value(value).map_err(|error| SavedReportError::Invalid {
        path: path.to_path_buf(),
        error,
    })
}
