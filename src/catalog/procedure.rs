//! The resolved catalogue: the procedures, channels and contacts the checks
//! and reports read, with every reference followed. This is where, in ONE
//! place, a channel is judged offline or not (`Channel::offline_status`,
//! `Contact::offline_status`) and a procedure offline, online-only or
//! unreachable (`ChannelSet::access`). `resolve` builds it from the raw files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use super::hours::Hours;
use super::model::{
    AnsweredBy, Appointment, AuthorityLevel, BookingMethod, ContactKind, Coverage, Exemption,
    FormSource, Matter, PerChannel, ProcedureStatus, ReplaceableChannel, Requirement, Tariff,
};
use super::phone::PhoneInfo;

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
    /// Canonical (see `region::normalise`).
    pub region: Option<String>,
    /// How the region was known: written, or deduced from a postcode.
    pub region_origin: RegionOrigin,
    pub level: AuthorityLevel,
    pub languages: Vec<String>,
    pub mediator: Option<Arc<Contact>>,
    pub location: SourceLocation,
    pub territory: super::model::Territory,
}

/// How the authority's region was known (said in the report).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RegionOrigin {
    /// No region (a country without regional texts in horsligne).
    #[default]
    Absent,
    /// Written in the catalogue, as here (before normalisation).
    Written(String),
    /// Not written: deduced from a Belgian postcode in a contact's address.
    DeducedFromPostcode { postcode: u16, contact: String },
}

/// Where something was written: a file of the catalogue and a line in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct SourceLocation {
    /// Shared by everything read from the same file.
    pub file: Arc<Path>,
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
    /// A number written but unreadable in the numbering plan (as written):
    /// one bad digit in an open-data record must not drop the whole
    /// catalogue, so it is a `contact_details` finding, not a load error.
    pub unreadable_number: Option<String>,
    pub opening_hours: Option<Hours>,
    /// `none` when not given: see `appointment_declared`.
    pub appointment: Appointment,
    /// Whether the catalogue says anything about appointments (the guide
    /// never prints the default as a fact).
    pub appointment_declared: bool,
    pub booking: Vec<BookingRoute>,
    pub step_free: Option<bool>,
    pub answered_by: Option<AnsweredBy>,
    /// Declared, else derived from the number, else unknown.
    pub tariff: Option<Tariff>,
    pub tariff_declared: bool,
    /// A self-service kiosk or terminal: no person behind it.
    pub self_service: bool,
    /// A counter whose appointment is booked by phone, where the only phone
    /// line of the procedure is answered by a machine (set by `resolve`).
    pub booking_line_machine_only: bool,
    /// Marked `to_confirm`: not known yet, never counts as offline.
    pub to_confirm: bool,
}

/// One way to book an appointment at a counter, with the contact that books
/// when the catalogue names it.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingRoute {
    pub method: BookingMethod,
    /// The contact that books (`{ phone: population-tel }`); `None` when the
    /// catalogue gives the method alone: then nobody knows which number or
    /// desk books, and the guide says « à demander ».
    pub contact: Option<Arc<Contact>>,
}

impl BookingRoute {
    /// Books without the internet: an offline method, through a contact (when
    /// named) that is itself offline: a phone line answered only by a
    /// machine, or a contact still to confirm, books nothing.
    pub fn is_offline(&self) -> bool {
        !self.method.needs_internet() && self.contact.as_ref().is_none_or(|c| c.is_offline())
    }

    /// An offline method whose contact is not named.
    pub fn contact_unnamed(&self) -> bool {
        !self.method.needs_internet() && self.contact.is_none()
    }

    /// « By phone » without naming the line: the procedure's own phone line.
    pub fn through_procedure_line(&self) -> bool {
        self.method == BookingMethod::Phone && self.contact.is_none()
    }
}

impl Contact {
    /// Where residents go or write, unless it is missing or a placeholder.
    pub fn real_address(&self) -> Option<&str> {
        self.address
            .as_deref()
            .filter(|a| !super::placeholder::is_unknown_address(a))
    }

    /// A counter reachable only through an appointment, which no declared
    /// way books without the internet (online, e-mail, a machine-only line, a
    /// booking contact still to confirm).
    pub fn booking_needs_internet(&self) -> bool {
        self.appointment == Appointment::Required
            && !self.booking.is_empty()
            && !self.booking.iter().any(BookingRoute::is_offline)
    }

    /// The offline ways of booking that do not name the contact that books
    /// (`booking: [phone]`): the audit asks which one.
    pub fn unnamed_booking(&self) -> impl Iterator<Item = &BookingRoute> {
        let books = self.appointment != Appointment::None;
        self.booking
            .iter()
            .filter(move |b| books && b.contact_unnamed())
    }

