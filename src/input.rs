//! Reading the user's files: every file the tool reads (catalogue, rule packs,
//! phrases, baseline, saved report) goes through here.
//!
//! A path can name anything: a device (`/dev/zero` never ends), a FIFO (opening
//! it waits for a writer forever), a kernel pseudo-file (`/proc/self/environ`
//! says it holds 0 bytes and then hands out the environment), a directory tree
//! whose symbolic links loop back on themselves. So only regular files are
//! read, never more than a limit whatever their metadata says, only text (no
//! control characters) is accepted, and a directory walk visits each directory
//! once. A refused file's content is never shown: the diagnostics point at it
//! by line and column only.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::i18n::Message;

/// Largest saved report or baseline read back: a report of 100,000 procedures
/// is a few hundred megabytes of JSON; anything larger is not one.
pub const MAX_REPORT_BYTES: u64 = 1024 * 1024 * 1024;

/// What a path names, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotRegular {
    Directory,
    /// A character or block device (`/dev/zero`, a disk).
    Device,
    /// A named pipe: opening it would wait for a writer.
    Fifo,
    Socket,
    /// A kernel file (`/proc`, `/sys`): its size is not its content.
    PseudoFile,
}

impl NotRegular {
    fn of(file_type: std::fs::FileType) -> Option<Self> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(Self::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Some(Self::Fifo);
            }
            if file_type.is_socket() {
                return Some(Self::Socket);
            }
        }
        Some(Self::Device)
    }

    fn key(self) -> &'static str {
        match self {
            Self::Directory => "input-kind-directory",
            Self::Device => "input-kind-device",
            Self::Fifo => "input-kind-fifo",
            Self::Socket => "input-kind-socket",
            Self::PseudoFile => "input-kind-pseudo-file",
        }
    }
}

/// Why a file was not read as text.
#[derive(Debug)]
pub enum ReadError {
    Open(std::io::Error),
    NotRegular(NotRegular),
    /// `size` is what was seen: the file's length, or the limit plus one
    /// byte when the file said nothing true about its length.
    TooLarge {
        size: u64,
        limit: u64,
    },
    NotUtf8 {
        line: u32,
        column: u32,
    },
    /// A control character (a NUL, an escape sequence): binary data, or text
    /// that would drive the terminal it is shown on.
    NotText {
        line: u32,
        column: u32,
        code: u32,
    },
}

impl ReadError {
    /// The error as a diagnostic on `path`. It never carries the file's text.
    pub fn diagnostic(&self, path: &Path) -> Diagnostic {
        let whole_file = |message: Message| Diagnostic::new(path, 0, 0, message);
        match self {
            Self::Open(error) => whole_file(cannot_open(error)),
            Self::NotRegular(kind) => whole_file(
                Message::new("input-not-regular").message("kind", Message::new(kind.key())),
            )
            .with_help(Some(Message::new("input-not-regular-help"))),
            Self::TooLarge { size, limit } => whole_file(
                Message::new("load-too-large")
                    .arg("size", human_bytes(*size))
                    .arg("limit", human_bytes(*limit)),
            )
            .with_help(Some(Message::new("load-too-large-help"))),
            Self::NotUtf8 { line, column } => {
                Diagnostic::new(path, *line, *column, Message::new("load-not-utf8"))
                    .with_help(Some(Message::new("load-not-utf8-help")))
            }
            Self::NotText { line, column, code } => Diagnostic::new(
                path,
                *line,
                *column,
                Message::new("input-not-text").arg("code", format!("{code:04X}")),
            )
            .with_help(Some(Message::new("input-not-text-help"))),
        }
    }
}

impl ReadError {
    /// Why the file was not read, without where.
    pub fn message(&self) -> Message {
        self.diagnostic(Path::new("")).message
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(crate::i18n::Lang::En))
    }
}

impl std::error::Error for ReadError {}

/// Reads the regular file at `path` as text, never more than `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    text_from_bytes(read_bytes(path, limit)?)
}

/// The metadata of `path` when it names a regular file (through links).
/// Asked before opening: opening a FIFO waits for a writer.
pub fn regular_file(path: &Path) -> Result<std::fs::Metadata, ReadError> {
    let metadata = std::fs::metadata(path).map_err(ReadError::Open)?;
    match NotRegular::of(metadata.file_type()) {
        Some(kind) => Err(ReadError::NotRegular(kind)),
        None => Ok(metadata),
    }
}

/// Opens the regular file at `path` for reading, refusing it when it says it
/// holds more than `limit` bytes. The caller reads through `take(limit + 1)`
/// (as `read_bytes` does) when the content is read whole.
pub fn open_regular(path: &Path, limit: u64) -> Result<std::fs::File, ReadError> {
    let metadata = regular_file(path)?;
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(ReadError::Open)?;
    // The path may have been replaced between the two looks.
    let opened = file.metadata().map_err(ReadError::Open)?;
    if let Some(kind) = NotRegular::of(opened.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    Ok(file)
}

/// Reads the regular file at `path` whole, never more than `limit` bytes
/// (a workbook, a zip, an export: bytes the caller parses from memory).
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, limit)?;
    let declared = file.metadata().map_err(ReadError::Open)?.len();
    let mut bytes = Vec::with_capacity(declared.min(limit) as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Open)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    // A kernel file says it is empty and then has content (`/proc/self/environ`).
    if declared == 0 && !bytes.is_empty() {
        return Err(ReadError::NotRegular(NotRegular::PseudoFile));
    }
    Ok(bytes)
}

