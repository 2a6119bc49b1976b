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
/// line, else `HORSLIGNE_LANG`, else French.
pub fn lang_before_parsing(
    args: impl IntoIterator<Item = OsString>,
    env: Option<OsString>,
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
    from_args
        .or_else(|| env.as_ref().and_then(|v| v.to_str()).and_then(parse))
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
    let heading = if arg.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    arg.help(help)
        .long_help(None::<&str>)
        .help_heading(t(lang, heading))
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

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let en = Some(OsString::from("en"));
        assert_eq!(lang_before_parsing(args(&["h", "audit"]), None), Lang::Fr);
        assert_eq!(
            lang_before_parsing(args(&["h", "audit"]), en.clone()),
            Lang::En
        );
        assert_eq!(
            lang_before_parsing(args(&["h", "--lang", "en", "audit"]), None),
            Lang::En
        );
        assert_eq!(
            lang_before_parsing(args(&["h", "audit", "--lang=fr"]), en.clone()),
            Lang::Fr
        );
        // After `--`, words are operands, not options.
        assert_eq!(
            lang_before_parsing(args(&["h", "diff", "--", "--lang", "en"]), None),
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
