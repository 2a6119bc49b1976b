//! The fictional test web of `horsligne scan` (tests/fixtures/scan-web): a
//! small HTTP server on 127.0.0.1 serving one commune site per directory,
//! and the scoring of a draft against the site's expected draft
//! (`expected.json`): precision and recall per channel and for online-only.
//! Shared by tests/scan.rs and the `scan_metrics` example.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const SITES: [&str; 4] = ["ville-a", "ville-b", "commune-c", "commune-d"];

pub fn web_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scan-web")
}

/// Serves `dir` on 127.0.0.1 (any free port) until the runtime stops; returns
/// the base URL (`http://127.0.0.1:PORT`).
pub async fn serve(dir: PathBuf) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("bind: {e}"));
    let base = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    let served = base.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                continue;
            };
            let dir = dir.clone();
            let base = served.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&request);
                let path = text
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or("/")
                    .split('?')
                    .next()
                    .unwrap_or("/")
                    .to_owned();
                let (status, content_type, body) = answer(&dir, &path, &base);
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    base
}

fn answer(dir: &Path, path: &str, base: &str) -> (&'static str, &'static str, Vec<u8>) {
    if path.contains("..") {
        return ("400 Bad Request", "text/plain", b"bad".to_vec());
    }
    let mut file = dir.join(path.trim_start_matches('/'));
    if path.ends_with('/') {
        file = file.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(bytes) if path.ends_with(".xml") => {
            let text = String::from_utf8_lossy(&bytes).replace("{{BASE}}", base);
            ("200 OK", "application/xml", text.into_bytes())
        }
        Ok(bytes) if !path.ends_with(".json") => ("200 OK", "text/html", bytes),
        _ => (
            "404 Not Found",
            "text/html",
            b"<h1>Page introuvable</h1>".to_vec(),
        ),
    }
}

/// True and false positives and negatives of one measure.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    /// One row of a Markdown table of scores: expected, drafted, right,
    /// precision, recall.
    pub fn row(&self, measure: &str) -> String {
        format!(
            "| {measure} | {} | {} | {} | {:.2} | {:.2} |\n",
            self.tp + self.fn_,
            self.tp + self.fp,
            self.tp,
            self.precision(),
            self.recall()
        )
    }

    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
    fn add(&mut self, expected: Option<&str>, found: Option<&str>) {
        match (expected, found) {
            (Some(e), Some(f)) if e == f => self.tp += 1,
            (Some(_), Some(_)) => {
                self.fp += 1;
                self.fn_ += 1;
            }
            (Some(_), None) => self.fn_ += 1,
            (None, Some(_)) => self.fp += 1,
            (None, None) => {}
        }
    }
}

/// The measures, by name: procedures, each channel, online_only, hours, appointment.
pub type Scores = BTreeMap<&'static str, Counts>;

pub const MEASURES: [&str; 9] = [
    "procedures",
    "phone",
    "counter",
    "postal",
    "email",
    "online",
    "online_only",
    "hours",
    "appointment",
];

fn fold(s: &str) -> String {
    horsligne::reading::fold(s)
}

/// The path of a drafted page's URL, as the truth writes it.
pub fn path_of(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.path().to_owned())
        .unwrap_or_default()
}

/// Which drafted procedure each expected one is: the one on its page with
/// its title, else the only one on its page when the page has only it.
pub fn match_procedures(drafted: &[Value], wanted: &[Value]) -> Vec<Option<usize>> {
    let mut used = vec![false; drafted.len()];
    wanted
        .iter()
        .map(|e| {
            let page = e["page"].as_str().unwrap_or("");
            let title = fold(e["title"].as_str().unwrap_or(""));
            let on_page: Vec<usize> = (0..drafted.len())
                .filter(|&i| !used[i] && path_of(drafted[i]["page"].as_str().unwrap_or("")) == page)
                .collect();
            let same_title = on_page
                .iter()
                .copied()
                .find(|&i| fold(drafted[i]["title"]["value"].as_str().unwrap_or("")) == title);
            let matched = same_title.or_else(|| {
                (on_page.len() == 1 && wanted.iter().filter(|w| w["page"] == page).count() == 1)
                    .then(|| on_page[0])
            });
            if let Some(i) = matched {
                used[i] = true;
            }
            matched
        })
        .collect()
}

