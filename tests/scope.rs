//! Who is bound, for what, since when (issue 22): a council is never told it
//! complies when the binding text was not applied, nor that it breaks a text
//! that may not bind it. Each case is a small catalogue a council would write.

use chrono::NaiveDate;
use horsligne::audit::{self, Audit, AuditOptions, Finding};
use horsligne::catalog;
use horsligne::i18n::Lang;
use horsligne::packs::{Library, Selection, Severity};
use horsligne::report::model::Report;
use horsligne::report::{Format, RenderOptions};

const CONTACTS: &str = r#"contacts:
  accueil: { kind: counter, address: "Place 1, 5000 Namur" }
  titres: { kind: counter, address: "Place 1, 5000 Namur", appointment: required, booking: [online] }
  standard: { kind: phone, number: "081 24 00 00", answered_by: human }
  robot: { kind: phone, number: "081 24 00 01", answered_by: ivr_only }
  courrier: { kind: postal, address: "Place 1, 5000 Namur" }
  borne: { kind: counter, address: "Hall, 5000 Namur", self_service: true }
"#;

const COMPLETE: &str = "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil }\n      phone: { contact: standard }\n      postal: { contact: courrier }\n";

fn belgian(authority: &str, procedures: &str) -> String {
    format!(
        "version: 1\nauthority: {{ id: be-1, name: Essai, country: BE, level: commune{authority} }}\n{CONTACTS}procedures:\n{procedures}"
    )
}

fn audit_of(text: &str) -> Audit {
    let catalog = catalog::from_str("essai.yaml", text).unwrap_or_else(|d| panic!("{d:?}"));
    let library = Library::load(&[]).unwrap();
    let policy = library
        .select(&catalog.authority, &Selection::default())
        .unwrap();
    audit::run(
        &catalog,
        &policy,
        &AuditOptions {
            today: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
        },
    )
}

fn active(audit: &Audit) -> Vec<&Finding> {
    audit.findings.iter().filter(|f| f.is_active()).collect()
}

fn with_severity(audit: &Audit, severity: Severity) -> Vec<&str> {
    active(audit)
        .into_iter()
        .filter(|f| f.severity == severity)
        .map(|f| f.rule.as_str())
        .collect()
}

fn message_of<'a>(audit: &'a Audit, rule: &str) -> &'a str {
    active(audit)
        .into_iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} finding"))
        .message
        .get(Lang::Fr)
}

fn table(audit: &Audit, lang: Lang) -> String {
    let report = Report::from_audit(audit, lang);
    Format::Table
        .reporter()
        .render(&report, &RenderOptions { lang, color: false })
        .unwrap()
}

const NO_PHONE: &str =
    "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil }\n      postal: { contact: courrier }\n";

// §1 — region spelling never drops the binding pack.

#[test]
fn the_usual_spellings_of_a_region_apply_its_binding_text() {
    for (written, error) in [
        ("bruxelles", "BXL-PHONE"),
        ("Brussel", "BXL-PHONE"),
        ("Brussels-Capital", "BXL-PHONE"),
        ("wallonia", "WAL-PHONE"),
        ("Waals Gewest", "WAL-PHONE"),
        ("BE-WAL", "WAL-PHONE"),
    ] {
        let audit = audit_of(&belgian(&format!(", region: {written}"), NO_PHONE));
        assert!(
            with_severity(&audit, Severity::Error).contains(&error),
            "{written}: {:?}",
            with_severity(&audit, Severity::Error)
        );
    }
}

#[test]
fn an_unknown_or_missing_belgian_region_is_refused_at_load() {
    let unknown = catalog::from_str("essai.yaml", &belgian(", region: walonie", NO_PHONE))
        .unwrap_err()
        .render(Lang::En);
    assert!(unknown.contains("essai.yaml:2"), "{unknown}");
    assert!(unknown.contains("did you mean `wallonie`"), "{unknown}");
    // No region and no Belgian postcode to deduce it from.
    let bare = "version: 1\nauthority: { id: be-1, name: Essai, country: BE, level: commune }\ncontacts:\n  accueil: { kind: counter }\nprocedures:\n  - id: p\n    title: P\n    channels: { counter: { contact: accueil } }\n";
    let missing = catalog::from_str("essai.yaml", bare)
        .unwrap_err()
        .render(Lang::Fr);
    assert!(missing.contains("doit indiquer sa région"), "{missing}");
}

