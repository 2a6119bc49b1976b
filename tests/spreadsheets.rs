//! Spreadsheets in and out, end to end: `export` then `import` gives a
//! catalogue whose audit is identical (same procedures, verdicts and finding
//! fingerprints), for the shipped catalogue and the Walloon example, in every
//! format; a workbook with mistakes in several rows gives every error at once
//! and writes nothing.

use std::path::Path;

mod common;

use common::horsligne;
use serde_json::Value;

/// What must survive the round trip: per procedure its status, channels and
/// outcomes; the findings' fingerprints, rules and severities.
fn audit_essence(catalog: &Path) -> Value {
    let out = horsligne()
        .args(["audit"])
        .arg(catalog)
        .args(["--format", "json", "--today", "2026-11-23"])
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap() <= 1,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let procedures: Vec<Value> = report["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p["id"], "status": p["status"], "channels": p["channels"],
                "outcomes": p["outcomes"], "online_only": p["online_only"], "compliant": p["compliant"],
            })
        })
        .collect();
    let mut findings: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{} {} {}", f["fingerprint"], f["rule"], f["severity"]))
        .collect();
    findings.sort();
    serde_json::json!({ "procedures": procedures, "findings": findings, "summary": report["summary"] })
}

fn round_trip(catalog: &str, format: &str) {
    let dir = tempfile::tempdir().unwrap();
    let sheet = match format {
        "csv" => dir.path().join("tableur"),
        other => dir.path().join(format!("demarches.{other}")),
    };
    let export = horsligne()
        .args(["export", catalog, "--format", format, "--output"])
        .arg(&sheet)
        .output()
        .unwrap();
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    // Lossless without `--into` (issue 23): the template holds every field.
    let imported = dir.path().join("importe");
    let out = horsligne()
        .args(["import"])
        .arg(&sheet)
        .arg("--output")
        .arg(&imported)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        audit_essence(&imported),
        audit_essence(Path::new(catalog)),
        "{catalog} through {format}"
    );
}

#[test]
fn round_trip_shipped_catalogue_xlsx() {
    round_trip("catalog", "xlsx");
}

#[test]
fn round_trip_shipped_catalogue_ods() {
    round_trip("catalog", "ods");
}

#[test]
fn round_trip_shipped_catalogue_csv() {
    round_trip("catalog", "csv");
}

#[test]
fn round_trip_walloon_example_in_every_format() {
    for format in ["xlsx", "ods", "csv"] {
        round_trip("examples/catalogues/wallonie", format);
    }
}

#[test]
fn every_mistake_of_the_workbook_is_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("tableur");
    horsligne()
        .args([
            "export",
            "examples/catalogues/wallonie",
            "--format",
            "csv",
            "--output",
        ])
        .arg(&csv)
        .assert()
        .success();
    let path = csv.join("demarches.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let headers: Vec<&str> = lines[0].split(',').collect();
    let status = headers.iter().position(|h| *h == "Statut").unwrap();
    let covers = headers
        .iter()
        .position(|h| *h == "Guichet : couvre")
        .unwrap();
    let mut row = |i: usize, column: usize, value: &str| {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(lines[i].as_bytes());
        let mut record: Vec<String> = reader
            .records()
            .next()
            .unwrap()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        record[column] = value.to_owned();
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(&record).unwrap();
        lines[i] = String::from_utf8(writer.into_inner().unwrap())
            .unwrap()
            .trim_end()
            .to_owned();
    };
    row(1, status, "activ");
    row(2, covers, "complet");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();

    let output = dir.path().join("sortie");
    let out = horsligne()
        .args(["import"])
        .arg(&csv)
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("« Statut »") && stderr.contains("« activ »"),
        "{stderr}"
    );
    assert!(stderr.contains("active"), "closest valid value: {stderr}");
    assert!(
        stderr.contains("« Guichet : couvre »") && stderr.contains("« complet »"),
        "{stderr}"
    );
    assert!(
        stderr.contains(":2:") && stderr.contains(":3:"),
        "rows: {stderr}"
    );
    assert!(!output.join("catalogue.yaml").exists());
}

