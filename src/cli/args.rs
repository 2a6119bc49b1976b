//! The argument groups several commands share, each flag defined once and
//! flattened where it is used. Their help texts are in locales/*/cli.ftl
//! (`cli-arg-<id>`), so the doc comments here are for readers of the code.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::catalog::{self, LoadOptions};
use crate::output_plan::{FormatTarget, OutputFormat, Plan, Replace};
use crate::packs::{Selection, Severity, SeverityOverride};
use crate::report::fail::{FailOn, FailPolicy};
use crate::report::Format;

/// A catalogue file or directory (default: the shipped `catalog/`).
#[derive(Debug, Args)]
pub struct CatalogPath {
    #[arg(default_value = "catalog")]
    pub path: PathBuf,
}

/// How catalogue files are read.
#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// Largest catalogue file accepted, in bytes.
    #[arg(long, default_value_t = catalog::load::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_size: u64,
}

impl CatalogArgs {
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            max_file_bytes: self.max_file_size,
        }
    }
}

/// Directories of the user's own rule packs.
#[derive(Debug, Args)]
pub struct RulesDirs {
    #[arg(long = "rules", value_name = "DIR")]
    pub rules_dirs: Vec<PathBuf>,
}

/// The date an audit is made for.
#[derive(Debug, Args)]
pub struct TodayArg {
    /// Exemption expiry and review ages are measured from it.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
}

/// Which packs and rules apply, and how severe each is.
#[derive(Debug, Args)]
pub struct PackArgs {
    #[arg(long = "pack", value_name = "ID")]
    pub packs: Vec<String>,
    #[arg(long)]
    pub no_default_packs: bool,
    #[command(flatten)]
    pub rules: RulesDirs,
    /// Packs of bills (status `bill`) too.
    #[arg(long)]
    pub preview: bool,
    #[arg(long)]
    pub ignore_exemptions: bool,
    #[arg(long = "deny", short = 'D', value_name = "RULE")]
    pub deny: Vec<String>,
    #[arg(long = "warn", short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,
    #[arg(long = "allow", short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,
}

impl PackArgs {
    pub fn selection(&self) -> Selection {
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
            thresholds: Default::default(),
        }
    }
}

/// A single output file, written atomically, instead of standard output.
#[derive(Debug, Args)]
pub struct OutputFile {
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Who the authority is, when the command line says it (`init`, `scan`):
/// its country, region and level, defined once.
#[derive(Debug, Args)]
pub struct AuthorityArgs {
    /// ISO 3166-1 alpha-2 country code: FR, BE...
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Region slug: wallonie, bruxelles-capitale (Belgium), a Swiss canton code.
    #[arg(long)]
    pub region: Option<String>,
    /// Level of the authority (default commune).
    #[arg(long, value_parser = level_parser())]
    pub level: Option<String>,
}

fn level_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crate::catalog::model::AuthorityLevel::ALL
            .map(crate::catalog::model::AuthorityLevel::as_str),
    )
}

/// Which findings make the exit code 1 (`FailPolicy`).
#[derive(Debug, Args)]
pub struct FailArgs {
    /// Lowest severity that makes the exit code 1 (default: error).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,
    /// Findings saying a page could not be read count towards the exit code.
    #[arg(long)]
    pub strict: bool,
}

impl FailArgs {
    /// The policy of a run, starting from `recorded` (a saved report's) or
    /// the default, with what the command line says.
    pub fn policy(&self, recorded: Option<FailPolicy>) -> FailPolicy {
        let mut policy = recorded.unwrap_or_default();
        if let Some(fail_on) = self.fail_on {
            policy.fail_on = fail_on;
        }
        policy.strict |= self.strict;
        policy
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    #[value(aliases = ["toujours", "altijd"])]
    Always,
    #[value(aliases = ["jamais", "nooit"])]
    Never,
}

/// `--format FMT[=FILE]` (repeatable) and `--output FILE`: the outputs of
/// every command that writes reports (`audit`, `verify`, `report`, `survey`,
/// `history`, `diff`), defined once for all of them.
#[derive(Debug, Args)]
pub struct FormatsArgs<F>
where
    F: ValueEnum + Clone + Send + Sync + 'static,
{
    #[arg(
        long = "format",
        short = 'f',
        value_name = "FORMAT[=FILE]",
        default_value = "table",
        value_parser = parse_target::<F>
    )]
    pub formats: Vec<FormatTarget<F>>,
    #[command(flatten)]
    pub output: OutputFile,
}

fn parse_target<F: ValueEnum>(text: &str) -> Result<FormatTarget<F>, crate::i18n::MessageError> {
    text.parse()
}

impl<F> FormatsArgs<F>
where
    F: ValueEnum + Clone + Send + Sync + 'static + OutputFormat,
{
    /// The plan of these outputs, checked against the run's inputs before any work.
    pub fn plan(
        &self,
        inputs: &[&Path],
        also_written: &[&Path],
    ) -> Result<Plan<F>, super::Failure> {
        super::output::plan(
            &self.formats,
            self.output.output.as_deref(),
            inputs,
            also_written,
            Replace::Allowed,
        )
    }
}

/// Where and how a report is written, and which findings make the exit code 1:
/// the same for `audit`, `verify` and `report`.
#[derive(Debug, Args)]
pub struct ReportOutput {
    #[command(flatten)]
    pub to: FormatsArgs<Format>,
    #[command(flatten)]
    pub fail: FailArgs,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Who made the audit (an association, a service), shown on the report.
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
}
