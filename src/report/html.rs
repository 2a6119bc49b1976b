//! `--format html`: ONE self-contained page (inline CSS and SVG, no script,
//! no external request) for the council meeting and for print on A4: an
//! executive summary, charts, the procedures and their channels, the findings
//! with their legal basis and how to fix, the exemptions and the methodology.
//! Every word comes from the locale files; maud escapes every value.

use maud::{html, Markup};

use super::council;
use super::model::{FindingJson, ProcedureJson, Report};
use super::view::{self, View};
use super::{RenderOptions, Reporter};
use crate::catalog::procedure::ChannelMark;
use crate::catalog::ChannelKind;
use crate::html_page::{self, Head, STYLESHEET};
use crate::i18n::{long_date, long_dates_in, number, Lang, Message};
use crate::packs::Severity;

/// Only in reports with evidence, so that an `audit` report stays byte for
/// byte what it was.
const EVIDENCE_STYLESHEET: &str = include_str!("evidence.css");

pub struct HtmlReporter;

impl Reporter for HtmlReporter {
    fn render(&self, report: &Report, options: &RenderOptions) -> anyhow::Result<String> {
        let v = View::new(report, options.lang);
        Ok(page(&v).into_string())
    }
}

const COLUMNS: [ChannelKind; 4] = [
    ChannelKind::Counter,
    ChannelKind::Phone,
    ChannelKind::Postal,
    ChannelKind::Online,
];

fn page(v: &View) -> Markup {
    let r = v.report;
    let title = format!("{} — {}", v.t("cr-title"), r.authority.name);
    let mut sections = vec![
        ("summary", v.t("rp-summary-heading")),
        ("charts", v.t("rp-charts-heading")),
        ("procedures", v.t("rp-procedures-heading")),
        ("by-procedure", v.t("cr-by-procedure-heading")),
    ];
    if !v.evidence.is_empty() {
        sections.push(("evidence", v.t("ev-heading")));
    }
    sections.push(("exemptions", v.t("rp-exemptions-heading")));
    sections.push(("methodology", v.t("cr-method-heading")));
    let generator = format!("{} {}", r.tool.name, r.tool.version);
    let styles: &[&str] = if v.evidence.is_empty() {
        &[STYLESHEET]
    } else {
        &[STYLESHEET, EVIDENCE_STYLESHEET]
    };
    let head = Head {
        lang: v.lang,
        title: &title,
        generator: &generator,
        styles,
        body_class: None,
    };
    html_page::page(
        &head,
        html! {
                    header {
                        h1 { (v.t("cr-title")) br; (r.authority.name) }
                        p.meta { (v.made()) }
                    }
                    nav aria-labelledby="toc-title" {
                        h2 #toc-title { (v.t("rp-toc")) }
                        ol {
                            @for (id, name) in &sections {
                                li { a href={ "#" (id) } { (name) } }
                            }
                        }
                    }
                    main {
                        (work_to_do(v))
                        (summary(v))
                        (charts(v))
                        (procedures(v))
                        (by_procedure(v))
                        (evidence(v))
                        (exemptions(v))
                        (methodology(v))
                    }
                    footer { p { (v.made()) " · " (v.tool_line()) } }
        },
    )
}

