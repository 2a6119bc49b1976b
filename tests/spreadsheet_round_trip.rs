//! Spreadsheets are a faithful second form of the catalogue (issue 23): for
//! generated catalogues (inline contacts, overrides of a named contact,
//! channels and contacts to confirm, booking contacts, steps, fees), in xlsx,
//! ods and csv, `import(export(c))` audits exactly like `c`: same findings,
//! same messages, same fingerprints, same summary. Without `--into`. In each
//! language of the template (issue 25): a workbook written in Dutch or
//! English (sheet names, headers, drop-down words) reads back the same.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

use horsligne::audit::{self, AuditOptions};
use horsligne::catalog::{self, Catalog};
use horsligne::i18n::Lang;
use horsligne::packs::Library;
use horsligne::report::model::Report;
use horsligne::spreadsheet::{self, import, read, SheetFormat};
use proptest::prelude::*;

mod common;

use common::rng::Rng;

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::load(&[]).unwrap())
}

/// Every finding, whole (rule, procedure, step, severity, message, fingerprint), and the summary.
fn audit_of(catalog: &Catalog) -> (Vec<String>, String) {
    let policy = library()
        .select(&catalog.authority, &Default::default())
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23);
    let audit = audit::run(catalog, &policy, &AuditOptions::on(today));
    let report = Report::from_audit(&audit, Lang::Fr);
    let mut findings: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {:?} {:?} {:?} {}",
                f.fingerprint, f.rule, f.procedure, f.step, f.severity, f.message
            )
        })
        .collect();
    findings.sort();
    (findings, serde_json::to_string(&report.summary).unwrap())
}

