//! The command line: it parses, wires and sets exit codes; every decision
//! (what fails, what may be written where) is the library's.
//!
//! Layout, one room per concern so parallel branches merge cleanly:
//! - `args.rs`: the argument groups several commands share (each flag is
//!   defined once there and flattened where it is used);
//! - `output.rs`: standard output and error, and writing the reports;
//! - `help.rs`: the help texts, from locales/*/cli.ftl, in the user's language;
//! - one file per command (`audit.rs`, `verify.rs`, …) with its clap `Args`
//!   and a thin `run(args, lang) -> Result<u8, Failure>`.
//!
//! Adding a command `foo`: write `src/cli/foo.rs` (`FooArgs` + `run`), add
//! `mod foo;` below, one variant `Foo(foo::FooArgs)` in `Command` and one line
//! in `dispatch`; then its help keys in locales/fr/cli.ftl and
//! locales/en/cli.ftl: `cli-foo-about`, and `cli-arg-<id>` (or
//! `cli-foo-arg-<id>` where the meaning differs) for each new argument. The
//! test `every_command_and_argument_has_help_in_both_languages` lists what
//! is missing.

mod args;
mod audit;
mod baseline;
mod clap_error;
mod completions;
mod diff;
mod export;
mod guide;
mod help;
mod history;
mod import;
mod init;
mod manpage;
mod output;
mod report;
mod rules;
mod scan;
mod schema;
mod survey;
mod validate;
mod verify;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::diagnostic::Diagnostics;
use crate::i18n::{t, Lang, Message};

pub use help::lang_before_parsing;

/// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or input error.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_INPUT: u8 = 2;

#[derive(Debug, Parser)]
#[command(name = "horsligne", version)]
pub struct Cli {
    #[arg(long, global = true, value_enum, default_value_t = Lang::Fr, env = "HORSLIGNE_LANG")]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Command,
}

