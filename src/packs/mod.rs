//! Rule packs: the shipped ones (embedded in the binary from `rules/`) and a
//! council's own (`--rules DIR`), validated at load, selected by the
//! catalogue's authority, with supersession and severity overrides applied in
//! one place.

pub mod examples;
pub mod model;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

pub use model::{Pack, PackStatus, Rule, Severity, Text};

use crate::catalog::load::{self, LoadOptions};
use crate::catalog::resolve::Authority;
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
    fn validate(&self) -> Result<(), Diagnostics> {
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
        for lp in &self.packs {
            for rule in &lp.pack.rules {
                for target in &rule.supersedes {
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
        let superseded: HashMap<&str, &str> = chosen
            .iter()
            .flat_map(|lp| lp.pack.rules.iter())
            .flat_map(|r| {
                r.supersedes
                    .iter()
                    .map(move |s| (s.as_str(), r.id.value.as_str()))
            })
            .collect();
        let mut rules = Vec::new();
        for lp in &chosen {
            for rule in &lp.pack.rules {
                if superseded.contains_key(rule.id.value.as_str()) {
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
                rules.push(ActiveRule {
                    pack_id: lp.pack.id.value.clone(),
                    rule: rule.clone(),
                    severity,
                    superseded_ids: superseded
                        .iter()
                        .filter(|(_, by)| **by == rule.id.value)
                        .map(|(old, _)| (*old).to_owned())
                        .collect(),
                });
            }
        }
        Ok(Policy {
            packs: chosen.into_iter().map(|lp| lp.pack.clone()).collect(),
            rules,
            ignore_exemptions: selection.ignore_exemptions,
        })
    }
}

fn scope_matches(scope: &model::Scope, authority: &Authority) -> bool {
    let any_or = |list: &[String], value: &str| {
        list.is_empty() || list.iter().any(|v| v.eq_ignore_ascii_case(value))
    };
    any_or(&scope.countries, &authority.country)
        && (scope.regions.is_empty()
            || authority
                .region
                .as_deref()
                .is_some_and(|r| any_or(&scope.regions, r)))
        && (scope.levels.is_empty() || scope.levels.contains(&authority.level))
        && any_or(&scope.authorities, &authority.id)
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
}

/// A rule as it applies in this audit.
#[derive(Debug, Clone)]
pub struct ActiveRule {
    pub pack_id: String,
    pub rule: Rule,
    /// After level-specific severities and command-line overrides.
    pub severity: Severity,
    /// Ids of the rules this one replaced here (their exemptions apply to it).
    pub superseded_ids: Vec<String>,
}

/// The packs and rules of one audit.
#[derive(Debug, Clone)]
pub struct Policy {
    pub packs: Vec<Pack>,
    pub rules: Vec<ActiveRule>,
    pub ignore_exemptions: bool,
}
