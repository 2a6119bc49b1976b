//! `human_contact`: somewhere in the procedure a person can be reached
//! without the internet: a counter not booked only online, or a phone line
//! that reaches a human. Information-only channels count: the Défenseur des
//! droits' 2025 survey measures precisely whether people could reach anyone.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{Channel, ChannelKind, Procedure};
use crate::i18n::Message;

pub struct HumanContact;

fn reaches_a_person(channel: &Channel) -> bool {
    match channel.kind {
        ChannelKind::Counter => !channel.contact.booking_needs_internet(),
        ChannelKind::Phone => !channel.contact.machine_only(),
        _ => false,
    }
}

impl ProcedureCheck for HumanContact {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        if procedure.all_channels().any(|(_, c)| reaches_a_person(c)) {
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
}
