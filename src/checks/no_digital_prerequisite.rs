//! `no_digital_prerequisite`: an offline channel does not demand something
//! digital first: an online account or pre-application, an email address, a
//! smartphone, an app... (`requires` on a counter, phone or postal channel).
//! The classic case is the identity-card desk that wants an ANTS pré-demande.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct NoDigitalPrerequisite;

impl ProcedureCheck for NoDigitalPrerequisite {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let failures = procedure
            .all_channels()
            .filter(|(_, c)| c.kind != ChannelKind::Email && !c.requires.is_empty())
            .map(|(part, c)| {
                let requires = c.requires.iter().map(|r| r.label_key()).collect();
                Failure::in_part(
                    procedure,
                    part,
                    Message::new("check-digital-prerequisite")
                        .arg("channel", c.kind.as_str())
                        .keys("requires", requires),
                )
                .about_channel(c, "requires")
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
    fn passes_without_prerequisite() {
        assert_eq!(verdict(&NoDigitalPrerequisite, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn fails_when_the_counter_wants_an_online_pre_application() {
        let p = r#"
- id: cni
  title: Carte d'identité
  channels:
    counter: { contact: accueil, requires: [account] }
"#;
        assert!(matches!(
            verdict(&NoDigitalPrerequisite, p),
            Verdict::Fail(_)
        ));
    }
}
