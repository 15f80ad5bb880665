//! `appeal queue DIR... [--at TIME]`: the agent's worklist. Every case is judged at TIME
//! (default: its own `as_of`) and the pending rulings are listed by next deadline, overdue
//! first: the case, the decision, who must do what, when it is due and how long until or since.
//!
//! A deadline is *overdue* when the case, judged at its own `as_of`, waits on a deadline that
//! has passed by TIME: the case file has not caught up with the clock. The row then says what
//! was due and what the ruling is at TIME if nothing else happened. `--at now` reads the clock;
//! it is the only command that does.

use std::io::Write;

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

use super::shared_problems::SharedProblems;
use super::{Output, exit, inputs};
use crate::cli::args::{QueueArgs, QueueFormat};
use crate::hearing::{self, Bench, PolicyShelf};
use crate::model::policy::PolicyRef;
use crate::model::ruling::{FollowUp, Ruling};
use crate::reading::decode::{TimeError, parse_time};
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::report::render::table;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::{Actor, Status};
use crate::vocab::time::Minute;

type Time = DateTime<FixedOffset>;

/// One line of the worklist: a deadline someone must meet, or an escalation a person must pick
/// up.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub case: String,
    pub file: String,
    /// The decision at the moment of the queue (for an overdue row: what it turns into if
    /// nothing else happened).
    pub decision: String,
    pub status: String,
    pub clause: String,
    /// Who must act: buyer, seller or support (for an escalation, support: a person decides).
    pub who: String,
    pub action: String,
    /// RFC 3339 on the queue's clock; `null` for an escalation, which waits on a person, not on
    /// a deadline.
    #[serde(serialize_with = "rfc3339_or_null")]
    pub due: Option<Time>,
    /// What opened the window that closes at `due`, in words ("support's contact with the
    /// seller", "the appeal"), as the ruling kept it; `null` when no window did (support's own
    /// deadline, an escalation).
    pub window_from: Option<String>,
    /// When that window opened.
    #[serde(serialize_with = "rfc3339_or_null")]
    pub window_start: Option<Time>,
    /// For an escalation: since when the case waits on a person (the appeal); else `null`.
    #[serde(serialize_with = "rfc3339_or_null")]
    pub waiting_since: Option<Time>,
    /// The moment the case was judged at (`--at`, or its own `as_of`).
    #[serde(serialize_with = "rfc3339")]
    pub at: Time,
    pub overdue: bool,
    /// An escalation: the ruling is `awaiting_review`, a person must pick the case up.
    pub awaiting_review: bool,
    /// Seconds from `at` to `due`: negative when overdue; `null` for an escalation.
    pub seconds_left: Option<i64>,
    /// "in 3 h 20 min", "2 d 1 h overdue", "waiting 1 d 2 h".
    pub left: String,
}

impl Due {
    /// Where the row goes: overdue first, then escalations, then deadlines to come.
    fn rank(&self) -> u8 {
        match (self.overdue, self.awaiting_review) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        }
    }

    /// The moment the row is ordered by within its rank: the deadline, or since when an
    /// escalation waits (oldest first).
    fn moment(&self) -> Option<Time> {
        self.due.or(self.waiting_since)
    }
}

fn rfc3339_or_null<S: serde::Serializer>(
    time: &Option<Time>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => serializer.serialize_str(&time.to_rfc3339()),
        None => serializer.serialize_none(),
    }
}

fn rfc3339<S: serde::Serializer>(time: &Time, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.to_rfc3339())
}

