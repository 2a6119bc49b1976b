//! Benchmark of `verify` (not a test): serves PAGES town-hall pages on
//! 127.0.0.1, verifies a catalogue of PAGES procedures pointing at them with
//! CONCURRENCY requests at once, and prints the pages per second. Run it
//! under `/usr/bin/time -v` for the peak memory: `bench/verify.sh` does.
//!
//! cargo run --release --example verify_bench -- PAGES CONCURRENCY

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use horsligne::catalog;
use horsligne::verify::{self, EvidenceVerdict, FetchOptions, Fetcher, Phrases};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PAGE: &str = r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Démarche - Ville d'Essai</title>
<script>var dataLayer = [];</script></head><body>
<header><a href="/">Ville d'Essai</a><nav><ul><li><a href="/mairie">Ma mairie</a></li><li><a href="/demarches">Démarches</a></li><li><a href="/agenda">Agenda</a></li></ul></nav></header>
<main><h1>Demander une copie d'acte</h1>
<p>Service État civil, 1 place de la Mairie, 69000 Essai. Ouvert du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h.</p>
<p>Tél.&nbsp;: 04&nbsp;78&nbsp;00&nbsp;00&nbsp;00 — depuis l'étranger +33 (0)4 78 00 00 00.</p>
<p>Par courrier : Mairie d'Essai, 1 place de la Mairie, 69000 Essai.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
</main><footer><p>Ville d'Essai — Hôtel de ville</p><ul><li>Mentions légales</li><li>Accessibilité</li></ul></footer></body></html>"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let pages: usize = args.next().as_deref().unwrap_or("10000").parse()?;
    let concurrency: usize = args.next().as_deref().unwrap_or("16").parse()?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let server = runtime.block_on(async {
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        Mock::given(method("GET"))
            .and(path_regex(r"^/demarches/\d+$"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(PAGE, "text/html; charset=utf-8"))
            .mount(&server)
            .await;
        server
    });

    let mut yaml = String::from(
        "version: 1\nauthority: { id: fr-99999, name: Ville d'Essai, country: FR, level: commune }\n\
         contacts:\n  accueil: { kind: counter, address: \"1 place de la Mairie, 69000 Essai\" }\n  \
         standard: { kind: phone, number: \"04 78 00 00 00\", answered_by: human }\n  \
         courrier: { kind: postal, address: \"Mairie d'Essai, 1 place de la Mairie, 69000 Essai\" }\n\
         procedures:\n",
    );
    for i in 0..pages {
        writeln!(
            yaml,
            "  - id: d{i}\n    title: Démarche {i}\n    page: \"{}/demarches/{i}\"\n    channels:\n      \
             counter: {{ contact: accueil }}\n      phone: {{ contact: standard }}\n      postal: {{ contact: courrier }}",
            server.uri()
        )?;
    }
    let catalog = catalog::from_str("bench.yaml", &yaml).map_err(|d| d.to_string())?;
    drop(yaml);
    if std::env::var_os("BENCH_BASELINE").is_some() {
        // The catalogue and the server alone: what verify's memory is measured against.
        println!("pages={pages} baseline");
        return Ok(());
    }

    let options = FetchOptions {
        allow_private: true,
        concurrency,
        // One local host: the per-host limits would measure the politeness, not the crawler.
        per_host: concurrency,
        interval: Duration::ZERO,
        ..FetchOptions::default()
    };
    let fetcher = Arc::new(Fetcher::new(options)?);
    let phrases = Arc::new(Phrases::shipped().map_err(|d| d.to_string())?);
    let start = Instant::now();
    let evidence = runtime.block_on(verify::verify(
        &catalog,
        fetcher,
        phrases,
        &indicatif::ProgressBar::hidden(),
    ));
    let elapsed = start.elapsed();
    let confirmed = evidence
        .procedures
        .values()
        .flat_map(|e| &e.channels)
        .filter(|c| c.verdict == EvidenceVerdict::Confirmed)
        .count();
    let evidence_bytes: usize = evidence
        .procedures
        .values()
        .map(|e| serde_json::to_vec(e).map(|v| v.len()).unwrap_or(0))
        .sum();
    eprintln!(
        "evidence_json_bytes_per_page={}",
        evidence_bytes / pages.max(1)
    );
    if confirmed != pages * 3 {
        return Err(format!("expected {} confirmed channels, got {confirmed}", pages * 3).into());
    }
    println!(
        "pages={pages} concurrency={concurrency} seconds={:.3} pages_per_second={:.0}",
        elapsed.as_secs_f64(),
        pages as f64 / elapsed.as_secs_f64()
    );
    Ok(())
}
