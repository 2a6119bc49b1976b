//! Plants mistakes in an exported workbook, for the benchmark of an import
//! that must report every one of them in one run (bench/planted_errors.sh).
//!
//! cargo run --release --example plant-errors -- <csv-export-dir> <mistakes> <out.xlsx>
//!
//! Reads the CSV export, plants <mistakes> mistakes of six kinds, one per
//! procedure row, spread over the whole sheet, and writes the workbook as
//! xlsx. Prints the number planted: each is one error of the import.

use std::path::Path;

use horsligne::spreadsheet::{read, Cell};
use rust_xlsxwriter::{ColNum, RowNum, Workbook};

/// Column header and a value the import refuses, one error each.
const MISTAKES: [(&str, &str); 6] = [
    ("Statut", "activ"),
    ("En ligne : couvre", "completement"),
    ("Vérifiée le", "32/13/2026"),
    ("Délai légal", "peut-être"),
    ("En ligne : frais (EUR)", "cinq"),
    ("Page d'information", "pas une adresse"),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, count, out] = &args[..] else {
        eprintln!("usage: plant-errors <csv-export-dir> <mistakes> <out.xlsx>");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("a number of mistakes");
    let mut workbook = read::read(Path::new(dir)).expect("a readable CSV export");
    let sheet = workbook
        .sheets
        .iter_mut()
        .find(|s| s.name == "Démarches")
        .expect("a Démarches sheet");
    let column = |header: &str| sheet.headers.iter().position(|h| h == header).unwrap();
    let step = column("Étape");
    let columns: Vec<usize> = MISTAKES.iter().map(|(h, _)| column(h)).collect();
    // Procedure rows only: a step row has no status, date or fee.
    let procedures: Vec<usize> = (0..sheet.rows.len())
        .filter(|r| sheet.rows[*r].get(step).is_none_or(Cell::is_empty))
        .collect();
    assert!(count <= procedures.len(), "more mistakes than procedures");
    for i in 0..count {
        let row = &mut sheet.rows[procedures[i * procedures.len() / count]];
        let (c, (_, value)) = (columns[i % MISTAKES.len()], MISTAKES[i % MISTAKES.len()]);
        row.set(c, Cell::text(value));
    }

    let mut book = Workbook::new();
    for sheet in &workbook.sheets {
        let out = book.add_worksheet_with_constant_memory();
        out.set_name(&sheet.name).unwrap();
        for (c, header) in sheet.headers.iter().enumerate() {
            out.write_string(0, c as ColNum, header).unwrap();
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.dense().iter().enumerate() {
                let (r, c) = (r as RowNum + 1, c as ColNum);
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => {
                        out.write_string(r, c, t).unwrap();
                    }
                    Cell::Number(n) => {
                        out.write_number(r, c, *n).unwrap();
                    }
                }
            }
        }
    }
    book.save(out).unwrap();
    println!("{count}");
}
