//! Evidence: what the pages showed, and for each declared channel whether the
//! page confirms it, contradicts it, does not mention it, or could not be
//! read. This is data for the checks (`page_agrees`, `page_reachable`,
//! `page_checked`) and for the report; it judges no rule itself.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::model::{Appointment, Tariff};
use crate::catalog::procedure::{Channel, ChannelKind, Procedure};
pub use crate::crawl::page::{InconclusiveReason, PageEvidence, PageRole, PageState};
use crate::reading::extract::PageFacts;
use crate::reading::{FoundPhone, Line, PhonePurpose, Statement, StatementKind};

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
pub enum EvidenceVerdict {
    Confirmed,
    Contradicted,
    NotFound,
    Inconclusive,
}

/// What the verdict rests on.
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
    /// The declared number is not on the page, which gives another one for
    /// the procedure (not another service's line): which is right?
    DifferentNumber,
    /// The declared address is not on the page, which gives another one in
    /// the same town (a post-office box only against a box).
    DifferentAddress,
    /// The declared number or address is only in the site's frame (header,
    /// menus, footer): the administration's, not the page's word for this
    /// procedure; it confirms nothing.
    OnlyInFrame,
    /// The page says the procedure is online-only.
    OnlineOnlyWording,
    /// The page says appointments can only be booked online.
    AppointmentOnlineWording,
    /// The page could not be read (see its state).
    PageUnreadable,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        self.into()
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
    /// Those opening hours in OSM `opening_hours` syntax, as read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours_osm: Option<String>,
    /// Premium-rate numbers on the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub premium_numbers: Vec<FoundPhone>,
    /// What the page says about the online route for this procedure (its
    /// section, or the whole page), reported whatever the catalogue declares.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
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
                Some((page, facts)) => {
                    compare(channel, &declared, facts, &procedure.title, &page.url)
                }
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
    let (hours, premium_numbers, statements) = match source {
        Some((_, facts)) => (
            facts.hours_for(&procedure.title).cloned(),
            facts
                .page
                .phone_lines()
                .filter(|p| p.tariff == Tariff::Premium)
                .cloned()
                .collect(),
            facts
                .statements_for(&procedure.title)
                .into_iter()
                .cloned()
                .collect(),
        ),
        None => (None, Vec::new(), Vec::new()),
    };
    let (opening_hours, opening_hours_osm) = match hours {
        Some(h) => (Some(h.sentence), Some(h.value)),
        None => (None, None),
    };
    ProcedureEvidence {
        pages: pages.into_iter().map(|(p, _)| p).collect(),
        channels,
        opening_hours,
        opening_hours_osm,
        premium_numbers,
        statements,
    }
}

fn declared_value(channel: &Channel) -> Option<String> {
    match channel.kind {
        ChannelKind::Phone => channel.contact.phone.as_ref().map(|p| p.normalized.clone()),
        _ => channel.contact.address.clone(),
    }
}

