//! Jurisdiction packs end to end: which text a finding cites, for whom, how
//! binding it is; the subtle cases of the issue; selection flags, severity
//! overrides, exemptions, the Walloon example catalogue and a council's own pack.

use std::path::Path;

mod common;

use common::horsligne;
use horsligne::rule_examples::HEADER;
use predicates::prelude::*;
use serde_json::Value;

const EXAMPLE_AUTHORITY: &str =
    "authority:\n  id: fr-99999\n  name: Commune d'essai\n  country: FR\n  level: commune\n";

/// A catalogue file: the examples' contacts, `authority` (YAML lines under
/// `authority:`) and `procedures` (a YAML list).
fn catalogue(dir: &Path, authority: &str, procedures: &str) -> std::path::PathBuf {
    assert!(HEADER.contains(EXAMPLE_AUTHORITY));
    let text = HEADER.replacen(EXAMPLE_AUTHORITY, &format!("authority:\n{authority}"), 1)
        + "procedures:\n"
        + procedures;
    let path = dir.join("catalogue.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

const FR_COMMUNE: &str = "  id: fr-99999\n  name: Commune d'essai\n  country: FR\n  level: commune\n  mediator: accueil\n";
const FR_STATE: &str =
    "  id: fr-etat-prefecture\n  name: Préfecture d'essai\n  country: FR\n  level: state\n";
const WALLONIA: &str = "  id: be-99002\n  name: Commune wallonne d'essai\n  country: BE\n  region: wallonie\n  level: commune\n";
const BRUSSELS: &str = "  id: be-99003\n  name: Commune bruxelloise d'essai\n  country: BE\n  region: bruxelles-capitale\n  level: commune\n";

struct Run {
    code: i32,
    report: Value,
    stderr: String,
}

fn audit(path: &Path, extra: &[&str]) -> Run {
    let out = horsligne()
        .arg("audit")
        .arg(path)
        .args(["--format", "json", "--today", "2026-11-23"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}): {stderr}"));
    Run {
        code: out.status.code().unwrap_or(-1),
        report,
        stderr,
    }
}

impl Run {
    fn findings(&self, rule: &str) -> Vec<&Value> {
        self.report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == rule)
            .collect()
    }

    /// The active finding of `rule` counted against `procedure`: its own, or
    /// the one finding about a shared contact that lists it in `affects`.
    fn active(&self, rule: &str, procedure: &str) -> Option<&Value> {
        self.findings(rule).into_iter().find(|f| {
            let affects = f["affects"]
                .as_array()
                .is_some_and(|a| a.iter().any(|p| p == procedure));
            (f["procedure"] == procedure || affects) && f.get("exempted").is_none()
        })
    }

    fn rules(&self) -> Vec<String> {
        self.report["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    }
}

#[test]
fn a_counter_bookable_only_online_is_not_a_counter() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(
        dir.path(),
        FR_COMMUNE,
        r#"- id: passeport
  title: Passeport
  reviewed: 2026-06-01
  channels:
    counter: { contact: titres }
    phone: { contact: standard }
    postal: { contact: courrier }
"#,
    );
    let run = audit(&path, &[]);
    // For a French commune the three channels are the reference standard, not
    // law: warnings that say where they are law (issue 15).
    assert_eq!(run.code, 0, "{}", run.stderr);
    let counter = run.active("NN-COUNTER", "passeport").expect("NN-COUNTER");
    assert_eq!(counter["severity"], "warning");
    assert!(counter["citation"]
        .as_str()
        .unwrap()
        .contains("Norme de référence"));
    assert!(counter["messages"]["en"]
        .as_str()
        .unwrap()
        .contains("booked online"));
    assert!(run.active("FR-BOOKING-OFFLINE", "passeport").is_some());
}

#[test]
fn a_download_only_form_and_a_voice_server_do_not_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(
        dir.path(),
        FR_COMMUNE,
        r#"- id: voirie
  title: Occupation du domaine public
  reviewed: 2026-06-01
  channels:
    counter: { contact: accueil }
    phone: { contact: robot }
    postal: { contact: courrier, paper_form: "Formulaire OCC-1", form_from: [download] }
"#,
    );
    let run = audit(&path, &[]);
    assert_eq!(
        run.active("NN-POSTAL", "voirie").unwrap()["severity"],
        "warning"
    );
    assert_eq!(
        run.active("NN-PAPER-FORM", "voirie").unwrap()["severity"],
        "warning"
    );
    assert_eq!(
        run.active("NN-PHONE", "voirie").unwrap()["severity"],
        "warning"
    );
    assert!(run.active("NN-HUMAN-PHONE", "voirie").is_some());
    assert!(
        run.active("DDD-HUMAN-CONTACT", "voirie").is_none(),
        "the counter is a person"
    );
}

const HOME_VISIT: &str = r#"- id: chauffage
  title: Allocation de chauffage
  reviewed: 2026-06-01
  channels:
    counter: { contact: accueil }
    postal: { contact: courrier }
    other_offline:
      replaces: phone
      description: Visite à domicile d'un assistant social sur demande
      contact: accueil
"#;

#[test]
fn an_equivalent_channel_counts_in_brussels_but_not_in_wallonia() {
    let dir = tempfile::tempdir().unwrap();
    let brussels = audit(&catalogue(dir.path(), BRUSSELS, HOME_VISIT), &[]);
    assert_eq!(brussels.code, 0, "{}", brussels.report["findings"]);
    assert!(brussels.findings("BXL-PHONE").is_empty());
    assert!(
        brussels.findings("NN-PHONE").is_empty(),
        "the Brussels rule supersedes the core one"
    );
    assert!(brussels.rules().contains(&"BXL-PHONE".to_owned()));
    assert!(!brussels.rules().contains(&"NN-PHONE".to_owned()));

    let wallonia = audit(&catalogue(dir.path(), WALLONIA, HOME_VISIT), &[]);
    assert_eq!(wallonia.code, 1);
    let phone = wallonia
        .active("WAL-PHONE", "chauffage")
        .expect("WAL-PHONE");
    assert_eq!(phone["pack"], "wallonie-2024");
    assert!(phone["citation"].as_str().unwrap().contains("21/11/2024"));
    assert!(
        wallonia.findings("NN-PHONE").is_empty(),
        "one finding, citing the Walloon decree"
    );
}

#[test]
fn a_brussels_exemption_for_disproportionate_burden_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(
        dir.path(),
        BRUSSELS,
        r#"- id: stationnement
  title: Carte de stationnement
  reviewed: 2026-06-01
  channels:
    counter: { contact: accueil }
    postal: { contact: courrier }
  exemptions:
    - rule: BXL-PHONE
      reason: Le service ne peut pas tenir une ligne
      reference: Décision du collège du 12 mai 2025
      ground: disproportionate_burden
      until: 2027-12-31
"#,
    );
    let run = audit(&path, &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.active("BXL-PHONE", "stationnement").is_some(),
        "the exemption does not silence the finding"
    );
    let refused = run
        .active("BXL-NO-BURDEN-WAIVER", "stationnement")
        .expect("the exemption itself is reported");
    assert_eq!(refused["severity"], "error");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("disproportionate_burden"));
    // The same exemption written against the superseded core rule is refused too.
    let core_named = catalogue(
        dir.path(),
        BRUSSELS,
        r#"- id: stationnement
  title: Carte de stationnement
  reviewed: 2026-06-01
  channels:
    counter: { contact: accueil }
    postal: { contact: courrier }
  exemptions:
    - rule: NN-PHONE
      reason: Le service ne peut pas tenir une ligne
      reference: Décision du collège du 12 mai 2025
      ground: disproportionate_burden
      until: 2027-12-31
"#,
    );
    let run = audit(&core_named, &[]);
    assert!(run.active("BXL-PHONE", "stationnement").is_some());
    assert!(run
        .active("BXL-NO-BURDEN-WAIVER", "stationnement")
        .is_some());
}

