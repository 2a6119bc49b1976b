//! The crawl budget: what one run of `scan` or `verify` may spend, in one
//! place so both commands stop at the same limits (pages, bytes, links,
//! depth, waiting per host, time overall).

use std::time::Duration;

/// A commune site has tens to a few hundred pages worth reading.
pub const DEFAULT_MAX_PAGES: u32 = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    /// Pages fetched at most (`scan`; `verify` fetches the catalogue's pages).
    pub max_pages: usize,
    /// Largest body read, decompressed; a larger page is inconclusive.
    pub max_body_bytes: usize,
    /// Elements nested in one page: deeper markup is not parsed (the page is
    /// inconclusive), since parsing time grows with the square of the depth.
    pub max_nesting: usize,
    /// Links taken from one page (a page of 160,000 links gives its first ones).
    pub max_links_per_page: usize,
    /// Link hops from the start page (`scan`): deep chains are not followed.
    pub max_depth: u32,
    /// One `Retry-After` longer than this: the host is given up.
    pub max_retry_wait: Duration,
    /// Waits one host may impose in all (`Retry-After`, backoff): past it the
    /// host is given up for the rest of the run (a site answering 503 with
    /// `Retry-After: 60` on every page would otherwise take hours).
    pub max_host_wait: Duration,
    /// The whole run: past it no request starts and the pages left are
    /// inconclusive (never read as compliant).
    pub deadline: Duration,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_pages: DEFAULT_MAX_PAGES as usize,
            max_body_bytes: 5 * 1024 * 1024,
            max_links_per_page: 5_000,
            max_nesting: 1_024,
            max_depth: 5,
            max_retry_wait: Duration::from_secs(30),
            max_host_wait: Duration::from_secs(60),
            deadline: Duration::from_secs(15 * 60),
        }
    }
}
