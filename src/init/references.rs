//! The documented list of common municipal procedures (`data/references.yaml`,
//! docs/references.md): the codes a procedure's `reference` may hold, and what
//! `init` writes for each territory.

use serde::Deserialize;

const SHIPPED: &str = include_str!("../../data/references.yaml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub code: String,
    pub title: Titles,
    /// The department that usually handles it.
    pub service: String,
    /// Its name in Dutch, for the procedures of Brussels.
    #[serde(default)]
    pub service_nl: Option<String>,
    /// `fr`, `wallonie`, `bruxelles-capitale`.
    pub territories: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    pub fr: String,
    pub en: String,
    /// For the procedures of Brussels, where the public is addressed in
    /// French and Dutch.
    #[serde(default)]
    pub nl: Option<String>,
}

/// Every code of the shipped list, in its order.
pub fn all() -> Vec<Reference> {
    // The list is part of the binary and tested below: it cannot fail to parse
    // at run time unless the build itself is broken.
    serde_saphyr::from_str(SHIPPED).unwrap_or_default()
}

/// The common procedures of `territory` (`fr`, `wallonie`, `bruxelles-capitale`).
pub fn of_territory(territory: &str) -> Vec<Reference> {
    all()
        .into_iter()
        .filter(|r| r.territories.iter().any(|t| t == territory))
        .collect()
}

/// True when `reference` is a code of the list or a Service-Public.fr sheet id
/// (`F1427`, `R11193`, `N359`).
pub fn is_known(reference: &str) -> bool {
    is_service_public_sheet(reference) || all().iter().any(|r| r.code == reference)
}

pub fn is_service_public_sheet(reference: &str) -> bool {
    let mut chars = reference.chars();
    matches!(chars.next(), Some('F' | 'R' | 'N'))
        && (2..=7).contains(&reference.len())
        && chars.all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_parses_and_its_codes_are_unique() {
        let list: Vec<Reference> = serde_saphyr::from_str(SHIPPED).unwrap();
        assert!(list.len() > 20);
        let mut codes: Vec<&str> = list.iter().map(|r| r.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), list.len(), "duplicate code");
        for r in &list {
            assert!(
                r.code.contains('.')
                    && r.code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.' || c == '-'),
                "{}",
                r.code
            );
            for t in &r.territories {
                assert!(
                    ["fr", "wallonie", "bruxelles-capitale"].contains(&t.as_str()),
                    "{t}"
                );
            }
        }
    }

    #[test]
    fn each_territory_has_its_usual_procedures() {
        let fr: Vec<String> = of_territory("fr").into_iter().map(|r| r.code).collect();
        assert!(fr.contains(&"citoyennete.recensement".to_owned()));
        assert!(!fr.contains(&"titres.eid".to_owned()));
        let wal: Vec<String> = of_territory("wallonie")
            .into_iter()
            .map(|r| r.code)
            .collect();
        assert!(wal.contains(&"titres.eid".to_owned()));
        assert!(!wal.contains(&"citoyennete.recensement".to_owned()));
    }

    #[test]
    fn service_public_sheets_and_codes_are_known() {
        assert!(is_known("F1427"));
        assert!(is_known("enfance.cantine"));
        assert!(!is_known("F"));
        assert!(!is_known("cantine"));
    }
}
