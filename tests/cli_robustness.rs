//! The command line under hostile conditions: closed and full streams, outputs
//! that would lose or overwrite something, usage errors; and its help in both
//! languages. Each case was once a panic (exit 101) or a lost file.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

mod common;

use common::{horsligne, tempdir};

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("horsligne")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap_or_else(|e| panic!("/dev/full: {e}"))
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // `horsligne rules docs | head -c1`, with a real pipe.
    let mut child = Process::new(binary())
        .args(["rules", "docs"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut first = [0u8; 1];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap_or_else(|e| panic!("{e}"));
    drop(stdout);
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_full_standard_output_is_an_error_not_a_panic() {
    for args in [
        &["schema", "catalog"][..],
        &["rules", "docs"],
        &["audit", "catalog", "--today", "2026-11-23", "-f", "json"],
        &["--help"],
    ] {
        let output = Process::new(binary())
            .args(args)
            .stdout(full())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(output.status.code(), Some(101), "{args:?}: {stderr}");
    }
    let output = Process::new(binary())
        .args(["schema", "catalog"])
        .stdout(full())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("sortie standard"));
}

#[test]
fn a_full_standard_error_never_panics_and_keeps_the_exit_code() {
    let dir = tempdir();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "version: 1\nauthority: [\n").unwrap_or_else(|e| panic!("{e}"));
    let bad = bad.display().to_string();
    for (args, code) in [
        (vec!["validate", bad.as_str()], 2),
        (vec!["audit", bad.as_str()], 2),
        (vec!["audit", "--no-such-flag"], 2),
        (vec!["diff", "catalog"], 2),
        (vec!["validate", "catalog"], 0),
        (
            vec!["audit", "catalog", "-f", "json", "--fail-on", "never"],
            0,
        ),
    ] {
        let output = Process::new(binary())
            .args(&args)
            .stdout(Stdio::null())
            .stderr(full())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(output.status.code(), Some(code), "{args:?}");
    }
}

#[test]
fn the_same_file_twice_as_output_is_refused() {
    let dir = tempdir();
    let x = dir.path().join("x");
    let x = x.display().to_string();
    let output = horsligne()
        .args(["audit", "catalog", "-f", &format!("html={x}"), "-f"])
        .arg(format!("json={x}"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("deux fois"), "{stderr}");
    assert!(!Path::new(&x).exists());
    // `--output` and a `--format X=FILE` naming the same file, too.
    horsligne()
        .args(["audit", "catalog", "-f", "html", "-o", &x, "-f"])
        .arg(format!("json={x}"))
        .assert()
        .code(2);
}

fn survey_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey/communes")
}

/// A history database written by a survey, for `history` to read.
fn a_history(dir: &Path) -> PathBuf {
    let db = dir.join("h.sqlite");
    horsligne()
        .arg("survey")
        .arg(survey_folder())
        .args(["-f", "json", "--accept-not-loaded", "--history"])
        .arg(&db)
        .assert()
        .success();
    db
}

