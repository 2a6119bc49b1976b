//! Precision and recall of `horsligne scan` on the fictional test web
//! (tests/fixtures/scan-web), per channel and for online-only, and the pages
//! read per second. The figures of docs/scan.md come from this:
//!
//!   cargo run --release --example scan_metrics [-- --details]

#[path = "../tests/common/scan_web.rs"]
mod scan_web;

use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() {
    let details_wanted = std::env::args().any(|a| a == "--details");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut scores = scan_web::Scores::new();
    let mut details = Vec::new();
    let mut pages = 0usize;
    let mut elapsed = Duration::ZERO;
    for site in scan_web::SITES {
        let dir = scan_web::web_dir().join(site);
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected.json")).unwrap_or_else(|e| panic!("{e}")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let base = runtime.block_on(scan_web::serve(dir));
        let options = horsligne::scan::ScanOptions {
            start: url::Url::parse(&format!("{base}/")).unwrap_or_else(|e| panic!("{e}")),
            authority_id: None,
            country: expected["country"].as_str().map(str::to_owned),
            region: None,
            level: None,
        };
        let fetch = horsligne::crawl::FetchOptions {
            allow_private: true,
            interval: Duration::ZERO,
            per_host: 8,
            ..Default::default()
        };
        let fetcher =
            Arc::new(horsligne::crawl::Fetcher::new(fetch).unwrap_or_else(|e| panic!("{e}")));
        let phrases =
            Arc::new(horsligne::reading::Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}")));
        let started = Instant::now();
        let draft = runtime
            .block_on(horsligne::scan::scan(
                &options,
                fetcher,
                phrases,
                &indicatif::ProgressBar::hidden(),
            ))
            .unwrap_or_else(|e| panic!("{e}"))
            .draft;
        elapsed += started.elapsed();
        pages += draft.pages_read;
        let json = serde_json::to_value(&draft).unwrap_or_else(|e| panic!("{e}"));
        scan_web::score(&json, &expected, &mut scores, &mut details);
    }
    println!("{}", scan_web::table(&scores));
    println!(
        "pages_read={pages} seconds={:.3} pages_per_second={:.0}",
        elapsed.as_secs_f64(),
        pages as f64 / elapsed.as_secs_f64()
    );
    if details_wanted {
        for d in details {
            println!("{d}");
        }
    }
}
