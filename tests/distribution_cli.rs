//! `horsligne completions` and `horsligne manpage` end to end: what the
//! Debian package installs (tests/packaging/deb.sh checks the package itself).

use std::io::Write;
use std::process::Stdio;

use assert_cmd::Command;

/// Every command of the tool: completions and manual pages must cover them
/// all (a command added without them fails here).
const SUBCOMMANDS: [&str; 17] = [
    "audit",
    "validate",
    "verify",
    "rules",
    "baseline",
    "diff",
    "report",
    "guide",
    "init",
    "export",
    "import",
    "scan",
    "survey",
    "history",
    "schema",
    "completions",
    "manpage",
];

#[test]
fn the_list_above_is_every_command_of_the_tool() {
    // `horsligne --help` lists the commands; the list above must match it,
    // so the coverage checks below follow the tool as it grows.
    let help = stdout_of(&["--help", "--lang", "en"]);
    let listed: Vec<&str> = help
        .split_once("Commands:")
        .map(|(_, rest)| rest)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        // A long description goes on over indented lines of its own.
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .collect();
    assert_eq!(listed, SUBCOMMANDS, "{help}");
}

fn horsligne() -> Command {
    let mut cmd = Command::cargo_bin("horsligne").unwrap();
    cmd.env_remove("HORSLIGNE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = horsligne().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `shell -n`: the script parses (syntax only, nothing runs).
fn parses_with(shell: &str, script: &str) -> Result<(), String> {
    let mut child = std::process::Command::new(shell)
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{shell}: {e}"))?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn bash_completion_parses_and_completes_every_subcommand() {
    let script = stdout_of(&["completions", "bash"]);
    parses_with("bash", &script).unwrap();
    assert!(script.contains("complete -F _horsligne"), "{script}");
    for sub in SUBCOMMANDS {
        assert!(script.contains(sub), "bash completion lacks {sub}");
    }
    // Values of an option come from its ValueEnum.
    assert!(script.contains("powershell"));
}

#[test]
fn a_broken_script_does_not_parse() {
    // The check above can fail: bash -n refuses an unclosed function.
    assert!(parses_with("bash", "_horsligne() {\n  case x in\n").is_err());
}

#[test]
fn zsh_fish_and_powershell_scripts_name_every_subcommand() {
    for (shell, marker) in [
        ("zsh", "#compdef horsligne"),
        ("fish", "complete -c horsligne"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: {script}");
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} completion lacks {sub}");
        }
    }
}

#[test]
fn completion_descriptions_are_french_by_default_english_and_dutch_with_lang() {
    for shell in ["zsh", "fish", "powershell"] {
        let fr = stdout_of(&["completions", shell]);
        let en = stdout_of(&["completions", shell, "--lang", "en"]);
        assert!(fr.contains("Audite un catalogue"), "{shell} (fr): {fr}");
        assert!(!fr.contains("Audit a catalogue"), "{shell} (fr)");
        assert!(en.contains("Audit a catalogue"), "{shell} (en): {en}");
        assert!(!en.contains("Audite un catalogue"), "{shell} (en)");
        let nl = stdout_of(&["completions", shell, "--lang", "nl"]);
        assert!(
            nl.contains("Controleert een catalogus"),
            "{shell} (nl): {nl}"
        );
        assert!(!nl.contains("Audite un catalogue"), "{shell} (nl)");
    }
}

#[test]
fn bash_completion_offers_the_values_of_an_option() {
    // --fail-on's values come from the tree even though the localised help
    // lists them in its own words (and hides clap's list).
    let script = stdout_of(&["completions", "bash"]);
    assert!(
        script.contains(r#"compgen -W "error warning info never""#),
        "bash completion lacks --fail-on's values"
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error_naming_the_valid_ones() {
    let out = horsligne().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bash") && stderr.contains("powershell"),
        "{stderr}"
    );
}

#[test]
fn manpage_is_french_by_default_english_and_dutch_with_lang() {
    let fr = stdout_of(&["manpage"]);
    let en = stdout_of(&["manpage", "--lang", "en"]);
    let nl = stdout_of(&["manpage", "--lang", "nl"]);
    assert!(fr.starts_with(".TH HORSLIGNE 1"), "{fr}");
    for (page, headings) in [
        (&fr, [".SH NOM", ".SH SOUS-COMMANDES", "CODES DE SORTIE"]),
        (&en, [".SH NAME", ".SH SUBCOMMANDS", "EXIT STATUS"]),
        (&nl, [".SH NAAM", ".SH SUBOPDRACHTEN", "AFSLUITCODES"]),
    ] {
        for heading in headings {
            assert!(page.contains(heading), "lacks {heading}:\n{page}");
        }
    }
    assert!(fr.contains("Manuel de horsligne") && en.contains("horsligne manual"));
    assert!(nl.contains("Handleiding van horsligne"));
    assert_ne!(fr, en);
    for sub in SUBCOMMANDS {
        let reference = format!("horsligne\\-{sub}(1)");
        assert!(fr.contains(&reference), "manpage lacks {reference}");
    }
}

#[test]
fn manpage_dir_writes_a_page_per_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let out = horsligne()
        .args(["manpage", "--lang", "en", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("manual pages written to"));
    for name in ["horsligne.1", "horsligne-audit.1", "horsligne-rules-list.1"] {
        let page = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(page.starts_with(".TH HORSLIGNE"), "{name}: {page}");
    }
    let audit = std::fs::read_to_string(dir.path().join("horsligne-audit.1")).unwrap();
    assert!(audit.contains("\\-\\-fail\\-on"), "{audit}");
    assert!(!dir.path().join("horsligne-help.1").exists());
}

#[test]
fn manpage_dir_that_is_a_file_is_an_input_error() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let out = horsligne()
        .args(["manpage", "--dir"])
        .arg(file.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&*file.path().to_string_lossy()), "{stderr}");
}

#[test]
fn manpage_dir_covers_every_command_in_the_chosen_language() {
    let fr = tempfile::tempdir().unwrap();
    let en = tempfile::tempdir().unwrap();
    for (dir, lang) in [(&fr, "fr"), (&en, "en")] {
        let out = horsligne()
            .args(["manpage", "--lang", lang, "--dir"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
    }
    for sub in SUBCOMMANDS {
        let name = format!("horsligne-{sub}.1");
        let page_fr = std::fs::read_to_string(fr.path().join(&name)).unwrap();
        let page_en = std::fs::read_to_string(en.path().join(&name)).unwrap();
        assert!(page_fr.contains(".SH NOM"), "{name} (fr): {page_fr}");
        assert!(page_en.contains(".SH NAME"), "{name} (en): {page_en}");
        assert_ne!(page_fr, page_en, "{name}");
    }
    let survey = std::fs::read_to_string(fr.path().join("horsligne-survey.1")).unwrap();
    assert!(
        survey.contains("Audite plusieurs collectivit"),
        "the French page has the French help: {survey}"
    );
}