/// One variant per command, in the order `--help` lists them.
#[derive(Debug, Subcommand)]
pub enum Command {
    Audit(audit::AuditArgs),
    Validate(validate::ValidateArgs),
    Verify(verify::VerifyArgs),
    Rules(rules::RulesArgs),
    Baseline(baseline::BaselineArgs),
    Diff(diff::DiffArgs),
    Report(report::ReportArgs),
    Guide(guide::GuideArgs),
    Init(init::InitArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Scan(scan::ScanArgs),
    Survey(survey::SurveyArgs),
    History(history::HistoryArgs),
    Schema(schema::SchemaArgs),
    Completions(completions::CompletionsArgs),
    Manpage(manpage::ManpageArgs),
}

/// `asked` is the language the user chose (`--lang`, `HORSLIGNE_LANG`), if
/// any: the residents' guide is bilingual where the authority's public is,
/// unless one language was asked for.
fn dispatch(command: Command, lang: Lang, asked: Option<Lang>) -> Result<u8, Failure> {
    match command {
        Command::Audit(args) => audit::run(args, lang),
        Command::Validate(args) => validate::run(args, lang),
        Command::Verify(args) => verify::run(args, lang),
        Command::Rules(args) => rules::run(args, lang),
        Command::Baseline(args) => baseline::run(args, lang),
        Command::Diff(args) => diff::run(args, lang),
        Command::Report(args) => report::run(args, lang),
        Command::Guide(args) => guide::run(args, lang, asked),
        Command::Init(args) => init::run(args, lang),
        Command::Export(args) => export::run(args, lang),
        Command::Import(args) => import::run(args, lang),
        Command::Scan(args) => scan::run(args, lang),
        Command::Survey(args) => survey::run(args, lang),
        Command::History(args) => history::run(args, lang),
        Command::Schema(args) => schema::run(args, lang),
        Command::Completions(args) => completions::run(args, lang),
        Command::Manpage(args) => manpage::run(args, lang),
    }
}

/// The whole command tree with its help in `lang`: what `horsligne` parses,
/// and what the manual page and shell completions are generated from.
pub fn command(lang: Lang) -> clap::Command {
    help::localize(Cli::command(), lang)
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let lang = lang_before_parsing(std::env::args_os(), |name| std::env::var_os(name));
    let mut command = command(lang);
    if no_command_given(std::env::args_os()) {
        // A first run: the ways to start, rather than the list of every flag.
        output::stderr_line(&format!(
            "{}\n\n{}\n\n{}",
            t(lang, "cli-about"),
            t(lang, "first-steps"),
            t(lang, "first-steps-usage")
        ));
        return ExitCode::from(EXIT_INPUT);
    }
    let matches = match command.try_get_matches_from_mut(std::env::args_os()) {
        Ok(matches) => matches,
        Err(error) => return clap_exit(&error, lang),
    };
    let subcommand = matches.subcommand_name().unwrap_or_default().to_owned();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error.format(&mut command), lang),
    };
    // Without `--lang` nor `HORSLIGNE_LANG`, the system's locale read before
    // parsing decides, not clap's default.
    let asked = match matches.value_source("lang") {
        Some(clap::parser::ValueSource::DefaultValue) | None => None,
        Some(_) => Some(cli.lang),
    };
    let lang = asked.unwrap_or(lang);
    match dispatch(cli.command, lang, asked) {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Input(diagnostics)) => {
            // Only the commands that judge a catalogue say « nothing was audited ».
            let stopped = match subcommand.as_str() {
                "audit" | "validate" | "verify" | "rules" | "baseline" | "diff" | "report"
                | "survey" => crate::diagnostic::Stopped::NothingAudited,
                _ => crate::diagnostic::Stopped::NothingWritten,
            };
            output::stderr_line(&diagnostics.render_for(lang, stopped));
            ExitCode::from(EXIT_INPUT)
        }
        Err(Failure::Usage(messages)) => {
            let text = messages
                .iter()
                .map(|m| m.render(lang))
                .collect::<Vec<_>>()
                .join("\n");
            // Shown with the usage of the command that refused it.
            let mut shown = command
                .find_subcommand(&subcommand)
                .cloned()
                .unwrap_or(command);
            let usage = shown.render_usage().to_string();
            output::stderr(&clap_error::render_own(&text, Some(&usage), lang));
            ExitCode::from(EXIT_INPUT)
        }
        Err(Failure::Stdout(error)) => {
            output::stderr_line(&format!(
                "{}: {}",
                t(lang, "diag-error"),
                Message::new("cli-stdout-failed")
                    .arg("error", error)
                    .render(lang)
            ));
            ExitCode::from(EXIT_INPUT)
        }
        Err(Failure::Other(error)) => {
            output::stderr_line(&format!("{}: {error:#}", t(lang, "diag-error")));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// Prints a clap error in the user's language, or the help clap wrote
/// (which never panics on a closed stream), and gives its exit code: 0 for
/// `--help` and `--version`, 2 for usage errors.
fn clap_exit(error: &clap::Error, lang: Lang) -> ExitCode {
    match clap_error::render(error, lang) {
        Some(text) => output::stderr(&text),
        None => {
            let _ = error.print();
        }
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(EXIT_INPUT))
}

/// `horsligne` alone (or with only `--lang`): nothing asked yet.
fn no_command_given(args: impl IntoIterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<std::ffi::OsString> = args.into_iter().skip(1).collect();
    let mut rest = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = rest.next() {
        if arg == "--lang" {
            rest.next();
        } else if !arg.starts_with("--lang=") {
            return false;
        }
    }
    args.iter().all(|a| a.to_str().is_some())
}

/// Why a command stops with exit code 2.
pub enum Failure {
    /// Mistakes in the user's files, each located.
    Input(Diagnostics),
    /// A command line that cannot be run as written (shown as clap shows its
    /// own errors, with the usage).
    Usage(Vec<Message>),
    /// Standard output cannot take the output (`>/dev/full`).
    Stdout(std::io::Error),
    Other(anyhow::Error),
}

impl Failure {
    pub fn usage(message: Message) -> Self {
        Failure::Usage(vec![message])
    }
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
