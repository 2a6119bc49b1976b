//! What ships beside the binary: shell completions and manual pages, both
//! generated from the command line's clap definitions so they never drift
//! from `--help`. The functions take the `clap::Command` tree they describe
//! (the localised one, so the help texts are in the reader's language) and
//! only add the words that are theirs (section headings, exit codes), from
//! `locales/<lang>/distribution.ftl`.

pub mod completions;
pub mod manpage;

pub use completions::{write_completions, CompletionShell};
pub use manpage::{manpages, ManPage};
