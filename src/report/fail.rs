//! When a run fails (exit code 1): one policy for every command that judges
//! findings (`audit`, `verify`, `report`), recorded in the report so a saved
//! report rendered again fails exactly as the run that made it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::Report;
use crate::packs::{ActiveRule, Severity};

/// The lowest severity that fails the run (`--fail-on`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    /// No finding fails the run.
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// Which findings fail the run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FailPolicy {
    /// The lowest severity that fails the run (`--fail-on`).
    pub fail_on: FailOn,
    /// Whether findings that only say evidence is missing (a page `verify`
    /// could not read) fail the run too, whatever their severity (`--strict`).
    pub strict: bool,
    /// The rules whose findings only say evidence is missing: they fail the
    /// run only when `strict`, and then at any severity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strict_only_rules: Vec<String>,
}

impl FailPolicy {
    pub fn new(fail_on: FailOn, strict: bool) -> Self {
        FailPolicy {
            fail_on,
            strict,
            strict_only_rules: Vec::new(),
        }
    }

    /// The policy for an audit applying `rules`: it learns which of them only
    /// say evidence is missing.
    pub fn for_rules(mut self, rules: &[ActiveRule]) -> Self {
        self.strict_only_rules = rules
            .iter()
            .filter(|r| r.rule.check.check().reports_missing_evidence())
            .map(|r| r.rule.id.value.clone())
            .collect();
        self
    }

    /// Whether `report` fails: a finding neither exempted nor accepted in the
    /// baseline reaches the threshold, or, under `strict`, says that evidence
    /// is missing. Findings that only say evidence is missing never fail
    /// otherwise.
    pub fn fails(&self, report: &Report) -> bool {
        let threshold = self.fail_on.threshold();
        // What is still to confirm is never a clean run (issue 23): an
        // untouched starter catalogue must not exit 0 as if it complied.
        if threshold.is_some() && report.summary.to_confirm > 0 {
            return true;
        }
        report
            .findings
            .iter()
            .filter(|f| Report::is_new(f))
            .any(|f| {
                if self.strict_only_rules.iter().any(|r| f.rule == *r) {
                    self.strict
                } else {
                    threshold.is_some_and(|t| f.severity >= t)
                }
            })
    }
}
