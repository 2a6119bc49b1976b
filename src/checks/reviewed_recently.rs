//! `reviewed_recently`: the entry was checked within `max_months` (its
//! `reviewed` date). A stale entry may describe a desk that closed long ago.

use chrono::Months;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::Procedure;
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewedRecently {
    pub max_months: u32,
}

impl ProcedureCheck for ReviewedRecently {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let line = procedure.location.line;
        let Some(reviewed) = procedure.reviewed else {
            return Verdict::Fail(vec![Failure::at_line(
                line,
                Message::new("check-never-reviewed"),
            )]);
        };
        let limit = ctx
            .today
            .checked_sub_months(Months::new(self.max_months))
            .unwrap_or(chrono::NaiveDate::MIN);
        if reviewed < limit {
            Verdict::Fail(vec![Failure::at_line(
                line,
                Message::new("check-review-stale")
                    .arg("date", reviewed)
                    .arg("months", self.max_months),
            )])
        } else {
            Verdict::Pass
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    const TWO_YEARS: ReviewedRecently = ReviewedRecently { max_months: 24 };

    #[test]
    fn passes_when_recent() {
        assert_eq!(
            verdict(&TWO_YEARS, &format!("{COMPLETE}  reviewed: 2026-01-15\n")),
            Verdict::Pass
        );
    }

    #[test]
    fn fails_when_stale_or_never_reviewed() {
        assert!(matches!(
            verdict(&TWO_YEARS, &format!("{COMPLETE}  reviewed: 2022-03-01\n")),
            Verdict::Fail(_)
        ));
        assert!(matches!(verdict(&TWO_YEARS, COMPLETE), Verdict::Fail(_)));
    }
}
