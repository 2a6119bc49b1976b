//! The residents' guide: for each procedure, in plain words, how to do it
//! without the internet (where to go and when, whom to call, where to write,
//! which paper form to ask for), grouped by service with an index. It reads
//! the resolved catalogue: what counts as an offline channel is decided in
//! `catalog::resolve`, never here. One HTML page, large type, no colour
//! needed, no URL needed to use it once printed.

pub mod hours;

use std::collections::BTreeMap;

use maud::{html, Markup};

use crate::catalog::model::{
    Appointment, BookingMethod, Coverage, FormSource, ProcedureStatus, Tariff,
};
use crate::catalog::resolve::NotOffline;
use crate::catalog::{Access, Catalog, Channel, ChannelKind, ChannelSet, Contact, Procedure};
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
                                (Message::new("guide-subtitle").arg("authority", &authority.name).render(self.lang))
                            }
                            p { (self.t("guide-intro")) }
                            @if let Some(date) = updated {
                                p.meta {
                                    (Message::new("guide-updated")
                                        .arg("date", Message::new("guide-date")
                                            .arg("day", date.format("%d"))
                                            .arg("month", date.format("%m"))
                                            .arg("year", date.format("%Y"))
                                            .render(self.lang))
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
                        (self.contact_details(mediator, None))
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
                @for part in p.parts() {
                    @if let Some(step) = part.step {
                        p.step { (Message::new("guide-step").arg("step", &step.name).render(self.lang)) }
                    }
                    @for channel in part.channels.contact_channels().filter(|c| c.kind != ChannelKind::Email) {
                        (self.way(channel, part.channels))
                    }
                }
            }
        }
    }

    /// An online-only (or undocumented) procedure, said as it is, with whom to ask.
    fn no_offline_route(&self, p: &Procedure) -> Markup {
        let statement = if p.access == Access::OnlineOnly {
            "guide-online-only"
        } else {
            "guide-unreachable"
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
                    (self.contact_details(m, None))
                }
                @if !contacts.is_empty() {
                    p { (self.t(if mediator.is_some() { "guide-ask-contact" } else { "guide-ask-mediator" })) }
                    @for c in &contacts { (self.contact_details(c, None)) }
                }
            }
        }
    }

    /// One way of doing the procedure (or a step): at the desk, by phone, by post.
    fn way(&self, channel: &Channel, part: &ChannelSet) -> Markup {
        let heading = match channel.kind {
            ChannelKind::Counter => "guide-where",
            ChannelKind::Phone => "guide-phone",
            ChannelKind::Postal => "guide-postal",
            _ => "guide-other",
        };
        let limited = match channel.offline_status() {
            Err(NotOffline::Coverage(Coverage::Info)) => Some("guide-limited-info"),
            Err(NotOffline::Coverage(_)) => Some("guide-limited-partial"),
            _ => None,
        };
        html! {
            div.way {
                h4 {
                    (self.t(heading))
                    @if let Some(key) = limited { " (" (self.t(key)) ")" }
                }
                @if let Some(description) = &channel.description { p { (description) } }
                (self.contact_details(&channel.contact, Some(part)))
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
    fn contact_details(&self, contact: &Contact, part: Option<&ChannelSet>) -> Markup {
        use crate::catalog::model::ContactKind;
        let hours = contact
            .opening_hours
            .as_ref()
            .map(|h| hours::in_words(&h.week, self.lang));
        html! {
            @if let Some(name) = &contact.name { p { strong { (name) } } }
            @if contact.kind == ContactKind::Postal {
                @if let Some(address) = &contact.address {
                    p { (self.t("guide-write-to")) br; strong { (address) } }
                } @else {
                    p { (self.t("guide-ask-postal-address")) }
                }
            } @else if contact.kind != ContactKind::Email {
                @if let Some(address) = &contact.address { p { (address) } }
                // A counter the catalogue gives no address for still exists
                // (NN-CONTACT-DETAILS): tell residents how to find it.
                @else if contact.kind == ContactKind::Counter { p { (self.t("guide-ask-address")) } }
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
                (self.appointment(contact, part))
            }
            @if contact.step_free == Some(true) { p { (self.t("guide-step-free")) } }
        }
    }

    fn appointment(&self, contact: &Contact, part: Option<&ChannelSet>) -> Markup {
        let key = match contact.appointment {
            Appointment::None => "guide-appointment-none",
            Appointment::Optional => "guide-appointment-optional",
            Appointment::Required => "guide-appointment-required",
        };
        let phone_number = contact
            .phone
            .as_ref()
            .map(|p| p.written.clone())
            .or_else(|| {
                part.and_then(|set| set.phone.as_ref())
                    .and_then(|c| c.contact.phone.as_ref())
                    .map(|p| p.written.clone())
            });
        let ways: Vec<String> = contact
            .booking
            .iter()
            .filter_map(|method| match method {
                BookingMethod::Phone => Some(match &phone_number {
                    Some(number) => Message::new("guide-booking-phone-number")
                        .arg("number", number)
                        .render(self.lang),
                    None => self.t("guide-booking-phone"),
                }),
                BookingMethod::Counter => Some(self.t("guide-booking-counter")),
                BookingMethod::Postal => Some(self.t("guide-booking-postal")),
                BookingMethod::Online | BookingMethod::Email => None,
            })
            .collect();
        html! {
            p { (self.t(key)) }
            @if contact.appointment != Appointment::None {
                @if !ways.is_empty() {
                    p { (Message::new("guide-booking").arg("ways", hours::join_or(ways, self.lang)).render(self.lang)) }
                } @else if contact.booking_needs_internet() {
                    p { (self.t("guide-booking-online-only")) }
                }
            }
        }
    }
}

/// Only a cost that is not that of an ordinary call is worth saying.
fn tariff_key(tariff: Option<Tariff>) -> Option<&'static str> {
    match tariff? {
        Tariff::Free => Some("guide-tariff-free"),
        Tariff::Premium => Some("guide-tariff-premium"),
        Tariff::Unknown => Some("guide-tariff-unknown"),
        Tariff::Standard => None,
    }
}
