//! From the raw catalogue to the procedures the checks read.
//!
//! Contact references are followed, inline fields override the referenced
//! contact, phone numbers and opening hours are parsed, and, in ONE place,
//! each channel is judged offline or not and each procedure offline,
//! online-only or unreachable. Every check and report uses these answers.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use super::hours::{self, Hours};
use super::load::{FileId, RawCatalog};
use super::model::{
    self, AnsweredBy, Appointment, AuthorityLevel, BookingMethod, ContactKind, Coverage, Exemption,
    FormSource, PerChannel, ProcedureStatus, ReplaceableChannel, Requirement, Tariff,
};
use super::phone::{self, PhoneError, PhoneInfo};
use crate::diagnostic::{suggestion, Diagnostics};
use crate::i18n::Message;
use crate::located::Located;

/// A catalogue ready to audit.
#[derive(Debug)]
pub struct Catalog {
    pub authority: Authority,
    pub contacts: BTreeMap<String, Arc<Contact>>,
    pub procedures: Vec<Procedure>,
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Authority {
    pub id: String,
    pub name: String,
    pub country: String,
    pub region: Option<String>,
    pub level: AuthorityLevel,
    pub languages: Vec<String>,
    pub mediator: Option<Arc<Contact>>,
    pub location: SourceLocation,
}

/// Where something was written: a file of the catalogue and a line in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct SourceLocation {
    pub file: PathBuf,
    pub line: u32,
}

/// A contact point with every reference followed and override applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// The id in `contacts`, when it is (or overrides) a shared contact.
    pub id: Option<String>,
    pub kind: ContactKind,
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<PhoneInfo>,
    pub opening_hours: Option<Hours>,
    pub appointment: Appointment,
    pub booking: Vec<BookingMethod>,
    pub step_free: Option<bool>,
    pub answered_by: Option<AnsweredBy>,
    /// Declared, else derived from the number, else unknown.
    pub tariff: Option<Tariff>,
    pub tariff_declared: bool,
}

impl Contact {
    /// A counter reachable only through an appointment booked online (or by email).
    pub fn booking_needs_internet(&self) -> bool {
        self.appointment == Appointment::Required
            && !self.booking.is_empty()
            && self.booking.iter().all(|b| b.needs_internet())
    }

    /// A counter whose appointment is required but which says nothing of how to book it.
    pub fn booking_unspecified(&self) -> bool {
        self.appointment == Appointment::Required && self.booking.is_empty()
    }

    /// A phone line that never reaches a person.
    pub fn machine_only(&self) -> bool {
        matches!(
            self.answered_by,
            Some(AnsweredBy::IvrOnly | AnsweredBy::Bot)
        )
    }

    /// THE definition of an offline contact, for every contact that stands in
    /// for a channel (a channel's contact, an `other_offline` replacement, a
    /// teleservice's `substitute` or `assistance`, the mediator): an e-mail
    /// address needs the internet, a counter reached only through online (or
    /// e-mail) booking is not reachable offline, a phone line answered only by
    /// a machine reaches nobody.
    pub fn offline_status(&self) -> Result<(), NotOffline> {
        match self.kind {
            ContactKind::Email => Err(NotOffline::Digital),
            ContactKind::Counter if self.booking_needs_internet() => {
                Err(NotOffline::BookingOnlyOnline)
            }
            ContactKind::Phone if self.machine_only() => Err(NotOffline::MachineOnly),
            _ => Ok(()),
        }
    }

