//! Rule documentation, generated from the packs: `rules explain` prints one
//! rule's section of `docs/rules.md` (Markdown, like ruff's `--explain`), so
//! the terminal and the published docs always say the same thing.

use std::fmt::Write;

use crate::i18n::{t, Lang, Message};
use crate::packs::model::Basis;
use crate::packs::{Library, LoadedPack, PackStatus, Rule, Severity};
use crate::rule_examples;

/// The documentation of one rule (a Markdown section).
pub fn explain(lp: &LoadedPack, rule: &Rule, lang: Lang) -> String {
    let mut out = String::new();
    let pack = &lp.pack;
    let _ = writeln!(out, "### {} — {}\n", rule.id.value, rule.title.get(lang));
    let mut facts = vec![
        format!(
            "**{}** `{}` ({})",
            t(lang, "doc-pack"),
            pack.id.value,
            t(lang, &format!("pack-status-{}", pack.status.as_str()))
        ),
        format!(
            "**{}** {}",
            t(lang, "doc-severity"),
            t(lang, &format!("severity-{}", rule.severity.as_str()))
        ),
    ];
    if let Some(slug) = &rule.slug {
        facts.push(format!("**{}** `{slug}`", t(lang, "doc-slug")));
    }
    if !rule.severity_by_level.is_empty() {
        let levels = rule
            .severity_by_level
            .iter()
            .map(|(level, s)| {
                format!(
                    "{} → {}",
                    level.as_str(),
                    t(lang, &format!("severity-{}", s.as_str()))
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        facts.push(format!("**{}** {levels}", t(lang, "doc-severity-by-level")));
    }
    facts.push(format!(
        "**{}** {}",
        t(lang, "doc-confidence"),
        t(lang, &format!("confidence-{}", rule.confidence.as_str()))
    ));
    if !rule.confidence_by_level.is_empty() {
        let levels = rule
            .confidence_by_level
            .iter()
            .map(|(level, c)| {
                format!(
                    "{} → {}",
                    level.as_str(),
                    t(lang, &format!("confidence-{}", c.as_str()))
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        facts.push(format!(
            "**{}** {levels}",
            t(lang, "doc-confidence-by-level")
        ));
    }
    for fact in facts {
        let _ = writeln!(out, "- {fact}");
    }
    let check = &rule.check.value;
    let params = check.params_text();
    let _ = writeln!(
        out,
        "- **{}** `{}`{}{params}",
        t(lang, "doc-check"),
        check.kind(),
        if params.is_empty() { "" } else { " " },
    );
    let _ = writeln!(out, "\n{}\n", t(lang, &check.doc_key()));
    // Only a text in force is a « Base légale »; the label says what the citation is.
    let basis = Basis::of(pack.status, rule.confidence);
    let colon = match lang {
        Lang::Fr => " :",
        Lang::En | Lang::Nl => ":",
    };
    let _ = writeln!(
        out,
        "**{}{colon}** {}\n",
        t(lang, basis.label_key(pack.status)),
        rule.citation
    );
    // The citation that speaks to some levels or countries in its place.
    let others = rule
        .citation_by_level
        .iter()
        .map(|(level, c)| (level.as_str().to_owned(), c))
        .chain(rule.citation_by_country.iter().map(|(k, c)| (k.clone(), c)));
    for (whom, citation) in others {
        let _ = writeln!(
            out,
            "**{}{colon}** {citation}\n",
            Message::new("doc-citation-for")
                .arg("whom", whom)
                .render(lang)
        );
    }
    if !rule.absorbs.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            t(lang, "doc-absorbs"),
            rule.absorbs.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "**{}** {}\n",
        t(lang, "doc-why"),
        rule.why.get(lang).trim()
    );
    let _ = writeln!(
        out,
        "**{}** {}\n",
        t(lang, "doc-fix"),
        rule.fix.get(lang).trim()
    );
    let grounds = if rule.exemption_grounds.is_empty() {
        t(lang, "doc-no-exemption")
    } else {
        rule.exemption_grounds
            .iter()
            .map(|g| format!("`{}`", g.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(out, "**{}** {grounds}\n", t(lang, "doc-exemptions"));
    if !rule.supersedes.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            t(lang, "doc-supersedes"),
            rule.supersedes.join(", ")
        );
    }
    if let Some(from) = rule.effective_from {
        let _ = writeln!(out, "**{}** {from}\n", t(lang, "doc-effective-from"));
    }
    for (key, example) in [
        ("doc-example-fail", &rule.example_fail),
        ("doc-example-pass", &rule.example_pass),
    ] {
        if let Some(example) = example {
            let _ = writeln!(
                out,
                "**{}**\n\n```yaml\n{}\n```\n",
                t(lang, key),
                example.trim_end()
            );
        }
    }
    out
}

/// One line per rule, filtered.
pub fn rules_list(
    library: &Library,
    lang: Lang,
    pack: Option<&str>,
    status: Option<PackStatus>,
    severity: Option<Severity>,
) -> String {
    let mut out = String::new();
    for (lp, rule) in library.rules() {
        if pack.is_some_and(|p| p != lp.pack.id.value)
            || status.is_some_and(|s| s != lp.pack.status)
            || severity.is_some_and(|s| s != rule.severity)
        {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<28} {:<8} {:<24} {}",
            rule.id.value,
            rule.severity.as_str(),
            lp.pack.id.value,
            rule.title.get(lang)
        );
    }
    out
}

/// The whole rule documentation, one section per pack.
pub fn markdown(library: &Library, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t(lang, "doc-title"));
    let _ = writeln!(out, "{}\n", t(lang, "doc-generated"));
    let _ = writeln!(out, "## {}\n", t(lang, "doc-example-header-title"));
    let _ = writeln!(out, "{}\n", t(lang, "doc-example-header"));
    let _ = writeln!(out, "```yaml\n{}```\n", rule_examples::HEADER);
    for lp in &library.packs {
        let pack = &lp.pack;
        let _ = writeln!(out, "## {} — `{}`\n", pack.title.get(lang), pack.id.value);
        let _ = writeln!(
            out,
            "- **{}** {}",
            t(lang, "doc-status"),
            t(lang, &format!("pack-status-{}", pack.status.as_str()))
        );
        let scope = &pack.scope;
        let mut parts = Vec::new();
        if !scope.countries.is_empty() {
            parts.push(scope.countries.join(", "));
        }
        if !scope.regions.is_empty() {
            parts.push(scope.regions.join(", "));
        }
        if !scope.levels.is_empty() {
            parts.push(
                scope
                    .levels
                    .iter()
                    .map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if !scope.authorities.is_empty() {
            parts.push(scope.authorities.join(", "));
        }
        let scope_text = if parts.is_empty() {
            t(lang, "doc-scope-all")
        } else {
            parts.join(" · ")
        };
        let opt_in = if pack.opt_in {
            format!(" ({})", t(lang, "doc-opt-in"))
        } else {
            String::new()
        };
        let _ = writeln!(out, "- **{}** {scope_text}{opt_in}", t(lang, "doc-scope"));
        if let Some(description) = &pack.description {
            let _ = writeln!(out, "\n{}", description.get(lang).trim());
        }
        if !pack.sources.is_empty() {
            let _ = writeln!(out, "\n**{}**\n", t(lang, "doc-sources"));
            for s in &pack.sources {
                let mut line = s.instrument.clone();
                if let Some(article) = &s.article {
                    line.push_str(&format!(", {article}"));
                }
                if let Some(date) = s.date {
                    line.push_str(&format!(" ({date})"));
                }
                // Written, not linked: the docs never link outside the
                // repository (they are read offline too).
                if let Some(url) = &s.url {
                    line.push_str(&format!(" — `{url}`"));
                }
                let _ = writeln!(out, "- {line}");
            }
        }
        out.push('\n');
        for rule in &pack.rules {
            // A stable anchor: reports link to docs/rules.md#<rule id>.
            let _ = writeln!(
                out,
                "<a id=\"{}\"></a>\n",
                rule.id.value.to_ascii_lowercase()
            );
            out.push_str(&explain(lp, rule, lang));
        }
    }
    out
}
