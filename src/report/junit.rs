//! `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins...).
//! One test suite per procedure (plus one for the authority), one test case
//! per rule: a finding is a failure, an exemption, a finding accepted in the
//! baseline or a rule that does not apply is a skipped case.

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};

use super::model::{FindingJson, Report};
use super::{RenderOptions, Reporter};
use crate::audit::Outcome;
use crate::i18n::{t, Lang, Message};

pub struct JunitReporter;

fn rule_title<'a>(report: &'a Report, rule: &str) -> &'a str {
    report
        .rules
        .iter()
        .find(|r| r.id == rule)
        .map_or("", |r| r.title.as_str())
}

fn failure_text(findings: &[&FindingJson], lang: Lang) -> String {
    findings
        .iter()
        .map(|f| {
            let step = f
                .step
                .as_ref()
                .map(|s| format!("[{s}] "))
                .unwrap_or_default();
            format!(
                "{step}{}\n{} · {}:{}",
                f.message_in(lang),
                f.citation,
                f.location.file,
                f.location.line
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The test case of `rule` for the findings it made (none: it passed).
fn case(
    report: &Report,
    suite: &str,
    rule: &str,
    outcome: Outcome,
    findings: &[&FindingJson],
    lang: Lang,
) -> TestCase {
    let name = format!("{rule} {}", rule_title(report, rule));
    let new: Vec<&FindingJson> = findings
        .iter()
        .copied()
        .filter(|f| Report::is_new(f))
        .collect();
    let known: Vec<&FindingJson> = findings
        .iter()
        .copied()
        .filter(|f| Report::is_active(f) && f.baselined)
        .collect();
    let status = if !new.is_empty() {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status
            .set_message(new[0].message_in(lang))
            .set_type(new[0].severity.as_str())
            .set_description(failure_text(&new, lang));
        status
    } else if !known.is_empty() {
        let mut status = TestCaseStatus::skipped();
        status.set_message(Message::new("junit-baselined").render(lang));
        status.set_description(failure_text(&known, lang));
        status
    } else {
        match outcome {
            Outcome::Exempt => {
                let mut status = TestCaseStatus::skipped();
                let reason = findings
                    .iter()
                    .find_map(|f| f.exempted.as_ref().map(|e| e.reason.clone()))
                    .unwrap_or_default();
                status.set_message(
                    Message::new("junit-exempted")
                        .arg("reason", reason)
                        .render(lang),
                );
                status
            }
            Outcome::NotApplicable => {
                let mut status = TestCaseStatus::skipped();
                status.set_message(t(lang, "junit-not-applicable"));
                status
            }
            Outcome::Pass | Outcome::Fail => TestCaseStatus::success(),
        }
    };
    let mut case = TestCase::new(name, status);
    case.set_classname(suite);
    case
}

impl Reporter for JunitReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let lang = options.lang;
        let mut junit = quick_junit::Report::new(format!(
            "{} — {}",
            t(lang, "report-title"),
            report.authority.name
        ));

        let authority_findings: Vec<&FindingJson> = report
            .findings
            .iter()
            .filter(|f| f.procedure.is_none())
            .collect();
        if !authority_findings.is_empty() {
            let name = t(lang, "report-authority");
            let mut suite = TestSuite::new(&name);
            let mut rules: Vec<&str> = authority_findings.iter().map(|f| f.rule.as_str()).collect();
            rules.dedup();
            for rule in rules {
                let found: Vec<&FindingJson> = authority_findings
                    .iter()
                    .copied()
                    .filter(|f| f.rule == rule)
                    .collect();
                let outcome = if found.iter().all(|f| f.exempted.is_some()) {
                    Outcome::Exempt
                } else {
                    Outcome::Fail
                };
                suite.add_test_case(case(report, &name, rule, outcome, &found, lang));
            }
            junit.add_test_suite(suite);
        }

        // Indexed once: a scan per procedure and rule would be quadratic.
        let mut by_case: std::collections::HashMap<(&str, &str), Vec<&FindingJson>> =
            std::collections::HashMap::new();
        for f in &report.findings {
            if let Some(procedure) = f.procedure.as_deref() {
                by_case
                    .entry((procedure, f.rule.as_str()))
                    .or_default()
                    .push(f);
            }
        }
        for procedure in report.audited() {
            let mut suite = TestSuite::new(format!("{} — {}", procedure.id, procedure.title));
            for (rule, outcome) in &procedure.outcomes {
                let found = by_case
                    .get(&(procedure.id.as_str(), rule.as_str()))
                    .cloned()
                    .unwrap_or_default();
                suite.add_test_case(case(report, &procedure.id, rule, *outcome, &found, lang));
            }
            junit.add_test_suite(suite);
        }
        let mut text = junit.to_string()?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Ok(text)
    }
}
