//! Rows of the template back into the catalogue (import side). Every bad cell
//! of every sheet is reported, with the sheet, the row, the column header, the
//! value, what was expected and the closest valid value; nothing is guessed.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::de::DeserializeOwned;

use super::template::{self, Column, Kind};
use super::{Cell, Sheet, Workbook};
use crate::catalog::load::{self, SourceFile};
use crate::catalog::model::{
    Authority, AuthorityLevel, Booking, BookingMethod, CatalogFile, Channels, Contact,
    ContactChannel, ContactKind, Exemption, OnlineChannel, PerChannel, Procedure, ProcedureStatus,
    Step,
};
use crate::catalog::resolve;
use crate::diagnostic::{suggestion, Diagnostic, Diagnostics};
use crate::i18n::Message;
use crate::located::Located;
use crate::reading::hours::Typed;

/// Reads the contact fields into `$target` (a `Contact` or a channel's inline
/// `ContactChannel`: the catalogue declares both with the same fields) from
/// the columns `$header` names from the Contacts sheet's header.
macro_rules! read_contact_fields {
    ($reader:expr, $row:expr, $errors:expr, $target:expr, $header:expr) => {{
        let header = $header;
        let (reader, row, errors) = (&$reader, $row, $errors);
        $target.name = reader.text(row, &header("Nom"));
        $target.address = reader.text(row, &header("Adresse"));
        $target.number = reader.located(row, &header("Numéro"));
        $target.opening_hours = reader.hours(row, &header("Horaires"), errors);
        $target.appointment = reader.choice(row, &header("Rendez-vous"), errors);
        let booking = reader.bookings(row, &header("Réservation"), errors);
        $target.booking = (!booking.is_empty()).then_some(booking);
        $target.step_free = reader.yes_no(row, &header("De plain-pied"), errors);
        $target.answered_by = reader.choice(row, &header("Répondu par"), errors);
        $target.tariff = reader.choice(row, &header("Tarif"), errors);
        $target.self_service = reader.yes_no(row, &header("Libre-service"), errors);
        $target.to_confirm = reader
            .yes_no(row, &header(template::TO_CONFIRM), errors)
            .unwrap_or(false);
    }};
}

/// Reads the cells of one sheet by header, collecting errors.
struct SheetReader<'a> {
    file: &'a Path,
    sheet: &'a Sheet,
    /// Which sheet, carried in the columns of the values read (see `place`).
    code: u32,
    /// How cells written as people type were read (dates, hours), shown to
    /// the user so that no reading is silent.
    notes: &'a RefCell<Diagnostics>,
    columns: Vec<Column>,
    index: HashMap<&'a str, usize>,
    /// The language the sheet is written in.
    lang: crate::i18n::Lang,
}

/// A value read from a cell: where it was, for the catalogue's locations.
struct At {
    row: u32,
    column: u32,
}

impl<'a> SheetReader<'a> {
    fn new(
        file: &'a Path,
        sheet: &'a Sheet,
        code: u32,
        notes: &'a RefCell<Diagnostics>,
        columns: Vec<Column>,
        required: &[&str],
        errors: &mut Diagnostics,
    ) -> Self {
        let mut index = HashMap::new();
        // The sheet is read in the language of its headers (any of the
        // template's); a header in another is said, with its own word.
        let lang = template::language_of(&sheet.headers, &columns);
        let words = template::words(lang);
        let known: Vec<&str> = columns.iter().map(|c| words.header(c.header)).collect();
        for (i, header) in sheet.headers.iter().enumerate() {
            let header = header.trim();
            if header.is_empty() {
                continue;
            }
            match template::read_header(header, lang, &columns) {
                template::Header::Known(canonical) => {
                    index.insert(canonical, i);
                }
                template::Header::Mixed(own) => errors.push(
                    Diagnostic::new(
                        file,
                        1,
                        i as u32 + 1,
                        Message::new("sheet-mixed-column")
                            .arg("sheet", &sheet.name)
                            .arg("header", header),
                    )
                    .with_help(Some(
                        Message::new("diag-did-you-mean").arg("candidate", own),
                    )),
                ),
                template::Header::Unknown => errors.push(
                    Diagnostic::new(
                        file,
                        1,
                        i as u32 + 1,
                        Message::new("sheet-unknown-column")
                            .arg("sheet", &sheet.name)
                            .arg("header", header),
                    )
                    .with_help(suggestion(header, known.iter().copied())),
                ),
            }
        }
        for header in required {
            if !index.contains_key(header) {
                errors.push(Diagnostic::new(
                    file,
                    1,
                    0,
                    Message::new("sheet-missing-column")
                        .arg("sheet", &sheet.name)
                        .arg("header", words.header(header)),
                ));
            }
        }
        Self {
            file,
            sheet,
            code,
            notes,
            columns,
            index,
            lang,
        }
    }

