//! Output plumbing: standard output and error that survive a closed or full
//! stream (`| head`, `>/dev/full`, `2>/dev/full`), and the reports of a run
//! written all together or not at all.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::args::{ColorChoice, ReportOutput};
use super::Failure;
use crate::i18n::{Lang, Message};
use crate::output_plan::{
    FormatTarget, OutputFormat, Plan, Render, Replace, Request, Single, Staged, WriteError,
};
use crate::report::model::Report;
use crate::report::{self, Format, RenderOptions};

/// Prints `text` on standard output. A reader that stops early (`| head`)
/// is not an error; a stream that cannot take it (`>/dev/full`) is.
pub fn stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Stdout(e)),
        Ok(()) => Ok(()),
    }
}

/// Prints a line on standard error. Standard error is where the tool
/// explains itself: when it cannot be written, there is nobody left to tell,
/// and the exit code still says what happened.
pub fn stderr_line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}").and_then(|()| err.flush());
}

/// Prints on standard error, without adding a line break.
pub fn stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{text}").and_then(|()| err.flush());
}

/// GitHub's job summary file, when a run asks for the `github` format: an
/// output of the run like the others (checked against the inputs).
pub fn step_summary(out: &ReportOutput) -> Option<PathBuf> {
    std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|p| !p.is_empty() && out.to.formats.iter().any(|f| f.format == Format::Github))
        .map(PathBuf::from)
}

/// The plan of a report run (`audit`, `verify`, `report`): every
/// `--format X[=FILE]`, `--output`, and the job summary, checked against the
/// run's inputs before any work.
pub fn report_plan(out: &ReportOutput, inputs: &[&Path]) -> Result<Plan<Format>, Failure> {
    let summary = step_summary(out);
    out.to.plan(
        inputs,
        &summary.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
    )
}

/// "cannot write rapport.html: permission denied", in the user's words (the
/// system's own are English).
fn cannot_write(path: &Path, error: &std::io::Error) -> Failure {
    let message = Message::new("output-cannot-write")
        .keys("error", vec![crate::diagnostic::io_error_key(error)]);
    Failure::Input(crate::diagnostic::Diagnostics(vec![
        crate::diagnostic::Diagnostic::new(path, 0, 0, message),
    ]))
}

/// Builds the output plan of a run from its flags (`--format FMT[=FILE]`,
/// `--output`): every refusal at once, as a usage error (exit 2).
pub fn plan<F: OutputFormat>(
    targets: &[FormatTarget<F>],
    output: Option<&Path>,
    inputs: &[&Path],
    also_written: &[&Path],
    replace: Replace,
) -> Result<Plan<F>, Failure> {
    Plan::new(&Request {
        targets,
        output,
        inputs,
        also_written,
        stdout_is_terminal: std::io::stdout().is_terminal(),
        replace,
    })
    .map_err(Failure::Usage)
}

/// Writes a whole plan: its files, then standard output, then every file
/// put in place.
pub fn execute<F: OutputFormat>(plan: &Plan<F>, render: &mut Render<'_, F>) -> Result<(), Failure> {
    let staged = plan.stage(render).map_err(write_error)?;
    finish(staged, render)
}

/// The rest of a staged plan: standard output, then the files put in place.
pub fn finish<F: OutputFormat>(
    staged: Staged<'_, F>,
    render: &mut Render<'_, F>,
) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    staged.finish(&mut out, render).map_err(write_error)
}

/// The plan of a command with one output (`--output FILE`, else standard output).
pub fn single_plan(
    output: Option<&Path>,
    inputs: &[&Path],
    replace: Replace,
) -> Result<Plan<Single>, Failure> {
    plan(&[Single::TARGET], output, inputs, &[], replace)
}

/// Writes `text` as the one output of `plan`.
pub fn write_single(plan: &Plan<Single>, text: &str) -> Result<(), Failure> {
    execute(plan, &mut |_, _, out| Ok(out.write_all(text.as_bytes())?))
}

/// Why a plan could not be written, in the user's words.
pub fn write_error(error: WriteError) -> Failure {
    match error {
        WriteError::File { path, error } => cannot_write(&path, &error),
        WriteError::Exists { path } => Failure::Usage(vec![
            Message::new("output-exists").arg("path", path.display())
        ]),
        WriteError::Commit { path, error } => cannot_write(&path, &error),
        WriteError::Stdout(error) => Failure::Stdout(error),
        WriteError::Render(error) => Failure::Other(error),
    }
}

/// Renders `report` in every format asked: at most one to standard output,
/// the others to their files, all put in place together once every one is
/// written and standard output took its part; the terminal summary is always
/// shown.
pub fn emit(
    report: &Report,
    out: &ReportOutput,
    plan: &Plan<Format>,
    lang: Lang,
) -> Result<(), Failure> {
    let summary = step_summary(out);
    let color = match out.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let mut render = |format: Format, to_file: bool, out: &mut dyn Write| {
        let options = RenderOptions {
            lang,
            color: color && !to_file,
        };
        format.reporter().write(report, &options, out)
    };
    let mut staged = plan.stage(&mut render).map_err(write_error)?;
    if let Some(path) = &summary {
        let text = report::github::job_summary(report, lang);
        staged.append(path, text.as_bytes()).map_err(write_error)?;
    }
    finish(staged, &mut render)?;
    let wrote_table_to_terminal = plan.stdout_format() == Some(Format::Table);
    if !wrote_table_to_terminal {
        // Machine formats stay pure on stdout; people still see the outcome.
        stderr_line(&report::table::summary(report, lang));
        if report.baseline.is_some() {
            stderr(&report::table::baseline_section(report, lang));
        }
    }
    Ok(())
}
