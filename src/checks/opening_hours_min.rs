//! `opening_hours_min`: a counter or phone channel is open at least
//! `min_hours_per_week` hours in an ordinary week (OSM `opening_hours`).
//! A desk open two hours a week exists on paper but not for working people.
//! Channels without declared hours are not evaluated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::ReplaceableChannel;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpeningHoursMin {
    /// `counter` or `phone`.
    pub channel: ReplaceableChannel,
    pub min_hours_per_week: f64,
}

impl ProcedureCheck for OpeningHoursMin {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let kind = ChannelKind::from_replaceable(self.channel);
        let measured: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| c.kind == kind && c.is_offline())
            .filter_map(|(part, c)| c.contact.opening_hours.as_ref().map(|h| (part, c, h)))
            .collect();
        if measured.is_empty() {
            return Verdict::NotApplicable(
                Message::new("na-no-hours").arg("channel", kind.as_str()),
            );
        }
        let failures = measured
            .into_iter()
            .filter(|(_, _, h)| h.weekly_hours + 1e-9 < self.min_hours_per_week)
            .map(|(part, c, h)| {
                Failure::in_part(
                    procedure,
                    part,
                    Message::new("check-hours-too-few")
                        .arg("channel", kind.as_str())
                        .decimal("hours", h.weekly_hours, 1)
                        .arg("min", self.min_hours_per_week)
                        .arg("text", &h.text),
                )
                .on_contact(c, "hours")
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    const COUNTER_20H: OpeningHoursMin = OpeningHoursMin {
        channel: ReplaceableChannel::Counter,
        min_hours_per_week: 20.0,
    };

    #[test]
    fn passes_with_enough_hours() {
        assert_eq!(verdict(&COUNTER_20H, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn fails_with_a_marginal_desk() {
        let p = r#"
- id: permanence
  title: Permanence
  channels:
    counter: { contact: accueil, opening_hours: "We 14:00-16:00" }
"#;
        assert!(matches!(verdict(&COUNTER_20H, p), Verdict::Fail(_)));
    }

    #[test]
    fn not_evaluated_without_hours() {
        let p = r#"
- id: courrier
  title: Courrier
  channels:
    postal: { contact: courrier }
"#;
        assert!(matches!(
            verdict(&COUNTER_20H, p),
            Verdict::NotApplicable(_)
        ));
    }
}
