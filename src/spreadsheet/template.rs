//! The spreadsheet template (docs/spreadsheets.md): its sheets, their
//! columns, what each column holds and the values allowed. Export, import,
//! the notes sheet and the drop-down lists all read these tables, so the
//! template is described once.
//!
//! The French header is the column's name inside the tool; the words a
//! workbook shows (sheet names, headers, drop-down labels, notes) are in
//! `locales/<lang>/template.ftl`, one table per language, so that a workbook
//! is written in the user's language and read back in any of the three.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::{self, Lang};

/// What a column holds, and so how its cells are read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Text,
    /// Several values separated by commas.
    List,
    /// One of a fixed set of values (a drop-down list in xlsx).
    Choice(&'static [&'static str]),
    /// Several of a fixed set, separated by commas.
    Choices(&'static [&'static str]),
    /// `oui` or `non`.
    YesNo,
    Number,
    /// `AAAA-MM-JJ`.
    Date,
    Url,
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The French header: the column's name in the tool (see `Words` for
    /// the header a workbook shows).
    pub header: &'static str,
    pub kind: Kind,
    /// The key of its explanation (`tpl-note-…` in the locales).
    pub note: &'static str,
}

const fn col(header: &'static str, kind: Kind, note: &'static str) -> Column {
    Column { header, kind, note }
}

pub const YES_NO: &[&str] = &["oui", "non"];
pub const STATUS: &[&str] = &["active", "planned", "retired"];
pub const COVERS: &[&str] = &["full", "partial", "info"];
pub const REQUIREMENTS: &[&str] = &[
    "account",
    "email",
    "smartphone",
    "app",
    "qr_code",
    "eid",
    "scan_upload",
    "online_payment",
    "captcha",
];
pub const FORM_SOURCES: &[&str] = &["counter", "postal_request", "phone_request", "download"];
pub const REPLACEABLE: &[&str] = &["counter", "phone", "postal"];
pub const CONTACT_KINDS: &[&str] = &["counter", "phone", "postal", "email"];
pub const APPOINTMENT: &[&str] = &["none", "optional", "required"];
pub const BOOKING: &[&str] = &["online", "phone", "counter", "postal", "email"];
pub const ANSWERED_BY: &[&str] = &["human", "ivr_then_human", "ivr_only", "bot"];
pub const TARIFF: &[&str] = &["free", "standard", "premium", "unknown"];
pub const LEVELS: &[&str] = &[
    "commune",
    "intercommunality",
    "department",
    "province",
    "region",
    "state",
    "cpas",
    "agency",
    "other",
];
pub const GROUNDS: &[&str] = &[
    "legal_text",
    "disproportionate_burden",
    "technical",
    "other",
];

/// The sheets, by their French name (the tool's name for them).
pub const PROCEDURES: &str = "Démarches";
pub const CONTACTS: &str = "Contacts";
pub const AUTHORITY: &str = "Autorité";
pub const EXEMPTIONS: &str = "Exemptions";
pub const NOTES: &str = "Notes";
pub const LISTS: &str = "Listes";

/// Every sheet and the key of its name in the locales.
const SHEETS: [(&str, &str); 6] = [
    (PROCEDURES, "tpl-sheet-procedures"),
    (CONTACTS, "tpl-sheet-contacts"),
    (AUTHORITY, "tpl-sheet-authority"),
    (EXEMPTIONS, "tpl-sheet-exemptions"),
    (NOTES, "tpl-sheet-notes"),
    (LISTS, "tpl-sheet-lists"),
];

/// The languages a template is written in; a workbook in any of them is read.
pub const LANGS: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];

/// The channels of the template, in column order: key in the catalogue and
/// the French name heading its group of columns.
pub const CONTACT_CHANNELS: [(&str, &str); 5] = [
    ("counter", "Guichet"),
    ("phone", "Téléphone"),
    ("postal", "Courrier"),
    ("email", "Courriel"),
    ("other_offline", "Autre canal"),
];