/// First, what is not known yet: procedures still holding placeholders or
/// channels to confirm (issue 23). Work to do, never read as compliance.
fn work_to_do(v: &View) -> Markup {
    let placeholder = |findings: &[&FindingJson]| {
        findings.iter().any(|f| {
            v.rules
                .get(f.rule.as_str())
                .is_some_and(|r| council::is_placeholder(r))
        })
    };
    let authority = placeholder(&v.authority_active());
    let items: Vec<(&ProcedureJson, Vec<&'static str>)> = v
        .services
        .iter()
        .flat_map(|(_, list)| list.iter().copied())
        .filter_map(|p| {
            let mut reasons = Vec::new();
            if placeholder(&v.active_of(&p.id)) {
                reasons.push("cr-work-placeholder");
            }
            if p.to_confirm {
                reasons.push("cr-work-to-confirm");
            }
            (!reasons.is_empty()).then_some((p, reasons))
        })
        .collect();
    if items.is_empty() && !authority {
        return html! {};
    }
    html! {
        section #work-to-do .major aria-labelledby="work-to-do-title" {
            h2 #work-to-do-title { (v.t("cr-work-heading")) }
            p { (v.t("cr-work-intro")) }
            ul {
                @if authority { li { (v.t("cr-work-authority")) } }
                @for (p, reasons) in &items {
                    li { (p.title) " : " (Message::new("cr-work-reasons").keys("reasons", reasons.clone()).render(v.lang)) }
                }
            }
        }
    }
}

fn summary(v: &View) -> Markup {
    let cannot = v.cannot_by_service();
    let count = cannot.iter().map(|(_, list)| list.len()).sum::<usize>();
    html! {
        section #summary aria-labelledby="summary-title" {
            h2 #summary-title { (v.t("rp-summary-heading")) }
            p.lead { (v.lead()) }
            @if !cannot.is_empty() {
                h3 { (Message::new("cr-cannot-heading").num("count", count as f64).render(v.lang)) }
                ul.cannot {
                    @for (service, list) in &cannot {
                        li {
                            strong { (service) } (v.t("rp-label-sep"))
                            @for (i, p) in list.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href={ "#" (html_page::anchor("about", &p.id)) } { (p.title) }
                            }
                            "."
                        }
                    }
                }
            }
            p {
                (v.compliant_line())
            }
            ul.kpis {
                @for (count, key) in v.council_figures() {
                    li { strong { (number(v.lang, count)) } " " (Message::new(key).num("count", count as f64).render(v.lang)) }
                }
            }
        }
    }
}

fn charts(v: &View) -> Markup {
    html! {
        section #charts aria-labelledby="charts-title" {
            h2 #charts-title { (v.t("rp-charts-heading")) }
            (services_chart(v))
            (channels_chart(v))
        }
    }
}

/// A segment of a horizontal stacked bar.
struct Segment {
    value: usize,
    style: Fill,
}

#[derive(Clone, Copy)]
enum Fill {
    Ok,
    Limited,
    Bad,
}

impl Fill {
    /// Solid, dotted and hatched: the series stay apart in black and white.
    fn paint(self, chart: &str) -> String {
        match self {
            Fill::Ok => "#1b5e20".to_owned(),
            Fill::Limited => format!("url(#{chart}-dots)"),
            Fill::Bad => format!("url(#{chart}-hatch)"),
        }
    }
}

const CHART_WIDTH: u32 = 640;
const LABEL_WIDTH: u32 = 210;
const BAR_AREA: u32 = 360;
const ROW: u32 = 30;

fn patterns(chart: &str) -> Markup {
    html! {
        defs {
            pattern id={ (chart) "-hatch" } width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                rect width="8" height="8" fill="#fde4e4" {}
                rect width="3.5" height="8" fill="#a31515" {}
            }
            pattern id={ (chart) "-dots" } width="6" height="6" patternUnits="userSpaceOnUse" {
                rect width="6" height="6" fill="#fff1c7" {}
                circle cx="3" cy="3" r="1.6" fill="#6d4c00" {}
            }
        }
    }
}

/// Labels longer than the label column are shortened; the full text stays in a tooltip.
fn short(label: &str) -> String {
    const MAX: usize = 28;
    if label.chars().count() <= MAX {
        label.to_owned()
    } else {
        let mut s: String = label.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}

/// One bar laid out: its rectangles as (x, width, fill) and where its total is written.
struct BarRow<'a> {
    label: &'a str,
    total: usize,
    rects: Vec<(f64, f64, String)>,
    total_x: f64,
}

