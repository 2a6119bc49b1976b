//! `horsligne init`: a starter catalogue that validates at once, commented in
//! French, with the usual contacts and the procedures almost every commune of
//! the territory handles (docs/spreadsheets.md).
//!
//! What init does not know is written as a placeholder (`catalog::placeholder`)
//! that the rules `NN-PLACEHOLDER*` report until someone fills it in: a guess
//! never passes for a fact. The YAML text is written here, by hand, because
//! it carries comments; the tests load it back through the ordinary loader.

pub mod all;
pub mod references;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::annuaire::TownHall;
use crate::catalog::model::AuthorityLevel;
use crate::catalog::placeholder::{placeholder_number, MARKER};
use crate::catalog::region;
use crate::i18n::{t, Lang, Message};
use crate::yaml_emit::{comment, quoted};

/// The file `init` writes in the target directory.
pub const FILE_NAME: &str = "catalogue.yaml";

/// The authority as given by flags or prompts; `None` = not given (placeholder).
#[derive(Debug, Clone, Default)]
pub struct AuthorityInput {
    pub id: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub level: Option<AuthorityLevel>,
    /// Where the open data places a French commune (`init --all`).
    pub geography: Option<Geography>,
}

/// Official geography of a commune, as `init --all` deduces it from the
/// INSEE code (`all::geography`); written as `code`, `departement`, `status`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Geography {
    pub code: String,
    pub departement: Option<String>,
    pub region: Option<&'static str>,
    pub status: Option<crate::catalog::model::CommuneStatus>,
    /// INSEE *population municipale*, where the source gives it.
    pub population: Option<u64>,
}

/// A value given to init that cannot be used, with what was expected.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError(pub Message);

