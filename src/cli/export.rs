//! `horsligne export CATALOG --format xlsx|ods|csv|cpsv-ap --output FILE`:
//! arguments and wiring; the work is in `crate::spreadsheet` and `crate::cpsv`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::args::CatalogArgs;
use super::Failure;
use crate::catalog::{self, LoadOptions};
use crate::i18n::{Lang, Message};
use crate::spreadsheet::{self, SheetFormat};

#[derive(Debug, Clone, Copy, ValueEnum)]
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

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Catalogue file or directory.
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// File to write (a directory for csv).
    #[arg(long, short)]
    pub output: PathBuf,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub(super) fn run(args: ExportArgs, lang: Lang) -> Result<u8, Failure> {
    if !matches!(args.format, ExportFormat::Csv) {
        super::output::check_outputs(&[args.output.as_path()], &[args.path.as_path()])?;
    }
    let options = LoadOptions {
        max_file_bytes: args.catalog.max_file_size,
    };
    let raw = catalog::load::load(&args.path, &options)?;
    // The catalogue must be valid before it is shared: resolve reports every problem.
    catalog::resolve::resolve(&raw)?;
    // Taken apart, not copied: an export of 100,000 procedures holds the
    // catalogue once.
    let merged = spreadsheet::merged_owned(raw);
    let format = match args.format {
        ExportFormat::Xlsx => SheetFormat::Xlsx,
        ExportFormat::Ods => SheetFormat::Ods,
        ExportFormat::Csv => SheetFormat::Csv,
        ExportFormat::CpsvAp => {
            let text = crate::cpsv::to_json_ld(&merged);
            super::output::write_file(&args.output, &text)?;
            super::output::stderr_line(
                &Message::new("export-written")
                    .arg("path", args.output.display())
                    .arg("procedures", merged.procedures.len())
                    .render(lang),
            );
            return Ok(0);
        }
    };
    spreadsheet::export(&merged, format, &args.output, lang)
        .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", args.output.display())))?;
    super::output::stderr_line(
        &Message::new("export-written")
            .arg("path", args.output.display())
            .arg("procedures", merged.procedures.len())
            .render(lang),
    );
    Ok(0)
}