    pub fn is_offline(&self) -> bool {
        self.offline_status().is_ok()
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Online,
    Counter,
    Phone,
    Postal,
    Email,
    OtherOffline,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 6] = [
        Self::Online,
        Self::Counter,
        Self::Phone,
        Self::Postal,
        Self::Email,
        Self::OtherOffline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Counter => "counter",
            Self::Phone => "phone",
            Self::Postal => "postal",
            Self::Email => "email",
            Self::OtherOffline => "other_offline",
        }
    }

    /// The locale key of the channel's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Online => "channel-online",
            Self::Counter => "channel-counter",
            Self::Phone => "channel-phone",
            Self::Postal => "channel-postal",
            Self::Email => "channel-email",
            Self::OtherOffline => "channel-other_offline",
        }
    }

    pub fn from_replaceable(r: ReplaceableChannel) -> Self {
        match r {
            ReplaceableChannel::Counter => Self::Counter,
            ReplaceableChannel::Phone => Self::Phone,
            ReplaceableChannel::Postal => Self::Postal,
        }
    }

    fn contact_kind(self) -> Option<ContactKind> {
        match self {
            Self::Counter => Some(ContactKind::Counter),
            Self::Phone => Some(ContactKind::Phone),
            Self::Postal => Some(ContactKind::Postal),
            Self::Email => Some(ContactKind::Email),
            Self::Online | Self::OtherOffline => None,
        }
    }
}

/// Why a non-online channel does not count as an offline alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOffline {
    /// It does not cover the whole procedure.
    Coverage(Coverage),
    /// Email needs the internet.
    Digital,
    /// A counter whose appointment can only be booked online or by email.
    BookingOnlyOnline,
    /// A paper form that can only be downloaded.
    FormOnlyDownload,
    /// A phone answered only by a machine.
    MachineOnly,
}

impl NotOffline {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Coverage(Coverage::Partial) => "why-partial",
            Self::Coverage(_) => "why-info-only",
            Self::Digital => "why-digital",
            Self::BookingOnlyOnline => "why-booking-online",
            Self::FormOnlyDownload => "why-form-download",
            Self::MachineOnly => "why-machine-only",
        }
    }
}

/// A counter, phone, postal, email or other offline channel.
#[derive(Debug, Clone)]
pub struct Channel {
    pub kind: ChannelKind,
    pub contact: Arc<Contact>,
    pub covers: Coverage,
    pub requires: Vec<Requirement>,
    pub paper_form: Option<String>,
    pub form_from: Vec<FormSource>,
    pub replaces: Option<ChannelKind>,
    pub description: Option<String>,
    pub line: u32,
}

impl Channel {
    /// THE definition of an offline channel (catalogue format, "Meaning").
    /// The contact is judged by `Contact::offline_status` whatever channel it
    /// serves: an `other_offline` replacement that is a robot line or a counter
    /// bookable only online does not count either.
    pub fn offline_status(&self) -> Result<(), NotOffline> {
        if self.kind == ChannelKind::Email {
            return Err(NotOffline::Digital);
        }
        if self.covers != Coverage::Full {
            return Err(NotOffline::Coverage(self.covers));
        }
        self.disqualified_by_internet()?;
        self.contact.offline_status()
    }

    pub fn is_offline(&self) -> bool {
        self.offline_status().is_ok()
    }

    /// A counter that needs online booking, or a form only downloadable: the
    /// channel is a route that needs the internet.
    fn disqualified_by_internet(&self) -> Result<(), NotOffline> {
        if self.contact.kind == ContactKind::Counter && self.contact.booking_needs_internet() {
            return Err(NotOffline::BookingOnlyOnline);
        }
        if self.kind == ChannelKind::Postal && self.form_only_downloadable() {
            return Err(NotOffline::FormOnlyDownload);
        }
        Ok(())
    }

    pub fn form_only_downloadable(&self) -> bool {
        self.paper_form.is_some()
            && !self.form_from.is_empty()
            && self.form_from.iter().all(|f| *f == FormSource::Download)
    }

    /// A full route that needs the internet.
    fn is_full_internet_route(&self) -> bool {
        self.covers == Coverage::Full
            && (self.kind == ChannelKind::Email
                || self.contact.kind == ContactKind::Email
                || self.disqualified_by_internet().is_err())
    }
}

#[derive(Debug, Clone)]
pub struct Online {
    pub url: Option<url::Url>,
    pub requires: Vec<Requirement>,
    pub mandatory: bool,
    pub legal_basis: Option<String>,
    pub substitute: Option<Arc<Contact>>,
    pub covers: Coverage,
}

