//! `to_confirm`: what the catalogue does not know yet is reported as work to
//! do, « à vérifier », never taken for a fact. Two things are unknown:
//! - a channel marked `to_confirm` (or going through a contact so marked):
//!   `init`, `scan` or `import` wrote it without being sure; it does not count
//!   as offline until someone checks it and removes the mark;
//! - a counter booked by an offline method (`booking: [phone]`) that does not
//!   name the contact that books: nobody knows which number or desk takes the
//!   appointment, so the guide says « à demander » and this asks.

use super::{CheckContext, Failure, ProcedureCheck, Verdict};
use crate::catalog::model::ContactKind;
use crate::catalog::{Contact, Procedure};
use crate::i18n::Message;

pub struct ToConfirm;

/// How a contact is named in a finding: its name, its id, else what it is.
fn contact_label(contact: &Contact) -> String {
    contact
        .name
        .clone()
        .or_else(|| contact.id.clone())
        .unwrap_or_else(|| crate::catalog::resolve::kind_name(contact.kind).to_owned())
}

impl ProcedureCheck for ToConfirm {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let mut failures = Vec::new();
        for (part, channel) in procedure.all_channels() {
            if channel.is_to_confirm() {
                let key = if channel.to_confirm {
                    "check-to-confirm-channel"
                } else {
                    "check-to-confirm-contact"
                };
                failures.push(Failure::in_part(
                    procedure,
                    part,
                    Message::new(key)
                        .arg("channel", channel.kind.as_str())
                        .arg("contact", contact_label(&channel.contact)),
                    )
                    // One finding per channel: distinct fingerprints (issue 26).
                    .about_channel(channel, "to-confirm"),
                );
            }
            if channel.contact.kind == ContactKind::Counter {
                let methods: Vec<&str> = channel
                    .contact
                    .unnamed_booking()
                    .map(|b| b.method.as_str())
                    .collect();
                if !methods.is_empty() {
                    failures.push(Failure::in_part(
                        procedure,
                        part,
                        Message::new("check-to-confirm-booking")
                            .arg("contact", contact_label(&channel.contact))
                            .arg("methods", methods.join(", ")),
                        )
                        .about_channel(channel, "booking"),
                    );
                }
            }
        }
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    fn failures(p: &str) -> Vec<String> {
        match verdict(&ToConfirm, p) {
            Verdict::Fail(f) => f.into_iter().map(|f| f.message.key.to_owned()).collect(),
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn passes_a_catalogue_that_knows_its_channels() {
        assert_eq!(verdict(&ToConfirm, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn reports_a_channel_to_confirm() {
        let p = r#"
- id: acte
  title: Copie d'acte
  channels:
    counter: { contact: accueil, to_confirm: true }
"#;
        assert_eq!(failures(p), ["check-to-confirm-channel"]);
    }

    #[test]
    fn reports_a_channel_to_confirm_inside_a_step() {
        let p = r#"
- id: acte
  title: Copie d'acte
  steps:
    - name: dépôt
      channels:
        postal: { contact: courrier, to_confirm: true }
"#;
        assert_eq!(failures(p), ["check-to-confirm-channel"]);
    }

    #[test]
    fn reports_a_bare_phone_booking_but_not_a_named_one() {
        let bare = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres, booking: [online, phone] }
"#;
        assert_eq!(failures(bare), ["check-to-confirm-booking"]);
        let named = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres, booking: [online, { phone: standard }] }
"#;
        assert_eq!(verdict(&ToConfirm, named), Verdict::Pass);
    }

    #[test]
    fn online_booking_alone_is_not_a_question_of_which_contact() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres }
"#;
        assert_eq!(verdict(&ToConfirm, p), Verdict::Pass);
    }
}
