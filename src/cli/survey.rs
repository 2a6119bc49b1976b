//! `horsligne survey FOLDER`: wiring only; the survey lives in `crate::survey`.

use std::path::{Path, PathBuf};

use clap::Args;

use super::args::{CatalogArgs, FormatsArgs, PackArgs, TodayArg};
use super::{output, Failure, EXIT_INPUT};
use crate::history::{History, Recorded, Run};
use crate::i18n::{Lang, Message};
use crate::packs::Library;
use crate::survey::map::Map;
use crate::survey::render::{self, SurveyFormat, SurveyRender};
use crate::survey::{self, SurveyOptions};

#[derive(Debug, Args)]
pub struct SurveyArgs {
    /// Folder holding one catalogue per authority (a YAML file or a folder each).
    pub folder: PathBuf,
    #[command(flatten)]
    pub to: FormatsArgs<SurveyFormat>,
    /// Boundaries to draw in the HTML report (GeoJSON, each feature keyed by authority id).
    #[arg(long, value_name = "FILE.geojson")]
    pub map: Option<PathBuf>,
    /// Writes a static observatory into this folder (created if missing, or updated if horsligne wrote it).
    #[arg(long, value_name = "DIR")]
    pub site: Option<PathBuf>,
    /// What colours the map (`--map`): the share of procedures doable offline, or the counter's hours a week.
    #[arg(long, value_name = "INDICATOR", default_value = "offline_share")]
    pub map_indicator: crate::survey::ranking::RankedIndicator,
    /// Record this survey in a history database (SQLite; created if missing).
    #[arg(long, value_name = "FILE.sqlite")]
    pub history: Option<PathBuf>,
    /// Exit 0 even when some catalogues could not be read (they are still counted on the terminal and listed in every report).
    #[arg(long)]
    pub accept_not_loaded: bool,
    /// Sets a rule's threshold for this run, e.g. `NN-COUNTER-HOURS=20` (repeatable); the reports say which value was used.
    #[arg(long = "threshold", value_name = "RULE=VALUE")]
    pub thresholds: Vec<String>,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    #[command(flatten)]
    pub packs: PackArgs,
}

pub fn run(args: SurveyArgs, lang: Lang) -> Result<u8, Failure> {
    let mut inputs = vec![args.folder.as_path()];
    inputs.extend(args.map.as_deref());
    inputs.extend(args.history.as_deref());
    inputs.extend(args.packs.rules.rules_dirs.iter().map(PathBuf::as_path));
    let plan = args.to.plan(&inputs, &[])?;
    if let Some(out) = &args.site {
        survey::site::check_out(out).map_err(site_failure)?;
    }

    let map = args.map.as_deref().map(Map::read).transpose()?;
    let library = Library::load(&args.packs.rules.rules_dirs)?;
    let mut selection = args.packs.selection();
    selection.thresholds = thresholds(&args.thresholds)?;
    let wrong = library.threshold_errors(&selection);
    if !wrong.is_empty() {
        return Err(wrong.into());
    }
    let options = SurveyOptions {
        load: args.catalog.load_options(),
        selection,
        date: args
            .today
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        lang,
    };
    let survey = survey::run(&args.folder, &library, &options)?;

    let render_options = SurveyRender {
        lang,
        map: map.as_ref(),
        map_indicator: args.map_indicator,
    };
    // The reports are put in place only once the run is recorded: a history
    // that cannot be written (another application's database) leaves the
    // previous reports as they were.
    let mut history = match &args.history {
        Some(path) => Some((
            History::open(path).map_err(|e| anyhow::anyhow!(e.message(path).render(lang)))?,
            path,
        )),
        None => None,
    };
    let mut render = |format, _to_file: bool, out: &mut dyn std::io::Write| {
        Ok(out.write_all(&render::render(&survey, format, &render_options)?)?)
    };
    let staged = plan.stage(&mut render).map_err(output::write_error)?;
    if let Some((history, path)) = &mut history {
        let recorded = history
            .record(&Run {
                date: survey.survey_date,
                label: Some(args.folder.display().to_string()),
                tool_version: env!("CARGO_PKG_VERSION"),
                authorities: &survey.authorities,
            })
            .map_err(|e| anyhow::anyhow!(e.message(path).render(lang)))?;
        output::stderr_line(&recorded_message(recorded, path).render(lang));
    }
    output::finish(staged, &mut render)?;
    if let Some(out) = &args.site {
        // The evolution, from the history just recorded, when there is one.
        let evolution = match &history {
            Some((history, path)) => Some(
                crate::history::evolution::compute(history)
                    .map_err(|e| anyhow::anyhow!(e.message(path).render(lang)))
                    .and_then(|evolution| {
                        crate::history::render::render(
                            &evolution,
                            crate::history::render::HistoryFormat::Html,
                            lang,
                        )
                    })?,
            ),
            None => None,
        };
        let site_options = survey::site::SiteOptions {
            lang,
            map: map.as_ref(),
            map_indicator: args.map_indicator,
            evolution,
        };
        let written = survey::site::write(
            &survey,
            &args.folder,
            &library,
            &options,
            &site_options,
            out,
        )
        .map_err(site_failure)?;
        output::stderr_line(
            &Message::new("sv-site-written")
                .arg("dir", out.display())
                .num("files", written.files as f64)
                .render(lang),
        );
    }
    if survey.authorities.is_empty() {
        output::stderr_line(&Message::new("sv-none-loaded").render(lang));
        return Ok(EXIT_INPUT);
    }
    Ok(
        survey::loud_failures(&survey, args.accept_not_loaded).map_or(0, |message| {
            // Said on the terminal whatever the outputs: with every report
            // going to files, a dropped commune would otherwise go unseen.
            output::stderr_line(&message.render(lang));
            if args.accept_not_loaded || survey.not_loaded.is_empty() {
                0
            } else {
                EXIT_INPUT
            }
        }),
    )
}

