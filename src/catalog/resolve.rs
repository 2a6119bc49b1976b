//! From the raw catalogue to the resolved procedures (`procedure`).
//!
//! Contact references are followed, inline fields override the referenced
//! contact, phone numbers and opening hours are parsed; every reference,
//! kind, value or syntax problem is reported, all in one run.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::hours::{self, Hours, HoursError};
use super::load::{FileId, RawCatalog};
use super::model::{self, AnsweredBy, Appointment, Booking, ContactKind, PerChannel, Tariff};
use super::phone::{self, PhoneError, PhoneInfo};
use super::procedure::{
    Access, Authority, BookingRoute, Catalog, Channel, ChannelKind, ChannelSet, Contact, Online,
    Procedure, RegionOrigin, SourceLocation, Step,
};
use super::region;
use crate::diagnostic::{suggestion, Diagnostics};
use crate::i18n::Message;
use crate::located::Located;

/// Resolves `raw`, reporting every reference, kind, value or syntax problem.
pub fn resolve(raw: &RawCatalog) -> Result<Catalog, Diagnostics> {
    resolve_procedures(raw, raw.procedures().map(|(p, file)| (p.clone(), file)))
}

/// Resolves `raw`, consuming it: each raw procedure is freed as soon as it is
/// resolved, so the raw and the resolved catalogues are not both whole in
/// memory (on 100,000 procedures each weighs hundreds of MB).
pub fn resolve_owned(mut raw: RawCatalog) -> Result<Catalog, Diagnostics> {
    let procedures = std::mem::take(&mut raw.procedures);
    let files = std::mem::take(&mut raw.procedure_files);
    resolve_procedures(&raw, procedures.into_iter().zip(files))
}

fn resolve_procedures(
    raw: &RawCatalog,
    procedures: impl ExactSizeIterator<Item = (model::Procedure, FileId)>,
) -> Result<Catalog, Diagnostics> {
    let mut resolver = Resolver {
        raw,
        diagnostics: Diagnostics::default(),
        contacts: BTreeMap::new(),
        hours_cache: HashMap::new(),
        phone_cache: HashMap::new(),
        country: String::new(),
        paths: raw
            .files
            .iter()
            .map(|f| Arc::from(f.path.as_path()))
            .collect(),
    };
    let catalog = resolver.run(procedures);
    match catalog {
        Some(catalog) if resolver.diagnostics.is_empty() => Ok(catalog),
        _ => Err(resolver.diagnostics.sorted()),
    }
}

struct Resolver<'a> {
    raw: &'a RawCatalog,
    diagnostics: Diagnostics,
    contacts: BTreeMap<String, Arc<Contact>>,
    hours_cache: HashMap<String, Result<Hours, HoursError>>,
    phone_cache: HashMap<String, Result<PhoneInfo, PhoneError>>,
    /// Each file's path, shared by everything read from it.
    paths: Vec<Arc<std::path::Path>>,
    country: String,
}

