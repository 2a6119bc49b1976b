//! The audit: the active rules × the resolved procedures → findings.
//!
//! Exemptions are applied here, once, after every check has run; a finding's
//! fingerprint is its rule, procedure and step, so it survives unrelated edits.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::catalog::model::{Exemption, ProcedureStatus};
use crate::catalog::procedure::{
    Access, Authority, Catalog, ChannelKind, ChannelMark, Procedure, SourceLocation,
};
use crate::checks::exemption_valid::{self, ExemptedRule, ExemptionState};
use crate::checks::{Check, CheckContext, Subject, Verdict};
use crate::i18n::{Localized, Message};
use crate::packs::{ActiveRule, Pack, Policy, Severity};

#[derive(Debug, Clone)]
pub struct AuditOptions {
    pub today: NaiveDate,
}

impl AuditOptions {
    /// An audit as of `today`, or of the local date when none is given.
    pub fn on(today: Option<NaiveDate>) -> Self {
        Self {
            today: today.unwrap_or_else(|| chrono::Local::now().date_naive()),
        }
    }
}

/// A rule's id in every procedure's outcomes: one string per rule shared by
/// all procedures, not one per procedure and rule (millions of small strings
/// on a large catalogue). Serialised as the plain string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleId(std::sync::Arc<str>);

impl RuleId {
    pub fn new(id: &str) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for RuleId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for RuleId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<String> for RuleId {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<RuleId> for String {
    fn eq(&self, other: &RuleId) -> bool {
        **self == *other.0
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|s| Self(s.into()))
    }
}

impl schemars::JsonSchema for RuleId {
    fn inline_schema() -> bool {
        String::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// The strings every finding of a rule repeats, made once per audit.
#[derive(Debug, Clone)]
struct RuleStrings {
    id: RuleId,
    pack: Arc<str>,
    citation: Arc<str>,
}

impl RuleStrings {
    fn of(rule: &ActiveRule) -> Self {
        Self {
            id: RuleId::new(&rule.rule.id.value),
            pack: rule.pack_id.as_str().into(),
            citation: rule.rule.citation.as_str().into(),
        }
    }
}

type RuleIds<'a> = HashMap<&'a str, RuleStrings>;

/// The result of a procedure against one rule.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    Fail,
    Exempt,
    NotApplicable,
}

/// An accepted deviation that covers a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ExemptionApplied {
    pub reference: Option<String>,
    pub until: Option<NaiveDate>,
    pub reason: String,
    pub ground: String,
}

/// A finding's rule, pack, citation and file are shared with every other
/// finding of the same rule or file (on 100,000 procedures, 200,000 findings
/// would otherwise carry 800,000 copies of a few dozen strings).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub pack: Arc<str>,
    pub severity: Severity,
    /// `None` for findings about the authority as a whole.
    pub procedure: Option<String>,
    pub step: Option<String>,
    pub message: Localized,
    pub citation: Arc<str>,
    /// The citations of the rules folded into this finding (`absorbs`): the
    /// other texts that say the same thing about the same problem.
    pub also_cited: Vec<Arc<str>>,
    pub location: SourceLocation,
    pub fingerprint: String,
    pub exempted: Option<ExemptionApplied>,
    /// The shared contact this finding is a defect of (`contacts:` id).
    pub contact: Option<String>,
    /// For a defect of a shared contact, reported once: the procedures that
    /// send people to it (their rows keep their own outcome).
    pub affects: Vec<String>,
    /// What the check said the finding is about (channel or contact, and
    /// which of its details): part of the fingerprint.
    pub about: Option<String>,
}

