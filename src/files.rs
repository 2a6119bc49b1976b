//! Writing files: atomically, so a reader (or a crash) never sees a
//! half-written output.

use std::io::Write;
use std::path::Path;

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
    // A device or a pipe (`--output /dev/stdout`, a FIFO) cannot be replaced by
    // renaming, and must not be: write into it.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let mut out = std::io::BufWriter::new(std::fs::OpenOptions::new().write(true).open(path)?);
        produce(&mut out)?;
        return out.flush();
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".horsligne-")
        .tempfile_in(dir)?;
    let mut out = std::io::BufWriter::new(tmp);
    produce(&mut out)?;
    let tmp = out.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
