//! `horsligne schema`: a JSON Schema of the tool's formats.

use clap::{Args, ValueEnum};

use super::{output, Failure};
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(value_enum)]
    pub which: SchemaKind,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaKind {
    Catalog,
    Report,
    Pack,
    Survey,
    History,
}

pub fn run(args: SchemaArgs, _lang: Lang) -> Result<u8, Failure> {
    let schema = match args.which {
        SchemaKind::Catalog => crate::schema::catalog(),
        SchemaKind::Report => crate::schema::report(),
        SchemaKind::Pack => crate::schema::pack(),
        SchemaKind::Survey => crate::schema::survey(),
        SchemaKind::History => crate::schema::history(),
    };
    output::stdout(&format!("{schema}\n"))?;
    Ok(0)
}
