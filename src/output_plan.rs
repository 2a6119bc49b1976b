//! The one way out: every command that writes builds an output plan (which
//! format goes where), the plan is checked before any work, and one executor
//! writes it. The rules live here once:
//! - standard output takes at most one format (one message whatever the
//!   command);
//! - a binary format (xlsx, ods) never goes to a terminal;
//! - an output is never an input of the run, a directory, or given twice;
//! - what must not be replaced (a scan draft, a new baseline) is not, even if
//!   it appeared while the run worked;
//! - files are written all together or not at all (`files::Outputs`), as
//!   ordinary files (0644 under the usual umask).
//!
//! The command line gives the plan its flags (`--format FMT[=FILE]`,
//! `--output FILE`) and standard output; it never writes a file itself.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::files::{self, Outputs};
use crate::i18n::{Message, MessageError};

/// What the plan needs to know of a command's formats.
pub trait OutputFormat: Copy {
    /// Bytes that make no sense on a terminal (xlsx, ods).
    fn is_binary(self) -> bool {
        false
    }
}

/// The one format of a command that has no `--format` (the residents'
/// guide, a baseline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Single;

impl OutputFormat for Single {}

impl Single {
    /// The one target: standard output, or `--output`.
    pub const TARGET: FormatTarget<Single> = FormatTarget {
        format: Single,
        path: None,
    };
}

/// `--format json` or `--format json=audit.json`: a format, and the file it
/// goes to (standard output, or `--output`, when none is given). The one
/// parser of `FMT[=FILE]` for every command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatTarget<F> {
    pub format: F,
    pub path: Option<PathBuf>,
}

impl<F: clap::ValueEnum> std::str::FromStr for FormatTarget<F> {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, path) = match s.split_once('=') {
            Some((name, path)) if !path.is_empty() => (name, Some(PathBuf::from(path))),
            Some((name, _)) => {
                return Err(MessageError(
                    Message::new("format-needs-file").arg("name", name),
                ))
            }
            None => (s, None),
        };
        let format = F::from_str(name, true).map_err(|_| {
            let names: Vec<_> = F::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
                .collect();
            let expected = names.join(", ");
            let message = match crate::diagnostic::closest(name, names.iter().map(String::as_str)) {
                Some(best) => Message::new("format-unknown-close").arg("candidate", best),
                None => Message::new("format-unknown"),
            };
            MessageError(message.arg("name", name).arg("expected", &expected))
        })?;
        Ok(FormatTarget { format, path })
    }
}

/// Whether an existing file at a destination may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Reports: replaced atomically, keeping their permissions.
    Allowed,
    /// Drafts and first baselines: what is there (even a dangling link, even
    /// one created during the run) is the user's and stays.
    Never,
}

/// What a plan is made from: the command's flags and what it reads.
pub struct Request<'a, F> {
    pub targets: &'a [FormatTarget<F>],
    /// `--output FILE`: where a format without its own file goes.
    pub output: Option<&'a Path>,
    /// The run's inputs: never written over.
    pub inputs: &'a [&'a Path],
    /// Other files the run writes (GitHub's job summary), checked the same way.
    pub also_written: &'a [&'a Path],
    pub stdout_is_terminal: bool,
    pub replace: Replace,
}

/// One format and where it goes (`None`: standard output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned<F> {
    pub format: F,
    pub destination: Option<PathBuf>,
}

/// A checked plan: nothing in it can clash.
#[derive(Debug)]
pub struct Plan<F> {
    pub targets: Vec<Planned<F>>,
    replace: Replace,
}

impl<F: OutputFormat> Plan<F> {
    /// Checks `request` before any work; every refusal at once, the same
    /// message for the same mistake whatever the command.
    pub fn new(request: &Request<F>) -> Result<Self, Vec<Message>> {
        let targets: Vec<Planned<F>> = request
            .targets
            .iter()
            .map(|t| Planned {
                format: t.format,
                destination: t
                    .path
                    .clone()
                    .or_else(|| request.output.map(Path::to_path_buf)),
            })
            .collect();
        let mut refusals = Vec::new();
        let to_stdout: Vec<&Planned<F>> =
            targets.iter().filter(|t| t.destination.is_none()).collect();
        if to_stdout.len() > 1 {
            refusals.push(Message::new("cli-several-stdout"));
        }
        if request.stdout_is_terminal && to_stdout.iter().any(|t| t.format.is_binary()) {
            refusals.push(Message::new("output-binary-terminal"));
        }
        let files: Vec<&Path> = targets
            .iter()
            .filter_map(|t| t.destination.as_deref())
            .chain(request.also_written.iter().copied())
            .collect();
        if let Err(found) = files::check_outputs(&files, request.inputs) {
            refusals.extend(found.iter().map(files::OutputRefusal::message));
        } else if request.replace == Replace::Never {
            refusals.extend(
                files
                    .iter()
                    .filter(|path| files::occupied(path))
                    .map(|path| Message::new("output-exists").arg("path", path.display())),
            );
        }
        if refusals.is_empty() {
            Ok(Plan {
                targets,
                replace: request.replace,
            })
        } else {
            Err(refusals)
        }
    }

