use chrono::NaiveDate;

use super::*;
use crate::catalog::model::AuthorityLevel;
use crate::report::model::{SeverityCounts, Tool};

fn synthetic(n: usize) -> Survey {
    let authorities: Vec<AuthoritySurvey> = (0..n)
        .map(|i| {
            let mut by_rule = BTreeMap::new();
            if i % 3 == 0 {
                by_rule.insert("NN-COUNTER-HOURS".to_owned(), 1);
            }
            by_rule.insert("NN-CONTACT-DETAILS".to_owned(), 1 + i % 4);
            AuthoritySurvey {
                id: format!("fr-{i:05}"),
                name: format!("Commune numéro {i} de l'essai synthétique"),
                country: "FR".into(),
                region: Some(format!("region-{}", i % 13)),
                level: AuthorityLevel::Commune,
                territory: crate::catalog::model::Territory {
                    code: Some(format!("{i:05}")),
                    // 5,000 communes in 3 départements: 1,667 a département,
                    // more than a page holds.
                    departement: Some(format!("{}", 10 + i % 3)),
                    population: Some(100 + i as u64),
                    status: None,
                },
                source: format!("{i:05}.yaml"),
                procedures: 10,
                offline_possible: i % 11,
                online_only: 10 - i % 11,
                unreachable: 0,
                findings: SeverityCounts {
                    error: i % 5,
                    warning: i % 7,
                    info: 1,
                },
                by_rule,
                indicators: crate::survey::indicators::Indicators {
                    counter_hours_per_week: (i % 5 != 0).then_some((i % 45) as f64),
                    saturday_opening: Some(i % 2 == 0),
                    phone_class: Default::default(),
                },
                packs: vec!["non-numerique".into(), "france-droit-positif".into()],
                audit_date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
                verdicts: vec![],
                finding_list: vec![],
            }
        })
        .collect();
    let breakdown = crate::survey::breakdown::of(&authorities);
    let library = Library::load(&[]).unwrap();
    let counter_hours = crate::survey::counter_hours::of(
        &breakdown,
        authorities.len(),
        &library,
        &Default::default(),
    );
    Survey {
        survey_version: crate::survey::SURVEY_VERSION,
        tool: Tool {
            name: "horsligne".into(),
            version: "0".into(),
        },
        survey_date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        lang: "fr".into(),
        source: "x".into(),
        rankings: crate::survey::ranking::of(&authorities, 10),
        authorities,
        not_loaded: vec![],
        references: vec![],
        unmatched: vec![],
        duplicate_ids: vec![],
        breakdown,
        thresholds: Default::default(),
        counter_hours,
    }
}

fn text_of(pages: &[Page], path: &str) -> String {
    let page = pages.iter().find(|p| p.path == path).unwrap();
    String::from_utf8_lossy(&page.content).into_owned()
}

fn options(lang: Lang) -> SiteOptions<'static> {
    SiteOptions {
        lang,
        map: None,
        map_indicator: RankedIndicator::OfflineShare,
        evolution: None,
    }
}

