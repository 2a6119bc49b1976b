//! `history --git PATH`: the same evolution computed from a catalogue's git
//! history, for a council without a database: one point per commit that
//! changed it, each read straight from git by `diff`'s reader and audited as
//! of its commit date, recorded in a history that lives only for this run.

use std::path::Path;

use chrono::NaiveDate;

use crate::audit::{self, AuditOptions};
use crate::catalog::LoadOptions;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};
use crate::packs::{Library, Selection};
use crate::report::model::Report;

use super::{History, Run};

/// A commit whose catalogue could not be read: the evolution skips it.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub commit: String,
    pub errors: Vec<String>,
}

/// Audits the catalogue at `path` at every commit that changed it, oldest
/// first, into an in-memory history.
pub fn history_of(
    path: &Path,
    library: &Library,
    selection: &Selection,
    load: &LoadOptions,
    lang: Lang,
) -> Result<(History, Vec<Skipped>), Diagnostics> {
    let fail = |message: Message| Diagnostics(vec![Diagnostic::new(path, 0, 0, message)]);
    let absolute = std::path::absolute(path).map_err(|e| fail(crate::input::cannot_open(&e)))?;
    let dir = if absolute.is_dir() {
        absolute.clone()
    } else {
        absolute
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| absolute.clone())
    };
    let target = absolute.to_string_lossy();
    let log = crate::diff::git::git(
        &dir,
        &["log", "--reverse", "--format=%H%x09%cs", "--", &target],
    )
    .map_err(fail)?;
    let log = String::from_utf8_lossy(&log);
    let commits: Vec<(&str, NaiveDate)> = log
        .lines()
        .filter_map(|l| {
            let (hash, date) = l.split_once('\t')?;
            Some((hash, date.parse().ok()?))
        })
        .collect();
    if commits.is_empty() {
        return Err(fail(Message::new("hi-git-no-commit")));
    }
    let mut history = History::in_memory().map_err(|e| fail(e.message(path)))?;
    let mut skipped = Vec::new();
    for (hash, date) in commits {
        let short = &hash[..hash.len().min(10)];
        let catalog = match crate::diff::git::open_at_revision(path, hash, load) {
            Ok(c) => c,
            Err(d) => {
                skipped.push(Skipped {
                    commit: short.to_owned(),
                    errors: d.0.iter().map(|d| d.render(lang)).collect(),
                });
                continue;
            }
        };
        let policy = library.select(&catalog.authority, selection)?;
        let references = crate::survey::references_of(&catalog);
        let audit = audit::run_owned(catalog, &policy, &AuditOptions::on(Some(date)));
        let report = Report::from_owned_audit(audit, lang);
        let summary = crate::survey::summarise(path.display().to_string(), &references, &report);
        history
            .record(&Run {
                date,
                label: Some(short.to_owned()),
                tool_version: env!("CARGO_PKG_VERSION"),
                authorities: std::slice::from_ref(&summary),
            })
            .map_err(|e| fail(e.message(path)))?;
    }
    Ok((history, skipped))
}
