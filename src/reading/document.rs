//! A page parsed once: its visible text (blocks separated), its headings and
//! the sections they open, its tables, its links, and the parts that are the
//! site's frame (header, navigation, footer) rather than the page's content.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::text::{PageText, BLOCK_BREAK, MAX_TEXT_CHARS};

/// A heading of the page and where it stands in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    pub text: String,
    /// Char index in the text where the heading starts.
    pub at: usize,
}

/// A part of the page: from a heading to the next heading of the same or a
/// higher level (the text before the first heading is a section without one).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: Option<Heading>,
    /// Chars `[start, end)` of the text; frame parts inside are skipped by readers.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub href: String,
    pub label: String,
    /// Char index of the link's text.
    pub at: usize,
}

/// A table: rows of cell texts, and where it starts in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<Vec<String>>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Document {
    pub title: Option<String>,
    pub text: PageText,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    pub tables: Vec<Table>,
    /// Char ranges of the site's frame (header, nav, footer, aside).
    pub frame: Vec<(usize, usize)>,
    /// The page asks for a password: a login page.
    pub login_form: bool,
    /// schema.org types declared on the page (JSON-LD `@type`, microdata `itemtype`).
    pub schema_types: Vec<String>,
    /// Classes and ids that mark a co-branded Service-Public.fr block.
    pub service_public_block: bool,
}

const BLOCK_ELEMENTS: [&str; 27] = [
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol",
    "dl", "dt", "dd", "tr", "td", "th", "table", "br", "h1", "h2", "h3", "h4", "h5", "h6",
    "address",
];

const FRAME_ELEMENTS: [&str; 4] = ["header", "nav", "footer", "aside"];

const HIDDEN_ELEMENTS: [&str; 6] = ["script", "style", "noscript", "template", "head", "svg"];

