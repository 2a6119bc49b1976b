//! Errors in the user's input, pointing into their files like a compiler.
//!
//! Every problem found while loading a catalogue or a rule pack becomes one
//! `Diagnostic` (file, line, column, what was expected, the closest valid
//! value). Loading collects them all, so one run shows every mistake.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{t, Lang, Message};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: u32,
    pub column: u32,
    pub message: Message,
    pub help: Option<Message>,
    /// The source line the diagnostic points at, when known.
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, line: u32, column: u32, message: Message) -> Self {
        Self {
            file: file.into(),
            line,
            column,
            message,
            help: None,
            snippet: None,
        }
    }

    pub fn with_help(mut self, help: Option<Message>) -> Self {
        self.help = help;
        self
    }

    /// Keeps the offending line so the diagnostic can show it after the source is gone.
    pub fn with_source(mut self, source: &str) -> Self {
        if self.line > 0 {
            self.snippet = source
                .lines()
                .nth(self.line as usize - 1)
                .map(|l| l.chars().take(200).collect());
        }
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        self.render_as(lang, "diag-error")
    }

    /// The same, for what is understood but weak: said, never refused.
    pub fn render_warning(&self, lang: Lang) -> String {
        self.render_as(lang, "diag-warning")
    }

    fn render_as(&self, lang: Lang, label: &str) -> String {
        let mut out = format!("{}: {}", t(lang, label), self.position());
        out.push_str(": ");
        out.push_str(&self.message.render(lang));
        if let Some(snippet) = &self.snippet {
            let gutter = self.line.to_string().len();
            out.push_str(&format!(
                "\n {:gutter$} |\n {} | {}",
                "", self.line, snippet
            ));
            let caret_at = snippet
                .chars()
                .take(self.column.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect::<String>();
            out.push_str(&format!("\n {:gutter$} | {caret_at}^", ""));
        }
        if let Some(help) = &self.help {
            out.push_str(&format!(
                "\n  = {}: {}",
                t(lang, "diag-help"),
                help.render(lang)
            ));
        }
        out
    }

    /// `file:line:column`, the form editors and CI annotations understand.
    pub fn position(&self) -> String {
        match (self.line, self.column) {
            (0, _) => self.file.display().to_string(),
            (line, 0) => format!("{}:{line}", self.file.display()),
            (line, column) => format!("{}:{line}:{column}", self.file.display()),
        }
    }
}

/// Everything wrong with an input, reported together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// Orders by file and position, so output is stable whatever the load order.
    pub fn sorted(mut self) -> Self {
        self.0
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        self.0.dedup();
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let mut out = self
            .0
            .iter()
            .map(|d| d.render(lang))
            .collect::<Vec<_>>()
            .join("\n\n");
        let summary = Message::new("diag-summary").num("count", self.0.len() as f64);
        out.push_str("\n\n");
        out.push_str(&summary.render(lang));
        out
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Diagnostics {}

/// The closest of `candidates` to `unknown`, if one is close enough to be a typo.
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let unknown_lower = unknown.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&unknown_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?" when there is a close candidate, else the list of valid values.
pub fn suggestion<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Message> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if let Some(meant) = french_word(unknown).filter(|m| candidates.contains(m)) {
        return Some(Message::new("diag-did-you-mean").arg("candidate", meant));
    }
    if let Some(best) = closest(unknown, candidates.iter().copied()) {
        return Some(Message::new("diag-did-you-mean").arg("candidate", best));
    }
    if candidates.is_empty() {
        return None;
    }
    let mut shown: Vec<&str> = candidates.iter().copied().take(12).collect();
    if candidates.len() > shown.len() {
        shown.push("…");
    }
    Some(Message::new("diag-valid-values").arg("values", shown.join(", ")))
}

/// The catalogue's English word for a French one people write instead
/// (`kind: guichet`, `answered_by: humain`, `adresse:`).
pub fn french_word(word: &str) -> Option<&'static str> {
    let folded: String = crate::report::view::sort_key(word.trim())
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let english = match folded.as_str() {
        "guichet" | "accueil" | "sur_place" | "mairie" => "counter",
        "telephone" | "tel" => "phone",
        "courrier" | "poste" | "postale" | "lettre" => "postal",
        "courriel" | "mel" | "e_mail" | "mail" => "email",
        "en_ligne" | "internet" | "site" | "teleservice" => "online",
        "humain" | "humaine" | "agent" | "personne" => "human",
        "serveur_vocal" | "repondeur" => "ivr_only",
        "robot" | "chatbot" => "bot",
        "aucun" | "aucune" | "sans" | "non" | "libre" => "none",
        "facultatif" | "optionnel" | "possible" => "optional",
        "obligatoire" | "requis" | "oui" => "required",
        "gratuit" => "free",
        "normal" | "prix_d_un_appel_local" => "standard",
        "surtaxe" | "payant" => "premium",
        "inconnu" => "unknown",
        "actif" | "active" | "ouvert" => "active",
        "prevu" | "prevue" | "a_venir" => "planned",
        "retire" | "retiree" | "supprime" | "supprimee" => "retired",
        "etat" => "state",
        "departement" => "department",
        "intercommunalite" | "epci" => "intercommunality",
        "autre" => "other",
        "compte" => "account",
        "identite_numerique" => "digital_identity",
        "titre" | "intitule" => "title",
        "nom" => "name",
        "adresse" => "address",
        "numero" => "number",
        "horaires" | "heures_d_ouverture" => "opening_hours",
        "rendez_vous" | "rdv" => "appointment",
        "prise_de_rendez_vous" | "reservation" => "booking",
        "plain_pied" | "accessible" => "step_free",
        "tarif" => "tariff",
        "repondu_par" | "reponse" => "answered_by",
        "canaux" | "canal" => "channels",
        "etapes" | "etape" => "steps",
        "revu" | "revu_le" | "verifie" | "verifie_le" => "reviewed",
        "statut" => "status",
        "pieces" | "pieces_a_fournir" | "justificatifs" => "documents",
        "cout" | "prix" => "cost",
        "delai" => "delay",
        "formulaire" => "paper_form",
        "aide" | "accompagnement" => "assistance",
        "mediateur" => "mediator",
        "pays" => "country",
        "niveau" => "level",
        "langues" => "languages",
        "procedures" | "demarches" => "procedures",
        "contacts" => "contacts",
        _ => return None,
    };
    Some(english)
}

