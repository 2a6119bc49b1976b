//! Clap's parsing errors in the user's language: clap writes its errors in
//! English (« error: », « Usage: », « tip: »), so each error is taken apart
//! (its kind, the argument, the value, the suggestions, the usage line) and
//! said again with the words of locales/*/command-line.ftl. The reason a
//! value parser gave is put into words too where the tool knows it (a web
//! address, a number, a range, one of the tool's own messages); otherwise it
//! is kept, as written, after the sentence.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{t, Lang, Message, MessageError};

/// The error as the user reads it, or `None` for what is not a mistake
/// (`--help`, `--version`), which clap prints itself.
pub fn render(error: &clap::Error, lang: Lang) -> Option<String> {
    let kind = error.kind();
    if matches!(
        kind,
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return None;
    }
    let text = |k: ContextKind| match error.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |k: ContextKind| match error.get(k) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |k: ContextKind| match error.get(k) {
        Some(ContextValue::Number(n)) => *n as f64,
        _ => 0.0,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    let sentence = match kind {
        ErrorKind::InvalidValue if value.is_empty() => {
            Message::new("clap-value-required").arg("arg", &arg)
        }
        ErrorKind::InvalidValue => Message::new("clap-invalid-value")
            .arg("value", &value)
            .arg("arg", &arg),
        ErrorKind::ValueValidation => Message::new("clap-invalid-value-because")
            .arg("value", &value)
            .arg("arg", &arg)
            .arg("reason", reason(error, lang)),
        ErrorKind::UnknownArgument => Message::new("clap-unknown-argument").arg("arg", &arg),
        ErrorKind::InvalidSubcommand => Message::new("clap-unknown-command").arg(
            "command",
            text(ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::MissingRequiredArgument => Message::new("clap-missing-required")
            .arg("args", list(ContextKind::InvalidArg).join(", ")),
        ErrorKind::MissingSubcommand => Message::new("clap-missing-command").arg(
            "command",
            text(ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                Message::new("clap-repeated").arg("arg", &arg)
            } else {
                Message::new("clap-conflict")
                    .arg("arg", &arg)
                    .arg("other", prior.join(", "))
            }
        }
        ErrorKind::NoEquals => Message::new("clap-no-equals").arg("arg", &arg),
        ErrorKind::TooManyValues => Message::new("clap-too-many-values")
            .arg("value", &value)
            .arg("arg", &arg),
        ErrorKind::TooFewValues => Message::new("clap-value-count")
            .arg("arg", &arg)
            .num("expected", number(ContextKind::MinValues))
            .num("actual", number(ContextKind::ActualNumValues)),
        ErrorKind::WrongNumberOfValues => Message::new("clap-value-count")
            .arg("arg", &arg)
            .num("expected", number(ContextKind::ExpectedNumValues))
            .num("actual", number(ContextKind::ActualNumValues)),
        ErrorKind::InvalidUtf8 => Message::new("clap-invalid-utf8"),
        // A message the tool built itself (`Command::error`), or an I/O
        // failure while printing: its text is already the tool's.
        _ => return Some(own_message(error, lang)),
    };
    lines.push(format!(
        "{}: {}",
        t(lang, "diag-error"),
        sentence.render(lang)
    ));
    let valid = list(ContextKind::ValidValue);
    if !valid.is_empty() {
        lines.push(format!(
            "  {}",
            Message::new("diag-valid-values")
                .arg("values", valid.join(", "))
                .render(lang)
        ));
    }
    let commands = list(ContextKind::ValidSubcommand);
    if !commands.is_empty() {
        lines.push(format!(
            "  {}",
            Message::new("clap-commands")
                .arg("commands", commands.join(", "))
                .render(lang)
        ));
    }
    for tip in tips(error) {
        lines.push(format!("  {}", tip.render(lang)));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        lines.push(String::new());
        lines.push(usage_line(&usage.to_string(), lang));
    }
    lines.push(String::new());
    lines.push(t(lang, "clap-more-help"));
    // The values are the user's words: shown, never obeyed by the terminal.
    Some(crate::escape::terminal(&(lines.join("\n") + "\n")).into_owned())
}

/// A usage line with the language's heading instead of clap's « Usage: ».
pub fn usage_line(usage: &str, lang: Lang) -> String {
    let usage = usage.trim();
    let body = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    format!("{} {body}", t(lang, "cli-heading-usage"))
}

/// A refusal the tool wrote itself (`Failure::Usage`), with the usage of the
/// command it concerns.
pub fn render_own(text: &str, usage: Option<&str>, lang: Lang) -> String {
    let mut out = format!("{}: {text}\n", t(lang, "diag-error"));
    if let Some(usage) = usage {
        out.push('\n');
        out.push_str(&usage_line(usage, lang));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&t(lang, "clap-more-help"));
    out.push('\n');
    crate::escape::terminal(&out).into_owned()
}

/// An error clap did not build from parsing: its message without clap's
/// English frame.
fn own_message(error: &clap::Error, lang: Lang) -> String {
    let rendered = error.render().to_string();
    let message = rendered
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("error:")
        .trim();
    render_own(message, None, lang)
}

/// What clap suggests, in the tool's words: the close value, argument or
/// command, and how to pass a word starting with `-` as a value.
fn tips(error: &clap::Error) -> Vec<Message> {
    let mut tips = Vec::new();
    for (kind, key, name) in [
        (ContextKind::SuggestedValue, "clap-tip-value", "value"),
        (ContextKind::SuggestedArg, "clap-tip-argument", "arg"),
        (
            ContextKind::SuggestedSubcommand,
            "clap-tip-command",
            "command",
        ),
        (ContextKind::SuggestedCommand, "clap-tip-command", "command"),
    ] {
        match error.get(kind) {
            Some(ContextValue::String(s)) => tips.push(Message::new(key).arg(name, s)),
            Some(ContextValue::Strings(v)) if !v.is_empty() => {
                tips.push(Message::new(key).arg(name, v.join(", ")))
            }
            _ => {}
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        for tip in suggested {
            let tip = tip.to_string();
            let quoted: Vec<&str> = tip.split('\'').skip(1).step_by(2).collect();
            if tip.starts_with("to pass") {
                if let (Some(word), Some(escaped)) = (quoted.first(), quoted.get(1)) {
                    tips.push(
                        Message::new("clap-tip-escape")
                            .arg("word", word)
                            .arg("escaped", escaped),
                    );
                }
            } else if tip.starts_with("subcommand") {
                if let Some(command) = quoted.first() {
                    tips.push(Message::new("clap-tip-remove-dashes").arg("command", command));
                }
            } else if let Some(usage) = quoted.first() {
                // "'audit --fail-on' exists": the argument belongs to a subcommand.
                tips.push(Message::new("clap-tip-argument").arg("arg", usage));
            }
        }
    }
    tips
}

/// Why a value parser refused the value, in the user's words where the
/// tool knows the reason, otherwise as the parser wrote it.
fn reason(error: &clap::Error, lang: Lang) -> String {
    let Some(source) = std::error::Error::source(error) else {
        return String::new();
    };
    if let Some(own) = source.downcast_ref::<MessageError>() {
        return own.0.render(lang);
    }
    if let Some(url) = source.downcast_ref::<url::ParseError>() {
        let key = match url {
            url::ParseError::RelativeUrlWithoutBase => "clap-why-url-relative",
            url::ParseError::EmptyHost => "clap-why-url-no-host",
            url::ParseError::InvalidPort => "clap-why-url-port",
            _ => "clap-why-url",
        };
        return Message::new(key).arg("detail", url).render(lang);
    }
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return t(lang, "clap-why-whole-number");
    }
    let detail = source.to_string();
    // Clap's ranged parsers say "300000 is not in 1..=100000".
    if let Some((_, range)) = detail.split_once(" is not in ") {
        let (low, high) = range.split_once("..").unwrap_or((range, ""));
        let high = high.trim_start_matches('=');
        return if high.is_empty() {
            Message::new("clap-why-at-least").arg("min", low)
        } else {
            Message::new("clap-why-range")
                .arg("min", low)
                .arg("max", high)
        }
        .render(lang);
    }
    if detail.contains("invalid digit") || detail.contains("cannot parse integer") {
        return t(lang, "clap-why-whole-number");
    }
    Message::new("clap-why-other")
        .arg("detail", detail)
        .render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lang: Lang, args: &[&str]) -> String {
        let mut command = super::super::command(lang);
        let error = command
            .try_get_matches_from_mut(std::iter::once("horsligne").chain(args.iter().copied()))
            .expect_err("the arguments are wrong");
        render(&error, lang).expect("a mistake, not help")
    }

    #[test]
    fn an_invalid_value_names_the_value_the_argument_and_the_close_one() {
        let fr = parse(Lang::Fr, &["audit", "--fail-on", "eror"]);
        assert!(
            fr.starts_with("erreur: valeur « eror » invalide pour --fail-on"),
            "{fr}"
        );
        assert!(fr.contains("« error »"), "{fr}");
        assert!(!fr.contains("Usage:") && !fr.contains("tip:"), "{fr}");
        let nl = parse(Lang::Nl, &["audit", "--fail-on", "eror"]);
        assert!(
            nl.starts_with("fout: ongeldige waarde « eror » voor --fail-on"),
            "{nl}"
        );
    }

    #[test]
    fn a_missing_argument_a_mistyped_command_and_a_bad_url_are_said_in_words() {
        let missing = parse(Lang::Fr, &["scan"]);
        assert!(
            missing.contains("arguments obligatoires absents : <URL>"),
            "{missing}"
        );
        assert!(
            missing.contains("Utilisation : horsligne scan"),
            "{missing}"
        );
        let nl = parse(Lang::Nl, &["scan"]);
        assert!(nl.contains("Gebruik: horsligne scan"), "{nl}");
        let command = parse(Lang::Fr, &["audti"]);
        assert!(command.contains("commande inconnue « audti »"), "{command}");
        assert!(command.contains("« audit »"), "{command}");
        let url = parse(Lang::Nl, &["scan", "gemeente.be"]);
        assert!(url.contains("https://"), "{url}");
        assert!(!url.contains("relative URL"), "{url}");
        let range = parse(Lang::Fr, &["scan", "https://a.be", "--max-pages", "0"]);
        assert!(range.contains("entre 1 et 100000"), "{range}");
        let format = parse(Lang::Fr, &["audit", "-f", "htlm"]);
        assert!(format.contains("format inconnu « htlm »"), "{format}");
        assert!(format.contains("vouliez-vous dire « html » ?"), "{format}");
    }

    #[test]
    fn help_and_version_are_not_errors() {
        let mut command = super::super::command(Lang::Fr);
        let error = command
            .try_get_matches_from_mut(["horsligne", "--help"])
            .expect_err("help stops parsing");
        assert!(render(&error, Lang::Fr).is_none());
    }
}
