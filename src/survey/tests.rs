use chrono::NaiveDate;

use super::compare::by_kind;
use super::model::{AuthoritySurvey, MatchedBy, ProcedureVerdict};
use crate::catalog::model::AuthorityLevel;
use crate::catalog::Access;
use crate::report::model::SeverityCounts;

fn authority(id: &str, verdicts: &[(&str, &str, Option<&str>, Access)]) -> AuthoritySurvey {
    let verdicts: Vec<ProcedureVerdict> = verdicts
        .iter()
        .map(|(id, title, reference, access)| ProcedureVerdict {
            id: id.to_string(),
            title: title.to_string(),
            reference: reference.map(str::to_owned),
            access: *access,
        })
        .collect();
    AuthoritySurvey {
        id: id.into(),
        name: id.into(),
        country: "FR".into(),
        region: None,
        level: AuthorityLevel::Commune,
        territory: Default::default(),
        source: id.into(),
        procedures: verdicts.len(),
        offline_possible: 0,
        online_only: 0,
        unreachable: 0,
        findings: SeverityCounts {
            error: 0,
            warning: 0,
            info: 0,
        },
        packs: vec![],
        audit_date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        verdicts,
        by_rule: Default::default(),
        indicators: Default::default(),
        finding_list: vec![],
    }
}

#[test]
fn procedures_are_matched_by_reference_whatever_their_titles() {
    let a = authority(
        "a",
        &[("x", "Cantine", Some("fr-cantine"), Access::OnlineOnly)],
    );
    let b = authority(
        "b",
        &[(
            "y",
            "Restauration scolaire",
            Some("fr-cantine"),
            Access::Offline,
        )],
    );
    let (rows, unmatched) = by_kind(&[a, b]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].matched_by, MatchedBy::Reference);
    assert_eq!((rows[0].authorities, rows[0].online_only), (2, 1));
    assert_eq!(rows[0].online_only_in, ["a"]);
    assert!(unmatched.is_empty());
}

#[test]
fn without_reference_only_identical_titles_match() {
    let a = authority(
        "a",
        &[
            ("s", "Louer une salle", None, Access::Offline),
            ("j", "Jardins familiaux", None, Access::Offline),
        ],
    );
    let b = authority(
        "b",
        &[
            ("s", "Louer une salle", None, Access::OnlineOnly),
            ("j", "Jardins  familiaux", None, Access::Offline),
        ],
    );
    let (rows, unmatched) = by_kind(&[a, b]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].matched_by, MatchedBy::Title);
    assert_eq!(rows[0].key, "Louer une salle");
    // A near-identical title is not the same procedure: both are unmatched.
    let titles: Vec<&str> = unmatched.iter().map(|u| u.title.as_str()).collect();
    assert_eq!(titles, ["Jardins  familiaux", "Jardins familiaux"]);
}

#[test]
fn a_reference_listed_twice_by_one_authority_counts_once_at_its_worst() {
    let a = authority(
        "a",
        &[
            ("x1", "Cantine", Some("fr-cantine"), Access::Offline),
            (
                "x2",
                "Cantine (été)",
                Some("fr-cantine"),
                Access::OnlineOnly,
            ),
        ],
    );
    let b = authority(
        "b",
        &[("y", "Cantine", Some("fr-cantine"), Access::Offline)],
    );
    let (rows, _) = by_kind(&[a, b]);
    assert_eq!(
        (
            rows[0].authorities,
            rows[0].online_only,
            rows[0].offline_possible
        ),
        (2, 1, 1)
    );
}

#[test]
fn the_most_often_online_only_kinds_come_first() {
    let a = authority(
        "a",
        &[
            ("1", "Un", Some("r1"), Access::Offline),
            ("2", "Deux", Some("r2"), Access::OnlineOnly),
        ],
    );
    let b = authority(
        "b",
        &[
            ("1", "Un", Some("r1"), Access::OnlineOnly),
            ("2", "Deux", Some("r2"), Access::OnlineOnly),
        ],
    );
    let (rows, _) = by_kind(&[a, b]);
    let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["r2", "r1"]);
}