impl Finding {
    /// Counts towards the exit code and the procedure's compliance.
    pub fn is_active(&self) -> bool {
        self.exempted.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct ProcedureResult {
    pub id: String,
    pub title: String,
    pub service: Option<String>,
    pub status: ProcedureStatus,
    pub access: Access,
    pub offline_channels: Vec<ChannelKind>,
    /// For each channel kind, whether it is offered at all and whether offline.
    pub channels: Vec<(ChannelKind, ChannelMark)>,
    pub compliant: bool,
    /// Something the catalogue says of it is still to confirm (a channel or
    /// its contact marked `to_confirm`): work to do, counted in every headline.
    pub to_confirm: bool,
    /// Rule id → outcome, in the order of the policy's rules.
    pub outcomes: Vec<(RuleId, Outcome)>,
}

#[derive(Debug, Clone)]
pub struct Audit {
    pub authority: Authority,
    pub packs: Vec<Pack>,
    /// The rules applied (in force at the audit date).
    pub rules: Vec<ActiveRule>,
    pub procedures: Vec<ProcedureResult>,
    pub findings: Vec<Finding>,
    pub today: NaiveDate,
}

impl Audit {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.is_active() && f.severity == severity)
            .count()
    }

    pub fn exempted(&self) -> usize {
        self.findings.iter().filter(|f| !f.is_active()).count()
    }

    /// Procedures in the audit (retired ones are listed but not judged).
    pub fn audited(&self) -> impl Iterator<Item = &ProcedureResult> {
        self.procedures
            .iter()
            .filter(|p| p.status != ProcedureStatus::Retired)
    }
}

/// Stable identity of a finding: not its line, so a baseline survives edits.
pub fn fingerprint(rule: &str, procedure: Option<&str>, step: Option<&str>) -> String {
    fingerprint_about(rule, procedure, step, None)
}

/// The fingerprint of a finding about one channel or contact (`about`, from
/// the check's `Failure`): unique per rule × procedure × step × channel or
/// contact. Without `about` it is the fingerprint earlier versions gave, so
/// baselines and histories keep matching.
pub fn fingerprint_about(
    rule: &str,
    procedure: Option<&str>,
    step: Option<&str>,
    about: Option<&str>,
) -> String {
    let mut hasher = Sha256::new();
    for part in [rule, procedure.unwrap_or(""), step.unwrap_or("")] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    if let Some(about) = about {
        hasher.update(about.as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(20);
    for byte in &digest[..10] {
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 0xf)] as char);
    }
    out
}

pub fn run(catalog: &Catalog, policy: &Policy, options: &AuditOptions) -> Audit {
    run_with_evidence(catalog, policy, options, None)
}

/// The audit of `catalog`, consuming it: each procedure is freed as soon as
/// it is audited, so the catalogue and the audit are never both whole in
/// memory (on 100,000 procedures each weighs hundreds of MB).
pub fn run_owned(catalog: Catalog, policy: &Policy, options: &AuditOptions) -> Audit {
    let Catalog {
        authority,
        procedures,
        ..
    } = catalog;
    audit_procedures(
        &authority,
        procedures.into_par_iter(),
        policy,
        options,
        None,
    )
}

/// The audit with what `horsligne verify` found on the pages, for the
/// `page_*` checks (the same path as every other finding).
pub fn run_with_evidence(
    catalog: &Catalog,
    policy: &Policy,
    options: &AuditOptions,
    evidence: Option<&crate::verify::Evidence>,
) -> Audit {
    audit_procedures(
        &catalog.authority,
        catalog.procedures.par_iter(),
        policy,
        options,
        evidence,
    )
}

