//! Shell completion scripts (clap_complete), for the shells people use on
//! the two platforms horsligne ships for.

use std::io::Write;

use clap::ValueEnum;

/// The shells a completion script is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl CompletionShell {
    pub const ALL: [CompletionShell; 4] = [
        CompletionShell::Bash,
        CompletionShell::Zsh,
        CompletionShell::Fish,
        CompletionShell::Powershell,
    ];

    fn generator(self) -> clap_complete::Shell {
        match self {
            CompletionShell::Bash => clap_complete::Shell::Bash,
            CompletionShell::Zsh => clap_complete::Shell::Zsh,
            CompletionShell::Fish => clap_complete::Shell::Fish,
            CompletionShell::Powershell => clap_complete::Shell::PowerShell,
        }
    }
}

/// Writes the completion script of `cmd` (invoked as `bin_name`) for `shell`.
/// Subcommands, options and their values come from the tree; the help texts
/// shown by zsh, fish and PowerShell are the tree's, so in its language.
pub fn write_completions(
    mut cmd: clap::Command,
    shell: CompletionShell,
    bin_name: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // clap_complete writes straight to `out` and panics on a write error;
    // a buffer keeps a closed pipe (`… | head`) an ordinary error.
    let mut script = Vec::new();
    clap_complete::generate(shell.generator(), &mut cmd, bin_name, &mut script);
    out.write_all(&script)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn tree() -> Command {
        Command::new("outil")
            .about("Un outil d'essai")
            .subcommand(
                Command::new("auditer").about("Audite le catalogue").arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["json", "html"]),
                ),
            )
            .subcommand(Command::new("valider").about("Vérifie la structure"))
    }

    fn script(shell: CompletionShell) -> String {
        let mut out = Vec::new();
        write_completions(tree(), shell, "outil", &mut out).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn every_shell_completes_the_subcommands_and_options_of_the_tree() {
        for shell in CompletionShell::ALL {
            let text = script(shell);
            for word in ["auditer", "valider", "format"] {
                assert!(text.contains(word), "{shell:?} script lacks {word}");
            }
            // clap_complete's PowerShell script completes names, not values.
            if shell != CompletionShell::Powershell {
                assert!(text.contains("json") && text.contains("html"), "{shell:?}");
            }
        }
    }

    #[test]
    fn descriptions_come_from_the_tree_so_in_its_language() {
        for shell in [
            CompletionShell::Zsh,
            CompletionShell::Fish,
            CompletionShell::Powershell,
        ] {
            let text = script(shell);
            assert!(text.contains("Audite le catalogue"), "{shell:?}");
        }
        // bash shows no descriptions: nothing to translate there.
        assert!(!script(CompletionShell::Bash).contains("Audite le catalogue"));
    }
}
