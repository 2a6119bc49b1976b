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

/// Every text that is not the tool's own (the catalogue's, a page's, a saved
/// report's) goes through the one Markdown escaper: it cannot become markup,
/// HTML or a new table cell.
use crate::escape::{markdown as text, markdown_code as code};

/// A web address as a Markdown autolink. A parsed URL never holds `<`, `>`
/// or spaces; anything else (a hand-edited report) is shown as text.
fn url(address: &str) -> String {
    // CommonMark: a scheme of 2 to 32 letters, digits, `+`, `.` or `-`,
    // starting with a letter, then `:`.
    let scheme = address.split(':').next().unwrap_or_default();
    let linkable = address.len() > scheme.len()
        && (2..=32).contains(&scheme.len())
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '\\'));
    if linkable {
        format!("<{}>", address.replace('|', "%7C"))
    } else {
        text(address)
    }
}

/// What `verify` read on the public pages; nothing for an `audit` report.
fn write_evidence(out: &mut String, v: &View) -> std::fmt::Result {
    if v.evidence.is_empty() {
        return Ok(());
    }
    writeln!(out, "## {}\n", v.t("ev-heading"))?;
    writeln!(out, "{}\n", text(&v.t("ev-intro")))?;
    writeln!(out, "**{}**\n", text(&v.evidence_lead()))?;
    writeln!(out, "{}\n", text(&v.evidence_summary()))?;
    for (p, e) in &v.evidence {
        let sign = if view::contradicts(e) { "✘ " } else { "" };
        writeln!(out, "### {sign}{} (`{}`)\n", text(&p.title), code(&p.id))?;
        if !e.pages.is_empty() {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |\n|---|---|--:|---|---|",
                v.t("ev-col-page"),
                v.t("ev-col-state"),
                v.t("ev-col-http"),
                v.t("ev-col-fetched"),
                v.t("ev-col-hash")
            )?;
            for page in &e.pages {
                let mut where_ = format!(
                    "{}{}{}",
                    v.page_role(page.role),
                    v.t("rp-label-sep"),
                    url(&page.url)
                );
                if let Some(final_url) = page.final_url.as_deref().filter(|f| *f != page.url) {
                    where_.push_str(&format!(", {} {}", v.t("ev-redirected"), url(final_url)));
                }
                let mut fetched = view::fetched_at(page);
                if page.from_cache {
                    fetched.push_str(&format!(" {}", v.t("ev-from-cache")));
                }
                writeln!(
                    out,
                    "| {where_} | {} | {} | {fetched} | {} |",
                    text(&v.page_state(page)),
                    view::http_status(page),
                    view::short_hash(page).map_or_else(|| "—".to_owned(), |h| format!("`{h}`"))
                )?;
            }
            writeln!(out)?;
        }
        let channels = view::compared_channels(e);
        if !channels.is_empty() {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
                v.t("ev-col-channel"),
                v.t("ev-col-declared"),
                v.t("ev-col-verdict"),
                v.t("ev-col-basis"),
                v.t("ev-col-snippet")
            )?;
            for c in channels {
                let verdict = format!("{} {}", view::verdict_sign(c.verdict), v.verdict(c.verdict));
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    text(&v.evidence_channel(c)),
                    text(&c.declared_for_people()),
                    if c.verdict == crate::verify::EvidenceVerdict::Contradicted {
                        format!("**{verdict}**")
                    } else {
                        verdict
                    },
                    text(&v.basis(c)),
                    c.snippet
                        .as_deref()
                        .map_or_else(|| "—".to_owned(), |s| text(&v.snippet(s)))
                )?;
            }
            writeln!(out)?;
        }
        let notes: Vec<String> = [
            v.unreadable_channels(e).map(|said| text(&said)),
            v.premium_numbers(e)
                .map(|said| format!("**{}**", text(&said))),
            v.opening_hours(e).map(|said| text(&said)),
        ]
        .into_iter()
        .flatten()
        .collect();
        for note in &notes {
            writeln!(out, "- {note}")?;
        }
        if !notes.is_empty() {
            writeln!(out)?;
        }
    }
    Ok(())
}

