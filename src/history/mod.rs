//! Surveys (and single audits) followed over time, in an embedded SQLite
//! database: one row per run, per authority, per procedure verdict and per
//! finding fingerprint. Every recording is one transaction, so a crash
//! mid-write loses nothing recorded before; a run is identified by a digest
//! of its content, so recording the same run twice changes nothing.

pub mod evolution;
pub mod git;
pub mod render;
pub mod stream;

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::catalog::model::AuthorityLevel;
use crate::catalog::Access;
use crate::i18n::Message;
use crate::packs::Severity;
use crate::survey::model::{AuthoritySurvey, FindingBrief, ProcedureVerdict};

/// The database layout this version writes; an older file is upgraded, a
/// newer one refused.
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,
    run_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    label TEXT
);
CREATE TABLE IF NOT EXISTS authorities (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    authority_id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT,
    level TEXT NOT NULL,
    procedures INTEGER NOT NULL,
    offline_possible INTEGER NOT NULL,
    online_only INTEGER NOT NULL,
    unreachable INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    infos INTEGER NOT NULL,
    packs TEXT NOT NULL,
    PRIMARY KEY (run_id, authority_id)
);
CREATE TABLE IF NOT EXISTS procedures (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    authority_id TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    title TEXT NOT NULL,
    reference TEXT,
    access TEXT NOT NULL,
    PRIMARY KEY (run_id, authority_id, procedure_id)
);
CREATE TABLE IF NOT EXISTS findings (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    authority_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    procedure_id TEXT,
    PRIMARY KEY (run_id, authority_id, fingerprint)
);
";

/// Why the history could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("schema version {found} is newer than this tool's ({supported})")]
    TooNew { found: i64, supported: i64 },
    #[error("not a horsligne history")]
    Foreign,
    #[error("{0}")]
    Input(#[from] crate::input::ReadError),
}

impl HistoryError {
    /// The error in the user's words.
    pub fn message(&self, path: &Path) -> Message {
        let file = path.display().to_string();
        match self {
            HistoryError::Sqlite(e) => Message::new("hi-error-sqlite")
                .arg("file", file)
                .arg("error", e),
            HistoryError::TooNew { found, .. } => Message::new("hi-error-too-new")
                .arg("file", file)
                .arg("version", found),
            HistoryError::Foreign => Message::new("hi-error-foreign").arg("file", file),
            HistoryError::Input(e) => Message::new("hi-error-sqlite")
                .arg("file", file)
                .message("error", e.message()),
        }
    }
}

/// Whose database a file is, asked before anything is written into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ownership {
    /// Marked with horsligne's `application_id`.
    Ours,
    /// A history written before the mark: exactly horsligne's tables and a
    /// schema version this tool knows.
    Unmarked,
    /// No table, no mark, no version: a new database.
    Empty,
    /// Marked by horsligne with a newer schema.
    TooNew(i64),
    /// Anything else: another application's database.
    Foreign,
}

fn ownership(conn: &Connection) -> Result<Ownership, HistoryError> {
    let application: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'index', 'trigger') \
         AND name NOT LIKE 'sqlite_autoindex_%' AND type <> 'index' ORDER BY name",
    )?;
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let ours_only = tables.iter().map(String::as_str).eq(TABLES);
    Ok(match application {
        APPLICATION_ID if version > SCHEMA_VERSION => Ownership::TooNew(version),
        APPLICATION_ID if (0..=SCHEMA_VERSION).contains(&version) => Ownership::Ours,
        0 if version == 0 && tables.is_empty() => Ownership::Empty,
        0 if version == SCHEMA_VERSION && ours_only => Ownership::Unmarked,
        _ => Ownership::Foreign,
    })
}

/// What recording a run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    New(i64),
    /// The same run was already there: nothing was written.
    AlreadyThere(i64),
}

/// One run to record: the date it audited for, and its authorities.
pub struct Run<'a> {
    pub date: NaiveDate,
    /// A short name shown in reports: a git commit, a survey's folder.
    pub label: Option<String>,
    pub tool_version: &'a str,
    pub authorities: &'a [AuthoritySurvey],
}

