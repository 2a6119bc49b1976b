//! Issue 23: a workbook of 200 procedures with 20 mistakes of ten kinds
//! planted in it: `import` reports every one of them in one run, each at its
//! sheet, row and column, and nothing else. Dropping one fails the test.
//! (The same at 100,000 procedures and 1,000 mistakes: bench/planted_errors.sh.)

use std::fmt::Write as _;
use std::path::Path;

use horsligne::catalog;
use horsligne::i18n::Lang;
use horsligne::spreadsheet::{self, import, read, Cell, SheetFormat, Workbook};

fn catalogue(procedures: usize) -> String {
    let mut out = String::from(
        r#"version: 1
authority: { id: be-63079, name: Ville d'Essai, country: BE, region: wallonie, level: commune }
contacts:
  accueil: { kind: counter, name: Accueil, address: "Place du Marché 1, 4800 Verviers", opening_hours: "Mo-Fr 08:30-12:00" }
  population-tel: { kind: phone, number: "087 32 52 40", answered_by: human, tariff: standard }
  courrier: { kind: postal, address: "Place du Marché 1, 4800 Verviers" }
procedures:
"#,
    );
    for i in 0..procedures {
        let _ = writeln!(
            out,
            "  - id: demarche-{i}\n    title: Démarche {i}\n    page: https://verviers.example/d/{i}\n    reviewed: 2026-01-15\n    fees: {{ online: 0, counter: 5 }}\n    channels:\n      online: {{ url: \"https://e-guichet.verviers.example/{i}\" }}\n      counter: {{ contact: accueil }}\n      phone: {{ contact: population-tel }}"
        );
    }
    out
}

/// The kinds of mistakes planted: sheet, column header, value.
const MISTAKES: [(&str, &str, &str); 10] = [
    ("Démarches", "Statut", "activ"),
    ("Démarches", "En ligne : couvre", "completement"),
    ("Démarches", "Vérifiée le", "32/13/2026"),
    ("Démarches", "Délai légal", "peut-être"),
    ("Démarches", "En ligne : frais (EUR)", "cinq"),
    ("Démarches", "Page d'information", "pas une adresse"),
    ("Démarches", "Guichet : contact", "acceuil-inconnu"),
    ("Démarches", "Téléphone : répondu par", "quelqu'un"),
    ("Contacts", "Tarif", "cher"),
    ("Contacts", "Horaires", "le jeudi de temps en temps"),
];

/// Sets `value` at (`row`, `header`) of `sheet`: the 1-based sheet row
/// (the header is row 1) and column it is at.
fn plant(
    workbook: &mut Workbook,
    sheet: &str,
    row: usize,
    header: &str,
    value: &str,
) -> (u32, u32) {
    let sheet = workbook
        .sheets
        .iter_mut()
        .find(|s| s.name == sheet)
        .unwrap();
    let column = sheet.headers.iter().position(|h| h == header).unwrap();
    sheet.rows[row].set(column, Cell::text(value));
    (row as u32 + 2, column as u32 + 1)
}

fn planted_in(format: SheetFormat, name: &str) {
    let text = catalogue(200);
    let raw = catalog::load::parse_catalog_file(Path::new("c.yaml"), &text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    spreadsheet::export(&raw, format, &path, horsligne::i18n::Lang::Fr).unwrap();
    let mut workbook = read::read(&path).unwrap_or_else(|d| panic!("{d:?}"));
    let contacts = workbook.sheet("Contacts").unwrap().rows.len();
    let mut expected = Vec::new();
    for (kind, (sheet, header, value)) in MISTAKES.iter().enumerate() {
        // Two of each kind, far apart (the Contacts sheet has three rows).
        let rows = if *sheet == "Contacts" {
            [kind % contacts, (kind + 1) % contacts]
        } else {
            [kind * 7, 100 + kind * 9]
        };
        for row in rows {
            let (line, column) = plant(&mut workbook, sheet, row, header, value);
            expected.push((sheet.to_string(), line, column, header.to_string()));
        }
    }
    expected.sort();
    expected.dedup();
    assert_eq!(expected.len(), 20);

    let errors = match import::from_workbook(&path, workbook) {
        Ok(_) => panic!("a workbook with 20 mistakes was imported"),
        Err(errors) => errors,
    };
    let mut found: Vec<(String, u32, u32, String)> = errors
        .0
        .iter()
        .map(|d| {
            let text = d.message.render(Lang::Fr);
            let (sheet, header) = MISTAKES
                .iter()
                .find(|(sheet, header, _)| {
                    text.contains(&format!("{sheet}, ligne {}, colonne {header}", d.line))
                })
                .map_or(("?", "?"), |(s, h, _)| (*s, *h));
            (sheet.to_owned(), d.line, d.column, header.to_owned())
        })
        .collect();
    found.sort();
    let rendered: Vec<String> = errors
        .0
        .iter()
        .map(|d| d.message.render(Lang::Fr))
        .collect();
    assert_eq!(found, expected, "{format:?}:\n{}", rendered.join("\n"));
}

#[test]
fn every_planted_mistake_is_reported_located_in_one_run_xlsx() {
    planted_in(SheetFormat::Xlsx, "c.xlsx");
}

#[test]
fn every_planted_mistake_is_reported_located_in_one_run_ods() {
    planted_in(SheetFormat::Ods, "c.ods");
}

#[test]
fn every_planted_mistake_is_reported_located_in_one_run_csv() {
    planted_in(SheetFormat::Csv, "tableur");
}
