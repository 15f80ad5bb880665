//! The policy file (README, "For compliance officers"): metadata, calendar, limits, procedure gates, and one table per
//! clause with its citation and parameters. The shipped policies are embedded in the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;
use schemars::JsonSchema;

use crate::model::case::EvidenceKind;
use crate::model::clause::{ClauseId, ParamKind, Parameters};
use crate::model::params::{PUBLISHED_SETTINGS, ParamSpec, Published, Requirements};
pub use crate::model::params::{ParamValue, spelled_list, spelled_text};
use crate::reading::decode::{
    MapReader, Problems, boolean, choice, integer, item_entry, list, non_empty_text, text, texts,
};
use crate::reading::diagnostics::{FileProblems, Problem, Span, suggest};
use crate::reading::document::{self, Entry, ScalarKind, Value};
use crate::reading::source::SourceFile;
use crate::vocab::calendar::Calendar;
use crate::vocab::decision::{Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::matching::TermList;
use crate::vocab::words::{Choice, word_enum};

/// The policies shipped in `policy/`, embedded so the tool works from any directory.
pub const BUILTIN: &[(&str, &str)] = &[
    ("mexc", include_str!("../../policy/mexc.toml")),
    ("bitget", include_str!("../../policy/bitget.toml")),
];

/// The built-in policies as `build.rs` prepares them: parsed and hashed.
mod prepared {
    use crate::reading::document::{Node, Prepared, ScalarKind};
    use crate::reading::source::SourceFile;

    include!(concat!(env!("OUT_DIR"), "/policies.rs"));

    /// The digest and tree of the built-in policy `source` is, byte for byte, if any.
    pub fn matching(source: &SourceFile) -> Option<(&'static str, Option<Node>)> {
        super::BUILTIN
            .iter()
            .find(|(_, text)| source.is_exactly(text))
            .and_then(|(id, _)| POLICIES.iter().find(|(prepared, _, _)| prepared == id))
            .map(|(_, digest, items)| (*digest, Node::from_prepared(items)))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::reading::document;
        use crate::reading::source::hex_sha256;

        /// What build.rs prepared is what the TOML parser and the hash give at run time.
        #[test]
        fn each_built_in_policy_is_prepared_as_it_reads() {
            assert_eq!(POLICIES.len(), super::super::BUILTIN.len());
            for (id, text) in super::super::BUILTIN {
                let source =
                    SourceFile::from_bytes(format!("policy/{id}.toml"), text.as_bytes()).unwrap();
                let (digest, tree) = matching(&source).expect("prepared");
                assert_eq!(digest, hex_sha256(text.as_bytes()), "{id}");
                let parsed = document::parse_toml(&source).unwrap();
                assert_eq!(
                    format!("{:?}", tree.unwrap()),
                    format!("{parsed:?}"),
                    "{id}"
                );
            }
        }

        /// A policy file that differs from a built-in one by a byte is parsed as written.
        #[test]
        fn an_edited_copy_is_not_taken_for_the_built_in_policy() {
            let (_, text) = super::super::BUILTIN[0];
            let edited = text.replacen("id = ", "id  = ", 1);
            let source = SourceFile::from_bytes("policy/mexc.toml", edited.as_bytes()).unwrap();
            assert!(matching(&source).is_none());
            let marked = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
            let source = SourceFile::from_bytes("policy/mexc.toml", &marked).unwrap();
            assert!(matching(&source).is_none());
        }
    }
}

/// A policy: metadata, calendar, limits, procedure gates and one table per clause in force.
// The policy model is written once: the JSON Schema of the policy file (`appeal schema policy`,
// with these doc comments as its descriptions) and the keys its reader takes are derived from
// these types. The file groups `id`, `title`, `version` and `source` in its `[policy]` table
// (`written::POLICY_TABLE` marks them); what the model holds besides the file is skipped.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = written::policy_file_form)]
pub struct Policy {
    /// The policy's short name, e.g. `mexc`. Every ruling names it with its version.
    #[schemars(extend("x-policy-table" = true))]
    pub id: String,
    /// The name of the rules it implements, e.g. `MEXC P2P Appeal Handling Rules`.
    #[schemars(extend("x-policy-table" = true))]
    pub title: String,
    /// Which edition of the rules it implements, e.g. the date they were last updated
    /// (`2025-05-29`). Every ruling names it.
    #[schemars(extend("x-policy-table" = true))]
    pub version: String,
    /// Where the rules were published. For the reader; no clause reads it.
    #[schemars(extend("x-policy-table" = true))]
    pub source: Option<String>,
    /// The day this edition comes into force, `YYYY-MM-DD` (a TOML date, bare or quoted), in the
    /// policy's time zone: a case is judged under the latest edition of its policy id in force
    /// on the day its order was created (or its appeal filed: `in_force_on`). Needed when a
    /// project keeps several editions of an id (`policy/ID/*.toml`); without it, a policy is in
    /// force for every order.
    #[schemars(extend("x-policy-table" = true))]
    #[schemars(with = "Option<NaiveDate>")]
    pub effective_from: Option<NaiveDate>,
    /// Which day of a case chooses the edition in force: `order_created` (default: the rules a
    /// trader accepted by trading; MEXC General Terms, continued use after a change is
    /// acceptance) or `appeal_filed` (the rules in force when the dispute is raised, a reading
    /// of the General Terms' items on processing disputes and on access as the rules are
    /// amended). Every edition of an id must say the same.
    #[schemars(extend("x-policy-table" = true))]
    #[schemars(with = "Option<InForceOn>")]
    pub in_force_on: InForceOn,
    #[serde(skip)]
    pub source_text: String,
    /// Where the policy came from: `mexc (built-in)` or a path.
    #[serde(skip)]
    pub origin: String,
    #[serde(skip)]
    pub sha256: String,
    #[schemars(with = "written::Settings<Calendar>")]
    pub calendar: Calendar,
    #[schemars(with = "written::Settings<Limits>")]
    pub limits: Limits,
    #[schemars(with = "written::Settings<Procedure>")]
    pub procedure: Procedure,
    #[schemars(with = "written::ClauseTables")]
    pub clauses: BTreeMap<ClauseId, ClauseTable>,
    /// The parameters of the clauses in force, typed: what the engine reads.
    #[serde(skip)]
    pub parameters: Parameters,
    /// Settings of `[calendar]`, `[limits]` and `[procedure]` the published text leaves open,
    /// as `table.key` (`calendar.timezone`): values a compliance officer must confirm.
    #[serde(skip)]
    pub setting_placeholders: BTreeSet<String>,
    /// Whether the policy is one of the built-in ones, rather than a file.
    #[serde(skip)]
    pub builtin: bool,
    /// The clauses the file leaves out deliberately (`enabled = false`).
    #[serde(skip)]
    pub disabled: BTreeSet<ClauseId>,
    /// A file with the id and version of a built-in policy that is not byte for byte the
    /// built-in one: rulings made under it say so.
    #[serde(skip)]
    pub modified_copy: bool,
    /// What `policy check` warns of: a modified copy of a built-in policy, a value that the
    /// published rules fix written otherwise.
    #[serde(skip)]
    pub warnings: Vec<Problem>,
    /// Where the file writes `effective_from`, `in_force_on` and `id` (the `[policy]` table's
    /// key when it does not), for what is said of its editions.
    #[serde(skip)]
    pub edition_spans: [Span; 3],
}

word_enum! {
    /// Which day of a case chooses the edition of its policy in force (`[policy] in_force_on`).
    InForceOn {
        OrderCreated = "order_created",
        AppealFiled = "appeal_filed",
    }
}

/// Limits on the orders and amounts an appeal is judged on.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// How old an order may be when it is appealed, e.g. `18mo`: an appeal on an older order is
    /// refused (`general.age_limit`).
    #[schemars(with = "written::Duration")]
    pub max_order_age: PolicyDuration,
    /// How far the sum paid may be from the order's amount and still count as the correct
    /// amount, in the order's fiat: `|paid − amount| ≤ tolerance`. Written as a string (`"0.5"`):
    /// TOML floats cannot hold money exactly. Default `"0"`.
    #[schemars(with = "Option<String>")]
    pub amount_tolerance: Decimal,
}

/// The gates checked before any clause. A gate that is switched on also needs its clause table
/// (`[clauses."procedure.kyc"]`, `.timer`, `.reason`, `.evidence`) for its citation.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// An appeal where either party has not completed identity verification is `inadmissible`
    /// (`procedure.kyc`). Default `false`.
    #[schemars(with = "Option<bool>")]
    pub require_kyc: bool,
    /// An appeal opened before the appeal timer has run out is `inadmissible`
    /// (`procedure.timer`). Default `false`.
    #[schemars(with = "Option<bool>")]
    pub appeal_after_timer: bool,
    /// The appeal timer, from "mark as paid", for an order that has none of its own
    /// (`order.appeal_timer` in the case). Default `15m`.
    #[schemars(with = "Option<written::Duration>")]
    pub appeal_timer: PolicyDuration,
    /// An appeal that states no reason is `inadmissible` (`procedure.reason`). Default `false`.
    #[schemars(with = "Option<bool>")]
    pub require_reason: bool,
    /// The evidence an appellant must have uploaded, or the appeal is `inadmissible`
    /// (`procedure.evidence`): one list for every appellant, or a table by party
    /// (`{ buyer = ["payment_receipt"], seller = [] }`). Default: none.
    #[schemars(with = "Option<written::RequiredEvidence>")]
    pub required_evidence: BTreeMap<Party, Vec<EvidenceKind>>,
    /// Time a party has to produce evidence support asked for, from the request (or the appeal),
    /// where a rule asks for evidence without a window of its own.
    #[schemars(with = "written::Duration")]
    pub evidence_window: PolicyDuration,
    /// Time support has to establish who holds the paying account when the payer's name and
    /// the buyer's verified name cannot tell one person from another (a word missing, an
    /// initial, a spelling two conventions disagree on), from the appeal. Until then the ruling
    /// waits; after it, support decides. Default `24h`.
    #[schemars(with = "Option<written::Duration>")]
    pub identity_verification_window: PolicyDuration,
}

