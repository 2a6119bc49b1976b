//! Reading catalogue files and directories into one raw catalogue.
//!
//! Every file is read with a size limit, checked for UTF-8 and parsed with a
//! YAML budget (so an alias bomb is refused quickly with bounded memory);
//! files are parsed in parallel and every file's errors are reported together.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::model::{Authority, CatalogFile, Contact, Procedure};
use crate::diagnostic::{from_yaml_error, Diagnostic, Diagnostics};
use crate::i18n::Message;

/// Files larger than this are refused unless the user raises the limit: a
/// council's catalogue is a few hundred kilobytes, and an accidental 2 GB log
/// file must not be read into memory.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// Index of a file in `RawCatalog::files`.
pub type FileId = usize;

/// A source file of the catalogue and its text (kept for diagnostics).
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// All files of a catalogue, merged but not yet resolved.
#[derive(Debug)]
pub struct RawCatalog {
    pub files: Vec<SourceFile>,
    pub authority: Option<(Authority, FileId)>,
    pub version: Option<(u32, FileId, u32)>,
    pub contacts: BTreeMap<String, (Contact, FileId)>,
    /// Every file's procedures, in file order. Kept apart from their files
    /// (`procedure_files`) so that a single file's list is moved in, not
    /// copied: on a large catalogue it weighs hundreds of MB.
    pub procedures: Vec<Procedure>,
    /// The file of each procedure (same index as `procedures`).
    pub procedure_files: Vec<FileId>,
    /// Where each line of each file starts, indexed at the file's first
    /// diagnostic: finding the line by counting from the top again for each
    /// of thousands of diagnostics took minutes on a 65 MB file.
    line_starts: Vec<std::sync::OnceLock<Vec<usize>>>,
}

impl RawCatalog {
    /// Each procedure with the file it was read from.
    pub fn procedures(&self) -> impl ExactSizeIterator<Item = (&Procedure, FileId)> {
        self.procedures
            .iter()
            .zip(self.procedure_files.iter().copied())
    }

    pub fn path(&self, file: FileId) -> &Path {
        &self.files[file].path
    }

    pub fn diagnostic(&self, file: FileId, line: u32, column: u32, message: Message) -> Diagnostic {
        Diagnostic::new(self.path(file), line, column, message).with_line(self.line(file, line))
    }