/// Turns a YAML (serde-saphyr) error into a diagnostic for `file`.
pub fn from_yaml_error(file: &Path, source: &str, error: &serde_saphyr::Error) -> Diagnostic {
    use serde_saphyr::Error as E;
    let inner = match error {
        E::WithSnippet { error, .. } => error.as_ref(),
        other => other,
    };
    let (line, column) = inner
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((0, 0));
    let (message, help) = match inner {
        E::SerdeUnknownField {
            field, expected, ..
        } => (
            Message::new("diag-unknown-key").arg("key", field),
            suggestion(field, expected.iter().copied()),
        ),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            Message::new("diag-unknown-value").arg("value", variant),
            suggestion(variant, expected.iter().copied()),
        ),
        E::SerdeMissingField { field, .. } => {
            (Message::new("diag-missing-key").arg("key", field), None)
        }
        E::SerdeInvalidType { expected, .. } | E::SerdeInvalidValue { expected, .. } => {
            let key = expected_key(expected);
            (Message::new(key), yaml_help_for(key))
        }
        other => {
            let mut options = serde_saphyr::RenderOptions::default();
            options.snippets = serde_saphyr::SnippetMode::Off;
            let text = other.render_with_options(options);
            let key = yaml_problem_key(&text);
            (
                Message::new(key).arg("detail", strip_location(&text)),
                yaml_help_for(key),
            )
        }
    };
    Diagnostic::new(file, line, column, message)
        .with_help(help)
        .with_source(source)
}

/// What serde expected, in the user's words (serde's own is "struct Procedure").
fn expected_key(expected: &str) -> &'static str {
    if expected.contains("sequence") {
        "diag-expected-list"
    } else if expected.contains("map") || expected.contains("struct") {
        "diag-expected-mapping"
    } else if expected.contains("bool") {
        "diag-expected-bool"
    } else if expected.contains("string") || expected.contains("char") {
        "diag-expected-text"
    } else if [
        "u8", "u16", "u32", "u64", "i32", "i64", "integer", "f64", "float",
    ]
    .iter()
    .any(|n| expected.contains(n))
    {
        "diag-expected-number"
    } else {
        "diag-wrong-type"
    }
}

/// The YAML mistakes people make most, recognised in the parser's English
/// text so that the message can be said in the user's language.
fn yaml_problem_key(text: &str) -> &'static str {
    if text.contains("tab") {
        "diag-yaml-tabs"
    } else if text.contains("out of range")
        || text.contains("premature end")
        || text.contains("invalid characters")
        || text.contains("trailing input")
        || text.contains("input is not enough")
        || text.contains("impossible")
    {
        "diag-bad-date"
    } else if text.contains("invalid boolean") {
        "diag-expected-bool"
    } else if text.contains("expected mapping") {
        "diag-expected-mapping"
    } else if text.contains("expected sequence") {
        "diag-expected-list"
    } else if text.contains("duplicate") {
        "diag-duplicate-key"
    } else {
        "diag-yaml"
    }
}

/// The hint that goes with each problem.
fn yaml_help_for(key: &str) -> Option<Message> {
    let help = match key {
        "diag-yaml-tabs" => "diag-tabs-help",
        "diag-bad-date" => "diag-date-help",
        "diag-expected-bool" => "diag-bool-help",
        "diag-expected-mapping" => "diag-mapping-help",
        "diag-expected-list" => "diag-sequence-help",
        "diag-yaml" => "diag-yaml-help",
        _ => return None,
    };
    Some(Message::new(help))
}

/// Words for an input/output error ("No such file or directory (os error 2)"
/// is neither French nor helpful).
pub fn io_error_key(error: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::InvalidData => "io-invalid-data",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::AlreadyExists => "io-already-exists",
        _ => "io-other",
    }
}

/// serde-saphyr appends "at line L column C"; the diagnostic already says where.
fn strip_location(text: &str) -> &str {
    text.rfind(" at line ")
        .map(|i| &text[..i])
        .unwrap_or(text)
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_key() {
        assert_eq!(
            closest("openning_hours", ["opening_hours", "number"]),
            Some("opening_hours")
        );
        assert_eq!(closest("zzz", ["opening_hours", "number"]), None);
    }

    #[test]
    fn understands_french_words() {
        let help = suggestion("guichet", ["counter", "phone", "postal", "email"]).unwrap();
        assert_eq!(help.render(Lang::Fr), "vouliez-vous dire « counter » ?");
        let help = suggestion("humain", ["human", "ivr_then_human"]).unwrap();
        assert_eq!(help.render(Lang::Fr), "vouliez-vous dire « human » ?");
        // Only a word the place accepts.
        assert_eq!(french_word("guichet"), Some("counter"));
        assert!(
            suggestion("guichet", ["human", "bot"]).is_some_and(|m| m.key == "diag-valid-values")
        );
    }

    #[test]
    fn lists_valid_values_when_nothing_is_close() {
        let help = suggestion("zzz", ["counter", "phone"]).unwrap();
        assert_eq!(help.key, "diag-valid-values");
    }
}
