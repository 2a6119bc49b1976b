//! `deadline_postal`: a request subject to a deadline can be sent by post, the
//! postmark being proof of the date (CRPA L. 112-1), unless a text requires
//! personal presence (an exemption on ground `legal_text`).

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct DeadlinePostal;

impl ProcedureCheck for DeadlinePostal {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        if !procedure.deadline {
            return Verdict::NotApplicable(Message::new("na-no-deadline"));
        }
        let failures = procedure
            .parts()
            .filter(|part| !part.channels.offers_offline(ChannelKind::Postal, false))
            .map(|part| Failure::in_part(procedure, part, Message::new("check-deadline-no-postal")))
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    #[test]
    fn not_applicable_without_deadline() {
        assert!(matches!(
            verdict(&DeadlinePostal, COMPLETE),
            Verdict::NotApplicable(_)
        ));
    }

    #[test]
    fn passes_when_postal_is_accepted() {
        assert_eq!(
            verdict(&DeadlinePostal, &format!("{COMPLETE}  deadline: true\n")),
            Verdict::Pass
        );
    }

    #[test]
    fn fails_without_postal() {
        let p = r#"
- id: recours
  title: Recours
  deadline: true
  channels:
    counter: { contact: accueil }
"#;
        assert!(matches!(verdict(&DeadlinePostal, p), Verdict::Fail(_)));
    }
}
