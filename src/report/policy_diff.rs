//! What a policy change does: the parameters that differ, the rulings that change, and which
//! parameter changes move each ruling.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::clause::ClauseId;
use crate::model::policy::{ClauseTable, Policy, spelled_text};
use crate::model::ruling::{Ruling, Sanction};
use crate::vocab::decision::{Decision, Status};
use crate::vocab::words::word_enum;

/// The JSON output of `appeal policy diff --format json`: one object.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DiffReport {
    /// The policy in force.
    pub old: PolicyInfo,
    /// The proposed policy.
    pub new: PolicyInfo,
    /// Every setting and parameter that differs, in the order a policy file writes them.
    pub parameters: Vec<ParamChange>,
    /// Every case whose ruling changes, in input order.
    pub cases: Vec<RulingChange>,
    /// Cases judged under both policies.
    pub judged: usize,
    /// Cases whose ruling changes (the length of `cases`).
    pub changed: usize,
    /// Of those, how many change in each part: their decision, status, clause, amount,
    /// deadline or sanctions (a ruling may change in several).
    pub changes: ChangeCounts,
    /// Cases not judged because their own policy has neither OLD's nor NEW's id.
    pub left_out: usize,
    /// The cases left out, by the id of their own policy.
    pub left_out_policies: BTreeMap<String, usize>,
    /// Cases that could not be read or judged (their diagnostics are on stderr).
    pub invalid: usize,
}

/// A policy compared: the edition, and where it was read from (as a ruling names it).
pub type PolicyInfo = crate::model::ruling::PolicyRef;

word_enum! {
    /// A part of a ruling that a change of policy can move.
    Difference {
        Decision = "decision",
        Status = "status",
        Clause = "clause",
        Amount = "amount",
        Deadline = "deadline",
        Sanctions = "sanctions",
    }
}

/// How many changed rulings change in each part: what a manager asks first ("4 decisions
/// change, 10 deadlines move").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ChangeCounts {
    /// Rulings whose decision changes (`release_to_buyer` → `refund_buyer`).
    pub decisions: usize,
    /// Rulings whose status changes (`pending` → `final`).
    pub statuses: usize,
    /// Rulings governed by another clause.
    pub clauses: usize,
    /// Rulings whose amount changes, appears or goes.
    pub amounts: usize,
    /// Rulings whose next deadline moves, appears or goes.
    pub deadlines: usize,
    /// Rulings whose sanctions change.
    pub sanctions: usize,
}

