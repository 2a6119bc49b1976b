//! Which texts were applied to an authority, which were examined and do not
//! apply (and why), and where no text was examined at all: a report never
//! lets « conforme » stand for « no text was applied ». Computed here, from
//! the same scope matching that chooses the packs, so the two cannot differ.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{Pack, PackStatus, Text};
use super::{excluded_by_name, region_in_scope, LoadedPack, Selection};
use crate::catalog::procedure::Authority;
use crate::catalog::region;
use crate::i18n::Message;

/// One text (pack) and what became of it for this authority.
#[derive(Debug, Clone, PartialEq)]
pub struct TextScope {
    pub pack: String,
    pub title: Text,
    pub status: PackStatus,
    pub verdict: TextVerdict,
    /// The regions and levels the pack binds (for the reasons in words).
    pub regions: Vec<String>,
    pub levels: Vec<crate::catalog::model::AuthorityLevel>,
    /// The pack's date of entry into force, when it has one.
    pub effective_from: Option<NaiveDate>,
    /// False while the date of entry into force was not read in the text.
    pub effective_from_verified: bool,
}

/// Whether a text was applied, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TextVerdict {
    Applied,
    /// Examined: it binds other regions.
    OtherRegion,
    /// Examined: it does not bind this level of authority.
    LevelExcluded,
    /// Examined: it binds named authorities only.
    OtherAuthority,
    /// Examined: this body is not a party to the text.
    NotAParty,
    /// Examined: a bill, applied only with `--preview`.
    BillNeedsPreview,
    /// Examined: applied only when asked for (`--pack`).
    OptIn,
    /// Examined: not yet in force at the audit date.
    NotYetInForce,
    /// Not applied: `--no-default-packs`.
    NotRequested,
}

impl TextVerdict {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::OtherRegion => "other_region",
            Self::LevelExcluded => "level_excluded",
            Self::OtherAuthority => "other_authority",
            Self::NotAParty => "not_a_party",
            Self::BillNeedsPreview => "bill_needs_preview",
            Self::OptIn => "opt_in",
            Self::NotYetInForce => "not_yet_in_force",
            Self::NotRequested => "not_requested",
        }
    }

    /// Why, in words (`text-verdict-<verdict>`).
    pub fn message(&self, text: &TextScope, authority: &Authority) -> Message {
        let regions = text
            .regions
            .iter()
            .map(|r| region::normalise(&authority.country, r).unwrap_or_else(|_| r.clone()))
            .collect::<Vec<_>>()
            .join(", ");
        let levels = text
            .levels
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        Message::new(match self {
            Self::Applied => "text-verdict-applied",
            Self::OtherRegion => "text-verdict-other-region",
            Self::LevelExcluded => "text-verdict-level-excluded",
            Self::OtherAuthority => "text-verdict-other-authority",
            Self::NotAParty => "text-verdict-not-a-party",
            Self::BillNeedsPreview => "text-verdict-bill",
            Self::OptIn => "text-verdict-opt-in",
            Self::NotYetInForce => "text-verdict-not-yet",
            Self::NotRequested => "text-verdict-not-requested",
        })
        .arg("regions", regions)
        .arg("levels", levels)
        .arg("level", authority.level.as_str())
        .arg(
            "date",
            text.effective_from
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
    }
}

impl TextScope {
    /// Whether the text applies on `today` (its date of entry into force reached).
    pub fn in_force_on(&self, today: NaiveDate) -> bool {
        self.effective_from.is_none_or(|from| from <= today)
    }
}

/// Every text examined for `authority` (the packs of its country, and those
/// for every country), in the library's order, and what became of each.
pub fn review(
    packs: &[LoadedPack],
    authority: &Authority,
    selection: &Selection,
    chosen: &[&LoadedPack],
) -> Vec<TextScope> {
    packs
        .iter()
        .filter(|lp| {
            let countries = &lp.pack.scope.countries;
            countries.is_empty()
                || countries
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&authority.country))
        })
        .map(|lp| {
            let pack = &lp.pack;
            let applied = chosen.iter().any(|c| c.pack.id.value == pack.id.value);
            // The audit turns `Applied` into `NotYetInForce` before the
            // pack's date (it knows the audit date).
            let verdict = if applied {
                TextVerdict::Applied
            } else {
                why_not(pack, authority, selection)
            };
            TextScope {
                pack: pack.id.value.clone(),
                title: pack.title.clone(),
                status: pack.status,
                verdict,
                regions: pack.scope.regions.clone(),
                levels: pack.scope.levels.clone(),
                effective_from: pack.effective_from,
                effective_from_verified: pack.effective_from_verified,
            }
        })
        .collect()
}

fn why_not(pack: &Pack, authority: &Authority, selection: &Selection) -> TextVerdict {
    let scope = &pack.scope;
    if !scope.authorities.is_empty()
        && !scope
            .authorities
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&authority.id))
    {
        return TextVerdict::OtherAuthority;
    }
    if !region_in_scope(scope, authority) {
        return TextVerdict::OtherRegion;
    }
    if excluded_by_name(scope, authority) {
        return TextVerdict::NotAParty;
    }
    if !scope.levels.is_empty() && !scope.levels.contains(&authority.level) {
        return TextVerdict::LevelExcluded;
    }
    if pack.opt_in {
        return TextVerdict::OptIn;
    }
    if pack.status == PackStatus::Bill && !selection.preview {
        return TextVerdict::BillNeedsPreview;
    }
    TextVerdict::NotRequested
}

/// The region of a Belgian or Swiss authority for which no regional text
/// was examined (Flanders, most cantons): said, never left to silence.
pub fn region_without_text(packs: &[LoadedPack], authority: &Authority) -> Option<String> {
    let region = authority.region.as_deref()?;
    if !region::region_required(&authority.country) {
        return None;
    }
    let examined = packs.iter().any(|lp| {
        lp.pack
            .scope
            .regions
            .iter()
            .any(|r| region::normalise(&authority.country, r).is_ok_and(|c| c == region))
    });
    (!examined).then(|| region.to_owned())
}
