//! The evolution between recorded runs: per authority and overall, and the
//! procedures whose access changed from one run to the next. Computed from
//! the history alone, so a database and a git history give the same report.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::Access;

use super::{History, HistoryError};

pub const HISTORY_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "horsligne history (version 1)")]
pub struct Evolution {
    pub history_version: u32,
    /// Every run, oldest first, with its totals over all authorities.
    pub runs: Vec<RunPoint>,
    /// Each authority's figures at each run it was part of.
    pub authorities: Vec<AuthorityTrend>,
    /// Procedures whose access changed between two consecutive runs of their authority.
    pub changes: Vec<AccessChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Figures {
    pub procedures: usize,
    pub offline_possible: usize,
    pub online_only: usize,
    pub unreachable: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Figures {
    fn add(&mut self, other: &Figures) {
        self.procedures += other.procedures;
        self.offline_possible += other.offline_possible;
        self.online_only += other.online_only;
        self.unreachable += other.unreachable;
        self.errors += other.errors;
        self.warnings += other.warnings;
    }

    pub fn offline_share(&self) -> Option<f64> {
        (self.procedures > 0).then(|| self.offline_possible as f64 / self.procedures as f64)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RunPoint {
    pub run: i64,
    /// The date the run audited for (`YYYY-MM-DD`).
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub tool_version: String,
    pub authorities: usize,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AuthorityTrend {
    pub id: String,
    pub name: String,
    pub points: Vec<AuthorityPoint>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AuthorityPoint {
    pub run: i64,
    pub date: String,
    #[serde(flatten)]
    pub figures: Figures,
}

/// How a procedure's access changed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Could be done without the internet (or did not exist), and no longer can.
    BecameOnlineOnly,
    /// Lost every complete route (a data error).
    BecameUnreachable,
    /// Can now be done without the internet.
    Fixed,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AccessChange {
    pub kind: ChangeKind,
    pub authority: String,
    pub authority_name: String,
    pub procedure: String,
    pub title: String,
    /// Absent for a procedure that appeared in this run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Access>,
    pub after: Access,
    pub from_date: String,
    pub to_date: String,
}

/// The evolution recorded in `history`.
pub fn compute(history: &History) -> Result<Evolution, HistoryError> {
    let runs = history.runs()?;
    let mut points = Vec::new();
    let mut trends: BTreeMap<String, AuthorityTrend> = BTreeMap::new();
    let mut changes = Vec::new();
    // Each authority's procedures at the last run it was part of.
    let mut last_seen: HashMap<String, (String, HashMap<String, Access>)> = HashMap::new();
    for run in &runs {
        let authorities = history.authorities(run.id)?;
        let mut total = Figures::default_zero();
        for a in &authorities {
            let figures = Figures {
                procedures: a.procedures,
                offline_possible: a.offline_possible,
                online_only: a.online_only,
                unreachable: a.unreachable,
                errors: a.findings.error,
                warnings: a.findings.warning,
            };
            total.add(&figures);
            let trend = trends
                .entry(a.id.clone())
                .or_insert_with(|| AuthorityTrend {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    points: Vec::new(),
                });
            trend.name = a.name.clone();
            trend.points.push(AuthorityPoint {
                run: run.id,
                date: run.date.clone(),
                figures,
            });
            let now: HashMap<String, Access> = a
                .verdicts
                .iter()
                .map(|v| (v.id.clone(), v.access))
                .collect();
            if let Some((from_date, before)) = last_seen.get(&a.id) {
                for v in &a.verdicts {
                    let was = before.get(&v.id).copied();
                    let kind = super::stream::change(was, v.access);
                    if let Some(kind) = kind {
                        changes.push(AccessChange {
                            kind,
                            authority: a.id.clone(),
                            authority_name: a.name.clone(),
                            procedure: v.id.clone(),
                            title: v.title.clone(),
                            before: was,
                            after: v.access,
                            from_date: from_date.clone(),
                            to_date: run.date.clone(),
                        });
                    }
                }
            }
            last_seen.insert(a.id.clone(), (run.date.clone(), now));
        }
        points.push(RunPoint {
            run: run.id,
            date: run.date.clone(),
            label: run.label.clone(),
            tool_version: run.tool_version.clone(),
            authorities: authorities.len(),
            figures: total,
        });
    }
    Ok(Evolution {
        history_version: HISTORY_VERSION,
        runs: points,
        authorities: trends.into_values().collect(),
        changes,
    })
}

impl Figures {
    fn default_zero() -> Figures {
        Figures {
            procedures: 0,
            offline_possible: 0,
            online_only: 0,
            unreachable: 0,
            errors: 0,
            warnings: 0,
        }
    }
}
