//! `horsligne survey` and `horsligne history`, end to end on small catalogues
//! of three communes (two French, one Walloon) and a broken one.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::horsligne;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey")
}

fn survey_json(extra: &[&str]) -> Value {
    let out = horsligne()
        .arg("survey")
        .arg(fixtures().join("communes"))
        .args(["--today", "2026-11-27", "-f", "json", "--accept-not-loaded"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn each_authority_is_audited_with_its_own_packs_and_a_broken_catalogue_does_not_stop_the_survey() {
    let survey = survey_json(&[]);
    assert_eq!(survey["survey_version"], 1);
    let authorities = survey["authorities"].as_array().unwrap();
    let ids: Vec<&str> = authorities
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["fr-90001", "fr-90002", "be-91000"]);
    let packs = |id: &str| -> Vec<String> {
        let a = authorities.iter().find(|a| a["id"] == id).unwrap();
        a["packs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect()
    };
    assert!(packs("be-91000").contains(&"wallonie-2024".to_owned()));
    assert!(!packs("be-91000").iter().any(|p| p.starts_with("france")));
    assert!(packs("fr-90001").contains(&"france-droit-positif".to_owned()));
    assert!(!packs("fr-90001").contains(&"wallonie-2024".to_owned()));

    let alba = &authorities[0];
    assert_eq!(
        (
            &alba["procedures"],
            &alba["offline_possible"],
            &alba["online_only"],
            &alba["unreachable"]
        ),
        (
            &Value::from(4),
            &Value::from(3),
            &Value::from(1),
            &Value::from(0)
        )
    );
    // The broken one is reported with its located error.
    let not_loaded = survey["not_loaded"].as_array().unwrap();
    assert_eq!(not_loaded.len(), 1);
    assert_eq!(not_loaded[0]["source"], "danger.yaml");
    assert!(not_loaded[0]["errors"][0]
        .as_str()
        .unwrap()
        .contains("danger.yaml:12"));

    // The canteen is matched by reference across differently titled procedures.
    let cantine = survey["references"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "fr-cantine")
        .unwrap();
    assert_eq!(
        (&cantine["authorities"], &cantine["online_only"]),
        (&Value::from(3), &Value::from(2))
    );
    assert_eq!(survey["unmatched"][0]["procedure"], "jardins");
}

#[test]
fn the_survey_json_follows_its_schema() {
    let out = horsligne().args(["schema", "survey"]).output().unwrap();
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let survey = survey_json(&[]);
    let errors: Vec<String> = validator
        .iter_errors(&survey)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_html_report_speaks_french_or_english_and_draws_the_map() {
    for (lang, headline, legend) in [
        ("fr", "3 collectivités auditées le 27 novembre 2026 : 5 démarches sur 8 peuvent se faire sans internet", "aucune donnée"),
        ("en", "3 authorities audited on 27 November 2026: 5 of 8 procedures can be done without the internet", "no data"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("etat.html");
        let status = horsligne()
            .args(["--lang", lang, "survey"])
            .arg(fixtures().join("communes"))
            .args(["--today", "2026-11-27", "--accept-not-loaded", "--map"])
            .arg(fixtures().join("communes.geojson"))
            .arg("-f")
            .arg(format!("html={}", html.display()))
            .output()
            .unwrap()
            .status;
        assert_eq!(status.code(), Some(0));
        let text = std::fs::read_to_string(&html).unwrap();
        assert!(text.contains(headline), "{lang}: {text}");
        assert!(text.contains("<svg") && text.contains(legend));
        // The commune with no catalogue is drawn hatched, never guessed.
        assert!(text.contains("url(#map-no-data)"));
        // No locale key leaks into the page.
        for leak in ["sv-", "hi-"] {
            assert!(!text.contains(&format!(">{leak}")), "{lang}: key leaked");
        }
    }
}

#[test]
fn csv_and_xlsx_are_written_for_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("s.csv");
    let xlsx = dir.path().join("s.xlsx");
    let status = horsligne()
        .arg("survey")
        .arg(fixtures().join("communes"))
        .arg("--accept-not-loaded")
        .arg("-f")
        .arg(format!("csv={}", csv.display()))
        .arg("-f")
        .arg(format!("xlsx={}", xlsx.display()))
        .output()
        .unwrap()
        .status;
    assert_eq!(status.code(), Some(0));
    let csv = std::fs::read_to_string(csv).unwrap();
    assert!(csv.starts_with("Identifiant,Collectivité,"), "{csv}");
    assert_eq!(csv.lines().count(), 4);
    // (issue 26) Territory, indicators and one column per rule follow.
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(",Département,Population,Heures de guichet par semaine,")
            && header.contains(",NN-PHONE"),
        "{header}"
    );
    let alba = csv.lines().find(|l| l.starts_with("fr-90001,")).unwrap();
    assert!(alba.contains(",90,320,15.0,false,standard,"), "{alba}");
    // (issue 26) Counts by rule, in total and by group, and the rankings.
    {
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
        assert_eq!(
            book.sheet_names(),
            [
                "Collectivités",
                "Types de démarche",
                "Constats par règle",
                "Classements"
            ]
        );
        let rules = book.worksheet_range("Constats par règle").unwrap();
        let rows: Vec<Vec<String>> = rules
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(rows[1][0], "ensemble", "{rows:?}");
        assert!(rows.iter().any(|r| r[0] == "département" && r[1] == "90"));
        let ranks = book.worksheet_range("Classements").unwrap();
        let alba = ranks
            .rows()
            .find(|r| r[3] == "fr-90001" && r[1] == "moins bien placées")
            .unwrap();
        assert_eq!(
            alba[0].to_string(),
            "Heures d'ouverture du guichet par semaine"
        );
    }
    let xlsx = std::fs::read(xlsx).unwrap();
    assert!(xlsx.starts_with(b"PK"));
    // xlsx never goes to a terminal (tests/cli_robustness.rs), but a pipe
    // takes its bytes.
    let out = horsligne()
        .arg("survey")
        .arg(fixtures().join("communes"))
        .args(["-f", "xlsx", "--accept-not-loaded"])
        .output()
        .unwrap();
    assert!(out.stdout.starts_with(b"PK"), "{out:?}");
}

#[test]
fn a_folder_where_nothing_loads_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures().join("communes/danger.yaml"),
        dir.path().join("danger.yaml"),
    )
    .unwrap();
    let out = horsligne().arg("survey").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let empty = tempfile::tempdir().unwrap();
    let out = horsligne()
        .arg("survey")
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("aucun catalogue"));
}

