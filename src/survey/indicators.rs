//! The indicators an observatory maps and ranks (issue 26), read from a
//! catalogue before it is audited: how long the counter is open, whether it
//! opens on Saturday, what calling costs. Nothing is guessed: a catalogue
//! that does not give the hours or the tariff leaves the indicator unknown
//! (`None` / `unknown`), never counted as open or free.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::hours::WeekHours;
use crate::catalog::model::Tariff;
use crate::catalog::{Catalog, ChannelKind};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Indicators {
    /// Hours a week the most open counter of the authority's procedures is
    /// open (reference week, no public holiday); absent when no counter
    /// gives its hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter_hours_per_week: Option<f64>,
    /// Whether a counter opens on Saturday; absent when no counter gives a
    /// weekly schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturday_opening: Option<bool>,
    /// What calling costs, the dearest of the procedures' phone lines.
    #[serde(default)]
    pub phone_class: PhoneClass,
}

/// `standard` is an ordinary-rate number (geographic, mobile, 09): the
/// « geographic » class of issue 26, named by its tariff.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PhoneClass {
    /// No phone channel at all.
    #[default]
    None,
    Free,
    Standard,
    /// A line whose tariff neither the catalogue nor the number tells: to confirm.
    Unknown,
    Premium,
}

impl PhoneClass {
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneClass::None => "none",
            PhoneClass::Free => "free",
            PhoneClass::Standard => "standard",
            PhoneClass::Unknown => "unknown",
            PhoneClass::Premium => "premium",
        }
    }
}

/// The indicators of `catalog`'s audited procedures.
pub fn of(catalog: &Catalog) -> Indicators {
    let mut indicators = Indicators::default();
    for (_, channel) in catalog.procedures.iter().flat_map(|p| p.all_channels()) {
        let contact = &channel.contact;
        match channel.kind {
            // The counter's hours are the contact's: known even where the
            // procedure's channel is still to confirm (`init --all`).
            ChannelKind::Counter if channel.has_known_offline_contact() => {
                let Some(hours) = &contact.opening_hours else {
                    continue;
                };
                let most = indicators.counter_hours_per_week.unwrap_or(0.0);
                indicators.counter_hours_per_week = Some(most.max(hours.weekly_hours));
                if let WeekHours::Week(days) = &hours.week {
                    let saturday = !days[5].is_empty();
                    indicators.saturday_opening =
                        Some(indicators.saturday_opening.unwrap_or(false) || saturday);
                }
            }
            ChannelKind::Phone => {
                let class = match contact.tariff {
                    Some(Tariff::Free) => PhoneClass::Free,
                    Some(Tariff::Standard) => PhoneClass::Standard,
                    Some(Tariff::Premium) => PhoneClass::Premium,
                    Some(Tariff::Unknown) | None => PhoneClass::Unknown,
                };
                indicators.phone_class = indicators.phone_class.max(class);
            }
            _ => {}
        }
    }
    indicators
}
