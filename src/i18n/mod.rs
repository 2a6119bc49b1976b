//! The tool's own words, in French (default) and English.
//!
//! Every user-facing string of the tool lives in `locales/<lang>/*.ftl`
//! (Fluent), one file per area of the tool so that each stays readable; rule
//! texts (titles, why, how to fix) are data in the rule packs instead.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

/// The languages reports and messages are written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    clap::ValueEnum,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

static LOCALES: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The `.ftl` files of one language, in a stable order: `(path, source)`.
fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<_> = LOCALES
        .get_dir(lang.code())
        .map(|dir| {
            dir.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [build(Lang::Fr), build(Lang::En)]);
    &bundles[lang as usize]
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("static language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show up as garbage in terminals and CSV.
    bundle.set_use_isolating(false);
    for (path, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{path} is invalid: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{path} has duplicates: {errors:?}"));
    }
    bundle
}

/// A message of the tool, to be rendered in any language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message: numbers select plural forms.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// Locale keys, each rendered in the message's language and joined with commas.
    Keys(Vec<&'static str>),
    /// A decimal amount written the language's way (5,00 in French, 5.00 in English).
    Decimal(f64, usize),
    /// Another message of the tool (a reason inside a wider error), rendered in
    /// the message's language.
    Message(Box<Message>),
}

impl Eq for Arg {}

impl std::hash::Hash for Arg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Arg::Text(text) => text.hash(state),
            Arg::Number(n) => n.to_bits().hash(state),
            Arg::Keys(keys) => keys.hash(state),
            Arg::Decimal(n, digits) => (n.to_bits(), digits).hash(state),
            Arg::Message(message) => message.hash(state),
        }
    }
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// A list of the tool's own words (locale keys), rendered in the message's language.
    pub fn keys(mut self, name: &'static str, keys: Vec<&'static str>) -> Self {
        self.args.push((name, Arg::Keys(keys)));
        self
    }

    /// Another message, rendered in this message's language.
    pub fn message(mut self, name: &'static str, message: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(message))));
        self
    }

    /// An amount with `digits` decimals, written the language's way.
    pub fn decimal(mut self, name: &'static str, value: f64, digits: usize) -> Self {
        self.args.push((name, Arg::Decimal(value, digits)));
        self
    }

    /// A count or amount: Fluent picks the plural form from it.
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, text.as_str()),
                Arg::Number(n) => args.set(*name, *n),
                Arg::Keys(keys) => {
                    let words: Vec<String> = keys.iter().map(|k| t(lang, k)).collect();
                    args.set(*name, words.join(", "))
                }
                Arg::Message(message) => args.set(*name, message.render(lang)),
                Arg::Decimal(n, digits) => {
                    let text = format!("{n:.digits$}");
                    args.set(
                        *name,
                        if lang == Lang::Fr {
                            text.replace('.', ",")
                        } else {
                            text
                        },
                    )
                }
            }
        }
        format_message(lang, self.key, Some(&args))
    }

    /// The message in every language. Audits repeat the same few messages
    /// thousands of times, so renderings are remembered per thread.
    pub fn localized(&self) -> Localized {
        thread_local! {
            static RENDERED: std::cell::RefCell<std::collections::HashMap<Message, Localized>> =
                Default::default();
        }
        RENDERED.with(|cache| {
            if let Some(hit) = cache.borrow().get(self) {
                return hit.clone();
            }
            let rendered = Localized {
                fr: self.render(Lang::Fr),
                en: self.render(Lang::En),
            };
            let mut cache = cache.borrow_mut();
            if cache.len() > 4096 {
                cache.clear();
            }
            cache.insert(self.clone(), rendered.clone());
            rendered
        })
    }
}

/// A text in every language the tool speaks.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Localized {
    pub fr: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// The tool's word for `key` in `lang`, without arguments.
/// Whether `key` has a text in `lang` (for keys built at run time).
pub fn has_key(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

pub fn t(lang: Lang, key: &str) -> String {
    format_message(lang, key, None)
}

fn format_message(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        // A missing key is a bug caught by the locale tests; show the key rather than nothing.
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(source: &str) -> Vec<String> {
        source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
            .filter(|k| {
                !k.is_empty() && !k.starts_with('#') && !k.starts_with(' ') && !k.starts_with('.')
            })
            .collect()
    }

    fn all_keys(lang: Lang) -> Vec<String> {
        let mut keys: Vec<String> = sources(lang).iter().flat_map(|(_, s)| keys(s)).collect();
        keys.sort();
        keys
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        assert_eq!(all_keys(Lang::Fr), all_keys(Lang::En));
    }

    #[test]
    fn both_languages_have_the_same_files() {
        let names = |lang| -> Vec<String> {
            sources(lang)
                .iter()
                .map(|(p, _)| p.split_once('/').map_or(*p, |(_, n)| n).to_owned())
                .collect()
        };
        assert!(!names(Lang::Fr).is_empty());
        assert_eq!(names(Lang::Fr), names(Lang::En));
    }

    #[test]
    fn every_key_used_in_the_code_exists() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for pat in ["Message::new(\"", "t(lang, \"", "t(self.lang, \""] {
                    for piece in text.split(pat).skip(1) {
                        let key = piece.split('"').next().unwrap();
                        for lang in Lang::ALL {
                            if bundle(lang).get_message(key).is_none() {
                                missing.push(format!(
                                    "{}: {key} ({})",
                                    path.display(),
                                    lang.code()
                                ));
                            }
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing locale keys: {missing:#?}");
    }

    /// Keys built by `format!` from a prefix (`check-doc-{kind}`,
    /// `severity-{}`…) cannot be read whole from the code: each prefix must
    /// name keys in both languages. The exact sets are held where they are
    /// generated (the check registry's test for `check-doc-`).
    #[test]
    fn every_key_prefix_built_in_the_code_exists() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut prefixes = 0;
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                // Test modules build ids and fixtures, not messages.
                if path.file_name().is_some_and(|n| n == "tests.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("format!(\"").skip(1) {
                    let Some((prefix, _)) = piece.split_once('{') else {
                        continue;
                    };
                    let key_shaped = prefix.ends_with('-')
                        && prefix.len() > 1
                        && prefix
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
                    if !key_shaped {
                        continue;
                    }
                    prefixes += 1;
                    for lang in Lang::ALL {
                        if !all_keys(lang).iter().any(|k| k.starts_with(prefix)) {
                            missing.push(format!(
                                "{}: {prefix}… ({})",
                                path.display(),
                                lang.code()
                            ));
                        }
                    }
                }
            }
        }
        assert!(prefixes > 0, "the scan finds the built keys");
        assert!(missing.is_empty(), "missing locale keys: {missing:#?}");
    }

    #[test]
    fn arguments_are_interpolated() {
        let m = Message::new("check-channel-missing").arg("channel", "téléphone");
        assert!(m.render(Lang::Fr).contains("téléphone"));
    }
}
