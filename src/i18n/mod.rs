//! The tool's own words, in French (default), English and Dutch.
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
    /// Belgian Dutch (Brussels and Flanders): gemeente, OCMW, loket.
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::En, Lang::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language of a system locale (`nl_BE.UTF-8`, `en_GB`, `fr`, `C`):
    /// its language part when the tool speaks it.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == language)
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
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [build(Lang::Fr), build(Lang::En), build(Lang::Nl)]);
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
                        match lang {
                            Lang::Fr | Lang::Nl => text.replace('.', ","),
                            Lang::En => text,
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
                nl: self.render(Lang::Nl),
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

/// An error that is one of the tool's messages: what a value parser returns,
/// so that the command line can say it in the user's language. `Display`
/// gives the English text, for logs and code that has no language at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageError(pub Message);

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.render(Lang::En))
    }
}

impl std::error::Error for MessageError {}

/// A text in every language the tool speaks.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Localized {
    pub fr: String,
    pub en: String,
    /// Absent from reports written before Dutch was added.
    #[serde(default)]
    pub nl: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
            Lang::Nl if self.nl.is_empty() => &self.fr,
            Lang::Nl => &self.nl,
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

    /// Every key of any language, with the languages it is missing from.
    #[test]
    fn every_language_has_every_key() {
        let by_lang: Vec<(Lang, Vec<String>)> =
            Lang::ALL.iter().map(|&l| (l, all_keys(l))).collect();
        let mut union: Vec<&String> = by_lang.iter().flat_map(|(_, k)| k).collect();
        union.sort();
        union.dedup();
        let missing: Vec<String> = union
            .iter()
            .flat_map(|key| {
                by_lang
                    .iter()
                    .filter(|(_, keys)| keys.binary_search(key).is_err())
                    .map(move |(lang, _)| format!("{key} ({})", lang.code()))
            })
            .collect();
        assert!(missing.is_empty(), "keys missing: {missing:#?}");
        for (lang, keys) in &by_lang {
            let mut unique = keys.clone();
            unique.dedup();
            assert_eq!(&unique, keys, "a key twice in {}", lang.code());
        }
    }

    #[test]
    fn every_language_has_the_same_files() {
        let names = |lang| -> Vec<String> {
            sources(lang)
                .iter()
                .map(|(p, _)| p.split_once('/').map_or(*p, |(_, n)| n).to_owned())
                .collect()
        };
        assert!(!names(Lang::Fr).is_empty());
        for lang in Lang::ALL {
            assert_eq!(names(Lang::Fr), names(lang), "{}", lang.code());
        }
    }

    /// A Fluent message gives the same variables to every translation: a
    /// translation that invents `{ $aantal }` shows nothing in the one
    /// language nobody on the team reads.
    #[test]
    fn every_language_uses_the_same_variables() {
        fn variables(lang: Lang) -> std::collections::BTreeMap<String, Vec<String>> {
            let mut out = std::collections::BTreeMap::new();
            for (_, source) in sources(lang) {
                let mut key = String::new();
                for line in source.lines() {
                    if let Some((k, _)) = line.split_once(" =") {
                        if !k.starts_with([' ', '#', '.']) && !k.is_empty() {
                            key = k.trim().to_owned();
                        }
                    }
                    let vars: &mut Vec<String> = out.entry(key.clone()).or_default();
                    for piece in line.split("$").skip(1) {
                        let name: String = piece
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        if !name.is_empty() && !vars.contains(&name) {
                            vars.push(name);
                        }
                    }
                }
            }
            for vars in out.values_mut() {
                vars.sort();
            }
            out
        }
        // French and English may each leave out a variable (a plural chosen
        // by another); Dutch uses none that neither knows.
        let (fr, en, nl) = (
            variables(Lang::Fr),
            variables(Lang::En),
            variables(Lang::Nl),
        );
        let invented: Vec<String> = nl
            .iter()
            .flat_map(|(key, vars)| {
                let known = |v: &String| {
                    [&fr, &en]
                        .iter()
                        .any(|l| l.get(key).is_some_and(|k| k.contains(v)))
                };
                vars.iter()
                    .filter(move |v| !known(v))
                    .map(move |v| format!("{key}: ${v}"))
            })
            .collect();
        assert!(
            invented.is_empty(),
            "variables unknown to fr and en: {invented:#?}"
        );
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
                    // Written names that are slugs, not keys: the aliases of
                    // Swiss cantons (« canton-de-vaud », « kanton-zürich »).
                    let not_a_key = path.ends_with("catalog/region.rs")
                        && ["ch-", "canton-", "kanton-"]
                            .iter()
                            .any(|slug| prefix.starts_with(slug));
                    if !key_shaped || not_a_key {
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

/// A date as people write it: "27 novembre 2026", "1er mai 2026", "27 November 2026".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month: &'static str = match date.month() {
        1 => "month-1",
        2 => "month-2",
        3 => "month-3",
        4 => "month-4",
        5 => "month-5",
        6 => "month-6",
        7 => "month-7",
        8 => "month-8",
        9 => "month-9",
        10 => "month-10",
        11 => "month-11",
        _ => "month-12",
    };
    Message::new("date-long")
        .num("day", date.day())
        .keys("month", vec![month])
        .arg("year", date.year())
        .render(lang)
}

