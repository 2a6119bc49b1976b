//! Is this page a procedure page? A page describing a procedure has a
//! schema.org service type or a co-branded Service-Public.fr block, or the
//! vocabulary of procedures (« pièces à fournir », « où s'adresser »,
//! « formulaire », « délai ») in its content together with a way to do it;
//! a page of links (a menu, a list of news) is not one.

use crate::reading::{Document, PageText, Phrases};

/// schema.org types that describe a procedure or a public service.
const SERVICE_TYPES: [&str; 4] = ["GovernmentService", "Service", "HowTo", "GovernmentPermit"];

/// Why a page was taken for a procedure page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recognised {
    SchemaOrg(String),
    ServicePublicBlock,
    /// The procedure words found in the content.
    Vocabulary(Vec<String>),
}

/// Whether `doc` describes one or several procedures, and why.
pub fn recognise(doc: &Document, phrases: &Phrases, country: &str) -> Option<Recognised> {
    let content = content_text(doc);
    let content_chars = content.len();
    let content_links = doc.links.iter().filter(|l| !doc.in_frame(l.at)).count();
    // A page that is mostly links is a menu or an index, not a procedure.
    let listing = content_links > 0 && content_chars / content_links < 60;
    if listing {
        return None;
    }
    if let Some(t) = doc
        .schema_types
        .iter()
        .find(|t| SERVICE_TYPES.contains(&t.as_str()))
    {
        return Some(Recognised::SchemaOrg(t.clone()));
    }
    if doc.service_public_block {
        return Some(Recognised::ServicePublicBlock);
    }
    if content_chars < 80 {
        return None;
    }
    let words: Vec<String> = phrases
        .procedure_words
        .iter()
        .filter(|w| content.find(w, false).is_some())
        .cloned()
        .collect();
    let way = [
        &phrases.counter_words,
        &phrases.postal_words,
        &phrases.online_words,
        &phrases.email_words,
        &phrases.appointment_required,
        &phrases.appointment_none,
    ]
    .iter()
    .any(|list| list.iter().any(|w| content.find(w, false).is_some()));
    // A way to reach a service: a phone number, an e-mail, an address or an
    // online route stated in the content.
    let reading = crate::reading::read_range(doc, 0, doc.text.len(), country, phrases);
    let contact = reading.phone_lines().next().is_some()
        || !reading.emails.is_empty()
        || !reading.addresses.is_empty()
        || !reading.online_links.is_empty()
        || !reading.statements.is_empty();
    // A plain site: one procedure per page under its own `<h1>`, saying how
    // it is done (« se présenter à l'administration communale »), with no
    // number or address of its own (the template carries them).
    let titled = doc
        .headings
        .iter()
        .any(|h| h.level == 1 && !doc.in_frame(h.at));
    let enough = words.len() >= 3
        || (!words.is_empty() && contact)
        || (way && contact)
        || (way && titled && !words.is_empty());
    (enough && (way || contact)).then_some(Recognised::Vocabulary(words))
}

/// The page's content without its frame (header, navigation, footer).
fn content_text(doc: &Document) -> PageText {
    let text = &doc.text;
    let mut out = String::new();
    let mut at = 0;
    let mut frames = doc.frame.clone();
    frames.sort_unstable();
    for (start, end) in frames {
        if start > at {
            out.push_str(text.display_range(at, start));
            out.push('\n');
        }
        at = at.max(end);
    }
    out.push_str(text.display_range(at, text.len()));
    PageText::new(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases() -> Phrases {
        Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn procedure_pages_are_recognised() {
        let page = Document::parse(
            "<main><h1>Carte d'identité</h1><p>Faire la demande de carte nationale d'identité : \
             la démarche se fait en mairie, sur rendez-vous. Pièces à fournir : justificatif de \
             domicile, photo. Délai de délivrance : trois semaines. La carte est gratuite.</p></main>",
        );
        assert!(matches!(
            recognise(&page, &phrases(), "FR"),
            Some(Recognised::Vocabulary(_))
        ));
        let schema = Document::parse(
            r#"<script type="application/ld+json">{"@type":"GovernmentService"}</script><p>x</p>"#,
        );
        assert_eq!(
            recognise(&schema, &phrases(), "FR"),
            Some(Recognised::SchemaOrg("GovernmentService".into()))
        );
    }

    #[test]
    fn menus_news_and_short_pages_are_not() {
        let menu = Document::parse(
            "<main><h1>Vos démarches</h1><ul><li><a href='/a'>Demande d'acte</a></li>\
             <li><a href='/b'>Carte d'identité, formulaire</a></li><li><a href='/c'>Délai</a></li></ul></main>",
        );
        assert_eq!(recognise(&menu, &phrases(), "FR"), None);
        let news = Document::parse(
            "<main><h1>Fête de la musique</h1><p>Rendez-vous le 21 juin sur la place de la mairie \
             pour une soirée de concerts gratuits, avec les associations de la commune et l'harmonie \
             municipale. Buvette et restauration sur place toute la soirée, venez nombreux !</p></main>",
        );
        assert_eq!(recognise(&news, &phrases(), "FR"), None);
    }
}
