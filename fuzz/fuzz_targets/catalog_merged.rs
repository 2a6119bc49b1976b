//! A catalogue directory: the input is split on NUL bytes into up to eight
//! files, each parsed as the loader parses a file, then merged (one
//! authority, contacts by id, procedures concatenated) and resolved.
#![no_main]

use std::path::PathBuf;

use horsligne::catalog::load::{self, SourceFile};
use horsligne::catalog::model::CatalogFile;
use horsligne::catalog::resolve;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = Vec::new();
    let mut contents = Vec::new();
    for (i, part) in data.split(|b| *b == 0).take(8).enumerate() {
        let Ok(text) = std::str::from_utf8(part) else {
            return;
        };
        let path = PathBuf::from(format!("catalogue/part-{i}.yaml"));
        match load::parse_yaml::<CatalogFile>(&path, text) {
            Ok(content) => {
                files.push(SourceFile {
                    path,
                    text: text.to_owned(),
                });
                contents.push(content);
            }
            Err(diagnostic) => {
                let _ = diagnostic.render(horsligne::i18n::Lang::Fr);
                return;
            }
        }
    }
    let Ok(raw) = load::merge_files(files, contents) else {
        return;
    };
    if let Ok(catalog) = resolve::resolve(&raw) {
        horsligne_fuzz_common::audit_and_render(&catalog);
    }
});
