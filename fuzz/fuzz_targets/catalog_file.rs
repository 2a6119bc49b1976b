//! One catalogue file, as bytes: load (UTF-8, YAML budget), resolve, and when
//! it resolves, audit it with the shipped packs and render the JSON report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(catalog) = horsligne::catalog::from_str("fuzz.yaml", text) {
        horsligne_fuzz_common::audit_and_render(&catalog);
    }
});
