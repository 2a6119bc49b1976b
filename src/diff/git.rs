//! Reading a catalogue as it was at a git revision, straight from the object
//! database (`git ls-tree`, `git cat-file`): no checkout, no temporary files,
//! the working tree is never touched. The files are then parsed, merged and
//! resolved by the same loader functions as a catalogue on disk.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::catalog::load::{self, LoadOptions, SourceFile};
use crate::catalog::{resolve, Catalog};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Message;

/// Loads the catalogue that `path` (a file or directory in a git working
/// tree) held at `revision`.
pub fn open_at_revision(
    path: &Path,
    revision: &str,
    options: &LoadOptions,
) -> Result<Catalog, Diagnostics> {
    let fail = |message: Message| Diagnostics(vec![Diagnostic::new(path, 0, 0, message)]);
    if revision.starts_with('-') {
        return Err(fail(
            Message::new("git-bad-revision").arg("revision", revision),
        ));
    }
    let absolute = std::path::absolute(path).map_err(|e| fail(crate::input::cannot_open(&e)))?;
    // The path may not exist any more in the working tree; git is asked from
    // its closest existing ancestor.
    let anchor = absolute
        .ancestors()
        .find(|p| p.is_dir())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let toplevel = git(&anchor, &["rev-parse", "--show-toplevel"]).map_err(fail)?;
    let toplevel = PathBuf::from(String::from_utf8_lossy(&toplevel).trim());
    let toplevel = toplevel.canonicalize().unwrap_or(toplevel);
    let canonical_anchor = anchor.canonicalize().unwrap_or(anchor.clone());
    let rest = absolute.strip_prefix(&anchor).unwrap_or(Path::new(""));
    let relative = canonical_anchor
        .join(rest)
        .strip_prefix(&toplevel)
        .map(Path::to_path_buf)
        .map_err(|_| fail(Message::new("git-outside-repository")))?;

    let commit = format!("{revision}^{{commit}}");
    git(&toplevel, &["rev-parse", "--verify", "--quiet", &commit])
        .map_err(|_| fail(Message::new("git-bad-revision").arg("revision", revision)))?;

    let spec = git_path(&relative);
    let mut args = vec![
        "ls-tree",
        "-r",
        "-z",
        "--full-tree",
        "--name-only",
        revision,
    ];
    if !spec.is_empty() {
        args.extend(["--", spec.as_str()]);
    }
    let listing = git(&toplevel, &args).map_err(fail)?;
    let mut names: Vec<String> = listing
        .split(|b| *b == 0)
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .filter(|n| is_catalogue_file(n, &spec))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(fail(
            Message::new("git-no-catalogue")
                .arg("revision", revision)
                .arg("path", if spec.is_empty() { "." } else { spec.as_str() }),
        ));
    }

    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::with_capacity(names.len());
    let mut contents = Vec::with_capacity(names.len());
    for name in names {
        let shown = PathBuf::from(format!("{revision}:{name}"));
        let object = format!("{revision}:{name}");
        let size = git(&toplevel, &["cat-file", "-s", &object])
            .ok()
            .and_then(|s| String::from_utf8_lossy(&s).trim().parse::<u64>().ok());
        if size.is_some_and(|s| s > options.max_file_bytes) {
            diagnostics.push(Diagnostic::new(
                &shown,
                0,
                0,
                Message::new("load-too-large")
                    .arg("size", crate::input::human_bytes(size.unwrap_or_default()))
                    .arg("limit", crate::input::human_bytes(options.max_file_bytes)),
            ));
            continue;
        }
        let bytes = match git(&toplevel, &["cat-file", "blob", &object]) {
            Ok(b) => b,
            Err(message) => {
                diagnostics.push(Diagnostic::new(&shown, 0, 0, message));
                continue;
            }
        };
        let text = match crate::input::text_from_bytes(bytes) {
            Ok(text) => text,
            Err(e) => {
                diagnostics.push(e.diagnostic(&shown));
                continue;
            }
        };
        match load::parse_yaml(&shown, &text) {
            Ok(content) => {
                files.push(SourceFile { path: shown, text });
                contents.push(content);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics.sorted());
    }
    let raw = load::merge_files(files, contents)?;
    resolve::resolve_owned(raw)
}

/// `catalog/etat-civil.yaml`, with forward slashes whatever the platform.
fn git_path(relative: &Path) -> String {
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The same files `catalog::load::catalogue_files` would read on disk: YAML
/// files, none under a hidden directory (below the path asked for).
fn is_catalogue_file(name: &str, spec: &str) -> bool {
    let below = name
        .strip_prefix(spec)
        .map(|r| r.trim_start_matches('/'))
        .unwrap_or(name);
    let hidden = below.split('/').any(|part| part.starts_with('.'));
    let yaml = name.ends_with(".yaml") || name.ends_with(".yml");
    yaml && (!hidden || name == spec)
}

/// Runs git in `dir` (also used by `history --git`).
pub(crate) fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Message> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| Message::new("git-cannot-run").arg("error", e))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(Message::new("git-failed")
            .arg("command", format!("git {}", args.join(" ")))
            .arg("error", stderr.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_files_are_yaml_outside_hidden_directories() {
        assert!(is_catalogue_file("catalog/etat-civil.yaml", "catalog"));
        assert!(is_catalogue_file("catalog/sub/x.yml", "catalog"));
        assert!(!is_catalogue_file("catalog/README.md", "catalog"));
        assert!(!is_catalogue_file("catalog/.drafts/x.yaml", "catalog"));
        assert!(is_catalogue_file("one.yaml", "one.yaml"));
    }
}