impl Resolver<'_> {
    fn error(
        &mut self,
        file: FileId,
        line: u32,
        column: u32,
        message: Message,
        help: Option<Message>,
    ) {
        let d = self
            .raw
            .diagnostic(file, line, column, message)
            .with_help(help);
        self.diagnostics.push(d);
    }

    fn run(
        &mut self,
        raw_procedures: impl ExactSizeIterator<Item = (model::Procedure, FileId)>,
    ) -> Option<Catalog> {
        let (raw_authority, authority_file) = self.raw.authority.as_ref()?;
        self.country = raw_authority.country.value.clone();
        let country_ok =
            self.country.len() == 2 && self.country.chars().all(|c| c.is_ascii_uppercase());
        if !country_ok {
            let c = &raw_authority.country;
            self.error(
                *authority_file,
                c.line,
                c.column,
                Message::new("resolve-bad-country").arg("value", &c.value),
                None,
            );
        }

        for (id, (contact, file)) in &self.raw.contacts {
            let resolved =
                self.contact_fields(*file, contact.kind.value, Some(id.clone()), contact);
            self.contacts.insert(id.clone(), Arc::new(resolved));
        }
        // A contact's booking names other contacts (`{ phone: population-tel }`):
        // followed once every contact exists, whatever the order they are written in.
        for (id, (contact, file)) in &self.raw.contacts {
            if let Some(booking) = &contact.booking {
                let routes = self.booking_routes(*file, booking);
                if let Some(resolved) = self.contacts.get_mut(id) {
                    Arc::make_mut(resolved).booking = routes;
                }
            }
        }

        let mediator = raw_authority
            .mediator
            .as_ref()
            .and_then(|m| self.reference(*authority_file, m, None));
        let (region, region_origin) = self.region(
            raw_authority.region.as_deref(),
            *authority_file,
            &raw_authority.id,
        );
        let authority = Authority {
            id: raw_authority.id.value.clone(),
            name: raw_authority.name.clone(),
            country: self.country.clone(),
            region,
            region_origin,
            level: raw_authority.level,
            languages: raw_authority.languages.clone(),
            territory: raw_authority.territory(),
            mediator,
            location: SourceLocation {
                file: Arc::clone(&self.paths[*authority_file]),
                line: raw_authority.id.line,
            },
        };

        let mut procedures = Vec::with_capacity(raw_procedures.len());
        for (p, file) in raw_procedures {
            procedures.push(self.procedure(p, file));
        }

        Some(Catalog {
            authority,
            contacts: self.contacts.clone(),
            procedures,
            files: self.raw.files.iter().map(|f| f.path.clone()).collect(),
        })
    }

    /// The authority's canonical region, and how it was known. An unknown
    /// value is refused with the nearest valid one; a Belgian or Swiss
    /// authority without one is refused too, unless (Belgium) every postcode
    /// in its contacts' addresses names the same region: the binding texts
    /// are regional, and a missing region would silently apply none of them.
    fn region(
        &mut self,
        written: Option<&str>,
        file: FileId,
        anchor: &Located<String>,
    ) -> (Option<String>, RegionOrigin) {
        let country = self.country.clone();
        if let Some(written) = written.filter(|w| !w.trim().is_empty()) {
            return match region::normalise(&country, written) {
                Ok(canonical) => (Some(canonical), RegionOrigin::Written(written.to_owned())),
                Err(unknown) => {
                    let help = match unknown.nearest {
                        Some(nearest) => {
                            Message::new("diag-did-you-mean").arg("candidate", nearest)
                        }
                        None => Message::new("diag-valid-values")
                            .arg("values", region::canonical_values(&country).join(", ")),
                    };
                    self.error(
                        file,
                        anchor.line,
                        0,
                        Message::new("resolve-unknown-region")
                            .arg("value", written)
                            .arg("country", &country),
                        Some(help),
                    );
                    (None, RegionOrigin::Absent)
                }
            };
        }
        if !region::region_required(&country) {
            return (None, RegionOrigin::Absent);
        }
        if country == "BE" {
            let mut found: Vec<(&'static str, u16, String)> = Vec::new();
            for (id, contact) in &self.contacts {
                let Some(address) = contact.real_address() else {
                    continue;
                };
                if contact.kind == ContactKind::Email {
                    continue;
                }
                for code in region::postcodes_in(address) {
                    if let Some(r) = region::belgian_region_of_postcode(code) {
                        found.push((r, code, id.clone()));
                    }
                }
            }
            if let Some((first, code, contact)) = found.first().cloned() {
                if found.iter().all(|(r, _, _)| *r == first) {
                    return (
                        Some(first.to_owned()),
                        RegionOrigin::DeducedFromPostcode {
                            postcode: code,
                            contact,
                        },
                    );
                }
            }
        }
        self.error(
            file,
            anchor.line,
            0,
            Message::new("resolve-region-required").arg("country", &country),
            Some(
                Message::new("diag-valid-values")
                    .arg("values", region::canonical_values(&country).join(", ")),
            ),
        );
        (None, RegionOrigin::Absent)
    }

    /// Follows a contact reference, reporting a dangling one or one of the wrong kind.
    fn reference(
        &mut self,
        file: FileId,
        id: &Located<String>,
        expected: Option<&[ContactKind]>,
    ) -> Option<Arc<Contact>> {
        let Some(contact) = self.contacts.get(&id.value).cloned() else {
            let help = suggestion(&id.value, self.raw.contacts.keys().map(String::as_str));
            self.error(
                file,
                id.line,
                id.column,
                Message::new("resolve-unknown-contact").arg("id", &id.value),
                help,
            );
            return None;
        };
        if let Some(expected) = expected {
            if !expected.contains(&contact.kind) {
                let kinds = expected
                    .iter()
                    .map(|k| kind_name(*k))
                    .collect::<Vec<_>>()
                    .join(" | ");
                self.error(
                    file,
                    id.line,
                    id.column,
                    Message::new("resolve-wrong-kind")
                        .arg("id", &id.value)
                        .arg("kind", kind_name(contact.kind))
                        .arg("expected", kinds),
                    None,
                );
            }
        }
        Some(contact)
    }

    fn hours(&mut self, file: FileId, text: &Located<String>) -> Option<Hours> {
        let parsed = self
            .hours_cache
            .entry(text.value.clone())
            .or_insert_with(|| hours::parse(&text.value))
            .clone();
        match parsed {
            Ok(h) => Some(h),
            Err(e) => {
                self.error(
                    file,
                    text.line,
                    text.column,
                    Message::new("resolve-bad-hours")
                        .arg("value", &text.value)
                        .message("detail", e.message(&text.value)),
                    Some(Message::new("resolve-bad-hours-help")),
                );
                None
            }
        }
    }

    /// The number read in the numbering plan, or the number as written when it
    /// cannot be read (reported by `contact_details`, not refused: an
    /// open-data record with one bad digit still describes a real contact).
    fn phone(&mut self, number: &Located<String>) -> Result<PhoneInfo, String> {
        let country = self.country.clone();
        self.phone_cache
            .entry(number.value.clone())
            .or_insert_with(|| phone::analyse(&number.value, &country))
            .clone()
            .map_err(|_| number.value.clone())
    }

    /// The ways of booking, each named contact followed and of the kind its
    /// method books through (a `phone` booking names a phone contact).
    fn booking_routes(&mut self, file: FileId, booking: &[Booking]) -> Vec<BookingRoute> {
        booking
            .iter()
            .map(|b| BookingRoute {
                method: b.method,
                contact: b.contact.as_ref().and_then(|id| {
                    let expected = b.method.contact_kind().map(|k| [k]);
                    self.reference(file, id, expected.as_ref().map(|k| &k[..]))
                }),
            })
            .collect()
    }

    /// Builds a contact from its own fields. A contact without its address or
    /// number is understood but weak: the `contact_details` check reports it
    /// (residents cannot find or call it); it is not refused here.
    fn contact_fields<F: ContactLike>(
        &mut self,
        file: FileId,
        kind: ContactKind,
        id: Option<String>,
        fields: &F,
    ) -> Contact {
        let (phone, unreadable_number) = self.phone_or_unreadable(fields.number());
        let opening_hours = fields.opening_hours().and_then(|h| self.hours(file, h));
        let declared = fields.tariff();
        let contact = Contact {
            id,
            kind,
            name: fields.name().cloned(),
            address: fields.address().cloned(),
            tariff: declared.or_else(|| phone.as_ref().map(|p| p.derived_tariff)),
            tariff_declared: declared.is_some(),
            phone,
            unreadable_number,
            opening_hours,
            appointment: fields.appointment().unwrap_or_default(),
            appointment_declared: fields.appointment().is_some(),
            // Filled in once every contact it may name is resolved (`run`).
            booking: Vec::new(),
            step_free: fields.step_free(),
            answered_by: fields.answered_by(),
            self_service: fields.self_service().unwrap_or(false),
            booking_line_machine_only: false,
            to_confirm: fields.to_confirm(),
        };
        contact
    }

    fn procedure(&mut self, p: model::Procedure, file: FileId) -> Procedure {
        let channels = self.channels(&p.channels, file, p.id.line);
        let mut step_names = HashSet::new();
        let steps = p
            .steps
            .iter()
            .map(|s| {
                if !step_names.insert(s.name.value.clone()) {
                    self.error(
                        file,
                        s.name.line,
                        s.name.column,
                        Message::new("resolve-duplicate-step").arg("name", &s.name.value),
                        None,
                    );
                }
                Step {
                    name: s.name.value.clone(),
                    channels: self.channels(&s.channels, file, s.name.line),
                    line: s.name.line,
                }
            })
            .collect();
        let assistance = p
            .assistance
            .iter()
            .filter_map(|a| self.reference(file, a, None))
            .collect();
        for (value, field) in [(&p.fees, "fees"), (&p.processing_days, "processing_days")] {
            if let Some(values) = value {
                if per_channel_values(values).any(|v| !v.is_finite() || v < 0.0) {
                    self.error(
                        file,
                        p.id.line,
                        0,
                        Message::new("resolve-negative").arg("field", field),
                        None,
                    );
                }
            }
        }
        let mut procedure = Procedure {
            location: SourceLocation {
                file: Arc::clone(&self.paths[file]),
                line: p.id.line,
            },
            id: p.id.value,
            title: p.title,
            service: p.service,
            reference: p.reference,
            audience: p.audience,
            page: p.page,
            status: p.status,
            matter: p.matter,
            reviewed: p.reviewed,
            channels,
            steps,
            assistance,
            deadline: p.deadline,
            fees: p.fees.unwrap_or_default(),
            processing_days: p.processing_days.unwrap_or_default(),
            exemptions: p.exemptions,
            documents: p.documents,
            cost: p.cost,
            prerequisite: p.prerequisite,
            access: Access::Unreachable,
        };
        procedure.access = procedure.compute_access();
        procedure
    }

    fn channels(&mut self, c: &model::Channels, file: FileId, line: u32) -> ChannelSet {
        let online = c.online.as_ref().map(|o| {
            Box::new(Online {
                url: o.url.clone(),
                requires: o.requires.clone(),
                mandatory: o.mandatory,
                legal_basis: o.legal_basis.clone(),
                // Any kind is understood; one that is not offline (an e-mail
                // address, a robot line) is a finding of `teleservice_safeguards`.
                substitute: o
                    .substitute
                    .as_ref()
                    .and_then(|s| self.reference(file, s, None)),
                covers: o.covers,
            })
        });
        let phone = c
            .phone
            .as_ref()
            .map(|ch| Box::new(self.channel(ChannelKind::Phone, ch, file, line)));
        let counter = c.counter.as_ref().map(|ch| {
            let mut counter = self.channel(ChannelKind::Counter, ch, file, line);
            // Booking « by phone » goes through the procedure's line: when
            // only a machine answers it, nobody books the appointment.
            if phone.as_ref().is_some_and(|p| p.contact.machine_only())
                && counter
                    .contact
                    .booking
                    .iter()
                    .any(BookingRoute::through_procedure_line)
            {
                let mut contact = (*counter.contact).clone();
                contact.booking_line_machine_only = true;
                counter.contact = Arc::new(contact);
            }
            Box::new(counter)
        });
        ChannelSet {
            online,
            counter,
            phone,
            postal: c
                .postal
                .as_ref()
                .map(|ch| Box::new(self.channel(ChannelKind::Postal, ch, file, line))),
            email: c
                .email
                .as_ref()
                .map(|ch| Box::new(self.channel(ChannelKind::Email, ch, file, line))),
            other_offline: c
                .other_offline
                .as_ref()
                .map(|ch| Box::new(self.channel(ChannelKind::OtherOffline, ch, file, line))),
        }
    }

    fn channel(
        &mut self,
        kind: ChannelKind,
        ch: &model::ContactChannel,
        file: FileId,
        owner_line: u32,
    ) -> Channel {
        let line = ch
            .contact
            .as_ref()
            .map(|c| c.line)
            .or(ch.kind.as_ref().map(|k| k.line))
            .unwrap_or(owner_line);
        self.check_channel_fields(kind, ch, file, line);
        let expected: Vec<ContactKind> = match kind.contact_kind() {
            Some(k) => vec![k],
            // An `other_offline` replacement may be any contact: one that is
            // not offline (an e-mail address) is understood, and reported by
            // the checks, not refused here.
            None => vec![
                ContactKind::Counter,
                ContactKind::Phone,
                ContactKind::Postal,
                ContactKind::Email,
            ],
        };
        if let Some(inline_kind) = &ch.kind {
            if !expected.contains(&inline_kind.value) {
                self.error(
                    file,
                    inline_kind.line,
                    inline_kind.column,
                    Message::new("resolve-inline-kind")
                        .arg("kind", kind_name(inline_kind.value))
                        .arg("channel", kind.as_str()),
                    None,
                );
            }
        }
        let base = ch
            .contact
            .as_ref()
            .and_then(|id| self.reference(file, id, Some(&expected)));
        let contact = match base {
            Some(base) if !has_inline_fields(ch) => base,
            base => {
                let contact_kind = base
                    .as_ref()
                    .map(|b| b.kind)
                    .or(ch.kind.as_ref().map(|k| k.value))
                    .unwrap_or(expected[0]);
                let own = self.contact_fields_partial(file, contact_kind, ch);
                let merged = match base {
                    Some(base) => overlay(&base, own, ch),
                    // A dangling reference is already reported: don't pile on.
                    None if ch.contact.is_some() => own,
                    None => own,
                };
                Arc::new(merged)
            }
        };
        Channel {
            kind,
            contact,
            covers: ch.covers,
            requires: ch.requires.clone(),
            paper_form: ch.paper_form.clone(),
            form_from: ch.form_from.clone(),
            replaces: ch.replaces.map(ChannelKind::from_replaceable),
            description: ch.description.clone(),
            to_confirm: ch.to_confirm,
            line,
        }
    }

    /// The inline fields of a channel alone (not validated for completeness: a
    /// referenced contact may provide the rest).
    fn contact_fields_partial(
        &mut self,
        file: FileId,
        kind: ContactKind,
        ch: &model::ContactChannel,
    ) -> Contact {
        let (phone, unreadable_number) = self.phone_or_unreadable(ch.number.as_ref());
        let opening_hours = ch.opening_hours.as_ref().and_then(|h| self.hours(file, h));
        Contact {
            id: None,
            kind,
            name: ch.name.clone(),
            address: ch.address.clone(),
            tariff: ch
                .tariff
                .or_else(|| phone.as_ref().map(|p| p.derived_tariff)),
            tariff_declared: ch.tariff.is_some(),
            phone,
            unreadable_number,
            opening_hours,
            appointment: ch.appointment.unwrap_or_default(),
            appointment_declared: ch.appointment.is_some(),
            booking: ch
                .booking
                .as_ref()
                .map(|b| self.booking_routes(file, b))
                .unwrap_or_default(),
            step_free: ch.step_free,
            answered_by: ch.answered_by,
            self_service: ch.self_service.unwrap_or(false),
            booking_line_machine_only: false,
            // The mark on an inline channel is the channel's (`Channel::to_confirm`).
            to_confirm: false,
        }
    }

    fn phone_or_unreadable(
        &mut self,
        number: Option<&Located<String>>,
    ) -> (Option<PhoneInfo>, Option<String>) {
        match number.map(|n| self.phone(n)) {
            Some(Ok(info)) => (Some(info), None),
            Some(Err(written)) => (None, Some(written)),
            None => (None, None),
        }
    }

    /// Fields that belong to one kind of channel only.
    fn check_channel_fields(
        &mut self,
        kind: ChannelKind,
        ch: &model::ContactChannel,
        file: FileId,
        line: u32,
    ) {
        let misplaced: &[(&str, bool, ChannelKind)] = &[
            ("paper_form", ch.paper_form.is_some(), ChannelKind::Postal),
            ("form_from", !ch.form_from.is_empty(), ChannelKind::Postal),
            ("replaces", ch.replaces.is_some(), ChannelKind::OtherOffline),
            (
                "description",
                ch.description.is_some(),
                ChannelKind::OtherOffline,
            ),
        ];
        for (field, present, owner) in misplaced {
            if *present && kind != *owner {
                self.error(
                    file,
                    line,
                    0,
                    Message::new("resolve-misplaced-field")
                        .arg("field", *field)
                        .arg("channel", kind.as_str())
                        .arg("owner", owner.as_str()),
                    None,
                );
            }
        }
        if kind == ChannelKind::OtherOffline && ch.replaces.is_none() {
            self.error(
                file,
                line,
                0,
                Message::new("resolve-missing-replaces"),
                None,
            );
        }
        if ch.contact.is_none() && !has_inline_fields(ch) {
            self.error(
                file,
                line,
                0,
                Message::new("resolve-empty-channel").arg("channel", kind.as_str()),
                None,
            );
        }
    }
}

