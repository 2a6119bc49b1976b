//! `channel_offered`: the procedure (and each of its steps) can be done in full
//! through a given offline channel: counter, phone or postal.
//!
//! A channel that covers only information, a counter bookable only online, a
//! form only downloadable or a phone answered only by a machine does not count
//! (see `Channel::offline_status`). With `accept_equivalent`, an `other_offline`
//! channel that `replaces` this one counts in its place (Brussels, C.C. 126/2025).
//! With `only_if_online`, only procedures that have an online route are
//! concerned: the channel must be kept once a procedure is dematerialised
//! (Runel bill).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::ReplaceableChannel;
use crate::catalog::procedure::EquivalentRefused;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChannelOffered {
    /// The channel required: counter, phone or postal.
    pub channel: ReplaceableChannel,
    /// Whether an `other_offline` channel replacing it is accepted instead.
    #[serde(default)]
    pub accept_equivalent: bool,
    /// Only procedures offering an online route are concerned.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub only_if_online: bool,
    /// The channel's presence is enough, whatever it covers or whoever
    /// answers: only its absence fails (Wallonia: the decree requires « un
    /// service téléphonique » and does not settle what it must allow).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub presence_suffices: bool,
    /// Only the parts where the channel is present are concerned: it is
    /// judged, its absence is another rule's business.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub only_if_present: bool,
    /// The channel is owed to the procedure, not to each of its steps: one
    /// part offering it suffices (Wallonia asks for « un service
    /// téléphonique » for the procedure, not that every document be filed by
    /// phone), and a miss is one finding on the procedure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_procedure: bool,
}

impl ProcedureCheck for ChannelOffered {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        if self.only_if_online && procedure.online_channels().next().is_none() {
            return Verdict::NotApplicable(Message::new("na-not-online"));
        }
        let kind = ChannelKind::from_replaceable(self.channel);
        let present = |part: &crate::catalog::procedure::Part<'_>| part.channels.get(kind).is_some();
        if self.only_if_present && !procedure.parts().any(|part| present(&part)) {
            return Verdict::NotApplicable(
                Message::new("na-channel-absent").arg("channel", kind.as_str()),
            );
        }
        let satisfied = |part: &crate::catalog::procedure::Part<'_>| {
            (self.presence_suffices && present(part))
                || part.channels.offers_offline(kind, self.accept_equivalent)
        };
        if self.per_procedure && procedure.parts().any(|part| satisfied(&part)) {
            return Verdict::Pass;
        }
        let mut failures: Vec<Failure> = procedure
            .parts()
            .filter(|part| !self.only_if_present || present(part))
            .filter(|part| !satisfied(part))
            .map(|part| {
                let equivalent = part.channels.equivalent_for(kind);
                let message = match (part.channels.get(kind).map(|c| c.offline_status()), equivalent) {
                    (_, Some(Err(refused))) if self.accept_equivalent => {
                        equivalent_refused(kind, refused)
                    }
                    (Some(Err(why)), _) => Message::new("check-channel-not-offline")
                        .arg("channel", kind.as_str())
                        .arg("reason", why.message_key()),
                    (_, Some(_)) => Message::new("check-channel-equivalent-refused")
                        .arg("channel", kind.as_str()),
                    _ => Message::new("check-channel-missing").arg("channel", kind.as_str()),
                };
                Failure::in_part(procedure, part, message)
            })
            .collect();
        if self.per_procedure {
            // No part offers it: one finding, on the procedure itself.
            failures.truncate(1);
            for f in &mut failures {
                f.step = None;
                f.line = procedure.step_line(None);
            }
        }
        Verdict::from_failures(failures)
    }
}