/// Two catalogues giving one authority id: both are audited and listed with
/// both files named (the file name does not decide), the terminal says so,
/// and the history keeps both.
#[test]
fn two_catalogues_of_one_authority_are_both_kept_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let communes = dir.path().join("communes");
    std::fs::create_dir(&communes).unwrap();
    for name in ["alba.yaml", "alba-copie.yaml"] {
        std::fs::copy(fixtures().join("communes/alba.yaml"), communes.join(name)).unwrap();
    }
    let db = dir.path().join("h.sqlite");
    let out = horsligne()
        .arg("survey")
        .arg(&communes)
        .args(["-f", "json", "--history"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let survey: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(survey["authorities"].as_array().unwrap().len(), 2);
    assert_eq!(survey["duplicate_ids"][0]["id"], "fr-90001");
    assert_eq!(
        survey["duplicate_ids"][0]["sources"],
        serde_json::json!(["alba-copie.yaml", "alba.yaml"])
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("plusieurs catalogues"), "{stderr}");
    let out = horsligne()
        .arg("history")
        .arg(&db)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let evolution: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        evolution["authorities"].as_array().unwrap().len(),
        2,
        "{evolution}"
    );
}

/// A catalogue that does not load is counted on the terminal even when every
/// report goes to a file, and fails the run unless accepted.
#[test]
fn catalogues_not_loaded_are_loud() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("s.json");
    let run = |accept: bool| {
        let mut command = horsligne();
        command
            .arg("survey")
            .arg(fixtures().join("communes"))
            .arg("-f")
            .arg(format!("json={}", json.display()));
        if accept {
            command.arg("--accept-not-loaded");
        }
        command.output().unwrap()
    };
    let out = run(false);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 catalogue sur 4 n'a pas pu être lu")
            && stderr.contains("--accept-not-loaded"),
        "{stderr}"
    );
    assert!(json.exists(), "the reports are still written");
    let out = run(true);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 catalogue sur 4"));
}

#[test]
fn a_survey_recorded_twice_is_one_run_and_the_history_renders() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatoire.sqlite");
    for expected in ["enregistré", "déjà"] {
        let out = horsligne()
            .arg("survey")
            .arg(fixtures().join("communes"))
            .args([
                "--today",
                "2026-11-27",
                "-f",
                "json=/dev/null",
                "--accept-not-loaded",
                "--history",
            ])
            .arg(&db)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stderr).contains(expected));
    }
    let out = horsligne()
        .arg("history")
        .arg(&db)
        .args(["-f", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let evolution: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(evolution["history_version"], 1);
    assert_eq!(evolution["runs"].as_array().unwrap().len(), 1);
    assert_eq!(evolution["runs"][0]["online_only"], 3);
    let html = dir.path().join("evolution.html");
    let status = horsligne()
        .arg("history")
        .arg(&db)
        .arg("-f")
        .arg(format!("html={}", html.display()))
        .output()
        .unwrap()
        .status;
    assert_eq!(status.code(), Some(0));
    assert!(std::fs::read_to_string(html)
        .unwrap()
        .contains("3 démarches uniquement en ligne le 27 novembre 2026"));
    // Reading a history that does not exist never creates one.
    let missing = dir.path().join("absent.sqlite");
    let out = horsligne().arg("history").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());
}

