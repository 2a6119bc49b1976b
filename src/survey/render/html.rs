//! `survey --format html`: the comparative report, one self-contained file
//! (inline CSS, inline SVG map, a few lines of script that only sort the
//! table), printable on A4. French first, like the audit reports.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::i18n::{t, Lang, Message};
use crate::survey::breakdown::{Dimension, GroupCounts};
use crate::survey::model::{AuthoritySurvey, ReferenceRow, Survey};
use crate::survey::ranking::{RankedIndicator, Ranking};

use super::{long_date, number, percent, SurveyRender};

pub const SURVEY_STYLESHEET: &str = include_str!("survey.css");
const SORT_SCRIPT: &str = include_str!("sort.js");

/// The opening sentence: how many procedures, across how many authorities,
/// can be done without the internet.
pub fn headline(survey: &Survey, lang: Lang) -> String {
    let all: Vec<&AuthoritySurvey> = survey.authorities.iter().collect();
    headline_of(&all, survey.survey_date, lang)
}

/// The opening sentence for some of the authorities (a territory's page).
pub fn headline_of(
    authorities: &[&AuthoritySurvey],
    date: chrono::NaiveDate,
    lang: Lang,
) -> String {
    let procedures: usize = authorities.iter().map(|a| a.procedures).sum();
    let offline: usize = authorities.iter().map(|a| a.offline_possible).sum();
    let online_only: usize = authorities.iter().map(|a| a.online_only).sum();
    let headline = Message::new("sv-headline")
        .num("authorities", authorities.len() as f64)
        .arg("authorities_text", number(lang, authorities.len()))
        .num("procedures", procedures as f64)
        .arg("procedures_text", number(lang, procedures))
        .num("offline", offline as f64)
        .arg("offline_text", number(lang, offline))
        .num("online_only", online_only as f64)
        .arg("online_only_text", number(lang, online_only))
        .arg("date", long_date(lang, date))
        .render(lang);
    // Said, never left out: a procedure to confirm counts neither way.
    let to_confirm: usize = authorities.iter().map(|a| a.to_confirm()).sum();
    if to_confirm == 0 {
        return headline;
    }
    let rest = Message::new("sv-headline-to-confirm")
        .num("count", to_confirm as f64)
        .arg("count_text", number(lang, to_confirm))
        .render(lang);
    format!("{headline} {rest}")
}

/// « Cantine scolaire : uniquement en ligne dans 2 collectivités sur 5 (40 %). »
pub fn kind_sentence(row: &ReferenceRow, lang: Lang) -> String {
    Message::new("sv-kind-sentence")
        .arg("title", &row.title)
        .num("online_only", row.online_only as f64)
        .num("authorities", row.authorities as f64)
        .arg("share", percent(lang, row.online_only_share()))
        .render(lang)
}

