//! `horsligne diff`: what changed between two catalogues, and whether a
//! procedure lost a way of being done without the internet (exit 1).

use std::path::PathBuf;

use clap::Args;

use super::args::{CatalogArgs, FormatsArgs};
use super::{output, Failure, EXIT_FINDINGS};
use crate::catalog;
use crate::diagnostic::Diagnostics;
use crate::diff::output::{DiffContext, DiffFormat};
use crate::diff::ChangeKind;
use crate::i18n::{Lang, Message};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// BASE HEAD: two catalogue files or directories. With --git-base: only HEAD
    /// (default `catalog`).
    #[arg(value_name = "PATH", num_args = 0..=2)]
    pub paths: Vec<PathBuf>,
    /// Compare HEAD with the catalogue at this git revision (e.g. origin/main),
    /// read from git without any checkout.
    #[arg(long, value_name = "REV")]
    pub git_base: Option<String>,
    #[command(flatten)]
    pub to: FormatsArgs<DiffFormat>,
    /// Accept regressions of this kind (e.g. exemption_added): reported as notices (repeatable).
    #[arg(long = "accept", value_name = "KIND")]
    pub accept: Vec<String>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

pub fn run(args: DiffArgs, lang: Lang) -> Result<u8, Failure> {
    let options = args.catalog.load_options();
    let unknown: Vec<Message> = args
        .accept
        .iter()
        .filter(|kind| !ChangeKind::NAMES.contains(&kind.as_str()))
        .flat_map(|kind| {
            let help = crate::diagnostic::suggestion(kind, ChangeKind::NAMES.iter().copied());
            std::iter::once(Message::new("diff-unknown-kind").arg("kind", kind)).chain(help)
        })
        .collect();
    if !unknown.is_empty() {
        return Err(Failure::Usage(unknown));
    }
    let plan = args.to.plan(
        &args.paths.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
        &[],
    )?;
    let (base, head, context) = match (&args.git_base, args.paths.as_slice()) {
        (Some(revision), paths) if paths.len() <= 1 => {
            let head_path = paths.first().cloned().unwrap_or_else(|| "catalog".into());
            let base = crate::diff::git::open_at_revision(&head_path, revision, &options);
            let head = catalog::open(&head_path, &options);
            let context = DiffContext {
                base: format!("{revision}:{}", head_path.display()),
                head: head_path.display().to_string(),
                lang,
            };
            (base, head, context)
        }
        (None, [base_path, head_path]) => (
            catalog::open(base_path, &options),
            catalog::open(head_path, &options),
            DiffContext {
                base: base_path.display().to_string(),
                head: head_path.display().to_string(),
                lang,
            },
        ),
        (Some(_), _) => return Err(Failure::usage(Message::new("diff-usage-git"))),
        (None, _) => return Err(Failure::usage(Message::new("diff-usage-paths"))),
    };
    let (base, head) = match (base, head) {
        (Ok(b), Ok(h)) => (b, h),
        (b, h) => {
            let mut diagnostics = Diagnostics::default();
            for d in [b.err(), h.err()].into_iter().flatten() {
                diagnostics.extend(d);
            }
            return Err(Failure::Input(diagnostics));
        }
    };
    let mut changes = crate::diff::compare(&base, &head);
    changes.accept(&args.accept.iter().cloned().collect());
    output::execute(&plan, &mut |format, _, out| {
        let text = crate::diff::output::render(&changes, format, &context)?;
        Ok(out.write_all(text.as_bytes())?)
    })?;
    if plan.stdout_format() != Some(DiffFormat::Table) {
        output::stderr_line(&crate::diff::output::summary(&changes, &context));
    }
    Ok(if changes.has_regressions() {
        EXIT_FINDINGS
    } else {
        0
    })
}
