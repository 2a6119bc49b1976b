//! `horsligne scan`: arguments and wiring. The crawl and the drafting live in
//! `crate::scan`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::output::stdout as print_stdout;
use super::verify::CrawlArgs;
use super::Failure;
use crate::i18n::{t, Lang, Message};
use crate::scan::{self, ScanOptions};

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum ScanFormat {
    /// The draft catalogue, evidence as YAML comments.
    #[default]
    Yaml,
    /// The same content with per-field evidence, for tools.
    Json,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The site's start page (e.g. https://www.ville-exemple.fr/).
    #[arg(value_name = "URL")]
    pub start: url::Url,
    /// Write the draft to this file (atomically; an existing file is never replaced).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value_t = ScanFormat::Yaml)]
    pub format: ScanFormat,
    /// Pages read at most on the site.
    #[arg(long, default_value_t = scan::DEFAULT_MAX_PAGES, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_pages: u32,
    /// Link hops followed from the start page at most (sitemap pages count as one).
    #[arg(long, default_value_t = 5, value_name = "HOPS", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub max_depth: u32,
    /// The authority's id in the draft (e.g. its INSEE or NIS code).
    #[arg(long, value_name = "ID")]
    pub authority_id: Option<String>,
    /// The authority's country (ISO 3166-1 alpha-2), when the domain does not tell.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// The authority's region (free slug).
    #[arg(long)]
    pub region: Option<String>,
    /// The authority's level (commune, intercommunality, department…; default commune).
    #[arg(long)]
    pub level: Option<String>,
    #[command(flatten)]
    pub crawl: CrawlArgs,
}

pub fn run(args: ScanArgs, lang: Lang) -> Result<u8, Failure> {
    if let Some(output) = &args.output {
        if crate::files::occupied(output) {
            return Err(output_exists(output, lang));
        }
    }
    let phrases = crate::reading::Phrases::load(&args.crawl.phrases)?;
    let options = ScanOptions {
        start: args.start.clone(),
        authority_id: args.authority_id.clone(),
        country: args.country.clone(),
        region: args.region.clone(),
        level: args.level.clone(),
    };
    let progress = if std::io::stderr().is_terminal() {
        let style = indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} [{{bar:40}}] {{pos}}/{{len}} {} ({{elapsed}})",
            t(lang, "scan-progress")
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        indicatif::ProgressBar::new(0).with_style(style)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut fetch = args.crawl.fetch_options(lang);
    fetch.budget.max_pages = args.max_pages as usize;
    fetch.budget.max_depth = args.max_depth;
    let scan::Scanned { draft, notes } = scan::scan_blocking(&options, fetch, phrases, &progress)
        .map_err(|e| {
        let mut text = e.message().render(lang);
        if let Some(help) = e.help() {
            text.push_str("\n  ");
            text.push_str(&help.render(lang));
        }
        Failure::Other(anyhow::anyhow!(text))
    })?;
    // A catalogue without procedures does not load: no YAML draft rather
    // than an invalid one, and the reason said (exit 2). The JSON draft is a
    // report of the reading, not a catalogue: it still says what was read.
    if draft.procedures.is_empty() && matches!(args.format, ScanFormat::Yaml) {
        for note in &notes {
            super::output::stderr_line(&note.render(lang));
        }
        return Err(Failure::Other(anyhow::anyhow!(Message::new(
            "scan-no-procedure"
        )
        .num("pages", draft.pages_read as f64)
        .render(lang))));
    }
    let text = match args.format {
        ScanFormat::Yaml => scan::yaml::render(&draft, lang),
        ScanFormat::Json => {
            let mut json =
                serde_json::to_string_pretty(&draft).map_err(|e| Failure::Other(e.into()))?;
            json.push('\n');
            json
        }
    };
    match &args.output {
        // A file (or a link) put there while the crawl ran is kept too.
        Some(path) => crate::files::write_new(path, text.as_bytes()).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                output_exists(path, lang)
            } else {
                Failure::Other(anyhow::anyhow!("{}: {e}", path.display()))
            }
        })?,
        None => print_stdout(&text)?,
    }
    super::output::stderr_line(
        &Message::new("scan-summary")
            .num("pages", draft.pages_read as f64)
            .num("unreadable", draft.pages_unreadable as f64)
            .num("procedure_pages", draft.procedure_pages as f64)
            .num("procedures", draft.procedures.len() as f64)
            .render(lang),
    );
    for note in &notes {
        super::output::stderr_line(&note.render(lang));
    }
    Ok(0)
}

fn output_exists(path: &std::path::Path, lang: Lang) -> Failure {
    Failure::Other(anyhow::anyhow!(Message::new("scan-output-exists")
        .arg("path", path.display())
        .render(lang)))
}