    /// Line `line` (from 1) of `file`, without its end of line.
    fn line(&self, file: FileId, line: u32) -> Option<&str> {
        let text = &self.files[file].text;
        let starts = self.line_starts[file].get_or_init(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let start = *starts.get((line as usize).checked_sub(1)?)?;
        if start >= text.len() {
            return None;
        }
        let end = starts
            .get(line as usize)
            .map_or(text.len(), |next| next - 1);
        let line = text.get(start..end)?;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// The YAML files that make up the catalogue at `path`: the file itself, or
/// every `*.yaml` / `*.yml` under the directory, in a stable order.
pub fn catalogue_files(path: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    // The default catalogue, asked for where there is none: say what to run.
    let missing = std::fs::metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
    if missing && path == Path::new("catalog") {
        return Err(Diagnostics(vec![Diagnostic::new(
            path,
            0,
            0,
            Message::new("load-no-default-catalog"),
        )
        .with_help(Some(Message::new("load-no-default-catalog-help")))]));
    }
    crate::input::yaml_files(path).map_err(|d| Diagnostics(vec![d]))
}

/// Reads `path` (a file or a directory) and merges its files.
pub fn load(path: &Path, options: &LoadOptions) -> Result<RawCatalog, Diagnostics> {
    let paths = catalogue_files(path)?;
    let parsed: Vec<Result<(SourceFile, CatalogFile), Diagnostics>> = paths
        .into_par_iter()
        .map(|p| read_and_parse_catalog(p, options))
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::with_capacity(parsed.len());
    let mut contents = Vec::with_capacity(parsed.len());
    for result in parsed {
        match result {
            Ok((source, content)) => {
                files.push(source);
                contents.push(content);
            }
            Err(d) => diagnostics.extend(d),
        }
    }
    let raw = merge(files, contents, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(raw)
    } else {
        Err(diagnostics.sorted())
    }
}

/// Merges files already parsed (one authority, contacts by id, procedures concatenated).
pub fn merge_files(
    files: Vec<SourceFile>,
    contents: Vec<CatalogFile>,
) -> Result<RawCatalog, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let raw = merge(files, contents, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(raw)
    } else {
        Err(diagnostics.sorted())
    }
}

/// Reads one YAML document of type `T` from `path`, with the same limits and
/// diagnostics as catalogue files (used for rule packs too).
pub fn read_and_parse<T: serde::de::DeserializeOwned>(
    path: PathBuf,
    options: &LoadOptions,
) -> Result<(SourceFile, T), Diagnostic> {
    let text = read_text(&path, options)?;
    let value = parse_yaml(&path, &text)?;
    Ok((SourceFile { path, text }, value))
}

/// Reads one catalogue file, with every structural error of it when it
/// cannot be read (see `recover`).
fn read_and_parse_catalog(
    path: PathBuf,
    options: &LoadOptions,
) -> Result<(SourceFile, CatalogFile), Diagnostics> {
    let text = read_text(&path, options).map_err(|d| Diagnostics(vec![d]))?;
    let content = parse_catalog_file(&path, &text)?;
    Ok((SourceFile { path, text }, content))
}

/// Parses a catalogue file's text, reporting every structural error at once.
pub fn parse_catalog_file(path: &Path, text: &str) -> Result<CatalogFile, Diagnostics> {
    parse_yaml(path, text)
        .map_err(|first| super::recover::all_errors(path, text, first, || yaml_options(text.len())))
}

/// Reads a text file the user gave, with the catalogue's limits and diagnostics.
pub fn read_text(path: &Path, options: &LoadOptions) -> Result<String, Diagnostic> {
    crate::input::read_text(path, options.max_file_bytes).map_err(|e| e.diagnostic(path))
}

pub fn parse_yaml<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::new(path, 0, 0, Message::new("load-empty-file")));
    }
    serde_saphyr::from_str_with_options(text, yaml_options(text.len()))
        .map_err(|e| from_yaml_error(path, text, &e))
}

/// Budgets scale with the input, so a large honest catalogue is read in full
/// while alias expansion (the "billion laughs") stays capped whatever the size.
fn yaml_options(input_len: usize) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = budget.max_events.max(input_len);
    budget.max_nodes = budget.max_nodes.max(input_len / 2);
    budget.max_total_scalar_bytes = budget.max_total_scalar_bytes.max(input_len);
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    // The catalogue's comments are for its readers, not for us: without
    // comment events, a long comment block inside a list (a council's notes
    // above a procedure) is not limited to the parser's 32 buffered comments.
    options.emit_comments = false;
    options
}

