//! The CI gate as a council's repository lives it: a catalogue in git, a
//! commit, then `horsligne diff --git-base`, `baseline` and `audit --baseline`
//! run by the real binary. Plus the report formats checked against their
//! official schemas, and snapshots of the merge request comment.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

const CATALOGUE: &str = r#"version: 1
authority:
  id: fr-99999
  name: Commune d'Essai
  country: FR
  level: commune

contacts:
  accueil:
    kind: counter
    address: 1 place de la Mairie, 69000 Essai
    opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00"
  standard:
    kind: phone
    number: "04 78 00 00 00"
    answered_by: human
    opening_hours: "Mo-Fr 09:00-17:00"
  courrier:
    kind: postal
    address: Mairie, 69000 Essai

procedures:
  - id: acte-naissance
    title: Demander une copie d'acte de naissance
    service: État civil
    reviewed: 2026-06-01
    channels:
      online:
        url: https://essai.example/acte
      counter:
        contact: accueil
      phone:
        contact: standard
      postal:
        contact: courrier

  - id: inscription-cantine
    title: Inscrire un enfant à la cantine
    service: Enfance
    reviewed: 2026-06-01
    channels:
      online:
        url: https://essai.example/cantine
      phone:
        contact: standard
      postal:
        contact: courrier
"#;

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let repo = Repo {
            dir: tempfile::tempdir().expect("temporary directory"),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.write(CATALOGUE);
        repo.commit("Catalogue initial");
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn catalogue(&self) -> PathBuf {
        self.path().join("catalog/commune.yaml")
    }

    fn write(&self, text: &str) {
        std::fs::create_dir_all(self.path().join("catalog")).unwrap();
        std::fs::write(self.catalogue(), text).unwrap();
    }

    fn edit(&self, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.catalogue()).unwrap();
        assert!(text.contains(from), "fixture does not contain {from:?}");
        self.write(&text.replacen(from, to, 1));
    }

    fn git(&self, args: &[&str]) -> String {
        let output = Command::new("git")
            .current_dir(self.path())
            .args([
                "-c",
                "user.name=Agent",
                "-c",
                "user.email=agent@essai.example",
            ])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(output.status.success(), "git {args:?}: {output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn horsligne(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        common::horsligne()
            .current_dir(self.path())
            .env_remove("GITHUB_STEP_SUMMARY")
            .env_remove("HORSLIGNE_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .assert()
    }

    /// `diff --git-base HEAD~1 catalog -f json`, with its exit code.
    fn diff_last_commit(&self) -> (serde_json::Value, i32) {
        let assert = self.horsligne(&["diff", "--git-base", "HEAD~1", "catalog", "-f", "json"]);
        let output = assert.get_output();
        let json = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
        (json, output.status.code().unwrap_or(-1))
    }
}

fn change_kinds(diff: &serde_json::Value) -> Vec<String> {
    diff["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["changes"].as_array().unwrap().iter())
        .map(|c| c["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_commit_that_removes_a_postal_channel_fails() {
    let repo = Repo::new();
    repo.edit(
        "      postal:\n        contact: courrier\n\n  - id: inscription-cantine",
        "\n  - id: inscription-cantine",
    );
    repo.commit("Plus de courrier pour les actes");
    let (diff, code) = repo.diff_last_commit();
    assert_eq!(code, 1, "{diff:#}");
    assert_eq!(change_kinds(&diff), ["channel_removed"]);
    let change = &diff["procedures"][0]["changes"][0];
    assert_eq!(change["channel"], "postal");
    assert_eq!(change["impact"], "regression");
    assert_eq!(diff["procedures"][0]["id"], "acte-naissance");
    assert_eq!(diff["summary"]["regressions"], 1);
    // Read from git's objects: nothing checked out, nothing left behind.
    assert_eq!(repo.git(&["status", "--porcelain", "--ignored"]), "");
}

#[test]
fn a_commit_that_adds_a_counter_passes() {
    let repo = Repo::new();
    repo.edit(
        "        url: https://essai.example/cantine\n",
        "        url: https://essai.example/cantine\n      counter:\n        contact: accueil\n",
    );
    repo.commit("Guichet pour la cantine");
    let (diff, code) = repo.diff_last_commit();
    assert_eq!(code, 0, "{diff:#}");
    assert_eq!(change_kinds(&diff), ["channel_added"]);
    assert_eq!(diff["procedures"][0]["changes"][0]["impact"], "improvement");
}

#[test]
fn a_commit_that_makes_a_procedure_online_only_fails_and_says_so() {
    let repo = Repo::new();
    repo.edit(
        "      phone:\n        contact: standard\n      postal:\n        contact: courrier\n\n  - id: inscription-cantine",
        "\n  - id: inscription-cantine",
    );
    repo.edit("      counter:\n        contact: accueil\n", "");
    repo.commit("Tout en ligne");
    let assert = repo.horsligne(&["--lang", "en", "diff", "--git-base", "HEAD~1", "catalog"]);
    let output = assert.code(1).get_output().clone();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("ONLINE-ONLY"), "{text}");
}

#[test]
fn a_rename_is_reported_as_removed_and_added_with_a_hint() {
    let repo = Repo::new();
    repo.edit("id: inscription-cantine", "id: cantine-inscription");
    repo.commit("Identifiant plus clair");
    let (diff, code) = repo.diff_last_commit();
    assert_eq!(code, 0, "a rename loses no channel: {diff:#}");
    let mut kinds = change_kinds(&diff);
    kinds.sort();
    assert_eq!(kinds, ["procedure_added", "procedure_removed"]);
    let procedures = diff["procedures"].as_array().unwrap();
    let removed = procedures
        .iter()
        .find(|p| p["id"] == "inscription-cantine")
        .unwrap();
    assert_eq!(removed["renamed_to"], "cantine-inscription");
    let text = repo
        .horsligne(&["diff", "--git-base", "HEAD~1", "catalog", "-f", "markdown"])
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&text).contains("Renommée ?"));
}

#[test]
fn reordering_or_reformatting_the_yaml_reports_no_change() {
    let repo = Repo::new();
    // Procedures swapped, flow style, comments, quotes, explicit defaults.
    let reformatted = r#"# Réécrit à la main, même contenu.
version: 1
authority: { id: fr-99999, name: "Commune d'Essai", country: FR, level: commune }
procedures:
  - id: inscription-cantine
    title: "Inscrire un enfant à la cantine"
    service: Enfance
    reviewed: 2026-06-01
    channels:
      postal: { contact: courrier, covers: full }
      phone: { contact: standard }
      online: { url: "https://essai.example/cantine" }
  - id: acte-naissance
    title: Demander une copie d'acte de naissance
    service: État civil
    reviewed: 2026-06-01
    channels: { postal: { contact: courrier }, phone: { contact: standard }, counter: { contact: accueil }, online: { url: "https://essai.example/acte" } }
contacts:
  courrier: { kind: postal, address: "Mairie, 69000 Essai" }
  standard: { kind: phone, number: "04 78 00 00 00", answered_by: human, opening_hours: "Mo-Fr 09:00-17:00" }
  accueil:
    kind: counter
    opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00"
    address: 1 place de la Mairie, 69000 Essai
"#;
    repo.write(reformatted);
    repo.commit("Mise en forme");
    let (diff, code) = repo.diff_last_commit();
    assert_eq!(code, 0);
    assert_eq!(diff["procedures"], serde_json::json!([]), "{diff:#}");
    repo.horsligne(&["diff", "--git-base", "HEAD~1", "catalog"])
        .success()
        .stdout(predicates::str::contains("Aucun changement"));
}

#[test]
fn git_base_errors_are_input_errors() {
    let repo = Repo::new();
    repo.horsligne(&["diff", "--git-base", "pas-une-revision", "catalog"])
        .code(2)
        .stderr(predicates::str::contains("pas-une-revision"));
    repo.horsligne(&["diff", "catalog"]).code(2);
    repo.horsligne(&[
        "diff",
        "--git-base",
        "HEAD",
        "--accept",
        "exemption_ajoutee",
    ])
    .code(2);
}

#[test]
fn a_baseline_survives_inserting_100_lines_above_a_finding() {
    let repo = Repo::new();
    // The canteen has no counter: a finding at its line.
    repo.horsligne(&["baseline", "create", "catalog", "--today", "2026-11-23"])
        .success();
    let baseline: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo.path().join("horsligne-baseline.json")).unwrap(),
    )
    .unwrap();
    let entries = baseline["entries"].as_array().unwrap();
    assert!(entries
        .iter()
        .any(|e| e["procedure"] == "inscription-cantine" && e["rule"] == "NN-COUNTER"));

    let before = audit_json(&repo, &[]);
    let line_before = counter_finding_line(&before);
    // 100 lines above every procedure: a council's notes (a long comment block
    // inside the contacts mapping) and 10 new contacts of 4 lines.
    let notes: String = (0..60).map(|i| format!("  # note {i}\n")).collect();
    let contacts: String = (0..10)
        .map(|i| format!("  annexe-{i}:\n    kind: postal\n    # annexe {i}\n    address: Annexe {i}, 69000 Essai\n"))
        .collect();
    repo.edit("contacts:\n", &format!("contacts:\n{notes}{contacts}"));
    let after = audit_json(&repo, &["--baseline", "horsligne-baseline.json"]);
    assert_eq!(counter_finding_line(&after), line_before + 100);
    assert_eq!(after["baseline"]["new"], 0, "{:#}", after["baseline"]);
    assert!(after["baseline"]["unmatched"]
        .as_array()
        .unwrap()
        .is_empty());
    repo.horsligne(&[
        "audit",
        "catalog",
        "--today",
        "2026-11-23",
        "--baseline",
        "horsligne-baseline.json",
    ])
    .success();
}

