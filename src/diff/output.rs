//! Rendering a catalogue diff: a table for the terminal, Markdown for a merge
//! request comment (before/after per procedure), and JSON (docs/diff-json.md).

use comfy_table::{presets, Cell, ContentArrangement, Table};
use schemars::JsonSchema;
use serde::Serialize;

use super::{CatalogDiff, Change, Impact, ProcedureDiff, ProcedureState};
use crate::catalog::model::ProcedureStatus;
use crate::catalog::procedure::ChannelMark;
use crate::catalog::{Access, ChannelKind};
use crate::i18n::{t, Lang, Message};

pub const DIFF_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// A table for the terminal (default).
    Table,
    /// A merge request comment: before/after per procedure.
    Markdown,
    /// Machine-readable (docs/diff-json.md).
    Json,
}

impl crate::output_plan::OutputFormat for DiffFormat {}

/// What is being compared, as shown to the reader.
#[derive(Debug, Clone)]
pub struct DiffContext {
    pub base: String,
    pub head: String,
    pub lang: Lang,
}

pub fn render(
    diff: &CatalogDiff,
    format: DiffFormat,
    context: &DiffContext,
) -> anyhow::Result<String> {
    Ok(match format {
        // The table has no colour of its own: any control character in it
        // came from a catalogue and is shown, not obeyed.
        DiffFormat::Table => crate::escape::terminal(&table(diff, context)).into_owned(),
        DiffFormat::Markdown => markdown(diff, context),
        DiffFormat::Json => {
            let mut text = serde_json::to_string_pretty(&DiffReport::new(diff, context))?;
            text.push('\n');
            text
        }
    })
}

