//! The history's formats: `table` for the terminal, `json` for tools
//! (history version 1), `html` for people, with trend charts.

use maud::{html, Markup, PreEscaped, DOCTYPE};
use std::fmt::Write as _;

use crate::i18n::{t, Lang, Message};
use crate::survey::render::{long_date, number, percent};

use super::evolution::{ChangeKind, Evolution, Figures};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum HistoryFormat {
    Table,
    Json,
    Html,
}

impl crate::output_plan::OutputFormat for HistoryFormat {}

/// `--format html` or `--format html=evolution.html`.
pub type HistoryTarget = crate::output_plan::FormatTarget<HistoryFormat>;

pub fn render(evolution: &Evolution, format: HistoryFormat, lang: Lang) -> anyhow::Result<String> {
    Ok(match format {
        HistoryFormat::Table => table(evolution, lang),
        HistoryFormat::Json => {
            let mut text = serde_json::to_string_pretty(evolution)?;
            text.push('\n');
            text
        }
        HistoryFormat::Html => page(evolution, lang).into_string(),
    })
}

fn date(text: &str, lang: Lang) -> String {
    text.parse()
        .map(|d| long_date(lang, d))
        .unwrap_or_else(|_| text.to_owned())
}

/// « 12 démarches uniquement en ligne le 27 novembre 2026, 3 le 15 novembre 2027. »
pub fn overall_sentence(evolution: &Evolution, lang: Lang) -> String {
    if evolution.runs.is_empty() {
        return t(lang, "hi-empty");
    }
    let parts: Vec<String> = evolution
        .runs
        .iter()
        .enumerate()
        .map(|(i, run)| {
            Message::new(if i == 0 { "hi-point-first" } else { "hi-point" })
                .num("count", run.figures.online_only as f64)
                .arg("count_text", number(lang, run.figures.online_only))
                .arg("date", date(&run.date, lang))
                .render(lang)
        })
        .collect();
    format!("{}.", parts.join(", "))
}

fn change_sentence(kind: ChangeKind, lang: Lang) -> String {
    t(
        lang,
        match kind {
            ChangeKind::BecameOnlineOnly => "hi-change-online-only",
            ChangeKind::BecameUnreachable => "hi-change-unreachable",
            ChangeKind::Fixed => "hi-change-fixed",
        },
    )
}

fn table(evolution: &Evolution, lang: Lang) -> String {
    use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
    let mut out = overall_sentence(evolution, lang);
    out.push_str("\n\n");
    let mut runs = Table::new();
    runs.load_preset(UTF8_FULL_CONDENSED).set_header(
        [
            "hi-col-date",
            "hi-col-label",
            "hi-col-authorities",
            "sv-col-procedures",
            "sv-col-offline",
            "sv-col-online-only",
            "sv-col-unreachable",
        ]
        .iter()
        .map(|k| Cell::new(t(lang, k))),
    );
    for run in &evolution.runs {
        let f = &run.figures;
        runs.add_row(vec![
            Cell::new(date(&run.date, lang)),
            Cell::new(run.label.clone().unwrap_or_default()),
            Cell::new(run.authorities).set_alignment(CellAlignment::Right),
            Cell::new(f.procedures).set_alignment(CellAlignment::Right),
            Cell::new(share_text(f, lang)).set_alignment(CellAlignment::Right),
            Cell::new(f.online_only).set_alignment(CellAlignment::Right),
            Cell::new(f.unreachable).set_alignment(CellAlignment::Right),
        ]);
    }
    out.push_str(&runs.to_string());
    out.push('\n');
    if !evolution.changes.is_empty() {
        out.push('\n');
        out.push_str(&t(lang, "hi-changes-heading"));
        out.push('\n');
        for c in &evolution.changes {
            let _ = writeln!(
                out,
                "- {} — {} : {} ({} → {})",
                crate::escape::terminal(&c.authority_name),
                crate::escape::terminal(&c.title),
                change_sentence(c.kind, lang),
                date(&c.from_date, lang),
                date(&c.to_date, lang)
            );
        }
    }
    out
}

fn share_text(f: &Figures, lang: Lang) -> String {
    match f.offline_share() {
        Some(s) => format!(
            "{} ({})",
            number(lang, f.offline_possible),
            percent(lang, s)
        ),
        None => "—".into(),
    }
}

