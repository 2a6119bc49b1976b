//! The crawler shared by `verify` and `scan`, against hostile or unusual
//! servers (issue 10 §5): robots.txt too large or behind a redirect, a long
//! Retry-After, gzip bodies, windows-1252 pages, a proxy asked to reach a
//! private address.

use std::io::Write;
use std::time::Duration;

use horsligne::crawl::{FetchOptions, Fetcher, InconclusiveReason, PageRole, PageState};
use horsligne::i18n::Lang;
use url::Url;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn options() -> FetchOptions {
    FetchOptions {
        allow_private: true,
        interval: Duration::ZERO,
        retries: 1,
        backoff_base: Duration::from_millis(10),
        ..FetchOptions::default()
    }
}

fn fetcher(options: FetchOptions) -> Fetcher {
    Fetcher::new(options).unwrap_or_else(|e| panic!("{e}"))
}

fn at(server: &MockServer, p: &str) -> Url {
    Url::parse(&format!("{}{p}", server.uri())).unwrap_or_else(|e| panic!("{e}"))
}

async fn page(server: &MockServer, p: &str, body: &str) {
    Mock::given(method("GET"))
        .and(path(p.to_owned()))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "text/html"),
        )
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_robots_txt_larger_than_the_cap_disallows_everything() {
    let server = MockServer::start().await;
    let mut robots = String::from("User-agent: *\n");
    while robots.len() < 20_000 {
        robots.push_str("Disallow: /nothing-here\n");
    }
    page(&server, "/robots.txt", &robots).await;
    page(&server, "/demarches", "<p>Démarches</p>").await;
    let f = fetcher(FetchOptions {
        budget: horsligne::crawl::Budget {
            max_body_bytes: 10_000,
            ..horsligne::crawl::Budget::default()
        },
        ..options()
    });
    let got = f.fetch(&at(&server, "/demarches"), PageRole::Page).await;
    assert_eq!(
        got.evidence.reason,
        Some(InconclusiveReason::RobotsDisallow)
    );
    assert!(got.body.is_none());
    // Within the cap, the same robots.txt allows the page.
    let f = fetcher(options());
    let got = f.fetch(&at(&server, "/demarches"), PageRole::Page).await;
    assert_eq!(got.evidence.state, PageState::Ok);
}

#[tokio::test]
async fn a_robots_txt_behind_a_redirect_is_followed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/robots.txt"))
        .respond_with(ResponseTemplate::new(301).insert_header("Location", "/real-robots.txt"))
        .mount(&server)
        .await;
    page(
        &server,
        "/real-robots.txt",
        "User-agent: *\nDisallow: /prive\n",
    )
    .await;
    page(&server, "/prive/page", "<p>x</p>").await;
    page(&server, "/public", "<p>x</p>").await;
    let f = fetcher(options());
    let refused = f.fetch(&at(&server, "/prive/page"), PageRole::Page).await;
    assert_eq!(
        refused.evidence.reason,
        Some(InconclusiveReason::RobotsDisallow)
    );
    let allowed = f.fetch(&at(&server, "/public"), PageRole::Page).await;
    assert_eq!(allowed.evidence.state, PageState::Ok);
}

#[tokio::test]
async fn a_server_error_on_robots_txt_disallows_and_a_missing_one_allows() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/robots.txt"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    page(&server, "/a", "<p>x</p>").await;
    let f = fetcher(FetchOptions {
        retries: 0,
        ..options()
    });
    let got = f.fetch(&at(&server, "/a"), PageRole::Page).await;
    assert_eq!(
        got.evidence.reason,
        Some(InconclusiveReason::RobotsDisallow)
    );

    let missing = MockServer::start().await;
    page(&missing, "/a", "<p>x</p>").await;
    let got = fetcher(options())
        .fetch(&at(&missing, "/a"), PageRole::Page)
        .await;
    assert_eq!(got.evidence.state, PageState::Ok);
}

#[tokio::test]
async fn a_long_retry_after_leaves_the_host_alone_for_the_rest_of_the_run() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/a"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "3600"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/b"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let f = fetcher(options());
    let first = f.fetch(&at(&server, "/a"), PageRole::Page).await;
    assert_eq!(first.evidence.state, PageState::Inconclusive);
    let second = f.fetch(&at(&server, "/b"), PageRole::Page).await;
    assert_eq!(
        second.evidence.reason,
        Some(InconclusiveReason::RateLimited)
    );
    assert!(second
        .evidence
        .detail
        .unwrap_or_default()
        .contains("3600 s"));
    // `expect` is checked when the server is dropped: /b was never asked.
}

