//! Rule examples: the catalogue every rule example is evaluated against, and
//! the runner that audits each example with its rule's pack. It stands
//! downstream of the packs, the audit and verify's page reading, which it all uses.
//!
//! A rule's `example_fail` / `example_pass` is a YAML list of procedures that
//! refer to the example contacts of [`HEADER`] (`accueil`, `titres`,
//! `standard`, `robot`, `courrier`, `mail`), so the excerpts stay as short as a
//! council's own entries. A rule about the authority as a whole (a mediator,
//! the authority's level) writes a mapping instead:
//!
//! ```yaml
//! authority: { mediator: accueil }
//! procedures:
//!   - id: acte
//!     title: Copie d'acte
//!     channels: { counter: { contact: accueil } }
//! ```
//!
//! whose `authority` fields replace those of the header. A rule reading what
//! `verify` found on the pages (`page_*` checks) gives the pages in the same
//! mapping, by URL: `pages: { "https://essai.example/acte": { html: "<p>…</p>" } }`
//! (see [`ExamplePage`]); they are read as `verify` reads fetched pages. The checks' unit
//! tests use the same header, and `docs/rules.md` prints it, so the tests, the
//! documentation and the packs speak of the same contacts.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Deserialize;
use url::Url;

use crate::audit::{self, AuditOptions};
use crate::catalog::{self, Catalog};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};
use crate::packs::{Library, LoadedPack, Rule, Selection};
use crate::verify::evidence::{InconclusiveReason, PageEvidence, PageRole, PageState};
use crate::verify::{evidence_from_pages, Evidence, GivenPage, Phrases};

/// The example authority (a French commune) and its contacts.
pub const HEADER: &str = r#"version: 1
authority:
  id: fr-99999
  name: Commune d'essai
  country: FR
  level: commune
contacts:
  accueil:
    kind: counter
    address: 1 place de la Mairie, 69000 Essai
    opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00"
  titres:
    kind: counter
    address: 1 place de la Mairie, 69000 Essai
    appointment: required
    booking: [online]
  standard:
    kind: phone
    number: "04 78 00 00 00"
    answered_by: human
    opening_hours: "Mo-Fr 09:00-17:00"
  robot:
    kind: phone
    number: "04 78 00 00 01"
    answered_by: ivr_only
  courrier:
    kind: postal
    address: Mairie, 69000 Essai
  mail:
    kind: email
    address: mairie@essai.example
"#;

/// The file name diagnostics about an example carry.
pub const EXAMPLE_FILE: &str = "exemple.yaml";

/// An example written as a mapping: authority fields over the header's, and procedures.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithAuthority {
    #[serde(default)]
    authority: serde_json::Map<String, serde_json::Value>,
    procedures: serde_json::Value,
    #[serde(default)]
    pages: BTreeMap<String, ExamplePage>,
}

/// A page of an example, as if `verify` had fetched it: its HTML (status 200
/// unless `status` says otherwise), where it redirected, or why it could not
/// be read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamplePage {
    #[serde(default)]
    pub html: Option<String>,
    /// The final HTTP status (default 200).
    #[serde(default)]
    pub status: Option<u16>,
    /// The page moved for good (permanent redirect) to this URL.
    #[serde(default)]
    pub moved_to: Option<String>,
    /// The page sends visitors to this login page.
    #[serde(default)]
    pub login_at: Option<String>,
    /// Why the page could not be read, if it could not.
    #[serde(default)]
    pub inconclusive: Option<InconclusiveReason>,
    /// What the network layer said, for an inconclusive page.
    #[serde(default)]
    pub detail: Option<String>,
}