    /// What a cell should have held, in the sheet's language.
    fn expected(&self, key: &str) -> String {
        crate::i18n::t(self.lang, key)
    }

    /// A column (named by its French header) as the workbook calls it.
    fn shown<'h>(&'h self, header: &'h str) -> &'h str {
        match self.index.get(header) {
            Some(&i) => self.sheet.headers[i].trim(),
            None => template::words(self.lang).header(header),
        }
    }

    fn raw(&self, row: usize, header: &str) -> String {
        self.index
            .get(header)
            .and_then(|&i| self.sheet.rows[row].get(i))
            .map(Cell::as_text)
            .unwrap_or_default()
    }

    fn at(&self, row: usize, header: &str) -> At {
        At {
            row: row as u32 + 2,
            column: self.index.get(header).map_or(0, |&i| i as u32 + 1),
        }
    }

    /// Where a value read from `header` goes in the catalogue: its row, and
    /// its column tagged with the sheet, so that what validating the
    /// catalogue finds is said in the sheet's words (`locate`).
    fn place(&self, row: usize, header: &str) -> At {
        let at = self.at(row, header);
        At {
            row: at.row,
            column: self.code * SHEET_SPAN + at.column,
        }
    }

    fn error(
        &self,
        row: usize,
        header: &str,
        value: &str,
        expected: String,
        help: Option<Message>,
        errors: &mut Diagnostics,
    ) {
        let at = self.at(row, header);
        errors.push(
            Diagnostic::new(
                self.file,
                at.row,
                at.column,
                Message::new("sheet-bad-cell")
                    .arg("sheet", &self.sheet.name)
                    .arg("row", at.row)
                    .arg("header", self.shown(header))
                    .arg("value", value)
                    .arg("expected", expected),
            )
            .with_help(help),
        );
    }

    /// Says how `value` was read: « Contacts, ligne 2, colonne Horaires :
    /// « lundi au vendredi 9h-12h » lu comme « Mo-Fr 09:00-12:00 » ».
    fn note(&self, row: usize, header: &str, key: &'static str, value: &str, reading: &str) {
        let at = self.at(row, header);
        self.notes.borrow_mut().push(Diagnostic::new(
            self.file,
            at.row,
            at.column,
            Message::new(key)
                .arg("sheet", &self.sheet.name)
                .arg("row", at.row)
                .arg("header", self.shown(header))
                .arg("value", value)
                .arg("reading", reading),
        ));
    }

