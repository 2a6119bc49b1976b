//! `placeholder_filled`: nothing `horsligne init` left to fill in is still a
//! placeholder (docs/spreadsheets.md). A starter catalogue validates at once so that
//! people can audit it while they fill it; its guesses must not pass for facts
//! meanwhile. `subject: procedures` (the default) reports each procedure whose
//! title, service, page or channels (with the contacts they use) still hold a
//! placeholder; `subject: authority` reports the authority's own fields and
//! its mediator.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AuthorityCheck, Check, CheckContext, Failure, ProcedureCheck, Verdict};
use crate::catalog::placeholder::{is_placeholder, is_placeholder_number, is_placeholder_url};
use crate::catalog::{Contact, Procedure};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceholderFilled {
    #[serde(default)]
    pub subject: PlaceholderSubject,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderSubject {
    #[default]
    Procedures,
    Authority,
}

/// The fields of a contact that still hold a placeholder, named as in the catalogue.
fn contact_placeholders(contact: &Contact, prefix: &str, out: &mut Vec<String>) {
    let texts = [("name", &contact.name), ("address", &contact.address)];
    for (field, value) in texts {
        if value.as_deref().is_some_and(is_placeholder) {
            out.push(format!("{prefix}{field}"));
        }
    }
    if contact
        .phone
        .as_ref()
        .is_some_and(|p| is_placeholder_number(&p.normalized))
    {
        out.push(format!("{prefix}number"));
    }
}

fn contact_prefix(contact: &Contact, channel: &str) -> String {
    match &contact.id {
        Some(id) => format!("contacts.{id}."),
        None => format!("channels.{channel}."),
    }
}

impl PlaceholderFilled {
    /// The subject is chosen by the rule's parameters (`subject:`).
    pub fn as_check(&self) -> Check<'_> {
        match self.subject {
            PlaceholderSubject::Procedures => Check::Procedure(self),
            PlaceholderSubject::Authority => Check::Authority(self),
        }
    }
}

impl ProcedureCheck for PlaceholderFilled {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let mut fields = Vec::new();
        if is_placeholder(&procedure.title) {
            fields.push("title".to_owned());
        }
        if procedure.service.as_deref().is_some_and(is_placeholder) {
            fields.push("service".to_owned());
        }
        if procedure.page.as_ref().is_some_and(is_placeholder_url) {
            fields.push("page".to_owned());
        }
        for (part, channel) in procedure.all_channels() {
            let name = channel.kind.as_str();
            let before = fields.len();
            contact_placeholders(
                &channel.contact,
                &contact_prefix(&channel.contact, name),
                &mut fields,
            );
            if channel.description.as_deref().is_some_and(is_placeholder) {
                fields.push(format!("channels.{name}.description"));
            }
            if let Some(step) = part.step {
                for field in &mut fields[before..] {
                    *field = format!("{field} ({})", step.name);
                }
            }
        }
        for (part, online) in procedure.online_channels() {
            if online.url.as_ref().is_some_and(is_placeholder_url) {
                let field = match part.step {
                    Some(step) => format!("channels.online.url ({})", step.name),
                    None => "channels.online.url".to_owned(),
                };
                fields.push(field);
            }
        }
        fields.dedup();
        fail_on(procedure.location.line, fields)
    }

}

impl AuthorityCheck for PlaceholderFilled {
    fn check_authority(&self, ctx: &CheckContext) -> Verdict {
        let authority = ctx.authority;
        let mut fields = Vec::new();
        if is_placeholder(&authority.name) {
            fields.push("authority.name".to_owned());
        }
        if is_placeholder(&authority.id) || authority.id.ends_with("-00000") {
            fields.push("authority.id".to_owned());
        }
        if let Some(mediator) = &authority.mediator {
            contact_placeholders(mediator, &contact_prefix(mediator, "mediator"), &mut fields);
        }
        fail_on(authority.location.line, fields)
    }
}

fn fail_on(line: u32, fields: Vec<String>) -> Verdict {
    if fields.is_empty() {
        return Verdict::Pass;
    }
    let mut unique = Vec::new();
    for field in fields {
        if !unique.contains(&field) {
            unique.push(field);
        }
    }
    Verdict::Fail(vec![Failure::at_line(
        line,
        Message::new("check-placeholder")
            .arg("fields", unique.join(", "))
            .arg("count", unique.len()),
    )])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::checks::fixture::{fails, verdict, COMPLETE, HEADER};

    const PROCEDURES: PlaceholderFilled = PlaceholderFilled {
        subject: PlaceholderSubject::Procedures,
    };

    #[test]
    fn passes_when_everything_is_filled() {
        assert_eq!(verdict(&PROCEDURES, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn fails_on_a_placeholder_service_or_url() {
        let service = format!("{COMPLETE}  service: \"À COMPLÉTER : service\"\n");
        assert!(fails(&verdict(&PROCEDURES, &service)));
        let page = format!("{COMPLETE}  page: \"https://a-completer.invalid/page\"\n");
        assert!(fails(&verdict(&PROCEDURES, &page)));
    }

    #[test]
    fn fails_on_a_placeholder_contact_used_by_a_channel() {
        let inline = r#"
- id: cantine
  title: Cantine
  channels:
    counter: { kind: counter, address: "À compléter : adresse du guichet" }
    phone: { kind: phone, number: "+33 1 99 00 00 00" }
"#;
        let Verdict::Fail(failures) = verdict(&PROCEDURES, inline) else {
            panic!("expected a failure");
        };
        let text = format!("{:?}", failures[0].message);
        assert!(text.contains("channels.counter.address"), "{text}");
        assert!(text.contains("channels.phone.number"), "{text}");
    }

    fn authority_verdict(name: &str) -> Verdict {
        let text = HEADER.replacen("Commune d'essai", name, 1)
            + "procedures:\n  - id: a\n    title: A\n    channels: { counter: { contact: accueil } }\n";
        let catalog = catalog::from_str("essai.yaml", &text).unwrap();
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: chrono::NaiveDate::MIN,
            evidence: None,
        };
        PlaceholderFilled {
            subject: PlaceholderSubject::Authority,
        }
        .check_authority(&ctx)
    }

    #[test]
    fn the_authority_name_placeholder_is_reported() {
        assert!(HEADER.contains("Commune d'essai"), "fixture changed");
        assert_eq!(authority_verdict("Commune d'essai"), Verdict::Pass);
        assert!(fails(&authority_verdict(
            "\"À COMPLÉTER : nom de la commune\""
        )));
    }
}
