//! `horsligne guide`: the residents' guide.

use clap::Args;

use super::args::{CatalogArgs, CatalogPath, OutputFile};
use super::{output, Failure};
use crate::catalog;
use crate::i18n::Lang;
use crate::output_plan::Replace;

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
    let plan = output::single_plan(
        args.output.output.as_deref(),
        &[args.path.path.as_path()],
        Replace::Allowed,
    )?;
    let catalog = catalog::open(&args.path.path, &args.catalog.load_options())?;
    let langs = crate::guide::languages(&catalog, asked, lang);
    let text = crate::guide::render_in(&catalog, &langs);
    output::write_single(&plan, &text)?;
    Ok(0)
}
