//! The terminal report: one row per procedure with its channels, then the
//! findings grouped by severity, then a summary line. Colour only when asked
//! (a TTY without `NO_COLOR`); the marks read without colour too.

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};

use super::model::{FindingJson, Report};
use super::{RenderOptions, Reporter};
use crate::catalog::model::ProcedureStatus;
use crate::catalog::procedure::ChannelMark;
use crate::catalog::ChannelKind;
use crate::i18n::{t, Lang, Message};
use crate::packs::Severity;

pub struct TableReport;

const SHOWN_CHANNELS: [ChannelKind; 4] = [
    ChannelKind::Counter,
    ChannelKind::Phone,
    ChannelKind::Postal,
    ChannelKind::Online,
];

impl Reporter for TableReport {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        // The catalogue's and the pages' text is shown, never obeyed: an
        // escape sequence in a title must not drive the terminal. Our own
        // colours are added afterwards.
        let safe = crate::escape::terminal_safe(report);
        let report = safe.as_ref().unwrap_or(report);
        let lang = options.lang;
        let paint = |cell: Cell, color: Color| if options.color { cell.fg(color) } else { cell };
        let mut out = String::new();

        out.push_str(&format!(
            "{} — {} ({})\n",
            t(lang, "report-title"),
            report.authority.name,
            report.authority.id
        ));
        let packs: Vec<String> = report
            .packs
            .iter()
            .map(|p| {
                format!(
                    "{} [{}]",
                    p.id,
                    t(lang, &format!("pack-status-{}", p.status.as_str()))
                )
            })
            .collect();
        out.push_str(&format!(
            "{} {}\n\n",
            t(lang, "report-packs"),
            packs.join(", ")
        ));

        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !options.color {
            table.force_no_tty();
        }
        let mut header = vec![
            Cell::new(t(lang, "col-procedure")),
            Cell::new(t(lang, "col-service")),
        ];
        header.extend(
            SHOWN_CHANNELS
                .iter()
                .map(|k| Cell::new(t(lang, k.label_key()))),
        );
        header.push(Cell::new(t(lang, "col-access")));
        header.push(Cell::new(t(lang, "col-findings")));
        table.set_header(header);

        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for f in report.findings.iter().filter(|f| Report::is_active(f)) {
            for procedure in f.counted_procedures() {
                *counts.entry(procedure).or_default() += 1;
            }
        }
        for p in &report.procedures {
            let count = counts.get(p.id.as_str()).copied().unwrap_or(0);
            let mut row = vec![
                Cell::new(&p.id),
                Cell::new(p.service.as_deref().unwrap_or("—")),
            ];
            for kind in SHOWN_CHANNELS {
                let mark = p
                    .channels
                    .get(&kind)
                    .copied()
                    .unwrap_or(ChannelMark::Absent);
                row.push(match (kind, mark) {
                    (ChannelKind::Online, ChannelMark::Absent) => Cell::new("—"),
                    (ChannelKind::Online, _) => Cell::new("●"),
                    (_, ChannelMark::Offline) => paint(Cell::new("✔"), Color::Green),
                    (_, ChannelMark::Limited) => paint(Cell::new("◐"), Color::Yellow),
                    (_, ChannelMark::Absent) => paint(Cell::new("✘"), Color::Red),
                });
            }
            let access = if p.status == ProcedureStatus::Retired {
                Cell::new(t(lang, "access-retired"))
            } else if p.online_only {
                let cell = paint(Cell::new(t(lang, "access-online-only")), Color::Red);
                if options.color {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            } else if p.unreachable {
                paint(Cell::new(t(lang, "access-unreachable")), Color::Magenta)
            } else {
                paint(Cell::new(t(lang, "access-offline")), Color::Green)
            };
            row.push(access);
            row.push(Cell::new(count));
            table.add_row(row);
        }
        out.push_str(&table.to_string());
        out.push('\n');
        out.push_str(&t(lang, "report-legend"));
        out.push('\n');

        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            // Findings accepted in a baseline are counted in its section instead.
            let group: Vec<&FindingJson> =
                report.active(severity).filter(|f| !f.baselined).collect();
            if group.is_empty() {
                continue;
            }
            let heading = Message::new("report-severity-heading")
                .arg("severity", severity.as_str())
                .num("count", group.len() as f64)
                .render(lang);
            let heading = if options.color {
                let color = match severity {
                    Severity::Error => "31",
                    Severity::Warning => "33",
                    Severity::Info => "36",
                };
                format!("\x1b[1;{color}m{heading}\x1b[0m")
            } else {
                heading
            };
            out.push_str(&format!("\n{heading}\n"));
            for f in group {
                out.push_str(&finding_line(f, lang));
            }
        }

        let exempted: Vec<&FindingJson> = report
            .findings
            .iter()
            .filter(|f| !Report::is_active(f))
            .collect();
        if !exempted.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                Message::new("report-exempted-heading")
                    .num("count", exempted.len() as f64)
                    .render(lang)
            ));
            for f in exempted {
                let e = f.exempted.as_ref().map(|e| {
                    format!(
                        "{} ({}{})",
                        e.reason,
                        e.reference.as_deref().unwrap_or("—"),
                        e.until.map(|d| format!(", → {d}")).unwrap_or_default()
                    )
                });
                out.push_str(&format!(
                    "  [{}] {} — {}\n",
                    f.rule,
                    f.procedure.as_deref().unwrap_or("—"),
                    e.unwrap_or_default()
                ));
            }
        }

        if report.baseline.is_some() {
            out.push('\n');
            out.push_str(&baseline_section(report, lang));
        }

        out.push_str(&evidence_section(report, lang));
        out.push('\n');
        out.push_str(&summary(report, lang));
        out.push('\n');
        Ok(out)
    }
}

