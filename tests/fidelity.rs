//! Say only what the texts say: each finding's severity, citation and label
//! is true to the jurisdiction of the authority audited, what stands in for a
//! channel is really offline, and catalogues written from real town-hall pages
//! load. Each case is a small catalogue a council would write.

use std::path::Path;

use chrono::NaiveDate;
use horsligne::audit::{self, Audit, AuditOptions, Finding};
use horsligne::catalog::{self, LoadOptions};
use horsligne::i18n::Lang;
use horsligne::packs::{Library, Selection, Severity};
use horsligne::report::model::Report;
use horsligne::report::{Format, RenderOptions};

const CONTACTS: &str = r#"contacts:
  accueil: { kind: counter, address: 1 place de la Mairie }
  titres: { kind: counter, address: 1 place de la Mairie, appointment: required, booking: [online] }
  standard: { kind: phone, number: "04 78 00 00 00", answered_by: human }
  robot: { kind: phone, number: "04 78 00 00 01", answered_by: ivr_only }
  courrier: { kind: postal, address: "Mairie, 69000 Essai" }
  mail: { kind: email, address: mairie@essai.example }
"#;

fn french(level: &str, procedures: &str) -> String {
    format!(
        "version: 1\nauthority: {{ id: fr-99999, name: Essai, country: FR, level: {level} }}\n{CONTACTS}procedures:\n{procedures}"
    )
}

fn belgian(region: &str, procedures: &str) -> String {
    let contacts = CONTACTS.replace("04 78 00 00 0", "04 222 33 4");
    format!(
        "version: 1\nauthority: {{ id: be-1, name: Essai, country: BE, region: {region}, level: commune }}\n{contacts}procedures:\n{procedures}"
    )
}

fn audit_with(text: &str, selection: &Selection, extra_rules: &[&Path]) -> Audit {
    let catalog = catalog::from_str("essai.yaml", text).unwrap_or_else(|d| panic!("{d:?}"));
    let dirs: Vec<_> = extra_rules.iter().map(|p| p.to_path_buf()).collect();
    let library = Library::load(&dirs).unwrap_or_else(|d| panic!("{d:?}"));
    let policy = library.select(&catalog.authority, selection).unwrap();
    audit::run(
        &catalog,
        &policy,
        &AuditOptions {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        },
    )
}

fn audit_of(text: &str) -> Audit {
    audit_with(text, &Selection::default(), &[])
}

fn active(audit: &Audit) -> Vec<&Finding> {
    audit.findings.iter().filter(|f| f.is_active()).collect()
}

fn errors(audit: &Audit) -> Vec<&str> {
    active(audit)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.rule.as_str())
        .collect()
}

fn severity_of(audit: &Audit, rule: &str) -> Option<Severity> {
    active(audit)
        .into_iter()
        .find(|f| f.rule == rule)
        .map(|f| f.severity)
}

const BOOKED_ONLINE_ONLY: &str = r#"  - id: passeport
    title: Passeport
    channels:
      counter: { contact: titres }
"#;

#[test]
fn a_french_commune_with_an_online_booked_counter_gets_one_error_citing_the_others() {
    let audit = audit_of(&french("commune", BOOKED_ONLINE_ONLY));
    assert_eq!(errors(&audit), ["FR-SVE-OPTIONAL"]);
    let sve = active(&audit)
        .into_iter()
        .find(|f| f.rule == "FR-SVE-OPTIONAL")
        .unwrap();
    assert!(
        sve.also_cited
            .iter()
            .any(|c| c.contains("461694") && c.contains("Grenoble")),
        "FR-BOOKING-OFFLINE is cited with it: {:?}",
        sve.also_cited
    );
    let rules: Vec<_> = active(&audit).iter().map(|f| f.rule.as_str()).collect();
    assert!(!rules.contains(&"FR-BOOKING-OFFLINE"), "{rules:?}");
    // The three channels of the reference standard are warnings in France.
    for rule in ["NN-COUNTER", "NN-PHONE", "NN-POSTAL"] {
        assert_eq!(severity_of(&audit, rule), Some(Severity::Warning), "{rule}");
    }
    // Human contact and walk-in are other requirements: warning and information.
    assert_eq!(
        severity_of(&audit, "DDD-HUMAN-CONTACT"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&audit, "DDD-WALK-IN"), Some(Severity::Info));
    // The case law concerned the State: for a commune it is an interpretation.
    let rule = audit
        .rules
        .iter()
        .find(|r| r.rule.id.value == "FR-SVE-OPTIONAL")
        .unwrap();
    assert_eq!(rule.confidence.as_str(), "interpretation");
    let state = audit_of(&french("state", BOOKED_ONLINE_ONLY));
    let rule = state
        .rules
        .iter()
        .find(|r| r.rule.id.value == "FR-SVE-OPTIONAL")
        .unwrap();
    assert_eq!(rule.confidence.as_str(), "confirmed");
    assert_eq!(errors(&state), ["FR-SVE-OPTIONAL"]);
}