/// A clause in force: its citation and parameter values as written (for `policy show`,
/// `policy diff` and `explain`; the engine reads [`Policy::parameters`]).
#[derive(Debug, Clone)]
pub struct ClauseTable {
    pub cite: String,
    pub params: BTreeMap<&'static str, ParamValue>,
    /// Parameters the published text leaves open: values a compliance officer must confirm.
    pub placeholders: BTreeSet<String>,
}

/// One setting of the `[calendar]`, `[limits]` or `[procedure]` table of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The table it is written in: `calendar`, `limits` or `procedure`.
    pub table: &'static str,
    pub key: &'static str,
    /// The value as the policy file writes it (see [`ParamValue::spelled`]).
    pub value: String,
    /// What applies it.
    pub used_by: UsedBy,
    /// Why the setting has no effect under this policy, when it has none.
    pub not_applied: Option<NotApplied>,
    /// Whether the policy lists it in its table's `placeholders`: left open by the published
    /// text.
    pub placeholder: bool,
}

/// What a [`Setting`] is used by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsedBy {
    /// One gate or clause: `limits.max_order_age` by `general.age_limit`.
    Clause(ClauseId),
    /// Many clauses, for one purpose, by its id: `deadlines`, `working_days`; the words are the
    /// catalogue's `policy_show-serves-ID`.
    Every(&'static str),
}

/// Why a setting has no effect under a policy: the words are the catalogue's
/// (`policy_show-not_applied-*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotApplied {
    /// The gate that applies it is left out (`enabled = false`).
    LeftOut(ClauseId),
    /// `appeal_after_timer` is false: the timer is not checked.
    TimerOff,
}

impl NotApplied {
    /// The catalogue message that says it.
    pub const fn code(self) -> &'static str {
        match self {
            NotApplied::LeftOut(_) => "policy_show.not_applied.left_out",
            NotApplied::TimerOff => "policy_show.not_applied.timer_off",
        }
    }
}

impl Policy {
    /// Whether the gate `gate` is checked under this policy: its table is there and, for the
    /// procedure gates, its switch is on (for the evidence gate: some kind of evidence is
    /// required).
    pub fn gate_applies(&self, gate: ClauseId) -> bool {
        let procedure = &self.procedure;
        let switched_on = match gate {
            ClauseId::Kyc => procedure.require_kyc,
            ClauseId::Timer => procedure.appeal_after_timer,
            ClauseId::Reason => procedure.require_reason,
            ClauseId::Evidence => procedure
                .required_evidence
                .values()
                .any(|kinds| !kinds.is_empty()),
            // Every other clause has no switch in `[procedure]`: the table alone puts it in
            // force.
            _ => true,
        };
        switched_on && self.clause(gate).is_some()
    }

    /// What `policy check` warns of in this policy (a modified copy of a built-in one, a value
    /// the published rules fix written otherwise), located in its text; `None` when nothing.
    pub fn warnings_report(&self) -> Option<FileProblems> {
        if self.warnings.is_empty() {
            return None;
        }
        let source =
            SourceFile::from_bytes(self.origin.clone(), self.source_text.as_bytes()).ok()?;
        Some(FileProblems::new(source, self.warnings.clone()))
    }

    /// The edition a ruling names: id, version, `effective_from`, digest and file.
    pub fn reference(&self) -> crate::model::ruling::PolicyRef {
        crate::model::ruling::PolicyRef {
            id: self.id.clone(),
            version: self.version.clone(),
            effective_from: self.effective_from,
            sha256: self.sha256.clone(),
            file: self.file().map(str::to_string),
            builtin: self.builtin,
            modified_copy: self.modified_copy,
        }
    }

    /// The file the policy was read from, as it was named; `None` for a built-in policy.
    pub fn file(&self) -> Option<&str> {
        (!self.builtin).then_some(self.origin.as_str())
    }

    /// How many values the policy marks as left open by the published text: the
    /// `placeholders` of its clause tables and of `[calendar]`, `[limits]` and `[procedure]`.
    pub fn placeholder_count(&self) -> usize {
        let in_clauses: usize = self.clauses.values().map(|c| c.placeholders.len()).sum();
        in_clauses + self.setting_placeholders.len()
    }

    /// Every setting outside the clause tables, in the order a policy file writes them.
    pub fn settings(&self) -> Vec<Setting> {
        let mut settings = self.calendar_settings();
        settings.extend(self.limits_settings());
        settings.extend(self.procedure_settings());
        settings
    }

    fn setting(
        &self,
        table: &'static str,
        key: &'static str,
        value: String,
        used_by: UsedBy,
        not_applied: Option<NotApplied>,
    ) -> Setting {
        Setting {
            table,
            key,
            value,
            used_by,
            not_applied,
            placeholder: self
                .setting_placeholders
                .contains(&format!("{table}.{key}")),
        }
    }

    /// `[calendar]`.
    fn calendar_settings(&self) -> Vec<Setting> {
        let calendar = &self.calendar;
        let weekend: Vec<String> = calendar.weekend.iter().map(|d| d.to_string()).collect();
        let holidays: Vec<String> = calendar.holidays.iter().map(|d| d.to_string()).collect();
        vec![
            self.setting(
                "calendar",
                "timezone",
                spelled_text(calendar.zone.name()),
                UsedBy::Every("deadlines"),
                None,
            ),
            self.setting(
                "calendar",
                "weekend",
                spelled_list(weekend.iter().map(String::as_str)),
                UsedBy::Every("working_days"),
                None,
            ),
            self.setting(
                "calendar",
                "holidays",
                spelled_list(holidays.iter().map(String::as_str)),
                UsedBy::Every("working_days"),
                None,
            ),
        ]
    }

    /// `[limits]`.
    fn limits_settings(&self) -> Vec<Setting> {
        let limits = &self.limits;
        vec![
            self.setting(
                "limits",
                "max_order_age",
                spelled_text(&limits.max_order_age.to_string()),
                UsedBy::Clause(ClauseId::AgeLimit),
                (!self.gate_applies(ClauseId::AgeLimit))
                    .then_some(NotApplied::LeftOut(ClauseId::AgeLimit)),
            ),
            self.setting(
                "limits",
                "amount_tolerance",
                spelled_text(&limits.amount_tolerance.to_string()),
                UsedBy::Every("amounts_paid"),
                None,
            ),
        ]
    }

    /// `[procedure]`.
    fn procedure_settings(&self) -> Vec<Setting> {
        let procedure = &self.procedure;
        vec![
            self.setting(
                "procedure",
                "require_kyc",
                procedure.require_kyc.to_string(),
                UsedBy::Clause(ClauseId::Kyc),
                None,
            ),
            self.setting(
                "procedure",
                "appeal_after_timer",
                procedure.appeal_after_timer.to_string(),
                UsedBy::Clause(ClauseId::Timer),
                None,
            ),
            self.setting(
                "procedure",
                "appeal_timer",
                spelled_text(&procedure.appeal_timer.to_string()),
                UsedBy::Clause(ClauseId::Timer),
                (!procedure.appeal_after_timer).then_some(NotApplied::TimerOff),
            ),
            self.setting(
                "procedure",
                "require_reason",
                procedure.require_reason.to_string(),
                UsedBy::Clause(ClauseId::Reason),
                None,
            ),
            self.setting(
                "procedure",
                "required_evidence",
                spelled_required_evidence(&procedure.required_evidence),
                UsedBy::Clause(ClauseId::Evidence),
                None,
            ),
            self.setting(
                "procedure",
                "evidence_window",
                spelled_text(&procedure.evidence_window.to_string()),
                UsedBy::Every("evidence_requests"),
                None,
            ),
            self.setting(
                "procedure",
                "identity_verification_window",
                spelled_text(&procedure.identity_verification_window.to_string()),
                UsedBy::Every("payer_names_unclear"),
                None,
            ),
        ]
    }
}

impl Policy {
    /// The built-in policy this one is compared with by `policy show`: the one with the same id,
    /// else `mexc`.
    pub fn baseline(&self) -> PolicyRef {
        let name = BUILTIN
            .iter()
            .map(|(name, _)| *name)
            .find(|name| *name == self.id)
            .unwrap_or("mexc");
        PolicyRef::Builtin(name)
    }
}

/// `required_evidence` as a policy file writes it: one list when both parties must bring the
/// same (`["payment_receipt"]`, `[]`), else a table by party
/// (`{ buyer = ["payment_receipt"], seller = [] }`).
fn spelled_required_evidence(required: &BTreeMap<Party, Vec<EvidenceKind>>) -> String {
    let of = |party| {
        let kinds = required.get(&party).map(Vec::as_slice).unwrap_or(&[]);
        spelled_list(kinds.iter().map(|k| k.as_str()))
    };
    let (buyer, seller) = (of(Party::Buyer), of(Party::Seller));
    if buyer == seller {
        buyer
    } else {
        format!("{{ buyer = {buyer}, seller = {seller} }}")
    }
}

