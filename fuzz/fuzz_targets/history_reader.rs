//! A history file, as bytes, read as `horsligne history FILE` reads it:
//! opened read-only (a foreign or damaged database is refused, never
//! changed), its evolution computed and rendered in every format.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use horsligne::history::render::{self, HistoryFormat};
use horsligne::history::{evolution, History};
use horsligne::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fn file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        std::env::temp_dir().join(format!("horsligne-fuzz-{}.sqlite", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    std::fs::write(file(), data).expect("the history file");
    let Ok(history) = History::open_read_only(file()) else {
        return;
    };
    let _ = history.runs();
    if let Ok(evolution) = evolution::compute(&history) {
        for format in [
            HistoryFormat::Table,
            HistoryFormat::Json,
            HistoryFormat::Html,
        ] {
            let _ = render::render(&evolution, format, Lang::Fr);
        }
    }
    drop(history);
    // Reading left the file as it was.
    assert_eq!(std::fs::read(file()).expect("the history file"), data);
});
