//! The readable reports (Markdown, HTML, CSV), `horsligne report` and the
//! residents' guide, end to end through the command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const SMALL: &str = "tests/fixtures/reports/small.yaml";
const BRUSSELS: &str = "tests/fixtures/reports/bruxelles.yaml";
const TODAY: &str = "2026-11-23";

fn horsligne() -> Command {
    let mut cmd = Command::cargo_bin("horsligne").expect("binary built");
    cmd.env_remove("HORSLIGNE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    cmd
}

/// Stdout of `horsligne audit <catalog> -f <format>` (exit 0 or 1).
fn audit(catalog: &str, format: &str, lang: &str) -> String {
    let out = horsligne()
        .args([
            "--lang", lang, "audit", catalog, "--today", TODAY, "-f", format,
        ])
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn guide(catalog: &str, lang: &str) -> String {
    succeeded(horsligne().args(["--lang", lang, "guide", catalog]))
}

/// Stdout of a command that must succeed.
fn succeeded(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Every `src=`, `href=` and `url(` of a page points inside the page.
fn assert_self_contained(html: &str) {
    for needle in ["src=\"", "href=\"", "url("] {
        for piece in html.split(needle).skip(1) {
            assert!(
                piece.starts_with('#'),
                "external reference {needle}{}",
                &piece[..piece.len().min(60)]
            );
        }
    }
    for tag in ["<script", "<link", "<img", "<iframe", "@import"] {
        assert!(!html.contains(tag), "{tag} in a self-contained page");
    }
}

/// A page as a reviewable snapshot: the (shared, unchanging) stylesheet left
/// out, one tag a line.
fn reviewable(html: &str) -> String {
    let start = html.find("<style>").expect("style") + "<style>".len();
    let end = html.find("</style>").expect("style end");
    format!("{}…{}", &html[..start], &html[end..]).replace("><", ">\n<")
}

#[test]
fn markdown_of_the_small_catalogue() {
    insta::assert_snapshot!("markdown_small_fr", audit(SMALL, "markdown", "fr"));
}

#[test]
fn markdown_escapes_table_cells() {
    let md = audit(SMALL, "markdown", "fr");
    // The pipe cannot end the cell, the angle brackets cannot open HTML.
    assert!(md.contains(r#"Inscrire à la cantine \| tarifs "2026", \<tous\> & autres"#));
    assert!(!md.contains("cantine | tarifs"));
}

#[test]
fn csv_has_one_row_per_procedure_and_finding() {
    let text = audit(SMALL, "csv", "fr");
    insta::assert_snapshot!("csv_small_fr", text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(0), Some("démarche"));
    assert_eq!(header.len(), 16);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("RFC 4180")).collect();
    // acte-naissance (no finding: one row), cantine 5 (VIL-MODEL-ALTERNATIVE is
    // folded into FR-SVE-OPTIONAL: one problem, one finding), mariage 2 (one
    // exempted), chiens 3 (its counter says nothing of appointments: no
    // walk-in finding; its placeholder address is NN-PLACEHOLDER): the core
    // pack and the French packs chosen by scope.
    assert_eq!(rows.len(), 1 + 5 + 2 + 3);
    let cantine = rows
        .iter()
        .find(|r| r.get(0) == Some("cantine"))
        .expect("cantine row");
    assert_eq!(
        cantine.get(1),
        Some(r#"Inscrire à la cantine | tarifs "2026", <tous> & autres"#)
    );
    let exempted: Vec<_> = rows.iter().filter(|r| r.get(12) == Some("oui")).collect();
    assert_eq!(exempted.len(), 1);
    assert_eq!(exempted[0].get(14), Some("2027-12-31"));
    assert!(rows.iter().all(|r| r.len() == 16));
}

#[test]
fn csv_headers_follow_the_language() {
    let text = audit(SMALL, "csv", "en");
    assert!(text.starts_with("procedure,title,service,"));
}

#[test]
fn html_report_of_the_small_catalogue() {
    let html = audit(SMALL, "html", "fr");
    assert_self_contained(&html);
    insta::assert_snapshot!("html_small_fr", reviewable(&html));
}

#[test]
fn html_report_has_every_part_and_escapes_text() {
    let html = audit(SMALL, "html", "fr");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
    for id in [
        "id=\"summary\"",
        "id=\"charts\"",
        "id=\"procedures\"",
        "id=\"by-procedure\"",
        "id=\"exemptions\"",
        "id=\"methodology\"",
        "id=\"chart-services-title\"",
        "id=\"chart-channels-title\"",
    ] {
        assert!(html.contains(id), "{id} missing");
    }
    assert!(
        html.contains("Inscrire à la cantine | tarifs &quot;2026&quot;, &lt;tous&gt; &amp; autres")
    );
    assert!(!html.contains("<tous>"));
    // The accepted exemption, with its reason and expiry, dated in words.
    assert!(html.contains("Les futurs époux sont entendus en personne."));
    assert!(html.contains("31 décembre 2027"));
    // Methodology: pack status and catalogue version.
    assert!(html.contains("recommandation"));
    assert!(html.contains("format 1, 1 fichier, dernière vérification le 1er septembre 2026"));
    assert!(html.contains("@page"), "print stylesheet");
}

/// The visible text of a page: no tags, no attributes, no stylesheet.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    if let (Some(a), Some(b)) = (rest.find("<style>"), rest.find("</style>")) {
        text.push_str(&rest[..a]);
        rest = &rest[b..];
    }
    let mut inside = false;
    let mut out = String::new();
    for c in text.chars().chain(rest.chars()) {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                out.push(' ');
            }
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// What a councillor reads: the N out of M sentence first, who made the
/// audit, titles rather than slugs, no YAML key, no file:line, rule codes only
/// in small print.
#[test]
fn the_council_report_speaks_to_the_council() {
    let out = horsligne()
        .args([
            "--lang",
            "fr",
            "audit",
            SMALL,
            "--today",
            TODAY,
            "-f",
            "html",
            "--author",
            "Association Papier & Co",
        ])
        .output()
        .expect("runs");
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    let body = &html
        [html.find("<main>").expect("main")..html.find("id=\"methodology\"").expect("methodology")];
    let text = visible_text(body);
    let lead = text
        .find("3 démarches sur 4 peuvent se faire sans internet.")
        .expect(&text);
    assert!(lead < text.find("Démarche par démarche").expect("sections"));
    // Issue 23: what is not known yet comes first, as work to do.
    let work = text.find("Travail à faire d'abord").expect("work to do");
    assert!(work < lead, "{text}");
    assert!(text.contains("Déclarer un chien de catégorie 1 ou 2 : espaces réservés à compléter"));
    assert!(html.contains("Audit du 23 novembre 2026, réalisé par Association Papier &amp; Co"));
    for slug in ["acte-naissance", "small.yaml:", "chiens"] {
        assert!(!text.contains(slug), "{slug} in the body:\n{text}");
    }
    for yaml in [
        "covers",
        "booking",
        "opening_hours",
        "appointment",
        "authority.mediator",
        "other_offline",
        "contacts.police",
    ] {
        assert!(!text.contains(yaml), "YAML key {yaml} in the body:\n{text}");
    }
    // One statement for the online-only procedure, however many rules it breaks.
    assert_eq!(
        text.matches("Cette démarche ne se fait qu'en ligne.")
            .count(),
        1,
        "{text}"
    );
    // Rule codes only in small print, linking to the rule's text.
    for (i, _) in body.match_indices("NN-PHONE") {
        let before = &body[..i];
        let opened = before.rfind("<p class=\"codes\">").unwrap_or(0);
        assert!(
            opened > before.rfind("</p>").unwrap_or(0),
            "NN-PHONE outside the small print"
        );
    }
    assert!(html.contains("href=\"#rule-nn-phone\""));
    assert!(html.contains("id=\"rule-nn-phone\""));
    // The author is also in the JSON report.
    let json = horsligne()
        .args([
            "audit",
            SMALL,
            "--today",
            TODAY,
            "-f",
            "json",
            "--author",
            "Association Papier & Co",
        ])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(value["author"], "Association Papier & Co");
}

#[test]
fn html_report_in_english() {
    let html = audit(SMALL, "html", "en");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    assert!(html.contains("Procedure by procedure"));
    assert!(html.contains("Offline channel coverage"));
    assert!(html.contains("3 of 4 procedures can be done without the internet."));
    assert!(!html.contains("Démarche par démarche"));
}

#[test]
fn shipped_catalogue_produces_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |name: &str| dir.path().join(name);
    let arg = |format: &str, name: &str| format!("{format}={}", path(name).display());
    horsligne()
        .args(["audit", "catalog", "--today", TODAY])
        .args(["-f", &arg("html", "report.html")])
        .args(["-f", &arg("json", "audit.json")])
        .args(["-f", &arg("markdown", "report.md")])
        .args(["-f", &arg("csv", "report.csv")])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("démarches auditées"));
    for name in ["report.html", "audit.json", "report.md", "report.csv"] {
        let text = std::fs::read_to_string(path(name)).expect(name);
        assert!(text.len() > 1000, "{name} is too short");
    }
    assert_self_contained(&std::fs::read_to_string(path("report.html")).expect("html"));
}

/// A report rendered from the saved JSON is the report rendered at audit time.
#[test]
fn saved_report_renders_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("audit.json");
    horsligne()
        .args(["audit", SMALL, "--today", TODAY])
        .args(["-f", &format!("json={}", json.display())])
        .assert()
        .code(1);
    for format in ["html", "markdown", "csv"] {
        let direct = audit(SMALL, format, "fr");
        let out = horsligne()
            .args(["report", json.to_str().expect("UTF-8 path"), "-f", format])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "findings at error level");
        assert_eq!(
            String::from_utf8(out.stdout).expect("UTF-8"),
            direct,
            "{format}"
        );
    }
    let html = dir.path().join("out.html");
    horsligne()
        .args([
            "report",
            json.to_str().expect("UTF-8 path"),
            "--format",
            "html",
        ])
        .args([
            "--output",
            html.to_str().expect("UTF-8 path"),
            "--fail-on",
            "never",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("4 démarches auditées"));
    assert!(std::fs::read_to_string(&html)
        .expect("written")
        .contains("<!DOCTYPE html>"));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn report_refuses_what_is_not_a_version_1_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("notjson.json", "version: 1\n", "n'est pas un fichier JSON"),
        (
            "other.json",
            r#"{"name": "x"}"#,
            "n'est pas un rapport de horsligne",
        ),
        ("v2.json", r#"{"report_version": 2}"#, "version 2"),
        (
            "broken.json",
            r#"{"report_version": 1, "tool": 3}"#,
            "rapport illisible",
        ),
    ];
    for (name, text, expected) in cases {
        let path = write(dir.path(), name, text);
        horsligne()
            .args(["report", path.to_str().expect("UTF-8 path"), "-f", "html"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(expected));
    }
    horsligne()
        .args(["report", "does-not-exist.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("impossible de lire"));
}

#[test]
fn guide_of_the_small_catalogue() {
    let html = guide(SMALL, "fr");
    assert_self_contained(&html);
    insta::assert_snapshot!("guide_small_fr", reviewable(&html));
}

#[test]
fn guide_says_where_when_and_how() {
    let html = guide(SMALL, "fr");
    // Hours in words, appointments and how to book them without the internet.
    assert!(html.contains(
        "du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h ; le samedi, de 9 h à 12 h"
    ));
    assert!(html.contains("Sur rendez-vous seulement."));
    assert!(
        html.contains("Pour prendre rendez-vous : par téléphone au 0 800 45 00 00 ou au guichet.")
    );
    assert!(html.contains("Appel gratuit."));
    // The paper form and how to get it without downloading it.
    assert!(html.contains("Formulaire à remplir : « Demande d'acte « modèle A » »."));
    assert!(html.contains("Demandez ce formulaire au guichet ou par courrier."));
    // Online-only, said honestly, with the mediator.
    assert!(html.contains("Pas encore de démarche sans internet."));
    assert!(html.contains("Demandez au médiateur :"));
    assert!(html.contains("Médiation numérique, Maison des services"));
    // Steps and services grouped, procedures without a service last.
    assert!(html.contains("Étape « Déposer le dossier »"));
    let civil = html.find("id=\"s-etat-civil\"").expect("État civil");
    let education = html.find("id=\"s-education\"").expect("Éducation");
    let others = html.find("id=\"s-autres-demarches\"").expect("others");
    assert!(education < civil && civil < others);
    // No URL needed: the online addresses of the catalogue are not in the guide.
    assert!(!html.contains("example.org"));
}

#[test]
fn guide_in_english() {
    let html = guide(SMALL, "en");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Monday to Friday, from 8:30 to 12:00 and from 13:30 to 17:00"));
    assert!(html.contains("No way to do this without the internet yet."));
    assert!(html.contains("Ask the mediator:"));
}

#[test]
fn guide_of_the_shipped_catalogue_lists_every_active_procedure() {
    let html = guide("catalog", "fr");
    assert_self_contained(&html);
    assert_eq!(html.matches("<article class=\"procedure\"").count(), 43);
}

#[test]
fn guide_writes_a_file_and_reports_bad_catalogues() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("guide.html");
    horsligne()
        .args([
            "guide",
            SMALL,
            "--output",
            out.to_str().expect("UTF-8 path"),
        ])
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&out)
        .expect("written")
        .contains("<!DOCTYPE html>"));
    let bad = write(dir.path(), "bad.yaml", "version: 1\nprocedures: 3\n");
    horsligne()
        .args(["guide", bad.to_str().expect("UTF-8 path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yaml"));
}

#[test]
fn audit_reports_have_no_evidence_section() {
    for lang in ["fr", "en"] {
        let html = audit(SMALL, "html", lang);
        assert!(html.contains("id=\"by-procedure\""));
        // Neither the section nor its styles.
        assert!(!html.contains("evidence"), "{lang}");
        let markdown = audit(SMALL, "markdown", lang);
        for heading in [
            "Ce que disent les pages publiques",
            "What the public pages say",
        ] {
            assert!(!markdown.contains(heading), "{lang}");
            assert!(!html.contains(heading), "{lang}");
        }
    }
}

/// The guide never states an unknown as a fact, and says what to do first,
/// what to bring and what it costs.
#[test]
fn the_guide_never_misleads() {
    let html = guide(SMALL, "fr");
    let chiens = &html[html.find("id=\"p-chiens\"").expect("procedure")..];
    let chiens = &chiens[..chiens.find("</article>").expect("end")];
    // The police counter says nothing about appointments: nor does the guide.
    let counter = &chiens[chiens.find("Police municipale").expect("counter")..];
    assert!(!counter.contains("Sans rendez-vous"), "{counter}");
    // A placeholder address is not printed as an address.
    assert!(!chiens.contains("à compléter"), "{chiens}");
    assert!(chiens.contains("Adresse : à demander à l'administration."));
    // What to do first (with who helps), the documents, the cost.
    assert!(chiens.contains("Avant de commencer"));
    assert!(chiens.contains("Médiation numérique, Maison des services"));
    assert!(chiens.contains("Pièces à fournir"));
    assert!(chiens.contains("<li>Le certificat de vaccination antirabique</li>"));
    assert!(chiens.contains("Gratuit."));
    // A counter pictogram, hidden from screen readers (the heading says it).
    assert!(chiens.contains("<svg class=\"pictogram\""));
    assert!(chiens.contains("aria-hidden=\"true\""));
    // A counter that does say "no appointment" still says it.
    assert!(html.contains("Sans rendez-vous."));
    // The authority's name after "de".
    assert!(html.contains("de la Commune de Test-sur-Loire"));
    // Digital prerequisites of an offline route, in the shipped catalogue.
    let shipped = guide("catalog", "fr");
    assert!(shipped.contains("Il faut d'abord un compte en ligne."));
    assert!(shipped.contains("30 € en timbre fiscal, à acheter avant de venir."));
}

/// A placeholder address is a finding of `audit` (a data-quality warning):
/// said, not refused, and never printed to residents as an address.
#[test]
fn a_placeholder_address_is_a_warning() {
    let audit = horsligne()
        .args([
            "--lang", "fr", "audit", SMALL, "--today", TODAY, "-f", "json",
        ])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&audit.stdout).expect("JSON");
    let findings = value["findings"].as_array().expect("findings");
    let placeholder = findings
        .iter()
        .find(|f| f["procedure"] == "chiens" && f["rule"] == "NN-PLACEHOLDER")
        .unwrap_or_else(|| panic!("no placeholder finding: {findings:#?}"));
    assert_eq!(placeholder["severity"], "warning");
    assert!(
        placeholder["message"]
            .as_str()
            .unwrap_or("")
            .contains("address"),
        "{placeholder}"
    );
    let out = horsligne()
        .args(["--lang", "fr", "validate", SMALL])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 fichier)"), "{err}");
}