const PREMIUM: &str = r#"- id: allocation
  title: Demande d'allocation
  reviewed: 2026-06-01
  channels:
    counter: { contact: accueil }
    phone: { kind: phone, number: "0 891 70 12 12", answered_by: human }
    postal: { contact: courrier }
"#;

#[test]
fn a_premium_number_is_an_error_for_the_state_and_information_for_a_commune() {
    let dir = tempfile::tempdir().unwrap();
    let state = audit(&catalogue(dir.path(), FR_STATE, PREMIUM), &[]);
    let finding = state
        .active("FR-NO-PREMIUM-PHONE", "allocation")
        .expect("ESSOC art. 28");
    assert_eq!(finding["severity"], "error");
    assert_eq!(state.code, 1);

    let commune = audit(&catalogue(dir.path(), FR_COMMUNE, PREMIUM), &[]);
    let finding = commune
        .active("FR-NO-PREMIUM-PHONE", "allocation")
        .expect("still reported");
    assert_eq!(finding["severity"], "info");
    // ESSOC does not bind the commune: the reference standard still warns
    // (FR-NO-PREMIUM-PHONE folds it only where it is the stronger finding).
    assert_eq!(
        commune.active("NN-PHONE-TARIFF", "allocation").unwrap()["severity"],
        "warning"
    );
    assert!(
        state.findings("NN-PHONE-TARIFF").is_empty(),
        "folded into the State's error"
    );
    assert_eq!(commune.code, 0, "{}", commune.report["findings"]);
}