impl ExamplePage {
    /// The page as `verify` would have found it, or why the excerpt is
    /// contradictory (a page both unreadable and read, moved and behind a login…).
    fn as_fetched(&self, url: &Url) -> Result<GivenPage, String> {
        let mut evidence = PageEvidence {
            role: PageRole::Page,
            url: url.to_string(),
            final_url: None,
            fetched_at: None,
            http_status: None,
            content_hash: None,
            state: PageState::Ok,
            reason: None,
            detail: None,
            from_cache: false,
        };
        if let Some(reason) = self.inconclusive {
            if self.html.is_some()
                || self.status.is_some()
                || self.moved_to.is_some()
                || self.login_at.is_some()
            {
                return Err(format!(
                    "page {url}: an inconclusive page has no html, status, moved_to or login_at"
                ));
            }
            evidence.state = PageState::Inconclusive;
            evidence.reason = Some(reason);
            evidence.detail = self.detail.clone();
            return Ok(GivenPage {
                evidence,
                html: None,
            });
        }
        if self.detail.is_some() {
            return Err(format!("page {url}: detail goes with inconclusive"));
        }
        let status = self.status.unwrap_or(200);
        if !(100..=599).contains(&status) {
            return Err(format!("page {url}: {status} is not an HTTP status"));
        }
        evidence.http_status = Some(status);
        let redirect = |target: &str| {
            Url::parse(target)
                .map(|u| u.to_string())
                .map_err(|e| format!("page {url}: {target} is not a URL ({e})"))
        };
        evidence.state = match (&self.moved_to, &self.login_at) {
            (Some(_), Some(_)) => {
                return Err(format!(
                    "page {url}: a page either moved_to or login_at, not both"
                ))
            }
            _ if status >= 400 => PageState::HttpError,
            (Some(to), None) => {
                evidence.final_url = Some(redirect(to)?);
                PageState::Moved
            }
            (None, Some(at)) => {
                evidence.final_url = Some(redirect(at)?);
                PageState::LoginRedirect
            }
            (None, None) => PageState::Ok,
        };
        let html = evidence
            .readable()
            .then(|| self.html.clone().unwrap_or_default());
        Ok(GivenPage { evidence, html })
    }
}

/// The evidence of an example's `pages` for `catalogue` (the catalogue
/// [`catalogue`] made of the same example), or `None` without pages. Every
/// page must be the page or teleservice of one of the example's procedures:
/// an excerpt whose page nobody reads would prove nothing.
pub fn evidence(example: &str, catalogue: &Catalog) -> Result<Option<Evidence>, Diagnostics> {
    if example.trim_start().starts_with('-') {
        return Ok(None);
    }
    let shape: WithAuthority =
        serde_saphyr::from_str(example).map_err(|e| invalid(e.to_string()))?;
    if shape.pages.is_empty() {
        return Ok(None);
    }
    let mut pages = BTreeMap::new();
    for (url, page) in &shape.pages {
        let parsed =
            Url::parse(url).map_err(|e| invalid(format!("page {url} is not a URL ({e})")))?;
        let given = page.as_fetched(&parsed).map_err(invalid)?;
        pages.insert(parsed, given);
    }
    let phrases = Phrases::shipped()?;
    let evidence = evidence_from_pages(catalogue, &pages, &phrases);
    let read: BTreeSet<&str> = evidence
        .procedures
        .values()
        .flat_map(|p| p.pages.iter().map(|page| page.url.as_str()))
        .collect();
    if let Some(unused) = pages.keys().find(|url| !read.contains(url.as_str())) {
        return Err(invalid(format!(
            "page {unused} is neither the page nor the teleservice of a procedure of the example"
        )));
    }
    Ok(Some(evidence))
}

fn invalid(detail: String) -> Diagnostics {
    Diagnostics(vec![Diagnostic::new(
        EXAMPLE_FILE,
        0,
        0,
        Message::new("example-invalid").arg("detail", detail),
    )])
}

/// The catalogue made of [`HEADER`] and `example` (a list of procedures, or a
/// mapping with `authority` and `procedures`).
pub fn catalogue(example: &str) -> Result<Catalog, Diagnostics> {
    if example.trim_start().starts_with('-') {
        return catalog::from_str(EXAMPLE_FILE, &format!("{HEADER}procedures:\n{example}"));
    }
    let shape: WithAuthority =
        serde_saphyr::from_str(example).map_err(|e| invalid(e.to_string()))?;
    let mut document: serde_json::Value =
        serde_saphyr::from_str(HEADER).map_err(|e| invalid(e.to_string()))?;
    if let Some(authority) = document
        .get_mut("authority")
        .and_then(serde_json::Value::as_object_mut)
    {
        authority.extend(shape.authority);
    }
    if let Some(root) = document.as_object_mut() {
        root.insert("procedures".into(), shape.procedures);
    }
    // JSON is YAML: the merged document goes through the catalogue's own loader.
    catalog::from_str(EXAMPLE_FILE, &document.to_string())
}

