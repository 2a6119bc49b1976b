//! The survey's formats, one file each, all reading the survey model only.

pub mod csv;
pub mod html;
pub mod json;
pub mod table;
pub mod xlsx;

use crate::i18n::Lang;
// Numbers, shares and dates are written by the one helper every report uses.
pub use crate::i18n::{long_date, number, percent};

use super::map::Map;
use super::model::Survey;

/// A survey format: `table`, `json`, `csv`, `html`, `xlsx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum SurveyFormat {
    Table,
    Json,
    Csv,
    Html,
    Xlsx,
}

impl crate::output_plan::OutputFormat for SurveyFormat {
    /// Binary formats are never printed to a terminal.
    fn is_binary(self) -> bool {
        self == SurveyFormat::Xlsx
    }
}

/// `--format html` or `--format html=etat-des-lieux.html`.
pub type SurveyTarget = crate::output_plan::FormatTarget<SurveyFormat>;

/// What a renderer needs besides the survey.
pub struct SurveyRender<'a> {
    pub lang: Lang,
    pub map: Option<&'a Map>,
    /// What the map is coloured by (`--map-indicator`).
    pub map_indicator: super::ranking::RankedIndicator,
}

/// The survey in `format`, as bytes.
pub fn render(
    survey: &Survey,
    format: SurveyFormat,
    options: &SurveyRender,
) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        SurveyFormat::Table => table::render(survey, options.lang).into_bytes(),
        SurveyFormat::Json => json::render(survey)?.into_bytes(),
        SurveyFormat::Csv => csv::render(survey, options.lang)?.into_bytes(),
        SurveyFormat::Html => html::render(survey, options).into_bytes(),
        SurveyFormat::Xlsx => xlsx::render(survey, options.lang)?,
    })
}

/// « Authority X is given by several catalogues (a.yaml, b.yaml) … ».
pub fn duplicate_sentence(duplicate: &super::model::DuplicateId, lang: Lang) -> String {
    crate::i18n::Message::new("sv-duplicate-id")
        .arg("id", &duplicate.id)
        .arg("sources", duplicate.sources.join(", "))
        .render(lang)
}
