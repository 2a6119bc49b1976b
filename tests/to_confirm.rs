//! « À vérifier » end to end: what is marked `to_confirm` is counted in the
//! headline, never compliant, and fails the run with the default `--fail-on`.

mod common;

use common::{horsligne, tempdir, write, TODAY};

const CATALOGUE: &str = r#"version: 1
authority: { id: fr-69266, name: Ville d'Essai, country: FR, level: commune }
contacts:
  accueil: { kind: counter, name: Accueil, address: "1 place de la Mairie, 69000 Essai", opening_hours: "Mo-Fr 09:00-17:00" }
procedures:
  - id: acte
    title: Copie d'acte
    channels:
      counter: { contact: accueil, to_confirm: true }  # repris du modèle : non vérifié
"#;

#[test]
fn a_procedure_to_confirm_is_counted_never_compliant_and_fails_the_run() {
    let dir = tempdir();
    let path = write(dir.path(), "c.yaml", CATALOGUE);
    let out = horsligne()
        .args(["audit", "--today", TODAY, "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "to confirm is not a clean run");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["to_confirm"], 1);
    assert_eq!(report["summary"]["compliant"], 0);
    assert_eq!(report["summary"]["online_only"], 0);
    assert_eq!(report["summary"]["unreachable"], 0);
    assert_eq!(report["procedures"][0]["to_confirm"], true);
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert!(rules.contains(&"NN-TO-CONFIRM"), "{rules:?}");

    let table = horsligne()
        .args(["audit", "--today", TODAY])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&table.stdout).to_string()
        + &String::from_utf8_lossy(&table.stderr);
    assert!(text.contains("1 démarche à vérifier"), "{text}");

    let never = horsligne()
        .args(["audit", "--today", TODAY, "--fail-on", "never"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(never.status.code(), Some(0));
}

#[test]
fn once_confirmed_the_same_procedure_can_be_compliant() {
    let dir = tempdir();
    let confirmed = CATALOGUE.replace(", to_confirm: true", "");
    let path = write(dir.path(), "c.yaml", confirmed);
    let out = horsligne()
        .args([
            "audit",
            "--today",
            TODAY,
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["to_confirm"], 0);
    assert!(report["procedures"][0].get("to_confirm").is_none());
}