/// A length of time in words: "2 d 3 h", "3 h 20 min", "45 min".
pub fn span_in_words(seconds: i64) -> String {
    let minutes = seconds.unsigned_abs().div_ceil(60);
    let (days, hours, minutes) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match (days, hours, minutes) {
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => format!("{d} d"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

/// The row of a case: `ruling` is the ruling at the queue's moment, `waiting` the one whose
/// deadline or escalation the row is about (the case's own, for an overdue row); `filed` is
/// when the appeal was filed.
fn row(
    file: &str,
    (ruling, waiting): (&Ruling, &Ruling),
    at: Time,
    overdue: bool,
    filed: Time,
) -> Option<Due> {
    if waiting.status == Status::AwaitingReview && !overdue {
        return Some(escalation(file, ruling, waiting, at, filed));
    }
    let due = waiting.next_deadline?;
    let follow_up = waiting
        .follow_ups
        .iter()
        .find(|f| f.due == Some(due))
        .or(waiting.follow_ups.first());
    let seconds_left = (due - at).num_seconds();
    let left = if overdue {
        format!("{} overdue", span_in_words(seconds_left))
    } else {
        format!("in {}", span_in_words(seconds_left))
    };
    // The window the deadline closes, as the ruling kept it: the one of whoever must act, else
    // any that closes then.
    let window = waiting
        .windows
        .iter()
        .filter(|w| w.due == due)
        .find(|w| follow_up.is_none_or(|f| f.who == w.party))
        .or_else(|| waiting.windows.iter().find(|w| w.due == due));
    Some(Due {
        window_from: window.map(|w| crate::report::render::basis_in_words(&w.basis, w.party)),
        window_start: window.map(|w| w.start),
        waiting_since: None,
        awaiting_review: false,
        seconds_left: Some(seconds_left),
        left,
        due: Some(due),
        ..base(file, ruling, follow_up, at, overdue)
    })
}

/// A row for an escalation: what support must do, and since when the case waits on it.
fn escalation(file: &str, ruling: &Ruling, waiting: &Ruling, at: Time, filed: Time) -> Due {
    let follow_up = waiting
        .follow_ups
        .iter()
        .find(|f| f.who == Actor::Support)
        .or(waiting.follow_ups.first());
    let since = filed.with_timezone(waiting.as_of.offset());
    Due {
        who: Actor::Support.to_string(),
        due: None,
        window_from: None,
        window_start: None,
        waiting_since: Some(since),
        awaiting_review: true,
        seconds_left: None,
        left: format!("waiting {}", span_in_words((at - since).num_seconds())),
        ..base(file, ruling, follow_up, at, false)
    }
}

/// What every row says: the case, its ruling, who must do what.
fn base(file: &str, ruling: &Ruling, follow_up: Option<&FollowUp>, at: Time, overdue: bool) -> Due {
    Due {
        case: ruling.case.clone(),
        file: file.to_string(),
        decision: ruling.decision.to_string(),
        status: ruling.status.to_string(),
        clause: ruling.clause.to_string(),
        who: follow_up.map(|f| f.who.to_string()).unwrap_or_default(),
        action: follow_up
            .map(|f| crate::report::words::english().said(&f.action))
            .unwrap_or_default(),
        due: None,
        window_from: None,
        window_start: None,
        waiting_since: None,
        at,
        overdue,
        awaiting_review: false,
        seconds_left: None,
        left: String::new(),
    }
}

/// What a case adds to the worklist.
enum Considered {
    /// A row: the ruling waits on someone, or its deadline has passed.
    Due(Box<Due>),
    /// Nothing is due: the ruling is final.
    Settled,
    /// The appeal was filed after the moment asked: not on the list yet.
    NotYetFiled,
}

/// What a case adds to the worklist.
fn consider(
    input: inputs::Input,
    at: Option<Time>,
    policy: Option<&PolicyRef>,
    clock: Clock,
    shelf: &PolicyShelf,
) -> Result<Considered, Vec<FileProblems>> {
    let found = |due: Option<Due>| match due {
        Some(due) => Considered::Due(Box::new(due)),
        None => Considered::Settled,
    };
    let source = inputs::read(&input).map_err(|p| vec![p])?;
    let file = source.name.clone();
    let own = Bench {
        policy: policy.cloned(),
        as_of: None,
        clock,
    };
    let judged = hearing::hear(source, &own, shelf)?;
    let own_ruling = &judged.ruling;
    let filed = judged.loaded.case.appeal.at.value;
    let Some(moment) = at.filter(|t| *t != own_ruling.as_of) else {
        return Ok(found(row(
            &file,
            (own_ruling, own_ruling),
            own_ruling.as_of,
            false,
            filed,
        )));
    };
    if moment < filed {
        return Ok(Considered::NotYetFiled);
    }
    let bench = Bench {
        policy: policy.cloned(),
        as_of: Some(moment),
        clock,
    };
    let (_, ruling) = hearing::judge_loaded(&judged.loaded, &bench, shelf)?;
    if ruling.status == Status::Pending {
        return Ok(found(row(&file, (&ruling, &ruling), moment, false, filed)));
    }
    // The case waited on a deadline that has passed by the moment asked.
    match own_ruling.next_deadline {
        Some(due) if own_ruling.status == Status::Pending && due <= moment => Ok(found(row(
            &file,
            (&ruling, own_ruling),
            moment,
            true,
            filed,
        ))),
        _ if ruling.status == Status::AwaitingReview => {
            Ok(found(row(&file, (&ruling, &ruling), moment, false, filed)))
        }
        _ => Ok(Considered::Settled),
    }
}

/// Reads `--at`: RFC 3339 with an offset, or `now`.
fn moment(at: Option<&str>) -> Result<Option<Time>, Problem> {
    match at {
        None => Ok(None),
        Some("now") => Ok(Some(Utc::now().fixed_offset())),
        Some(written) => match parse_time(written) {
            Ok(time) => Ok(Some(time)),
            Err(TimeError::NoOffset) => Err(Problem::invalid(
                format!("--at `{written}` has no time-zone offset"),
                &(0..0),
                "",
                "write the offset, e.g. --at 2025-06-01T12:30:00+08:00, or --at now",
            )),
            Err(_) => Err(Problem::invalid(
                format!("--at `{written}` is not an RFC 3339 time"),
                &(0..0),
                "",
                "write date, `T`, time and offset, e.g. --at 2025-06-01T12:30:00+08:00, or --at now",
            )),
        },
    }
}

pub fn run(args: &QueueArgs, out: &mut Output) -> std::io::Result<u8> {
    out.json_diagnostics = args.format == QueueFormat::Json;
    let at = match moment(args.at.as_deref()) {
        Ok(at) => at,
        Err(problem) => {
            out.report(&FileProblems::single("--at", problem))?;
            return Ok(exit::INVALID);
        }
    };
    let desk = match super::config::desk(out)? {
        Ok(desk) => desk,
        Err(code) => return Ok(code),
    };
    let cases = desk.cases_or(&args.cases, None);
    if cases.is_empty() {
        out.report_error(&super::config::NoCases)?;
        return Ok(exit::INVALID);
    }
    let clock = desk.clock_or(args.clock.clock);
    let shelf = PolicyShelf::default();
    let policy = desk
        .policy_or(args.policy.policy.as_deref())
        .map(|p| PolicyRef::parse(&p, None));
    if let Some(reference) = &policy
        && let Err(problems) = shelf.get(reference)
    {
        out.report(&problems)?;
        return Ok(exit::INVALID);
    }
    let mut rows = Vec::new();
    let (mut judged, mut invalid, mut not_yet) = (0usize, 0usize, 0usize);
    let mut shared = SharedProblems::default();
    let found = inputs::expand_noting(&cases, out)?;
    inputs::in_order(
        found,
        |input| consider(input, at, policy.as_ref(), clock, &shelf),
        |result| {
            match result {
                Ok(Considered::Due(due)) => {
                    judged += 1;
                    rows.push(*due);
                }
                Ok(Considered::Settled) => judged += 1,
                Ok(Considered::NotYetFiled) => not_yet += 1,
                Err(problems) => {
                    invalid += 1;
                    shared.report(&problems, out)?;
                }
            }
            Ok(())
        },
    )?;
    shared.finish(out)?;
    // Overdue first, the longest overdue at the top; then the escalations, the oldest first;
    // then the nearest deadline.
    rows.sort_by(|a, b| {
        a.rank()
            .cmp(&b.rank())
            .then(a.moment().cmp(&b.moment()))
            .then(a.case.cmp(&b.case))
            .then(a.file.cmp(&b.file))
    });
    let tally = Tally {
        judged,
        invalid,
        not_yet,
        when: match at {
            Some(at) => format!("at {}", Minute(&clock.without_case(at))),
            None => "at each case's own as_of".to_string(),
        },
    };
    match args.format {
        QueueFormat::Json => json(&rows, &tally, at, out)?,
        QueueFormat::Markdown => markdown(&rows, &tally, out)?,
        QueueFormat::Human => human(&rows, &tally, out)?,
    }
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}

/// What the run counted, for the summary.
struct Tally {
    judged: usize,
    invalid: usize,
    not_yet: usize,
    /// "at 2025-06-15 11:41 +08:00", "at each case's own as_of".
    when: String,
}

impl Tally {
    /// "3 listed of 5 cases judged at …: 1 overdue, 1 awaiting review, 1 due".
    fn summary(&self, rows: &[Due]) -> String {
        let (overdue, review, due) = counts(rows);
        let mut summary = format!(
            "{} listed of {} cases judged {}: {overdue} overdue, {review} awaiting review, {due} \
             due",
            rows.len(),
            self.judged,
            self.when
        );
        if self.not_yet > 0 {
            summary.push_str(&format!("; {} appealed later, not listed", self.not_yet));
        }
        if self.invalid > 0 {
            summary.push_str(&format!("; {} invalid", self.invalid));
        }
        summary
    }
}

/// Overdue rows, escalations, and deadlines still to come.
fn counts(rows: &[Due]) -> (usize, usize, usize) {
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let review = rows.iter().filter(|r| r.awaiting_review).count();
    (overdue, review, rows.len() - overdue - review)
}

/// One object per row, then a summary object.
fn json(rows: &[Due], tally: &Tally, at: Option<Time>, out: &mut Output) -> std::io::Result<()> {
    for row in rows {
        let line = serde_json::to_string(row).unwrap_or_default();
        writeln!(out.stdout, "{line}")?;
    }
    let (overdue, review, due) = counts(rows);
    let summary = serde_json::json!({ "summary": {
        "listed": rows.len(),
        "overdue": overdue,
        "awaiting_review": review,
        "due": due,
        "judged": tally.judged,
        "appealed_later": tally.not_yet,
        "invalid": tally.invalid,
        "at": at.map(|at| at.to_rfc3339()),
    }});
    writeln!(out.stdout, "{summary}")
}

fn markdown(rows: &[Due], tally: &Tally, out: &mut Output) -> std::io::Result<()> {
    writeln!(
        out.stdout,
        "| case | decision | who | what | due | left | file |"
    )?;
    writeln!(out.stdout, "|---|---|---|---|---|---|---|")?;
    for row in rows {
        let left = if row.overdue {
            format!("**{}**", row.left)
        } else {
            row.left.clone()
        };
        let due = match (row.due, row.waiting_since) {
            (Some(due), _) => Minute(&due).to_string(),
            (None, Some(since)) => format!("review since {}", Minute(&since)),
            (None, None) => String::new(),
        };
        writeln!(
            out.stdout,
            "| {} | `{}` {} | {} | {} | {due} | {left} | `{}` |",
            cell(&row.case),
            row.decision,
            row.status,
            row.who,
            cell(&what(row)),
            cell(&row.file)
        )?;
    }
    writeln!(out.stdout, "\n{}", tally.summary(rows))
}

/// What must be done, and what opened the window it must be done in.
fn what(row: &Due) -> String {
    match (&row.window_from, row.window_start) {
        (Some(from), Some(start)) => {
            format!("{} (window from {from}, {})", row.action, Minute(&start))
        }
        _ => row.action.clone(),
    }
}

/// [`what`] for a narrow column: the window's start as a time of day when it is on the
/// deadline's date.
fn what_briefly(row: &Due) -> String {
    match (&row.window_from, row.window_start, row.due) {
        (Some(from), Some(start), Some(due)) => {
            let start = if start.date_naive() == due.date_naive() {
                start.format("%H:%M").to_string()
            } else {
                Minute(&start).to_string()
            };
            format!("{} (window from {from}, {start})", row.action)
        }
        _ => row.action.clone(),
    }
}

fn human(rows: &[Due], tally: &Tally, out: &mut Output) -> std::io::Result<()> {
    let mut grid = table::new(&["due", "left", "decision", "case", "who: what"], out.look);
    grid.set_width(100);
    for row in rows {
        let (due, left) = match (row.due, row.waiting_since) {
            // The date above the time, to keep the column narrow.
            (Some(due), _) if row.overdue => (
                Minute(&due).to_string().replacen(' ', "\n", 1),
                format!("OVERDUE\n{}", row.left.trim_end_matches(" overdue")),
            ),
            (Some(due), _) => (
                Minute(&due).to_string().replacen(' ', "\n", 1),
                row.left.clone(),
            ),
            (None, Some(since)) => (
                Minute(&since).to_string().replacen(' ', "\n", 1),
                format!("REVIEW\n{}", row.left.trim_start_matches("waiting ")),
            ),
            (None, None) => (String::new(), row.left.clone()),
        };
        grid.add_row(vec![
            due,
            left,
            if row.awaiting_review {
                format!("{}\n{}\n{}", row.decision, row.status, row.clause)
            } else {
                format!("{}\n{} {}", row.decision, row.status, row.clause)
            },
            // The file's own name: the folder is the one given.
            format!(
                "{}\n{}",
                row.case,
                std::path::Path::new(&row.file)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| row.file.clone())
            ),
            format!("{}: {}", row.who, what_briefly(row)),
        ]);
    }
    // The file names stay whole when they are short enough to leave room for what to do.
    let short_names = rows.iter().all(|r| {
        std::path::Path::new(&r.file)
            .file_name()
            .is_some_and(|n| n.len() <= 20)
    });
    if short_names {
        table::keep_whole(&mut grid, &[0, 1, 2, 3]);
    } else {
        table::keep_whole(&mut grid, &[0, 1, 2]);
    }
    if !rows.is_empty() {
        writeln!(out.stdout, "{grid}")?;
    }
    writeln!(out.stdout, "{}", tally.summary(rows))
}

/// Text safe in a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_in_days_hours_and_minutes() {
        assert_eq!(span_in_words(45 * 60), "45 min");
        assert_eq!(span_in_words(3 * 3600), "3 h");
        assert_eq!(span_in_words(3 * 3600 + 20 * 60), "3 h 20 min");
        assert_eq!(span_in_words(-(2 * 86400 + 3600 + 59)), "2 d 1 h");
        assert_eq!(span_in_words(30), "1 min");
    }
}
