//! `to_confirm` and booking contacts, as a catalogue writes them.

use crate::catalog::{self, Access, Catalog, ChannelKind};

const HEAD: &str = r#"
version: 1
authority: { id: be-63079, name: Ville d'Essai, country: BE, region: wallonie, level: commune }
contacts:
  accueil: { kind: counter, address: "Place 1, 4800 Verviers" }
  population-tel: { kind: phone, number: "087 32 52 40" }
  robot: { kind: phone, number: "087 32 52 41", answered_by: ivr_only }
  verifier: { kind: phone, number: "087 32 52 42", to_confirm: true }
"#;

fn catalog(procedures: &str) -> Catalog {
    let text = format!("{HEAD}procedures:\n{procedures}");
    catalog::from_str("c.yaml", &text).unwrap_or_else(|e| panic!("{e:?}"))
}

fn errors(procedures: &str) -> String {
    let text = format!("{HEAD}procedures:\n{procedures}");
    let err = catalog::from_str("c.yaml", &text).expect_err("must be refused");
    format!("{err:?}")
}

#[test]
fn a_channel_to_confirm_is_not_offline_and_the_procedure_is_to_confirm() {
    let c = catalog(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, to_confirm: true }, online: { url: 'https://x.be' } } }\n",
    );
    let p = &c.procedures[0];
    assert!(!p.channels.counter.as_ref().unwrap().is_offline());
    assert_eq!(p.access, Access::ToConfirm);
}

#[test]
fn a_channel_whose_contact_is_to_confirm_is_not_offline() {
    let c = catalog("  - { id: a, title: A, channels: { phone: { contact: verifier } } }\n");
    assert_eq!(c.procedures[0].access, Access::ToConfirm);
    assert!(c.contacts["verifier"].to_confirm);
}

#[test]
fn a_confirmed_offline_channel_beside_one_to_confirm_keeps_the_procedure_offline() {
    let c = catalog(
        "  - { id: a, title: A, channels: { counter: { contact: accueil }, phone: { contact: verifier } } }\n",
    );
    assert_eq!(c.procedures[0].access, Access::Offline);
    assert_eq!(
        c.procedures[0].offline_channels(),
        vec![ChannelKind::Counter]
    );
}

#[test]
fn a_step_to_confirm_makes_the_procedure_to_confirm() {
    let c = catalog(
        r#"  - id: a
    title: A
    steps:
      - { name: dépôt, channels: { counter: { contact: accueil } } }
      - { name: retrait, channels: { counter: { contact: accueil, to_confirm: true } } }
"#,
    );
    assert_eq!(c.procedures[0].access, Access::ToConfirm);
}

#[test]
fn an_inline_channel_to_confirm_is_not_offline() {
    let c = catalog(
        "  - { id: a, title: A, channels: { postal: { address: 'Rue 2', to_confirm: true } } }\n",
    );
    assert_eq!(c.procedures[0].access, Access::ToConfirm);
}

#[test]
fn without_any_mark_nothing_changes() {
    let c = catalog("  - { id: a, title: A, channels: { counter: { contact: accueil } } }\n");
    assert_eq!(c.procedures[0].access, Access::Offline);
}

#[test]
fn a_booking_names_its_contact_and_bare_methods_still_load() {
    let c = catalog(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, appointment: required, booking: [{ phone: population-tel }, counter, online] } } }\n",
    );
    let contact = &c.procedures[0].channels.counter.as_ref().unwrap().contact;
    let named = contact.booking[0].contact.as_ref().unwrap();
    assert_eq!(named.id.as_deref(), Some("population-tel"));
    assert!(contact.booking[1].contact.is_none());
    assert_eq!(contact.unnamed_booking().count(), 1, "the bare `counter`");
    assert_eq!(c.procedures[0].access, Access::Offline);
}

#[test]
fn a_shared_contact_may_name_a_booking_contact_written_after_it() {
    let text = format!(
        "{HEAD}  guichet: {{ kind: counter, address: 'Rue 3', appointment: required, booking: [{{ phone: zz-tel }}] }}\n  zz-tel: {{ kind: phone, number: '087 32 52 43' }}\nprocedures:\n  - {{ id: a, title: A, channels: {{ counter: {{ contact: guichet }} }} }}\n"
    );
    let c = catalog::from_str("c.yaml", &text).unwrap_or_else(|e| panic!("{e:?}"));
    let booking = &c.contacts["guichet"].booking;
    assert_eq!(
        booking[0].contact.as_ref().unwrap().id.as_deref(),
        Some("zz-tel")
    );
    assert_eq!(c.procedures[0].access, Access::Offline);
}

#[test]
fn booking_only_through_a_machine_line_is_not_offline_booking() {
    let c = catalog(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, appointment: required, booking: [{ phone: robot }] } } }\n",
    );
    let counter = c.procedures[0].channels.counter.as_ref().unwrap();
    assert!(counter.contact.booking_needs_internet());
    assert!(!counter.is_offline());
}

#[test]
fn booking_through_a_contact_to_confirm_is_not_offline_booking() {
    let c = catalog(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, appointment: required, booking: [{ phone: verifier }] } } }\n",
    );
    assert!(!c.procedures[0]
        .channels
        .counter
        .as_ref()
        .unwrap()
        .is_offline());
}

#[test]
fn a_booking_contact_is_checked_like_every_reference() {
    let unknown = errors(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, appointment: required, booking: [{ phone: populaton-tel }] } } }\n",
    );
    assert!(unknown.contains("populaton-tel"), "{unknown}");
    assert!(
        unknown.contains("line: 10, column: 107"),
        "located: {unknown}"
    );
    let wrong_kind = errors(
        "  - { id: a, title: A, channels: { counter: { contact: accueil, appointment: required, booking: [{ counter: population-tel }] } } }\n",
    );
    assert!(wrong_kind.contains("resolve-wrong-kind"), "{wrong_kind}");
}

#[test]
fn a_booking_entry_names_one_method() {
    let text = format!(
        "{HEAD}procedures:\n  - {{ id: a, title: A, channels: {{ counter: {{ contact: accueil, booking: [{{ phone: population-tel, counter: accueil }}] }} }} }}\n"
    );
    assert!(catalog::from_str("c.yaml", &text).is_err());
}

#[test]
fn booking_round_trips_through_yaml() {
    use crate::catalog::model::{Booking, BookingMethod};
    let parsed: Vec<Booking> =
        serde_saphyr::from_str("[phone, { counter: accueil }]").expect("loads");
    assert_eq!(parsed[0], Booking::bare(BookingMethod::Phone));
    assert_eq!(parsed[1].method, BookingMethod::Counter);
    let json = serde_json::to_string(&parsed).unwrap();
    assert_eq!(json, r#"["phone",{"counter":"accueil"}]"#);
}
