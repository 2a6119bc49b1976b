//! Every structural error of a catalogue file in one run.
//!
//! serde stops at the first unknown key, wrong enum value, wrong date or
//! wrong type, so five typos would take five runs. When a file that is valid
//! YAML fails to deserialize, each contact and each procedure is read again
//! on its own (its lines cut out of the file, line numbers kept), and the top
//! level is read with the contacts and procedures skipped: one error per
//! contact, per procedure and for the rest of the file, all in one run.
//! Syntax errors (bad indentation, an unclosed quote) are not recovered: the
//! structure around them cannot be trusted.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::model::{Authority, Contact, Procedure};
use crate::diagnostic::{from_yaml_error, Diagnostic, Diagnostics};
use crate::located::Located;

/// Where the items of a file start, read without their contents.
#[derive(Deserialize)]
struct Skeleton {
    #[serde(default)]
    contacts: Option<BTreeMap<String, Spanned<IgnoredAny>>>,
    #[serde(default)]
    procedures: Option<Vec<Spanned<IgnoredAny>>>,
}

/// The file with contacts and procedures skipped: the errors of the rest.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read only for its errors
struct TopLevel {
    #[serde(default)]
    version: Option<Located<u32>>,
    #[serde(default)]
    authority: Option<Authority>,
    #[serde(default)]
    contacts: Option<IgnoredAny>,
    #[serde(default)]
    procedures: Option<IgnoredAny>,
}

/// Every error of the catalogue file `text`, given the first one serde found.
/// Always contains at least `first`.
pub fn all_errors(
    path: &Path,
    text: &str,
    first: Diagnostic,
    options: impl Fn() -> serde_saphyr::Options,
) -> Diagnostics {
    let structural = [
        "diag-unknown-key",
        "diag-unknown-value",
        "diag-missing-key",
        "yaml-expected",
        "yaml-empty-value",
        "diag-bad-date",
    ];
    let mut found = Diagnostics(vec![first.clone()]);
    // Syntax errors and refused inputs (an alias bomb) are not read again.
    if !structural.contains(&first.message.key) {
        return found;
    }
    let Ok(skeleton) = serde_saphyr::from_str_with_options::<Skeleton>(text, options()) else {
        return found;
    };
    if let Err(e) = serde_saphyr::from_str_with_options::<TopLevel>(text, options()) {
        found.push(from_yaml_error(path, text, &e));
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let starts = skeleton
        .contacts
        .iter()
        .flat_map(|c| c.values())
        .map(|s| (&s.referenced, true))
        .chain(
            skeleton
                .procedures
                .iter()
                .flatten()
                .map(|s| (&s.referenced, false)),
        );
    for (location, is_contact) in starts {
        let (line, column) = (location.line() as usize, location.column() as usize);
        let Some(item) = item_text(&lines, line, column) else {
            continue;
        };
        let error = if is_contact {
            serde_saphyr::from_str_with_options::<Contact>(&item, options()).err()
        } else {
            serde_saphyr::from_str_with_options::<Procedure>(&item, options()).err()
        };
        if let Some(e) = error {
            let mut d = from_yaml_error(path, &item, &e);
            if d.line > 0 {
                d.line += line as u32 - 1;
                d.snippet = None;
                d = d.with_source(text);
            }
            found.push(d);
        }
    }
    let mut found = found.sorted();
    // The same mistake found by the whole-file pass and by the item pass.
    found
        .0
        .dedup_by(|a, b| (a.line, a.column, &a.message) == (b.line, b.column, &b.message));
    found
}

/// The lines of the item starting at `line`:`column` (1-based), as a YAML
/// document of its own: the text before it on its first line (a `- ` or a
/// key) becomes spaces, and it ends before the first line indented less than
/// it. Line 1 of the result is line `line` of the file.
fn item_text(lines: &[&str], line: usize, column: usize) -> Option<String> {
    let first = lines.get(line.checked_sub(1)?)?;
    let indent = column.checked_sub(1)?;
    let head: String = first
        .chars()
        .enumerate()
        .map(|(i, c)| if i < indent { ' ' } else { c })
        .collect();
    let mut item = head;
    for next in &lines[line..] {
        let content = next.trim_start_matches(' ');
        let is_blank = content.trim().is_empty() || content.starts_with('#');
        if !is_blank && next.len() - content.len() < indent {
            break;
        }
        item.push('\n');
        item.push_str(next);
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_is_cut_out_with_its_indentation() {
        let lines = vec![
            "procedures:",
            "  - id: a",
            "    title: A",
            "",
            "    # note",
            "  - id: b",
        ];
        assert_eq!(
            item_text(&lines, 2, 5).unwrap(),
            "    id: a\n    title: A\n\n    # note"
        );
        assert_eq!(item_text(&lines, 6, 5).unwrap(), "    id: b");
    }
}
