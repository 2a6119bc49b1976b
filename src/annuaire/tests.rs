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
    let halls = all_in(file).unwrap();
    let codes: Vec<&str> = halls.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["27112", "99002", "99003"]);
    assert_eq!(
        halls[0].1,
        find_town_hall(fixture(), "27112").unwrap(),
        "the same record as the single-commune init"
    );
    let none = all_in(r#"{"service": [{"nom": "CCAS", "pivot": [{"type_service_local": "ccas", "code_insee_commune": "27112"}]}]}"#.as_bytes()).unwrap();
    assert!(none.is_empty());
}
