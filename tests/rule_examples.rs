//! The rule documentation cannot lie: every rule of every pack (shipped, and
//! the council pack in `examples/packs`) has a failing and a passing example,
//! run through the real audit; and the generated `docs/rules.md` and
//! `docs/rules.en.md` are those the packs produce today.

use std::path::{Path, PathBuf};

use horsligne::i18n::Lang;
use horsligne::packs::Library;
use horsligne::{docs, rule_examples};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Library {
    Library::load(&[]).unwrap_or_else(|d| panic!("{}", d.render(Lang::En)))
}

#[test]
fn every_shipped_rule_fails_its_failing_example_and_passes_its_passing_one() {
    let library = shipped();
    assert!(library.rules().count() > 40, "every pack is shipped");
    let problems = rule_examples::verify_all_examples(&library);
    assert!(problems.is_empty(), "{}", problems.render(Lang::En));
}

#[test]
fn the_council_pack_in_examples_works_like_a_shipped_one() {
    let library = Library::load(&[root().join("examples/packs")])
        .unwrap_or_else(|d| panic!("{}", d.render(Lang::En)));
    let council = library
        .find_pack("saint-aubin-charte")
        .expect("the example pack loads");
    assert!(!council.shipped);
    for rule in &council.pack.rules {
        let problems = rule_examples::verify_examples(&library, council, rule);
        assert!(problems.is_empty(), "{}", problems.render(Lang::En));
    }
}

/// A pack whose examples lie is caught, with the pack file and the rule's line.
#[test]
fn a_lying_or_missing_example_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("menteur.yaml"),
        r#"id: menteur
title: { fr: Pack menteur }
status: local_policy
rules:
  - id: LIE-PHONE
    title: { fr: Téléphone }
    severity: warning
    check: { channel_offered: { channel: phone } }
    confidence: confirmed
    citation: Essai
    why: { fr: Essai }
    fix: { fr: Essai }
    example_fail: |
      - id: a
        title: A
        channels:
          phone: { contact: standard }
    example_pass: |
      - id: a
        title: A
        channels:
          phone: { contact: robot }
  - id: LIE-SILENT
    title: { fr: Sans exemple }
    severity: info
    check: reachable
    confidence: data_quality
    citation: Essai
    why: { fr: Essai }
    fix: { fr: Essai }
"#,
    )
    .unwrap();
    let library = Library::load(&[PathBuf::from(dir.path())]).unwrap();
    let text = rule_examples::verify_all_examples(&library).render(Lang::En);
    assert!(text.contains("does not trigger rule LIE-PHONE"), "{text}");
    assert!(text.contains("triggers rule LIE-PHONE"), "{text}");
    assert!(
        text.contains("rule LIE-SILENT has no example_fail"),
        "{text}"
    );
    assert!(text.contains("menteur.yaml:5"), "{text}");
}

fn assert_up_to_date(file: &str, lang: Lang, command: &str) {
    let expected = docs::markdown(&shipped(), lang);
    let path = root().join(file);
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{file} is out of date: regenerate it with `{command}`"
    );
}

#[test]
fn docs_rules_md_is_up_to_date() {
    assert_up_to_date(
        "docs/rules.md",
        Lang::Fr,
        "cargo run -- rules docs > docs/rules.md",
    );
}

#[test]
fn docs_rules_en_md_is_up_to_date() {
    assert_up_to_date(
        "docs/rules.en.md",
        Lang::En,
        "cargo run -- --lang en rules docs > docs/rules.en.md",
    );
}
