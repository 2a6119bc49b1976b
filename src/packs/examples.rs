//! The catalogue every rule example is evaluated against.
//!
//! A rule's `example_fail` / `example_pass` is a YAML list of procedures that
//! refer to the example contacts of [`HEADER`] (`accueil`, `titres`,
//! `standard`, `robot`, `courrier`, `mail`), so the excerpts stay as short as a
//! council's own entries. A rule about the authority as a whole (a mediator,
//! the authority's level) writes a mapping instead:
//!
//! ```yaml
//! authority: { mediator: accueil }
//! procedures:
//!   - id: acte
//!     title: Copie d'acte
//!     channels: { counter: { contact: accueil } }
//! ```
//!
//! whose `authority` fields replace those of the header. The checks' unit
//! tests use the same header, and `docs/rules.md` prints it, so the tests, the
//! documentation and the packs speak of the same contacts.

use serde::Deserialize;

use crate::catalog::{self, Catalog};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Message;

/// The example authority (a French commune) and its contacts.
pub const HEADER: &str = r#"version: 1
authority:
  id: fr-99999
  name: Commune d'essai
  country: FR
  level: commune
contacts:
  accueil:
    kind: counter
    address: 1 place de la Mairie, 69000 Essai
    opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00"
  titres:
    kind: counter
    address: 1 place de la Mairie, 69000 Essai
    appointment: required
    booking: [online]
  standard:
    kind: phone
    number: "04 78 00 00 00"
    answered_by: human
    opening_hours: "Mo-Fr 09:00-17:00"
  robot:
    kind: phone
    number: "04 78 00 00 01"
    answered_by: ivr_only
  courrier:
    kind: postal
    address: Mairie, 69000 Essai
  mail:
    kind: email
    address: mairie@essai.example
"#;

/// The file name diagnostics about an example carry.
pub const EXAMPLE_FILE: &str = "exemple.yaml";

/// An example written as a mapping: authority fields over the header's, and procedures.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithAuthority {
    #[serde(default)]
    authority: serde_json::Map<String, serde_json::Value>,
    procedures: serde_json::Value,
}

/// The catalogue made of [`HEADER`] and `example` (a list of procedures, or a
/// mapping with `authority` and `procedures`).
pub fn catalogue(example: &str) -> Result<Catalog, Diagnostics> {
    if example.trim_start().starts_with('-') {
        return catalog::from_str(EXAMPLE_FILE, &format!("{HEADER}procedures:\n{example}"));
    }
    let invalid = |detail: String| {
        Diagnostics(vec![Diagnostic::new(
            EXAMPLE_FILE,
            0,
            0,
            Message::new("example-invalid").arg("detail", detail),
        )])
    };
    let shape: WithAuthority =
        serde_saphyr::from_str(example).map_err(|e| invalid(e.to_string()))?;
    let mut document: serde_json::Value =
        serde_saphyr::from_str(HEADER).map_err(|e| invalid(e.to_string()))?;
    if let Some(authority) = document
        .get_mut("authority")
        .and_then(serde_json::Value::as_object_mut)
    {
        authority.extend(shape.authority);
    }
    if let Some(root) = document.as_object_mut() {
        root.insert("procedures".into(), shape.procedures);
    }
    // JSON is YAML: the merged document goes through the catalogue's own loader.
    catalog::from_str(EXAMPLE_FILE, &document.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::AuthorityLevel;

    #[test]
    fn a_list_is_read_against_the_header() {
        let c = catalogue("- id: a\n  title: A\n  channels:\n    counter: { contact: accueil }\n")
            .unwrap();
        assert_eq!(c.procedures.len(), 1);
        assert_eq!(c.authority.id, "fr-99999");
        assert!(c.authority.mediator.is_none());
    }

    #[test]
    fn a_mapping_changes_the_authority() {
        let c = catalogue(
            "authority: { level: state, mediator: accueil }\nprocedures:\n  - id: a\n    title: A\n    reviewed: 2026-01-01\n    channels: { phone: { contact: standard } }\n",
        )
        .unwrap();
        assert_eq!(c.authority.level, AuthorityLevel::State);
        assert!(c.authority.mediator.is_some());
        assert!(c.procedures[0].reviewed.is_some());
    }

    #[test]
    fn a_broken_example_is_an_error_not_a_panic() {
        assert!(catalogue("authority: { level: nowhere }\nprocedures: []\n").is_err());
        assert!(
            catalogue("- id: a\n  title: A\n  channels:\n    counter: { contact: absent }\n")
                .is_err()
        );
        assert!(catalogue("nonsense: 1\n").is_err());
    }
}