/// A share between 0 and 1 as a whole percentage, written the language's way
/// (« 40 % » in French, "40%" in English).
pub fn percent(lang: Lang, share: f64) -> String {
    let n = (share * 100.0).round() as i64;
    match lang {
        Lang::Fr => format!("{n}\u{202f}%"),
        // Dutch writes the sign against the number (Taalunie: 40%).
        Lang::En | Lang::Nl => format!("{n}%"),
    }
}

/// A count written the language's way: « 12 345 » in French (narrow no-break
/// space), "12,345" in English.
pub fn number(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::Fr => "\u{202f}",
        Lang::Nl => ".",
        Lang::En => ",",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// `text` with every ISO date (2026-11-27) written as people write it, for
/// texts made for the staff's formats and shown to residents.
pub fn long_dates_in(lang: Lang, text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i + 10 <= bytes.len() {
        let candidate = &bytes[i..i + 10];
        let shaped = candidate.iter().enumerate().all(|(k, b)| match k {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
        let bounded = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + 10).is_none_or(|b| !b.is_ascii_alphanumeric());
        if shaped && bounded {
            if let Ok(date) = chrono::NaiveDate::parse_from_str(&text[i..i + 10], "%Y-%m-%d") {
                out.push_str(&text[copied..i]);
                out.push_str(&long_date(lang, date));
                i += 10;
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn dates_are_written_as_people_write_them() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(long_date(Lang::Fr, d(2026, 11, 27)), "27 novembre 2026");
        assert_eq!(long_date(Lang::Fr, d(2026, 5, 1)), "1er mai 2026");
        assert_eq!(long_date(Lang::En, d(2026, 11, 27)), "27 November 2026");
        assert_eq!(
            long_dates_in(Lang::Fr, "vérifiée le 2022-03-01, expirée le 2025-06-30."),
            "vérifiée le 1er mars 2022, expirée le 30 juin 2025."
        );
        // Not a date: left alone.
        assert_eq!(
            long_dates_in(Lang::Fr, "ref 12026-11-27x"),
            "ref 12026-11-27x"
        );
        assert_eq!(long_dates_in(Lang::Fr, "2026-13-01"), "2026-13-01");
        assert_eq!(long_date(Lang::En, d(2027, 1, 1)), "1 January 2027");
        assert_eq!(long_date(Lang::Nl, d(2026, 5, 1)), "1 mei 2026");
        assert_eq!(long_date(Lang::Nl, d(2025, 9, 25)), "25 september 2025");
    }

    #[test]
    fn numbers_and_shares_are_written_the_language_way() {
        assert_eq!(number(Lang::Fr, 0), "0");
        assert_eq!(number(Lang::Fr, 999), "999");
        assert_eq!(number(Lang::Fr, 35_000), "35\u{202f}000");
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(percent(Lang::Fr, 0.4), "40\u{202f}%");
        assert_eq!(percent(Lang::En, 0.666), "67%");
        assert_eq!(number(Lang::Nl, 35_000), "35.000");
        assert_eq!(percent(Lang::Nl, 0.4), "40%");
        assert_eq!(Lang::from_locale("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("fr_BE@euro"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("de_BE"), None);
    }
}
