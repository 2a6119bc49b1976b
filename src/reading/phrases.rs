//! The wording pages use, as data rather than code (`data/reading-phrases.yaml`,
//! embedded; `--phrases FILE` adds more): what says a procedure is online-only,
//! an obligation or a single route, appointments, the channels, the digital
//! prerequisites, and the vocabulary of procedure pages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::text::fold;
use crate::catalog::load::{self, LoadOptions};
use crate::diagnostic::Diagnostics;

const SHIPPED: &str = include_str!("../../data/reading-phrases.yaml");

type ByLanguage = BTreeMap<String, Vec<String>>;

/// Declares the phrase categories once: the file's keys and the folded lists.
macro_rules! categories {
    ($($name:ident),* $(,)?) => {
        /// The phrases file: per category, per language code, the phrases.
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct PhrasesFile {
            $(#[serde(default)] $name: ByLanguage,)*
        }

        /// Folded phrases, every language together (a Brussels page may be in
        /// two), longest first so the most specific wording gives the snippet.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Phrases {
            $(pub $name: Vec<String>,)*
        }

        impl Phrases {
            fn add(&mut self, file: PhrasesFile) {
                $(add_to(&mut self.$name, file.$name);)*
            }
        }
    };
}

categories!(
    online_only,
    obligation,
    exclusivity,
    appointment_online_only,
    appointment_required,
    appointment_none,
    online_words,
    email_words,
    counter_words,
    postal_words,
    phone_words,
    fax_words,
    requires_account,
    requires_eid,
    requires_email,
    requires_smartphone,
    requires_scan_upload,
    requires_online_payment,
    pre_application,
    procedure_words,
    discovery_words,
    section_words,
    phone_channel_words,
    phone_booking_words,
    phone_other_service_words,
    postal_not_request,
    appointment_optional,
);

fn add_to(target: &mut Vec<String>, source: ByLanguage) {
    for phrase in source.into_values().flatten() {
        let folded = fold(&phrase);
        if !folded.is_empty() && !target.contains(&folded) {
            target.push(folded);
        }
    }
    target.sort_by_key(|p| std::cmp::Reverse(p.len()));
}

impl Phrases {
    /// The phrases shipped with the tool.
    pub fn shipped() -> Result<Self, Diagnostics> {
        let file: PhrasesFile = load::parse_yaml(Path::new("data/reading-phrases.yaml"), SHIPPED)
            .map_err(|d| Diagnostics(vec![d]))?;
        let mut phrases = Phrases::default();
        phrases.add(file);
        Ok(phrases)
    }

    /// The shipped phrases and those of each of `extra` files.
    pub fn load(extra: &[PathBuf]) -> Result<Self, Diagnostics> {
        let mut phrases = Self::shipped()?;
        let mut errors = Vec::new();
        for path in extra {
            match load::read_and_parse::<PhrasesFile>(path.clone(), &LoadOptions::default()) {
                Ok((_, file)) => phrases.add(file),
                Err(d) => errors.push(d),
            }
        }
        if errors.is_empty() {
            Ok(phrases)
        } else {
            Err(Diagnostics(errors))
        }
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
        assert!(p.fax_words.contains(&"telecopie".to_owned()));
        assert!(p.exclusivity.contains(&"passage oblige".to_owned()));
    }

    #[test]
    fn a_file_extends_the_shipped_phrases() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e:?}"));
        let path = dir.path().join("extra.yaml");
        std::fs::write(
            &path,
            "online_only:\n  fr: [\"Démarche 100 % numérique\"]\nfax_words:\n  de: [Telefax]\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        let p = Phrases::load(&[path]).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p
            .online_only
            .contains(&"demarche 100 % numerique".to_owned()));
        assert!(p.online_only.contains(&"uniquement en ligne".to_owned()));
        assert!(p.fax_words.contains(&"telefax".to_owned()));
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