/// The channels of a procedure or of one of its steps.
#[derive(Debug, Clone, Default)]
pub struct ChannelSet {
    pub online: Option<Online>,
    pub counter: Option<Channel>,
    pub phone: Option<Channel>,
    pub postal: Option<Channel>,
    pub email: Option<Channel>,
    pub other_offline: Option<Channel>,
}

/// Whether a procedure can be done without the internet.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// At least one offline channel (in every step).
    Offline,
    /// No offline channel, but a full route that needs the internet.
    OnlineOnly,
    /// No full route at all: a data error.
    Unreachable,
}

impl ChannelSet {
    pub fn is_empty(&self) -> bool {
        self.online.is_none() && self.contact_channels().next().is_none()
    }

    pub fn get(&self, kind: ChannelKind) -> Option<&Channel> {
        match kind {
            ChannelKind::Counter => self.counter.as_ref(),
            ChannelKind::Phone => self.phone.as_ref(),
            ChannelKind::Postal => self.postal.as_ref(),
            ChannelKind::Email => self.email.as_ref(),
            ChannelKind::OtherOffline => self.other_offline.as_ref(),
            ChannelKind::Online => None,
        }
    }

    /// Every channel except `online`, in a fixed order.
    pub fn contact_channels(&self) -> impl Iterator<Item = &Channel> {
        [
            &self.counter,
            &self.phone,
            &self.postal,
            &self.email,
            &self.other_offline,
        ]
        .into_iter()
        .flatten()
    }

    /// The channels that count as offline alternatives.
    pub fn offline(&self) -> impl Iterator<Item = &Channel> {
        self.contact_channels().filter(|c| c.is_offline())
    }

    pub fn has_offline(&self) -> bool {
        self.offline().next().is_some()
    }

    pub fn has_full_internet_route(&self) -> bool {
        self.online
            .as_ref()
            .is_some_and(|o| o.covers == Coverage::Full)
            || self.contact_channels().any(Channel::is_full_internet_route)
    }

    pub fn access(&self) -> Access {
        if self.has_offline() {
            Access::Offline
        } else if self.has_full_internet_route() {
            Access::OnlineOnly
        } else {
            Access::Unreachable
        }
    }

    /// Whether `kind` is offered offline here; `other_offline` counts for the
    /// channel it replaces when `accept_equivalent` (Brussels accepts it, Wallonia does not).
    pub fn offers_offline(&self, kind: ChannelKind, accept_equivalent: bool) -> bool {
        self.get(kind).is_some_and(Channel::is_offline)
            || (accept_equivalent
                && self
                    .other_offline
                    .as_ref()
                    .is_some_and(|o| o.replaces == Some(kind) && o.is_offline()))
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub name: String,
    pub channels: ChannelSet,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub id: String,
    pub title: String,
    pub service: Option<String>,
    /// Service-Public.fr sheet or common-procedure code (docs/references.md).
    pub reference: Option<String>,
    pub audience: Vec<String>,
    pub page: Option<url::Url>,
    pub status: ProcedureStatus,
    pub reviewed: Option<NaiveDate>,
    pub channels: ChannelSet,
    pub steps: Vec<Step>,
    pub assistance: Vec<Arc<Contact>>,
    pub deadline: bool,
    pub fees: PerChannel<f64>,
    pub processing_days: PerChannel<f64>,
    pub exemptions: Vec<Exemption>,
    pub location: SourceLocation,
    /// Decided once, from the definitions above.
    pub access: Access,
}

/// How a channel shows in a report's procedure table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ChannelMark {
    /// Offered in full without the internet (in every step).
    Offline,
    /// Offered, but not as an offline alternative (partial, info, online booking...).
    Limited,
    Absent,
}

/// The part of a procedure a finding is about: the procedure's own channels or one step.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    pub step: Option<&'a Step>,
    pub channels: &'a ChannelSet,
}

