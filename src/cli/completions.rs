//! `horsligne completions SHELL`: the shell's completion script on standard
//! output (the generator is `crate::distribution::completions`).

use clap::{Args, CommandFactory};

use super::{Cli, Failure};
use crate::distribution::{write_completions, CompletionShell};
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum)]
    pub shell: CompletionShell,
}

pub(super) fn run(args: CompletionsArgs, _lang: Lang) -> Result<u8, Failure> {
    // The command tree the script completes; its help texts are the
    // descriptions zsh, fish and PowerShell show.
    let tree = Cli::command();
    write_completions(tree, args.shell, "horsligne", &mut std::io::stdout().lock())?;
    Ok(0)
}
