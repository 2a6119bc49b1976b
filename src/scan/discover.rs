//! Where procedure pages are: the sitemap, the start page and the sections
//! sites call « démarches », « services », « vos démarches ». Links are kept
//! on the start page's host, without files (PDF, images) or fragments, and
//! ranked so a small page budget reaches the procedures first.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use crate::reading::{fold, Document, Phrases};

/// Extensions of files that are not pages.
const NOT_PAGES: [&str; 16] = [
    ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".jpg", ".jpeg", ".png", ".gif",
    ".svg", ".zip", ".mp3", ".mp4", ".ics",
];

/// `url` cleaned for crawling (no fragment), when it is an http(s) page of `host`.
pub fn crawlable(url: &Url, host: &str) -> Option<Url> {
    if !matches!(url.scheme(), "http" | "https") || url.host_str() != Some(host) {
        return None;
    }
    let path = url.path().to_ascii_lowercase();
    if NOT_PAGES.iter().any(|ext| path.ends_with(ext)) {
        return None;
    }
    let mut clean = url.clone();
    clean.set_fragment(None);
    Some(clean)
}

/// How promising a link is: its words and path against the discovery and
/// procedure vocabulary (higher first).
pub fn score(url: &Url, label: &str, phrases: &Phrases) -> u32 {
    let text = fold(&format!(
        "{label} {}",
        url.path().replace(['/', '-', '_'], " ")
    ));
    let words = crate::reading::PageText::new(&text);
    let count = |list: &[String]| {
        list.iter()
            .filter(|p| words.find(p, false).is_some())
            .count() as u32
    };
    let depth = url.path().matches('/').count() as u32;
    10 * count(&phrases.discovery_words) + 5 * count(&phrases.procedure_words) + depth.min(4)
}

/// The links of a page worth following, with their score: of its first
/// `max` links (the crawl budget's links per page).
pub fn links(
    doc: &Document,
    base: &Url,
    host: &str,
    phrases: &Phrases,
    max: usize,
) -> Vec<(Url, u32)> {
    let mut out: Vec<(Url, u32)> = Vec::new();
    // Where each URL is in `out`: one look-up per link, so a page of 160,000
    // distinct links costs as many steps, not their square.
    let mut index: std::collections::HashMap<Url, usize> = std::collections::HashMap::new();
    for link in doc.links.iter().take(max) {
        let Ok(url) = base.join(link.href.trim()) else {
            continue;
        };
        let Some(url) = crawlable(&url, host) else {
            continue;
        };
        let s = score(&url, &link.label, phrases);
        match index.get(&url) {
            Some(&at) => out[at].1 = out[at].1.max(s),
            None => {
                index.insert(url.clone(), out.len());
                out.push((url, s));
            }
        }
    }
    out
}

static LOC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<loc>\s*(.*?)\s*</loc>").unwrap_or_else(|e| panic!("sitemap pattern: {e}"))
});

/// The URLs a sitemap lists, and whether it is an index of other sitemaps.
pub fn sitemap_urls(xml: &str) -> (Vec<String>, bool) {
    let index = xml.contains("<sitemapindex");
    let urls = LOC
        .captures_iter(xml)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str().replace("&amp;", "&"))
        .take(50_000)
        .collect();
    (urls, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn only_pages_of_the_site_are_crawled() {
        let host = "www.ville.example";
        assert!(
            crawlable(&url("https://www.ville.example/demarches#top"), host)
                .is_some_and(|u| u.fragment().is_none())
        );
        assert!(crawlable(&url("https://www.ville.example/formulaire.pdf"), host).is_none());
        assert!(crawlable(&url("https://autre.example/demarches"), host).is_none());
        assert!(crawlable(&url("mailto:x@ville.example"), host).is_none());
    }

    #[test]
    fn links_are_taken_once_each_and_within_the_budget() {
        let p = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        let mut html = String::from("<html><body>");
        for i in 0..30_000 {
            html.push_str(&format!(
                "<a href=\"/p{i}\">page</a><a href=\"/p{i}#x\">page</a>"
            ));
        }
        html.push_str("</body></html>");
        let doc = Document::parse(&html);
        let base = url("https://v.example/");
        let started = std::time::Instant::now();
        let all = links(&doc, &base, "v.example", &p, usize::MAX);
        // 60,000 links, two per page: each page once (linear, not quadratic).
        assert_eq!(all.len(), 30_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
        // Within a budget of 10 links: 5 pages.
        assert_eq!(links(&doc, &base, "v.example", &p, 10).len(), 5);
    }

    #[test]
    fn procedure_links_rank_first() {
        let p = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        let demarches = score(
            &url("https://v.example/vos-demarches/etat-civil"),
            "Vos démarches",
            &p,
        );
        let agenda = score(
            &url("https://v.example/agenda/concert"),
            "Concert du 14 juillet",
            &p,
        );
        assert!(demarches > agenda, "{demarches} {agenda}");
    }

    #[test]
    fn sitemaps_and_indexes() {
        let (urls, index) = sitemap_urls(
            "<urlset><url><loc>https://v.example/a?x=1&amp;y=2</loc></url><url><loc> https://v.example/b </loc></url></urlset>",
        );
        assert_eq!(
            urls,
            vec!["https://v.example/a?x=1&y=2", "https://v.example/b"]
        );
        assert!(!index);
        let (_, index) = sitemap_urls(
            "<sitemapindex><sitemap><loc>https://v.example/s1.xml</loc></sitemap></sitemapindex>",
        );
        assert!(index);
    }
}