/// The columns of the procedures sheet: one row per procedure, then one per step.
pub fn procedure_columns() -> Vec<Column> {
    static COLUMNS: OnceLock<Vec<Column>> = OnceLock::new();
    COLUMNS.get_or_init(build_procedure_columns).clone()
}

fn build_procedure_columns() -> Vec<Column> {
    use Kind::*;
    let mut columns = vec![
        col("Identifiant", Text, "tpl-note-procedure-id"),
        col("Étape", Text, "tpl-note-step"),
        col("Intitulé", Text, "tpl-note-title"),
        col("Référence", Text, "tpl-note-reference"),
        col("Service", Text, "tpl-note-service"),
        col("Public", List, "tpl-note-audience"),
        col("Page d'information", Url, "tpl-note-page"),
        col("Statut", Choice(STATUS), "tpl-note-status"),
        col("Vérifiée le", Date, "tpl-note-reviewed"),
        col("Délai légal", YesNo, "tpl-note-deadline"),
        col("Aide (contacts)", List, "tpl-note-assistance"),
        col("Pièces à fournir", Text, "tpl-note-documents"),
        col("Coût", Text, "tpl-note-cost"),
        col("À faire d'abord", Text, "tpl-note-prerequisite"),
        col("En ligne : adresse", Url, "tpl-note-online-url"),
        col("En ligne : couvre", Choice(COVERS), "tpl-note-covers"),
        col(
            "En ligne : prérequis",
            Choices(REQUIREMENTS),
            "tpl-note-requires",
        ),
        col("En ligne : obligatoire", YesNo, "tpl-note-mandatory"),
        col("En ligne : base légale", Text, "tpl-note-legal-basis"),
        col("En ligne : relais", Text, "tpl-note-substitute"),
        col("En ligne : frais (EUR)", Number, "tpl-note-fee"),
        col("En ligne : délai (jours)", Number, "tpl-note-delay"),
    ];
    for (key, name) in CONTACT_CHANNELS {
        columns.push(col(
            leak(format!("{name} : contact")),
            Text,
            "tpl-note-channel-contact",
        ));
        columns.push(col(
            leak(format!("{name} : couvre")),
            Choice(COVERS),
            "tpl-note-covers",
        ));
        columns.push(col(
            leak(format!("{name} : prérequis")),
            Choices(REQUIREMENTS),
            "tpl-note-requires",
        ));
        // The contact written on the channel itself (catalogue: inline fields,
        // which override those of the contact named): held here so that every
        // catalogue survives its spreadsheet without `--into`.
        columns.push(col(
            leak(channel_field(name, "Type")),
            Choice(CONTACT_KINDS),
            "tpl-note-channel-kind",
        ));
        for field in contact_fields() {
            columns.push(Column {
                header: leak(channel_field(name, field.header)),
                note: "tpl-note-channel-field",
                ..field
            });
        }
        columns.push(col(
            leak(channel_field(name, TO_CONFIRM)),
            YesNo,
            "tpl-note-channel-to-confirm",
        ));
        if key == "postal" {
            columns.push(col("Courrier : formulaire", Text, "tpl-note-paper-form"));
            columns.push(col(
                "Courrier : formulaire obtenu",
                Choices(FORM_SOURCES),
                "tpl-note-form-from",
            ));
        }
        if key == "other_offline" {
            columns.push(col(
                "Autre canal : remplace",
                Choice(REPLACEABLE),
                "tpl-note-replaces",
            ));
            columns.push(col(
                "Autre canal : description",
                Text,
                "tpl-note-description",
            ));
        }
        columns.push(col(
            leak(format!("{name} : frais (EUR)")),
            Number,
            "tpl-note-fee",
        ));
        columns.push(col(
            leak(format!("{name} : délai (jours)")),
            Number,
            "tpl-note-delay",
        ));
    }
    columns
}

/// The header « À vérifier » (`to_confirm`), on contacts and channels.
pub const TO_CONFIRM: &str = "À vérifier";

