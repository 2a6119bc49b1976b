//! `page_reachable`: the procedure's pages (information page and teleservice)
//! answer: no HTTP error, no redirect to a login page, no page that moved
//! (the catalogue's URL is outdated). Reads the evidence of `horsligne verify`.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::Procedure;
use crate::i18n::Message;
use crate::verify::PageState;

pub struct PageReachable;

impl ProcedureCheck for PageReachable {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let found = match ctx.page_evidence(procedure) {
            Ok(found) => found,
            Err(not_applicable) => return not_applicable,
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::checks::fixture::catalog;
    use crate::verify::evidence::{PageEvidence, PageRole, ProcedureEvidence};
    use crate::verify::Evidence;

    pub const WITH_PAGE: &str = r#"
- id: acte
  title: Copie d'acte
  page: "https://essai.example/acte"
  channels:
    counter: { contact: accueil }
"#;

    pub fn page(state: PageState) -> PageEvidence {
        PageEvidence {
            role: PageRole::Page,
            url: "https://essai.example/acte".into(),
            final_url: Some("https://essai.example/connexion".into()),
            fetched_at: None,
            http_status: Some(200),
            content_hash: None,
            state,
            reason: None,
            detail: None,
            from_cache: false,
        }
    }

    /// The verdict of `check` when the procedure's page ended in `state`.
    pub fn verdict_with(check: &dyn ProcedureCheck, state: Option<PageState>) -> Verdict {
        let catalog = catalog(WITH_PAGE);
        let mut evidence = Evidence::default();
        if let Some(state) = state {
            evidence.procedures.insert(
                "acte".into(),
                ProcedureEvidence {
                    pages: vec![page(state)],
                    channels: Vec::new(),
                    opening_hours: None,
                    opening_hours_osm: None,
                    premium_numbers: Vec::new(),
                    statements: Vec::new(),
                },
            );
        }
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: chrono::NaiveDate::MIN,
            evidence: Some(&evidence),
        };
        check.check_procedure(&catalog.procedures[0], &ctx)
    }

    #[test]
    fn broken_login_and_moved_pages_fail() {
        for state in [
            PageState::HttpError,
            PageState::LoginRedirect,
            PageState::Moved,
        ] {
            assert!(
                matches!(verdict_with(&PageReachable, Some(state)), Verdict::Fail(_)),
                "{state:?}"
            );
        }
    }

    #[test]
    fn a_readable_or_unverified_page_passes() {
        for state in [PageState::Ok, PageState::Inconclusive] {
            assert_eq!(verdict_with(&PageReachable, Some(state)), Verdict::Pass);
        }
        assert!(matches!(
            verdict_with(&PageReachable, None),
            Verdict::NotApplicable(_)
        ));
    }
}
