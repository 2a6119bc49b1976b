//! Writing files: atomically, so a reader (or a crash) never sees a
//! half-written output; all outputs of a run together or none of them; never
//! over what the user wrote (the run's inputs).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Message;

/// Writes `contents` to `path` atomically: a reader (or a crash) never sees a
/// half-written report, and an existing file is only replaced once the new one
/// is complete.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |out| out.write_all(contents))
}

/// Like `write_atomically`, for content produced by a writer callback.
pub fn write_atomically_with(
    path: &Path,
    produce: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut outputs = Outputs::default();
    outputs.write(path, produce)?;
    outputs.commit()
}

/// Creates the folder `dir` and its parents, for outputs that go in a
/// folder (a CSV export, a catalogue, the page cache, manual pages): here, so
/// every change the tool makes to the file system is in this module.
pub fn create_dir_all(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Whether anything is at `path`, a dangling symbolic link included (which
/// `Path::exists` does not see, and writing through would create its target).
pub fn occupied(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `contents` to `path` only if nothing is there, not even a dangling
/// link, at the moment it is put in place (a file created while the run was
/// working is kept): an `AlreadyExists` error otherwise. The file is an
/// ordinary one (0644 under the usual umask), complete or absent.
pub fn write_new(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if occupied(path) {
        return Err(std::io::ErrorKind::AlreadyExists.into());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = ordinary_file_builder().tempfile_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// The outputs of one run, written all together or not at all: each is first
/// written in full beside its destination (a temporary file), and only when
/// every one is ready does `commit` put them in place. A run that fails
/// before `commit` (an unwritable file, a full disk, an input error found
/// late) has replaced nothing; dropping `Outputs` removes the temporaries.
#[derive(Default)]
pub struct Outputs {
    staged: Vec<Staged>,
}

enum Staged {
    /// A regular file (or a new one): renamed over its destination.
    Replace {
        tmp: tempfile::NamedTempFile,
        path: PathBuf,
    },
    /// A device or a pipe (`--output /dev/stdout`, a FIFO) cannot be replaced
    /// by renaming, and must not be: its content is kept aside and written
    /// into it at commit.
    Device {
        content: std::fs::File,
        path: PathBuf,
    },
    /// Text added at the end of a file others also write (GitHub's job
    /// summary); the file is opened when staged, so a bad path fails early.
    Append {
        file: std::fs::File,
        content: Vec<u8>,
        path: PathBuf,
    },
}

impl Outputs {
    /// Prepares `path`'s new content, without touching `path` yet.
    pub fn write(
        &mut self,
        path: &Path,
        produce: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let existing = std::fs::metadata(path).ok();
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            let mut out = std::io::BufWriter::new(tempfile::tempfile()?);
            produce(&mut out)?;
            let content = out.into_inner().map_err(|e| e.into_error())?;
            self.staged.push(Staged::Device {
                content,
                path: path.to_path_buf(),
            });
            return Ok(());
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let tmp = ordinary_file_builder().tempfile_in(dir)?;
        // Replacing a report keeps the permissions its owner gave it.
        if let Some(existing) = existing {
            tmp.as_file().set_permissions(existing.permissions())?;
        }
        let mut out = std::io::BufWriter::new(tmp);
        produce(&mut out)?;
        let tmp = out.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        self.staged.push(Staged::Replace {
            tmp,
            path: path.to_path_buf(),
        });
        Ok(())
    }

    /// Prepares `content` to be added at the end of `path` (created if absent).
    pub fn append(&mut self, path: &Path, content: &[u8]) -> std::io::Result<()> {
        let file = open_without_waiting(path, true)?;
        self.staged.push(Staged::Append {
            file,
            content: content.to_vec(),
            path: path.to_path_buf(),
        });
        Ok(())
    }

    /// Puts every prepared output in place.
    pub fn commit(self) -> std::io::Result<()> {
        self.put_in_place(false).map_err(|(_, e)| e)
    }

    /// Puts every prepared output in place, saying which one failed; with
    /// `never_replace`, only where nothing is, not even a dangling link: a
    /// file that appeared while the run worked is kept (`AlreadyExists`).
    pub fn put_in_place(self, never_replace: bool) -> Result<(), (PathBuf, std::io::Error)> {
        for staged in self.staged {
            match staged {
                Staged::Replace { tmp, path } if never_replace => {
                    if occupied(&path) {
                        return Err((path, std::io::ErrorKind::AlreadyExists.into()));
                    }
                    if let Err(e) = tmp.persist_noclobber(&path) {
                        return Err((path, e.error));
                    }
                }
                Staged::Replace { tmp, path } => {
                    if let Err(e) = tmp.persist(&path) {
                        return Err((path, e.error));
                    }
                }
                Staged::Device { content, path } => {
                    copy_into_device(content, &path).map_err(|e| (path, e))?;
                }
                Staged::Append {
                    mut file,
                    content,
                    path,
                } => file.write_all(&content).map_err(|e| (path, e))?,
            }
        }
        Ok(())
    }
}

/// Writes what was kept aside into a device or a pipe, at commit.
fn copy_into_device(mut content: std::fs::File, path: &Path) -> std::io::Result<()> {
    use std::io::Seek;
    content.rewind()?;
    let mut out = open_without_waiting(path, false)?;
    std::io::copy(&mut content, &mut out)?;
    out.flush()
}

/// Opens `path` for writing (appending, creating it if absent, when
/// `append`) without waiting: opening a FIFO nobody reads blocks forever, so
/// it is first opened non-blocking, which fails at once ("no such device or
/// address") when there is no reader; with one, the ordinary blocking open
/// that follows returns at once too, and writes wait for the reader as they
/// should.
fn open_without_waiting(path: &Path, append: bool) -> std::io::Result<std::fs::File> {
    let options = || {
        let mut options = std::fs::OpenOptions::new();
        if append {
            options.create(true).append(true);
        } else {
            options.write(true);
        }
        options
    };
    #[cfg(unix)]
    let _probe = {
        use std::os::unix::fs::OpenOptionsExt;
        options().custom_flags(libc::O_NONBLOCK).open(path)?
    };
    options().open(path)
}

/// Temporary files that become ordinary files once renamed: readable by
/// others as the umask allows (0644 under the usual 022), not tempfile's 0600.
fn ordinary_file_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".horsligne-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
}

/// Why an output of the run is refused before any work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputRefusal {
    /// The output is a directory.
    IsDirectory { output: PathBuf },
    /// The output would write over an input of the run, or put a YAML file in
    /// an input directory (it would become part of the catalogue or packs).
    IsInput { output: PathBuf, input: PathBuf },
    /// Two outputs of the run are the same file: one would be lost.
    Repeated { output: PathBuf },
}

impl OutputRefusal {
    /// The refusal in the tool's words.
    pub fn message(&self) -> Message {
        match self {
            Self::IsDirectory { output } => {
                Message::new("cli-output-is-dir").arg("path", output.display())
            }
            Self::IsInput { output, input } => Message::new("cli-output-is-input")
                .arg("path", output.display())
                .arg("input", input.display()),
            Self::Repeated { output } => {
                Message::new("cli-output-repeated").arg("path", output.display())
            }
        }
    }
}

/// Refuses, before any work, to write over what the user wrote: an input of
/// this run (a catalogue file, a saved report, a baseline), or a YAML file
/// inside an input directory; an output that is a directory; and the same
/// file given twice as an output. A device or a pipe (`--output /dev/stdout`)
/// is never an input.
pub fn check_outputs(outputs: &[&Path], inputs: &[&Path]) -> Result<(), Vec<OutputRefusal>> {
    let mut refusals = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for output in outputs {
        let target = resolved(output);
        if let Some(target) = &target {
            if seen.contains(target) {
                refusals.push(OutputRefusal::Repeated {
                    output: output.to_path_buf(),
                });
                continue;
            }
            seen.push(target.clone());
        }
        match std::fs::metadata(output) {
            Ok(m) if m.is_dir() => {
                refusals.push(OutputRefusal::IsDirectory {
                    output: output.to_path_buf(),
                });
                continue;
            }
            Ok(m) if !m.is_file() => continue,
            _ => {}
        }
        let Some(target) = target else {
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
                refusals.push(OutputRefusal::IsInput {
                    output: output.to_path_buf(),
                    input: input.to_path_buf(),
                });
                break;
            }
        }
    }
    if refusals.is_empty() {
        Ok(())
    } else {
        Err(refusals)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn nothing_is_replaced_until_every_output_is_ready() {
        let dir = dir();
        let first = dir.path().join("a.html");
        std::fs::write(&first, "old").unwrap();
        let mut outputs = Outputs::default();
        outputs.write(&first, |out| out.write_all(b"new")).unwrap();
        let failed = outputs.write(&dir.path().join("missing/b.json"), |out| {
            out.write_all(b"x")
        });
        assert!(failed.is_err());
        drop(outputs);
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "old");
        // No temporary is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn commit_puts_every_output_in_place() {
        let dir = dir();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let mut outputs = Outputs::default();
        outputs.write(&a, |out| out.write_all(b"1")).unwrap();
        outputs.write(&b, |out| out.write_all(b"2")).unwrap();
        outputs.append(&dir.path().join("summary"), b"s").unwrap();
        outputs.commit().unwrap();
        assert_eq!(std::fs::read_to_string(a).unwrap(), "1");
        assert_eq!(std::fs::read_to_string(b).unwrap(), "2");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("summary")).unwrap(),
            "s"
        );
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_those_of_an_ordinary_file_or_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = dir();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let new = dir.path().join("new.html");
        write_atomically(&new, b"x").unwrap();
        // Whatever the umask, group and others get what it allows, not 0600.
        let umask_allowed = 0o666 & !current_umask();
        assert_eq!(mode(&new), umask_allowed);

        let kept = dir.path().join("kept.html");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&kept, b"new").unwrap();
        assert_eq!(mode(&kept), 0o640);
    }

    /// The umask, read from a file created with 0666 (tests run in one process).
    #[cfg(unix)]
    fn current_umask() -> u32 {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let dir = dir();
        let probe = dir.path().join("probe");
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o666)
            .open(&probe)
            .unwrap();
        !std::fs::metadata(&probe).unwrap().permissions().mode() & 0o666
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_never_replaces_anything_and_is_ordinary() {
        use std::os::unix::fs::PermissionsExt;
        let dir = dir();
        let dangling = dir.path().join("dangling.yaml");
        let target = dir.path().join("elsewhere.txt");
        std::os::unix::fs::symlink(&target, &dangling).unwrap();
        let refused = write_new(&dangling, b"x").unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::AlreadyExists);
        assert!(!target.exists(), "written through the link");

        let existing = dir.path().join("existing.yaml");
        std::fs::write(&existing, "mine").unwrap();
        assert!(write_new(&existing, b"x").is_err());
        assert_eq!(std::fs::read_to_string(&existing).unwrap(), "mine");

        let new = dir.path().join("new.yaml");
        write_new(&new, b"version: 1\n").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !current_umask());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_nobody_reads_is_refused_at_once_not_waited_on() {
        let dir = dir();
        let fifo = dir.path().join("summary");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let started = std::time::Instant::now();
        let mut outputs = Outputs::default();
        assert!(outputs.append(&fifo, b"s").is_err());
        let mut outputs = Outputs::default();
        outputs.write(&fifo, |out| out.write_all(b"r")).unwrap();
        assert!(outputs.commit().is_err());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // A device that is always there takes the output as before.
        let mut outputs = Outputs::default();
        outputs
            .write(Path::new("/dev/null"), |out| out.write_all(b"r"))
            .unwrap();
        outputs.commit().unwrap();
    }

    #[test]
    fn an_output_is_refused_over_an_input_twice_or_as_a_directory() {
        let dir = dir();
        let catalog = dir.path().join("catalog");
        std::fs::create_dir(&catalog).unwrap();
        let input_yaml = catalog.join("a.yaml");
        std::fs::write(&input_yaml, "").unwrap();
        let report = dir.path().join("r.html");
        let inputs = [catalog.as_path()];

        assert_eq!(check_outputs(&[&report], &inputs), Ok(()));
        assert_eq!(
            check_outputs(&[&input_yaml], &inputs),
            Err(vec![OutputRefusal::IsInput {
                output: input_yaml.clone(),
                input: catalog.clone(),
            }])
        );
        assert_eq!(
            check_outputs(&[&catalog.join("new.yml")], &inputs).map_err(|r| r.len()),
            Err(1)
        );
        // A report (not YAML) inside the catalogue folder is no catalogue file.
        assert_eq!(check_outputs(&[&catalog.join("r.html")], &inputs), Ok(()));
        assert_eq!(
            check_outputs(&[&report, &dir.path().join("./r.html")], &inputs),
            Err(vec![OutputRefusal::Repeated {
                output: dir.path().join("./r.html"),
            }])
        );
        assert_eq!(
            check_outputs(&[dir.path()], &[]),
            Err(vec![OutputRefusal::IsDirectory {
                output: dir.path().to_path_buf(),
            }])
        );
    }
}
