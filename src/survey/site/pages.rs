//! The observatory's pages (HTML, one stylesheet of their own beside them).
//! They read the survey model only; the sentences and tables shared with
//! `survey --format html` come from its renderer.

use std::collections::BTreeMap;

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::{slugs, Page, SiteOptions, PAGE_CAP, PAGE_ROWS};
use crate::i18n::{long_date, number, percent, t, Lang, Message};
use crate::survey::counter_hours::GroupShare;
use crate::survey::model::{AuthoritySurvey, NotLoaded, Survey};
use crate::survey::ranking::{self, RankedIndicator};
use crate::survey::render::html as survey_html;

const SITE_STYLESHEET: &str = include_str!("site.css");

/// A territory: région or département.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Region,
    Departement,
}

impl Level {
    fn folder(self) -> &'static str {
        match self {
            Level::Region => "region",
            Level::Departement => "departement",
        }
    }

    fn key_of(self, a: &AuthoritySurvey) -> Option<&str> {
        match self {
            Level::Region => a.region.as_deref(),
            Level::Departement => a.territory.departement.as_deref(),
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            Level::Region => "sv-site-region-title",
            Level::Departement => "sv-site-departement-title",
        }
    }
}

/// What every aggregate page needs.
struct Context<'a> {
    survey: &'a Survey,
    options: &'a SiteOptions<'a>,
    slugs: Vec<String>,
}

impl Context<'_> {
    fn lang(&self) -> Lang {
        self.options.lang
    }

    fn authority_href(&self, root: &str, index: usize) -> String {
        format!("{root}collectivite/{}/index.html", self.slugs[index])
    }
}

/// The page shell: local stylesheet, a way home, the content.
fn shell(lang: Lang, root: &str, title: &str, generator: &str, body: Markup) -> Vec<u8> {
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(generator);
                title { (title) }
                link rel="stylesheet" href={ (root) "site.css" };
            }
            body {
                header {
                    nav aria-label=(t(lang, "sv-site-nav")) {
                        a href={ (root) "index.html" } { (t(lang, "sv-site-home")) }
                    }
                    h1 { (title) }
                }
                main { (body) }
            }
        }
    }
    .into_string()
    .into_bytes()
}

fn generator(survey: &Survey) -> String {
    format!("{} {}", survey.tool.name, survey.tool.version)
}

/// National, région, département and list pages, and the stylesheet.
pub(super) fn aggregate(survey: &Survey, options: &SiteOptions) -> Vec<Page> {
    let context = Context {
        survey,
        options,
        slugs: slugs(&survey.authorities),
    };
    let mut pages = vec![Page {
        path: "site.css".to_owned(),
        content: [
            crate::html_page::STYLESHEET,
            survey_html::SURVEY_STYLESHEET,
            SITE_STYLESHEET,
        ]
        .concat()
        .into_bytes(),
    }];
    let all: Vec<usize> = (0..survey.authorities.len()).collect();
    pages.push(national(&context));
    pages.extend(listing(
        &context,
        "collectivites/liste",
        &t(options.lang, "sv-site-all-authorities"),
        &all,
    ));
    for level in [Level::Region, Level::Departement] {
        for (key, members) in groups(survey, level) {
            pages.extend(territory(&context, level, &key, &members));
        }
    }
    pages
}

/// The authorities of each région (or département), in the survey's order.
fn groups(survey: &Survey, level: Level) -> BTreeMap<String, Vec<usize>> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in survey.authorities.iter().enumerate() {
        if let Some(key) = level.key_of(a) {
            groups.entry(key.to_owned()).or_default().push(i);
        }
    }
    groups
}

fn territory_href(root: &str, level: Level, key: &str) -> String {
    format!("{root}{}/{}.html", level.folder(), super::slug(key))
}

/// The map of `members`, when a GeoJSON was given, it draws some of them,
/// and it fits a page; else a sentence saying why there is none.
fn map_section(context: &Context, members: &[&AuthoritySurvey]) -> Markup {
    let lang = context.lang();
    let Some(map) = context.options.map else {
        return html! {};
    };
    let Some(svg) = map.svg(members, context.options.map_indicator, lang) else {
        return html! {};
    };
    html! {
        section #map aria-labelledby="map-title" {
            h2 #map-title { (t(lang, "sv-map-heading")) }
            @if svg.len() > PAGE_CAP / 2 {
                p { (t(lang, "sv-site-map-too-large")) }
            } @else {
                (PreEscaped(svg))
            }
        }
    }
}