/// What a draft procedure says, reduced to the compared values.
fn observed(p: &Value, country: &str) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    let channels = p["channels"].as_array().cloned().unwrap_or_default();
    for c in &channels {
        let kind = c["kind"].as_str().unwrap_or("");
        let fields = c["fields"].as_array().cloned().unwrap_or_default();
        let field = |k: &str| {
            fields
                .iter()
                .find(|f| f["key"] == k)
                .and_then(|f| f["value"].as_str().map(str::to_owned))
        };
        // A channel the page gives for information only still counts as
        // found (online_only measures whether the draft says so).
        match kind {
            "phone" => {
                if let Some(n) = field("number") {
                    let normalized = horsligne::catalog::phone::analyse(&n, country)
                        .map(|i| i.normalized)
                        .unwrap_or(n);
                    out.insert("phone", normalized);
                }
            }
            "counter" | "postal" => {
                let postcode = field("address")
                    .and_then(|a| {
                        a.split(|c: char| !c.is_ascii_digit())
                            .rfind(|w| w.len() == 4 || w.len() == 5)
                            .map(str::to_owned)
                    })
                    .unwrap_or_default();
                out.insert(
                    if kind == "counter" {
                        "counter"
                    } else {
                        "postal"
                    },
                    postcode,
                );
                if kind == "counter" {
                    if let Some(h) = field("opening_hours") {
                        out.insert("hours", h);
                    }
                    if let Some(a) = field("appointment") {
                        out.insert("appointment", a);
                    }
                }
            }
            "email" => {
                if let Some(a) = field("address") {
                    out.insert("email", a);
                }
            }
            "online" => {
                out.insert("online", "true".into());
            }
            _ => {}
        }
    }
    if !p["online_only"].is_null() {
        out.insert("online_only", "true".into());
    }
    out
}

fn expected_values(e: &Value) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    for key in [
        "phone",
        "counter",
        "postal",
        "email",
        "hours",
        "appointment",
    ] {
        if let Some(v) = e[key].as_str() {
            out.insert(key, v.to_owned());
        }
    }
    for key in ["online", "online_only"] {
        if e[key].as_bool() == Some(true) {
            out.insert(key, "true".into());
        }
    }
    out
}

/// Scores `draft` (the JSON of `horsligne scan --format json`) against the
/// site's `expected` (its expected.json); `details` gets one line per miss.
pub fn score(draft: &Value, expected: &Value, scores: &mut Scores, details: &mut Vec<String>) {
    let country = expected["country"].as_str().unwrap_or("FR");
    let drafted = draft["procedures"].as_array().cloned().unwrap_or_default();
    let wanted = expected["procedures"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let matches = match_procedures(&drafted, &wanted);
    let mut used = vec![false; drafted.len()];
    for (e, matched) in wanted.iter().zip(matches) {
        let page = e["page"].as_str().unwrap_or("");
        let title = fold(e["title"].as_str().unwrap_or(""));
        let expected = expected_values(e);
        let Some(i) = matched else {
            scores.entry("procedures").or_default().fn_ += 1;
            details.push(format!("missed procedure {page} « {title} »"));
            for k in expected.keys() {
                scores.entry(k).or_default().fn_ += 1;
            }
            continue;
        };
        used[i] = true;
        scores.entry("procedures").or_default().tp += 1;
        let found = observed(&drafted[i], country);
        for measure in &MEASURES[1..] {
            let (ex, fo) = (expected.get(measure), found.get(measure));
            if ex != fo {
                details.push(format!(
                    "{page} « {title} » {measure}: expected {ex:?}, drafted {fo:?}"
                ));
            }
            scores
                .entry(measure)
                .or_default()
                .add(ex.map(String::as_str), fo.map(String::as_str));
        }
    }
    for (_, p) in drafted.iter().enumerate().filter(|(i, _)| !used[*i]) {
        scores.entry("procedures").or_default().fp += 1;
        details.push(format!(
            "extra procedure {} « {} »",
            path_of(p["page"].as_str().unwrap_or("")),
            p["title"]["value"].as_str().unwrap_or("")
        ));
        for k in observed(p, country).into_keys() {
            scores.entry(k).or_default().fp += 1;
        }
    }
}

/// The scores as a Markdown table.
pub fn table(scores: &Scores) -> String {
    let mut out = String::from("| measure | expected | drafted | right | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
    for m in MEASURES {
        let c = scores.get(m).copied().unwrap_or_default();
        out.push_str(&c.row(m));
    }
    out
}