/// SQLite's `application_id` of a horsligne history ("HLhi"): a database
/// carrying another one (or none, with tables of its own) belongs to another
/// application and is never written into.
const APPLICATION_ID: i64 = 0x484C_6869;

/// The tables of a history, for recognising one written before the database
/// was marked with `APPLICATION_ID`.
const TABLES: [&str; 4] = ["authorities", "findings", "procedures", "runs"];

pub struct History {
    conn: Connection,
}

impl History {
    /// Opens (or creates) the history file to record runs into. Only a
    /// regular file (or a new one) is opened: SQLite would wait forever on a
    /// FIFO, and a device is no database.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        if path.exists() {
            crate::input::regular_file(path)?;
        }
        History::init(Connection::open(path)?)
    }

    /// Opens an existing history only to read it: read-only, so a history
    /// the user may not write can still be read, and nothing (no table, no
    /// mark) is ever added to the file, whatever it is.
    pub fn open_read_only(path: &Path) -> Result<History, HistoryError> {
        if crate::input::regular_file(path)?.len() == 0 {
            return Err(HistoryError::Foreign);
        }
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        match ownership(&conn)? {
            Ownership::Ours | Ownership::Unmarked => Ok(History { conn }),
            Ownership::Empty | Ownership::Foreign => Err(HistoryError::Foreign),
            Ownership::TooNew(found) => Err(HistoryError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            }),
        }
    }

    /// A history that lives only for this run (`history --git`).
    pub fn in_memory() -> Result<History, HistoryError> {
        History::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<History, HistoryError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        match ownership(&conn)? {
            Ownership::Foreign => return Err(HistoryError::Foreign),
            Ownership::TooNew(found) => {
                return Err(HistoryError::TooNew {
                    found,
                    supported: SCHEMA_VERSION,
                })
            }
            Ownership::Ours | Ownership::Unmarked | Ownership::Empty => {}
        }
        conn.execute_batch(SCHEMA)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(History { conn })
    }

    /// Records `run` in one transaction.
    pub fn record(&mut self, run: &Run) -> Result<Recorded, HistoryError> {
        let digest = digest(run);
        let tx = self.conn.transaction()?;
        if let Some(id) = tx
            .query_row("SELECT id FROM runs WHERE digest = ?1", [&digest], |r| {
                r.get(0)
            })
            .optional()?
        {
            return Ok(Recorded::AlreadyThere(id));
        }
        tx.execute(
            "INSERT INTO runs (digest, run_date, recorded_at, tool_version, label) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                digest,
                run.date.to_string(),
                chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                run.tool_version,
                run.label
            ],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut authority = tx.prepare(
                "INSERT INTO authorities VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut procedure =
                tx.prepare("INSERT OR IGNORE INTO procedures VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            let mut finding =
                // Fingerprints are unique per rule × procedure × step × channel
                // or contact: a collision is a defect to see, not a finding to lose.
                tx.prepare("INSERT INTO findings VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            // Two catalogues may give one authority id (the survey lists
            // them): the later ones are kept under `id#source`, never dropped.
            let mut seen = std::collections::HashSet::new();
            for a in run.authorities {
                let key = if seen.insert(a.id.as_str()) {
                    a.id.clone()
                } else {
                    format!("{}#{}", a.id, a.source)
                };
                authority.execute(params![
                    id,
                    key,
                    a.name,
                    a.country,
                    a.region,
                    level_name(a.level),
                    a.procedures as i64,
                    a.offline_possible as i64,
                    a.online_only as i64,
                    a.unreachable as i64,
                    a.findings.error as i64,
                    a.findings.warning as i64,
                    a.findings.info as i64,
                    a.packs.join(" "),
                ])?;
                for v in &a.verdicts {
                    procedure.execute(params![
                        id,
                        key,
                        v.id,
                        v.title,
                        v.reference,
                        access_name(v.access)
                    ])?;
                }
                for f in &a.finding_list {
                    finding.execute(params![
                        id,
                        key,
                        f.fingerprint,
                        f.rule,
                        severity_name(f.severity),
                        f.procedure
                    ])?;
                }
            }
        }
        tx.commit()?;
        Ok(Recorded::New(id))
    }

    /// Every run, oldest first.
    pub fn runs(&self) -> Result<Vec<RunInfo>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, run_date, tool_version, label FROM runs ORDER BY run_date, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(RunInfo {
                id: r.get(0)?,
                date: r.get::<_, String>(1)?,
                tool_version: r.get(2)?,
                label: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The authorities of one run, with their verdicts (finding details are
    /// not needed to follow the evolution and stay in the database).
    pub fn authorities(&self, run: i64) -> Result<Vec<AuthoritySurvey>, HistoryError> {
        let mut stmt = self.conn.prepare(
            "SELECT authority_id, name, country, region, level, procedures, offline_possible, online_only, unreachable, errors, warnings, infos, packs
             FROM authorities WHERE run_id = ?1 ORDER BY authority_id",
        )?;
        let date: String =
            self.conn
                .query_row("SELECT run_date FROM runs WHERE id = ?1", [run], |r| {
                    r.get(0)
                })?;
        let date = date.parse().unwrap_or_default();
        let mut authorities: Vec<AuthoritySurvey> = stmt
            .query_map([run], |r| {
                let n = |i: usize| r.get::<_, i64>(i).map(|v| v.max(0) as usize);
                Ok(AuthoritySurvey {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    country: r.get(2)?,
                    region: r.get(3)?,
                    level: level_from(&r.get::<_, String>(4)?),
                    territory: Default::default(),
                    source: String::new(),
                    procedures: n(5)?,
                    offline_possible: n(6)?,
                    online_only: n(7)?,
                    unreachable: n(8)?,
                    findings: crate::report::model::SeverityCounts {
                        error: n(9)?,
                        warning: n(10)?,
                        info: n(11)?,
                    },
                    packs: r
                        .get::<_, String>(12)?
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect(),
                    audit_date: date,
                    verdicts: Vec::new(),
                    by_rule: Default::default(),
                    indicators: Default::default(),
                    finding_list: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT procedure_id, title, reference, access FROM procedures WHERE run_id = ?1 AND authority_id = ?2 ORDER BY procedure_id",
        )?;
        for a in &mut authorities {
            a.verdicts = stmt
                .query_map(params![run, a.id], |r| {
                    Ok(ProcedureVerdict {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        reference: r.get(2)?,
                        access: access_from(&r.get::<_, String>(3)?)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
        }
        Ok(authorities)
    }
}

/// A run as listed in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    pub id: i64,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub tool_version: String,
    pub label: Option<String>,
}

/// What identifies a run: its date, the tool, and every result in it.
fn digest(run: &Run) -> String {
    let mut hash = Sha256::new();
    let mut field = |text: &str| {
        hash.update(text.len().to_le_bytes());
        hash.update(text.as_bytes());
    };
    field(&run.date.to_string());
    field(run.tool_version);
    field(run.label.as_deref().unwrap_or(""));
    let mut authorities: Vec<&AuthoritySurvey> = run.authorities.iter().collect();
    authorities.sort_by(|a, b| a.id.cmp(&b.id));
    for a in authorities {
        field(&a.id);
        field(&a.packs.join(" "));
        let mut verdicts: Vec<String> = a
            .verdicts
            .iter()
            .map(|v| format!("{}={}", v.id, access_name(v.access)))
            .collect();
        verdicts.sort();
        let mut findings: Vec<&str> = a
            .finding_list
            .iter()
            .map(|f: &FindingBrief| f.fingerprint.as_str())
            .collect();
        findings.sort();
        field(&verdicts.join(","));
        field(&findings.join(","));
    }
    format!("{:x}", hash.finalize())
}

pub fn access_name(access: Access) -> &'static str {
    access.into()
}

/// A verdict as stored; a value this version does not know is a read error, not a guess.
fn access_from(name: &str) -> rusqlite::Result<Access> {
    name.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn severity_name(severity: Severity) -> &'static str {
    severity.as_str()
}

fn level_name(level: AuthorityLevel) -> String {
    level.as_str().to_owned()
}

/// A level written by this tool; `other` for anything unknown (a newer tool's level).
fn level_from(name: &str) -> AuthorityLevel {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .unwrap_or(AuthorityLevel::Other)
}

#[cfg(test)]
mod tests;
