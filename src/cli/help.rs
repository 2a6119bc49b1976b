//! The help of every command and argument, in the user's language: the clap
//! command tree built from the derive definitions, then given its texts from
//! locales/*/cli.ftl. Keys: `cli-about` (the tool), `cli-<command path>-about`
//! (`cli-rules-list-about`), and for an argument `cli-<command path>-arg-<id>`
//! where its meaning is the command's own, else `cli-arg-<id>` (`--rules`
//! means the same everywhere). Clap's own words (headings, defaults,
//! possible values) come from `cli-heading-*`, `cli-default` and
//! `cli-possible-values`.

use std::ffi::OsString;

use clap::{Arg, Command, ValueEnum};

use crate::i18n::{has_key, t, Lang, Message};

/// The language of the help and of parsing errors, read before parsing (the
/// help is printed while parsing): `--lang X` or `--lang=X` on the command
/// line, else `HORSLIGNE_LANG`, else the system's locale (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`, the order POSIX gives them: `nl_BE.UTF-8` is
/// Dutch), else French. `env` reads an environment variable.
pub fn lang_before_parsing(
    args: impl IntoIterator<Item = OsString>,
    env: impl Fn(&str) -> Option<OsString>,
) -> Lang {
    let parse = |value: &str| Lang::from_str(value, true).ok();
    let args: Vec<OsString> = args.into_iter().skip(1).collect();
    let mut from_args = None;
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            from_args = iter.next().and_then(parse).or(from_args);
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            from_args = parse(value).or(from_args);
        }
    }
    let var = |name: &str| env(name).and_then(|v| v.into_string().ok());
    from_args
        .or_else(|| var("HORSLIGNE_LANG").as_deref().and_then(parse))
        .or_else(|| {
            // The first locale variable set and not empty decides, even when
            // the tool does not speak its language (then French).
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(|name| var(name).filter(|v| !v.is_empty()))
                .and_then(|locale| Lang::from_locale(&locale))
        })
        .unwrap_or_default()
}

/// `command` (built from the derive definitions) with every text in `lang`.
pub fn localize(mut command: Command, lang: Lang) -> Command {
    // Building adds what clap generates (`--help`, `--version`, the `help`
    // subcommand, the global `--lang` in every subcommand), so they get
    // their texts too.
    command.build();
    localize_command(command, &[], lang)
        .after_help(t(lang, "cli-after-help"))
        .long_version(None::<&str>)
}

fn localize_command(command: Command, path: &[String], lang: Lang) -> Command {
    let usage = t(lang, "cli-heading-usage");
    let mut command = command
        .about(t(lang, &about_key(path)))
        .long_about(None::<&str>)
        .subcommand_help_heading(t(lang, "cli-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ));
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| localize_arg(arg, path, lang));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(name.clone());
        command = command.mut_subcommand(&name, |sub| localize_command(sub, &sub_path, lang));
    }
    command
}

fn localize_arg(arg: Arg, path: &[String], lang: Lang) -> Arg {
    let mut help = t(lang, &arg_key(path, arg.get_id().as_str(), lang));
    let mut arg = arg;
    if arg.get_action().takes_values() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() {
            help.push(' ');
            help.push_str(
                &Message::new("cli-default")
                    .arg("value", defaults.join(", "))
                    .render(lang),
            );
            arg = arg.hide_default_value(true);
        }
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !values.is_empty() && !arg.is_hide_possible_values_set() {
            help.push(' ');
            help.push_str(
                &Message::new("cli-possible-values")
                    .arg("values", values.join(", "))
                    .render(lang),
            );
            arg = arg.hide_possible_values(true);
        }
    }
    if arg.get_action().takes_values() {
        let names = value_names(&arg);
        let said: Vec<String> = names.iter().map(|n| value_name(n, lang)).collect();
        if said != names {
            arg = arg.value_names(said);
        }
    }
    let heading = if arg.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    arg.help(help)
        .long_help(None::<&str>)
        .help_heading(t(lang, heading))
}

/// The names clap shows for an argument's values (`<FILE>`), its id in
/// capitals when none is given.
fn value_names(arg: &Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_ascii_uppercase()],
    }
}

