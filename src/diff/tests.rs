//! One trigger and one non-trigger per change kind, on catalogues a council
//! would write (the shared check fixtures: counter `accueil`, counter `titres`
//! booked online only, phones `standard` and `robot`, `courrier`, `mail`).

use super::*;
use crate::checks::fixture::catalog;

/// The procedure `demarche` with `channels` (YAML, indented for the `channels:` key).
fn procedure(channels: &str) -> String {
    format!("- id: demarche\n  title: Demander une attestation\n  channels:\n{channels}")
}

const FULL: &str = "    counter: { contact: accueil }\n    phone: { contact: standard }\n    postal: { contact: courrier }\n";

fn kinds(before: &str, after: &str) -> Vec<ChangeKind> {
    let diff = compare(&catalog(before), &catalog(after));
    diff.changes().map(|c| c.kind.clone()).collect()
}

fn channel_kinds(before: &str, after: &str) -> Vec<ChangeKind> {
    kinds(&procedure(before), &procedure(after))
}

#[test]
fn identical_catalogues_have_no_change() {
    assert!(compare(&catalog(&procedure(FULL)), &catalog(&procedure(FULL))).is_empty());
}

#[test]
fn removing_an_offline_channel_is_a_regression() {
    let after = "    counter: { contact: accueil }\n    phone: { contact: standard }\n";
    let diff = compare(&catalog(&procedure(FULL)), &catalog(&procedure(after)));
    let change = diff.changes().next().expect("one change");
    assert_eq!(
        change.kind,
        ChangeKind::ChannelRemoved {
            channel: ChannelKind::Postal,
            was_offline: true
        }
    );
    assert_eq!(change.impact, Impact::Regression);
    assert!(diff.has_regressions());
}

#[test]
fn removing_a_channel_that_did_not_count_is_a_notice() {
    let before = format!("{FULL}    email: {{ contact: mail }}\n");
    let diff = compare(&catalog(&procedure(&before)), &catalog(&procedure(FULL)));
    assert_eq!(diff.count(Impact::Notice), 1);
    assert!(!diff.has_regressions());
}

#[test]
fn adding_an_offline_channel_is_an_improvement() {
    let before = "    counter: { contact: accueil }\n";
    let diff = compare(&catalog(&procedure(before)), &catalog(&procedure(FULL)));
    assert_eq!(diff.count(Impact::Improvement), 2);
    assert!(!diff.has_regressions());
}

#[test]
fn adding_the_online_channel_is_only_a_notice() {
    let after = format!("{FULL}    online: {{ url: https://essai.example/d }}\n");
    let diff = compare(&catalog(&procedure(FULL)), &catalog(&procedure(&after)));
    assert_eq!(
        diff.changes().map(|c| c.impact).collect::<Vec<_>>(),
        [Impact::Notice]
    );
}

#[test]
fn coverage_lowered_triggers_and_equal_coverage_does_not() {
    let after = "    counter: { contact: accueil }\n    phone: { contact: standard, covers: info }\n    postal: { contact: courrier }\n";
    assert_eq!(
        channel_kinds(FULL, after),
        [ChangeKind::CoverageLowered {
            channel: ChannelKind::Phone,
            from: Coverage::Full,
            to: Coverage::Info
        }]
    );
    let explicit = "    counter: { contact: accueil, covers: full }\n    phone: { contact: standard }\n    postal: { contact: courrier }\n";
    assert!(channel_kinds(FULL, explicit).is_empty());
    assert!(matches!(
        channel_kinds(after, FULL)[..],
        [ChangeKind::CoverageRaised { .. }]
    ));
}

#[test]
fn counter_booked_only_online_triggers() {
    let after = "    counter: { contact: titres }\n    phone: { contact: standard }\n    postal: { contact: courrier }\n";
    assert_eq!(
        channel_kinds(FULL, after),
        [ChangeKind::CounterBookingOnlineOnly]
    );
    // An optional appointment booked online leaves the counter usable offline.
    let optional = "    counter: { contact: accueil, appointment: optional, booking: [online] }\n    phone: { contact: standard }\n    postal: { contact: courrier }\n";
    assert!(channel_kinds(FULL, optional).is_empty());
    assert_eq!(
        channel_kinds(after, FULL),
        [ChangeKind::CounterBookingOffline]
    );
}

