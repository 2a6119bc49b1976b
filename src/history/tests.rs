use chrono::NaiveDate;

use super::evolution::{compute, ChangeKind};
use super::{History, HistoryError, Recorded, Run};
use crate::catalog::model::AuthorityLevel;
use crate::catalog::Access;
use crate::report::model::SeverityCounts;
use crate::survey::model::{AuthoritySurvey, FindingBrief, ProcedureVerdict};

fn authority(id: &str, verdicts: &[(&str, Access)]) -> AuthoritySurvey {
    let count = |a: Access| verdicts.iter().filter(|(_, x)| *x == a).count();
    AuthoritySurvey {
        id: id.into(),
        name: format!("Commune {id}"),
        country: "FR".into(),
        region: None,
        level: AuthorityLevel::Commune,
        territory: Default::default(),
        source: id.into(),
        procedures: verdicts.len(),
        offline_possible: count(Access::Offline),
        online_only: count(Access::OnlineOnly),
        unreachable: count(Access::Unreachable),
        findings: SeverityCounts {
            error: count(Access::OnlineOnly),
            warning: 0,
            info: 0,
        },
        packs: vec!["non-numerique".into()],
        audit_date: date(2026, 11, 27),
        verdicts: verdicts
            .iter()
            .map(|(id, access)| ProcedureVerdict {
                id: id.to_string(),
                title: format!("Démarche {id}"),
                reference: None,
                access: *access,
            })
            .collect(),
        by_rule: Default::default(),
        indicators: Default::default(),
        finding_list: verdicts
            .iter()
            .filter(|(_, a)| *a == Access::OnlineOnly)
            .map(|(id, _)| FindingBrief {
                fingerprint: format!("NN-ONLINE-ONLY:{id}"),
                rule: "NN-ONLINE-ONLY".into(),
                severity: crate::packs::Severity::Error,
                procedure: Some(id.to_string()),
            })
            .collect(),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn run(on: NaiveDate, authorities: &[AuthoritySurvey]) -> Run<'_> {
    Run {
        date: on,
        label: None,
        tool_version: "0.1.0",
        authorities,
    }
}

#[test]
fn recording_the_same_run_twice_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite");
    let a = [authority("a", &[("cantine", Access::OnlineOnly)])];
    let mut history = History::open(&path).unwrap();
    let first = history.record(&run(date(2026, 11, 27), &a)).unwrap();
    assert!(matches!(first, Recorded::New(_)));
    // Reopened, as a second invocation would.
    let mut history = History::open(&path).unwrap();
    let second = history.record(&run(date(2026, 11, 27), &a)).unwrap();
    assert!(matches!(second, Recorded::AlreadyThere(_)));
    assert_eq!(history.runs().unwrap().len(), 1);
    // A different result on the same day is a new run.
    let b = [authority("a", &[("cantine", Access::Offline)])];
    assert!(matches!(
        history.record(&run(date(2026, 11, 27), &b)).unwrap(),
        Recorded::New(_)
    ));
}

#[test]
fn the_evolution_names_what_became_online_only_and_what_was_fixed() {
    let mut history = History::in_memory().unwrap();
    let y1 = [
        authority(
            "a",
            &[("cantine", Access::Offline), ("salle", Access::OnlineOnly)],
        ),
        authority("b", &[("cantine", Access::Offline)]),
    ];
    let y2 = [
        authority(
            "a",
            &[
                ("cantine", Access::OnlineOnly),
                ("salle", Access::Offline),
                ("parking", Access::OnlineOnly),
            ],
        ),
        authority("b", &[("cantine", Access::Offline)]),
    ];
    history.record(&run(date(2026, 11, 27), &y1)).unwrap();
    history.record(&run(date(2027, 11, 27), &y2)).unwrap();
    let evolution = compute(&history).unwrap();
    let totals: Vec<usize> = evolution
        .runs
        .iter()
        .map(|r| r.figures.online_only)
        .collect();
    assert_eq!(totals, [1, 2]);
    let mut changes: Vec<(ChangeKind, &str, Option<Access>)> = evolution
        .changes
        .iter()
        .map(|c| (c.kind, c.procedure.as_str(), c.before))
        .collect();
    changes.sort_by_key(|c| c.1);
    assert_eq!(
        changes,
        [
            (
                ChangeKind::BecameOnlineOnly,
                "cantine",
                Some(Access::Offline)
            ),
            (ChangeKind::BecameOnlineOnly, "parking", None),
            (ChangeKind::Fixed, "salle", Some(Access::OnlineOnly)),
        ]
    );
    let a = evolution.authorities.iter().find(|t| t.id == "a").unwrap();
    assert_eq!(a.points.len(), 2);
    assert!(evolution.authorities.iter().all(|t| t.points.len() == 2));
    let sentence = super::render::overall_sentence(&evolution, crate::i18n::Lang::Fr);
    assert_eq!(
        sentence,
        "1 démarche uniquement en ligne le 27 novembre 2026, 2 le 27 novembre 2027."
    );
}

