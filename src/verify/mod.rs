//! `horsligne verify`: the procedures' public pages against what the
//! catalogue declares.
//!
//! pages ──fetch──▶ bodies ──extract──▶ facts ──assess──▶ `Evidence`
//!
//! `crate::crawl` is the polite, safe crawler that knows nothing of
//! catalogues; `crate::reading` reads a page; `evidence` compares what the
//! page says with the declared channels. The
//! evidence then goes through the audit like everything else: the checks
//! `page_agrees`, `page_reachable` and `page_checked` of the `verification`
//! pack turn it into findings. Nothing here applies a rule.

pub mod evidence;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use indicatif::ProgressBar;
use tokio::task::JoinSet;
use url::Url;

pub use crate::crawl::{FetchOptions, Fetcher, FetcherError};
pub use crate::reading::Phrases;
pub use evidence::{
    Evidence, EvidenceVerdict, PageEvidence, PageRole, PageState, ProcedureEvidence,
};

use crate::catalog::resolve::{Catalog, ChannelKind, Procedure};
use crate::reading::extract::{self, PageFacts};

/// The id of the shipped pack whose rules read the evidence.
pub const PACK_ID: &str = "verification";

/// A URL to fetch and the declared addresses to look for in it.
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
        .filter_map(|(_, c)| c.contact.address.clone())
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

    // Each procedure is assessed as soon as its last page is in, and a page's
    // facts are dropped once every procedure using it is assessed: memory
    // holds the evidence, not the pages, however many there are.
    drop(index);
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); targets.len()];
    let mut waiting: Vec<usize> = Vec::with_capacity(uses.len());
    for (p, (_, mine)) in uses.iter().enumerate() {
        for (i, _) in mine {
            users[*i].push(p);
        }
        waiting.push(mine.len());
    }
    let mut readers: Vec<usize> = users.iter().map(Vec::len).collect();

    progress.set_length(targets.len() as u64);
    let country: Arc<str> = Arc::from(catalog.authority.country.as_str());
    let limit = fetcher.options().concurrency.max(1);
    // Boxed: a page not fetched yet, or already forgotten, costs one pointer.
    type PageResult = Box<(PageEvidence, Option<PageFacts>)>;
    let mut results: Vec<Option<PageResult>> = vec![None; targets.len()];
    let mut out = Evidence::default();
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
        let done = match running.join_next().await {
            Some(Ok((i, evidence, facts))) => {
                results[i] = Some(Box::new((evidence, facts)));
                i
            }
            // A task cannot panic short of a bug; its page then stays without
            // evidence rather than ending the run.
            Some(Err(_)) => {
                progress.inc(1);
                continue;
            }
            None => break,
        };
        progress.inc(1);
        for &p in &users[done] {
            waiting[p] -= 1;
            if waiting[p] > 0 {
                continue;
            }
            let (procedure, mine) = &uses[p];
            let pages = mine
                .iter()
                .filter_map(|(i, role)| {
                    results[*i].as_deref().map(|(e, f)| {
                        let mut e = e.clone();
                        e.role = *role;
                        (e, f.clone())
                    })
                })
                .collect();
            out.procedures
                .insert(procedure.id.clone(), evidence::assess(procedure, pages));
            for (i, _) in mine {
                readers[*i] -= 1;
                if readers[*i] == 0 {
                    results[*i] = None;
                }
            }
        }
    }
    progress.finish_and_clear();
    out
}

/// A page as if fetched: its evidence (role and all) and, when it was read,
/// its body.
#[derive(Debug, Clone)]
pub struct GivenPage {
    pub evidence: PageEvidence,
    pub html: Option<String>,
}

/// The evidence of pages given rather than fetched (the rule examples), read
/// and assessed exactly as fetched pages are.
pub fn evidence_from_pages(
    catalog: &Catalog,
    pages: &BTreeMap<Url, GivenPage>,
    phrases: &Phrases,
) -> Evidence {
    let mut out = Evidence::default();
    for procedure in catalog.procedures.iter().filter(|p| !p.is_retired()) {
        let wanted = needles(procedure);
        let found: Vec<_> = procedure_urls(procedure)
            .into_iter()
            .filter_map(|(url, role)| {
                let page = pages.get(&url)?;
                let mut evidence = page.evidence.clone();
                evidence.role = role;
                let facts = page.html.as_deref().map(|html| {
                    extract::extract(html, &catalog.authority.country, phrases, &wanted)
                });
                Some((evidence, facts))
            })
            .collect();
        if !found.is_empty() {
            out.procedures
                .insert(procedure.id.clone(), evidence::assess(procedure, found));
        }
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

impl VerifyError {
    /// The error in the user's language.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            VerifyError::Fetcher(e) => e.message(),
            VerifyError::Runtime(e) => {
                crate::i18n::Message::new("crawl-runtime-error").arg("error", e)
            }
        }
    }
}
