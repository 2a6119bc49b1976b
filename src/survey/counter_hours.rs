//! The national finding of issue 26, stated as a sentence from the counts:
//! « the counter of 37 % of communes is open less than 10 hours a week »,
//! by région and by département. Read from the counts by rule of the
//! survey's counter-hours rules (an `opening_hours_min` check on the
//! counter), with the threshold each was run with, so the sentence says
//! exactly what the findings say and no SQL is needed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::breakdown::{Breakdown, Dimension};
use crate::packs::{Library, Selection};

/// One counter-hours rule's reach over the survey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CounterHours {
    pub rule: String,
    /// Hours a week below which the rule finds the counter too little open
    /// (the pack's value, or the one set with `--threshold`).
    pub threshold: f64,
    /// Authorities with a finding of the rule.
    pub concerned: usize,
    /// Authorities surveyed.
    pub authorities: usize,
    /// The same counts by région, then by département, most concerned first.
    pub by_region: Vec<GroupShare>,
    pub by_departement: Vec<GroupShare>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupShare {
    pub key: String,
    pub concerned: usize,
    pub authorities: usize,
}

impl GroupShare {
    pub fn share(&self) -> f64 {
        self.concerned as f64 / self.authorities.max(1) as f64
    }
}

impl CounterHours {
    pub fn share(&self) -> f64 {
        self.concerned as f64 / self.authorities.max(1) as f64
    }
}

/// The counter-hours rules with findings in `breakdown`, most widespread first.
pub fn of(
    breakdown: &Breakdown,
    authorities: usize,
    library: &Library,
    selection: &Selection,
) -> Vec<CounterHours> {
    breakdown
        .rules_by_reach()
        .into_iter()
        .filter_map(|(rule, count)| {
            let (_, found) = library.find_rule(rule)?;
            let check = &found.check.value;
            let on_counter =
                serde_json::to_value(check).ok()?["opening_hours_min"]["channel"] == "counter";
            if !on_counter {
                return None;
            }
            let threshold = selection
                .thresholds
                .get(rule)
                .copied()
                .or_else(|| check.threshold())?;
            Some(CounterHours {
                rule: rule.to_owned(),
                threshold,
                concerned: count.authorities,
                authorities,
                by_region: shares(breakdown, Dimension::Region, rule),
                by_departement: shares(breakdown, Dimension::Departement, rule),
            })
        })
        .collect()
}

fn shares(breakdown: &Breakdown, dimension: Dimension, rule: &str) -> Vec<GroupShare> {
    let mut groups: Vec<GroupShare> = breakdown
        .groups_of(dimension)
        .map(|g| GroupShare {
            key: g.key.clone(),
            concerned: g.by_rule.get(rule).map_or(0, |c| c.authorities),
            authorities: g.authorities,
        })
        .collect();
    groups.sort_by(|a, b| b.share().total_cmp(&a.share()).then(a.key.cmp(&b.key)));
    groups
}
