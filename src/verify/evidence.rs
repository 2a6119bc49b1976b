//! Evidence: what the pages showed, and for each declared channel whether the
//! page confirms it, contradicts it, does not mention it, or could not be
//! read. This is data for the checks (`page_agrees`, `page_reachable`,
//! `page_checked`) and for the report; it judges no rule itself.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

use super::extract::{fold, FoundPhone, PageFacts};
use crate::catalog::model::{Appointment, Tariff};
use crate::catalog::resolve::{Channel, ChannelKind, Procedure};

/// Which URL of the procedure a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PageRole {
    /// The procedure's public information page (`page`).
    Page,
    /// The teleservice (`channels.online.url`).
    Online,
}

/// What became of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
    RateLimited,
    NotInCache,
    UnsupportedScheme,
    TooManyRedirects,
}

impl InconclusiveReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::BotWall => "bot_wall",
            Self::RobotsDisallow => "robots_disallow",
            Self::Tls => "tls",
            Self::Dns => "dns",
            Self::Connection => "connection",
            Self::PrivateAddress => "private_address",
            Self::TooLarge => "too_large",
            Self::RateLimited => "rate_limited",
            Self::NotInCache => "not_in_cache",
            Self::UnsupportedScheme => "unsupported_scheme",
            Self::TooManyRedirects => "too_many_redirects",
        }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceVerdict {
    Confirmed,
    Contradicted,
    NotFound,
    Inconclusive,
}

/// What the verdict rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The declared number is on the page.
    NumberOnPage,
    /// The page gives other numbers, not the declared one.
    OtherNumbers,
    /// The page gives a premium-rate number the catalogue does not declare.
    PremiumNumber,
    /// No phone number on the page.
    NoNumber,
    /// The declared street and postcode are on the page.
    AddressOnPage,
    AddressAbsent,
    /// The page says the procedure is online-only.
    OnlineOnlyWording,
    /// The page says appointments can only be booked online.
    AppointmentOnlineWording,
    /// The page could not be read (see its state).
    PageUnreadable,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NumberOnPage => "number_on_page",
            Self::OtherNumbers => "other_numbers",
            Self::PremiumNumber => "premium_number",
            Self::NoNumber => "no_number",
            Self::AddressOnPage => "address_on_page",
            Self::AddressAbsent => "address_absent",
            Self::OnlineOnlyWording => "online_only_wording",
            Self::AppointmentOnlineWording => "appointment_online_wording",
            Self::PageUnreadable => "page_unreadable",
        }
    }
}

/// The verdict on one declared channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChannelEvidence {
    pub channel: ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    pub verdict: EvidenceVerdict,
    pub basis: Basis,
    /// The catalogue's number or address.
    pub declared: String,
    /// The page the verdict comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The page's text where the match was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// Other numbers found, when they matter to the verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub found: Vec<String>,
    /// Line of the channel in the catalogue.
    #[serde(skip)]
    pub line: u32,
}

/// Everything verification found for one procedure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProcedureEvidence {
    pub pages: Vec<PageEvidence>,
    pub channels: Vec<ChannelEvidence>,
    /// Where the page gives opening hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// Premium-rate numbers on the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub premium_numbers: Vec<FoundPhone>,
}

/// The evidence of a run, by procedure id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    pub procedures: BTreeMap<String, ProcedureEvidence>,
}

impl Evidence {
    pub fn get(&self, procedure: &str) -> Option<&ProcedureEvidence> {
        self.procedures.get(procedure)
    }
}

static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{4,5}\b").unwrap_or_else(|e| panic!("postcode pattern: {e}"))
});

const STREET_WORDS: [&str; 24] = [
    "rue",
    "avenue",
    "av",
    "place",
    "boulevard",
    "bd",
    "allee",
    "chemin",
    "quai",
    "cours",
    "impasse",
    "square",
    "route",
    "esplanade",
    "parvis",
    "cs",
    "bp",
    "straat",
    "laan",
    "plein",
    "steenweg",
    "street",
    "road",
    "square",
];