/// Inline fields override the referenced contact's.
fn overlay(base: &Contact, own: Contact, ch: &model::ContactChannel) -> Contact {
    // A number written inline brings its own tariff; otherwise the base's stays.
    let tariff = if ch.tariff.is_some() || ch.number.is_some() {
        own.tariff
    } else {
        base.tariff
    };

    Contact {
        id: base.id.clone(),
        kind: base.kind,
        name: own.name.or_else(|| base.name.clone()),
        address: own.address.or_else(|| base.address.clone()),
        // A number written inline, readable or not, replaces the base's.
        unreadable_number: if ch.number.is_some() {
            own.unreadable_number
        } else {
            base.unreadable_number.clone()
        },
        phone: if ch.number.is_some() {
            own.phone
        } else {
            base.phone.clone()
        },
        opening_hours: own.opening_hours.or_else(|| base.opening_hours.clone()),
        appointment: ch.appointment.unwrap_or(base.appointment),
        appointment_declared: ch.appointment.is_some() || base.appointment_declared,
        booking: if ch.booking.is_some() {
            own.booking
        } else {
            base.booking.clone()
        },
        step_free: own.step_free.or(base.step_free),
        answered_by: own.answered_by.or(base.answered_by),
        to_confirm: base.to_confirm,
        tariff,
        tariff_declared: own.tariff_declared || (base.tariff_declared && ch.number.is_none()),
        self_service: ch.self_service.unwrap_or(base.self_service),
        booking_line_machine_only: false,
    }
}