    /// The same plan, whose files are put in place only where nothing is at
    /// that moment (for a command that said itself why an existing file is
    /// kept, before any work).
    pub fn never_replacing(mut self) -> Self {
        self.replace = Replace::Never;
        self
    }

    /// The format that goes to standard output, if any.
    pub fn stdout_format(&self) -> Option<F> {
        self.targets
            .iter()
            .find(|t| t.destination.is_none())
            .map(|t| t.format)
    }

    /// Renders every file target beside its destination, without putting
    /// any in place yet (see `Staged::finish`).
    pub fn stage(&self, render: &mut Render<'_, F>) -> Result<Staged<'_, F>, WriteError> {
        let mut outputs = Outputs::default();
        for target in &self.targets {
            let Some(path) = &target.destination else {
                continue;
            };
            let mut failed = None;
            let staged = outputs.write(path, |out| {
                render(target.format, true, out).map_err(|e| {
                    let io = std::io::Error::other(e.to_string());
                    failed = Some(e);
                    io
                })
            });
            if let Some(error) = failed {
                return Err(WriteError::Render(error));
            }
            staged.map_err(|error| WriteError::File {
                path: path.clone(),
                error,
            })?;
        }
        Ok(Staged {
            plan: self,
            outputs,
        })
    }

    /// The whole plan: files staged, standard output written, files put in place.
    pub fn execute(
        &self,
        stdout: &mut dyn Write,
        render: &mut Render<'_, F>,
    ) -> Result<(), WriteError> {
        self.stage(render)?.finish(stdout, render)
    }
}

/// Renders one format into a writer; `to_file` is false for standard output
/// (where colours may apply).
pub type Render<'r, F> = dyn FnMut(F, bool, &mut dyn Write) -> anyhow::Result<()> + 'r;

/// The files of a plan, written beside their destinations.
pub struct Staged<'p, F> {
    plan: &'p Plan<F>,
    outputs: Outputs,
}

