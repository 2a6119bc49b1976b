//! `horsligne scan`: arguments and wiring. The crawl and the drafting live in
//! `crate::scan`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::args::{AuthorityArgs, OutputFile};
use super::verify::CrawlArgs;
use super::Failure;
use crate::i18n::{t, Lang, Message};
use crate::output_plan::{FormatTarget, OutputFormat, Replace};
use crate::scan::{self, ScanOptions};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// The draft catalogue, evidence as YAML comments.
    #[default]
    Yaml,
    /// The same content with per-field evidence, for tools.
    Json,
}

impl OutputFormat for ScanFormat {}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The site's start page (e.g. https://www.ville-exemple.fr/).
    #[arg(value_name = "URL")]
    pub start: url::Url,
    /// Write the draft to this file (atomically; an existing file is never replaced).
    #[command(flatten)]
    pub output: OutputFile,
    #[arg(
        long,
        short = 'f',
        value_name = "FORMAT[=FILE]",
        default_value = "yaml"
    )]
    pub format: FormatTarget<ScanFormat>,
    /// Pages read at most on the site.
    #[arg(long, default_value_t = scan::DEFAULT_MAX_PAGES, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_pages: u32,
    /// Link hops followed from the start page at most (sitemap pages count as one).
    #[arg(long, default_value_t = 5, value_name = "HOPS", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub max_depth: u32,
    /// The authority's id in the draft (e.g. its INSEE or NIS code).
    #[arg(long, value_name = "ID")]
    pub authority_id: Option<String>,
    #[command(flatten)]
    pub authority: AuthorityArgs,
    #[command(flatten)]
    pub crawl: CrawlArgs,
}

pub fn run(args: ScanArgs, lang: Lang) -> Result<u8, Failure> {
    // A draft never replaces a file, not even one put there during the crawl.
    let plan = super::output::plan(
        std::slice::from_ref(&args.format),
        args.output.output.as_deref(),
        &args
            .crawl
            .phrases
            .iter()
            .map(PathBuf::as_path)
            .collect::<Vec<_>>(),
        &[],
        Replace::Never,
    )?;
    let phrases = crate::reading::Phrases::load(&args.crawl.phrases)?;
    let options = ScanOptions {
        start: args.start.clone(),
        authority_id: args.authority_id.clone(),
        country: args.authority.country.clone(),
        region: args.authority.region.clone(),
        level: args.authority.level.clone(),
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
    if draft.procedures.is_empty() && args.format.format == ScanFormat::Yaml {
        for note in &notes {
            super::output::stderr_line(&note.render(lang));
        }
        return Err(Failure::Other(anyhow::anyhow!(Message::new(
            "scan-no-procedure"
        )
        .num("pages", draft.pages_read as f64)
        .render(lang))));
    }
    super::output::execute(&plan, &mut |format, _to_file, out| {
        match format {
            ScanFormat::Yaml => out.write_all(scan::yaml::render(&draft, lang).as_bytes())?,
            ScanFormat::Json => {
                serde_json::to_writer_pretty(&mut *out, &draft)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;
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
