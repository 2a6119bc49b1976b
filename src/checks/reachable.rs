//! `reachable`: the procedure has at least one route, online or not, that
//! covers it in full. A procedure with none is a data error: the catalogue
//! describes something nobody can complete, which is not a compliant entry.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{Access, Procedure};
use crate::i18n::Message;

pub struct Reachable;

impl ProcedureCheck for Reachable {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let failures = procedure
            .parts()
            .filter(|part| part.channels.access() == Access::Unreachable)
            .map(|part| Failure::in_part(procedure, part, Message::new("check-unreachable")))
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{verdict, COMPLETE};

    #[test]
    fn passes_with_a_full_route() {
        assert_eq!(verdict(&Reachable, COMPLETE), Verdict::Pass);
        let online_only = r#"
- id: en-ligne
  title: En ligne
  channels:
    online: { url: "https://essai.example/d" }
"#;
        assert_eq!(verdict(&Reachable, online_only), Verdict::Pass);
    }

    #[test]
    fn fails_when_every_channel_is_partial() {
        let p = r#"
- id: renseignement
  title: Renseignement
  channels:
    phone: { contact: standard, covers: info }
    online: { url: "https://essai.example/d", covers: partial }
"#;
        assert!(matches!(verdict(&Reachable, p), Verdict::Fail(_)));
    }
}
