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
