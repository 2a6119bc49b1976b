//! `survey --format xlsx=FILE`: the comparison for council and association
//! staff who filter in a spreadsheet: a sheet of authorities and a sheet of
//! kinds of procedure, headers frozen, filters on.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::i18n::{t, Lang};
use crate::survey::model::{MatchedBy, Survey};

pub fn render(survey: &Survey, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();

    let sheet = workbook.add_worksheet();
    sheet.set_name(t(lang, "sv-sheet-authorities"))?;
    let headers: Vec<String> = super::csv::HEADERS.iter().map(|k| t(lang, k)).collect();
    header_row(sheet, &headers, &bold)?;
    for (i, a) in survey.authorities.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &a.id)?;
        sheet.write_string(row, 1, &a.name)?;
        sheet.write_string(row, 2, &a.country)?;
        sheet.write_string(row, 3, a.region.as_deref().unwrap_or(""))?;
        for (col, n) in [
            a.procedures,
            a.offline_possible,
            a.online_only,
            a.unreachable,
            a.findings.error,
            a.findings.warning,
            a.findings.info,
        ]
        .into_iter()
        .enumerate()
        {
            sheet.write_number(row, 4 + col as u16, n as f64)?;
        }
        sheet.write_string(row, 11, a.packs.join(" "))?;
        sheet.write_string(row, 12, a.audit_date.to_string())?;
        sheet.write_string(row, 13, &a.source)?;
    }
    finish(sheet, survey.authorities.len(), headers.len())?;

    let sheet = workbook.add_worksheet();
    sheet.set_name(t(lang, "sv-sheet-kinds"))?;
    let headers: Vec<String> = [
        "sv-col-kind",
        "sv-col-matched-by",
        "sv-col-key",
        "sv-col-authorities",
        "sv-col-offline",
        "sv-col-online-only",
        "sv-col-unreachable",
        "sv-col-online-only-in",
    ]
    .iter()
    .map(|k| t(lang, k))
    .collect();
    header_row(sheet, &headers, &bold)?;
    for (i, r) in survey.references.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &r.title)?;
        sheet.write_string(
            row,
            1,
            t(
                lang,
                match r.matched_by {
                    MatchedBy::Reference => "sv-matched-reference",
                    MatchedBy::Title => "sv-matched-title",
                },
            ),
        )?;
        sheet.write_string(row, 2, &r.key)?;
        for (col, n) in [
            r.authorities,
            r.offline_possible,
            r.online_only,
            r.unreachable,
        ]
        .into_iter()
        .enumerate()
        {
            sheet.write_number(row, 3 + col as u16, n as f64)?;
        }
        sheet.write_string(row, 7, r.online_only_in.join(" "))?;
    }
    finish(sheet, survey.references.len(), headers.len())?;
    rules_sheet(workbook.add_worksheet(), survey, lang, &bold)?;
    rankings_sheet(workbook.add_worksheet(), survey, lang, &bold)?;
    Ok(workbook.save_to_buffer()?)
}

/// (issue 26) Counts by rule, one row per group × rule: the whole survey
/// first (« ensemble »), then each région, département, level and
/// population band, so a filter on the first column gives one table.
fn rules_sheet(
    sheet: &mut Worksheet,
    survey: &Survey,
    lang: Lang,
    bold: &Format,
) -> anyhow::Result<()> {
    sheet.set_name(t(lang, "sv-sheet-rules"))?;
    let headers: Vec<String> = [
        "sv-col-dimension",
        "sv-col-group",
        "sv-col-authorities",
        "sv-col-rule",
        "sv-col-findings",
        "sv-col-concerned",
        "sv-col-share",
    ]
    .iter()
    .map(|k| t(lang, k))
    .collect();
    header_row(sheet, &headers, bold)?;
    let percent = Format::new().set_num_format("0%");
    let total = (
        t(lang, "sv-dim-total"),
        String::new(),
        survey.authorities.len(),
        &survey.breakdown.total,
    );
    let groups = survey.breakdown.groups.iter().map(|g| {
        (
            t(lang, &format!("sv-dim-{}", g.dimension.as_str())),
            g.key.clone(),
            g.authorities,
            &g.by_rule,
        )
    });
    let mut row = 0u32;
    for (dimension, key, authorities, by_rule) in std::iter::once(total).chain(groups) {
        for (rule, count) in by_rule {
            row += 1;
            sheet.write_string(row, 0, &dimension)?;
            sheet.write_string(row, 1, &key)?;
            sheet.write_number(row, 2, authorities as f64)?;
            sheet.write_string(row, 3, rule)?;
            sheet.write_number(row, 4, count.findings as f64)?;
            sheet.write_number(row, 5, count.authorities as f64)?;
            let share = count.authorities as f64 / authorities.max(1) as f64;
            sheet.write_number_with_format(row, 6, share, &percent)?;
        }
    }
    finish(sheet, row as usize, headers.len())?;
    Ok(())
}

/// (issue 26) The top and bottom lists, one row per authority listed.
fn rankings_sheet(
    sheet: &mut Worksheet,
    survey: &Survey,
    lang: Lang,
    bold: &Format,
) -> anyhow::Result<()> {
    sheet.set_name(t(lang, "sv-sheet-rankings"))?;
    let headers: Vec<String> = [
        "sv-col-indicator",
        "sv-col-list",
        "sv-col-rank",
        "sv-col-id",
        "sv-col-name",
        "sv-col-departement",
        "sv-col-value",
    ]
    .iter()
    .map(|k| t(lang, k))
    .collect();
    header_row(sheet, &headers, bold)?;
    let mut row = 0u32;
    for ranking in &survey.rankings {
        let indicator = t(lang, &format!("sv-rank-{}", ranking.indicator.as_str()));
        for (list, key) in [
            (&ranking.best, "sv-list-best"),
            (&ranking.worst, "sv-list-worst"),
        ] {
            for (i, r) in list.iter().enumerate() {
                row += 1;
                sheet.write_string(row, 0, &indicator)?;
                sheet.write_string(row, 1, t(lang, key))?;
                sheet.write_number(row, 2, (i + 1) as f64)?;
                sheet.write_string(row, 3, &r.id)?;
                sheet.write_string(row, 4, &r.name)?;
                sheet.write_string(row, 5, r.departement.as_deref().unwrap_or(""))?;
                sheet.write_number(row, 6, r.value)?;
            }
        }
    }
    finish(sheet, row as usize, headers.len())?;
    Ok(())
}

fn header_row(sheet: &mut Worksheet, headers: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, bold)?;
        sheet.set_column_width(col as u16, (h.chars().count() as f64 + 4.0).max(12.0))?;
    }
    Ok(())
}

fn finish(sheet: &mut Worksheet, rows: usize, columns: usize) -> Result<(), XlsxError> {
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows as u32, columns.saturating_sub(1) as u16)?;
    Ok(())
}