/// Online, counter and phone, no postal route: the core rule is exempted,
/// only the Runel and Obono bills would still ask for post.
const NO_POST: &str = r#"- id: inscription
  title: Inscription au conservatoire
  reviewed: 2026-06-01
  channels:
    online: { url: "https://essai.example/conservatoire" }
    counter: { contact: accueil }
    phone: { contact: standard }
  exemptions:
    - rule: NN-POSTAL
      reason: Audition sur place obligatoire
      reference: Règlement du conservatoire, art. 4
      ground: legal_text
      until: 2027-06-30
"#;

#[test]
fn a_bill_is_a_warning_only_with_preview_and_never_fails_ci_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(dir.path(), FR_COMMUNE, NO_POST);
    let plain = audit(&path, &[]);
    assert_eq!(plain.code, 0, "{}", plain.report["findings"]);
    assert!(plain.findings("FR-RUNEL-PAPER-KEPT").is_empty());
    assert!(!plain.report["packs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "france-propositions"));

    let preview = audit(&path, &["--preview"]);
    assert_eq!(preview.code, 0, "a bill never fails at --fail-on error");
    let runel = preview
        .active("FR-RUNEL-PAPER-KEPT", "inscription")
        .expect("the bill's rule runs with --preview");
    assert_eq!(runel["severity"], "warning");
    assert_eq!(runel["pack"], "france-propositions");
    assert!(preview
        .active("FR-OBONO-POSTAL-EVERY-STEP", "inscription")
        .is_some());

    let strict = audit(&path, &["--preview", "--fail-on", "warning"]);
    assert_eq!(strict.code, 1);
}

#[test]
fn ignore_exemptions_shows_every_finding() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(dir.path(), FR_COMMUNE, NO_POST);
    let exempted = audit(&path, &[]);
    let postal = exempted.findings("NN-POSTAL");
    assert_eq!(postal.len(), 1);
    assert!(postal[0].get("exempted").is_some());

    let association = audit(&path, &["--ignore-exemptions", "--fail-on", "warning"]);
    assert_eq!(association.code, 1);
    assert!(association.active("NN-POSTAL", "inscription").is_some());
}

#[test]
fn deny_warn_and_allow_change_severities_in_one_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(dir.path(), WALLONIA, HOME_VISIT);
    let warned = audit(&path, &["-W", "WAL-PHONE"]);
    assert_eq!(
        warned.active("WAL-PHONE", "chauffage").unwrap()["severity"],
        "warning"
    );
    assert_eq!(warned.code, 0);

    let allowed = audit(&path, &["--allow", "wal-phone"]);
    assert!(allowed.findings("WAL-PHONE").is_empty());
    assert!(!allowed.rules().contains(&"WAL-PHONE".to_owned()));

    let premium = catalogue(dir.path(), FR_COMMUNE, PREMIUM);
    let denied = audit(&premium, &["-D", "FR-NO-PREMIUM-PHONE"]);
    assert_eq!(
        denied.active("FR-NO-PREMIUM-PHONE", "allocation").unwrap()["severity"],
        "error"
    );
    assert_eq!(denied.code, 1);

    horsligne()
        .arg("audit")
        .arg(&premium)
        .args(["-D", "FR-NO-PREMIUM-PHON"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("FR-NO-PREMIUM-PHONE"));
}

