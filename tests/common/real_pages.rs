//! The real-page corpus of `horsligne scan` (tests/fixtures/real-pages): one
//! site per authority, built from real public pages, each with its truth
//! (`truth.json`, written before the reader was run). Scores a site's draft
//! and the audit of that draft against the truth: procedures found, each
//! channel (a channel given « for information » is not a channel), the
//! online-only statement, appointments, the audit's verdict (which offline
//! channels fully work), channels drawn from the site's template.
//! Shared by tests/real_pages.rs and the `scan_metrics` example.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

pub use super::scan_web::Counts;

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real-pages")
}

/// The sites of the corpus, in name order.
pub fn sites() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .filter(|e| e.path().join("truth.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

pub fn truth(site: &str) -> Value {
    let path = corpus_dir().join(site).join("truth.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub const MEASURES: [&str; 8] = [
    "procedures",
    "counter",
    "phone",
    "postal",
    "online",
    "online_only",
    "appointment",
    "verdict",
];

/// Everything measured on the corpus.
#[derive(Debug, Default)]
pub struct Scores {
    pub counts: BTreeMap<&'static str, Counts>,
    pub drafts: u32,
    pub drafts_valid: u32,
    pub verdicts: u32,
    pub verdicts_right: u32,
    pub template_channels: u32,
    pub details: Vec<String>,
}

impl Scores {
    fn add(&mut self, measure: &'static str, expected: bool, found: bool) {
        let c = self.counts.entry(measure).or_default();
        match (expected, found) {
            (true, true) => c.tp += 1,
            (true, false) => c.fn_ += 1,
            (false, true) => c.fp += 1,
            (false, false) => {}
        }
    }

    pub fn get(&self, measure: &str) -> Counts {
        self.counts.get(measure).copied().unwrap_or_default()
    }

    pub fn verdict_share(&self) -> f64 {
        if self.verdicts == 0 {
            0.0
        } else {
            f64::from(self.verdicts_right) / f64::from(self.verdicts)
        }
    }

    /// The scores as a Markdown table, then the drafts and verdict lines.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "| measure | expected | drafted | right | precision | recall |\n|---|---:|---:|---:|---:|---:|\n",
        );
        for m in &MEASURES[..7] {
            let c = self.get(m);
            out.push_str(&c.row(m));
        }
        out.push_str(&format!(
            "\ndrafts that validate: {}/{}; audit verdicts matching the truth: {}/{} ({:.2}); channels from template text: {}\n",
            self.drafts_valid,
            self.drafts,
            self.verdicts_right,
            self.verdicts,
            self.verdict_share(),
            self.template_channels
        ));
        out
    }
}

fn fold(s: &str) -> String {
    horsligne::reading::fold(s)
}

fn squash(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A drafted channel that the page gives for information only does not
/// count as a channel.
fn full_channels(p: &Value) -> BTreeSet<String> {
    p["channels"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| {
            !c["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|f| f["key"] == "covers" && f["value"] == "info")
        })
        .filter_map(|c| c["kind"].as_str().map(str::to_owned))
        .collect()
}

fn appointment_required(p: &Value) -> bool {
    p["channels"].as_array().into_iter().flatten().any(|c| {
        c["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["key"] == "appointment" && f["value"] == "required")
    })
}

/// Text of a page without its tags, for finding template sentences.
fn page_text(html: &str) -> String {
    let doc = horsligne::reading::Document::parse(html);
    squash(doc.text.display_range(0, doc.text.len()))
}

/// Scores one site: `draft` is `scan --format json`'s output, `audit` the
/// JSON report of `audit` on the YAML draft (None when the draft did not
/// validate), `valid` whether `validate` accepted the draft.
pub fn score(site: &str, draft: &Value, audit: Option<&Value>, valid: bool, scores: &mut Scores) {
    let truth = truth(site);
    scores.drafts += 1;
    if valid {
        scores.drafts_valid += 1;
    } else {
        scores
            .details
            .push(format!("{site}: the draft does not validate"));
    }
    // Text that every page of the site repeats: the « Vos démarches » page is
    // the template around a list of titles.
    let listing = std::fs::read_to_string(corpus_dir().join(site).join("demarches/index.html"))
        .map(|h| page_text(&h))
        .unwrap_or_default();
    let drafted = draft["procedures"].as_array().cloned().unwrap_or_default();
    for p in &drafted {
        for c in p["channels"].as_array().into_iter().flatten() {
            let evidence = c["evidence"]["text"].as_str().or_else(|| {
                c["fields"]
                    .as_array()
                    .and_then(|f| f.first())
                    .and_then(|f| f["evidence"]["text"].as_str())
            });
            if let Some(e) = evidence.map(squash).filter(|e| e.len() > 8) {
                if listing.contains(&e) {
                    scores.template_channels += 1;
                    scores.details.push(format!(
                        "{site}: {} channel from template text « {e} »",
                        c["kind"].as_str().unwrap_or("")
                    ));
                }
            }
        }
    }
    let wanted = truth["procedures"].as_array().cloned().unwrap_or_default();
    let matches = super::scan_web::match_procedures(&drafted, &wanted);
    let mut used = vec![false; drafted.len()];
    for (e, matched) in wanted.iter().zip(matches) {
        let page = e["page"].as_str().unwrap_or("");
        let title = fold(e["title"].as_str().unwrap_or(""));
        let offline: BTreeSet<String> = e["offline"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        scores.verdicts += 1;
        let Some(i) = matched else {
            scores.add("procedures", true, false);
            scores
                .details
                .push(format!("{site}: missed procedure {page} « {title} »"));
            continue;
        };
        used[i] = true;
        scores.add("procedures", true, true);
        let p = &drafted[i];
        let channels = full_channels(p);
        let any_channel = |kind: &str| {
            p["channels"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["kind"] == kind)
        };
        for kind in ["counter", "phone", "postal"] {
            let (ex, fo) = (offline.contains(kind), channels.contains(kind));
            if ex != fo {
                scores.details.push(format!(
                    "{site}: {page} « {title} » {kind}: expected {ex}, drafted {fo}"
                ));
            }
            scores.add(
                match kind {
                    "counter" => "counter",
                    "phone" => "phone",
                    _ => "postal",
                },
                ex,
                fo,
            );
        }
        let checks: [(&'static str, bool, bool); 3] = [
            ("online", e["online"] == true, any_channel("online")),
            (
                "online_only",
                e["online_only"] == true,
                !p["online_only"].is_null(),
            ),
            (
                "appointment",
                e["appointment"] == "required",
                appointment_required(p),
            ),
        ];
        for (measure, ex, fo) in checks {
            if ex != fo {
                scores.details.push(format!(
                    "{site}: {page} « {title} » {measure}: expected {ex}, drafted {fo}"
                ));
            }
            scores.add(measure, ex, fo);
        }
        // The audit's verdict: which offline channels fully work.
        let id = p["id"].as_str().unwrap_or("");
        let audited = audit.and_then(|a| {
            a["procedures"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|q| q["id"] == id)
        });
        let verdict: Option<BTreeSet<String>> = audited.map(|q| {
            q["offline_channels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .filter(|k| k != "other_offline")
                .collect()
        });
        if verdict.as_ref() == Some(&offline) {
            scores.verdicts_right += 1;
        } else {
            scores.details.push(format!(
                "{site}: {page} « {title} » verdict: expected {offline:?}, audit {verdict:?}"
            ));
        }
    }
    for p in drafted
        .iter()
        .enumerate()
        .filter(|(i, _)| !used[*i])
        .map(|(_, p)| p)
    {
        scores.add("procedures", false, true);
        scores.details.push(format!(
            "{site}: extra procedure {} « {} »",
            super::scan_web::path_of(p["page"].as_str().unwrap_or("")),
            p["title"]["value"].as_str().unwrap_or("")
        ));
    }
}