    /// A counter whose appointment can be booked offline only by phone
    /// without naming the line (`booking: [phone]`), when the procedure's
    /// line is answered by a machine: nobody books it without the internet.
    /// A named booking contact is judged on its own (`BookingRoute::is_offline`).
    pub fn booking_only_through_machine(&self) -> bool {
        self.appointment == Appointment::Required
            && self.booking_line_machine_only
            && self
                .booking
                .iter()
                .any(BookingRoute::through_procedure_line)
            && self
                .booking
                .iter()
                .all(|b| !b.is_offline() || b.through_procedure_line())
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
        if self.to_confirm {
            return Err(NotOffline::ToConfirm);
        }
        match self.kind {
            ContactKind::Email => Err(NotOffline::Digital),
            ContactKind::Counter if self.self_service => Err(NotOffline::SelfService),
            ContactKind::Counter if self.booking_needs_internet() => {
                Err(NotOffline::BookingOnlyOnline)
            }
            ContactKind::Counter if self.booking_only_through_machine() => {
                Err(NotOffline::BookingOnlyMachine)
            }
            ContactKind::Phone if self.machine_only() => Err(NotOffline::MachineOnly),
            _ => Ok(()),
        }
    }

    pub fn is_offline(&self) -> bool {
        self.offline_status().is_ok()
    }

    /// The same contact point: the same shared contact, or the same number
    /// or address for the same kind.
    pub fn same_place_as(&self, other: &Contact) -> bool {
        if let (Some(a), Some(b)) = (&self.id, &other.id) {
            if a == b {
                return true;
            }
        }
        if self.kind != other.kind {
            return false;
        }
        let same_number = match (&self.phone, &other.phone) {
            (Some(a), Some(b)) => a.normalized == b.normalized,
            _ => false,
        };
        let same_address = match (self.real_address(), other.real_address()) {
            (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
            _ => false,
        };
        same_number || same_address
    }

    /// Clearly a person: a staffed counter, or a line answered by a person.
    /// Anything else standing in for a channel must justify its equivalence.
    pub fn clearly_human(&self) -> bool {
        match self.kind {
            ContactKind::Counter => !self.self_service,
            ContactKind::Phone => self.answered_by.is_some_and(AnsweredBy::reaches_a_human),
            ContactKind::Postal | ContactKind::Email => false,
        }
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
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
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
        self.into()
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

    pub(super) fn contact_kind(self) -> Option<ContactKind> {
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
    /// A self-service kiosk: nobody there.
    SelfService,
    /// A counter booked by phone only, on a line answered by a machine.
    BookingOnlyMachine,
    /// The channel or its contact is marked `to_confirm`: not known yet.
    ToConfirm,
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
            Self::SelfService => "why-self-service",
            Self::BookingOnlyMachine => "why-booking-machine",
            Self::ToConfirm => "why-to-confirm",
        }
    }
}

/// Why an `other_offline` measure is not an equivalent of the channel it replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EquivalentRefused {
    /// It is not offline itself.
    NotOffline(NotOffline),
    /// Its contact already serves this other required channel.
    ServesAnotherChannel(ChannelKind),
    /// It replaces the counter but nobody is met in person.
    NotPhysical,
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
    /// Marked `to_confirm` on the channel itself.
    pub to_confirm: bool,
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
        if self.is_to_confirm() {
            return Err(NotOffline::ToConfirm);
        }
        if self.covers != Coverage::Full {
            return Err(NotOffline::Coverage(self.covers));
        }
        self.disqualified_by_internet()?;
        self.contact.offline_status()
    }

    /// The channel, or the contact it goes through, is still to confirm.
    pub fn is_to_confirm(&self) -> bool {
        self.to_confirm || self.contact.to_confirm
    }

    /// Would count as an offline channel once confirmed: the procedure is
    /// then « à vérifier », neither compliant nor impossible.
    fn pending_confirmation(&self) -> bool {
        self.is_to_confirm() && self.kind != ChannelKind::Email && self.covers == Coverage::Full
    }

    pub fn is_offline(&self) -> bool {
        self.offline_status().is_ok()
    }

    /// Offline, or doubtful only by its own `to_confirm` mark while its
    /// contact is known and offline (`init --all`: the procedure's channels
    /// are guesses, the town hall's counter and its hours are the official
    /// data's). The contact's facts (its hours) are then measured; the
    /// channel still never counts as offline.
    pub fn has_known_offline_contact(&self) -> bool {
        self.is_offline() || (self.to_confirm && self.contact.is_offline())
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

/// The channels of a procedure or of one of its steps. Boxed, like the
/// catalogue's: the channels not offered take 8 bytes each, not about 120
/// (on 100,000 procedures, about 50 MB less while they are audited).
#[derive(Debug, Clone, Default)]
pub struct ChannelSet {
    pub online: Option<Box<Online>>,
    pub counter: Option<Box<Channel>>,
    pub phone: Option<Box<Channel>>,
    pub postal: Option<Box<Channel>>,
    pub email: Option<Box<Channel>>,
    pub other_offline: Option<Box<Channel>>,
}

/// Whether a procedure can be done without the internet.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Access {
    /// At least one offline channel (in every step).
    Offline,
    /// No offline channel, but a full route that needs the internet.
    OnlineOnly,
    /// No full route at all: a data error.
    Unreachable,
    /// No offline channel known yet, but one to confirm: neither compliant
    /// nor online-only until someone checks it.
    ToConfirm,
}

