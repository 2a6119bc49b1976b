//! `horsligne report`: a saved JSON report, rendered again without auditing.

use std::path::PathBuf;

use clap::Args;

use super::args::ReportOutput;
use super::{audit, output, Failure};
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A report saved with `horsligne audit --format json=audit.json`.
    pub report: PathBuf,
    #[command(flatten)]
    pub out: ReportOutput,
}

pub fn run(args: ReportArgs, lang: Lang) -> Result<u8, Failure> {
    let plan = output::report_plan(&args.out, &[args.report.as_path()])?;
    let mut report = crate::report::load_saved(&args.report)
        .map_err(|e| anyhow::anyhow!(e.message().render(lang)))?;
    // The run that saved the report decided its exit code with this policy;
    // what the command line says now takes precedence.
    report.fail_policy = Some(args.out.fail.policy(report.fail_policy.take()));
    report.set_author(args.out.author.as_deref());
    output::emit(&report, &args.out, &plan, lang)?;
    Ok(audit::exit_code(&report))
}
