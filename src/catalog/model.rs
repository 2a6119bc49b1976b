//! The catalogue format, version 1, as written by council staff (see
//! `docs/catalog-format.md`). These types mirror the YAML one to one; they are
//! what is parsed and what the JSON Schema is generated from. Nothing here
//! judges compliance: `resolve` turns them into the model the checks read.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::located::Located;

/// One YAML file of a catalogue. A catalogue directory is several of these,
/// merged: exactly one holds `version` and `authority`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "horsligne catalogue (version 1)")]
pub struct CatalogFile {
    /// Format version; must be 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Located<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// Reusable contact points, referenced by id from channels.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub contacts: BTreeMap<String, Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<Procedure>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Any stable id; an INSEE or NIS code is recommended (e.g. `fr-69266`).
    pub id: Located<String>,
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, upper case (FR, BE, CH...).
    #[schemars(regex(pattern = r"^[A-Z]{2}$"))]
    pub country: Located<String>,
    /// The region or canton, in French, Dutch, English or German, or its
    /// code (`bruxelles`, `Brussel`, `BE-BRU`, `Genève`, `GE`): normalised to
    /// the canonical value (`wallonie`, `bruxelles-capitale`, `flandre`, `ge`…);
    /// required for a Belgian or Swiss authority (a Belgian one may leave it to
    /// the postcode of its contacts' addresses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub level: AuthorityLevel,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Contact id of the person who helps residents do procedures without the internet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediator: Option<Located<String>>,
    /// Official code of the territory: the INSEE code of a French commune
    /// (`69266`). Optional; `init --all` writes it from the open data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Code of the French département (`69`, `2A`, `974`), for grouping a survey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// Population (INSEE *population municipale*) as the open data gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// What kind of commune this is, where the open data says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommuneStatus>,
}

/// The kinds of French communes of the official geography (INSEE COG):
/// a commune, a commune déléguée or associée (part of a commune nouvelle or
/// an association, with its own town hall), or a municipal arrondissement
/// (Paris, Lyon, Marseille).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum CommuneStatus {
    Commune,
    Deleguee,
    Associee,
    Arrondissement,
}

/// Where an authority sits in official geography (issue 26): what `init
/// --all` reads from the open data, carried to reports and surveys so that
/// findings can be counted by département, région and population band.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Territory {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommuneStatus>,
}

