//! `horsligne history FILE` and `horsligne history --git CATALOGUE`: wiring
//! only; the evolution lives in `crate::history`.

use std::path::{Path, PathBuf};

use clap::Args;

use super::args::{CatalogArgs, FormatsArgs, PackArgs};
use super::{output, Failure};
use crate::history::render::{self, HistoryFormat};
use crate::history::stream::{self, StreamError};
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
    #[command(flatten)]
    pub to: FormatsArgs<HistoryFormat>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

pub fn run(args: HistoryArgs, lang: Lang) -> Result<u8, Failure> {
    let mut inputs: Vec<&Path> = args
        .file
        .iter()
        .chain(args.git.iter())
        .map(PathBuf::as_path)
        .collect();
    inputs.extend(args.packs.rules.rules_dirs.iter().map(PathBuf::as_path));
    let plan = args.to.plan(&inputs, &[])?;

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
    let unreadable =
        |e: crate::history::HistoryError| anyhow::anyhow!(e.message(shown).render(lang));
    // JSON is written while the database is read (a large history never
    // sits whole in memory); the table and the page need the evolution built.
    let evolution = if plan.targets.iter().any(|t| t.format != HistoryFormat::Json) {
        Some(evolution::compute(&history).map_err(unreadable)?)
    } else {
        None
    };
    output::execute(
        &plan,
        &mut |format, _to_file, out| match (format, &evolution) {
            (HistoryFormat::Json, _) => stream::write_json(&history, out).map_err(|e| match e {
                StreamError::History(e) => unreadable(e),
                StreamError::Write(e) => e.into(),
            }),
            (_, Some(evolution)) => {
                Ok(out.write_all(render::render(evolution, format, lang)?.as_bytes())?)
            }
            (_, None) => Err(anyhow::anyhow!(t(lang, "hi-needs-source"))),
        },
    )?;
    Ok(0)
}
