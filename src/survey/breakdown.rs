//! Findings counted by what they say (issue 26): for each rule, how many
//! findings and how many authorities have at least one, in total and grouped
//! by région, département, level and population band. The share of
//! authorities concerned is what an observatory publishes (« the counter of
//! 37 % of communes is open less than 10 hours a week »), so it is computed
//! here, once, for every output.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::AuthoritySurvey;

/// Counts by rule, in total and by group.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Breakdown {
    /// Every rule with at least one active finding, by rule id.
    pub total: BTreeMap<String, RuleCount>,
    /// One row per group of each dimension (`region`, `departement`,
    /// `level`, `population_band`) that at least one authority gives.
    pub groups: Vec<GroupCounts>,
}

/// One rule's active findings in a set of authorities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleCount {
    /// Active findings (a shared contact's defect counts once).
    pub findings: usize,
    /// Authorities with at least one.
    pub authorities: usize,
}

/// The dimensions a survey is grouped by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Region,
    Departement,
    Level,
    PopulationBand,
}

impl Dimension {
    pub const ALL: [Dimension; 4] = [
        Dimension::Region,
        Dimension::Departement,
        Dimension::Level,
        Dimension::PopulationBand,
    ];

    /// As in the JSON (`population_band`).
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Region => "region",
            Dimension::Departement => "departement",
            Dimension::Level => "level",
            Dimension::PopulationBand => "population_band",
        }
    }

    /// The group `authority` falls in, when it says.
    pub fn key_of(self, authority: &AuthoritySurvey) -> Option<String> {
        match self {
            Dimension::Region => authority.region.clone(),
            Dimension::Departement => authority.territory.departement.clone(),
            Dimension::Level => Some(authority.level.as_str().to_owned()),
            Dimension::PopulationBand => authority.territory.population.map(population_band),
        }
    }
}

/// Population bands of French statistics on communes (INSEE tranches,
/// merged): under 500, 500–1 999, 2 000–9 999, 10 000–49 999, 50 000 and over.
pub fn population_band(population: u64) -> String {
    match population {
        0..=499 => "0-499",
        500..=1_999 => "500-1999",
        2_000..=9_999 => "2000-9999",
        10_000..=49_999 => "10000-49999",
        _ => "50000+",
    }
    .to_owned()
}

/// One group of one dimension.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct GroupCounts {
    pub dimension: Dimension,
    pub key: String,
    /// Authorities in the group.
    pub authorities: usize,
    pub by_rule: BTreeMap<String, RuleCount>,
}

impl GroupCounts {
    /// The share of the group's authorities with a finding of `rule`.
    pub fn share(&self, rule: &str) -> f64 {
        let concerned = self.by_rule.get(rule).map_or(0, |c| c.authorities);
        concerned as f64 / self.authorities.max(1) as f64
    }
}

fn add(counts: &mut BTreeMap<String, RuleCount>, authority: &AuthoritySurvey) {
    for (rule, &n) in &authority.by_rule {
        let count = counts.entry(rule.clone()).or_default();
        count.findings += n;
        count.authorities += 1;
    }
}

/// Counts `authorities` by rule, in total and by every dimension.
pub fn of(authorities: &[AuthoritySurvey]) -> Breakdown {
    let mut total = BTreeMap::new();
    let mut groups: BTreeMap<(Dimension, String), GroupCounts> = BTreeMap::new();
    for authority in authorities {
        add(&mut total, authority);
        for dimension in Dimension::ALL {
            let Some(key) = dimension.key_of(authority) else {
                continue;
            };
            let group = groups
                .entry((dimension, key.clone()))
                .or_insert_with(|| GroupCounts {
                    dimension,
                    key,
                    authorities: 0,
                    by_rule: BTreeMap::new(),
                });
            group.authorities += 1;
            add(&mut group.by_rule, authority);
        }
    }
    Breakdown {
        total,
        groups: groups.into_values().collect(),
    }
}

impl Breakdown {
    /// Rules by the number of authorities concerned, most first.
    pub fn rules_by_reach(&self) -> Vec<(&str, RuleCount)> {
        let mut rules: Vec<_> = self.total.iter().map(|(r, c)| (r.as_str(), *c)).collect();
        rules.sort_by(|a, b| b.1.authorities.cmp(&a.1.authorities).then(a.0.cmp(b.0)));
        rules
    }

    pub fn groups_of(&self, dimension: Dimension) -> impl Iterator<Item = &GroupCounts> {
        self.groups.iter().filter(move |g| g.dimension == dimension)
    }
}
