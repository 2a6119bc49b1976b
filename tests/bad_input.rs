//! Every kind of bad input gets exit code 2 and a message naming the file and
//! the line (when there is one), never a panic.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const HEADER: &str = "version: 1
authority:
  id: fr-99999
  name: Commune d'essai
  country: FR
  level: commune
contacts:
  accueil:
    kind: counter
    address: 1 place de la Mairie
  standard:
    kind: phone
    number: \"04 78 00 00 00\"
procedures:
";

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// Runs `validate` and `audit` on `path`; both must exit 2 and print every `expected` piece.
fn refused(path: &Path, expected: &[&str]) -> String {
    let mut stderr = String::new();
    for command in ["validate", "audit"] {
        let output = Command::cargo_bin("horsligne")
            .unwrap()
            .args([command, "--lang", "en"])
            .arg(path)
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&output.stderr).to_string();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{command} {}: {err}",
            path.display()
        );
        assert!(!err.contains("panicked"), "{err}");
        assert!(output.stdout.is_empty(), "nothing on stdout when refused");
        for piece in expected {
            assert!(
                err.contains(piece),
                "{command}: expected {piece:?} in:\n{err}"
            );
        }
        stderr = err;
    }
    stderr
}

fn procedure(body: &str) -> Vec<u8> {
    format!("{HEADER}{body}").into_bytes()
}

#[test]
fn malformed_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: [A\n"),
    );
    refused(&p, &["c.yaml:16:12", "expected here: a text"]);
}

#[test]
fn duplicate_key_is_said_in_user_words() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    title: B\n"),
    );
    let err = refused(&p, &["c.yaml:17:", "the key `title` appears twice"]);
    assert!(!err.contains("tabs"), "{err}");
    assert!(!err.contains("DuplicateKeyPolicy"), "{err}");
}

#[test]
fn empty_value_gets_no_programmer_advice() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.yaml", &procedure("  - id: a\n    title:\n"));
    let err = refused(&p, &["c.yaml:16:", "empty value"]);
    assert!(!err.contains("Option<"), "{err}");
}

#[test]
fn tabs() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    channels:\n\tcounter: { contact: accueil }\n"),
    );
    refused(&p, &["c.yaml:18:", "tabs", "use spaces"]);
}

#[test]
fn wrong_type() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    deadline: maybe\n"),
    );
    refused(&p, &["c.yaml:17:15", "true or false"]);
}

#[test]
fn unknown_key_with_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    chanels:\n      counter: { contact: accueil }\n"),
    );
    refused(
        &p,
        &[
            "c.yaml:17:5",
            "unknown key `chanels`",
            "did you mean `channels`?",
        ],
    );
}

#[test]
fn unknown_enum_value_with_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    channels:\n      counter: { contact: accueil, covers: fully }\n"),
    );
    refused(
        &p,
        &[
            "c.yaml:18:44",
            "unknown value `fully`",
            "did you mean `full`?",
        ],
    );
}

#[test]
fn duplicate_procedure_id_names_both_places() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        &procedure("  - id: acte\n    title: A\n    channels: { counter: { contact: accueil } }\n"),
    );
    write(dir.path(), "b.yaml", b"procedures:\n  - id: acte\n    title: B\n    channels: { counter: { contact: accueil } }\n");
    refused(
        dir.path(),
        &[
            "b.yaml:2:9",
            "procedure `acte` already defined at",
            "a.yaml:15",
        ],
    );
}

#[test]
fn dangling_contact_reference() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    channels:\n      counter: { contact: acueil }\n"),
    );
    let err = refused(
        &p,
        &[
            "c.yaml:18:27",
            "contact `acueil` not found",
            "did you mean `accueil`?",
        ],
    );
    assert!(
        err.contains("1 input error"),
        "a dangling reference is one error, not two:\n{err}"
    );
}

