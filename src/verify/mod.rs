//! `horsligne verify`: the procedures' public pages against what the
//! catalogue declares.
//!
//! pages ──fetch──▶ bodies ──extract──▶ facts ──assess──▶ `Evidence`
//!
//! `fetch` (with `politeness`, `address`, `cache` and robots.txt) is a polite,
//! safe crawler that knows nothing of catalogues; `extract` reads a page with
//! `scraper`; `evidence` compares the facts with the declared channels. The
//! evidence then goes through the audit like everything else: the checks
//! `page_agrees`, `page_reachable` and `page_checked` of the `verification`
//! pack turn it into findings. Nothing here applies a rule.

pub mod address;
pub mod cache;
pub mod evidence;
pub mod extract;
pub mod fetch;
pub mod phrases;
pub mod politeness;

use std::collections::HashMap;
use std::sync::Arc;

use indicatif::ProgressBar;
use tokio::task::JoinSet;
use url::Url;

pub use evidence::{
    Evidence, EvidenceVerdict, PageEvidence, PageRole, PageState, ProcedureEvidence,
};
pub use fetch::{FetchOptions, Fetcher, FetcherError};
pub use phrases::Phrases;

use crate::catalog::resolve::{Catalog, ChannelKind, Procedure};
use extract::PageFacts;

/// The id of the shipped pack whose rules read the evidence.
pub const PACK_ID: &str = "verification";

/// A URL to fetch and the address needles to look for in it.
struct Target {
    url: Url,
    role: PageRole,
    needles: Vec<String>,
}

/// The URLs of `procedure`: its page, then its teleservices.
fn procedure_urls(procedure: &Procedure) -> Vec<(Url, PageRole)> {
    let mut urls: Vec<(Url, PageRole)> = Vec::new();
    if let Some(page) = &procedure.page {
        urls.push((page.clone(), PageRole::Page));
    }
    for (_, online) in procedure.online_channels() {
        if let Some(url) = &online.url {
            if !urls.iter().any(|(u, _)| u == url) {
                urls.push((url.clone(), PageRole::Online));
            }
        }
    }
    urls
}

fn needles(procedure: &Procedure) -> Vec<String> {
    procedure
        .all_channels()
        .filter(|(_, c)| matches!(c.kind, ChannelKind::Counter | ChannelKind::Postal))
        .filter_map(|(_, c)| c.contact.address.as_deref())
        .flat_map(evidence::address_needles)
        .collect()
}

/// Fetches and reads every page of the catalogue's procedures (each URL once)
/// and assesses each procedure. Retired procedures are not verified.
pub async fn verify(
    catalog: &Catalog,
    fetcher: Arc<Fetcher>,
    phrases: Arc<Phrases>,
    progress: &ProgressBar,
) -> Evidence {
    let mut targets: Vec<Target> = Vec::new();
    let mut index: HashMap<Url, usize> = HashMap::new();
    let mut uses: Vec<(&Procedure, Vec<(usize, PageRole)>)> = Vec::new();
    for procedure in catalog.procedures.iter().filter(|p| !p.is_retired()) {
        let wanted = needles(procedure);
        let mut mine = Vec::new();
        for (url, role) in procedure_urls(procedure) {
            let i = *index.entry(url.clone()).or_insert_with(|| {
                targets.push(Target {
                    url,
                    role,
                    needles: Vec::new(),
                });
                targets.len() - 1
            });
            for n in &wanted {
                if !targets[i].needles.contains(n) {
                    targets[i].needles.push(n.clone());
                }
            }
            mine.push((i, role));
        }
        uses.push((procedure, mine));
    }

    progress.set_length(targets.len() as u64);
    let country: Arc<str> = Arc::from(catalog.authority.country.as_str());
    let limit = fetcher.options().concurrency.max(1);
    let mut results: Vec<Option<(PageEvidence, Option<PageFacts>)>> = vec![None; targets.len()];
    let mut running = JoinSet::new();
    let mut pending = targets.into_iter().enumerate();
    loop {
        while running.len() < limit {
            let Some((i, target)) = pending.next() else {
                break;
            };
            let fetcher = fetcher.clone();
            let phrases = phrases.clone();
            let country = country.clone();
            running.spawn(async move {
                let fetched = fetcher.fetch(&target.url, target.role).await;
                let facts = match fetched.body {
                    Some(body) => tokio::task::spawn_blocking(move || {
                        extract::extract(&body, &country, &phrases, &target.needles)
                    })
                    .await
                    .ok(),
                    None => None,
                };
                (i, fetched.evidence, facts)
            });
        }
        match running.join_next().await {
            Some(Ok((i, evidence, facts))) => {
                results[i] = Some((evidence, facts));
                progress.inc(1);
            }
            // A task that panicked leaves its page without evidence (reported
            // as unreadable by `assess`) rather than ending the run.
            Some(Err(_)) => progress.inc(1),
            None => break,
        }
    }
    progress.finish_and_clear();

    let mut out = Evidence::default();
    for (procedure, mine) in uses {
        if mine.is_empty() {
            continue;
        }
        let pages = mine
            .iter()
            .filter_map(|(i, role)| {
                results[*i].as_ref().map(|(e, f)| {
                    let mut e = e.clone();
                    e.role = *role;
                    (e, f.clone())
                })
            })
            .collect();
        out.procedures
            .insert(procedure.id.clone(), evidence::assess(procedure, pages));
    }
    out
}

/// `verify` on a runtime of its own, for callers that are not async.
pub fn verify_blocking(
    catalog: &Catalog,
    options: FetchOptions,
    phrases: Phrases,
    progress: &ProgressBar,
) -> Result<Evidence, VerifyError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(VerifyError::Runtime)?;
    let fetcher = Arc::new(Fetcher::new(options)?);
    Ok(runtime.block_on(verify(catalog, fetcher, Arc::new(phrases), progress)))
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Fetcher(#[from] FetcherError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}
