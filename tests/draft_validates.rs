//! Every draft validates (issue 21): whatever a procedure page says — a
//! truncated number, a counter cue without an address, a booking line, an
//! online-only sentence, a title made of symbols, a footer address or none —
//! the YAML `scan` writes from it is a catalogue `validate` accepts. The
//! pages are made of sentences of real town-hall pages, in any order and
//! number, under any title; the site facts with and without a footer address.

use horsligne::i18n::Lang;
use horsligne::reading::{Document, Phrases};
use horsligne::scan::draft::{procedures_of, Draft, Field, Quote, SiteFacts};
use horsligne::scan::yaml;
use proptest::prelude::*;

/// Sentences of real pages, chosen for what has broken drafts: counter
/// cues with no address, numbers for booking or another service, blocking
/// lines written as two halves, online-only and optional-appointment wording.
const SENTENCES: [&str; 16] = [
    "<p>La demande se fait sur place, à l'accueil de la mairie.</p>",
    "<p>Se présenter à l'administration communale muni de sa carte d'identité.</p>",
    "<p>Renseignements au 04 78 00 00 00.</p>",
    "<p>Pour prendre rendez-vous, appelez le 061/280.313.</p>",
    "<p>En cas de perte, bloquez votre carte via Doc Stop : 00800 2123 2123.</p>",
    "<p>Envoyez votre demande par courrier à l'adresse suivante.</p>",
    "<p>Vous serez informé par courrier de la décision.</p>",
    "<p>La demande se fait obligatoirement sur le portail, c'est le seul moyen.</p>",
    "<p>Uniquement sur rendez-vous.</p>",
    "<p>Pendant les heures de bureau ou sur rendez-vous.</p>",
    "<p>Remise par écrit au service population.</p>",
    "<p>Accueil : 12 rue Neuve, 69000 Essai, du lundi au vendredi de 9h à 12h.</p>",
    "<p>Faire la demande en ligne sur <a href='https://teleservice.example/cni'>le téléservice</a>.</p>",
    "<p>Tél. 2123 2123</p>",
    "<p>Formulaire à retourner par courriel à etat-civil@essai.example.</p>",
    "<h2>Pièces à fournir</h2><p>Un justificatif de domicile.</p>",
];

const TITLES: [&str; 5] = [
    "Carte d'identité",
    "★★★",
    "Demande d'acte de naissance : « copie intégrale »",
    "Inscription — restauration scolaire",
    "",
];

fn field(key: &str, value: &str) -> Field {
    Field::text_plain(key, value.to_owned(), None)
}

/// The YAML draft of one page, as `scan` writes it.
/// `named`: the site has a title naming the administration (a site without
/// one and without footer address drafts the « À COMPLÉTER » placeholder).
fn draft_of(title: &str, sentences: &[usize], footer: bool, named: bool) -> String {
    draft_named(title, sentences, footer, named, "Ville d'Essai")
}

/// The same, the authority's name in the draft being `name`.
fn draft_named(title: &str, sentences: &[usize], footer: bool, named: bool, name: &str) -> String {
    let body: String = sentences.iter().map(|&i| SENTENCES[i]).collect();
    let html = format!(
        "<html><head><title>{title} | Ville d'Essai</title></head><body>\
         <h1>{title}</h1>{body}</body></html>"
    );
    let doc = Document::parse(&html);
    let phrases = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
    let url = "https://essai.example/demarches/page";
    let site = SiteFacts {
        address: footer.then(|| {
            (
                "1 place de la Mairie, 69000 Essai".to_owned(),
                Quote {
                    url: url.to_owned(),
                    text: "Mairie, 1 place de la Mairie, 69000 Essai".to_owned(),
                },
            )
        }),
        name: named.then(|| "Ville d'Essai".to_owned()),
    };
    let mut procedures = procedures_of(&doc, url, "FR", &phrases, &site);
    for (i, p) in procedures.iter_mut().enumerate() {
        p.id = format!("demarche-{i}");
    }
    let draft = Draft {
        start: "https://essai.example/".to_owned(),
        pages_read: 1,
        pages_unreadable: 0,
        procedure_pages: 1,
        authority: vec![
            field("id", "essai"),
            field("name", name),
            field("country", "FR"),
            field("level", "commune"),
        ],
        procedures,
    };
    yaml::render(&draft, Lang::Fr)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_draft_validates(
        title in 0..TITLES.len(),
        sentences in prop::collection::vec(0..SENTENCES.len(), 0..6),
        footer in any::<bool>(),
        named in any::<bool>(),
    ) {
        let text = draft_of(TITLES[title], &sentences, footer, named);
        // A page without title nor text drafts no procedure: not a
        // procedure page (`scan` does not draft it).
        prop_assume!(!text.contains("procedures: []"));
        let loaded = horsligne::catalog::from_str("brouillon.yaml", &text);
        prop_assert!(loaded.is_ok(), "{text}\n{:?}", loaded.err());
    }
}

#[test]
fn a_truncated_blocking_line_and_a_bare_counter_still_validate() {
    // The Walloon case of issue 21: booking-only lines, « remise par écrit »,
    // the blocking line written « 2123 2123 ».
    for footer in [false, true] {
        let text = draft_of("Carte d'identité", &[1, 3, 4, 10, 13], footer, true);
        let loaded = horsligne::catalog::from_str("brouillon.yaml", &text);
        assert!(loaded.is_ok(), "{text}\n{:?}", loaded.err());
        // The booking line is a comment, never a value of the draft.
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            assert!(!line.contains("061"), "{line}\n{text}");
        }
    }
}

/// Pieces of text that have turned values into YAML of their own: line
/// breaks YAML knows (a lone CR, NEL, U+2028), `: ` and `#`, the indicators
/// a plain scalar cannot start with, quotes, tabs, emoji (issue 24).
const HOSTILE: [&str; 16] = [
    "\r",
    "\u{85}",
    "\u{2028}",
    ": ",
    " # ",
    "-",
    "*",
    "&",
    "!",
    "'",
    "\"",
    "\t",
    "🏛️",
    "step_free: true",
    "Ville",
    "\\",
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(0..HOSTILE.len(), 1..8)
        .prop_map(|pieces| pieces.iter().map(|&i| HOSTILE[i]).collect::<String>())
        // A name is read trimmed; what is inside must survive.
        .prop_map(|s| format!("x{s}x"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `init` and `scan` write through the one YAML emitter: a hostile value
    /// reads back as the same string, and never becomes a key.
    #[test]
    fn hostile_values_survive_init_and_scan_drafts(name in hostile()) {
        let input = horsligne::init::AuthorityInput {
            name: Some(name.clone()),
            country: Some("FR".to_owned()),
            ..Default::default()
        };
        let (starter, _) = horsligne::init::starter(&input, None);
        let loaded = horsligne::catalog::from_str("catalogue.yaml", &starter);
        prop_assert!(loaded.is_ok(), "{starter}\n{:?}", loaded.err());
        prop_assert_eq!(&loaded.map(|c| c.authority.name).unwrap_or_default(), &name);

        let text = draft_named("Carte d'identité", &[0, 2], true, true, &name);
        let loaded = horsligne::catalog::from_str("brouillon.yaml", &text);
        prop_assert!(loaded.is_ok(), "{text}\n{:?}", loaded.err());
        prop_assert_eq!(&loaded.map(|c| c.authority.name).unwrap_or_default(), &name);
    }
}
