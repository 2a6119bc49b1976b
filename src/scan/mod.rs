//! `horsligne scan`: a draft catalogue from an authority's website.
//!
//! start page ──crawl (same host, page budget)──▶ pages ──recognise──▶
//! procedure pages ──read (per section)──▶ `Draft` ──▶ YAML with evidence
//! comments, or JSON with per-field evidence.
//!
//! It crawls with the same polite, safe crawler as `verify` (`crate::crawl`)
//! and reads pages with the same reader (`crate::reading`). Discovery uses the
//! sitemap (robots.txt's or `/sitemap.xml`), the start page and the links
//! that lead to « démarches » and « services ». Nothing is invented: the
//! draft says only what the pages say, and its header says it must be
//! reviewed before it is relied on.

pub mod discover;
pub mod draft;
pub mod recognise;
pub mod yaml;

use std::collections::{BinaryHeap, HashSet};
use std::sync::Arc;

use indicatif::ProgressBar;
use tokio::task::JoinSet;
use url::Url;

pub use draft::{Draft, DraftChannel, DraftProcedure, Field, Quote, Value};

use crate::catalog::region;
use crate::crawl::Budget;
use crate::crawl::{FetchOptions, Fetcher, FetcherError, PageRole};
use crate::i18n::Message;
use crate::reading::template::Template;
use crate::reading::{read_range, Document, Phrases};
use draft::SiteFacts;

pub use crate::crawl::budget::DEFAULT_MAX_PAGES;

/// Sitemap files read at most (an index may list many).
const MAX_SITEMAPS: usize = 5;

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub start: Url,
    pub authority_id: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub level: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("the start page {url} could not be read: {detail}")]
    StartUnreadable { url: String, detail: String },
    #[error("the country of {host} cannot be told from its name")]
    CountryUnknown { host: String },
    #[error("{0} is not a web address (http or https)")]
    NotAWebAddress(String),
    /// A Belgian or Swiss authority without its region, or with a region
    /// that is not one: its draft would not load (the binding texts there are
    /// regional), so the crawl does not start.
    #[error("the region of a {country} authority is missing or unknown")]
    Region {
        country: String,
        written: Option<String>,
        /// The valid region closest to what was written.
        nearest: Option<&'static str>,
    },
    #[error(transparent)]
    Fetcher(#[from] FetcherError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

impl ScanError {
    /// What to write instead, when the error knows it (the closest valid value).
    pub fn help(&self) -> Option<Message> {
        match self {
            ScanError::Region {
                nearest: Some(candidate),
                ..
            } => Some(Message::new("diag-did-you-mean").arg("candidate", *candidate)),
            _ => None,
        }
    }

    /// The error in the user's language.
    pub fn message(&self) -> Message {
        match self {
            ScanError::StartUnreadable { url, detail } => Message::new("scan-start-unreadable")
                .arg("url", url)
                .arg("detail", detail),
            ScanError::CountryUnknown { host } => {
                Message::new("scan-country-unknown").arg("host", host)
            }
            ScanError::NotAWebAddress(url) => {
                Message::new("scan-not-a-web-address").arg("url", url)
            }
            ScanError::Region {
                country, written, ..
            } => {
                let expected = region::canonical_values(country).join(", ");
                match written {
                    Some(value) => Message::new("init-bad-region")
                        .arg("value", value)
                        .arg("country", country)
                        .arg("expected", expected),
                    None => Message::new("init-region-required")
                        .arg("country", country)
                        .arg("expected", expected),
                }
            }
            ScanError::Fetcher(e) => e.message(),
            ScanError::Runtime(e) => Message::new("crawl-runtime-error").arg("error", e),
        }
    }
}

/// The country an address's top-level domain tells (`.fr`, `.be`).
fn country_of(host: &str) -> Option<&'static str> {
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    match tld.as_str() {
        "fr" | "re" | "gp" | "mq" | "gf" | "yt" | "pm" | "nc" | "pf" => Some("FR"),
        "be" | "brussels" | "bruxelles" | "vlaanderen" | "wallonie" => Some("BE"),
        "lu" => Some("LU"),
        "ch" => Some("CH"),
        _ => None,
    }
}

/// One page read by the crawl.
struct Read {
    url: Url,
    doc: Option<Document>,
}

/// What a page gave the draft: its procedures, kept instead of the page (a
/// crawl of 200 pages of 1 MB holds their facts, not 200 parsed pages).
struct Facts {
    url: Url,
    procedure_page: bool,
    procedures: Vec<DraftProcedure>,
}