#[test]
fn the_baseline_fails_new_findings_reports_fixed_ones_and_warns_about_stale_ones() {
    let repo = Repo::new();
    repo.horsligne(&["baseline", "create", "--today", "2026-11-23"])
        .success();
    // Fix the canteen (a counter), break the birth certificate (no phone).
    repo.edit(
        "        url: https://essai.example/cantine\n",
        "        url: https://essai.example/cantine\n      counter:\n        contact: accueil\n",
    );
    repo.edit(
        "      phone:\n        contact: standard\n      postal:\n        contact: courrier\n\n",
        "      postal:\n        contact: courrier\n\n",
    );
    let report = audit_json(&repo, &["--baseline", "horsligne-baseline.json"]);
    let b = &report["baseline"];
    assert!(b["new"].as_u64().unwrap() >= 1, "{b:#}");
    assert!(b["fixed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["procedure"] == "inscription-cantine"));
    // The commune adopts the reference standard for this audit (`-D`): the
    // missing phone is an error (a warning otherwise, issue 15).
    repo.horsligne(&[
        "audit",
        "--today",
        "2026-11-23",
        "--baseline",
        "horsligne-baseline.json",
        "-D",
        "NN-PHONE",
    ])
    .code(1)
    .stdout(predicates::str::contains("corrigé"));

    // Rename the canteen: its accepted findings now match nothing.
    repo.edit("id: inscription-cantine", "id: cantine");
    repo.horsligne(&[
        "--lang",
        "en",
        "audit",
        "--today",
        "2026-11-23",
        "--baseline",
        "horsligne-baseline.json",
    ])
    .stdout(predicates::str::contains("matches nothing"));

    // `update` merges: old entries stay, new findings are added.
    let count = |repo: &Repo| {
        serde_json::from_str::<serde_json::Value>(
            &std::fs::read_to_string(repo.path().join("horsligne-baseline.json")).unwrap(),
        )
        .unwrap()["entries"]
            .as_array()
            .unwrap()
            .len()
    };
    let before = count(&repo);
    repo.horsligne(&["baseline", "update", "--today", "2026-11-23"])
        .success();
    let merged = count(&repo);
    assert!(merged > before);
    repo.horsligne(&["baseline", "update", "--prune", "--today", "2026-11-23"])
        .success();
    assert!(count(&repo) < merged);
    repo.horsligne(&[
        "audit",
        "--today",
        "2026-11-23",
        "--baseline",
        "horsligne-baseline.json",
    ])
    .success();
}

#[test]
fn a_broken_baseline_is_an_input_error() {
    let repo = Repo::new();
    std::fs::write(repo.path().join("b.json"), "{ \"baseline_version\": 7,").unwrap();
    repo.horsligne(&["audit", "--baseline", "b.json"])
        .code(2)
        .stderr(predicates::str::contains("b.json"));
}

fn audit_json(repo: &Repo, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["audit", "catalog", "--today", "2026-11-23", "-f", "json"];
    args.extend(extra);
    let output = repo.horsligne(&args).get_output().clone();
    serde_json::from_slice(&output.stdout).expect("JSON report")
}

fn counter_finding_line(report: &serde_json::Value) -> u64 {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["procedure"] == "inscription-cantine" && f["rule"] == "NN-COUNTER")
        .expect("the canteen has no counter")["location"]["line"]
        .as_u64()
        .unwrap()
}

fn shipped_catalogue_report(format: &str, extra: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = vec!["audit", "catalog", "--today", "2026-11-23", "-f", format];
    args.extend(extra);
    let output = common::horsligne()
        .current_dir(root)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("HORSLIGNE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(&args)
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).unwrap();
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

fn assert_valid_sarif(text: &str) -> serde_json::Value {
    let sarif: serde_json::Value = serde_json::from_str(text).unwrap();
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
    sarif
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0_with_rules_help_and_yaml_locations() {
    let sarif = assert_valid_sarif(&shipped_catalogue_report("sarif", &[]));
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(!rules.is_empty());
    for rule in rules {
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
        assert!(!rule["properties"]["citation"].as_str().unwrap().is_empty());
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            uri.starts_with("catalog/") && uri.ends_with(".yaml"),
            "{uri}"
        );
        let line = location["region"]["startLine"].as_u64().unwrap();
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(uri)).unwrap();
        assert!(line as usize <= text.lines().count());
    }
    // Exempted findings are suppressed results, not dropped ones.
    assert!(results.iter().any(|r| r.get("suppressions").is_some()));
}

#[test]
fn the_sarif_test_can_fail() {
    let validator = sarif_validator();
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_with_a_baseline_marks_new_and_unchanged_results() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("b.json");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::horsligne()
        .current_dir(root)
        .args([
            "baseline",
            "create",
            "catalog",
            "--today",
            "2026-11-23",
            "-o",
        ])
        .arg(&baseline)
        .assert()
        .success();
    let text = shipped_catalogue_report("sarif", &["--baseline", baseline.to_str().unwrap()]);
    let sarif = assert_valid_sarif(&text);
    let states: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["baselineState"].as_str().unwrap())
        .collect();
    assert!(states.contains(&"unchanged"));
}

