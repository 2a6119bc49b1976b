//! `phone_human`: a phone channel reaches a person, not only a voice server or
//! a bot (`answered_by: ivr_only | bot`). This is an interpretation of "service
//! téléphonique" shared by the associations and the Défenseur des droits.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct PhoneHuman;

impl ProcedureCheck for PhoneHuman {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let phones: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| c.kind == ChannelKind::Phone)
            .collect();
        if phones.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-phone"));
        }
        let failures = phones
            .into_iter()
            .filter(|(_, c)| c.contact.machine_only())
            .map(|(part, c)| {
                let number = c
                    .contact
                    .phone
                    .as_ref()
                    .map(|p| p.written.clone())
                    .unwrap_or_default();
                Failure::in_part(
                    procedure,
                    part,
                    Message::new("check-phone-machine").arg("number", number),
                )
                .on_contact(c, "answered_by")
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    #[test]
    fn passes_with_a_human() {
        assert_eq!(verdict(&PhoneHuman, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn fails_with_a_voice_server() {
        let p = r#"
- id: robot
  title: Robot
  channels:
    phone: { contact: robot }
"#;
        assert!(matches!(verdict(&PhoneHuman, p), Verdict::Fail(_)));
    }

    #[test]
    fn fails_with_a_bot_written_inline() {
        let p = r#"
- id: bot
  title: Bot
  channels:
    phone: { contact: standard, answered_by: bot }
"#;
        assert!(matches!(verdict(&PhoneHuman, p), Verdict::Fail(_)));
    }
}
