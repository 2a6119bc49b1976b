//! A page, as bytes, drafted as `horsligne scan` drafts a procedure page;
//! a YAML draft with procedures must load as a catalogue (the draft quotes
//! what it copies).
#![no_main]

use std::collections::HashSet;
use std::sync::OnceLock;

use horsligne::i18n::Lang;
use horsligne::reading::{Document, Phrases};
use horsligne::scan::draft::{self, SiteFacts};
use horsligne::scan::{recognise, yaml, Draft, Field, Value};
use libfuzzer_sys::fuzz_target;

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| Phrases::shipped().expect("the shipped phrases load"))
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let doc = Document::parse(&html);
    let url = "https://www.ville-exemple.fr/demarches/page";
    // The country scan would take from the domain: here from the page's
    // language, so a Belgian page's numbers are read as Belgian.
    let country = if html.contains("-BE\"") { "BE" } else { "FR" };
    let _ = recognise::recognise(&doc, phrases(), country);
    let mut procedures = draft::procedures_of(&doc, url, country, phrases(), &SiteFacts::default());
    let mut ids = HashSet::new();
    for procedure in &mut procedures {
        let title = match &procedure.title.value {
            Value::Text(t) => t.clone(),
            Value::List(_) => String::new(),
        };
        let base = draft::slug(&title);
        let mut id = base.clone();
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        procedure.id = id;
    }
    let name = doc.title.clone().unwrap_or_else(|| "Ville".to_owned());
    let draft = Draft {
        start: url.to_owned(),
        pages_read: 1,
        pages_unreadable: 0,
        procedure_pages: 1,
        authority: vec![
            Field::text_plain("id", "ville-exemple".to_owned(), None),
            Field::text_plain("name", name, None),
            Field::text_plain("country", country.to_owned(), None),
            Field::text_plain("region", "wallonie".to_owned(), None),
            Field::text_plain("level", "commune".to_owned(), None),
        ],
        procedures,
    };
    let text = yaml::render(&draft, Lang::Fr);
    // A page with no procedure gives an empty draft, which scan reports as
    // such; a draft with procedures must load.
    if draft.procedures.is_empty() {
        return;
    }
    if let Err(e) = horsligne::catalog::from_str("brouillon.yaml", &text) {
        panic!("the draft does not load: {e:?}\n{text}");
    }
});
