//! `horsligne manpage [--dir DIR]`: the manual page on standard output, or
//! every page (the command's and each subcommand's) written into DIR (the
//! generator is `crate::distribution::manpage`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, CommandFactory};

use super::{Cli, Failure};
use crate::distribution::manpages;
use crate::i18n::{Lang, Message};
use crate::report::write_atomically;

#[derive(Debug, Args)]
pub struct ManpageArgs {
    /// Write every page (horsligne and each subcommand) into this directory.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub(super) fn run(args: ManpageArgs, lang: Lang) -> Result<u8, Failure> {
    let tree = Cli::command();
    let pages = manpages(tree, lang)?;
    match args.dir {
        None => {
            if let Some(main) = pages.first() {
                std::io::stdout().lock().write_all(main.roff.as_bytes())?;
            }
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
            for page in &pages {
                let path = dir.join(&page.file_name);
                write_atomically(&path, page.roff.as_bytes())
                    .with_context(|| path.display().to_string())?;
            }
            eprintln!(
                "{}",
                Message::new("manpage-written")
                    .num("count", pages.len() as f64)
                    .arg("dir", dir.display())
                    .render(lang)
            );
        }
    }
    Ok(0)
}