#[test]
fn junit_output_has_one_suite_per_procedure() {
    let xml = shipped_catalogue_report("junit", &[]);
    assert!(xml.starts_with("<?xml"));
    assert!(xml.contains("<testsuite name=\"etat-civil-acte-naissance"));
    assert!(xml.contains("<failure"));
}

#[test]
fn github_format_annotates_yaml_lines_and_writes_the_job_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "# earlier step\n").unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = common::horsligne()
        .current_dir(root)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["audit", "catalog", "--today", "2026-11-23", "-f", "github"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let first = text.lines().next().expect("annotations");
    assert!(
        first.starts_with("::error file=catalog/") || first.starts_with("::warning file=catalog/")
    );
    assert!(first.contains(",line=") && first.contains(",title="));
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("# earlier step\n"),
        "appended, not replaced"
    );
    assert!(written.contains("| Règle |"));
}

/// Two small catalogues side by side, for the output snapshots.
fn snapshot_pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("base")).unwrap();
    std::fs::create_dir_all(dir.path().join("head")).unwrap();
    std::fs::write(dir.path().join("base/commune.yaml"), CATALOGUE).unwrap();
    let head = CATALOGUE
        .replacen("      postal:\n        contact: courrier\n\n", "\n", 1)
        .replace(
            "        url: https://essai.example/cantine\n",
            "        url: https://essai.example/cantine\n      counter:\n        contact: accueil\n",
        )
        .replace("answered_by: human", "answered_by: ivr_only");
    std::fs::write(dir.path().join("head/commune.yaml"), head).unwrap();
    dir
}