/// `--format json`: the diff, with every change also said in words.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "horsligne catalogue diff (version 1)")]
pub struct DiffReport {
    pub diff_version: u32,
    pub tool: crate::report::model::Tool,
    pub base: String,
    pub head: String,
    /// Language of `message` fields.
    pub lang: String,
    pub summary: DiffSummary,
    pub procedures: Vec<ProcedureDiffJson>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DiffSummary {
    /// Procedures with at least one change.
    pub procedures: usize,
    pub regressions: usize,
    pub improvements: usize,
    pub notices: usize,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProcedureDiffJson {
    #[serde(flatten)]
    pub procedure: ProcedureDiff,
    /// The `changes`, in the same order, said in `lang`.
    pub messages: Vec<String>,
}

impl DiffReport {
    pub fn new(diff: &CatalogDiff, context: &DiffContext) -> Self {
        Self {
            diff_version: DIFF_VERSION,
            tool: crate::report::model::Tool {
                name: env!("CARGO_PKG_NAME").to_owned(),
                version: env!("CARGO_PKG_VERSION").to_owned(),
            },
            base: context.base.clone(),
            head: context.head.clone(),
            lang: context.lang.code().to_owned(),
            summary: DiffSummary {
                procedures: diff.procedures.len(),
                regressions: diff.count(Impact::Regression),
                improvements: diff.count(Impact::Improvement),
                notices: diff.count(Impact::Notice),
            },
            procedures: diff
                .procedures
                .iter()
                .map(|p| ProcedureDiffJson {
                    procedure: p.clone(),
                    messages: p
                        .changes
                        .iter()
                        .map(|c| change_text(c, context.lang))
                        .collect(),
                })
                .collect(),
        }
    }
}

fn change_text(change: &Change, lang: Lang) -> String {
    let message = change.kind.message(lang);
    match &change.step {
        Some(step) => Message::new("diff-in-step")
            .arg("step", step)
            .arg("change", message)
            .render(lang),
        None => message,
    }
}

fn impact_label(impact: Impact, lang: Lang) -> String {
    t(lang, &format!("diff-impact-{}", impact.as_str()))
}

fn impact_icon(impact: Impact) -> &'static str {
    match impact {
        Impact::Regression => "❌",
        Impact::Improvement => "✅",
        Impact::Notice => "ℹ️",
    }
}

/// "2 regressions, 1 improvement, 0 notices (base → head)".
pub fn summary(diff: &CatalogDiff, context: &DiffContext) -> String {
    Message::new("diff-summary")
        .num("regressions", diff.count(Impact::Regression) as f64)
        .num("improvements", diff.count(Impact::Improvement) as f64)
        .num("notices", diff.count(Impact::Notice) as f64)
        .arg("base", &context.base)
        .arg("head", &context.head)
        .render(context.lang)
}

/// Procedures with a regression first, then improvements, then the rest.
fn ordered(diff: &CatalogDiff) -> Vec<&ProcedureDiff> {
    let mut procedures: Vec<&ProcedureDiff> = diff.procedures.iter().collect();
    procedures.sort_by_key(|p| {
        if p.has(Impact::Regression) {
            0
        } else if p.has(Impact::Improvement) {
            1
        } else {
            2
        }
    });
    procedures
}

fn rename_hint(p: &ProcedureDiff, lang: Lang) -> Option<String> {
    if let Some(to) = &p.renamed_to {
        return Some(Message::new("diff-renamed-to").arg("id", to).render(lang));
    }
    p.renamed_from.as_ref().map(|from| {
        Message::new("diff-renamed-from")
            .arg("id", from)
            .render(lang)
    })
}

fn table(diff: &CatalogDiff, context: &DiffContext) -> String {
    let lang = context.lang;
    let mut out = format!(
        "{} — {} → {}\n",
        t(lang, "diff-title"),
        context.base,
        context.head
    );
    if diff.is_empty() {
        out.push_str(&t(lang, "diff-no-change"));
        out.push('\n');
        return out;
    }
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty()
        .set_header(vec![
            Cell::new(t(lang, "col-procedure")),
            Cell::new(t(lang, "diff-col-impact")),
            Cell::new(t(lang, "diff-col-change")),
            Cell::new(t(lang, "diff-col-before")),
            Cell::new(t(lang, "diff-col-after")),
        ]);
    for p in ordered(diff) {
        let mut first = true;
        for change in &p.changes {
            let mut text = change_text(change, lang);
            if first {
                if let Some(hint) = rename_hint(p, lang) {
                    text = format!("{text}\n{hint}");
                }
            }
            table.add_row(vec![
                Cell::new(if first { p.id.as_str() } else { "" }),
                Cell::new(format!(
                    "{} {}",
                    impact_icon(change.impact),
                    impact_label(change.impact, lang)
                )),
                Cell::new(text),
                Cell::new(if first {
                    state_line(p.before.as_ref(), lang)
                } else {
                    String::new()
                }),
                Cell::new(if first {
                    state_line(p.after.as_ref(), lang)
                } else {
                    String::new()
                }),
            ]);
            first = false;
        }
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out.push_str(&summary(diff, context));
    out.push('\n');
    out
}

/// "Guichet ✔ · Téléphone ✘ · Courrier ✔ · sans internet : oui".
fn state_line(state: Option<&ProcedureState>, lang: Lang) -> String {
    let Some(state) = state else {
        return "—".to_owned();
    };
    let marks: Vec<String> = SHOWN
        .iter()
        .map(|k| format!("{} {}", t(lang, k.label_key()), mark_icon(*k, state)))
        .collect();
    format!("{}\n{}", marks.join(" · "), access_label(state, lang))
}

const SHOWN: [ChannelKind; 4] = [
    ChannelKind::Counter,
    ChannelKind::Phone,
    ChannelKind::Postal,
    ChannelKind::Online,
];

fn mark(kind: ChannelKind, state: &ProcedureState) -> ChannelMark {
    state
        .channels
        .get(&kind)
        .copied()
        .unwrap_or(ChannelMark::Absent)
}

fn mark_icon(kind: ChannelKind, state: &ProcedureState) -> &'static str {
    match (kind, mark(kind, state)) {
        (ChannelKind::Online, ChannelMark::Absent) => "—",
        (ChannelKind::Online, _) => "●",
        (_, ChannelMark::Offline) => "✔",
        (_, ChannelMark::Limited) => "◐",
        (_, ChannelMark::Absent) => "✘",
    }
}

fn mark_words(kind: ChannelKind, state: &ProcedureState, lang: Lang) -> String {
    let key = match (kind, mark(kind, state)) {
        (ChannelKind::Online, ChannelMark::Absent) => "diff-mark-absent",
        (ChannelKind::Online, _) => "diff-mark-online",
        (_, ChannelMark::Offline) => "diff-mark-offline",
        (_, ChannelMark::Limited) => "diff-mark-limited",
        (_, ChannelMark::Absent) => "diff-mark-absent",
    };
    format!("{} {}", mark_icon(kind, state), t(lang, key))
}

fn access_label(state: &ProcedureState, lang: Lang) -> String {
    let key = if state.status == ProcedureStatus::Retired {
        "access-retired"
    } else {
        match state.access {
            Access::Offline => "access-offline",
            Access::OnlineOnly => "access-online-only",
            Access::Unreachable => "access-unreachable",
            Access::ToConfirm => "access-to-confirm",
        }
    };
    format!("{} {}", t(lang, "col-access"), t(lang, key))
}

fn markdown(diff: &CatalogDiff, context: &DiffContext) -> String {
    let lang = context.lang;
    let mut out = format!("## {}\n\n", t(lang, "diff-title"));
    let verdict = if diff.has_regressions() {
        t(lang, "diff-verdict-regressions")
    } else {
        t(lang, "diff-verdict-ok")
    };
    out.push_str(&format!("**{}** {}\n\n", verdict, summary(diff, context)));
    if diff.is_empty() {
        out.push_str(&t(lang, "diff-no-change"));
        out.push('\n');
        return out;
    }
    for p in ordered(diff) {
        let icon = if p.has(Impact::Regression) {
            impact_icon(Impact::Regression)
        } else if p.has(Impact::Improvement) {
            impact_icon(Impact::Improvement)
        } else {
            impact_icon(Impact::Notice)
        };
        out.push_str(&format!(
            "### {icon} {} (`{}`)\n\n",
            crate::escape::markdown(p.title()),
            crate::escape::markdown_code(&p.id)
        ));
        if let Some(hint) = rename_hint(p, lang) {
            out.push_str(&format!("_{}_\n\n", crate::escape::markdown(&hint)));
        }
        out.push_str(&format!(
            "| | {} | {} |\n|---|---|---|\n",
            t(lang, "diff-col-before"),
            t(lang, "diff-col-after")
        ));
        for kind in SHOWN {
            let cell = |s: Option<&ProcedureState>| match s {
                Some(s) => mark_words(kind, s, lang),
                None => "—".to_owned(),
            };
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                t(lang, kind.label_key()),
                cell(p.before.as_ref()),
                cell(p.after.as_ref())
            ));
        }
        let access = |s: Option<&ProcedureState>| match s {
            Some(s) => access_label(s, lang)
                .trim_start_matches(&t(lang, "col-access"))
                .trim()
                .to_owned(),
            None => "—".to_owned(),
        };
        out.push_str(&format!(
            "| **{}** | {} | {} |\n\n",
            t(lang, "col-access"),
            access(p.before.as_ref()),
            access(p.after.as_ref())
        ));
        for change in &p.changes {
            out.push_str(&format!(
                "- {} **{}** — {}\n",
                impact_icon(change.impact),
                impact_label(change.impact, lang),
                crate::escape::markdown(&change_text(change, lang))
            ));
        }
        out.push('\n');
    }
    out.push_str(&t(lang, "diff-legend"));
    out.push('\n');
    out
}