const HEAD: &str = r#"version: 1
authority: { id: be-63079, name: Ville d'Essai, country: BE, region: wallonie, level: commune, mediator: accueil }
contacts:
  accueil: { kind: counter, name: Accueil, address: "Place du Marché 1, 4800 Verviers", opening_hours: "Mo-Fr 08:30-12:00" }
  population: { kind: counter, address: "Place du Marché 1, 4800 Verviers", appointment: required, booking: [online, { phone: population-tel }] }
  population-tel: { kind: phone, number: "087 32 52 40", answered_by: human }
  robot: { kind: phone, number: "087 32 52 41", answered_by: ivr_only }
  courrier: { kind: postal, address: "Place du Marché 1, 4800 Verviers", to_confirm: true }
  mail: { kind: email, address: "info@verviers.example" }
  borne: { kind: counter, name: Borne, address: "Place du Marché 1, 4800 Verviers", self_service: true }
"#;

/// One channel of `kind`, in one of the ways a catalogue writes it.
fn channel(kind: &str, rng: &mut Rng) -> String {
    let reference = match kind {
        // `borne` is a kiosk (`self_service`): never offline, so an audit
        // tells it from a counter with people behind it.
        "counter" => ["accueil", "population", "borne"][rng.below(3)],
        "phone" => ["population-tel", "robot"][rng.below(2)],
        "postal" => "courrier",
        _ => "mail",
    };
    let mut fields: Vec<String> = Vec::new();
    match rng.below(3) {
        0 => fields.push(format!("contact: {reference}")),
        1 => {
            // An override of a named contact.
            fields.push(format!("contact: {reference}"));
            fields.push(r#"opening_hours: "Tu,Th 13:00-16:00""#.to_owned());
        }
        _ => {
            // A contact written on the channel itself.
            match kind {
                "counter" => {
                    fields.push(r#"name: "Guichet du CPAS""#.to_owned());
                    fields.push(r#"address: "Rue de la Station 2, 4800 Verviers""#.to_owned());
                    if rng.chance(2) {
                        fields.push("appointment: required".to_owned());
                        let booking = [
                            "[online]",
                            "[phone]",
                            "[{ phone: population-tel }, counter]",
                            "[{ phone: robot }]",
                        ][rng.below(4)];
                        fields.push(format!("booking: {booking}"));
                    }
                    if rng.chance(2) {
                        fields.push("step_free: true".to_owned());
                    }
                    if rng.chance(3) {
                        fields.push("self_service: true".to_owned());
                    }
                }
                "phone" => {
                    fields.push(r#"number: "087/30 73 01""#.to_owned());
                    let answered = ["human", "ivr_then_human", "bot"][rng.below(3)];
                    fields.push(format!("answered_by: {answered}"));
                    if rng.chance(3) {
                        fields.push("tariff: premium".to_owned());
                    }
                }
                "postal" => fields.push(r#"address: "BP 12, 4800 Verviers""#.to_owned()),
                _ => fields.push(r#"address: "cpas@verviers.example""#.to_owned()),
            }
            if rng.chance(3) {
                fields.push(format!("kind: {kind}"));
            }
        }
    }
    if rng.chance(4) {
        fields.push(["covers: partial", "covers: info"][rng.below(2)].to_owned());
    }
    if rng.chance(3) {
        fields.push("to_confirm: true".to_owned());
    }
    if kind == "counter" && rng.chance(4) {
        fields.push("requires: [eid]".to_owned());
    }
    format!("{{ {} }}", fields.join(", "))
}

fn channels(rng: &mut Rng, indent: &str) -> String {
    let mut out = String::new();
    for kind in ["counter", "phone", "postal", "email"] {
        if rng.chance(2) {
            let _ = writeln!(out, "{indent}{kind}: {}", channel(kind, rng));
        }
    }
    if rng.chance(3) {
        let _ = writeln!(
            out,
            "{indent}online: {{ url: \"https://e-guichet.verviers.example\" }}"
        );
    }
    if out.is_empty() {
        let _ = writeln!(out, "{indent}counter: {{ contact: accueil }}");
    }
    out
}

fn generated(seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut out = String::from(HEAD);
    out.push_str("procedures:\n");
    for i in 0..1 + rng.below(6) {
        let _ = writeln!(out, "  - id: demarche-{i}\n    title: Démarche {i}");
        if rng.chance(3) {
            let _ = writeln!(out, "    fees: {{ online: 0, counter: 5 }}");
        }
        if rng.chance(3) {
            out.push_str("    steps:\n");
            for s in 0..1 + rng.below(2) {
                let _ = writeln!(out, "      - name: étape {s}\n        channels:");
                out.push_str(&channels(&mut rng, "          "));
            }
        } else {
            out.push_str("    channels:\n");
            out.push_str(&channels(&mut rng, "      "));
        }
    }
    out
}

/// `text` exported in `format` in the words of `lang`, imported back,
/// without `--into`.
fn through(text: &str, format: SheetFormat, lang: Lang) -> Catalog {
    let raw = catalog::load::parse_catalog_file(Path::new("c.yaml"), text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = match format {
        SheetFormat::Xlsx => dir.path().join("c.xlsx"),
        SheetFormat::Ods => dir.path().join("c.ods"),
        SheetFormat::Csv => dir.path().join("tableur"),
    };
    spreadsheet::export(&raw, format, &path, lang).unwrap();
    let workbook = read::read(&path).unwrap_or_else(|d| panic!("{d:?}"));
    let imported = import::from_workbook(&path, workbook)
        .unwrap_or_else(|d| panic!("{d:?}\n{text}"))
        .catalog;
    let yaml = import::to_yaml(&imported).unwrap();
    catalog::from_str("c.yaml", &yaml).unwrap_or_else(|d| panic!("{d:?}\n{yaml}"))
}

fn assert_round_trips(text: &str, lang: Lang) {
    let original = catalog::from_str("c.yaml", text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    let expected = audit_of(&original);
    for format in [SheetFormat::Xlsx, SheetFormat::Ods, SheetFormat::Csv] {
        let back = through(text, format, lang);
        assert_eq!(audit_of(&back), expected, "{format:?} {lang:?}\n{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_catalogue_audits_the_same_after_its_spreadsheet(seed in 1u64..) {
        // Each case in one language of the template, in turn.
        let lang = [Lang::Fr, Lang::Nl, Lang::En][(seed % 3) as usize];
        assert_round_trips(&generated(seed), lang);
    }
}

#[test]
fn a_catalogue_audits_the_same_after_its_spreadsheet_in_every_language() {
    let text = generated(7);
    for lang in [Lang::Fr, Lang::Nl, Lang::En] {
        assert_round_trips(&text, lang);
    }
}

#[test]
fn a_dutch_workbook_speaks_dutch_and_reads_back() {
    let raw = catalog::load::parse_catalog_file(Path::new("c.yaml"), &generated(11)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tableur");
    spreadsheet::export(&raw, SheetFormat::Csv, &path, Lang::Nl).unwrap();
    let procedures = std::fs::read_to_string(path.join("procedures.csv")).unwrap();
    let contacts = std::fs::read_to_string(path.join("contacten.csv")).unwrap();
    assert!(procedures.starts_with("ID,Stap,Titel,"), "{procedures}");
    assert!(contacts.contains("Openingsuren"), "{contacts}");
    // The drop-down words, not the codes: « op afspraak », « telefoon: … ».
    assert!(contacts.contains("op afspraak"), "{contacts}");
    assert!(contacts.contains("telefoon: population-tel"), "{contacts}");
    assert!(!contacts.contains(",required,"), "{contacts}");
    assert!(!path.join("demarches.csv").exists());
    let workbook = read::read(&path).unwrap();
    assert!(import::from_workbook(&path, workbook).is_ok());
}