fn diff_output(dir: &Path, args: &[&str]) -> String {
    let output = common::horsligne()
        .current_dir(dir)
        .env_remove("HORSLIGNE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn snapshot_diff_markdown_french() {
    let dir = snapshot_pair();
    insta::assert_snapshot!(diff_output(
        dir.path(),
        &["diff", "base", "head", "-f", "markdown"]
    ));
}

#[test]
fn snapshot_diff_markdown_english() {
    let dir = snapshot_pair();
    insta::assert_snapshot!(diff_output(
        dir.path(),
        &["--lang", "en", "diff", "base", "head", "-f", "markdown"]
    ));
}

#[test]
fn snapshot_diff_table() {
    let dir = snapshot_pair();
    insta::assert_snapshot!(diff_output(dir.path(), &["diff", "base", "head"]));
}

/// A report saved with a baseline keeps its verdict when rendered again:
/// accepted findings fail neither `audit --baseline` nor `report`.
#[test]
fn a_saved_baseline_report_fails_only_on_new_findings() {
    let repo = Repo::new();
    repo.horsligne(&["baseline", "create", "--today", "2026-11-23"])
        .success();
    repo.horsligne(&[
        "audit",
        "--today",
        "2026-11-23",
        "--baseline",
        "horsligne-baseline.json",
        "-f",
        "json=audit.json",
    ])
    .code(0);
    repo.horsligne(&["report", "audit.json", "-f", "csv=constats.csv"])
        .code(0);
    // Without the baseline, the same findings fail the saved report (the
    // commune adopts the reference standard with `-D`: the missing counter is
    // an error; a warning otherwise, issue 15).
    repo.horsligne(&[
        "audit",
        "--today",
        "2026-11-23",
        "-D",
        "NN-COUNTER",
        "-f",
        "json=plain.json",
    ])
    .code(1);
    repo.horsligne(&["report", "plain.json", "-f", "csv=plain.csv"])
        .code(1);
}
