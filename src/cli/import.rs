//! `horsligne import SHEET --output DIR [--into CATALOG]`: arguments and
//! wiring; the work is in `crate::spreadsheet`.

use std::path::PathBuf;

use clap::Args;

use super::args::CatalogArgs;
use super::Failure;
use crate::catalog::{self, LoadOptions};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};
use crate::spreadsheet::{self, import};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The workbook: .xlsx, .ods, or a directory of CSV files written by `export --format csv`.
    pub sheet: PathBuf,
    /// Directory to write `catalogue.yaml` in (an existing file is never overwritten).
    #[arg(long, short)]
    pub output: PathBuf,
    /// An existing catalogue whose fields the template does not hold (inline
    /// contact fields of channels) are kept in the imported one.
    #[arg(long, value_name = "CATALOG")]
    pub into: Option<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub(super) fn run(args: ImportArgs, lang: Lang) -> Result<u8, Failure> {
    let target = import::target(&args.output);
    let refuse = |key: &'static str, path: &std::path::Path| {
        Failure::Input(Diagnostics(vec![Diagnostic::new(
            "import",
            0,
            0,
            Message::new(key).arg("path", path.display()),
        )]))
    };
    if crate::files::occupied(&target) {
        return Err(refuse("import-exists", &target));
    }
    let workbook = spreadsheet::read::read(&args.sheet)?;
    let import::Imported {
        catalog: mut imported,
        notes,
    } = import::from_workbook(&args.sheet, workbook)?;
    for note in &notes.0 {
        super::output::stderr_line(&note.render_note(lang));
    }
    if let Some(existing) = &args.into {
        let options = LoadOptions {
            max_file_bytes: args.catalog.max_file_size,
        };
        let raw = catalog::load::load(existing, &options)?;
        import::keep_from(&mut imported, &spreadsheet::merged(&raw));
    }
    let text = import::to_yaml(&imported).map_err(|e| {
        Failure::Other(anyhow::anyhow!(
            "{}",
            Message::new("import-serialise")
                .arg("error", e)
                .render(lang)
        ))
    })?;
    // Each form of the catalogue is let go once the next is made: an import
    // of 100,000 procedures must not hold the catalogue and its YAML at once.
    let procedures = imported.procedures.len();
    drop(imported);
    // What is written must load. Without `--into`, `from_workbook` validated
    // this very catalogue in memory (references, hours, numbers): the text
    // is only parsed back, not validated a second time (which would hold
    // the catalogue twice more). With `--into`, fields were added since.
    let written = match args.into {
        Some(_) => catalog::from_str(&target.display().to_string(), &text).map(drop),
        None => catalog::load::parse_catalog_file(&target, &text).map(drop),
    };
    if let Err(mut diagnostics) = written {
        diagnostics.push(Diagnostic::new(
            &args.sheet,
            0,
            0,
            Message::new("import-invalid"),
        ));
        return Err(Failure::Input(diagnostics));
    }
    match crate::init::write_new(&args.output, &text) {
        Ok(_) => {}
        Err(crate::init::WriteError::Exists(path)) => return Err(refuse("import-exists", &path)),
        Err(crate::init::WriteError::Io { path, error }) => {
            return Err(Failure::Other(anyhow::anyhow!(
                "{}: {error}",
                path.display()
            )))
        }
    }
    super::output::stderr_line(
        &Message::new("import-written")
            .arg("path", target.display())
            .arg("procedures", procedures)
            .render(lang),
    );
    Ok(0)
}