#[test]
fn audit_history_records_a_single_audit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.sqlite");
    let out = horsligne()
        .arg("audit")
        .arg(fixtures().join("communes/alba.yaml"))
        .args(["-f", "json=/dev/null", "--history"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = horsligne()
        .arg("history")
        .arg(&db)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let evolution: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(evolution["authorities"][0]["id"], "fr-90001");
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap()
        .status;
    assert!(status.success(), "git {args:?}");
}

#[test]
fn history_from_git_shows_a_procedure_becoming_online_only() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    let alba = std::fs::read_to_string(fixtures().join("communes/alba.yaml")).unwrap();
    std::fs::create_dir(repo.join("catalog")).unwrap();
    std::fs::write(repo.join("catalog/alba.yaml"), &alba).unwrap();
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "premier"]);
    // The room rental loses its counter: online only.
    let worse = alba.replace(
        "    channels:\n      counter: { contact: accueil }\n  - id: jardins",
        "    channels:\n      online: { url: https://alba.example/salle }\n  - id: jardins",
    );
    assert_ne!(worse, alba);
    std::fs::write(repo.join("catalog/alba.yaml"), &worse).unwrap();
    git(repo, &["commit", "-qam", "salle en ligne"]);
    let out = horsligne()
        .args(["history", "--git"])
        .arg(repo.join("catalog"))
        .args(["-f", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let evolution: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(evolution["runs"].as_array().unwrap().len(), 2);
    assert_eq!(evolution["changes"][0]["kind"], "became_online_only");
    assert_eq!(evolution["changes"][0]["procedure"], "salle");
}

/// Findings counted by rule (issue 26): per authority, in total and by
/// territory, in the JSON and on the HTML page, without any SQL.
#[test]
fn findings_are_counted_by_rule_per_authority_in_total_and_by_territory() {
    let survey = survey_json(&[]);
    let authorities = survey["authorities"].as_array().unwrap();
    let total = survey["breakdown"]["total"].as_object().unwrap();
    assert!(!total.is_empty(), "{survey}");
    for (rule, count) in total {
        let findings: u64 = authorities
            .iter()
            .filter_map(|a| a["by_rule"][rule].as_u64())
            .sum();
        assert_eq!(count["findings"], findings, "{rule}");
        let concerned = authorities
            .iter()
            .filter(|a| a["by_rule"][rule].is_u64())
            .count();
        assert_eq!(count["authorities"], concerned, "{rule}");
    }
    let groups = survey["breakdown"]["groups"].as_array().unwrap();
    let keys: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "{}={}",
                g["dimension"].as_str().unwrap(),
                g["key"].as_str().unwrap()
            )
        })
        .collect();
    for key in [
        "departement=90",
        "departement=25",
        "population_band=0-499",
        "population_band=10000-49999",
        "region=wallonie",
        "level=commune",
    ] {
        assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
    }

    // Indicators: Alba's counter is open Mo-Fr 09:00-12:00.
    let alba = authorities.iter().find(|a| a["id"] == "fr-90001").unwrap();
    assert_eq!(alba["indicators"]["counter_hours_per_week"], 15.0, "{alba}");
    assert_eq!(alba["indicators"]["saturday_opening"], false);
    assert_eq!(alba["indicators"]["phone_class"], "standard");

    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("etat.html");
    let out = horsligne()
        .arg("survey")
        .arg(fixtures().join("communes"))
        .args(["--today", "2026-11-27", "--accept-not-loaded", "-f"])
        .arg(format!("html={}", html.display()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Constats par règle"), "{text}");
    assert!(text.contains("Guichet : ouvert") && text.contains("Ouvert le samedi"));
    assert!(text.contains("Part des collectivités concernées par chaque règle : département"));
    // The spread between départements names the lowest and the highest.
    assert!(text.contains("(90) à") || text.contains("(25) à"), "{text}");
    // Top and bottom lists (issue 26), with identifier and département.
    assert!(
        text.contains("Les mieux et les moins bien placées"),
        "{text}"
    );
    assert!(text.contains("<code>fr-90001</code>"), "{text}");
    let rankings = survey["rankings"].as_array().unwrap();
    assert_eq!(rankings[0]["indicator"], "counter_hours_per_week");
    assert_eq!(rankings[0]["best"][0]["id"], "fr-90002", "{survey}");
    assert_eq!(rankings[0]["worst"][0]["id"], "fr-90001");
    assert_eq!(rankings[0]["worst"][0]["departement"], "90");
}

/// A rule's threshold set for one run (issue 26): the counter of Alba is open
/// 15 h a week, under a 20 h threshold but not under the packs' 10 h; the
/// report says which value was used; a malformed threshold is a usage error.
#[test]
fn a_threshold_set_for_the_run_is_applied_and_stated() {
    let counter_hours = |survey: &Value| survey["breakdown"]["total"]["NN-COUNTER-HOURS"].clone();
    let plain = survey_json(&[]);
    assert_eq!(counter_hours(&plain), Value::Null, "{plain}");
    assert!(plain.get("thresholds").is_none());
    let raised = survey_json(&["--threshold", "nn-counter-hours=20"]);
    assert!(
        counter_hours(&raised)["authorities"].as_u64().unwrap() >= 1,
        "{raised}"
    );
    assert_eq!(raised["thresholds"]["NN-COUNTER-HOURS"], 20.0);
    // The counter-hours finding says which threshold it counts with.
    assert_eq!(raised["counter_hours"][0]["rule"], "NN-COUNTER-HOURS");
    assert_eq!(raised["counter_hours"][0]["threshold"], 20.0);
    assert!(plain["counter_hours"].as_array().unwrap().is_empty());

    for wrong in [
        "NN-COUNTER-HOURS",
        "NN-COUNTER-HOURS=beaucoup",
        "NN-PHONE=3",
    ] {
        let out = horsligne()
            .arg("survey")
            .arg(fixtures().join("communes"))
            .args(["-f", "json", "--threshold", wrong])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{wrong}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("RÈGLE=VALEUR") || stderr.contains("pas de seuil numérique"),
            "{wrong}: {stderr}"
        );
    }
}

