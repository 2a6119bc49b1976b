//! Enum names are derived (strum) for text and (serde) for JSON and YAML: the
//! two derivations must spell every variant the same way, or a name printed
//! in a report would not read back from a catalogue, a pack or a saved report.

use horsligne::catalog::model::{AuthorityLevel, ExemptionGround, Requirement};
use horsligne::catalog::procedure::{Access, ChannelKind};
use horsligne::checks::contact_details::ContactDetail;
use horsligne::crawl::{InconclusiveReason, PageRole, PageState};
use horsligne::diff::Impact;
use horsligne::packs::model::{Basis as CitationBasis, Confidence, PackStatus, Severity};
use horsligne::verify::evidence::{Basis, EvidenceVerdict};
use serde::Serialize;
use strum::VariantArray;

fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("a unit variant serialises as a string, got {other:?}"),
    }
}

fn assert_names_agree<T>(type_name: &str)
where
    T: Serialize + VariantArray + Copy + Into<&'static str> + std::fmt::Debug,
{
    assert!(!T::VARIANTS.is_empty(), "{type_name} has variants");
    for &variant in T::VARIANTS {
        let text: &'static str = variant.into();
        assert_eq!(
            text,
            serde_name(&variant),
            "{type_name}::{variant:?}: the text name and the JSON name differ"
        );
    }
}

macro_rules! agree {
    ($($ty:ty),* $(,)?) => {
        $(assert_names_agree::<$ty>(stringify!($ty));)*
    };
}

#[test]
fn text_names_are_the_serde_names() {
    agree!(
        AuthorityLevel,
        ExemptionGround,
        Requirement,
        Access,
        ChannelKind,
        ContactDetail,
        InconclusiveReason,
        PageRole,
        PageState,
        Impact,
        PackStatus,
        Severity,
        Confidence,
        Basis,
        horsligne::catalog::model::Coverage,
        horsligne::catalog::model::Tariff,
        CitationBasis,
        EvidenceVerdict,
    );
}

#[test]
fn a_stored_access_name_reads_back() {
    for &access in Access::VARIANTS {
        let name: &'static str = access.into();
        assert_eq!(name.parse::<Access>(), Ok(access));
    }
    assert!("en_ligne".parse::<Access>().is_err());
}

/// Locale keys built from an enum's name (`severity-{name}`…): every variant
/// has its key in both languages, so no report shows a raw key.
#[test]
fn every_variant_has_its_locale_keys() {
    use horsligne::catalog::model::{Coverage, Tariff};
    use horsligne::i18n::{t, Lang};

    fn keys_exist<T>(prefix: &str, missing: &mut Vec<String>)
    where
        T: VariantArray + Copy + Into<&'static str>,
    {
        for &variant in T::VARIANTS {
            let name: &'static str = variant.into();
            let key = format!("{prefix}{name}");
            for lang in Lang::ALL {
                if t(lang, &key) == key {
                    missing.push(format!("{key} ({})", lang.code()));
                }
            }
        }
    }
    let mut missing = Vec::new();
    keys_exist::<Severity>("severity-", &mut missing);
    keys_exist::<Confidence>("confidence-", &mut missing);
    keys_exist::<PackStatus>("pack-status-", &mut missing);
    keys_exist::<Impact>("diff-impact-", &mut missing);
    keys_exist::<Coverage>("diff-coverage-", &mut missing);
    keys_exist::<Tariff>("diff-tariff-", &mut missing);
    assert!(missing.is_empty(), "missing locale keys: {missing:#?}");
}