#[test]
fn contact_of_the_wrong_kind() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    channels:\n      phone: { contact: accueil }\n"),
    );
    refused(&p, &["c.yaml:18:25", "is of kind counter, expected: phone"]);
}

#[test]
fn invalid_date() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    reviewed: 2025-13-45\n    channels: { counter: { contact: accueil } }\n"),
    );
    refused(&p, &["c.yaml:17:15", "YYYY-MM-DD"]);
}

#[test]
fn invalid_opening_hours() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        &procedure("  - id: a\n    title: A\n    channels:\n      counter: { contact: accueil, opening_hours: \"lundi 9h-12h\" }\n"),
    );
    refused(
        &p,
        &[
            "c.yaml:18:51",
            "opening hours `lundi 9h-12h` cannot be read",
            "Mo-Fr",
        ],
    );
}

/// An unreadable number does not refuse the catalogue (one bad digit in an
/// open-data record would drop a whole town): the audit reports it on its
/// contact, with its line.
#[test]
fn unparsable_phone_number_is_a_finding_not_a_refusal() {
    let dir = tempfile::tempdir().unwrap();
    for (name, number) in [("c.yaml", "mairie"), ("d.yaml", "+33 1 23")] {
        let p = write(
            dir.path(),
            name,
            &procedure(&format!("  - id: a\n    title: A\n    channels:\n      phone: {{ kind: phone, number: \"{number}\" }}\n")),
        );
        let output = Command::cargo_bin("horsligne")
            .unwrap()
            .args(["audit", "--lang", "en", "--format", "json"])
            .arg(&p)
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_ne!(
            output.status.code(),
            Some(2),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            stdout.contains("cannot be read in the numbering plan") && stdout.contains(number),
            "{name}: {stdout}"
        );
    }
}

#[test]
fn empty_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.yaml",
        format!("{HEADER}  []\n")
            .replace("procedures:\n  []", "procedures: []")
            .as_bytes(),
    );
    refused(&p, &["c.yaml", "the catalogue holds no procedure"]);
    let p = write(dir.path(), "blank.yaml", b"\n\n");
    refused(&p, &["blank.yaml", "empty file"]);
}

#[test]
fn directory_without_yaml() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.txt", b"nothing here");
    refused(dir.path(), &["this directory holds no .yaml or .yml file"]);
}

#[test]
fn missing_path() {
    refused(
        Path::new("/nonexistent/catalogue"),
        &["/nonexistent/catalogue", "cannot open"],
    );
}

#[test]
fn non_utf8_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = procedure("  - id: a\n    title: ");
    bytes.extend_from_slice(b"\xe9t\xe9\n");
    let p = write(dir.path(), "latin1.yaml", &bytes);
    refused(&p, &["latin1.yaml:16:12", "not UTF-8"]);
}

#[test]
fn a_50_mb_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    refused(
        &path,
        &[
            "huge.yaml",
            "file too large (50.0 MiB, limit 32.0 MiB)",
            "--max-file-size",
        ],
    );
}

#[test]
fn alias_bomb_is_refused_quickly() {
    // The classic "billion laughs", in keys the catalogue accepts.
    let mut text = String::from(
        "version: 1\nauthority: {id: x, name: x, country: FR, level: commune}\nprocedures:\n",
    );
    text.push_str("  - {id: a0, title: t, audience: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        text.push_str(&format!(
            "  - {{id: a{i}, title: t, audience: &a{i} [{refs}]}}\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "bomb.yaml", text.as_bytes());
    let started = std::time::Instant::now();
    refused(&p, &["bomb.yaml:"]);
    // Not a timing assertion on speed, a guard against an expansion that never ends.
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn every_error_of_every_file_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        &procedure("  - id: a\n    title: A\n    channels: { counter: { contact: nobody } }\n"),
    );
    write(
        dir.path(),
        "b.yaml",
        b"procedures:\n  - id: b\n    titel: B\n",
    );
    write(
        dir.path(),
        "c.yaml",
        b"procedures:\n  - id: c\n    title: [C\n",
    );
    let err = refused(dir.path(), &["b.yaml:3:5", "c.yaml:3:12"]);
    assert!(err.contains("input errors"), "{err}");
}

