//! `horsligne guide`: the residents' guide.

use clap::Args;

use super::args::{CatalogArgs, CatalogPath, OutputFile};
use super::{output, Failure};
use crate::catalog;
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[command(flatten)]
    pub path: CatalogPath,
    #[command(flatten)]
    pub output: OutputFile,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub fn run(args: GuideArgs, lang: Lang, asked: Option<Lang>) -> Result<u8, Failure> {
    output::check_outputs(&args.output.files(), &[args.path.path.as_path()])?;
    let catalog = catalog::open(&args.path.path, &args.catalog.load_options())?;
    let langs = crate::guide::languages(&catalog, asked, lang);
    let text = crate::guide::render_in(&catalog, &langs);
    output::to_file_or_stdout(args.output.output.as_deref(), &text)?;
    Ok(0)
}
