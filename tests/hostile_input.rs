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

/// The hostile-input matrix (issue 24): every command that reads a file,
/// given each class of hostile path, ends with exit 2 (or a clean result),
/// in bounded time, without a panic and without printing a secret it was
/// pointed at.
mod matrix {
    use super::*;

    /// Each class of hostile input, made at `root/<class>.<ext>`.
    const CLASSES: &[&str] = &[
        "fifo",
        "device",
        "secret",
        "loop",
        "oversized",
        "truncated",
        "foreign",
    ];

    fn make(root: &Path, class: &str, stem: &str, ext: &str) -> String {
        let name = format!("{stem}.{ext}");
        let path = root.join(&name);
        match class {
            "fifo" => mkfifo(&path),
            "device" => symlink("/dev/zero", &path).unwrap(),
            "secret" => {
                let secret = root.join(format!(".env-{stem}"));
                std::fs::write(&secret, format!("API_KEY={SECRET_VALUE}\n")).unwrap();
                symlink(&secret, &path).unwrap();
            }
            "loop" => {
                let other = root.join(format!("{stem}-back.{ext}"));
                symlink(&path, &other).unwrap();
                symlink(&other, &path).unwrap();
            }
            // Sparse: says 5 GB without using the disk.
            "oversized" => std::fs::File::create(&path)
                .unwrap()
                .set_len(5 << 30)
                .unwrap(),
            "truncated" => {
                let whole = match ext {
                    "xlsx" | "ods" | "sqlite" => {
                        let mut bytes = b"PK\x03\x04".to_vec();
                        bytes.extend_from_slice(&[0x14, 0, 0, 0, 8, 0]);
                        bytes
                    }
                    _ => SMALL.as_bytes()[..SMALL.len() / 2].to_vec(),
                };
                std::fs::write(&path, whole).unwrap();
            }
            // A PNG's signature and a little more: no format of this tool.
            "foreign" => std::fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap(),
            other => panic!("{other}"),
        }
        name
    }

