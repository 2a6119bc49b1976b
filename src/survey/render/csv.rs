//! `survey --format csv`: one row per authority, for spreadsheets (RFC 4180,
//! headers in the survey's language, numbers as plain numbers).

use crate::i18n::{t, Lang};
use crate::survey::model::Survey;

pub fn render(survey: &Survey, lang: Lang) -> anyhow::Result<String> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(HEADERS.iter().map(|key| t(lang, key)))?;
    for a in &survey.authorities {
        out.write_record([
            crate::escape::spreadsheet_cell(&a.id).into_owned(),
            crate::escape::spreadsheet_cell(&a.name).into_owned(),
            crate::escape::spreadsheet_cell(&a.country).into_owned(),
            crate::escape::spreadsheet_cell(a.region.as_deref().unwrap_or_default()).into_owned(),
            a.procedures.to_string(),
            a.offline_possible.to_string(),
            a.online_only.to_string(),
            a.unreachable.to_string(),
            a.findings.error.to_string(),
            a.findings.warning.to_string(),
            a.findings.info.to_string(),
            crate::escape::spreadsheet_cell(&a.packs.join(" ")).into_owned(),
            a.audit_date.to_string(),
            crate::escape::spreadsheet_cell(&a.source).into_owned(),
        ])?;
    }
    Ok(String::from_utf8(out.into_inner()?)?)
}

/// The column headers, shared with the xlsx sheet of authorities.
pub const HEADERS: [&str; 14] = [
    "sv-col-id",
    "sv-col-name",
    "sv-col-country",
    "sv-col-region",
    "sv-col-procedures",
    "sv-col-offline",
    "sv-col-online-only",
    "sv-col-unreachable",
    "sv-col-errors",
    "sv-col-warnings",
    "sv-col-infos",
    "sv-col-packs",
    "sv-col-date",
    "sv-col-source",
];