/// The day examples are audited on: review ages and exemption ends are
/// measured from it, so the examples say the same thing every year.
pub fn example_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or(NaiveDate::MIN)
}

/// Runs a rule's examples through the real audit, with the rule's whole pack
/// (so exemptions and their grounds resolve as in a council's audit): the
/// failing example must raise an active finding of the rule, the passing one
/// none. Problems are located at the rule in its pack file.
pub fn verify_examples(library: &Library, lp: &LoadedPack, rule: &Rule) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let at = |message: Message| Diagnostic::new(&lp.origin, rule.id.line, rule.id.column, message);
    let id = &rule.id.value;
    for (which, example, should_fail) in [
        ("example_fail", &rule.example_fail, true),
        ("example_pass", &rule.example_pass, false),
    ] {
        let Some(example) = example else {
            problems.push(at(Message::new("example-missing")
                .arg("rule", id)
                .arg("which", which)));
            continue;
        };
        let catalogue = match catalogue(example) {
            Ok(c) => c,
            Err(d) => {
                problems.push(at(Message::new("example-invalid")
                    .arg("detail", format!("{which}: {}", d.render(Lang::En)))));
                continue;
            }
        };
        let selection = Selection {
            packs: vec![lp.pack.id.value.clone()],
            no_default_packs: true,
            preview: true,
            ..Selection::default()
        };
        let policy = match library.select(&catalogue.authority, &selection) {
            Ok(p) => p,
            Err(d) => {
                problems.extend(d);
                continue;
            }
        };
        let evidence = match evidence(example, &catalogue) {
            Ok(e) => e,
            Err(d) => {
                problems.push(at(Message::new("example-invalid")
                    .arg("detail", format!("{which}: {}", d.render(Lang::En)))));
                continue;
            }
        };
        let audit = audit::run_with_evidence(
            &catalogue,
            &policy,
            &AuditOptions {
                today: example_day(),
            },
            evidence.as_ref(),
        );
        let raised = audit
            .findings
            .iter()
            .find(|f| f.is_active() && &f.rule == id);
        match (should_fail, raised) {
            (true, None) => problems.push(at(Message::new("example-should-fail").arg("rule", id))),
            (false, Some(f)) => problems.push(at(Message::new("example-should-pass")
                .arg("rule", id)
                .arg("message", f.message.get(Lang::Fr)))),
            _ => {}
        }
    }
    problems
}

