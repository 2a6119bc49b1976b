//! Rule packs: the shipped ones (embedded in the binary from `rules/`) and a
//! council's own (`--rules DIR`), validated at load, selected by the
//! catalogue's authority, with supersession and severity overrides applied in
//! one place.

pub mod model;
pub mod scope;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

pub use model::{Pack, PackStatus, Rule, Severity, Text};

use crate::catalog::load::{self, LoadOptions};
use crate::catalog::procedure::Authority;
use crate::catalog::region;
use crate::diagnostic::{suggestion, Diagnostic, Diagnostics};
use crate::i18n::Message;

static SHIPPED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules");

/// A pack and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedPack {
    pub pack: Pack,
    /// `rules/<file>` for shipped packs, the real path for a council's.
    pub origin: PathBuf,
    pub shipped: bool,
}

/// Every known pack, shipped and local.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub packs: Vec<LoadedPack>,
}

impl Library {
    /// The shipped packs plus every `*.yaml` under each of `extra_dirs`.
    pub fn load(extra_dirs: &[PathBuf]) -> Result<Self, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut packs = Vec::new();
        let mut shipped: Vec<_> = SHIPPED
            .files()
            .filter(|f| {
                f.path()
                    .extension()
                    .is_some_and(|e| e == "yaml" || e == "yml")
            })
            .collect();
        shipped.sort_by_key(|f| f.path());
        for file in shipped {
            let origin = Path::new("rules").join(file.path());
            let text = String::from_utf8_lossy(file.contents());
            match load::parse_yaml::<Pack>(&origin, &text) {
                Ok(pack) => packs.push(LoadedPack {
                    pack,
                    origin,
                    shipped: true,
                }),
                Err(d) => diagnostics.push(d),
            }
        }
        for dir in extra_dirs {
            match load::catalogue_files(dir) {
                Ok(files) => {
                    for path in files {
                        match load::read_and_parse::<Pack>(path, &LoadOptions::default()) {
                            Ok((source, pack)) => packs.push(LoadedPack {
                                pack,
                                origin: source.path,
                                shipped: false,
                            }),
                            Err(d) => diagnostics.push(d),
                        }
                    }
                }
                Err(d) => diagnostics.extend(d),
            }
        }
        let library = Library { packs };
        if diagnostics.is_empty() {
            library.validate()?;
            Ok(library)
        } else {
            Err(diagnostics.sorted())
        }
    }

    /// What serde cannot see: duplicate ids, supersession of unknown rules,
    /// empty packs, rules that can never apply.
    pub fn validate(&self) -> Result<(), Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut pack_ids: HashMap<&str, &Path> = HashMap::new();
        let mut rule_ids: HashMap<&str, &Path> = HashMap::new();
        for lp in &self.packs {
            let pack = &lp.pack;
            if let Some(first) = pack_ids.insert(&pack.id.value, &lp.origin) {
                diagnostics.push(Diagnostic::new(
                    &lp.origin,
                    pack.id.line,
                    pack.id.column,
                    Message::new("pack-duplicate-id")
                        .arg("id", &pack.id.value)
                        .arg("first", first.display()),
                ));
            }
            if pack.rules.is_empty() {
                diagnostics.push(Diagnostic::new(
                    &lp.origin,
                    pack.id.line,
                    0,
                    Message::new("pack-no-rules"),
                ));
            }
            for rule in &pack.rules {
                if let Some(first) = rule_ids.insert(&rule.id.value, &lp.origin) {
                    diagnostics.push(Diagnostic::new(
                        &lp.origin,
                        rule.id.line,
                        rule.id.column,
                        Message::new("pack-duplicate-rule")
                            .arg("id", &rule.id.value)
                            .arg("first", first.display()),
                    ));
                }
                if let (Some(from), Some(until)) = (rule.effective_from, rule.effective_until) {
                    if until < from {
                        diagnostics.push(Diagnostic::new(
                            &lp.origin,
                            rule.id.line,
                            0,
                            Message::new("pack-bad-effective"),
                        ));
                    }
                }
                let can_be_error = rule.severity == Severity::Error
                    || rule
                        .severity_by_level
                        .values()
                        .any(|s| *s == Severity::Error);
                // A bill is not law: at most a warning, so it never fails CI by default.
                if pack.status == PackStatus::Bill && can_be_error {
                    diagnostics.push(Diagnostic::new(
                        &lp.origin,
                        rule.id.line,
                        0,
                        Message::new("pack-bill-error").arg("id", &rule.id.value),
                    ));
                }
                if rule.confidence == model::Confidence::Unconfirmed && can_be_error {
                    diagnostics.push(Diagnostic::new(
                        &lp.origin,
                        rule.id.line,
                        0,
                        Message::new("pack-unconfirmed-error").arg("id", &rule.id.value),
                    ));
                }
            }
        }
        let supersedes_of: HashMap<&str, &[String]> = self
            .rules()
            .map(|(_, r)| (r.id.value.as_str(), r.supersedes.as_slice()))
            .collect();
        for lp in &self.packs {
            for rule in &lp.pack.rules {
                // A cycle would silence every rule in it.
                let cyclic = rule.supersedes.contains(&rule.id.value)
                    || rule
                        .supersedes
                        .iter()
                        .any(|old| replaced_by(old, &supersedes_of).contains(&rule.id.value));
                if cyclic {
                    diagnostics.push(Diagnostic::new(
                        &lp.origin,
                        rule.id.line,
                        0,
                        Message::new("pack-supersedes-cycle").arg("id", &rule.id.value),
                    ));
                }
                for target in rule.supersedes.iter().chain(&rule.absorbs) {
                    if !rule_ids.contains_key(target.as_str()) {
                        let help = suggestion(target, rule_ids.keys().copied());
                        diagnostics.push(
                            Diagnostic::new(
                                &lp.origin,
                                rule.id.line,
                                0,
                                Message::new("pack-supersedes-unknown").arg("id", target),
                            )
                            .with_help(help),
                        );
                    }
                }
            }
        }
        if diagnostics.is_empty() {
            Ok(())
        } else {
            Err(diagnostics.sorted())
        }
    }

    pub fn find_pack(&self, id: &str) -> Option<&LoadedPack> {
        self.packs.iter().find(|p| p.pack.id.value == id)
    }

    pub fn rules(&self) -> impl Iterator<Item = (&LoadedPack, &Rule)> {
        self.packs
            .iter()
            .flat_map(|p| p.pack.rules.iter().map(move |r| (p, r)))
    }

    pub fn find_rule(&self, id: &str) -> Option<(&LoadedPack, &Rule)> {
        let wanted = id.to_ascii_uppercase();
        self.rules().find(|(_, r)| {
            r.id.value.eq_ignore_ascii_case(&wanted) || r.slug.as_deref() == Some(id)
        })
    }

    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rules().map(|(_, r)| r.id.value.as_str())
    }

    /// `--threshold` naming an unknown rule, or a rule whose check has no
    /// single numeric parameter: checked once before a survey, so the
    /// mistake is one usage error rather than every catalogue refused.
    pub fn threshold_errors(&self, selection: &Selection) -> Diagnostics {
        let mut diagnostics = Diagnostics::default();
        for (id, value) in &selection.thresholds {
            let check = self
                .rules()
                .find(|(_, r)| r.id.value == *id)
                .map(|(_, r)| &r.check.value);
            match check {
                None => diagnostics.push(
                    Diagnostic::new(
                        "--threshold",
                        0,
                        0,
                        Message::new("pack-unknown-rule").arg("id", id),
                    )
                    .with_help(suggestion(id, self.rule_ids())),
                ),
                Some(check) if check.with_threshold(*value).is_none() => {
                    diagnostics.push(Diagnostic::new(
                        "--threshold",
                        0,
                        0,
                        Message::new("pack-threshold-none").arg("id", id),
                    ))
                }
                Some(_) => {}
            }
        }
        diagnostics
    }

    /// Chooses the packs for `authority` and applies supersession and overrides.
    pub fn select(
        &self,
        authority: &Authority,
        selection: &Selection,
    ) -> Result<Policy, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut chosen: Vec<&LoadedPack> = Vec::new();
        if !selection.no_default_packs {
            chosen.extend(self.packs.iter().filter(|lp| {
                let pack = &lp.pack;
                !pack.opt_in
                    && (pack.status != PackStatus::Bill || selection.preview)
                    && scope_matches(&pack.scope, authority)
            }));
        }
        for id in &selection.packs {
            match self.find_pack(id) {
                Some(lp) if !chosen.iter().any(|c| c.pack.id.value == lp.pack.id.value) => {
                    chosen.push(lp)
                }
                Some(_) => {}
                None => diagnostics.push(
                    Diagnostic::new("--pack", 0, 0, Message::new("pack-unknown").arg("id", id))
                        .with_help(suggestion(
                            id,
                            self.packs.iter().map(|p| p.pack.id.value.as_str()),
                        )),
                ),
            }
        }
        let known: HashSet<&str> = self.rule_ids().collect();
        for id in selection.overrides.keys() {
            if !known.contains(id.as_str()) {
                diagnostics.push(
                    Diagnostic::new(
                        "--deny/--warn/--allow",
                        0,
                        0,
                        Message::new("pack-unknown-rule").arg("id", id),
                    )
                    .with_help(suggestion(id, known.iter().copied())),
                );
            }
        }
        diagnostics.extend(self.threshold_errors(selection));
        if chosen.is_empty() && diagnostics.is_empty() {
            diagnostics.push(Diagnostic::new(
                "--pack",
                0,
                0,
                Message::new("pack-none-selected"),
            ));
        }
        if !diagnostics.is_empty() {
            return Err(diagnostics);
        }
        let texts = scope::review(&self.packs, authority, selection, &chosen);
        let region_without_text = scope::region_without_text(&self.packs, authority);
        let supersedes_of: HashMap<&str, &[String]> = chosen
            .iter()
            .flat_map(|lp| lp.pack.rules.iter())
            .map(|r| (r.id.value.as_str(), r.supersedes.as_slice()))
            .collect();
        let superseded: HashSet<&str> = supersedes_of
            .values()
            .flat_map(|ids| ids.iter().map(String::as_str))
            .collect();
        let mut rules = Vec::new();
        for lp in &chosen {
            for rule in &lp.pack.rules {
                if superseded.contains(rule.id.value.as_str()) {
                    continue;
                }
                let base = rule
                    .severity_by_level
                    .get(&authority.level)
                    .copied()
                    .unwrap_or(rule.severity);
                let severity = match selection.overrides.get(&rule.id.value) {
                    Some(SeverityOverride::Allow) => continue,
                    Some(SeverityOverride::Set(s)) => *s,
                    None => base,
                };
                let confidence = rule
                    .confidence_by_level
                    .get(&authority.level)
                    .copied()
                    .unwrap_or(rule.confidence);
                let mut rule = rule.clone();
                if let Some(check) = selection
                    .thresholds
                    .get(&rule.id.value)
                    .and_then(|v| rule.check.value.with_threshold(*v))
                {
                    rule.check.value = check;
                }
                // The text cited is the one that speaks to this authority.
                if let Some(c) = rule
                    .citation_by_level
                    .get(&authority.level)
                    .or_else(|| rule.citation_by_country.get(&authority.country))
                {
                    rule.citation = c.clone();
                }
                let superseded_ids = replaced_by(&rule.id.value, &supersedes_of);
                rules.push(ActiveRule {
                    unsettled_matters: lp.pack.scope.unsettled_matters.clone(),
                    pack_id: lp.pack.id.value.clone(),
                    pack_status: lp.pack.status,
                    level_excluded: base == Severity::Info && rule.severity > Severity::Info,
                    rule,
                    severity,
                    confidence,
                    superseded_ids,
                });
            }
        }
        Ok(Policy {
            packs: chosen.into_iter().map(|lp| lp.pack.clone()).collect(),
            rules,
            ignore_exemptions: selection.ignore_exemptions,
            texts,
            region_without_text,
        })
    }
}