impl Authority {
    pub fn territory(&self) -> Territory {
        Territory {
            code: self.code.clone(),
            departement: self.departement.clone(),
            population: self.population,
            status: self.status,
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
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum AuthorityLevel {
    Commune,
    Intercommunality,
    Department,
    Province,
    Region,
    State,
    Cpas,
    /// A public body of a local authority (in France: CCAS, SDIS, a caisse
    /// des écoles…), which some texts (ESSOC art. 28) exclude with it.
    LocalPublicBody,
    Agency,
    Other,
}

impl AuthorityLevel {
    pub const ALL: [AuthorityLevel; 10] = [
        Self::Commune,
        Self::Intercommunality,
        Self::Department,
        Self::Province,
        Self::Region,
        Self::State,
        Self::Cpas,
        Self::LocalPublicBody,
        Self::Agency,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The contact fields shared by a reusable contact and by a channel's inline
/// override. Kept as one list so the two can never drift apart.
macro_rules! contact_fields {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($extra:tt)* }) => {
        $(#[$meta])*
        $vis struct $name {
            $($extra)*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub name: Option<String>,
            /// Street or postal address (counter, postal) or email address (email).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub address: Option<String>,
            /// Phone number, national or international writing.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub number: Option<Located<String>>,
            /// OSM `opening_hours` syntax, e.g. `Mo-Fr 08:30-12:00,13:30-17:00`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub opening_hours: Option<Located<String>>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub appointment: Option<Appointment>,
            /// How an appointment can be booked, when one exists: a bare
            /// method (`phone`) or the method and the contact that books
            /// (`{ phone: population-tel }`).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub booking: Option<Vec<Booking>>,
            /// Wheelchair / step-free access.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub step_free: Option<bool>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub answered_by: Option<AnsweredBy>,
            /// Derived from the number when absent; `unknown` when the number cannot tell.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub tariff: Option<Tariff>,
            /// Counter only: a self-service kiosk or terminal (a « borne »), no
            /// person behind it: never an offline channel.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub self_service: Option<bool>,
            /// Not known yet (written by `init`, `scan` or `import` where they
            /// are not sure): never counts as offline until someone checks it
            /// and removes the mark. Say why in a YAML comment next to it.
            #[serde(default, skip_serializing_if = "std::ops::Not::not")]
            pub to_confirm: bool,
        }
    };
}

contact_fields! {
    /// A reusable contact point.
    #[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Contact {
        pub kind: Located<ContactKind>,
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Counter,
    Phone,
    Postal,
    Email,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Appointment {
    #[default]
    None,
    Optional,
    Required,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BookingMethod {
    Online,
    Phone,
    Counter,
    Postal,
    Email,
}

impl BookingMethod {
    pub const ALL: [BookingMethod; 5] = [
        Self::Online,
        Self::Phone,
        Self::Counter,
        Self::Postal,
        Self::Email,
    ];

    /// Booking this way needs the internet.
    pub fn needs_internet(self) -> bool {
        matches!(self, Self::Online | Self::Email)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Phone => "phone",
            Self::Counter => "counter",
            Self::Postal => "postal",
            Self::Email => "email",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == code)
    }

    /// The kind of contact that books this way, when it can be named
    /// (`online` books through a website, not a contact).
    pub fn contact_kind(self) -> Option<ContactKind> {
        match self {
            Self::Online => None,
            Self::Phone => Some(ContactKind::Phone),
            Self::Counter => Some(ContactKind::Counter),
            Self::Postal => Some(ContactKind::Postal),
            Self::Email => Some(ContactKind::Email),
        }
    }
}

/// One way to book an appointment: `phone` (the method alone, as catalogues
/// wrote it before contacts could be named: it still loads, and the audit
/// asks which contact) or `{ phone: population-tel }` (the method and the id
/// of the contact that books, checked like every reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub method: BookingMethod,
    pub contact: Option<Located<String>>,
}

impl Booking {
    pub fn bare(method: BookingMethod) -> Self {
        Self {
            method,
            contact: None,
        }
    }
}

impl Serialize for Booking {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.contact {
            None => self.method.serialize(serializer),
            Some(contact) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(self.method.as_str(), &contact.value)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Booking {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BookingVisitor;

        impl<'de> serde::de::Visitor<'de> for BookingVisitor {
            type Value = Booking;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a booking method (online | phone | counter | postal | email) or one \
                     method naming its contact, e.g. `{ phone: population-tel }`",
                )
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Booking, E> {
                BookingMethod::from_code(v)
                    .map(Booking::bare)
                    .ok_or_else(|| E::unknown_variant(v, BOOKING_METHODS))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Booking, A::Error> {
                let Some(method) = map.next_key::<BookingMethod>()? else {
                    return Err(serde::de::Error::invalid_length(0, &self));
                };
                let contact: Located<String> = map.next_value()?;
                if map.next_key::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(serde::de::Error::custom(
                        "one booking entry names one method and its contact: \
                         write each way of booking as its own entry",
                    ));
                }
                Ok(Booking {
                    method,
                    contact: Some(contact),
                })
            }
        }

        deserializer.deserialize_any(BookingVisitor)
    }
}

const BOOKING_METHODS: &[&str] = &["online", "phone", "counter", "postal", "email"];

impl JsonSchema for Booking {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Booking".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let method = generator.subschema_for::<BookingMethod>();
        schemars::json_schema!({
            "description": "A booking method alone (the audit then asks which contact books), or one method naming the id of the contact that books, e.g. `{ phone: population-tel }`.",
            "oneOf": [
                method,
                {
                    "type": "object",
                    "minProperties": 1,
                    "maxProperties": 1,
                    "propertyNames": { "enum": BOOKING_METHODS },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnsweredBy {
    Human,
    IvrThenHuman,
    /// A machine or an answering machine only.
    IvrOnly,
    Bot,
}

impl AnsweredBy {
    pub fn reaches_a_human(self) -> bool {
        matches!(self, Self::Human | Self::IvrThenHuman)
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Tariff {
    Free,
    Standard,
    Premium,
    /// Only derived: the number alone cannot tell (most French 3BPQ short numbers).
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProcedureStatus {
    Active,
    Planned,
    Retired,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Unique, stable slug.
    pub id: Located<String>,
    pub title: String,
    /// Department in charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// What the procedure is, across authorities: a Service-Public.fr sheet
    /// (`F1427`) or a code of the common municipal procedures (docs/references.md).
    /// Lets surveys compare the same procedure between councils.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^([FRN][0-9]{1,6}|[a-z][a-z0-9-]*(\.[a-z0-9-]+)+)$"))]
    pub reference: Option<String>,
    /// Free tags: all, foreigners, seniors, families, businesses...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<String>,
    /// Public information page (used by `verify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<url::Url>,
    #[serde(default = "active", skip_serializing_if = "is_active")]
    pub status: ProcedureStatus,
    /// Whose competence the procedure is (Belgium: passport, identity card,
    /// population register and civil status are federal matters handled by
    /// the communes); absent = not stated. Regional texts are applied to a
    /// federal matter as warnings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matter: Option<Matter>,
    /// Date the entry was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<NaiveDate>,
    #[serde(default)]
    pub channels: Channels,
    /// Contacts that help people through the online route.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assistance: Vec<Located<String>>,
    /// A legal or regulatory deadline applies to the request.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deadline: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// EUR per channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<PerChannel<f64>>,
    /// Typical delay per channel, in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_days: Option<PerChannel<f64>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions: Vec<Exemption>,
    /// Documents to bring or send ("pièces à fournir"), one per item, in
    /// words for residents (shown in the guide).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// What the procedure costs, in words for residents ("gratuit",
    /// "86 € en timbre fiscal"); `fees` holds the amounts the checks compare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    /// What must be done first, even on an offline route, in words for
    /// residents ("pré-demande en ligne sur le site de l'ANTS"); the guide
    /// shows it with the assistance contacts. The checks read `requires`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prerequisite: Option<String>,
}

/// The competence a procedure belongs to (Belgian constitutional sense).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Matter {
    /// A federal matter (identity documents, population register, civil status).
    Federal,
    /// A regional matter.
    Regional,
    /// A community matter (education, culture, personal assistance).
    Community,
    /// The authority's own local matter.
    Local,
}

impl Matter {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn active() -> ProcedureStatus {
    ProcedureStatus::Active
}

fn is_active(status: &ProcedureStatus) -> bool {
    *status == ProcedureStatus::Active
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub name: Located<String>,
    #[serde(default)]
    pub channels: Channels,
}

/// A value per channel, e.g. fees or processing delays.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerChannel<T> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_offline: Option<T>,
}

/// The ways a procedure (or one of its steps) can be done. An absent channel,
/// or one set to `false`, is not offered.
/// Each channel is boxed: a procedure offers two or three of the six, and
/// the absent ones then take 8 bytes instead of about 270 (on 100,000
/// procedures, about 80 MB less while the catalogue is resolved).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channels {
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<OnlineChannel>")]
    pub online: Option<Box<OnlineChannel>>,
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<ContactChannel>")]
    pub counter: Option<Box<ContactChannel>>,
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<ContactChannel>")]
    pub phone: Option<Box<ContactChannel>>,
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<ContactChannel>")]
    pub postal: Option<Box<ContactChannel>>,
    /// Needs the internet: never an offline channel.
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<ContactChannel>")]
    pub email: Option<Box<ContactChannel>>,
    /// A non-digital channel that replaces one of counter, phone or postal.
    #[serde(
        default,
        deserialize_with = "offered",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "OfferedSchema<ContactChannel>")]
    pub other_offline: Option<Box<ContactChannel>>,
}

/// Schema of a channel entry: the channel's fields, or `false` for "not offered".
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum OfferedSchema<T> {
    Offered(T),
    NotOffered(NotOffered),
}

/// `false`: the channel is not offered.
struct NotOffered;

impl JsonSchema for NotOffered {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NotOffered".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "const": false, "description": "The channel is not offered." })
    }
}

/// Reads a channel that may be written `false` (not offered) or as a mapping.
/// Streaming, so the fields inside keep their source locations.
fn offered<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OfferedVisitor<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for OfferedVisitor<T> {
        type Value = Option<T>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a channel (a mapping of its fields) or `false` when not offered")
        }

        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            if v {
                Err(E::custom(
                    "`true` is not a channel: describe it (e.g. `contact: <id>`) or write `false`",
                ))
            } else {
                Ok(None)
            }
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Some)
        }
    }

    deserializer.deserialize_any(OfferedVisitor(std::marker::PhantomData))
}

/// What a channel lets the person do.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The whole procedure can be completed through this channel.
    #[default]
    Full,
    /// Some steps only.
    Partial,
    /// Information or help only.
    Info,
}

impl Requirement {
    /// The locale key naming the requirement.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Account => "requirement-account",
            Self::Email => "requirement-email",
            Self::Smartphone => "requirement-smartphone",
            Self::App => "requirement-app",
            Self::QrCode => "requirement-qr_code",
            Self::Eid => "requirement-eid",
            Self::ScanUpload => "requirement-scan_upload",
            Self::OnlinePayment => "requirement-online_payment",
            Self::Captcha => "requirement-captcha",
        }
    }
}