#[test]
fn bad_usage_is_exit_2() {
    Command::cargo_bin("horsligne")
        .unwrap()
        .args(["audit", "--fail-on", "sometimes"])
        .assert()
        .code(2);
    Command::cargo_bin("horsligne")
        .unwrap()
        .args(["audit", "--format", "pdf"])
        .assert()
        .code(2);
    Command::cargo_bin("horsligne")
        .unwrap()
        .args(["audit", "catalog", "--pack", "walonie"])
        .assert()
        .code(2);
}

#[test]
fn a_rule_pack_with_an_unknown_check_or_parameter_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pack = "id: ma-commune\ntitle: { fr: Essai }\nstatus: local_policy\nrules:\n  - id: MC-1\n    title: { fr: Essai }\n    severity: error\n    check: { channel_ofered: { channel: phone } }\n    citation: x\n    why: { fr: x }\n    fix: { fr: x }\n";
    write(dir.path(), "pack.yaml", pack.as_bytes());
    let out = Command::cargo_bin("horsligne")
        .unwrap()
        .args(["--lang", "en", "rules", "list", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("pack.yaml:8:") && err.contains("did you mean `channel_offered`?"),
        "{err}"
    );

    write(
        dir.path(),
        "pack.yaml",
        pack.replace(
            "channel_ofered: { channel: phone }",
            "channel_offered: { chanel: phone }",
        )
        .as_bytes(),
    );
    let out = Command::cargo_bin("horsligne")
        .unwrap()
        .args(["--lang", "en", "rules", "list", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("unknown key `chanel`") && err.contains("did you mean `channel`?"),
        "{err}"
    );
}

/// Nothing the user wrote is overwritten: a report aimed at a catalogue file,
/// at a YAML file inside the catalogue directory, or at the saved report being
/// rendered is refused before any work, and `baseline create` never replaces
/// an accepted baseline.
#[test]
fn outputs_never_overwrite_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let catalog_dir = dir.path().join("catalogue");
    std::fs::create_dir(&catalog_dir).unwrap();
    // An online-only procedure: an error (FR-SVE-OPTIONAL) for a French commune.
    let source = format!(
        "{HEADER}  - id: acte\n    title: Acte\n    channels:\n      online: {{ url: \"https://essai.example/acte\" }}\n"
    );
    let file = write(&catalog_dir, "mairie.yaml", source.as_bytes());
    let run = |args: &[&std::ffi::OsStr]| {
        let output = Command::cargo_bin("horsligne")
            .unwrap()
            .current_dir(dir.path())
            .arg("--lang")
            .arg("en")
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).to_string(),
        )
    };
    let os = |s: &str| std::ffi::OsString::from(s);
    let file_arg = file.clone().into_os_string();
    for args in [
        vec![os("audit"), file_arg.clone(), os("-o"), file_arg.clone()],
        vec![
            os("audit"),
            os("catalogue"),
            os("-f"),
            os("json=catalogue/report.yaml"),
        ],
        vec![os("guide"), file_arg.clone(), os("-o"), file_arg.clone()],
        vec![
            os("baseline"),
            os("create"),
            os("catalogue"),
            os("-o"),
            file_arg.clone(),
        ],
    ] {
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let (code, err) = run(&refs);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains("would overwrite an input"), "{err}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), source);
    }
    assert!(!catalog_dir.join("report.yaml").exists());

    let (code, _) = run(&[
        "audit".as_ref(),
        "catalogue".as_ref(),
        "-f".as_ref(),
        "json=audit.json".as_ref(),
    ]);
    assert_eq!(code, Some(1));
    let saved = std::fs::read_to_string(dir.path().join("audit.json")).unwrap();
    let (code, err) = run(&[
        "report".as_ref(),
        "audit.json".as_ref(),
        "-f".as_ref(),
        "csv=audit.json".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("audit.json")).unwrap(),
        saved
    );

    let (code, err) = run(&["baseline".as_ref(), "create".as_ref(), "catalogue".as_ref()]);
    assert_eq!(code, Some(0), "{err}");
    let accepted = std::fs::read_to_string(dir.path().join("horsligne-baseline.json")).unwrap();
    let (code, err) = run(&["baseline".as_ref(), "create".as_ref(), "catalogue".as_ref()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("baseline update"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("horsligne-baseline.json")).unwrap(),
        accepted
    );
    // A directory is no file name for a report: refused before any work.
    let (code, err) = run(&[
        "audit".as_ref(),
        "catalogue".as_ref(),
        "-o".as_ref(),
        "catalogue".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is a directory"), "{err}");
    // A device is not an input: `--output /dev/null` still works.
    let (code, err) = run(&[
        "audit".as_ref(),
        "catalogue".as_ref(),
        "-o".as_ref(),
        "/dev/null".as_ref(),
    ]);
    assert_eq!(code, Some(1), "{err}");
}

#[test]
fn a_mistyped_format_gets_a_suggestion() {
    let output = Command::cargo_bin("horsligne")
        .unwrap()
        .args(["audit", "catalog", "-f", "htlm=rapport.html"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("did you mean `html`"), "{err}");
}

/// Five independent mistakes in one file (two contacts, three procedures):
/// five errors in one run, each at its line, with French words understood.
#[test]
fn five_mistakes_in_one_file_are_five_errors_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let text = "version: 1
authority:
  id: fr-99999
  name: Commune d'essai
  country: FR
  level: commune
contacts:
  accueil:
    kind: guichet
    address: 1 place de la Mairie
  standard:
    kind: phone
    number: \"04 78 00 00 00\"
    answered_by: humain
procedures:
  - id: a
    title: A
    reviewd: 2026-01-01
    channels:
      counter: { contact: accueil }
  - id: b
    title: B
    reviewed: 2026-13-01
    channels:
      counter: { contact: accueil }
  - id: c
    title: C
    channels: [counter]
  - id: d
    title: D, correct
    channels:
      counter: { contact: accueil }
";
    let p = write(dir.path(), "five.yaml", text.as_bytes());
    let err = refused(
        &p,
        &[
            "five.yaml:9:11",
            "did you mean `counter`?",
            "five.yaml:14:18",
            "did you mean `human`?",
            "five.yaml:18:5",
            "five.yaml:23:15",
            "five.yaml:28:15",
            "5 input errors",
        ],
    );
    assert_eq!(err.matches("error: ").count(), 5, "{err}");
    // French by default, without the parser's English.
    let output = Command::cargo_bin("horsligne")
        .unwrap()
        .args(["validate"])
        .arg(&p)
        .env_remove("HORSLIGNE_LANG")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("vouliez-vous dire « counter » ?"), "{err}");
    assert!(err.contains("date impossible à lire"), "{err}");
    assert!(err.contains("5 erreurs"), "{err}");
    for english in ["out of range", "expected mapping", "invalid characters"] {
        assert!(!err.contains(english), "{english} in {err}");
    }
}

/// A syntax error is one error: the structure around it cannot be trusted,
/// so nothing is guessed after it.
#[test]
fn a_syntax_error_is_not_followed_by_guesses() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "syntax.yaml",
        &procedure("  - id: a\n    title: \"A\n    chanels: {}\n"),
    );
    let err = refused(&p, &["syntax.yaml:"]);
    assert!(err.contains("1 input error"), "{err}");
}

#[test]
fn a_missing_default_catalogue_says_what_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::cargo_bin("horsligne")
        .unwrap()
        .current_dir(dir.path())
        .args(["audit", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("horsligne audit ma-commune/"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}
