//! The survey model: what every survey format renders, and exactly what
//! `survey --format json` writes (survey version 1, docs/survey-json.md:
//! fields are only ever added).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::model::AuthorityLevel;
use crate::catalog::Access;
use crate::packs::Severity;
use crate::report::model::{SeverityCounts, Tool};

pub const SURVEY_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "horsligne survey (version 1)")]
pub struct Survey {
    pub survey_version: u32,
    pub tool: Tool,
    /// The date every catalogue was audited for.
    pub survey_date: NaiveDate,
    /// Language of the texts in this file.
    pub lang: String,
    /// The folder surveyed, as given.
    pub source: String,
    /// One row per catalogue that loaded, in the folder's order.
    pub authorities: Vec<AuthoritySurvey>,
    /// Catalogues that could not be read, with their errors: the survey went on without them.
    pub not_loaded: Vec<NotLoaded>,
    /// Each kind of procedure found in several authorities, matched by
    /// `reference`, or by identical title when it has none.
    pub references: Vec<ReferenceRow>,
    /// Procedures with no reference whose title no other authority uses:
    /// they cannot be compared.
    pub unmatched: Vec<UnmatchedProcedure>,
    /// Authority ids given by several catalogues: every catalogue is
    /// audited and listed (none is dropped on its file name); the reader
    /// decides which one is right.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicate_ids: Vec<DuplicateId>,
    /// (issue 26) Active findings by rule, in total and by région,
    /// département, level and population band.
    #[serde(default)]
    pub breakdown: super::breakdown::Breakdown,
    /// (issue 26) Rule thresholds set for this run with `--threshold`, by
    /// rule id: the value every authority was audited with.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub thresholds: std::collections::BTreeMap<String, f64>,
    /// (issue 26) For each ranked indicator, the authorities with the best
    /// and the worst value (unknown values in neither list; ties by id).
    #[serde(default)]
    pub rankings: Vec<super::ranking::Ranking>,
    /// (issue 26) The counter-hours rules' reach, in total, by région and by
    /// département, with the threshold used: « the counter of 37 % of
    /// communes is open less than 10 hours a week ».
    #[serde(default)]
    pub counter_hours: Vec<super::counter_hours::CounterHours>,
}

/// One authority id written in several catalogues.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DuplicateId {
    pub id: String,
    /// The catalogues giving it, in the folder's order.
    pub sources: Vec<String>,
}

/// One authority's audit, summarised.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AuthoritySurvey {
    pub id: String,
    pub name: String,
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub level: AuthorityLevel,
    /// (issue 26) code, département, population and status, when the catalogue gives them.
    #[serde(default, flatten)]
    pub territory: crate::catalog::model::Territory,
    /// The catalogue (file or folder) inside the surveyed folder.
    pub source: String,
    /// Procedures audited (retired ones are not).
    pub procedures: usize,
    /// Procedures that can be done without the internet (at least one offline route).
    pub offline_possible: usize,
    pub online_only: usize,
    /// Procedures with no complete route at all (a data error).
    pub unreachable: usize,
    /// Active findings by severity (exempted ones are not counted).
    pub findings: SeverityCounts,
    /// (issue 26) Active findings by rule id (a shared contact's defect counts once).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub by_rule: std::collections::BTreeMap<String, usize>,
    /// (issue 26) Counter hours a week, Saturday opening, phone class.
    #[serde(default)]
    pub indicators: super::indicators::Indicators,
    /// The packs applied to this authority (its own, chosen by its country, region and level).
    pub packs: Vec<String>,
    pub audit_date: NaiveDate,
    /// Every audited procedure and whether it can be done without the internet.
    pub verdicts: Vec<ProcedureVerdict>,
    /// The active findings' identities, for the history (not written to JSON:
    /// the audit report has them).
    #[serde(skip)]
    #[schemars(skip)]
    pub finding_list: Vec<FindingBrief>,
}

impl AuthoritySurvey {
    /// The share of procedures doable without the internet, between 0 and 1
    /// (`None` when nothing was audited).
    pub fn offline_share(&self) -> Option<f64> {
        (self.procedures > 0).then(|| self.offline_possible as f64 / self.procedures as f64)
    }

    /// Procedures still to confirm: neither doable offline nor online only
    /// until someone checks them (an `init --all` catalogue is all of them).
    pub fn to_confirm(&self) -> usize {
        self.verdicts
            .iter()
            .filter(|v| v.access == Access::ToConfirm)
            .count()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProcedureVerdict {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub access: Access,
}

/// A finding as the history keeps it: stable across unrelated edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingBrief {
    pub fingerprint: String,
    pub rule: String,
    pub severity: Severity,
    pub procedure: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct NotLoaded {
    pub source: String,
    /// Each error, as the loader words it, in the survey's language.
    pub errors: Vec<String>,
}

/// How procedures of different authorities were recognised as the same.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The same `reference` (a Service-Public.fr sheet, or a code of docs/references.md).
    Reference,
    /// No reference, but exactly the same title.
    Title,
}

/// One kind of procedure across authorities.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ReferenceRow {
    pub matched_by: MatchedBy,
    /// The reference, or the shared title.
    pub key: String,
    /// The title most authorities give it.
    pub title: String,
    /// Authorities that list it.
    pub authorities: usize,
    pub offline_possible: usize,
    pub online_only: usize,
    pub unreachable: usize,
    /// Authority ids where it is online only.
    pub online_only_in: Vec<String>,
}

impl ReferenceRow {
    pub fn online_only_share(&self) -> f64 {
        if self.authorities == 0 {
            0.0
        } else {
            self.online_only as f64 / self.authorities as f64
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct UnmatchedProcedure {
    pub authority: String,
    pub procedure: String,
    pub title: String,
}
