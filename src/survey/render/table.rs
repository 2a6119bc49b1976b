//! `survey --format table`: the terminal view, one line per authority, then
//! the kinds of procedure most often online only.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};

use crate::i18n::{t, Lang, Message};
use crate::survey::model::Survey;

use super::percent;

/// How many kinds of procedure the terminal view lists (the JSON has them all).
const KINDS_SHOWN: usize = 10;

pub fn render(survey: &Survey, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&super::html::headline(survey, lang));
    out.push_str("\n\n");
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_header(
        [
            "sv-col-name",
            "sv-col-procedures",
            "sv-col-offline",
            "sv-col-online-only",
            "sv-col-unreachable",
            "sv-col-errors",
            "sv-col-warnings",
        ]
        .iter()
        .map(|k| Cell::new(t(lang, k))),
    );
    for a in &survey.authorities {
        let share = a
            .offline_share()
            .map(|s| percent(lang, s))
            .unwrap_or_default();
        table.add_row(vec![
            Cell::new(crate::escape::terminal(&a.name)),
            Cell::new(a.procedures).set_alignment(CellAlignment::Right),
            Cell::new(format!("{} ({share})", a.offline_possible))
                .set_alignment(CellAlignment::Right),
            Cell::new(a.online_only).set_alignment(CellAlignment::Right),
            Cell::new(a.unreachable).set_alignment(CellAlignment::Right),
            Cell::new(a.findings.error).set_alignment(CellAlignment::Right),
            Cell::new(a.findings.warning).set_alignment(CellAlignment::Right),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    let kinds: Vec<_> = survey
        .references
        .iter()
        .filter(|r| r.online_only > 0)
        .take(KINDS_SHOWN)
        .collect();
    if !kinds.is_empty() {
        out.push('\n');
        out.push_str(&t(lang, "sv-kinds-heading"));
        out.push('\n');
        for row in kinds {
            out.push_str("- ");
            out.push_str(&super::html::kind_sentence(row, lang));
            out.push('\n');
        }
    }
    for duplicate in &survey.duplicate_ids {
        out.push('\n');
        out.push_str(&super::duplicate_sentence(duplicate, lang));
        out.push('\n');
    }
    for failed in &survey.not_loaded {
        out.push('\n');
        out.push_str(
            &Message::new("sv-not-loaded")
                .arg("source", &failed.source)
                .num("count", failed.errors.len() as f64)
                .render(lang),
        );
        out.push('\n');
        for error in &failed.errors {
            out.push_str(error);
            out.push('\n');
        }
    }
    out
}
