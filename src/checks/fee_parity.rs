//! `fee_parity`: doing the procedure offline costs no more than online.
//! A surcharge for paper or for the desk is a penalty on those who cannot go online.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct FeeParity;

impl ProcedureCheck for FeeParity {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let fees = &procedure.fees;
        let Some(online) = fees.online else {
            return Verdict::NotApplicable(Message::new("na-no-online-fee"));
        };
        let failures = [
            (ChannelKind::Counter, fees.counter),
            (ChannelKind::Phone, fees.phone),
            (ChannelKind::Postal, fees.postal),
            (ChannelKind::OtherOffline, fees.other_offline),
        ]
        .into_iter()
        .filter_map(|(kind, fee)| fee.filter(|f| *f > online + 1e-9).map(|f| (kind, f)))
        .map(|(kind, fee)| {
            Failure::at_line(
                procedure.location.line,
                Message::new("check-fee-higher")
                    .arg("channel", kind.as_str())
                    .decimal("fee", fee, 2)
                    .decimal("online", online, 2),
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

    fn with_fees(fees: &str) -> String {
        format!("{COMPLETE}  fees: {fees}\n")
    }

    #[test]
    fn not_applicable_without_fees() {
        assert!(matches!(
            verdict(&FeeParity, COMPLETE),
            Verdict::NotApplicable(_)
        ));
    }

    #[test]
    fn fails_when_paper_costs_more() {
        assert!(matches!(
            verdict(&FeeParity, &with_fees("{ online: 0, postal: 5 }")),
            Verdict::Fail(_)
        ));
    }

    #[test]
    fn passes_when_equal() {
        assert_eq!(
            verdict(
                &FeeParity,
                &with_fees("{ online: 25, postal: 25, counter: 25 }")
            ),
            Verdict::Pass
        );
    }
}
