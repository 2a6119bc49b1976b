//! `horsligne baseline`: accept today's findings, so CI fails only on new ones.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::args::{CatalogArgs, CatalogPath, PackArgs, TodayArg};
use super::audit::{load_audited, report_of};
use super::{output, Failure};
use crate::audit::{self, AuditOptions};
use crate::diagnostic::Diagnostics;
use crate::i18n::{Lang, Message};
use crate::output_plan::Replace;
use crate::report::baseline::Baseline;
use crate::report::fail::FailPolicy;

#[derive(Debug, Args)]
pub struct BaselineArgs {
    #[command(subcommand)]
    pub command: BaselineCommand,
}

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write the fingerprints of today's findings (refuses to replace an existing file).
    Create(BaselineTarget),
    /// Add today's new findings to the baseline, keeping its entries.
    Update {
        #[command(flatten)]
        target: BaselineTarget,
        /// Also drop entries that no longer match any finding.
        #[arg(long)]
        prune: bool,
    },
}

/// The catalogue audited and the baseline file written.
#[derive(Debug, Args)]
pub struct BaselineTarget {
    #[command(flatten)]
    pub path: CatalogPath,
    /// The baseline file, written atomically.
    #[arg(long = "output", short = 'o', value_name = "FILE", default_value = crate::report::baseline::DEFAULT_FILE)]
    pub baseline_file: PathBuf,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

pub fn run(args: BaselineArgs, lang: Lang) -> Result<u8, Failure> {
    let (target, update) = match args.command {
        BaselineCommand::Create(target) => (target, None),
        BaselineCommand::Update { target, prune } => (target, Some(prune)),
    };
    let file = target.baseline_file.as_path();
    let mut inputs = vec![target.path.path.as_path()];
    inputs.extend(target.packs.rules.rules_dirs.iter().map(PathBuf::as_path));
    let plan = output::single_plan(Some(file), &inputs, Replace::Allowed)?;
    // The accepted findings are a decision the council committed: `create`
    // never replaces them; `update --prune` is the way to start afresh.
    if update.is_none() && file.exists() {
        return Err(Failure::Usage(vec![
            Message::new("baseline-exists").arg("path", file.display()),
            Message::new("baseline-exists-help"),
        ]));
    }
    // Nor one that appears while the audit runs.
    let plan = if update.is_none() {
        plan.never_replacing()
    } else {
        plan
    };
    let (catalog, policy) = load_audited(&target.path.path, &target.catalog, &target.packs, None)?;
    let audit = audit::run(&catalog, &policy, &AuditOptions::on(target.today.today));
    // A baseline accepts every finding, whatever would fail a run.
    let report = report_of(catalog, audit, FailPolicy::default(), lang);
    let (written, key) = match update {
        Some(prune) if file.exists() => {
            let old = Baseline::read(file)
                .map_err(|e| Failure::Input(Diagnostics(vec![e.diagnostic()])))?;
            (old.merged_with(&report, prune), "baseline-updated")
        }
        _ => (Baseline::from_report(&report), "baseline-created"),
    };
    output::write_single(&plan, &written.to_json())?;
    output::stderr_line(
        &Message::new(key)
            .arg("path", file.display())
            .num("count", written.entries.len() as f64)
            .render(lang),
    );
    Ok(0)
}
