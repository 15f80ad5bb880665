//! The JSON Lines of `check`, `test` and `queue` (`--format json`): one object per file (per
//! pending ruling for `queue`), then a summary object, each a type here, so that the lines and
//! their schemas (`appeal schema check|test|queue`) come from the same place.
//!
//! The fields of `check` and `test` lines are declared in alphabetical order: the order those
//! lines had before they were typed.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::Serialize;

type Time = DateTime<FixedOffset>;

/// One line of `appeal check --format json`: a file's result, or the summary after the last.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum CheckLine {
    File(CheckedFile),
    Summary { summary: CheckSummary },
}

/// Whether one case file is valid; its diagnostics are on stderr.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckedFile {
    /// The file, as named on the command line (`<stdin>` for `-`).
    pub file: String,
    /// Whether it and the policy it names can be used (warnings aside).
    pub valid: bool,
    /// How many warnings it has (a valid file only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<usize>,
}

/// The counts of a `check` run.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckSummary {
    pub invalid: usize,
    pub valid: usize,
    /// Valid files with warnings (under `--deny-warnings`, each fails the run).
    pub with_warnings: usize,
}

/// One line of `appeal test --format json`: a case's result, or the summary after the last.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum TestLine {
    Case(TestedCase),
    /// A file that was not compared: invalid (diagnostics on stderr) or without `expect:`.
    Other(UntestedFile),
    Summary {
        summary: TestSummary,
    },
}

/// A case judged and compared with its `expect:` block.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TestedCase {
    /// The case id (`case:`).
    pub case: String,
    /// The clause that governs the ruling.
    pub clause: String,
    pub file: String,
    /// The policy the case was judged under: id, version, the file it was read from (or
    /// `built-in`) and the start of its digest, as the ruling's heading writes it.
    pub policy: String,
    /// Why `--bless` left the file as it was, when it did (the case then failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_blessed: Option<String>,
    /// The fields of `expect:` the ruling differs in; empty when it passed.
    pub mismatches: Vec<TestMismatch>,
    /// `passed`, `failed`, or `blessed` (`--bless` rewrote the `expect:` block to the ruling).
    pub result: TestResult,
}

/// A file `test` did not compare.
#[derive(Debug, Serialize, JsonSchema)]
pub struct UntestedFile {
    pub file: String,
    /// `invalid` or `skipped` (no `expect:` block).
    pub result: TestResult,
}

/// What `test` made of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TestResult {
    Passed,
    Failed,
    Blessed,
    Invalid,
    Skipped,
}

/// A field of `expect:` and the ruling's value for it, in the words of the `expect:` block.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TestMismatch {
    pub actual: String,
    pub expected: String,
    /// `decision`, `status`, `clause`, `amount`, `next_deadline`, `sanctions`…
    pub field: &'static str,
}

/// The counts of a `test` run.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TestSummary {
    pub blessed: usize,
    /// Branch coverage in percent, with `--coverage`; else null.
    pub coverage_percent: Option<f64>,
    pub failed: usize,
    pub invalid: usize,
    /// Cases `--policy FILE` left out, by the id of their own policy.
    pub left_out: BTreeMap<String, usize>,
    pub passed: usize,
    pub skipped: usize,
    /// Cases judged whose files have warnings (under `--deny-warnings`, each fails the run).
    pub with_warnings: usize,
}

/// One line of `appeal queue --format json`: a pending ruling, or the summary after the last.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum QueueLine<'a> {
    Row(&'a QueueRow),
    Summary { summary: QueueSummary },
}

/// One line of the worklist: a deadline someone must meet, or an escalation a person must pick
/// up.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct QueueRow {
    pub case: String,
    pub file: String,
    /// The policy the case was judged under, as the ruling's heading names it (id, version,
    /// the file or `built-in`, the start of its digest).
    pub policy: String,
    /// The decision at the moment of the queue (for an overdue row: what it turns into if
    /// nothing else happened).
    pub decision: String,
    pub status: String,
    pub clause: String,
    /// Who must act: buyer, seller or support (for an escalation, support: a person decides).
    pub who: String,
    pub action: String,
    /// RFC 3339, on the queue's clock; null for an escalation, which waits on a person, not on
    /// a deadline.
    #[serde(serialize_with = "optional_rfc3339")]
    #[schemars(with = "Option<String>")]
    pub due: Option<Time>,
    /// What opened the window that closes at `due`, in words ("support's contact with the
    /// seller", "the appeal"), as the ruling kept it; null when no window did (support's own
    /// deadline, an escalation).
    pub window_from: Option<String>,
    /// When that window opened, RFC 3339.
    #[serde(serialize_with = "optional_rfc3339")]
    #[schemars(with = "Option<String>")]
    pub window_start: Option<Time>,
    /// For an escalation: since when the case waits on a person (the appeal); else null.
    #[serde(serialize_with = "optional_rfc3339")]
    #[schemars(with = "Option<String>")]
    pub waiting_since: Option<Time>,
    /// The moment the case was judged at (`--at`, or its own `as_of`).
    #[serde(serialize_with = "rfc3339")]
    #[schemars(with = "String")]
    pub at: Time,
    pub overdue: bool,
    /// An escalation: the ruling is `awaiting_review`, a person must pick the case up.
    pub awaiting_review: bool,
    /// Seconds from `at` to `due`: negative when overdue; null for an escalation.
    pub seconds_left: Option<i64>,
    /// "in 3 h 20 min", "2 d 1 h overdue", "waiting 1 d 2 h".
    pub left: String,
}

fn rfc3339<S: serde::Serializer>(time: &Time, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&crate::vocab::time::rfc3339(time))
}

/// The counts of a `queue` run, after its rows.
#[derive(Debug, Serialize, JsonSchema)]
pub struct QueueSummary {
    /// Rows listed: deadlines and escalations.
    pub listed: usize,
    /// Rows with a deadline (pending rulings and passed deadlines).
    pub due: usize,
    /// Of them, deadlines that have passed by the moment asked.
    pub overdue: usize,
    /// Escalations: rulings awaiting a person's review.
    pub awaiting_review: usize,
    /// Cases judged, listed or not (a final ruling is not listed).
    pub judged: usize,
    /// Cases appealed after the moment asked: not listed yet.
    pub appealed_later: usize,
    /// Files that could not be judged (diagnostics on stderr).
    pub invalid: usize,
    /// The moment every case was judged at (`--at`), RFC 3339; null when each was judged at its
    /// own `as_of`.
    #[schemars(with = "Option<String>")]
    #[serde(serialize_with = "optional_rfc3339")]
    pub at: Option<Time>,
}

fn optional_rfc3339<S: serde::Serializer>(
    time: &Option<Time>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => serializer.serialize_str(&crate::vocab::time::rfc3339(time)),
        None => serializer.serialize_none(),
    }
}

/// A line, newline-terminated.
pub fn line(value: &impl Serialize) -> String {
    crate::text::json::line(value)
}