impl Document {
    pub fn parse(html: &str) -> Document {
        let html = Html::parse_document(html);
        let mut raw = String::new();
        let mut doc = Document::default();
        let mut hidden = 0usize;
        // Open headings, links, frame parts, tables and cells, with where they started.
        let mut heading: Option<(u8, usize, String)> = None;
        let mut links: Vec<(String, usize, String)> = Vec::new();
        let mut frame_depth = 0usize;
        let mut frame_start = 0usize;
        let mut tables: Vec<(Vec<Vec<String>>, usize)> = Vec::new();
        let mut cell: Option<String> = None;
        let mut title = String::new();
        let mut in_title = false;
        let mut json_ld = false;
        for edge in html.root_element().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        if name == "title" {
                            in_title = true;
                        }
                        if name == "script" && e.attr("type") == Some("application/ld+json") {
                            json_ld = true;
                        }
                        if let Some(t) = e.attr("itemtype") {
                            doc.schema_types.push(schema_type(t));
                        }
                        if name == "input"
                            && e.attr("type")
                                .is_some_and(|t| t.eq_ignore_ascii_case("password"))
                        {
                            doc.login_form = true;
                        }
                        let marks =
                            [e.attr("class").unwrap_or(""), e.attr("id").unwrap_or("")].join(" ");
                        if marks.contains("service-public")
                            || marks.contains("comarquage")
                            || marks.contains("co-marquage")
                            || marks.contains("spf-")
                        {
                            doc.service_public_block = true;
                        }
                        if HIDDEN_ELEMENTS.contains(&name) {
                            hidden += 1;
                            continue;
                        }
                        if hidden > 0 {
                            continue;
                        }
                        if BLOCK_ELEMENTS.contains(&name) {
                            raw.push(BLOCK_BREAK);
                        }
                        let at = raw.len();
                        if FRAME_ELEMENTS.contains(&name)
                            || e.attr("role").is_some_and(|r| {
                                r == "navigation" || r == "contentinfo" || r == "banner"
                            })
                        {
                            if frame_depth == 0 {
                                frame_start = at;
                            }
                            frame_depth += 1;
                        }
                        if let Some(level) = heading_level(name) {
                            heading = Some((level, at, String::new()));
                        }
                        if name == "a" {
                            links.push((
                                e.attr("href").unwrap_or("").to_owned(),
                                at,
                                String::new(),
                            ));
                        }
                        if name == "table" {
                            tables.push((Vec::new(), at));
                        }
                        if name == "tr" {
                            if let Some((rows, _)) = tables.last_mut() {
                                rows.push(Vec::new());
                            }
                        }
                        if matches!(name, "td" | "th") {
                            cell = Some(String::new());
                        }
                    }
                    Node::Text(t) => {
                        if in_title {
                            title.push_str(t);
                        }
                        if json_ld {
                            collect_json_ld_types(t, &mut doc.schema_types);
                        }
                        if hidden > 0 || raw.len() >= 4 * MAX_TEXT_CHARS {
                            continue;
                        }
                        raw.push_str(t);
                        if let Some((_, _, h)) = heading.as_mut() {
                            h.push_str(t);
                        }
                        for (_, _, label) in links.iter_mut() {
                            label.push_str(t);
                        }
                        if let Some(c) = cell.as_mut() {
                            c.push_str(t);
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    let Node::Element(e) = node.value() else {
                        continue;
                    };
                    let name = e.name();
                    if name == "title" {
                        in_title = false;
                    }
                    if name == "script" {
                        json_ld = false;
                    }
                    if HIDDEN_ELEMENTS.contains(&name) {
                        hidden = hidden.saturating_sub(1);
                        continue;
                    }
                    if hidden > 0 {
                        continue;
                    }
                    let at = raw.len();
                    if BLOCK_ELEMENTS.contains(&name) {
                        raw.push(BLOCK_BREAK);
                    }
                    if FRAME_ELEMENTS.contains(&name)
                        || e.attr("role").is_some_and(|r| {
                            r == "navigation" || r == "contentinfo" || r == "banner"
                        })
                    {
                        frame_depth = frame_depth.saturating_sub(1);
                        if frame_depth == 0 {
                            doc.frame.push((frame_start, at));
                        }
                    }
                    if heading_level(name).is_some() {
                        if let Some((level, start, text)) = heading.take() {
                            doc.headings.push(Heading {
                                level,
                                text: collapse(&text),
                                at: start,
                            });
                        }
                    }
                    if name == "a" {
                        if let Some((href, start, label)) = links.pop() {
                            doc.links.push(Link {
                                href,
                                label: collapse(&label),
                                at: start,
                            });
                        }
                    }
                    if matches!(name, "td" | "th") {
                        if let (Some(c), Some((rows, _))) = (cell.take(), tables.last_mut()) {
                            if let Some(row) = rows.last_mut() {
                                row.push(collapse(&c));
                            }
                        }
                    }
                    if name == "table" {
                        if let Some((rows, start)) = tables.pop() {
                            doc.tables.push(Table {
                                rows,
                                start,
                                end: at,
                            });
                        }
                    }
                }
            }
        }
        doc.title = Some(collapse(&title)).filter(|t| !t.is_empty());
        // Positions above were counted on the raw text; map them onto the
        // normalised text (spaces collapsed) once, in one pass.
        let (text, map) = normalise_with_map(&raw);
        let to_text = |raw_at: usize| map.get(raw_at).map(|&c| c as usize).unwrap_or(text.len());
        for h in &mut doc.headings {
            h.at = to_text(h.at);
        }
        for l in &mut doc.links {
            l.at = to_text(l.at);
        }
        for t in &mut doc.tables {
            t.start = to_text(t.start);
            t.end = to_text(t.end);
        }
        for f in &mut doc.frame {
            *f = (to_text(f.0), to_text(f.1));
        }
        doc.text = text;
        doc.schema_types.sort();
        doc.schema_types.dedup();
        doc
    }

    /// Whether char `at` is in the site's frame.
    pub fn in_frame(&self, at: usize) -> bool {
        self.frame.iter().any(|(s, e)| (*s..*e).contains(&at))
    }

    /// The sections opened by headings of level up to `max_level`, in order;
    /// the first one (without heading) is the text before the first of them.
    pub fn sections(&self, max_level: u8) -> Vec<Section> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut current: Option<Heading> = None;
        for h in self
            .headings
            .iter()
            .filter(|h| h.level <= max_level && !self.in_frame(h.at))
        {
            out.push(Section {
                heading: current.take(),
                start,
                end: h.at,
            });
            start = h.at;
            current = Some(h.clone());
        }
        out.push(Section {
            heading: current,
            start,
            end: self.text.len(),
        });
        out
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn schema_type(itemtype: &str) -> String {
    itemtype.rsplit('/').next().unwrap_or(itemtype).to_owned()
}