/// A horizontal bar chart of shares, with its title and description for
/// screen readers; the same figures are always in a table beside it.
fn bar_chart(id: &str, title: &str, rows: &[(String, f64)], lang: Lang) -> Markup {
    const LABEL: f64 = 170.0;
    const BAR: f64 = 380.0;
    let height = rows.len() as f64 * 22.0 + 10.0;
    html! {
        figure.chart {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 620 " (format!("{height:.0}")) } role="img" aria-labelledby={ (id) "-title " (id) "-desc" } {
                title id={ (id) "-title" } { (title) }
                desc id={ (id) "-desc" } { (t(lang, "sv-site-chart-desc")) }
                @for (i, (label, share)) in rows.iter().enumerate() {
                    @let y = i as f64 * 22.0 + 5.0;
                    text x=(format!("{:.0}", LABEL - 6.0)) y=(format!("{:.0}", y + 14.0)) text-anchor="end" { (label) }
                    rect x=(format!("{LABEL:.0}")) y=(format!("{y:.0}")) width=(format!("{:.1}", BAR * share.clamp(0.0, 1.0))) height="16" fill="#2171b5" {}
                    text x=(format!("{:.1}", LABEL + BAR * share.clamp(0.0, 1.0) + 6.0)) y=(format!("{:.0}", y + 14.0)) { (percent(lang, *share)) }
                }
            }
            figcaption { (title) }
        }
    }
}

/// The survey's figures over some authorities: their number, procedures and
/// procedures doable offline.
fn offline_share(members: &[&AuthoritySurvey]) -> Option<f64> {
    let procedures: usize = members.iter().map(|a| a.procedures).sum();
    let offline: usize = members.iter().map(|a| a.offline_possible).sum();
    (procedures > 0).then(|| offline as f64 / procedures as f64)
}

/// The group's share in the first counter-hours rule, when there is one.
fn counter_share<'a>(survey: &'a Survey, level: Level, key: &str) -> Option<&'a GroupShare> {
    let first = survey.counter_hours.first()?;
    let groups = match level {
        Level::Region => &first.by_region,
        Level::Departement => &first.by_departement,
    };
    groups.iter().find(|g| g.key == key)
}

