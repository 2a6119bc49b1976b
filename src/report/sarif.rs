//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. Every applied
//! rule is described with its help text and legal citation; each finding
//! points at its line in the catalogue YAML and carries its fingerprint, so
//! a dashboard follows it across edits. Exempted findings are suppressed
//! results; with a baseline, results say whether they are new.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Map, Value};

use super::model::{FindingJson, Report, RuleJson};
use super::{RenderOptions, Reporter};
use crate::i18n::{t, Lang};
use crate::packs::Severity;

pub struct SarifReporter;

/// Characters kept as they are in a relative URI path.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A catalogue path as a relative URI reference (forward slashes, escaped).
pub fn artifact_uri(file: &str) -> String {
    let forward = file.replace('\\', "/");
    let trimmed = forward.trim_start_matches("./");
    utf8_percent_encode(trimmed, PATH).to_string()
}

fn rule_descriptor(rule: &RuleJson, lang: Lang) -> Value {
    let help_text = format!(
        "{}\n\n{} {}\n\n{} {}\n\n{} {}",
        rule.why,
        t(lang, "doc-fix"),
        rule.fix,
        t(lang, "doc-citation"),
        rule.citation,
        t(lang, "sarif-more"),
        rule.help
    );
    let help_markdown = format!(
        "{}\n\n**{}** {}\n\n**{}** {}\n\n{} [{}]({})",
        rule.why,
        t(lang, "doc-fix"),
        rule.fix,
        t(lang, "doc-citation"),
        rule.citation,
        t(lang, "sarif-more"),
        rule.help,
        rule.help
    );
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": rule.why },
        "help": { "text": help_text, "markdown": help_markdown },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "citation": rule.citation,
            "pack": rule.pack,
            "confidence": rule.confidence,
            "check": rule.check,
            "documentation": rule.help,
            "tags": [rule.pack],
        }
    })
}

fn result(report: &Report, finding: &FindingJson, lang: Lang) -> Value {
    let mut physical = Map::new();
    physical.insert(
        "artifactLocation".into(),
        json!({ "uri": artifact_uri(&finding.location.file) }),
    );
    if finding.location.line > 0 {
        physical.insert(
            "region".into(),
            json!({ "startLine": finding.location.line }),
        );
    }
    let mut location = Map::new();
    location.insert("physicalLocation".into(), Value::Object(physical));
    if let Some(procedure) = &finding.procedure {
        let qualified = match &finding.step {
            Some(step) => format!("{procedure}/{step}"),
            None => procedure.clone(),
        };
        location.insert(
            "logicalLocations".into(),
            json!([{ "name": procedure, "fullyQualifiedName": qualified, "kind": "object" }]),
        );
    }
    let mut result = Map::new();
    result.insert("ruleId".into(), json!(finding.rule));
    if let Some(index) = report.rules.iter().position(|r| r.id == finding.rule) {
        result.insert("ruleIndex".into(), json!(index));
    }
    result.insert("level".into(), json!(level(finding.severity)));
    result.insert(
        "message".into(),
        json!({ "text": format!("{} ({})", finding.message_in(lang), finding.citation) }),
    );
    result.insert("locations".into(), json!([Value::Object(location)]));
    result.insert(
        "partialFingerprints".into(),
        json!({ "horsligneFingerprint/v1": finding.fingerprint }),
    );
    if let Some(e) = &finding.exempted {
        let justification = match &e.reference {
            Some(reference) => format!("{} ({reference})", e.reason),
            None => e.reason.clone(),
        };
        result.insert(
            "suppressions".into(),
            json!([{ "kind": "external", "status": "accepted", "justification": justification }]),
        );
    }
    if report.baseline.is_some() {
        let state = if finding.baselined {
            "unchanged"
        } else {
            "new"
        };
        result.insert("baselineState".into(), json!(state));
    }
    Value::Object(result)
}

impl Reporter for SarifReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let lang = options.lang;
        let sarif = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": report.tool.name,
                        "version": report.tool.version,
                        "semanticVersion": report.tool.version,
                        "language": report.lang,
                        "rules": report.rules.iter().map(|r| rule_descriptor(r, lang)).collect::<Vec<_>>(),
                    }
                },
                "language": report.lang,
                "results": report.findings.iter().map(|f| result(report, f, lang)).collect::<Vec<_>>(),
                "properties": {
                    "authority": report.authority.id,
                    "authorityName": report.authority.name,
                    "auditDate": report.audit_date.to_string(),
                }
            }]
        });
        let mut text = serde_json::to_string_pretty(&sarif)?;
        text.push('\n');
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(
            artifact_uri("catalog/etat-civil.yaml"),
            "catalog/etat-civil.yaml"
        );
        assert_eq!(
            artifact_uri("./catalog/état civil.yaml"),
            "catalog/%C3%A9tat%20civil.yaml"
        );
        assert_eq!(artifact_uri("catalog\\x.yaml"), "catalog/x.yaml");
    }
}