impl ChangeCounts {
    /// The counts of `changes`, each ruling counted once in each part it changes.
    pub fn of<'a>(changes: impl Iterator<Item = &'a [Difference]>) -> ChangeCounts {
        let mut counts = ChangeCounts::default();
        for differences in changes {
            for difference in differences {
                *counts.slot(*difference) += 1;
            }
        }
        counts
    }

    fn slot(&mut self, difference: Difference) -> &mut usize {
        match difference {
            Difference::Decision => &mut self.decisions,
            Difference::Status => &mut self.statuses,
            Difference::Clause => &mut self.clauses,
            Difference::Amount => &mut self.amounts,
            Difference::Deadline => &mut self.deadlines,
            Difference::Sanctions => &mut self.sanctions,
        }
    }

    /// "4 decisions change, 10 deadlines move": the parts that change, decisions first; empty
    /// when nothing does.
    pub fn in_words(&self) -> String {
        let parts = [
            (self.decisions, "decision", "decisions", "changes", "change"),
            (self.statuses, "status", "statuses", "changes", "change"),
            (self.deadlines, "deadline", "deadlines", "moves", "move"),
            (self.amounts, "amount", "amounts", "changes", "change"),
            (
                self.sanctions,
                "ruling's sanctions",
                "rulings' sanctions",
                "change",
                "change",
            ),
            (
                self.clauses,
                "governing clause",
                "governing clauses",
                "changes",
                "change",
            ),
        ];
        parts
            .iter()
            .filter(|(count, ..)| *count > 0)
            .map(|(count, one, many, verb_one, verb_many)| match count {
                1 => format!("1 {one} {verb_one}"),
                n => format!("{n} {many} {verb_many}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One setting that differs between two policies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ParamChange {
    /// The clause id, or `calendar`, `limits`, `procedure` for a setting.
    pub clause: String,
    /// The parameter or setting; `(clause)` when the clause is applied under one policy only.
    pub parameter: String,
    /// The value as the old policy file writes it.
    pub old: String,
    /// The value as the new policy file writes it.
    pub new: String,
    /// Whether the new value is marked as a placeholder the published text leaves open.
    pub placeholder: bool,
    /// Whether this change, made alone to the old policy, gives a valid policy; when not
    /// (a gate switched on whose clause table comes with another change, say), it is not
    /// tried alone and no ruling is attributed to it.
    pub applies_alone: bool,
}

impl ParamChange {
    /// A change of `parameter` of `clause` from `old` to `new`, if they differ.
    fn between(
        clause: &str,
        parameter: &str,
        old: String,
        new: String,
        placeholder: bool,
    ) -> Option<ParamChange> {
        (old != new).then(|| ParamChange {
            clause: clause.to_string(),
            parameter: parameter.to_string(),
            old,
            new,
            placeholder,
            applies_alone: true,
        })
    }

    /// `buyer.1a price_band_pct`, `calendar timezone`.
    pub fn name(&self) -> String {
        format!("{} {}", self.clause, self.parameter)
    }
}

/// A parameter change, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ParamName {
    pub clause: String,
    pub parameter: String,
}

/// One case whose ruling differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RulingChange {
    pub case: String,
    pub file: String,
    pub old: RulingSummary,
    pub new: RulingSummary,
    /// The parts of the ruling that differ, in this order: `decision`, `status`, `clause`,
    /// `amount`, `deadline`, `sanctions`.
    pub changes: Vec<Difference>,
    /// The parameter changes that, each made alone to the old policy, change this ruling. Empty
    /// when none does alone: the ruling moves only with several changes together.
    pub moved_by: Vec<ParamName>,
}

/// The parts of a ruling a policy change can move. Every key is always there in the JSON
/// form (`amount` and `next_deadline` are `null` when the ruling has none); `amount` is a
/// decimal string and `next_deadline` an RFC 3339 time, as in the ruling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RulingSummary {
    pub decision: Decision,
    pub status: Status,
    #[schemars(with = "String")]
    pub clause: ClauseId,
    #[serde(serialize_with = "crate::model::ruling::opt_decimal::serialize")]
    #[schemars(with = "Option<String>")]
    pub amount: Option<Decimal>,
    #[schemars(with = "Option<String>")]
    pub next_deadline: Option<DateTime<FixedOffset>>,
    pub sanctions: Vec<Sanction>,
}

impl RulingSummary {
    pub fn of(ruling: &Ruling) -> RulingSummary {
        RulingSummary {
            decision: ruling.decision,
            status: ruling.status,
            clause: ruling.clause,
            amount: ruling.amount,
            next_deadline: ruling.next_deadline,
            sanctions: ruling.sanctions.clone(),
        }
    }
}

