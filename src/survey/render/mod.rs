//! The survey's formats, one file each, all reading the survey model only.

pub mod csv;
pub mod html;
pub mod json;
pub mod table;
pub mod xlsx;

use std::path::PathBuf;

use crate::i18n::Lang;

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

impl SurveyFormat {
    /// Binary formats are never printed to a terminal.
    pub fn is_binary(self) -> bool {
        self == SurveyFormat::Xlsx
    }
}

/// `--format html` or `--format html=etat-des-lieux.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyTarget {
    pub format: SurveyFormat,
    pub path: Option<PathBuf>,
}

impl std::str::FromStr for SurveyTarget {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (format, path) = crate::report::parse_format_target::<SurveyFormat>(s)?;
        Ok(SurveyTarget { format, path })
    }
}

/// What a renderer needs besides the survey.
pub struct SurveyRender<'a> {
    pub lang: Lang,
    pub map: Option<&'a Map>,
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

/// A share between 0 and 1 as a whole percentage, written the language's way
/// (« 40 % » in French, "40%" in English).
pub fn percent(share: f64, lang: Lang) -> String {
    let n = (share * 100.0).round() as i64;
    match lang {
        Lang::Fr => format!("{n}\u{202f}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A count written the language's way: « 12 345 » in French (narrow no-break
/// space), "12,345" in English.
pub fn number(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::Fr => "\u{202f}",
        Lang::En => ",",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A date in words: « 27 novembre 2026 », "27 November 2026".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = date.month0() as usize;
    match lang {
        Lang::Fr if date.day() == 1 => format!("1er {} {}", FR[month], date.year()),
        Lang::Fr => format!("{} {} {}", date.day(), FR[month], date.year()),
        Lang::En => format!("{} {} {}", date.day(), EN[month], date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_shares_are_written_the_language_way() {
        assert_eq!(number(0, Lang::Fr), "0");
        assert_eq!(number(999, Lang::Fr), "999");
        assert_eq!(number(35_000, Lang::Fr), "35\u{202f}000");
        assert_eq!(number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(percent(0.4, Lang::Fr), "40\u{202f}%");
        assert_eq!(percent(0.666, Lang::En), "67%");
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(long_date(d, Lang::Fr), "27 novembre 2026");
        assert_eq!(long_date(d, Lang::En), "27 November 2026");
        let first = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(long_date(first, Lang::Fr), "1er janvier 2027");
    }
}