/// The folded parts of an address a page must show for it to count as given:
/// the postcode and the street (or the CS / BP box of a postal address).
pub fn address_needles(address: &str) -> Vec<String> {
    let mut needles = Vec::new();
    let street = address.split(',').map(fold).find(|segment| {
        segment
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| STREET_WORDS.contains(&w))
    });
    if let Some(street) = street {
        let trimmed = street
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
            .trim_start_matches("bis ")
            .trim_start_matches("ter ")
            .trim()
            .to_owned();
        if !trimmed.is_empty() {
            needles.push(trimmed);
        }
    }
    if let Some(postcode) = POSTCODE.find_iter(address).last() {
        needles.push(postcode.as_str().to_owned());
    }
    needles
}

/// The channels verification compares with the page.
const COMPARED: [ChannelKind; 3] = [
    ChannelKind::Counter,
    ChannelKind::Phone,
    ChannelKind::Postal,
];

/// Compares the declared channels of `procedure` with what its pages showed.
/// `pages` are this procedure's pages with the facts read from the readable ones.
pub fn assess(
    procedure: &Procedure,
    pages: Vec<(PageEvidence, Option<PageFacts>)>,
) -> ProcedureEvidence {
    // The information page speaks for the procedure; the teleservice only when
    // there is no readable information page.
    let source = pages
        .iter()
        .filter(|(p, f)| p.readable() && f.is_some())
        .min_by_key(|(p, _)| p.role != PageRole::Page)
        .and_then(|(p, f)| f.as_ref().map(|f| (p, f)));
    let mut channels = Vec::new();
    for part in procedure.parts() {
        for kind in COMPARED {
            let Some(channel) = part.channels.get(kind) else {
                continue;
            };
            let Some(declared) = declared_value(channel) else {
                continue;
            };
            let mut evidence = match source {
                Some((page, facts)) => compare(channel, &declared, facts, &page.url),
                None => ChannelEvidence {
                    channel: kind,
                    step: None,
                    verdict: EvidenceVerdict::Inconclusive,
                    basis: Basis::PageUnreadable,
                    declared: declared.clone(),
                    url: pages.first().map(|(p, _)| p.url.clone()),
                    snippet: None,
                    found: Vec::new(),
                    line: channel.line,
                },
            };
            evidence.step = part.step.map(|s| s.name.clone());
            channels.push(evidence);
        }
    }
    let (opening_hours, premium_numbers) = match source {
        Some((_, facts)) => (
            facts.hours.clone(),
            facts
                .phones
                .iter()
                .filter(|p| p.tariff == Tariff::Premium)
                .cloned()
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    ProcedureEvidence {
        pages: pages.into_iter().map(|(p, _)| p).collect(),
        channels,
        opening_hours,
        premium_numbers,
    }
}

fn declared_value(channel: &Channel) -> Option<String> {
    match channel.kind {
        ChannelKind::Phone => channel.contact.phone.as_ref().map(|p| p.normalized.clone()),
        _ => channel.contact.address.clone(),
    }
}

fn compare(channel: &Channel, declared: &str, facts: &PageFacts, url: &str) -> ChannelEvidence {
    let verdict = |verdict, basis, snippet: Option<String>, found: Vec<String>| ChannelEvidence {
        channel: channel.kind,
        step: None,
        verdict,
        basis,
        declared: declared.to_owned(),
        url: Some(url.to_owned()),
        snippet,
        found,
        line: channel.line,
    };
    if let Some(snippet) = &facts.online_only {
        return verdict(
            EvidenceVerdict::Contradicted,
            Basis::OnlineOnlyWording,
            Some(snippet.clone()),
            Vec::new(),
        );
    }
    match channel.kind {
        ChannelKind::Phone => {
            if let Some(found) = facts.phones.iter().find(|p| p.normalized == declared) {
                return verdict(
                    EvidenceVerdict::Confirmed,
                    Basis::NumberOnPage,
                    Some(found.snippet.clone()),
                    Vec::new(),
                );
            }
            let premium: Vec<&FoundPhone> = facts
                .phones
                .iter()
                .filter(|p| p.tariff == Tariff::Premium)
                .collect();
            if let Some(first) = premium.first() {
                return verdict(
                    EvidenceVerdict::Contradicted,
                    Basis::PremiumNumber,
                    Some(first.snippet.clone()),
                    premium.iter().map(|p| p.written.clone()).collect(),
                );
            }
            if facts.phones.is_empty() {
                verdict(EvidenceVerdict::NotFound, Basis::NoNumber, None, Vec::new())
            } else {
                verdict(
                    EvidenceVerdict::NotFound,
                    Basis::OtherNumbers,
                    facts.phones.first().map(|p| p.snippet.clone()),
                    facts.phones.iter().map(|p| p.written.clone()).collect(),
                )
            }
        }
        _ => {
            let booking_offline = channel.contact.appointment != Appointment::Required
                || channel.contact.booking.iter().any(|b| !b.needs_internet());
            if channel.kind == ChannelKind::Counter && booking_offline {
                if let Some(snippet) = &facts.appointment_online_only {
                    return verdict(
                        EvidenceVerdict::Contradicted,
                        Basis::AppointmentOnlineWording,
                        Some(snippet.clone()),
                        Vec::new(),
                    );
                }
            }
            let needles = address_needles(declared);
            let found: Vec<&(String, String)> = needles
                .iter()
                .filter_map(|n| facts.needles_found.iter().find(|(f, _)| f == n))
                .collect();
            if !needles.is_empty() && found.len() == needles.len() {
                verdict(
                    EvidenceVerdict::Confirmed,
                    Basis::AddressOnPage,
                    found.first().map(|(_, s)| s.clone()),
                    Vec::new(),
                )
            } else {
                verdict(
                    EvidenceVerdict::NotFound,
                    Basis::AddressAbsent,
                    None,
                    Vec::new(),
                )
            }
        }
    }
}

impl ChannelEvidence {
    /// What the catalogue declares, for people: a phone number as it is
    /// dialled, not in the E.164 form it is compared in.
    pub fn declared_for_people(&self) -> String {
        if self.channel == ChannelKind::Phone {
            crate::catalog::phone::as_dialled(&self.declared)
        } else {
            self.declared.clone()
        }
    }
}

/// "12 pages: 10 read, 2 inconclusive; channels: …" over the evidence of some
/// procedures (the end of a `verify` run, and the readable reports).
pub fn summary<'a>(
    evidence: impl Iterator<Item = &'a ProcedureEvidence> + Clone,
) -> crate::i18n::Message {
    let pages = evidence.clone().flat_map(|e| &e.pages);
    let total = pages.clone().count();
    let inconclusive = pages.filter(|p| p.state == PageState::Inconclusive).count();
    let count = |verdict: EvidenceVerdict| {
        evidence
            .clone()
            .flat_map(|e| &e.channels)
            .filter(|c| c.verdict == verdict)
            .count() as f64
    };
    crate::i18n::Message::new("verify-summary")
        .num("pages", total as f64)
        .num("read", (total - inconclusive) as f64)
        .num("inconclusive", inconclusive as f64)
        .num("confirmed", count(EvidenceVerdict::Confirmed))
        .num("contradicted", count(EvidenceVerdict::Contradicted))
        .num("not_found", count(EvidenceVerdict::NotFound))
        .num("unknown", count(EvidenceVerdict::Inconclusive))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needles_of_addresses() {
        assert_eq!(
            address_needles("Place Lazare-Goujon, 69100 Villeurbanne"),
            vec!["place lazare-goujon", "69100"]
        );
        assert_eq!(
            address_needles("Hôtel de ville, CS 65051, 69601 Villeurbanne Cedex"),
            vec!["cs 65051", "69601"]
        );
        assert_eq!(
            address_needles("12 rue de la République, 69001 Lyon"),
            vec!["rue de la republique", "69001"]
        );
        assert_eq!(
            address_needles("Grand-Place 1, 1000 Bruxelles"),
            vec!["grand-place 1", "1000"]
        );
    }
}
