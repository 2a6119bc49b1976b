//! No English on the French and Dutch paths: every command, given an
//! argument it does not know, a value it refuses, or a file it cannot read,
//! answers in the user's language (clap's « error: », « Usage: », « tip: »
//! and libraries' "No such file or directory" included).

mod common;

use horsligne::i18n::Lang;

/// Phrases only English output contains: clap's frame, its sentences, and
/// the libraries' usual errors. A French or Dutch message quoting a user's
/// value in « » never contains them.
const ENGLISH: &[&str] = &[
    "error:",
    "Usage:",
    "tip:",
    "For more information",
    "unexpected argument",
    "invalid value",
    "required arguments",
    "were not provided",
    "a similar",
    " exists",
    " the ",
    " was ",
    "expected value",
    "No such file",
    "os error",
    "I/O error",
    "relative URL",
    "did you mean",
    "cannot ",
    "could not",
];

fn english_in(text: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .copied()
        .filter(|phrase| text.contains(phrase))
        .collect()
}

/// Every command that runs (`rules list`, not `rules`), as its words.
fn leaf_commands() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        let subs: Vec<&clap::Command> = command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if subs.is_empty() && !path.is_empty() {
            out.push(path.to_vec());
        }
        for sub in subs {
            let mut p = path.to_vec();
            p.push(sub.get_name().to_owned());
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    let mut command = horsligne::cli::command(Lang::Fr);
    command.build();
    walk(&command, &[], &mut out);
    out
}

/// The first option of `path` that takes one of a list of values.
fn option_with_values(path: &[String]) -> Option<String> {
    let mut command = horsligne::cli::command(Lang::Fr);
    command.build();
    let mut here = &command;
    for name in path {
        here = here.find_subcommand(name)?;
    }
    let option = here
        .get_arguments()
        .filter(|a| a.get_id() != "lang")
        .find(|a| a.get_action().takes_values() && !a.get_possible_values().is_empty())
        .and_then(|a| a.get_long().map(|l| format!("--{l}")));
    option
}

fn stderr_of(lang: &str, args: &[String]) -> (Option<i32>, String) {
    let dir = common::tempdir();
    let output = common::horsligne()
        .current_dir(dir.path())
        .env("HORSLIGNE_LANG", lang)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("horsligne runs: {e}"));
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_command_refuses_a_bad_argument_in_french_and_dutch() {
    let commands = leaf_commands();
    assert!(commands.len() > 15, "{commands:?}");
    let mut english = Vec::new();
    for lang in ["fr", "nl"] {
        for path in &commands {
            let mut cases = vec![[path.clone(), vec!["--pas-une-option".to_owned()]].concat()];
            if let Some(option) = option_with_values(path) {
                cases.push([path.clone(), vec![option, "zzz".to_owned()]].concat());
            }
            for args in cases {
                let (code, err) = stderr_of(lang, &args);
                assert_eq!(code, Some(2), "{lang} {args:?}: {err}");
                assert!(!err.trim().is_empty(), "{lang} {args:?}: nothing said");
                let found = english_in(&err);
                if !found.is_empty() {
                    english.push(format!("{lang} {args:?}: {found:?}\n{err}"));
                }
            }
        }
    }
    assert!(english.is_empty(), "English on the way: {english:#?}");
}

#[test]
fn mistakes_a_new_user_makes_are_answered_in_their_language() {
    let cases: &[&[&str]] = &[
        &["audit", "--fail-on", "erreurs"],
        &["audti"],
        &["scan"],
        &["scan", "www.ma-commune.be"],
        &["scan", "https://a.be", "--max-pages", "0"],
        &["audit", "-f", "htlm=rapport.html"],
        &["audit", "-f", "html="],
        &["import", "absent.xlsx", "--output", "sortie"],
        &["report", "absent.json"],
        &["verify", "--proxy", "pas une adresse"],
        &["init", "--level", "village", "--no-input"],
    ];
    let mut english = Vec::new();
    for lang in ["fr", "nl"] {
        for case in cases {
            let args: Vec<String> = case.iter().map(|s| (*s).to_owned()).collect();
            let (code, err) = stderr_of(lang, &args);
            assert_eq!(code, Some(2), "{lang} {args:?}: {err}");
            let found = english_in(&err);
            if !found.is_empty() {
                english.push(format!("{lang} {args:?}: {found:?}\n{err}"));
            }
        }
    }
    assert!(english.is_empty(), "English on the way: {english:#?}");
}

#[test]
fn french_and_dutch_value_words_are_understood() {
    let dir = env!("CARGO_MANIFEST_DIR");
    for word in ["erreur", "fout", "avertissement", "waarschuwing", "jamais"] {
        let output = common::horsligne()
            .current_dir(dir)
            .args([
                "audit",
                "catalog",
                "--today",
                common::TODAY,
                "--fail-on",
                word,
            ])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let code = output.status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "--fail-on {word}: {code:?} {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn no_argument_shows_the_three_ways_to_start() {
    for (lang, words) in [
        (
            "fr",
            ["horsligne scan", "horsligne init", "horsligne export"],
        ),
        ("nl", ["horsligne scan", "horsligne import", "rekenblad"]),
    ] {
        let (code, err) = stderr_of(lang, &[]);
        assert_eq!(code, Some(2), "{err}");
        for word in words {
            assert!(err.contains(word), "{lang}: {word} missing in {err}");
        }
        assert!(!err.contains("catalog/"), "{err}");
        let (code, err) = stderr_of(lang, &["audit".to_owned()]);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("horsligne init"), "{err}");
        assert!(!err.contains("copiez"), "{err}");
    }
}

#[test]
fn commands_that_audit_nothing_do_not_say_nothing_was_audited() {
    let (_, err) = stderr_of(
        "fr",
        &["import", "absent.xlsx", "--output", "sortie"].map(str::to_owned),
    );
    assert!(!err.contains("audité"), "{err}");
    assert!(err.contains("rien n'a été écrit"), "{err}");
    let (_, err) = stderr_of("fr", &["guide".to_owned(), "absent/".to_owned()]);
    assert!(!err.contains("audité"), "{err}");
    let (_, err) = stderr_of("fr", &["audit".to_owned(), "absent/".to_owned()]);
    assert!(err.contains("rien n'a été audité"), "{err}");
}
