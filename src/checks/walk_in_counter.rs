//! `walk_in_counter`: when a procedure has counters, at least one of them
//! receives people without a mandatory appointment (walk-in). A procedure
//! without any counter is left to `channel_offered`.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::Appointment;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct WalkInCounter;

impl ProcedureCheck for WalkInCounter {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let counters: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| c.kind == ChannelKind::Counter)
            .collect();
        if counters.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-counter"));
        }
        if counters
            .iter()
            .any(|(_, c)| c.contact.appointment != Appointment::Required)
        {
            Verdict::Pass
        } else {
            Verdict::Fail(vec![Failure::at_line(
                procedure.location.line,
                Message::new("check-no-walk-in-counter"),
            )])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{fails, verdict, COMPLETE};

    #[test]
    fn a_counter_without_mandatory_appointment_passes() {
        assert_eq!(verdict(&WalkInCounter, COMPLETE), Verdict::Pass);
    }

    #[test]
    fn appointment_only_counters_fail_even_when_bookable_by_phone() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres, booking: [phone, counter] }
"#;
        assert!(fails(&verdict(&WalkInCounter, p)));
    }

    #[test]
    fn no_counter_is_not_this_check_s_concern() {
        let p = r#"
- id: tel
  title: Par téléphone
  channels:
    phone: { contact: standard }
"#;
        assert!(matches!(
            verdict(&WalkInCounter, p),
            Verdict::NotApplicable(_)
        ));
    }
}