fn audit_procedures<P: std::borrow::Borrow<Procedure> + Send>(
    authority: &Authority,
    procedures: impl IndexedParallelIterator<Item = P>,
    policy: &Policy,
    options: &AuditOptions,
    evidence: Option<&crate::verify::Evidence>,
) -> Audit {
    let ctx = CheckContext {
        authority,
        today: options.today,
        evidence,
    };
    let in_force: Vec<&ActiveRule> = policy
        .rules
        .iter()
        .filter(|r| r.rule.effective_from.is_none_or(|d| d <= options.today))
        .filter(|r| r.rule.effective_until.is_none_or(|d| d >= options.today))
        .collect();
    let ids: RuleIds = in_force
        .iter()
        .map(|r| (r.rule.id.value.as_str(), RuleStrings::of(r)))
        .collect();

    let mut findings: Vec<Finding> = in_force
        .iter()
        .filter_map(|rule| match rule.rule.check.check() {
            Check::Authority(check) => Some((rule, check)),
            _ => None,
        })
        .flat_map(|(rule, check)| match check.check_authority(&ctx) {
            Verdict::Fail(failures) => failures
                .into_iter()
                .map(|f| {
                    make_finding(
                        rule,
                        &ids,
                        None,
                        f.step,
                        f.line,
                        &authority.location.file,
                        &f.message,
                        rule.severity,
                        f.about.as_deref(),
                    )
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();

    let per_procedure: Vec<(ProcedureResult, Vec<Finding>)> = procedures
        .map(|p| audit_procedure(p.borrow(), &in_force, &ids, policy, &ctx))
        .collect();
    let mut procedures = Vec::with_capacity(per_procedure.len());
    // Exactly the room needed: growing by doubling would hold up to three
    // times the findings' size while copying.
    findings.reserve_exact(per_procedure.iter().map(|(_, f)| f.len()).sum());
    for (result, mut f) in per_procedure {
        procedures.push(result);
        findings.append(&mut f);
    }
    one_finding_per_contact_defect(&mut findings);
    Audit {
        authority: authority.clone(),
        packs: policy.packs.clone(),
        rules: in_force.iter().map(|r| (*r).clone()).collect(),
        procedures,
        findings,
        today: options.today,
    }
}

#[allow(clippy::too_many_arguments)]
fn make_finding(
    rule: &ActiveRule,
    ids: &RuleIds,
    procedure: Option<&str>,
    step: Option<String>,
    line: u32,
    file: &Arc<std::path::Path>,
    message: &Message,
    severity: Severity,
    about: Option<&str>,
) -> Finding {
    let strings = ids
        .get(rule.rule.id.value.as_str())
        .cloned()
        .unwrap_or_else(|| RuleStrings::of(rule));
    Finding {
        fingerprint: fingerprint_about(&rule.rule.id.value, procedure, step.as_deref(), about),
        rule: strings.id,
        pack: strings.pack,
        severity,
        procedure: procedure.map(str::to_owned),
        step,
        message: message.localized(),
        citation: strings.citation,
        also_cited: Vec::new(),
        location: SourceLocation {
            file: Arc::clone(file),
            line,
        },
        exempted: None,
        contact: None,
        affects: Vec::new(),
        about: about.map(str::to_owned),
    }
}

/// One fact, one finding: the same defect of a shared contact (same rule,
/// same contact, same aspect, same words) found through every procedure that
/// uses it becomes one finding about the contact, listing those procedures.
/// Where the contact is overridden inline differently in some procedures the
/// words differ, and those findings stay with their procedures. Exempted
/// findings stay with their procedure (the exemption is the procedure's).
fn one_finding_per_contact_defect(findings: &mut Vec<Finding>) {
    type Key = (RuleId, String, String);
    let key = |f: &Finding| -> Option<Key> {
        f.contact.as_ref()?;
        let about = f.about.as_ref()?;
        (f.is_active() && f.procedure.is_some())
            .then(|| (f.rule.clone(), about.clone(), f.message.fr.clone()))
    };
    let mut first: HashMap<Key, usize> = HashMap::new();
    let mut affects: Vec<Vec<String>> = vec![Vec::new(); findings.len()];
    let mut merged = vec![false; findings.len()];
    for (i, f) in findings.iter().enumerate() {
        let Some(k) = key(f) else { continue };
        let procedure = f.procedure.clone().unwrap_or_default();
        match first.get(&k) {
            Some(&at) => {
                merged[i] = true;
                affects[at].push(procedure);
            }
            None => {
                first.insert(k, i);
                affects[i].push(procedure);
            }
        }
    }
    if first.is_empty() {
        return;
    }
    // Two different words about one contact's aspect (an inline override)
    // would share the contact's fingerprint: those stay per procedure.
    let mut per_aspect: HashMap<(RuleId, String), usize> = HashMap::new();
    for (rule, about, _) in first.keys() {
        *per_aspect.entry((rule.clone(), about.clone())).or_default() += 1;
    }
    let mut index = 0;
    findings.retain_mut(|f| {
        let i = index;
        index += 1;
        let Some(k) = key(f) else { return true };
        if per_aspect
            .get(&(k.0.clone(), k.1.clone()))
            .copied()
            .unwrap_or(0)
            > 1
        {
            // Undo: every procedure keeps its own finding.
            return true;
        }
        if merged[i] {
            return false;
        }
        let mut procedures = std::mem::take(&mut affects[i]);
        procedures.sort();
        procedures.dedup();
        f.fingerprint = fingerprint_about(f.rule.as_str(), None, None, Some(&k.1));
        f.procedure = None;
        f.step = None;
        f.affects = procedures;
        true
    });
}

fn audit_procedure(
    procedure: &Procedure,
    rules: &[&ActiveRule],
    ids: &RuleIds,
    policy: &Policy,
    ctx: &CheckContext,
) -> (ProcedureResult, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut outcomes = Vec::with_capacity(rules.len());
    let retired = procedure.status == ProcedureStatus::Retired;
    let file = &procedure.location.file;
    let procedure_checks = rules
        .iter()
        .filter_map(|rule| match rule.rule.check.check() {
            Check::Procedure(check) => Some((rule, check)),
            _ => None,
        });
    for (rule, check) in procedure_checks {
        let verdict = if retired {
            Verdict::NotApplicable(Message::new("na-retired"))
        } else {
            check.check_procedure(procedure, ctx)
        };
        let outcome = match verdict {
            Verdict::Pass => Outcome::Pass,
            Verdict::NotApplicable(_) => Outcome::NotApplicable,
            Verdict::Fail(failures) => {
                for f in failures {
                    findings.push(make_finding(
                        rule,
                        ids,
                        Some(&procedure.id),
                        f.step,
                        f.line,
                        file,
                        &f.message,
                        rule.severity,
                        f.about.as_deref(),
                    ));
                    if let Some(last) = findings.last_mut() {
                        last.contact = f.contact;
                    }
                }
                Outcome::Fail
            }
        };
        outcomes.push((rule_id(ids, &rule.rule.id.value), outcome));
    }

    if !retired {
        apply_exemptions(
            procedure,
            rules,
            ids,
            policy,
            ctx,
            &mut findings,
            &mut outcomes,
        );
        fold_absorbed(rules, &mut findings);
    }

    // A procedure whose offline routes are all still to confirm is not
    // compliant by omission, whatever the findings.
    let compliant = !retired
        && procedure.access != Access::ToConfirm
        && !findings
            .iter()
            .any(|f| f.is_active() && f.severity == Severity::Error);
    let offline = procedure.offline_channels();
    let channels = procedure.channel_marks(&offline).collect();
    let result = ProcedureResult {
        id: procedure.id.clone(),
        title: procedure.title.clone(),
        service: procedure.service.clone(),
        status: procedure.status,
        access: procedure.access,
        offline_channels: offline,
        channels,
        compliant,
        to_confirm: !retired
            && (procedure.access == Access::ToConfirm
                || procedure.all_channels().any(|(_, c)| c.is_to_confirm())),
        outcomes,
    };
    (result, findings)
}

/// The shared id of a rule in force (every rule audited is in `ids`).
fn rule_id(ids: &RuleIds, id: &str) -> RuleId {
    ids.get(id)
        .map(|strings| strings.id.clone())
        .unwrap_or_else(|| RuleId::new(id))
}

/// One problem, one finding: when a rule that `absorbs` others fails on a
/// part of the procedure (same step and line), the active findings of the
/// rules it absorbs there, of no higher severity, are removed and their
/// citations listed with it.
/// Their outcome stays `fail`: the texts still say the procedure falls short.
fn fold_absorbed(rules: &[&ActiveRule], findings: &mut Vec<Finding>) {
    let absorbs: HashMap<&str, &[String]> = rules
        .iter()
        .filter(|r| !r.rule.absorbs.is_empty())
        .map(|r| (r.rule.id.value.as_str(), r.rule.absorbs.as_slice()))
        .collect();
    if absorbs.is_empty() {
        return;
    }
    let mut folded = vec![false; findings.len()];
    let mut citations: Vec<(usize, Arc<str>)> = Vec::new();
    for (i, strong) in findings.iter().enumerate() {
        let Some(targets) = absorbs.get(strong.rule.as_str()) else {
            continue;
        };
        if !strong.is_active() || folded[i] {
            continue;
        }
        for (j, weak) in findings.iter().enumerate() {
            let same_place = weak.step == strong.step && weak.location.line == strong.location.line;
            // Never fold a finding into a weaker one: the strongest basis speaks.
            let foldable = weak.is_active() && weak.severity <= strong.severity;
            if i != j
                && !folded[j]
                && foldable
                && same_place
                && targets.iter().any(|t| weak.rule == *t)
            {
                folded[j] = true;
                citations.push((i, weak.citation.clone()));
            }
        }
    }
    for (i, citation) in citations {
        let finding = &mut findings[i];
        if !finding.also_cited.contains(&citation) && citation != finding.citation {
            finding.also_cited.push(citation);
        }
    }
    let mut index = 0;
    findings.retain(|_| {
        index += 1;
        !folded[index - 1]
    });
}

/// Marks findings covered by a valid exemption, and reports every exemption
/// that is not valid through the rules using the `exemption_valid` check.
fn apply_exemptions(
    procedure: &Procedure,
    rules: &[&ActiveRule],
    ids: &RuleIds,
    policy: &Policy,
    ctx: &CheckContext,
    findings: &mut Vec<Finding>,
    outcomes: &mut Vec<(RuleId, Outcome)>,
) {
    let exemption_rules: Vec<&&ActiveRule> = rules
        .iter()
        .filter(|r| r.rule.check.check().subject() == Subject::Exemptions)
        .collect();
    // An exemption written for a superseded rule applies to the rule that replaced it.
    let by_id: HashMap<&str, &ActiveRule> = rules
        .iter()
        .flat_map(|r| {
            std::iter::once((r.rule.id.value.as_str(), *r))
                .chain(r.superseded_ids.iter().map(move |s| (s.as_str(), *r)))
        })
        .collect();
    let failed: BTreeSet<RuleId> = findings.iter().map(|f| f.rule.clone()).collect();

    let mut exemption_findings = Vec::new();
    for exemption in &procedure.exemptions {
        let rule = by_id.get(exemption.rule.value.as_str()).copied();
        let state = exemption_valid::assess(
            exemption,
            rule.map(|r| ExemptedRule {
                accepted_grounds: &r.rule.exemption_grounds,
                failed: failed.contains(r.rule.id.value.as_str()),
            })
            .as_ref(),
            ctx.today,
        );
        if state == ExemptionState::Valid && !policy.ignore_exemptions {
            if let Some(rule) = rule {
                exempt(rule, exemption, findings, outcomes);
            }
            continue;
        }
        let Some(message) = state.message(&exemption.rule.value) else {
            continue;
        };
        for er in exemption_rules
            .iter()
            .filter(|er| exemption_valid::reports(&er.rule.check.value, &state))
        {
            exemption_findings.push(Finding {
                // One finding per exemption: the rule it names keeps fingerprints distinct.
                fingerprint: fingerprint(
                    &er.rule.id.value,
                    Some(&procedure.id),
                    Some(&exemption.rule.value),
                ),
                step: None,
                ..make_finding(
                    er,
                    ids,
                    Some(&procedure.id),
                    None,
                    exemption.rule.line,
                    &procedure.location.file,
                    &message,
                    er.severity,
                    None,
                )
            });
        }
    }
    for er in &exemption_rules {
        let outcome = if procedure.exemptions.is_empty() {
            Outcome::NotApplicable
        } else if exemption_findings
            .iter()
            .any(|f| f.rule == er.rule.id.value)
        {
            Outcome::Fail
        } else {
            Outcome::Pass
        };
        outcomes.push((rule_id(ids, &er.rule.id.value), outcome));
    }
    findings.extend(exemption_findings);
}

fn exempt(
    rule: &ActiveRule,
    exemption: &Exemption,
    findings: &mut [Finding],
    outcomes: &mut [(RuleId, Outcome)],
) {
    for f in findings.iter_mut().filter(|f| f.rule == rule.rule.id.value) {
        f.exempted = Some(ExemptionApplied {
            reference: exemption.reference.clone(),
            until: exemption.until,
            reason: exemption.reason.clone(),
            ground: exemption.ground.as_str().to_owned(),
        });
    }
    for (id, outcome) in outcomes.iter_mut() {
        if id.as_str() == rule.rule.id.value && *outcome == Outcome::Fail {
            *outcome = Outcome::Exempt;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::checks::fixture::HEADER;
    use crate::packs::{Library, Selection};

    fn audit_of(procedures: &str) -> Audit {
        let text = format!("{HEADER}procedures:\n{procedures}");
        let catalog = catalog::from_str("essai.yaml", &text).unwrap();
        let library = Library::load(&[]).unwrap();
        let policy = library
            .select(&catalog.authority, &Selection::default())
            .unwrap();
        run(
            &catalog,
            &policy,
            &AuditOptions {
                today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            },
        )
    }

    const NO_PHONE: &str = r#"
- id: mariage
  title: Dossier de mariage
  channels:
    counter: { contact: accueil }
    postal: { contact: courrier }
"#;

    fn exemption(until: &str, ground: &str) -> String {
        format!(
            "{NO_PHONE}  exemptions:\n    - {{ rule: NN-PHONE, reason: Comparution personnelle, reference: Code civil art. 63, ground: {ground}, until: {until} }}\n"
        )
    }

    fn rule_findings<'a>(audit: &'a Audit, rule: &str) -> Vec<&'a Finding> {
        audit.findings.iter().filter(|f| f.rule == rule).collect()
    }

    /// One fact, one finding: the robot line shared by two procedures is
    /// reported once, on the contact, naming both; each procedure still fails
    /// the rule.
    #[test]
    fn a_shared_contact_defect_is_one_finding_naming_the_procedures() {
        let two = r#"
- id: b-acte
  title: Acte
  channels:
    counter: { contact: accueil }
    phone: { contact: robot }
- id: a-aide
  title: Aide
  channels:
    counter: { contact: accueil }
    phone: { contact: robot }
"#;
        let audit = audit_of(two);
        let human = rule_findings(&audit, "NN-HUMAN-PHONE");
        assert_eq!(human.len(), 1, "{human:#?}");
        assert_eq!(human[0].procedure, None);
        assert_eq!(human[0].contact.as_deref(), Some("robot"));
        assert_eq!(human[0].affects, ["a-aide", "b-acte"]);
        for procedure in &audit.procedures {
            let outcome = procedure
                .outcomes
                .iter()
                .find(|(r, _)| r.as_str() == "NN-HUMAN-PHONE");
            assert_eq!(
                outcome.map(|(_, o)| *o),
                Some(Outcome::Fail),
                "{}",
                procedure.id
            );
        }
        // An inline override with other words stays with its procedure.
        let overridden = format!(
            "{two}- id: c-autre\n  title: Autre\n  channels:\n    counter: {{ contact: accueil }}\n    phone: {{ contact: robot, number: \"04 78 00 00 09\" }}\n"
        );
        let audit = audit_of(&overridden);
        let human = rule_findings(&audit, "NN-HUMAN-PHONE");
        assert_eq!(human.len(), 3, "{human:#?}");
        assert!(human.iter().all(|f| f.procedure.is_some()));
    }

    /// Fingerprints are unique per rule × procedure × step × channel or
    /// contact: two defects of one procedure under one rule are two findings.
    #[test]
    fn fingerprints_tell_channels_and_details_apart() {
        let audit = audit_of(
            r#"
- id: aide
  title: Aide
  channels:
    counter: { kind: counter, name: Annexe }
    phone: { kind: phone, name: Ligne, number: "04 93 13" }
    postal: { kind: postal, name: CCAS, address: "CCAS de Nulle-Part" }
"#,
        );
        let details = rule_findings(&audit, "NN-CONTACT-DETAILS");
        assert_eq!(details.len(), 3, "{details:#?}");
        let mut fingerprints: Vec<_> = audit.findings.iter().map(|f| &f.fingerprint).collect();
        let all = fingerprints.len();
        fingerprints.sort();
        fingerprints.dedup();
        assert_eq!(fingerprints.len(), all, "{:#?}", audit.findings);
    }

    #[test]
    fn a_valid_exemption_silences_the_finding_but_keeps_it_listed() {
        let audit = audit_of(&exemption("2027-12-31", "legal_text"));
        let phone = rule_findings(&audit, "NN-PHONE");
        assert_eq!(phone.len(), 1);
        assert!(phone[0].exempted.is_some());
        assert!(rule_findings(&audit, "NN-EXEMPTION").is_empty());
        assert!(audit.procedures[0].compliant);
        let outcome = audit.procedures[0]
            .outcomes
            .iter()
            .find(|(r, _)| r.as_str() == "NN-PHONE")
            .unwrap()
            .1;
        assert_eq!(outcome, Outcome::Exempt);
    }

    #[test]
    fn an_expired_or_refused_exemption_brings_the_finding_back() {
        for (until, ground) in [
            ("2025-06-30", "legal_text"),
            ("2027-12-31", "disproportionate_burden"),
        ] {
            let audit = audit_of(&exemption(until, ground));
            assert!(
                rule_findings(&audit, "NN-PHONE")[0].exempted.is_none(),
                "{until} {ground}"
            );
            assert_eq!(rule_findings(&audit, "NN-EXEMPTION").len(), 1);
            // NN-PHONE is the reference standard (a warning) for a French
            // commune: the finding is back, the procedure has no error.
            assert!(rule_findings(&audit, "NN-PHONE")[0].is_active());
        }
    }

    #[test]
    fn ignore_exemptions_shows_everything() {
        let text = format!(
            "{HEADER}procedures:\n{}",
            exemption("2027-12-31", "legal_text")
        );
        let catalog = catalog::from_str("essai.yaml", &text).unwrap();
        let library = Library::load(&[]).unwrap();
        let selection = Selection {
            ignore_exemptions: true,
            ..Selection::default()
        };
        let policy = library.select(&catalog.authority, &selection).unwrap();
        let audit = run(
            &catalog,
            &policy,
            &AuditOptions {
                today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            },
        );
        assert!(rule_findings(&audit, "NN-PHONE")[0].exempted.is_none());
    }

    #[test]
    fn retired_procedures_are_listed_not_audited() {
        let audit = audit_of(&format!("{NO_PHONE}  status: retired\n"));
        assert!(audit
            .findings
            .iter()
            .all(|f| f.procedure.as_deref() != Some("mariage")));
        assert!(audit.procedures[0]
            .outcomes
            .iter()
            .all(|(_, o)| *o == Outcome::NotApplicable));
        assert_eq!(audit.audited().count(), 0);
    }

    #[test]
    fn fingerprints_do_not_depend_on_lines() {
        let before = audit_of(NO_PHONE);
        let moved = audit_of(&format!("{}\n\n\n{NO_PHONE}", "\n".repeat(100)));
        let fp = |a: &Audit| rule_findings(a, "NN-PHONE")[0].fingerprint.clone();
        assert_eq!(fp(&before), fp(&moved));
        assert_ne!(
            rule_findings(&before, "NN-PHONE")[0].location.line,
            rule_findings(&moved, "NN-PHONE")[0].location.line
        );
        assert_ne!(
            fingerprint("NN-PHONE", Some("a"), None),
            fingerprint("NN-PHONE", Some("b"), None)
        );
    }

    #[test]
    fn the_mediator_rule_speaks_about_the_authority() {
        let audit = audit_of(NO_PHONE);
        // In a French commune the Villeurbanne model rule supersedes NN-MEDIATOR.
        assert!(rule_findings(&audit, "NN-MEDIATOR").is_empty());
        let mediator = rule_findings(&audit, "VIL-MODEL-MEDIATOR");
        assert_eq!(mediator.len(), 1);
        assert!(mediator[0].procedure.is_none());
    }
}