/// The text of a file's bytes: without a UTF-8 byte order mark, valid UTF-8,
/// no control character but tab, line feed and carriage return (YAML and
/// JSON allow no other outside escapes).
pub fn text_from_bytes(bytes: Vec<u8>) -> Result<String, ReadError> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = position(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        ReadError::NotUtf8 { line, column }
    })?;
    if let Some(at) = text
        .bytes()
        .position(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F)
    {
        let (line, column) = position(&text.as_bytes()[..at]);
        return Err(ReadError::NotText {
            line,
            column,
            code: u32::from(text.as_bytes()[at]),
        });
    }
    Ok(text)
}

/// 1-based line and column (in characters) just after `before`.
fn position(before: &[u8]) -> (u32, u32) {
    let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let last_line = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(before, |i| &before[i + 1..]);
    let column = String::from_utf8_lossy(last_line).chars().count() as u32 + 1;
    (line, column)
}

/// The YAML files under `path`: the path itself when it is not a directory,
/// else every `*.yaml` / `*.yml` below it, hidden entries left out, sorted.
/// Each directory is visited once however many links lead to it, so links
/// that loop (`l1 -> .`) neither hang nor multiply the walk. Entries that are
/// not regular files are kept: reading them gives the diagnostic that says so.
pub fn yaml_files(path: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let fail = |message: Message| Err(Diagnostic::new(path, 0, 0, message));
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return fail(cannot_open(&e)),
    };
    if !metadata.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut visited: HashSet<PathBuf> = HashSet::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let identity = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if !visited.insert(identity) {
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => return Err(Diagnostic::new(&dir, 0, 0, cannot_open(&e))),
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let entry_path = entry.path();
            if entry_path.is_dir() {
                stack.push(entry_path);
            } else if matches!(
                entry_path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                files.push(entry_path);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return fail(Message::new("load-no-yaml"));
    }
    Ok(files)
}

/// "cannot open: no such file or directory", in the user's language (the
/// system's own words are English).
pub fn cannot_open(error: &std::io::Error) -> Message {
    Message::new("load-cannot-open").keys("error", vec![crate::diagnostic::io_error_key(error)])
}

pub fn human_bytes(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes as f64 >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB)
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_text_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "\u{feff}version: 1\n\tb: é\r\n").unwrap();
        assert_eq!(read_text(&path, 100).unwrap(), "version: 1\n\tb: é\r\n");
    }

    #[test]
    fn the_limit_holds_whatever_the_size_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "x".repeat(11)).unwrap();
        assert!(matches!(
            read_text(&path, 10),
            Err(ReadError::TooLarge {
                size: 11,
                limit: 10
            })
        ));
        assert!(read_text(&path, 11).is_ok());
    }

    #[test]
    fn control_characters_are_not_text_and_are_located() {
        let err = text_from_bytes(b"a: 1\nb: x\x1b[31m\n".to_vec()).unwrap_err();
        assert!(matches!(
            err,
            ReadError::NotText {
                line: 2,
                column: 5,
                code: 0x1B
            }
        ));
        let err = text_from_bytes(b"A=1\0B=2".to_vec()).unwrap_err();
        assert!(matches!(err, ReadError::NotText { code: 0, .. }));
        assert!(text_from_bytes(b"tab\there\r\n".to_vec()).is_ok());
    }

    #[test]
    fn invalid_utf8_is_located_in_characters() {
        let err = text_from_bytes(b"\xc3\xa9t\xc3\xa9\n\xc3\xa9\xff".to_vec()).unwrap_err();
        assert!(matches!(err, ReadError::NotUtf8 { line: 2, column: 2 }));
    }

    #[test]
    fn a_directory_is_not_read_as_a_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_text(dir.path(), 100),
            Err(ReadError::NotRegular(NotRegular::Directory))
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn devices_and_kernel_files_are_refused() {
        assert!(matches!(
            read_text(Path::new("/dev/zero"), 100),
            Err(ReadError::NotRegular(NotRegular::Device))
        ));
        assert!(matches!(
            read_text(Path::new("/proc/self/environ"), 1 << 20),
            Err(ReadError::NotRegular(NotRegular::PseudoFile))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "x: 1\n").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.yml"), "x: 1\n").unwrap();
        for name in ["l1", "l2", "sub/up"] {
            let target = if name == "sub/up" { ".." } else { "." };
            std::os::unix::fs::symlink(target, dir.path().join(name)).unwrap();
        }
        let files = yaml_files(dir.path()).unwrap();
        assert_eq!(files.len(), 2, "{files:?}");
    }
}
