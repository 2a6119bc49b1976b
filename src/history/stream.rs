//! `history FILE -f json` on a large database: the evolution written while
//! it is read, row by row, instead of built whole and then printed (issue
//! 24: a history of many runs aborted for memory). The text is exactly the
//! pretty printing of `evolution::compute` (a test holds them together);
//! what stays in memory is one authority's points and the procedures of the
//! last run of each authority, which the next run is compared with.

use std::collections::HashMap;
use std::io::Write;

use rusqlite::params;
use serde::Serialize;

use super::evolution::{
    AccessChange, AuthorityPoint, ChangeKind, Figures, RunPoint, HISTORY_VERSION,
};
use super::{access_from, History, HistoryError};
use crate::catalog::Access;

/// Why the evolution could not be written.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

impl From<rusqlite::Error> for StreamError {
    fn from(e: rusqlite::Error) -> Self {
        StreamError::History(e.into())
    }
}

impl From<serde_json::Error> for StreamError {
    fn from(e: serde_json::Error) -> Self {
        StreamError::Write(e.into())
    }
}

/// Writes the evolution recorded in `history` as JSON (history version 1).
pub fn write_json(history: &History, out: &mut dyn Write) -> Result<(), StreamError> {
    write!(
        out,
        "{{\n  \"history_version\": {HISTORY_VERSION},\n  \"runs\": "
    )?;
    runs(history, out)?;
    out.write_all(b",\n  \"authorities\": ")?;
    authorities(history, out)?;
    out.write_all(b",\n  \"changes\": ")?;
    changes(history, out)?;
    out.write_all(b"\n}\n")?;
    Ok(())
}

/// A JSON array written one element at a time, as serde_json's pretty
/// printer writes it at depth 1.
struct Array<'o> {
    out: &'o mut dyn Write,
    empty: bool,
}

impl<'o> Array<'o> {
    fn new(out: &'o mut dyn Write) -> Self {
        Array { out, empty: true }
    }

    fn push<T: Serialize>(&mut self, item: &T) -> Result<(), StreamError> {
        self.out
            .write_all(if self.empty { b"[\n" } else { b",\n" })?;
        self.empty = false;
        self.out
            .write_all(&crate::report::json::print_element(item)?)?;
        Ok(())
    }

    fn finish(self) -> Result<(), StreamError> {
        self.out
            .write_all(if self.empty { b"[]" } else { b"\n  ]" })?;
        Ok(())
    }
}

/// A count as stored; a negative one (never written by the tool) is 0.
fn count(row: &rusqlite::Row, i: usize) -> rusqlite::Result<usize> {
    row.get::<_, i64>(i).map(|v| v.max(0) as usize)
}

/// The six figures at columns `from..from + 6`.
fn figures(row: &rusqlite::Row, from: usize) -> rusqlite::Result<Figures> {
    Ok(Figures {
        procedures: count(row, from)?,
        offline_possible: count(row, from + 1)?,
        online_only: count(row, from + 2)?,
        unreachable: count(row, from + 3)?,
        errors: count(row, from + 4)?,
        warnings: count(row, from + 5)?,
    })
}

const FIGURES: &str = "procedures, offline_possible, online_only, unreachable, errors, warnings";

