//! `human_contact`: somewhere in the procedure a person can be reached
//! without the internet: a counter not booked only online, or a phone line
//! that reaches a human. Information-only channels count: the Défenseur des
//! droits' 2025 survey measures precisely whether people could reach anyone.
//! A person met or called offline through the procedure's help (`assistance`),
//! a teleservice's `substitute` or the authority's mediator counts too: they
//! are people one reaches about this procedure.

use super::{CheckContext, Failure, ProcedureCheck, Verdict};
use crate::catalog::model::ContactKind;
use crate::catalog::procedure::Contact;
use crate::catalog::{Channel, ChannelKind, Procedure};
use crate::i18n::Message;

pub struct HumanContact;

/// A counter or a line one reaches offline (not booked only online, not a machine).
fn a_person_offline(contact: &Contact) -> bool {
    matches!(contact.kind, ContactKind::Counter | ContactKind::Phone) && contact.is_offline()
}

fn reaches_a_person(channel: &Channel) -> bool {
    match channel.kind {
        ChannelKind::Counter => !channel.contact.booking_needs_internet(),
        ChannelKind::Phone => !channel.contact.machine_only(),
        _ => false,
    }
}

impl ProcedureCheck for HumanContact {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let helpers = procedure
            .assistance
            .iter()
            .chain(
                procedure
                    .online_channels()
                    .filter_map(|(_, o)| o.substitute.as_ref()),
            )
            .chain(ctx.authority.mediator.as_ref());
        if procedure.all_channels().any(|(_, c)| reaches_a_person(c))
            || helpers.into_iter().any(|c| a_person_offline(c))
        {
            Verdict::Pass
        } else {
            Verdict::Fail(vec![Failure::at_line(
                procedure.location.line,
                Message::new("check-no-human-contact"),
            )])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{fails, verdict, COMPLETE};

    #[test]
    fn a_counter_or_a_staffed_line_is_a_person() {
        assert_eq!(verdict(&HumanContact, COMPLETE), Verdict::Pass);
        let info_line = r#"
- id: info
  title: Renseignement
  channels:
    online: { url: "https://essai.example/d" }
    phone: { contact: standard, covers: info }
"#;
        assert_eq!(verdict(&HumanContact, info_line), Verdict::Pass);
    }

    #[test]
    fn a_voice_server_an_online_booked_counter_and_email_are_not() {
        let p = r#"
- id: machines
  title: Que des machines
  channels:
    online: { url: "https://essai.example/d" }
    counter: { contact: titres }
    phone: { contact: robot }
    email: { contact: mail }
"#;
        assert!(fails(&verdict(&HumanContact, p)));
    }

    #[test]
    fn offline_assistance_or_a_substitute_is_a_person() {
        let online_only = r#"
- id: teleservice
  title: Téléservice
  channels:
    online: { url: "https://essai.example/d" }
"#;
        assert!(fails(&verdict(&HumanContact, online_only)));
        let helped = format!("{online_only}  assistance: [accueil]\n");
        assert_eq!(verdict(&HumanContact, &helped), Verdict::Pass);
        let substitute = online_only.replace(
            "online: { url: \"https://essai.example/d\" }",
            "online: { url: \"https://essai.example/d\", substitute: standard }",
        );
        assert_eq!(verdict(&HumanContact, &substitute), Verdict::Pass);
        // Help one reaches only by e-mail is no person met offline.
        let by_mail = format!("{online_only}  assistance: [mail]\n");
        assert!(fails(&verdict(&HumanContact, &by_mail)));
    }
}