impl AuthorityInput {
    /// Checks the given values; every problem at once.
    pub fn validate(&self) -> Result<(), Vec<InputError>> {
        let mut errors = Vec::new();
        let country = self.country();
        if !(country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase())) {
            errors.push(InputError(
                Message::new("init-bad-country").arg("value", &country),
            ));
        }
        // The texts that bind a Belgian or Swiss authority are regional: a
        // starter without its region would not load (issue 22), so it is
        // asked for here, in any usual spelling, rather than written blank.
        if region::region_required(&country) {
            let expected = region::canonical_values(&country).join(", ");
            match &self.region {
                None => errors.push(InputError(
                    Message::new("init-region-required")
                        .arg("country", &country)
                        .arg("expected", &expected),
                )),
                Some(written) => {
                    if let Err(unknown) = region::normalise(&country, written) {
                        errors.push(InputError(
                            Message::new("init-bad-region")
                                .arg("value", written)
                                .arg("country", &country)
                                .arg("expected", unknown.nearest.unwrap_or(&expected)),
                        ));
                    }
                }
            }
        }
        if let Some(id) = &self.id {
            let prefix = format!("{}-", country.to_lowercase());
            if id.trim().is_empty() || id.contains(char::is_whitespace) {
                errors.push(InputError(
                    Message::new("init-bad-id")
                        .arg("value", id)
                        .arg("expected", format!("{prefix}<code>"))
                        .arg("example", format!("{prefix}69266")),
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The country, upper-cased; France when not given (said in the file).
    pub fn country(&self) -> String {
        self.country
            .as_deref()
            .map_or_else(|| "FR".to_owned(), |c| c.trim().to_uppercase())
    }

    /// The region as the catalogue loader will read it (`Brussel` →
    /// `bruxelles-capitale`); as written when it is not a known spelling.
    pub fn canonical_region(&self) -> Option<String> {
        let written = self.region.as_deref()?;
        Some(region::normalise(&self.country(), written).unwrap_or_else(|_| written.to_owned()))
    }

    /// `fr`, `wallonie` or `bruxelles-capitale` when horsligne knows the territory's procedures.
    pub fn territory(&self) -> Option<&'static str> {
        match (self.country().as_str(), self.canonical_region().as_deref()) {
            ("FR", _) => Some("fr"),
            ("BE", Some("wallonie")) => Some("wallonie"),
            ("BE", Some("bruxelles-capitale")) => Some("bruxelles-capitale"),
            _ => None,
        }
    }
}

fn placeholder(what: &str) -> String {
    quoted(&format!("{MARKER} : {what}"))
}

/// The starter catalogue's text in French, and how many procedures it holds.
pub fn starter(input: &AuthorityInput, town_hall: Option<&TownHall>) -> (String, usize) {
    starter_in(input, town_hall, Lang::Fr)
}

/// The same, its comments and placeholders in `lang`; in Dutch, the titles
/// of a Brussels or Flemish authority's procedures in Dutch too.
pub fn starter_in(
    input: &AuthorityInput,
    town_hall: Option<&TownHall>,
    lang: Lang,
) -> (String, usize) {
    let say = |key: &str| t(lang, key);
    let country = input.country();
    let territory = input.territory();
    let belgian = country == "BE";
    let level = input.level.unwrap_or(AuthorityLevel::Commune);
    let mut out = String::new();
    comment(&mut out, 0, &say("init-tpl-header"));
    out.push_str("version: 1\n\nauthority:\n");
    let id = input
        .id
        .clone()
        .unwrap_or_else(|| format!("{}-00000", country.to_lowercase()));
    if input.id.is_none() {
        comment(&mut out, 2, &say("init-tpl-id"));
    }
    let _ = writeln!(out, "  id: {}", quoted(&id));
    let name = match (&input.name, town_hall) {
        (Some(name), _) => quoted(name),
        (None, Some(hall)) => quoted(&hall.commune_name()),
        (None, None) => placeholder(&say("init-tpl-name")),
    };
    let _ = writeln!(out, "  name: {name}");
    if input.country.is_none() {
        comment(&mut out, 2, &say("init-tpl-country-assumed"));
    }
    let _ = writeln!(out, "  country: {}", crate::yaml_emit::word(&country));
    match &input.region {
        Some(region) => {
            let _ = writeln!(out, "  region: {}", quoted(region));
        }
        None if belgian => comment(&mut out, 2, &say("init-tpl-region-belgium")),
        None => comment(&mut out, 2, &say("init-tpl-region-other")),
    }
    let _ = writeln!(out, "  level: {}", level.as_str());
    if let Some(geography) = &input.geography {
        let _ = writeln!(out, "  code: {}", quoted(&geography.code));
        if let Some(departement) = &geography.departement {
            let _ = writeln!(out, "  departement: {}", quoted(departement));
        }
        if let Some(status) = geography.status {
            let status: &'static str = status.into();
            let _ = writeln!(out, "  status: {status}");
        }
        if let Some(population) = geography.population {
            let _ = writeln!(out, "  population: {population}");
        }
    }
    let languages = if input.canonical_region().as_deref() == Some("bruxelles-capitale") {
        "[fr, nl]"
    } else {
        "[fr]"
    };
    let _ = writeln!(out, "  languages: {languages}");
    comment(&mut out, 2, &say("init-tpl-mediator"));

    out.push_str("\ncontacts:\n");
    contacts(&mut out, &country, belgian, town_hall, lang);

    let procedures = territory.map(references::of_territory).unwrap_or_default();
    if procedures.is_empty() {
        out.push('\n');
        comment(&mut out, 0, &say("init-tpl-no-procedures"));
        out.push_str("procedures:\n  - id: demarche-a-completer\n");
        let _ = writeln!(
            out,
            "    title: {}",
            placeholder(&say("init-tpl-procedure-title"))
        );
        let _ = writeln!(
            out,
            "    service: {}",
            placeholder(&say("init-tpl-procedure-service"))
        );
        out.push_str("    channels:\n");
        assumed_channels(&mut out, lang);
        return (out, 1);
    }
    out.push_str("\nprocedures:\n");
    comment(&mut out, 2, &say("init-tpl-procedures"));
    // Titles in Dutch where the public is addressed in Dutch.
    let dutch = lang == Lang::Nl
        && belgian
        && matches!(
            input.canonical_region().as_deref(),
            Some("bruxelles-capitale" | "flandre")
        );
    for reference in &procedures {
        let _ = writeln!(out, "\n  - id: {}", reference.code.replace('.', "-"));
        let title = match &reference.title.nl {
            Some(nl) if dutch => nl,
            _ => &reference.title.fr,
        };
        let service = match &reference.service_nl {
            Some(nl) if dutch => nl,
            _ => &reference.service,
        };
        let _ = writeln!(out, "    title: {}", quoted(title));
        let _ = writeln!(out, "    reference: {}", reference.code);
        let _ = writeln!(
            out,
            "    service: {}",
            placeholder(
                &Message::new("init-tpl-service-proposed")
                    .arg("service", service)
                    .render(lang)
            )
        );
        out.push_str("    channels:\n");
        comment(&mut out, 6, &say("init-tpl-online"));
        assumed_channels(&mut out, lang);
    }
    (out, procedures.len())
}

/// The channels a council typically offers, written as what they are: a
/// guess. Each is `to_confirm` (never counted as offline, the procedure is
/// « à vérifier ») until someone checks it with the department and removes
/// the mark; the contacts are the authority's known ones when `--annuaire`
/// gave them, but whether this procedure is done through them is not known.
fn assumed_channels(out: &mut String, lang: Lang) {
    let assumed = t(lang, "init-tpl-assumed");
    for (channel, contact) in [
        ("counter", "accueil"),
        ("phone", "standard"),
        ("postal", "courrier"),
    ] {
        let _ = writeln!(
            out,
            "      {channel}: {{ contact: {contact}, to_confirm: true }}  # {assumed}"
        );
    }
}

fn contacts(
    out: &mut String,
    country: &str,
    belgian: bool,
    town_hall: Option<&TownHall>,
    lang: Lang,
) {
    let say = |key: &str| t(lang, key);
    // A Belgian commune's house is its « administration communale ».
    let (counter_name, postal_address) = if belgian {
        ("init-tpl-counter-name-be", "init-tpl-postal-address-be")
    } else {
        ("init-tpl-counter-name", "init-tpl-postal-address")
    };
    out.push_str("  accueil:\n    kind: counter\n");
    match town_hall.and_then(|h| h.counter.as_ref()) {
        Some(counter) => {
            comment(
                out,
                4,
                &town_hall.map(TownHall::source_note).unwrap_or_default(),
            );
            for note in &counter.notes {
                comment(out, 4, note);
            }
            let _ = writeln!(out, "    name: {}", quoted(&counter.name));
            let _ = writeln!(out, "    address: {}", quoted(&counter.address));
            match &counter.opening_hours {
                Some(hours) => {
                    let _ = writeln!(out, "    opening_hours: {}", quoted(hours));
                }
                None => comment(out, 4, &say("init-tpl-hours")),
            }
            if let Some(step_free) = counter.step_free {
                let _ = writeln!(out, "    step_free: {step_free}");
            }
        }
        None => {
            let _ = writeln!(out, "    name: {}", quoted(&say(counter_name)));
            let _ = writeln!(
                out,
                "    address: {}",
                placeholder(&say("init-tpl-counter-address"))
            );
            comment(out, 4, &say("init-tpl-counter-todo"));
        }
    }

    out.push_str("  standard:\n    kind: phone\n");
    match town_hall.and_then(|h| h.phone.as_ref()) {
        Some(phone) => {
            for note in &phone.notes {
                comment(out, 4, note);
            }
            let _ = writeln!(out, "    number: {}", quoted(&phone.number));
            if let Some(hours) = town_hall
                .and_then(|h| h.counter.as_ref())
                .and_then(|c| c.opening_hours.as_ref())
            {
                comment(
                    out,
                    4,
                    &Message::new("init-tpl-phone-hours")
                        .arg("hours", quoted(hours))
                        .render(lang),
                );
            }
        }
        None => {
            if let Some(hall) = town_hall {
                for note in &hall.phone_notes {
                    comment(out, 4, note);
                }
            }
            let _ = writeln!(
                out,
                "    name: {}",
                placeholder(&say("init-tpl-phone-name"))
            );
            comment(out, 4, &say("init-tpl-phone-fiction"));
            let _ = writeln!(out, "    number: {}", quoted(placeholder_number(country)));
        }
    }
    comment(out, 4, &say("init-tpl-answered-by"));

    out.push_str("  courrier:\n    kind: postal\n");
    match town_hall.and_then(|h| h.postal_address.as_ref()) {
        Some(address) => {
            let _ = writeln!(out, "    address: {}", quoted(address));
        }
        None => {
            let _ = writeln!(out, "    address: {}", placeholder(&say(postal_address)));
        }
    }
    if let Some(email) = town_hall.and_then(|h| h.email.as_ref()) {
        out.push_str("  mairie-mail:\n    kind: email\n");
        let _ = writeln!(out, "    address: {}", quoted(email));
    }
    if let Some(site) = town_hall.and_then(|h| h.website.as_ref()) {
        comment(
            out,
            2,
            &Message::new("init-tpl-website")
                .arg("site", site)
                .render(lang),
        );
    }
}

/// Where init writes: `dir/catalogue.yaml`.
pub fn target(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// Why the starter could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0} already exists")]
    Exists(PathBuf),
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// Writes `text` to `dir/catalogue.yaml`, atomically, never over an existing
/// file (even one created while init was running).
pub fn write_new(dir: &Path, text: &str) -> Result<PathBuf, WriteError> {
    let path = target(dir);
    if crate::files::occupied(&path) {
        return Err(WriteError::Exists(path));
    }
    let io = |error| WriteError::Io {
        path: path.clone(),
        error,
    };
    crate::files::create_dir_all(dir).map_err(io)?;
    crate::files::write_new(&path, text.as_bytes()).map_err(|error| {
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.clone())
        } else {
            WriteError::Io {
                path: path.clone(),
                error,
            }
        }
    })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{self, AuditOptions};
    use crate::catalog;
    use crate::packs::{Library, Selection};

    fn input(country: &str, region: Option<&str>) -> AuthorityInput {
        AuthorityInput {
            country: Some(country.to_owned()),
            region: region.map(str::to_owned),
            ..AuthorityInput::default()
        }
    }

    /// The rule ids the default packs report on `text`.
    fn audited(text: &str) -> Vec<String> {
        let catalog = catalog::from_str("catalogue.yaml", text).unwrap_or_else(|d| {
            panic!(
                "starter invalid:\n{}\n{text}",
                d.render(crate::i18n::Lang::Fr)
            )
        });
        let library = Library::load(&[]).unwrap();
        let policy = library
            .select(&catalog.authority, &Selection::default())
            .unwrap();
        let audit = audit::run(&catalog, &policy, &AuditOptions::on(None));
        let mut rules: Vec<String> = audit.findings.iter().map(|f| f.rule.to_string()).collect();
        rules.sort();
        rules.dedup();
        rules
    }

    #[test]
    fn the_starter_validates_for_france_wallonia_and_brussels() {
        for (country, region, min) in [
            ("FR", None, 15),
            ("BE", Some("wallonie"), 15),
            ("BE", Some("bruxelles-capitale"), 15),
        ] {
            let (text, count) = starter(&input(country, region), None);
            assert!(count >= min, "{country} {region:?}: {count}");
            let rules = audited(&text);
            assert!(rules.iter().any(|r| r == "NN-PLACEHOLDER"), "{rules:?}");
            assert!(
                rules.iter().any(|r| r == "NN-PLACEHOLDER-AUTHORITY"),
                "{rules:?}"
            );
            assert!(rules.iter().any(|r| r == "NN-TO-CONFIRM"), "{rules:?}");
        }
    }

    /// Issue 25: `init --lang nl` writes its comments and placeholders in
    /// Dutch, and a Brussels authority's procedures with their Dutch titles;
    /// the placeholders keep the marker the audit looks for.
    #[test]
    fn a_dutch_starter_speaks_dutch_and_keeps_its_placeholders() {
        let brussels = input("BE", Some("bruxelles-capitale"));
        let (text, count) = starter_in(&brussels, None, Lang::Nl);
        for expected in [
            "Startcatalogus geschreven door",
            "Onthaal van het gemeentebestuur",
            "À COMPLÉTER : adres van het onthaal",
            "Een paspoort aanvragen",
            "bevoegde dienst (voorstel: Bevolking)",
            "# verondersteld door horsligne init: na te kijken",
        ] {
            assert!(text.contains(expected), "{expected}\n{text}");
        }
        assert!(!text.contains("Demander un passeport"), "{text}");
        assert!(!text.contains("Catalogue de départ"), "{text}");
        let (french, french_count) = starter(&brussels, None);
        assert_eq!(count, french_count);
        assert!(french.contains("Demander un passeport"));
        let rules = audited(&text);
        for rule in [
            "NN-PLACEHOLDER",
            "NN-PLACEHOLDER-AUTHORITY",
            "NN-TO-CONFIRM",
        ] {
            assert!(rules.iter().any(|r| r == rule), "{rule}: {rules:?}");
        }
        // In Wallonia the procedures keep their French titles, the comments
        // follow the language.
        let (walloon, _) = starter_in(&input("BE", Some("wallonie")), None, Lang::Nl);
        assert!(walloon.contains("Demander un passeport"));
        assert!(walloon.contains("Startcatalogus"));
        for lang in [Lang::En, Lang::Nl] {
            let (text, _) = starter_in(&input("FR", None), None, lang);
            assert!(!text.contains("tpl-"), "{text}");
            assert!(!audited(&text).is_empty());
        }
    }

    /// Issue 23: an untouched template said « 23 conformes, 0 erreur ».
    #[test]
    fn an_untouched_starter_is_to_confirm_never_compliant_and_fails_the_run() {
        for (country, region) in [
            ("FR", None),
            ("BE", Some("wallonie")),
            ("BE", Some("bruxelles-capitale")),
        ] {
            let (text, count) = starter(&input(country, region), None);
            let catalog = catalog::from_str("catalogue.yaml", &text).unwrap();
            assert!(
                catalog
                    .procedures
                    .iter()
                    .all(|p| p.access == crate::catalog::Access::ToConfirm),
                "{country} {region:?}"
            );
            let library = Library::load(&[]).unwrap();
            let policy = library
                .select(&catalog.authority, &Selection::default())
                .unwrap();
            let audit = audit::run(&catalog, &policy, &AuditOptions::on(None));
            let report = crate::report::model::Report::from_audit(&audit, crate::i18n::Lang::Fr);
            assert_eq!(report.summary.to_confirm, count, "{country} {region:?}");
            assert_eq!(report.summary.compliant, 0, "{country} {region:?}");
            assert_eq!(report.summary.unreachable, 0, "{country} {region:?}");
            assert_eq!(report.summary.online_only, 0, "{country} {region:?}");
            assert!(
                crate::report::fail::FailPolicy::default().fails(&report),
                "{country} {region:?}: exit 1 with the default --fail-on"
            );
        }
    }

    #[test]
    fn given_values_are_written_and_are_not_placeholders() {
        let given = AuthorityInput {
            id: Some("fr-27112".into()),
            name: Some("Ville de Breux-sur-Avre".into()),
            country: Some("FR".into()),
            region: Some("normandie".into()),
            level: Some(AuthorityLevel::Commune),
            geography: None,
        };
        let (text, _) = starter(&given, None);
        let catalog = catalog::from_str("catalogue.yaml", &text).unwrap();
        assert_eq!(catalog.authority.name, "Ville de Breux-sur-Avre");
        assert_eq!(catalog.authority.id, "fr-27112");
        assert!(!audited(&text).contains(&"NN-PLACEHOLDER-AUTHORITY".to_owned()));
        let cantine = catalog
            .procedures
            .iter()
            .find(|p| p.reference.as_deref() == Some("enfance.cantine"))
            .unwrap();
        assert!(cantine.channels.counter.is_some());
    }

    #[test]
    fn an_unknown_territory_still_validates() {
        // A Swiss canton whose procedures horsligne does not know.
        let (text, count) = starter(&input("CH", Some("Canton de Vaud")), None);
        assert_eq!(count, 1);
        assert!(audited(&text).contains(&"NN-PLACEHOLDER".to_owned()));
        let catalog = catalog::from_str("catalogue.yaml", &text).unwrap();
        assert_eq!(catalog.authority.region.as_deref(), Some("vd"));
    }

    #[test]
    fn a_belgian_or_swiss_starter_needs_its_region() {
        // Without it the starter would not load: the binding texts are regional.
        for country in ["CH", "BE"] {
            let errors = input(country, None).validate().unwrap_err();
            assert_eq!(errors[0].0.key, "init-region-required", "{country}");
        }
        let unknown = input("BE", Some("walonie")).validate().unwrap_err();
        assert_eq!(unknown[0].0.key, "init-bad-region");
        assert!(unknown[0]
            .0
            .render(crate::i18n::Lang::En)
            .contains("wallonie"));
        // The usual spellings are the region's.
        let brussels = input("BE", Some("Brussel"));
        assert!(brussels.validate().is_ok());
        assert_eq!(brussels.territory(), Some("bruxelles-capitale"));
        assert!(input("FR", None).validate().is_ok());
    }

    #[test]
    fn bad_values_are_all_reported() {
        let bad = AuthorityInput {
            id: Some("fr 123".into()),
            country: Some("BE".into()),
            region: Some("atlantide".into()),
            ..AuthorityInput::default()
        };
        assert_eq!(bad.validate().unwrap_err().len(), 2);
        assert_eq!(input("fra", None).validate().unwrap_err().len(), 1);
        assert!(input("BE", Some("wallonie")).validate().is_ok());
    }

    #[test]
    fn never_writes_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_new(dir.path(), "version: 1\n").unwrap();
        assert!(matches!(
            write_new(dir.path(), "autre"),
            Err(WriteError::Exists(_))
        ));
        assert_eq!(std::fs::read_to_string(path).unwrap(), "version: 1\n");
    }
}