pub fn render(survey: &Survey, options: &SurveyRender) -> String {
    let lang = options.lang;
    let tr = |key: &str| t(lang, key);
    let title = tr("sv-title");
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ (survey.tool.name) " " (survey.tool.version) };
                title { (title) }
                style { (PreEscaped(crate::html_page::STYLESHEET)) (PreEscaped(SURVEY_STYLESHEET)) }
            }
            body {
                header {
                    h1 { (title) }
                    p.meta { (Message::new("sv-generated").arg("date", long_date(lang, survey.survey_date)).arg("version", &survey.tool.version).render(lang)) }
                }
                main {
                    section #summary aria-labelledby="summary-title" {
                        h2 #summary-title { (tr("sv-summary-heading")) }
                        p.lead { (headline(survey, lang)) }
                        (counter_hours(survey, lang))
                        (indicators(survey, lang))
                    }
                    @if let Some(svg) = options.map.and_then(|map| map.svg(&survey.authorities.iter().collect::<Vec<_>>(), options.map_indicator, lang)) {
                        section #map aria-labelledby="map-title" {
                            h2 #map-title { (tr("sv-map-heading")) }
                            (PreEscaped(svg))
                        }
                    }
                    (by_rule(survey, lang))
                    (by_territory(survey, lang))
                    (rankings(&survey.rankings, lang))
                    (authorities(survey, lang))
                    (kinds(survey, lang))
                    @if !survey.not_loaded.is_empty() {
                        section #not-loaded aria-labelledby="not-loaded-title" {
                            h2 #not-loaded-title { (tr("sv-not-loaded-heading")) }
                            @for failed in &survey.not_loaded {
                                h3 { (failed.source) }
                                ul { @for e in &failed.errors { li { pre { (e) } } } }
                            }
                        }
                    }
                    @if !survey.duplicate_ids.is_empty() {
                        section #duplicates aria-labelledby="duplicates-title" {
                            h2 #duplicates-title { (tr("sv-duplicates-heading")) }
                            ul { @for d in &survey.duplicate_ids { li { (super::duplicate_sentence(d, lang)) } } }
                        }
                    }
                    section #methodology aria-labelledby="method-title" {
                        h2 #method-title { (tr("sv-method-heading")) }
                        p { (tr("sv-method-offline")) }
                        p { (tr("sv-method-packs")) }
                        p { (tr("sv-method-matching")) }
                        @for (rule, value) in &survey.thresholds {
                            p { (Message::new("sv-method-threshold").arg("rule", rule).arg("value", *value).render(lang)) }
                        }
                    }
                }
                script { (PreEscaped(SORT_SCRIPT)) }
            }
        }
    }
    .into_string()
}

fn authorities(survey: &Survey, lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    let columns = [
        ("sv-col-name", "text"),
        ("sv-col-procedures", "number"),
        ("sv-col-offline", "number"),
        ("sv-col-online-only", "number"),
        ("sv-col-unreachable", "number"),
        ("sv-col-errors", "number"),
        ("sv-col-warnings", "number"),
        ("sv-col-packs", "text"),
    ];
    html! {
        section #authorities aria-labelledby="authorities-title" {
            h2 #authorities-title { (tr("sv-authorities-heading")) }
            p.hint { (tr("sv-sort-hint")) }
            table.sortable {
                caption { (tr("sv-authorities-caption")) }
                thead { tr {
                    @for (key, kind) in columns {
                        th scope="col" data-sort=(kind) { (tr(key)) }
                    }
                } }
                tbody {
                    @for a in &survey.authorities {
                        @let share = a.offline_share().unwrap_or(0.0);
                        tr {
                            th scope="row" data-value=(a.name) { (a.name) }
                            td.num data-value=(a.procedures) { (number(lang, a.procedures)) }
                            td.num data-value=(format!("{share:.4}")) {
                                (Message::new("sv-n-of-m").num("n", a.offline_possible as f64).arg("n_text", number(lang, a.offline_possible)).arg("m_text", number(lang, a.procedures)).arg("share", percent(lang, share)).render(lang))
                            }
                            td.num data-value=(a.online_only) { (number(lang, a.online_only)) }
                            td.num data-value=(a.unreachable) { (number(lang, a.unreachable)) }
                            td.num data-value=(a.findings.error) { (number(lang, a.findings.error)) }
                            td.num data-value=(a.findings.warning) { (number(lang, a.findings.warning)) }
                            td data-value=(a.packs.join(" ")) { (a.packs.join(", ")) }
                        }
                    }
                }
            }
        }
    }
}

