//! `page_reachable`: the procedure's pages (information page and teleservice)
//! answer: no HTTP error, no redirect to a login page, no page that moved
//! (the catalogue's URL is outdated). Reads the evidence of `horsligne verify`.

use super::{Check, CheckContext, Failure, Verdict};
use crate::catalog::Procedure;
use crate::i18n::Message;
use crate::verify::PageState;

pub struct PageReachable;

impl Check for PageReachable {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let Some(evidence) = ctx.evidence else {
            return Verdict::NotApplicable(Message::new("na-not-verified"));
        };
        let Some(found) = evidence.get(&procedure.id) else {
            return Verdict::NotApplicable(Message::new("na-no-page"));
        };
        let failures = found
            .pages
            .iter()
            .filter_map(|page| {
                let state = match page.state {
                    PageState::HttpError => "http_error",
                    PageState::LoginRedirect => "login_redirect",
                    PageState::Moved => "moved",
                    PageState::Ok | PageState::Inconclusive => return None,
                };
                Some(Failure::at_line(
                    procedure.location.line,
                    Message::new("check-page-problem")
                        .arg("state", state)
                        .arg("url", &page.url)
                        .arg(
                            "status",
                            page.http_status.map(|s| s.to_string()).unwrap_or_default(),
                        )
                        .arg("final", page.final_url.as_deref().unwrap_or("—")),
                ))
            })
            .collect();
        Verdict::from_failures(failures)
    }
}