/// Every run with its totals, summed by SQLite.
fn runs(history: &History, out: &mut dyn Write) -> Result<(), StreamError> {
    let sum = FIGURES
        .split(", ")
        .map(|c| format!("COALESCE(SUM(MAX(a.{c}, 0)), 0)"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = history.conn.prepare(&format!(
        "SELECT r.id, r.run_date, r.label, r.tool_version, COUNT(a.authority_id), {sum}
         FROM runs r LEFT JOIN authorities a ON a.run_id = r.id
         GROUP BY r.id ORDER BY r.run_date, r.id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut array = Array::new(out);
    while let Some(row) = rows.next()? {
        array.push(&RunPoint {
            run: row.get(0)?,
            date: row.get(1)?,
            label: row.get(2)?,
            tool_version: row.get(3)?,
            authorities: count(row, 4)?,
            figures: figures(row, 5)?,
        })?;
    }
    array.finish()
}

/// One authority's trend, as `AuthorityTrend` prints it, borrowing its points.
#[derive(Serialize)]
struct Trend<'a> {
    id: &'a str,
    name: &'a str,
    points: &'a [AuthorityPoint],
}

/// Each authority with its points, in the order of its id; its name is the
/// one of its last run.
fn authorities(history: &History, out: &mut dyn Write) -> Result<(), StreamError> {
    let mut stmt = history.conn.prepare(&format!(
        "SELECT a.authority_id, a.name, r.id, r.run_date, {FIGURES}
         FROM authorities a JOIN runs r ON r.id = a.run_id
         ORDER BY a.authority_id, r.run_date, r.id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut array = Array::new(out);
    let mut current: Option<(String, String)> = None;
    let mut points = Vec::new();
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        if current.as_ref().is_some_and(|(c, _)| *c != id) {
            if let Some((id, name)) = current.take() {
                array.push(&Trend {
                    id: &id,
                    name: &name,
                    points: &points,
                })?;
            }
            points.clear();
        }
        current = Some((id, row.get(1)?));
        points.push(AuthorityPoint {
            run: row.get(2)?,
            date: row.get(3)?,
            figures: figures(row, 4)?,
        });
    }
    if let Some((id, name)) = current {
        array.push(&Trend {
            id: &id,
            name: &name,
            points: &points,
        })?;
    }
    array.finish()
}

/// The procedures of the last run an authority was part of, and its date.
type LastSeen = HashMap<String, (String, HashMap<String, Access>)>;

/// The changes of access between consecutive runs of each authority, run by
/// run, authority by authority, procedure by procedure.
fn changes(history: &History, out: &mut dyn Write) -> Result<(), StreamError> {
    let runs = history.runs()?;
    let mut stmt = history.conn.prepare(
        "SELECT a.authority_id, a.name, p.procedure_id, p.title, p.access
         FROM authorities a LEFT JOIN procedures p
           ON p.run_id = a.run_id AND p.authority_id = a.authority_id
         WHERE a.run_id = ?1 ORDER BY a.authority_id, p.procedure_id",
    )?;
    let mut array = Array::new(out);
    let mut last_seen: LastSeen = HashMap::new();
    for run in &runs {
        let mut rows = stmt.query(params![run.id])?;
        // The authority being read: its id, name and procedures so far.
        let mut now: Option<(String, HashMap<String, Access>)> = None;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            if now.as_ref().is_some_and(|(c, _)| *c != id) {
                if let Some((done, procedures)) = now.take() {
                    last_seen.insert(done, (run.date.clone(), procedures));
                }
            }
            let (_, procedures) = now.get_or_insert_with(|| (id.clone(), HashMap::new()));
            let Some(procedure) = row.get::<_, Option<String>>(2)? else {
                continue;
            };
            let access = access_from(&row.get::<_, String>(4)?)?;
            let was = last_seen
                .get(&id)
                .map(|(date, before)| (date, before.get(&procedure).copied()));
            if let Some((from_date, was)) = was {
                if let Some(kind) = change(was, access) {
                    array.push(&AccessChange {
                        kind,
                        authority: id.clone(),
                        authority_name: row.get(1)?,
                        procedure: procedure.clone(),
                        title: row.get(3)?,
                        before: was,
                        after: access,
                        from_date: from_date.clone(),
                        to_date: run.date.clone(),
                    })?;
                }
            }
            procedures.insert(procedure, access);
        }
        if let Some((done, procedures)) = now {
            last_seen.insert(done, (run.date.clone(), procedures));
        }
    }
    array.finish()
}

/// What a procedure's access going from `was` to `now` is, if anything.
pub(super) fn change(was: Option<Access>, now: Access) -> Option<ChangeKind> {
    match (was, now) {
        (Some(Access::Offline) | None, Access::OnlineOnly) => Some(ChangeKind::BecameOnlineOnly),
        (Some(Access::Offline | Access::OnlineOnly) | None, Access::Unreachable) => {
            Some(ChangeKind::BecameUnreachable)
        }
        (Some(Access::OnlineOnly | Access::Unreachable), Access::Offline) => {
            Some(ChangeKind::Fixed)
        }
        _ => None,
    }
}