fn facts_of(read: &Read, country: &str, phrases: &Phrases, site: &SiteFacts) -> Facts {
    let procedures = read
        .doc
        .as_ref()
        .filter(|doc| recognise::recognise(doc, phrases, country).is_some())
        .map(|doc| draft::procedures_of(doc, read.url.as_str(), country, phrases, site));
    Facts {
        url: read.url.clone(),
        procedure_page: procedures.is_some(),
        procedures: procedures.unwrap_or_default(),
    }
}

/// Pages read against the site's template: the first `TEMPLATE_SAMPLE` pages
/// are held until the template is learnt from them; every later page is
/// read at once and dropped, so memory stays bounded by the sample.
struct TemplatedReader<'a> {
    country: &'a str,
    phrases: &'a Phrases,
    site: &'a SiteFacts,
    sample: Vec<Read>,
    template: Option<Template>,
    facts: Vec<Facts>,
}

/// Pages held to learn the template: enough for the « most pages » share to
/// mean something, few enough to keep memory bounded.
const TEMPLATE_SAMPLE: usize = 12;

impl<'a> TemplatedReader<'a> {
    fn new(country: &'a str, phrases: &'a Phrases, site: &'a SiteFacts) -> Self {
        TemplatedReader {
            country,
            phrases,
            site,
            sample: Vec::new(),
            template: None,
            facts: Vec::new(),
        }
    }

    fn read(&mut self, mut read: Read) {
        match &self.template {
            Some(template) => {
                if let Some(doc) = read.doc.as_mut() {
                    template.apply(doc);
                }
                self.facts
                    .push(facts_of(&read, self.country, self.phrases, self.site));
            }
            None => {
                self.sample.push(read);
                if self.sample.len() >= TEMPLATE_SAMPLE {
                    self.learn();
                }
            }
        }
    }

    /// Learns the template from the sample, then reads the sample with it.
    fn learn(&mut self) {
        let template = {
            let docs: Vec<&Document> = self.sample.iter().filter_map(|r| r.doc.as_ref()).collect();
            Template::learn(&docs)
        };
        for mut read in std::mem::take(&mut self.sample) {
            if let Some(doc) = read.doc.as_mut() {
                template.apply(doc);
            }
            self.facts
                .push(facts_of(&read, self.country, self.phrases, self.site));
        }
        self.template = Some(template);
    }

    fn finish(mut self) -> Vec<Facts> {
        if self.template.is_none() {
            self.learn();
        }
        self.facts
    }
}

/// Whether `final_url` (after redirects) is still on `host`: a link of the
/// site redirected elsewhere is not the site's page and is not drafted.
fn stayed_on(final_url: Option<&str>, host: &str) -> bool {
    final_url
        .and_then(|u| Url::parse(u).ok())
        .is_none_or(|u| u.host_str() == Some(host))
}

/// A draft, and what the crawl left undone (hosts given up, the deadline):
/// said to the user, never left silent.
#[derive(Debug)]
pub struct Scanned {
    pub draft: Draft,
    pub notes: Vec<Message>,
}

