//! The polite, safe crawler shared by `verify` and `scan`: the HTTP client,
//! per-host limits and `Retry-After` (`politeness`), robots.txt, the page
//! cache, the guard that keeps it off private addresses (`guard`), body
//! decoding (charset, gzip) within a size cap (`body`), all within one
//! budget (`budget`). It returns what happened to a page and its text; it
//! never knows what a page means.

pub mod body;
pub mod budget;
pub mod cache;
pub mod fetch;
pub mod guard;
pub mod page;
pub mod politeness;

pub use budget::Budget;
pub use fetch::{FetchOptions, FetchedPage, Fetcher, FetcherError};
pub use page::{InconclusiveReason, PageEvidence, PageRole, PageState};