impl ChannelSet {
    pub fn is_empty(&self) -> bool {
        self.online.is_none() && self.contact_channels().next().is_none()
    }

    pub fn get(&self, kind: ChannelKind) -> Option<&Channel> {
        match kind {
            ChannelKind::Counter => self.counter.as_deref(),
            ChannelKind::Phone => self.phone.as_deref(),
            ChannelKind::Postal => self.postal.as_deref(),
            ChannelKind::Email => self.email.as_deref(),
            ChannelKind::OtherOffline => self.other_offline.as_deref(),
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
        .filter_map(Option::as_deref)
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
        } else if self.contact_channels().any(Channel::pending_confirmation) {
            Access::ToConfirm
        } else if self.has_full_internet_route() {
            Access::OnlineOnly
        } else {
            Access::Unreachable
        }
    }

    /// Whether `kind` is offered offline here; `other_offline` counts for the
    /// channel it replaces when `accept_equivalent` (Brussels accepts it, Wallonia does not)
    /// and it is a real equivalent (`equivalent_for`).
    pub fn offers_offline(&self, kind: ChannelKind, accept_equivalent: bool) -> bool {
        self.get(kind).is_some_and(Channel::is_offline)
            || (accept_equivalent && self.equivalent_for(kind).is_some_and(|r| r.is_ok()))
    }

    /// The `other_offline` channel replacing `kind`, if there is one, and
    /// whether it is a non-digital measure of at least equivalent level
    /// (C.C. n° 126/2025): offline, distinct from the contacts already
    /// serving the other required channels (post and phone cannot stand in
    /// for the counter they accompany), and physical when it replaces the
    /// counter (a home visit, a mobile office, another counter).
    pub fn equivalent_for(&self, kind: ChannelKind) -> Option<Result<&Channel, EquivalentRefused>> {
        let replacement = self
            .other_offline
            .as_deref()
            .filter(|o| o.replaces == Some(kind))?;
        if let Err(why) = replacement.offline_status() {
            return Some(Err(EquivalentRefused::NotOffline(why)));
        }
        let reused = [
            ChannelKind::Counter,
            ChannelKind::Phone,
            ChannelKind::Postal,
        ]
        .into_iter()
        .filter(|other| *other != kind)
        .find(|other| {
            self.get(*other)
                .is_some_and(|c| c.contact.same_place_as(&replacement.contact))
        });
        if let Some(other) = reused {
            return Some(Err(EquivalentRefused::ServesAnotherChannel(other)));
        }
        if kind == ChannelKind::Counter && replacement.contact.kind != ContactKind::Counter {
            return Some(Err(EquivalentRefused::NotPhysical));
        }
        Some(Ok(replacement))
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
    /// Federal, regional, community or local; `None` when not stated.
    pub matter: Option<Matter>,
    pub reviewed: Option<NaiveDate>,
    pub channels: ChannelSet,
    pub steps: Vec<Step>,
    pub assistance: Vec<Arc<Contact>>,
    pub deadline: bool,
    pub fees: PerChannel<f64>,
    pub processing_days: PerChannel<f64>,
    pub exemptions: Vec<Exemption>,
    /// Documents to bring or send, cost and what must be done first, in
    /// words for residents (the guide).
    pub documents: Vec<String>,
    pub cost: Option<String>,
    pub prerequisite: Option<String>,
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

    pub(super) fn compute_access(&self) -> Access {
        let accesses: Vec<Access> = self.parts().map(|p| p.channels.access()).collect();
        if accesses.contains(&Access::OnlineOnly) {
            Access::OnlineOnly
        } else if accesses.contains(&Access::Unreachable) {
            Access::Unreachable
        } else if accesses.contains(&Access::ToConfirm) {
            Access::ToConfirm
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
            .filter_map(|part| part.channels.online.as_deref().map(|o| (part, o)))
    }

    pub fn is_retired(&self) -> bool {
        self.status == ProcedureStatus::Retired
    }

    pub fn step_line(&self, step: Option<&Step>) -> u32 {
        step.map_or(self.location.line, |s| s.line)
    }
}

#[cfg(test)]
mod tests;