/// `survey --site OUT` (issue 26 §3): a national page, a page per
/// département, one per authority with its report and guide, the data and
/// the evolution; updated in place on a second run; never into a folder of
/// the user's; in the chosen language.
#[test]
fn the_site_is_written_updated_and_never_over_the_users_files() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("observatoire");
    let history = dir.path().join("h.sqlite");
    let run = |lang: &str, out: &Path| {
        horsligne()
            .args(["--lang", lang, "survey"])
            .arg(fixtures().join("communes"))
            .args(["--today", "2026-11-27", "--accept-not-loaded", "-f", "json"])
            .arg("--site")
            .arg(out)
            .arg("--map")
            .arg(fixtures().join("communes.geojson"))
            .args(["--map-indicator", "counter_hours_per_week"])
            .arg("--history")
            .arg(&history)
            .output()
            .unwrap()
    };
    let out = run("fr", &site);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in [
        "index.html",
        "site.css",
        "departement/90.html",
        "region/wallonie.html",
        "collectivites/liste.html",
        "collectivite/fr-90001/index.html",
        "collectivite/fr-90001/rapport.html",
        "collectivite/fr-90001/guide.html",
        "donnees/etat-des-lieux.csv",
        "donnees/etat-des-lieux.xlsx",
        "donnees/etat-des-lieux.json",
        "evolution.html",
        "horsligne-site.json",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    let read = |file: &str| std::fs::read_to_string(site.join(file)).unwrap();
    let national = read("index.html");
    assert!(national.contains("Observatoire du droit au non-numérique"));
    assert!(
        national.contains(r#"href="departement/90.html""#),
        "{national}"
    );
    assert!(national.contains(r#"href="evolution.html""#));
    let departement = read("departement/90.html");
    assert!(departement.contains("Département 90"));
    assert!(departement.contains(r#"href="../collectivite/fr-90001/index.html""#));
    // The map, coloured by counter hours, with its labelled classes.
    assert!(departement.contains("de 10 à 20 h"), "{departement}");
    // The authority's report and guide are the audit's and the guide's own.
    assert!(read("collectivite/fr-90001/rapport.html").contains("Commune d'Alba"));
    assert!(read("collectivite/fr-90001/guide.html").contains("Commune d'Alba"));

    // A second run updates the site; in English this time.
    let out = run("en", &site);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read("index.html").contains("All authorities"));

    // A file of the user's where a page would go: nothing is written.
    std::fs::remove_file(site.join("horsligne-site.json")).unwrap();
    let out = run("fr", &site);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("horsligne-site.json"));
    let mine = dir.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("index.html"), "à moi").unwrap();
    let out = run("fr", &mine);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(mine.join("index.html")).unwrap(),
        "à moi"
    );
    // Before any audit: nothing on standard output.
    assert!(out.stdout.is_empty());
}
