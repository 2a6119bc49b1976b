//! Top and bottom lists (issue 26): for each indicator people rank, the
//! authorities with the best and the worst value, computed once here for
//! every output (JSON, HTML, xlsx, the site's national and territory pages).
//! An authority whose value is unknown is in neither list: nothing counts
//! until known. Ties are broken by authority id, so two runs over the same
//! folder give the same lists whatever the order files are read in.

use std::cmp::Ordering;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::AuthoritySurvey;

/// How many authorities each list holds.
pub const LIST_LEN: usize = 10;

/// The indicators ranked; a higher value is better for both.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum RankedIndicator {
    /// Hours a week the most open counter is open.
    CounterHoursPerWeek,
    /// Share of the procedures doable without the internet (0 to 1).
    OfflineShare,
}

impl RankedIndicator {
    pub const ALL: [RankedIndicator; 2] = [
        RankedIndicator::CounterHoursPerWeek,
        RankedIndicator::OfflineShare,
    ];

    /// As in the JSON and on the command line (`--map-indicator`).
    pub fn as_str(self) -> &'static str {
        match self {
            RankedIndicator::CounterHoursPerWeek => "counter_hours_per_week",
            RankedIndicator::OfflineShare => "offline_share",
        }
    }

    /// The authority's value, when known.
    pub fn value_of(self, authority: &AuthoritySurvey) -> Option<f64> {
        match self {
            RankedIndicator::CounterHoursPerWeek => authority.indicators.counter_hours_per_week,
            RankedIndicator::OfflineShare => authority.offline_share(),
        }
    }
}

/// One indicator's best and worst authorities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ranking {
    pub indicator: RankedIndicator,
    /// Authorities whose value is known (the lists are drawn from them).
    pub known: usize,
    /// Highest value first; ties in id order.
    pub best: Vec<Ranked>,
    /// Lowest value first; ties in id order.
    pub worst: Vec<Ranked>,
}

/// One authority in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ranked {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    pub value: f64,
}

/// The rankings of `authorities`, `len` in each list.
pub fn of<'a>(
    authorities: impl IntoIterator<Item = &'a AuthoritySurvey> + Clone,
    len: usize,
) -> Vec<Ranking> {
    RankedIndicator::ALL
        .into_iter()
        .map(|indicator| rank(authorities.clone(), indicator, len))
        .collect()
}

fn rank<'a>(
    authorities: impl IntoIterator<Item = &'a AuthoritySurvey>,
    indicator: RankedIndicator,
    len: usize,
) -> Ranking {
    let mut known: Vec<(f64, &AuthoritySurvey)> = authorities
        .into_iter()
        .filter_map(|a| Some((indicator.value_of(a)?, a)))
        .collect();
    let entry = |(value, a): &(f64, &AuthoritySurvey)| Ranked {
        id: a.id.clone(),
        name: a.name.clone(),
        departement: a.territory.departement.clone(),
        value: *value,
    };
    known.sort_by(|x, y| compare_best(indicator, x.1, y.1));
    let best = known.iter().take(len).map(entry).collect();
    known.sort_by(|x, y| x.0.total_cmp(&y.0).then_with(|| by_id(x.1, y.1)));
    let worst = known.iter().take(len).map(entry).collect();
    Ranking {
        indicator,
        known: known.len(),
        best,
        worst,
    }
}

/// Ordering used to list a territory's authorities by an indicator: known
/// values first, best first, then by id (the same order as [`Ranking::best`]).
pub fn compare_best(
    indicator: RankedIndicator,
    a: &AuthoritySurvey,
    b: &AuthoritySurvey,
) -> Ordering {
    match (indicator.value_of(a), indicator.value_of(b)) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then_with(|| by_id(a, b))
}

/// Ties are broken by id, then by catalogue (two catalogues may give one id).
fn by_id(a: &AuthoritySurvey, b: &AuthoritySurvey) -> Ordering {
    a.id.cmp(&b.id).then_with(|| a.source.cmp(&b.source))
}
