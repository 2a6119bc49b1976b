//! An annuaire de l'administration export, as bytes, read as `init
//! --annuaire` reads it; a town hall found becomes a starter catalogue, which
//! must stay a catalogue (no key smuggled in through a record's text).
#![no_main]

use horsligne::init::{self, AuthorityInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(town_hall) = horsligne::annuaire::find_in(data, "69266") else {
        return;
    };
    let _ = town_hall.commune_name();
    let input = AuthorityInput {
        id: Some("69266".to_owned()),
        name: None,
        country: Some("FR".to_owned()),
        region: None,
        level: None,
        geography: None,
    };
    let (yaml, _) = init::starter(&input, Some(&town_hall));
    if let Err(e) = horsligne::catalog::from_str("starter.yaml", &yaml) {
        // A starter with placeholders may be incomplete, never unreadable
        // YAML, and never with a key the record's text put there.
        let text = format!("{e:?}");
        assert!(
            !text.contains("\"yaml-") && !text.contains("diag-unknown-key"),
            "{text}\n{yaml}"
        );
    }
});