fn collect_json_ld_types(source: &str, out: &mut Vec<String>) {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(source) {
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::String(t)) = map.get("@type") {
                        out.push(schema_type(t));
                    }
                    stack.extend(map.values());
                }
                serde_json::Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
}

/// The normalised text and, for each byte offset of `raw`, the char index it
/// falls on in that text.
fn normalise_with_map(raw: &str) -> (PageText, Vec<u32>) {
    let text = PageText::new(raw);
    // Walk raw and the normalised display together: every char kept in the
    // display appears in raw in order; whitespace runs collapse to one.
    let mut map = vec![0u32; raw.len() + 1];
    let display: Vec<char> = text.display.chars().collect();
    let mut j = 0usize;
    for (i, c) in raw.char_indices() {
        // Skip display separators that raw spells as whitespace runs.
        let is_sep = c.is_whitespace()
            || c == '\u{a0}'
            || c == '\u{202f}'
            || c == '\u{2009}'
            || c == '\u{200b}';
        if !is_sep {
            while j < display.len() && (display[j] == ' ' || display[j] == BLOCK_BREAK) {
                j += 1;
            }
            map[i..i + c.len_utf8()].fill(j as u32);
            if j < display.len() && display[j] == c {
                j += 1;
            }
        } else {
            map[i..i + c.len_utf8()].fill(j as u32);
        }
    }
    map[raw.len()] = display.len() as u32;
    for b in 1..map.len() {
        if map[b] < map[b - 1] {
            map[b] = map[b - 1];
        }
    }
    (text, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_follow_headings_and_skip_the_frame() {
        let doc = Document::parse(
            "<html><head><title> Carte d'identité </title></head><body>\
             <header><h2>Menu</h2><a href='/'>Accueil</a></header>\
             <main><h1>État civil</h1><p>Intro.</p>\
             <h2>Acte de naissance</h2><p>Par courrier.</p>\
             <h2>Acte de décès</h2><p>Au guichet.</p></main>\
             <footer>Mairie, 1 place de la Mairie</footer></body></html>",
        );
        assert_eq!(doc.title.as_deref(), Some("Carte d'identité"));
        let sections = doc.sections(2);
        let names: Vec<_> = sections
            .iter()
            .map(|s| {
                s.heading
                    .as_ref()
                    .map(|h| h.text.clone())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            names,
            vec!["", "État civil", "Acte de naissance", "Acte de décès"]
        );
        let birth = &sections[2];
        assert_eq!(
            doc.text.display_range(birth.start, birth.end).trim(),
            "Acte de naissance\nPar courrier."
        );
        let footer = doc
            .text
            .find("place de la mairie", false)
            .unwrap_or_default();
        assert!(doc.in_frame(footer.0));
        assert!(!doc.in_frame(birth.start));
        assert_eq!(doc.links[0].label, "Accueil");
    }

    #[test]
    fn tables_and_schema_types() {
        let doc = Document::parse(
            r#"<html><head><script type="application/ld+json">{"@type":"GovernmentService"}</script></head>
            <body><div class="bloc-service-public">x</div><table><tr><th>Lundi</th><td>8h30 - 12h</td></tr>
            <tr><td>Mardi</td><td>Fermé</td></tr></table></body></html>"#,
        );
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.tables[0].rows[0], vec!["Lundi", "8h30 - 12h"]);
        assert_eq!(doc.schema_types, vec!["GovernmentService"]);
        assert!(doc.service_public_block);
    }
}