#[test]
fn a_region_deduced_from_the_postcode_is_said_in_the_report() {
    let audit = audit_of(&belgian("", NO_PHONE));
    assert_eq!(audit.authority.region.as_deref(), Some("wallonie"));
    assert!(with_severity(&audit, Severity::Error).contains(&"WAL-PHONE"));
    let report = Report::from_audit(&audit, Lang::Fr);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["authority"]["region"], "wallonie");
    assert_eq!(json["authority"]["region_deduced_from"]["postcode"], 5000);
    let text = table(&audit, Lang::Fr);
    assert!(
        text.contains("région wallonie déduite du code postal 5000"),
        "{text}"
    );
}

#[test]
fn the_report_says_which_texts_were_applied_examined_or_missing() {
    let walloon = audit_of(&belgian(", region: Région wallonne", COMPLETE));
    let report = Report::from_audit(&walloon, Lang::Fr);
    let json = serde_json::to_value(&report).unwrap();
    let examined = json["texts"]["examined"].as_array().unwrap();
    let verdict = |pack: &str| {
        examined
            .iter()
            .find(|t| t["pack"] == pack)
            .map(|t| t["verdict"].as_str().unwrap().to_owned())
    };
    assert_eq!(verdict("wallonie-2024").as_deref(), Some("applied"));
    assert_eq!(verdict("bruxelles-2024").as_deref(), Some("other_region"));
    // French texts are not examined for a Belgian commune.
    assert_eq!(verdict("france-droit-positif"), None);
    assert_eq!(json["authority"]["region_written"], "Région wallonne");
    let text = table(&walloon, Lang::Fr);
    assert!(text.contains("Textes appliqués :"), "{text}");
    assert!(
        text.contains("wallonie-2024 [droit en vigueur] (date d'entrée en vigueur non vérifiée)"),
        "{text}"
    );
    assert!(text.contains("bruxelles-2024 (non applicable : il lie bruxelles-capitale"));

    let flemish = audit_of(&belgian(", region: Vlaanderen", COMPLETE));
    let text = table(&flemish, Lang::Fr);
    assert!(
        text.contains("Flandre : aucun texte régional examiné"),
        "{text}"
    );
    let english = table(&flemish, Lang::En);
    assert!(
        english.contains("Flanders: no regional text examined"),
        "{english}"
    );
}

// §1 — Brussels equivalence.

fn brussels(procedures: &str) -> Audit {
    audit_of(&belgian(", region: bruxelles-capitale", procedures))
}

#[test]
fn a_brussels_equivalent_cannot_reuse_another_required_channel() {
    // The postal contact declared as the counter's replacement: phone and post alone.
    let post_as_counter = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      phone: { contact: standard }\n      postal: { contact: courrier }\n      other_offline: { replaces: counter, description: Par courrier, contact: courrier }\n",
    );
    assert!(with_severity(&post_as_counter, Severity::Error).contains(&"BXL-COUNTER"));
    let message = message_of(&post_as_counter, "BXL-COUNTER");
    assert!(
        message.contains(
            "n'est pas un équivalent non numérique de niveau au moins équivalent (C.C. n° 126/2025)"
        ),
        "{message}"
    );
    assert!(message.contains("courrier de la démarche"), "{message}");
    // The phone line standing in for the counter: not physical.
    let phone_as_counter = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      phone: { contact: standard }\n      postal: { contact: courrier }\n      other_offline: { replaces: counter, description: Rappel, kind: phone, number: \"081 24 00 09\", answered_by: human }\n",
    );
    let message = message_of(&phone_as_counter, "BXL-COUNTER");
    assert!(message.contains("rencontre en personne"), "{message}");
    // The counter's own contact standing in for the phone.
    let counter_as_phone = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil }\n      postal: { contact: courrier }\n      other_offline: { replaces: phone, description: Au guichet, contact: accueil }\n",
    );
    assert!(with_severity(&counter_as_phone, Severity::Error).contains(&"BXL-PHONE"));
    // A home visit: a distinct, physical, human measure.
    let visit = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      phone: { contact: standard }\n      postal: { contact: courrier }\n      other_offline: { replaces: counter, description: Visite à domicile, kind: counter, name: Visites, address: \"Sur demande, 1000 Bruxelles\" }\n",
    );
    assert!(with_severity(&visit, Severity::Error).is_empty());
    assert!(with_severity(&visit, Severity::Warning)
        .iter()
        .all(|r| *r != "BXL-EQUIVALENT-HUMAN"));
}