/// No page grows with the survey: 5,000 authorities, and every page (the
/// national one, each région and département, each list page) stays under
/// the cap, the long lists split into pages.
#[test]
fn every_page_of_a_5000_authority_site_is_bounded() {
    let survey = synthetic(5_000);
    let pages = pages(&survey, &options(Lang::Fr)).unwrap();
    let html: Vec<&Page> = pages.iter().filter(|p| p.path.ends_with(".html")).collect();
    for page in &html {
        assert!(
            page.content.len() <= PAGE_CAP,
            "{} is {} bytes",
            page.path,
            page.content.len()
        );
    }
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    // The list of all authorities: 5,000 rows, 200 a page.
    assert!(paths.contains("collectivites/liste.html"));
    assert!(paths.contains("collectivites/liste-25.html"));
    assert!(!paths.contains("collectivites/liste-26.html"));
    // A département of 1,667 communes on 9 pages; every région has its page.
    assert!(paths.contains("departement/10-9.html"));
    assert!((0..13).all(|r| paths.contains(format!("region/region-{r}.html").as_str())));
    // One page per authority, reachable from the lists, bounded too.
    let folder = std::path::Path::new("nowhere");
    let library = Library::load(&[]).unwrap();
    let survey_options = SurveyOptions {
        load: Default::default(),
        selection: Default::default(),
        date: survey.survey_date,
        lang: Lang::Fr,
    };
    let slugs = slugs(&survey.authorities);
    let last = authority_pages(
        &survey,
        4_999,
        &slugs[4_999],
        folder,
        &library,
        &survey_options,
        &options(Lang::Fr),
    );
    assert_eq!(last[0].path, "collectivite/fr-04999/index.html");
    // Its catalogue is not there: the report says it could not be made.
    assert!(String::from_utf8_lossy(&last[1].content).contains("n'ont pas pu être refaits"));
    assert!(last.iter().all(|p| p.content.len() <= PAGE_CAP));
    let list = text_of(&pages, "collectivites/liste.html");
    assert!(
        list.contains(r#"href="../collectivite/fr-00000/index.html""#),
        "{list}"
    );
    // The national page states the counter-hours finding with its figures.
    let national = text_of(&pages, "index.html");
    assert!(
        national.contains("Le guichet de 33\u{202f}% des collectivités (1\u{202f}667 sur 5\u{202f}000) est ouvert moins de 10 h par semaine"),
        "{national}"
    );
    assert!(national.contains("Selon la région"), "{national}");
    assert!(national.contains(r#"href="departement/10.html""#));
    // No request leaves the site: no absolute URL in any page's markup.
    for page in &html {
        let text = String::from_utf8_lossy(&page.content);
        assert!(
            !text.contains("src=\"http")
                && !text.contains("href=\"http")
                && !text.contains("url(http"),
            "{}",
            page.path
        );
    }
}

#[test]
fn pages_speak_the_chosen_language() {
    let survey = synthetic(30);
    for (lang, words) in [
        (Lang::En, "All authorities"),
        (Lang::Nl, "Alle besturen"),
        (Lang::Fr, "Toutes les collectivités"),
    ] {
        let pages = pages(&survey, &options(lang)).unwrap();
        let national = text_of(&pages, "index.html");
        assert!(national.contains(words), "{lang:?}: {national}");
        assert!(national.contains(&format!("<html lang=\"{}\"", lang.code())));
    }
}

/// Slugs are file-name safe and two catalogues of one id get two folders.
#[test]
fn slugs_are_safe_and_unique() {
    assert_eq!(slug("fr-75056"), "fr-75056");
    assert_eq!(slug("../Évry/x"), "evry-x");
    assert_eq!(slug("///"), "_");
    let mut survey = synthetic(3);
    survey.authorities[2].id = survey.authorities[0].id.clone();
    assert_eq!(
        slugs(&survey.authorities),
        ["fr-00000", "fr-00001", "fr-00000-2"]
    );
}

/// OUT is created, or an earlier site is updated; a folder of the user's,
/// or a file of the user's where a page would go, is never written over.
#[test]
fn the_site_goes_only_into_a_new_folder_or_an_earlier_site() {
    let planned: BTreeSet<String> = ["index.html".to_owned()].into();
    let dir = tempfile::tempdir().unwrap();
    // A new folder, an empty one: fine.
    assert!(check_target(&dir.path().join("new"), &planned).is_ok());
    assert!(check_target(dir.path(), &planned).is_ok());
    // A folder of the user's: refused.
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    assert!(matches!(
        check_target(dir.path(), &planned),
        Err(SiteError::Refused(_))
    ));
    // A file given as OUT: refused.
    assert!(matches!(
        check_target(&dir.path().join("notes.txt"), &planned),
        Err(SiteError::Refused(_))
    ));
    // An earlier site: fine, but a page over a file it did not write is not.
    let site = dir.path().join("site");
    std::fs::create_dir(&site).unwrap();
    std::fs::write(
        site.join(MANIFEST),
        r#"{"generator":"horsligne","files":["old.html"]}"#,
    )
    .unwrap();
    assert_eq!(
        check_target(&site, &planned).unwrap(),
        ["old.html".to_owned()].into()
    );
    std::fs::write(site.join("index.html"), "mine").unwrap();
    let Err(SiteError::Refused(diagnostics)) = check_target(&site, &planned) else {
        panic!("a file of the user's would be replaced");
    };
    assert!(diagnostics.0[0].file.ends_with("index.html"));
}