/// Every rule `id` replaces, directly or through a rule it replaces (sorted):
/// an exemption written for any of them applies to `id`.
fn replaced_by(id: &str, supersedes_of: &HashMap<&str, &[String]>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut pending: Vec<&str> = vec![id];
    while let Some(current) = pending.pop() {
        for old in supersedes_of.get(current).copied().unwrap_or_default() {
            if old != id && !found.contains(old) {
                found.push(old.clone());
                pending.push(old);
            }
        }
    }
    found.sort();
    found
}

fn scope_matches(scope: &model::Scope, authority: &Authority) -> bool {
    let any_or = |list: &[String], value: &str| {
        list.is_empty() || list.iter().any(|v| v.eq_ignore_ascii_case(value))
    };
    any_or(&scope.countries, &authority.country)
        && region_in_scope(scope, authority)
        && (scope.levels.is_empty() || scope.levels.contains(&authority.level))
        && any_or(&scope.authorities, &authority.id)
        && !excluded_by_name(scope, authority)
}

/// Whether the scope names this body among those the text does not bind.
fn excluded_by_name(scope: &model::Scope, authority: &Authority) -> bool {
    let name = authority.name.to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    scope.excluded_names.iter().any(|excluded| {
        let excluded = excluded.to_lowercase();
        // An acronym (`VGC`) must be a whole word; a name may be part of a longer one.
        authority.id.eq_ignore_ascii_case(&excluded)
            || words.contains(&excluded.as_str())
            || (excluded.contains(' ') && name.contains(&excluded))
    })
}