/// A digital prerequisite: something a person needs beyond a connection.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    Account,
    Email,
    Smartphone,
    App,
    QrCode,
    /// FranceConnect, itsme...
    Eid,
    ScanUpload,
    OnlinePayment,
    Captcha,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OnlineChannel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<url::Url>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<Requirement>,
    /// True when a legal text imposes this teleservice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mandatory: bool,
    /// The text that imposes it, when mandatory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// Contact that takes over when the teleservice fails or cannot be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute: Option<Located<String>>,
    #[serde(default)]
    pub covers: Coverage,
}

/// How a paper form is obtained.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FormSource {
    Counter,
    PostalRequest,
    PhoneRequest,
    Download,
}

/// The channel kinds that `other_offline` can stand in for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReplaceableChannel {
    Counter,
    Phone,
    Postal,
}

contact_fields! {
    /// A counter, phone, postal, email or other offline channel: a reference to a
    /// contact and/or inline contact fields (which override the referenced ones).
    #[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct ContactChannel {
        /// Id of a contact in `contacts`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<Located<String>>,
        /// Kind of an inline contact (optional; must match the channel).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub kind: Option<Located<ContactKind>>,
        #[serde(default)]
        pub covers: Coverage,
        /// Digital prerequisites of this offline channel (extension, see docs).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub requires: Vec<Requirement>,
        /// Postal only: the paper form, if one is needed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub paper_form: Option<String>,
        /// Postal only: how the form is obtained without internet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub form_from: Vec<FormSource>,
        /// other_offline only: the channel it replaces.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub replaces: Option<ReplaceableChannel>,
        /// other_offline only: what it is.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
    }
}

/// Grounds on which a deviation from a rule can be accepted.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ExemptionGround {
    LegalText,
    DisproportionateBurden,
    Technical,
    Other,
}

impl ExemptionGround {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// An accepted deviation, always justified and dated.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exemption {
    /// Rule id this exemption applies to.
    pub rule: Located<String>,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub ground: ExemptionGround,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}
