//! `horsligne validate`: the catalogue's structure only.

use std::path::PathBuf;

use clap::Args;

use super::args::CatalogArgs;
use super::{output, Failure};
use crate::catalog;
use crate::diagnostic::Diagnostics;
use crate::i18n::{Lang, Message};

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Catalogue files or directories.
    #[arg(default_value = "catalog")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub fn run(args: ValidateArgs, lang: Lang) -> Result<u8, Failure> {
    let options = args.catalog.load_options();
    let mut diagnostics = Diagnostics::default();
    for path in &args.paths {
        match catalog::open(path, &options) {
            Ok(c) => output::stderr_line(
                &Message::new("validate-ok")
                    .arg("path", path.display())
                    .arg("procedures", c.procedures.len())
                    .arg("files", c.files.len())
                    .render(lang),
            ),
            Err(d) => diagnostics.extend(d),
        }
    }
    if diagnostics.is_empty() {
        Ok(0)
    } else {
        Err(Failure::Input(diagnostics))
    }
}
