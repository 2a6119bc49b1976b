//! Properties users rely on, checked on catalogues built from the shipped
//! ones (random subsets of procedures, random layouts):
//! - reformatting a catalogue (key order, flow or block style, comments)
//!   changes no finding and no fingerprint, and `diff` sees no change;
//! - `diff(a, a)` is empty;
//! - a report saved as JSON renders the same through `report`;
//! - a catalogue split over a directory audits as the same content in one file.
//!
//! The case counts are small: each case runs whole audits.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use horsligne::audit::{self, AuditOptions};
use horsligne::catalog::{self, Catalog};
use horsligne::i18n::Lang;
use horsligne::packs::Library;
use horsligne::report::model::{CatalogJson, Report};
use horsligne::report::{self, Format, RenderOptions};
use proptest::prelude::*;
use serde_yaml::{Mapping, Value};

mod common;

use common::rng::Rng;

const SMALL: &str = include_str!("fixtures/reports/small.yaml");

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::load(&[]).unwrap())
}

/// The shipped catalogue (a directory) as one YAML mapping.
fn shipped_catalogue() -> &'static Value {
    static MERGED: OnceLock<Value> = OnceLock::new();
    MERGED.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        let mut merged = Mapping::new();
        let mut contacts = Mapping::new();
        let mut procedures = Vec::new();
        for path in paths {
            let file: Mapping =
                serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            for (key, value) in file {
                match key.as_str().unwrap() {
                    "contacts" => contacts.extend(value.as_mapping().unwrap().clone()),
                    "procedures" => procedures.extend(value.as_sequence().unwrap().clone()),
                    _ => {
                        merged.insert(key, value);
                    }
                }
            }
        }
        merged.insert("contacts".into(), Value::Mapping(contacts));
        merged.insert("procedures".into(), Value::Sequence(procedures));
        Value::Mapping(merged)
    })
}

fn small_catalogue() -> &'static Value {
    static SMALL_VALUE: OnceLock<Value> = OnceLock::new();
    SMALL_VALUE.get_or_init(|| serde_yaml::from_str(SMALL).unwrap())
}

/// `catalogue` with a random subset of its procedures (at least one).
fn subset(catalogue: &Value, rng: &mut Rng) -> Value {
    let mut out = catalogue.clone();
    let procedures = out
        .get_mut("procedures")
        .and_then(Value::as_sequence_mut)
        .unwrap();
    let keep: Vec<Value> = procedures
        .iter()
        .filter(|_| rng.chance(2))
        .cloned()
        .collect();
    if !keep.is_empty() {
        *procedures = keep;
    }
    out
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Null => "~".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => serde_json::to_string(s).unwrap(),
        other => panic!("not a scalar: {other:?}"),
    }
}

fn key(value: &Value) -> String {
    let text = value.as_str().unwrap();
    let plain = text
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && text.starts_with(|c: char| c.is_ascii_lowercase());
    if plain {
        text.to_owned()
    } else {
        serde_json::to_string(text).unwrap()
    }
}

fn shuffled(mapping: &Mapping, rng: &mut Rng) -> Vec<(Value, Value)> {
    let mut entries: Vec<(Value, Value)> = mapping
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    rng.shuffle(&mut entries);
    entries
}

/// `value` in flow style: `{a: 1, b: [x, y]}`.
fn flow(value: &Value, rng: &mut Rng) -> String {
    match value {
        Value::Mapping(m) => {
            let items: Vec<String> = shuffled(m, rng)
                .iter()
                .map(|(k, v)| format!("{}: {}", key(k), flow(v, rng)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Sequence(s) => {
            let items: Vec<String> = s.iter().map(|v| flow(v, rng)).collect();
            format!("[{}]", items.join(", "))
        }
        other => scalar(other),
    }
}

fn is_collection(value: &Value) -> bool {
    matches!(value, Value::Mapping(_) | Value::Sequence(_))
}

fn trailing_comment(rng: &mut Rng) -> &'static str {
    if rng.chance(5) {
        " # note"
    } else {
        ""
    }
}

/// `value` in block style, with random key order, flow-style parts and comments.
fn block(value: &Value, indent: usize, rng: &mut Rng, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Mapping(m) => {
            for (k, v) in shuffled(m, rng) {
                if rng.chance(6) {
                    out.push_str(&format!("{pad}# commentaire du conseil\n"));
                }
                let empty = matches!(&v, Value::Mapping(m) if m.is_empty())
                    || matches!(&v, Value::Sequence(s) if s.is_empty());
                if !is_collection(&v) || empty || rng.chance(4) {
                    let comment = trailing_comment(rng);
                    out.push_str(&format!("{pad}{}: {}{comment}\n", key(&k), flow(&v, rng)));
                } else {
                    out.push_str(&format!("{pad}{}:\n", key(&k)));
                    block(&v, indent + 2, rng, out);
                }
            }
        }
        Value::Sequence(s) => {
            for item in s {
                if !is_collection(item) || rng.chance(4) {
                    let comment = trailing_comment(rng);
                    out.push_str(&format!("{pad}- {}{comment}\n", flow(item, rng)));
                } else {
                    out.push_str(&format!("{pad}-\n"));
                    block(item, indent + 2, rng, out);
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other))),
    }
}

fn layout(value: &Value, rng: &mut Rng) -> String {
    let mut out = String::from("# Catalogue mis en forme au hasard\n");
    block(value, 0, rng, &mut out);
    out
}

fn today() -> AuditOptions {
    AuditOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

fn report_of(catalog: &Catalog, lang: Lang) -> Report {
    let policy = library()
        .select(&catalog.authority, &Default::default())
        .unwrap();
    let audit = audit::run(catalog, &policy, &today());
    let mut report = Report::from_audit(&audit, lang);
    report.catalog = Some(CatalogJson::of(catalog));
    report
}

/// What a finding says, wherever it was written: rule, subject, severity,
/// message, exemption and fingerprint (not the line).
fn findings(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {:?} {:?} {:?} {} {:?}",
                f.fingerprint,
                f.rule,
                f.procedure,
                f.step,
                f.severity,
                f.message,
                f.exempted.as_ref().map(|e| &e.reason)
            )
        })
        .collect();
    out.sort();
    out
}

