//! `exemption_ground_refused`: reports only the exemptions whose ground is one
//! of `grounds` and is refused by the rule they name (Brussels: a
//! « charge disproportionnée » cannot waive the three channels, C.C. 126/2025).
//! Every other problem with an exemption (expired, unused…) stays the business
//! of the `exemption_valid` rule, at its own severity. The audit judges
//! exemptions itself, after every other rule (see `exemption_valid::reports`).

use crate::catalog::model::ExemptionGround;

#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExemptionGroundRefused {
    /// The grounds this rule refuses outright.
    pub grounds: Vec<ExemptionGround>,
}