#[test]
fn a_self_service_kiosk_is_no_counter_nor_equivalent() {
    let kiosk = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: borne }\n      phone: { contact: standard }\n      postal: { contact: courrier }\n",
    );
    assert!(with_severity(&kiosk, Severity::Error).contains(&"BXL-COUNTER"));
    assert!(message_of(&kiosk, "BXL-COUNTER").contains("borne en libre-service"));
    let kiosk_equivalent = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      phone: { contact: standard }\n      postal: { contact: courrier }\n      other_offline: { replaces: counter, description: Borne, contact: borne }\n",
    );
    assert!(with_severity(&kiosk_equivalent, Severity::Error).contains(&"BXL-COUNTER"));
}

#[test]
fn a_brussels_equivalent_not_clearly_human_must_be_justified() {
    let unstated = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil }\n      postal: { contact: courrier }\n      other_offline: { replaces: phone, description: Ligne sociale, kind: phone, number: \"081 24 00 09\" }\n",
    );
    assert!(with_severity(&unstated, Severity::Warning).contains(&"BXL-EQUIVALENT-HUMAN"));
    assert!(message_of(&unstated, "BXL-EQUIVALENT-HUMAN").starts_with("équivalence à justifier"));
    assert!(!with_severity(&unstated, Severity::Error).contains(&"BXL-PHONE"));
}

#[test]
fn phone_booking_through_a_machine_only_line_does_not_count() {
    let booked = "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil, appointment: required, booking: [phone] }\n      phone: { contact: robot }\n      postal: { contact: courrier }\n";
    let audit = audit_of(&belgian(", region: wallonie", booked));
    assert!(with_severity(&audit, Severity::Error).contains(&"WAL-COUNTER"));
    let human = booked.replace("contact: robot", "contact: standard");
    let audit = audit_of(&belgian(", region: wallonie", &human));
    assert!(!with_severity(&audit, Severity::Error).contains(&"WAL-COUNTER"));
}

// §2 — what may not bind.

#[test]
fn an_information_only_line_in_brussels_is_a_warning_no_line_an_error() {
    let info = brussels(
        "  - id: prime\n    title: Prime\n    channels:\n      counter: { contact: accueil }\n      phone: { contact: standard, covers: info }\n      postal: { contact: courrier }\n",
    );
    assert!(!with_severity(&info, Severity::Error).contains(&"BXL-PHONE"));
    assert!(with_severity(&info, Severity::Warning).contains(&"BXL-PHONE-SERVICE"));
    let none = brussels(NO_PHONE);
    assert!(with_severity(&none, Severity::Error).contains(&"BXL-PHONE"));
}

#[test]
fn regional_rules_on_a_federal_matter_are_warnings_that_say_so() {
    let passport = "  - id: passeport\n    title: Passeport\n    matter: federal\n    channels:\n      counter: { contact: accueil }\n";
    for region in ["wallonie", "bruxelles-capitale"] {
        let audit = audit_of(&belgian(&format!(", region: {region}"), passport));
        let regional_errors: Vec<&str> = with_severity(&audit, Severity::Error)
            .into_iter()
            .filter(|r| r.starts_with("WAL-") || r.starts_with("BXL-"))
            .collect();
        assert!(regional_errors.is_empty(), "{region}: {regional_errors:?}");
        let phone = if region == "wallonie" {
            "WAL-PHONE"
        } else {
            "BXL-PHONE"
        };
        assert!(with_severity(&audit, Severity::Warning).contains(&phone));
        assert!(
            message_of(&audit, phone)
                .starts_with("matière fédérale : application du texte régional non établie"),
            "{}",
            message_of(&audit, phone)
        );
    }
    // The same procedure without `matter`: the rules apply as written.
    let unstated = passport.replace("    matter: federal\n", "");
    let audit = audit_of(&belgian(", region: wallonie", &unstated));
    assert!(with_severity(&audit, Severity::Error).contains(&"WAL-PHONE"));
}