fn kinds(survey: &Survey, lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    html! {
        section #kinds aria-labelledby="kinds-title" {
            h2 #kinds-title { (tr("sv-kinds-heading")) }
            @if survey.references.is_empty() {
                p { (tr("sv-kinds-none")) }
            } @else {
                ul.sentences {
                    @for row in survey.references.iter().filter(|r| r.online_only > 0) {
                        li { (kind_sentence(row, lang)) }
                    }
                }
                table.sortable {
                    caption { (tr("sv-kinds-caption")) }
                    thead { tr {
                        th scope="col" data-sort="text" { (tr("sv-col-kind")) }
                        th scope="col" data-sort="text" { (tr("sv-col-matched-by")) }
                        th scope="col" data-sort="number" { (tr("sv-col-authorities")) }
                        th scope="col" data-sort="number" { (tr("sv-col-offline")) }
                        th scope="col" data-sort="number" { (tr("sv-col-online-only")) }
                    } }
                    tbody {
                        @for row in &survey.references {
                            tr {
                                th scope="row" data-value=(row.title) { (row.title) }
                                td data-value=(row.key) {
                                    @match row.matched_by {
                                        crate::survey::model::MatchedBy::Reference => { (tr("sv-matched-reference")) " " code { (row.key) } }
                                        crate::survey::model::MatchedBy::Title => { (tr("sv-matched-title")) }
                                    }
                                }
                                td.num data-value=(row.authorities) { (number(lang, row.authorities)) }
                                td.num data-value=(row.offline_possible) { (number(lang, row.offline_possible)) }
                                td.num data-value=(format!("{:.4}", row.online_only_share())) {
                                    (number(lang, row.online_only)) " (" (percent(lang, row.online_only_share())) ")"
                                }
                            }
                        }
                    }
                }
            }
            @if !survey.unmatched.is_empty() {
                details {
                    summary { (Message::new("sv-unmatched").num("count", survey.unmatched.len() as f64).render(lang)) }
                    ul { @for u in &survey.unmatched { li { (u.title) " — " (u.authority) } } }
                }
            }
        }
    }
}

/// Rules shown as columns of the territory tables: the most widespread ones
/// (a national survey has few rules in default, but a page must stay printable).
const TERRITORY_RULES: usize = 6;

/// « from 3 % (bretagne) to 60 % (grand-est) »: the lowest and highest share
/// of authorities concerned by `rule` among the groups of `dimension`.
fn spread(survey: &Survey, rule: &str, dimension: Dimension, lang: Lang) -> Option<String> {
    let groups: Vec<&GroupCounts> = survey.breakdown.groups_of(dimension).collect();
    if groups.len() < 2 {
        return None;
    }
    let by_share = |a: &&GroupCounts, b: &&GroupCounts| a.share(rule).total_cmp(&b.share(rule));
    let low = groups.iter().copied().min_by(by_share)?;
    let high = groups.iter().copied().max_by(by_share)?;
    // No group concerned: most likely a rule of other authorities' texts
    // (a Walloon rule among French départements), not a 0 % to publish.
    if high.share(rule) == 0.0 {
        return None;
    }
    Some(
        Message::new("sv-spread")
            .arg("low", percent(lang, low.share(rule)))
            .arg("low_key", &low.key)
            .arg("high", percent(lang, high.share(rule)))
            .arg("high_key", &high.key)
            .render(lang),
    )
}

