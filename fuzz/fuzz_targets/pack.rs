//! A council's rule pack, as bytes: parsed as `--rules DIR` parses it,
//! validated together with the shipped packs, then selected for a catalogue.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use horsligne::catalog::{load, Catalog};
use horsligne::packs::{Library, LoadedPack, Pack, Selection};
use libfuzzer_sys::fuzz_target;

fn shipped() -> &'static (Library, Catalog) {
    static SHIPPED: OnceLock<(Library, Catalog)> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let library = Library::load(&[]).expect("the shipped packs load");
        let catalog = horsligne::catalog::from_str(
            "small.yaml",
            include_str!("../../tests/fixtures/reports/small.yaml"),
        )
        .expect("the fixture loads");
        (library, catalog)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pack) = load::parse_yaml::<Pack>(Path::new("rules/fuzz.yaml"), text) else {
        return;
    };
    let (library, catalog) = shipped();
    let id = pack.id.value.clone();
    let mut library = library.clone();
    library.packs.push(LoadedPack {
        pack,
        origin: PathBuf::from("rules/fuzz.yaml"),
        shipped: false,
    });
    if library.validate().is_err() {
        return;
    }
    let selection = Selection {
        packs: vec![id],
        ..Default::default()
    };
    if let Ok(policy) = library.select(&catalog.authority, &selection) {
        let options = horsligne::audit::AuditOptions::on(None);
        let _ = horsligne::audit::run(catalog, &policy, &options);
    }
});