#[test]
fn the_vgc_is_not_bound_by_the_brussels_text() {
    let text = belgian(", region: bruxelles-capitale", NO_PHONE).replace(
        "name: Essai, country: BE, level: commune",
        "name: Vlaamse Gemeenschapscommissie, country: BE, level: other",
    );
    let audit = audit_of(&text);
    assert!(active(&audit).iter().all(|f| !f.rule.starts_with("BXL-")));
    let report = Report::from_audit(&audit, Lang::Fr);
    let json = serde_json::to_value(&report).unwrap();
    let bxl = json["texts"]["examined"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["pack"] == "bruxelles-2024")
        .unwrap()
        .clone();
    assert_eq!(bxl["verdict"], "not_a_party");
}

// §2 — a French CCAS is no Belgian CPAS; a law that excludes a level is good practice there.

fn french(level: &str) -> String {
    format!(
        "version: 1\nauthority: {{ id: fr-1, name: CCAS d'Essai, country: FR, level: {level} }}\ncontacts:\n  accueil: {{ kind: counter, address: \"Place 1, 27000 Évreux\" }}\n  surtaxe: {{ kind: phone, number: \"0 892 70 12 12\", answered_by: human }}\n  courrier: {{ kind: postal, address: \"Place 1, 27000 Évreux\" }}\nprocedures:\n  - id: aide\n    title: Aide sociale\n    channels:\n      counter: {{ contact: accueil }}\n      phone: {{ contact: surtaxe }}\n      postal: {{ contact: courrier }}\n"
    )
}

#[test]
fn a_french_ccas_coded_cpas_is_refused_with_the_right_level() {
    let refused = catalog::from_str("essai.yaml", &french("cpas"))
        .unwrap_err()
        .render(Lang::Fr);
    assert!(refused.contains("essai.yaml:2"), "{refused}");
    assert!(refused.contains("local_public_body"), "{refused}");
    // As a local public body, ESSOC art. 28 does not bind it: good practice.
    let ccas = audit_of(&french("local_public_body"));
    let premium = active(&ccas)
        .into_iter()
        .find(|f| f.rule == "FR-NO-PREMIUM-PHONE")
        .expect("the premium number is still reported");
    assert_eq!(premium.severity, Severity::Info);
    let json = serde_json::to_value(Report::from_audit(&ccas, Lang::Fr)).unwrap();
    let rule = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "FR-NO-PREMIUM-PHONE")
        .unwrap()
        .clone();
    assert_eq!(rule["basis"], "good_practice");
    assert!(rule["basis_label"]
        .as_str()
        .unwrap()
        .starts_with("Bonne pratique"));
    // The State is bound: an error under « Base légale ».
    let state = audit_of(&french("state"));
    assert!(with_severity(&state, Severity::Error).contains(&"FR-NO-PREMIUM-PHONE"));
    let json = serde_json::to_value(Report::from_audit(&state, Lang::Fr)).unwrap();
    let basis = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "FR-NO-PREMIUM-PHONE")
        .unwrap()["basis"]
        .clone();
    assert_eq!(basis, "legal_basis");
    // A body of unknown kind: whether ESSOC binds it is to confirm.
    let other = audit_of(&french("other"));
    assert!(with_severity(&other, Severity::Warning).contains(&"FR-NO-PREMIUM-PHONE"));
}

