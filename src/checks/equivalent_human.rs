//! `equivalent_human`: a non-digital measure accepted in place of a counter,
//! a phone or the post (`other_offline`) is clearly carried by a person: a
//! staffed counter, or a line answered by a person. Anything else (a line
//! whose answer is not stated, an exchange of letters standing in for a
//! person) may still be equivalent, but the authority has to show it: the
//! Constitutional Court (C.C. n° 126/2025) accepts a replacement only of at
//! least equivalent level. A measure already refused as an equivalent is the
//! channel rule's finding, not this one's.

use super::{CheckContext, Failure, ProcedureCheck, Verdict};
use crate::catalog::resolve::kind_name;
use crate::catalog::Procedure;
use crate::i18n::Message;

pub struct EquivalentHuman;

impl ProcedureCheck for EquivalentHuman {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let mut measured = false;
        let mut failures = Vec::new();
        for part in procedure.parts() {
            let Some(replaced) = part.channels.other_offline.as_ref().and_then(|o| o.replaces)
            else {
                continue;
            };
            let Some(Ok(equivalent)) = part.channels.equivalent_for(replaced) else {
                continue;
            };
            measured = true;
            if !equivalent.contact.clearly_human() {
                failures.push(Failure {
                    step: part.step.map(|s| s.name.clone()),
                    line: equivalent.line,
                    message: Message::new("check-equivalent-not-clearly-human")
                        .arg("channel", replaced.as_str())
                        .arg("kind", kind_name(equivalent.contact.kind)),
                    about: Some(format!("{}-equivalent", replaced.as_str())),
                    contact: None,
                });
            }
        }
        if !measured {
            return Verdict::NotApplicable(Message::new("na-no-equivalent"));
        }
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::{fails, verdict, COMPLETE};

    fn replacing(replaces: &str, measure: &str) -> String {
        format!(
            r#"
- id: remplacement
  title: Remplacement
  channels:
    counter: {{ contact: accueil }}
    postal: {{ contact: courrier }}
    other_offline:
      replaces: {replaces}
      description: Mesure de remplacement
      {measure}
"#
        )
    }

    #[test]
    fn a_staffed_counter_or_a_human_line_is_clearly_human() {
        let visit = replacing(
            "phone",
            "kind: counter\n      name: Visites à domicile\n      address: Sur demande",
        );
        assert_eq!(verdict(&EquivalentHuman, &visit), Verdict::Pass);
        let line = replacing(
            "phone",
            "kind: phone\n      number: \"04 78 00 00 09\"\n      answered_by: ivr_then_human",
        );
        assert_eq!(verdict(&EquivalentHuman, &line), Verdict::Pass);
    }

    #[test]
    fn a_line_whose_answer_is_unstated_must_be_justified() {
        let line = replacing("phone", "kind: phone\n      number: \"04 78 00 00 09\"");
        let Verdict::Fail(f) = verdict(&EquivalentHuman, &line) else {
            panic!()
        };
        assert_eq!(f[0].message.key, "check-equivalent-not-clearly-human");
    }

    #[test]
    fn no_replacement_or_a_refused_one_is_not_this_check_s_business() {
        assert!(matches!(
            verdict(&EquivalentHuman, COMPLETE),
            Verdict::NotApplicable(_)
        ));
        // The postal contact replacing the phone serves the postal channel
        // already: refused as an equivalent by the channel rule.
        let reused = replacing("phone", "contact: courrier");
        assert!(!fails(&verdict(&EquivalentHuman, &reused)));
    }
}