/// A table of territories: authorities, share offline, counter-hours share.
fn territories_table(
    context: &Context,
    root: &str,
    level: Level,
    groups: &BTreeMap<String, Vec<usize>>,
) -> Markup {
    let lang = context.lang();
    let survey = context.survey;
    let hours = survey.counter_hours.first();
    let heading = match level {
        Level::Region => "sv-site-regions-heading",
        Level::Departement => "sv-site-departements-heading",
    };
    html! {
        @if !groups.is_empty() {
            section aria-labelledby={ (level.folder()) "-title" } {
                h2 id={ (level.folder()) "-title" } { (t(lang, heading)) }
                table {
                    caption { (t(lang, heading)) }
                    thead { tr {
                        th scope="col" { (t(lang, &format!("sv-dim-{}", level.folder()))) }
                        th scope="col" { (t(lang, "sv-col-authorities")) }
                        th scope="col" { (t(lang, "sv-col-offline")) }
                        @if let Some(h) = hours {
                            th scope="col" { (Message::new("sv-site-col-counter-under").decimal("threshold", h.threshold, 0).render(lang)) }
                        }
                    } }
                    tbody {
                        @for (key, members) in groups {
                            @let list: Vec<&AuthoritySurvey> = members.iter().map(|i| &survey.authorities[*i]).collect();
                            tr {
                                th scope="row" { a href=(territory_href(root, level, key)) { (key) } }
                                td.num { (number(lang, members.len())) }
                                td.num { (offline_share(&list).map(|s| percent(lang, s)).unwrap_or_default()) }
                                @if hours.is_some() {
                                    td.num { (counter_share(survey, level, key).map(|g| percent(lang, g.share())).unwrap_or_default()) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn national(context: &Context) -> Page {
    let survey = context.survey;
    let lang = context.lang();
    let all: Vec<&AuthoritySurvey> = survey.authorities.iter().collect();
    let regions = groups(survey, Level::Region);
    let departements = groups(survey, Level::Departement);
    let total = survey.authorities.len().max(1);
    let rule_rows: Vec<(String, f64)> = survey
        .breakdown
        .rules_by_reach()
        .into_iter()
        .take(12)
        .map(|(rule, count)| (rule.to_owned(), count.authorities as f64 / total as f64))
        .collect();
    let body = html! {
        section #summary aria-labelledby="summary-title" {
            h2 #summary-title { (t(lang, "sv-summary-heading")) }
            p.lead { (survey_html::headline(survey, lang)) }
            @for sentence in survey_html::counter_hours_sentences(survey, lang) {
                p.finding { (sentence) }
            }
            (survey_html::indicators(survey, lang))
            @if !survey.not_loaded.is_empty() || !survey.duplicate_ids.is_empty() {
                p { (Message::new("sv-site-not-loaded").num("not_loaded", survey.not_loaded.len() as f64).num("duplicates", survey.duplicate_ids.len() as f64).render(lang)) }
            }
        }
        @if let Some(hours) = survey.counter_hours.first() {
            @if hours.by_region.len() > 1 {
                section #chart-regions aria-labelledby="chart-regions-title" {
                    @let title = Message::new("sv-site-chart-regions-title").decimal("threshold", hours.threshold, 0).render(lang);
                    h2 #chart-regions-title { (title) }
                    (bar_chart("chart-regions-svg", &title, &hours.by_region.iter().map(|g| (g.key.clone(), g.share())).collect::<Vec<_>>(), lang))
                }
            }
        }
        @if !rule_rows.is_empty() {
            section #chart-rules aria-labelledby="chart-rules-title" {
                @let title = t(lang, "sv-site-chart-rules-title");
                h2 #chart-rules-title { (title) }
                (bar_chart("chart-rules-svg", &title, &rule_rows, lang))
            }
        }
        (survey_html::by_rule(survey, lang))
        (territories_table(context, "", Level::Region, &regions))
        (territories_table(context, "", Level::Departement, &departements))
        (map_section(context, &all))
        (survey_html::rankings(&survey.rankings, lang))
        section #all aria-labelledby="all-title" {
            h2 #all-title { (t(lang, "sv-site-all-authorities")) }
            p { a href="collectivites/liste.html" { (Message::new("sv-site-all-link").num("count", survey.authorities.len() as f64).arg("count_text", number(lang, survey.authorities.len())).render(lang)) } }
        }
        section #downloads aria-labelledby="downloads-title" {
            h2 #downloads-title { (t(lang, "sv-site-downloads-heading")) }
            ul {
                li { a href="donnees/etat-des-lieux.csv" download { (t(lang, "sv-site-download-csv")) } }
                li { a href="donnees/etat-des-lieux.xlsx" download { (t(lang, "sv-site-download-xlsx")) } }
                li { a href="donnees/etat-des-lieux.json" download { (t(lang, "sv-site-download-json")) } }
                @if context.options.evolution.is_some() {
                    li { a href="evolution.html" { (t(lang, "sv-site-evolution")) } }
                }
            }
        }
        section #methodology aria-labelledby="method-title" {
            h2 #method-title { (t(lang, "sv-method-heading")) }
            p { (t(lang, "sv-method-offline")) }
            p { (t(lang, "sv-method-packs")) }
            @for (rule, value) in &survey.thresholds {
                p { (Message::new("sv-method-threshold").arg("rule", rule).arg("value", *value).render(lang)) }
            }
            p.meta { (Message::new("sv-generated").arg("date", long_date(lang, survey.survey_date)).arg("version", &survey.tool.version).render(lang)) }
        }
    };
    Page {
        path: "index.html".to_owned(),
        content: shell(
            lang,
            "",
            &t(lang, "sv-site-title"),
            &generator(survey),
            body,
        ),
    }
}

/// A région's or a département's pages: its figures, its départements (for
/// a région), its map, its rankings, then its authorities, [`PAGE_ROWS`] a page.
fn territory(context: &Context, level: Level, key: &str, members: &[usize]) -> Vec<Page> {
    let survey = context.survey;
    let lang = context.lang();
    let list: Vec<&AuthoritySurvey> = members.iter().map(|i| &survey.authorities[*i]).collect();
    let title = Message::new(level.title_key())
        .arg("name", key)
        .render(lang);
    let departements: BTreeMap<String, Vec<usize>> = if level == Level::Region {
        let mut found: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for &i in members {
            if let Some(d) = survey.authorities[i].territory.departement.as_deref() {
                found.entry(d.to_owned()).or_default().push(i);
            }
        }
        found
    } else {
        BTreeMap::new()
    };
    let rankings = ranking::of(list.iter().copied(), ranking::LIST_LEN);
    let hours = survey.counter_hours.first();
    let head = html! {
        section #summary aria-labelledby="summary-title" {
            h2 #summary-title { (t(lang, "sv-summary-heading")) }
            p.lead { (survey_html::headline_of(&list, survey.survey_date, lang)) }
            @if let (Some(h), Some(g)) = (hours, counter_share(survey, level, key)) {
                p.finding { (Message::new("sv-site-group-counter-hours")
                    .arg("share", percent(lang, g.share()))
                    .num("concerned", g.concerned as f64)
                    .arg("concerned_text", number(lang, g.concerned))
                    .arg("authorities_text", number(lang, g.authorities))
                    .decimal("threshold", h.threshold, 0)
                    .arg("rule", &h.rule)
                    .render(lang)) }
            }
        }
        (territories_table(context, "../", Level::Departement, &departements))
        (map_section(context, &list))
        (survey_html::rankings(&rankings, lang))
    };
    let base = format!("{}/{}", level.folder(), super::slug(key));
    paginate(context, &base, &title, head, members)
}

/// All authorities, [`PAGE_ROWS`] a page.
fn listing(context: &Context, base: &str, title: &str, members: &[usize]) -> Vec<Page> {
    paginate(context, base, title, html! {}, members)
}

/// `base.html` with `head` and the first rows, then `base-2.html`, … with
/// the next ones; authorities in name order, each linked to its page.
fn paginate(
    context: &Context,
    base: &str,
    title: &str,
    head: Markup,
    members: &[usize],
) -> Vec<Page> {
    let survey = context.survey;
    let lang = context.lang();
    let root = "../";
    let mut sorted: Vec<usize> = members.to_vec();
    sorted.sort_by_cached_key(|&i| {
        let a = &survey.authorities[i];
        (crate::html_page::sort_key(&a.name), a.id.clone(), i)
    });
    let chunks: Vec<&[usize]> = if sorted.is_empty() {
        vec![&[]]
    } else {
        sorted.chunks(PAGE_ROWS).collect()
    };
    let pages = chunks.len();
    let path_of = |page: usize| {
        if page == 1 {
            format!("{base}.html")
        } else {
            format!("{base}-{page}.html")
        }
    };
    let file_of = |page: usize| {
        path_of(page)
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    chunks
        .iter()
        .enumerate()
        .map(|(i, rows)| {
            let page = i + 1;
            let nav = html! {
                @if pages > 1 {
                    nav.pages aria-label=(t(lang, "sv-site-pages")) {
                        (Message::new("sv-site-page-of").num("page", page as f64).num("pages", pages as f64).render(lang)) " : "
                        @for p in 1..=pages {
                            @if p == page { span aria-current="page" { (p) } } @else { a href=(file_of(p)) { (p) } }
                            " "
                        }
                    }
                }
            };
            let body = html! {
                @if page == 1 { (head) }
                section #authorities aria-labelledby="authorities-title" {
                    h2 #authorities-title { (t(lang, "sv-site-authorities-heading")) }
                    (nav)
                    (authorities_table(context, root, rows))
                    (nav)
                }
            };
            Page {
                path: path_of(page),
                content: shell(lang, root, title, &generator(survey), body),
            }
        })
        .collect()
}

fn authorities_table(context: &Context, root: &str, rows: &[usize]) -> Markup {
    let survey = context.survey;
    let lang = context.lang();
    let tr = |key: &str| t(lang, key);
    html! {
        table {
            caption { (tr("sv-site-authorities-caption")) }
            thead { tr {
                th scope="col" { (tr("sv-col-name")) }
                th scope="col" { (tr("sv-col-id")) }
                th scope="col" { (tr("sv-col-departement")) }
                th scope="col" { (tr("sv-col-counter-hours")) }
                th scope="col" { (tr("sv-col-offline")) }
                th scope="col" { (tr("sv-col-errors")) }
                th scope="col" { (tr("sv-col-warnings")) }
            } }
            tbody {
                @for &i in rows {
                    @let a = &survey.authorities[i];
                    tr {
                        th scope="row" { a href=(context.authority_href(root, i)) { (a.name) } }
                        td { code { (a.id) } }
                        td { (a.territory.departement.as_deref().unwrap_or("")) }
                        td.num { (value_or_unknown(RankedIndicator::CounterHoursPerWeek, a, lang)) }
                        td.num { (value_or_unknown(RankedIndicator::OfflineShare, a, lang)) }
                        td.num { (number(lang, a.findings.error)) }
                        td.num { (number(lang, a.findings.warning)) }
                    }
                }
            }
        }
    }
}

/// An indicator's value, or « à vérifier » when the catalogue does not tell.
fn value_or_unknown(indicator: RankedIndicator, a: &AuthoritySurvey, lang: Lang) -> String {
    match indicator.value_of(a) {
        Some(v) => survey_html::indicator_value(indicator, v, lang),
        None => t(lang, "sv-site-unknown"),
    }
}

/// An authority's own page: its figures, where it is, links to its report
/// and its residents' guide (written beside it).
pub(super) fn authority(
    survey: &Survey,
    a: &AuthoritySurvey,
    slug: &str,
    options: &SiteOptions,
) -> Page {
    let lang = options.lang;
    let root = "../../";
    let tr = |key: &str| t(lang, key);
    let share = a.offline_share().unwrap_or(0.0);
    let body = html! {
        section #summary aria-labelledby="summary-title" {
            h2 #summary-title { (tr("sv-summary-heading")) }
            dl {
                dt { (tr("sv-col-id")) } dd { code { (a.id) } }
                @if let Some(region) = &a.region {
                    dt { (tr("sv-dim-region")) } dd { a href=(territory_href(root, Level::Region, region)) { (region) } }
                }
                @if let Some(d) = &a.territory.departement {
                    dt { (tr("sv-dim-departement")) } dd { a href=(territory_href(root, Level::Departement, d)) { (d) } }
                }
                @if let Some(p) = a.territory.population {
                    dt { (tr("sv-col-population")) } dd { (number(lang, p as usize)) }
                }
                dt { (tr("sv-col-offline")) }
                dd { (Message::new("sv-n-of-m").num("n", a.offline_possible as f64).arg("n_text", number(lang, a.offline_possible)).arg("m_text", number(lang, a.procedures)).arg("share", percent(lang, share)).render(lang)) }
                dt { (tr("sv-col-counter-hours")) }
                dd { (value_or_unknown(RankedIndicator::CounterHoursPerWeek, a, lang)) }
                dt { (tr("sv-col-errors")) } dd { (number(lang, a.findings.error)) }
                dt { (tr("sv-col-warnings")) } dd { (number(lang, a.findings.warning)) }
                dt { (tr("sv-col-infos")) } dd { (number(lang, a.findings.info)) }
                dt { (tr("sv-col-packs")) } dd { (a.packs.join(", ")) }
            }
            ul {
                li { a href="rapport.html" { (tr("sv-site-report")) } }
                li { a href="guide.html" { (tr("sv-site-guide")) } }
            }
        }
    };
    Page {
        path: format!("collectivite/{slug}/index.html"),
        content: shell(lang, root, &a.name, &generator(survey), body),
    }
}

/// In place of a report or guide whose catalogue could not be read again.
pub(super) fn documents_missing(failed: &NotLoaded, lang: Lang) -> String {
    let title = t(lang, "sv-site-no-documents");
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                title { (title) }
                link rel="stylesheet" href="../../site.css";
            }
            body { main {
                h1 { (title) }
                @for e in &failed.errors { pre { (e) } }
                p { a href="index.html" { (failed.source) } }
            } }
        }
    }
    .into_string()
}