#[test]
fn a_belgian_federal_body_is_outside_the_regional_texts() {
    let text = belgian(", region: wallonie", NO_PHONE).replace("level: commune", "level: state");
    let audit = audit_of(&text);
    assert!(active(&audit).iter().all(|f| !f.rule.starts_with("WAL-")));
    let json = serde_json::to_value(Report::from_audit(&audit, Lang::Fr)).unwrap();
    let wal = json["texts"]["examined"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["pack"] == "wallonie-2024")
        .unwrap()
        .clone();
    assert_eq!(wal["verdict"], "level_excluded");
}

#[test]
fn the_walloon_phone_is_owed_to_the_procedure_not_to_each_step() {
    let steps = "  - id: prime\n    title: Prime\n    steps:\n      - name: Demande\n        channels:\n          counter: { contact: accueil }\n          phone: { contact: standard }\n          postal: { contact: courrier }\n      - name: Pièces justificatives\n        channels:\n          counter: { contact: accueil }\n          postal: { contact: courrier }\n";
    let audit = audit_of(&belgian(", region: wallonie", steps));
    assert!(
        with_severity(&audit, Severity::Error).is_empty(),
        "{:?}",
        with_severity(&audit, Severity::Error)
    );
    // Counter and post stay owed at every step.
    let no_post = steps.replacen("          postal: { contact: courrier }\n", "", 2);
    let audit = audit_of(&belgian(", region: wallonie", &no_post));
    let errors = with_severity(&audit, Severity::Error);
    assert!(errors.contains(&"WAL-POSTAL"), "{errors:?}");
    assert!(!errors.contains(&"WAL-PHONE"), "{errors:?}");
}

#[test]
fn nothing_foreign_is_cited_as_a_basis_and_cpas_lead_with_their_decree() {
    let audit = audit_of(&belgian(", region: wallonie", NO_PHONE));
    let mediator = active(&audit)
        .into_iter()
        .find(|f| f.rule == "NN-MEDIATOR")
        .expect("no mediator designated");
    assert!(
        !mediator.citation.contains("Villeurbanne"),
        "{}",
        mediator.citation
    );
    let cpas =
        audit_of(&belgian(", region: wallonie", NO_PHONE).replace("level: commune", "level: cpas"));
    let phone = active(&cpas)
        .into_iter()
        .find(|f| f.rule == "WAL-PHONE")
        .unwrap();
    assert!(
        phone.citation.starts_with(
            "Décret wallon du 21/11/2024 relatif aux matières réglées en vertu de l'article 138"
        ),
        "{}",
        phone.citation
    );
    assert!(phone.citation.contains("numérotation non confirmée"));
}

#[test]
fn a_text_not_yet_in_force_is_said_not_applied() {
    let text = "version: 1\nauthority: { id: ch-ge-1, name: Essai, country: CH, region: Genève, level: commune }\ncontacts:\n  accueil: { kind: counter, address: \"Place 1, 1204 Genève\" }\nprocedures:\n  - id: p\n    title: P\n    channels:\n      online: { url: \"https://essai.example/p\" }\n";
    let catalog = catalog::from_str("essai.yaml", text).unwrap();
    let library = Library::load(&[]).unwrap();
    let policy = library
        .select(&catalog.authority, &Selection::default())
        .unwrap();
    let on = |y, m, d| {
        audit::run(
            &catalog,
            &policy,
            &AuditOptions {
                today: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            },
        )
    };
    let before = on(2023, 7, 1);
    assert!(active(&before).iter().all(|f| f.rule != "GE-OFFLINE-LIFE"));
    let json = serde_json::to_value(Report::from_audit(&before, Lang::Fr)).unwrap();
    let ge = json["texts"]["examined"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["pack"] == "geneve-2023")
        .unwrap()
        .clone();
    assert_eq!(ge["verdict"], "not_yet_in_force");
    assert_eq!(ge["effective_from_verified"], false);
    let after = on(2026, 12, 3);
    assert!(with_severity(&after, Severity::Warning).contains(&"GE-OFFLINE-LIFE"));
    assert!(table(&after, Lang::Fr).contains("date d'entrée en vigueur non vérifiée"));
}

// §4 — Belgian wording in the council report.

