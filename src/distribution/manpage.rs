//! Manual pages (roff, section 1), rendered by clap_mangen from the command
//! tree: one page for `horsligne` and one per subcommand (`horsligne-audit`,
//! `horsligne-rules-list`…), as `man horsligne-audit` expects. clap_mangen
//! writes its section headings in English; they are put in the page's
//! language here, and the main page gets the sections a manual needs that
//! `--help` has not: exit status, environment, see also.

use clap_mangen::Man;
use roff::{bold, roman, Roff};

use crate::i18n::{t, Lang};

/// One rendered page: its file name (`horsligne-audit.1`) and its roff source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManPage {
    pub file_name: String,
    pub roff: String,
}

/// The manual pages of `cmd` in `lang`: the command's own page first, then
/// one per visible subcommand, depth first.
pub fn manpages(cmd: clap::Command, lang: Lang) -> std::io::Result<Vec<ManPage>> {
    // Building gives every subcommand its display name (`horsligne-audit`),
    // which names its page and the references between pages.
    let mut cmd = cmd;
    cmd.build();
    // `help` is a clap built-in, not a command of the tool: no page for it,
    // and not listed. The tree may come built already (localised), with its
    // `help` subcommands added, so they are hidden rather than disabled.
    let cmd = hide_help_subcommands(cmd);
    let mut pages = Vec::new();
    collect(&cmd, lang, true, &mut pages)?;
    Ok(pages)
}

fn hide_help_subcommands(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                sub.hide(true)
            } else {
                hide_help_subcommands(sub)
            }
        })
    })
}

fn collect(
    cmd: &clap::Command,
    lang: Lang,
    is_main: bool,
    pages: &mut Vec<ManPage>,
) -> std::io::Result<()> {
    pages.push(page(cmd, lang, is_main)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, lang, false, pages)?;
    }
    Ok(())
}

fn page(cmd: &clap::Command, lang: Lang, is_main: bool) -> std::io::Result<ManPage> {
    // The subcommands' section gets its heading from the locale like the
    // others (the tree's own heading is the one `--help` shows).
    let man = Man::new(cmd.clone().subcommand_help_heading(None::<&str>));
    // The date stays empty (an empty argument, not a missing one) so that a
    // build gives the same pages whenever it runs.
    let mut out = format!(
        ".TH {} 1 \"\" \"horsligne {}\" \"{}\"\n",
        man.get_filename().trim_end_matches(".1").to_uppercase(),
        env!("CARGO_PKG_VERSION"),
        t(lang, "manpage-manual"),
    )
    .into_bytes();
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(&mut out)?;
    }
    if is_main {
        main_page_sections(lang).to_writer(&mut out)?;
        if cmd.get_version().is_some() {
            man.render_version_section(&mut out)?;
        }
    }
    see_also(cmd, lang, is_main).to_writer(&mut out)?;
    let roff = String::from_utf8(out)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    Ok(ManPage {
        file_name: man.get_filename(),
        roff: tidy(&roff, lang),
    })
}

/// clap_mangen's headings, and the locale key of each.
const HEADINGS: [(&str, &str); 8] = [
    ("NAME", "manpage-section-name"),
    ("SYNOPSIS", "manpage-section-synopsis"),
    ("DESCRIPTION", "manpage-section-description"),
    ("OPTIONS", "manpage-section-options"),
    ("SUBCOMMANDS", "manpage-section-subcommands"),
    ("EXTRA", "manpage-section-notes"),
    ("VERSION", "manpage-section-version"),
    ("AUTHORS", "manpage-section-authors"),
];

/// The page with its headings in `lang`, and the preamble every clap_mangen
/// section repeats (the apostrophe string `Aq`) defined once, at the top.
fn tidy(roff: &str, lang: Lang) -> String {
    let mut preamble = String::new();
    let mut body = String::new();
    for line in roff.lines() {
        let target = if line.starts_with(".ie \\n(.g .ds Aq") || line.starts_with(".el .ds Aq") {
            if preamble.lines().count() == 2 {
                continue;
            }
            &mut preamble
        } else {
            &mut body
        };
        target.push_str(line);
        target.push('\n');
    }
    let body = translate_headings(&body, lang);
    match body.split_once('\n') {
        Some((title, rest)) => format!("{title}\n{preamble}{rest}"),
        None => body,
    }
}

