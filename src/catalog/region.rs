//! The authority's region, normalised: the binding regional packs are chosen
//! by it, so `bruxelles`, `Brussel`, `BE-BRU` and `Brussels-Capital` must all
//! mean the one canonical `bruxelles-capitale`, and a value we do not know is
//! refused (with the nearest valid one) rather than silently matching no pack.
//! Belgian regions take the slug the packs use; Swiss cantons their official
//! two-letter code, lower case (`ge`, `vd`, `zh`).

use crate::html_page::sort_key;

/// A region we know: its canonical value and what people write for it.
struct KnownRegion {
    country: &'static str,
    canonical: &'static str,
    /// Folded spellings (see `fold`): French, Dutch, English, German (and
    /// Italian/Romansh for cantons), and ISO 3166-2 codes.
    spellings: &'static [&'static str],
}

const KNOWN: &[KnownRegion] = &[
    KnownRegion {
        country: "BE",
        canonical: "wallonie",
        spellings: &[
            "wallonie",
            "region-wallonne",
            "wallonia",
            "walloon-region",
            "wallonien",
            "wallonische-region",
            "walloni",
            "waals-gewest",
            "wal",
            "be-wal",
        ],
    },
    KnownRegion {
        country: "BE",
        canonical: "bruxelles-capitale",
        spellings: &[
            "bruxelles-capitale",
            "bruxelles",
            "region-de-bruxelles-capitale",
            "brussel",
            "brussel-hoofdstad",
            "brussels-hoofdstedelijk-gewest",
            "brussels",
            "brussels-capital",
            "brussels-capital-region",
            "brussels-region",
            "brussel-hauptstadt",
            "brussels-hauptstadt",
            "brussel-hauptstadtregion",
            "region-brussel-hauptstadt",
            "brussel-hoofdstedelijk-gewest",
            "bxl",
            "bru",
            "be-bru",
        ],
    },
    KnownRegion {
        country: "BE",
        canonical: "flandre",
        spellings: &[
            "flandre",
            "region-flamande",
            "vlaanderen",
            "vlaams-gewest",
            "flanders",
            "flemish-region",
            "flandern",
            "flamische-region",
            "vlg",
            "be-vlg",
        ],
    },
];

/// The 26 Swiss cantons: code, then names (French, German, Italian, English).
const CANTONS: &[(&str, &[&str])] = &[
    ("ag", &["argovie", "aargau", "argovia"]),
    (
        "ai",
        &[
            "appenzell-rhodes-interieures",
            "appenzell-innerrhoden",
            "appenzello-interno",
        ],
    ),
    (
        "ar",
        &[
            "appenzell-rhodes-exterieures",
            "appenzell-ausserrhoden",
            "appenzello-esterno",
        ],
    ),
    ("be", &["berne", "bern", "berna"]),
    (
        "bl",
        &["bale-campagne", "basel-landschaft", "basilea-campagna"],
    ),
    ("bs", &["bale-ville", "basel-stadt", "basilea-citta"]),
    ("fr", &["fribourg", "freiburg", "friburgo"]),
    ("ge", &["geneve", "genf", "ginevra", "geneva"]),
    ("gl", &["glaris", "glarus", "glarona"]),
    ("gr", &["grisons", "graubunden", "grigioni", "grischun"]),
    ("ju", &["jura", "giura"]),
    ("lu", &["lucerne", "luzern", "lucerna"]),
    ("ne", &["neuchatel", "neuenburg"]),
    ("nw", &["nidwald", "nidwalden", "nidvaldo"]),
    ("ow", &["obwald", "obwalden", "obvaldo"]),
    (
        "sg",
        &["saint-gall", "st-gallen", "sankt-gallen", "san-gallo"],
    ),
    ("sh", &["schaffhouse", "schaffhausen", "sciaffusa"]),
    ("so", &["soleure", "solothurn", "soletta"]),
    ("sz", &["schwytz", "schwyz", "svitto"]),
    ("tg", &["thurgovie", "thurgau", "turgovia"]),
    ("ti", &["tessin", "ticino"]),
    ("ur", &["uri"]),
    ("vd", &["vaud", "waadt"]),
    ("vs", &["valais", "wallis", "vallese"]),
    ("zg", &["zoug", "zug", "zugo"]),
    ("zh", &["zurich", "zurigo"]),
];

/// Countries whose authorities must state a region: the binding texts there
/// are regional (Belgium) or cantonal (Switzerland).
pub fn region_required(country: &str) -> bool {
    matches!(country, "BE" | "CH")
}

/// Countries whose regions are normalised (and unknown values refused).
fn knows_regions(country: &str) -> bool {
    region_required(country)
}