#[test]
fn an_unknown_pack_is_a_usage_error_with_a_suggestion() {
    horsligne()
        .args(["audit", "catalog", "--pack", "wallonie-2025"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("wallonie-2025"))
        .stderr(predicate::str::contains("wallonie-2024"));
}

#[test]
fn no_default_packs_keeps_only_the_packs_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(dir.path(), WALLONIA, HOME_VISIT);
    let only = audit(&path, &["--no-default-packs", "--pack", "humain-d-abord"]);
    let packs: Vec<_> = only.report["packs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(packs, ["humain-d-abord"]);
    assert!(only.rules().iter().all(|r| r.starts_with("HUM-")));
    assert!(only.active("HUM-PHONE", "chauffage").is_some());

    horsligne()
        .arg("audit")
        .arg(&path)
        .arg("--no-default-packs")
        .assert()
        .code(2);
}

#[test]
fn the_advocacy_pack_is_opt_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = catalogue(dir.path(), FR_COMMUNE, PREMIUM);
    assert!(audit(&path, &[]).findings("HUM-FREE-PHONE").is_empty());
    let advocacy = audit(&path, &["--pack", "humain-d-abord"]);
    assert!(advocacy.active("HUM-FREE-PHONE", "allocation").is_some());
}

#[test]
fn villeurbanne_s_commitment_binds_villeurbanne_and_informs_other_communes() {
    let dir = tempfile::tempdir().unwrap();
    let online_only = r#"- id: periscolaire
  title: Inscription au périscolaire
  reviewed: 2026-06-01
  channels:
    online: { url: "https://essai.example/periscolaire" }
"#;
    let villeurbanne = audit(
        &catalogue(
            dir.path(),
            "  id: fr-69266\n  name: Villeurbanne\n  country: FR\n  level: commune\n",
            online_only,
        ),
        &[],
    );
    assert_eq!(
        villeurbanne
            .active("VIL-ALTERNATIVE", "periscolaire")
            .unwrap()["severity"],
        "error"
    );
    let mediator = villeurbanne.findings("VIL-MEDIATOR");
    assert_eq!(mediator.len(), 1);
    assert_eq!(mediator[0]["severity"], "error");
    for superseded in ["VIL-MODEL-ALTERNATIVE", "VIL-MODEL-MEDIATOR", "NN-MEDIATOR"] {
        assert!(villeurbanne.findings(superseded).is_empty(), "{superseded}");
    }

    let other = audit(
        &catalogue(
            dir.path(),
            "  id: fr-99999\n  name: Commune d'essai\n  country: FR\n  level: commune\n",
            online_only,
        ),
        &[],
    );
    assert!(other.findings("VIL-ALTERNATIVE").is_empty());
    // One problem, one finding: the model is cited with the CRPA error.
    assert!(other.findings("VIL-MODEL-ALTERNATIVE").is_empty());
    let sve = other.active("FR-SVE-OPTIONAL", "periscolaire").unwrap();
    assert!(sve["also_cited"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c.as_str().unwrap().contains("Villeurbanne")));
    assert_eq!(other.findings("VIL-MODEL-MEDIATOR")[0]["severity"], "info");
    assert!(other.findings("NN-MEDIATOR").is_empty());
}

#[test]
fn the_walloon_example_catalogue_gets_its_expected_findings() {
    let run = audit(Path::new("examples/catalogues/wallonie"), &[]);
    assert_eq!(run.code, 1);
    for (rule, procedure) in [
        ("WAL-COUNTER", "be-dechets-conteneur-puce"),
        // A line for information only is a warning (the decree does not settle it).
        ("WAL-PHONE-SERVICE", "be-etat-civil-declaration-mariage"),
        ("WAL-PHONE-SERVICE", "be-taxes-reclamation"),
        ("WAL-PHONE-SERVICE", "be-population-carte-identite"),
        ("WAL-POSTAL", "be-etat-civil-declaration-mariage"),
        (
            "WAL-NO-FORCED-ONLINE",
            "be-urbanisme-renseignements-notariaux",
        ),
        ("WAL-PHONE", "be-cpas-allocation-chauffage"),
        ("NN-PHONE-TARIFF", "be-dechets-encombrants"),
        ("NN-REVIEWED", "be-mobilite-carte-riverain"),
    ] {
        let finding = run
            .active(rule, procedure)
            .unwrap_or_else(|| panic!("{rule} on {procedure}"));
        if rule == "WAL-PHONE-SERVICE" {
            assert_eq!(finding["severity"], "warning", "{rule}");
        } else if rule.starts_with("WAL-") {
            assert_eq!(finding["severity"], "error", "{rule}");
            assert_eq!(finding["pack"], "wallonie-2024");
        }
    }
    let postal = run.findings("WAL-POSTAL");
    let exempted = postal
        .iter()
        .find(|f| f["procedure"] == "be-population-carte-identite")
        .expect("the WAL-POSTAL exemption covers a finding");
    assert_eq!(exempted["exempted"]["ground"], "legal_text");
    assert!(
        run.findings("WAL-EXEMPTION-BASIS").is_empty(),
        "the exemption is valid"
    );
    for superseded in [
        "NN-COUNTER",
        "NN-PHONE",
        "NN-POSTAL",
        "NN-ONLINE-ONLY",
        "NN-EXEMPTION",
    ] {
        assert!(run.findings(superseded).is_empty(), "{superseded}");
    }
}

