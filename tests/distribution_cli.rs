//! `horsligne completions` and `horsligne manpage` end to end: what the
//! Debian package installs (tests/packaging/deb.sh checks the package itself).

use std::io::Write;
use std::process::Stdio;

use assert_cmd::Command;

const SUBCOMMANDS: [&str; 11] = [
    "audit",
    "validate",
    "verify",
    "rules",
    "baseline",
    "diff",
    "report",
    "guide",
    "schema",
    "completions",
    "manpage",
];

fn horsligne() -> Command {
    let mut cmd = Command::cargo_bin("horsligne").unwrap();
    cmd.env_remove("HORSLIGNE_LANG").env("NO_COLOR", "1");
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
fn manpage_is_french_by_default_and_english_with_lang_en() {
    let fr = stdout_of(&["manpage"]);
    let en = stdout_of(&["manpage", "--lang", "en"]);
    assert!(fr.starts_with(".TH HORSLIGNE 1"), "{fr}");
    for (page, headings) in [
        (&fr, [".SH NOM", ".SH SOUS-COMMANDES", "CODES DE SORTIE"]),
        (&en, [".SH NAME", ".SH SUBCOMMANDS", "EXIT STATUS"]),
    ] {
        for heading in headings {
            assert!(page.contains(heading), "lacks {heading}:\n{page}");
        }
    }
    assert!(fr.contains("Manuel de horsligne") && en.contains("horsligne manual"));
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
