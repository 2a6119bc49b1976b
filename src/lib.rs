//! horsligne: audits the right to non-digital access.
//!
//! Data flows one way: `catalog` (load, then resolve) → `packs` (select the
//! rules) → `audit` (rules × procedures, through `checks`) → `report`.

// Input diagnostics are large values on a cold path (one per mistake in the
// user's files); boxing them everywhere would only add noise.
#![allow(clippy::result_large_err)]
// A user's input must never panic the tool: outside tests, fallible values are
// turned into errors with context, never unwrapped.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod annuaire;
pub mod audit;
pub mod catalog;
pub mod checks;
pub mod cli;
pub mod cpsv;
pub mod crawl;
pub mod diagnostic;
pub mod diff;
pub mod distribution;
pub mod docs;
pub mod escape;
pub mod files;
pub mod guide;
pub mod history;
pub mod html_page;
pub mod i18n;
pub mod init;
pub mod input;
pub mod located;
pub mod output_plan;
pub mod packs;
pub mod reading;
pub mod report;
pub mod rule_examples;
pub mod scan;
pub mod schema;
pub mod spreadsheet;
pub mod survey;
pub mod verify;
pub mod yaml_emit;
