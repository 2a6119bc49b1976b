//! `--format github`: GitHub Actions workflow commands that annotate the
//! catalogue's YAML lines in the pull request, one per finding that fails the
//! audit, and (written by the CLI to `$GITHUB_STEP_SUMMARY`) a Markdown job
//! summary. Exempted findings and findings accepted in the baseline are not
//! annotated: they are counted in the summary.

use super::model::{FindingJson, Report};
use super::{RenderOptions, Reporter};
use crate::i18n::{t, Lang, Message};
use crate::packs::Severity;

pub struct GithubReporter;

/// Escaping of a command's message (GitHub's toolkit `escapeData`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a command's property value (`escapeProperty`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

fn annotation(report: &Report, finding: &FindingJson, lang: Lang) -> String {
    let title = report
        .rules
        .iter()
        .find(|r| r.id == finding.rule)
        .map_or(finding.rule.to_string(), |r| {
            format!("{} {}", r.id, r.title)
        });
    let mut properties = vec![format!(
        "file={}",
        escape_property(&finding.location.file.replace('\\', "/"))
    )];
    if finding.location.line > 0 {
        properties.push(format!("line={}", finding.location.line));
    }
    properties.push(format!("title={}", escape_property(&title)));
    let subject = match (&finding.procedure, &finding.step) {
        (Some(p), Some(s)) => format!("{p} › {s}: "),
        (Some(p), None) => format!("{p}: "),
        (None, _) => finding
            .contact_subject(lang)
            .map(|c| format!("{c}: "))
            .unwrap_or_default(),
    };
    format!(
        "::{} {}::{}\n",
        command(finding.severity),
        properties.join(","),
        escape_data(&format!(
            "{subject}{} ({})",
            finding.message_in(lang),
            finding.citation
        ))
    )
}

impl Reporter for GithubReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        Ok(report
            .findings
            .iter()
            .filter(|f| Report::is_new(f))
            .map(|f| annotation(report, f, options.lang))
            .collect())
    }
}

/// The job summary: the audit's outcome and the findings that fail it.
pub fn job_summary(report: &Report, lang: Lang) -> String {
    let mut out = format!(
        "## {} — {}\n\n{}\n\n",
        t(lang, "report-title"),
        crate::escape::markdown(&report.authority.name),
        super::table::summary(report, lang)
    );
    if let Some(b) = &report.baseline {
        out.push_str(
            &Message::new("baseline-summary")
                .arg("file", &b.file)
                .num("new", b.new as f64)
                .num("known", b.known as f64)
                .num("fixed", b.fixed.len() as f64)
                .render(lang),
        );
        out.push_str("\n\n");
    }
    let failing: Vec<&FindingJson> = report
        .findings
        .iter()
        .filter(|f| Report::is_new(f))
        .collect();
    if failing.is_empty() {
        out.push_str(&t(lang, "github-no-new-finding"));
        out.push_str("\n\n");
        return out;
    }
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t(lang, "github-col-rule"),
        t(lang, "col-procedure"),
        t(lang, "github-col-message"),
        t(lang, "github-col-where")
    ));
    for f in failing {
        let cell = crate::escape::markdown;
        out.push_str(&format!(
            "| {} {} | {} | {} | `{}:{}` |\n",
            match f.severity {
                Severity::Error => "❌",
                Severity::Warning => "⚠️",
                Severity::Info => "ℹ️",
            },
            cell(&f.rule),
            cell(f.procedure.as_deref().unwrap_or("—")),
            cell(f.message_in(lang)),
            crate::escape::markdown_code(&f.location.file),
            f.location.line
        ));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_escape_their_data_and_properties() {
        assert_eq!(escape_data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(
            escape_property("NN-PHONE: Téléphone, humain"),
            "NN-PHONE%3A Téléphone%2C humain"
        );
    }
}
