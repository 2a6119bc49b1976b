//! `teleservice_safeguards`: a teleservice that a text makes mandatory comes
//! with its safeguards (CE 3 June 2022, n° 452798): the text is named
//! (`legal_basis`), a substitute contact takes over when it fails or cannot be
//! used (`substitute`), and people are helped through it (`assistance`).
//! With `only_mandatory: false` every online channel needs a substitute
//! (Défenseur des droits' "clause de protection").

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::Procedure;
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeleserviceSafeguards {
    /// Only mandatory teleservices are concerned (default true).
    #[serde(default = "yes")]
    pub only_mandatory: bool,
    /// Assistance is required too (default true).
    #[serde(default = "yes")]
    pub require_assistance: bool,
}

fn yes() -> bool {
    true
}

impl ProcedureCheck for TeleserviceSafeguards {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let concerned: Vec<_> = procedure
            .online_channels()
            .filter(|(_, o)| o.mandatory || !self.only_mandatory)
            .collect();
        if concerned.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-mandatory-online"));
        }
        let mut failures = Vec::new();
        for (part, online) in concerned {
            if online.mandatory
                && online
                    .legal_basis
                    .as_deref()
                    .is_none_or(|b| b.trim().is_empty())
            {
                failures.push(Failure::in_part(
                    procedure,
                    part,
                    Message::new("check-teleservice-no-basis"),
                ).with_about("legal_basis"));
            }
            // The substitute is judged by the one definition of offline
            // (`Contact::offline_status`): an e-mail address, a robot line or a
            // counter bookable only online is no substitute.
            let substitute_status = online.substitute.as_ref().map(|s| s.offline_status());
            let offline_substitute = matches!(substitute_status, Some(Ok(())));
            // An optional teleservice beside an offline channel already leaves a way out.
            let way_out = offline_substitute || (part.channels.has_offline() && !online.mandatory);
            if !way_out {
                let message = match substitute_status {
                    Some(Err(why)) => Message::new("check-teleservice-substitute-not-offline")
                        .arg("reason", why.message_key()),
                    _ => Message::new("check-teleservice-no-substitute"),
                };
                failures.push(Failure::in_part(procedure, part, message).with_about("substitute"));
            }
            // The CE requires « un accompagnement »: any help a person can get
            // without the internet, judged by the same definition.
            let offline_help = procedure.assistance.iter().any(|a| a.is_offline());
            if self.require_assistance && online.mandatory && !offline_help {
                let message = match procedure.assistance.first().map(|a| a.offline_status()) {
                    Some(Err(why)) => Message::new("check-teleservice-assistance-not-offline")
                        .arg("reason", why.message_key()),
                    _ => Message::new("check-teleservice-no-assistance"),
                };
                failures.push(Failure::in_part(procedure, part, message).with_about("assistance"));
            }
        }
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    const MANDATORY: TeleserviceSafeguards = TeleserviceSafeguards {
        only_mandatory: true,
        require_assistance: true,
    };

    #[test]
    fn not_applicable_to_an_optional_teleservice() {
        assert!(matches!(
            verdict(&MANDATORY, COMPLETE),
            Verdict::NotApplicable(_)
        ));
    }

    #[test]
    fn passes_with_every_safeguard() {
        let p = r#"
- id: titre-sejour
  title: Titre de séjour
  assistance: [accueil]
  channels:
    online:
      url: "https://essai.example/anef"
      mandatory: true
      legal_basis: "Arrêté du 27 avril 2021"
      substitute: accueil
"#;
        assert_eq!(verdict(&MANDATORY, p), Verdict::Pass);
    }

    #[test]
    fn fails_without_substitute_nor_assistance() {
        let p = r#"
- id: titre-sejour
  title: Titre de séjour
  channels:
    online: { url: "https://essai.example/anef", mandatory: true }
"#;
        let Verdict::Fail(f) = verdict(&MANDATORY, p) else {
            panic!()
        };
        let keys: Vec<_> = f.iter().map(|f| f.message.key).collect();
        assert_eq!(
            keys,
            [
                "check-teleservice-no-basis",
                "check-teleservice-no-substitute",
                "check-teleservice-no-assistance"
            ]
        );
    }

    #[test]
    fn a_substitute_or_assistance_that_is_not_offline_does_not_count() {
        // An e-mail substitute loads and is reported; a robot line or a
        // counter bookable only online is no substitute either.
        for (substitute, assistance) in [("mail", "robot"), ("robot", "titres"), ("titres", "mail")]
        {
            let p = format!(
                r#"
- id: titre-sejour
  title: Titre de séjour
  assistance: [{assistance}]
  channels:
    online:
      url: "https://essai.example/anef"
      mandatory: true
      legal_basis: "Arrêté du 27 avril 2021"
      substitute: {substitute}
"#
            );
            let Verdict::Fail(f) = verdict(&MANDATORY, &p) else {
                panic!("{substitute} must not pass")
            };
            let keys: Vec<_> = f.iter().map(|f| f.message.key).collect();
            assert_eq!(
                keys,
                [
                    "check-teleservice-substitute-not-offline",
                    "check-teleservice-assistance-not-offline"
                ],
                "{substitute}/{assistance}"
            );
        }
    }

    #[test]
    fn every_teleservice_needs_a_way_out_when_asked() {
        let all = TeleserviceSafeguards {
            only_mandatory: false,
            require_assistance: false,
        };
        assert_eq!(verdict(&all, COMPLETE), Verdict::Pass);
        let p = r#"
- id: en-ligne
  title: En ligne
  channels:
    online: { url: "https://essai.example/d" }
"#;
        assert!(matches!(verdict(&all, p), Verdict::Fail(_)));
    }
}