impl RulingSummary {
    /// The summary of a ruling as `--format json` wrote it (a ledger's `ruling`); `None` when
    /// a part is missing or not a value this tool knows.
    pub fn from_json(ruling: &serde_json::Value) -> Option<RulingSummary> {
        use crate::vocab::decision::{Party, SanctionAction};
        use crate::vocab::words::Choice;
        let word = |key: &str| ruling.get(key)?.as_str();
        let sanctions = ruling
            .get("sanctions")?
            .as_array()?
            .iter()
            .map(|sanction| {
                Some(Sanction {
                    party: Party::parse(sanction.get("party")?.as_str()?)?,
                    action: SanctionAction::parse(sanction.get("action")?.as_str()?)?,
                    days: match sanction.get("days") {
                        None | Some(serde_json::Value::Null) => None,
                        Some(days) => Some(u32::try_from(days.as_u64()?).ok()?),
                    },
                    clause: ClauseId::parse(sanction.get("clause")?.as_str()?)?,
                })
            })
            .collect::<Option<Vec<Sanction>>>()?;
        Some(RulingSummary {
            decision: Decision::parse(word("decision")?)?,
            status: Status::parse(word("status")?)?,
            clause: ClauseId::parse(word("clause")?)?,
            amount: match word("amount") {
                Some(amount) => Some(amount.parse().ok()?),
                None => None,
            },
            next_deadline: match word("next_deadline") {
                Some(due) => Some(DateTime::parse_from_rfc3339(due).ok()?),
                None => None,
            },
            sanctions,
        })
    }

    /// The parts in which `other` differs from this ruling. Deadlines are compared as moments,
    /// whatever clock they are written on.
    pub fn differences(&self, other: &RulingSummary) -> Vec<Difference> {
        let mut out = Vec::new();
        let mut differ = |differs: bool, difference| {
            if differs {
                out.push(difference);
            }
        };
        differ(self.decision != other.decision, Difference::Decision);
        differ(self.status != other.status, Difference::Status);
        differ(self.clause != other.clause, Difference::Clause);
        differ(self.amount != other.amount, Difference::Amount);
        differ(
            self.next_deadline != other.next_deadline,
            Difference::Deadline,
        );
        differ(self.sanctions != other.sanctions, Difference::Sanctions);
        out
    }
}

/// In one line: `refund_buyer pending buyer.1a amount 58300 until 2025-06-03T10:40:00+08:00`.
impl std::fmt::Display for RulingSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.decision, self.status, self.clause)?;
        if let Some(amount) = self.amount {
            write!(f, " amount {amount}")?;
        }
        if let Some(deadline) = self.next_deadline {
            write!(f, " until {}", crate::vocab::time::rfc3339(&deadline))?;
        }
        if !self.sanctions.is_empty() {
            let sanctions: Vec<String> = self
                .sanctions
                .iter()
                .map(|s| match s.days {
                    Some(days) => format!("{} {} {days} days", s.party, s.action),
                    None => format!("{} {}", s.party, s.action),
                })
                .collect();
            write!(f, " [{}]", sanctions.join(", "))?;
        }
        Ok(())
    }
}

/// Where a setting or parameter is written in a policy file: `["clauses", "buyer.1a",
/// "price_band_pct"]`, `["calendar", "timezone"]`, or a whole clause table.
fn place_of(change: &ParamChange) -> Vec<&str> {
    match change.clause.as_str() {
        table @ ("calendar" | "limits" | "procedure") => vec![table, change.parameter.as_str()],
        clause if change.parameter == "(clause)" => vec!["clauses", clause],
        clause => vec!["clauses", clause, change.parameter.as_str()],
    }
}

/// The old policy's text with one change of `new` made to it: the value at the change's
/// place taken from the new policy's document (or removed, when the new one has none). Only
/// that value is edited; the rest of the old text is kept as written.
pub fn with_one_change(old: &Policy, new: &Policy, change: &ParamChange) -> Option<String> {
    use toml_edit::{DocumentMut, Item};
    let mut document: DocumentMut = old.source_text.parse().ok()?;
    let theirs: DocumentMut = new.source_text.parse().ok()?;
    let place = place_of(change);
    let (last, parents) = place.split_last()?;
    let mut source: &Item = theirs.as_item();
    for key in &place {
        source = source.get(key).unwrap_or(&Item::None);
    }
    let mut table: &mut Item = document.as_item_mut();
    for key in parents {
        let next = table.as_table_like_mut()?;
        if next.get(key).is_none() {
            next.insert(key, Item::Table(toml_edit::Table::new()));
        }
        table = next.get_mut(key)?;
    }
    let table = table.as_table_like_mut()?;
    if source.is_none() {
        table.remove(last);
    } else if let Some(there) = table.get_mut(last) {
        // In place: the key and the comments above it stay as the old file writes them.
        *there = source.clone();
    } else {
        table.insert(last, source.clone());
    }
    Some(document.to_string())
}

