//! The polite, safe crawler: one page at a time per URL, through the host
//! gates (politeness), robots.txt, the address guard and the cache, with
//! retries on 5xx / 408 / 429 honouring `Retry-After`, timeouts and a
//! maximum body size. It returns what happened to the page; it knows
//! nothing of catalogues or rules.

use std::collections::HashMap;
use std::error::Error as _;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use chrono::Utc;
use regex::Regex;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use sha2::{Digest, Sha256};
use texting_robots::Robot;
use tokio::sync::OnceCell;
use url::Url;

use super::body;
use super::budget::Budget;
use super::cache::{CachedPage, PageCache};
use super::guard::{self, AddressRefused, DnsFailure, GuardedResolver};
use super::page::{InconclusiveReason, PageEvidence, PageRole, PageState};
use super::politeness::{self, HostGates};
use crate::i18n::{Lang, Message};

/// The product token matched against robots.txt groups.
pub const ROBOTS_AGENT: &str = "horsligne";
const MAX_REDIRECTS: usize = 5;
const MAX_ROBOTS_BYTES: usize = 512 * 1024;

#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub user_agent: String,
    /// Whole request, headers and body.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Pages, bytes, links, depth, waiting per host and time overall.
    pub budget: Budget,
    /// Further attempts after a 5xx, 408, 429 or a timeout.
    pub retries: u32,
    pub backoff_base: Duration,
    /// Requests under way at once, all hosts together.
    pub concurrency: usize,
    pub per_host: usize,
    pub interval: Duration,
    pub allow_private: bool,
    /// Hosts whose robots.txt is not applied (given explicitly, one by one).
    pub ignore_robots: Vec<String>,
    pub cache_dir: Option<PathBuf>,
    pub cache_max_age: Duration,
    pub offline: bool,
    /// The proxy to go through (`--proxy`). Proxy variables of the environment
    /// (`HTTP_PROXY`…) are never used: through a proxy, the address guard
    /// would not see where a request goes.
    pub proxy: Option<Url>,
    /// The language of the details written into the evidence.
    pub lang: Lang,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            user_agent: default_user_agent(),
            timeout: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(10),
            budget: Budget::default(),
            retries: 2,
            backoff_base: Duration::from_millis(500),
            concurrency: 8,
            per_host: 2,
            interval: Duration::from_millis(500),
            allow_private: false,
            ignore_robots: Vec::new(),
            cache_dir: None,
            cache_max_age: Duration::from_secs(24 * 3600),
            offline: false,
            proxy: None,
            lang: Lang::Fr,
        }
    }
}

pub fn default_user_agent() -> String {
    format!(
        "{ROBOTS_AGENT}/{} (+https://github.com/horsligne/horsligne/blob/main/docs/verify.md)",
        env!("CARGO_PKG_VERSION")
    )
}

#[derive(Debug, thiserror::Error)]
pub enum FetcherError {
    #[error("cannot build the HTTP client: {0}")]
    Client(#[from] reqwest::Error),
    #[error("cannot open the cache directory {0}: {1}")]
    Cache(PathBuf, std::io::Error),
}

impl FetcherError {
    /// The error in the user's language.
    pub fn message(&self) -> Message {
        match self {
            FetcherError::Client(e) => Message::new("crawl-client-error").arg("error", e),
            FetcherError::Cache(dir, e) => Message::new("crawl-cache-error")
                .arg("dir", dir.display())
                .arg("error", e),
        }
    }
}

/// A page as fetched: its evidence, and its body when it was read.
#[derive(Debug)]
pub struct FetchedPage {
    pub evidence: PageEvidence,
    pub body: Option<String>,
}

#[derive(Debug)]
enum RobotsRule {
    AllowAll,
    DisallowAll,
    Rules(Box<Robot>),
    Unreachable(InconclusiveReason, String),
}

/// Why a request gave no response.
struct Failure {
    reason: InconclusiveReason,
    detail: String,
}

/// A response with its body read (up to the maximum size).
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Result<Vec<u8>, Failure>,
}

