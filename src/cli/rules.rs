//! `horsligne rules`: list, explain, document and test the rules of the packs.

use clap::{Args, Subcommand};

use super::args::RulesDirs;
use super::{output, Failure};
use crate::docs;
use crate::i18n::{Lang, Message};
use crate::packs::{Library, PackStatus, Severity};

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: RulesCommand,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List rules, optionally filtered.
    List {
        /// Only the rules of this pack.
        #[arg(long = "pack", value_name = "ID")]
        only_pack: Option<String>,
        #[arg(long, value_enum)]
        status: Option<PackStatus>,
        #[arg(long, value_enum)]
        severity: Option<Severity>,
        #[command(flatten)]
        rules: RulesDirs,
    },
    /// Explain a rule: what it requires, why, its legal basis, how to fix.
    Explain {
        /// Rule id (e.g. NN-PHONE) or slug.
        id: String,
        #[command(flatten)]
        rules: RulesDirs,
    },
    /// Print the documentation of every pack and rule as Markdown (docs/rules.md).
    Docs {
        #[command(flatten)]
        rules: RulesDirs,
    },
    /// Run every rule's examples: the failing one must trigger it, the passing one not.
    Test {
        #[command(flatten)]
        rules: RulesDirs,
    },
}

pub fn run(args: RulesArgs, lang: Lang) -> Result<u8, Failure> {
    match args.command {
        RulesCommand::List {
            only_pack,
            status,
            severity,
            rules,
        } => {
            let library = Library::load(&rules.rules_dirs)?;
            if let Some(id) = &only_pack {
                if library.find_pack(id).is_none() {
                    let help = crate::diagnostic::suggestion(
                        id,
                        library.packs.iter().map(|p| p.pack.id.value.as_str()),
                    );
                    let mut messages = vec![Message::new("pack-unknown").arg("id", id)];
                    messages.extend(help);
                    return Err(Failure::Usage(messages));
                }
            }
            output::stdout(&docs::rules_list(
                &library,
                lang,
                only_pack.as_deref(),
                status,
                severity,
            ))?;
            Ok(0)
        }
        RulesCommand::Explain { id, rules } => {
            let library = Library::load(&rules.rules_dirs)?;
            match library.find_rule(&id) {
                Some((lp, rule)) => {
                    output::stdout(&docs::explain(lp, rule, lang))?;
                    Ok(0)
                }
                None => {
                    let help =
                        crate::diagnostic::suggestion(&id.to_ascii_uppercase(), library.rule_ids());
                    let mut messages = vec![Message::new("pack-unknown-rule").arg("id", &id)];
                    messages.extend(help);
                    Err(Failure::Usage(messages))
                }
            }
        }
        RulesCommand::Docs { rules } => {
            let library = Library::load(&rules.rules_dirs)?;
            output::stdout(&docs::markdown(&library, lang))?;
            Ok(0)
        }
        RulesCommand::Test { rules } => {
            let library = Library::load(&rules.rules_dirs)?;
            let problems = crate::rule_examples::verify_all_examples(&library);
            if !problems.is_empty() {
                return Err(Failure::Input(problems));
            }
            output::stderr_line(
                &Message::new("examples-ok")
                    .arg("rules", library.rules().count())
                    .render(lang),
            );
            Ok(0)
        }
    }
}
