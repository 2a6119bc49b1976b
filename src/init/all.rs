//! `init --annuaire FILE --all DIR` (issue 26): one starter catalogue per town
//! hall of the *Annuaire de l'administration* export, each in its own folder
//! `DIR/<insee>-<slug>/catalogue.yaml`, which is what `survey DIR` reads.

use std::path::{Path, PathBuf};

use super::{AuthorityInput, Geography, WriteError};
use crate::annuaire::{self, AnnuaireError};
use crate::catalog::model::{AuthorityLevel, CommuneStatus};

/// What one `--all` run did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Folders written, with the number of procedures of each.
    pub written: Vec<(PathBuf, usize)>,
    /// Catalogues not written (an existing file is never replaced), with why.
    pub failed: Vec<WriteError>,
}

/// Writes one catalogue per town hall of the export at `annuaire` under `dir`.
/// Every town hall is tried: a catalogue that cannot be written is reported
/// in `failed` and the others are still written.
pub fn write_all(annuaire: &Path, dir: &Path) -> Result<Outcome, AnnuaireError> {
    let halls = annuaire::town_halls(annuaire)?;
    let mut outcome = Outcome::default();
    for (insee, hall) in &halls {
        let geography = geography(insee);
        let input = AuthorityInput {
            // The agreed id of a French commune: `fr-` and its INSEE code.
            id: Some(["fr", insee].join("-")),
            name: None,
            country: Some("FR".to_owned()),
            region: geography.region.map(str::to_owned),
            level: Some(AuthorityLevel::Commune),
            geography: Some(geography),
        };
        let (text, procedures) = super::starter(&input, Some(hall));
        let folder = dir.join(format!(
            "{insee}-{}",
            folder_name(hall.commune.as_deref().unwrap_or(&hall.name))
        ));
        match super::write_new(&folder, &text) {
            Ok(_) => outcome.written.push((folder, procedures)),
            Err(e) => outcome.failed.push(e),
        }
    }
    Ok(outcome)
}

/// A commune's name as a folder name: folded to ASCII words joined by `-`
/// (never a path separator, never empty).
fn folder_name(name: &str) -> String {
    let folded = crate::reading::fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "mairie".to_owned()
    } else {
        words.join("-")
    }
}

/// Code, département, région and (where the code says) status of a French
/// commune from its INSEE code. The export gives neither population nor
/// status, so these stay absent unless the code itself tells: the
/// arrondissements of Paris, Lyon and Marseille have codes of their own.
pub fn geography(insee: &str) -> Geography {
    let departement = if insee.starts_with("97") {
        insee.get(..3)
    } else {
        insee.get(..2)
    };
    let region = departement.and_then(|d| {
        REGIONS
            .iter()
            .find(|(_, departements)| departements.contains(&d))
            .map(|(region, _)| *region)
    });
    let arrondissement = insee.parse::<u32>().is_ok_and(|n| {
        (75101..=75120).contains(&n) || (69381..=69389).contains(&n) || (13201..=13216).contains(&n)
    });
    Geography {
        code: insee.to_owned(),
        departement: departement.map(str::to_owned),
        region,
        status: arrondissement.then_some(CommuneStatus::Arrondissement),
    }
}

/// Régions and their départements (official geography since 2016, INSEE COG).
const REGIONS: [(&str, &[&str]); 18] = [
    (
        "auvergne-rhone-alpes",
        &[
            "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74",
        ],
    ),
    (
        "bourgogne-franche-comte",
        &["21", "25", "39", "58", "70", "71", "89", "90"],
    ),
    ("bretagne", &["22", "29", "35", "56"]),
    ("centre-val-de-loire", &["18", "28", "36", "37", "41", "45"]),
    ("corse", &["2A", "2B"]),
    (
        "grand-est",
        &["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
    ),
    ("hauts-de-france", &["02", "59", "60", "62", "80"]),
    (
        "ile-de-france",
        &["75", "77", "78", "91", "92", "93", "94", "95"],
    ),
    ("normandie", &["14", "27", "50", "61", "76"]),
    (
        "nouvelle-aquitaine",
        &[
            "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
        ],
    ),
    (
        "occitanie",
        &[
            "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82",
        ],
    ),
    ("pays-de-la-loire", &["44", "49", "53", "72", "85"]),
    (
        "provence-alpes-cote-d-azur",
        &["04", "05", "06", "13", "83", "84"],
    ),
    ("guadeloupe", &["971"]),
    ("martinique", &["972"]),
    ("guyane", &["973"]),
    ("la-reunion", &["974"]),
    ("mayotte", &["976"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geography_from_the_insee_code() {
        let g = geography("27112");
        assert_eq!(g.departement.as_deref(), Some("27"));
        assert_eq!(g.region, Some("normandie"));
        assert_eq!(
            g.status, None,
            "the export does not say: not « commune » by omission"
        );
        let g = geography("97411");
        assert_eq!(g.departement.as_deref(), Some("974"));
        assert_eq!(g.region, Some("la-reunion"));
        assert_eq!(geography("2A004").region, Some("corse"));
        assert_eq!(
            geography("69383").status,
            Some(CommuneStatus::Arrondissement)
        );
        assert_eq!(geography("69123").status, None);
        assert_eq!(
            geography("99003").region,
            None,
            "unknown département: no région guessed"
        );
    }

    #[test]
    fn every_departement_in_one_region() {
        let all: Vec<&str> = REGIONS
            .iter()
            .flat_map(|(_, d)| d.iter().copied())
            .collect();
        assert_eq!(all.len(), 101);
        let unique: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), 101);
    }
}