/// Crawls the site of `options.start` within the fetcher's budget and
/// drafts its catalogue.
pub async fn scan(
    options: &ScanOptions,
    fetcher: Arc<Fetcher>,
    phrases: Arc<Phrases>,
    progress: &ProgressBar,
) -> Result<Scanned, ScanError> {
    let budget: Budget = fetcher.options().budget.clone();
    let start = &options.start;
    if !matches!(start.scheme(), "http" | "https") {
        return Err(ScanError::NotAWebAddress(start.to_string()));
    }
    let host = start.host_str().unwrap_or_default().to_owned();
    let country = match options
        .country
        .clone()
        .or_else(|| country_of(&host).map(str::to_owned))
    {
        Some(c) => c.to_ascii_uppercase(),
        None => return Err(ScanError::CountryUnknown { host }),
    };
    // Every draft must load: a region the loader would refuse is refused
    // here, before any page is read.
    let refused = match options.region.as_deref() {
        Some(written) => region::normalise(&country, written)
            .err()
            .map(|unknown| unknown.nearest),
        None => region::region_required(&country).then_some(None),
    };
    if let Some(nearest) = refused {
        return Err(ScanError::Region {
            country,
            written: options.region.clone(),
            nearest,
        });
    }
    progress.set_length(budget.max_pages as u64);

    let first = fetcher.fetch(start, PageRole::Page).await;
    let Some(body) = first.body else {
        return Err(ScanError::StartUnreadable {
            url: start.to_string(),
            detail: first
                .evidence
                .detail
                .unwrap_or_else(|| format!("{:?}", first.evidence.state)),
        });
    };
    progress.inc(1);
    let start_doc = parse(body).await;
    let site = site_facts(&start_doc, start, &country, &phrases);

    // The frontier: best-scored URLs first, then in discovery order; each
    // with its depth (link hops from the start page).
    let mut frontier: BinaryHeap<(u32, std::cmp::Reverse<usize>, Url, u32)> = BinaryHeap::new();
    let mut seen: HashSet<Url> = HashSet::new();
    let mut order = 0usize;
    let mut push = |frontier: &mut BinaryHeap<_>,
                    seen: &mut HashSet<Url>,
                    url: Url,
                    score: u32,
                    depth: u32| {
        if depth <= budget.max_depth && seen.insert(url.clone()) {
            order += 1;
            frontier.push((score, std::cmp::Reverse(order), url, depth));
        }
    };
    seen.insert(start.clone());
    if let Some(final_url) = first
        .evidence
        .final_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
    {
        seen.insert(final_url);
    }
    for url in sitemap_pages(&fetcher, start, &host).await {
        let score = discover::score(&url, "", &phrases) + 5;
        push(&mut frontier, &mut seen, url, score, 1);
    }
    for (url, score) in discover::links(
        &start_doc,
        start,
        &host,
        &phrases,
        budget.max_links_per_page,
    ) {
        push(&mut frontier, &mut seen, url, score, 1);
    }

    // The authority is named from the start page, whatever order the pages
    // come back in.
    let authority = authority_fields(options, Some(&start_doc), start, &host, &country);
    let site = SiteFacts {
        name: authority
            .iter()
            .find(|f| f.key == "name")
            .and_then(|f| match &f.value {
                Value::Text(t) => Some(t.clone()),
                Value::List(_) => None,
            }),
        ..site
    };
    // The site's template (menus, banners, footer repeated across pages) is
    // never evidence for a procedure. It is learnt from the first pages read
    // (a bounded sample: the crawl keeps facts, not pages), then applied to
    // every page as it comes.
    let mut reader = TemplatedReader::new(&country, &phrases, &site);
    reader.read(Read {
        url: start.clone(),
        doc: Some(start_doc),
    });
    let mut pages_read = 1usize;
    let mut pages_unreadable = 0usize;
    let limit = fetcher.options().concurrency.max(1);
    let mut running = JoinSet::new();
    loop {
        while running.len() < limit
            && pages_read + pages_unreadable + running.len() < budget.max_pages
            && !fetcher.past_deadline()
        {
            let Some((_, _, url, depth)) = frontier.pop() else {
                break;
            };
            let fetcher = fetcher.clone();
            let host = host.clone();
            running.spawn(async move {
                let page = fetcher.fetch(&url, PageRole::Page).await;
                let on_site = stayed_on(page.evidence.final_url.as_deref(), &host);
                let doc = match page.body {
                    Some(body) if on_site => Some(parse(body).await),
                    _ => None,
                };
                (Read { url, doc }, depth)
            });
        }
        let Some(done) = running.join_next().await else {
            break;
        };
        progress.inc(1);
        // A task cannot panic short of a bug; its page is then unread.
        let Ok((read, depth)) = done else {
            pages_unreadable += 1;
            continue;
        };
        match &read.doc {
            Some(doc) => {
                pages_read += 1;
                let found =
                    discover::links(doc, &read.url, &host, &phrases, budget.max_links_per_page);
                for (url, score) in found {
                    push(&mut frontier, &mut seen, url, score, depth + 1);
                }
            }
            None => pages_unreadable += 1,
        }
        reader.read(read);
    }
    progress.finish_and_clear();
    let mut facts = reader.finish();
    let mut notes: Vec<Message> = fetcher
        .given_up_hosts()
        .into_iter()
        .map(|(host, why)| {
            Message::new("scan-host-given-up")
                .arg("host", host)
                .arg("why", why)
        })
        .collect();
    if fetcher.past_deadline() && !frontier.is_empty() {
        notes.push(
            Message::new("scan-deadline-reached")
                .num("seconds", budget.deadline.as_secs() as f64)
                .num("left", frontier.len() as f64),
        );
    }

    // Reading order does not depend on which fetch finished first.
    facts.sort_by(|a, b| a.url.as_str().cmp(b.url.as_str()));
    let procedure_pages = facts.iter().filter(|f| f.procedure_page).count();
    let mut procedures: Vec<DraftProcedure> =
        facts.into_iter().flat_map(|f| f.procedures).collect();
    let mut ids: HashSet<String> = HashSet::new();
    for procedure in &mut procedures {
        let title = match &procedure.title.value {
            Value::Text(t) => t.clone(),
            Value::List(_) => String::new(),
        };
        let base = draft::slug(&title);
        let mut id = base.clone();
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        procedure.id = id;
    }
    Ok(Scanned {
        draft: Draft {
            start: start.to_string(),
            pages_read,
            pages_unreadable,
            procedure_pages,
            authority,
            procedures,
        },
        notes,
    })
}

