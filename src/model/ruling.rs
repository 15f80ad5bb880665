//! The ruling: what happens, why, and who must do what by when.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::case_ref::CaseRef;
use crate::model::clause::ClauseId;
use crate::model::message::{Message, Said};
use crate::model::window::Window;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction, Status};

/// Version of the JSON form of a ruling; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

impl Sanction {
    /// How long it lasts: a number of days, until the case is resolved, permanent, or no
    /// length at all (a warning, removed ads).
    pub fn length(&self) -> Message {
        match (self.days, self.action) {
            (Some(days), _) => said::length_days(days),
            (
                None,
                SanctionAction::SuspendP2p
                | SanctionAction::FreezeP2p
                | SanctionAction::FreezeAssets
                | SanctionAction::DisableWithdrawals,
            ) => said::length_until_resolved(),
            (None, SanctionAction::PermanentBan) => said::length_permanent(),
            (None, _) => said::length_none(),
        }
    }
}

mod said {
    use crate::model::message::messages;

    messages! {
        /// A sanction that lasts a number of days.
        length_days = "sanction.length.days" (days: u32);
        /// A sanction that lasts until the case is resolved.
        length_until_resolved = "sanction.length.until_resolved" ();
        /// A sanction for good.
        length_permanent = "sanction.length.permanent" ();
        /// A measure that has no length (a warning, removed ads).
        length_none = "sanction.length.none" ();
        /// What a replay at an earlier moment left out of the case file.
        later_entries = "replay.later_entries" (count: usize);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// One sanction. `days: None` on a suspension or freeze means "until the case is resolved".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Sanction {
    pub party: Party,
    pub action: SanctionAction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    #[schemars(with = "String")]
    pub clause: ClauseId,
}

/// A reason for the ruling, tied to its clause and to the lines of the case it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub clause: ClauseId,
    pub finding: Said,
    /// The places of the case the finding rests on.
    pub refs: Vec<CaseRef>,
    /// The line of the case file each ref points at, in the order of `refs`; `None` for a ref
    /// to something the file does not have (a missing key the finding relies on, say).
    pub lines: Vec<Option<usize>>,
}

impl Reason {
    /// The case-file lines the reason rests on, for people: "line 31", "lines 10, 13".
    pub fn lines_in_words(&self) -> Option<String> {
        let mut lines: Vec<usize> = self.lines.iter().flatten().copied().collect();
        lines.sort_unstable();
        lines.dedup();
        let numbers: Vec<String> = lines.iter().map(usize::to_string).collect();
        match numbers.len() {
            0 => None,
            1 => Some(format!("line {}", numbers[0])),
            _ => Some(format!("lines {}", numbers.join(", "))),
        }
    }
}

/// Something someone must do, and by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub who: Actor,
    pub action: Said,
    /// On the ruling's clock.
    pub due: Option<DateTime<FixedOffset>>,
    pub clause: ClauseId,
}

/// A statement the parties must be told (disclaimers, finality).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub clause: ClauseId,
    pub text: Said,
}

/// One step of `--explain`: a gate or clause tested, the values compared, the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceStep {
    pub clause: ClauseId,
    pub check: Said,
    pub outcome: Said,
    /// For a decision that hinged on a threshold or deadline: what would have changed it.
    pub counterfactual: Option<Said>,
}

/// The policy a ruling was made under: the edition, and where it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct PolicyRef {
    pub id: String,
    pub version: String,
    /// The day the edition came into force (`YYYY-MM-DD`, its `[policy] effective_from`);
    /// `null` for a policy that names none, in force for every order.
    #[schemars(with = "Option<String>")]
    pub effective_from: Option<NaiveDate>,
    /// Hex SHA-256 of the policy text exactly as read.
    pub sha256: String,
    /// The policy file the ruling was made under (the project's `policy/ID.toml`, a file the
    /// case names, or `--policy FILE`), relative to the current folder when below it; `null`
    /// for the copy built into the binary.
    pub file: Option<String>,
    /// Whether the ruling was made under the copy built into the binary (no `policy/ID.toml`
    /// in the case's project, or `--policy builtin:ID`).
    pub builtin: bool,
    /// Whether the policy file has the id and version of a built-in policy but is not byte for
    /// byte that policy: a modified copy, which `policy check` warns of.
    pub modified_copy: bool,
}

/// What a replay with `--as-of` left out: a count of later entries of the case file.
pub fn later_entries(count: usize) -> Message {
    said::later_entries(count)
}

/// The outcome of judging one case: data, which the renderers put into words
/// (`report::render`, in the reader's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ruling {
    pub schema_version: u32,
    pub tool_version: String,
    pub case: String,
    pub case_sha256: String,
    pub order_id: String,
    pub policy: PolicyRef,
    pub as_of: DateTime<FixedOffset>,
    pub decision: Decision,
    pub status: Status,
    pub clause: ClauseId,
    /// The clause the appeal was filed under, before the facts re-routed it.
    pub filed_clause: ClauseId,
    pub amount: Option<Decimal>,
    pub next_deadline: Option<DateTime<FixedOffset>>,
    /// Entries of the case file later than `as_of` and so left out (a replay with `--as-of`).
    pub ignored_after_as_of: usize,
    pub rationale: Vec<Reason>,
    pub follow_ups: Vec<FollowUp>,
    pub sanctions: Vec<Sanction>,
    pub notices: Vec<Notice>,
    /// Filled with `--explain` only.
    pub trace: Vec<TraceStep>,
    /// Every window the ruling relied on, times on the ruling's clock.
    pub windows: Vec<Window>,
    /// Paths taken through each clause (for `appeal test --coverage`).
    pub branches: Vec<(ClauseId, &'static str)>,
}

impl Ruling {
    /// Whether the facts moved the appeal to another clause than the one it was filed under
    /// (a gate or the Bitget procedure deciding is not a move).
    pub fn rerouted_by_facts(&self) -> bool {
        use crate::model::clause::Stage;
        self.clause != self.filed_clause
            && self.clause.spec().stage == Stage::Governing
            && !matches!(self.clause, ClauseId::GuideSteps | ClauseId::GuideCompleted)
    }
}

/// An optional amount as a decimal string (`"2550000.10"`), as every amount in JSON output is.
pub(crate) mod opt_decimal {
    use rust_decimal::Decimal;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(decimal) => serializer.serialize_str(&decimal.to_string()),
            None => serializer.serialize_none(),
        }
    }
}
