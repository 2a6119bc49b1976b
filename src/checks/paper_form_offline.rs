//! `paper_form_offline`: when postal sending needs a paper form, the form can
//! be obtained without the internet (at the counter, by post or by phone).
//! A form that can only be downloaded turns the postal route into an online one.

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;

pub struct PaperFormOffline;

impl ProcedureCheck for PaperFormOffline {
    fn check_procedure(&self, procedure: &Procedure, _ctx: &CheckContext) -> Verdict {
        let forms: Vec<_> = procedure
            .all_channels()
            .filter(|(_, c)| c.kind == ChannelKind::Postal && c.paper_form.is_some())
            .collect();
        if forms.is_empty() {
            return Verdict::NotApplicable(Message::new("na-no-paper-form"));
        }
        let failures = forms
            .into_iter()
            .filter(|(_, c)| c.form_only_downloadable())
            .map(|(part, c)| {
                let form = c.paper_form.clone().unwrap_or_default();
                Failure::in_part(
                    procedure,
                    part,
                    Message::new("check-form-download-only").arg("form", form),
                )
                .about_channel(c, "paper_form")
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::verdict;

    fn procedure(form_from: &str) -> String {
        format!(
            r#"
- id: urbanisme
  title: Déclaration préalable
  channels:
    postal: {{ contact: courrier, paper_form: "Cerfa 13703*08", form_from: {form_from} }}
"#
        )
    }

    #[test]
    fn fails_when_only_downloadable() {
        assert!(matches!(
            verdict(&PaperFormOffline, &procedure("[download]")),
            Verdict::Fail(_)
        ));
    }

    #[test]
    fn passes_when_also_at_the_counter() {
        assert_eq!(
            verdict(&PaperFormOffline, &procedure("[counter, download]")),
            Verdict::Pass
        );
    }
}