#[test]
fn a_belgian_council_report_never_speaks_of_la_mairie() {
    let html = |audit: &Audit| {
        let report = Report::from_audit(audit, Lang::Fr);
        Format::Html
            .reporter()
            .render(
                &report,
                &RenderOptions {
                    lang: Lang::Fr,
                    color: false,
                },
            )
            .unwrap()
    };
    let commune = html(&audit_of(&belgian(", region: wallonie", NO_PHONE)));
    assert!(!commune.contains("mairie"), "la mairie in a Belgian report");
    assert!(
        commune.contains("Ce que l&#39;administration communale peut faire")
            || commune.contains("Ce que l'administration communale peut faire")
    );
    // Nor does its residents' guide, even where it must say to ask for an
    // address the catalogue does not give.
    let unknown_address = belgian(", region: wallonie", NO_PHONE).replace(
        "accueil: { kind: counter, address: \"Place 1, 5000 Namur\" }",
        "accueil: { kind: counter }",
    );
    let guide = horsligne::guide::render(
        &catalog::from_str("essai.yaml", &unknown_address).unwrap_or_else(|d| panic!("{d:?}")),
        Lang::Fr,
    );
    assert!(
        guide.contains("Adresse : à demander à l'administration."),
        "{guide}"
    );
    assert!(!guide.contains("mairie"), "la mairie in a Belgian guide");
    let cpas = html(&audit_of(
        &belgian(", region: wallonie", NO_PHONE).replace("level: commune", "level: cpas"),
    ));
    assert!(cpas.contains("Ce que le CPAS peut faire"));
    // No French body in a Belgian report's rules, and the Walloon texts
    // never suggest the decree governs the identity card.
    let audit = audit_of(&belgian(", region: wallonie", NO_PHONE));
    let json = serde_json::to_value(Report::from_audit(&audit, Lang::Fr)).unwrap();
    for rule in json["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        assert!(
            !["FR-", "DDD-", "VIL-", "SPP-"]
                .iter()
                .any(|p| id.starts_with(p)),
            "{id} in a Belgian report"
        );
        let citation = rule["citation"].as_str().unwrap();
        assert!(!citation.contains("Villeurbanne"), "{id}: {citation}");
        assert!(
            !citation.contains("Défenseur des droits"),
            "{id}: {citation}"
        );
    }
    assert!(!commune.contains("(carte d'identité), déclarez"));
    assert!(!commune.contains("(carte d&#39;identité), déclarez"));
    // The finding box names the text inline, not only the rule code.
    assert!(
        commune.contains("Obligation</span> — <span class=\"text\">Décret wallon du 21/11/2024"),
        "the text is not named inline"
    );
}

// §3 — citations say what the texts say.

#[test]
fn citations_quote_the_texts_not_their_commentators() {
    let library = Library::load(&[]).unwrap();
    let citation = |id: &str| {
        library
            .find_rule(id)
            .unwrap_or_else(|| panic!("{id} is shipped"))
            .1
            .citation
            .clone()
    };
    // The Conseil d'État's abstract, not the commentators' « un droit et non
    // une obligation » put in its mouth; and what the case concerned.
    let sve = citation("FR-SVE-OPTIONAL");
    assert!(
        sve.contains("aucune obligation de saisine électronique"),
        "{sve}"
    );
    assert!(sve.contains("mentionné aux tables"), "{sve}");
    assert!(sve.contains("téléservices de l'État"), "{sve}");
    assert!(!sve.contains("un droit et non une obligation"), "{sve}");
    // An interim order of a tribunal illustrates; it is never the legal basis.
    let safeguards = citation("FR-TELESERVICE-SAFEGUARDS");
    assert!(
        safeguards.contains("illustration, non base légale : TA Grenoble"),
        "{safeguards}"
    );
    // Geneva: the constitutional article and its date, from a secondary source.
    let geneva = citation("GE-OFFLINE-LIFE");
    assert!(geneva.contains("art. 21A, al. 2"), "{geneva}");
    assert!(geneva.contains("8 juillet 2023"), "{geneva}");
    assert!(geneva.contains("source secondaire"), "{geneva}");
}