fn translate_headings(roff: &str, lang: Lang) -> String {
    roff.lines()
        .map(|line| {
            let heading = line.strip_prefix(".SH ").map(|h| h.trim_matches('"'));
            match heading.and_then(|h| HEADINGS.iter().find(|(english, _)| *english == h)) {
                Some((_, key)) => format!(".SH {}\n", heading_arg(&t(lang, key))),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

/// A `.SH` argument written as text: quoted when it has spaces (`VOIR
/// AUSSI`). (`Roff::control` quotes its arguments itself.)
fn heading_arg(heading: &str) -> String {
    if heading.contains(' ') {
        format!("\"{heading}\"")
    } else {
        heading.to_owned()
    }
}

/// Exit status and environment: what scripts and CI jobs rely on.
fn main_page_sections(lang: Lang) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", [t(lang, "manpage-section-exit-status").as_str()]);
    for (code, key) in [
        ("0", "manpage-exit-clean"),
        ("1", "manpage-exit-findings"),
        ("2", "manpage-exit-input"),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(t(lang, key))]);
    }
    roff.control("SH", [t(lang, "manpage-section-environment").as_str()]);
    for (variable, key) in [
        ("HORSLIGNE_LANG", "manpage-env-lang"),
        ("NO_COLOR", "manpage-env-no-color"),
    ] {
        roff.control("TP", []);
        roff.text([bold(variable)]);
        roff.text([roman(t(lang, key))]);
    }
    roff
}

/// The main page points to each subcommand's page, a subcommand's page to
/// the main one; both to the full documentation.
fn see_also(cmd: &clap::Command, lang: Lang, is_main: bool) -> Roff {
    let mut references: Vec<String> = if is_main {
        cmd.get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| {
                format!(
                    "{}(1)",
                    s.get_display_name().unwrap_or_else(|| s.get_name())
                )
            })
            .collect()
    } else {
        vec!["horsligne(1)".to_owned()]
    };
    references.sort();
    let mut roff = Roff::new();
    roff.control("SH", [t(lang, "manpage-section-see-also").as_str()]);
    roff.text([roman(references.join(", "))]);
    roff.control("PP", []);
    roff.text([roman(t(lang, "manpage-see-also-docs"))]);
    roff
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn tree() -> Command {
        Command::new("horsligne")
            .version("1.2.3")
            .about("Audite le droit au non-numérique")
            // What the localised tree sets for `--help`; pages use their own.
            .subcommand_help_heading("Commandes")
            .arg(Arg::new("lang").long("lang").global(true))
            .subcommand(
                Command::new("rules")
                    .about("Les règles")
                    .subcommand(Command::new("list").about("Liste les règles")),
            )
            .subcommand(Command::new("audit").about("Audite un catalogue"))
            .subcommand(Command::new("secret").hide(true))
    }

    fn pages(lang: Lang) -> Vec<ManPage> {
        manpages(tree(), lang).expect("rendered in memory")
    }

    #[test]
    fn one_page_per_visible_command_main_first() {
        let names: Vec<_> = pages(Lang::Fr).into_iter().map(|p| p.file_name).collect();
        assert_eq!(
            names,
            [
                "horsligne.1",
                "horsligne-rules.1",
                "horsligne-rules-list.1",
                "horsligne-audit.1"
            ]
        );
    }

    #[test]
    fn headings_are_in_the_pages_language() {
        let fr = &pages(Lang::Fr)[0].roff;
        let en = &pages(Lang::En)[0].roff;
        for heading in [
            ".SH NOM",
            ".SH SOUS-COMMANDES",
            "CODES DE SORTIE",
            ".SH ENVIRONNEMENT",
        ] {
            assert!(fr.contains(heading), "French page lacks {heading}:\n{fr}");
            assert!(!en.contains(heading), "English page has {heading}");
        }
        for heading in [
            ".SH NAME",
            ".SH SUBCOMMANDS",
            "EXIT STATUS",
            ".SH ENVIRONMENT",
        ] {
            assert!(en.contains(heading), "English page lacks {heading}:\n{en}");
            assert!(!fr.contains(heading), "French page has {heading}");
        }
        // A heading with a space is quoted once.
        assert!(fr.contains(".SH \"CODES DE SORTIE\"\n"), "{fr}");
        assert!(!fr.contains("\"\"CODES"), "{fr}");
        assert!(!fr.contains("Commandes"), "{fr}");
    }

    #[test]
    fn main_page_lists_subcommands_exit_codes_and_the_other_pages() {
        let main = &pages(Lang::En)[0].roff;
        assert!(
            main.starts_with(".TH HORSLIGNE 1 \"\" \"horsligne "),
            "{main}"
        );
        assert_eq!(main.matches(".ds Aq").count(), 2, "preamble once: {main}");
        for text in [
            "horsligne\\-audit(1)",
            "horsligne\\-rules(1)",
            "HORSLIGNE_LANG",
            "v1.2.3",
        ] {
            assert!(main.contains(text), "main page lacks {text}:\n{main}");
        }
        assert!(!main.contains("secret"), "a hidden command has no page");
        assert!(
            !main.contains("horsligne\\-help"),
            "clap's help subcommand is not a command of the tool: {main}"
        );
        let list = &pages(Lang::En)[2].roff;
        assert!(list.contains("horsligne(1)"), "{list}");
        assert!(
            !list.contains("EXIT STATUS"),
            "exit codes are on the main page only"
        );
    }

    #[test]
    fn unknown_headings_are_kept() {
        let roff = ".SH \"CUSTOM HEADING\"\n.SH NAME\n";
        assert_eq!(
            translate_headings(roff, Lang::Fr),
            ".SH \"CUSTOM HEADING\"\n.SH NOM\n"
        );
    }
}
