//! JSON Schemas generated from the types, so they cannot drift from the code.

use crate::catalog::model::CatalogFile;
use crate::packs::Pack;
use crate::report::model::Report;

fn pretty(schema: schemars::Schema) -> String {
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

pub fn catalog() -> String {
    pretty(schemars::schema_for!(CatalogFile))
}

pub fn report() -> String {
    pretty(schemars::schema_for!(Report))
}

pub fn pack() -> String {
    pretty(schemars::schema_for!(Pack))
}

pub fn survey() -> String {
    pretty(schemars::schema_for!(crate::survey::Survey))
}

pub fn history() -> String {
    pretty(schemars::schema_for!(crate::history::evolution::Evolution))
}
