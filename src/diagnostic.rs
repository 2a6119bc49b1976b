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

/// Whether `line` reads as a line of YAML or JSON: blank, a comment, a list
/// item, a bracket or a quoted string, or `key:` followed by a space or
/// nothing. `API_KEY=…`, `root:$6$…:19000:…` and base64 are not.
pub fn looks_like_structured_text(line: &str) -> bool {
    let line = line.trim_start();
    if line.is_empty() || line == "-" || line.starts_with("- ") || line.starts_with('#') {
        return true;
    }
    if line.starts_with(['{', '}', '[', ']', '"', '\'']) {
        return true;
    }
    match line.split_once(':') {
        Some((key, rest)) => {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                && (rest.is_empty() || rest.starts_with([' ', '\t']))
        }
        None => false,
    }
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
    pub fn with_source(self, source: &str) -> Self {
        let line = (self.line > 0)
            .then(|| source.lines().nth(self.line as usize - 1))
            .flatten();
        self.with_line(line)
    }

    /// Keeps `line`, the text of the offending line, found by the caller,
    /// when it looks like a line of YAML or JSON. A file that is something
    /// else (a link to `.env`, to `/etc/shadow`, a key) is located by line
    /// and column only: its content is never shown.
    pub fn with_line(mut self, line: Option<&str>) -> Self {
        if self.line > 0 {
            self.snippet = line
                .filter(|l| looks_like_structured_text(l))
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
        // Values quoted from the input ("\e[2J" is a valid YAML string) are
        // shown, not obeyed by the terminal.
        crate::escape::terminal(&out).into_owned()
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
    let folded: String = crate::html_page::sort_key(word.trim())
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
        other => yaml_message(other),
    };
    Diagnostic::new(file, line, column, message)
        .with_help(help)
        .with_source(source)
}

/// The parser's error in the user's words. The parser speaks to programmers
/// ("use Option<String>", "set DuplicateKeyPolicy in Options"): the errors
/// people meet are said again here, in French and English; the rest keep the
/// parser's description, without its advice to programmers.
fn yaml_message(error: &serde_saphyr::Error) -> (Message, Option<Message>) {
    use serde_saphyr::Error as E;
    let mut options = serde_saphyr::RenderOptions::default();
    options.snippets = serde_saphyr::SnippetMode::Off;
    let text = error.render_with_options(options);
    let help = yaml_help(&text);
    let expected = |what: &str| {
        expected_kind(what).map(|kind| {
            (
                Message::new("yaml-expected").message("kind", Message::new(kind)),
                help.clone(),
            )
        })
    };
    let said = match error {
        E::DuplicateMappingKey { key, .. } => Some((
            match key {
                Some(key) => Message::new("yaml-duplicate-key").arg("key", key),
                None => Message::new("yaml-duplicate-key-unnamed"),
            },
            Some(Message::new("yaml-duplicate-key-help")),
        )),
        E::NullIntoString { .. } | E::InvalidCharNull { .. } => Some((
            Message::new("yaml-empty-value"),
            Some(Message::new("yaml-empty-value-help")),
        )),
        E::MultipleDocuments { .. } => Some((
            Message::new("yaml-multiple-documents"),
            Some(Message::new("yaml-multiple-documents-help")),
        )),
        E::UnknownAnchor { .. } => Some((Message::new("yaml-unknown-anchor"), None)),
        E::Eof { .. } => Some((
            Message::new("yaml-unexpected-end"),
            Some(Message::new("yaml-unexpected-end-help")),
        )),
        E::Budget { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => Some((Message::new("yaml-too-complex"), None)),
        E::InvalidScalar { ty, .. } => expected(ty),
        E::Unexpected { expected: what, .. } => expected(what),
        E::SerdeInvalidType { expected: what, .. } => expected(what),
        _ => None,
    };
    said.unwrap_or_else(|| {
        // chrono's "input contains invalid characters" is a date people wrote
        // another way: say so rather than repeat it.
        if help.as_ref().is_some_and(|h| h.key == "diag-date-help") {
            return (Message::new("diag-bad-date"), help);
        }
        (
            Message::new("diag-yaml").arg("detail", without_advice(strip_location(&text))),
            help,
        )
    })
}

/// What serde or the parser expected (`u32`, `sequence start`, `a string`),
/// as a locale key in the user's words.
fn expected_kind(expected: &str) -> Option<&'static str> {
    let words: Vec<String> = expected
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(str::to_ascii_lowercase)
        .collect();
    let has = |names: &[&str]| words.iter().any(|w| names.contains(&w.as_str()));
    if has(&["sequence", "seq", "array", "tuple", "list"]) {
        Some("yaml-kind-list")
    } else if has(&["map", "mapping", "struct"]) {
        Some("yaml-kind-mapping")
    } else if has(&["bool", "boolean"]) {
        Some("yaml-kind-boolean")
    } else if has(&["u8", "u16", "u32", "u64", "u128", "usize"]) {
        Some("yaml-kind-whole-number")
    } else if has(&["i8", "i16", "i32", "i64", "i128", "isize", "integer"]) {
        Some("yaml-kind-integer")
    } else if has(&["f32", "f64", "float"]) {
        Some("yaml-kind-number")
    } else if has(&["char"]) {
        Some("yaml-kind-character")
    } else if has(&["str", "string", "scalar"]) {
        Some("yaml-kind-text")
    } else {
        None
    }
}

/// The parser's advice to programmers ("; use Option<char>", ", set … in
/// Options if acceptable") means nothing to the person editing the file.
fn without_advice(text: &str) -> &str {
    [", set ", "; use ", ". If you ", "; hint"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()
        .map_or(text, |at| &text[..at])
}

/// A hint for the YAML mistakes people make most.
fn yaml_help(text: &str) -> Option<Message> {
    // As a word: "acceptable" or "table" must not bring the advice on tabs.
    let mentions_tabs = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("tab") || word.eq_ignore_ascii_case("tabs"));
    let key = if mentions_tabs {
        "diag-tabs-help"
    } else if text.contains("out of range")
        || text.contains("premature end")
        || text.contains("invalid characters")
        || text.contains("trailing input")
        || text.contains("input is not enough")
        || text.contains("impossible")
    {
        "diag-date-help"
    } else if text.contains("invalid boolean") {
        "diag-bool-help"
    } else if text.contains("expected mapping") {
        "diag-mapping-help"
    } else if text.contains("expected sequence") {
        "diag-sequence-help"
    } else {
        return None;
    };
    Some(Message::new(key))
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
    fn only_lines_that_look_like_yaml_or_json_are_shown() {
        for shown in [
            "version: 1",
            "    title: \"Cantine\"",
            "  - id: cantine",
            "# notes",
            "",
            "  opening_hours:",
            "{\"a\": 1}",
        ] {
            assert!(looks_like_structured_text(shown), "{shown:?}");
        }
        for hidden in [
            "API_KEY=s3cr3t",
            "root:$6$salt$hash:19000:0:99999:7:::",
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
            "export TOKEN=abc",
            "https://user:pass@example.org",
        ] {
            assert!(!looks_like_structured_text(hidden), "{hidden:?}");
        }
        let d = Diagnostic::new("x", 1, 1, Message::new("load-empty-file"))
            .with_source("API_KEY=s3cr3t\n");
        assert_eq!(d.snippet, None);
        let d =
            Diagnostic::new("x", 1, 1, Message::new("load-empty-file")).with_source("version: 2\n");
        assert_eq!(d.snippet.as_deref(), Some("version: 2"));
    }

    #[test]
    fn suggests_the_closest_key() {
        assert_eq!(
            closest("openning_hours", ["opening_hours", "number"]),
            Some("opening_hours")
        );
        assert_eq!(closest("zzz", ["opening_hours", "number"]), None);
    }

    /// Parses `yaml` as a small struct and returns the diagnostic's message
    /// and help keys, with the message in both languages.
    fn yaml_diagnostic(yaml: &str) -> (Diagnostic, String, String) {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            name: String,
            count: Option<u32>,
            tags: Option<Vec<String>>,
        }
        let error = serde_saphyr::from_str_with_options::<Doc>(yaml, {
            let mut options = serde_saphyr::Options::default();
            options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
            options
        })
        .unwrap_err();
        let diagnostic = from_yaml_error(Path::new("f.yaml"), yaml, &error);
        let fr = diagnostic.render(Lang::Fr);
        let en = diagnostic.render(Lang::En);
        (diagnostic, fr, en)
    }

    #[test]
    fn a_duplicate_key_is_said_in_user_words_without_the_tabs_help() {
        let (d, fr, en) = yaml_diagnostic("name: a\nname: b\n");
        assert_eq!(d.message.key, "yaml-duplicate-key");
        assert_eq!(d.help.as_ref().unwrap().key, "yaml-duplicate-key-help");
        assert!(fr.contains("« name »"), "{fr}");
        for text in [&fr, &en] {
            assert!(!text.contains("DuplicateKeyPolicy"), "{text}");
            assert!(!text.contains("tab"), "{text}");
        }
    }

    #[test]
    fn an_empty_value_gets_no_library_advice() {
        let (d, fr, en) = yaml_diagnostic("name:\n");
        assert_eq!(d.message.key, "yaml-empty-value");
        for text in [&fr, &en] {
            assert!(!text.contains("Option<"), "{text}");
        }
    }

    #[test]
    fn wrong_kinds_name_what_is_expected_in_user_words() {
        let (d, _, en) = yaml_diagnostic("name: a\ncount: many\n");
        assert_eq!(d.message.key, "yaml-expected");
        assert!(en.contains("a whole number"), "{en}");
        assert!(!en.contains("u32"), "{en}");
        let (_, fr, _) = yaml_diagnostic("name: [a, b]\n");
        assert!(fr.contains("un texte"), "{fr}");
        let (_, _, en) = yaml_diagnostic("name: a\ntags: {a: 1}\n");
        assert!(en.contains("a list"), "{en}");
    }

    #[test]
    fn several_documents_are_explained_without_function_names() {
        let (d, _, en) = yaml_diagnostic("name: a\n---\nname: b\n");
        assert_eq!(d.message.key, "yaml-multiple-documents");
        assert!(!en.contains("from_multiple"), "{en}");
    }

    #[test]
    fn tabs_still_get_the_tabs_help() {
        let (d, _, _) = yaml_diagnostic("name:\ta\tb\n\tcount: 1\n");
        assert_eq!(
            d.help.as_ref().map(|h| h.key),
            Some("diag-tabs-help"),
            "{d:?}"
        );
    }

    #[test]
    fn library_advice_is_cut_from_the_parser_text() {
        assert_eq!(
            without_advice(
                "duplicate mapping key, set DuplicateKeyPolicy in Options if acceptable"
            ),
            "duplicate mapping key"
        );
        assert_eq!(
            without_advice("invalid char: cannot deserialize null; use Option<char>"),
            "invalid char: cannot deserialize null"
        );
        assert_eq!(without_advice("unexpected end"), "unexpected end");
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