#[test]
fn no_french_error_rests_on_belgian_law_and_no_belgian_finding_cites_french_law() {
    let weak = r#"  - id: permis
    title: Permis de construire
    deadline: true
    channels:
      online: { url: "https://essai.example/permis", mandatory: true }
      counter: { contact: titres }
      phone: { kind: phone, number: "PREMIUM" }
  - id: subvention
    title: Subvention
    channels:
      online: { url: "https://essai.example/subvention" }
"#;
    let audit = audit_of(&french(
        "commune",
        &weak.replace("PREMIUM", "0 891 70 12 12"),
    ));
    for f in active(&audit) {
        let belgian_law = f.citation.contains("wallon") || f.citation.contains("C.C.");
        assert!(
            !(belgian_law && f.severity == Severity::Error),
            "{}: {}",
            f.rule,
            f.citation
        );
        if belgian_law {
            assert_eq!(&*f.pack, "non-numerique", "only as the reference standard");
        }
    }
    for region in ["wallonie", "bruxelles-capitale"] {
        let audit = audit_of(&belgian(region, &weak.replace("PREMIUM", "070 22 33 44")));
        assert!(!active(&audit).is_empty());
        for f in active(&audit) {
            for french_law in [
                "CRPA",
                "ESSOC",
                "Conseil d'État",
                "CE,",
                "L. 112",
                "2018-727",
            ] {
                assert!(
                    !f.citation.contains(french_law),
                    "{region} {}: {}",
                    f.rule,
                    f.citation
                );
            }
        }
    }
}

#[test]
fn labels_say_what_a_citation_is() {
    let audit = audit_with(
        &french("commune", BOOKED_ONLINE_ONLY),
        &Selection {
            packs: vec!["humain-d-abord".into()],
            preview: true,
            ..Selection::default()
        },
        &[],
    );
    let report = Report::from_audit(&audit, Lang::Fr);
    let label = |id: &str| {
        let rule = report.rules.iter().find(|r| r.id == id).unwrap();
        (rule.basis.clone(), rule.basis_label.clone())
    };
    assert_eq!(label("FR-SVE-OPTIONAL").1, "Base légale");
    assert!(label("DDD-HUMAN-CONTACT")
        .1
        .starts_with("Fondement (recommandation"));
    assert!(label("FR-OBONO-COUNTER-EVERY-STEP")
        .1
        .contains("proposition de loi"));
    assert!(label("HUM-COUNTER").1.contains("revendication"));
    assert_eq!(label("NN-UNREACHABLE").0, "data_quality");
    assert_eq!(label("NN-REVIEWED").0, "data_quality");
    for rule in &report.rules {
        assert!(
            rule.basis == "legal_basis" || !rule.basis_label.contains("Base légale"),
            "{}",
            rule.id
        );
    }
}

#[test]
fn the_headline_counts_procedures_doable_without_the_internet() {
    let procedures = r#"  - id: acte
    title: Acte
    channels:
      counter: { contact: accueil }
  - id: cantine
    title: Cantine
    channels:
      phone: { contact: standard }
  - id: passeport
    title: Passeport
    channels:
      counter: { contact: titres }
  - id: stationnement
    title: Stationnement
    channels:
      online: { url: "https://essai.example/s" }
"#;
    let audit = audit_of(&french("commune", procedures));
    let report = Report::from_audit(&audit, Lang::Fr);
    assert_eq!(report.summary.offline_possible, 2);
    let options = RenderOptions {
        lang: Lang::Fr,
        color: false,
    };
    for format in [Format::Html, Format::Markdown] {
        let text = format.reporter().render(&report, &options).unwrap();
        assert!(
            text.contains("2 démarches sur 4 peuvent se faire sans internet"),
            "{format:?}"
        );
        assert!(text.contains("« conforme » veut dire"), "{format:?}");
    }
}