#[test]
fn a_database_of_something_else_is_never_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE clients (id INTEGER);")
        .unwrap();
    drop(conn);
    assert!(matches!(History::open(&path), Err(HistoryError::Foreign)));
}

#[test]
fn a_history_from_a_newer_tool_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite");
    drop(History::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert!(matches!(
        History::open(&path),
        Err(HistoryError::TooNew { found: 99, .. })
    ));
}

#[test]
fn a_failed_recording_leaves_earlier_runs_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite");
    let a = [authority("a", &[("cantine", Access::Offline)])];
    let mut history = History::open(&path).unwrap();
    history.record(&run(date(2026, 1, 1), &a)).unwrap();
    // Two findings sharing a fingerprint break the primary key half-way (a
    // collision is an error, never a finding silently lost): the
    // transaction is rolled back as a whole.
    let mut colliding = authority("b", &[("x", Access::Offline)]);
    let finding = crate::survey::model::FindingBrief {
        fingerprint: "0123456789abcdef0123".into(),
        rule: "NN-PHONE".into(),
        severity: crate::packs::Severity::Warning,
        procedure: Some("x".into()),
    };
    colliding.finding_list = vec![finding.clone(), finding];
    let twice = [authority("c", &[("y", Access::Offline)]), colliding];
    assert!(history.record(&run(date(2026, 2, 1), &twice)).is_err());
    let runs = history.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(history.authorities(runs[0].id).unwrap().len(), 1);
}

/// The tables, pragmas and size of a file, to show nothing was written.
fn fingerprint(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn another_applications_database_with_a_version_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    for version in [1_i64, -3, 7] {
        let path = dir.path().join(format!("other{version}.sqlite"));
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (id INTEGER);")
            .unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
        drop(conn);
        let before = fingerprint(&path);
        assert!(
            matches!(History::open(&path), Err(HistoryError::Foreign)),
            "user_version {version}"
        );
        assert!(matches!(
            History::open_read_only(&path),
            Err(HistoryError::Foreign)
        ));
        assert_eq!(fingerprint(&path), before, "user_version {version}");
    }
    // Marked by another application, even without a table.
    let path = dir.path().join("marked.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "application_id", 0x1234).unwrap();
    drop(conn);
    assert!(matches!(History::open(&path), Err(HistoryError::Foreign)));
}

#[test]
fn a_new_history_is_marked_as_horsligne_and_an_unmarked_one_adopted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite");
    drop(History::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let id: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, super::APPLICATION_ID);
    // A history written before the mark existed.
    conn.pragma_update(None, "application_id", 0).unwrap();
    drop(conn);
    assert!(History::open_read_only(&path).is_ok());
    assert!(History::open(&path).is_ok());
}

#[test]
fn reading_adds_nothing_to_an_empty_or_foreign_file_and_works_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, "").unwrap();
    assert!(matches!(
        History::open_read_only(&empty),
        Err(HistoryError::Foreign)
    ));
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);

    let path = dir.path().join("h.sqlite");
    let a = [authority("a", &[("cantine", Access::Offline)])];
    History::open(&path)
        .unwrap()
        .record(&run(date(2026, 1, 1), &a))
        .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    let history = History::open_read_only(&path).unwrap();
    assert_eq!(history.runs().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_neither_opened_nor_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("h.sqlite");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    assert!(matches!(History::open(&fifo), Err(HistoryError::Input(_))));
    assert!(matches!(
        History::open_read_only(&fifo),
        Err(HistoryError::Input(_))
    ));
}

#[test]
fn the_streamed_json_is_the_pretty_printing_of_the_evolution() {
    let mut history = History::in_memory().unwrap();
    // Written, then read: the JSON of an empty history is the same too.
    let streamed = |history: &History| {
        let mut out = Vec::new();
        super::stream::write_json(history, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let printed = |history: &History| {
        super::render::render(
            &compute(history).unwrap(),
            super::render::HistoryFormat::Json,
            crate::i18n::Lang::Fr,
        )
        .unwrap()
    };
    assert_eq!(streamed(&history), printed(&history));
    let mut renamed = authority("b", &[("cantine", Access::OnlineOnly)]);
    renamed.name = "Nouveau nom".into();
    let years = [
        vec![
            authority(
                "a",
                &[("cantine", Access::Offline), ("salle", Access::OnlineOnly)],
            ),
            authority("b", &[("cantine", Access::Offline)]),
        ],
        // `a` has no procedure this year; `c` appears.
        vec![
            authority("a", &[]),
            authority("c", &[("x", Access::Unreachable)]),
        ],
        vec![
            authority(
                "a",
                &[("cantine", Access::OnlineOnly), ("salle", Access::Offline)],
            ),
            renamed,
            authority("c", &[("x", Access::Offline)]),
        ],
    ];
    for (i, authorities) in years.iter().enumerate() {
        history
            .record(&run(date(2026 + i as i32, 11, 27), authorities))
            .unwrap();
    }
    let text = streamed(&history);
    assert_eq!(text, printed(&history));
    assert!(
        text.contains("\"became_online_only\"") && text.contains("\"fixed\""),
        "{text}"
    );
    assert!(text.contains("Nouveau nom"));
}