impl Policy {
    /// The clause's table, when the clause is in force under this policy.
    pub fn clause(&self, id: ClauseId) -> Option<&ClauseTable> {
        self.clauses.get(&id)
    }

    /// The citation of a clause, or its id when the policy does not apply it.
    pub fn cite(&self, id: ClauseId) -> &str {
        self.clauses
            .get(&id)
            .map(|c| c.cite.as_str())
            .unwrap_or(id.as_str())
    }
}

/// Where to find a policy: a built-in name or a file, or the editions of one id, each of which
/// is one of those.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyRef {
    Builtin(&'static str),
    File(PathBuf),
    /// The editions of the policy `id` (a project's `policy/ID/*.toml`, its `policy/ID.toml`,
    /// or the built-in policy `id`): a case is judged under the one in force for it
    /// ([`crate::model::editions`]).
    Editions {
        id: String,
        editions: Vec<PolicyRef>,
    },
}

impl PolicyRef {
    /// `mexc`/`bitget` name a built-in policy; anything else is a path, resolved against `base`
    /// when relative (a case's `policy:` is relative to the case file).
    pub fn parse(written: &str, base: Option<&Path>) -> PolicyRef {
        if let Some((name, _)) = BUILTIN.iter().find(|(name, _)| *name == written) {
            return PolicyRef::Builtin(name);
        }
        let path = Path::new(written);
        match base {
            Some(base) if path.is_relative() => PolicyRef::File(base.join(path)),
            _ => PolicyRef::File(path.to_path_buf()),
        }
    }

    /// Where `policy` was read from: its built-in name, or the file its origin names.
    pub fn of(policy: &Policy) -> PolicyRef {
        match BUILTIN
            .iter()
            .find(|(name, _)| policy.builtin && *name == policy.id)
        {
            Some((name, _)) => PolicyRef::Builtin(name),
            None => PolicyRef::File(PathBuf::from(&policy.origin)),
        }
    }

    /// Reads and checks the editions this names (one edition for a built-in or a file), each
    /// with `load_one`.
    pub fn editions(
        &self,
        load_one: impl Fn(&PolicyRef) -> Result<Policy, FileProblems>,
    ) -> Result<crate::model::editions::Editions, Vec<FileProblems>> {
        let (id, refs) = match self {
            PolicyRef::Editions { id, editions } => (id.as_str(), editions.as_slice()),
            single => {
                let policy = load_one(single).map_err(|p| vec![p])?;
                let id = policy.id.clone();
                return crate::model::editions::Editions::new(
                    &id,
                    vec![std::sync::Arc::new(policy)],
                );
            }
        };
        let mut policies = Vec::new();
        let mut problems = Vec::new();
        for reference in refs {
            match load_one(reference) {
                Ok(policy) => policies.push(std::sync::Arc::new(policy)),
                Err(p) => problems.push(p),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        crate::model::editions::Editions::new(id, policies)
    }

    /// Reads and validates the policy; for editions, the latest.
    pub fn load(&self) -> Result<Policy, FileProblems> {
        match self {
            PolicyRef::Editions { .. } => self
                .editions(PolicyRef::load)
                .map(|editions| (**editions.latest()).clone())
                .map_err(|mut problems| problems.remove(0)),
            PolicyRef::Builtin(name) => {
                let text = BUILTIN
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, t)| *t)
                    .unwrap_or("");
                let source = SourceFile::from_bytes(format!("policy/{name}.toml"), text.as_bytes())
                    .map_err(|p| FileProblems::single(format!("policy/{name}.toml"), p))?;
                let mut policy = load(source, format!("{name} (built-in)"))?;
                policy.builtin = true;
                Ok(policy)
            }
            PolicyRef::File(path) => {
                let name = path.display().to_string();
                if !path.exists() && !name.ends_with(".toml") && !name.contains(['/', '\\']) {
                    let builtins: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
                    return Err(FileProblems::single(
                        name.clone(),
                        Problem::unknown_policy(&name, &builtins),
                    ));
                }
                let source =
                    SourceFile::read(path).map_err(|p| FileProblems::single(name.clone(), p))?;
                load(source, name)
            }
        }
    }
}

/// Reads and validates a policy from its source.
pub fn load(source: SourceFile, origin: String) -> Result<Policy, FileProblems> {
    // A built-in policy, or a file that is one byte for byte (a project's own copy, unchanged),
    // is read from the tree and digest prepared at build time.
    let (source, prepared, shipped) = match prepared::matching(&source) {
        Some((digest, tree)) => (source.known_sha256(digest), tree, true),
        None => (source, None, false),
    };
    let parsed = match prepared {
        Some(tree) => Ok(tree),
        None => document::parse_toml(&source),
    };
    let tree = match parsed {
        Ok(tree) if tree.is_empty_map() => {
            let problem = Problem::empty_policy(&source.name);
            return Err(FileProblems::new(source, vec![problem]));
        }
        Ok(tree) => tree,
        Err(problems) => return Err(FileProblems::new(source, problems)),
    };
    let mut problems = Problems::toml();
    let mut policy = read_policy(&tree, &source, origin, &mut problems);
    if let Some(policy) = &mut policy {
        // The shipped policies are what they are; a file may have drifted from them.
        if !shipped {
            policy.modified_copy = warn_of_modified_copy(policy, &tree, &mut problems);
        }
        warn_of_published_values(policy, &tree, &mut problems);
    }
    match policy {
        Some(mut policy) if !problems.has_errors() => {
            policy.warnings = problems.list;
            Ok(policy)
        }
        _ => Err(FileProblems::new(source, problems.list)),
    }
}

/// Each built-in policy's id, version and digest, read once.
static BUILTIN_EDITIONS: LazyLock<Vec<(String, String, String)>> = LazyLock::new(|| {
    builtin_refs()
        .iter()
        .filter_map(|reference| reference.load().ok())
        .map(|policy| (policy.id, policy.version, policy.sha256))
        .collect()
});

/// Whether `policy` has the id and version of a built-in policy without being it byte for
/// byte; if so, warns at its `version`.
fn warn_of_modified_copy(
    policy: &Policy,
    tree: &crate::reading::document::Node,
    problems: &mut Problems,
) -> bool {
    let Some((_, _, builtin)) = BUILTIN_EDITIONS
        .iter()
        .find(|(id, version, _)| *id == policy.id && *version == policy.version)
    else {
        return false;
    };
    let span = key_span_at(tree, &["policy", "version"]).unwrap_or(0..0);
    let short = |digest: &str| digest.get(..12).unwrap_or(digest).to_string();
    problems.push(Problem::CrossCheck(
        crate::reading::diagnostics::CrossCheckProblem::ModifiedCopy {
            message: format!(
                "`{}` calls itself {} {}, the built-in policy, but differs from it",
                policy.origin, policy.id, policy.version
            ),
            span: miette::SourceSpan::from(span),
            label: format!(
                "sha256 {}, the built-in's is {}",
                short(&policy.sha256),
                short(builtin)
            ),
            help: format!(
                "rulings made under it say \"a modified copy of the built-in\"; if the change is \
                 meant, give the file a version of its own (`version = \"{}-desk-1\"`) so that \
                 it no longer passes for the published policy; to start again from the \
                 built-in: `appeal policy export {} > {}`",
                policy.version, policy.id, policy.origin
            ),
        },
    ));
    true
}

/// Warns of each value in force that the published rules fix and the policy writes otherwise
/// (buyer 1.b's `instant_release`: the rules say 1 hour). The values are recorded once, in
/// [`crate::model::params`].
fn warn_of_published_values(
    policy: &Policy,
    tree: &crate::reading::document::Node,
    problems: &mut Problems,
) {
    let mut warn = |path: &[&str], key: &str, value: &ParamValue, published: Published, cite| {
        if published.agrees_with(value) {
            return;
        }
        let span = key_span_at(tree, path).unwrap_or(0..0);
        let place = match path {
            ["clauses", clause, key] => format!("clauses.\"{clause}\".{key}"),
            other => other.join("."),
        };
        let words = published.words();
        problems.push(Problem::CrossCheck(
            crate::reading::diagnostics::CrossCheckProblem::PublishedValue {
                message: format!(
                    "`{place}` is {}, but {cite} fixes it at {words}",
                    value.spelled()
                ),
                span: miette::SourceSpan::from(span),
                label: format!("the rules say {words}"),
                help: format!(
                    "the published rules give `{key} = \"{}\"`; keep another value only if the \
                     desk decided so, and say why in a comment",
                    published.0
                ),
            },
        ));
    };
    for (table, key, published) in PUBLISHED_SETTINGS {
        // Only the age limit's setting is fixed, and only where its gate applies.
        if (*table, *key) == ("limits", "max_order_age") && policy.gate_applies(ClauseId::AgeLimit)
        {
            let value = ParamValue::Duration(policy.limits.max_order_age);
            let cite = policy.cite(ClauseId::AgeLimit).to_string();
            warn(&[table, key], key, &value, *published, cite);
        }
    }
    for (id, table) in &policy.clauses {
        for param in id.spec().params {
            let (Some(published), Some(value)) = (param.published, table.params.get(param.name))
            else {
                continue;
            };
            let path = ["clauses", id.as_str(), param.name];
            warn(&path, param.name, value, published, table.cite.clone());
        }
    }
}

