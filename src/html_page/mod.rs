//! The HTML page shell shared by the report (`--format html`) and the
//! residents' guide: the document head, the stylesheet, and the helpers both
//! use to sort names and make anchors. It knows no report and no catalogue.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::i18n::Lang;

/// The stylesheet of every page (report and guide), printable on A4.
pub const STYLESHEET: &str = include_str!("style.css");

/// What goes in a page's head, besides the shell's own `meta` lines.
pub struct Head<'a> {
    pub lang: Lang,
    pub title: &'a str,
    /// The tool that made the page ("horsligne 0.1.0").
    pub generator: &'a str,
    /// Inlined, in order, in one `style` element.
    pub styles: &'a [&'a str],
    /// The `class` of the `body` element, if any.
    pub body_class: Option<&'a str>,
}

/// A whole self-contained page: doctype, head and `body`.
pub fn page(head: &Head, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(head.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(head.generator);
                title { (head.title) }
                style {
                    @for style in head.styles { (PreEscaped(style)) }
                }
            }
            body class=[head.body_class] {
                (body)
            }
        }
    }
}

/// Sorts French names as a reader expects: "État civil" with the E's.
pub fn sort_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ÿ' => 'y',
            other => other,
        })
        .collect()
}

/// An HTML id from a free text (rule or procedure ids are already slugs).
pub fn anchor(prefix: &str, id: &str) -> String {
    let slug: String = sort_key(id)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{prefix}-{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_with_their_accents_and_anchors_are_slugs() {
        assert!(sort_key("État civil") < sort_key("Famille"));
        assert_eq!(anchor("p", "État civil"), "p-etat-civil");
    }

    #[test]
    fn the_shell_carries_the_head_and_the_body_class() {
        let page = page(
            &Head {
                lang: Lang::Fr,
                title: "Guide <test>",
                generator: "horsligne 0",
                styles: &["a{}", "b{}"],
                body_class: Some("guide"),
            },
            html! { p { "x" } },
        )
        .into_string();
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
        assert!(page.contains("<title>Guide &lt;test&gt;</title><style>a{}b{}</style>"));
        assert!(page.contains("<body class=\"guide\"><p>x</p></body>"));
    }
}