/// Every `id="…"` of a page, for the check that none is there twice.
fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|piece| piece.split('"').next())
        .collect()
}

/// A Brussels commune hands out one guide at its counter: French and Dutch
/// in one document, each language whole and marked with its `lang`, its
/// words in that language, no id twice; French first unless the reader's
/// language is Dutch.
#[test]
fn brussels_guide_is_bilingual_by_default() {
    let html = succeeded(horsligne().args(["guide", BRUSSELS]));
    let fr = html
        .find("<section class=\"part\" lang=\"fr\"")
        .expect("a French part");
    let nl = html
        .find("<section class=\"part\" lang=\"nl\"")
        .expect("a Dutch part");
    assert!(fr < nl, "French first");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
    let (french, dutch) = html[fr..].split_at(nl - fr);
    assert!(
        french.contains("Faire ses démarches sans internet"),
        "{french}"
    );
    assert!(dutch.contains("Uw procedures zonder internet"), "{dutch}");
    assert!(
        html.contains(">Français<") && html.contains(">Nederlands<"),
        "the list of languages"
    );
    // The tool's own words of one language do not leak into the other.
    assert!(!dutch.contains("Avant de commencer") && !dutch.contains("Sommaire"));
    assert_eq!(html.matches("<main>").count(), 1, "one main");
    let mut all = ids(&html);
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count, "an id twice");
    assert_self_contained(&html);

    let html = succeeded(
        horsligne()
            .env("LANG", "nl_BE.UTF-8")
            .args(["guide", BRUSSELS]),
    );
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"nl\">"));
    let fr = html.find("lang=\"fr\" id=\"fr\"").expect("a French part");
    let nl = html.find("lang=\"nl\" id=\"nl\"").expect("a Dutch part");
    assert!(nl < fr, "Dutch first for a Dutch reader");
}

/// `--lang` (or HORSLIGNE_LANG) asks for one language: the Brussels guide is
/// then in that one alone, and a guide elsewhere is never bilingual.
#[test]
fn a_language_asked_for_gives_a_guide_in_that_language_alone() {
    for (lang, word) in [
        ("nl", "Uw procedures zonder internet"),
        ("fr", "Faire ses démarches sans internet"),
    ] {
        let html = guide(BRUSSELS, lang);
        assert!(!html.contains("class=\"part\""), "{lang}");
        assert!(html.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">")));
        assert!(html.contains(word), "{lang}");
    }
    let html = succeeded(
        horsligne()
            .env("HORSLIGNE_LANG", "nl")
            .args(["guide", BRUSSELS]),
    );
    assert!(!html.contains("class=\"part\"") && html.contains("<html lang=\"nl\">"));
    let html = succeeded(horsligne().args(["guide", SMALL]));
    assert!(!html.contains("class=\"part\"") && html.contains("<html lang=\"fr\">"));
}