/// A horizontal stacked bar chart: one row per label, a total at the end.
fn bar_chart(chart: &str, title: &str, desc: &str, rows: &[(String, Vec<Segment>)]) -> Markup {
    let max = rows
        .iter()
        .map(|(_, s)| s.iter().map(|s| s.value).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * rows.len() as u32 + 10;
    let laid_out: Vec<BarRow> = rows
        .iter()
        .map(|(label, segments)| {
            let mut x = f64::from(LABEL_WIDTH);
            let mut rects = Vec::new();
            for segment in segments.iter().filter(|s| s.value > 0) {
                let w = segment.value as f64 * f64::from(BAR_AREA) / max as f64;
                rects.push((x, w, segment.style.paint(chart)));
                x += w;
            }
            let total = segments.iter().map(|s| s.value).sum();
            BarRow {
                label,
                total,
                rects,
                total_x: x + 6.0,
            }
        })
        .collect();
    html! {
        svg viewBox={ "0 0 " (CHART_WIDTH) " " (height) } role="img"
            aria-labelledby={ (chart) "-title " (chart) "-desc" } xmlns="http://www.w3.org/2000/svg" {
            title id={ (chart) "-title" } { (title) }
            desc id={ (chart) "-desc" } { (desc) }
            (patterns(chart))
            @for (i, BarRow { label, total, rects, total_x }) in laid_out.iter().enumerate() {
                @let y = 5 + ROW * i as u32;
                g {
                    text x=(LABEL_WIDTH - 8) y=(y + 19) text-anchor="end" font-size="14" fill="#1a1a1a" { (short(label)) }
                    @for (x, w, fill) in rects {
                        rect x=(format!("{x:.1}")) y=(y + 3) width=(format!("{w:.1}")) height=(ROW - 8)
                            fill=(fill) stroke="#1a1a1a" stroke-width="0.8" {}
                    }
                    text x=(format!("{total_x:.1}")) y=(y + 19) font-size="14" fill="#1a1a1a" { (total) }
                }
            }
        }
    }
}

fn legend(chart: &str, items: &[(Fill, String)]) -> Markup {
    html! {
        ul.legend aria-hidden="true" {
            @for (fill, label) in items {
                li {
                    svg viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg" {
                        // The chart above defines the patterns.
                        rect width="16" height="16" fill=(fill.paint(chart)) stroke="#1a1a1a" {}
                    }
                    (label)
                }
            }
        }
    }
}

fn services_chart(v: &View) -> Markup {
    let compliant = v.t("rp-chart-compliant");
    let noncompliant = v.t("rp-chart-noncompliant");
    let rows: Vec<(String, Vec<Segment>)> = v
        .service_counts
        .iter()
        .map(|(name, c)| {
            (
                name.clone(),
                vec![
                    Segment {
                        value: c.compliant,
                        style: Fill::Ok,
                    },
                    Segment {
                        value: c.noncompliant,
                        style: Fill::Bad,
                    },
                ],
            )
        })
        .collect();
    let data: Vec<String> = v
        .service_counts
        .iter()
        .map(|(name, c)| {
            format!(
                "{name}{}{}",
                v.t("rp-label-sep"),
                Message::new("cr-chart-service-data")
                    .num("compliant", c.compliant as f64)
                    .num("noncompliant", c.noncompliant as f64)
                    .render(v.lang)
            )
        })
        .collect();
    let desc = format!("{} {}", v.t("rp-chart-services-desc"), data.join(" ; "));
    figure_with(
        "chart-services",
        &v.t("rp-chart-services"),
        &desc,
        &rows,
        &[
            (Fill::Ok, compliant.clone()),
            (Fill::Bad, noncompliant.clone()),
        ],
        v,
    )
}

