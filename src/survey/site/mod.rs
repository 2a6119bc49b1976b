//! `survey DIR --site OUT` (issue 26 §3): a static observatory, every page
//! made here and nothing fetched by a reader's browser (local stylesheet,
//! inline SVG, no script from elsewhere). A national page, one page per
//! région and per département, one folder per authority with its audit
//! report and residents' guide (the renderers of `audit --format html` and
//! `guide`), the survey's CSV, xlsx and JSON, and the evolution when a
//! history is given.
//!
//! Every page is bounded: long lists of authorities are split into pages of
//! [`PAGE_ROWS`] rows, a map too detailed for one page is left to the
//! smaller territories' pages, so no page grows with the number of
//! authorities (a test holds every page of a 5,000-authority survey under
//! [`PAGE_CAP`]).
//!
//! The site is written through the one writer (`files::Outputs`), each file
//! atomically. OUT is created, or must be a site horsligne wrote (its
//! `horsligne-site.json` lists the files it wrote): a page never replaces a
//! file the user put there.

mod pages;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::map::Map;
use super::model::{AuthoritySurvey, Survey};
use super::ranking::RankedIndicator;
use super::SurveyOptions;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Message};
use crate::packs::Library;

/// Rows of authorities on one page; longer lists go on to further pages.
pub const PAGE_ROWS: usize = 200;

/// No page of the site is larger (bytes); a map that would pass it is left out.
pub const PAGE_CAP: usize = 512 * 1024;

/// Authorities whose folders are made and written at once (see `write`).
const WRITERS: usize = 16;

/// The file that marks a folder as a horsligne site, and lists its files.
pub const MANIFEST: &str = "horsligne-site.json";

/// What the site is made of besides the survey.
pub struct SiteOptions<'a> {
    pub lang: Lang,
    pub map: Option<&'a Map>,
    pub map_indicator: RankedIndicator,
    /// The evolution page (`history --format html`), when a history is given.
    pub evolution: Option<String>,
}

/// One file of the site, its path relative to OUT.
pub struct Page {
    pub path: String,
    pub content: Vec<u8>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    generator: String,
    files: BTreeSet<String>,
}

/// How many files were written.
pub struct Written {
    pub files: usize,
}

/// Where each authority's pages go: `collectivite/<slug>/`, the slug made
/// from its id (a second catalogue giving the same id gets `-2`).
pub(crate) fn slugs(authorities: &[AuthoritySurvey]) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    authorities
        .iter()
        .map(|a| {
            let base = slug(&a.id);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                base
            } else {
                format!("{base}-{n}")
            }
        })
        .collect()
}

/// A file-name-safe slug: lower-case ASCII letters, digits and `-`.
pub(crate) fn slug(text: &str) -> String {
    let folded = crate::html_page::sort_key(text);
    let slug: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug.trim_matches('-').to_owned();
    if slug.is_empty() {
        "_".to_owned()
    } else {
        slug
    }
}

/// The site's pages but each authority's folder ([`authority_pages`]): the
/// national, région, département and list pages, the stylesheet, the
/// downloads and the evolution. Pure: nothing is written.
pub fn pages(survey: &Survey, options: &SiteOptions) -> anyhow::Result<Vec<Page>> {
    let mut out = pages::aggregate(survey, options);
    let render = super::render::SurveyRender {
        lang: options.lang,
        map: None,
        map_indicator: options.map_indicator,
    };
    for (format, name) in [
        (
            super::render::SurveyFormat::Csv,
            "donnees/etat-des-lieux.csv",
        ),
        (
            super::render::SurveyFormat::Xlsx,
            "donnees/etat-des-lieux.xlsx",
        ),
        (
            super::render::SurveyFormat::Json,
            "donnees/etat-des-lieux.json",
        ),
    ] {
        out.push(Page {
            path: name.to_owned(),
            content: super::render::render(survey, format, &render)?,
        });
    }
    if let Some(evolution) = &options.evolution {
        out.push(Page {
            path: "evolution.html".to_owned(),
            content: evolution.clone().into_bytes(),
        });
    }
    Ok(out)
}

/// An authority's folder: its page, its audit report and its residents'
/// guide (made again from its catalogue; a page saying why when it cannot be).
pub fn authority_pages(
    survey: &Survey,
    index: usize,
    slug: &str,
    folder: &Path,
    library: &Library,
    survey_options: &SurveyOptions,
    options: &SiteOptions,
) -> [Page; 3] {
    let authority = &survey.authorities[index];
    let (report, guide) =
        match super::authority_documents(folder, &authority.source, library, survey_options) {
            Ok(documents) => documents,
            // The catalogue changed or vanished since it was surveyed.
            Err(failed) => {
                let text = pages::documents_missing(&failed, options.lang);
                (text.clone(), text)
            }
        };
    let [report_path, guide_path] = document_paths(slug);
    [
        pages::authority(survey, authority, slug, options),
        Page {
            path: report_path,
            content: report.into_bytes(),
        },
        Page {
            path: guide_path,
            content: guide.into_bytes(),
        },
    ]
}

fn document_paths(slug: &str) -> [String; 2] {
    [
        format!("collectivite/{slug}/rapport.html"),
        format!("collectivite/{slug}/guide.html"),
    ]
}

