//! Helpers shared by the integration tests (`mod common;` in each test file).
//! Each test binary uses a part of them, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub mod real_pages;
pub mod rng;
pub mod scan_web;

/// The date every test audits on, so verdicts about dates never drift.
pub const TODAY: &str = "2026-11-23";

/// The built `horsligne` binary, in French (the default) whatever the
/// environment of the test run says, and without colours.
pub fn horsligne() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("horsligne")
        .unwrap_or_else(|e| panic!("the horsligne binary is built: {e}"));
    cmd.env_remove("HORSLIGNE_LANG").env("NO_COLOR", "1");
    cmd
}

/// A fresh temporary directory, removed when dropped.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("temporary directory: {e}"))
}

/// Writes `contents` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

/// A file of the repository (a fixture, the shipped catalogue…).
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}
