//! A fetched page, as bytes: read as HTML by the same page reading `verify`
//! and `scan` use (visible text, phone numbers, online-only wording, address).
#![no_main]

use std::sync::OnceLock;

use horsligne::reading::{extract, Phrases};
use libfuzzer_sys::fuzz_target;

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| Phrases::shipped().expect("the shipped phrases load"))
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let declared = ["Hôtel de ville, 1 place Lazare-Goujon, 69100 Villeurbanne".to_owned()];
    let _ = extract::extract(&html, "FR", phrases(), &declared);
    let _ = extract::is_bot_wall(&html);
});
