//! The catalogue as CPSV-AP 3 JSON-LD (docs/cpsv-ap.md): the EU's Core Public
//! Service Vocabulary Application Profile, which national and regional
//! service catalogues (and the Single Digital Gateway) publish.
//!
//! Each procedure is a `cpsv:PublicService` of the authority (a
//! `cv:PublicOrganisation`); each of its channels a `cv:Channel` typed from the
//! channel types below, with a `cv:ContactPoint` carrying the number, e-mail,
//! address and opening hours of the contact it uses; fees are `cv:Cost`s
//! tied to their channel (`cv:ifAccessedThrough`), delays `cv:processingTime`.

use serde_json::{json, Map, Value};

use crate::catalog::model::{
    CatalogFile, Channels, Contact, ContactChannel, PerChannel, Procedure, ProcedureStatus,
};

/// The channel-type concepts: the scheme of the CPSV-AP channel-type code
/// list as horsligne writes it (docs/cpsv-ap.md says how it was chosen).
pub const CHANNEL_TYPE_SCHEME: &str = "http://data.europa.eu/m8g/resource/authority/channel-type/";

fn channel_type(key: &str) -> &'static str {
    match key {
        "online" => "Homepage",
        "counter" => "PhysicalPresence",
        "phone" => "Telephone",
        "postal" => "Mail",
        "email" => "E-mail",
        _ => "Assistant",
    }
}

fn context() -> Value {
    json!({
        "cpsv": "http://purl.org/vocab/cpsv#",
        "cv": "http://data.europa.eu/m8g/",
        "dct": "http://purl.org/dc/terms/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "locn": "http://www.w3.org/ns/locn#",
        "adms": "http://www.w3.org/ns/adms#",
        "org": "http://www.w3.org/ns/org#",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "time": "http://www.w3.org/2006/time#",
        "schema": "https://schema.org/",
        "xsd": "http://www.w3.org/2001/XMLSchema#"
    })
}