/// Counts by rule over the whole survey (issue 26: the national finding, e.g.
/// counter hours, must be readable without SQL).
pub fn by_rule(survey: &Survey, lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    let total = survey.authorities.len().max(1);
    let rules = survey.breakdown.rules_by_reach();
    html! {
        @if !rules.is_empty() {
            section #by-rule aria-labelledby="by-rule-title" {
                h2 #by-rule-title { (tr("sv-rules-heading")) }
                table.sortable {
                    caption { (tr("sv-rules-caption")) }
                    thead { tr {
                        th scope="col" data-sort="text" { (tr("sv-col-rule")) }
                        th scope="col" data-sort="number" { (tr("sv-col-findings")) }
                        th scope="col" data-sort="number" { (tr("sv-col-concerned")) }
                        th scope="col" { (tr("sv-col-spread-region")) }
                        th scope="col" { (tr("sv-col-spread-departement")) }
                    } }
                    tbody {
                        @for (rule, count) in &rules {
                            @let share = count.authorities as f64 / total as f64;
                            tr {
                                th scope="row" data-value=(rule) { code { (rule) } }
                                td.num data-value=(count.findings) { (number(lang, count.findings)) }
                                td.num data-value=(format!("{share:.4}")) {
                                    (Message::new("sv-n-of-m").num("n", count.authorities as f64).arg("n_text", number(lang, count.authorities)).arg("m_text", number(lang, survey.authorities.len())).arg("share", percent(lang, share)).render(lang))
                                }
                                td { (spread(survey, rule, Dimension::Region, lang).unwrap_or_default()) }
                                td { (spread(survey, rule, Dimension::Departement, lang).unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One table per dimension: each group's authorities and the share of them
/// concerned by the most widespread rules.
fn by_territory(survey: &Survey, lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    let rules: Vec<&str> = survey
        .breakdown
        .rules_by_reach()
        .into_iter()
        .take(TERRITORY_RULES)
        .map(|(rule, _)| rule)
        .collect();
    let dimensions: Vec<Dimension> = Dimension::ALL
        .into_iter()
        .filter(|d| survey.breakdown.groups_of(*d).nth(1).is_some())
        .collect();
    html! {
        @if !rules.is_empty() && !dimensions.is_empty() {
            section #by-territory aria-labelledby="by-territory-title" {
                h2 #by-territory-title { (tr("sv-groups-heading")) }
                @for dimension in dimensions {
                    @let name = tr(&format!("sv-dim-{}", dimension.as_str()));
                    table.sortable {
                        caption { (Message::new("sv-groups-caption").arg("dimension", &name).render(lang)) }
                        thead { tr {
                            th scope="col" data-sort="text" { (name) }
                            th scope="col" data-sort="number" { (tr("sv-col-authorities")) }
                            @for rule in &rules { th scope="col" data-sort="number" { code { (rule) } } }
                        } }
                        tbody {
                            @for group in survey.breakdown.groups_of(dimension) {
                                tr {
                                    th scope="row" data-value=(group.key) { (group.key) }
                                    td.num data-value=(group.authorities) { (number(lang, group.authorities)) }
                                    @for rule in &rules {
                                        @let share = group.share(rule);
                                        td.num data-value=(format!("{share:.4}")) { (percent(lang, share)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The indicators over the survey: median counter hours among authorities
/// whose hours are known, Saturday opening, phone classes. Unknown values
/// are counted as unknown, never as open or free.
pub fn indicators(survey: &Survey, lang: Lang) -> Markup {
    use crate::survey::indicators::PhoneClass;
    let mut hours: Vec<f64> = survey
        .authorities
        .iter()
        .filter_map(|a| a.indicators.counter_hours_per_week)
        .collect();
    hours.sort_by(f64::total_cmp);
    let saturday: Vec<bool> = survey
        .authorities
        .iter()
        .filter_map(|a| a.indicators.saturday_opening)
        .collect();
    let open_saturday = saturday.iter().filter(|s| **s).count();
    let phones: Vec<(PhoneClass, usize)> = [
        PhoneClass::Free,
        PhoneClass::Standard,
        PhoneClass::Premium,
        PhoneClass::Unknown,
        PhoneClass::None,
    ]
    .into_iter()
    .map(|class| {
        let n = survey
            .authorities
            .iter()
            .filter(|a| a.indicators.phone_class == class)
            .count();
        (class, n)
    })
    .collect();
    html! {
        ul.indicators {
            @if let Some(median) = hours.get(hours.len() / 2) {
                li { (Message::new("sv-indicator-hours").decimal("median", *median, 1).num("known", hours.len() as f64).num("total", survey.authorities.len() as f64).render(lang)) }
            }
            @if !saturday.is_empty() {
                li { (Message::new("sv-indicator-saturday").num("open", open_saturday as f64).num("known", saturday.len() as f64).arg("share", percent(lang, open_saturday as f64 / saturday.len() as f64)).render(lang)) }
            }
            li {
                (t(lang, "sv-indicator-phone")) " "
                @for (i, (class, n)) in phones.iter().enumerate() {
                    @if i > 0 { " · " }
                    (t(lang, &format!("sv-phone-{}", class.as_str()))) " : " (number(lang, *n))
                }
            }
        }
    }
}

/// « Le guichet de 37 % des collectivités (13 955 sur 37 530) est ouvert
/// moins de 10 h par semaine (NN-COUNTER-HOURS) ; selon la région, de 3 %
/// (bretagne) à 60 % (grand-est) ; selon le département, … »: one sentence
/// per counter-hours rule, from the counts.
pub fn counter_hours_sentences(survey: &Survey, lang: Lang) -> Vec<String> {
    survey
        .counter_hours
        .iter()
        .map(|c| {
            let spread = |groups: &[crate::survey::counter_hours::GroupShare]| {
                // Most concerned first: the last is the least concerned.
                match (groups.first(), groups.last()) {
                    (Some(high), Some(low)) if groups.len() > 1 => Message::new("sv-spread")
                        .arg("low", percent(lang, low.share()))
                        .arg("low_key", &low.key)
                        .arg("high", percent(lang, high.share()))
                        .arg("high_key", &high.key)
                        .render(lang),
                    _ => String::new(),
                }
            };
            let mut sentence = Message::new("sv-counter-hours-sentence")
                .arg("share", percent(lang, c.share()))
                .num("concerned", c.concerned as f64)
                .arg("concerned_text", number(lang, c.concerned))
                .arg("authorities_text", number(lang, c.authorities))
                .decimal("threshold", c.threshold, 0)
                .arg("rule", &c.rule)
                .render(lang);
            for (groups, key) in [
                (&c.by_region, "sv-counter-hours-by-region"),
                (&c.by_departement, "sv-counter-hours-by-departement"),
            ] {
                let spread = spread(groups);
                if !spread.is_empty() {
                    sentence.push(' ');
                    sentence.push_str(&Message::new(key).arg("spread", spread).render(lang));
                }
            }
            sentence
        })
        .collect()
}

fn counter_hours(survey: &Survey, lang: Lang) -> Markup {
    html! {
        @for sentence in counter_hours_sentences(survey, lang) {
            p.finding { (sentence) }
        }
    }
}

/// An indicator's value as people read it: hours, or a share.
pub fn indicator_value(indicator: RankedIndicator, value: f64, lang: Lang) -> String {
    match indicator {
        RankedIndicator::CounterHoursPerWeek => Message::new("sv-value-hours")
            .decimal("hours", value, 1)
            .render(lang),
        RankedIndicator::OfflineShare => percent(lang, value),
    }
}

/// Top and bottom lists, one pair of tables per indicator.
pub fn rankings(rankings: &[Ranking], lang: Lang) -> Markup {
    let tr = |key: &str| t(lang, key);
    html! {
        @if rankings.iter().any(|r| r.known > 0) {
            section #rankings aria-labelledby="rankings-title" {
                h2 #rankings-title { (tr("sv-rankings-heading")) }
                @for ranking in rankings.iter().filter(|r| r.known > 0) {
                    @let name = tr(&format!("sv-rank-{}", ranking.indicator.as_str()));
                    h3 { (name) }
                    p.hint { (Message::new("sv-ranking-known").num("known", ranking.known as f64).arg("known_text", number(lang, ranking.known)).render(lang)) }
                    @for (list, key) in [(&ranking.best, "sv-ranking-best"), (&ranking.worst, "sv-ranking-worst")] {
                        table.ranking {
                            caption { (Message::new(key).arg("indicator", &name).num("count", list.len() as f64).render(lang)) }
                            thead { tr {
                                th scope="col" { (tr("sv-col-rank")) }
                                th scope="col" { (tr("sv-col-name")) }
                                th scope="col" { (tr("sv-col-id")) }
                                th scope="col" { (tr("sv-col-departement")) }
                                th scope="col" { (name) }
                            } }
                            tbody {
                                @for (i, r) in list.iter().enumerate() {
                                    tr {
                                        td.num { (i + 1) }
                                        th scope="row" { (r.name) }
                                        td { code { (r.id) } }
                                        td { (r.departement.as_deref().unwrap_or("")) }
                                        td.num { (indicator_value(ranking.indicator, r.value, lang)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
