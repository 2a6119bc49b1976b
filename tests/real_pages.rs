//! `horsligne scan` on real town-hall pages (tests/fixtures/real-pages: 46
//! authorities in France, Wallonia and Brussels, 46 procedure pages rebuilt
//! from their public text, truth written before the reader ran). Each site
//! is served on 127.0.0.1, scanned with its country and region; its YAML
//! draft must validate and is audited; the draft and the audit's verdicts are
//! scored against the truth. The floors are the issue's « done when »
//! (docs/scan.md gives the figures): a change that reads real pages worse
//! fails here.

mod common;

use common::real_pages;

use serde_json::Value;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn scan(base: &str, truth: &Value, extra: &[&str]) -> std::process::Output {
    let mut cmd = common::horsligne();
    cmd.args(["scan", &format!("{base}/"), "--allow-private"])
        .args(["--country", truth["country"].as_str().unwrap_or("FR")])
        .args(["--interval-ms", "0", "--per-host", "8"])
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy");
    if let Some(region) = truth["region"].as_str() {
        cmd.args(["--region", region]);
    }
    cmd.args(extra);
    cmd.output().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn real_pages_are_read_right() {
    let rt = runtime();
    let dir = common::tempdir();
    let mut scores = real_pages::Scores::default();
    for site in real_pages::sites() {
        let truth = real_pages::truth(&site);
        let base = rt.block_on(common::scan_web::serve(
            real_pages::corpus_dir().join(&site),
        ));
        let out = scan(&base, &truth, &["--format", "json"]);
        assert!(
            out.status.success(),
            "{site}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let draft: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
        let yaml = dir.path().join(format!("{site}.yaml"));
        let out = scan(
            &base,
            &truth,
            &["--output", yaml.to_str().unwrap_or_default()],
        );
        assert!(
            out.status.success(),
            "{site}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let validate = common::horsligne()
            .args(["validate", yaml.to_str().unwrap_or_default()])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let valid = validate.status.success();
        if !valid {
            eprintln!("{site}: {}", String::from_utf8_lossy(&validate.stdout));
        }
        let audit = valid.then(|| {
            let out = common::horsligne()
                .args(["audit", yaml.to_str().unwrap_or_default()])
                .args([
                    "--format",
                    "json",
                    "--fail-on",
                    "never",
                    "--today",
                    common::TODAY,
                ])
                .output()
                .unwrap_or_else(|e| panic!("{e}"));
            serde_json::from_slice::<Value>(&out.stdout)
                .unwrap_or_else(|e| panic!("{site}: {e}: {}", String::from_utf8_lossy(&out.stderr)))
        });
        real_pages::score(&site, &draft, audit.as_ref(), valid, &mut scores);
    }
    eprintln!("{}\n{}", scores.table(), scores.details.join("\n"));
    assert_eq!(scores.drafts_valid, scores.drafts, "every draft validates");
    assert_eq!(scores.template_channels, 0, "no channel from template text");
    let procedures = scores.get("procedures");
    assert!(
        procedures.recall() >= 0.90,
        "procedures found: {:.2}",
        procedures.recall()
    );
    let phone = scores.get("phone");
    assert!(
        phone.precision() >= 0.90,
        "phone precision {:.2}",
        phone.precision()
    );
    assert!(
        scores.verdict_share() >= 0.85,
        "verdicts {:.2}",
        scores.verdict_share()
    );
}
