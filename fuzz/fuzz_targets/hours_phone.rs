//! Opening hours and phone numbers as written in a catalogue. The first byte
//! picks the authority's country (how national numbers are dialled).
#![no_main]

use horsligne::catalog::{hours, phone};
use libfuzzer_sys::fuzz_target;

const COUNTRIES: [&str; 8] = ["FR", "BE", "LU", "CH", "MC", "DE", "GB", "ZZ"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let country = COUNTRIES[usize::from(first) % COUNTRIES.len()];
    let _ = hours::parse(text);
    if let Ok(info) = phone::analyse(text, country) {
        let _ = phone::as_dialled(&info.normalized);
    }
    let _ = phone::as_dialled(text);
});
