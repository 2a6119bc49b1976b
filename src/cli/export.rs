//! `horsligne export CATALOG --format xlsx|ods|csv|cpsv-ap [--output FILE]`:
//! arguments and wiring; the work is in `crate::spreadsheet` and `crate::cpsv`,
//! the writing in the output plan.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::args::{CatalogArgs, OutputFile};
use super::{output, Failure};
use crate::catalog;
use crate::i18n::{Lang, Message};
use crate::output_plan::{FormatTarget, OutputFormat, Replace};
use crate::spreadsheet::{self, SheetFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Excel workbook with drop-down lists and a notes sheet.
    Xlsx,
    /// OpenDocument spreadsheet (LibreOffice Calc).
    Ods,
    /// A directory of CSV files, one per sheet.
    Csv,
    /// CPSV-AP 3 JSON-LD (EU public-service vocabulary).
    CpsvAp,
}

impl OutputFormat for ExportFormat {
    fn is_binary(self) -> bool {
        matches!(self, ExportFormat::Xlsx | ExportFormat::Ods)
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Catalogue file or directory.
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
    /// `xlsx`, `ods`, `csv`, `cpsv-ap`, optionally with its file (`xlsx=catalogue.xlsx`).
    #[arg(long, value_name = "FORMAT[=FILE]")]
    pub format: FormatTarget<ExportFormat>,
    /// File to write (a directory for csv); standard output when absent.
    #[command(flatten)]
    pub output: OutputFile,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub(super) fn run(args: ExportArgs, lang: Lang) -> Result<u8, Failure> {
    let format = args.format.format;
    let destination = args
        .format
        .path
        .as_deref()
        .or(args.output.output.as_deref());
    // A folder of CSV files is not one output: it needs its folder, and
    // nothing else of the plan applies to it.
    let plan = if format == ExportFormat::Csv {
        if destination.is_none() {
            return Err(Failure::usage(Message::new("output-needs-folder")));
        }
        None
    } else {
        Some(output::plan(
            std::slice::from_ref(&args.format),
            args.output.output.as_deref(),
            &[args.path.as_path()],
            &[],
            Replace::Allowed,
        )?)
    };
    let raw = catalog::load::load(&args.path, &args.catalog.load_options())?;
    // The catalogue must be valid before it is shared: resolve reports every problem.
    catalog::resolve::resolve(&raw)?;
    // Taken apart, not copied: an export of 100,000 procedures holds the
    // catalogue once.
    let merged = spreadsheet::merged_owned(raw);
    match (plan, destination) {
        (Some(plan), _) => output::execute(&plan, &mut |format, _to_file, out| {
            let bytes = match format {
                ExportFormat::Xlsx => {
                    spreadsheet::workbook_bytes(&merged, SheetFormat::Xlsx, lang)?
                }
                ExportFormat::Ods => spreadsheet::workbook_bytes(&merged, SheetFormat::Ods, lang)?,
                ExportFormat::Csv | ExportFormat::CpsvAp => {
                    crate::cpsv::to_json_ld(&merged).into_bytes()
                }
            };
            Ok(out.write_all(&bytes)?)
        })?,
        (None, Some(dir)) => spreadsheet::export(&merged, SheetFormat::Csv, dir, lang)
            .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", dir.display())))?,
        (None, None) => return Err(Failure::usage(Message::new("output-needs-folder"))),
    }
    if let Some(path) = destination {
        output::stderr_line(
            &Message::new("export-written")
                .arg("path", path.display())
                .arg("procedures", merged.procedures.len())
                .render(lang),
        );
    }
    Ok(0)
}