/// The header of a contact field in a channel's group: « Guichet : numéro ».
pub fn channel_field(channel: &str, field: &str) -> String {
    format!("{channel} : {}", lower_first(field))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_lowercase)
        .chain(chars)
        .collect()
}

/// Headers built from the channel names live as long as the program (built
/// once, see `procedure_columns`).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

pub fn contact_columns() -> Vec<Column> {
    use Kind::*;
    let mut columns = vec![
        col("Identifiant", Text, "tpl-note-contact-id"),
        col("Type", Choice(CONTACT_KINDS), "tpl-note-contact-kind"),
    ];
    columns.extend(contact_fields());
    columns.push(col(TO_CONFIRM, YesNo, "tpl-note-contact-to-confirm"));
    columns
}

/// The fields of a contact, shared by the Contacts sheet and each channel's
/// group (where they describe the contact written on the channel).
fn contact_fields() -> Vec<Column> {
    use Kind::*;
    vec![
        col("Nom", Text, "tpl-note-name"),
        col("Adresse", Text, "tpl-note-address"),
        col("Numéro", Text, "tpl-note-number"),
        col("Horaires", Text, "tpl-note-hours"),
        col("Rendez-vous", Choice(APPOINTMENT), "tpl-note-appointment"),
        col("Réservation", Choices(BOOKING), "tpl-note-booking"),
        col("De plain-pied", YesNo, "tpl-note-step-free"),
        col("Répondu par", Choice(ANSWERED_BY), "tpl-note-answered-by"),
        col("Tarif", Choice(TARIFF), "tpl-note-tariff"),
        col("Libre-service", YesNo, "tpl-note-self-service"),
    ]
}

pub fn authority_columns() -> Vec<Column> {
    use Kind::*;
    vec![
        col("Identifiant", Text, "tpl-note-authority-id"),
        col("Nom", Text, "tpl-note-authority-name"),
        col("Pays", Text, "tpl-note-country"),
        col("Région", Text, "tpl-note-region"),
        col("Niveau", Choice(LEVELS), "tpl-note-level"),
        col("Langues", List, "tpl-note-languages"),
        col("Médiateur", Text, "tpl-note-mediator"),
    ]
}

pub fn exemption_columns() -> Vec<Column> {
    use Kind::*;
    vec![
        col("Démarche", Text, "tpl-note-exempted-procedure"),
        col("Règle", Text, "tpl-note-rule"),
        col("Motif", Text, "tpl-note-reason"),
        col("Référence", Text, "tpl-note-decision"),
        col("Fondement", Choice(GROUNDS), "tpl-note-ground"),
        col("Jusqu'au", Date, "tpl-note-until"),
    ]
}

/// Every sheet that holds data, with its columns.
pub fn data_sheets() -> Vec<(&'static str, Vec<Column>)> {
    vec![
        (PROCEDURES, procedure_columns()),
        (CONTACTS, contact_columns()),
        (AUTHORITY, authority_columns()),
        (EXEMPTIONS, exemption_columns()),
    ]
}

/// The lists of values, with every code (the drop-downs of the template).
pub const LISTS_OF_CODES: [&[&str]; 12] = [
    STATUS,
    COVERS,
    REQUIREMENTS,
    FORM_SOURCES,
    REPLACEABLE,
    CONTACT_KINDS,
    APPOINTMENT,
    BOOKING,
    ANSWERED_BY,
    TARIFF,
    LEVELS,
    GROUNDS,
];