/// Whether the authority's region is one of the scope's (any, when the scope
/// names none). A pack may write a region as people do (`geneve`): compared
/// canonical.
fn region_in_scope(scope: &model::Scope, authority: &Authority) -> bool {
    scope.regions.is_empty()
        || scope.regions.iter().any(|written| {
            let canonical = region::normalise(&authority.country, written);
            authority
                .region
                .as_deref()
                .is_some_and(|r| canonical.as_deref().is_ok_and(|c| c == r))
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeverityOverride {
    Set(Severity),
    /// The rule is not run at all.
    Allow,
}

/// What the user asked for on the command line.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub packs: Vec<String>,
    pub no_default_packs: bool,
    pub preview: bool,
    pub ignore_exemptions: bool,
    pub overrides: BTreeMap<String, SeverityOverride>,
    /// `--threshold RULE=VALUE` (issue 26): the numeric parameter of a
    /// rule's check (counter hours, delay factor…) for this run.
    pub thresholds: BTreeMap<String, f64>,
}

/// A rule as it applies in this audit.
#[derive(Debug, Clone)]
pub struct ActiveRule {
    pub pack_id: String,
    /// How binding the rule's pack is: its citation's label follows it.
    pub pack_status: PackStatus,
    pub rule: Rule,
    /// After level-specific severities and command-line overrides.
    pub severity: Severity,
    /// After level-specific confidences.
    pub confidence: model::Confidence,
    /// Ids of the rules this one replaced here (their exemptions apply to it).
    pub superseded_ids: Vec<String>,
    /// Matters the rule's text may not reach (its pack's `unsettled_matters`).
    pub unsettled_matters: Vec<crate::catalog::model::Matter>,
    /// The text excludes this authority's level: its `severity_by_level`
    /// lowers the rule to information (ESSOC art. 28 and communes).
    pub level_excluded: bool,
}

impl ActiveRule {
    /// What the rule's citation is: a legal basis only for a text in force
    /// that binds this authority; good practice where it excludes its level.
    pub fn basis(&self) -> model::Basis {
        match model::Basis::of(self.pack_status, self.confidence) {
            model::Basis::LegalBasis if self.level_excluded => model::Basis::GoodPractice,
            basis => basis,
        }
    }
}

/// The packs and rules of one audit.
#[derive(Debug, Clone)]
pub struct Policy {
    pub packs: Vec<Pack>,
    pub rules: Vec<ActiveRule>,
    pub ignore_exemptions: bool,
    /// Every text examined for the authority and what became of it.
    pub texts: Vec<scope::TextScope>,
    /// The authority's region when no regional text was examined for it.
    pub region_without_text: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::AuthorityLevel;

    fn authority(
        id: &str,
        country: &str,
        region: Option<&str>,
        level: AuthorityLevel,
    ) -> Authority {
        let catalogue = crate::rule_examples::catalogue(
            "- id: a\n  title: A\n  channels: { counter: { contact: accueil } }\n",
        )
        .unwrap_or_else(|d| panic!("{d:?}"));
        Authority {
            id: id.into(),
            country: country.into(),
            region: region.map(str::to_owned),
            level,
            ..catalogue.authority
        }
    }

    fn active_ids(policy: &Policy) -> Vec<&str> {
        policy
            .rules
            .iter()
            .map(|r| r.rule.id.value.as_str())
            .collect()
    }

    fn pack_ids(policy: &Policy) -> Vec<&str> {
        policy.packs.iter().map(|p| p.id.value.as_str()).collect()
    }

    /// `RULE: field` for each of a rule's title, why and fix without Dutch.
    fn without_dutch(rule: &super::model::Rule) -> Vec<String> {
        [
            ("title", &rule.title),
            ("why", &rule.why),
            ("fix", &rule.fix),
        ]
        .into_iter()
        .filter(|(_, text)| text.nl.is_none())
        .map(|(field, _)| format!("{}: {field}", *rule.id))
        .collect()
    }

    /// A Belgian pack is read in Brussels and Flanders: its title and every
    /// rule's title, reason and fix exist in Dutch, not in French by default.
    #[test]
    fn belgian_packs_speak_dutch() {
        let library = Library::load(&[]).unwrap();
        let mut missing = Vec::new();
        let belgian = library
            .packs
            .iter()
            .filter(|p| p.pack.scope.countries.iter().any(|c| c == "BE"));
        let mut count = 0;
        for loaded in belgian {
            count += 1;
            let pack = &loaded.pack;
            if pack.title.nl.is_none() {
                missing.push(format!("{}: title", *pack.id));
            }
            for rule in &pack.rules {
                missing.extend(without_dutch(rule));
            }
        }
        assert!(count >= 2, "the Brussels and Walloon packs are shipped");
        // And every rule a Belgian authority is audited against (the
        // reference standard included), whatever its pack's scope.
        for region in ["wallonie", "bruxelles-capitale", "flandre"] {
            let belgian = authority("be-1", "BE", Some(region), AuthorityLevel::Commune);
            let policy = library.select(&belgian, &Selection::default()).unwrap();
            assert!(!policy.rules.is_empty(), "{region}");
            for active in &policy.rules {
                missing.extend(without_dutch(&active.rule));
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "no Dutch: {missing:#?}");
        // A pack with no Dutch (France's) is read in French rather than left
        // blank: the text shown is the pack's own, never an invented one.
        let french = library
            .packs
            .iter()
            .find(|p| *p.pack.id == "humain-d-abord")
            .unwrap();
        let rule = &french.pack.rules[0];
        assert!(rule.why.nl.is_none());
        assert_eq!(
            rule.why.get(crate::i18n::Lang::Nl),
            rule.why.get(crate::i18n::Lang::Fr)
        );
        // Rendered in Dutch, a Brussels rule says the Court's name in Dutch.
        let brussels = library
            .packs
            .iter()
            .find(|p| *p.pack.id == "bruxelles-2024")
            .unwrap();
        assert!(brussels
            .pack
            .title
            .get(crate::i18n::Lang::Nl)
            .contains("Grondwettelijk Hof"));
        assert!(brussels
            .pack
            .title
            .get(crate::i18n::Lang::Fr)
            .contains("Cour constitutionnelle"));
    }

    #[test]
    fn packs_are_chosen_by_the_authority_s_scope() {
        let library = Library::load(&[]).unwrap();
        let select = |a: &Authority, s: &Selection| library.select(a, s).unwrap();
        let wallonia = authority("be-1", "BE", Some("wallonie"), AuthorityLevel::Cpas);
        assert_eq!(
            pack_ids(&select(&wallonia, &Selection::default())),
            ["non-numerique", "wallonie-2024"]
        );
        let brussels = authority(
            "be-2",
            "BE",
            Some("bruxelles-capitale"),
            AuthorityLevel::Commune,
        );
        assert_eq!(
            pack_ids(&select(&brussels, &Selection::default())),
            ["bruxelles-2024", "non-numerique"]
        );
        let commune = authority("fr-1", "FR", None, AuthorityLevel::Commune);
        let french = pack_ids(&select(&commune, &Selection::default())).join(" ");
        assert!(
            french.contains("france-droit-positif") && french.contains("villeurbanne-2023-modele")
        );
        assert!(
            !french.contains("france-propositions"),
            "bills need --preview"
        );
        assert!(!french.contains("humain-d-abord"), "advocacy is opt-in");
        assert!(
            !pack_ids(&select(&commune, &Selection::default())).contains(&"villeurbanne-2023"),
            "only for fr-69266"
        );
        let preview = Selection {
            preview: true,
            ..Selection::default()
        };
        assert!(pack_ids(&select(&commune, &preview)).contains(&"france-propositions"));
        let state = authority("fr-etat", "FR", None, AuthorityLevel::State);
        assert!(
            !pack_ids(&select(&state, &Selection::default())).contains(&"villeurbanne-2023-modele")
        );
    }

    #[test]
    fn supersession_replaces_transitively_and_records_what_was_replaced() {
        let library = Library::load(&[]).unwrap();
        let villeurbanne = authority("fr-69266", "FR", None, AuthorityLevel::Commune);
        let policy = library
            .select(&villeurbanne, &Selection::default())
            .unwrap();
        let ids = active_ids(&policy);
        assert!(ids.contains(&"VIL-MEDIATOR"));
        assert!(!ids.contains(&"VIL-MODEL-MEDIATOR") && !ids.contains(&"NN-MEDIATOR"));
        let mediator = policy
            .rules
            .iter()
            .find(|r| r.rule.id.value == "VIL-MEDIATOR")
            .unwrap();
        assert_eq!(
            mediator.superseded_ids,
            ["NN-MEDIATOR", "VIL-MODEL-MEDIATOR"]
        );

        // Two rules replacing the same core rule both record it.
        let brussels = authority(
            "be-2",
            "BE",
            Some("bruxelles-capitale"),
            AuthorityLevel::Commune,
        );
        let with_advocacy = Selection {
            packs: vec!["humain-d-abord".into()],
            ..Selection::default()
        };
        let policy = library.select(&brussels, &with_advocacy).unwrap();
        for id in ["BXL-PHONE", "HUM-PHONE"] {
            let rule = policy.rules.iter().find(|r| r.rule.id.value == id).unwrap();
            assert_eq!(rule.superseded_ids, ["NN-PHONE"], "{id}");
        }
        assert!(!active_ids(&policy).contains(&"NN-PHONE"));
    }

    #[test]
    fn level_severities_apply_before_command_line_overrides() {
        let library = Library::load(&[]).unwrap();
        let severity = |level, selection: &Selection| {
            let policy = library
                .select(&authority("fr-x", "FR", None, level), selection)
                .unwrap();
            policy
                .rules
                .iter()
                .find(|r| r.rule.id.value == "FR-NO-PREMIUM-PHONE")
                .map(|r| r.severity)
        };
        let none = Selection::default();
        assert_eq!(
            severity(AuthorityLevel::State, &none),
            Some(Severity::Error)
        );
        assert_eq!(
            severity(AuthorityLevel::Agency, &none),
            Some(Severity::Error)
        );
        assert_eq!(
            severity(AuthorityLevel::Commune, &none),
            Some(Severity::Info)
        );
        assert_eq!(
            severity(AuthorityLevel::Department, &none),
            Some(Severity::Info)
        );
        let mut overrides = BTreeMap::new();
        overrides.insert(
            "FR-NO-PREMIUM-PHONE".to_owned(),
            SeverityOverride::Set(Severity::Warning),
        );
        let warn = Selection {
            overrides,
            ..Selection::default()
        };
        assert_eq!(
            severity(AuthorityLevel::Commune, &warn),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn a_supersession_cycle_is_refused_at_load() {
        let dir = tempfile::tempdir().unwrap();
        let rule = |id: &str, old: &str| {
            format!(
                "  - id: {id}\n    title: {{ fr: R }}\n    severity: info\n    check: reachable\n    confidence: data_quality\n    citation: C\n    why: {{ fr: W }}\n    fix: {{ fr: F }}\n    supersedes: [{old}]\n"
            )
        };
        std::fs::write(
            dir.path().join("boucle.yaml"),
            format!(
                "id: boucle\ntitle: {{ fr: Boucle }}\nstatus: local_policy\nrules:\n{}{}",
                rule("LOOP-A", "LOOP-B"),
                rule("LOOP-B", "LOOP-A")
            ),
        )
        .unwrap();
        let Err(d) = Library::load(&[dir.path().to_path_buf()]) else {
            panic!("a cycle must not load")
        };
        let text = d.render(crate::i18n::Lang::En);
        assert!(text.contains("rule LOOP-A replaces itself"), "{text}");
        assert!(text.contains("rule LOOP-B replaces itself"), "{text}");
    }
}
