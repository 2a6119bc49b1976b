//! What became of one fetch of one page: the record the crawler hands back,
//! kept in the report as evidence that the page was (or could not be) read.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which URL of the procedure a page is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum PageRole {
    /// The procedure's public information page (`page`).
    Page,
    /// The teleservice (`channels.online.url`).
    Online,
}

/// What became of a page.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum PageState {
    Ok,
    /// Reached through a permanent redirect: the catalogue's URL is outdated.
    Moved,
    /// The server answered with an error status (404, 410, 500…).
    HttpError,
    /// The page sends visitors to a login page.
    LoginRedirect,
    /// The page could not be read; nothing can be said of it.
    Inconclusive,
}

/// Why a page could not be read.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum InconclusiveReason {
    Timeout,
    BotWall,
    RobotsDisallow,
    Tls,
    Dns,
    Connection,
    PrivateAddress,
    TooLarge,
    /// Markup nested deeper than any real page (`Budget::max_nesting`).
    TooDeep,
    RateLimited,
    NotInCache,
    UnsupportedScheme,
    TooManyRedirects,
}

impl InconclusiveReason {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One fetch of one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageEvidence {
    pub role: PageRole,
    pub url: String,
    /// After redirects, when different from `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// SHA-256 of the body, to show later that the page changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
    pub state: PageState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<InconclusiveReason>,
    /// The error or what was seen, in the words of the network layer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_cache: bool,
}

impl PageEvidence {
    pub fn inconclusive(
        role: PageRole,
        url: &str,
        reason: InconclusiveReason,
        detail: impl Into<String>,
    ) -> Self {
        PageEvidence {
            role,
            url: url.to_owned(),
            final_url: None,
            fetched_at: Some(Utc::now()),
            http_status: None,
            content_hash: None,
            state: PageState::Inconclusive,
            reason: Some(reason),
            detail: Some(detail.into()),
            from_cache: false,
        }
    }

    /// The page was read and its text can be compared.
    pub fn readable(&self) -> bool {
        matches!(self.state, PageState::Ok | PageState::Moved)
    }
}
