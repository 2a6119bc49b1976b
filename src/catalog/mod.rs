//! The catalogue: its format (`model`), reading files (`load`), and resolving
//! references into the procedures the checks read (`resolve`).

pub mod hours;
pub mod load;
pub mod model;
pub mod phone;
pub mod placeholder;
pub mod procedure;
mod recover;
pub mod region;
pub mod resolve;

use std::path::Path;

pub use load::{LoadOptions, RawCatalog};
pub use procedure::{
    Access, Catalog, Channel, ChannelKind, ChannelMark, ChannelSet, Contact, Part, Procedure,
    RegionOrigin, SourceLocation, Step,
};

use crate::diagnostic::Diagnostics;

/// Loads and resolves the catalogue at `path` (a file or a directory).
pub fn open(path: &Path, options: &LoadOptions) -> Result<Catalog, Diagnostics> {
    let raw = load::load(path, options)?;
    resolve::resolve_owned(raw)
}

/// Resolves a catalogue held in memory, as if read from a file called `name`.
pub fn from_str(name: &str, text: &str) -> Result<Catalog, Diagnostics> {
    let path = Path::new(name).to_path_buf();
    let content = load::parse_catalog_file(&path, text)?;
    let raw = load::merge_files(
        vec![load::SourceFile {
            path,
            text: text.to_owned(),
        }],
        vec![content],
    )?;
    resolve::resolve_owned(raw)
}
