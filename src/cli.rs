//! The command line: clap definitions, wiring and exit codes. No business
//! logic lives here: it loads, resolves, selects, audits and reports by
//! calling the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::audit::{self, AuditOptions};
use crate::catalog::{self, LoadOptions};
use crate::diagnostic::Diagnostics;
use crate::diff::output::{DiffContext, DiffFormat};
use crate::i18n::{t, Lang, Message};
use crate::packs::{Library, PackStatus, Selection, Severity, SeverityOverride};
use crate::report::model::Report;
use crate::report::{self, Format, FormatTarget, RenderOptions};
use crate::{docs, schema};

mod completions;
mod manpage;

/// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or input error.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_INPUT: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "horsligne",
    version,
    about = "Audite le droit au non-numérique : chaque démarche doit pouvoir se faire sans internet.\nAudits the right to non-digital access: every procedure must be possible without the internet.",
    after_help = "Codes de sortie / exit codes: 0 = conforme / clean, 1 = constats au seuil / findings at the threshold, 2 = erreur d'usage ou d'entrée / usage or input error."
)]
pub struct Cli {
    /// Langue des messages et rapports / language of messages and reports.
    #[arg(long, global = true, value_enum, default_value_t = Lang::Fr, env = "HORSLIGNE_LANG")]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audit a catalogue against the rule packs (default: the shipped `catalog/`).
    Audit(AuditArgs),
    /// Check a catalogue's structure only (fast; for editors and pre-commit).
    Validate(ValidateArgs),
    /// Fetch each procedure's public pages and compare them with the catalogue,
    /// then audit with that evidence (docs/verify.md).
    Verify(VerifyArgs),
    /// List and explain the rules of the packs.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Accept today's findings: write or update the baseline file used by `audit --baseline`.
    Baseline {
        #[command(subcommand)]
        command: BaselineCommand,
    },
    /// Compare two catalogues (or the catalogue with its version at a git revision):
    /// exit 1 when a procedure loses a way of being done without the internet.
    Diff(DiffArgs),
    /// Render a saved JSON report in any format, without auditing again.
    Report(ReportArgs),
    /// Write the residents' guide: how to do each procedure without the internet.
    Guide(GuideArgs),
    /// Print a JSON Schema: the catalogue format, the JSON report or the pack format.
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
    /// Write a shell's completion script (bash, zsh, fish, powershell) to standard output.
    Completions(completions::CompletionsArgs),
    /// Write the manual page (roff) to standard output, or every page into a directory.
    Manpage(manpage::ManpageArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaKind {
    Catalog,
    Report,
    Pack,
}

#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// Largest catalogue file accepted, in bytes.
    #[arg(long, default_value_t = catalog::load::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_size: u64,
}

#[derive(Debug, Args)]
pub struct PackArgs {
    /// Add a rule pack by id (repeatable); e.g. an opt-in advocacy pack.
    #[arg(long = "pack", value_name = "ID")]
    pub packs: Vec<String>,
    /// Only the packs given with --pack.
    #[arg(long)]
    pub no_default_packs: bool,
    /// A directory of your own packs (repeatable); they work like shipped ones.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules_dirs: Vec<PathBuf>,
    /// Also apply packs of bills (status `bill`).
    #[arg(long)]
    pub preview: bool,
    /// Report findings even where the catalogue has an exemption (for associations).
    #[arg(long)]
    pub ignore_exemptions: bool,
    /// Make a rule an error (repeatable).
    #[arg(long = "deny", short = 'D', value_name = "RULE")]
    pub deny: Vec<String>,
    /// Make a rule a warning (repeatable).
    #[arg(long = "warn", short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,
    /// Do not run a rule (repeatable).
    #[arg(long = "allow", short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,
}

impl PackArgs {
    fn selection(&self) -> Selection {
        let mut overrides = std::collections::BTreeMap::new();
        for (ids, o) in [
            (&self.warn, SeverityOverride::Set(Severity::Warning)),
            (&self.deny, SeverityOverride::Set(Severity::Error)),
            (&self.allow, SeverityOverride::Allow),
        ] {
            for id in ids {
                overrides.insert(id.to_ascii_uppercase(), o);
            }
        }
        Selection {
            packs: self.packs.clone(),
            no_default_packs: self.no_default_packs,
            preview: self.preview,
            ignore_exemptions: self.ignore_exemptions,
            overrides,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// A catalogue file or directory.
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
    #[command(flatten)]
    pub out: ReportOutput,
    /// Audit as of this date (YYYY-MM-DD): exemption expiry and review age.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
    /// Fail only on findings not in this baseline (`horsligne baseline create`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write the fingerprints of today's findings (refuses to replace an existing file).
    Create(BaselineArgs),
    /// Add today's new findings to the baseline, keeping its entries.
    Update {
        #[command(flatten)]
        args: BaselineArgs,
        /// Also drop entries that no longer match any finding.
        #[arg(long)]
        prune: bool,
    },
}

#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// A catalogue file or directory.
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
    /// The baseline file, written atomically.
    #[arg(long, short = 'o', value_name = "FILE", default_value = crate::baseline::DEFAULT_FILE)]
    pub output: PathBuf,
    /// Audit as of this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A report saved with `horsligne audit --format json=audit.json`.
    pub report: PathBuf,
    #[command(flatten)]
    pub out: ReportOutput,
}

/// Where and how a report is written, and which findings make the exit code 1:
/// the same for `audit`, `verify` and `report`.
#[derive(Debug, Args)]
pub struct ReportOutput {
    /// Output format, optionally with its file: `html`, `json=audit.json` (repeatable).
    #[arg(
        long = "format",
        short = 'f',
        value_name = "FORMAT[=FILE]",
        default_value = "table"
    )]
    pub formats: Vec<FormatTarget>,
    /// Write the (single) report to this file, atomically, instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl AuditArgs {
    /// What the run reads, and so must never write over.
    fn inputs(&self) -> Vec<&Path> {
        let mut inputs = vec![self.path.as_path()];
        inputs.extend(self.baseline.as_deref());
        inputs.extend(self.packs.rules_dirs.iter().map(PathBuf::as_path));
        inputs
    }
}

