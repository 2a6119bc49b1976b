//! `horsligne verify`: read each procedure's public pages, compare them with
//! the catalogue, then audit with that evidence (docs/verify.md).

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::audit::{self as audit_cmd, AuditArgs};
use super::{output, Failure};
use crate::audit::{self, AuditOptions};
use crate::i18n::{t, Lang, Message};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub audit: AuditArgs,
    #[command(flatten)]
    pub crawl: CrawlArgs,
}

/// How `verify` fetches pages: politely, safely, with a cache.
#[derive(Debug, Args)]
pub struct CrawlArgs {
    /// Requests under way at once, all hosts together.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..))]
    pub concurrency: u16,
    /// Requests under way at once to one host.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..))]
    pub per_host: u16,
    /// Minimum time between two requests to one host, in milliseconds.
    #[arg(long, default_value_t = 500, value_name = "MS")]
    pub interval_ms: u64,
    /// Time allowed for one request (headers and body), in seconds.
    #[arg(long, default_value_t = 20, value_name = "SECONDS")]
    pub timeout: u64,
    /// Largest page read, in bytes; a larger page is inconclusive.
    #[arg(long, default_value_t = 5 * 1024 * 1024, value_name = "BYTES")]
    pub max_body: usize,
    /// Further attempts after a 5xx, 408, 429 or a timeout (Retry-After is honoured).
    #[arg(long, default_value_t = 2)]
    pub retries: u32,
    /// Waiting one host may impose in all (Retry-After, backoff), in seconds; past it the host is given up.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub max_host_wait: u64,
    /// Time allowed for the whole run, in seconds; pages not read by then are inconclusive.
    #[arg(long, default_value_t = 900, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub deadline: u64,
    /// The User-Agent sent (say who you are and how to reach you).
    #[arg(long, default_value_t = crate::crawl::fetch::default_user_agent())]
    pub user_agent: String,
    /// Allow private, loopback and link-local addresses (tests, intranets).
    #[arg(long)]
    pub allow_private: bool,
    /// Do not apply this host's robots.txt (repeatable; one host each time).
    #[arg(long = "ignore-robots", value_name = "HOST")]
    pub ignore_robots: Vec<String>,
    /// Keep fetched pages in this directory and reuse them.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Age after which a cached page is revalidated (ETag / Last-Modified), in seconds.
    #[arg(long, default_value_t = 86_400, value_name = "SECONDS")]
    pub cache_max_age: u64,
    /// Read pages from the cache only, never from the network.
    #[arg(long)]
    pub offline: bool,
    /// Go through this HTTP proxy (proxy environment variables are ignored).
    #[arg(long, value_name = "URL", value_parser = proxy_url)]
    pub proxy: Option<String>,
    /// A file of extra phrases (format of data/reading-phrases.yaml; repeatable).
    #[arg(long = "phrases", value_name = "FILE")]
    pub phrases: Vec<PathBuf>,
}

/// A proxy URL, checked by clap (kept as text: a `Url` would make every
/// command's arguments larger).
fn proxy_url(text: &str) -> Result<String, url::ParseError> {
    url::Url::parse(text).map(|_| text.to_owned())
}

impl CrawlArgs {
    pub fn fetch_options(&self, lang: Lang) -> crate::verify::FetchOptions {
        use std::time::Duration;
        crate::verify::FetchOptions {
            user_agent: self.user_agent.clone(),
            timeout: Duration::from_secs(self.timeout),
            budget: crate::crawl::Budget {
                max_body_bytes: self.max_body,
                max_host_wait: Duration::from_secs(self.max_host_wait),
                deadline: Duration::from_secs(self.deadline),
                ..crate::crawl::Budget::default()
            },
            retries: self.retries,
            concurrency: usize::from(self.concurrency),
            per_host: usize::from(self.per_host),
            interval: Duration::from_millis(self.interval_ms),
            allow_private: self.allow_private,
            ignore_robots: self.ignore_robots.clone(),
            cache_dir: self.cache.clone(),
            cache_max_age: Duration::from_secs(self.cache_max_age),
            offline: self.offline,
            proxy: self.proxy.as_deref().and_then(|p| url::Url::parse(p).ok()),
            lang,
            ..crate::verify::FetchOptions::default()
        }
    }
}

pub fn run(args: VerifyArgs, lang: Lang) -> Result<u8, Failure> {
    use crate::verify;
    if args.crawl.offline && args.crawl.cache.is_none() {
        return Err(Failure::usage(Message::new("verify-offline-needs-cache")));
    }
    let audit_args = &args.audit;
    let mut inputs = audit_args.inputs();
    inputs.extend(args.crawl.phrases.iter().map(PathBuf::as_path));
    let plan = output::report_plan(&audit_args.out, &inputs)?;
    let (catalog, policy) = audit_cmd::load_audited(
        &audit_args.path.path,
        &audit_args.catalog,
        &audit_args.packs,
        Some(verify::PACK_ID),
    )?;
    let phrases = verify::Phrases::load(&args.crawl.phrases)?;

    let progress = if std::io::stderr().is_terminal() {
        let style = indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} [{{bar:40}}] {{pos}}/{{len}} {} ({{elapsed}})",
            t(lang, "verify-progress")
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        indicatif::ProgressBar::new(0).with_style(style)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let evidence =
        verify::verify_blocking(&catalog, args.crawl.fetch_options(lang), phrases, &progress)
            .map_err(|e| Failure::Other(anyhow::anyhow!(e.message().render(lang))))?;
    let options = AuditOptions::on(audit_args.today.today);
    let audit = audit::run_with_evidence(&catalog, &policy, &options, Some(&evidence));
    let fail_policy = audit_args.out.fail.policy(None);
    let strict = fail_policy.strict;
    let references = audit_args
        .history
        .as_ref()
        .map(|_| crate::survey::references_of(&catalog));
    let mut report = audit_cmd::report_of(catalog, audit, fail_policy, lang);

    let summary = verify::evidence::summary(evidence.procedures.values()).render(lang);
    report.attach_evidence(evidence);
    audit_cmd::emit_report(audit_args, &mut report, &plan, lang)?;
    if let Some(references) = references {
        super::survey::record_audit(audit_args, &references, &report, lang)?;
    }
    output::stderr_line(&summary);
    if strict {
        output::stderr_line(&t(lang, "verify-strict-note"));
    }
    // The same rule as `audit` and `report`: the report's FailPolicy
    // (inconclusive pages count only under --strict).
    Ok(audit_cmd::exit_code(&report))
}