async fn parse(body: String) -> Document {
    // Parsing is CPU work: off the async threads.
    tokio::task::spawn_blocking(move || Document::parse(&body))
        .await
        .unwrap_or_default()
}

/// The pages the sitemaps list (robots.txt's, else `/sitemap.xml`), on the host.
async fn sitemap_pages(fetcher: &Fetcher, start: &Url, host: &str) -> Vec<Url> {
    let mut queue: Vec<Url> = fetcher
        .sitemaps(start)
        .await
        .iter()
        .filter_map(|s| Url::parse(s).ok())
        .collect();
    if queue.is_empty() {
        if let Ok(default) = start.join("/sitemap.xml") {
            queue.push(default);
        }
    }
    let mut pages = Vec::new();
    let mut read = 0;
    while let Some(sitemap) = queue.pop() {
        if read >= MAX_SITEMAPS || sitemap.host_str() != Some(host) {
            continue;
        }
        read += 1;
        let Some(body) = fetcher.fetch(&sitemap, PageRole::Page).await.body else {
            continue;
        };
        let (urls, index) = discover::sitemap_urls(&body);
        for u in urls.iter().filter_map(|u| Url::parse(u).ok()) {
            if index {
                queue.push(u);
            } else if let Some(page) = discover::crawlable(&u, host) {
                pages.push(page);
            }
        }
    }
    pages
}

/// The town hall's address as the site gives it (usually in every footer).
fn site_facts(doc: &Document, url: &Url, country: &str, phrases: &Phrases) -> SiteFacts {
    let with_frame = Document {
        frame: Vec::new(),
        ..doc.clone()
    };
    let reading = read_range(&with_frame, 0, with_frame.text.len(), country, phrases);
    SiteFacts {
        name: None,
        address: reading.addresses.into_iter().next().map(|a| {
            (
                a.written,
                Quote {
                    url: url.to_string(),
                    text: a.snippet,
                },
            )
        }),
    }
}

/// Words that name the authority in a site's title.
const AUTHORITY_WORDS: [&str; 9] = [
    "ville",
    "mairie",
    "commune",
    "administration communale",
    "cpas",
    "ccas",
    "agglomeration",
    "metropole",
    "communaute",
];

fn authority_fields(
    options: &ScanOptions,
    start_doc: Option<&Document>,
    start: &Url,
    host: &str,
    country: &str,
) -> Vec<Field> {
    let quote = |text: &str| {
        Some(Quote {
            url: start.to_string(),
            text: text.to_owned(),
        })
    };
    let title = start_doc.and_then(|d| d.title.clone()).unwrap_or_default();
    let parts: Vec<&str> = title
        .split(['|', '–', '—'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let name = parts
        .iter()
        .find(|p| {
            let f = crate::reading::fold(p);
            AUTHORITY_WORDS.iter().any(|w| f.contains(w))
        })
        .or(parts.last())
        .map(|p| (*p).to_owned())
        .unwrap_or_else(|| host.to_owned());
    let id = options
        .authority_id
        .clone()
        .unwrap_or_else(|| draft::slug(host.trim_start_matches("www.")));
    let mut fields = vec![
        Field::text_plain("id", id, None),
        Field::text_plain(
            "name",
            name,
            (!title.is_empty()).then(|| quote(&title)).flatten(),
        ),
        Field::text_plain("country", country.to_owned(), None),
    ];
    if let Some(region) = &options.region {
        fields.push(Field::text_plain("region", region.clone(), None));
    }
    let level = options
        .level
        .clone()
        .unwrap_or_else(|| "commune".to_owned());
    fields.push(Field::text_plain("level", level, None));
    fields
}

impl Field {
    pub fn text_plain(key: &str, value: String, evidence: Option<Quote>) -> Field {
        Field {
            key: key.to_owned(),
            value: Value::Text(value),
            evidence,
            note: None,
        }
    }
}

/// `scan` on a runtime of its own, for callers that are not async.
pub fn scan_blocking(
    options: &ScanOptions,
    fetch: FetchOptions,
    phrases: Phrases,
    progress: &ProgressBar,
) -> Result<Scanned, ScanError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ScanError::Runtime)?;
    let fetcher = Arc::new(Fetcher::new(fetch)?);
    runtime.block_on(scan(options, fetcher, Arc::new(phrases), progress))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_from_domain_names() {
        assert_eq!(country_of("www.ville-exemple.fr"), Some("FR"));
        assert_eq!(country_of("www.namur.be"), Some("BE"));
        assert_eq!(country_of("127.0.0.1"), None);
        assert_eq!(country_of("mairie.example"), None);
    }
}