/// Every finding of a survey has its own fingerprint within its authority (the
/// history keeps one row per fingerprint: a collision would lose a finding),
/// and every finding counted is one the history stores. Run on every
/// catalogue the repository ships, plus one made of contact defects.
#[cfg(unix)]
#[test]
fn no_two_findings_of_a_survey_share_a_fingerprint() {
    use std::path::Path;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let link =
        |from: &Path, name: &str| std::os::unix::fs::symlink(from, dir.path().join(name)).unwrap();
    link(&root.join("catalog"), "catalog");
    link(&root.join("examples/catalogues/wallonie"), "wallonie");
    link(
        &root.join("tests/fixtures/reports/small.yaml"),
        "small.yaml",
    );
    for entry in std::fs::read_dir(root.join("tests/fixtures/survey/communes")).unwrap() {
        let entry = entry.unwrap();
        link(
            &entry.path(),
            &format!("survey-{}", entry.file_name().to_string_lossy()),
        );
    }
    let defects = format!(
        "{}procedures:\n{}",
        crate::rule_examples::HEADER.replace("fr-99999", "fr-99998"),
        r#"
  - id: aide
    title: Aide
    channels:
      counter: { kind: counter, name: Annexe, opening_hours: "Mo 09:00-09:00" }
      phone: { kind: phone, name: Ligne, number: "04 93 13" }
      postal: { kind: postal, name: CCAS, address: "CCAS de Nulle-Part" }
    steps:
      - name: dépôt
        channels:
          counter: { contact: titres }
          phone: { contact: robot }
          postal: { kind: postal, address: "Mairie de Nulle-Part" }
      - name: retrait
        channels:
          counter: { contact: titres }
          phone: { contact: robot }
  - id: acte
    title: Acte
    channels:
      counter: { contact: titres }
      phone: { contact: robot }
"#
    );
    std::fs::write(dir.path().join("defects.yaml"), defects).unwrap();

    let library = crate::packs::Library::load(&[]).unwrap();
    let options = super::SurveyOptions {
        load: Default::default(),
        selection: Default::default(),
        date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        lang: crate::i18n::Lang::Fr,
    };
    let survey = super::run(dir.path(), &library, &options).unwrap();
    assert!(survey.authorities.len() >= 5, "{:?}", survey.not_loaded);
    let mut findings = 0;
    for a in &survey.authorities {
        let mut seen = std::collections::HashMap::new();
        for f in &a.finding_list {
            if let Some(other) = seen.insert(&f.fingerprint, f) {
                panic!("{}: {f:?} and {other:?} share a fingerprint", a.source);
            }
        }
        let counted = a.findings.error + a.findings.warning + a.findings.info;
        assert_eq!(a.finding_list.len(), counted, "{}", a.source);
        findings += counted;
    }
    assert!(findings > 50, "{findings}");
}

/// Counts by rule: in total and by région, département, level and
/// population band, counting authorities concerned (the observatory's
/// « share of communes whose counter is open less than 10 h a week »).
#[test]
fn findings_are_counted_by_rule_in_total_and_by_territory() {
    use crate::survey::breakdown::{self, Dimension};
    let place = |id: &str, region: &str, departement: &str, population: u64, hours: usize| {
        let mut a = authority(id, &[("r1", "Acte", None, Access::Offline)]);
        a.region = Some(region.into());
        a.territory.departement = Some(departement.into());
        a.territory.population = Some(population);
        if hours > 0 {
            a.by_rule.insert("NN-COUNTER-HOURS".into(), hours);
        }
        a.by_rule.insert("NN-CONTACT-DETAILS".into(), 1);
        a
    };
    let all = [
        place("a", "bretagne", "29", 300, 0),
        place("b", "grand-est", "67", 1_200, 2),
        place("c", "grand-est", "68", 60_000, 1),
    ];
    let counts = breakdown::of(&all);
    let hours = counts.total["NN-COUNTER-HOURS"];
    assert_eq!((hours.findings, hours.authorities), (3, 2));
    assert_eq!(counts.total["NN-CONTACT-DETAILS"].authorities, 3);
    assert_eq!(counts.rules_by_reach()[0].0, "NN-CONTACT-DETAILS");
    let share = |dimension: Dimension, key: &str| {
        counts
            .groups_of(dimension)
            .find(|g| g.key == key)
            .map(|g| (g.authorities, g.share("NN-COUNTER-HOURS")))
    };
    assert_eq!(share(Dimension::Region, "bretagne"), Some((1, 0.0)));
    assert_eq!(share(Dimension::Region, "grand-est"), Some((2, 1.0)));
    assert_eq!(share(Dimension::Departement, "67"), Some((1, 1.0)));
    assert_eq!(share(Dimension::PopulationBand, "0-499"), Some((1, 0.0)));
    assert_eq!(share(Dimension::PopulationBand, "50000+"), Some((1, 1.0)));
    assert_eq!(share(Dimension::Level, "commune"), Some((3, 2.0 / 3.0)));
    // An authority that says nothing of its département is in no such group.
    let mut bare = place("d", "bretagne", "29", 10, 1);
    bare.territory = Default::default();
    let counts = breakdown::of(&[bare]);
    assert_eq!(counts.groups_of(Dimension::Departement).count(), 0);
    assert_eq!(counts.groups_of(Dimension::Region).count(), 1);
}

