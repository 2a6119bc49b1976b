//! The same kind of procedure across authorities. A procedure is matched by
//! its `reference` when it has one; without one, only by a title that other
//! authorities use word for word: anything looser would compare procedures
//! that are not the same and mislead the reader.

use std::collections::{BTreeMap, HashMap};

use crate::catalog::Access;

use super::model::{AuthoritySurvey, MatchedBy, ReferenceRow, UnmatchedProcedure};

/// The per-kind table, most often online-only first, and the procedures that
/// match nothing.
pub fn by_kind(authorities: &[AuthoritySurvey]) -> (Vec<ReferenceRow>, Vec<UnmatchedProcedure>) {
    // (how, key) → authority → (title, access); one entry per authority even
    // if a catalogue lists the same reference twice (its worst access counts).
    type Group<'a> = BTreeMap<&'a str, (&'a str, Access)>;
    let mut groups: BTreeMap<(MatchedBy, &str), Group> = BTreeMap::new();
    for authority in authorities {
        for verdict in &authority.verdicts {
            let key = match &verdict.reference {
                Some(reference) => (MatchedBy::Reference, reference.as_str()),
                None => (MatchedBy::Title, verdict.title.as_str()),
            };
            let entry = groups
                .entry(key)
                .or_default()
                .entry(authority.id.as_str())
                .or_insert((verdict.title.as_str(), verdict.access));
            if severity(verdict.access) > severity(entry.1) {
                entry.1 = verdict.access;
            }
        }
    }
    // An unmatched title is looked up in its one authority, not in every
    // authority: real catalogues have many titles of their own, and a scan of
    // the whole survey for each would grow with their product.
    let by_id: HashMap<&str, &AuthoritySurvey> =
        authorities.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut rows = Vec::new();
    let mut unmatched = Vec::new();
    for ((matched_by, key), members) in groups {
        if matched_by == MatchedBy::Title && members.len() < 2 {
            for authority in members.keys().filter_map(|id| by_id.get(id)) {
                for v in authority
                    .verdicts
                    .iter()
                    .filter(|v| v.reference.is_none() && v.title == key)
                {
                    unmatched.push(UnmatchedProcedure {
                        authority: authority.id.clone(),
                        procedure: v.id.clone(),
                        title: v.title.clone(),
                    });
                }
            }
            continue;
        }
        let count = |access: Access| members.values().filter(|(_, a)| *a == access).count();
        rows.push(ReferenceRow {
            matched_by,
            key: key.to_owned(),
            title: most_common_title(members.values().map(|(t, _)| *t)),
            authorities: members.len(),
            offline_possible: count(Access::Offline),
            online_only: count(Access::OnlineOnly),
            unreachable: count(Access::Unreachable),
            online_only_in: members
                .iter()
                .filter(|(_, (_, a))| *a == Access::OnlineOnly)
                .map(|(id, _)| id.to_string())
                .collect(),
        });
    }
    rows.sort_by(|a, b| {
        b.online_only_share()
            .total_cmp(&a.online_only_share())
            .then(b.authorities.cmp(&a.authorities))
            .then(a.title.cmp(&b.title))
    });
    (rows, unmatched)
}

/// Worse access ranks higher.
fn severity(access: Access) -> u8 {
    match access {
        Access::Offline => 0,
        // Not known yet: better than a known lack, worse than a known route.
        Access::ToConfirm => 1,
        Access::OnlineOnly => 2,
        Access::Unreachable => 3,
    }
}

fn most_common_title<'a>(titles: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for title in titles {
        *counts.entry(title).or_default() += 1;
    }
    // Ties go to the alphabetically first title, so the output is stable.
    let best = counts
        .iter()
        .map(|(t, c)| (*c, std::cmp::Reverse(*t)))
        .max();
    best.map(|(_, std::cmp::Reverse(t))| t.to_owned())
        .unwrap_or_default()
}