#[test]
fn a_council_pack_in_rules_dir_applies_like_a_shipped_one() {
    let run = audit(Path::new("catalog"), &["--rules", "examples/packs"]);
    assert!(run.report["packs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "saint-aubin-charte"));
    assert!(!run.findings("SAO-COUNTER-HOURS").is_empty());
    assert!(
        run.findings("NN-COUNTER-HOURS").is_empty(),
        "superseded by the charter"
    );
    let without = audit(Path::new("catalog"), &[]);
    assert!(without.findings("SAO-COUNTER-HOURS").is_empty());

    horsligne()
        .args(["rules", "test", "--rules", "examples/packs"])
        .assert()
        .success();
    horsligne()
        .args([
            "rules",
            "explain",
            "SAO-HUMAN-CONTACT",
            "--rules",
            "examples/packs",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("human_contact"));
}

fn rules_list(args: &[&str]) -> Vec<String> {
    let out = horsligne()
        .args(["rules", "list"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn rules_list_filters_by_pack_status_and_severity() {
    let brussels = rules_list(&["--pack", "bruxelles-2024"]);
    assert_eq!(brussels.len(), 4);
    assert!(brussels.iter().all(|l| l.starts_with("BXL-")));

    let bills = rules_list(&["--status", "bill"]);
    assert!(!bills.is_empty());
    assert!(bills.iter().all(|l| l.contains("france-propositions")));
    assert!(bills.iter().all(|l| !l.contains(" error ")));

    let info = rules_list(&["--severity", "info"]);
    assert!(info.iter().any(|l| l.starts_with("DDD-WALK-IN")));
    assert!(info
        .iter()
        .all(|l| l.split_whitespace().nth(1) == Some("info")));

    let combined = rules_list(&["--status", "in_force", "--severity", "warning"]);
    assert!(combined
        .iter()
        .any(|l| l.starts_with("WAL-EXEMPTION-BASIS")));
    assert!(combined.iter().all(|l| !l.starts_with("NN-")));

    horsligne()
        .args(["rules", "list", "--pack", "bruxelles"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bruxelles-2024"));
}

#[test]
fn rules_explain_says_how_binding_a_rule_is_and_for_whom() {
    horsligne()
        .args(["rules", "explain", "FR-NO-PREMIUM-PHONE"])
        .assert()
        .success()
        .stdout(predicate::str::contains("commune → info"))
        .stdout(predicate::str::contains("ESSOC"));
    horsligne()
        .args(["--lang", "en", "rules", "explain", "fr-runel-paper-kept"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bill"))
        .stdout(predicate::str::contains("unconfirmed"));
    horsligne().args(["rules", "test"]).assert().success();
}

#[test]
fn a_bill_or_an_unconfirmed_rule_cannot_be_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("projet.yaml"),
        r#"id: projet
title: { fr: Projet de règlement }
status: bill
rules:
  - id: PROJ-POSTAL
    title: { fr: Courrier }
    severity: warning
    severity_by_level: { state: error }
    confidence: confirmed
    check: { channel_offered: { channel: postal } }
    citation: Projet
    why: { fr: Projet }
    fix: { fr: Projet }
  - id: PROJ-PHONE
    title: { fr: Téléphone }
    severity: error
    confidence: unconfirmed
    check: { channel_offered: { channel: phone } }
    citation: Projet
    why: { fr: Projet }
    fix: { fr: Projet }
"#,
    )
    .unwrap();
    horsligne()
        .args(["--lang", "en", "rules", "list", "--rules"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("projet.yaml:5"))
        .stderr(predicate::str::contains(
            "rule PROJ-POSTAL belongs to a bill",
        ))
        .stderr(predicate::str::contains("PROJ-PHONE"));
}