impl ReportOutput {
    /// The files this run will write: every `--format X=FILE`, and `--output`.
    fn files(&self) -> Vec<&Path> {
        self.formats
            .iter()
            .filter_map(|f| f.path.as_deref())
            .chain(self.output.as_deref())
            .collect()
    }
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// A catalogue file or directory.
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
    /// Write the guide (HTML) to this file, atomically, instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub audit: AuditArgs,
    #[command(flatten)]
    pub crawl: CrawlArgs,
}

/// How `verify` fetches pages: politely, safely, with a cache.
#[derive(Debug, Args)]
pub struct CrawlArgs {
    /// Requests under way at once, all hosts together.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..))]
    pub concurrency: u16,
    /// Requests under way at once to one host.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..))]
    pub per_host: u16,
    /// Minimum time between two requests to one host, in milliseconds.
    #[arg(long, default_value_t = 500, value_name = "MS")]
    pub interval_ms: u64,
    /// Time allowed for one request (headers and body), in seconds.
    #[arg(long, default_value_t = 20, value_name = "SECONDS")]
    pub timeout: u64,
    /// Largest page read, in bytes; a larger page is inconclusive.
    #[arg(long, default_value_t = 5 * 1024 * 1024, value_name = "BYTES")]
    pub max_body: usize,
    /// Further attempts after a 5xx, 408, 429 or a timeout (Retry-After is honoured).
    #[arg(long, default_value_t = 2)]
    pub retries: u32,
    /// The User-Agent sent (say who you are and how to reach you).
    #[arg(long, default_value_t = crate::verify::fetch::default_user_agent())]
    pub user_agent: String,
    /// Allow private, loopback and link-local addresses (tests, intranets).
    #[arg(long)]
    pub allow_private: bool,
    /// Do not apply this host's robots.txt (repeatable; one host each time).
    #[arg(long = "ignore-robots", value_name = "HOST")]
    pub ignore_robots: Vec<String>,
    /// Keep fetched pages in this directory and reuse them.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Age after which a cached page is revalidated (ETag / Last-Modified), in seconds.
    #[arg(long, default_value_t = 86_400, value_name = "SECONDS")]
    pub cache_max_age: u64,
    /// Read pages from the cache only, never from the network.
    #[arg(long)]
    pub offline: bool,
    /// A file of extra online-only phrases (format of data/verify-phrases.yaml; repeatable).
    #[arg(long = "phrases", value_name = "FILE")]
    pub phrases: Vec<PathBuf>,
    /// Pages that could not be verified count towards the exit code.
    #[arg(long)]
    pub strict: bool,
}