/// Writes the site into `out`: refused before anything is written when
/// `out` is not a folder, or holds files horsligne did not write.
pub fn write(
    survey: &Survey,
    folder: &Path,
    library: &Library,
    survey_options: &SurveyOptions,
    options: &SiteOptions,
    out: &Path,
) -> Result<Written, SiteError> {
    let site = pages(survey, options).map_err(SiteError::Io)?;
    let slugs = slugs(&survey.authorities);
    let mut planned: BTreeSet<String> = site.iter().map(|p| p.path.clone()).collect();
    for slug in &slugs {
        planned.insert(format!("collectivite/{slug}/index.html"));
        planned.extend(document_paths(slug));
    }
    planned.insert(MANIFEST.to_owned());
    let previous = check_target(out, &planned)?;

    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e: std::io::Error| SiteError::Write(path.clone(), e)
    };
    let write_pages = |pages: &[Page]| -> Result<(), SiteError> {
        let mut outputs = crate::files::Outputs::default();
        for page in pages {
            let path = out.join(&page.path);
            if let Some(parent) = path.parent() {
                crate::files::create_dir_all(parent).map_err(io(parent))?;
            }
            outputs
                .write(&path, |w| w.write_all(&page.content))
                .map_err(io(&path))?;
        }
        outputs.commit().map_err(io(out))
    };
    crate::files::create_dir_all(out).map_err(io(out))?;
    // In batches, so a national site never holds thousands of temporary
    // files open at once; each file is still replaced atomically.
    for batch in site.chunks(64) {
        write_pages(batch)?;
    }
    // Each authority's folder is made (its report and guide audited again)
    // and written as soon as made: the reports are never all in memory.
    // Writing waits on the disk (each file is synced before it is put in
    // place: 3,000 files took 24 s for 3 s of work on 2 cores), so more
    // authorities are in hand than there are cores, the syncs overlapping.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(WRITERS.max(rayon::current_num_threads()))
        .build()
        .map_err(|e| SiteError::Io(e.into()))?;
    pool.install(|| {
        (0..survey.authorities.len())
            .into_par_iter()
            .try_for_each(|index| {
                write_pages(&authority_pages(
                    survey,
                    index,
                    &slugs[index],
                    folder,
                    library,
                    survey_options,
                    options,
                ))
            })
    })?;
    let mut files = planned;
    // Files of the previous site that this one no longer makes stay listed:
    // they are still horsligne's to replace or leave.
    files.extend(previous);
    let manifest = Manifest {
        generator: format!("horsligne {}", env!("CARGO_PKG_VERSION")),
        files,
    };
    let count = manifest.files.len();
    let text = serde_json::to_vec_pretty(&manifest).map_err(|e| SiteError::Io(e.into()))?;
    write_pages(&[Page {
        path: MANIFEST.to_owned(),
        content: text,
    }])?;
    Ok(Written { files: count })
}

/// Checked before the survey runs, so a wrong OUT costs nothing: `out` is
/// new, empty or a horsligne site (the files it would replace are checked
/// again once the pages are known).
pub fn check_out(out: &Path) -> Result<(), SiteError> {
    check_target(out, &BTreeSet::new()).map(|_| ())
}

/// Refuses an `out` that is not a folder, or a non-empty folder that is not
/// a horsligne site, or a site where one of the `planned` files exists
/// without horsligne having written it. Returns the previous site's files.
fn check_target(out: &Path, planned: &BTreeSet<String>) -> Result<BTreeSet<String>, SiteError> {
    let refuse = |path: &Path, key: &'static str| {
        SiteError::Refused(Diagnostics(vec![Diagnostic::new(
            path,
            0,
            0,
            Message::new(key),
        )]))
    };
    if !crate::files::occupied(out) {
        return Ok(BTreeSet::new());
    }
    if !out.is_dir() {
        return Err(refuse(out, "sv-site-not-a-folder"));
    }
    let manifest_path = out.join(MANIFEST);
    // The manifest is small: a national site lists 120,000 files, a few MB.
    let previous = match crate::input::read_bytes(&manifest_path, 64 * 1024 * 1024) {
        Ok(bytes) => {
            serde_json::from_slice::<Manifest>(&bytes)
                .map_err(|_| refuse(&manifest_path, "sv-site-not-a-site"))?
                .files
        }
        Err(_) => {
            let empty = std::fs::read_dir(out)
                .map_err(|e| SiteError::Write(out.to_path_buf(), e))?
                .next()
                .is_none();
            if !empty {
                return Err(refuse(out, "sv-site-not-a-site"));
            }
            BTreeSet::new()
        }
    };
    let foreign: Vec<Diagnostic> = planned
        .iter()
        .filter(|p| !previous.contains(*p) && crate::files::occupied(&out.join(p)))
        .map(|p| Diagnostic::new(out.join(p), 0, 0, Message::new("sv-site-foreign-file")))
        .collect();
    if !foreign.is_empty() {
        return Err(SiteError::Refused(Diagnostics(foreign)));
    }
    Ok(previous)
}

#[derive(Debug)]
pub enum SiteError {
    /// OUT cannot take the site; nothing was written.
    Refused(Diagnostics),
    Write(PathBuf, std::io::Error),
    Io(anyhow::Error),
}

#[cfg(test)]
mod tests;
