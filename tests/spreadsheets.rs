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
    round_trip_in(catalog, format, "fr");
}

/// The same with the template written in `lang` (issue 25).
fn round_trip_in(catalog: &str, format: &str, lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    let sheet = match format {
        "csv" => dir.path().join("tableur"),
        other => dir.path().join(format!("demarches.{other}")),
    };
    let export = horsligne()
        .args([
            "--lang", lang, "export", catalog, "--format", format, "--output",
        ])
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
        "{catalog} through {format} in {lang}"
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
fn round_trip_walloon_example_in_dutch_and_english() {
    for (format, lang) in [("xlsx", "nl"), ("csv", "nl"), ("ods", "en")] {
        round_trip_in("examples/catalogues/wallonie", format, lang);
    }
}

/// Issue 25: a workbook in Dutch is read in Dutch: its mistakes are said
/// with its own headers, a French header among Dutch ones is a located
/// error naming the Dutch one, and Dutch drop-down words are codes.
#[test]
fn a_dutch_workbook_is_read_in_dutch_and_a_mixed_header_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dutch_csv_folder(dir.path());
    assert!(csv.join("procedures.csv").exists() && csv.join("contacten.csv").exists());
    plant(
        &csv.join("procedures.csv"),
        &[(1, "Status", "activ"), (2, "Loket: dekt", "helemaal")],
    );
    let contacts = csv.join("contacten.csv");
    let text = std::fs::read_to_string(&contacts).unwrap();
    std::fs::write(&contacts, text.replacen("Openingsuren", "Horaires", 1)).unwrap();
    let out = horsligne()
        .args(["--lang", "nl", "import"])
        .arg(&csv)
        .arg("--output")
        .arg(dir.path().join("uit"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "kolom « Status »: « activ »",
        "kolom « Loket: dekt »: « helemaal »",
        "volledig",
        "de kolom « Horaires » staat in een andere taal",
        "Openingsuren",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    assert!(!stderr.contains("Démarches"), "{stderr}");
}

#[test]
fn a_missing_sheet_is_named_in_the_workbook_language() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dutch_csv_folder(dir.path());
    std::fs::remove_file(csv.join("bestuur.csv")).unwrap();
    let out = horsligne()
        .args(["import"])
        .arg(&csv)
        .arg("--output")
        .arg(dir.path().join("uit"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("« Bestuur »"), "{stderr}");
    // Said once, not again for each of its columns.
    assert!(!stderr.contains("Autorité"), "{stderr}");
}

/// The Walloon example exported in Dutch as a folder of CSV files in `dir`.
fn dutch_csv_folder(dir: &Path) -> std::path::PathBuf {
    let csv = dir.join("rekenblad");
    horsligne()
        .args(["--lang", "nl", "export", "examples/catalogues/wallonie"])
        .args(["--format", "csv", "--output"])
        .arg(&csv)
        .assert()
        .success();
    csv
}

/// Plants `(record, header, value)` in the CSV file at `path` (record 1 is
/// the first after the header; a record may span lines).
fn plant(path: &Path, cells: &[(usize, &str, &str)]) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut records: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    for (i, header, value) in cells {
        let column = records[0].iter().position(|h| h == header).unwrap();
        records[*i][column] = (*value).to_owned();
    }
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for record in &records {
        writer.write_record(record).unwrap();
    }
    std::fs::write(path, writer.into_inner().unwrap()).unwrap();
}

/// The Walloon example exported as CSV in `dir`.
fn walloon_csv(dir: &Path) -> std::path::PathBuf {
    let csv = dir.join("tableur");
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
    csv
}

fn import(sheet: &Path, output: &Path) -> std::process::Output {
    horsligne()
        .args(["import"])
        .arg(sheet)
        .arg("--output")
        .arg(output)
        .output()
        .unwrap()
}

/// Issue 23: mistakes of every kind (a cell that cannot be read, opening
/// hours, a phone number, a reference to a contact) come in one run, each at
/// its sheet, row and column, never at a line of a YAML file never written.
#[test]
fn every_mistake_of_the_workbook_is_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = walloon_csv(dir.path());
    plant(
        &csv.join("demarches.csv"),
        &[
            (1, "Statut", "activ"),
            (2, "Guichet : couvre", "completement"),
            (3, "Guichet : contact", "cpas-acceuil"),
        ],
    );
    plant(
        &csv.join("contacts.csv"),
        &[
            (
                1,
                "Horaires",
                "du lundi au vendredi de 9h à 12h et le mardi soir",
            ),
            (2, "Numéro", "087 30 73"),
        ],
    );

    let output = dir.path().join("sortie");
    let out = import(&csv, &output);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "Démarches, ligne 2, colonne Statut : « activ »",
        "Démarches, ligne 3, colonne Guichet : couvre : « completement »",
        "Démarches, ligne 4, colonne Guichet : contact : ",
        "Contacts, ligne 2, colonne Horaires : ",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    // A number that cannot be read is a fact about the contact, reported by
    // the audit (NN-CONTACT-DETAILS, issue 26), never a refusal of the sheet.
    assert!(
        !stderr.contains("colonne Numéro"),
        "an unreadable number is a finding, not an input error: {stderr}"
    );
    assert!(stderr.contains("active"), "closest valid value: {stderr}");
    assert!(
        stderr.contains("cpas-accueil"),
        "closest contact id: {stderr}"
    );
    assert!(!stderr.contains(".yaml"), "no YAML line: {stderr}");
    assert!(!output.join("catalogue.yaml").exists());
}

