//! The « texts » lines every human-readable format prints under its title:
//! the texts applied (and whether their date of entry into force was
//! verified), the texts examined that do not apply and why, the region for
//! which no text was examined, and how the region was known. One rendering,
//! so the table, Markdown, HTML and council reports say the same thing.

use super::model::Report;
use crate::i18n::{t, Lang, Message};

/// The lines, in `lang`; `with_applied` false where the format lists the
/// applied packs in a table of its own. A report saved before texts were
/// recorded gives only the region lines.
pub fn lines(report: &Report, lang: Lang, with_applied: bool) -> Vec<String> {
    let mut out = Vec::new();
    let authority = &report.authority;
    if let (Some(region), Some(written)) = (&authority.region, &authority.region_written) {
        out.push(
            Message::new("texts-region-written")
                .arg("written", written)
                .arg("region", region)
                .render(lang),
        );
    }
    if let (Some(region), Some(deduced)) = (&authority.region, &authority.region_deduced_from) {
        out.push(
            Message::new("texts-region-deduced")
                .arg("region", region)
                .arg("postcode", deduced.postcode)
                .arg("contact", &deduced.contact)
                .render(lang),
        );
    }
    let Some(texts) = &report.texts else {
        return out;
    };
    let status = |s: crate::packs::PackStatus| t(lang, &format!("pack-status-{}", s.as_str()));
    let applied: Vec<String> = texts
        .examined
        .iter()
        .filter(|x| x.verdict == "applied")
        .map(|x| {
            let mut line = format!("{} [{}]", x.pack, status(x.status));
            if !x.effective_from_verified {
                line.push_str(&format!(" ({})", t(lang, "texts-date-unverified")));
            }
            line
        })
        .collect();
    if with_applied || applied.iter().any(|a| a.contains('(')) {
        out.push(format!(
            "{} {}",
            t(lang, "texts-applied"),
            if applied.is_empty() {
                t(lang, "texts-none-applied")
            } else {
                applied.join(", ")
            }
        ));
    }
    let not_applied: Vec<String> = texts
        .examined
        .iter()
        .filter(|x| x.verdict != "applied")
        .map(|x| format!("{} ({})", x.pack, x.reason))
        .collect();
    if !not_applied.is_empty() {
        out.push(format!(
            "{} {}",
            t(lang, "texts-not-applicable"),
            not_applied.join(" ; ")
        ));
    }
    if let Some(region) = &texts.no_regional_text {
        out.push(
            Message::new("texts-no-regional")
                .arg("region", region)
                .render(lang),
        );
    }
    out
}
