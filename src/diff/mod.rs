//! Comparing two resolved catalogues: what a change does to the right to do
//! each procedure without the internet.
//!
//! Every judgement (offline channel, online-only procedure, online booking,
//! download-only form, machine-only phone) is asked of `catalog::procedure`,
//! never re-derived here: the diff only compares the answers before and after.
//! Procedures are matched by id, steps by name and channels by kind, so
//! reordering or reformatting the YAML changes nothing.

pub mod git;
pub mod output;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::catalog::model::{Coverage, ProcedureStatus, Tariff};
use crate::catalog::procedure::{ChannelMark, Online};
use crate::catalog::{Access, Catalog, Channel, ChannelKind, ChannelSet, Procedure};
use crate::i18n::{t, Lang, Message};

/// Two titles this similar (normalised Levenshtein) suggest a renamed procedure.
const RENAME_SIMILARITY: f64 = 0.75;

/// Whether a change weakens, strengthens or merely alters offline access.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Fewer ways to do the procedure without the internet: fails the gate.
    Regression,
    /// More ways to do it without the internet.
    Improvement,
    /// Worth a reviewer's eye, neither better nor worse for offline access.
    Notice,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One change to a procedure. `step` names the step it is about, if any.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeKind {
    /// A channel is offered that was not.
    ChannelAdded {
        channel: ChannelKind,
        offline: bool,
    },
    /// A channel is no longer offered.
    ChannelRemoved {
        channel: ChannelKind,
        was_offline: bool,
    },
    /// The channel covers less of the procedure (full → partial → info).
    CoverageLowered {
        channel: ChannelKind,
        from: Coverage,
        to: Coverage,
    },
    CoverageRaised {
        channel: ChannelKind,
        from: Coverage,
        to: Coverage,
    },
    /// The counter now needs an appointment that can only be booked online.
    CounterBookingOnlineOnly,
    /// The counter's appointment can again be booked without the internet.
    CounterBookingOffline,
    /// The phone line became premium-rate.
    PhonePremium {
        from: Option<Tariff>,
    },
    PhoneNoLongerPremium {
        to: Option<Tariff>,
    },
    /// The phone line is now answered only by a machine.
    PhoneMachineOnly,
    PhoneHumanAgain,
    /// The paper form can now only be downloaded.
    PaperFormDownloadOnly,
    PaperFormOffline,
    /// The procedure was doable offline and now needs the internet.
    BecameOnlineOnly,
    NoLongerOnlineOnly,
    /// A new procedure that can only be done online.
    NewOnlineOnly,
    ProcedureAdded,
    ProcedureRemoved,
    /// An exemption now accepts a deviation from a rule.
    ExemptionAdded {
        rule: String,
        until: Option<NaiveDate>,
    },
    /// An exemption lasts longer (or no longer ends).
    ExemptionExtended {
        rule: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    ExemptionRemoved {
        rule: String,
    },
    ExemptionShortened {
        rule: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
}

impl ChangeKind {
    /// Every kind's name, for `--accept` and the JSON documentation.
    pub const NAMES: [&'static str; 21] = [
        "channel_added",
        "channel_removed",
        "coverage_lowered",
        "coverage_raised",
        "counter_booking_online_only",
        "counter_booking_offline",
        "phone_premium",
        "phone_no_longer_premium",
        "phone_machine_only",
        "phone_human_again",
        "paper_form_download_only",
        "paper_form_offline",
        "became_online_only",
        "no_longer_online_only",
        "new_online_only",
        "procedure_added",
        "procedure_removed",
        "exemption_added",
        "exemption_extended",
        "exemption_removed",
        "exemption_shortened",
    ];

    pub fn impact(&self) -> Impact {
        use ChangeKind::*;
        match self {
            ChannelAdded { offline, .. } if *offline => Impact::Improvement,
            ChannelRemoved { was_offline, .. } if *was_offline => Impact::Regression,
            ChannelAdded { .. } | ChannelRemoved { .. } => Impact::Notice,
            CoverageLowered { .. }
            | CounterBookingOnlineOnly
            | PhonePremium { .. }
            | PhoneMachineOnly
            | PaperFormDownloadOnly
            | BecameOnlineOnly
            | NewOnlineOnly
            | ExemptionAdded { .. }
            | ExemptionExtended { .. } => Impact::Regression,
            CoverageRaised { .. }
            | CounterBookingOffline
            | PhoneNoLongerPremium { .. }
            | PhoneHumanAgain
            | PaperFormOffline
            | NoLongerOnlineOnly
            | ExemptionRemoved { .. }
            | ExemptionShortened { .. } => Impact::Improvement,
            ProcedureAdded | ProcedureRemoved => Impact::Notice,
        }
    }

    /// The snake_case name of the kind, as in the JSON output and `--allow-change`.
    pub fn name(&self) -> &'static str {
        self.into()
    }

    /// The change in plain words.
    pub fn message(&self, lang: Lang) -> String {
        use ChangeKind::*;
        let channel = |k: &ChannelKind| t(lang, k.label_key());
        let coverage = |c: &Coverage| t(lang, &format!("diff-coverage-{}", <&str>::from(*c)));
        let date = |d: &Option<NaiveDate>| match d {
            Some(d) => d.to_string(),
            None => t(lang, "diff-no-end"),
        };
        let tariff = |tariff: &Option<Tariff>| match tariff {
            Some(t_) => t(lang, &format!("diff-tariff-{}", <&str>::from(*t_))),
            None => t(lang, "diff-tariff-unknown"),
        };
        let message = match self {
            ChannelAdded {
                channel: c,
                offline,
            } => Message::new(if *offline {
                "diff-channel-added-offline"
            } else {
                "diff-channel-added"
            })
            .arg("channel", channel(c)),
            ChannelRemoved {
                channel: c,
                was_offline,
            } => Message::new(if *was_offline {
                "diff-channel-removed-offline"
            } else {
                "diff-channel-removed"
            })
            .arg("channel", channel(c)),
            CoverageLowered {
                channel: c,
                from,
                to,
            } => Message::new("diff-coverage-lowered")
                .arg("channel", channel(c))
                .arg("from", coverage(from))
                .arg("to", coverage(to)),
            CoverageRaised {
                channel: c,
                from,
                to,
            } => Message::new("diff-coverage-raised")
                .arg("channel", channel(c))
                .arg("from", coverage(from))
                .arg("to", coverage(to)),
            CounterBookingOnlineOnly => Message::new("diff-counter-booking-online-only"),
            CounterBookingOffline => Message::new("diff-counter-booking-offline"),
            PhonePremium { from } => Message::new("diff-phone-premium").arg("from", tariff(from)),
            PhoneNoLongerPremium { to } => {
                Message::new("diff-phone-no-longer-premium").arg("to", tariff(to))
            }
            PhoneMachineOnly => Message::new("diff-phone-machine-only"),
            PhoneHumanAgain => Message::new("diff-phone-human-again"),
            PaperFormDownloadOnly => Message::new("diff-paper-form-download-only"),
            PaperFormOffline => Message::new("diff-paper-form-offline"),
            BecameOnlineOnly => Message::new("diff-became-online-only"),
            NoLongerOnlineOnly => Message::new("diff-no-longer-online-only"),
            NewOnlineOnly => Message::new("diff-new-online-only"),
            ProcedureAdded => Message::new("diff-procedure-added"),
            ProcedureRemoved => Message::new("diff-procedure-removed"),
            ExemptionAdded { rule, until } => Message::new("diff-exemption-added")
                .arg("rule", rule)
                .arg("until", date(until)),
            ExemptionExtended { rule, from, to } => Message::new("diff-exemption-extended")
                .arg("rule", rule)
                .arg("from", date(from))
                .arg("to", date(to)),
            ExemptionRemoved { rule } => Message::new("diff-exemption-removed").arg("rule", rule),
            ExemptionShortened { rule, from, to } => Message::new("diff-exemption-shortened")
                .arg("rule", rule)
                .arg("from", date(from))
                .arg("to", date(to)),
        };
        message.render(lang)
    }
}

/// How much of the procedure a coverage lets a person do; higher is more.
fn coverage_rank(c: Coverage) -> u8 {
    match c {
        Coverage::Full => 2,
        Coverage::Partial => 1,
        Coverage::Info => 0,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Change {
    #[serde(flatten)]
    pub kind: ChangeKind,
    pub impact: Impact,
    /// The step the change is about; absent for the procedure's own channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
}

impl Change {
    fn new(kind: ChangeKind, step: Option<&str>) -> Self {
        Self {
            impact: kind.impact(),
            kind,
            step: step.map(str::to_owned),
        }
    }
}

/// What a procedure offers on one side of the diff.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProcedureState {
    pub title: String,
    pub status: ProcedureStatus,
    pub access: Access,
    pub offline_channels: Vec<ChannelKind>,
    pub channels: BTreeMap<ChannelKind, ChannelMark>,
    /// Where the procedure is written (file and line on that side).
    pub file: String,
    pub line: u32,
}

impl ProcedureState {
    fn of(procedure: &Procedure) -> Self {
        let offline = procedure.offline_channels();
        Self {
            title: procedure.title.clone(),
            status: procedure.status,
            access: procedure.access,
            channels: procedure.channel_marks(&offline).collect(),
            offline_channels: offline,
            file: procedure.location.file.display().to_string(),
            line: procedure.location.line,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProcedureDiff {
    pub id: String,
    /// Absent when the procedure is new.
    pub before: Option<ProcedureState>,
    /// Absent when the procedure was removed.
    pub after: Option<ProcedureState>,
    pub changes: Vec<Change>,
    /// For a removed procedure: an added one with a similar title (a likely rename).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_to: Option<String>,
    /// For an added procedure: a removed one with a similar title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
}

impl ProcedureDiff {
    pub fn title(&self) -> &str {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .map_or("", |s| s.title.as_str())
    }

    pub fn has(&self, impact: Impact) -> bool {
        self.changes.iter().any(|c| c.impact == impact)
    }
}

/// Every procedure that changed between two catalogues, in the head's order
/// (removed ones after, in the base's order).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CatalogDiff {
    pub procedures: Vec<ProcedureDiff>,
}

impl CatalogDiff {
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.procedures.iter().flat_map(|p| p.changes.iter())
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.changes().filter(|c| c.impact == impact).count()
    }

    pub fn has_regressions(&self) -> bool {
        self.count(Impact::Regression) > 0
    }

    pub fn is_empty(&self) -> bool {
        self.procedures.is_empty()
    }

    /// Turns the regressions of the named kinds into notices: a change the
    /// team has deliberately accepted (e.g. an exemption voted by the council).
    pub fn accept(&mut self, kinds: &BTreeSet<String>) {
        for change in self
            .procedures
            .iter_mut()
            .flat_map(|p| p.changes.iter_mut())
        {
            if change.impact == Impact::Regression && kinds.contains(change.kind.name()) {
                change.impact = Impact::Notice;
            }
        }
    }
}

/// Compares `base` with `head`.
pub fn compare(base: &Catalog, head: &Catalog) -> CatalogDiff {
    let base_by_id: BTreeMap<&str, &Procedure> =
        base.procedures.iter().map(|p| (p.id.as_str(), p)).collect();
    let head_ids: BTreeSet<&str> = head.procedures.iter().map(|p| p.id.as_str()).collect();

    let mut procedures = Vec::new();
    for after in &head.procedures {
        let diff = match base_by_id.get(after.id.as_str()) {
            Some(before) => ProcedureDiff {
                id: after.id.clone(),
                before: Some(ProcedureState::of(before)),
                after: Some(ProcedureState::of(after)),
                changes: compare_procedure(before, after),
                renamed_to: None,
                renamed_from: None,
            },
            None => {
                let kind = if after.access == Access::OnlineOnly
                    && after.status != ProcedureStatus::Retired
                {
                    ChangeKind::NewOnlineOnly
                } else {
                    ChangeKind::ProcedureAdded
                };
                ProcedureDiff {
                    id: after.id.clone(),
                    before: None,
                    after: Some(ProcedureState::of(after)),
                    changes: vec![Change::new(kind, None)],
                    renamed_to: None,
                    renamed_from: None,
                }
            }
        };
        if !diff.changes.is_empty() {
            procedures.push(diff);
        }
    }
    for before in base
        .procedures
        .iter()
        .filter(|p| !head_ids.contains(p.id.as_str()))
    {
        procedures.push(ProcedureDiff {
            id: before.id.clone(),
            before: Some(ProcedureState::of(before)),
            after: None,
            changes: vec![Change::new(ChangeKind::ProcedureRemoved, None)],
            renamed_to: None,
            renamed_from: None,
        });
    }
    link_renames(&mut procedures);
    CatalogDiff { procedures }
}

/// Pairs each removed procedure with the added one whose title is closest,
/// when close enough: ids change when a slug is tidied, titles rarely do.
fn link_renames(procedures: &mut [ProcedureDiff]) {
    let removed: Vec<usize> = (0..procedures.len())
        .filter(|&i| procedures[i].after.is_none())
        .collect();
    let mut added: Vec<usize> = (0..procedures.len())
        .filter(|&i| procedures[i].before.is_none())
        .collect();
    for r in removed {
        let title = normalise_title(procedures[r].title());
        let best = added
            .iter()
            .enumerate()
            .map(|(slot, &a)| {
                let score =
                    strsim::normalized_levenshtein(&title, &normalise_title(procedures[a].title()));
                (slot, a, score)
            })
            .filter(|(_, _, score)| *score >= RENAME_SIMILARITY)
            .max_by(|x, y| x.2.total_cmp(&y.2));
        if let Some((slot, a, _)) = best {
            procedures[r].renamed_to = Some(procedures[a].id.clone());
            procedures[a].renamed_from = Some(procedures[r].id.clone());
            added.remove(slot);
        }
    }
}

fn normalise_title(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn compare_procedure(before: &Procedure, after: &Procedure) -> Vec<Change> {
    let mut changes = Vec::new();
    let retired = after.status == ProcedureStatus::Retired;
    if !retired {
        match (
            before.access == Access::OnlineOnly,
            after.access == Access::OnlineOnly,
        ) {
            (false, true) => changes.push(Change::new(ChangeKind::BecameOnlineOnly, None)),
            (true, false) => changes.push(Change::new(ChangeKind::NoLongerOnlineOnly, None)),
            _ => {}
        }
    }

    let empty = ChannelSet::default();
    let before_parts = parts_by_step(before);
    let after_parts = parts_by_step(after);
    let mut steps: Vec<Option<&str>> = after_parts.iter().map(|(s, _)| *s).collect();
    for (s, _) in &before_parts {
        if !steps.contains(s) {
            steps.push(*s);
        }
    }
    for step in steps {
        let b = before_parts
            .iter()
            .find(|(s, _)| *s == step)
            .map_or(&empty, |(_, c)| *c);
        let a = after_parts
            .iter()
            .find(|(s, _)| *s == step)
            .map_or(&empty, |(_, c)| *c);
        compare_channels(b, a, step, &mut changes);
    }

    compare_exemptions(before, after, &mut changes);
    changes
}

/// The procedure's own channels (key `None`) and each step's, by step name.
fn parts_by_step(procedure: &Procedure) -> Vec<(Option<&str>, &ChannelSet)> {
    procedure
        .parts()
        .map(|part| (part.step.map(|s| s.name.as_str()), part.channels))
        .collect()
}

fn compare_channels(
    before: &ChannelSet,
    after: &ChannelSet,
    step: Option<&str>,
    changes: &mut Vec<Change>,
) {
    let push = |changes: &mut Vec<Change>, kind: ChangeKind| changes.push(Change::new(kind, step));

    compare_online(
        before.online.as_deref(),
        after.online.as_deref(),
        step,
        changes,
    );
    for kind in ChannelKind::ALL
        .into_iter()
        .filter(|k| *k != ChannelKind::Online)
    {
        match (before.get(kind), after.get(kind)) {
            (None, Some(a)) => push(
                changes,
                ChangeKind::ChannelAdded {
                    channel: kind,
                    offline: a.is_offline(),
                },
            ),
            (Some(b), None) => push(
                changes,
                ChangeKind::ChannelRemoved {
                    channel: kind,
                    was_offline: b.is_offline(),
                },
            ),
            (Some(b), Some(a)) => compare_channel(kind, b, a, step, changes),
            (None, None) => {}
        }
    }
}

fn compare_online(
    before: Option<&Online>,
    after: Option<&Online>,
    step: Option<&str>,
    changes: &mut Vec<Change>,
) {
    let kind = match (before, after) {
        (None, Some(_)) => ChangeKind::ChannelAdded {
            channel: ChannelKind::Online,
            offline: false,
        },
        (Some(_), None) => ChangeKind::ChannelRemoved {
            channel: ChannelKind::Online,
            was_offline: false,
        },
        _ => return,
    };
    changes.push(Change::new(kind, step));
}

/// One channel offered on both sides: each way it can stop counting as an
/// offline alternative is asked of `resolve`, before and after.
fn compare_channel(
    kind: ChannelKind,
    before: &Channel,
    after: &Channel,
    step: Option<&str>,
    changes: &mut Vec<Change>,
) {
    let mut push = |k: ChangeKind| changes.push(Change::new(k, step));
    let (from, to) = (before.covers, after.covers);
    match coverage_rank(to).cmp(&coverage_rank(from)) {
        std::cmp::Ordering::Less => push(ChangeKind::CoverageLowered {
            channel: kind,
            from,
            to,
        }),
        std::cmp::Ordering::Greater => push(ChangeKind::CoverageRaised {
            channel: kind,
            from,
            to,
        }),
        std::cmp::Ordering::Equal => {}
    }
    let flipped = |was: bool, is: bool, worse: ChangeKind, better: ChangeKind| match (was, is) {
        (false, true) => Some(worse),
        (true, false) => Some(better),
        _ => None,
    };
    let found = match kind {
        ChannelKind::Counter => flipped(
            before.contact.booking_needs_internet(),
            after.contact.booking_needs_internet(),
            ChangeKind::CounterBookingOnlineOnly,
            ChangeKind::CounterBookingOffline,
        )
        .into_iter()
        .collect::<Vec<_>>(),
        ChannelKind::Phone => {
            let premium = |c: &Channel| c.contact.tariff == Some(Tariff::Premium);
            [
                flipped(
                    premium(before),
                    premium(after),
                    ChangeKind::PhonePremium {
                        from: before.contact.tariff,
                    },
                    ChangeKind::PhoneNoLongerPremium {
                        to: after.contact.tariff,
                    },
                ),
                flipped(
                    before.contact.machine_only(),
                    after.contact.machine_only(),
                    ChangeKind::PhoneMachineOnly,
                    ChangeKind::PhoneHumanAgain,
                ),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        ChannelKind::Postal => flipped(
            before.form_only_downloadable(),
            after.form_only_downloadable(),
            ChangeKind::PaperFormDownloadOnly,
            ChangeKind::PaperFormOffline,
        )
        .into_iter()
        .collect(),
        _ => Vec::new(),
    };
    for k in found {
        push(k);
    }
}

fn compare_exemptions(before: &Procedure, after: &Procedure, changes: &mut Vec<Change>) {
    let by_rule = |p: &Procedure| -> BTreeMap<String, Option<NaiveDate>> {
        let mut map = BTreeMap::new();
        for e in &p.exemptions {
            // Several exemptions for one rule: the longest-lasting one is what counts.
            let entry = map.entry(e.rule.value.clone()).or_insert(e.until);
            if later(e.until, *entry) {
                *entry = e.until;
            }
        }
        map
    };
    let b = by_rule(before);
    let a = by_rule(after);
    for (rule, until) in &a {
        match b.get(rule) {
            None => changes.push(Change::new(
                ChangeKind::ExemptionAdded {
                    rule: rule.clone(),
                    until: *until,
                },
                None,
            )),
            Some(from) if later(*until, *from) => changes.push(Change::new(
                ChangeKind::ExemptionExtended {
                    rule: rule.clone(),
                    from: *from,
                    to: *until,
                },
                None,
            )),
            Some(from) if later(*from, *until) => changes.push(Change::new(
                ChangeKind::ExemptionShortened {
                    rule: rule.clone(),
                    from: *from,
                    to: *until,
                },
                None,
            )),
            Some(_) => {}
        }
    }
    for rule in b.keys().filter(|r| !a.contains_key(*r)) {
        changes.push(Change::new(
            ChangeKind::ExemptionRemoved { rule: rule.clone() },
            None,
        ));
    }
}

/// Whether an exemption ending at `x` lasts longer than one ending at `y`
/// (no end date lasts longest).
fn later(x: Option<NaiveDate>, y: Option<NaiveDate>) -> bool {
    match (x, y) {
        (None, Some(_)) => true,
        (Some(x), Some(y)) => x > y,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