fn open_text(name: &str, text: &str) -> Catalog {
    catalog::from_str(name, text).unwrap_or_else(|d| panic!("{d}\n---\n{text}"))
}

fn source(which: bool) -> &'static Value {
    if which {
        shipped_catalogue()
    } else {
        small_catalogue()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn reformatting_changes_no_finding(seed in 1u64.., shipped in any::<bool>()) {
        let mut rng = Rng(seed);
        let content = subset(source(shipped), &mut rng);
        let first = layout(&content, &mut rng);
        let second = layout(&content, &mut rng);
        let a = open_text("a.yaml", &first);
        let b = open_text("b.yaml", &second);
        prop_assert_eq!(findings(&report_of(&a, Lang::Fr)), findings(&report_of(&b, Lang::Fr)));
        let diff = horsligne::diff::compare(&a, &b);
        prop_assert!(diff.is_empty(), "{:?}", diff);
    }

    #[test]
    fn a_catalogue_differs_from_itself_in_nothing(seed in 1u64.., shipped in any::<bool>()) {
        let mut rng = Rng(seed);
        let content = subset(source(shipped), &mut rng);
        let a = open_text("a.yaml", &layout(&content, &mut rng));
        prop_assert!(horsligne::diff::compare(&a, &a).is_empty());
    }

    #[test]
    fn a_saved_report_renders_as_the_audit_did(seed in 1u64.., shipped in any::<bool>(), english in any::<bool>()) {
        let mut rng = Rng(seed);
        let content = subset(source(shipped), &mut rng);
        let catalog = open_text("a.yaml", &layout(&content, &mut rng));
        let lang = if english { Lang::En } else { Lang::Fr };
        let report = report_of(&catalog, lang);
        let options = RenderOptions { lang, color: false };
        let json = Format::Json.reporter().render(&report, &options).unwrap();
        let saved = report::parse_saved(Path::new("saved.json"), &json).unwrap();
        for format in [Format::Table, Format::Json, Format::Sarif, Format::Junit, Format::Github, Format::Markdown, Format::Html, Format::Csv] {
            let direct = format.reporter().render(&report, &options).unwrap();
            let again = format.reporter().render(&saved, &options).unwrap();
            prop_assert_eq!(direct, again, "{:?}", format);
        }
    }

    #[test]
    fn a_directory_audits_as_one_file(seed in 1u64.., files in 1usize..5) {
        let mut rng = Rng(seed);
        let content = subset(shipped_catalogue(), &mut rng);
        let one_file = open_text("catalogue.yaml", &layout(&content, &mut rng));

        // The same content spread over `files` files, each part laid out anew.
        let mut parts: Vec<Mapping> = vec![Mapping::new(); files];
        let whole = content.as_mapping().unwrap();
        for (k, v) in whole {
            match k.as_str().unwrap() {
                "contacts" => {
                    for (id, contact) in v.as_mapping().unwrap() {
                        let part = &mut parts[rng.below(files)];
                        let contacts = part
                            .entry("contacts".into())
                            .or_insert_with(|| Value::Mapping(Mapping::new()));
                        contacts.as_mapping_mut().unwrap().insert(id.clone(), contact.clone());
                    }
                }
                "procedures" => {
                    for procedure in v.as_sequence().unwrap() {
                        let part = &mut parts[rng.below(files)];
                        let procedures = part
                            .entry("procedures".into())
                            .or_insert_with(|| Value::Sequence(Vec::new()));
                        procedures.as_sequence_mut().unwrap().push(procedure.clone());
                    }
                }
                _ => {
                    parts[0].insert(k.clone(), v.clone());
                }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let mut written = BTreeMap::new();
        for (i, part) in parts.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
            let name = format!("partie-{i}.yaml");
            let text = layout(&Value::Mapping(part.clone()), &mut rng);
            std::fs::write(dir.path().join(&name), &text).unwrap();
            written.insert(name, text);
        }
        let directory = catalog::open(dir.path(), &Default::default())
            .unwrap_or_else(|d| panic!("{d}\n{written:#?}"));
        prop_assert_eq!(
            findings(&report_of(&directory, Lang::Fr)),
            findings(&report_of(&one_file, Lang::Fr))
        );
        prop_assert!(horsligne::diff::compare(&one_file, &directory).is_empty());
    }
}
