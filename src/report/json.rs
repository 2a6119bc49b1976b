//! `--format json`: the report model as JSON, nothing else on the stream.
//!
//! The text is exactly serde_json's pretty printing of [`Report`]. On a large
//! catalogue almost all of it is the `procedures` and `findings` arrays, so
//! their elements are printed on every core, a chunk at a time (memory stays
//! bounded), and written in order between the other fields.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use super::model::Report;
use super::{RenderOptions, Reporter};

pub struct JsonReporter;

/// Elements printed together before being written: large enough to keep both
/// cores busy, small enough that the printed text never weighs much.
const CHUNK: usize = 2048;

/// serde_json's pretty printer indents by two spaces; the arrays' elements
/// sit at depth 2.
const ELEMENT_INDENT: &[u8] = b"    ";

/// Where the two long arrays are, in the pretty printing of a report whose
/// arrays are empty (they are adjacent fields of `Report`).
const ARRAYS: &str = "\"procedures\": [],\n  \"findings\": []";

impl Reporter for JsonReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let mut text = Vec::new();
        self.write(report, options, &mut text)?;
        Ok(String::from_utf8(text)?)
    }

    fn write(
        &self,
        report: &Report,
        _options: &RenderOptions,
        out: &mut dyn Write,
    ) -> anyhow::Result<()> {
        let skeleton = serde_json::to_string_pretty(&without_arrays(report))?;
        let Some((head, tail)) = skeleton.split_once(ARRAYS) else {
            // Not reachable while the fields keep their order; stay correct anyway.
            serde_json::to_writer_pretty(&mut *out, report)?;
            out.write_all(b"\n")?;
            return Ok(());
        };
        out.write_all(head.as_bytes())?;
        out.write_all(b"\"procedures\": ")?;
        write_array(out, &report.procedures)?;
        out.write_all(b",\n  \"findings\": ")?;
        write_array(out, &report.findings)?;
        out.write_all(tail.as_bytes())?;
        out.write_all(b"\n")?;
        Ok(())
    }
}

/// The report with its two long arrays empty. Every field is named, so a
/// field added to `Report` cannot be forgotten here.
fn without_arrays(report: &Report) -> Report {
    Report {
        report_version: report.report_version,
        tool: report.tool.clone(),
        audit_date: report.audit_date,
        lang: report.lang.clone(),
        authority: report.authority.clone(),
        packs: report.packs.clone(),
        rules: report.rules.clone(),
        summary: report.summary.clone(),
        procedures: Vec::new(),
        findings: Vec::new(),
        baseline: report.baseline.clone(),
        catalog: report.catalog.clone(),
        author: report.author.clone(),
        fail_policy: report.fail_policy.clone(),
        texts: report.texts.clone(),
    }
}

/// Writes `items` as serde_json's pretty printer would at depth 1.
fn write_array<T: Serialize + Sync>(out: &mut dyn Write, items: &[T]) -> anyhow::Result<()> {
    if items.is_empty() {
        out.write_all(b"[]")?;
        return Ok(());
    }
    out.write_all(b"[\n")?;
    for (index, chunk) in items.chunks(CHUNK).enumerate() {
        let printed = chunk
            .par_iter()
            .map(print_element)
            .collect::<Result<Vec<_>, _>>()?;
        for (position, element) in printed.iter().enumerate() {
            if index > 0 || position > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(element)?;
        }
    }
    out.write_all(b"\n  ]")?;
    Ok(())
}

/// One element, pretty-printed and indented to its depth. A JSON string never
/// holds a raw line break, so every line break is the printer's own.
pub fn print_element<T: Serialize>(item: &T) -> serde_json::Result<Vec<u8>> {
    let pretty = serde_json::to_vec_pretty(item)?;
    let mut indented = Vec::with_capacity(pretty.len() + pretty.len() / 4);
    for (i, line) in pretty.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            indented.push(b'\n');
        }
        indented.extend_from_slice(ELEMENT_INDENT);
        indented.extend_from_slice(line);
    }
    Ok(indented)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn report_of(yaml: &str) -> Report {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalogue.yaml");
        std::fs::write(&path, yaml).unwrap();
        let catalog = crate::catalog::open(&path, &Default::default()).unwrap();
        let library = crate::packs::Library::load(&[]).unwrap();
        let policy = library
            .select(&catalog.authority, &Default::default())
            .unwrap();
        let audit = crate::audit::run(
            &catalog,
            &policy,
            &crate::audit::AuditOptions {
                today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            },
        );
        Report::from_audit(&audit, Lang::Fr)
    }

    fn printed(report: &Report) -> String {
        let options = RenderOptions {
            lang: Lang::Fr,
            color: false,
        };
        JsonReporter.render(report, &options).unwrap()
    }

    /// The parallel printing is serde_json's pretty printing, byte for byte,
    /// across chunk boundaries and with empty arrays.
    #[test]
    fn same_text_as_serde_json_pretty() {
        let mut yaml = String::from(
            "version: 1\nauthority: { id: fr-99999, name: \"Essai \\\"€\\\"\", country: FR, level: commune }\n\
             contacts:\n  accueil: { kind: counter, address: \"1 place\\nde la Mairie\" }\nprocedures:\n",
        );
        for i in 0..(CHUNK + 7) {
            yaml.push_str(&format!(
                "  - id: p{i}\n    title: \"Démarche {i} « à faire »\"\n    channels:\n      counter: {{ contact: accueil }}\n"
            ));
        }
        let mut report = report_of(&yaml);
        assert!(report.procedures.len() > CHUNK);
        assert!(report.findings.len() > CHUNK);
        let expected = serde_json::to_string_pretty(&report).unwrap() + "\n";
        assert_eq!(printed(&report), expected);

        report.procedures.clear();
        report.findings.clear();
        let expected = serde_json::to_string_pretty(&report).unwrap() + "\n";
        assert_eq!(printed(&report), expected);
    }
}