/// A value name in the user's words: each word in capitals (`FILE` in
/// `FORMAT[=FILE]`) is `cli-value-<word>` when the locale has it.
fn value_name(name: &str, lang: Lang) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let key = format!("cli-value-{}", word.to_ascii_lowercase().replace('_', "-"));
            if has_key(lang, &key) {
                out.push_str(&t(lang, &key));
            } else {
                out.push_str(word);
            }
            word.clear();
        }
    };
    for c in name.chars() {
        if c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `cli-about`, `cli-audit-about`, `cli-rules-list-about`; every generated
/// `help` subcommand shares `cli-help-about`.
fn about_key(path: &[String]) -> String {
    match path {
        [] => "cli-about".to_owned(),
        [.., last] if last == "help" => "cli-help-about".to_owned(),
        // `horsligne help rules list` names the command `rules list`.
        _ => {
            let named: Vec<&str> = path
                .iter()
                .map(String::as_str)
                .filter(|s| *s != "help")
                .collect();
            format!("cli-{}-about", named.join("-"))
        }
    }
}

/// The command's own key for the argument when there is one, else the
/// shared `cli-arg-<id>`.
fn arg_key(path: &[String], id: &str, lang: Lang) -> String {
    let id = id.replace('_', "-");
    let own = format!("cli-{}-arg-{id}", path.join("-"));
    if !path.is_empty() && has_key(lang, &own) {
        own
    } else {
        format!("cli-arg-{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every key the command tree needs in `lang` and does not find.
    fn missing(command: &Command, path: &[String], lang: Lang, out: &mut Vec<String>) {
        let about = about_key(path);
        if !has_key(lang, &about) {
            out.push(about);
        }
        for arg in command.get_arguments() {
            let key = arg_key(path, arg.get_id().as_str(), lang);
            if !has_key(lang, &key) {
                out.push(format!("{key} ({})", path.join(" ")));
            }
        }
        for sub in command.get_subcommands() {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_owned());
            missing(sub, &sub_path, lang, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        let mut command = super::super::Cli::command();
        command.build();
        for lang in Lang::ALL {
            let mut out = Vec::new();
            missing(&command, &[], lang, &mut out);
            for key in [
                "cli-after-help",
                "cli-heading-usage",
                "cli-heading-commands",
                "cli-heading-arguments",
                "cli-heading-options",
                "cli-default",
                "cli-possible-values",
            ] {
                if !has_key(lang, key) {
                    out.push(key.to_owned());
                }
            }
            out.dedup();
            assert!(out.is_empty(), "missing in {lang:?}: {out:#?}");
        }
    }

    /// Every word of every value name, in capitals.
    fn value_words(command: &Command, out: &mut std::collections::BTreeSet<String>) {
        for arg in command.get_arguments() {
            if arg.get_action().takes_values() {
                for name in value_names(arg) {
                    out.extend(
                        name.split(|c: char| {
                            !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                        })
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned),
                    );
                }
            }
        }
        for sub in command.get_subcommands() {
            value_words(sub, out);
        }
    }

    #[test]
    fn value_names_are_in_french_by_default() {
        let mut command = super::super::Cli::command();
        command.build();
        let mut words = std::collections::BTreeSet::new();
        value_words(&command, &mut words);
        let missing: Vec<&String> = words
            .iter()
            .filter(|w| {
                !has_key(
                    Lang::Fr,
                    &format!("cli-value-{}", w.to_ascii_lowercase().replace('_', "-")),
                )
            })
            .collect();
        assert!(
            missing.is_empty(),
            "value names without French words: {missing:?}"
        );
        assert_eq!(value_name("FORMAT[=FILE]", Lang::Fr), "FORMAT[=FICHIER]");
        assert_eq!(value_name("FORMAT[=FILE]", Lang::En), "FORMAT[=FILE]");
        let mut fr = localize(super::super::Cli::command(), Lang::Fr);
        let audit = fr
            .find_subcommand_mut("audit")
            .unwrap_or_else(|| panic!("no audit"));
        let help = audit.render_help().to_string();
        assert!(
            help.contains("<FICHIER>") || help.contains("FICHIER]"),
            "{help}"
        );
        assert!(!help.contains("<FILE>"), "{help}");
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let none = |_: &str| None;
        let en = |name: &str| (name == "HORSLIGNE_LANG").then(|| OsString::from("en"));
        assert_eq!(lang_before_parsing(args(&["h", "audit"]), none), Lang::Fr);
        assert_eq!(lang_before_parsing(args(&["h", "audit"]), en), Lang::En);
        assert_eq!(
            lang_before_parsing(args(&["h", "--lang", "en", "audit"]), none),
            Lang::En
        );
        assert_eq!(
            lang_before_parsing(args(&["h", "--lang", "nl", "audit"]), none),
            Lang::Nl
        );
        assert_eq!(
            lang_before_parsing(args(&["h", "audit", "--lang=fr"]), en),
            Lang::Fr
        );
        // After `--`, words are operands, not options.
        assert_eq!(
            lang_before_parsing(args(&["h", "diff", "--", "--lang", "en"]), none),
            Lang::Fr
        );
    }

    #[test]
    fn the_system_locale_decides_when_nothing_else_does() {
        let args = || vec![OsString::from("h"), OsString::from("audit")];
        let with = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            lang_before_parsing(args(), with(&[("LANG", "nl_BE.UTF-8")])),
            Lang::Nl
        );
        assert_eq!(
            lang_before_parsing(args(), with(&[("LANG", "en_GB.UTF-8")])),
            Lang::En
        );
        // LC_ALL before LC_MESSAGES before LANG; empty ones are not set.
        assert_eq!(
            lang_before_parsing(
                args(),
                with(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL"), ("LANG", "en_US")])
            ),
            Lang::Nl
        );
        assert_eq!(
            lang_before_parsing(args(), with(&[("LC_ALL", "fr_BE"), ("LANG", "nl_BE")])),
            Lang::Fr
        );
        // A locale the tool does not speak, or none: French.
        assert_eq!(
            lang_before_parsing(args(), with(&[("LANG", "de_BE.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(
            lang_before_parsing(args(), with(&[("LANG", "C.UTF-8")])),
            Lang::Fr
        );
        // HORSLIGNE_LANG wins over the system.
        assert_eq!(
            lang_before_parsing(
                args(),
                with(&[("HORSLIGNE_LANG", "fr"), ("LANG", "nl_BE.UTF-8")])
            ),
            Lang::Fr
        );
    }

    #[test]
    fn help_is_in_the_language_asked() {
        let help = |lang| {
            let mut command = localize(super::super::Cli::command(), lang);
            let audit = command
                .find_subcommand_mut("audit")
                .unwrap_or_else(|| panic!("no audit"));
            audit.render_help().to_string()
        };
        let fr = help(Lang::Fr);
        assert!(fr.contains(&t(Lang::Fr, "cli-audit-about")), "{fr}");
        assert!(fr.contains(&t(Lang::Fr, "cli-heading-options")), "{fr}");
        let en = help(Lang::En);
        assert!(en.contains(&t(Lang::En, "cli-audit-about")), "{en}");
        assert_ne!(fr, en);
    }
}