#[test]
fn wallonia_no_phone_is_an_error_a_weak_phone_a_warning() {
    let procedure = |phone: &str| {
        format!(
            "  - id: allocation\n    title: Allocation\n    channels:\n      counter: {{ contact: accueil }}\n      postal: {{ contact: courrier }}\n{phone}"
        )
    };
    let none = audit_of(&belgian("wallonie", &procedure("")));
    assert_eq!(errors(&none), ["WAL-PHONE"]);
    assert_eq!(severity_of(&none, "WAL-PHONE-SERVICE"), None);
    for phone in [
        "      phone: { contact: standard, covers: info }\n",
        "      phone: { contact: robot }\n",
    ] {
        let audit = audit_of(&belgian("wallonie", &procedure(phone)));
        assert!(errors(&audit).is_empty(), "{phone}: {:?}", errors(&audit));
        assert_eq!(
            severity_of(&audit, "WAL-PHONE-SERVICE"),
            Some(Severity::Warning),
            "{phone}"
        );
    }
}

#[test]
fn brussels_equivalents_are_judged_by_the_one_definition_of_offline() {
    let with = |replacement: &str| {
        format!(
            "  - id: prime\n    title: Prime\n    channels:\n      phone: {{ contact: standard }}\n      postal: {{ contact: courrier }}\n      other_offline:\n{replacement}"
        )
    };
    let robot = with("        replaces: counter\n        description: Ligne automatique\n        contact: robot\n");
    assert_eq!(
        errors(&audit_of(&belgian("bruxelles-capitale", &robot))),
        ["BXL-COUNTER"]
    );
    let lawful =
        with("        replaces: counter\n        description: Permanence mobile sans rendez-vous\n        contact: accueil\n");
    assert!(errors(&audit_of(&belgian("bruxelles-capitale", &lawful))).is_empty());
    // With the associations' pack, a lawful equivalent is information, not an error.
    let advocacy = Selection {
        packs: vec!["humain-d-abord".into()],
        ..Selection::default()
    };
    let audit = audit_with(&belgian("bruxelles-capitale", &lawful), &advocacy, &[]);
    assert!(errors(&audit).is_empty(), "{:?}", errors(&audit));
    assert_eq!(severity_of(&audit, "HUM-COUNTER"), Some(Severity::Info));
    // A counter bookable only online does not replace the phone.
    let booked = "  - id: aide\n    title: Aide\n    channels:\n      counter: { contact: accueil }\n      postal: { contact: courrier }\n      other_offline:\n        replaces: phone\n        description: Rendez-vous\n        contact: titres\n";
    assert_eq!(
        errors(&audit_of(&belgian("bruxelles-capitale", booked))),
        ["BXL-PHONE"]
    );
}

#[test]
fn brussels_refuses_the_burden_ground_and_warns_for_other_exemption_problems() {
    let exempted = |ground: &str, until: &str| {
        format!(
            "  - id: stationnement\n    title: Stationnement\n    channels:\n      counter: {{ contact: accueil }}\n      postal: {{ contact: courrier }}\n    exemptions:\n      - {{ rule: BXL-PHONE, reason: Trop d'appels, reference: Collège 2025-12, ground: {ground}, until: {until} }}\n"
        )
    };
    let burden = audit_of(&belgian(
        "bruxelles-capitale",
        &exempted("disproportionate_burden", "2027-12-31"),
    ));
    let mut found = errors(&burden);
    found.sort();
    assert_eq!(found, ["BXL-NO-BURDEN-WAIVER", "BXL-PHONE"]);
    assert_eq!(
        severity_of(&burden, "NN-EXEMPTION"),
        None,
        "folded into the error"
    );
    let expired = audit_of(&belgian(
        "bruxelles-capitale",
        &exempted("legal_text", "2025-01-31"),
    ));
    assert_eq!(
        severity_of(&expired, "NN-EXEMPTION"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&expired, "BXL-NO-BURDEN-WAIVER"), None);
}

#[test]
fn premium_phones_follow_essoc_scope_and_an_unknown_tariff_is_only_a_warning() {
    let phone = |number: &str| {
        format!("  - id: allocation\n    title: Allocation\n    channels:\n      phone: {{ kind: phone, number: \"{number}\" }}\n")
    };
    let unknown = audit_of(&french("state", &phone("3230")));
    assert_eq!(severity_of(&unknown, "FR-NO-PREMIUM-PHONE"), None);
    assert_eq!(
        severity_of(&unknown, "NN-PHONE-TARIFF"),
        Some(Severity::Warning)
    );
    let premium = audit_of(&french("state", &phone("0 891 70 12 12")));
    assert_eq!(
        severity_of(&premium, "FR-NO-PREMIUM-PHONE"),
        Some(Severity::Error)
    );
    assert_eq!(severity_of(&premium, "NN-PHONE-TARIFF"), None, "folded");
    let ccas = audit_of(&french("local_public_body", &phone("0 891 70 12 12")));
    assert_eq!(
        severity_of(&ccas, "FR-NO-PREMIUM-PHONE"),
        Some(Severity::Info)
    );
    assert!(errors(&ccas).is_empty(), "{:?}", errors(&ccas));
}

