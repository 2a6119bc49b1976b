//! horsligne: audits the right to non-digital access.
//!
//! Data flows one way: `catalog` (load, then resolve) → `packs` (select the
//! rules) → `audit` (rules × procedures, through `checks`) → `report`.

pub mod audit;
pub mod catalog;
pub mod checks;
pub mod cli;
pub mod diagnostic;
pub mod docs;
pub mod i18n;
pub mod located;
pub mod packs;
pub mod report;
pub mod schema;
