//! `page_checked`: each page of the procedure could be read. A timeout, a bot
//! wall, a robots.txt refusal, a TLS or DNS error leave the page unverified:
//! this says so (as information; it never fails CI unless `verify --strict`).

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::Procedure;
use crate::i18n::Message;
use crate::verify::PageState;

pub struct PageChecked;

impl ProcedureCheck for PageChecked {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let found = match ctx.page_evidence(procedure) {
            Ok(found) => found,
            Err(not_applicable) => return not_applicable,
        };
        let failures = found
            .pages
            .iter()
            .filter(|p| p.state == PageState::Inconclusive)
            .map(|page| {
                Failure::at_line(
                    procedure.location.line,
                    Message::new("check-page-inconclusive")
                        .arg("url", &page.url)
                        .arg(
                            "reason",
                            page.reason.map(|r| r.as_str()).unwrap_or("connection"),
                        )
                        .arg("detail", page.detail.as_deref().unwrap_or("—")),
                )
            })
            .collect();
        Verdict::from_failures(failures)
    }

    fn reports_missing_evidence(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::page_reachable::tests::verdict_with;

    #[test]
    fn an_inconclusive_page_is_reported() {
        assert!(matches!(
            verdict_with(&PageChecked, Some(PageState::Inconclusive)),
            Verdict::Fail(_)
        ));
    }

    #[test]
    fn a_page_read_passes_whatever_its_state() {
        for state in [PageState::Ok, PageState::HttpError, PageState::Moved] {
            assert_eq!(verdict_with(&PageChecked, Some(state)), Verdict::Pass);
        }
    }
}