/// Issue 23: what people type is read, and the reading shown: phones as
/// printed (the reader `scan` uses), dates day first, hours in words turned
/// into the OSM form.
#[test]
fn the_forms_people_type_are_read_and_the_reading_shown() {
    let dir = tempfile::tempdir().unwrap();
    let csv = walloon_csv(dir.path());
    plant(
        &csv.join("contacts.csv"),
        &[
            (1, "Horaires", "du lundi au vendredi de 9h à 12h"),
            (4, "Numéro", "087/307 301"),
            (7, "Numéro", "087.325.240"),
        ],
    );
    plant(
        &csv.join("demarches.csv"),
        &[
            (1, "Vérifiée le", "03/12/2026"),
            (1, "Guichet : couvre", "complet"),
            (2, "Statut", "Prévue"),
        ],
    );
    let output = dir.path().join("sortie");
    let out = import(&csv, &output);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("« du lundi au vendredi de 9h à 12h » lu comme « Mo-Fr 09:00-12:00 »"),
        "{stderr}"
    );
    assert!(
        stderr.contains("« 03/12/2026 » lu jour d'abord (jour/mois/année) : 2026-12-03"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(output.join("catalogue.yaml")).unwrap();
    for kept in [
        "Mo-Fr 09:00-12:00",
        "087/307 301",
        "087.325.240",
        "2026-12-03",
    ] {
        assert!(written.contains(kept), "{kept}\n{written}");
    }
    assert!(!written.contains("9h à 12h"));
    assert!(written.contains("status: planned"), "{written}");
    assert!(!written.contains("complet") && !written.contains("Prévue"));
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
    // Every channel is to confirm: no procedure counts as doable offline
    // (it did, as « offline », before the survey read `to_confirm`).
    assert_eq!(breux_json["offline_possible"], 0, "{breux_json}");
    assert!(breux_json["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|v| v["access"] == "to_confirm"));
    // The counter's hours (official data) are the survey's indicator.
    assert!(breux_json["indicators"]["counter_hours_per_week"].is_number());

    // Never over a file: the second run writes nothing, says so, exits 2.
    std::fs::write(&breux, "# mine\n").unwrap();
    init_all().code(2);
    assert_eq!(std::fs::read_to_string(&breux).unwrap(), "# mine\n");
}
