//! `booking_offline`: a counter that needs an appointment can be booked
//! without the internet (by phone, at the desk or by post).
//!
//! TA Grenoble 2025 ordered a non-dematerialised way to get an appointment; CE
//! 2019 held mandatory online appointment-taking unlawful. Such a counter is
//! not an offline channel, and this check names the cause.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::Appointment;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct BookingOffline;

impl ProcedureCheck for BookingOffline {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let counters: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| {
                c.kind == ChannelKind::Counter && c.contact.appointment == Appointment::Required
            })
            .collect();
        if counters.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-appointment"));
        }
        let failures = counters
            .into_iter()
            .filter(|(_, c)| c.contact.booking_needs_internet() || c.contact.booking_unspecified())
            .map(|(part, c)| {
                let key = if c.contact.booking_unspecified() {
                    "check-booking-unspecified"
                } else {
                    "check-booking-online-only"
                };
                Failure::in_part(
                    procedure,
                    part,
                    // An inline counter has neither name nor id: say where it is
                    // (its address), else that it is the procedure's counter.
                    Message::new(key).arg(
                        "contact",
                        c.contact
                            .name
                            .as_deref()
                            .or(c.contact.id.as_deref())
                            .or(c.contact.real_address())
                            .map_or_else(
                                || format!("{} ({})", procedure.title, procedure.id),
                                str::to_owned,
                            ),
                    ),
                )
                .on_contact(c, "booking")
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
    fn not_applicable_without_appointment() {
        assert!(matches!(
            verdict(&BookingOffline, COMPLETE),
            Verdict::NotApplicable(_)
        ));
    }

    #[test]
    fn fails_when_only_online_booking() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres }
"#;
        assert!(matches!(verdict(&BookingOffline, p), Verdict::Fail(_)));
    }

    #[test]
    fn passes_when_bookable_by_phone_too() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres, booking: [online, phone] }
"#;
        assert_eq!(verdict(&BookingOffline, p), Verdict::Pass);
    }
}
