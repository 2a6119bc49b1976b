//! `horsligne audit`: the catalogue against the rule packs.

use std::path::{Path, PathBuf};

use clap::Args;

use super::args::{CatalogArgs, CatalogPath, PackArgs, ReportOutput, TodayArg};
use super::{output, Failure, EXIT_FINDINGS};
use crate::audit::{self, AuditOptions};
use crate::catalog;
use crate::diagnostic::Diagnostics;
use crate::i18n::Lang;
use crate::output_plan::Plan;
use crate::packs::Library;
use crate::report::fail::FailPolicy;
use crate::report::model::Report;
use crate::report::Format;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub path: CatalogPath,
    #[command(flatten)]
    pub out: ReportOutput,
    #[command(flatten)]
    pub today: TodayArg,
    /// Fail only on findings not in this baseline (`horsligne baseline create`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record this audit in a history database (`horsligne history`).
    #[arg(long, value_name = "FILE.sqlite")]
    pub history: Option<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

impl AuditArgs {
    /// What the run reads, and so must never write over.
    pub fn inputs(&self) -> Vec<&Path> {
        let mut inputs = vec![self.path.path.as_path()];
        inputs.extend(self.baseline.as_deref());
        inputs.extend(self.history.as_deref());
        inputs.extend(self.packs.rules.rules_dirs.iter().map(PathBuf::as_path));
        inputs
    }
}

pub fn run(args: AuditArgs, lang: Lang) -> Result<u8, Failure> {
    let plan = output::report_plan(&args.out, &args.inputs())?;
    let (catalog, policy) = load_audited(&args.path.path, &args.catalog, &args.packs, None)?;
    let fail_policy = args.out.fail.policy(None);
    let references = args
        .history
        .as_ref()
        .map(|_| crate::survey::references_of(&catalog));
    let catalog_info = crate::report::model::CatalogJson::of(&catalog);
    let audit = audit::run_owned(catalog, &policy, &AuditOptions::on(args.today.today));
    let mut report = report_of_audit(catalog_info, audit, fail_policy, lang);
    emit_report(&args, &mut report, &plan, lang)?;
    if let Some(references) = references {
        super::survey::record_audit(&args, &references, &report, lang)?;
    }
    let report = exit_without_freeing(report);
    Ok(exit_code(report))
}

/// 1 when the report fails its policy (recorded in it), else 0.
pub fn exit_code(report: &Report) -> u8 {
    let fails = report
        .fail_policy
        .as_ref()
        .is_some_and(|policy| policy.fails(report));
    if fails {
        EXIT_FINDINGS
    } else {
        0
    }
}

/// The catalogue at `path` and the rules that apply to it (with `also`, a pack
/// the command always applies): where `audit`, `verify` and `baseline` start.
pub fn load_audited(
    path: &Path,
    catalog_args: &CatalogArgs,
    packs: &PackArgs,
    also: Option<&str>,
) -> Result<(catalog::Catalog, crate::packs::Policy), Failure> {
    let library = Library::load(&packs.rules.rules_dirs)?;
    let catalog = catalog::open(path, &catalog_args.load_options())?;
    let mut selection = packs.selection();
    if let Some(id) = also.filter(|id| !selection.packs.iter().any(|p| p == id)) {
        selection.packs.push(id.to_owned());
    }
    let policy = library.select(&catalog.authority, &selection)?;
    Ok((catalog, policy))
}

/// The report of an audit, with the policy that decides its exit code. On a
/// large catalogue only one representation stays alive: the catalogue is
/// freed on another thread while the report is built (the process may exit
/// before it is done), and the audit's strings move into the report.
pub fn report_of(
    catalog: catalog::Catalog,
    audit: audit::Audit,
    fail_policy: FailPolicy,
    lang: Lang,
) -> Report {
    let catalog_info = crate::report::model::CatalogJson::of(&catalog);
    free_in_background(catalog);
    report_of_audit(catalog_info, audit, fail_policy, lang)
}

/// The report of an audit that already consumed its catalogue
/// (`audit::run_owned`): the audit's strings move into the report.
pub fn report_of_audit(
    catalog_info: crate::report::model::CatalogJson,
    audit: audit::Audit,
    fail_policy: FailPolicy,
    lang: Lang,
) -> Report {
    let fail_policy = fail_policy.for_rules(&audit.rules);
    let mut report = Report::from_owned_audit(audit, lang);
    report.catalog = Some(catalog_info);
    report.fail_policy = Some(fail_policy);
    report
}

fn free_in_background<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// The last large value of a run is not freed piece by piece: the process is
/// about to exit and the system takes the memory back at once.
pub fn exit_without_freeing<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Applies the baseline, then renders `report` in every format asked (shared
/// by `audit` and `verify`).
pub fn emit_report(
    args: &AuditArgs,
    report: &mut Report,
    plan: &Plan<Format>,
    lang: Lang,
) -> Result<(), Failure> {
    if let Some(file) = &args.baseline {
        let baseline = crate::report::baseline::Baseline::read(file)
            .map_err(|e| Failure::Input(Diagnostics(vec![e.diagnostic()])))?;
        baseline.apply(report, file);
    }
    report.set_author(args.out.author.as_deref());
    output::emit(report, &args.out, plan, lang)
}