fn has_inline_fields(ch: &model::ContactChannel) -> bool {
    ch.name.is_some()
        || ch.address.is_some()
        || ch.number.is_some()
        || ch.opening_hours.is_some()
        || ch.appointment.is_some()
        || ch.booking.is_some()
        || ch.step_free.is_some()
        || ch.answered_by.is_some()
        || ch.tariff.is_some()
        || ch.self_service.is_some()
        || ch.kind.is_some()
}

fn per_channel_values(v: &PerChannel<f64>) -> impl Iterator<Item = f64> + '_ {
    [
        v.online,
        v.counter,
        v.phone,
        v.postal,
        v.email,
        v.other_offline,
    ]
    .into_iter()
    .flatten()
}

pub fn kind_name(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Counter => "counter",
        ContactKind::Phone => "phone",
        ContactKind::Postal => "postal",
        ContactKind::Email => "email",
    }
}

/// Read access to the contact fields shared by contacts and inline channels.
trait ContactLike {
    fn name(&self) -> Option<&String>;
    fn address(&self) -> Option<&String>;
    fn number(&self) -> Option<&Located<String>>;
    fn opening_hours(&self) -> Option<&Located<String>>;
    fn appointment(&self) -> Option<Appointment>;
    fn to_confirm(&self) -> bool;
    fn step_free(&self) -> Option<bool>;
    fn answered_by(&self) -> Option<AnsweredBy>;
    fn tariff(&self) -> Option<Tariff>;
    fn self_service(&self) -> Option<bool>;
}

impl ContactLike for model::Contact {
    fn name(&self) -> Option<&String> {
        self.name.as_ref()
    }
    fn address(&self) -> Option<&String> {
        self.address.as_ref()
    }
    fn number(&self) -> Option<&Located<String>> {
        self.number.as_ref()
    }
    fn opening_hours(&self) -> Option<&Located<String>> {
        self.opening_hours.as_ref()
    }
    fn appointment(&self) -> Option<Appointment> {
        self.appointment
    }
    fn to_confirm(&self) -> bool {
        self.to_confirm
    }
    fn step_free(&self) -> Option<bool> {
        self.step_free
    }
    fn answered_by(&self) -> Option<AnsweredBy> {
        self.answered_by
    }
    fn tariff(&self) -> Option<Tariff> {
        self.tariff
    }
    fn self_service(&self) -> Option<bool> {
        self.self_service
    }
}

#[cfg(test)]
mod tests;