/// What build.rs works out from `schema/policy.json`, the committed schema of this model.
mod prepared_keys {
    include!(concat!(env!("OUT_DIR"), "/policy_keys.rs"));

    /// The keys of the mapping the schema names `name`.
    pub fn of(name: &str) -> Vec<&'static str> {
        crate::reading::decode::prepared_keys(MAPPINGS, name)
    }
}

// The keys of the policy file's top level and of its `[policy]` table, as the schema of
// [`Policy`] has them; each table outside the clauses may also list, in `placeholders`, the
// settings of its own that the published text leaves open (`written::Settings` adds the key to
// the table's model).
pub(crate) static POLICY_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| prepared_keys::of("Policy"));
pub(crate) static META_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| prepared_keys::of("PolicyMeta"));
pub(crate) static CALENDAR_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| prepared_keys::of(&written::Settings::<Calendar>::schema_name()));
pub(crate) static LIMITS_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| prepared_keys::of(&written::Settings::<Limits>::schema_name()));
pub(crate) static PROCEDURE_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| prepared_keys::of(&written::Settings::<Procedure>::schema_name()));

/// The keys of the policy file's top level and of its `[policy]` table, as the schema of
/// [`Policy`] has them, generated now. Only that schema is generated: the tables under it are
/// entered as already defined, so the generator refers to them without generating them.
#[cfg(test)]
fn file_keys_in_model() -> (Vec<&'static str>, Vec<&'static str>) {
    use crate::reading::decode::model_keys_in;

    let mut generator = schemars::SchemaGenerator::default();
    for table in [
        written::Settings::<Calendar>::schema_name(),
        written::Settings::<Limits>::schema_name(),
        written::Settings::<Procedure>::schema_name(),
        written::ClauseTables::schema_name(),
    ] {
        generator
            .definitions_mut()
            .insert(table.into_owned(), serde_json::Value::Bool(true));
    }
    let schema = generator.into_root_schema_for::<Policy>();
    let schema = schema.as_value();
    (
        model_keys_in(schema),
        model_keys_in(&schema["properties"]["policy"]),
    )
}

fn read_policy(
    root: &crate::reading::document::Node,
    source: &SourceFile,
    origin: String,
    problems: &mut Problems,
) -> Option<Policy> {
    let top = 0..0;
    let mut map = MapReader::of_model(root, "the policy file", &top, &POLICY_KEYS, problems)?;
    let meta = map
        .required(
            "policy",
            "{ id = \"mexc\", version = \"2025-05-29\" }",
            problems,
        )
        .and_then(|e| read_meta(e, problems));
    let mut setting_placeholders = BTreeSet::new();
    let calendar = map
        .required("calendar", "{ timezone = \"Asia/Singapore\" }", problems)
        .and_then(|e| read_calendar(e, &mut setting_placeholders, problems));
    let limits = map
        .required("limits", "{ max_order_age = \"18mo\" }", problems)
        .and_then(|e| read_limits(e, &mut setting_placeholders, problems));
    let procedure = map
        .required("procedure", "{ require_kyc = false }", problems)
        .and_then(|e| read_procedure(e, &mut setting_placeholders, problems));
    let clauses = map
        .required("clauses", "{ \"buyer.1a\" = { … } }", problems)
        .and_then(|e| read_clauses(e, problems));
    map.finish(problems);
    let meta = meta?;
    let procedure = procedure?;
    let (clauses, parameters, disabled) = clauses?;
    if !gates_cited(root, &procedure, &clauses, problems) {
        return None;
    }
    Some(Policy {
        id: meta.id,
        title: meta.title,
        version: meta.version,
        source: meta.published,
        effective_from: meta.effective_from,
        in_force_on: meta.in_force_on,
        source_text: source.text.to_string(),
        origin,
        sha256: source.sha256().to_string(),
        calendar: calendar?,
        limits: limits?,
        procedure,
        clauses,
        parameters,
        setting_placeholders,
        builtin: false,
        disabled,
        modified_copy: false,
        warnings: Vec::new(),
        edition_spans: edition_spans(root),
    })
}

/// Where `policy.effective_from`, `policy.in_force_on` and `policy.id` are written (the
/// `[policy]` table for one left out).
fn edition_spans(root: &crate::reading::document::Node) -> [Span; 3] {
    ["effective_from", "in_force_on", "id"].map(|key| {
        key_span_at(root, &["policy", key])
            .or_else(|| key_span_at(root, &["policy"]))
            .unwrap_or(0..0)
    })
}

/// `[policy]`: what the policy is and when it is in force.
fn read_meta(e: &Entry, problems: &mut Problems) -> Option<Meta> {
    let mut meta = MapReader::of_model(&e.value, "[policy]", &e.key_span, &META_KEYS, problems)?;
    let id = meta
        .required("id", "\"mexc\"", problems)
        .and_then(|e| non_empty_text(e, "policy.id", problems));
    let title = meta
        .required("title", "\"MEXC P2P Appeal Handling Rules\"", problems)
        .and_then(|e| non_empty_text(e, "policy.title", problems));
    let version = meta
        .required("version", "\"2025-05-29\"", problems)
        .and_then(|e| non_empty_text(e, "policy.version", problems));
    let published = match meta.optional("source") {
        Some(e) => text(e, "policy.source", problems).map(|s| Some(s.value)),
        None => Some(None),
    };
    let effective_from = match meta.optional("effective_from") {
        Some(e) => day(e, "policy.effective_from", problems).map(Some),
        None => Some(None),
    };
    let in_force_on = match meta.optional("in_force_on") {
        Some(e) => choice::<InForceOn>(e, "policy.in_force_on", problems).map(|c| c.value),
        None => Some(InForceOn::OrderCreated),
    };
    meta.finish(problems);
    Some(Meta {
        id: id?.value,
        title: title?.value,
        version: version?.value,
        published: published?,
        effective_from: effective_from?,
        in_force_on: in_force_on?,
    })
}

/// `[limits]`.
fn read_limits(
    e: &Entry,
    setting_placeholders: &mut BTreeSet<String>,
    problems: &mut Problems,
) -> Option<Limits> {
    let mut limits =
        MapReader::of_model(&e.value, "[limits]", &e.key_span, &LIMITS_KEYS, problems)?;
    let age = limits
        .required("max_order_age", "\"18mo\"", problems)
        .and_then(|e| positive_duration(e, "limits.max_order_age", problems));
    let tolerance = match limits.optional("amount_tolerance") {
        Some(e) => money(e, "limits.amount_tolerance", problems),
        None => Some(Decimal::ZERO),
    };
    read_setting_placeholders(&mut limits, "limits", setting_placeholders, problems);
    limits.finish(problems);
    Some(Limits {
        max_order_age: age?,
        amount_tolerance: tolerance?,
    })
}

/// A gate that is switched on needs its clause table for the citation: whether every one has it.
fn gates_cited(
    root: &crate::reading::document::Node,
    procedure: &Procedure,
    clauses: &BTreeMap<ClauseId, ClauseTable>,
    problems: &mut Problems,
) -> bool {
    let switches = [
        (procedure.require_kyc, ClauseId::Kyc, "require_kyc"),
        (
            procedure.appeal_after_timer,
            ClauseId::Timer,
            "appeal_after_timer",
        ),
        (procedure.require_reason, ClauseId::Reason, "require_reason"),
        (
            procedure
                .required_evidence
                .values()
                .any(|kinds| !kinds.is_empty()),
            ClauseId::Evidence,
            "required_evidence",
        ),
    ];
    let mut gates_cited = true;
    for (on, id, key) in switches {
        if on && !clauses.contains_key(&id) {
            let span = key_span_at(root, &["procedure", key])
                .or_else(|| key_span_at(root, &["procedure"]))
                .unwrap_or(0..0);
            problems.push(Problem::invalid(
                format!(
                    "`procedure.{key}` is on, but the policy has no `[clauses.\"{id}\"]` table"
                ),
                &span,
                "gate without a clause",
                format!(
                    "add `[clauses.\"{id}\"]` with `cite = \"…\"` naming the rule the gate applies"
                ),
            ));
            gates_cited = false;
        }
    }
    gates_cited
}

/// What the `[policy]` table says.
struct Meta {
    id: String,
    title: String,
    version: String,
    published: Option<String>,
    effective_from: Option<NaiveDate>,
    in_force_on: InForceOn,
}

/// A day, `YYYY-MM-DD`: a TOML date, bare or quoted.
fn day(entry: &Entry, place: &str, problems: &mut Problems) -> Option<NaiveDate> {
    let written = text(entry, place, problems)?;
    match NaiveDate::parse_from_str(&written.value, "%Y-%m-%d") {
        Ok(date) if written.value.len() == 10 => Some(date),
        _ => {
            problems.push(Problem::invalid(
                format!("`{place}` is not a day: `{}`", written.value),
                &written.span,
                "expected YYYY-MM-DD",
                format!(
                    "write the day the edition comes into force, e.g. `{} = \"2025-05-29\"`",
                    entry.key
                ),
            ));
            None
        }
    }
}

