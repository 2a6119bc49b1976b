//! The rule pack format: one YAML file per law or policy (`rules/*.yaml`).
//! Rule text (titles, why, how to fix, citations) is data here; the logic is
//! the typed check each rule names.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::model::{AuthorityLevel, ExemptionGround, Matter};
use crate::checks::CheckSpec;
use crate::i18n::Lang;
use crate::located::Located;

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "horsligne rule pack")]
pub struct Pack {
    /// Stable id, e.g. `wallonie-2024`.
    pub id: Located<String>,
    pub title: Text,
    pub status: PackStatus,
    /// What the pack is and how binding it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Which catalogues the pack applies to by default. Empty = every catalogue.
    #[serde(default)]
    pub scope: Scope,
    /// Only applied when asked for with `--pack` (advocacy packs).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub opt_in: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// The date the text's duties apply from: before it, the pack is not
    /// applied (the audit date is `--today`'s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<NaiveDate>,
    /// Whether that date was read in the text itself. While it was not, the
    /// report says « date d'entrée en vigueur non vérifiée ».
    #[serde(default = "verified", skip_serializing_if = "is_verified")]
    pub effective_from_verified: bool,
    pub rules: Vec<Rule>,
}

fn verified() -> bool {
    true
}

fn is_verified(v: &bool) -> bool {
    *v
}

/// How binding a pack's text is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    clap::ValueEnum,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
// The command line spells statuses as the packs do (`--status in_force`).
#[value(rename_all = "snake_case")]
pub enum PackStatus {
    /// A law or regulation in force.
    InForce,
    /// A bill: only applied with `--preview`.
    Bill,
    /// A recommendation (Défenseur des droits, good practice, the core pack).
    Recommendation,
    /// A local authority's own commitment.
    LocalPolicy,
    /// An advocacy demand (associations' campaigns): never a legal basis.
    Advocacy,
}

impl PackStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// ISO 3166-1 alpha-2 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<AuthorityLevel>,
    /// Authority ids (e.g. `fr-69266`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// Bodies the text does not bind although their country, region and
    /// level match, by name or id (case-insensitive, part of the name: the
    /// Vlaamse Gemeenschapscommissie is no party to the Brussels text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_names: Vec<String>,
    /// Matters (`procedure.matter`) the text may not reach: for those
    /// procedures its errors are warnings that say so (« matière fédérale :
    /// application du texte régional non établie »).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsettled_matters: Vec<Matter>,
}

/// A legal or policy source a pack's rules come from.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub instrument: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<url::Url>,
}

/// A text in French, and in English and Dutch when translated (French, the
/// language the texts are quoted in, is shown otherwise).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => self.en.as_deref().unwrap_or(&self.fr),
            Lang::Nl => self.nl.as_deref().unwrap_or(&self.fr),
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    clap::ValueEnum,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
// `--severity erreur` / `fout`: the words the reports show are accepted too.
pub enum Severity {
    #[value(aliases = ["information", "informatie"])]
    Info,
    #[value(aliases = ["avertissement", "waarschuwing"])]
    Warning,
    #[value(aliases = ["erreur", "fout"])]
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Whether what a rule says is read in the source itself or is an interpretation.
/// Required on every rule: nothing is « confirmé dans le texte » by default.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in the text or an authoritative summary.
    Confirmed,
    /// Read only in a reliable secondary source.
    Secondary,
    /// Our reading of the text (said so in the rule's message).
    Interpretation,
    /// Not found in a source: never shipped as an error.
    Unconfirmed,
    /// Not about a text at all: the rule checks the catalogue's data (an
    /// unreachable procedure, an old entry). Shown as « qualité des données »,
    /// never with a legal basis.
    DataQuality,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a rule's citation is, for its label in reports and docs: only a text
/// in force is a « Base légale ».
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Basis {
    /// A text in force (pack status `in_force`): « Base légale ».
    LegalBasis,
    /// A recommendation, a bill, a local policy or an advocacy demand:
    /// « Fondement » with its status in words.
    Grounds,
    /// A data-quality rule: neither, it says so.
    DataQuality,
    /// A text in force that excludes this level of authority (its
    /// `severity_by_level` lowers the rule to information): « Bonne
    /// pratique », never « Base légale » (ESSOC art. 28 and communes).
    GoodPractice,
}

impl Basis {
    pub fn of(status: PackStatus, confidence: Confidence) -> Self {
        match (status, confidence) {
            (_, Confidence::DataQuality) => Self::DataQuality,
            (PackStatus::InForce, _) => Self::LegalBasis,
            _ => Self::Grounds,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The locale key of the label shown before the citation.
    pub fn label_key(self, status: PackStatus) -> &'static str {
        match (self, status) {
            (Self::LegalBasis, _) => "basis-legal",
            (Self::GoodPractice, _) => "basis-good-practice",
            (Self::DataQuality, _) => "basis-data-quality",
            (Self::Grounds, PackStatus::Bill) => "basis-grounds-bill",
            (Self::Grounds, PackStatus::LocalPolicy) => "basis-grounds-local-policy",
            (Self::Grounds, PackStatus::Advocacy) => "basis-grounds-advocacy",
            (Self::Grounds, _) => "basis-grounds-recommendation",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, never reused: pack prefix + name, e.g. `WAL-PHONE`.
    pub id: Located<String>,
    /// Readable slug, e.g. `missing-phone-channel`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub title: Text,
    pub severity: Severity,
    /// Severity for some authority levels (e.g. info where a law excludes communes).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity_by_level: BTreeMap<AuthorityLevel, Severity>,
    /// The typed check and its parameters.
    pub check: Located<CheckSpec>,
    /// The article(s) the rule applies.
    pub citation: String,
    /// The citation for some authority levels, in place of `citation` (a
    /// CPAS is bound by the Walloon twin decree: it leads).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub citation_by_level: BTreeMap<AuthorityLevel, String>,
    /// The citation for some countries (`FR`), in place of `citation`: a
    /// French commitment is no basis for a Belgian or Swiss authority.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub citation_by_country: BTreeMap<String, String>,
    pub why: Text,
    pub fix: Text,
    /// Grounds on which the text accepts an exemption; none = no exemption.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemption_grounds: Vec<ExemptionGround>,
    /// How sure the reading of the source is (required).
    pub confidence: Confidence,
    /// Confidence for some authority levels (e.g. confirmed for the State,
    /// an interpretation for communes when the case law concerned the State).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confidence_by_level: BTreeMap<AuthorityLevel, Confidence>,
    /// Rules that say the same thing as this one: when this rule fails on a
    /// part of a procedure (same procedure, step and line), their findings
    /// there are folded into its finding, their citations listed in its
    /// `also_cited`: one problem, one finding, under the strongest basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absorbs: Vec<String>,
    /// Rules of other packs this one replaces when both apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supersedes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<NaiveDate>,
    /// Catalogue excerpts (a YAML list of procedures) that fail and pass the
    /// rule; run as tests so the documentation cannot lie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example_fail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example_pass: Option<String>,
}
