//! The main job end to end on the shipped catalogue: table, JSON, exit codes,
//! atomic output, and the JSON Schemas the tool ships.

use assert_cmd::Command;
use serde_json::Value;

fn horsligne() -> Command {
    let mut cmd = Command::cargo_bin("horsligne").unwrap();
    cmd.env_remove("HORSLIGNE_LANG").env("NO_COLOR", "1");
    cmd
}

fn audit_json(extra: &[&str]) -> Value {
    let out = horsligne()
        .args([
            "audit",
            "catalog",
            "--format",
            "json",
            "--today",
            "2026-11-23",
        ])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is pure JSON")
}

fn schema(which: &str) -> Value {
    let out = horsligne().args(["schema", which]).output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let validator = jsonschema::validator_for(schema).expect("the schema itself is valid");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_shipped_catalogue_audit_reads_as_a_table() {
    let out = horsligne()
        .args(["audit", "catalog", "--today", "2026-11-23"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "errors in the shipped catalogue make exit 1"
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(!table.contains("\x1b["), "no colour without a terminal");
    insta::assert_snapshot!("audit_table_fr", table);
}

#[test]
fn english_table() {
    let out = horsligne()
        .args(["--lang", "en", "audit", "catalog", "--today", "2026-11-23"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("ONLINE ONLY") && table.contains("procedures audited"),
        "{table}"
    );
    assert!(
        table.contains("online-only procedure: no offline channel"),
        "{table}"
    );
}

#[test]
fn json_report_follows_the_contract() {
    let report = audit_json(&[]);
    assert_valid(&schema("report"), &report, "the JSON report");
    assert_eq!(report["report_version"], 1);
    assert_eq!(report["tool"]["name"], "horsligne");
    assert_eq!(report["authority"]["id"], "fr-99001");
    let summary = &report["summary"];
    for key in ["procedures", "compliant", "online_only"] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    for key in ["error", "warning", "info"] {
        assert!(summary["findings"][key].is_u64(), "summary.findings.{key}");
    }
    let procedures = report["procedures"].as_array().unwrap();
    let cantine = procedures
        .iter()
        .find(|p| p["id"] == "cantine-inscription")
        .unwrap();
    assert_eq!(cantine["online_only"], true);
    assert_eq!(cantine["compliant"], false);
    assert_eq!(cantine["offline_channels"], serde_json::json!([]));
    let acte = procedures
        .iter()
        .find(|p| p["id"] == "etat-civil-acte-naissance")
        .unwrap();
    assert_eq!(acte["online_only"], false);
    assert_eq!(acte["compliant"], true);
    assert_eq!(
        acte["offline_channels"],
        serde_json::json!(["counter", "phone", "postal"])
    );
    let jardin = procedures
        .iter()
        .find(|p| p["id"] == "cimetiere-jardin-souvenir")
        .unwrap();
    assert_eq!(jardin["unreachable"], true);
    assert!(
        acte.get("unreachable").is_none(),
        "`unreachable` is only added when true"
    );

    let findings = report["findings"].as_array().unwrap();
    let online_only = findings
        .iter()
        .find(|f| f["rule"] == "FR-SVE-OPTIONAL" && f["procedure"] == "cantine-inscription")
        .unwrap();
    // In France the CRPA rule replaces the core NN-ONLINE-ONLY (supersession).
    assert_eq!(online_only["severity"], "error");
    assert_eq!(online_only["pack"], "france-droit-positif");
    assert_eq!(online_only["step"], Value::Null);
    assert_eq!(
        online_only["location"]["file"],
        "catalog/enfance-scolaire.yaml"
    );
    assert!(online_only["location"]["line"].as_u64().unwrap() > 0);
    assert!(online_only["messages"]["en"]
        .as_str()
        .unwrap()
        .contains("online-only"));
    let exempted: Vec<_> = findings
        .iter()
        .filter(|f| f.get("exempted").is_some())
        .collect();
    assert!(!exempted.is_empty(), "exempted findings stay listed");
    assert!(exempted
        .iter()
        .all(|f| f["exempted"]["reference"].is_string() && f["exempted"]["until"].is_string()));
    // The summary counts what the findings say.
    let errors = findings
        .iter()
        .filter(|f| f["severity"] == "error" && f.get("exempted").is_none())
        .count();
    assert_eq!(
        summary["findings"]["error"].as_u64().unwrap() as usize,
        errors
    );
}

#[test]
fn steps_make_the_whole_procedure_online_only() {
    let report = audit_json(&[]);
    let creche = report["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "creche-demande-place")
        .unwrap()
        .clone();
    assert_eq!(creche["online_only"], true);
    let step_finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "FR-SVE-OPTIONAL" && f["procedure"] == "creche-demande-place")
        .unwrap()
        .clone();
    assert!(
        step_finding["step"].is_string(),
        "the finding names the step"
    );
}

#[test]
fn fail_on_sets_the_threshold() {
    horsligne()
        .args(["audit", "catalog", "--fail-on", "never"])
        .assert()
        .code(0);
    horsligne()
        .args(["audit", "catalog", "--fail-on", "error"])
        .assert()
        .code(1);
    // A catalogue with only info-level findings passes at `error` and fails at `info`.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.yaml");
    std::fs::write(
        &path,
        "version: 1\nauthority: {id: fr-1, name: Essai, country: FR, level: commune, mediator: accueil}\ncontacts:\n  accueil: {kind: counter, address: 1 place}\n  standard: {kind: phone, number: \"04 78 00 00 00\"}\n  courrier: {kind: postal, address: Mairie}\nprocedures:\n  - id: acte\n    title: Acte\n    channels:\n      counter: {contact: accueil}\n      phone: {contact: standard}\n      postal: {contact: courrier}\n",
    )
    .unwrap();
    horsligne()
        .args(["audit"])
        .arg(&path)
        .args(["--fail-on", "error"])
        .assert()
        .code(0);
    horsligne()
        .args(["audit"])
        .arg(&path)
        .args(["--fail-on", "info"])
        .assert()
        .code(1);
}

#[test]
fn output_is_written_atomically_and_stdout_stays_clean() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("audit.json");
    std::fs::write(&target, "previous report").unwrap();
    let out = horsligne()
        .args(["audit", "catalog", "--format", "json", "--output"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "the report went to the file");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("démarches auditées"),
        "people still see the outcome"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(written["report_version"], 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.path() != target)
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left behind: {leftovers:?}"
    );
}

#[test]
fn an_unwritable_output_is_an_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = horsligne()
        .args(["audit", "catalog", "--format", "json", "--output"])
        .arg(dir.path().join("missing-dir").join("audit.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn several_formats_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("a.json");
    let out = horsligne()
        .args(["audit", "catalog", "--format", "table", "--format"])
        .arg(format!("json={}", json.display()))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Démarche"));
    assert!(std::fs::read_to_string(&json)
        .unwrap()
        .contains("\"report_version\": 1"));
}

#[test]
fn the_shipped_catalogues_match_the_catalogue_schema() {
    let schema = schema("catalog");
    let mut files: Vec<_> = std::fs::read_dir("catalog")
        .unwrap()
        .chain(std::fs::read_dir("examples/catalogues/wallonie").unwrap())
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for file in files {
        // serde_yaml is an independent YAML reader: the schema, not our loader, judges.
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let json = serde_json::to_value(yaml).unwrap();
        assert_valid(&schema, &json, &file.display().to_string());
    }
}

#[test]
fn the_catalogue_schema_rejects_what_the_loader_rejects() {
    let schema = schema("catalog");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let typo =
        serde_json::json!({"version": 1, "procedures": [{"id": "a", "title": "A", "chanels": {}}]});
    assert!(!validator.is_valid(&typo));
    let bad_enum = serde_json::json!({"procedures": [{"id": "a", "title": "A", "channels": {"counter": {"contact": "x", "covers": "fully"}}}]});
    assert!(!validator.is_valid(&bad_enum));
    let not_offered = serde_json::json!({"procedures": [{"id": "a", "title": "A", "channels": {"online": false, "counter": {"contact": "x"}}}]});
    assert!(
        validator.is_valid(&not_offered),
        "`false` means not offered"
    );
}

#[test]
fn the_walloon_example_audits() {
    let out = horsligne()
        .args([
            "audit",
            "examples/catalogues/wallonie",
            "--format",
            "json",
            "--today",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["authority"]["country"], "BE");
}

#[test]
fn validate_is_quiet_on_stdout_and_says_ok() {
    let out = horsligne().args(["validate", "catalog"]).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("catalogue valide"));
}

#[test]
fn rules_explain_prints_the_documented_text() {
    let out = horsligne()
        .args(["rules", "explain", "nn-phone"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("### NN-PHONE"), "{text}");
    // The core pack is the reference standard: its citation is never a « Base légale ».
    assert!(
        text.contains("channel_offered")
            && text.contains("Fondement (recommandation")
            && !text.contains("Base légale"),
        "{text}"
    );
    let out = horsligne()
        .args(["rules", "explain", "WAL-PHONE"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("**Base légale :**"), "{text}");
    let out = horsligne()
        .args(["--lang", "en", "rules", "explain", "NN-PHONR"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `NN-PHONE`?"));
}