/// Why a measure declared in place of `kind` is no equivalent (C.C. n° 126/2025).
fn equivalent_refused(kind: ChannelKind, refused: EquivalentRefused) -> Message {
    let message = Message::new("check-equivalent-refused").arg("channel", kind.as_str());
    match refused {
        EquivalentRefused::NotOffline(why) => message
            .arg("because", "not-offline")
            .arg("reason", why.message_key()),
        EquivalentRefused::ServesAnotherChannel(other) => message
            .arg("because", "serves-another")
            .arg("other", other.as_str()),
        EquivalentRefused::NotPhysical => message.arg("because", "not-physical"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{fails, verdict, COMPLETE};

    fn check(channel: ReplaceableChannel, accept_equivalent: bool) -> ChannelOffered {
        ChannelOffered {
            channel,
            accept_equivalent,
            only_if_online: false,
            presence_suffices: false,
            only_if_present: false,
            per_procedure: false,
        }
    }

    #[test]
    fn passes_when_the_channel_is_full_and_offline() {
        for channel in [
            ReplaceableChannel::Counter,
            ReplaceableChannel::Phone,
            ReplaceableChannel::Postal,
        ] {
            assert_eq!(verdict(&check(channel, false), COMPLETE), Verdict::Pass);
        }
    }

    #[test]
    fn fails_when_the_channel_is_missing() {
        let p = r#"
- id: sans-telephone
  title: Sans téléphone
  channels:
    counter: { contact: accueil }
"#;
        let v = verdict(&check(ReplaceableChannel::Phone, false), p);
        let Verdict::Fail(f) = v else { panic!("{v:?}") };
        assert_eq!(f[0].message.key, "check-channel-missing");
    }

    #[test]
    fn a_phone_for_information_only_does_not_count() {
        let p = r#"
- id: info
  title: Info seulement
  channels:
    counter: { contact: accueil }
    phone: { contact: standard, covers: info }
"#;
        let Verdict::Fail(f) = verdict(&check(ReplaceableChannel::Phone, false), p) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-channel-not-offline");
    }

    #[test]
    fn a_counter_bookable_only_online_does_not_count() {
        let p = r#"
- id: passeport
  title: Passeport
  channels:
    counter: { contact: titres }
"#;
        assert!(fails(&verdict(
            &check(ReplaceableChannel::Counter, false),
            p
        )));
    }

    #[test]
    fn other_offline_counts_only_when_equivalents_are_accepted() {
        let p = r#"
- id: visite
  title: Aide à domicile
  channels:
    counter: { contact: accueil }
    other_offline:
      replaces: phone
      description: Visite à domicile sur demande
      kind: counter
      name: Visites à domicile
      address: Sur demande
"#;
        let refused = verdict(&check(ReplaceableChannel::Phone, false), p);
        let Verdict::Fail(f) = refused else { panic!() };
        assert_eq!(f[0].message.key, "check-channel-equivalent-refused");
        assert_eq!(
            verdict(&check(ReplaceableChannel::Phone, true), p),
            Verdict::Pass
        );
        // The counter's own contact relabelled as the phone's replacement:
        // one channel cannot count twice (C.C. n° 126/2025).
        let relabelled = p.replace(
            "kind: counter\n      name: Visites à domicile\n      address: Sur demande",
            "contact: accueil",
        );
        let Verdict::Fail(f) = verdict(&check(ReplaceableChannel::Phone, true), &relabelled) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-equivalent-refused");
    }

    #[test]
    fn an_equivalent_that_is_not_offline_does_not_count() {
        // The one definition of offline applies to the replacement too: a
        // robot line replacing the counter, or a counter bookable only online
        // replacing the phone, is no equivalent (C.C. 126/2025: non-digital).
        for (replaces, contact) in [
            (ReplaceableChannel::Counter, "robot"),
            (ReplaceableChannel::Phone, "titres"),
            (ReplaceableChannel::Postal, "mail"),
        ] {
            let p = format!(
                r#"
- id: remplacement
  title: Remplacement
  channels:
    other_offline:
      replaces: {}
      description: Mesure de remplacement
      contact: {contact}
"#,
                ChannelKind::from_replaceable(replaces).as_str()
            );
            assert!(
                fails(&verdict(&check(replaces, true), &p)),
                "{contact} replacing {replaces:?}"
            );
        }
    }

    #[test]
    fn presence_and_quality_can_be_judged_apart() {
        // Wallonia: no phone at all is one rule, a weak phone another.
        let absent = ChannelOffered {
            presence_suffices: true,
            ..check(ReplaceableChannel::Phone, false)
        };
        let weak = ChannelOffered {
            only_if_present: true,
            ..check(ReplaceableChannel::Phone, false)
        };
        let none = r#"
- id: sans
  title: Sans téléphone
  channels:
    counter: { contact: accueil }
"#;
        let info = r#"
- id: info
  title: Renseignements seulement
  channels:
    counter: { contact: accueil }
    phone: { contact: standard, covers: info }
"#;
        let machine = r#"
- id: robot
  title: Robot
  channels:
    phone: { contact: robot }
"#;
        assert!(fails(&verdict(&absent, none)));
        assert_eq!(verdict(&absent, info), Verdict::Pass);
        assert_eq!(verdict(&absent, machine), Verdict::Pass);
        assert!(matches!(verdict(&weak, none), Verdict::NotApplicable(_)));
        assert!(fails(&verdict(&weak, info)));
        assert!(fails(&verdict(&weak, machine)));
        assert_eq!(verdict(&weak, COMPLETE), Verdict::Pass);
    }

    /// A phone for the appointment, none for the documents.
    const TWO_STEPS: &str = r#"
- id: etapes
  title: En deux étapes
  steps:
    - name: Rendez-vous
      channels:
        phone: { contact: standard }
    - name: Pièces justificatives
      channels:
        counter: { contact: accueil }
"#;

    #[test]
    fn every_step_needs_the_channel() {
        let Verdict::Fail(f) = verdict(&check(ReplaceableChannel::Phone, false), TWO_STEPS) else {
            panic!()
        };
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].step.as_deref(), Some("Pièces justificatives"));
    }

    #[test]
    fn a_channel_owed_per_procedure_is_judged_on_the_whole_procedure() {
        let owed = ChannelOffered {
            presence_suffices: true,
            per_procedure: true,
            ..check(ReplaceableChannel::Phone, false)
        };
        // The phone serves the appointment step: the « pièces » step needs none.
        assert_eq!(verdict(&owed, TWO_STEPS), Verdict::Pass);
        // No phone anywhere: one finding, on the procedure.
        let none = TWO_STEPS.replace("phone: { contact: standard }", "postal: { contact: courrier }");
        let Verdict::Fail(f) = verdict(&owed, &none) else {
            panic!()
        };
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].step, None);
    }

    #[test]
    fn only_if_online_leaves_offline_procedures_alone() {
        let kept = ChannelOffered {
            channel: ReplaceableChannel::Postal,
            accept_equivalent: false,
            only_if_online: true,
            presence_suffices: false,
            only_if_present: false,
            per_procedure: false,
        };
        let offline = r#"
- id: guichet
  title: Au guichet
  channels:
    counter: { contact: accueil }
"#;
        assert!(matches!(verdict(&kept, offline), Verdict::NotApplicable(_)));
        let dematerialised = r#"
- id: en-ligne
  title: En ligne et au guichet
  channels:
    online: { url: "https://essai.example/d" }
    counter: { contact: accueil }
"#;
        assert!(fails(&verdict(&kept, dematerialised)));
        assert_eq!(verdict(&kept, COMPLETE), Verdict::Pass);
    }
}