fn merge(
    files: Vec<SourceFile>,
    contents: Vec<CatalogFile>,
    diagnostics: &mut Diagnostics,
) -> RawCatalog {
    let mut raw = RawCatalog {
        line_starts: files.iter().map(|_| std::sync::OnceLock::new()).collect(),
        files,
        authority: None,
        version: None,
        contacts: BTreeMap::new(),
        procedures: Vec::new(),
        procedure_files: Vec::new(),
    };
    let single_file = contents.len() == 1;
    if !single_file {
        let total = contents.iter().map(|c| c.procedures.len()).sum();
        raw.procedures.reserve_exact(total);
        raw.procedure_files.reserve_exact(total);
    }
    let mut procedure_ids: std::collections::HashMap<String, (FileId, u32)> = Default::default();
    for (file, content) in contents.into_iter().enumerate() {
        if let Some(version) = content.version {
            match raw.version {
                // Each file of a split catalogue may say `version: 1` at its top:
                // the same version repeated says nothing new; a different one
                // cannot be understood.
                Some((first_version, _, _)) if first_version == version.value => {}
                Some((first_version, first_file, first_line)) => diagnostics.push(
                    raw.diagnostic(
                        file,
                        version.line,
                        version.column,
                        Message::new("load-duplicate-version")
                            .arg("version", version.value)
                            .arg("first_version", first_version)
                            .arg(
                                "first",
                                format!("{}:{first_line}", raw.path(first_file).display()),
                            ),
                    ),
                ),
                None => raw.version = Some((version.value, file, version.line)),
            }
        }
        if let Some(authority) = content.authority {
            match &raw.authority {
                Some((_, first_file)) => diagnostics.push(
                    raw.diagnostic(
                        file,
                        authority.id.line,
                        authority.id.column,
                        Message::new("load-duplicate-authority")
                            .arg("first", raw.path(*first_file).display()),
                    ),
                ),
                None => raw.authority = Some((authority, file)),
            }
        }
        for (id, contact) in content.contacts {
            match raw.contacts.entry(id) {
                Entry::Occupied(first) => {
                    let message = Message::new("load-duplicate-contact")
                        .arg("id", first.key())
                        .arg("first", raw.files[first.get().1].path.display());
                    diagnostics.push(
                        Diagnostic::new(
                            &raw.files[file].path,
                            contact.kind.line,
                            contact.kind.column,
                            message,
                        )
                        .with_line(raw.line(file, contact.kind.line)),
                    );
                }
                Entry::Vacant(slot) => {
                    slot.insert((contact, file));
                }
            }
        }
        let mut procedures = content.procedures;
        procedures.retain(|procedure| {
            let id = &procedure.id;
            if let Some((first_file, first_line)) = procedure_ids.get(&id.value) {
                let first = format!("{}:{first_line}", raw.path(*first_file).display());
                diagnostics.push(
                    raw.diagnostic(
                        file,
                        id.line,
                        id.column,
                        Message::new("load-duplicate-procedure")
                            .arg("id", &id.value)
                            .arg("first", first),
                    ),
                );
                return false;
            }
            procedure_ids.insert(id.value.clone(), (file, id.line));
            true
        });
        raw.procedure_files
            .extend(std::iter::repeat_n(file, procedures.len()));
        if single_file {
            // One file's list becomes the catalogue's, without a copy.
            raw.procedures = procedures;
        } else {
            raw.procedures.append(&mut procedures);
        }
    }
    if diagnostics.is_empty() {
        let first = raw
            .files
            .first()
            .map(|f| f.path.clone())
            .unwrap_or_default();
        match raw.version {
            None => diagnostics.push(Diagnostic::new(
                &first,
                0,
                0,
                Message::new("load-missing-version"),
            )),
            Some((version, file, line)) if version != 1 => diagnostics.push(raw.diagnostic(
                file,
                line,
                0,
                Message::new("load-unsupported-version").arg("version", version),
            )),
            Some(_) => {}
        }
        if raw.authority.is_none() {
            diagnostics.push(Diagnostic::new(
                &first,
                0,
                0,
                Message::new("load-missing-authority"),
            ));
        }
        if raw.procedures.is_empty() {
            diagnostics.push(
                Diagnostic::new(&first, 0, 0, Message::new("load-no-procedures"))
                    .with_help(Some(Message::new("load-no-procedures-help"))),
            );
        }
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_of(text: &str) -> RawCatalog {
        let files = vec![SourceFile {
            path: PathBuf::from("c.yaml"),
            text: text.to_owned(),
        }];
        merge(
            files,
            vec![CatalogFile::default()],
            &mut Diagnostics::default(),
        )
    }

    #[test]
    fn a_line_is_found_as_lines_would_find_it() {
        for text in [
            "a\nbb\n\nccc",
            "a\r\nbb\r\n",
            "one line",
            "\n\nthird\n",
            "é\nà ü\n",
        ] {
            let raw = raw_of(text);
            for line in 0..=6u32 {
                let expected = (line > 0)
                    .then(|| text.lines().nth(line as usize - 1))
                    .flatten();
                assert_eq!(raw.line(0, line), expected, "{text:?} line {line}");
            }
        }
    }
}