fn channels_chart(v: &View) -> Markup {
    let rows: Vec<(String, Vec<Segment>)> = v
        .coverage
        .iter()
        .map(|(kind, c)| {
            (
                v.t(kind.label_key()),
                vec![
                    Segment {
                        value: c.offline,
                        style: Fill::Ok,
                    },
                    Segment {
                        value: c.limited,
                        style: Fill::Limited,
                    },
                    Segment {
                        value: c.absent,
                        style: Fill::Bad,
                    },
                ],
            )
        })
        .collect();
    let data: Vec<String> = v
        .coverage
        .iter()
        .map(|(kind, c)| {
            format!(
                "{}{}{} {}, {} {}, {} {}",
                v.t(kind.label_key()),
                v.t("rp-label-sep"),
                c.offline,
                v.t("rp-mark-offline"),
                c.limited,
                v.t("rp-mark-limited"),
                c.absent,
                v.t("rp-mark-absent")
            )
        })
        .collect();
    let desc = format!("{} {}", v.t("rp-chart-channels-desc"), data.join(" ; "));
    figure_with(
        "chart-channels",
        &v.t("rp-chart-channels"),
        &desc,
        &rows,
        &[
            (Fill::Ok, v.t("rp-mark-offline")),
            (Fill::Limited, v.t("rp-mark-limited")),
            (Fill::Bad, v.t("rp-mark-absent")),
        ],
        v,
    )
}

fn figure_with(
    chart: &str,
    title: &str,
    desc: &str,
    rows: &[(String, Vec<Segment>)],
    legend_items: &[(Fill, String)],
    v: &View,
) -> Markup {
    html! {
        figure {
            figcaption { (title) }
            @if rows.is_empty() {
                p { (v.t("rp-chart-empty")) }
            } @else {
                (bar_chart(chart, title, desc, rows))
                (legend(chart, legend_items))
            }
        }
    }
}

fn mark_cell(kind: ChannelKind, mark: ChannelMark, lang: Lang) -> Markup {
    let class = match (kind, mark) {
        (ChannelKind::Online, _) => "mark",
        (_, ChannelMark::Offline) => "mark mark-offline",
        (_, ChannelMark::Limited) => "mark mark-limited",
        (_, ChannelMark::Absent) => "mark mark-absent",
    };
    let symbol = match (kind, mark) {
        (ChannelKind::Online, _) => "",
        (_, ChannelMark::Offline) => "✔ ",
        (_, ChannelMark::Limited) => "◐ ",
        (_, ChannelMark::Absent) => "✘ ",
    };
    html! {
        td class=(class) {
            @if !symbol.is_empty() { span aria-hidden="true" { (symbol) } }
            (crate::i18n::t(lang, view::mark_key(kind, mark)))
        }
    }
}