#[tokio::test]
async fn gzip_bodies_and_windows_1252_pages_are_read_as_people_see_them() {
    let server = MockServer::start().await;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all("<p>Démarche uniquement en ligne</p>".as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    let compressed = gz.finish().unwrap_or_else(|e| panic!("{e}"));
    Mock::given(method("GET"))
        .and(path("/gz"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Content-Encoding", "gzip")
                .set_body_raw(compressed, "text/html; charset=utf-8"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/latin"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            b"<p>D\xe9marche \xe0 faire en mairie</p>".to_vec(),
            "text/html; charset=windows-1252",
        ))
        .mount(&server)
        .await;
    let f = fetcher(options());
    let gz = f.fetch(&at(&server, "/gz"), PageRole::Page).await;
    assert!(gz
        .body
        .unwrap_or_default()
        .contains("Démarche uniquement en ligne"));
    let latin = f.fetch(&at(&server, "/latin"), PageRole::Page).await;
    assert!(latin
        .body
        .unwrap_or_default()
        .contains("Démarche à faire en mairie"));
}

#[tokio::test]
async fn through_a_proxy_the_target_is_checked_first_and_messages_follow_the_language() {
    // The proxy would answer anything; it must never be asked.
    let proxy = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<p>interne</p>"))
        .expect(0)
        .mount(&proxy)
        .await;
    for (lang, words) in [(Lang::Fr, "--allow-private"), (Lang::En, "refused")] {
        let f = fetcher(FetchOptions {
            allow_private: false,
            proxy: Some(Url::parse(&proxy.uri()).unwrap_or_else(|e| panic!("{e}"))),
            lang,
            ..options()
        });
        for target in [
            "http://localhost:8080/",
            "http://[::127.0.0.1]/",
            "http://240.0.0.1/",
            "http://[64:ff9b::a00:1]/",
        ] {
            let url = Url::parse(target).unwrap_or_else(|e| panic!("{e}"));
            let got = f.fetch(&url, PageRole::Page).await;
            assert_eq!(
                got.evidence.reason,
                Some(InconclusiveReason::PrivateAddress),
                "{target}"
            );
            let detail = got.evidence.detail.unwrap_or_default();
            assert!(detail.contains(words), "{target}: {detail}");
        }
    }
}

#[tokio::test]
async fn short_waits_adding_up_past_the_host_share_give_the_host_up() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/a"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "1"))
        .mount(&server)
        .await;
    page(&server, "/b", "<p>b</p>").await;
    let budget = |host_wait: u64| horsligne::crawl::Budget {
        max_host_wait: Duration::from_secs(host_wait),
        ..horsligne::crawl::Budget::default()
    };
    // Two waits of 1 s against a share of 1 s: given up, and /b is not asked.
    let f = fetcher(FetchOptions {
        retries: 5,
        budget: budget(1),
        ..options()
    });
    f.fetch(&at(&server, "/a"), PageRole::Page).await;
    let b = f.fetch(&at(&server, "/b"), PageRole::Page).await;
    assert_eq!(b.evidence.reason, Some(InconclusiveReason::RateLimited));
    assert_eq!(f.given_up_hosts().len(), 1);
    // With a share of a minute, the same host is kept.
    let f = fetcher(FetchOptions {
        retries: 1,
        budget: budget(60),
        ..options()
    });
    f.fetch(&at(&server, "/a"), PageRole::Page).await;
    let b = f.fetch(&at(&server, "/b"), PageRole::Page).await;
    assert_eq!(b.evidence.state, PageState::Ok);
    assert!(f.given_up_hosts().is_empty());
}

#[tokio::test]
async fn past_the_deadline_no_request_starts_and_the_page_is_inconclusive() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let f = fetcher(FetchOptions {
        budget: horsligne::crawl::Budget {
            deadline: Duration::ZERO,
            ..horsligne::crawl::Budget::default()
        },
        ..options()
    });
    assert!(f.past_deadline());
    let got = f.fetch(&at(&server, "/a"), PageRole::Page).await;
    assert_eq!(got.evidence.state, PageState::Inconclusive);
    assert_eq!(got.evidence.reason, Some(InconclusiveReason::Timeout));
    // A run time too large to count is not an overflow.
    let f = fetcher(FetchOptions {
        budget: horsligne::crawl::Budget {
            deadline: Duration::from_secs(u64::MAX),
            ..horsligne::crawl::Budget::default()
        },
        ..options()
    });
    assert!(!f.past_deadline());
}