/// The span of the key at `path` (`["procedure", "require_kyc"]`), if it is written.
fn key_span_at(root: &crate::reading::document::Node, path: &[&str]) -> Option<Span> {
    let (first, rest) = path.split_first()?;
    let Value::Map(entries) = &root.value else {
        return None;
    };
    let entry = entries.iter().find(|e| e.key == *first)?;
    if rest.is_empty() {
        Some(entry.key_span.clone())
    } else {
        key_span_at(&entry.value, rest)
    }
}

fn positive_duration(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<PolicyDuration> {
    let (duration, written) = crate::reading::decode::duration(entry, place, problems)?;
    if duration.is_zero() {
        problems.push(Problem::out_of_range(
            place,
            &written.value,
            "a duration longer than zero",
            &written.span,
        ));
        return None;
    }
    Some(duration)
}

/// Money in a policy is written as a string: TOML floats are binary and lose cents.
fn money(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Decimal> {
    let span = crate::reading::decode::point(&entry.value, &entry.key_span);
    if let Value::Scalar(scalar) = &entry.value.value
        && scalar.kind == ScalarKind::Float
    {
        problems.push(Problem::invalid(
            format!("`{place}` is written as a TOML float, which cannot hold money exactly"),
            &span,
            "write it as a string",
            format!("quote it: `{} = \"{}\"`", entry.key, scalar.text),
        ));
        return None;
    }
    let value = crate::reading::decode::decimal(entry, place, problems)?;
    if value.value < Decimal::ZERO {
        problems.push(Problem::out_of_range(
            place,
            &value.value.to_string(),
            "zero or more",
            &value.span,
        ));
        return None;
    }
    Some(value.value)
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Mon", Weekday::Mon),
    ("Tue", Weekday::Tue),
    ("Wed", Weekday::Wed),
    ("Thu", Weekday::Thu),
    ("Fri", Weekday::Fri),
    ("Sat", Weekday::Sat),
    ("Sun", Weekday::Sun),
];

fn read_calendar(
    entry: &Entry,
    open: &mut BTreeSet<String>,
    problems: &mut Problems,
) -> Option<Calendar> {
    let mut map = MapReader::of_model(
        &entry.value,
        "[calendar]",
        &entry.key_span,
        &CALENDAR_KEYS,
        problems,
    )?;
    let zone = map
        .required("timezone", "\"Asia/Singapore\"", problems)
        .and_then(|e| read_timezone(e, problems));
    let weekend = match map.optional("weekend") {
        Some(e) => {
            list(e, "calendar.weekend", problems).and_then(|items| read_weekend(items, problems))
        }
        None => Some(Vec::new()),
    };
    let holidays = match map.optional("holidays") {
        Some(e) => {
            list(e, "calendar.holidays", problems).and_then(|items| read_holidays(items, problems))
        }
        None => Some(BTreeMap::new()),
    };
    read_setting_placeholders(&mut map, "calendar", open, problems);
    map.finish(problems);
    let weekend = weekend?;
    if weekend.len() == 7 {
        problems.push(Problem::invalid(
            "every day of the week is a weekend day; working-day deadlines could never be met",
            &entry.key_span,
            "no working days",
            "list at most six weekend days, usually `[\"Sat\", \"Sun\"]`",
        ));
        return None;
    }
    let holidays = holidays?;
    let calendar = Calendar {
        zone: zone?,
        weekend,
        holidays: holidays.keys().copied().collect(),
    };
    check_breaks(&calendar, &holidays, &entry.key_span, problems)?;
    Some(calendar)
}

/// `calendar.timezone`: an IANA zone name.
fn read_timezone(e: &Entry, problems: &mut Problems) -> Option<chrono_tz::Tz> {
    let written = non_empty_text(e, "calendar.timezone", problems)?;
    match written.value.parse::<chrono_tz::Tz>() {
        Ok(zone) => Some(zone),
        Err(_) => {
            let names = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name());
            let lowered = written.value.to_lowercase();
            let best = names
                .clone()
                .map(|n| (strsim::jaro_winkler(&lowered, &n.to_lowercase()), n))
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let help = match best {
                Some((score, name)) if score > 0.85 => format!("did you mean `{name}`? Zones are IANA names such as `Asia/Singapore`, `Europe/Berlin` or `UTC`"),
                _ => "use an IANA zone name such as `Asia/Singapore`, `Europe/Berlin`, `America/Sao_Paulo` or `UTC`".to_string(),
            };
            problems.push(Problem::unknown_zone(&written.value, &written.span, help));
            None
        }
    }
}

/// `calendar.weekend`: weekday names, in the order of the week.
fn read_weekend(
    items: Vec<(String, &document::Node)>,
    problems: &mut Problems,
) -> Option<Vec<Weekday>> {
    let names: Vec<&str> = WEEKDAYS.iter().map(|(n, _)| *n).collect();
    let mut days: Vec<Weekday> = Vec::new();
    let mut ok = true;
    for (place, node) in items {
        let entry = item_entry(node, "weekend");
        match text(&entry, &place, problems) {
            Some(day) => match WEEKDAYS
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(&day.value))
            {
                Some((_, weekday)) => {
                    if !days.contains(weekday) {
                        days.push(*weekday);
                    }
                }
                None => {
                    problems.push(Problem::unknown_value(
                        &day.value, &place, &day.span, &names,
                    ));
                    ok = false;
                }
            },
            None => ok = false,
        }
    }
    days.sort_by_key(|d| d.num_days_from_monday());
    ok.then_some(days)
}

/// `calendar.holidays`: dates, each once, with where each is written.
fn read_holidays(
    items: Vec<(String, &document::Node)>,
    problems: &mut Problems,
) -> Option<BTreeMap<NaiveDate, Span>> {
    let mut seen: BTreeMap<NaiveDate, Span> = BTreeMap::new();
    let mut ok = true;
    for (place, node) in items {
        let entry = item_entry(node, "holidays");
        let Some(day) = text(&entry, &place, problems) else {
            ok = false;
            continue;
        };
        match NaiveDate::parse_from_str(day.value.trim(), "%Y-%m-%d") {
            Ok(date) => {
                if let Some(first) = seen.get(&date) {
                    problems.push(Problem::duplicate_holiday(&day.value, &day.span, first));
                    ok = false;
                } else {
                    seen.insert(date, day.span.clone());
                }
            }
            Err(_) => {
                problems.push(Problem::invalid(
                    format!("`{place}` is not a date: `{}`", day.value),
                    &day.span,
                    "expected YYYY-MM-DD",
                    "write holidays as ISO dates, e.g. `2025-01-01` (bare or quoted)",
                ));
                ok = false;
            }
        }
    }
    ok.then_some(seen)
}

/// A working-day window must find its working days within the look-ahead: a break longer
/// than that would make the window close at its own start.
fn check_breaks(
    calendar: &Calendar,
    holidays: &BTreeMap<NaiveDate, Span>,
    table_span: &Span,
    problems: &mut Problems,
) -> Option<()> {
    if let Some((from, _)) = calendar
        .longest_break()
        .filter(|(_, days)| *days > MAX_BREAK)
    {
        let span = holidays
            .range(from..)
            .next()
            .map_or(table_span.clone(), |(_, span)| span.clone());
        problems.push(Problem::invalid(
            format!(
                "the calendar has no working day for more than {MAX_BREAK} days in a row from {from}"
            ),
            &span,
            "no working day in this stretch",
            "remove holidays from this stretch (or weekend days), so that a working day comes at least every few weeks",
        ));
        return None;
    }
    Some(())
}

use crate::vocab::calendar::MAX_BREAK;

fn read_procedure(
    entry: &Entry,
    open: &mut BTreeSet<String>,
    problems: &mut Problems,
) -> Option<Procedure> {
    let mut map = MapReader::of_model(
        &entry.value,
        "[procedure]",
        &entry.key_span,
        &PROCEDURE_KEYS,
        problems,
    )?;
    let switch =
        |map: &mut MapReader<'_>, key: &str, problems: &mut Problems| match map.optional(key) {
            Some(e) => boolean(e, &format!("procedure.{key}"), problems),
            None => Some(false),
        };
    // Read in the order a policy file writes them, which is the order a "did you mean" lists them.
    let require_kyc = switch(&mut map, "require_kyc", problems);
    let appeal_after_timer = switch(&mut map, "appeal_after_timer", problems);
    let appeal_timer = match map.optional("appeal_timer") {
        Some(e) => positive_duration(e, "procedure.appeal_timer", problems),
        None => Some(PolicyDuration::Minutes(15)),
    };
    let require_reason = switch(&mut map, "require_reason", problems);
    let required_evidence = match map.optional("required_evidence") {
        Some(e) => read_required_evidence(e, problems),
        None => Some(BTreeMap::new()),
    };
    let evidence_window = map
        .required("evidence_window", "\"24h\"", problems)
        .and_then(|e| positive_duration(e, "procedure.evidence_window", problems));
    let identity_verification_window = match map.optional("identity_verification_window") {
        Some(e) => positive_duration(e, "procedure.identity_verification_window", problems),
        None => Some(PolicyDuration::Hours(24)),
    };
    read_setting_placeholders(&mut map, "procedure", open, problems);
    map.finish(problems);
    Some(Procedure {
        require_kyc: require_kyc?,
        appeal_after_timer: appeal_after_timer?,
        appeal_timer: appeal_timer?,
        require_reason: require_reason?,
        required_evidence: required_evidence?,
        evidence_window: evidence_window?,
        identity_verification_window: identity_verification_window?,
    })
}

