//! `survey --format csv`: one row per authority, for spreadsheets (RFC 4180,
//! headers in the survey's language, numbers as plain numbers).

use crate::i18n::{t, Lang};
use crate::survey::model::Survey;

pub fn render(survey: &Survey, lang: Lang) -> anyhow::Result<String> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    // (issue 26) After the fixed columns: territory, indicators, then one
    // column per rule with findings (its active findings in this authority).
    let rules: Vec<&String> = survey.breakdown.total.keys().collect();
    out.write_record(
        HEADERS
            .iter()
            .chain(EXTRA_HEADERS.iter())
            .map(|key| t(lang, key))
            .chain(rules.iter().map(|r| r.to_string())),
    )?;
    for a in &survey.authorities {
        let i = &a.indicators;
        let extra = [
            cell(a.territory.code.as_deref()),
            cell(a.territory.departement.as_deref()),
            a.territory
                .population
                .map(|p| p.to_string())
                .unwrap_or_default(),
            i.counter_hours_per_week
                .map(|h| format!("{h:.1}"))
                .unwrap_or_default(),
            i.saturday_opening
                .map(|s| s.to_string())
                .unwrap_or_default(),
            i.phone_class.as_str().to_owned(),
        ];
        let by_rule = rules
            .iter()
            .map(|r| a.by_rule.get(*r).copied().unwrap_or(0).to_string());
        let fixed = [
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
        ];
        out.write_record(fixed.into_iter().chain(extra).chain(by_rule))?;
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

/// A catalogue's own text, defused for spreadsheets (`=…` is not a formula).
fn cell(text: Option<&str>) -> String {
    crate::escape::spreadsheet_cell(text.unwrap_or("")).into_owned()
}

/// (issue 26) Columns after [`HEADERS`] in the CSV.
pub const EXTRA_HEADERS: [&str; 6] = [
    "sv-col-code",
    "sv-col-departement",
    "sv-col-population",
    "sv-col-counter-hours",
    "sv-col-saturday",
    "sv-col-phone-class",
];