#[test]
fn two_formats_on_standard_output_are_refused_with_one_message_everywhere() {
    let dir = tempdir();
    let db = a_history(dir.path());
    let runs: [Vec<std::ffi::OsString>; 4] = [
        vec!["audit".into(), "catalog".into()],
        vec!["report".into(), "no-such-report.json".into()],
        vec!["survey".into(), survey_folder().into()],
        vec!["history".into(), db.into()],
    ];
    for args in runs {
        let output = horsligne()
            .args(&args)
            .args(["-f", "json", "-f", "html"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("plusieurs formats vers la sortie standard"),
            "{args:?}: {stderr}"
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn survey_and_history_accept_output_like_audit() {
    let dir = tempdir();
    let db = a_history(dir.path());
    let survey = dir.path().join("s.json");
    horsligne()
        .arg("survey")
        .arg(survey_folder())
        .args(["-f", "json", "--accept-not-loaded", "--output"])
        .arg(&survey)
        .assert()
        .success()
        .stdout("");
    let parsed: serde_json::Value = serde_json::from_str(&read(&survey)).unwrap_or_default();
    assert!(parsed.is_object(), "{}", read(&survey));
    let evolution = dir.path().join("e.html");
    horsligne()
        .arg("history")
        .arg(&db)
        .args(["-f", "html", "-o"])
        .arg(&evolution)
        .assert()
        .success()
        .stdout("");
    assert!(read(&evolution).starts_with("<!DOCTYPE html>"));
    // `--output` is never one of the inputs.
    horsligne()
        .arg("history")
        .arg(&db)
        .arg("--output")
        .arg(&db)
        .assert()
        .code(2);
}

/// Runs `horsligne ARGS` with a terminal as standard output (`script`).
fn on_a_terminal(args: &str) -> std::process::Output {
    Process::new("script")
        .args([
            "-qec",
            &format!("{} {args}", binary().display()),
            "/dev/null",
        ])
        .env("NO_COLOR", "1")
        .env_remove("HORSLIGNE_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("script: {e}"))
}

#[test]
fn a_workbook_is_refused_on_a_terminal_but_goes_to_a_pipe_or_a_file() {
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let catalog = catalog.display().to_string();
    if Process::new("script").arg("--version").output().is_ok() {
        let refused = on_a_terminal(&format!("export {catalog} --format xlsx"));
        assert_eq!(refused.status.code(), Some(2), "{refused:?}");
        let shown = String::from_utf8_lossy(&refused.stdout);
        assert!(shown.contains("binaire"), "{shown}");
        assert!(!shown.contains("PK"), "{shown}");
    }
    let piped = horsligne()
        .args(["export", &catalog, "--format", "xlsx"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(piped.status.code(), Some(0), "{piped:?}");
    assert!(piped.stdout.starts_with(b"PK"));
    let dir = tempdir();
    let file = dir.path().join("c.ods");
    horsligne()
        .args(["export", &catalog, "--format"])
        .arg(format!("ods={}", file.display()))
        .assert()
        .success();
    assert!(std::fs::read(&file).unwrap_or_default().starts_with(b"PK"));
    // The folder of CSV files needs its folder.
    horsligne()
        .args(["export", &catalog, "--format", "csv"])
        .assert()
        .code(2);
}

#[test]
fn a_run_that_fails_replaces_no_output() {
    let dir = tempdir();
    let html = dir.path().join("report.html");
    std::fs::write(&html, "the council's copy").unwrap_or_else(|e| panic!("{e}"));
    let unwritable = dir.path().join("no-such-dir/report.json");
    horsligne()
        .args(["audit", "catalog", "-f"])
        .arg(format!("html={}", html.display()))
        .arg("-f")
        .arg(format!("json={}", unwritable.display()))
        .assert()
        .code(2);
    assert_eq!(read(&html), "the council's copy");
    // And no temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    // Standard output that cannot take its part (`>/dev/full`) fails the run
    // before any file is replaced.
    let output = Process::new(binary())
        .args(["audit", "catalog", "-f", "json", "-f"])
        .arg(format!("html={}", html.display()))
        .stdout(full())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(read(&html), "the council's copy");
}

#[test]
fn the_job_summary_is_an_output_checked_against_the_inputs() {
    let dir = tempdir();
    let catalog = dir.path().join("catalog.yaml");
    std::fs::copy("tests/fixtures/reports/small.yaml", &catalog).unwrap_or_else(|e| panic!("{e}"));
    let before = read(&catalog);
    let output = horsligne()
        .env("GITHUB_STEP_SUMMARY", &catalog)
        .args(["audit"])
        .arg(&catalog)
        .args(["-f", "github"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(read(&catalog), before);

    // A summary file elsewhere is appended to, as GitHub expects.
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap_or_else(|e| panic!("{e}"));
    let output = horsligne()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["audit"])
        .arg(&catalog)
        .args(["-f", "github"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(output.status.code(), Some(0 | 1)));
    let text = read(&summary);
    assert!(
        text.starts_with("earlier step\n") && text.len() > 20,
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn reports_have_the_permissions_of_ordinary_files() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| {
        std::fs::metadata(p)
            .unwrap_or_else(|e| panic!("{e}"))
            .permissions()
            .mode()
            & 0o777
    };
    let dir = tempdir();
    let kept = dir.path().join("kept.html");
    std::fs::write(&kept, "old").unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o644))
        .unwrap_or_else(|e| panic!("{e}"));
    let new = dir.path().join("new.json");
    // A known umask, so the expected mode is known.
    let status = Process::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 022 && exec \"$0\" audit catalog -f html={} -f json={}",
            kept.display(),
            new.display()
        ))
        .arg(binary())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(status.code(), Some(0 | 1)));
    assert_ne!(read(&kept), "old");
    assert_eq!(mode(&kept), 0o644);
    assert_eq!(mode(&new), 0o644);
}

#[test]
fn usage_errors_are_clap_errors_without_invented_locations() {
    for args in [
        &["diff", "catalog"][..],
        &["diff", "--accept", "exemption_addded", "a", "b"],
        &["rules", "explain", "NN-NOPE"],
        &["rules", "list", "--pack", "nope"],
        &["verify", "catalog", "--offline"],
        &["audit", "catalog", "-f", "json", "-f", "html"],
    ] {
        let output = horsligne()
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        // Clap's frame, in the user's language (French by default).
        assert!(stderr.contains("Utilisation :"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Usage:"), "{args:?}: {stderr}");
        assert!(!stderr.contains(":0:0"), "{args:?}: {stderr}");
    }
}

#[test]
fn help_is_french_by_default_and_english_when_asked() {
    let help = |args: &[&str], env: Option<&str>| {
        let mut command = horsligne();
        command
            .env_remove("HORSLIGNE_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        if let Some(lang) = env {
            command.env("HORSLIGNE_LANG", lang);
        }
        let output = command
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let fr = help(&["audit", "--help"], None);
    assert!(fr.contains("Audite un catalogue"), "{fr}");
    assert!(fr.contains("Gravité la plus basse"), "{fr}");
    assert!(fr.contains("Utilisation"), "{fr}");
    assert!(!fr.contains("Lowest severity"), "{fr}");
    for en in [
        help(&["--lang", "en", "audit", "--help"], None),
        help(&["audit", "--help"], Some("en")),
        help(&["verify", "--lang=en", "--help"], None),
    ] {
        assert!(en.contains("Lowest severity"), "{en}");
        assert!(!en.contains("Gravité"), "{en}");
    }
    let rules_fr = help(&["rules", "list", "--help"], None);
    assert!(rules_fr.contains("Liste les règles"), "{rules_fr}");
}