#[test]
fn phone_becoming_premium_triggers() {
    let after = "    counter: { contact: accueil }\n    phone: { contact: standard, tariff: premium }\n    postal: { contact: courrier }\n";
    let found = channel_kinds(FULL, after);
    assert!(
        matches!(found[..], [ChangeKind::PhonePremium { .. }]),
        "{found:?}"
    );
    let free = "    counter: { contact: accueil }\n    phone: { contact: standard, tariff: free }\n    postal: { contact: courrier }\n";
    assert!(channel_kinds(FULL, free).is_empty());
}

#[test]
fn phone_becoming_machine_only_triggers() {
    let after = "    counter: { contact: accueil }\n    phone: { contact: robot }\n    postal: { contact: courrier }\n";
    assert_eq!(channel_kinds(FULL, after), [ChangeKind::PhoneMachineOnly]);
    let ivr_then_human = "    counter: { contact: accueil }\n    phone: { contact: standard, answered_by: ivr_then_human }\n    postal: { contact: courrier }\n";
    assert!(channel_kinds(FULL, ivr_then_human).is_empty());
}

#[test]
fn paper_form_download_only_triggers() {
    let before = "    counter: { contact: accueil }\n    phone: { contact: standard }\n    postal: { contact: courrier, paper_form: Cerfa 1, form_from: [counter, download] }\n";
    let after = "    counter: { contact: accueil }\n    phone: { contact: standard }\n    postal: { contact: courrier, paper_form: Cerfa 1, form_from: [download] }\n";
    assert_eq!(
        channel_kinds(before, after),
        [ChangeKind::PaperFormDownloadOnly]
    );
    let postal_request = "    counter: { contact: accueil }\n    phone: { contact: standard }\n    postal: { contact: courrier, paper_form: Cerfa 1, form_from: [postal_request] }\n";
    assert!(channel_kinds(before, postal_request).is_empty());
}

#[test]
fn becoming_online_only_triggers() {
    let before =
        "    online: { url: https://essai.example/d }\n    counter: { contact: accueil }\n";
    let after = "    online: { url: https://essai.example/d }\n    counter: { contact: accueil, covers: info }\n";
    let found = channel_kinds(before, after);
    assert!(found.contains(&ChangeKind::BecameOnlineOnly), "{found:?}");
    assert!(channel_kinds(after, before).contains(&ChangeKind::NoLongerOnlineOnly));
    // Still one offline channel left: not online-only.
    let still_offline = format!("{before}    phone: {{ contact: standard }}\n");
    let after2 = format!("{after}    phone: {{ contact: standard }}\n");
    assert!(!channel_kinds(&still_offline, &after2).contains(&ChangeKind::BecameOnlineOnly));
}

#[test]
fn an_online_only_step_makes_the_procedure_online_only() {
    let before = "- id: demarche\n  title: T\n  steps:\n    - name: Dépôt\n      channels:\n        online: { url: https://essai.example/d }\n        counter: { contact: accueil }\n";
    let after = "- id: demarche\n  title: T\n  steps:\n    - name: Dépôt\n      channels:\n        online: { url: https://essai.example/d }\n";
    let diff = compare(&catalog(before), &catalog(after));
    let removed = diff
        .changes()
        .find(|c| matches!(c.kind, ChangeKind::ChannelRemoved { .. }))
        .expect("counter removed");
    assert_eq!(removed.step.as_deref(), Some("Dépôt"));
    assert!(diff
        .changes()
        .any(|c| c.kind == ChangeKind::BecameOnlineOnly));
}

#[test]
fn new_procedure_online_only_triggers_and_offline_one_does_not() {
    let base = procedure(FULL);
    let online = format!(
        "{base}- id: nouvelle\n  title: Nouvelle\n  channels:\n    online: {{ url: https://essai.example/n }}\n"
    );
    assert_eq!(kinds(&base, &online), [ChangeKind::NewOnlineOnly]);
    let offline = format!(
        "{base}- id: nouvelle\n  title: Nouvelle\n  channels:\n    counter: {{ contact: accueil }}\n"
    );
    assert_eq!(kinds(&base, &offline), [ChangeKind::ProcedureAdded]);
    // A retired procedure is not audited, whatever its channels.
    let retired = format!(
        "{base}- id: nouvelle\n  title: Nouvelle\n  status: retired\n  channels:\n    online: {{ url: https://essai.example/n }}\n"
    );
    assert_eq!(kinds(&base, &retired), [ChangeKind::ProcedureAdded]);
}