/// `required_evidence = ["payment_receipt"]` (every appellant) or
/// `required_evidence = { buyer = ["payment_receipt"], seller = [] }`.
fn read_required_evidence(
    entry: &Entry,
    problems: &mut Problems,
) -> Option<BTreeMap<Party, Vec<EvidenceKind>>> {
    let kinds =
        |entry: &Entry, place: &str, problems: &mut Problems| -> Option<Vec<EvidenceKind>> {
            let items = list(entry, place, problems)?;
            let mut out = Vec::new();
            let mut ok = true;
            for (item_place, node) in items {
                match choice::<EvidenceKind>(&item_entry(node, &entry.key), &item_place, problems) {
                    Some(kind) => out.push(kind.value),
                    None => ok = false,
                }
            }
            ok.then_some(out)
        };
    match &entry.value.value {
        Value::Map(_) => {
            let mut map = MapReader::new(
                &entry.value,
                "procedure.required_evidence",
                &entry.key_span,
                &["buyer", "seller"],
                problems,
            )?;
            let buyer = match map.optional("buyer") {
                Some(e) => kinds(e, "procedure.required_evidence.buyer", problems),
                None => Some(Vec::new()),
            };
            let seller = match map.optional("seller") {
                Some(e) => kinds(e, "procedure.required_evidence.seller", problems),
                None => Some(Vec::new()),
            };
            map.finish(problems);
            Some(
                [(Party::Buyer, buyer?), (Party::Seller, seller?)]
                    .into_iter()
                    .collect(),
            )
        }
        _ => {
            let both = kinds(entry, "procedure.required_evidence", problems)?;
            Some(
                [(Party::Buyer, both.clone()), (Party::Seller, both)]
                    .into_iter()
                    .collect(),
            )
        }
    }
}

/// The clauses in force, their parameters, and the clauses left out with `enabled = false`.
type Clauses = (
    BTreeMap<ClauseId, ClauseTable>,
    Parameters,
    BTreeSet<ClauseId>,
);

fn read_clauses(entry: &Entry, problems: &mut Problems) -> Option<Clauses> {
    let Value::Map(entries) = &entry.value.value else {
        problems.push(Problem::wrong_type(
            "clauses",
            "a table of clause tables",
            &entry.value.describe(),
            &entry.key_span,
            "[clauses.\"buyer.1a\"]",
        ));
        return None;
    };
    let names = ClauseId::names();
    let mut out = BTreeMap::new();
    let mut parameters = Parameters::default();
    let mut disabled = BTreeSet::new();
    let mut written = BTreeSet::new();
    let mut ok = true;
    for clause in entries {
        let Some(id) = ClauseId::parse(&clause.key) else {
            problems.push(Problem::unknown_clause(
                &clause.key,
                &clause.key_span,
                &names,
            ));
            ok = false;
            continue;
        };
        written.insert(id);
        match read_clause(id, clause, problems) {
            Some(Written::Disabled) => {
                disabled.insert(id);
            }
            // `read_clause` has checked every parameter: they make the clause's struct.
            Some(Written::InForce(table)) if parameters.read(id, &table.params) => {
                out.insert(id, table);
            }
            _ => ok = false,
        }
    }
    ok &= every_clause_written(entry, &written, problems);
    ok.then_some((out, parameters, disabled))
}

/// Every clause of the catalogue has a table: in force, or left out with `enabled = false`. A
/// table that is missing (commented out, say) is an error, never a clause silently not applied.
fn every_clause_written(
    entry: &Entry,
    written: &BTreeSet<ClauseId>,
    problems: &mut Problems,
) -> bool {
    let missing: Vec<ClauseId> = ClauseId::all().filter(|id| !written.contains(id)).collect();
    let Some(first) = missing.first() else {
        return true;
    };
    let list: Vec<String> = missing.iter().map(|id| format!("`{id}`")).collect();
    let message = match missing.len() {
        1 => format!("the policy has no table for the clause {}", list[0]),
        n => format!(
            "the policy has no table for {n} clauses: {}",
            list.join(", ")
        ),
    };
    problems.push(Problem::invalid(
        message,
        &entry.key_span,
        "every clause needs a table here",
        format!(
            "write each clause's table with its `cite` and parameters (`appeal policy export \
             mexc` prints them all), or leave a clause out deliberately: \
             `[clauses.\"{first}\"]` with `enabled = false`"
        ),
    ));
    false
}

/// A clause table as read: in force, or left out (`enabled = false`).
enum Written {
    InForce(ClauseTable),
    Disabled,
}

fn read_clause(id: ClauseId, entry: &Entry, problems: &mut Problems) -> Option<Written> {
    let place = format!("clauses.\"{id}\"");
    let Value::Map(entries) = &entry.value.value else {
        problems.push(Problem::wrong_type(
            &place,
            "a table",
            &entry.value.describe(),
            &entry.key_span,
            "cite = \"…\"",
        ));
        return None;
    };
    let mut table = ClauseReading {
        id,
        place,
        cite: None,
        enabled: true,
        placeholders: BTreeSet::new(),
        params: BTreeMap::new(),
        ok: true,
    };
    for item in entries {
        table.read_key(item, problems);
    }
    // A clause left out needs nothing else; what its table does write is still checked, so
    // that switching it back on finds no mistake waiting.
    if !table.enabled {
        return table.ok.then_some(Written::Disabled);
    }
    table.check_complete(&entry.key_span, problems);
    table.ok.then(|| {
        Written::InForce(ClauseTable {
            cite: table.cite.unwrap_or_default(),
            params: table.params,
            placeholders: table.placeholders,
        })
    })
}

/// One `[clauses."…"]` table as it is read, key by key.
struct ClauseReading {
    id: ClauseId,
    /// `clauses."buyer.1a"`.
    place: String,
    cite: Option<String>,
    enabled: bool,
    placeholders: BTreeSet<String>,
    params: BTreeMap<&'static str, ParamValue>,
    /// Whether every key read so far reads.
    ok: bool,
}

impl ClauseReading {
    /// `enabled`, `cite`, `placeholders`, or one of the clause's parameters.
    fn read_key(&mut self, item: &Entry, problems: &mut Problems) {
        let spec = self.id.spec();
        let key_place = format!("{}.{}", self.place, item.key);
        match item.key.as_str() {
            "enabled" => match boolean(item, &key_place, problems) {
                Some(on) => self.enabled = on,
                None => self.ok = false,
            },
            "cite" => {
                self.cite = non_empty_text(item, &key_place, problems).map(|c| c.value);
                self.ok &= self.cite.is_some();
            }
            "placeholders" => {
                let param_names: Vec<&str> = spec.params.iter().map(|p| p.name).collect();
                let owner = self.id.to_string();
                match read_placeholders(
                    item,
                    &key_place,
                    &param_names,
                    &owner,
                    "parameter",
                    problems,
                ) {
                    Some(names) => self.placeholders = names,
                    None => self.ok = false,
                }
            }
            _ => match spec.params.iter().find(|p| p.name == item.key) {
                Some(param) => match read_param(param, item, &key_place, problems) {
                    Some(value) => {
                        self.params.insert(param.name, value);
                    }
                    None => self.ok = false,
                },
                None => {
                    problems.push(self.unknown_key(item));
                    self.ok = false;
                }
            },
        }
    }

    fn unknown_key(&self, item: &Entry) -> Problem {
        let spec = self.id.spec();
        let mut known: Vec<&str> = vec!["cite", "enabled", "placeholders"];
        known.extend(spec.params.iter().map(|p| p.name));
        Problem::Schema(crate::reading::diagnostics::SchemaProblem::UnknownKey {
            key: item.key.clone(),
            place: format!("[{}]", self.place),
            span: miette::SourceSpan::from(item.key_span.clone()),
            help: if spec.params.is_empty() {
                format!(
                    "{} takes no parameters, only `cite` (and `placeholders`)",
                    self.id
                )
            } else {
                suggest(&item.key, known.iter().copied(), "keys")
            },
            suggestion: crate::reading::diagnostics::closest(&item.key, known.iter().copied())
                .map(str::to_string),
        })
    }

    /// A clause in force writes its `cite` and every parameter; reported only when every key
    /// written reads, and then the first missing one alone.
    fn check_complete(&mut self, table_span: &Span, problems: &mut Problems) {
        let id = self.id;
        let place = &self.place;
        if self.cite.is_none() && self.ok {
            problems.push(Problem::missing_key(
                "cite",
                &format!("[{place}]"),
                table_span,
                "cite = \"MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 1.a\"",
                Some(table_span.start),
            ));
            self.ok = false;
        }
        for param in id.spec().params {
            if !self.params.contains_key(param.name) && self.ok {
                problems.push(Problem::Schema(
                    crate::reading::diagnostics::SchemaProblem::MissingKey {
                        key: param.name.to_string(),
                        place: format!("[{place}]"),
                        span: miette::SourceSpan::from(table_span.clone()),
                        help: format!(
                            "{id} needs `{}`: {}. Every parameter is written out; none is assumed",
                            param.name,
                            param.meaning()
                        ),
                        insertion: Box::new((None, Some(table_span.start))),
                    },
                ));
                self.ok = false;
            }
        }
    }
}