/// Lower case, no accents, words joined by `-` (`Région  wallonne` → `region-wallonne`).
fn fold(text: &str) -> String {
    let lowered = sort_key(text.trim());
    let mut out = String::with_capacity(lowered.len());
    for c in lowered.chars() {
        let c = match c {
            'œ' => 'o',
            ' ' | '_' | '.' | '\'' | '’' | '/' => '-',
            other => other,
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Every (canonical, folded spelling) pair of `country`.
fn spellings(country: &str) -> Vec<(&'static str, String)> {
    let mut all: Vec<(&'static str, String)> = KNOWN
        .iter()
        .filter(|r| r.country == country)
        .flat_map(|r| r.spellings.iter().map(|s| (r.canonical, (*s).to_owned())))
        .collect();
    if country == "CH" {
        for (code, names) in CANTONS {
            all.push((code, (*code).to_owned()));
            all.push((code, format!("ch-{code}")));
            all.push((code, format!("canton-de-{code}")));
            for name in *names {
                all.push((code, (*name).to_owned()));
                all.push((code, format!("canton-de-{name}")));
                all.push((code, format!("canton-du-{name}")));
                all.push((code, format!("canton-{name}")));
                all.push((code, format!("kanton-{name}")));
            }
        }
    }
    all
}

/// The canonical values of `country`'s regions, for messages.
pub fn canonical_values(country: &str) -> Vec<&'static str> {
    let mut values: Vec<&'static str> = KNOWN
        .iter()
        .filter(|r| r.country == country)
        .map(|r| r.canonical)
        .collect();
    if country == "CH" {
        values.extend(CANTONS.iter().map(|(code, _)| *code));
    }
    values
}

/// Why a written region was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRegion {
    /// The canonical value closest to what was written, when one is close.
    pub nearest: Option<&'static str>,
}

/// `written` as the canonical region of `country`. Countries whose regions
/// horsligne does not know (France: regions bind no pack) keep the value as
/// written, trimmed.
pub fn normalise(country: &str, written: &str) -> Result<String, UnknownRegion> {
    if !knows_regions(country) {
        return Ok(written.trim().to_owned());
    }
    let folded = fold(written);
    let all = spellings(country);
    if let Some((canonical, _)) = all.iter().find(|(_, s)| *s == folded) {
        return Ok((*canonical).to_owned());
    }
    let nearest = all
        .iter()
        .map(|(canonical, s)| (strsim::jaro_winkler(&folded, s), *canonical))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(score, _)| *score >= 0.75)
        .map(|(_, canonical)| canonical);
    Err(UnknownRegion { nearest })
}

/// The Belgian region of a postcode (bpost ranges): 1000-1299 Brussels,
/// 1300-1499 and 4000-7999 Wallonia, the rest Flanders.
pub fn belgian_region_of_postcode(postcode: u16) -> Option<&'static str> {
    match postcode {
        1000..=1299 => Some("bruxelles-capitale"),
        1300..=1499 | 4000..=7999 => Some("wallonie"),
        1500..=3999 | 8000..=9999 => Some("flandre"),
        _ => None,
    }
}

