//! `delay_parity`: an offline request is not processed much more slowly than
//! an online one: offline days ≤ `max_ratio` × online days.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelayParity {
    /// How many times slower than online an offline channel may be (e.g. 2).
    pub max_ratio: f64,
}

impl ProcedureCheck for DelayParity {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let days = &procedure.processing_days;
        let Some(online) = days.online else {
            return Verdict::NotApplicable(Message::new("na-no-online-delay"));
        };
        // A same-day online answer should not make a two-day postal one a failure.
        let allowed = (online * self.max_ratio).max(online + 1.0);
        let failures = [
            (ChannelKind::Counter, days.counter),
            (ChannelKind::Phone, days.phone),
            (ChannelKind::Postal, days.postal),
            (ChannelKind::OtherOffline, days.other_offline),
        ]
        .into_iter()
        .filter_map(|(kind, d)| d.filter(|d| *d > allowed + 1e-9).map(|d| (kind, d)))
        .map(|(kind, d)| {
            Failure::at_line(
                procedure.location.line,
                Message::new("check-delay-longer")
                    .arg("channel", kind.as_str())
                    .arg("days", d)
                    .arg("online", online)
                    .arg("ratio", self.max_ratio),
            )
        })
        .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    const TWICE: DelayParity = DelayParity { max_ratio: 2.0 };

    #[test]
    fn fails_when_paper_is_much_slower() {
        let p = format!("{COMPLETE}  processing_days: {{ online: 2, postal: 30 }}\n");
        assert!(matches!(verdict(&TWICE, &p), Verdict::Fail(_)));
    }

    #[test]
    fn passes_within_the_ratio() {
        let p = format!("{COMPLETE}  processing_days: {{ online: 5, postal: 10, counter: 0 }}\n");
        assert_eq!(verdict(&TWICE, &p), Verdict::Pass);
    }

    #[test]
    fn not_applicable_without_an_online_delay() {
        assert!(matches!(
            verdict(&TWICE, COMPLETE),
            Verdict::NotApplicable(_)
        ));
    }
}