#[test]
fn import_never_writes_over_a_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("d.xlsx");
    horsligne()
        .args(["export", "catalog", "--format", "xlsx", "--output"])
        .arg(&sheet)
        .assert()
        .success();
    std::fs::write(dir.path().join("catalogue.yaml"), "# à moi\n").unwrap();
    horsligne()
        .args(["import"])
        .arg(&sheet)
        .arg("--output")
        .arg(dir.path())
        .assert()
        .code(2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("catalogue.yaml")).unwrap(),
        "# à moi\n"
    );
}

#[test]
fn init_writes_a_starter_for_each_territory_and_never_overwrites() {
    for (country, region) in [
        ("FR", None),
        ("BE", Some("wallonie")),
        ("BE", Some("bruxelles-capitale")),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = horsligne();
        cmd.arg("init")
            .arg(dir.path())
            .args(["--country", country, "--no-input"]);
        if let Some(region) = region {
            cmd.args(["--region", region]);
        }
        cmd.assert().success();
        horsligne()
            .arg("validate")
            .arg(dir.path())
            .assert()
            .success();
        // Placeholders are warnings until filled.
        let out = horsligne()
            .args(["audit"])
            .arg(dir.path())
            .args(["--format", "json", "--fail-on", "never"])
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "NN-PLACEHOLDER" && f["severity"] == "warning"));
        let before = std::fs::read_to_string(dir.path().join("catalogue.yaml")).unwrap();
        horsligne()
            .arg("init")
            .arg(dir.path())
            .arg("--no-input")
            .assert()
            .code(2);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("catalogue.yaml")).unwrap(),
            before
        );
    }
}

#[test]
fn init_from_the_annuaire_fills_the_town_hall() {
    let dir = tempfile::tempdir().unwrap();
    horsligne()
        .arg("init")
        .arg(dir.path())
        .args([
            "--id",
            "fr-27112",
            "--country",
            "FR",
            "--no-input",
            "--annuaire",
            "tests/fixtures/annuaire/export.json",
        ])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("catalogue.yaml")).unwrap();
    assert!(
        text.contains("Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00"),
        "{text}"
    );
    assert!(text.contains("02 32 32 00 00"));
    assert!(text.contains("Licence Ouverte"));
    horsligne()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .success();
}

/// (issue 26) `init --annuaire FILE --all DIR`: one catalogue per town hall,
/// each valid, surveyed as a folder end to end; a second run replaces nothing.
#[test]
fn init_all_from_the_annuaire_then_survey() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("communes");
    let init_all = || {
        horsligne()
            .args(["init", "--annuaire", "tests/fixtures/annuaire/export.json"])
            .arg("--all")
            .arg(&out)
            .assert()
    };
    init_all().success();
    let mut folders: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(
        folders,
        [
            "27112-breux-sur-avre",
            "99002-les-defauts",
            "99003-sans-rien"
        ]
    );
    for folder in &folders {
        horsligne()
            .arg("validate")
            .arg(out.join(folder))
            .assert()
            .success();
    }
    let breux = out.join("27112-breux-sur-avre/catalogue.yaml");
    let text = std::fs::read_to_string(&breux).unwrap();
    assert!(text.contains("02 32 32 00 00"), "{text}");
    assert!(text.contains("to_confirm: true"), "{text}");
    assert!(text.contains("Licence Ouverte"), "{text}");
    assert!(!text.contains("status:"), "the export does not say: {text}");

    let survey = horsligne()
        .args(["survey", "--format", "json"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(survey.status.success(), "{survey:?}");
    let json: Value = serde_json::from_slice(&survey.stdout).unwrap();
    assert_eq!(json["not_loaded"].as_array().unwrap().len(), 0, "{json}");
    let authorities = json["authorities"].as_array().unwrap();
    assert_eq!(authorities.len(), 3);
    let breux_json = authorities.iter().find(|a| a["id"] == "fr-27112").unwrap();
    assert_eq!(breux_json["code"], "27112");
    assert_eq!(breux_json["departement"], "27");
    assert_eq!(breux_json["region"], "normandie");

    // Never over a file: the second run writes nothing, says so, exits 2.
    std::fs::write(&breux, "# mine\n").unwrap();
    init_all().code(2);
    assert_eq!(std::fs::read_to_string(&breux).unwrap(), "# mine\n");
}
