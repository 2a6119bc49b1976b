//! What the catalogue targets do with a catalogue that resolves: audit it
//! with the shipped packs, as `horsligne audit` does, and render the report.

use std::sync::OnceLock;

use horsligne::catalog::Catalog;
use horsligne::i18n::Lang;
use horsligne::packs::Library;
use horsligne::report::model::{CatalogJson, Report};
use horsligne::report::{Format, RenderOptions};

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::load(&[]).expect("the shipped packs load"))
}

pub fn audit_and_render(catalog: &Catalog) {
    let Ok(policy) = library().select(&catalog.authority, &Default::default()) else {
        return;
    };
    let today = fixed_date();
    let audit = horsligne::audit::run(catalog, &policy, &today);
    let mut report = Report::from_audit(&audit, Lang::Fr);
    report.catalog = Some(CatalogJson::of(catalog));
    let options = RenderOptions {
        lang: Lang::Fr,
        color: false,
    };
    for format in [Format::Json, Format::Markdown, Format::Csv] {
        let _ = format.reporter().render(&report, &options);
    }
}

/// A fixed audit date, so a crash replays the same way any day.
fn fixed_date() -> horsligne::audit::AuditOptions {
    horsligne::audit::AuditOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
    }
}