/// Every rule's examples, for `rules test` and the test suite.
pub fn verify_all_examples(library: &Library) -> Diagnostics {
    let mut problems = Diagnostics::default();
    for (lp, rule) in library.rules() {
        problems.extend(verify_examples(library, lp, rule));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::AuthorityLevel;

    #[test]
    fn a_list_is_read_against_the_header() {
        let c = catalogue("- id: a\n  title: A\n  channels:\n    counter: { contact: accueil }\n")
            .unwrap();
        assert_eq!(c.procedures.len(), 1);
        assert_eq!(c.authority.id, "fr-99999");
        assert!(c.authority.mediator.is_none());
    }

    #[test]
    fn a_mapping_changes_the_authority() {
        let c = catalogue(
            "authority: { level: state, mediator: accueil }\nprocedures:\n  - id: a\n    title: A\n    reviewed: 2026-01-01\n    channels: { phone: { contact: standard } }\n",
        )
        .unwrap();
        assert_eq!(c.authority.level, AuthorityLevel::State);
        assert!(c.authority.mediator.is_some());
        assert!(c.procedures[0].reviewed.is_some());
    }

    fn evidence_of(example: &str) -> Result<Option<Evidence>, Diagnostics> {
        evidence(example, &catalogue(example)?)
    }

    const ACTE: &str = "procedures:\n  - id: acte\n    title: Copie d'acte\n    page: \"https://essai.example/acte\"\n    channels:\n      counter: { contact: accueil }\n      phone: { contact: standard }\n      online: { url: \"https://essai.example/portail\" }\npages:\n";

    #[test]
    fn pages_are_read_and_assessed_as_fetched_pages_are() {
        let found = evidence_of(&format!(
            "{ACTE}  \"https://essai.example/acte\": {{ html: \"<p>Tél. : 04 78 00 00 00. Démarche uniquement en ligne.</p>\" }}\n  \"https://essai.example/portail\": {{ login_at: \"https://essai.example/connexion\" }}\n"
        ))
        .unwrap()
        .expect("the example has pages");
        let acte = &found.procedures["acte"];
        assert_eq!(acte.pages.len(), 2);
        assert_eq!(acte.pages[0].state, PageState::Ok);
        assert_eq!(acte.pages[0].http_status, Some(200));
        assert_eq!(acte.pages[1].role, PageRole::Online);
        assert_eq!(acte.pages[1].state, PageState::LoginRedirect);
        assert_eq!(
            acte.pages[1].final_url.as_deref(),
            Some("https://essai.example/connexion")
        );
        let verdict = |kind| {
            acte.channels
                .iter()
                .find(|c| c.channel == kind)
                .map(|c| c.verdict)
        };
        assert_eq!(
            verdict(crate::catalog::resolve::ChannelKind::Counter),
            Some(crate::verify::EvidenceVerdict::Contradicted)
        );
    }

    #[test]
    fn error_moved_and_unreadable_pages_keep_their_state() {
        let state = |page: &str| {
            let found = evidence_of(&format!("{ACTE}  \"https://essai.example/acte\": {page}\n"))
                .unwrap()
                .expect("the example has pages");
            let page = &found.procedures["acte"].pages[0];
            (page.state, page.http_status, page.reason)
        };
        assert_eq!(
            state("{ status: 410 }"),
            (PageState::HttpError, Some(410), None)
        );
        assert_eq!(
            state("{ moved_to: \"https://essai.example/etat-civil\" }"),
            (PageState::Moved, Some(200), None)
        );
        assert_eq!(
            state("{ inconclusive: timeout }"),
            (
                PageState::Inconclusive,
                None,
                Some(InconclusiveReason::Timeout)
            )
        );
    }

    #[test]
    fn a_list_or_a_mapping_without_pages_has_no_evidence() {
        assert!(evidence_of(
            "- id: a\n  title: A\n  channels:\n    counter: { contact: accueil }\n"
        )
        .unwrap()
        .is_none());
        assert!(evidence_of(&ACTE.replace("pages:\n", ""))
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_page_that_proves_nothing_or_contradicts_itself_is_an_error() {
        for page in [
            // No procedure of the example has this page.
            "\"https://essai.example/autre\": { html: \"<p>x</p>\" }",
            "\"pas une adresse\": { html: \"<p>x</p>\" }",
            "\"https://essai.example/acte\": { inconclusive: dns, html: \"<p>x</p>\" }",
            "\"https://essai.example/acte\": { moved_to: \"https://a.example/\", login_at: \"https://b.example/\" }",
            "\"https://essai.example/acte\": { moved_to: \"ailleurs\" }",
            "\"https://essai.example/acte\": { status: 1000 }",
            "\"https://essai.example/acte\": { detail: \"seul\" }",
            "\"https://essai.example/acte\": { state: moved }",
            "\"https://essai.example/acte\": { inconclusive: perhaps }",
        ] {
            let example = format!("{ACTE}  {page}\n");
            let e = evidence_of(&example);
            assert!(e.is_err(), "{page}");
        }
    }

    #[test]
    fn a_broken_example_is_an_error_not_a_panic() {
        assert!(catalogue("authority: { level: nowhere }\nprocedures: []\n").is_err());
        assert!(
            catalogue("- id: a\n  title: A\n  channels:\n    counter: { contact: absent }\n")
                .is_err()
        );
        assert!(catalogue("nonsense: 1\n").is_err());
    }
}
