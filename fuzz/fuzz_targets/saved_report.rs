//! A report saved by `--format json`, as bytes: read back as `horsligne
//! report` reads it, then rendered in every format.
#![no_main]

use std::path::Path;

use horsligne::i18n::Lang;
use horsligne::report::{self, Format, RenderOptions};
use libfuzzer_sys::fuzz_target;

const FORMATS: [Format; 8] = [
    Format::Table,
    Format::Json,
    Format::Sarif,
    Format::Junit,
    Format::Github,
    Format::Markdown,
    Format::Html,
    Format::Csv,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(report) = report::parse_saved(Path::new("saved.json"), text) else {
        return;
    };
    let options = RenderOptions {
        lang: Lang::Fr,
        color: false,
    };
    for format in FORMATS {
        let _ = format.reporter().render(&report, &options);
    }
});
