//! The wording that says a procedure is online-only: data, not code
//! (`data/verify-phrases.yaml`, embedded; `--phrases FILE` adds more).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::extract::fold;
use crate::catalog::load::{self, LoadOptions};
use crate::diagnostic::Diagnostics;

const SHIPPED: &str = include_str!("../../data/verify-phrases.yaml");

/// The phrases file: per category, per language code, the phrases.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PhrasesFile {
    #[serde(default)]
    online_only: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    appointment_online_only: BTreeMap<String, Vec<String>>,
}

/// Folded phrases, every language together (a Brussels page may be in both).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phrases {
    pub online_only: Vec<String>,
    pub appointment_online_only: Vec<String>,
}

impl Phrases {
    /// The phrases shipped with the tool.
    pub fn shipped() -> Result<Self, Diagnostics> {
        let file: PhrasesFile = load::parse_yaml(Path::new("data/verify-phrases.yaml"), SHIPPED)
            .map_err(|d| Diagnostics(vec![d]))?;
        let mut phrases = Phrases::default();
        phrases.add(file);
        Ok(phrases)
    }

    /// The shipped phrases and those of each of `extra` files.
    pub fn load(extra: &[PathBuf]) -> Result<Self, Diagnostics> {
        let mut phrases = Self::shipped()?;
        for path in extra {
            let (_, file) =
                load::read_and_parse::<PhrasesFile>(path.clone(), &LoadOptions::default())
                    .map_err(|d| Diagnostics(vec![d]))?;
            phrases.add(file);
        }
        Ok(phrases)
    }

    fn add(&mut self, file: PhrasesFile) {
        for (target, source) in [
            (&mut self.online_only, file.online_only),
            (
                &mut self.appointment_online_only,
                file.appointment_online_only,
            ),
        ] {
            for phrase in source.into_values().flatten() {
                let folded = fold(&phrase);
                if !folded.is_empty() && !target.contains(&folded) {
                    target.push(folded);
                }
            }
        }
        // Longest first: the most specific wording gives the best snippet.
        self.online_only.sort_by_key(|p| std::cmp::Reverse(p.len()));
        self.appointment_online_only
            .sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_phrases_load_in_three_languages() {
        let p = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p.online_only.contains(&"uniquement en ligne".to_owned()));
        assert!(p.online_only.contains(&"uitsluitend online".to_owned()));
        assert!(p.online_only.contains(&"online only".to_owned()));
        assert!(p
            .appointment_online_only
            .contains(&"prise de rendez-vous uniquement en ligne".to_owned()));
    }

    #[test]
    fn a_file_extends_the_shipped_phrases() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e:?}"));
        let path = dir.path().join("extra.yaml");
        std::fs::write(
            &path,
            "online_only:\n  fr: [\"Démarche 100 % numérique\"]\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        let p = Phrases::load(&[path]).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p
            .online_only
            .contains(&"demarche 100 % numerique".to_owned()));
        assert!(p.online_only.contains(&"uniquement en ligne".to_owned()));
    }

    #[test]
    fn an_unknown_category_is_an_error_with_its_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e:?}"));
        let path = dir.path().join("bad.yaml");
        std::fs::write(&path, "online_onyl:\n  fr: [x]\n").unwrap_or_else(|e| panic!("{e:?}"));
        let err = Phrases::load(&[path])
            .err()
            .map(|d| d.render(crate::i18n::Lang::En))
            .unwrap_or_default();
        assert!(err.contains("bad.yaml"), "{err}");
    }
}