    fn bounded(root: &Path, args: &[String], class: &str) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let output = horsligne(root, &args);
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        let stdout = String::from_utf8_lossy(&output.stdout).to_string();
        let code = output.status.code();
        assert!(
            matches!(code, Some(0..=2)),
            "{args:?} ({class}): exit {code:?}\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        for text in [&stderr, &stdout] {
            assert!(
                !text.contains(SECRET_VALUE),
                "{args:?} ({class}) printed the secret: {text}"
            );
        }
        if class != "truncated" {
            assert_eq!(code, Some(2), "{args:?} ({class}):\n{stderr}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{args:?} ({class}) took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn every_command_refuses_every_class_of_hostile_input() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let folder = root.join("survey");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("small.yaml"), SMALL).unwrap();
        std::fs::write(root.join("small.yaml"), SMALL).unwrap();
        type Command = (&'static str, fn(&str, &str) -> Vec<String>);
        let commands: &[Command] = &[
            ("yaml", |p, _| strings(&["validate", "--lang", "en", p])),
            ("yaml", |p, _| strings(&["audit", "--lang", "en", p])),
            ("yaml", |p, out| {
                strings(&[
                    "export",
                    "--lang",
                    "en",
                    p,
                    "--format",
                    "xlsx",
                    "--output",
                    &format!("{out}.xlsx"),
                ])
            }),
            ("json", |p, _| strings(&["report", "--lang", "en", p])),
            ("xlsx", |p, out| {
                strings(&["import", "--lang", "en", p, "--output", out])
            }),
            ("ods", |p, out| {
                strings(&["import", "--lang", "en", p, "--output", out])
            }),
            ("sqlite", |p, _| strings(&["history", "--lang", "en", p])),
            ("geojson", |p, _| {
                strings(&["survey", "--lang", "en", "survey", "--map", p])
            }),
            ("json", |p, out| {
                strings(&[
                    "init",
                    "--lang",
                    "en",
                    out,
                    "--no-input",
                    "--country",
                    "FR",
                    "--id",
                    "fr-69266",
                    "--annuaire",
                    p,
                ])
            }),
            ("yaml", |p, _| {
                strings(&["audit", "--lang", "en", "--baseline", p, "small.yaml"])
            }),
        ];
        for class in CLASSES {
            for (i, (ext, command)) in commands.iter().enumerate() {
                let ext = if *class == "foreign" && *ext == "sqlite" {
                    "png.sqlite"
                } else {
                    ext
                };
                let path = make(root, class, &format!("{class}-{i}"), ext);
                let out = format!("out-{class}-{i}");
                bounded(root, &command(&path, &out), class);
            }
        }
    }

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    /// A CSV folder whose sheets are a FIFO and a link to /dev/zero.
    #[test]
    fn a_csv_folder_of_special_files_is_refused_quickly() {
        let root = tempfile::tempdir().unwrap();
        let csv = root.path().join("classeur");
        std::fs::create_dir(&csv).unwrap();
        mkfifo(&csv.join("demarches.csv"));
        symlink("/dev/zero", csv.join("contacts.csv")).unwrap();
        let output = horsligne(
            root.path(),
            &["import", "--lang", "en", "classeur", "--output", "out"],
        );
        refused(
            &output,
            &[
                "demarches.csv: not an ordinary file (a named pipe",
                "contacts.csv: not an ordinary file (a device)",
            ],
        );
    }

    /// A CSV whose quote never closes would swallow every row after it.
    #[test]
    fn an_unclosed_csv_quote_is_an_input_error_not_a_silent_merge() {
        let root = tempfile::tempdir().unwrap();
        let csv = root.path().join("classeur");
        std::fs::create_dir(&csv).unwrap();
        std::fs::write(
            csv.join("demarches.csv"),
            "id,titre\ncantine,\"Inscription\npiscine,Abonnement\n",
        )
        .unwrap();
        let output = horsligne(
            root.path(),
            &["import", "--lang", "en", "classeur", "--output", "out"],
        );
        refused(&output, &["demarches.csv:2", "never closed"]);
    }

    /// Standard error that cannot be written (`2>/dev/full`) is no reason to
    /// panic (exit 101): the exit code still tells what happened.
    #[test]
    fn a_full_stderr_never_makes_a_command_panic() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("small.yaml"), SMALL).unwrap();
        let runs: &[&[&str]] = &[
            &["validate", "small.yaml"],
            &["audit", "small.yaml"],
            &[
                "export",
                "small.yaml",
                "--format",
                "xlsx",
                "--output",
                "e.xlsx",
            ],
            &["import", "e.xlsx", "--output", "imported"],
            &["init", "new", "--no-input", "--country", "FR"],
            &["history", "missing.sqlite"],
            &["survey", "."],
            &["scan", "http://127.0.0.1:9/", "--output", "draft.yaml"],
        ];
        for args in runs {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("horsligne"))
                .current_dir(root.path())
                .args(*args)
                .stdout(std::process::Stdio::null())
                .stderr(full)
                .spawn()
                .unwrap();
            let started = std::time::Instant::now();
            let status = loop {
                if let Some(status) = child.try_wait().unwrap() {
                    break status;
                }
                if started.elapsed() > Duration::from_secs(60) {
                    let _ = child.kill();
                    panic!("{args:?} did not end");
                }
                std::thread::sleep(Duration::from_millis(50));
            };
            assert!(matches!(status.code(), Some(0..=2)), "{args:?}: {status:?}");
        }
    }
}

/// A catalogue in a survey folder that is a link to a secret: the survey's
/// reports say it did not load, and show nothing of it.
#[test]
fn a_survey_shows_nothing_of_a_catalogue_that_did_not_load() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("survey");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("small.yaml"), SMALL).unwrap();
    let secret = root.path().join(".env");
    std::fs::write(&secret, format!("API_KEY={SECRET_VALUE}\n")).unwrap();
    symlink(&secret, folder.join("leak.yaml")).unwrap();
    let output = horsligne(
        root.path(),
        &[
            "survey",
            "--lang",
            "en",
            "survey",
            "--format",
            "json=s.json",
            "--format",
            "html=s.html",
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(matches!(output.status.code(), Some(0..=2)), "{stderr}");
    assert!(!stderr.contains(SECRET_VALUE), "{stderr}");
    for report in ["s.json", "s.html"] {
        let text = std::fs::read_to_string(root.path().join(report)).unwrap();
        assert!(!text.contains(SECRET_VALUE), "{report}: {text}");
        assert!(
            text.contains("leak"),
            "{report} does not name the failed catalogue"
        );
    }
}