    /// Opening hours: the OSM form as it is; hours in words (« du lundi au
    /// vendredi de 9h à 12h ») read by the reader `scan` uses, the result
    /// shown; words only partly understood refused with the reading offered.
    fn hours(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Option<Located<String>> {
        let mut located = self.located(row, header)?;
        if crate::catalog::hours::parse(&located.value).is_ok() {
            return Some(located);
        }
        match crate::reading::hours::read_typed(&located.value) {
            Typed::Complete(osm) => {
                self.note(row, header, "sheet-read-as", &located.value, &osm);
                located.value = osm;
            }
            Typed::Partial(osm) => {
                self.error(
                    row,
                    header,
                    &located.value,
                    self.expected("sheet-expected-hours"),
                    Some(Message::new("diag-did-you-mean").arg("candidate", osm)),
                    errors,
                );
                return None;
            }
            // Validation says what is wrong with it, at this cell.
            Typed::Unread => {}
        }
        Some(located)
    }

    fn kind(&self, header: &str) -> Kind {
        self.columns
            .iter()
            .find(|c| c.header == header)
            .map_or(Kind::Text, |c| c.kind)
    }

    fn text(&self, row: usize, header: &str) -> Option<String> {
        let value = self.raw(row, header);
        (!value.is_empty()).then_some(value)
    }

    fn located(&self, row: usize, header: &str) -> Option<Located<String>> {
        let at = self.place(row, header);
        self.text(row, header)
            .map(|v| Located::new(v, at.row, at.column))
    }

    fn list(&self, row: usize, header: &str) -> Vec<String> {
        split(&self.raw(row, header))
    }

    fn choice<T: DeserializeOwned>(
        &self,
        row: usize,
        header: &str,
        errors: &mut Diagnostics,
    ) -> Option<T> {
        let value = self.raw(row, header);
        if value.is_empty() {
            return None;
        }
        self.parse_choice(row, header, &value, errors)
    }

    fn parse_choice<T: DeserializeOwned>(
        &self,
        row: usize,
        header: &str,
        value: &str,
        errors: &mut Diagnostics,
    ) -> Option<T> {
        let values = match self.kind(header) {
            Kind::Choice(v) | Kind::Choices(v) => v,
            _ => &[][..],
        };
        let normalised = template::code_of(value, values).trim().to_lowercase();
        match serde_json::from_value::<T>(serde_json::Value::String(normalised)) {
            Ok(v) => Some(v),
            Err(_) => {
                self.error(
                    row,
                    header,
                    value,
                    template::with_labels(values, self.lang),
                    suggestion(value, values.iter().copied()),
                    errors,
                );
                None
            }
        }
    }

    fn choices<T: DeserializeOwned>(
        &self,
        row: usize,
        header: &str,
        errors: &mut Diagnostics,
    ) -> Vec<T> {
        split(&self.raw(row, header))
            .iter()
            .filter_map(|v| self.parse_choice(row, header, v, errors))
            .collect()
    }

    /// `phone: population-tel, counter`: a method alone, or a method and the
    /// id of the contact that books.
    fn bookings(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Vec<Booking> {
        let at = self.place(row, header);
        split(&self.raw(row, header))
            .iter()
            .filter_map(|entry| match entry.split_once(':') {
                Some((method, contact)) => {
                    let method: BookingMethod = self.parse_choice(row, header, method, errors)?;
                    Some(Booking {
                        method,
                        contact: Some(Located::new(contact.trim().to_owned(), at.row, at.column)),
                    })
                }
                None => self.parse_choice(row, header, entry, errors),
            })
            .collect()
    }

    fn yes_no(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Option<bool> {
        let value = self.raw(row, header);
        if value.is_empty() {
            return None;
        }
        match template::yes_no_of(&value) {
            Some(yes) => Some(yes),
            None => {
                let words = template::words(self.lang);
                let (yes, no) = (words.yes_no(true), words.yes_no(false));
                self.error(
                    row,
                    header,
                    &value,
                    format!("{yes} | {no}"),
                    suggestion(&value, [yes, no]),
                    errors,
                );
                None
            }
        }
    }

    fn number(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Option<f64> {
        let value = self.raw(row, header);
        if value.is_empty() {
            return None;
        }
        let cleaned = value.replace(['€', '\u{a0}', ' '], "").replace(',', ".");
        match cleaned.parse::<f64>() {
            Ok(n) if n.is_finite() && n >= 0.0 => Some(n),
            _ => {
                self.error(
                    row,
                    header,
                    &value,
                    self.expected("sheet-expected-number"),
                    None,
                    errors,
                );
                None
            }
        }
    }

    fn date(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Option<NaiveDate> {
        let value = self.raw(row, header);
        if value.is_empty() {
            return None;
        }
        if let Ok(d) = NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
            return Some(d);
        }
        // As written in Belgium and France: day first, whatever the separator.
        let parsed = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"]
            .iter()
            .find_map(|format| NaiveDate::parse_from_str(value.trim(), format).ok());
        match parsed {
            Some(d) => {
                let reading = d.format("%Y-%m-%d").to_string();
                self.note(row, header, "sheet-date-day-first", &value, &reading);
                Some(d)
            }
            None => {
                self.error(
                    row,
                    header,
                    &value,
                    self.expected("sheet-expected-date"),
                    None,
                    errors,
                );
                None
            }
        }
    }

    fn url(&self, row: usize, header: &str, errors: &mut Diagnostics) -> Option<url::Url> {
        let value = self.raw(row, header);
        if value.is_empty() {
            return None;
        }
        match url::Url::parse(&value) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u),
            _ => {
                let help = (!value.contains("://")).then(|| {
                    Message::new("diag-did-you-mean").arg("candidate", format!("https://{value}"))
                });
                self.error(
                    row,
                    header,
                    &value,
                    self.expected("sheet-expected-url"),
                    help,
                    errors,
                );
                None
            }
        }
    }

    fn row_is_empty(&self, row: usize) -> bool {
        self.sheet.rows[row].is_empty()
    }
}

fn split(value: &str) -> Vec<String> {
    value
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn group_is_empty(reader: &SheetReader, row: usize, name: &str, skip_money: bool) -> bool {
    reader
        .columns
        .iter()
        .filter(|c| c.header.starts_with(&format!("{name} : ")))
        .all(|c| {
            (skip_money
                && (c.header.ends_with("frais (EUR)") || c.header.ends_with("délai (jours)")))
                || reader.raw(row, c.header).is_empty()
        })
}

fn channels(reader: &SheetReader, row: usize, errors: &mut Diagnostics) -> Channels {
    let mut channels = Channels::default();
    if !group_is_empty(reader, row, "En ligne", true) {
        channels.online = Some(Box::new(OnlineChannel {
            url: reader.url(row, "En ligne : adresse", errors),
            requires: reader.choices(row, "En ligne : prérequis", errors),
            mandatory: reader
                .yes_no(row, "En ligne : obligatoire", errors)
                .unwrap_or(false),
            legal_basis: reader.text(row, "En ligne : base légale"),
            substitute: reader.located(row, "En ligne : relais"),
            covers: reader
                .choice(row, "En ligne : couvre", errors)
                .unwrap_or_default(),
        }));
    }
    for (key, name) in template::CONTACT_CHANNELS {
        if group_is_empty(reader, row, name, true) {
            continue;
        }
        let mut channel = ContactChannel {
            contact: reader.located(row, &format!("{name} : contact")),
            covers: reader
                .choice(row, &format!("{name} : couvre"), errors)
                .unwrap_or_default(),
            requires: reader.choices(row, &format!("{name} : prérequis"), errors),
            ..ContactChannel::default()
        };
        let kind_header = template::channel_field(name, "Type");
        let kind_at = reader.place(row, &kind_header);
        channel.kind = reader
            .choice(row, &kind_header, errors)
            .map(|k| Located::new(k, kind_at.row, kind_at.column));
        read_contact_fields!(reader, row, &mut *errors, channel, |field: &str| {
            template::channel_field(name, field)
        });
        if key == "postal" {
            channel.paper_form = reader.text(row, "Courrier : formulaire");
            channel.form_from = reader.choices(row, "Courrier : formulaire obtenu", errors);
        }
        if key == "other_offline" {
            channel.replaces = reader.choice(row, "Autre canal : remplace", errors);
            channel.description = reader.text(row, "Autre canal : description");
        }
        match key {
            "counter" => channels.counter = Some(Box::new(channel)),
            "phone" => channels.phone = Some(Box::new(channel)),
            "postal" => channels.postal = Some(Box::new(channel)),
            "email" => channels.email = Some(Box::new(channel)),
            _ => channels.other_offline = Some(Box::new(channel)),
        }
    }
    channels
}

fn per_channel(
    reader: &SheetReader,
    row: usize,
    suffix: &str,
    errors: &mut Diagnostics,
) -> Option<PerChannel<f64>> {
    let get = |name: &str, errors: &mut Diagnostics| {
        reader.number(row, &format!("{name} : {suffix}"), errors)
    };
    let values = PerChannel {
        online: get("En ligne", errors),
        counter: get("Guichet", errors),
        phone: get("Téléphone", errors),
        postal: get("Courrier", errors),
        email: get("Courriel", errors),
        other_offline: get("Autre canal", errors),
    };
    let any = [
        values.online,
        values.counter,
        values.phone,
        values.postal,
        values.email,
        values.other_offline,
    ]
    .iter()
    .any(Option::is_some);
    any.then_some(values)
}

/// Columns of values read from a sheet carry the sheet: `code * SHEET_SPAN +
/// column` (a sheet has far fewer columns than this).
const SHEET_SPAN: u32 = 1 << 16;
const SHEET_AUTHORITY: u32 = 1;
const SHEET_CONTACTS: u32 = 2;
const SHEET_PROCEDURES: u32 = 3;
const SHEET_EXEMPTIONS: u32 = 4;

/// The sheet tagged in a column (`SheetReader::place`).
fn sheet_name(code: u32) -> Option<&'static str> {
    match code {
        SHEET_AUTHORITY => Some(template::AUTHORITY),
        SHEET_CONTACTS => Some(template::CONTACTS),
        SHEET_PROCEDURES => Some(template::PROCEDURES),
        SHEET_EXEMPTIONS => Some(template::EXEMPTIONS),
        _ => None,
    }
}

/// Reads the workbook read from `file` back into a catalogue and validates
/// it in memory, as the catalogue it would write: every error of every kind
/// (a cell that cannot be read, a reference, a phone number, opening hours…)
/// at once, each said at its sheet, row and column, never at a line of a
/// YAML file that does not exist.
pub fn from_workbook(file: &Path, mut workbook: Workbook) -> Result<Imported, Diagnostics> {
    let notes = RefCell::new(Diagnostics::default());
    let (catalog, mut errors) = read_sheets(file, &workbook, &notes);
    // Read: only the headers are still needed (to name the columns of what
    // validation finds). The rows go before the catalogue is validated,
    // which makes a second form of it.
    for sheet in &mut workbook.sheets {
        sheet.rows = Vec::new();
    }
    let workbook = &workbook;
    // Cells already refused are not reported a second time by validation.
    let refused: std::collections::HashSet<(u32, String, u32)> = errors
        .0
        .iter()
        .filter_map(|d| Some((d.line, sheet_of(&d.message)?, d.column)))
        .collect();
    let files = vec![SourceFile {
        path: file.to_path_buf(),
        text: String::new(),
    }];
    let raw = match load::merge_files(files, vec![catalog]) {
        Ok(raw) => raw,
        Err(found) => {
            errors.extend(locate(found, workbook, &refused));
            return Err(errors.sorted());
        }
    };
    if let Err(found) = resolve::resolve(&raw) {
        errors.extend(locate(found, workbook, &refused));
    }
    if !errors.is_empty() {
        return Err(errors.sorted());
    }
    Ok(Imported {
        catalog: super::merged_owned(raw),
        notes: notes.into_inner(),
    })
}

/// A workbook read back: the catalogue, and how cells written as people type
/// them were read (to be shown: no reading is silent).
pub struct Imported {
    pub catalog: CatalogFile,
    pub notes: Diagnostics,
}

/// The sheet a diagnostic of the reader names.
fn sheet_of(message: &Message) -> Option<String> {
    message.args.iter().find_map(|(name, value)| match value {
        crate::i18n::Arg::Text(text) if *name == "sheet" => Some(text.clone()),
        _ => None,
    })
}

/// What validation found, said in the sheet's words: « Démarches, ligne 12,
/// colonne Horaires : … » (the header read from the workbook).
fn locate(
    found: Diagnostics,
    workbook: &Workbook,
    refused: &std::collections::HashSet<(u32, String, u32)>,
) -> Diagnostics {
    let mut out = Diagnostics::default();
    for mut d in found.0 {
        if let Some(name) = sheet_name(d.column / SHEET_SPAN) {
            let column = d.column % SHEET_SPAN;
            // The sheet as the workbook names it, in its language.
            let sheet = workbook.sheet(name);
            let name = sheet.map_or(name, |s| s.name.as_str());
            if refused.contains(&(d.line, name.to_owned(), column)) {
                continue;
            }
            let header = sheet
                .and_then(|s| s.headers.get((column as usize).checked_sub(1)?))
                .cloned()
                .unwrap_or_default();
            d.message = Message::new("sheet-cell")
                .arg("sheet", name)
                .arg("row", d.line)
                .arg("header", header)
                .message("message", d.message);
            d.column = column;
        }
        d.snippet = None;
        out.push(d);
    }
    out
}

/// The language most of the workbook's sheet names are in (French when
/// none is recognised).
fn workbook_language(workbook: &Workbook) -> crate::i18n::Lang {
    let named_in = |lang: crate::i18n::Lang| {
        let words = template::words(lang);
        workbook
            .sheets
            .iter()
            .filter(|s| {
                template::data_sheets()
                    .iter()
                    .any(|(name, _)| words.sheet(name) == s.name)
            })
            .count()
    };
    let mut best = (crate::i18n::Lang::Fr, named_in(crate::i18n::Lang::Fr));
    for lang in template::LANGS {
        let count = named_in(lang);
        if count > best.1 {
            best = (lang, count);
        }
    }
    best.0
}

/// Reads the sheets into a catalogue, whatever their mistakes (a cell that
/// cannot be read is left empty), with every mistake found.
fn read_sheets(
    file: &Path,
    workbook: &Workbook,
    notes: &RefCell<Diagnostics>,
) -> (CatalogFile, Diagnostics) {
    let mut errors = Diagnostics::default();
    // A sheet that is missing is read as one with its columns and no row:
    // its absence is said once, not again for each of its columns.
    let empty = |name: &str| Sheet {
        name: name.to_owned(),
        headers: template::data_sheets()
            .into_iter()
            .find(|(sheet, _)| *sheet == name)
            .map(|(_, columns)| columns.iter().map(|c| c.header.to_owned()).collect())
            .unwrap_or_default(),
        ..Sheet::default()
    };
    // A missing sheet is named as the workbook's other sheets are: a Dutch
    // workbook misses « Bestuur », not « Autorité ».
    let words = template::words(workbook_language(workbook));
    let sheet = |name: &str, required: bool, errors: &mut Diagnostics| -> Cow<'_, Sheet> {
        match workbook.sheet(name) {
            Some(s) => Cow::Borrowed(s),
            None => {
                if required {
                    let names: Vec<&str> =
                        workbook.sheets.iter().map(|s| s.name.as_str()).collect();
                    let shown = words.sheet(name);
                    errors.push(
                        Diagnostic::new(
                            file,
                            0,
                            0,
                            Message::new("sheet-missing").arg("sheet", shown),
                        )
                        .with_help(suggestion(shown, names)),
                    );
                }
                Cow::Owned(empty(name))
            }
        }
    };
    let procedures_sheet = sheet(template::PROCEDURES, true, &mut errors);
    let contacts_sheet = sheet(template::CONTACTS, false, &mut errors);
    let authority_sheet = sheet(template::AUTHORITY, true, &mut errors);
    let exemptions_sheet = sheet(template::EXEMPTIONS, false, &mut errors);

    // Authority: its first non-empty row.
    let reader = SheetReader::new(
        file,
        &authority_sheet,
        SHEET_AUTHORITY,
        notes,
        template::authority_columns(),
        &["Identifiant", "Nom", "Pays", "Niveau"],
        &mut errors,
    );
    let mut authority = None;
    for row in 0..authority_sheet.rows.len() {
        if reader.row_is_empty(row) {
            continue;
        }
        if authority.is_some() {
            errors.push(Diagnostic::new(
                file,
                row as u32 + 2,
                0,
                Message::new("sheet-second-authority").arg("sheet", &authority_sheet.name),
            ));
            continue;
        }
        let required = |header: &str, errors: &mut Diagnostics| {
            let value = reader.located(row, header);
            if value.is_none() {
                reader.error(
                    row,
                    header,
                    "",
                    reader.expected("sheet-expected-value"),
                    None,
                    errors,
                );
            }
            value
        };
        let id = required("Identifiant", &mut errors);
        let name = required("Nom", &mut errors);
        let country = required("Pays", &mut errors);
        let level: Option<AuthorityLevel> = reader.choice(row, "Niveau", &mut errors);
        if level.is_none() && reader.raw(row, "Niveau").is_empty() {
            reader.error(
                row,
                "Niveau",
                "",
                template::with_labels(template::LEVELS, reader.lang),
                None,
                &mut errors,
            );
        }
        if let (Some(id), Some(name), Some(country), Some(level)) = (id, name, country, level) {
            authority = Some(Authority {
                id,
                name: name.value,
                country,
                region: reader.text(row, "Région"),
                level,
                languages: reader.list(row, "Langues"),
                mediator: reader.located(row, "Médiateur"),
                code: None,
                departement: None,
                population: None,
                status: None,
            });
        }
    }

    // Contacts.
    let reader = SheetReader::new(
        file,
        &contacts_sheet,
        SHEET_CONTACTS,
        notes,
        template::contact_columns(),
        &["Identifiant", "Type"],
        &mut errors,
    );
    let mut contacts = BTreeMap::new();
    for row in 0..contacts_sheet.rows.len() {
        if reader.row_is_empty(row) {
            continue;
        }
        let Some(id) = reader.text(row, "Identifiant") else {
            reader.error(
                row,
                "Identifiant",
                "",
                reader.expected("sheet-expected-contact-id"),
                None,
                &mut errors,
            );
            continue;
        };
        let kind_at = reader.place(row, "Type");
        let kind: Option<ContactKind> = reader.choice(row, "Type", &mut errors);
        if kind.is_none() && reader.raw(row, "Type").is_empty() {
            reader.error(
                row,
                "Type",
                "",
                template::with_labels(template::CONTACT_KINDS, reader.lang),
                None,
                &mut errors,
            );
        }
        let mut contact = Contact {
            kind: Located::new(
                kind.unwrap_or(ContactKind::Counter),
                kind_at.row,
                kind_at.column,
            ),
            name: None,
            address: None,
            number: None,
            opening_hours: None,
            appointment: None,
            booking: None,
            step_free: None,
            answered_by: None,
            tariff: None,
            self_service: None,
            to_confirm: false,
        };
        read_contact_fields!(reader, row, &mut errors, contact, |field: &str| field
            .to_owned());
        if contacts.insert(id.clone(), contact).is_some() {
            reader.error(
                row,
                "Identifiant",
                &id,
                reader.expected("sheet-expected-unique-id"),
                None,
                &mut errors,
            );
        }
    }

    // Procedures and their steps.
    let reader = SheetReader::new(
        file,
        &procedures_sheet,
        SHEET_PROCEDURES,
        notes,
        template::procedure_columns(),
        &["Identifiant", "Intitulé"],
        &mut errors,
    );
    let mut procedures: Vec<Procedure> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    for row in 0..procedures_sheet.rows.len() {
        if reader.row_is_empty(row) {
            continue;
        }
        let Some(id) = reader.located(row, "Identifiant") else {
            reader.error(
                row,
                "Identifiant",
                "",
                reader.expected("sheet-expected-procedure-id"),
                None,
                &mut errors,
            );
            continue;
        };
        if let Some(step_name) = reader.located(row, "Étape") {
            let channels = channels(&reader, row, &mut errors);
            match position.get(&id.value) {
                Some(&i) => procedures[i].steps.push(Step {
                    name: step_name,
                    channels,
                }),
                None => {
                    let known: Vec<&str> = position.keys().map(String::as_str).collect();
                    reader.error(
                        row,
                        "Identifiant",
                        &id.value,
                        reader.expected("sheet-expected-earlier-procedure"),
                        suggestion(&id.value, known),
                        &mut errors,
                    );
                }
            }
            continue;
        }
        if position.contains_key(&id.value) {
            reader.error(
                row,
                "Identifiant",
                &id.value,
                reader.expected("sheet-expected-unique-procedure"),
                None,
                &mut errors,
            );
            continue;
        }
        let title = reader.text(row, "Intitulé");
        if title.is_none() {
            reader.error(
                row,
                "Intitulé",
                "",
                reader.expected("sheet-expected-title"),
                None,
                &mut errors,
            );
        }
        let reference = reader.text(row, "Référence");
        if let Some(r) = &reference {
            if !crate::init::references::is_known(r) {
                let codes: Vec<String> = crate::init::references::all()
                    .into_iter()
                    .map(|r| r.code)
                    .collect();
                reader.error(
                    row,
                    "Référence",
                    r,
                    reader.expected("sheet-expected-reference"),
                    suggestion(r, codes.iter().map(String::as_str)),
                    &mut errors,
                );
            }
        }
        let procedure = Procedure {
            id: id.clone(),
            title: title.unwrap_or_default(),
            service: reader.text(row, "Service"),
            reference,
            audience: reader.list(row, "Public"),
            page: reader.url(row, "Page d'information", &mut errors),
            status: reader
                .choice(row, "Statut", &mut errors)
                .unwrap_or(ProcedureStatus::Active),
            matter: None,
            reviewed: reader.date(row, "Vérifiée le", &mut errors),
            channels: channels(&reader, row, &mut errors),
            assistance: {
                let at = reader.place(row, "Aide (contacts)");
                reader
                    .list(row, "Aide (contacts)")
                    .into_iter()
                    .map(|a| Located::new(a, at.row, at.column))
                    .collect()
            },
            deadline: reader
                .yes_no(row, "Délai légal", &mut errors)
                .unwrap_or(false),
            steps: Vec::new(),
            fees: per_channel(&reader, row, "frais (EUR)", &mut errors),
            processing_days: per_channel(&reader, row, "délai (jours)", &mut errors),
            exemptions: Vec::new(),
            // Documents may hold commas (« justificatif de domicile, de moins de 3 mois »).
            documents: reader
                .text(row, "Pièces à fournir")
                .map(|t| {
                    t.split(';')
                        .map(str::trim)
                        .filter(|d| !d.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            cost: reader.text(row, "Coût"),
            prerequisite: reader.text(row, "À faire d'abord"),
        };
        position.insert(id.value.clone(), procedures.len());
        procedures.push(procedure);
    }

    // Exemptions.
    let reader = SheetReader::new(
        file,
        &exemptions_sheet,
        SHEET_EXEMPTIONS,
        notes,
        template::exemption_columns(),
        &[],
        &mut errors,
    );
    for row in 0..exemptions_sheet.rows.len() {
        if reader.row_is_empty(row) {
            continue;
        }
        let procedure = reader.raw(row, "Démarche");
        let Some(&i) = position.get(&procedure) else {
            let known: Vec<&str> = position.keys().map(String::as_str).collect();
            reader.error(
                row,
                "Démarche",
                &procedure,
                reader.expected("sheet-expected-exempted-procedure"),
                suggestion(&procedure, known),
                &mut errors,
            );
            continue;
        };
        let Some(rule) = reader.located(row, "Règle") else {
            reader.error(
                row,
                "Règle",
                "",
                reader.expected("sheet-expected-rule"),
                None,
                &mut errors,
            );
            continue;
        };
        let ground = reader.choice(row, "Fondement", &mut errors);
        if ground.is_none() && reader.raw(row, "Fondement").is_empty() {
            reader.error(
                row,
                "Fondement",
                "",
                template::with_labels(template::GROUNDS, reader.lang),
                None,
                &mut errors,
            );
        }
        let exemption = Exemption {
            rule,
            reason: reader.raw(row, "Motif"),
            reference: reader.text(row, "Référence"),
            ground: ground.unwrap_or(crate::catalog::model::ExemptionGround::Other),
            until: reader.date(row, "Jusqu'au", &mut errors),
        };
        procedures[i].exemptions.push(exemption);
    }

    let catalog = CatalogFile {
        version: Some(Located::unplaced(1)),
        authority,
        contacts,
        procedures,
    };
    (catalog, errors)
}

/// Keeps, from `existing`, what the template does not hold (inline contact
/// fields of channels), for procedures, steps and channels found in both.
pub fn keep_from(imported: &mut CatalogFile, existing: &CatalogFile) {
    let before: HashMap<&str, &Procedure> = existing
        .procedures
        .iter()
        .map(|p| (p.id.value.as_str(), p))
        .collect();
    for p in &mut imported.procedures {
        let Some(old) = before.get(p.id.value.as_str()) else {
            continue;
        };
        keep_inline(&mut p.channels, &old.channels);
        for step in &mut p.steps {
            if let Some(old_step) = old.steps.iter().find(|s| s.name.value == step.name.value) {
                keep_inline(&mut step.channels, &old_step.channels);
            }
        }
    }
}

fn keep_inline(new: &mut Channels, old: &Channels) {
    let pairs = [
        (&mut new.counter, &old.counter),
        (&mut new.phone, &old.phone),
        (&mut new.postal, &old.postal),
        (&mut new.email, &old.email),
        (&mut new.other_offline, &old.other_offline),
    ];
    for (new, old) in pairs {
        if let (Some(new), Some(old)) = (new.as_mut(), old.as_ref()) {
            new.kind = new.kind.take().or_else(|| old.kind.clone());
            new.name = new.name.take().or_else(|| old.name.clone());
            new.address = new.address.take().or_else(|| old.address.clone());
            new.number = new.number.take().or_else(|| old.number.clone());
            new.opening_hours = new
                .opening_hours
                .take()
                .or_else(|| old.opening_hours.clone());
            new.appointment = new.appointment.or(old.appointment);
            new.booking = new.booking.take().or_else(|| old.booking.clone());
            new.step_free = new.step_free.or(old.step_free);
            new.answered_by = new.answered_by.or(old.answered_by);
            new.tariff = new.tariff.or(old.tariff);
        }
    }
}

/// The YAML text of an imported catalogue (the typed model serialised).
pub fn to_yaml(catalog: &CatalogFile) -> Result<String, String> {
    let body = serde_saphyr::to_string(catalog).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Catalogue importé d'un tableur par « horsligne import » (docs/spreadsheets.md).\n{body}"
    ))
}

/// Where `import --output DIR` writes.
pub fn target(dir: &Path) -> PathBuf {
    dir.join(crate::init::FILE_NAME)
}