fn with_exemption(until: Option<&str>) -> String {
    let mut p = procedure(FULL);
    p.push_str("  exemptions:\n    - rule: NN-PHONE\n      reason: Signature\n      reference: Délibération 1\n      ground: legal_text\n");
    if let Some(until) = until {
        p.push_str(&format!("      until: {until}\n"));
    }
    p
}

#[test]
fn exemption_added_or_extended_triggers() {
    let plain = procedure(FULL);
    let dated = with_exemption(Some("2026-12-31"));
    let later = with_exemption(Some("2027-12-31"));
    let open_ended = with_exemption(None);
    assert!(matches!(
        kinds(&plain, &dated)[..],
        [ChangeKind::ExemptionAdded { .. }]
    ));
    assert!(matches!(
        kinds(&dated, &later)[..],
        [ChangeKind::ExemptionExtended { .. }]
    ));
    assert!(matches!(
        kinds(&dated, &open_ended)[..],
        [ChangeKind::ExemptionExtended { .. }]
    ));
    assert!(kinds(&dated, &dated).is_empty());
    assert!(matches!(
        kinds(&later, &dated)[..],
        [ChangeKind::ExemptionShortened { .. }]
    ));
    assert!(matches!(
        kinds(&dated, &plain)[..],
        [ChangeKind::ExemptionRemoved { .. }]
    ));
    let diff = compare(&catalog(&plain), &catalog(&dated));
    assert!(diff.has_regressions());
}

#[test]
fn accepted_kinds_become_notices() {
    let mut diff = compare(
        &catalog(&procedure(FULL)),
        &catalog(&with_exemption(Some("2026-12-31"))),
    );
    diff.accept(&["exemption_added".to_owned()].into_iter().collect());
    assert!(!diff.has_regressions());
    assert_eq!(diff.count(Impact::Notice), 1);
}

#[test]
fn a_rename_is_removed_plus_added_with_a_hint() {
    let before = procedure(FULL);
    let after = before.replace("id: demarche", "id: attestation-demande");
    let diff = compare(&catalog(&before), &catalog(&after));
    let names: Vec<&str> = diff.changes().map(|c| c.kind.name()).collect();
    assert_eq!(names, ["procedure_added", "procedure_removed"]);
    let removed = diff.procedures.iter().find(|p| p.after.is_none()).unwrap();
    assert_eq!(removed.renamed_to.as_deref(), Some("attestation-demande"));
    let added = diff.procedures.iter().find(|p| p.before.is_none()).unwrap();
    assert_eq!(added.renamed_from.as_deref(), Some("demarche"));
}

#[test]
fn unrelated_titles_get_no_rename_hint() {
    let before = procedure(FULL);
    let after = before.replace("id: demarche", "id: cantine").replace(
        "Demander une attestation",
        "Inscrire un enfant à la cantine",
    );
    let diff = compare(&catalog(&before), &catalog(&after));
    assert!(diff
        .procedures
        .iter()
        .all(|p| p.renamed_to.is_none() && p.renamed_from.is_none()));
}

#[test]
fn every_kind_has_a_message_in_both_languages_and_a_listed_name() {
    let samples = [
        ChangeKind::ChannelAdded {
            channel: ChannelKind::Counter,
            offline: true,
        },
        ChangeKind::CoverageLowered {
            channel: ChannelKind::Phone,
            from: Coverage::Full,
            to: Coverage::Info,
        },
        ChangeKind::PhonePremium { from: None },
        ChangeKind::ExemptionExtended {
            rule: "NN-PHONE".into(),
            from: None,
            to: None,
        },
    ];
    for kind in samples {
        assert!(ChangeKind::NAMES.contains(&kind.name()));
        for lang in Lang::ALL {
            let text = kind.message(lang);
            assert!(!text.starts_with("diff-"), "{text}");
        }
    }
}
