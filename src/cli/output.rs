//! Output plumbing: standard output and error that survive a closed or full
//! stream (`| head`, `>/dev/full`, `2>/dev/full`), and the reports of a run
//! written all together or not at all.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::args::{ColorChoice, ReportOutput};
use super::Failure;
use crate::files::Outputs;
use crate::i18n::{Lang, Message};
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

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// GitHub's job summary file, when a run asks for the `github` format: an
/// output of the run like the others (checked against the inputs).
pub fn step_summary(out: &ReportOutput) -> Option<PathBuf> {
    std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|p| !p.is_empty() && out.formats.iter().any(|f| f.format == Format::Github))
        .map(PathBuf::from)
}

/// Every file a report run writes: `--format X=FILE`, `--output`, and the
/// job summary.
pub fn report_files(out: &ReportOutput) -> Vec<PathBuf> {
    out.files()
        .into_iter()
        .map(Path::to_path_buf)
        .chain(step_summary(out))
        .collect()
}

/// Refuses, before any work, outputs that would overwrite an input, are
/// directories, or are given twice (a usage error, exit 2).
pub fn check_outputs(outputs: &[&Path], inputs: &[&Path]) -> Result<(), Failure> {
    crate::files::check_outputs(outputs, inputs)
        .map_err(|refusals| Failure::Usage(refusals.iter().map(|r| r.message()).collect()))
}

/// Writes one file (a guide, a diff, a baseline), atomically.
pub fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    crate::files::write_atomically(path, text.as_bytes())
        .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))
}

/// Writes `text` to `output` when given, else to standard output.
pub fn to_file_or_stdout(output: Option<&Path>, text: &str) -> Result<(), Failure> {
    match output {
        Some(path) => write_file(path, text),
        None => stdout(text),
    }
}

/// Renders `report` in every format asked: at most one to standard output,
/// the others to their files, all put in place together once every one is
/// written and standard output took its part; the terminal summary is always
/// shown.
pub fn emit(report: &Report, out: &ReportOutput, lang: Lang) -> Result<(), Failure> {
    let (formats, output) = (&out.formats, out.output.output.as_ref());
    if formats.iter().filter(|f| f.path.is_none()).count() > 1 {
        return Err(Failure::Usage(vec![Message::new("cli-several-stdout")]));
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
    let mut files = Outputs::default();
    let mut to_stdout = None;
    for target in formats {
        let destination = target.path.as_ref().or(output);
        let options = RenderOptions {
            lang,
            color: color && destination.is_none(),
        };
        let reporter = target.format.reporter();
        match destination {
            Some(path) => files
                .write(path, |out| {
                    reporter
                        .write(report, &options, out)
                        .map_err(std::io::Error::other)
                })
                .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))?,
            None => to_stdout = Some((target.format, reporter, options)),
        }
    }
    if let Some(path) = step_summary(out) {
        let text = report::github::job_summary(report, lang);
        files
            .append(&path, text.as_bytes())
            .map_err(|e| Failure::Other(anyhow::anyhow!("{}: {e}", path.display())))?;
    }

    let mut wrote_table_to_terminal = false;
    if let Some((format, reporter, options)) = to_stdout {
        wrote_table_to_terminal = format == Format::Table;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let written = reporter
            .write(report, &options, &mut out)
            .and_then(|()| Ok(out.flush()?));
        match written {
            // `horsligne audit | head` closes the pipe early: not an error.
            Err(e) if is_broken_pipe(&e) => {}
            // Nothing is replaced when standard output fails (`>/dev/full`).
            Err(e) => return Err(Failure::Other(e)),
            Ok(()) => {}
        }
    }
    files.commit()?;
    if !wrote_table_to_terminal {
        // Machine formats stay pure on stdout; people still see the outcome.
        stderr_line(&report::table::summary(report, lang));
        if report.baseline.is_some() {
            stderr(&report::table::baseline_section(report, lang));
        }
    }
    Ok(())
}