/// The old policy with one change of `new` made to it, read and validated; `None` when that
/// change alone does not give a valid policy.
pub fn alone(old: &Policy, new: &Policy, change: &ParamChange) -> Option<Policy> {
    let text = with_one_change(old, new, change)?;
    let name = format!("{} with {} of {}", old.origin, change.name(), new.origin);
    let source =
        crate::reading::source::SourceFile::from_bytes(name.clone(), text.as_bytes()).ok()?;
    crate::model::policy::load(source, name).ok()
}

/// Which parameter changes move a ruling: each change between two policies made alone to the
/// old one, and each case judged again under it. What `policy diff` and `ledger replay` say of
/// every ruling that changes.
pub struct Attribution {
    parameters: Vec<ParamChange>,
    /// The old policy with one change made, by the index of the change in `parameters`.
    alone: Vec<(usize, Policy)>,
}

impl Attribution {
    /// The changes from `old` to `new`, each tried alone; a change that is not a valid policy
    /// alone is marked (`applies_alone: false`) and never attributed.
    pub fn new(old: &Policy, new: &Policy) -> Attribution {
        let mut parameters = parameter_changes(old, new);
        let mut alone = Vec::new();
        for (index, change) in parameters.iter_mut().enumerate() {
            match self::alone(old, new, change) {
                Some(policy) => alone.push((index, policy)),
                None => change.applies_alone = false,
            }
        }
        Attribution { parameters, alone }
    }

    /// Every setting and parameter that differs.
    pub fn parameters(&self) -> &[ParamChange] {
        &self.parameters
    }

    /// The parameter changes that, each made alone to the old policy, change `before` (the
    /// case's ruling under the old policy at `as_of`).
    pub fn moved_by(
        &self,
        loaded: &crate::model::case::LoadedCase,
        as_of: crate::vocab::time::Time,
        before: &RulingSummary,
    ) -> Vec<ParamName> {
        self.alone
            .iter()
            .filter(|(_, policy)| {
                let ruling = crate::hearing::judge_under(
                    loaded,
                    policy,
                    as_of,
                    crate::vocab::calendar::Clock::Policy,
                );
                RulingSummary::of(&ruling) != *before
            })
            .map(|(index, _)| ParamName {
                clause: self.parameters[*index].clause.clone(),
                parameter: self.parameters[*index].parameter.clone(),
            })
            .collect()
    }
}

/// Every setting that differs, in a stable order, each value spelled as the policy file writes
/// it (`"24h"`, `["Sat", "Sun"]`, `{ buyer = ["payment_receipt"], seller = [] }`).
pub fn parameter_changes(old: &Policy, new: &Policy) -> Vec<ParamChange> {
    // Both lists hold every setting in the same order.
    let settings = old
        .settings()
        .into_iter()
        .zip(new.settings())
        .filter_map(|(a, b)| ParamChange::between(a.table, a.key, a.value, b.value, b.placeholder));
    let clauses = ClauseId::all().flat_map(|id| clause_changes(id, old.clause(id), new.clause(id)));
    settings.chain(clauses).collect()
}

