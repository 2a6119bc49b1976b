//! The residents' guide: for each procedure, in plain words, how to do it
//! without the internet (where to go and when, whom to call, where to write,
//! which paper form to ask for), grouped by service with an index. It reads
//! the resolved catalogue: what counts as an offline channel is decided in
//! `catalog::procedure`, never here. One HTML page, large type, no colour
//! needed, no URL needed to use it once printed.

pub mod hours;

use std::collections::BTreeMap;

use maud::{html, Markup};

use crate::catalog::model::{
    Appointment, BookingMethod, Coverage, FormSource, ProcedureStatus, Tariff,
};
use crate::catalog::procedure::NotOffline;
use crate::catalog::{Access, Catalog, Channel, ChannelKind, Contact, Procedure};
use crate::html_page::{self, anchor, sort_key, Head, STYLESHEET};
use crate::i18n::{t, Lang, Message};

/// The guide of `catalog`, as one HTML page.
pub fn render(catalog: &Catalog, lang: Lang) -> String {
    Guide { catalog, lang }.page().into_string()
}

struct Guide<'c> {
    catalog: &'c Catalog,
    lang: Lang,
}

impl Guide<'_> {
    fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    /// Procedures by service, services in reading order ("Autres démarches" last).
    fn services(&self) -> Vec<(String, Vec<&Procedure>)> {
        let mut grouped: BTreeMap<(bool, String), (String, Vec<&Procedure>)> = BTreeMap::new();
        for p in self
            .catalog
            .procedures
            .iter()
            .filter(|p| p.status != ProcedureStatus::Retired)
        {
            let name = p
                .service
                .clone()
                .unwrap_or_else(|| self.t("rp-service-none"));
            grouped
                .entry((p.service.is_none(), sort_key(&name)))
                .or_insert_with(|| (name, Vec::new()))
                .1
                .push(p);
        }
        let mut services: Vec<_> = grouped.into_values().collect();
        for (_, list) in &mut services {
            list.sort_by_cached_key(|p| sort_key(&p.title));
        }
        services
    }

    fn page(&self) -> Markup {
        let authority = &self.catalog.authority;
        let services = self.services();
        let title = format!("{} — {}", self.t("guide-title"), authority.name);
        let updated = self
            .catalog
            .procedures
            .iter()
            .filter_map(|p| p.reviewed)
            .max();
        let generator = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));
        let head = Head {
            lang: self.lang,
            title: &title,
            generator,
            styles: &[STYLESHEET],
            body_class: Some("guide"),
        };
        html_page::page(
            &head,
            html! {
                        header {
                            h1 { (self.t("guide-title")) }
                            p.lead {
                                (Message::new("guide-subtitle").arg("authority", &authority.name).arg("of_authority", of_authority(&authority.name, self.lang)).render(self.lang))
                            }
                            p { (self.t("guide-intro")) }
                            @if let Some(date) = updated {
                                p.meta {
                                    (Message::new("guide-updated")
                                        .arg("date", crate::i18n::long_date(self.lang, date))
                                        .render(self.lang))
                                }
                            }
                            (self.help_box())
                        }
                        nav aria-labelledby="index-title" {
                            h2 #index-title { (self.t("guide-index")) }
                            ol {
                                @for (service, list) in &services {
                                    li {
                                        a href={ "#" (anchor("s", service)) } { (service) }
                                        ol {
                                            @for p in list {
                                                li { a href={ "#" (anchor("p", &p.id)) } { (p.title) } }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        main {
                            @for (service, list) in &services {
                                section.service aria-labelledby=(anchor("s", service)) {
                                    h2 id=(anchor("s", service)) { (service) }
                                    @for p in list { (self.procedure(p)) }
                                }
                            }
                        }
                        footer {
                            p {
                                (Message::new("guide-footer")
                                    .arg("tool", env!("CARGO_PKG_NAME"))
                                    .arg("version", env!("CARGO_PKG_VERSION"))
                                    .arg("authority", &authority.name)
                                    .arg("of_authority", of_authority(&authority.name, self.lang))
                                    .render(self.lang))
                            }
                        }
            },
        )
    }

    fn help_box(&self) -> Markup {
        html! {
            aside.help aria-labelledby="help-title" {
                h2 #help-title { (self.t("guide-help-heading")) }
                @match &self.catalog.authority.mediator {
                    Some(mediator) => {
                        p { (self.t("guide-help-mediator")) }
                        (self.contact_details(mediator))
                    }
                    None => p { (self.t("guide-no-mediator")) },
                }
            }
        }
    }

    fn procedure(&self, p: &Procedure) -> Markup {
        html! {
            article.procedure id=(anchor("p", &p.id)) {
                h3 { (p.title) }
                @if p.status == ProcedureStatus::Planned {
                    p { strong { (self.t("guide-planned")) } }
                }
                @if p.access != Access::Offline {
                    (self.no_offline_route(p))
                }
                (self.before_you_start(p))
                @for part in p.parts() {
                    @if let Some(step) = part.step {
                        p.step { (Message::new("guide-step").arg("step", &step.name).render(self.lang)) }
                    }
                    @for channel in part.channels.contact_channels().filter(|c| c.kind != ChannelKind::Email) {
                        (self.way(channel))
                    }
                }
            }
        }
    }

    /// An online-only (or undocumented) procedure, said as it is, with whom to ask.
    /// What people must do first and bring: the prerequisite (with who
    /// helps), the documents, the cost. Only what the catalogue says.
    fn before_you_start(&self, p: &Procedure) -> Markup {
        let mut helpers: Vec<&Contact> = p.assistance.iter().map(|c| c.as_ref()).collect();
        if helpers.is_empty() {
            helpers.extend(self.catalog.authority.mediator.as_deref());
        }
        // Digital prerequisites of the offline routes, said once each.
        let mut requires: Vec<&'static str> = Vec::new();
        for part in p.parts() {
            for channel in part.channels.contact_channels() {
                if channel.kind == ChannelKind::Email {
                    continue;
                }
                for r in &channel.requires {
                    if !requires.contains(&r.label_key()) {
                        requires.push(r.label_key());
                    }
                }
            }
        }
        let prerequisite = !requires.is_empty() || p.prerequisite.is_some();
        html! {
            @if prerequisite {
                div.first {
                    p { (pictogram("first")) strong { (self.t("guide-first")) } }
                    @if let Some(text) = &p.prerequisite { p { (text) } }
                    @if !requires.is_empty() {
                        p { (Message::new("guide-requires").keys("things", requires.clone()).render(self.lang)) }
                    }
                    @if !helpers.is_empty() {
                        p { (self.t("guide-first-help")) }
                        @for c in &helpers { (self.contact_details(c)) }
                    }
                }
            }
            @if !p.documents.is_empty() {
                div.documents {
                    p { strong { (self.t("guide-documents")) } }
                    ul { @for d in &p.documents { li { (d) } } }
                }
            }
            @if let Some(cost) = &p.cost {
                p.cost { strong { (self.t("guide-cost")) } " " (cost) }
            }
        }
    }

    fn no_offline_route(&self, p: &Procedure) -> Markup {
        let statement = match p.access {
            Access::OnlineOnly => "guide-online-only",
            // Not known yet: neither a way nor its absence is printed as a fact.
            Access::ToConfirm => "guide-to-confirm",
            _ => "guide-unreachable",
        };
        let mut contacts: Vec<&Contact> = p.assistance.iter().map(|c| c.as_ref()).collect();
        for (_, online) in p.online_channels() {
            if let Some(substitute) = &online.substitute {
                contacts.push(substitute);
            }
        }
        let mediator = self.catalog.authority.mediator.as_deref();
        let mut unique: Vec<&Contact> = Vec::new();
        for c in contacts {
            if Some(c) != mediator && !unique.contains(&c) {
                unique.push(c);
            }
        }
        let contacts = unique;
        html! {
            div.none {
                p { strong { (self.t(statement)) } }
                @if let Some(m) = mediator {
                    p { (self.t("guide-ask-mediator")) }
                    (self.contact_details(m))
                }
                @if !contacts.is_empty() {
                    p { (self.t(if mediator.is_some() { "guide-ask-contact" } else { "guide-ask-mediator" })) }
                    @for c in &contacts { (self.contact_details(c)) }
                }
            }
        }
    }

    /// One way of doing the procedure (or a step): at the desk, by phone, by post.
    fn way(&self, channel: &Channel) -> Markup {
        let heading = match channel.kind {
            ChannelKind::Counter => "guide-where",
            ChannelKind::Phone => "guide-phone",
            ChannelKind::Postal => "guide-postal",
            _ => "guide-other",
        };
        let limited = match channel.offline_status() {
            Err(NotOffline::Coverage(Coverage::Info)) => Some("guide-limited-info"),
            Err(NotOffline::Coverage(_)) => Some("guide-limited-partial"),
            Err(NotOffline::ToConfirm) => Some("guide-limited-to-confirm"),
            _ => None,
        };
        html! {
            div.way {
                h4 {
                    (pictogram(match channel.kind {
                        ChannelKind::Counter => "counter",
                        ChannelKind::Phone => "phone",
                        ChannelKind::Postal => "postal",
                        _ => "other",
                    }))
                    (self.t(heading))
                    @if let Some(key) = limited { " (" (self.t(key)) ")" }
                }
                @if let Some(description) = &channel.description { p { (description) } }
                (self.contact_details(&channel.contact))
                @if channel.kind == ChannelKind::Postal {
                    (self.paper_form(channel))
                }
            }
        }
    }

    fn paper_form(&self, channel: &Channel) -> Markup {
        let ways: Vec<String> = channel
            .form_from
            .iter()
            .filter_map(|source| match source {
                FormSource::Counter => Some(self.t("guide-form-counter")),
                FormSource::PostalRequest => Some(self.t("guide-form-postal")),
                FormSource::PhoneRequest => Some(self.t("guide-form-phone")),
                // A download needs the internet: not a way for this guide's readers.
                FormSource::Download => None,
            })
            .collect();
        html! {
            @if let Some(form) = &channel.paper_form {
                p { (Message::new("guide-paper-form").arg("form", form).render(self.lang)) }
                @if !ways.is_empty() {
                    p { (Message::new("guide-form-from").arg("ways", hours::join_or(ways, self.lang)).render(self.lang)) }
                } @else if channel.form_only_downloadable() {
                    p { (self.t("guide-form-download-only")) }
                }
            }
        }
    }

    /// Everything a resident needs to use a contact point, in words.
    fn contact_details(&self, contact: &Contact) -> Markup {
        use crate::catalog::model::ContactKind;
        let hours = contact
            .opening_hours
            .as_ref()
            .map(|h| hours::in_words(&h.week, self.lang));
        html! {
            @if let Some(name) = &contact.name { p { strong { (name) } } }
            @if contact.kind == ContactKind::Postal {
                @match contact.real_address() {
                    Some(address) => p { (self.t("guide-write-to")) br; strong { (address) } },
                    None => p { (self.t("guide-address-ask")) },
                }
            } @else if contact.kind == ContactKind::Counter {
                @match contact.real_address() {
                    Some(address) => p { (address) },
                    None => p { (self.t("guide-address-ask")) },
                }
            } @else if contact.kind != ContactKind::Email {
                @if let Some(address) = contact.real_address() { p { (address) } }
            }
            @if let Some(phone) = &contact.phone {
                p.phone-number { (Message::new("guide-call").arg("number", &phone.written).render(self.lang)) }
                @if let Some(key) = tariff_key(contact.tariff) { p { (self.t(key)) } }
                @match contact.answered_by {
                    Some(crate::catalog::model::AnsweredBy::IvrThenHuman) => p { (self.t("guide-answered-ivr")) },
                    Some(crate::catalog::model::AnsweredBy::IvrOnly | crate::catalog::model::AnsweredBy::Bot) => p { (self.t("guide-answered-machine")) },
                    _ => {},
                }
            }
            @if let Some(words) = &hours {
                p { (self.t("guide-hours-label")) " " (words) }
            }
            @if contact.kind == ContactKind::Counter {
                (self.appointment(contact))
            }
            @if contact.step_free == Some(true) { p { (self.t("guide-step-free")) } }
        }
    }

    fn appointment(&self, contact: &Contact) -> Markup {
        let key = match contact.appointment {
            Appointment::None => "guide-appointment-none",
            Appointment::Optional => "guide-appointment-optional",
            Appointment::Required => "guide-appointment-required",
        };
        // Only a way of booking the catalogue declares, through a contact it
        // names and has confirmed: the procedure's phone channel may be a
        // line that books nothing (a card-blocking number), so it is never
        // borrowed, and a bare `phone` gives no number to print.
        let ways: Vec<String> = contact
            .booking
            .iter()
            .filter(|route| route.is_offline())
            .filter_map(|route| {
                let booker = route.contact.as_deref()?;
                match route.method {
                    BookingMethod::Phone => booker.phone.as_ref().map(|number| {
                        Message::new("guide-booking-phone-number")
                            .arg("number", &number.written)
                            .render(self.lang)
                    }),
                    BookingMethod::Counter => Some(self.t("guide-booking-counter")),
                    BookingMethod::Postal => Some(self.t("guide-booking-postal")),
                    BookingMethod::Online | BookingMethod::Email => None,
                }
            })
            .collect();
        html! {
            // Not given is not "without an appointment": say nothing.
            @if contact.appointment_declared { p { (self.t(key)) } }
            @if contact.appointment != Appointment::None {
                @if !ways.is_empty() {
                    p { (Message::new("guide-booking").arg("ways", hours::join_or(ways, self.lang)).render(self.lang)) }
                } @else if contact.booking_needs_internet() {
                    p { (self.t("guide-booking-online-only")) }
                } @else {
                    p { (self.t("guide-booking-ask")) }
                }
            }
        }
    }
}

/// Only a cost that is not that of an ordinary call is worth saying.
/// "de la Ville de Lyon", "du CCAS de Lyon", "de Lyon": the authority's name
/// after "de" as French says it (English: "of …").
pub fn of_authority(name: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return format!("of {name}");
    }
    let first = name.split_whitespace().next().unwrap_or("");
    let folded = sort_key(first);
    let feminine = [
        "ville",
        "commune",
        "mairie",
        "metropole",
        "communaute",
        "region",
        "prefecture",
        "collectivite",
        "caisse",
        "agglomeration",
        "eurometropole",
    ];
    let masculine = [
        "departement",
        "ccas",
        "cpas",
        "conseil",
        "syndicat",
        "centre",
        "pole",
        "service",
    ];
    let vowel = folded.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h']);
    if feminine.contains(&folded.as_str()) {
        if vowel {
            format!("de l'{name}")
        } else {
            format!("de la {name}")
        }
    } else if masculine.contains(&folded.as_str()) {
        if vowel {
            format!("de l'{name}")
        } else {
            format!("du {name}")
        }
    } else if vowel {
        format!("d'{name}")
    } else {
        format!("de {name}")
    }
}

/// A pictogram for the eye (the heading's words say the same): a counter,
/// a telephone, a letter. Inline SVG, black, readable in black and white.
fn pictogram(name: &str) -> Markup {
    let path = match name {
        // A desk with a person behind it.
        "counter" => "M12 3a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM6 14c0-2.2 2.7-4 6-4s6 1.8 6 4v1H6zM2 16h20v2h-2v4h-2v-4H6v4H4v-4H2z",
        // A telephone handset.
        "phone" => "M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1C10.6 21 3 13.4 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.3.2 2.5.57 3.6a1 1 0 0 1-.25 1z",
        // An envelope.
        "postal" => "M2 5h20v14H2zM4 7v.5l8 5l8-5V7zM4 9.9V17h16V9.9l-8 5z",
        // An exclamation mark in a triangle: something to do first.
        "first" => "M12 2L1 21h22zM11 9h2v6h-2zM11 17h2v2h-2z",
        _ => "M12 2a10 10 0 1 1 0 20a10 10 0 0 1 0-20z",
    };
    html! {
        svg.pictogram viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" {
            path d=(path) fill="currentColor" fill-rule="evenodd" {}
        }
    }
}

fn tariff_key(tariff: Option<Tariff>) -> Option<&'static str> {
    match tariff? {
        Tariff::Free => Some("guide-tariff-free"),
        Tariff::Premium => Some("guide-tariff-premium"),
        Tariff::Unknown => Some("guide-tariff-unknown"),
        Tariff::Standard => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_names_follow_french_grammar() {
        assert_eq!(
            of_authority("Ville de Lyon", Lang::Fr),
            "de la Ville de Lyon"
        );
        assert_eq!(of_authority("CCAS de Lyon", Lang::Fr), "du CCAS de Lyon");
        assert_eq!(
            of_authority("Département du Rhône", Lang::Fr),
            "du Département du Rhône"
        );
        assert_eq!(
            of_authority("Eurométropole de Strasbourg", Lang::Fr),
            "de l'Eurométropole de Strasbourg"
        );
        assert_eq!(
            of_authority("Agglomération de Metz", Lang::Fr),
            "de l'Agglomération de Metz"
        );
        assert_eq!(of_authority("Lyon", Lang::Fr), "de Lyon");
        assert_eq!(of_authority("Ville de Lyon", Lang::En), "of Ville de Lyon");
    }
}
