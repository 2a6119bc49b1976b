//! `horsligne history FILE` and `horsligne history --git CATALOGUE`: wiring
//! only; the evolution lives in `crate::history`.

use std::path::{Path, PathBuf};

use clap::Args;

use super::args::{CatalogArgs, PackArgs};
use super::{output, Failure};
use crate::history::render::{self, HistoryTarget};
use crate::history::{evolution, History};
use crate::i18n::{t, Lang, Message};
use crate::packs::Library;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "git"])))]
pub struct HistoryArgs {
    /// The history database written by `survey --history` or `audit --history`.
    pub file: Option<PathBuf>,
    /// Compute the evolution from this catalogue's git history instead (one point per commit).
    #[arg(long, value_name = "CATALOGUE")]
    pub git: Option<PathBuf>,
    /// Output format, optionally with its file: `html=evolution.html`, `json` (repeatable).
    #[arg(
        long = "format",
        short = 'f',
        value_name = "FORMAT[=FILE]",
        default_value = "table"
    )]
    pub formats: Vec<HistoryTarget>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

pub fn run(args: HistoryArgs, lang: Lang) -> Result<u8, Failure> {
    let outputs: Vec<&Path> = args
        .formats
        .iter()
        .filter_map(|f| f.path.as_deref())
        .collect();
    let mut inputs: Vec<&Path> = args
        .file
        .iter()
        .chain(args.git.iter())
        .map(PathBuf::as_path)
        .collect();
    inputs.extend(args.packs.rules.rules_dirs.iter().map(PathBuf::as_path));
    output::check_outputs(&outputs, &inputs)?;
    if args.formats.iter().filter(|f| f.path.is_none()).count() > 1 {
        return Err(Failure::Other(anyhow::anyhow!(Message::new(
            "cli-several-stdout"
        )
        .render(lang))));
    }

    let (history, shown) = if let Some(file) = &args.file {
        {
            // Reading must never create an empty database where the user
            // mistyped a name.
            if !file.is_file() {
                return Err(Failure::Other(anyhow::anyhow!(Message::new("hi-missing")
                    .arg("file", file.display())
                    .render(lang))));
            }
            let history = History::open_read_only(file)
                .map_err(|e| anyhow::anyhow!(e.message(file).render(lang)))?;
            (history, file.as_path())
        }
    } else if let Some(catalogue) = &args.git {
        {
            let library = Library::load(&args.packs.rules.rules_dirs)?;
            let load = args.catalog.load_options();
            let (history, skipped) = crate::history::git::history_of(
                catalogue,
                &library,
                &args.packs.selection(),
                &load,
                lang,
            )?;
            for s in skipped {
                output::stderr_line(
                    &Message::new("hi-git-skipped")
                        .arg("commit", &s.commit)
                        .render(lang),
                );
                for e in s.errors {
                    output::stderr_line(&e.to_string());
                }
            }
            (history, catalogue.as_path())
        }
    } else {
        // clap's argument group already asks for one of them.
        return Err(Failure::Other(anyhow::anyhow!(t(lang, "hi-needs-source"))));
    };
    let evolution =
        evolution::compute(&history).map_err(|e| anyhow::anyhow!(e.message(shown).render(lang)))?;
    for target in &args.formats {
        let text = render::render(&evolution, target.format, lang)?;
        match &target.path {
            Some(path) => output::write_file(path, &text)?,
            None => output::stdout(&text)?,
        }
    }
    Ok(0)
}