/// What differs of clause `id` from its table `old` to `new`: whether it is applied, else its
/// citation and each parameter.
fn clause_changes(
    id: ClauseId,
    old: Option<&ClauseTable>,
    new: Option<&ClauseTable>,
) -> Vec<ParamChange> {
    let name = id.as_str();
    let applied = |table: Option<&ClauseTable>| match table {
        Some(_) => "applied".to_string(),
        None => "not applied".to_string(),
    };
    let (Some(a), Some(b)) = (old, new) else {
        return ParamChange::between(name, "(clause)", applied(old), applied(new), false)
            .into_iter()
            .collect();
    };
    let cite = ParamChange::between(
        name,
        "cite",
        spelled_text(&a.cite),
        spelled_text(&b.cite),
        false,
    );
    let parameters = id.spec().params.iter().filter_map(|param| {
        let spelled = |table: &ClauseTable| {
            table
                .params
                .get(param.name)
                .map(|v| v.spelled())
                .unwrap_or_default()
        };
        let placeholder = b.placeholders.contains(param.name);
        ParamChange::between(name, param.name, spelled(a), spelled(b), placeholder)
    });
    cite.into_iter().chain(parameters).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::policy::PolicyRef;

    /// Every kind of setting and parameter is printed as a policy file writes it.
    #[test]
    fn changes_are_spelled_as_the_policy_file_writes_them() {
        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        let bitget = PolicyRef::parse("bitget", None).load().unwrap();
        let changes = parameter_changes(&mexc, &bitget);
        let find = |clause: &str, parameter: &str| {
            changes
                .iter()
                .find(|c| c.clause == clause && c.parameter == parameter)
                .map(|c| (c.old.as_str(), c.new.as_str()))
        };
        assert_eq!(
            find("procedure", "required_evidence"),
            Some(("[]", r#"{ buyer = ["payment_receipt"], seller = [] }"#))
        );
        assert_eq!(
            find("calendar", "timezone"),
            Some((r#""Asia/Singapore""#, r#""UTC""#))
        );
        assert_eq!(find("procedure", "require_kyc"), Some(("false", "true")));
        assert_eq!(
            find("buyer.1a", "(clause)"),
            Some(("applied", "not applied"))
        );

        // Clause parameters of every kind: change each in a copy of mexc.
        let text = crate::model::policy::BUILTIN[0]
            .1
            .replace("price_band_pct = 10", "price_band_pct = 12.5")
            .replace(
                "non_instant_release = \"2wd\"",
                "non_instant_release = \"3wd\"",
            )
            .replace(
                "weekend = [\"Sat\", \"Sun\"]",
                "weekend = [\"Fri\", \"Sat\"]",
            )
            .replace("holidays = []", "holidays = [\"2025-01-01\"]")
            .replace(
                "required_evidence = []",
                "required_evidence = [\"payment_receipt\"]",
            )
            .replace("amount_tolerance = \"0\"", "amount_tolerance = \"0.50\"")
            .replace(
                "seller_sanction = \"warning\"",
                "seller_sanction = \"suspend_p2p\"",
            )
            .replace("mode = \"top_up_or_refund\"", "mode = \"partial_release\"")
            .replace("unpaid_threshold = 3", "unpaid_threshold = 4")
            .replace("\"ايميل\",\n]", "\"ايميل\", \"line\",\n]")
            .replace(
                "[clauses.\"procedure.evidence\"]\nenabled = false",
                "[clauses.\"procedure.evidence\"]\ncite = \"Proof of payment with the appeal\"",
            );
        let source =
            crate::reading::source::SourceFile::from_bytes("changed.toml", text.as_bytes())
                .unwrap();
        let changed = crate::model::policy::load(source, "changed.toml".into()).unwrap();
        let changes = parameter_changes(&mexc, &changed);
        let find = |clause: &str, parameter: &str| {
            changes
                .iter()
                .find(|c| c.clause == clause && c.parameter == parameter)
                .map(|c| (c.old.as_str(), c.new.as_str()))
        };
        assert_eq!(find("buyer.1a", "price_band_pct"), Some(("10", "12.5")));
        assert_eq!(
            find("buyer.1b", "non_instant_release"),
            Some((r#""2wd""#, r#""3wd""#))
        );
        assert_eq!(
            find("calendar", "weekend"),
            Some((r#"["Sat", "Sun"]"#, r#"["Fri", "Sat"]"#))
        );
        assert_eq!(
            find("calendar", "holidays"),
            Some(("[]", r#"["2025-01-01"]"#))
        );
        assert_eq!(
            find("procedure", "required_evidence"),
            Some(("[]", r#"["payment_receipt"]"#))
        );
        assert_eq!(
            find("limits", "amount_tolerance"),
            Some((r#""0""#, r#""0.50""#))
        );
        assert_eq!(
            find("buyer.4a", "seller_sanction"),
            Some((r#""warning""#, r#""suspend_p2p""#))
        );
        assert_eq!(
            find("seller.2a", "mode"),
            Some((r#""top_up_or_refund""#, r#""partial_release""#))
        );
        assert_eq!(find("seller.3a", "unpaid_threshold"), Some(("3", "4")));
        let (_, terms) = find("disclaimers.channels", "channel_terms").unwrap();
        assert!(terms.starts_with(r#"["telegram", "whatsapp", "#), "{terms}");
        assert!(terms.ends_with(r#""ايميل", "line"]"#), "{terms}");
        // No value anywhere is Rust's debug text.
        for change in &changes {
            for value in [&change.old, &change.new] {
                assert!(!value.contains(": ["), "{change:?}");
                assert!(
                    !value.contains("Buyer") && !value.contains("Seller"),
                    "{change:?}"
                );
            }
        }
    }

    /// One change made alone to the old policy edits only that value: every other line of
    /// the old file is kept as written, and the result reads as a policy.
    #[test]
    fn one_change_alone_edits_only_its_value() {
        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        let text = crate::model::policy::BUILTIN[0]
            .1
            .replace("price_band_pct = 10", "price_band_pct = 0.5")
            .replace("unpaid_threshold = 3", "unpaid_threshold = 2");
        let source =
            crate::reading::source::SourceFile::from_bytes("new.toml", text.as_bytes()).unwrap();
        let new = crate::model::policy::load(source, "new.toml".into()).unwrap();
        let changes = parameter_changes(&mexc, &new);
        assert_eq!(changes.len(), 2);
        let band = changes
            .iter()
            .find(|c| c.parameter == "price_band_pct")
            .unwrap();
        let edited = with_one_change(&mexc, &new, band).unwrap();
        let expected = crate::model::policy::BUILTIN[0]
            .1
            .replace("price_band_pct = 10", "price_band_pct = 0.5");
        assert_eq!(edited, expected);
        let alone = alone(&mexc, &new, band).unwrap();
        assert_eq!(parameter_changes(&mexc, &alone).len(), 1);
    }

    /// A setting outside the clause tables is marked ✱ when the new policy lists it in its
    /// table's `placeholders`, as a clause parameter is.
    #[test]
    fn a_setting_left_open_is_marked_as_a_placeholder() {
        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        let changed = |text: String| {
            let source =
                crate::reading::source::SourceFile::from_bytes("changed.toml", text.as_bytes())
                    .unwrap();
            crate::model::policy::load(source, "changed.toml".into()).unwrap()
        };
        let longer = crate::model::policy::BUILTIN[0]
            .1
            .replace("evidence_window = \"24h\"", "evidence_window = \"48h\"")
            .replace("max_order_age = \"18mo\"", "max_order_age = \"12mo\"");
        let changes = parameter_changes(&mexc, &changed(longer.clone()));
        let marked = |changes: &[ParamChange], parameter: &str| {
            changes
                .iter()
                .find(|c| c.parameter == parameter)
                .map(|c| c.placeholder)
        };
        assert_eq!(marked(&changes, "evidence_window"), Some(true));
        // The rules state the 18 months: not a placeholder.
        assert_eq!(marked(&changes, "max_order_age"), Some(false));
        // A copy that confirms the value (drops it from `placeholders`) is not marked.
        let confirmed = longer.replace(
            "placeholders = [\"evidence_window\", \"identity_verification_window\"]\n",
            "",
        );
        let changes = parameter_changes(&mexc, &changed(confirmed));
        assert_eq!(marked(&changes, "evidence_window"), Some(false));
    }
}