fn site_failure(error: survey::site::SiteError) -> Failure {
    match error {
        survey::site::SiteError::Refused(diagnostics) => Failure::from(diagnostics),
        survey::site::SiteError::Write(path, e) => {
            Failure::Other(anyhow::anyhow!("{}: {e}", path.display()))
        }
        survey::site::SiteError::Io(e) => Failure::Other(e),
    }
}

/// `--threshold RULE=VALUE`, every malformed one reported at once.
fn thresholds(
    written: &[String],
) -> Result<std::collections::BTreeMap<String, f64>, crate::diagnostic::Diagnostics> {
    let mut found = std::collections::BTreeMap::new();
    let mut errors = crate::diagnostic::Diagnostics::default();
    for text in written {
        let parsed = text.split_once('=').and_then(|(rule, value)| {
            let value: f64 = value.trim().replace(',', ".").parse().ok()?;
            (value.is_finite() && value >= 0.0).then(|| (rule.trim().to_ascii_uppercase(), value))
        });
        match parsed {
            Some((rule, value)) => {
                found.insert(rule, value);
            }
            None => errors.push(crate::diagnostic::Diagnostic::new(
                "--threshold",
                0,
                0,
                Message::new("sv-threshold-malformed").arg("text", text),
            )),
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}

/// `audit --history FILE` (and `verify`): records one audit as a run of one authority.
pub(super) fn record_audit(
    args: &super::audit::AuditArgs,
    references: &std::collections::HashMap<String, String>,
    report: &crate::report::model::Report,
    lang: Lang,
) -> Result<(), Failure> {
    let Some(path) = &args.history else {
        return Ok(());
    };
    let row = survey::summarise(args.path.path.display().to_string(), references, report);
    let mut history =
        History::open(path).map_err(|e| anyhow::anyhow!(e.message(path).render(lang)))?;
    let recorded = history
        .record(&Run {
            date: report.audit_date,
            label: Some(args.path.path.display().to_string()),
            tool_version: env!("CARGO_PKG_VERSION"),
            authorities: std::slice::from_ref(&row),
        })
        .map_err(|e| anyhow::anyhow!(e.message(path).render(lang)))?;
    output::stderr_line(&recorded_message(recorded, path).render(lang));
    Ok(())
}

fn recorded_message(recorded: Recorded, path: &Path) -> Message {
    match recorded {
        Recorded::New(_) => Message::new("hi-recorded").arg("file", path.display()),
        Recorded::AlreadyThere(_) => {
            Message::new("hi-already-recorded").arg("file", path.display())
        }
    }
}