impl Procedure {
    /// The procedure's own channels (when it has any, or has no steps) and each step.
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        let own = (!self.channels.is_empty() || self.steps.is_empty()).then_some(Part {
            step: None,
            channels: &self.channels,
        });
        own.into_iter().chain(self.steps.iter().map(|s| Part {
            step: Some(s),
            channels: &s.channels,
        }))
    }

    fn compute_access(&self) -> Access {
        let accesses: Vec<Access> = self.parts().map(|p| p.channels.access()).collect();
        if accesses.contains(&Access::OnlineOnly) {
            Access::OnlineOnly
        } else if accesses.contains(&Access::Unreachable) {
            Access::Unreachable
        } else {
            Access::Offline
        }
    }

    /// The offline channels available in every part of the procedure.
    pub fn offline_channels(&self) -> Vec<ChannelKind> {
        [
            ChannelKind::Counter,
            ChannelKind::Phone,
            ChannelKind::Postal,
            ChannelKind::OtherOffline,
        ]
        .into_iter()
        .filter(|&kind| {
            self.parts()
                .all(|p| p.channels.get(kind).is_some_and(Channel::is_offline))
        })
        .collect()
    }

    /// How each channel kind shows in a report's procedure table, given the
    /// procedure's `offline_channels()` (computed once by the caller).
    pub fn channel_marks<'a>(
        &'a self,
        offline: &'a [ChannelKind],
    ) -> impl Iterator<Item = (ChannelKind, ChannelMark)> + 'a {
        ChannelKind::ALL
            .into_iter()
            .map(move |kind| (kind, self.channel_mark(kind, offline)))
    }

    /// How the channel `kind` shows: offline in every part, offered but not
    /// as an offline alternative, or absent.
    pub fn channel_mark(&self, kind: ChannelKind, offline: &[ChannelKind]) -> ChannelMark {
        if offline.contains(&kind) {
            return ChannelMark::Offline;
        }
        let offered = self.parts().any(|part| match kind {
            ChannelKind::Online => part.channels.online.is_some(),
            other => part.channels.get(other).is_some(),
        });
        if offered {
            ChannelMark::Limited
        } else {
            ChannelMark::Absent
        }
    }

    /// Every channel of the procedure and its steps.
    pub fn all_channels(&self) -> impl Iterator<Item = (Part<'_>, &Channel)> {
        self.parts()
            .flat_map(|part| part.channels.contact_channels().map(move |c| (part, c)))
    }

    pub fn online_channels(&self) -> impl Iterator<Item = (Part<'_>, &Online)> {
        self.parts()
            .filter_map(|part| part.channels.online.as_ref().map(|o| (part, o)))
    }

    pub fn is_retired(&self) -> bool {
        self.status == ProcedureStatus::Retired
    }

    pub fn step_line(&self, step: Option<&Step>) -> u32 {
        step.map_or(self.location.line, |s| s.line)
    }
}

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
    hours_cache: HashMap<String, Result<Hours, String>>,
    phone_cache: HashMap<String, Result<PhoneInfo, PhoneError>>,
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

        let mediator = raw_authority
            .mediator
            .as_ref()
            .and_then(|m| self.reference(*authority_file, m, None));
        let authority = Authority {
            id: raw_authority.id.value.clone(),
            name: raw_authority.name.clone(),
            country: self.country.clone(),
            region: raw_authority.region.clone(),
            level: raw_authority.level,
            languages: raw_authority.languages.clone(),
            mediator,
            location: SourceLocation {
                file: self.raw.path(*authority_file).to_path_buf(),
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
                        .arg("detail", hours_error_summary(&e)),
                    Some(Message::new("resolve-bad-hours-help")),
                );
                None
            }
        }
    }

    fn phone(&mut self, file: FileId, number: &Located<String>) -> Option<PhoneInfo> {
        let country = self.country.clone();
        let parsed = self
            .phone_cache
            .entry(number.value.clone())
            .or_insert_with(|| phone::analyse(&number.value, &country))
            .clone();
        match parsed {
            Ok(p) => Some(p),
            Err(e) => {
                let key = match e {
                    PhoneError::Unparsable(_) => "resolve-bad-phone",
                    PhoneError::Invalid => "resolve-invalid-phone",
                };
                self.error(
                    file,
                    number.line,
                    number.column,
                    Message::new(key)
                        .arg("value", &number.value)
                        .arg("country", &country),
                    Some(Message::new("resolve-bad-phone-help")),
                );
                None
            }
        }
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
        let phone = fields.number().and_then(|n| self.phone(file, n));
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
            opening_hours,
            appointment: fields.appointment().unwrap_or_default(),
            booking: fields.booking().cloned().unwrap_or_default(),
            step_free: fields.step_free(),
            answered_by: fields.answered_by(),
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
                file: self.raw.path(file).to_path_buf(),
                line: p.id.line,
            },
            id: p.id.value,
            title: p.title,
            service: p.service,
            reference: p.reference,
            audience: p.audience,
            page: p.page,
            status: p.status,
            reviewed: p.reviewed,
            channels,
            steps,
            assistance,
            deadline: p.deadline,
            fees: p.fees.unwrap_or_default(),
            processing_days: p.processing_days.unwrap_or_default(),
            exemptions: p.exemptions,
            access: Access::Unreachable,
        };
        procedure.access = procedure.compute_access();
        procedure
    }

    fn channels(&mut self, c: &model::Channels, file: FileId, line: u32) -> ChannelSet {
        let online = c.online.as_ref().map(|o| Online {
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
        });
        ChannelSet {
            online,
            counter: c
                .counter
                .as_ref()
                .map(|ch| self.channel(ChannelKind::Counter, ch, file, line)),
            phone: c
                .phone
                .as_ref()
                .map(|ch| self.channel(ChannelKind::Phone, ch, file, line)),
            postal: c
                .postal
                .as_ref()
                .map(|ch| self.channel(ChannelKind::Postal, ch, file, line)),
            email: c
                .email
                .as_ref()
                .map(|ch| self.channel(ChannelKind::Email, ch, file, line)),
            other_offline: c
                .other_offline
                .as_ref()
                .map(|ch| self.channel(ChannelKind::OtherOffline, ch, file, line)),
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
        let phone = ch.number.as_ref().and_then(|n| self.phone(file, n));
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
            opening_hours,
            appointment: ch.appointment.unwrap_or_default(),
            booking: ch.booking.clone().unwrap_or_default(),
            step_free: ch.step_free,
            answered_by: ch.answered_by,
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
    let tariff = if ch.tariff.is_some() || own.phone.is_some() {
        own.tariff
    } else {
        base.tariff
    };

    Contact {
        id: base.id.clone(),
        kind: base.kind,
        name: own.name.or_else(|| base.name.clone()),
        address: own.address.or_else(|| base.address.clone()),
        phone: own.phone.or_else(|| base.phone.clone()),
        opening_hours: own.opening_hours.or_else(|| base.opening_hours.clone()),
        appointment: ch.appointment.unwrap_or(base.appointment),
        booking: ch.booking.clone().unwrap_or_else(|| base.booking.clone()),
        step_free: own.step_free.or(base.step_free),
        answered_by: own.answered_by.or(base.answered_by),
        tariff,
        tariff_declared: own.tariff_declared || (base.tariff_declared && ch.number.is_none()),
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
    fn booking(&self) -> Option<&Vec<BookingMethod>>;
    fn step_free(&self) -> Option<bool>;
    fn answered_by(&self) -> Option<AnsweredBy>;
    fn tariff(&self) -> Option<Tariff>;
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
    fn booking(&self) -> Option<&Vec<BookingMethod>> {
        self.booking.as_ref()
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
}

/// The opening-hours parser prints a multi-line report; its "expected ..." line
/// is the part a person can act on.
fn hours_error_summary(error: &str) -> String {
    error
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .unwrap_or(error.lines().last().unwrap_or_default())
        .trim()
        .to_owned()
}
