//! The site's template, found across the pages read: text blocks (lines of
//! the page text) that repeat on most pages of one site — header, menus,
//! breadcrumbs, banners, footer, cookie notice — are the site's frame, not a
//! procedure's content, even where the site does not mark them with
//! `<header>`, `<nav>` or `<footer>` (many town-hall sites are built of
//! `<div>`s). They are added to each page's frame, so that no reader takes
//! them as evidence: a menu link « Prendre rendez-vous » is not appointment
//! wording, a footer number is not the procedure's phone.

use std::collections::{HashMap, HashSet};

use super::Document;

/// A block must repeat on at least this share of the pages read…
const SHARE: f64 = 0.6;
/// …and on at least this many pages: two pages saying the same is not a template.
const MIN_PAGES: usize = 3;

/// The blocks of `doc`: `(start, end)` char ranges between block breaks.
fn blocks(doc: &Document) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in doc.text.display.chars().enumerate() {
        if c == super::text::BLOCK_BREAK {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        }
    }
    let len = doc.text.len();
    if len > start {
        out.push((start, len));
    }
    out
}

/// The key a block is compared by: its folded words. Headings are never
/// template (a procedure's title also appears in the site's lists of links).
fn key(doc: &Document, (start, end): (usize, usize)) -> Option<String> {
    if doc.headings.iter().any(|h| (start..end).contains(&h.at)) {
        return None;
    }
    let words: Vec<&str> = doc
        .text
        .folded_range(start, end)
        .split_whitespace()
        .collect();
    let key = words.join(" ");
    (key.chars().any(char::is_alphanumeric)).then_some(key)
}

/// The blocks repeated on most pages of a sample of one site: its frame.
/// Learnt once from the first pages read (a bounded sample, so that a crawl
/// never keeps every page until the end), then applied to each page as it
/// comes.
#[derive(Debug, Default)]
pub struct Template {
    keys: HashSet<String>,
}

impl Template {
    /// The template of the pages in `docs`: blocks on at least `SHARE` of
    /// them, and on at least `MIN_PAGES`.
    pub fn learn(docs: &[&Document]) -> Template {
        if docs.len() < MIN_PAGES {
            return Template::default();
        }
        let mut pages_with: HashMap<String, usize> = HashMap::new();
        for doc in docs {
            let mut seen: Vec<String> = blocks(doc)
                .into_iter()
                .filter_map(|b| key(doc, b))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for k in seen {
                *pages_with.entry(k).or_default() += 1;
            }
        }
        let needed = MIN_PAGES.max((docs.len() as f64 * SHARE).ceil() as usize);
        Template {
            keys: pages_with
                .into_iter()
                .filter(|(_, n)| *n >= needed)
                .map(|(k, _)| k)
                .collect(),
        }
    }

    /// Number of distinct template blocks.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds the template's blocks found in `doc` to its frame.
    pub fn apply(&self, doc: &mut Document) {
        if self.keys.is_empty() {
            return;
        }
        let found: Vec<(usize, usize)> = blocks(doc)
            .into_iter()
            .filter(|b| key(doc, *b).is_some_and(|k| self.keys.contains(&k)))
            .collect();
        doc.frame.extend(found);
    }
}

/// Marks, in each of `docs` (pages of one site), the blocks that repeat on
/// most of them as frame. Returns the number of template blocks found.
pub fn mark(docs: &mut [&mut Document]) -> usize {
    let template = {
        let shared: Vec<&Document> = docs.iter().map(|d| &**d).collect();
        Template::learn(&shared)
    };
    for doc in docs.iter_mut() {
        template.apply(doc);
    }
    template.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Document {
        Document::parse(&format!(
            "<html><body><div class='top'>Aller au contenu | Prendre rendez-vous</div>\
             <div class='content'>{body}</div>\
             <div class='bas'>Mairie, 1 place de la Mairie, 80330 Cagny – Tél. 03 22 00 00 00</div></body></html>"
        ))
    }

    #[test]
    fn blocks_repeated_on_most_pages_are_frame() {
        let mut a = page("<h1>Acte de naissance</h1><p>Demande sur place.</p>");
        let mut b = page("<h1>Acte de décès</h1><p>Demande par courrier.</p>");
        let mut c = page("<h1>Vos démarches</h1><ul><li>Acte de naissance</li></ul>");
        let found = mark(&mut [&mut a, &mut b, &mut c]);
        assert_eq!(found, 2);
        let at = |d: &Document, s: &str| d.text.display.find(s).map(|b| d.text.char_of_display(b));
        for d in [&a, &b, &c] {
            assert!(at(d, "Prendre rendez-vous").is_some_and(|i| d.in_frame(i)));
            assert!(at(d, "80330").is_some_and(|i| d.in_frame(i)));
        }
        assert!(at(&a, "Demande sur place").is_some_and(|i| !a.in_frame(i)));
        // The heading is never template, even when repeated in lists.
        assert!(at(&a, "Acte de naissance").is_some_and(|i| !a.in_frame(i)));
    }

    #[test]
    fn two_pages_or_a_sentence_on_few_pages_is_not_a_template() {
        let mut a = page("<p>Joindre une enveloppe timbrée.</p>");
        let mut b = page("<p>Joindre une enveloppe timbrée.</p>");
        assert_eq!(mark(&mut [&mut a, &mut b]), 0);
        let mut pages: Vec<Document> = (0..5)
            .map(|i| {
                page(&format!(
                    "<p>Page {i}</p><p>Joindre une enveloppe timbrée.</p>"
                ))
            })
            .collect();
        pages[2] = page("<p>Autre</p>");
        pages[3] = page("<p>Encore</p>");
        let mut refs: Vec<&mut Document> = pages.iter_mut().collect();
        // 3 of 5 pages is 60 %: the shared sentence is template, « Page i » is not.
        assert_eq!(mark(&mut refs), 3);
        let mut pages: Vec<Document> = (0..6).map(|i| page(&format!("<p>Page {i}</p>"))).collect();
        pages[0] = page("<p>Joindre une enveloppe timbrée.</p>");
        pages[1] = page("<p>Joindre une enveloppe timbrée.</p>");
        let mut refs: Vec<&mut Document> = pages.iter_mut().collect();
        assert_eq!(mark(&mut refs), 2, "only the top and bottom blocks");
    }
}