/// The Belgian postcodes written in an address: four digits standing alone
/// (`Rue X 12, 5000 Namur`, `B-4000 Liège`).
pub fn postcodes_in(address: &str) -> Vec<u16> {
    let bytes = address.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                if let Ok(code) = address[start..i].parse::<u16>() {
                    if code >= 1000 {
                        found.push(code);
                    }
                }
            }
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_spellings_of_belgian_regions_are_normalised() {
        for (written, canonical) in [
            ("bruxelles", "bruxelles-capitale"),
            ("Brussel", "bruxelles-capitale"),
            ("Brussels-Capital", "bruxelles-capitale"),
            ("Région de Bruxelles-Capitale", "bruxelles-capitale"),
            ("Brüssel-Hauptstadt", "bruxelles-capitale"),
            ("BE-BRU", "bruxelles-capitale"),
            ("wallonia", "wallonie"),
            ("Région wallonne", "wallonie"),
            ("Waals Gewest", "wallonie"),
            ("Wallonien", "wallonie"),
            ("BE-WAL", "wallonie"),
            ("Vlaanderen", "flandre"),
            ("Flanders", "flandre"),
            ("flandre", "flandre"),
            ("BE-VLG", "flandre"),
        ] {
            assert_eq!(
                normalise("BE", written).as_deref(),
                Ok(canonical),
                "{written}"
            );
        }
    }

    #[test]
    fn swiss_cantons_take_their_code() {
        for (written, canonical) in [
            ("geneve", "ge"),
            ("Genève", "ge"),
            ("Genf", "ge"),
            ("Geneva", "ge"),
            ("GE", "ge"),
            ("CH-GE", "ge"),
            ("canton de Genève", "ge"),
            ("Waadt", "vd"),
            ("Zürich", "zh"),
            ("Ticino", "ti"),
        ] {
            assert_eq!(
                normalise("CH", written).as_deref(),
                Ok(canonical),
                "{written}"
            );
        }
    }

    #[test]
    fn an_unknown_region_is_refused_with_the_nearest() {
        assert_eq!(
            normalise("BE", "walonie"),
            Err(UnknownRegion {
                nearest: Some("wallonie")
            })
        );
        assert_eq!(
            normalise("BE", "bruxelle"),
            Err(UnknownRegion {
                nearest: Some("bruxelles-capitale")
            })
        );
        assert_eq!(normalise("BE", "xyz").map_err(|e| e.nearest), Err(None));
        // A Swiss canton is not a Belgian region.
        assert!(normalise("BE", "geneve").is_err());
    }

    #[test]
    fn other_countries_keep_the_value_as_written() {
        assert_eq!(normalise("FR", " normandie ").as_deref(), Ok("normandie"));
    }

    #[test]
    fn belgian_postcodes_name_their_region() {
        assert_eq!(belgian_region_of_postcode(1000), Some("bruxelles-capitale"));
        assert_eq!(belgian_region_of_postcode(1210), Some("bruxelles-capitale"));
        assert_eq!(belgian_region_of_postcode(1348), Some("wallonie"));
        assert_eq!(belgian_region_of_postcode(5000), Some("wallonie"));
        assert_eq!(belgian_region_of_postcode(4700), Some("wallonie"));
        assert_eq!(belgian_region_of_postcode(2000), Some("flandre"));
        assert_eq!(belgian_region_of_postcode(9000), Some("flandre"));
        assert_eq!(belgian_region_of_postcode(999), None);
        assert_eq!(postcodes_in("Place 1, B-5000 Namur"), [5000]);
        assert_eq!(postcodes_in("Rue 12, 1030 Schaerbeek"), [1030]);
        assert!(postcodes_in("Rue 12345").is_empty());
        assert!(postcodes_in("Rue 12").is_empty());
    }

    fn resolve(authority: &str, contacts: &str) -> Result<crate::catalog::Catalog, String> {
        let text = format!(
            "version: 1\nauthority: {{ id: a, name: A, country: {authority}, level: commune }}\ncontacts:\n{contacts}procedures:\n  - id: p\n    title: P\n    channels: {{ counter: {{ contact: accueil }} }}\n"
        );
        crate::catalog::from_str("catalogue.yaml", &text)
            .map_err(|d| d.render(crate::i18n::Lang::En))
    }

    const ACCUEIL_NAMUR: &str =
        "  accueil: { kind: counter, address: \"Hôtel de ville, 5000 Namur\" }\n";

    #[test]
    fn a_written_region_resolves_to_its_canonical_value() {
        let catalog = resolve("BE, region: Brussel", ACCUEIL_NAMUR).unwrap();
        assert_eq!(
            catalog.authority.region.as_deref(),
            Some("bruxelles-capitale")
        );
        assert_eq!(
            catalog.authority.region_origin,
            crate::catalog::RegionOrigin::Written("Brussel".into())
        );
    }

    #[test]
    fn an_unknown_region_is_a_located_error_naming_the_nearest() {
        let text = resolve("BE, region: walonie", ACCUEIL_NAMUR).unwrap_err();
        assert!(text.contains("catalogue.yaml:2"), "{text}");
        assert!(text.contains("unknown region `walonie`"), "{text}");
        assert!(text.contains("wallonie"), "{text}");
    }

    #[test]
    fn a_belgian_region_is_deduced_from_the_postcode_or_required() {
        let catalog = resolve("BE", ACCUEIL_NAMUR).unwrap();
        assert_eq!(catalog.authority.region.as_deref(), Some("wallonie"));
        assert_eq!(
            catalog.authority.region_origin,
            crate::catalog::RegionOrigin::DeducedFromPostcode {
                postcode: 5000,
                contact: "accueil".into()
            }
        );
        // No address: refused, not audited without its regional texts.
        let text = resolve("BE", "  accueil: { kind: counter }\n").unwrap_err();
        assert!(text.contains("must state its region"), "{text}");
        // Two regions among the addresses: no guess.
        let two = format!(
            "{ACCUEIL_NAMUR}  annexe: {{ kind: counter, address: \"Rue 1, 1000 Bruxelles\" }}\n"
        );
        assert!(resolve("BE", &two).is_err());
        // A Swiss authority must write its canton.
        assert!(resolve("CH", "  accueil: { kind: counter }\n").is_err());
        // France needs none.
        assert!(resolve("FR", "  accueil: { kind: counter }\n").is_ok());
    }
}