fn page(evolution: &Evolution, lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (tr("hi-title")) }
                style { (PreEscaped(crate::html_page::STYLESHEET)) (PreEscaped(HISTORY_STYLESHEET)) }
            }
            body {
                header { h1 { (tr("hi-title")) } }
                main {
                    section #overall aria-labelledby="overall-title" {
                        h2 #overall-title { (tr("hi-overall-heading")) }
                        p.lead { (overall_sentence(evolution, lang)) }
                        @if evolution.runs.len() > 1 {
                            figure {
                                (PreEscaped(line_chart(
                                    &tr("hi-chart-online-only"),
                                    &evolution.runs.iter().map(|r| (date(&r.date, lang), r.figures.online_only as f64)).collect::<Vec<_>>(),
                                    |v| number(lang, v as usize),
                                )))
                                figcaption { (tr("hi-chart-online-only")) }
                            }
                            figure {
                                (PreEscaped(line_chart(
                                    &tr("hi-chart-offline-share"),
                                    &evolution.runs.iter().map(|r| (date(&r.date, lang), r.figures.offline_share().unwrap_or(0.0) * 100.0)).collect::<Vec<_>>(),
                                    |v| percent(lang, v / 100.0),
                                )))
                                figcaption { (tr("hi-chart-offline-share")) }
                            }
                        }
                        table {
                            caption { (tr("hi-runs-caption")) }
                            thead { tr {
                                @for k in ["hi-col-date", "hi-col-label", "hi-col-authorities", "sv-col-procedures", "sv-col-offline", "sv-col-online-only", "sv-col-unreachable"] {
                                    th scope="col" { (tr(k)) }
                                }
                            } }
                            tbody {
                                @for run in &evolution.runs {
                                    tr {
                                        th scope="row" { (date(&run.date, lang)) }
                                        td { (run.label.clone().unwrap_or_default()) }
                                        td.num { (number(lang, run.authorities)) }
                                        td.num { (number(lang, run.figures.procedures)) }
                                        td.num { (share_text(&run.figures, lang)) }
                                        td.num { (number(lang, run.figures.online_only)) }
                                        td.num { (number(lang, run.figures.unreachable)) }
                                    }
                                }
                            }
                        }
                    }
                    section #changes aria-labelledby="changes-title" {
                        h2 #changes-title { (tr("hi-changes-heading")) }
                        @if evolution.changes.is_empty() {
                            p { (tr("hi-no-change")) }
                        } @else {
                            ul {
                                @for c in &evolution.changes {
                                    li {
                                        strong { (c.title) } " (" (c.authority_name) ") : "
                                        (change_sentence(c.kind, lang)) " — "
                                        (date(&c.from_date, lang)) " → " (date(&c.to_date, lang))
                                    }
                                }
                            }
                        }
                    }
                    section #authorities aria-labelledby="authorities-title" {
                        h2 #authorities-title { (tr("hi-authorities-heading")) }
                        table {
                            caption { (tr("hi-authorities-caption")) }
                            thead { tr {
                                th scope="col" { (tr("sv-col-name")) }
                                th scope="col" { (tr("hi-col-first")) }
                                th scope="col" { (tr("hi-col-last")) }
                                th scope="col" { (tr("sv-col-online-only")) }
                            } }
                            tbody {
                                @for a in &evolution.authorities {
                                    @let first = a.points.first();
                                    @let last = a.points.last();
                                    tr {
                                        th scope="row" { (a.name) }
                                        td.num { @if let Some(p) = first { (share_text(&p.figures, lang)) " — " (date(&p.date, lang)) } }
                                        td.num { @if let Some(p) = last { (share_text(&p.figures, lang)) " — " (date(&p.date, lang)) } }
                                        td.num {
                                            (a.points.iter().map(|p| number(lang, p.figures.online_only)).collect::<Vec<_>>().join(" → "))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

const HISTORY_STYLESHEET: &str = "td.num { text-align: right; font-variant-numeric: tabular-nums; } figure svg { max-width: 100%; height: auto; } .chart text { font-size: 12px; }";

/// A line chart of one figure over the runs, with every point labelled by its
/// value (so it reads without colour and in print).
fn line_chart(title: &str, points: &[(String, f64)], label: impl Fn(f64) -> String) -> String {
    let (width, height, left, bottom, top) = (640.0, 240.0, 20.0, 40.0, 24.0);
    let max = points
        .iter()
        .map(|(_, v)| *v)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let step = if points.len() > 1 {
        (width - 2.0 * left) / (points.len() - 1) as f64
    } else {
        0.0
    };
    let xy = |i: usize, v: f64| {
        (
            left + step * i as f64,
            top + (height - top - bottom) * (1.0 - v / max),
        )
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="{}">"#,
        escape(title)
    );
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| {
            let (x, y) = xy(i, *v);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let _ = write!(
        svg,
        r##"<polyline fill="none" stroke="#08306b" stroke-width="2" points="{}"/>"##,
        path.join(" ")
    );
    for (i, (name, v)) in points.iter().enumerate() {
        let (x, y) = xy(i, *v);
        let anchor = if i == 0 {
            "start"
        } else if i + 1 == points.len() {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="4" fill="#08306b"/><text x="{x:.1}" y="{:.1}" text-anchor="{anchor}">{}</text><text x="{x:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"##,
            y - 8.0,
            escape(&label(*v)),
            height - 12.0,
            escape(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