impl CrawlArgs {
    fn fetch_options(&self) -> crate::verify::FetchOptions {
        use std::time::Duration;
        crate::verify::FetchOptions {
            user_agent: self.user_agent.clone(),
            timeout: Duration::from_secs(self.timeout),
            max_body_bytes: self.max_body,
            retries: self.retries,
            concurrency: usize::from(self.concurrency),
            per_host: usize::from(self.per_host),
            interval: Duration::from_millis(self.interval_ms),
            allow_private: self.allow_private,
            ignore_robots: self.ignore_robots.clone(),
            cache_dir: self.cache.clone(),
            cache_max_age: Duration::from_secs(self.cache_max_age),
            offline: self.offline,
            ..crate::verify::FetchOptions::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Catalogue files or directories.
    #[arg(default_value = "catalog")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

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
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Write the output to this file, atomically, instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Accept regressions of this kind (e.g. exemption_added): reported as notices (repeatable).
    #[arg(long = "accept", value_name = "KIND")]
    pub accept: Vec<String>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List rules, optionally filtered.
    List {
        #[arg(long = "pack", value_name = "ID")]
        pack: Option<String>,
        #[arg(long, value_enum)]
        status: Option<PackStatus>,
        #[arg(long, value_enum)]
        severity: Option<Severity>,
        #[arg(long = "rules", value_name = "DIR")]
        rules_dirs: Vec<PathBuf>,
    },
    /// Explain a rule: what it requires, why, its legal basis, how to fix.
    Explain {
        /// Rule id (e.g. NN-PHONE) or slug.
        id: String,
        #[arg(long = "rules", value_name = "DIR")]
        rules_dirs: Vec<PathBuf>,
    },
    /// Print the documentation of every pack and rule as Markdown (docs/rules.md).
    Docs {
        #[arg(long = "rules", value_name = "DIR")]
        rules_dirs: Vec<PathBuf>,
    },
    /// Run every rule's examples: the failing one must trigger it, the passing one not.
    Test {
        #[arg(long = "rules", value_name = "DIR")]
        rules_dirs: Vec<PathBuf>,
    },
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang;
    match dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Input(diagnostics)) => {
            eprintln!("{}", diagnostics.render(lang));
            ExitCode::from(EXIT_INPUT)
        }
        Err(Failure::Other(error)) => {
            eprintln!("{}: {error:#}", t(lang, "diag-error"));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

enum Failure {
    Input(Diagnostics),
    Other(anyhow::Error),
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Self {
        Failure::Input(d)
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Other(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Other(e.into())
    }
}

fn dispatch(cli: Cli) -> Result<u8, Failure> {
    let lang = cli.lang;
    match cli.command {
        Command::Audit(args) => audit(args, lang),
        Command::Validate(args) => validate(args, lang),
        Command::Verify(args) => verify(args, lang),
        Command::Rules { command } => rules(command, lang),
        Command::Diff(args) => diff(args, lang),
        Command::Report(args) => render_saved(args, lang),
        Command::Guide(args) => guide(args, lang),
        Command::Baseline { command } => baseline(command, lang),
        Command::Completions(args) => completions::run(args, lang),
        Command::Manpage(args) => manpage::run(args, lang),
        Command::Schema { which } => {
            let schema = match which {
                SchemaKind::Catalog => schema::catalog(),
                SchemaKind::Report => schema::report(),
                SchemaKind::Pack => schema::pack(),
            };
            println!("{schema}");
            Ok(0)
        }
    }
}

fn audit(args: AuditArgs, lang: Lang) -> Result<u8, Failure> {
    protect_inputs(&args.out.files(), &args.inputs())?;
    let (catalog, policy) = load_audited(&args.path, &args.catalog, &args.packs, None)?;
    let audit = audit::run(&catalog, &policy, &AuditOptions::on(args.today));
    let mut report = report_of(catalog, audit, lang);
    emit_report(&args, &mut report, lang)?;
    let report = exit_without_freeing(report);
    Ok(if report.fails_at(args.out.fail_on.threshold()) {
        EXIT_FINDINGS
    } else {
        0
    })
}

/// The catalogue at `path` and the rules that apply to it (with `also`, a pack
/// the command always applies): where `audit`, `verify` and `baseline` start.
fn load_audited(
    path: &Path,
    catalog_args: &CatalogArgs,
    packs: &PackArgs,
    also: Option<&str>,
) -> Result<(catalog::Catalog, crate::packs::Policy), Failure> {
    let library = Library::load(&packs.rules_dirs)?;
    let catalog = catalog::open(
        path,
        &LoadOptions {
            max_file_bytes: catalog_args.max_file_size,
        },
    )?;
    let mut selection = packs.selection();
    if let Some(id) = also.filter(|id| !selection.packs.iter().any(|p| p == id)) {
        selection.packs.push(id.to_owned());
    }
    let policy = library.select(&catalog.authority, &selection)?;
    Ok((catalog, policy))
}

/// The report of an audit. On a large catalogue only one representation stays
/// alive: the catalogue and the audit are freed on other threads while the
/// report is built and written (the process may exit before they are done).
fn report_of(catalog: catalog::Catalog, audit: audit::Audit, lang: Lang) -> Report {
    let catalog_info = crate::report::model::CatalogJson::of(&catalog);
    free_in_background(catalog);
    let mut report = Report::from_audit(&audit, lang);
    report.catalog = Some(catalog_info);
    free_in_background(audit);
    report
}

fn free_in_background<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// The last large value of a run is not freed piece by piece: the process is
/// about to exit and the system takes the memory back at once.
fn exit_without_freeing<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Applies the baseline, then renders `report` in every format asked (shared
/// by `audit` and `verify`).
fn emit_report(args: &AuditArgs, report: &mut Report, lang: Lang) -> Result<(), Failure> {
    if let Some(file) = &args.baseline {
        let baseline = crate::baseline::Baseline::read(file)
            .map_err(|e| Failure::Input(Diagnostics(vec![e.diagnostic()])))?;
        baseline.apply(report, file);
    }
    emit(report, &args.out, lang)
}

/// Renders `report` in every format asked: at most one to standard output,
/// the others to their files (atomically); the terminal summary is always shown.
fn emit(report: &Report, out: &ReportOutput, lang: Lang) -> Result<(), Failure> {
    let (formats, output) = (&out.formats, out.output.as_ref());
    let to_stdout: Vec<&FormatTarget> = formats.iter().filter(|f| f.path.is_none()).collect();
    if to_stdout.len() > 1 {
        return Err(Failure::Other(anyhow::anyhow!(Message::new(
            "cli-several-stdout"
        )
        .render(lang))));
    }
    let stdout_tty = std::io::stdout().is_terminal();
    let color = match out.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stdout_tty
                && output.is_none()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let mut wrote_table_to_terminal = false;
    for target in formats {
        let destination =
            target
                .path
                .as_ref()
                .or(if target.path.is_none() { output } else { None });
        let options = RenderOptions {
            lang,
            color: color && destination.is_none(),
        };
        let reporter = target.format.reporter();
        match destination {
            Some(path) => report::write_atomically_with(path, |out| {
                reporter
                    .write(report, &options, out)
                    .map_err(std::io::Error::other)
            })
            .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))?,
            None => {
                wrote_table_to_terminal |= target.format == Format::Table;
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                let written = reporter
                    .write(report, &options, &mut out)
                    .and_then(|()| Ok(out.flush()?));
                match written {
                    // `horsligne audit | head` closes the pipe early: not an error.
                    Err(e) if is_broken_pipe(&e) => {}
                    other => other?,
                }
            }
        }
    }
    if !wrote_table_to_terminal {
        // Machine formats stay pure on stdout; people still see the outcome.
        eprintln!("{}", report::table::summary(report, lang));
        if report.baseline.is_some() {
            eprint!("{}", report::table::baseline_section(report, lang));
        }
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|p| !p.is_empty() && formats.iter().any(|f| f.format == Format::Github))
    {
        append_step_summary(Path::new(&path), report, lang)?;
    }
    Ok(())
}

/// `horsligne report audit.json`: the saved report, rendered again.
fn render_saved(args: ReportArgs, lang: Lang) -> Result<u8, Failure> {
    protect_inputs(&args.out.files(), &[args.report.as_path()])?;
    let report =
        report::load_saved(&args.report).map_err(|e| anyhow::anyhow!(e.message().render(lang)))?;
    emit(&report, &args.out, lang)?;
    Ok(if report.fails_at(args.out.fail_on.threshold()) {
        EXIT_FINDINGS
    } else {
        0
    })
}

fn guide(args: GuideArgs, lang: Lang) -> Result<u8, Failure> {
    protect_inputs(
        &args.output.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
        &[args.path.as_path()],
    )?;
    let load_options = LoadOptions {
        max_file_bytes: args.catalog.max_file_size,
    };
    let catalog = catalog::open(&args.path, &load_options)?;
    let text = crate::guide::render(&catalog, lang);
    match &args.output {
        Some(path) => write_report(path, &text)?,
        None => print_stdout(&text)?,
    }
    Ok(0)
}

/// GitHub shows this Markdown on the run's page (the job summary).
fn append_step_summary(path: &Path, report: &Report, lang: Lang) -> Result<(), Failure> {
    use std::fs::OpenOptions;
    let text = report::github::job_summary(report, lang);
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

fn baseline(command: BaselineCommand, lang: Lang) -> Result<u8, Failure> {
    let (args, update) = match command {
        BaselineCommand::Create(args) => (args, None),
        BaselineCommand::Update { args, prune } => (args, Some(prune)),
    };
    let mut inputs = vec![args.path.as_path()];
    inputs.extend(args.packs.rules_dirs.iter().map(PathBuf::as_path));
    protect_inputs(&[args.output.as_path()], &inputs)?;
    // The accepted findings are a decision the council committed: `create`
    // never replaces them; `update --prune` is the way to start afresh.
    if update.is_none() && args.output.exists() {
        return Err(Failure::Input(Diagnostics(vec![
            crate::diagnostic::Diagnostic::new(
                &args.output,
                0,
                0,
                Message::new("baseline-exists").arg("path", args.output.display()),
            )
            .with_help(Some(Message::new("baseline-exists-help"))),
        ])));
    }
    let (catalog, policy) = load_audited(&args.path, &args.catalog, &args.packs, None)?;
    let audit = audit::run(&catalog, &policy, &AuditOptions::on(args.today));
    let report = report_of(catalog, audit, lang);
    let fresh = crate::baseline::Baseline::from_report(&report);
    let (written, key) = match update {
        Some(prune) if args.output.exists() => {
            let old = crate::baseline::Baseline::read(&args.output)
                .map_err(|e| Failure::Input(Diagnostics(vec![e.diagnostic()])))?;
            (old.merged_with(&report, prune), "baseline-updated")
        }
        _ => (fresh, "baseline-created"),
    };
    write_report(&args.output, &written.to_json())?;
    eprintln!(
        "{}",
        Message::new(key)
            .arg("path", args.output.display())
            .num("count", written.entries.len() as f64)
            .render(lang)
    );
    Ok(0)
}

fn diff(args: DiffArgs, lang: Lang) -> Result<u8, Failure> {
    let options = LoadOptions {
        max_file_bytes: args.catalog.max_file_size,
    };
    let usage = |key: &'static str| {
        Failure::Input(Diagnostics(vec![crate::diagnostic::Diagnostic::new(
            "diff",
            0,
            0,
            Message::new(key),
        )]))
    };
    for kind in &args.accept {
        if !crate::diff::ChangeKind::NAMES.contains(&kind.as_str()) {
            return Err(Failure::Input(Diagnostics(vec![
                crate::diagnostic::Diagnostic::new(
                    "--accept",
                    0,
                    0,
                    Message::new("diff-unknown-kind").arg("kind", kind),
                )
                .with_help(crate::diagnostic::suggestion(
                    kind,
                    crate::diff::ChangeKind::NAMES.iter().copied(),
                )),
            ])));
        }
    }
    protect_inputs(
        &args.output.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
        &args.paths.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
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
        (Some(_), _) => return Err(usage("diff-usage-git")),
        (None, _) => return Err(usage("diff-usage-paths")),
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
    let text = crate::diff::output::render(&changes, args.format, &context)?;
    match &args.output {
        Some(path) => write_report(path, &text)?,
        None => print_stdout(&text)?,
    }
    if args.format != DiffFormat::Table || args.output.is_some() {
        eprintln!("{}", crate::diff::output::summary(&changes, &context));
    }
    Ok(if changes.has_regressions() {
        EXIT_FINDINGS
    } else {
        0
    })
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

fn print_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Refuses, before any work, to write over what the user wrote: an input of
/// this run (a catalogue file, a saved report, a baseline), or a YAML file
/// inside an input directory (it would become part of the catalogue or of the
/// packs); and an output that is a directory. A device or a pipe
/// (`--output /dev/stdout`) is never an input.
fn protect_inputs(outputs: &[&Path], inputs: &[&Path]) -> Result<(), Failure> {
    let mut diagnostics = Vec::new();
    for output in outputs {
        match std::fs::metadata(output) {
            Ok(m) if m.is_dir() => {
                diagnostics.push(crate::diagnostic::Diagnostic::new(
                    *output,
                    0,
                    0,
                    Message::new("cli-output-is-dir"),
                ));
                continue;
            }
            Ok(m) if !m.is_file() => continue,
            _ => {}
        }
        let Some(target) = resolved(output) else {
            continue;
        };
        let is_yaml = target
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
        for input in inputs {
            let Ok(input_path) = std::fs::canonicalize(input) else {
                continue;
            };
            let clobbers = if input_path.is_dir() {
                is_yaml && target.starts_with(&input_path)
            } else {
                target == input_path
            };
            if clobbers {
                diagnostics.push(crate::diagnostic::Diagnostic::new(
                    *output,
                    0,
                    0,
                    Message::new("cli-output-is-input").arg("input", input.display()),
                ));
                break;
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(Diagnostics(diagnostics)))
    }
}

/// `path` with its directory resolved (the file itself may not exist yet).
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(existing) = std::fs::canonicalize(path) {
        return Some(existing);
    }
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

fn verify(args: VerifyArgs, lang: Lang) -> Result<u8, Failure> {
    use crate::verify;
    if args.crawl.offline && args.crawl.cache.is_none() {
        return Err(Failure::Other(anyhow::anyhow!(t(
            lang,
            "verify-offline-needs-cache"
        ))));
    }
    let audit_args = &args.audit;
    let mut inputs = audit_args.inputs();
    inputs.extend(args.crawl.phrases.iter().map(PathBuf::as_path));
    protect_inputs(&audit_args.out.files(), &inputs)?;
    let (catalog, policy) = load_audited(
        &audit_args.path,
        &audit_args.catalog,
        &audit_args.packs,
        Some(verify::PACK_ID),
    )?;
    let phrases = verify::Phrases::load(&args.crawl.phrases)?;

    let progress = if std::io::stderr().is_terminal() {
        let style = indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} [{{bar:40}}] {{pos}}/{{len}} {} ({{elapsed}})",
            t(lang, "verify-progress")
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        indicatif::ProgressBar::new(0).with_style(style)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let evidence =
        verify::verify_blocking(&catalog, args.crawl.fetch_options(), phrases, &progress)
            .map_err(|e| Failure::Other(e.into()))?;
    let options = AuditOptions::on(audit_args.today);
    let audit = audit::run_with_evidence(&catalog, &policy, &options, Some(&evidence));
    let mut report = report_of(catalog, audit, lang);

    let summary = verify::evidence::summary(evidence.procedures.values()).render(lang);
    report.attach_evidence(evidence);
    emit_report(audit_args, &mut report, lang)?;
    eprintln!("{summary}");
    if args.crawl.strict {
        eprintln!("{}", t(lang, "verify-strict-note"));
    }

    // Inconclusive pages never change the exit code, unless --strict.
    let inconclusive_rules: Vec<&str> = policy
        .rules
        .iter()
        .filter(|r| r.rule.check.kind() == "page_checked")
        .map(|r| r.rule.id.value.as_str())
        .collect();
    let threshold = audit_args.out.fail_on.threshold();
    let fails = report
        .findings
        .iter()
        // As `audit`: with a baseline, only new findings fail.
        .filter(|f| Report::is_new(f))
        .any(|f| {
            if inconclusive_rules.contains(&f.rule.as_str()) {
                args.crawl.strict
            } else {
                threshold.is_some_and(|t| f.severity >= t)
            }
        });
    Ok(if fails { EXIT_FINDINGS } else { 0 })
}

fn write_report(path: &Path, text: &str) -> Result<(), Failure> {
    report::write_atomically(path, text.as_bytes())
        .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))
}

fn validate(args: ValidateArgs, lang: Lang) -> Result<u8, Failure> {
    let options = LoadOptions {
        max_file_bytes: args.catalog.max_file_size,
    };
    let mut diagnostics = Diagnostics::default();
    for path in &args.paths {
        match catalog::open(path, &options) {
            Ok(c) => eprintln!(
                "{}",
                Message::new("validate-ok")
                    .arg("path", path.display())
                    .arg("procedures", c.procedures.len())
                    .arg("files", c.files.len())
                    .render(lang)
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

fn rules(command: RulesCommand, lang: Lang) -> Result<u8, Failure> {
    match command {
        RulesCommand::List {
            pack,
            status,
            severity,
            rules_dirs,
        } => {
            let library = Library::load(&rules_dirs)?;
            if let Some(id) = &pack {
                if library.find_pack(id).is_none() {
                    return Err(Failure::Input(Diagnostics(vec![
                        crate::diagnostic::Diagnostic::new(
                            "--pack",
                            0,
                            0,
                            Message::new("pack-unknown").arg("id", id),
                        )
                        .with_help(crate::diagnostic::suggestion(
                            id,
                            library.packs.iter().map(|p| p.pack.id.value.as_str()),
                        )),
                    ])));
                }
            }
            print!(
                "{}",
                docs::rules_list(&library, lang, pack.as_deref(), status, severity)
            );
            Ok(0)
        }
        RulesCommand::Explain { id, rules_dirs } => {
            let library = Library::load(&rules_dirs)?;
            match library.find_rule(&id) {
                Some((lp, rule)) => {
                    print!("{}", docs::explain(lp, rule, lang));
                    Ok(0)
                }
                None => Err(Failure::Input(Diagnostics(vec![
                    crate::diagnostic::Diagnostic::new(
                        "rules explain",
                        0,
                        0,
                        Message::new("pack-unknown-rule").arg("id", &id),
                    )
                    .with_help(crate::diagnostic::suggestion(
                        &id.to_ascii_uppercase(),
                        library.rule_ids(),
                    )),
                ]))),
            }
        }
        RulesCommand::Docs { rules_dirs } => {
            let library = Library::load(&rules_dirs)?;
            print!("{}", docs::markdown(&library, lang));
            Ok(0)
        }
        RulesCommand::Test { rules_dirs } => {
            let library = Library::load(&rules_dirs)?;
            let problems = docs::verify_all_examples(&library);
            if !problems.is_empty() {
                return Err(Failure::Input(problems));
            }
            eprintln!(
                "{}",
                Message::new("examples-ok")
                    .arg("rules", library.rules().count())
                    .render(lang)
            );
            Ok(0)
        }
    }
}
