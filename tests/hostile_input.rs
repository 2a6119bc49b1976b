//! Paths that name something other than a text file (a device, a FIFO, a
//! kernel file, links that loop) are refused quickly, with exit code 2 and a
//! diagnostic naming them, and their content is never printed.
#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;

const SMALL: &str = include_str!("fixtures/reports/small.yaml");
const SECRET: &str = "HORSLIGNE_TEST_SECRET";
const SECRET_VALUE: &str = "s3cr3t-must-never-be-printed";

fn horsligne(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("horsligne")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .env(SECRET, SECRET_VALUE)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Exit 2, no panic, no secret, every `expected` piece on stderr.
fn refused(output: &Output, expected: &[&str]) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for text in [&stderr, &stdout] {
        assert!(
            !text.contains(SECRET_VALUE),
            "the environment leaked: {text}"
        );
    }
    for piece in expected {
        assert!(stderr.contains(piece), "missing {piece:?} in:\n{stderr}");
    }
    stderr
}

/// A catalogue folder holding a link to /dev/zero, a FIFO, a link to the
/// process environment and two links back to itself, next to a good file.
fn hostile_folder(root: &Path) -> std::path::PathBuf {
    let dir = root.join("catalogue");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("small.yaml"), SMALL).unwrap();
    symlink("/dev/zero", dir.join("zero.yaml")).unwrap();
    symlink("/proc/self/environ", dir.join("env.yaml")).unwrap();
    mkfifo(&dir.join("y.yaml"));
    symlink(".", dir.join("l1")).unwrap();
    symlink(".", dir.join("l2")).unwrap();
    dir
}

#[test]
fn a_catalogue_folder_of_devices_fifos_and_loops_is_refused_file_by_file() {
    let root = tempfile::tempdir().unwrap();
    hostile_folder(root.path());
    for command in ["validate", "audit"] {
        let output = horsligne(root.path(), &[command, "--lang", "en", "catalogue"]);
        let stderr = refused(
            &output,
            &[
                "catalogue/zero.yaml: not an ordinary file (a device)",
                "catalogue/y.yaml: not an ordinary file (a named pipe",
                "catalogue/env.yaml: not an ordinary file (a system file",
                "3 input errors",
            ],
        );
        // Each file once: the loops l1 and l2 are not walked.
        assert!(!stderr.contains("l1/"), "{stderr}");
    }
}

#[test]
fn the_same_folder_in_french() {
    let root = tempfile::tempdir().unwrap();
    hostile_folder(root.path());
    let output = horsligne(root.path(), &["validate", "catalogue"]);
    refused(
        &output,
        &["catalogue/zero.yaml: ce n'est pas un fichier ordinaire (un périphérique)"],
    );
}

#[test]
fn a_single_path_to_a_device_fifo_or_kernel_file_is_refused() {
    let root = tempfile::tempdir().unwrap();
    mkfifo(&root.path().join("fifo.yaml"));
    symlink("/proc/self/environ", root.path().join("env.yaml")).unwrap();
    for (path, kind) in [
        ("/dev/zero", "(a device)"),
        ("fifo.yaml", "(a named pipe"),
        ("env.yaml", "(a system file"),
    ] {
        for command in [
            &["audit", "--lang", "en", path][..],
            &["report", "--lang", "en", path],
        ] {
            refused(&horsligne(root.path(), command), &[path, kind]);
        }
    }
}

#[test]
fn packs_baselines_and_saved_reports_are_read_the_same_way() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("small.yaml"), SMALL).unwrap();
    let rules = root.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    mkfifo(&rules.join("pack.yaml"));
    refused(
        &horsligne(
            root.path(),
            &["audit", "--lang", "en", "--rules", "rules", "small.yaml"],
        ),
        &["rules/pack.yaml: not an ordinary file (a named pipe"],
    );
    refused(
        &horsligne(
            root.path(),
            &[
                "audit",
                "--lang",
                "en",
                "--baseline",
                "/dev/zero",
                "small.yaml",
            ],
        ),
        &["/dev/zero", "not an ordinary file (a device)"],
    );
}

#[test]
fn the_phrases_file_is_read_the_same_way() {
    let root = tempfile::tempdir().unwrap();
    let fifo = root.path().join("phrases.yaml");
    mkfifo(&fifo);
    let diagnostics = horsligne::reading::phrases::Phrases::load(&[fifo]).unwrap_err();
    assert_eq!(diagnostics.0[0].message.key, "input-not-regular");
}

#[test]
fn a_catalogue_with_control_characters_is_refused_without_showing_it() {
    let root = tempfile::tempdir().unwrap();
    let text = format!("{SMALL}\n# {SECRET_VALUE}\u{1b}]0;pwned\u{7}\n");
    std::fs::write(root.path().join("c.yaml"), text).unwrap();
    let lines = SMALL.lines().count() + 2;
    let stderr = refused(
        &horsligne(root.path(), &["validate", "--lang", "en", "c.yaml"]),
        &[&format!("c.yaml:{lines}:"), "control character (U+001B)"],
    );
    assert!(!stderr.contains('\u{1b}'));
}

#[test]
fn diff_refuses_a_kernel_file_in_the_working_tree() {
    let root = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .current_dir(root.path())
            .args(args)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    let dir = root.path().join("catalog");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("small.yaml"), SMALL).unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "catalogue"]);
    symlink("/proc/self/environ", dir.join("env.yaml")).unwrap();
    refused(
        &horsligne(
            root.path(),
            &["diff", "--lang", "en", "--git-base", "HEAD", "catalog"],
        ),
        &["catalog/env.yaml: not an ordinary file (a system file"],
    );
}