fn iri_part(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A concept of an EU code list, typed as such: the shapes ask for a
/// skos:Concept, and the code lists themselves are not part of the export.
fn concept(iri: &str) -> Value {
    json!({ "@id": iri, "@type": "skos:Concept" })
}

fn lang_text(text: &str, lang: &str) -> Value {
    json!({ "@value": text, "@language": lang })
}

/// A contact point from a shared contact and the channel's inline fields (which override it).
fn contact_point(
    id: String,
    shared: Option<&Contact>,
    inline: Option<&ContactChannel>,
    kind: &str,
) -> Option<Value> {
    let pick =
        |inline_value: Option<String>, shared_value: Option<String>| inline_value.or(shared_value);
    let number = pick(
        inline.and_then(|c| c.number.as_ref().map(|n| n.value.clone())),
        shared.and_then(|c| c.number.as_ref().map(|n| n.value.clone())),
    );
    let address = pick(
        inline.and_then(|c| c.address.clone()),
        shared.and_then(|c| c.address.clone()),
    );
    let hours = pick(
        inline.and_then(|c| c.opening_hours.as_ref().map(|h| h.value.clone())),
        shared.and_then(|c| c.opening_hours.as_ref().map(|h| h.value.clone())),
    );
    let name = pick(
        inline.and_then(|c| c.name.clone()),
        shared.and_then(|c| c.name.clone()),
    );
    let mut point = Map::new();
    point.insert("@id".into(), json!(id));
    point.insert("@type".into(), json!("cv:ContactPoint"));
    if let Some(name) = name {
        point.insert("skos:prefLabel".into(), json!(name));
    }
    if let Some(number) = number {
        point.insert("cv:telephone".into(), json!(number));
    }
    if let Some(address) = address {
        if kind == "email" {
            point.insert("cv:email".into(), json!(address));
        } else {
            point.insert(
                "locn:address".into(),
                json!({ "@type": "locn:Address", "locn:fullAddress": lang_text(&address, "fr") }),
            );
        }
    }
    if let Some(hours) = hours {
        // CPSV-AP's opening hours are a time:TemporalEntity described in
        // words; the catalogue's are OSM `opening_hours`, a syntax and no
        // language: tagged `zxx` ("no linguistic content").
        point.insert(
            "cv:openingHours".into(),
            json!({ "@type": "time:TemporalEntity", "dct:description": lang_text(&hours, "zxx") }),
        );
    }
    (point.len() > 2).then_some(Value::Object(point))
}

fn per_channel(values: &PerChannel<f64>, key: &str) -> Option<f64> {
    match key {
        "online" => values.online,
        "counter" => values.counter,
        "phone" => values.phone,
        "postal" => values.postal,
        "email" => values.email,
        _ => values.other_offline,
    }
}

/// `P3D`, `P1.5D`: a delay in days as an xsd:duration.
fn duration(days: f64) -> String {
    format!("P{}D", crate::spreadsheet::format_number(days))
}

fn channels_of(
    base: &str,
    channels: &Channels,
    catalog: &CatalogFile,
    organisation: &str,
) -> Vec<(String, &'static str, Value)> {
    let mut out = Vec::new();
    if let Some(online) = &channels.online {
        let id = format!("{base}/channel/online");
        let mut channel = json!({
            "@id": id,
            "@type": "cv:Channel",
            "dct:identifier": "online",
            "dct:type": concept(&format!("{CHANNEL_TYPE_SCHEME}{}", channel_type("online"))),
            "cv:ownedBy": { "@id": organisation }
        });
        if let Some(url) = &online.url {
            channel["cv:hasContactPoint"] = json!({
                "@id": format!("{id}/contact"),
                "@type": "cv:ContactPoint",
                "cv:contactPage": { "@id": url.as_str(), "@type": "foaf:Document" }
            });
        }
        out.push((id, "online", channel));
    }
    let contact_channels = [
        ("counter", &channels.counter),
        ("phone", &channels.phone),
        ("postal", &channels.postal),
        ("email", &channels.email),
        ("other_offline", &channels.other_offline),
    ];
    for (key, channel) in contact_channels {
        let Some(channel) = channel else { continue };
        let id = format!("{base}/channel/{key}");
        let shared = channel
            .contact
            .as_ref()
            .and_then(|c| catalog.contacts.get(&c.value));
        let kind = shared.map_or(key, |c| match c.kind.value {
            crate::catalog::model::ContactKind::Email => "email",
            _ => key,
        });
        let mut value = json!({
            "@id": id,
            "@type": "cv:Channel",
            "dct:identifier": key,
            "dct:type": concept(&format!("{CHANNEL_TYPE_SCHEME}{}", channel_type(key))),
            "cv:ownedBy": { "@id": organisation }
        });
        let point_id = match &channel.contact {
            Some(c) => format!("{}/contact/{}", organisation, iri_part(&c.value)),
            None => format!("{id}/contact"),
        };
        if let Some(point) = contact_point(point_id, shared, Some(channel), kind) {
            value["cv:hasContactPoint"] = point;
        }
        if let Some(description) = &channel.description {
            value["dct:description"] = lang_text(description, "fr");
        }
        out.push((id, key, value));
    }
    out
}

fn service(p: &Procedure, catalog: &CatalogFile, organisation: &str) -> Value {
    let base = format!("{organisation}/service/{}", iri_part(&p.id.value));
    let description = match &p.service {
        Some(service) => format!("{} (service : {service})", p.title),
        None => p.title.clone(),
    };
    let mut s = json!({
        "@id": base,
        "@type": "cpsv:PublicService",
        "dct:identifier": p.id.value,
        "dct:title": lang_text(&p.title, "fr"),
        "dct:description": lang_text(&description, "fr"),
        "cv:hasCompetentAuthority": { "@id": organisation },
        "adms:status": concept(&format!("http://purl.org/adms/status/{}", match p.status {
            ProcedureStatus::Active => "Completed",
            ProcedureStatus::Planned => "UnderDevelopment",
            ProcedureStatus::Retired => "Withdrawn",
        }))
    });
    if let Some(reference) = &p.reference {
        s["dct:relation"] = json!(reference);
    }
    if let Some(page) = &p.page {
        s["schema:url"] = json!({ "@id": page.as_str() });
    }
    let mut channels: Vec<(String, &str, Value)> =
        channels_of(&base, &p.channels, catalog, organisation);
    for step in &p.steps {
        let step_base = format!("{base}/step/{}", iri_part(&step.name.value));
        channels.extend(channels_of(
            &step_base,
            &step.channels,
            catalog,
            organisation,
        ));
    }
    if let Some(fees) = &p.fees {
        let costs: Vec<Value> = channels
            .iter()
            .filter_map(|(id, key, _)| {
                per_channel(fees, key).map(|value| {
                    json!({
                        "@id": format!("{id}/cost"),
                        "@type": "cv:Cost",
                        "dct:identifier": format!("{id}/cost"),
                        "cv:value": { "@value": format!("{value:.2}"), "@type": "xsd:decimal" },
                        "cv:currency": concept("http://publications.europa.eu/resource/authority/currency/EUR"),
                        "cv:ifAccessedThrough": { "@id": id }
                    })
                })
            })
            .collect();
        if !costs.is_empty() {
            s["cv:hasCost"] = json!(costs);
        }
    }
    if let Some(days) = &p.processing_days {
        // CPSV-AP has one processing time per service: the longest, so it is never understated.
        let longest = [
            days.online,
            days.counter,
            days.phone,
            days.postal,
            days.email,
            days.other_offline,
        ]
        .into_iter()
        .flatten()
        .fold(None, |max: Option<f64>, d| {
            Some(max.map_or(d, |m| m.max(d)))
        });
        if let Some(longest) = longest {
            s["cv:processingTime"] =
                json!({ "@value": duration(longest), "@type": "xsd:duration" });
        }
    }
    if !channels.is_empty() {
        s["cv:hasChannel"] = Value::Array(channels.into_iter().map(|(_, _, v)| v).collect());
    }
    s
}

/// The CPSV-AP JSON-LD document of `catalog`.
pub fn to_json_ld(catalog: &CatalogFile) -> String {
    let (id, name, country) = catalog
        .authority
        .as_ref()
        .map_or(("unknown".to_owned(), String::new(), String::new()), |a| {
            (a.id.value.clone(), a.name.clone(), a.country.value.clone())
        });
    let organisation = format!("urn:horsligne:authority:{}", iri_part(&id));
    let mut graph = vec![json!({
        "@id": organisation,
        // CPSV-AP: a public organisation is an org:Organization (the class
        // its shapes ask of a channel's owner).
        "@type": ["cv:PublicOrganisation", "org:Organization"],
        "dct:identifier": id,
        "skos:prefLabel": lang_text(&name, "fr"),
        "dct:spatial": {
            "@id": format!("http://publications.europa.eu/resource/authority/country/{}", country_alpha3(&country)),
            "@type": "dct:Location"
        }
    })];
    graph.extend(
        catalog
            .procedures
            .iter()
            .map(|p| service(p, catalog, &organisation)),
    );
    let document = json!({ "@context": context(), "@graph": graph });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// The EU country authority table uses ISO 3166-1 alpha-3 codes.
fn country_alpha3(alpha2: &str) -> &str {
    match alpha2 {
        "FR" => "FRA",
        "BE" => "BEL",
        "LU" => "LUX",
        "CH" => "CHE",
        "DE" => "DEU",
        "NL" => "NLD",
        "IT" => "ITA",
        "ES" => "ESP",
        _ => alpha2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Value {
        let raw = crate::catalog::load::load(std::path::Path::new("catalog"), &Default::default())
            .unwrap();
        let merged = crate::spreadsheet::merged(&raw);
        serde_json::from_str(&to_json_ld(&merged)).unwrap()
    }

    #[test]
    fn every_procedure_is_a_public_service_with_its_channels() {
        let doc = document();
        let graph = doc["@graph"].as_array().unwrap();
        assert_eq!(
            graph[0]["@type"],
            json!(["cv:PublicOrganisation", "org:Organization"])
        );
        let services: Vec<&Value> = graph
            .iter()
            .filter(|n| n["@type"] == "cpsv:PublicService")
            .collect();
        assert!(services.len() > 20);
        let acte = services
            .iter()
            .find(|s| s["dct:identifier"] == "etat-civil-acte-naissance")
            .unwrap();
        let channels = acte["cv:hasChannel"].as_array().unwrap();
        let phone = channels
            .iter()
            .find(|c| c["dct:identifier"] == "phone")
            .unwrap();
        assert!(phone["dct:type"]["@id"]
            .as_str()
            .unwrap()
            .ends_with("Telephone"));
        assert!(phone["cv:hasContactPoint"]["cv:telephone"].is_string());
        let hours = &phone["cv:hasContactPoint"]["cv:openingHours"];
        assert_eq!(hours["@type"], "time:TemporalEntity");
        assert_eq!(hours["dct:description"]["@language"], "zxx");
        assert!(hours["dct:description"]["@value"].is_string());
        assert_eq!(phone["dct:type"]["@type"], "skos:Concept");
        let counter = channels
            .iter()
            .find(|c| c["dct:identifier"] == "counter")
            .unwrap();
        let address = &counter["cv:hasContactPoint"]["locn:address"]["locn:fullAddress"];
        assert_eq!(address["@language"], "fr");
        assert!(address["@value"].is_string());
    }

    #[test]
    fn durations_are_xsd_durations() {
        assert_eq!(duration(3.0), "P3D");
        assert_eq!(duration(1.5), "P1.5D");
    }
}
