//! `page_agrees`: the procedure's public page does not contradict a declared
//! offline channel: it does not call the procedure online-only, does not say
//! the counter's appointment is booked online only, and does not give a
//! premium-rate number in place of the declared line. Reads the evidence of
//! `horsligne verify`; not applicable when it did not run.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ProcedureCheck, CheckContext, Failure, Verdict};
use crate::catalog::model::ReplaceableChannel;
use crate::catalog::{ChannelKind, Procedure};
use crate::i18n::Message;
use crate::verify::EvidenceVerdict;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PageAgrees {
    /// The declared channel compared with the page: counter, phone or postal.
    pub channel: ReplaceableChannel,
}

impl ProcedureCheck for PageAgrees {
    fn check_procedure(&self, procedure: &Procedure, ctx: &CheckContext) -> Verdict {
        let found = match ctx.page_evidence(procedure) {
            Ok(found) => found,
            Err(not_applicable) => return not_applicable,
        };
        let kind = ChannelKind::from_replaceable(self.channel);
        let mine: Vec<_> = found
            .channels
            .iter()
            .filter(|c| c.channel == kind)
            .collect();
        if mine.is_empty() {
            return Verdict::NotApplicable(
                Message::new("na-channel-not-compared").arg("channel", kind.as_str()),
            );
        }
        let failures = mine
            .into_iter()
            .filter(|c| c.verdict == EvidenceVerdict::Contradicted)
            .map(|c| Failure {
                step: c.step.clone(),
                line: c.line,
                message: Message::new("check-page-contradicts")
                    .arg("channel", kind.as_str())
                    .arg("basis", c.basis.as_str())
                    .arg("url", c.url.as_deref().unwrap_or("—"))
                    .arg("found", c.found.join(", "))
                    .arg("declared", c.declared_for_people())
                    .arg("snippet", c.snippet.as_deref().unwrap_or("")),
                about: Some(format!("{}:{}", kind.as_str(), c.basis.as_str())),
                contact: None,
            })
            .collect();
        Verdict::from_failures(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::fixture::catalog;
    use crate::reading::extract::extract;
    use crate::verify::evidence::{assess, Basis, PageEvidence, PageRole, PageState};
    use crate::verify::{Evidence, Phrases};

    const WITH_PAGE: &str = r#"
- id: acte
  title: Copie d'acte
  page: "https://essai.example/acte"
  channels:
    counter: { contact: accueil }
    phone: { contact: standard }
    postal: { contact: courrier }
"#;

    /// The verdict of `page_agrees` on `channel` when the page reads `html`.
    fn verdict_for(channel: ReplaceableChannel, html: Option<&str>) -> Verdict {
        let catalog = catalog(WITH_PAGE);
        let procedure = &catalog.procedures[0];
        let evidence = evidence_for(html);
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: chrono::NaiveDate::MIN,
            evidence: Some(&evidence),
        };
        PageAgrees { channel }.check_procedure(procedure, &ctx)
    }

    /// What `verify` finds on the page `html` for the procedure of `WITH_PAGE`.
    fn evidence_for(html: Option<&str>) -> Evidence {
        let catalog = catalog(WITH_PAGE);
        let procedure = &catalog.procedures[0];
        let phrases = Phrases::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        let mut evidence = Evidence::default();
        if let Some(html) = html {
            let addresses: Vec<String> = procedure
                .all_channels()
                .filter_map(|(_, c)| c.contact.address.clone())
                .collect();
            let facts = extract(html, "FR", &phrases, &addresses);
            let page = PageEvidence {
                role: PageRole::Page,
                url: "https://essai.example/acte".into(),
                final_url: None,
                fetched_at: None,
                http_status: Some(200),
                content_hash: None,
                state: PageState::Ok,
                reason: None,
                detail: None,
                from_cache: false,
            };
            evidence.procedures.insert(
                procedure.id.clone(),
                assess(procedure, vec![(page, Some(facts))]),
            );
        }
        evidence
    }

    /// The verdict and basis of `verify` on the declared `kind` channel.
    fn basis_for(html: &str, kind: ChannelKind) -> (EvidenceVerdict, Basis) {
        let evidence = evidence_for(Some(html));
        let found = evidence.get("acte").unwrap_or_else(|| panic!("no evidence"));
        found
            .channels
            .iter()
            .find(|c| c.channel == kind)
            .map(|c| (c.verdict, c.basis))
            .unwrap_or_else(|| panic!("{kind:?} not compared"))
    }

    #[test]
    fn another_number_for_the_procedure_is_a_finding_with_both_numbers() {
        let html = "<main><p>Renseignements au 04 78 11 22 33.</p></main>\
                    <footer>Mairie d'Essai – Tél. 04 78 00 00 00</footer>";
        let Verdict::Fail(failures) = verdict_for(ReplaceableChannel::Phone, Some(html)) else {
            panic!("expected a failure");
        };
        let text = failures[0].message.render(crate::i18n::Lang::Fr);
        assert!(text.contains("autre numéro"), "{text}");
        assert!(text.contains("04 78 11 22 33"), "{text}");
        assert!(text.contains("04 78 00 00 00"), "{text}");
    }

    #[test]
    fn the_footer_confirms_nothing_and_contradicts_nothing() {
        // The declared number and address only in the footer: not confirmed,
        // not contradicted either.
        let html = "<main><p>Venez au guichet avec votre livret de famille.</p></main>\
                    <footer>Mairie, 1 place de la Mairie, 69000 Essai – Tél. 04 78 00 00 00</footer>";
        for kind in [ChannelKind::Phone, ChannelKind::Counter] {
            assert_eq!(
                basis_for(html, kind),
                (EvidenceVerdict::NotFound, Basis::OnlyInFrame),
                "{kind:?}"
            );
        }
        assert_eq!(
            verdict_for(ReplaceableChannel::Counter, Some(html)),
            Verdict::Pass
        );
        // In the content, the same address confirms the counter.
        let html = "<main><p>Accueil : 1 place de la Mairie, 69000 Essai.</p></main>";
        assert_eq!(
            basis_for(html, ChannelKind::Counter),
            (EvidenceVerdict::Confirmed, Basis::AddressOnPage)
        );
    }

    #[test]
    fn another_address_in_the_same_town_is_a_finding() {
        let html = "<main><p>Le service a déménagé : accueil au 12 rue Neuve, 69000 Essai.</p></main>";
        let Verdict::Fail(failures) = verdict_for(ReplaceableChannel::Counter, Some(html)) else {
            panic!("expected a failure");
        };
        let text = failures[0].message.render(crate::i18n::Lang::Fr);
        assert!(text.contains("12 rue Neuve"), "{text}");
        assert!(text.contains("1 place de la Mairie"), "{text}");
        // Another town's address (the prefecture) is not this counter's.
        let html = "<main><p>Préfecture : 12 rue Neuve, 69003 Lyon.</p></main>";
        assert_eq!(
            verdict_for(ReplaceableChannel::Counter, Some(html)),
            Verdict::Pass
        );
    }

    #[test]
    fn another_services_line_is_not_another_number() {
        let html = "<main><p>En cas d'urgence, appelez la police au 04 78 99 99 99.</p></main>";
        assert_eq!(
            verdict_for(ReplaceableChannel::Phone, Some(html)),
            Verdict::Pass
        );
    }

    #[test]
    fn a_page_giving_the_number_agrees() {
        let html = "<p>Appelez le 04.78.00.00.00, du lundi au vendredi de 9h à 17h.</p>";
        assert_eq!(
            verdict_for(ReplaceableChannel::Phone, Some(html)),
            Verdict::Pass
        );
    }

    #[test]
    fn an_online_only_page_contradicts_every_offline_channel() {
        let html = "<p>Cette démarche se fait uniquement en ligne sur le portail.</p>";
        for channel in [
            ReplaceableChannel::Phone,
            ReplaceableChannel::Counter,
            ReplaceableChannel::Postal,
        ] {
            assert!(matches!(verdict_for(channel, Some(html)), Verdict::Fail(_)));
        }
    }

    #[test]
    fn a_premium_number_contradicts_the_phone_line() {
        let html = "<p>Renseignements : 0 892 68 02 01 (0,80 €/min).</p>";
        let Verdict::Fail(failures) = verdict_for(ReplaceableChannel::Phone, Some(html)) else {
            panic!("expected a failure");
        };
        let text = failures[0].message.render(crate::i18n::Lang::En);
        assert!(text.contains("premium"), "{text}");
    }

    #[test]
    fn a_page_that_says_nothing_is_not_a_contradiction() {
        let html = "<p>Bienvenue sur le site de la commune.</p>";
        assert_eq!(
            verdict_for(ReplaceableChannel::Counter, Some(html)),
            Verdict::Pass
        );
    }

    #[test]
    fn not_applicable_without_verification() {
        let catalog = catalog(WITH_PAGE);
        let ctx = CheckContext {
            authority: &catalog.authority,
            today: chrono::NaiveDate::MIN,
            evidence: None,
        };
        let v = PageAgrees {
            channel: ReplaceableChannel::Phone,
        }
        .check_procedure(&catalog.procedures[0], &ctx);
        assert!(matches!(v, Verdict::NotApplicable(_)));
        assert!(matches!(
            verdict_for(ReplaceableChannel::Phone, None),
            Verdict::NotApplicable(_)
        ));
    }
}
