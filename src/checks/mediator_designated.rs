//! `mediator_designated` (authority level): the authority names a person who
//! helps residents do procedures without the internet (`authority.mediator`),
//! reachable without the internet (a counter, phone or postal contact), as
//! Villeurbanne committed to in 2023.

use super::{AuthorityCheck, CheckContext, Failure, Verdict};
use crate::i18n::Message;

pub struct MediatorDesignated;

impl AuthorityCheck for MediatorDesignated {
    fn check_authority(&self, ctx: &CheckContext) -> Verdict {
        let line = ctx.authority.location.line;
        match &ctx.authority.mediator {
            None => Verdict::Fail(vec![Failure::at_line(
                line,
                Message::new("check-no-mediator"),
            )]),
            // The one definition of offline: an e-mail address, a robot line or
            // a counter bookable only online does not make the mediator reachable.
            Some(m) => match m.offline_status() {
                Ok(()) => Verdict::Pass,
                Err(why) => Verdict::Fail(vec![Failure::at_line(
                    line,
                    Message::new("check-mediator-not-offline").arg("reason", why.message_key()),
                )]),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::checks::fixture::HEADER;
    use crate::checks::CheckContext;

    fn verdict(extra_authority: &str) -> Verdict {
        let text = HEADER.replacen("  level: commune\n", &format!("  level: commune\n{extra_authority}"), 1)
            + "procedures:\n  - id: a\n    title: A\n    channels: { counter: { contact: accueil } }\n";
        let catalog = catalog::from_str("essai.yaml", &text).unwrap();
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: chrono::NaiveDate::MIN,
            evidence: None,
        };
        MediatorDesignated.check_authority(&ctx)
    }

    #[test]
    fn fails_without_mediator() {
        assert!(matches!(verdict(""), Verdict::Fail(_)));
    }

    #[test]
    fn fails_when_the_mediator_is_an_email() {
        assert!(matches!(verdict("  mediator: mail\n"), Verdict::Fail(_)));
    }

    #[test]
    fn fails_when_the_mediator_is_a_robot_or_booked_only_online() {
        assert!(matches!(verdict("  mediator: robot\n"), Verdict::Fail(_)));
        assert!(matches!(verdict("  mediator: titres\n"), Verdict::Fail(_)));
    }

    #[test]
    fn passes_with_a_counter() {
        assert_eq!(verdict("  mediator: accueil\n"), Verdict::Pass);
    }
}