fn write_report(out: &mut String, v: &View) -> std::fmt::Result {
    let r = v.report;
    let lang = v.lang;
    writeln!(
        out,
        "# {} — {}\n",
        text(&v.t("report-title")),
        text(&r.authority.name)
    )?;
    writeln!(out, "_{}_\n", text(&v.generated()))?;

    writeln!(out, "## {}\n", v.t("rp-summary-heading"))?;
    writeln!(out, "{}\n", v.headline())?;
    for (count, key) in v.council_figures() {
        writeln!(
            out,
            "- **{}** {}",
            crate::i18n::number(v.lang, count),
            Message::new(key).num("count", count as f64).render(v.lang)
        )?;
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
        writeln!(out, "### {}\n", text(&view::service_name(*service, lang)))?;
        write!(out, "| {} |", v.t("col-procedure"))?;
        for kind in columns {
            write!(out, " {} |", v.t(kind.label_key()))?;
        }
        writeln!(out, " {} | {} |", v.t("col-access"), v.t("col-findings"))?;
        writeln!(out, "|---|{}---|--:|", "---|".repeat(columns.len()))?;
        for p in procedures {
            write!(out, "| {} (`{}`) |", text(&p.title), code(&p.id))?;
            for kind in columns {
                write!(out, " {} |", v.t(view::mark_key(kind, view::mark(p, kind))))?;
            }
            writeln!(out, " {} | {} |", text(&v.access(p)), v.active_count(&p.id))?;
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
            text(rule_id),
            text(&v.rule_title(rule_id)),
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
                text(&rule.basis_label),
                v.t("rp-label-sep"),
                text(&rule.citation)
            )?;
            let also = view::also_cited(findings);
            if !also.is_empty() {
                writeln!(
                    out,
                    "- **{}**{}{}",
                    v.t("rp-also-cited"),
                    v.t("rp-label-sep"),
                    text(&also.join(" ; "))
                )?;
            }
            writeln!(
                out,
                "- **{}**{}{}",
                v.t("rp-why"),
                v.t("rp-label-sep"),
                text(&rule.why)
            )?;
            writeln!(
                out,
                "- **{}**{}{}",
                v.t("rp-fix"),
                v.t("rp-label-sep"),
                text(&rule.fix)
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
                text(&v.subject_title(f)),
                text(f.message_in(lang)),
                code(&f.location.file),
                f.location.line
            )?;
        }
        writeln!(out)?;
    }

    write_evidence(out, v)?;

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
                text(&f.rule),
                text(&v.subject_title(f)),
                text(&e.reason),
                text(e.reference.as_deref().unwrap_or("—")),
                text(&view::ground(lang, &e.ground)),
                e.until
                    .map_or_else(|| v.t("rp-until-none"), |d| d.to_string())
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", v.t("rp-method-heading"))?;
    writeln!(out, "{}\n", text(&v.t("rp-method-text")))?;
    writeln!(
        out,
        "- **{}**{}{} (`{}`)",
        v.t("rp-method-authority"),
        v.t("rp-label-sep"),
        text(&r.authority.name),
        code(&r.authority.id)
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
        text(&r.tool.name),
        text(&r.tool.version)
    )?;
    writeln!(
        out,
        "- **{}**{}{}\n",
        v.t("rp-method-catalog"),
        v.t("rp-label-sep"),
        text(&v.catalog_version())
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
            code(&p.id),
            text(&p.title),
            v.t(&format!("pack-status-{}", p.status.as_str()))
        )?;
    }
    let texts = super::texts::lines(r, v.lang, false);
    if !texts.is_empty() {
        writeln!(out)?;
    }
    for line in texts {
        writeln!(out, "- {}", text(&line))?;
    }
    writeln!(out, "\n### {}\n", v.t("rp-rules-applied"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        v.t("rp-col-rule"),
        v.t("rp-col-title"),
        v.t("rp-severity"),
        v.t("rp-col-source"),
        v.t("rp-col-confidence")
    )?;
    for rule in &r.rules {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            code(&rule.id),
            text(&rule.title),
            v.t(view::severity_key(rule.severity)),
            text(&format!(
                "{}{}{}",
                rule.basis_label,
                v.t("rp-label-sep"),
                rule.citation
            )),
            view::confidence(lang, &rule.confidence)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_autolinks_only_when_they_cannot_break_out() {
        assert_eq!(
            url("https://www.essai.example/demarches?a=1|2"),
            "<https://www.essai.example/demarches?a=1%7C2>"
        );
        assert_eq!(url("<b>page</b>"), r"\<b\>page\</b\>");
        assert_eq!(
            url("https://essai.example/a b"),
            "https://essai.example/a b"
        );
        assert_eq!(url("1:2"), "1:2");
    }

    #[test]
    fn page_text_cannot_become_markup() {
        assert_eq!(
            text("**Tél.** | <a>\r\n[x](y)"),
            r"\*\*Tél.\*\* \| \<a\>  \[x\](y)"
        );
    }
}
