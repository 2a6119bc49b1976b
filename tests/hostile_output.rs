//! Text that is not the tool's (a catalogue's titles, step names, services)
//! cannot become markup in Markdown, a formula in a spreadsheet, or an
//! escape sequence in a terminal.

use assert_cmd::Command;

const SMALL: &str = include_str!("fixtures/reports/small.yaml");
const IMG: &str = "<img src=x onerror=alert(1)>";

/// The small catalogue with hostile text where each output shows it.
fn hostile_catalogue() -> String {
    SMALL
        .replace(
            "title: Demander un acte de naissance",
            r#"title: "=HYPERLINK(\"http://evil.example\",\"x\") <img src=x onerror=alert(1)>""#,
        )
        .replace("service: Éducation", r#"service: "\e[2J\e[31mRED\u009b1m""#)
        .replace(
            "name: Déposer le dossier",
            "name: '<img src=x onerror=alert(1)>'",
        )
}

fn audit(dir: &std::path::Path, args: &[&str]) -> String {
    let output = Command::cargo_bin("horsligne")
        .unwrap()
        .current_dir(dir)
        .args(["audit", "c.yaml", "--today", "2026-11-23"])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.code().is_some_and(|c| c < 2), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn catalogue_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.yaml"), hostile_catalogue()).unwrap();
    dir
}

#[test]
fn markdown_escapes_page_and_catalogue_text_in_every_row() {
    let dir = catalogue_dir();
    let markdown = audit(dir.path(), &["-f", "markdown"]);
    assert!(!markdown.contains(IMG), "{markdown}");
    assert!(markdown.contains(r"\<img src=x onerror=alert(1)\>"));
    // In the procedures table and in a subject (procedure › step).
    assert!(markdown.contains(r"mariage › \<img"), "{markdown}");
}

#[test]
fn the_github_job_summary_escapes_too() {
    let dir = catalogue_dir();
    let summary = dir.path().join("summary.md");
    let output = Command::cargo_bin("horsligne")
        .unwrap()
        .current_dir(dir.path())
        .args(["audit", "c.yaml", "--today", "2026-11-23", "-f", "github"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert!(output.status.code().is_some_and(|c| c < 2), "{output:?}");
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(!text.contains(IMG), "{text}");
}

#[test]
fn csv_cells_cannot_run_as_formulas() {
    let dir = catalogue_dir();
    let csv = audit(dir.path(), &["-f", "csv"]);
    let row = csv
        .lines()
        .find(|l| l.starts_with("acte-naissance,"))
        .unwrap();
    assert!(
        row.contains(r#","'=HYPERLINK(""http://evil.example"""#),
        "{row}"
    );
    assert!(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"));
}

#[test]
fn the_terminal_table_shows_escape_sequences_without_obeying_them() {
    let dir = catalogue_dir();
    for color in ["always", "never"] {
        let table = audit(dir.path(), &["--color", color]);
        assert!(!table.contains("\u{1b}[2J"), "{table:?}");
        assert!(!table.contains("\u{1b}[31mRED"), "{table:?}");
        assert!(!table.contains('\u{9b}'), "{table:?}");
        assert!(table.contains("␛[2J␛[31mRED"), "{table}");
    }
}

#[test]
fn diff_markdown_and_table_escape_titles() {
    let dir = catalogue_dir();
    std::fs::write(dir.path().join("base.yaml"), SMALL).unwrap();
    let head = hostile_catalogue().replace(
        "title: Déclarer un chien de catégorie 1 ou 2",
        "title: \"<img src=x onerror=alert(1)> \\e[2J\"",
    );
    std::fs::write(dir.path().join("head.yaml"), head).unwrap();
    for format in ["markdown", "table"] {
        let output = Command::cargo_bin("horsligne")
            .unwrap()
            .current_dir(dir.path())
            .args(["diff", "base.yaml", "head.yaml", "-f", format])
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.contains('\u{1b}'), "{format}: {text:?}");
        if format == "markdown" {
            assert!(!text.contains(IMG), "{text}");
        }
    }
}