impl<F: OutputFormat> Staged<'_, F> {
    /// Text added at the end of a file others also write (GitHub's job summary).
    pub fn append(&mut self, path: &Path, content: &[u8]) -> Result<(), WriteError> {
        self.outputs
            .append(path, content)
            .map_err(|error| WriteError::File {
                path: path.to_path_buf(),
                error,
            })
    }

    /// Writes standard output's format, then puts every file in place. A
    /// reader that stops early (`| head`) is no error; a stream that cannot
    /// take the output (`>/dev/full`) is, and then nothing is replaced.
    pub fn finish(
        self,
        stdout: &mut dyn Write,
        render: &mut Render<'_, F>,
    ) -> Result<(), WriteError> {
        if let Some(target) = self.plan.targets.iter().find(|t| t.destination.is_none()) {
            let mut out = std::io::BufWriter::new(stdout);
            let written = render(target.format, false, &mut out).and_then(|()| Ok(out.flush()?));
            match written {
                Err(e) if is_broken_pipe(&e) => {}
                Err(e) => {
                    return Err(match e.downcast::<std::io::Error>() {
                        Ok(io) => WriteError::Stdout(io),
                        Err(other) => WriteError::Render(other),
                    })
                }
                Ok(()) => {}
            }
        }
        self.outputs
            .put_in_place(self.plan.replace == Replace::Never)
            .map_err(|(path, error)| {
                if error.kind() == std::io::ErrorKind::AlreadyExists {
                    WriteError::Exists { path }
                } else {
                    WriteError::Commit { path, error }
                }
            })
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Why a plan could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// A file could not be prepared.
    File {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file that must not be replaced appeared while the run worked.
    Exists { path: PathBuf },
    /// Putting a file in place failed.
    Commit {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Standard output cannot take the output (`>/dev/full`).
    Stdout(std::io::Error),
    /// The format itself could not be rendered.
    Render(anyhow::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
    enum Fmt {
        Table,
        Json,
        Xlsx,
    }

    impl OutputFormat for Fmt {
        fn is_binary(self) -> bool {
            self == Fmt::Xlsx
        }
    }

    fn targets(specs: &[&str]) -> Vec<FormatTarget<Fmt>> {
        specs.iter().map(|s| s.parse().unwrap()).collect()
    }

    fn request<'a>(targets: &'a [FormatTarget<Fmt>], output: Option<&'a Path>) -> Request<'a, Fmt> {
        Request {
            targets,
            output,
            inputs: &[],
            also_written: &[],
            stdout_is_terminal: false,
            replace: Replace::Allowed,
        }
    }

    fn keys(refusals: Vec<Message>) -> Vec<String> {
        refusals.iter().map(|m| m.key.to_owned()).collect()
    }

    #[test]
    fn the_one_parser_reads_a_format_and_its_file() {
        let t: FormatTarget<Fmt> = "json=out.json".parse().unwrap();
        assert_eq!(t.format, Fmt::Json);
        assert_eq!(t.path.as_deref(), Some(Path::new("out.json")));
        assert!("jsno".parse::<FormatTarget<Fmt>>().is_err());
        assert!("json=".parse::<FormatTarget<Fmt>>().is_err());
    }

    #[test]
    fn two_formats_on_stdout_are_refused_with_one_message() {
        let t = targets(&["table", "json"]);
        assert_eq!(
            keys(Plan::new(&request(&t, None)).unwrap_err()),
            ["cli-several-stdout"]
        );
        let t = targets(&["table", "json=a.json"]);
        assert!(Plan::new(&request(&t, None)).is_ok());
    }

    #[test]
    fn output_takes_the_format_without_a_file_and_two_there_clash() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("r.json");
        let t = targets(&["json"]);
        let plan = Plan::new(&request(&t, Some(&out))).unwrap();
        assert_eq!(plan.targets[0].destination.as_deref(), Some(out.as_path()));
        assert_eq!(plan.stdout_format(), None);
        let t = targets(&["json", "table"]);
        assert_eq!(
            keys(Plan::new(&request(&t, Some(&out))).unwrap_err()),
            ["cli-output-repeated"]
        );
    }

    #[test]
    fn a_binary_format_is_refused_on_a_terminal_only() {
        let t = targets(&["xlsx"]);
        let mut asked = request(&t, None);
        assert!(Plan::new(&asked).is_ok(), "a pipe takes bytes");
        asked.stdout_is_terminal = true;
        assert_eq!(
            keys(Plan::new(&asked).unwrap_err()),
            ["output-binary-terminal"]
        );
        let t = targets(&["table"]);
        let mut asked = request(&t, None);
        asked.stdout_is_terminal = true;
        assert!(Plan::new(&asked).is_ok());
    }

    #[test]
    fn never_replace_refuses_what_is_there_and_what_appears() {
        let dir = tempfile::tempdir().unwrap();
        let there = dir.path().join("there.yaml");
        std::fs::write(&there, "mine").unwrap();
        let t = targets(&["json"]);
        let mut asked = request(&t, Some(&there));
        asked.replace = Replace::Never;
        assert_eq!(keys(Plan::new(&asked).unwrap_err()), ["output-exists"]);

        let later = dir.path().join("later.yaml");
        let mut asked = request(&t, Some(&later));
        asked.replace = Replace::Never;
        let plan = Plan::new(&asked).unwrap();
        let mut render = |_: Fmt, _: bool, out: &mut dyn Write| Ok(out.write_all(b"new")?);
        let staged = plan.stage(&mut render).unwrap();
        std::fs::write(&later, "appeared").unwrap();
        let failed = staged.finish(&mut std::io::sink(), &mut render);
        assert!(matches!(failed, Err(WriteError::Exists { .. })));
        assert_eq!(std::fs::read_to_string(&later).unwrap(), "appeared");
    }

    #[test]
    fn the_executor_writes_files_and_stdout_and_a_failed_stdout_replaces_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.json");
        std::fs::write(&file, "old").unwrap();
        let t = targets(&[&format!("json={}", file.display()), "table"]);
        let plan = Plan::new(&request(&t, None)).unwrap();
        let mut render =
            |f: Fmt, to_file: bool, out: &mut dyn Write| Ok(write!(out, "{f:?} {to_file}")?);
        let mut stdout = Vec::new();
        plan.execute(&mut stdout, &mut render).unwrap();
        assert_eq!(stdout, b"Table false");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "Json true");

        std::fs::write(&file, "old").unwrap();
        let mut full = FullStream;
        let failed = plan.execute(&mut full, &mut render);
        assert!(matches!(failed, Err(WriteError::Stdout(_))));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
    }

    struct FullStream;

    impl Write for FullStream {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
}
