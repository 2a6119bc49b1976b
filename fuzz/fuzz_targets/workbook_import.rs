//! A workbook, as bytes, read as `horsligne import` reads it: the first byte
//! picks xlsx, ods or a CSV folder (the rest split on NUL into the four
//! sheets' files); the bounded reader, then the import into a catalogue and
//! its YAML, which is loaded back.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use horsligne::spreadsheet::{import, read, template};
use libfuzzer_sys::fuzz_target;

/// One scratch folder per fuzzing process, reused by every input.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("horsligne-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let path = match kind % 3 {
        0 => scratch().join("book.xlsx"),
        1 => scratch().join("book.ods"),
        _ => {
            let dir = scratch().join("csv");
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("the CSV folder");
            // The files named in any language of the template.
            let lang = template::LANGS[usize::from(kind / 3) % template::LANGS.len()];
            for ((sheet, _), part) in template::data_sheets().iter().zip(rest.split(|b| *b == 0)) {
                std::fs::write(dir.join(template::csv_file_name(sheet, lang)), part).expect("a CSV file");
            }
            dir
        }
    };
    if kind % 3 < 2 {
        std::fs::write(&path, rest).expect("the workbook file");
    }
    let Ok(workbook) = read::read(&path) else {
        return;
    };
    let Ok(import::Imported { catalog, .. }) = import::from_workbook(&path, workbook) else {
        return;
    };
    if let Ok(yaml) = import::to_yaml(&catalog) {
        let _ = horsligne::catalog::from_str("import.yaml", &yaml);
    }
});
