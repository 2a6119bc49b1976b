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
}

impl ProcedureCheck for ChannelOffered {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        if self.only_if_online && procedure.online_channels().next().is_none() {
            return Verdict::NotApplicable(Message::new("na-not-online"));
        }
        let kind = ChannelKind::from_replaceable(self.channel);
        let present = |part: &crate::catalog::resolve::Part<'_>| part.channels.get(kind).is_some();
        if self.only_if_present && !procedure.parts().any(|part| present(&part)) {
            return Verdict::NotApplicable(
                Message::new("na-channel-absent").arg("channel", kind.as_str()),
            );
        }
        let failures = procedure
            .parts()
            .filter(|part| !self.only_if_present || present(part))
            .filter(|part| !(self.presence_suffices && present(part)))
            .filter(|part| !part.channels.offers_offline(kind, self.accept_equivalent))
            .map(|part| {
                let message = match part.channels.get(kind).map(|c| c.offline_status()) {
                    Some(Err(why)) => Message::new("check-channel-not-offline")
                        .arg("channel", kind.as_str())
                        .arg("reason", why.message_key()),
                    _ if part
                        .channels
                        .other_offline
                        .as_ref()
                        .is_some_and(|o| o.replaces == Some(kind)) =>
                    {
                        Message::new("check-channel-equivalent-refused")
                            .arg("channel", kind.as_str())
                    }
                    _ => Message::new("check-channel-missing").arg("channel", kind.as_str()),
                };
                Failure::in_part(procedure, part, message)
            })
            .collect();
        Verdict::from_failures(failures)
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
      contact: accueil
"#;
        let refused = verdict(&check(ReplaceableChannel::Phone, false), p);
        let Verdict::Fail(f) = refused else { panic!() };
        assert_eq!(f[0].message.key, "check-channel-equivalent-refused");
        assert_eq!(
            verdict(&check(ReplaceableChannel::Phone, true), p),
            Verdict::Pass
        );
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

    #[test]
    fn every_step_needs_the_channel() {
        let p = r#"
- id: etapes
  title: En deux étapes
  steps:
    - name: Rendez-vous
      channels:
        phone: { contact: standard }
    - name: Dépôt
      channels:
        counter: { contact: accueil }
"#;
        let Verdict::Fail(f) = verdict(&check(ReplaceableChannel::Phone, false), p) else {
            panic!()
        };
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].step.as_deref(), Some("Dépôt"));
    }

    #[test]
    fn only_if_online_leaves_offline_procedures_alone() {
        let kept = ChannelOffered {
            channel: ReplaceableChannel::Postal,
            accept_equivalent: false,
            only_if_online: true,
            presence_suffices: false,
            only_if_present: false,
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