/// Indicators read from the catalogue: the most open counter's weekly hours,
/// Saturday opening, the dearest phone line; unknown stays unknown.
#[test]
fn indicators_are_read_from_the_catalogue_and_unknown_stays_unknown() {
    use crate::survey::indicators::{self, PhoneClass};
    let catalog = crate::checks::fixture::catalog(
        r#"
- id: aide
  title: Aide
  channels:
    counter: { kind: counter, name: Mairie, address: "1 rue de la Paix, 75002 Paris", opening_hours: "Mo-Fr 09:00-12:00; Sa 09:00-11:00" }
    phone: { kind: phone, name: Ligne, number: "0 892 68 41 27" }
- id: acte
  title: Acte
  channels:
    counter: { kind: counter, name: Annexe, address: "2 rue de la Paix, 75002 Paris", opening_hours: "Tu 14:00-16:00" }
    phone: { kind: phone, name: Vert, number: "0 800 00 00 00" }
"#,
    );
    let found = indicators::of(&catalog);
    assert_eq!(found.counter_hours_per_week, Some(17.0));
    assert_eq!(found.saturday_opening, Some(true));
    assert_eq!(found.phone_class, PhoneClass::Premium);

    let bare = crate::checks::fixture::catalog(
        r#"
- id: aide
  title: Aide
  channels:
    counter: { kind: counter, name: Mairie, address: "1 rue de la Paix, 75002 Paris" }
"#,
    );
    let found = indicators::of(&bare);
    assert_eq!(found.counter_hours_per_week, None);
    assert_eq!(found.saturday_opening, None);
    assert_eq!(found.phone_class, PhoneClass::None);
}

/// (issue 26) Top and bottom lists: best and worst by value, unknown values
/// in neither list, ties broken by id whatever the folder's order.
#[test]
fn rankings_order_by_value_break_ties_by_id_and_leave_unknowns_out() {
    use crate::survey::ranking::{self, RankedIndicator};
    let place = |id: &str, hours: Option<f64>, offline: usize| {
        let mut a = authority(
            id,
            &[
                ("r1", "Acte", None, Access::Offline),
                ("r2", "Aide", None, Access::OnlineOnly),
            ],
        );
        a.offline_possible = offline;
        a.indicators.counter_hours_per_week = hours;
        a.territory.departement = Some("29".into());
        a
    };
    let all = [
        place("d", Some(8.0), 1),
        place("b", Some(30.0), 2),
        place("c", None, 0),
        place("a", Some(8.0), 1),
        place("e", Some(30.0), 2),
    ];
    let lists = ranking::of(&all, 2);
    let hours = &lists[0];
    assert_eq!(hours.indicator, RankedIndicator::CounterHoursPerWeek);
    assert_eq!(hours.known, 4);
    let ids = |list: &[ranking::Ranked]| list.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&hours.best), ["b", "e"]);
    assert_eq!(ids(&hours.worst), ["a", "d"]);
    assert_eq!(hours.best[0].value, 30.0);
    assert_eq!(hours.best[0].departement.as_deref(), Some("29"));
    // The share offline is known for every authority with procedures.
    let offline = &lists[1];
    assert_eq!(offline.known, 5);
    assert_eq!(ids(&offline.best), ["b", "e"]);
    assert_eq!(ids(&offline.worst), ["c", "a"]);
    // The same authorities in another order give the same lists.
    let mut reversed = all.clone();
    reversed.reverse();
    assert_eq!(ranking::of(&reversed, 2), lists);
    // Nothing known, nothing listed.
    let none = ranking::of(&[place("x", None, 0)], 10);
    assert!(none[0].best.is_empty() && none[0].worst.is_empty());
    assert_eq!(none[0].known, 0);
}

