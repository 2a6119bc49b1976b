//! Issue 23: the residents' guide says only what the catalogue holds. For
//! each sentence template, a catalogue without the field: the guide does not
//! state it (no hours, no booking number, no reception desk, no part named).

use horsligne::catalog;
use horsligne::i18n::Lang;

fn guide(procedures_and_contacts: &str, mediator: bool) -> String {
    let mediator = if mediator { ", mediator: accueil" } else { "" };
    let text = format!(
        "version: 1\nauthority: {{ id: fr-69266, name: Ville d'Essai, country: FR, level: commune{mediator} }}\n{procedures_and_contacts}"
    );
    let catalog = catalog::from_str("c.yaml", &text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    horsligne::guide::render(&catalog, Lang::Fr)
}

const WITHOUT_HOURS: &str = r#"contacts:
  accueil: { kind: counter, name: Accueil, address: "1 place de la Mairie, 69000 Essai" }
  standard: { kind: phone, number: "04 78 03 67 67" }
procedures:
  - id: acte
    title: Copie d'acte
    channels:
      counter: { contact: accueil }
      phone: { contact: standard }
"#;

#[test]
fn without_hours_the_guide_does_not_promise_when() {
    let html = guide(WITHOUT_HOURS, true);
    assert!(!html.contains("qui appeler et quand"), "{html}");
    assert!(html.contains("qui appeler, où écrire"), "{html}");
    assert!(!html.contains("Horaires :"), "{html}");
    let with_hours = guide(
        &WITHOUT_HOURS.replace(
            "address: \"1 place de la Mairie, 69000 Essai\" }",
            "address: \"1 place de la Mairie, 69000 Essai\", opening_hours: \"Mo-Fr 09:00-12:00\" }",
        ),
        true,
    );
    assert!(with_hours.contains("qui appeler et quand"), "{with_hours}");
    assert!(with_hours.contains("Horaires :"), "{with_hours}");
}

#[test]
fn without_a_mediator_the_guide_does_not_send_people_to_a_reception_desk() {
    let html = guide(WITHOUT_HOURS, false);
    assert!(
        html.contains("Aucune personne n'est encore désignée"),
        "{html}"
    );
    assert!(!html.contains("l'accueil"), "{html}");
}

#[test]
fn a_partial_channel_asks_which_part() {
    let html = guide(
        &WITHOUT_HOURS.replace(
            "phone: { contact: standard }",
            "phone: { contact: standard, covers: partial }",
        ),
        true,
    );
    assert!(
        html.contains("pour une partie de la démarche : demandez laquelle"),
        "{html}"
    );
    assert!(!html.contains("partie de la démarche seulement"), "{html}");
    // A full channel says nothing of the sort.
    assert!(!guide(WITHOUT_HOURS, true).contains("demandez laquelle"));
}

#[test]
fn without_a_booking_contact_the_guide_prints_no_number() {
    let html = guide(
        r#"contacts:
  population: { kind: counter, address: "1 place de la Mairie, 69000 Essai", appointment: required, booking: [phone] }
  blocage: { kind: phone, number: "00800 2123 2123" }
procedures:
  - id: carte
    title: Carte d'identité perdue
    channels:
      counter: { contact: population }
      phone: { contact: blocage }
"#,
        false,
    );
    assert!(
        html.contains("Pour prendre rendez-vous : à demander."),
        "{html}"
    );
    assert!(!html.contains("rendez-vous : par téléphone au"), "{html}");
}

#[test]
fn without_an_address_the_guide_says_to_ask() {
    let html = guide(
        r#"contacts:
  accueil: { kind: counter, name: Accueil }
procedures:
  - id: acte
    title: Copie d'acte
    channels:
      counter: { contact: accueil }
"#,
        false,
    );
    assert!(html.contains("Adresse : à demander"), "{html}");
}
