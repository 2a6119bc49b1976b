//! `--format markdown`: for an association's article or a pull request. A
//! summary, one table per service, the findings grouped by rule with their
//! legal basis and how to fix, the accepted exemptions and the methodology.

use std::fmt::Write;

use super::model::Report;
use super::view::{self, View};
use super::{RenderOptions, Reporter};
use crate::catalog::ChannelKind;
use crate::i18n::Message;
use crate::packs::Severity;

pub struct MarkdownReporter;

impl Reporter for MarkdownReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let v = View::new(report, options.lang);
        let mut out = String::new();
        write_report(&mut out, &v)?;
        Ok(out)
    }
}

/// Text for a Markdown table cell: pipes escaped, line breaks flattened.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Text in running Markdown: characters that would start markup escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn write_report(out: &mut String, v: &View) -> std::fmt::Result {
    let r = v.report;
    let lang = v.lang;
    writeln!(
        out,
        "# {} — {}\n",
        inline(&v.t("report-title")),
        inline(&r.authority.name)
    )?;
    writeln!(out, "_{}_\n", inline(&v.generated()))?;

    writeln!(out, "## {}\n", v.t("rp-summary-heading"))?;
    let s = &r.summary;
    writeln!(
        out,
        "{}\n",
        Message::new("rp-kpi-compliant-share")
            .arg("share", v.compliant_share())
            .render(lang)
    )?;
    for (count, key) in [
        (s.procedures, "rp-kpi-procedures"),
        (s.compliant, "rp-kpi-compliant"),
        (s.online_only, "rp-kpi-online-only"),
        (s.unreachable, "rp-kpi-unreachable"),
        (s.findings.error, "rp-kpi-errors"),
        (s.findings.warning, "rp-kpi-warnings"),
        (s.findings.info, "rp-kpi-infos"),
        (s.exempted, "rp-kpi-exempted"),
    ] {
        writeln!(out, "- **{count}** {}", v.t(key))?;
    }
    writeln!(out)?;

    writeln!(out, "## {}\n", v.t("rp-procedures-heading"))?;
    let columns = [
        ChannelKind::Counter,
        ChannelKind::Phone,
        ChannelKind::Postal,
        ChannelKind::Online,
    ];
    for (service, procedures) in &v.services {
        writeln!(out, "### {}\n", inline(&view::service_name(*service, lang)))?;
        write!(out, "| {} |", v.t("col-procedure"))?;
        for kind in columns {
            write!(out, " {} |", v.t(kind.label_key()))?;
        }
        writeln!(out, " {} | {} |", v.t("col-access"), v.t("col-findings"))?;
        writeln!(out, "|---|{}---|--:|", "---|".repeat(columns.len()))?;
        for p in procedures {
            write!(out, "| {} (`{}`) |", cell(&p.title), cell(&p.id))?;
            for kind in columns {
                write!(out, " {} |", v.t(view::mark_key(kind, view::mark(p, kind))))?;
            }
            writeln!(out, " {} | {} |", cell(&v.access(p)), v.active_count(&p.id))?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", v.t("rp-findings-heading"))?;
    if v.active_by_rule.is_empty() {
        writeln!(out, "{}\n", v.t("rp-no-findings"))?;
    }
    for (rule_id, findings) in &v.active_by_rule {
        let rule = v.rules.get(rule_id);
        let severity = findings.first().map_or(Severity::Info, |f| f.severity);
        writeln!(
            out,
            "### {} — {} ({})\n",
            inline(rule_id),
            inline(&v.rule_title(rule_id)),
            Message::new("rp-findings-count")
                .num("count", findings.len() as f64)
                .render(lang)
        )?;
        writeln!(
            out,
            "- **{}**{}{}",
            v.t("rp-severity"),
            v.t("rp-label-sep"),
            v.t(view::severity_key(severity))
        )?;
        if let Some(rule) = rule {
            writeln!(
                out,
                "- **{}**{}{}",
                v.t("rp-citation"),
                v.t("rp-label-sep"),
                inline(&rule.citation)
            )?;
            writeln!(
                out,
                "- **{}**{}{}",
                v.t("rp-why"),
                v.t("rp-label-sep"),
                inline(&rule.why)
            )?;
            writeln!(
                out,
                "- **{}**{}{}",
                v.t("rp-fix"),
                v.t("rp-label-sep"),
                inline(&rule.fix)
            )?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            v.t("rp-subject"),
            v.t("rp-message"),
            v.t("rp-location")
        )?;
        for f in findings {
            writeln!(
                out,
                "| {} | {} | `{}:{}` |",
                cell(&v.subject(f)),
                cell(f.message_in(lang)),
                cell(&f.location.file),
                f.location.line
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", v.t("rp-exemptions-heading"))?;
    if v.exempted.is_empty() {
        writeln!(out, "{}\n", v.t("rp-no-exemptions"))?;
    } else {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            v.t("rp-col-rule"),
            v.t("rp-subject"),
            v.t("rp-col-reason"),
            v.t("rp-col-reference"),
            v.t("rp-col-ground"),
            v.t("rp-col-until")
        )?;
        for f in &v.exempted {
            let Some(e) = &f.exempted else { continue };
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&f.rule),
                cell(&v.subject(f)),
                cell(&e.reason),
                cell(e.reference.as_deref().unwrap_or("—")),
                cell(&view::ground(lang, &e.ground)),
                e.until
                    .map_or_else(|| v.t("rp-until-none"), |d| d.to_string())
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", v.t("rp-method-heading"))?;
    writeln!(out, "{}\n", inline(&v.t("rp-method-text")))?;
    writeln!(
        out,
        "- **{}**{}{} (`{}`)",
        v.t("rp-method-authority"),
        v.t("rp-label-sep"),
        inline(&r.authority.name),
        r.authority.id
    )?;
    writeln!(
        out,
        "- **{}**{}{}",
        v.t("rp-method-date"),
        v.t("rp-label-sep"),
        r.audit_date
    )?;
    writeln!(
        out,
        "- **{}**{}{} {}",
        v.t("rp-method-tool"),
        v.t("rp-label-sep"),
        r.tool.name,
        r.tool.version
    )?;
    writeln!(
        out,
        "- **{}**{}{}\n",
        v.t("rp-method-catalog"),
        v.t("rp-label-sep"),
        inline(&v.catalog_version())
    )?;
    writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        v.t("rp-col-pack"),
        v.t("rp-col-title"),
        v.t("rp-col-status")
    )?;
    for p in &r.packs {
        writeln!(
            out,
            "| `{}` | {} | {} |",
            cell(&p.id),
            cell(&p.title),
            v.t(&format!("pack-status-{}", p.status.as_str()))
        )?;
    }
    writeln!(out, "\n### {}\n", v.t("rp-rules-applied"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        v.t("rp-col-rule"),
        v.t("rp-col-title"),
        v.t("rp-severity"),
        v.t("rp-citation"),
        v.t("rp-col-confidence")
    )?;
    for rule in &r.rules {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            cell(&rule.id),
            cell(&rule.title),
            v.t(view::severity_key(rule.severity)),
            cell(&rule.citation),
            view::confidence(lang, &rule.confidence)
        )?;
    }
    Ok(())
}