/// New, known and fixed findings against the baseline, and entries that match nothing.
pub fn baseline_section(report: &Report, lang: Lang) -> String {
    crate::escape::terminal(&baseline_lines(report, lang)).into_owned()
}

fn baseline_lines(report: &Report, lang: Lang) -> String {
    let Some(b) = &report.baseline else {
        return String::new();
    };
    let mut out = Message::new("baseline-summary")
        .arg("file", &b.file)
        .num("new", b.new as f64)
        .num("known", b.known as f64)
        .num("fixed", b.fixed.len() as f64)
        .render(lang);
    out.push('\n');
    let subject = |e: &crate::report::baseline::BaselineEntry| match (&e.procedure, &e.step) {
        (Some(p), Some(s)) => format!("{p} › {s}"),
        (Some(p), None) => p.clone(),
        (None, _) => t(lang, "report-authority"),
    };
    for e in &b.fixed {
        out.push_str(&format!(
            "  {} [{}] {} — {}\n",
            t(lang, "baseline-fixed"),
            e.rule,
            subject(e),
            e.message
        ));
    }
    for e in &b.unmatched {
        out.push_str(&format!(
            "  {}\n",
            Message::new("baseline-unmatched")
                .arg("rule", &e.rule)
                .arg("subject", subject(e))
                .arg("fingerprint", &e.fingerprint)
                .render(lang)
        ));
    }
    out
}

fn finding_line(f: &FindingJson, lang: Lang) -> String {
    let subject = match (&f.procedure, &f.step) {
        (Some(p), Some(s)) => format!("{p} › {s}"),
        (Some(p), None) => p.clone(),
        (None, _) => f
            .contact_subject(lang)
            .unwrap_or_else(|| t(lang, "report-authority")),
    };
    format!(
        "  [{}] {} — {}\n      {} · {}:{}\n",
        f.rule,
        subject,
        f.message_in(lang),
        f.citation,
        f.location.file,
        f.location.line
    )
}

/// "N procedures audited, C compliant, O online-only, ..."
pub fn summary(report: &Report, lang: Lang) -> String {
    let s = &report.summary;
    Message::new("report-summary")
        .num("procedures", s.procedures as f64)
        .num("compliant", s.compliant as f64)
        .num("online_only", s.online_only as f64)
        .num("unreachable", s.unreachable as f64)
        .num("errors", s.findings.error as f64)
        .num("warnings", s.findings.warning as f64)
        .num("infos", s.findings.info as f64)
        .num("exempted", s.exempted as f64)
        .render(lang)
        + &to_confirm_headline(s.to_confirm, lang)
}

/// " · 23 démarches à vérifier": said in the headline whenever there are some.
fn to_confirm_headline(count: usize, lang: Lang) -> String {
    if count == 0 {
        return String::new();
    }
    format!(
        " · {}",
        Message::new("report-summary-to-confirm")
            .num("count", count as f64)
            .render(lang)
    )
}

/// What `verify` found, per procedure: each page's state and each declared
/// channel's verdict with its snippet. Empty for `audit` reports.
fn evidence_section(report: &Report, lang: Lang) -> String {
    let with_evidence: Vec<_> = report
        .procedures
        .iter()
        .filter_map(|p| p.evidence.as_ref().map(|e| (p, e)))
        .collect();
    if with_evidence.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{}\n",
        Message::new("verify-evidence-heading")
            .num("count", with_evidence.len() as f64)
            .render(lang)
    );
    for (procedure, evidence) in with_evidence {
        out.push_str(&format!("  {}\n", procedure.id));
        for page in &evidence.pages {
            let state = serde_json::to_value(page.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let mut line = format!(
                "    {} — {}",
                page.url,
                Message::new("verify-page-state")
                    .arg("state", &state)
                    .render(lang)
            );
            if let Some(status) = page.http_status {
                line.push_str(&format!(" (HTTP {status})"));
            }
            if let Some(detail) = &page.detail {
                line.push_str(&format!(": {detail}"));
            }
            out.push_str(&line);
            out.push('\n');
        }
        // A channel is inconclusive because its page is: the page line says why.
        for channel in evidence
            .channels
            .iter()
            .filter(|c| c.basis != crate::verify::evidence::Basis::PageUnreadable)
        {
            let verdict = serde_json::to_value(channel.verdict)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let step = channel
                .step
                .as_ref()
                .map(|s| format!(" › {s}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "    {}{step} [{}]: {}",
                t(lang, channel.channel.label_key()),
                channel.declared_for_people(),
                Message::new("verify-verdict")
                    .arg("verdict", &verdict)
                    .render(lang)
            ));
            if let Some(snippet) = &channel.snippet {
                out.push_str(&format!(" — « {snippet} »"));
            }
            out.push('\n');
        }
    }
    out
}
