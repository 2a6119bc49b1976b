//! A fetched page, as bytes: read as HTML by the same extraction `verify`
//! uses (visible text, phone numbers, online-only wording, address).
#![no_main]

use std::sync::OnceLock;

use horsligne::verify::evidence::address_needles;
use horsligne::verify::extract;
use horsligne::verify::phrases::Phrases;
use libfuzzer_sys::fuzz_target;

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| Phrases::shipped().expect("the shipped phrases load"))
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let needles = address_needles("Hôtel de ville, 1 place Lazare-Goujon, 69100 Villeurbanne");
    let _ = extract::extract(&html, "FR", phrases(), &needles);
    let _ = extract::is_bot_wall(&html);
});
