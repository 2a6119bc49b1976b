//! `not_online_only`: the procedure, and each of its steps, has at least one
//! offline channel. A single online-only step makes the whole procedure
//! online-only: the person is stopped at that step.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{Access, Procedure};
use crate::i18n::Message;

pub struct NotOnlineOnly;

impl ProcedureCheck for NotOnlineOnly {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let failures = procedure
            .parts()
            .filter(|part| part.channels.access() == Access::OnlineOnly)
            .map(|part| {
                let key = if part.step.is_some() {
                    "check-online-only-step"
                } else {
                    "check-online-only"
                };
                Failure::in_part(procedure, part, Message::new(key))
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
    fn passes_with_an_offline_channel() {
        assert_eq!(verdict(&NotOnlineOnly, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn flags_online_only_and_email_only() {
        let p = r#"
- id: cantine
  title: Inscription cantine
  channels:
    online: { url: "https://essai.example/portail", requires: [account] }
    email: { contact: mail }
"#;
        let Verdict::Fail(f) = verdict(&NotOnlineOnly, p) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-online-only");
    }

    #[test]
    fn flags_a_counter_reachable_only_through_online_booking() {
        let p = r#"
- id: cni
  title: Carte d'identité
  channels:
    counter: { contact: titres }
"#;
        assert!(matches!(verdict(&NotOnlineOnly, p), Verdict::Fail(_)));
    }

    #[test]
    fn flags_the_online_only_step() {
        let p = r#"
- id: etapes
  title: En deux étapes
  steps:
    - name: Pré-demande
      channels:
        online: { url: "https://essai.example/pre" }
    - name: Dépôt
      channels:
        counter: { contact: accueil }
"#;
        let Verdict::Fail(f) = verdict(&NotOnlineOnly, p) else {
            panic!()
        };
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].step.as_deref(), Some("Pré-demande"));
    }
}