#[test]
fn an_email_substitute_loads_and_is_a_finding() {
    let teleservice = r#"  - id: titre
    title: Titre de séjour étudiant
    assistance: [standard]
    channels:
      online:
        url: "https://essai.example/anef"
        mandatory: true
        legal_basis: Arrêté du 27 avril 2021
        substitute: mail
"#;
    let audit = audit_of(&french("state", teleservice));
    let finding = active(&audit)
        .into_iter()
        .find(|f| f.rule == "FR-TELESERVICE-SAFEGUARDS")
        .expect("an e-mail is no substitute");
    assert_eq!(finding.severity, Severity::Error);
    assert!(finding
        .message
        .get(Lang::Fr)
        .contains("n'est pas hors ligne"));
}

#[test]
fn a_counter_without_address_loads_and_is_a_warning() {
    let text = french(
        "commune",
        "  - id: passeport\n    title: Passeport\n    channels:\n      counter: { kind: counter, name: Mairie annexe }\n",
    );
    let audit = audit_of(&text);
    assert_eq!(
        severity_of(&audit, "NN-CONTACT-DETAILS"),
        Some(Severity::Warning)
    );
    let finding = active(&audit)
        .into_iter()
        .find(|f| f.rule == "NN-CONTACT-DETAILS")
        .unwrap();
    assert!(finding.message.get(Lang::Fr).contains("demandez-le"));
    // The residents' guide says to ask for the address.
    let catalog = catalog::from_str("essai.yaml", &text).unwrap();
    let guide = horsligne::guide::render(&catalog, Lang::Fr);
    assert!(guide.contains("à demander à l'administration"), "{guide}");
}

#[test]
fn a_split_catalogue_may_repeat_its_version_but_not_change_it() {
    let dir = tempfile::tempdir().unwrap();
    let head = "version: 1\nauthority: { id: fr-99999, name: Essai, country: FR, level: commune }\ncontacts:\n  accueil: { kind: counter, address: 1 place }\n";
    std::fs::write(dir.path().join("00-autorite.yaml"), head).unwrap();
    let procedures = |version: u32| {
        format!("version: {version}\nprocedures:\n  - id: acte\n    title: Acte\n    channels:\n      counter: {{ contact: accueil }}\n")
    };
    std::fs::write(dir.path().join("10-etat-civil.yaml"), procedures(1)).unwrap();
    let catalog = catalog::open(dir.path(), &LoadOptions::default());
    assert!(catalog.is_ok(), "{:?}", catalog.err());
    std::fs::write(dir.path().join("10-etat-civil.yaml"), procedures(2)).unwrap();
    let Err(d) = catalog::open(dir.path(), &LoadOptions::default()) else {
        panic!("a different version must be refused")
    };
    let text = d.render(Lang::En);
    assert!(text.contains("10-etat-civil.yaml:1"), "{text}");
    assert!(text.contains("differs from `version: 1`"), "{text}");
}

#[test]
fn geneva_authorities_get_the_offline_life_warning() {
    let text = "version: 1\nauthority: { id: ch-ge-6621, name: Genève, country: CH, region: geneve, level: commune }\ncontacts:\n  mail: { kind: email, address: info@essai.example }\nprocedures:\n  - id: macaron\n    title: Macaron\n    channels:\n      online: { url: \"https://essai.example/m\" }\n      email: { contact: mail }\n";
    let audit = audit_of(text);
    assert_eq!(
        severity_of(&audit, "GE-OFFLINE-LIFE"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&audit, "NN-ONLINE-ONLY"), None, "superseded");
    assert!(errors(&audit).is_empty(), "{:?}", errors(&audit));
}

#[test]
fn a_council_adopting_the_standard_gets_errors_under_its_own_commitment() {
    let text = french("commune", BOOKED_ONLINE_ONLY).replace("fr-99999", "fr-99002");
    let packs = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/packs");
    let audit = audit_with(&text, &Selection::default(), &[&packs]);
    let mut found = errors(&audit);
    found.sort();
    // The online-only procedure stays under the law (FR-SVE-OPTIONAL): the
    // pack has no rule of its own for it, so there is one error for it.
    assert_eq!(
        found,
        ["FR-SVE-OPTIONAL", "VFL-COUNTER", "VFL-PHONE", "VFL-POSTAL"]
    );
    for f in active(&audit)
        .into_iter()
        .filter(|f| f.rule.starts_with("VFL-"))
    {
        assert!(f.citation.contains("Val-Fleuri"), "{}", f.citation);
    }
}