/// (issue 26) The counter-hours finding comes from the counts of the
/// counter-hours rule, with the threshold it ran with; a rule on something
/// else (contact details) gives no such sentence.
#[test]
fn the_counter_hours_finding_is_read_from_the_counts_with_its_threshold() {
    use crate::survey::{breakdown, counter_hours};
    let place = |id: &str, region: &str, departement: &str, hours: usize| {
        let mut a = authority(id, &[("r1", "Acte", None, Access::Offline)]);
        a.region = Some(region.into());
        a.territory.departement = Some(departement.into());
        if hours > 0 {
            a.by_rule.insert("NN-COUNTER-HOURS".into(), hours);
        }
        a.by_rule.insert("NN-CONTACT-DETAILS".into(), 1);
        a
    };
    let all = [
        place("a", "bretagne", "29", 0),
        place("b", "bretagne", "29", 0),
        place("c", "grand-est", "67", 1),
        place("d", "grand-est", "68", 3),
    ];
    let counts = breakdown::of(&all);
    let library = crate::packs::Library::load(&[]).unwrap();
    let mut selection = crate::packs::Selection::default();
    let found = counter_hours::of(&counts, all.len(), &library, &selection);
    assert_eq!(found.len(), 1, "{found:?}");
    let hours = &found[0];
    assert_eq!(hours.rule, "NN-COUNTER-HOURS");
    assert_eq!(hours.threshold, 10.0);
    assert_eq!((hours.concerned, hours.authorities), (2, 4));
    let keys = |g: &[counter_hours::GroupShare]| {
        g.iter()
            .map(|g| (g.key.clone(), g.concerned, g.authorities))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&hours.by_region),
        [("grand-est".into(), 2, 2), ("bretagne".into(), 0, 2)]
    );
    assert_eq!(keys(&hours.by_departement)[2], ("29".into(), 0, 2));
    selection.thresholds.insert("NN-COUNTER-HOURS".into(), 20.0);
    let raised = counter_hours::of(&counts, all.len(), &library, &selection);
    assert_eq!(raised[0].threshold, 20.0);
    // Without counter-hours findings, no sentence.
    let quiet = breakdown::of(&all[..2]);
    assert!(counter_hours::of(&quiet, 2, &library, &selection).is_empty());
    // The sentence states the figures.
    let survey = crate::survey::Survey {
        counter_hours: found,
        ..survey_of(&all)
    };
    let sentences =
        crate::survey::render::html::counter_hours_sentences(&survey, crate::i18n::Lang::Fr);
    assert_eq!(sentences.len(), 1);
    assert!(
        sentences[0].starts_with("Le guichet de 50\u{202f}% des collectivités (2 sur 4) est ouvert moins de 10 h par semaine")
            && sentences[0].contains("de 0\u{202f}% (bretagne) à 100\u{202f}% (grand-est)"),
        "{}",
        sentences[0]
    );
}

fn survey_of(authorities: &[AuthoritySurvey]) -> crate::survey::Survey {
    crate::survey::Survey {
        survey_version: crate::survey::SURVEY_VERSION,
        tool: crate::report::model::Tool {
            name: "horsligne".into(),
            version: "0".into(),
        },
        survey_date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        lang: "fr".into(),
        source: "x".into(),
        authorities: authorities.to_vec(),
        not_loaded: vec![],
        references: vec![],
        unmatched: vec![],
        duplicate_ids: vec![],
        breakdown: crate::survey::breakdown::of(authorities),
        thresholds: Default::default(),
        rankings: crate::survey::ranking::of(authorities, 10),
        counter_hours: vec![],
    }
}

#[test]
fn the_headline_says_how_many_procedures_are_still_to_confirm() {
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let checked = authority("fr-1", &[("a", "A", None, Access::Offline)]);
    let unsure = authority(
        "fr-2",
        &[
            ("a", "A", None, Access::ToConfirm),
            ("b", "B", None, Access::ToConfirm),
        ],
    );
    let lang = crate::i18n::Lang::Fr;
    let said = super::render::html::headline_of(&[&checked, &unsure], date, lang);
    assert!(said.contains("2 démarches sont à vérifier"), "{said}");
    let quiet = super::render::html::headline_of(&[&checked], date, lang);
    assert!(!quiet.contains("vérifier"), "{quiet}");
    let dutch = super::render::html::headline_of(&[&unsure], date, crate::i18n::Lang::Nl);
    assert!(dutch.contains("nagekeken"), "{dutch}");
}
