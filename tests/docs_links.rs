//! The user documentation stays inside the repository: it is read offline
//! too (the point of the tool), so no page links to the web. Addresses of
//! legal sources are written out, not linked.

use std::path::Path;

fn markdown_files() -> Vec<std::path::PathBuf> {
    let mut files = vec![Path::new("README.md").to_path_buf()];
    for entry in std::fs::read_dir("docs").expect("docs/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn docs_never_link_outside_the_repository() {
    let mut links = Vec::new();
    for file in markdown_files() {
        let text = std::fs::read_to_string(&file).expect("read");
        for (n, line) in text.lines().enumerate() {
            for pattern in ["](http://", "](https://", "<http://", "<https://"] {
                if line.contains(pattern) {
                    links.push(format!("{}:{}: {line}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        links.is_empty(),
        "links outside the repository:\n{}",
        links.join("\n")
    );
}

/// The user documentation is French first, with the English beside it.
#[test]
fn user_docs_exist_in_both_languages() {
    for name in [
        "catalog-format",
        "verify",
        "reports",
        "ci",
        "horaires",
        "scan",
        "survey",
        "spreadsheets",
    ] {
        for file in [format!("docs/{name}.md"), format!("docs/{name}.en.md")] {
            assert!(Path::new(&file).is_file(), "{file} is missing");
        }
        let french = std::fs::read_to_string(format!("docs/{name}.md")).expect("read");
        assert!(
            french.contains(" la ") || french.contains(" les "),
            "docs/{name}.md is not in French"
        );
    }
}

/// A file of the repository named in the help (locales), the README or the
/// docs exists: `scan --help` once named a `data/verify-phrases.yaml` that
/// was never there.
#[test]
fn every_file_path_named_in_help_and_docs_exists() {
    let mut texts = markdown_files();
    for extra in ["README.nl.md"] {
        if Path::new(extra).is_file() {
            texts.push(extra.into());
        }
    }
    for lang in std::fs::read_dir("locales").expect("locales/") {
        for file in std::fs::read_dir(lang.expect("entry").path()).expect("a language") {
            texts.push(file.expect("entry").path());
        }
    }
    let roots = [
        "docs/",
        "data/",
        "rules/",
        "examples/",
        "src/",
        "locales/",
        "tests/",
        "bench/",
        ".ci/",
    ];
    let mut missing = Vec::new();
    let mut named = 0;
    for file in texts {
        let text = std::fs::read_to_string(&file).expect("read");
        for (n, line) in text.lines().enumerate() {
            for root in roots {
                for (at, _) in line.match_indices(root) {
                    // Only a path that starts here, not `foo/docs/` or a URL.
                    let before = line[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || "/._-".contains(c)) {
                        continue;
                    }
                    let path: String = line[at..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || "/._-".contains(*c))
                        .collect();
                    let path = path.trim_end_matches(['.', ',', '-']);
                    // A pattern or a placeholder (`docs/<page>`, `rules/*.yaml`) is not one file.
                    if line[at + path.len()..].starts_with(['<', '*', '{']) {
                        continue;
                    }
                    named += 1;
                    if !Path::new(path).exists() {
                        missing.push(format!("{}:{}: {path}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(named > 50, "the scan finds the paths ({named})");
    assert!(
        missing.is_empty(),
        "named but missing:\n{}",
        missing.join("\n")
    );
}