pub struct Fetcher {
    client: reqwest::Client,
    options: FetchOptions,
    gates: HostGates,
    robots: Mutex<HashMap<String, Arc<OnceCell<RobotsRule>>>>,
    cache: Option<PageCache>,
    /// Hosts that asked for a wait longer than we give (`Retry-After`):
    /// left alone for the rest of the run.
    given_up: Mutex<HashMap<String, String>>,
    /// What each host has made us wait so far, against `max_host_wait`.
    waited: Mutex<HashMap<String, Duration>>,
    /// When the run's deadline passes: no request starts after it.
    deadline: tokio::time::Instant,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Result<Self, FetcherError> {
        let mut builder = reqwest::Client::builder();
        builder = match &options.proxy {
            Some(proxy) => builder.proxy(reqwest::Proxy::all(proxy.clone())?),
            // Without --proxy, HTTP_PROXY and the like are ignored: a request
            // sent to a proxy would not pass through the address guard.
            None => builder.no_proxy(),
        };
        let client = builder
            .user_agent(options.user_agent.clone())
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout)
            // Redirects are followed here, one hop at a time, so each hop is
            // checked (scheme, address, robots) and a login redirect is seen.
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(GuardedResolver {
                allow_private: options.allow_private,
            }))
            .build()?;
        let cache = match &options.cache_dir {
            Some(dir) => {
                Some(PageCache::open(dir).map_err(|e| FetcherError::Cache(dir.clone(), e))?)
            }
            None => None,
        };
        Ok(Fetcher {
            client,
            gates: HostGates::new(options.per_host, options.interval),
            robots: Mutex::new(HashMap::new()),
            cache,
            given_up: Mutex::new(HashMap::new()),
            deadline: deadline_after(options.budget.deadline),
            options,
            waited: Mutex::new(HashMap::new()),
        })
    }

    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// Whether the run's overall deadline has passed.
    pub fn past_deadline(&self) -> bool {
        tokio::time::Instant::now() >= self.deadline
    }

    /// The hosts given up during the run, with why, sorted by host: the
    /// command says so rather than leaving pages silently unread.
    pub fn given_up_hosts(&self) -> Vec<(String, String)> {
        let given_up = self.given_up.lock().unwrap_or_else(|p| p.into_inner());
        let mut hosts: Vec<(String, String)> = given_up
            .iter()
            .map(|(h, d)| (h.clone(), d.clone()))
            .collect();
        hosts.sort();
        hosts
    }

    /// Fetches `url`: from the cache when fresh, else from the network.
    pub async fn fetch(&self, url: &Url, role: PageRole) -> FetchedPage {
        let inconclusive = |reason, detail: String| FetchedPage {
            evidence: PageEvidence::inconclusive(role, url.as_str(), reason, detail),
            body: None,
        };
        if !matches!(url.scheme(), "http" | "https") {
            return inconclusive(
                InconclusiveReason::UnsupportedScheme,
                self.say(Message::new("crawl-scheme-not-fetched").arg("scheme", url.scheme())),
            );
        }
        let cached = self.cache.as_ref().and_then(|c| c.get(url.as_str()));
        if self.options.offline {
            return match cached {
                Some(page) => from_cache(role, page),
                None => inconclusive(
                    InconclusiveReason::NotInCache,
                    self.say(Message::new("crawl-not-in-cache")),
                ),
            };
        }
        if let Some(page) = &cached {
            let age = (Utc::now() - page.fetched_at).to_std().unwrap_or_default();
            if age <= self.options.cache_max_age {
                return from_cache(role, page.clone());
            }
        }
        self.fetch_network(url, role, cached).await
    }

    async fn fetch_network(
        &self,
        url: &Url,
        role: PageRole,
        cached: Option<CachedPage>,
    ) -> FetchedPage {
        let inconclusive = |reason, detail: String, status: Option<u16>, at: &Url| {
            let mut e = PageEvidence::inconclusive(role, url.as_str(), reason, detail);
            e.http_status = status;
            if at != url {
                e.final_url = Some(at.to_string());
            }
            FetchedPage {
                evidence: e,
                body: None,
            }
        };
        let mut current = url.clone();
        let mut moved = false;
        let mut redirected = false;
        for hop in 0..=MAX_REDIRECTS {
            if !matches!(current.scheme(), "http" | "https") {
                return inconclusive(
                    InconclusiveReason::UnsupportedScheme,
                    self.say(Message::new("crawl-redirect-scheme").arg("scheme", current.scheme())),
                    None,
                    &current,
                );
            }
            if let Err(refused) = self.guard(&current).await {
                return inconclusive(refused.reason, refused.detail, None, &current);
            }
            if let Some(detail) = self.gave_up_on(&current) {
                return inconclusive(InconclusiveReason::RateLimited, detail, None, &current);
            }
            if self.past_deadline() {
                return inconclusive(
                    InconclusiveReason::Timeout,
                    self.say(
                        Message::new("crawl-deadline-reached")
                            .arg("seconds", self.options.budget.deadline.as_secs()),
                    ),
                    None,
                    &current,
                );
            }
            if let Err(failure) = self.robots_allow(&current).await {
                return inconclusive(failure.reason, failure.detail, None, &current);
            }
            let mut conditional = HeaderMap::new();
            if let Some(page) = cached.as_ref().filter(|_| hop == 0) {
                if let Some(v) = page
                    .etag
                    .as_deref()
                    .and_then(|v| HeaderValue::from_str(v).ok())
                {
                    conditional.insert(header::IF_NONE_MATCH, v);
                }
                if let Some(v) = page
                    .last_modified
                    .as_deref()
                    .and_then(|v| HeaderValue::from_str(v).ok())
                {
                    conditional.insert(header::IF_MODIFIED_SINCE, v);
                }
            }
            let answer = match self.get(&current, conditional).await {
                Ok(answer) => answer,
                Err(f) => return inconclusive(f.reason, f.detail, None, &current),
            };
            let status = answer.status;
            if status == StatusCode::NOT_MODIFIED {
                if let Some(mut page) = cached {
                    page.fetched_at = Utc::now();
                    self.store(&page);
                    return from_cache(role, page);
                }
            }
            if status.is_redirection() {
                let location = answer
                    .headers
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|l| current.join(l).ok());
                if let Some(next) = location {
                    moved |= matches!(
                        status,
                        StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                    );
                    redirected = true;
                    current = next;
                    continue;
                }
            }
            let body = match answer.body {
                Ok(body) => body,
                Err(f) => return inconclusive(f.reason, f.detail, Some(status.as_u16()), &current),
            };
            let text = body::decode(&body, header_str(&answer.headers, header::CONTENT_TYPE));
            let hash = hex(&Sha256::digest(&body));
            drop(body);
            let state = if crate::reading::extract::is_bot_wall(&text)
                && (status.is_client_error() || status.is_server_error() || text.len() < 20_000)
            {
                return inconclusive(
                    InconclusiveReason::BotWall,
                    self.say(Message::new("crawl-bot-wall").arg("status", status.as_u16())),
                    Some(status.as_u16()),
                    &current,
                );
            } else if status == StatusCode::TOO_MANY_REQUESTS {
                return inconclusive(
                    InconclusiveReason::RateLimited,
                    self.say(Message::new("crawl-rate-limited")),
                    Some(429),
                    &current,
                );
            } else if status.is_client_error() || status.is_server_error() {
                PageState::HttpError
            } else if redirected && looks_like_login(&current, &text) {
                PageState::LoginRedirect
            } else if moved {
                PageState::Moved
            } else {
                PageState::Ok
            };
            let fetched_at = Utc::now();
            if status.is_success() {
                let header_text = |name| {
                    answer
                        .headers
                        .get(name)
                        .and_then(|v: &HeaderValue| v.to_str().ok())
                        .map(str::to_owned)
                };
                self.store(&CachedPage {
                    url: url.to_string(),
                    final_url: current.to_string(),
                    status: status.as_u16(),
                    moved,
                    etag: header_text(header::ETAG),
                    last_modified: header_text(header::LAST_MODIFIED),
                    fetched_at,
                    body: text.clone(),
                });
            }
            let readable = matches!(state, PageState::Ok | PageState::Moved);
            return FetchedPage {
                evidence: PageEvidence {
                    role,
                    url: url.to_string(),
                    final_url: (current != *url).then(|| current.to_string()),
                    fetched_at: Some(fetched_at),
                    http_status: Some(status.as_u16()),
                    content_hash: Some(hash),
                    state,
                    reason: None,
                    detail: (!readable)
                        .then(|| self.say(Message::new("crawl-http-status").arg("status", status))),
                    from_cache: false,
                },
                body: readable.then_some(text),
            };
        }
        inconclusive(
            InconclusiveReason::TooManyRedirects,
            self.say(Message::new("crawl-too-many-redirects").arg("max", MAX_REDIRECTS)),
            None,
            &current,
        )
    }

    fn store(&self, page: &CachedPage) {
        if let Some(cache) = &self.cache {
            // A cache that cannot be written costs a refetch, not the run.
            let _ = cache.put(page);
        }
    }

    /// One GET with the retries: 5xx, 408, 429 and timeouts are retried after
    /// `Retry-After` (held for the whole host) or an exponential backoff.
    async fn get(&self, url: &Url, headers: HeaderMap) -> Result<Answer, Failure> {
        self.get_within(url, headers, self.options.budget.max_body_bytes)
            .await
    }

    /// `get`, reading at most `max_body` bytes of body (decompressed).
    async fn get_within(
        &self,
        url: &Url,
        headers: HeaderMap,
        max_body: usize,
    ) -> Result<Answer, Failure> {
        let host = host_key(url);
        let mut attempt = 0;
        loop {
            let turn = self.gates.turn(&host).await;
            let sent = self
                .client
                .get(url.clone())
                .headers(headers.clone())
                .send()
                .await;
            let answer = match sent {
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    let body = self.read_body(response, max_body).await;
                    Ok(Answer {
                        status,
                        headers,
                        body,
                    })
                }
                Err(e) => Err(self.classify(&e)),
            };
            drop(turn);
            let retryable = match &answer {
                Ok(a) => {
                    a.status.is_server_error()
                        || a.status == StatusCode::REQUEST_TIMEOUT
                        || a.status == StatusCode::TOO_MANY_REQUESTS
                }
                Err(f) => f.reason == InconclusiveReason::Timeout,
            };
            if !retryable || attempt >= self.options.retries {
                return answer;
            }
            let retry_after = answer.as_ref().ok().and_then(|a| {
                a.headers
                    .get(header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| politeness::parse_retry_after(v, Utc::now()))
            });
            let wait = retry_after
                .unwrap_or_else(|| politeness::backoff(self.options.backoff_base, attempt));
            if wait > self.options.budget.max_retry_wait {
                // Asked to wait longer than we give: the host is left alone
                // for the rest of the run, not asked again half a second later.
                self.give_up(
                    &host,
                    Message::new("crawl-retry-after-too-long").arg("seconds", wait.as_secs()),
                );
                return answer;
            }
            if let Some(total) = self.wait_too_long(&host, wait) {
                // Short waits, asked again and again, add up: past the
                // host's share of the run it is given up too.
                self.give_up(
                    &host,
                    Message::new("crawl-host-wait-too-long").arg("seconds", total.as_secs()),
                );
                return answer;
            }
            if tokio::time::Instant::now() + wait > self.deadline {
                // The retry would start after the deadline: the page stays
                // as answered (inconclusive).
                return answer;
            }
            self.gates.hold_off(&host, wait).await;
            attempt += 1;
        }
    }

    /// Whether robots.txt lets us fetch `url` (read once per host).
    async fn robots_allow(&self, url: &Url) -> Result<(), Failure> {
        let Some(host) = url.host_str() else {
            return Ok(());
        };
        if self
            .options
            .ignore_robots
            .iter()
            .any(|h| h.eq_ignore_ascii_case(host))
        {
            return Ok(());
        }
        let cell = self.robots_rule(url).await;
        let Some(rule) = cell.get() else {
            return Ok(());
        };
        let disallowed = |detail: String| Failure {
            reason: InconclusiveReason::RobotsDisallow,
            detail,
        };
        match rule {
            RobotsRule::AllowAll => Ok(()),
            RobotsRule::DisallowAll => Err(disallowed(
                self.say(Message::new("crawl-robots-unreadable").arg("host", host)),
            )),
            RobotsRule::Rules(robot) if robot.allowed(url.as_str()) => Ok(()),
            RobotsRule::Rules(_) => Err(disallowed(
                self.say(
                    Message::new("crawl-robots-disallow")
                        .arg("host", host)
                        .arg("path", url.path()),
                ),
            )),
            RobotsRule::Unreachable(reason, detail) => Err(Failure {
                reason: *reason,
                detail: detail.clone(),
            }),
        }
    }

    async fn robots_rule(&self, url: &Url) -> Arc<OnceCell<RobotsRule>> {
        let key = host_key(url);
        let cell = {
            let mut robots = self.robots.lock().unwrap_or_else(|p| p.into_inner());
            robots.entry(key).or_default().clone()
        };
        cell.get_or_init(|| self.read_robots(url)).await;
        cell
    }

    /// The sitemaps robots.txt lists for the host of `url` (for `scan`).
    pub async fn sitemaps(&self, url: &Url) -> Vec<String> {
        match self.robots_rule(url).await.get() {
            Some(RobotsRule::Rules(robot)) => robot.sitemaps.clone(),
            _ => Vec::new(),
        }
    }

    /// robots.txt of the host of `url`, following redirects (RFC 9309 allows
    /// five). A robots.txt that cannot be read whole (larger than the cap,
    /// unreadable, a server error) disallows everything; a missing one (4xx)
    /// allows everything.
    async fn read_robots(&self, url: &Url) -> RobotsRule {
        let Ok(mut robots_url) = url.join("/robots.txt") else {
            return RobotsRule::AllowAll;
        };
        let limit = MAX_ROBOTS_BYTES.min(self.options.budget.max_body_bytes);
        for _ in 0..=MAX_REDIRECTS {
            if !matches!(robots_url.scheme(), "http" | "https") {
                return RobotsRule::DisallowAll;
            }
            if let Err(refused) = self.guard(&robots_url).await {
                return RobotsRule::Unreachable(refused.reason, refused.detail);
            }
            let answer = match self.get_within(&robots_url, HeaderMap::new(), limit).await {
                Err(f) => return RobotsRule::Unreachable(f.reason, f.detail),
                Ok(a) => a,
            };
            if answer.status.is_redirection() {
                match answer
                    .headers
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|l| robots_url.join(l).ok())
                {
                    Some(next) => {
                        robots_url = next;
                        continue;
                    }
                    None => return RobotsRule::DisallowAll,
                }
            }
            if answer.status.is_success() {
                let Ok(body) = answer.body else {
                    return RobotsRule::DisallowAll;
                };
                return match Robot::new(ROBOTS_AGENT, &body) {
                    Ok(robot) => RobotsRule::Rules(Box::new(robot)),
                    Err(_) => RobotsRule::DisallowAll,
                };
            }
            // RFC 9309: unavailable (4xx) means allow all; unreachable (5xx)
            // means disallow all.
            return if answer.status.is_client_error() {
                RobotsRule::AllowAll
            } else {
                RobotsRule::DisallowAll
            };
        }
        RobotsRule::DisallowAll
    }

    /// `message` in the run's language.
    fn say(&self, message: Message) -> String {
        message.render(self.options.lang)
    }

    /// Refuses a URL whose host is, or resolves only to, a non-public address
    /// (unless --allow-private). Through a proxy the resolver is not asked,
    /// so the host is resolved and checked here first.
    async fn guard(&self, url: &Url) -> Result<(), Failure> {
        if self.options.allow_private {
            return Ok(());
        }
        let refused = if let Some(refused) = guard::literal_refused(url, false) {
            Some(refused)
        } else if self.options.proxy.is_some() {
            match guard::resolve_checked(url.host_str().unwrap_or(""), false).await {
                Ok(_) => None,
                Err(guard::GuardError::Refused(r)) => Some(r),
                Err(guard::GuardError::Dns(d)) => {
                    return Err(Failure {
                        reason: InconclusiveReason::Dns,
                        detail: self.say(Message::new("crawl-dns").arg("host", d.host)),
                    })
                }
            }
        } else {
            None
        };
        match refused {
            Some(r) => Err(Failure {
                reason: InconclusiveReason::PrivateAddress,
                detail: self.say(
                    Message::new("crawl-private-address")
                        .arg("host", r.host)
                        .arg("addresses", r.addresses),
                ),
            }),
            None => Ok(()),
        }
    }

    /// Adds `wait` to what `host` has made us wait; the total when it goes
    /// past the budget's `max_host_wait`.
    fn wait_too_long(&self, host: &str, wait: Duration) -> Option<Duration> {
        let mut waited = self.waited.lock().unwrap_or_else(|p| p.into_inner());
        let total = waited.entry(host.to_owned()).or_default();
        *total += wait;
        (*total > self.options.budget.max_host_wait).then_some(*total)
    }

    fn give_up(&self, host: &str, why: Message) {
        let detail = self.say(why);
        self.given_up
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(host.to_owned(), detail);
    }

    fn gave_up_on(&self, url: &Url) -> Option<String> {
        self.given_up
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&host_key(url))
            .cloned()
    }

    async fn read_body(
        &self,
        mut response: reqwest::Response,
        max: usize,
    ) -> Result<Vec<u8>, Failure> {
        let too_large = || Failure {
            reason: InconclusiveReason::TooLarge,
            detail: self.say(Message::new("crawl-too-large").arg("max", max)),
        };
        if let Some(length) = response.content_length() {
            if length > max as u64 {
                return Err(too_large());
            }
        }
        let encoding = header_str(response.headers(), header::CONTENT_ENCODING).map(str::to_owned);
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > max {
                        return Err(too_large());
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return Err(self.classify(&e)),
            }
        }
        // Judged on what it says, not on its compressed bytes.
        let body = body::decompress(body, encoding.as_deref(), max).map_err(|_| too_large())?;
        let nesting = self.options.budget.max_nesting;
        if body::nests_deeper_than(&body, nesting) {
            return Err(Failure {
                reason: InconclusiveReason::TooDeep,
                detail: self.say(Message::new("crawl-too-deep").arg("max", nesting)),
            });
        }
        Ok(body)
    }

    fn classify(&self, error: &reqwest::Error) -> Failure {
        let mut source: Option<&(dyn std::error::Error + 'static)> = error.source();
        let mut chain = error.to_string();
        while let Some(e) = source {
            if let Some(refused) = e.downcast_ref::<AddressRefused>() {
                return Failure {
                    reason: InconclusiveReason::PrivateAddress,
                    detail: self.say(
                        Message::new("crawl-private-address")
                            .arg("host", &refused.host)
                            .arg("addresses", &refused.addresses),
                    ),
                };
            }
            if let Some(dns) = e.downcast_ref::<DnsFailure>() {
                return Failure {
                    reason: InconclusiveReason::Dns,
                    detail: self.say(Message::new("crawl-dns").arg("host", &dns.host)),
                };
            }
            chain.push_str(": ");
            chain.push_str(&e.to_string());
            source = e.source();
        }
        let lower = chain.to_lowercase();
        let (reason, key) = if error.is_timeout() {
            (InconclusiveReason::Timeout, "crawl-timeout")
        } else if lower.contains("certificate")
            || lower.contains("tls")
            || lower.contains("handshake")
        {
            (InconclusiveReason::Tls, "crawl-tls")
        } else {
            (InconclusiveReason::Connection, "crawl-connection")
        };
        Failure {
            reason,
            detail: self.say(Message::new(key)),
        }
    }
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn from_cache(role: PageRole, page: CachedPage) -> FetchedPage {
    let hash = hex(&Sha256::digest(page.body.as_bytes()));
    FetchedPage {
        evidence: PageEvidence {
            role,
            final_url: (page.final_url != page.url).then(|| page.final_url.clone()),
            url: page.url,
            fetched_at: Some(page.fetched_at),
            http_status: Some(page.status),
            content_hash: Some(hash),
            state: if page.moved {
                PageState::Moved
            } else {
                PageState::Ok
            },
            reason: None,
            detail: None,
            from_cache: true,
        },
        body: Some(page.body),
    }
}

fn host_key(url: &Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

static LOGIN_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(login|log-in|signin|sign-in|connexion|se-connecter|authentification|authenticate|/auth\b|/sso\b|/cas/|/oauth|aanmelden|inloggen)")
        .unwrap_or_else(|e| panic!("login pattern: {e}"))
});

static PASSWORD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<input[^>]*type\s*=\s*["']?password"#)
        .unwrap_or_else(|e| panic!("password pattern: {e}"))
});

/// The instant `run_time` from now; a time too large to count (`--deadline`
/// of billions of seconds) is a century, not an overflow.
fn deadline_after(run_time: Duration) -> tokio::time::Instant {
    let now = tokio::time::Instant::now();
    now.checked_add(run_time)
        .unwrap_or_else(|| now + Duration::from_secs(100 * 365 * 24 * 3600))
}

/// A page reached by a redirect that is a login page rather than the information.
fn looks_like_login(url: &Url, body: &str) -> bool {
    LOGIN_PATH.is_match(url.path()) || PASSWORD_FIELD.is_match(body)
}