/// Lower case, no accents, words joined by `-`: « Page d'information » →
/// `page-d-information`. Keys of the headers, and CSV file names.
fn slug(text: &str) -> String {
    let folded = crate::reading::text::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A header or a label as compared when read: case, accents and spacing aside.
fn folded(text: &str) -> String {
    crate::reading::text::fold(text.trim())
}

/// The template's words in one language, built once from the locales.
pub struct Words {
    pub lang: Lang,
    /// French sheet name → the name in this language.
    sheets: HashMap<&'static str, String>,
    /// French header → the header in this language.
    headers: HashMap<&'static str, String>,
    /// Code → label.
    labels: HashMap<&'static str, String>,
    /// Folded label → the codes it is the label of (in different lists):
    /// an import reads many cells, each looked up once.
    codes: HashMap<String, Vec<&'static str>>,
    yes: String,
    no: String,
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    static WORDS: OnceLock<[Words; 3]> = OnceLock::new();
    let all = WORDS.get_or_init(|| LANGS.map(Words::build));
    let index = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
    &all[index]
}

impl Words {
    fn build(lang: Lang) -> Self {
        let sheets = SHEETS
            .iter()
            .map(|(name, key)| (*name, i18n::t(lang, key)))
            .collect();
        let mut headers = HashMap::new();
        for (_, columns) in data_sheets() {
            for column in columns {
                headers
                    .entry(column.header)
                    .or_insert_with(|| translate_header(column.header, lang));
            }
        }
        let labels: HashMap<&'static str, String> = LISTS_OF_CODES
            .iter()
            .flat_map(|list| list.iter())
            .map(|code| (*code, i18n::t(lang, &format!("tpl-label-{code}"))))
            .collect();
        let mut codes: HashMap<String, Vec<&'static str>> = HashMap::new();
        for (code, label) in &labels {
            codes.entry(folded(label)).or_default().push(code);
        }
        Self {
            lang,
            sheets,
            headers,
            labels,
            codes,
            yes: i18n::t(lang, "tpl-yes"),
            no: i18n::t(lang, "tpl-no"),
        }
    }

    /// The name of a sheet (given by its French name) in this language.
    pub fn sheet<'a>(&'a self, name: &'a str) -> &'a str {
        self.sheets.get(name).map_or(name, String::as_str)
    }

    /// A header (given in French) in this language.
    pub fn header<'a>(&'a self, header: &'a str) -> &'a str {
        self.headers.get(header).map_or(header, String::as_str)
    }

    /// The label of a code in this language.
    pub fn label<'a>(&'a self, code: &'a str) -> &'a str {
        self.labels.get(code).map_or(code, String::as_str)
    }

    pub fn yes_no(&self, value: bool) -> &str {
        if value {
            &self.yes
        } else {
            &self.no
        }
    }

    /// The labels of a list, in its order.
    pub fn labels(&self, values: &[&str]) -> Vec<String> {
        values.iter().map(|v| self.label(v).to_owned()).collect()
    }

    /// What a cell of `kind` admits, as the notes sheet says it.
    pub fn admitted(&self, kind: Kind) -> String {
        let lang = self.lang;
        match kind {
            Kind::Text => i18n::t(lang, "tpl-admitted-text"),
            Kind::List => i18n::t(lang, "tpl-admitted-list"),
            Kind::Choice(values) => self.labels(values).join(" | "),
            Kind::Choices(values) => i18n::Message::new("tpl-admitted-several")
                .arg("values", self.labels(values).join(", "))
                .render(lang),
            Kind::YesNo => format!("{} | {}", self.yes, self.no),
            Kind::Number => i18n::t(lang, "tpl-admitted-number"),
            Kind::Date => i18n::t(lang, "tpl-admitted-date"),
            Kind::Url => i18n::t(lang, "tpl-admitted-url"),
        }
    }

    /// A cell written by the export (codes, `oui`/`non`) in this language's
    /// words; `phone: population-tel` keeps its contact.
    fn cell(&self, kind: Kind, cell: &mut super::Cell) {
        let super::Cell::Text(text) = cell else {
            return;
        };
        match kind {
            Kind::Choice(_) => *text = self.label(text).to_owned(),
            Kind::YesNo => *text = self.yes_no(text == YES_NO[0]).to_owned(),
            Kind::Choices(_) => {
                *text = text
                    .split(", ")
                    .map(|entry| match entry.split_once(": ") {
                        Some((code, contact)) => format!("{}: {contact}", self.label(code)),
                        None => self.label(entry).to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
            }
            _ => {}
        }
    }

    /// A row (written with the codes) in this language.
    pub fn localize_row(&self, row: &mut [super::Cell], columns: &[Column]) {
        for (cell, column) in row.iter_mut().zip(columns) {
            self.cell(column.kind, cell);
        }
    }

    /// The rows of the notes sheet: sheet, column, values admitted, explanation.
    pub fn notes(&self) -> Vec<[String; 4]> {
        let mut rows = Vec::new();
        for (name, columns) in data_sheets() {
            for column in columns {
                rows.push([
                    self.sheet(name).to_owned(),
                    self.header(column.header).to_owned(),
                    self.admitted(column.kind),
                    i18n::t(self.lang, column.note),
                ]);
            }
        }
        rows
    }

    /// The headers of the notes sheet.
    pub fn notes_headers(&self) -> [String; 4] {
        [
            "tpl-notes-sheet",
            "tpl-notes-column",
            "tpl-notes-admitted",
            "tpl-notes-explanation",
        ]
        .map(|key| i18n::t(self.lang, key))
    }
}

/// A French header in `lang`: « Guichet : numéro » is the channel's name and
/// the field's, each from the locales (`tpl-col-guichet`, `tpl-col-numero`).
fn translate_header(header: &str, lang: Lang) -> String {
    let word = |w: &str| i18n::t(lang, &format!("tpl-col-{}", slug(w)));
    match header.split_once(" : ") {
        Some((channel, field)) => {
            // French sets a space before the colon; Dutch and English do not.
            let separator = if lang == Lang::Fr { " : " } else { ": " };
            format!("{}{separator}{}", word(channel), lower_first(&word(field)))
        }
        None => word(header),
    }
}

/// The French name of a sheet named `name` in any language of the template.
pub fn sheet_of(name: &str) -> Option<&'static str> {
    let name = folded(name);
    LANGS.iter().find_map(|lang| {
        let words = words(*lang);
        SHEETS
            .iter()
            .map(|(sheet, _)| *sheet)
            .find(|sheet| folded(words.sheet(sheet)) == name)
    })
}

/// The file of a sheet in a CSV directory written in `lang`: its name in
/// that language, as a slug (`demarches.csv`, `contacten.csv`).
pub fn csv_file_name(sheet: &str, lang: Lang) -> String {
    format!("{}.csv", slug(words(lang).sheet(sheet)))
}

/// Every file name a sheet may have in a CSV directory, one per language
/// (without repeats): each is read.
pub fn csv_file_names(sheet: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for lang in LANGS {
        let name = csv_file_name(sheet, lang);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The code a cell means: the code itself, or its label in any language of
/// the template (case and accents aside: « Sur rendez-vous », « op afspraak »).
pub fn code_of<'a>(typed: &'a str, values: &[&'a str]) -> &'a str {
    let typed_folded = folded(typed);
    LANGS
        .iter()
        .filter_map(|lang| words(*lang).codes.get(&typed_folded))
        .flatten()
        .find_map(|code| values.iter().find(|v| *v == code))
        .map_or(typed, |code| code)
}

/// What a yes/no cell means, in any language (`oui`, `ja`, `yes`, `true`, `1`).
pub fn yes_no_of(typed: &str) -> Option<bool> {
    let typed = folded(typed);
    if matches!(typed.as_str(), "true" | "1" | "vrai" | "waar") {
        return Some(true);
    }
    if matches!(typed.as_str(), "false" | "0" | "faux" | "onwaar") {
        return Some(false);
    }
    LANGS.iter().find_map(|lang| {
        let words = words(*lang);
        [true, false]
            .into_iter()
            .find(|value| folded(words.yes_no(*value)) == typed)
    })
}

/// `full (complet) | partial (partiel) | info (information)`: what a cell
/// of the list accepts, with the words of `lang`.
pub fn with_labels(values: &[&str], lang: Lang) -> String {
    let words = words(lang);
    values
        .iter()
        .map(|code| match words.label(code) {
            label if label != *code => format!("{code} ({label})"),
            _ => (*code).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// How a header of a workbook reads, against the columns of its sheet.
#[derive(Debug, PartialEq)]
pub enum Header {
    /// A column of the sheet, in the workbook's language (its French header).
    Known(&'static str),
    /// A column's header in another language than the rest of the sheet:
    /// its header in the sheet's language.
    Mixed(String),
    Unknown,
}

/// The language of a sheet: the one most of its headers are written in
/// (French when none is).
pub fn language_of(headers: &[String], columns: &[Column]) -> Lang {
    let count = |lang: Lang| {
        let words = words(lang);
        headers
            .iter()
            .filter(|h| {
                let h = folded(h);
                columns.iter().any(|c| folded(words.header(c.header)) == h)
            })
            .count()
    };
    let mut best = Lang::Fr;
    for lang in LANGS {
        if count(lang) > count(best) {
            best = lang;
        }
    }
    best
}

/// What `header` is in a sheet written in `lang` with `columns`.
pub fn read_header(header: &str, lang: Lang, columns: &[Column]) -> Header {
    let typed = folded(header);
    let own = words(lang);
    if let Some(column) = columns
        .iter()
        .find(|c| folded(own.header(c.header)) == typed)
    {
        return Header::Known(column.header);
    }
    for other in LANGS {
        let words = words(other);
        if let Some(column) = columns
            .iter()
            .find(|c| folded(words.header(c.header)) == typed)
        {
            return Header::Mixed(own.header(column.header).to_owned());
        }
    }
    Header::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_language_mean_their_codes_and_codes_stay() {
        assert_eq!(code_of("complet", COVERS), "full");
        assert_eq!(code_of("Sur rendez-vous", APPOINTMENT), "required");
        assert_eq!(code_of("prevue", STATUS), "planned");
        assert_eq!(code_of("guichet", BOOKING), "counter");
        assert_eq!(code_of("volledig", COVERS), "full");
        assert_eq!(code_of("Op afspraak", APPOINTMENT), "required");
        assert_eq!(code_of("loket", BOOKING), "counter");
        assert_eq!(code_of("OCMW", LEVELS), "cpas");
        assert_eq!(code_of("by appointment", APPOINTMENT), "required");
        assert_eq!(code_of("full", COVERS), "full");
        // A word of another list is not taken: the list's error says so.
        assert_eq!(code_of("guichet", COVERS), "guichet");
        assert_eq!(code_of("loket", COVERS), "loket");
        assert_eq!(code_of("completement", COVERS), "completement");
        assert_eq!(yes_no_of("Ja"), Some(true));
        assert_eq!(yes_no_of("nee"), Some(false));
        assert_eq!(yes_no_of("oui"), Some(true));
        assert_eq!(yes_no_of("no"), Some(false));
        assert_eq!(yes_no_of("misschien"), None);
    }

    #[test]
    fn every_code_has_one_label_per_language_and_no_word_means_two_codes() {
        for lang in LANGS {
            for list in LISTS_OF_CODES {
                for code in list {
                    let key = format!("tpl-label-{code}");
                    assert!(i18n::has_key(lang, &key), "{lang:?}: {key}");
                }
            }
        }
        // Within a list, a word (a code, or a label in any language) names
        // one code only, whatever the language the workbook is in.
        for list in LISTS_OF_CODES {
            let mut meaning: HashMap<String, &str> = HashMap::new();
            for code in list {
                let mut forms = vec![folded(code)];
                forms.extend(LANGS.iter().map(|l| folded(words(*l).label(code))));
                for form in forms {
                    let other = meaning.insert(form.clone(), code);
                    assert!(
                        other.is_none_or(|o| o == *code),
                        "{form}: {other:?} and {code}"
                    );
                }
            }
        }
        for lang in LANGS {
            let words = words(lang);
            assert_ne!(folded(words.yes_no(true)), folded(words.yes_no(false)));
            for label in words.labels.values() {
                // The import splits lists on commas and bookings on colons.
                assert!(!label.contains([',', ';', ':']), "{label}");
            }
        }
    }

    #[test]
    fn every_header_has_one_word_per_language_and_names_one_column() {
        for lang in LANGS {
            let words = words(lang);
            let mut sheet_names = Vec::new();
            for (name, _) in SHEETS {
                assert!(!words.sheet(name).starts_with("tpl-"), "{lang:?} {name}");
                sheet_names.push(folded(words.sheet(name)));
            }
            sheet_names.sort();
            sheet_names.dedup();
            assert_eq!(sheet_names.len(), SHEETS.len(), "{lang:?}");
            for (name, columns) in data_sheets() {
                let mut seen = Vec::new();
                for column in &columns {
                    let header = words.header(column.header);
                    assert!(!header.contains("tpl-"), "{lang:?}: {}", column.header);
                    assert!(
                        i18n::has_key(lang, column.note),
                        "{lang:?}: {}",
                        column.note
                    );
                    assert!(!seen.contains(&folded(header)), "{lang:?} {name}: {header}");
                    seen.push(folded(header));
                    assert_eq!(
                        read_header(header, lang, &columns),
                        Header::Known(column.header)
                    );
                }
            }
        }
        // French is the tool's own name for every column.
        for (_, columns) in data_sheets() {
            for column in columns {
                assert_eq!(words(Lang::Fr).header(column.header), column.header);
            }
        }
        // A sheet name in any language names one sheet.
        for (name, _) in SHEETS {
            for lang in LANGS {
                assert_eq!(sheet_of(words(lang).sheet(name)), Some(name));
            }
        }
    }

    #[test]
    fn a_sheet_is_read_in_its_language_and_a_header_of_another_is_mixed() {
        let columns = contact_columns();
        let dutch: Vec<String> = ["ID", "Soort", "Naam", "Nummer"].map(String::from).to_vec();
        assert_eq!(language_of(&dutch, &columns), Lang::Nl);
        assert_eq!(
            read_header("Openingsuren", Lang::Nl, &columns),
            Header::Known("Horaires")
        );
        assert_eq!(
            read_header("Horaires", Lang::Nl, &columns),
            Header::Mixed("Openingsuren".into())
        );
        assert_eq!(
            read_header("Openingsuur", Lang::Nl, &columns),
            Header::Unknown
        );
        let french: Vec<String> = ["Identifiant", "Type", "Nom"].map(String::from).to_vec();
        assert_eq!(language_of(&french, &columns), Lang::Fr);
        assert_eq!(language_of(&[], &columns), Lang::Fr);
    }

    #[test]
    fn csv_file_names_follow_the_language_and_the_french_ones_stay() {
        assert_eq!(csv_file_name(PROCEDURES, Lang::Fr), "demarches.csv");
        assert_eq!(csv_file_name(AUTHORITY, Lang::Fr), "autorite.csv");
        assert_eq!(csv_file_name(CONTACTS, Lang::Fr), "contacts.csv");
        assert_eq!(csv_file_name(EXEMPTIONS, Lang::Fr), "exemptions.csv");
        assert_eq!(csv_file_name(CONTACTS, Lang::Nl), "contacten.csv");
        assert_eq!(
            csv_file_names(PROCEDURES),
            ["demarches.csv", "procedures.csv"]
        );
    }

    #[test]
    fn an_exported_cell_is_written_in_the_workbook_language() {
        let nl = words(Lang::Nl);
        let mut cell = super::super::Cell::text("phone: population-tel, counter");
        nl.cell(Kind::Choices(BOOKING), &mut cell);
        assert_eq!(cell.as_text(), "telefoon: population-tel, loket");
        let mut cell = super::super::Cell::text("oui");
        nl.cell(Kind::YesNo, &mut cell);
        assert_eq!(cell.as_text(), "ja");
        let mut cell = super::super::Cell::text("required");
        words(Lang::Fr).cell(Kind::Choice(APPOINTMENT), &mut cell);
        assert_eq!(cell.as_text(), "sur rendez-vous");
        let mut cell = super::super::Cell::text("Mairie");
        nl.cell(Kind::Text, &mut cell);
        assert_eq!(cell.as_text(), "Mairie");
    }
}