/// A `placeholders = [...]` list: the names in it that are among `names` (the parameters of a
/// clause, or the settings of `[calendar]`, `[limits]` or `[procedure]`); any other name is a
/// problem pointing at it, with a "did you mean".
fn read_placeholders(
    entry: &Entry,
    place: &str,
    names: &[&str],
    owner: &str,
    what: &str,
    problems: &mut Problems,
) -> Option<BTreeSet<String>> {
    let names_read = texts(entry, place, false, problems)?;
    let mut out = BTreeSet::new();
    let mut ok = names_read.all_read;
    for name in names_read.read {
        if names.contains(&name.value.as_str()) {
            out.insert(name.value);
        } else {
            problems.push(Problem::invalid(
                format!("`{}` is not a {what} of {owner}", name.value),
                &name.span,
                &format!("unknown {what}"),
                if names.is_empty() {
                    format!("{owner} has no {what}s; remove `placeholders`")
                } else {
                    suggest(&name.value, names.iter().copied(), &format!("{what}s"))
                },
            ));
            ok = false;
        }
    }
    ok.then_some(out)
}

/// Adds the `placeholders` of the `[calendar]`, `[limits]` or `[procedure]` table `map` reads
/// to `open`, as `table.key`. Read last: the table's other keys, in the order the reader asked
/// for them, are its settings. A name that is not a setting of the table is a problem, which
/// makes the policy invalid.
fn read_setting_placeholders(
    map: &mut MapReader<'_>,
    table: &str,
    open: &mut BTreeSet<String>,
    problems: &mut Problems,
) {
    let Some(entry) = map.optional("placeholders") else {
        return;
    };
    let settings: Vec<&str> = map
        .allowed_in_order()
        .into_iter()
        .filter(|key| *key != "placeholders")
        .collect();
    let names = read_placeholders(
        entry,
        &format!("{table}.placeholders"),
        &settings,
        &format!("[{table}]"),
        "setting",
        problems,
    );
    open.extend(
        names
            .into_iter()
            .flatten()
            .map(|name| format!("{table}.{name}")),
    );
}