fn compare(
    channel: &Channel,
    declared: &str,
    facts: &PageFacts,
    title: &str,
    url: &str,
) -> ChannelEvidence {
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
    let statements = facts.statements_for(title);
    let online_only = statements
        .iter()
        .find(|s| s.kind != StatementKind::AppointmentOnlineOnly);
    if let Some(statement) = online_only {
        return verdict(
            EvidenceVerdict::Contradicted,
            Basis::OnlineOnlyWording,
            Some(statement.sentence.clone()),
            Vec::new(),
        );
    }
    // Fax numbers are never phone lines.
    let phones: Vec<&FoundPhone> = facts.page.phone_lines().collect();
    match channel.kind {
        ChannelKind::Phone => {
            // Only the content confirms: the footer's switchboard is the
            // administration's, not the page's word for this procedure.
            let content: Vec<&FoundPhone> = facts.content.phone_lines().collect();
            if let Some(found) = content.iter().find(|p| p.normalized == declared) {
                return verdict(
                    EvidenceVerdict::Confirmed,
                    Basis::NumberOnPage,
                    Some(found.snippet.clone()),
                    Vec::new(),
                );
            }
            let premium: Vec<&&FoundPhone> = phones
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
            // Another number the content gives for the procedure (not another
            // service's line): the page and the catalogue disagree.
            let others: Vec<&&FoundPhone> = content
                .iter()
                .filter(|p| p.purpose != PhonePurpose::OtherService)
                .collect();
            if let Some(first) = others.first() {
                return verdict(
                    EvidenceVerdict::Contradicted,
                    Basis::DifferentNumber,
                    Some(first.snippet.clone()),
                    others.iter().map(|p| p.written.clone()).collect(),
                );
            }
            if let Some(framed) = phones.iter().find(|p| p.normalized == declared) {
                return verdict(
                    EvidenceVerdict::NotFound,
                    Basis::OnlyInFrame,
                    Some(framed.snippet.clone()),
                    Vec::new(),
                );
            }
            if phones.is_empty() {
                verdict(EvidenceVerdict::NotFound, Basis::NoNumber, None, Vec::new())
            } else {
                verdict(
                    EvidenceVerdict::NotFound,
                    Basis::OtherNumbers,
                    phones.first().map(|p| p.snippet.clone()),
                    // Every number of the page, faxes marked, for the reader.
                    facts
                        .page
                        .phones
                        .iter()
                        .map(|p| match p.line {
                            Line::Fax => format!("{} (fax)", p.written),
                            Line::Phone => p.written.clone(),
                        })
                        .collect(),
                )
            }
        }
        _ => {
            let booking_offline = channel.contact.appointment != Appointment::Required
                || channel.contact.booking.iter().any(|b| b.is_offline());
            if channel.kind == ChannelKind::Counter && booking_offline {
                let appointment = statements
                    .iter()
                    .find(|s| s.kind == StatementKind::AppointmentOnlineOnly);
                if let Some(statement) = appointment {
                    return verdict(
                        EvidenceVerdict::Contradicted,
                        Basis::AppointmentOnlineWording,
                        Some(statement.sentence.clone()),
                        Vec::new(),
                    );
                }
            }
            let located = facts.address(declared).cloned().unwrap_or_default();
            let needle = crate::reading::addresses::needle(declared);
            let street_ok = needle.street.is_empty() || located.street.is_some();
            let postcode_ok = needle.postcode.is_none() || located.postcode.is_some();
            // The postcode is looked for apart: a page may give the street
            // without it, or the town's postcode without the street; the
            // snippet shows what was found.
            if (!needle.street.is_empty() || needle.postcode.is_some()) && street_ok && postcode_ok
            {
                verdict(
                    EvidenceVerdict::Confirmed,
                    Basis::AddressOnPage,
                    located.street.or(located.postcode),
                    Vec::new(),
                )
            } else if let Some(other) = other_address(facts, &needle, declared) {
                verdict(
                    EvidenceVerdict::Contradicted,
                    Basis::DifferentAddress,
                    Some(other.snippet.clone()),
                    vec![other.written.clone()],
                )
            } else if let Some(framed) = facts
                .frame_address(declared)
                .and_then(|m| m.street.clone().or(m.postcode.clone()))
            {
                verdict(
                    EvidenceVerdict::NotFound,
                    Basis::OnlyInFrame,
                    Some(framed),
                    Vec::new(),
                )
            } else {
                verdict(
                    EvidenceVerdict::NotFound,
                    Basis::AddressAbsent,
                    located.street.or(located.postcode),
                    Vec::new(),
                )
            }
        }
    }
}

/// An address the page's content gives in the declared address's town
/// (same postcode) but on another street: the same service elsewhere. A
/// post-office box is compared only with a box, a street only with a street.
fn other_address<'a>(
    facts: &'a PageFacts,
    needle: &crate::reading::addresses::AddressNeedle,
    declared: &str,
) -> Option<&'a crate::reading::FoundAddress> {
    use crate::reading::addresses::{is_box, same_street};
    let postcode = needle.postcode.as_deref()?;
    facts.content.addresses.iter().find(|a| {
        a.postcode == postcode
            && is_box(&a.written) == is_box(declared)
            && !needle.street.is_empty()
            && !same_street(needle, &a.written)
    })
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
    // Distinct URLs: a page shared by several procedures was read once.
    let mut pages: BTreeMap<&str, bool> = BTreeMap::new();
    for page in evidence.clone().flat_map(|e| &e.pages) {
        pages.insert(&page.url, page.state == PageState::Inconclusive);
    }
    let total = pages.len();
    let inconclusive = pages.values().filter(|i| **i).count();
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

    fn page(url: &str, state: PageState) -> PageEvidence {
        PageEvidence {
            role: PageRole::Page,
            url: url.into(),
            final_url: None,
            fetched_at: None,
            http_status: None,
            content_hash: None,
            state,
            reason: None,
            detail: None,
            from_cache: false,
        }
    }

    #[test]
    fn the_summary_counts_distinct_urls() {
        let shared = ProcedureEvidence {
            pages: vec![page("https://m.example/etat-civil", PageState::Ok)],
            channels: Vec::new(),
            opening_hours: None,
            opening_hours_osm: None,
            premium_numbers: Vec::new(),
            statements: Vec::new(),
        };
        let other = ProcedureEvidence {
            pages: vec![page("https://m.example/urbanisme", PageState::Inconclusive)],
            ..shared.clone()
        };
        let all = [shared.clone(), shared.clone(), shared, other];
        let text = summary(all.iter()).render(crate::i18n::Lang::En);
        assert!(text.starts_with("2 pages"), "{text}");
    }
}