fn procedures(v: &View) -> Markup {
    html! {
        section #procedures .major aria-labelledby="procedures-title" {
            h2 #procedures-title { (v.t("rp-procedures-heading")) }
            @for (service, list) in &v.services {
                @let name = view::service_name(*service, v.lang);
                table {
                    caption { (name) }
                    thead {
                        tr {
                            th scope="col" { (v.t("col-procedure")) }
                            @for kind in COLUMNS { th scope="col" { (v.t(kind.label_key())) } }
                            th scope="col" { (v.t("col-access")) }
                            th scope="col" { (v.t("col-findings")) }
                        }
                    }
                    tbody {
                        @for p in list {
                            tr id=(html_page::anchor("proc", &p.id)) {
                                th scope="row" {
                                    @if v.active_count(&p.id) > 0 {
                                        a href={ "#" (html_page::anchor("about", &p.id)) } { (p.title) }
                                    } @else {
                                        (p.title)
                                    }
                                }
                                @for kind in COLUMNS { (mark_cell(kind, view::mark(p, kind), v.lang)) }
                                td { (v.access(p)) }
                                td.num { (v.active_count(&p.id)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One short section per procedure where something is missing: each
/// problem said once, in words, with the rules behind it in small print.
fn by_procedure(v: &View) -> Markup {
    let good = v.all_good();
    html! {
        section #by-procedure .major aria-labelledby="by-procedure-title" {
            h2 #by-procedure-title { (v.t("cr-by-procedure-heading")) }
            p { (v.t_house("cr-by-procedure-intro")) }
            @if !v.authority_active().is_empty() {
                article.about id="about-authority" {
                    h3 { (v.t("cr-authority-heading")) }
                    @for st in council::statements(None, &v.authority_active(), &v.rules) {
                        (statement(v, &st))
                    }
                }
            }
            @for (service, list) in &v.services {
                @for p in list.iter().filter(|p| view::is_audited(p) && v.active_count(&p.id) > 0) {
                    article.about id=(html_page::anchor("about", &p.id)) {
                        h3 { (p.title) }
                        @if let Some(service) = service {
                            p.service { (Message::new("cr-service").arg("service", service).render(v.lang)) }
                        }
                        p.access {
                            @if p.online_only || p.unreachable {
                                strong.cannot { (v.t("cr-cannot")) }
                            } @else {
                                (v.t("cr-can"))
                            }
                        }
                        @for st in council::statements(Some(p), &v.active_of(&p.id), &v.rules) {
                            (statement(v, &st))
                        }
                    }
                }
            }
            @if !good.is_empty() {
                p { (Message::new("cr-all-good").num("count", good.len() as f64).render(v.lang)) }
                ul.good {
                    @for p in &good { li { (p.title) } }
                }
            }
        }
    }
}

fn statement(v: &View, st: &council::Statement) -> Markup {
    let rules = st.rules();
    let (what, why, fix) = match st.problem {
        Some(problem) => (
            v.t(&council::key(problem, "what")),
            v.t(&council::key(problem, "why")),
            v.t(&council::key(problem, "do")),
        ),
        // A rule the tool has no words for: its own title, why and fix.
        None => {
            let rule = rules.first().and_then(|id| v.rules.get(id));
            (
                rule.map(|r| r.title.clone()).unwrap_or_default(),
                rule.map(|r| r.why.clone()).unwrap_or_default(),
                rule.map(|r| r.fix.clone()).unwrap_or_default(),
            )
        }
    };
    // An error is an obligation only where a text in force binds the
    // authority; its own commitment and a data error are said as such.
    let leading = st.findings.iter().find(|f| f.severity == st.severity);
    let basis = leading
        .and_then(|f| v.rules.get(f.rule.as_str()))
        .map_or("", |r| r.basis.as_str());
    // The text is named inline (« Obligation — décret wallon …, art. … : »),
    // not left to the rule code below; a data error cites no text.
    let text = leading
        .map(|f| f.citation.to_string())
        .filter(|c| !c.is_empty() && basis != "data_quality");
    let level = match (st.severity, basis) {
        (Severity::Error, "grounds") => "cr-level-error-commitment",
        (Severity::Error, "data_quality") => "cr-level-error-data",
        (Severity::Error, _) => "cr-level-error",
        (Severity::Warning, _) => "cr-level-warning",
        (Severity::Info, _) => "cr-level-info",
    };
    let also = view::also_cited(&st.findings);
    html! {
        div class={ "statement sev-" (st.severity.as_str()) } {
            p.what {
                span.level { (v.t(level)) }
                @if let Some(text) = &text {
                    " — " span.text { (text) } (v.t("rp-label-sep"))
                } @else {
                    " "
                }
                strong { (what) }
            }
            p { span.label { (v.t("cr-why")) } " " (why) }
            p { span.label { (v.t_house("cr-do")) } " " (fix) }
            @let details = st.details(v.lang);
            @if !details.is_empty() {
                div.details {
                    p.label { (v.t("cr-details")) }
                    ul {
                        @for (step, text) in &details {
                            li {
                                @if let Some(step) = step { (Message::new("cr-step").arg("step", step).render(v.lang)) " " }
                                (text)
                            }
                        }
                    }
                }
            }
            p.codes {
                (Message::new("cr-rules").num("count", rules.len() as f64).render(v.lang)) " "
                @for (i, id) in rules.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href={ "#" (html_page::anchor("rule", id)) } { (id) }
                }
                @if !also.is_empty() {
                    br; (v.t("rp-also-cited")) (v.t("rp-label-sep")) (also.join(" ; "))
                }
            }
        }
    }
}

/// What `verify` read on the public pages, procedure by procedure; nothing
/// for an `audit` report.
fn evidence(v: &View) -> Markup {
    if v.evidence.is_empty() {
        return html! {};
    }
    html! {
        section #evidence .major aria-labelledby="evidence-title" {
            h2 #evidence-title { (v.t("ev-heading")) }
            p { (v.t("ev-intro")) }
            p.lead {
                (v.evidence_lead())
            }
            p { (v.evidence_summary()) }
            @for (p, e) in &v.evidence {
                @let contradicted = view::contradicts(e);
                article.evidence.contradicted[contradicted] id=(html_page::anchor("evidence", &p.id)) {
                    h3 {
                        a href={ "#" (html_page::anchor("proc", &p.id)) } { (p.title) }
                    }
                    @if !e.pages.is_empty() {
                        table.pages {
                            caption { (v.t("ev-pages-caption")) }
                            thead {
                                tr {
                                    th scope="col" { (v.t("ev-col-page")) }
                                    th scope="col" { (v.t("ev-col-state")) }
                                    th scope="col" { (v.t("ev-col-http")) }
                                    th scope="col" { (v.t("ev-col-fetched")) }
                                    th scope="col" { (v.t("ev-col-hash")) }
                                }
                            }
                            tbody {
                                @for page in &e.pages {
                                    tr {
                                        td {
                                            (v.page_role(page.role)) br;
                                            span.url { (page.url) }
                                            @if let Some(final_url) = page.final_url.as_deref().filter(|f| *f != page.url) {
                                                br; (v.t("ev-redirected")) " " span.url { (final_url) }
                                            }
                                        }
                                        td { (v.page_state(page)) }
                                        td.num { (view::http_status(page)) }
                                        td {
                                            (v.fetched_on(page))
                                            @if page.from_cache { br; (v.t("ev-from-cache")) }
                                        }
                                        td.id {
                                            @match view::short_hash(page) {
                                                Some(hash) => (hash),
                                                None => "—",
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @let channels = view::compared_channels(e);
                    @if !channels.is_empty() {
                        table.channels {
                            caption { (v.t("ev-channels-caption")) }
                            thead {
                                tr {
                                    th scope="col" { (v.t("ev-col-channel")) }
                                    th scope="col" { (v.t("ev-col-declared")) }
                                    th scope="col" { (v.t("ev-col-verdict")) }
                                    th scope="col" { (v.t("ev-col-basis")) }
                                    th scope="col" { (v.t("ev-col-snippet")) }
                                }
                            }
                            tbody {
                                @for c in channels {
                                    tr {
                                        th scope="row" { (v.evidence_channel(c)) }
                                        td { (c.declared_for_people()) }
                                        td class={ "verdict verdict-" (view::verdict_name(c.verdict)) } {
                                            span aria-hidden="true" { (view::verdict_sign(c.verdict)) " " }
                                            (v.verdict(c.verdict))
                                        }
                                        td { (v.basis(c)) }
                                        td {
                                            @match &c.snippet {
                                                Some(snippet) => q { (snippet) },
                                                None => "—",
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if let Some(text) = v.unreadable_channels(e) { p { (text) } }
                    @if let Some(text) = v.premium_numbers(e) { p { strong { (text) } } }
                    @if let Some(text) = v.opening_hours(e) { p { (text) } }
                }
            }
        }
    }
}

fn exemptions(v: &View) -> Markup {
    html! {
        section #exemptions aria-labelledby="exemptions-title" {
            h2 #exemptions-title { (v.t("rp-exemptions-heading")) }
            @if v.exempted.is_empty() {
                p { (v.t("rp-no-exemptions")) }
            } @else {
                table {
                    thead {
                        tr {
                            th scope="col" { (v.t("rp-subject")) }
                            th scope="col" { (v.t("rp-col-rule")) }
                            th scope="col" { (v.t("rp-col-reason")) }
                            th scope="col" { (v.t("rp-col-reference")) }
                            th scope="col" { (v.t("rp-col-ground")) }
                            th scope="col" { (v.t("rp-col-until")) }
                        }
                    }
                    tbody {
                        @for f in &v.exempted {
                            @if let Some(e) = &f.exempted {
                                tr {
                                    td { (v.subject_title(f)) }
                                    td {
                                        (v.rule_title(&f.rule))
                                        p.codes { a href={ "#" (html_page::anchor("rule", &f.rule)) } { (f.rule) } }
                                    }
                                    td { (e.reason) }
                                    td { (e.reference.as_deref().unwrap_or("—")) }
                                    td { (view::ground(v.lang, &e.ground)) }
                                    td {
                                        @match e.until {
                                            Some(d) => (long_date(v.lang, d)),
                                            None => (v.t("rp-until-none")),
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
}

fn methodology(v: &View) -> Markup {
    let r = v.report;
    let pages = v.pages_read();
    html! {
        section #methodology .major aria-labelledby="methodology-title" {
            h2 #methodology-title { (v.t("cr-method-heading")) }
            p { (v.t("rp-method-text")) }
            dl.facts {
                dt { (v.t("cr-method-author")) }
                dd {
                    @match &r.author {
                        Some(author) => (author),
                        None => (v.t("cr-method-author-none")),
                    }
                }
                dt { (v.t("rp-method-authority")) } dd { (r.authority.name) }
                dt { (v.t("rp-method-date")) } dd { (long_date(v.lang, r.audit_date)) }
                dt { (v.t("rp-method-tool")) } dd { (r.tool.name) " " (r.tool.version) }
                dt { (v.t("rp-method-catalog")) } dd { (long_dates_in(v.lang, &v.catalog_version())) }
            }
            h3 { (v.t("cr-texts-heading")) }
            table {
                thead {
                    tr {
                        th scope="col" { (v.t("rp-col-pack")) }
                        th scope="col" { (v.t("rp-col-status")) }
                    }
                }
                tbody {
                    @for p in &r.packs {
                        tr {
                            td { (p.title) }
                            td { (v.t(&format!("pack-status-{}", p.status.as_str()))) }
                        }
                    }
                }
            }
            ul.texts {
                @for line in super::texts::lines(r, v.lang, false) {
                    li { (line) }
                }
            }
            @if !pages.is_empty() {
                h3 { (v.t("cr-pages-heading")) }
                ul.pages-read {
                    @for (url, read) in &pages {
                        li { span.url { (url) } " — " (read) }
                    }
                }
            }
            h3 { (v.t("cr-rules-heading")) }
            table.rules {
                thead {
                    tr {
                        th scope="col" { (v.t("rp-col-title")) }
                        th scope="col" { (v.t("rp-severity")) }
                        th scope="col" { (v.t("rp-col-source")) }
                        th scope="col" { (v.t("rp-col-confidence")) }
                    }
                }
                tbody {
                    @for rule in &r.rules {
                        tr id=(html_page::anchor("rule", &rule.id)) {
                            td { (rule.title) br; span.code { (rule.id) } }
                            td { (v.t(view::severity_key(rule.severity))) }
                            td { (rule.basis_label) (v.t("rp-label-sep")) (rule.citation) }
                            td { (view::confidence(v.lang, &rule.confidence)) }
                        }
                    }
                }
            }
        }
    }
}