fn read_param(
    param: &ParamSpec,
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<ParamValue> {
    match param.kind {
        ParamKind::Duration => positive_duration(entry, place, problems).map(ParamValue::Duration),
        ParamKind::Percent => {
            if let Value::Scalar(scalar) = &entry.value.value
                && scalar.kind == ScalarKind::String
            {
                let span = crate::reading::decode::point(&entry.value, &entry.key_span);
                problems.push(Problem::wrong_type(
                    place,
                    "a number",
                    &entry.value.describe(),
                    &span,
                    &format!("{} = {}", entry.key, scalar.text.trim()),
                ));
                return None;
            }
            let value = crate::reading::decode::decimal(entry, place, problems)?;
            if value.value <= Decimal::ZERO || value.value >= Decimal::ONE_HUNDRED {
                problems.push(Problem::out_of_range(
                    place,
                    &format!("{} %", value.value),
                    "a percentage above 0 and below 100",
                    &value.span,
                ));
                return None;
            }
            Some(ParamValue::Percent(value.value))
        }
        ParamKind::Count => integer(entry, place, i64::from(param.minimum), 10_000, problems)
            .map(|n| ParamValue::Count(n as u32)),
        ParamKind::Terms => read_terms(entry, place, problems).map(ParamValue::Terms),
        ParamKind::Requirements => {
            read_requirements(entry, place, problems).map(ParamValue::Requirements)
        }
        ParamKind::Sanction => {
            choice::<SanctionAction>(entry, place, problems).map(|s| ParamValue::Sanction(s.value))
        }
        ParamKind::Mode(modes) => {
            let written = text(entry, place, problems)?;
            if modes.contains(&written.value.as_str()) {
                Some(ParamValue::Mode(written.value))
            } else {
                problems.push(Problem::unknown_value(
                    &written.value,
                    place,
                    &written.span,
                    modes,
                ));
                None
            }
        }
    }
}

/// Kinds of demand with their terms: one list (each term its own kind) or a table of lists
/// named in snake_case.
fn read_requirements(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Requirements> {
    let Value::Map(named) = &entry.value.value else {
        // One list (anything else gets the list's own diagnostic).
        let terms = read_terms(entry, place, problems)?;
        return Some(Requirements::listed(
            terms.written().map(str::to_string).collect(),
        ));
    };
    let mut kinds = Vec::new();
    let mut ok = true;
    for item in named {
        let item_place = format!("{place}.{}", item.key);
        let well_named = !item.key.is_empty()
            && item
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !well_named {
            problems.push(Problem::invalid(
                format!("`{}` is not a name for a kind of demand", item.key),
                &item.key_span,
                "not a snake_case name",
                "name each kind in lower-case letters, digits and `_`, such as `selfie_with_id`",
            ));
            ok = false;
            continue;
        }
        match read_terms(item, &item_place, problems) {
            Some(terms) => kinds.push((item.key.clone(), terms)),
            None => ok = false,
        }
    }
    if ok && kinds.is_empty() {
        problems.push(Problem::invalid(
            format!("`{place}` is an empty table"),
            &entry.key_span,
            "no kinds",
            "name at least one kind with its words, e.g. `selfie_with_id = [\"selfie\"]`; to switch the check off, remove the clause",
        ));
        return None;
    }
    ok.then(|| Requirements::named(kinds))
}

/// A non-empty list of words and phrases.
fn read_terms(entry: &Entry, place: &str, problems: &mut Problems) -> Option<TermList> {
    let terms = texts(entry, place, true, problems)?;
    if !terms.all_read {
        return None;
    }
    if terms.read.is_empty() {
        problems.push(Problem::invalid(
            format!("`{place}` is an empty list"),
            &entry.key_span,
            "no terms",
            "list at least one word or phrase; to switch the check off, remove the clause",
        ));
        return None;
    }
    Some(TermList::new(
        terms.read.into_iter().map(|term| term.value).collect(),
    ))
}

/// Reads every built-in policy; used by tests and `policy check` without arguments.
pub fn builtin_refs() -> Vec<PolicyRef> {
    BUILTIN
        .iter()
        .map(|(name, _)| PolicyRef::Builtin(name))
        .collect()
}

/// How a policy file writes what the model holds otherwise, as JSON Schemas: the `[policy]`
/// table, the `placeholders` of a table of settings, the clause tables of the catalogue and
/// `required_evidence`.
pub mod written {
    use std::borrow::Cow;
    use std::marker::PhantomData;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
    use serde_json::{Map, Value, json};

    pub use crate::reading::decode::written::*;

    use crate::model::case::EvidenceKind;
    use crate::model::clause::{CATALOGUE, ClauseSpec, ParamKind, ParamSpec};
    use crate::vocab::decision::SanctionAction;
    use crate::vocab::words::Choice;

    /// The mark (`#[schemars(extend(…))]`) of a field of [`super::Policy`] that the file writes
    /// in its `[policy]` table.
    pub const POLICY_TABLE: &str = "x-policy-table";

    /// Moves the fields marked [`POLICY_TABLE`] into the `policy` table, first among the tables
    /// of the file.
    pub fn policy_file_form(schema: &mut Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        let mut table = Map::new();
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            let marked: Vec<String> = properties
                .iter()
                .filter(|(_, field)| field.get(POLICY_TABLE).is_some())
                .map(|(key, _)| key.clone())
                .collect();
            for key in marked {
                if let Some(mut field) = properties.remove(&key) {
                    if let Some(field) = field.as_object_mut() {
                        field.remove(POLICY_TABLE);
                    }
                    table.insert(key, field);
                }
            }
        }
        let required: Vec<Value> = object
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let (in_table, outside): (Vec<Value>, Vec<Value>) = required
            .into_iter()
            .partition(|key| key.as_str().is_some_and(|key| table.contains_key(key)));
        let policy = json!({
            "description": "What the policy is: its name and the edition of the rules it implements.",
            "type": "object",
            "properties": table,
            "additionalProperties": false,
            "required": in_table
        });
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            properties.insert("policy".into(), policy);
        }
        let mut required = vec![json!("policy")];
        required.extend(outside);
        object.insert("required".into(), Value::Array(required));
    }

    /// A table of settings (`[calendar]`, `[limits]`, `[procedure]`) as the file writes it: the
    /// model `T`, and `placeholders`, the settings of its own the published text leaves open.
    pub struct Settings<T>(PhantomData<T>);
    impl<T: JsonSchema> JsonSchema for Settings<T> {
        fn schema_name() -> Cow<'static, str> {
            T::schema_name()
        }
        fn schema_id() -> Cow<'static, str> {
            format!("appeal::Settings<{}>", T::schema_id()).into()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let mut schema = T::json_schema(generator);
            let mut settings: Vec<String> = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|key| key.as_str().map(str::to_string))
                .collect();
            if let Some(Value::Object(properties)) = schema.get("properties") {
                for key in properties.keys() {
                    if !settings.contains(key) {
                        settings.push(key.clone());
                    }
                }
            }
            if let Some(Value::Object(properties)) = schema.get_mut("properties") {
                properties.insert(
                    "placeholders".into(),
                    json!({
                        "description": "Settings of this table the published text leaves open",
                        "type": "array",
                        "items": { "enum": settings }
                    }),
                );
            }
            schema
        }
    }

    /// `required_evidence`: one list for every appellant, or a table by party.
    pub struct RequiredEvidence;
    impl JsonSchema for RequiredEvidence {
        fn schema_name() -> Cow<'static, str> {
            "RequiredEvidence".into()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let every = generator.subschema_for::<Vec<EvidenceKind>>();
            let by_party = generator.subschema_for::<Option<Vec<EvidenceKind>>>();
            json_schema!({
                "anyOf": [
                    every,
                    {
                        "type": "object",
                        "properties": { "buyer": by_party, "seller": by_party }
                    }
                ]
            })
        }
    }

    /// `[clauses."<id>"]` tables, built from the clause catalogue.
    pub struct ClauseTables;
    impl JsonSchema for ClauseTables {
        fn schema_name() -> Cow<'static, str> {
            "ClauseTables".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            let mut properties = Map::new();
            for spec in CATALOGUE {
                properties.insert(spec.id.as_str().into(), clause_table(&spec));
            }
            let every: Vec<&str> = CATALOGUE.iter().map(|spec| spec.id.as_str()).collect();
            Schema::from(
                json!({ "type": "object", "properties": properties, "required": every, "additionalProperties": false })
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
            )
        }
    }
    /// One `[clauses."<id>"]` table: its citation, its placeholders, each parameter the clause
    /// takes and `enabled`; every parameter required unless the clause is left out.
    fn clause_table(spec: &ClauseSpec) -> Value {
        let mut fields = Map::new();
        fields.insert("cite".into(), json!({ "type": "string", "minLength": 1, "description": "The citation printed in rulings" }));
        let names: Vec<&str> = spec.params.iter().map(|p| p.name).collect();
        if !names.is_empty() {
            fields.insert("placeholders".into(), json!({ "type": "array", "items": { "enum": names }, "description": "Parameters the published text leaves open" }));
        }
        for param in spec.params {
            fields.insert(param.name.into(), parameter(param));
        }
        fields.insert("enabled".into(), json!({ "type": "boolean", "description": "`false` leaves the clause out deliberately (then nothing else is needed); default `true`" }));
        let mut required = vec!["cite"];
        required.extend(names.iter().copied());
        json!({
            "type": "object",
            "description": spec.id.summary(),
            "properties": fields,
            "additionalProperties": false,
            "if": { "properties": { "enabled": { "const": false } }, "required": ["enabled"] },
            "else": { "required": required }
        })
    }

    /// One parameter of a clause table: the values its kind takes, and what it means (with the
    /// value the published rules fix, when they fix one).
    fn parameter(param: &ParamSpec) -> Value {
        let terms = json!({ "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } });
        let mut schema = match param.kind {
            ParamKind::Duration => json!({ "type": "string", "pattern": "^[0-9]+(m|h|d|wd|mo)$" }),
            ParamKind::Percent => {
                json!({ "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 100 })
            }
            ParamKind::Count => {
                json!({ "type": "integer", "minimum": param.minimum, "maximum": 10000 })
            }
            ParamKind::Terms => terms,
            ParamKind::Requirements => json!({ "oneOf": [
                { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z0-9_]+$" }, "additionalProperties": terms },
                terms,
            ] }),
            ParamKind::Sanction => json!({ "enum": SanctionAction::names() }),
            ParamKind::Mode(modes) => json!({ "enum": modes }),
        };
        let meaning = match param.published {
            Some(published) => format!(
                "{}. The published rules fix it at {} (`\"{}\"`)",
                param.meaning(),
                published.words(),
                published.0
            ),
            None => param.meaning(),
        };
        if let Value::Object(map) = &mut schema {
            map.insert("description".into(), json!(meaning));
        }
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys the reader takes, prepared by build.rs from the committed schema, are the
    /// model's: a setting added to the model reaches the reader once `schema/policy.json` is
    /// regenerated, which `the_committed_policy_schema_is_current` asks for.
    #[test]
    fn the_prepared_keys_are_the_models() {
        use crate::reading::decode::model_keys_of;
        let (file, meta) = file_keys_in_model();
        assert_eq!(*POLICY_KEYS, file);
        assert_eq!(*META_KEYS, meta);
        assert_eq!(
            *CALENDAR_KEYS,
            model_keys_of::<written::Settings<Calendar>>()
        );
        assert_eq!(*LIMITS_KEYS, model_keys_of::<written::Settings<Limits>>());
        assert_eq!(
            *PROCEDURE_KEYS,
            model_keys_of::<written::Settings<Procedure>>()
        );
    }
    use miette::Diagnostic;

    fn read(text: &str) -> Result<Policy, FileProblems> {
        let source = SourceFile::from_bytes("copy.toml", text.as_bytes()).unwrap();
        load(source, "copy.toml".into())
    }

    /// The settings outside the clause tables that the shipped policies leave open are read
    /// from their tables' `placeholders` and marked on each setting.
    #[test]
    fn settings_left_open_are_read_from_each_table() {
        let bitget = PolicyRef::parse("bitget", None).load().unwrap();
        let open: Vec<&str> = bitget
            .setting_placeholders
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(
            open,
            [
                "calendar.holidays",
                "calendar.timezone",
                "calendar.weekend",
                "limits.amount_tolerance",
                "limits.max_order_age",
                "procedure.appeal_timer",
                "procedure.evidence_window",
                "procedure.identity_verification_window",
            ]
        );
        assert_eq!(bitget.placeholder_count(), 8);
        let marked: Vec<&str> = bitget
            .settings()
            .into_iter()
            .filter(|s| s.placeholder)
            .map(|s| s.key)
            .collect();
        assert!(marked.contains(&"evidence_window") && !marked.contains(&"require_kyc"));

        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        assert!(
            mexc.setting_placeholders
                .contains("limits.amount_tolerance")
        );
        assert!(!mexc.setting_placeholders.contains("limits.max_order_age"));
        assert!(
            mexc.setting_placeholders
                .contains("procedure.evidence_window")
        );
    }

    /// Buyer 4.a's kinds of verification: a table of named term lists, or (as older copies of
    /// the policy write it) one list where every term is its own kind; a badly named kind or
    /// an empty list is refused at its line.
    #[test]
    fn verification_kinds_are_a_table_of_term_lists_or_one_list() {
        let mexc = BUILTIN[0].1;
        let table = "verification_terms.selfie_with_id = [\"selfie\", \"id card\", \"identity card\", \"passport\", \"photo of your id\"]\nverification_terms.payment_screenshot = [\"screenshot\"]\nverification_terms.video_call = [\"video call\", \"face verification\"]";
        assert!(mexc.contains(table));
        let flat = mexc.replace(
            table,
            "verification_terms = [\"selfie\", \"screenshot\", \"video call\"]",
        );
        let policy = read(&flat).unwrap();
        let kinds = &policy
            .parameters
            .buyer_4a
            .as_ref()
            .unwrap()
            .verification_terms;
        let found = kinds.found_in(&crate::vocab::matching::words("a selfie and a screenshot"));
        let names: Vec<&str> = found.iter().map(|(kind, _)| *kind).collect();
        assert_eq!(names, ["selfie", "screenshot"]);
        assert_eq!(
            policy.clause(ClauseId::Buyer4a).unwrap().params["verification_terms"].spelled(),
            "[\"selfie\", \"screenshot\", \"video call\"]"
        );

        let policy = read(mexc).unwrap();
        let kinds = &policy
            .parameters
            .buyer_4a
            .as_ref()
            .unwrap()
            .verification_terms;
        let found = kinds.found_in(&crate::vocab::matching::words(
            "send a selfie with your ID card",
        ));
        assert_eq!(found, [("selfie_with_id", vec!["selfie", "id card"])]);
        assert_eq!(kinds.kind("payment_screenshot"), Some("payment_screenshot"));

        for (bad, expected) in [
            (
                "verification_terms.Selfie = [\"selfie\"]",
                "`Selfie` is not a name for a kind of demand",
            ),
            (
                "verification_terms.selfie_with_id = []",
                "`clauses.\"buyer.4a\".verification_terms.selfie_with_id` is an empty list",
            ),
        ] {
            let problems = read(&mexc.replace(table, bad)).unwrap_err().problems;
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].to_string(), expected);
        }
    }

    /// A name in a table's `placeholders` must be a key of that table, with a "did you mean".
    #[test]
    fn a_setting_placeholder_must_name_a_key_of_its_own_table() {
        let mexc = BUILTIN[0].1;
        for (from, to, expected) in [
            (
                "placeholders = [\"amount_tolerance\"]",
                "placeholders = [\"amount_tolerence\"]",
                "`amount_tolerence` is not a setting of [limits]",
            ),
            (
                "placeholders = [\"timezone\", \"weekend\", \"holidays\"]",
                "placeholders = [\"timezone\", \"evidence_window\"]",
                "`evidence_window` is not a setting of [calendar]",
            ),
            (
                "placeholders = [\"evidence_window\", \"identity_verification_window\"]",
                "placeholders = [\"placeholders\"]",
                "`placeholders` is not a setting of [procedure]",
            ),
        ] {
            assert!(mexc.contains(from), "{from}");
            let problems = read(&mexc.replace(from, to)).unwrap_err().problems;
            // Errors only: a changed copy of the built-in policy is also warned of.
            let problems: Vec<Problem> = problems.into_iter().filter(Problem::is_error).collect();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].to_string(), expected);
        }
        let problems = read(&mexc.replace(
            "placeholders = [\"amount_tolerance\"]",
            "placeholders = [\"amount_tolerence\"]",
        ))
        .unwrap_err()
        .problems;
        let help = problems[0]
            .help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        assert!(
            help.starts_with("did you mean `amount_tolerance`?"),
            "{help}"
        );
    }
}
