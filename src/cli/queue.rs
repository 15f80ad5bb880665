//! `appeal queue DIR... [--at TIME]`: the agent's worklist. Every case is judged at TIME
//! (default: its own `as_of`) and everything that waits on someone is listed: overdue deadlines
//! first, then the escalations (`awaiting_review`: a person must pick the case up), oldest
//! appeal first, then the pending rulings by next deadline — the case, the decision, who must
//! do what, when it is due and how long until or since, and what opened the deadline's window
//! (as the ruling kept it, [`crate::model::window::Window`]).
//!
//! A deadline is *overdue* when the case, judged at its own `as_of`, waits on a deadline that
//! has passed by TIME: the case file has not caught up with the clock. The row then says what
//! was due and what the ruling is at TIME if nothing else happened. `--at now` reads the clock;
//! it is the only command that does.

use std::io::Write;

use chrono::{DateTime, FixedOffset, Utc};

use super::shared_problems::SharedProblems;
use super::{Output, exit, inputs};
use crate::cli::args::{Format, QueueArgs};
use crate::cli::judge::Speech;
use crate::hearing::{self, Bench, Judged, PolicyShelf};
use crate::model::policy::PolicyRef;
use crate::model::ruling::{FollowUp, Ruling};
use crate::reading::decode::{TimeError, parse_time};
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::report::lines::{self, QueueLine, QueueSummary};
use crate::report::render::table;
use crate::report::words::Words;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::{Actor, Status};
use crate::vocab::time::Minute;

type Time = DateTime<FixedOffset>;

/// One line of the worklist (its JSON form is `appeal schema queue`).
pub use crate::report::lines::QueueRow as Due;

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
    (at, overdue): (Time, bool),
    filed: Time,
    words: &Words,
) -> Option<Due> {
    if waiting.status == Status::AwaitingReview && !overdue {
        return Some(escalation(file, (ruling, waiting), at, filed, words));
    }
    let due = waiting.next_deadline?;
    let follow_up = waiting
        .follow_ups
        .iter()
        .find(|f| f.due == Some(due))
        .or(waiting.follow_ups.first());
    let seconds_left = (due - at).num_seconds();
    let span = span_in_words(seconds_left);
    let left = if overdue {
        words.phrase("queue-left-overdue", &[("span", &span)])
    } else {
        words.phrase("queue-left-in", &[("span", &span)])
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
        window_from: window
            .map(|w| crate::report::render::basis_in_words(&w.basis, w.party, words)),
        window_start: window.map(|w| w.start),
        seconds_left: Some(seconds_left),
        left,
        due: Some(due),
        ..base(file, ruling, follow_up, (at, overdue), words)
    })
}

/// A row for an escalation: what support must do, and since when the case waits on it.
fn escalation(
    file: &str,
    (ruling, waiting): (&Ruling, &Ruling),
    at: Time,
    filed: Time,
    words: &Words,
) -> Due {
    let follow_up = waiting
        .follow_ups
        .iter()
        .find(|f| f.who == Actor::Support)
        .or(waiting.follow_ups.first());
    let since = filed.with_timezone(waiting.as_of.offset());
    let span = span_in_words((at - since).num_seconds());
    Due {
        who: Actor::Support.to_string(),
        waiting_since: Some(since),
        awaiting_review: true,
        left: words.phrase("queue-left-waiting", &[("span", &span)]),
        ..base(file, ruling, follow_up, (at, false), words)
    }
}

/// What every row says: the case, its ruling, who must do what.
fn base(
    file: &str,
    ruling: &Ruling,
    follow_up: Option<&FollowUp>,
    (at, overdue): (Time, bool),
    words: &Words,
) -> Due {
    Due {
        case: ruling.case.clone(),
        file: file.to_string(),
        policy: String::new(),
        decision: ruling.decision.to_string(),
        status: ruling.status.to_string(),
        clause: ruling.clause.to_string(),
        who: follow_up.map(|f| f.who.to_string()).unwrap_or_default(),
        action: follow_up.map(|f| words.said(&f.action)).unwrap_or_default(),
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
    (shelf, speech, lang): (&PolicyShelf, &Speech, &'static str),
) -> Result<Considered, Vec<FileProblems>> {
    let source = inputs::read(&input).map_err(|p| vec![p])?;
    let file = source.name.clone();
    let own = Bench {
        policy: policy.cloned(),
        as_of: None,
        clock,
    };
    let judged = hearing::hear(source, &own, shelf)?;
    let (words, _) = speech.of(&judged, lang, shelf).map_err(|p| vec![p])?;
    let policy_named = crate::report::render::policy_named(&judged.ruling, judged.policy.file());
    let own_ruling = &judged.ruling;
    let filed = judged.loaded.case.appeal.at.value;
    let due = match at.filter(|t| *t != own_ruling.as_of) {
        None => row(
            &file,
            (own_ruling, own_ruling),
            (own_ruling.as_of, false),
            filed,
            &words,
        ),
        Some(moment) if moment < filed => return Ok(Considered::NotYetFiled),
        Some(moment) => {
            let bench = Bench {
                policy: policy.cloned(),
                as_of: Some(moment),
                clock,
            };
            due_at(&judged, (moment, &bench), shelf, (&file, &words))?
        }
    };
    Ok(match due {
        Some(due) => Considered::Due(Box::new(Due {
            policy: policy_named,
            ..due
        })),
        None => Considered::Settled,
    })
}

/// The row of a case judged again at `moment` on `bench`: still pending then; overdue, when the
/// deadline its own ruling waits on has passed; or awaiting review. Else none: settled.
fn due_at(
    judged: &Judged,
    (moment, bench): (Time, &Bench),
    shelf: &PolicyShelf,
    (file, words): (&str, &Words),
) -> Result<Option<Due>, Vec<FileProblems>> {
    let own_ruling = &judged.ruling;
    let filed = judged.loaded.case.appeal.at.value;
    let (_, ruling) = hearing::judge_loaded(&judged.loaded, bench, shelf)?;
    if ruling.status == Status::Pending {
        return Ok(row(file, (&ruling, &ruling), (moment, false), filed, words));
    }
    // The case waited on a deadline that has passed by the moment asked.
    Ok(match own_ruling.next_deadline {
        Some(due) if own_ruling.status == Status::Pending && due <= moment => {
            row(file, (&ruling, own_ruling), (moment, true), filed, words)
        }
        _ if ruling.status == Status::AwaitingReview => {
            row(file, (&ruling, &ruling), (moment, false), filed, words)
        }
        _ => None,
    })
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
    out.json_diagnostics = args.format == Format::Json;
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
    let speech = Speech::default();
    let lang = desk.lang_or(args.lang.lang);
    let words = speech.lexicon.words(lang, None);
    let hearing = (&shelf, &speech, lang);
    let (rows, tally) = gather(&cases, at, policy.as_ref(), clock, hearing, out)?;
    match args.format {
        Format::Json => json(&rows, &tally, out)?,
        Format::Markdown => markdown(&rows, &tally, &words, out)?,
        // `--format` allows no html here (QUEUE_FORMATS).
        Format::Human | Format::Html => human(&rows, &tally, &words, out)?,
    }
    Ok(if tally.invalid > 0 {
        exit::INVALID
    } else {
        exit::OK
    })
}

/// Considers every case in `cases` at `at`, several at a time, reporting the ones that cannot be
/// read or judged: the rows due, in queue order, and the tally of what was considered.
fn gather(
    cases: &[std::path::PathBuf],
    at: Option<Time>,
    policy: Option<&PolicyRef>,
    clock: Clock,
    (shelf, speech, lang): (&PolicyShelf, &Speech, &'static str),
    out: &mut Output,
) -> std::io::Result<(Vec<Due>, Tally)> {
    let mut rows = Vec::new();
    let (mut judged, mut invalid, mut not_yet) = (0usize, 0usize, 0usize);
    let mut shared = SharedProblems::default();
    let found = inputs::expand_noting(cases, out)?;
    inputs::in_order(
        found,
        |input| consider(input, at, policy, clock, (shelf, speech, lang)),
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
        rank(a)
            .cmp(&rank(b))
            .then(a.due.or(a.waiting_since).cmp(&b.due.or(b.waiting_since)))
            .then(a.case.cmp(&b.case))
            .then(a.file.cmp(&b.file))
    });
    let tally = Tally {
        judged,
        invalid,
        not_yet,
        at: at.map(|at| clock.without_case(at)),
    };
    Ok((rows, tally))
}

/// Where a row goes: overdue first, then escalations, then deadlines to come.
fn rank(row: &Due) -> u8 {
    match (row.overdue, row.awaiting_review) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) => 2,
    }
}

/// What the run counted, for the summary.
struct Tally {
    judged: usize,
    invalid: usize,
    not_yet: usize,
    /// The moment asked (`--at`), on the queue's clock.
    at: Option<Time>,
}

impl Tally {
    /// The rows with a deadline, the overdue among them, and the escalations.
    fn counts(rows: &[Due]) -> (usize, usize, usize) {
        let review = rows.iter().filter(|r| r.awaiting_review).count();
        let overdue = rows.iter().filter(|r| r.overdue).count();
        (rows.len() - review, overdue, review)
    }

    /// "3 listed of 5 cases judged at …: 2 due (1 overdue), 1 awaiting review".
    fn summary(&self, rows: &[Due], words: &Words) -> String {
        let (due, overdue, review) = Tally::counts(rows);
        let when = match self.at {
            Some(at) => words.phrase("queue-at", &[("at", &Minute(&at).to_string())]),
            None => words.word("queue-at-own"),
        };
        let count = |n: usize| n.to_string();
        let mut summary = words.counted(
            "queue-summary",
            self.judged,
            &[
                ("listed", &count(rows.len())),
                ("due", &count(due)),
                ("judged", &count(self.judged)),
                ("when", &when),
                ("overdue", &count(overdue)),
                ("review", &count(review)),
            ],
        );
        if self.not_yet > 0 {
            let not_yet = count(self.not_yet);
            summary.push_str(&words.phrase("queue-not_yet", &[("count", &not_yet)]));
        }
        if self.invalid > 0 {
            let invalid = count(self.invalid);
            summary.push_str(&words.phrase("queue-invalid", &[("count", &invalid)]));
        }
        summary
    }
}

/// One object per row, then a summary object.
fn json(rows: &[Due], tally: &Tally, out: &mut Output) -> std::io::Result<()> {
    for row in rows {
        out.stdout
            .write_all(lines::line(&QueueLine::Row(row)).as_bytes())?;
    }
    let (due, overdue, review) = Tally::counts(rows);
    let summary = QueueSummary {
        listed: rows.len(),
        due,
        overdue,
        awaiting_review: review,
        judged: tally.judged,
        appealed_later: tally.not_yet,
        invalid: tally.invalid,
        at: tally.at,
    };
    out.stdout
        .write_all(lines::line(&QueueLine::Summary { summary }).as_bytes())
}

/// The due column of a row: the deadline, or since when an escalation waits.
fn due_cell(row: &Due, words: &Words) -> String {
    match (row.due, row.waiting_since) {
        (Some(due), _) => Minute(&due).to_string(),
        (None, Some(since)) => {
            words.phrase("queue-review-since", &[("at", &Minute(&since).to_string())])
        }
        (None, None) => String::new(),
    }
}

/// What must be done, and what opened the window it must be done in; `brief` writes the
/// window's start as a time of day when it is on the deadline's date.
fn what(row: &Due, brief: bool, words: &Words) -> String {
    match (&row.window_from, row.window_start, row.due) {
        (Some(from), Some(start), Some(due)) => {
            let start = if brief && start.date_naive() == due.date_naive() {
                start.format("%H:%M").to_string()
            } else {
                Minute(&start).to_string()
            };
            words.phrase(
                "queue-what-window",
                &[("action", &row.action), ("from", from), ("start", &start)],
            )
        }
        _ => row.action.clone(),
    }
}

/// The policies the rows were judged under, in the order they first appear; a row's number
/// in it is [`policy_number`]. With one policy the list says it once; with several, each row
/// says which.
fn policies(rows: &[Due]) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for row in rows {
        if !seen.contains(&row.policy.as_str()) {
            seen.push(&row.policy);
        }
    }
    seen
}

/// The number (from 1) of the row's policy in `policies`, when there are several.
fn policy_number(row: &Due, policies: &[&str]) -> Option<usize> {
    (policies.len() > 1)
        .then(|| {
            policies
                .iter()
                .position(|p| *p == row.policy)
                .map(|i| i + 1)
        })
        .flatten()
}

/// The legend of the policies under the table: `policy X`, or `policy 1: X` for each of several.
fn policy_legend(policies: &[&str], escape: impl Fn(&str) -> String) -> String {
    match policies {
        [] => String::new(),
        [one] => format!("policy {}\n", escape(one)),
        many => many
            .iter()
            .enumerate()
            .map(|(i, p)| format!("policy {}: {}\n", i + 1, escape(p)))
            .collect(),
    }
}

fn markdown(rows: &[Due], tally: &Tally, words: &Words, out: &mut Output) -> std::io::Result<()> {
    let policies = policies(rows);
    let column = |id: &str| words.word(&format!("queue-column-{id}"));
    let columns = ["case", "decision", "who", "what", "due", "left", "file"].map(column);
    writeln!(out.stdout, "| {} |", columns.map(|c| cell(&c)).join(" | "))?;
    writeln!(out.stdout, "|---|---|---|---|---|---|---|")?;
    for row in rows {
        let left = if row.overdue {
            format!("**{}**", row.left)
        } else {
            row.left.clone()
        };
        let case = match policy_number(row, &policies) {
            Some(n) => format!("{} (policy {n})", cell(&row.case)),
            None => cell(&row.case),
        };
        writeln!(
            out.stdout,
            "| {} | `{}` {} | {} | {} | {} | {left} | {} |",
            case,
            row.decision,
            row.status,
            words.word(&format!("party-{}", row.who)),
            cell(&what(row, false, words)),
            due_cell(row, words),
            cell(&row.file)
        )?;
    }
    write!(out.stdout, "\n{}", policy_legend(&policies, cell))?;
    writeln!(out.stdout, "{}", tally.summary(rows, words))
}

fn human(rows: &[Due], tally: &Tally, words: &Words, out: &mut Output) -> std::io::Result<()> {
    let column = |id: &str| words.word(&format!("queue-column-{id}"));
    let columns = ["due", "left", "decision", "case", "who_what"].map(column);
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut grid = table::new(&columns, out.look);
    grid.set_width(100);
    let policies = policies(rows);
    for row in rows {
        grid.add_row(human_row(row, &policies, words));
    }
    // The file names stay whole when they are short enough to leave room for what to do.
    if rows.iter().all(|r| file_name(&r.file).len() <= 20) {
        table::keep_whole(&mut grid, &[0, 1, 2, 3]);
    } else {
        table::keep_whole(&mut grid, &[0, 1, 2]);
    }
    if !rows.is_empty() {
        writeln!(out.stdout, "{grid}")?;
    }
    let legend = policy_legend(&policies, |p| crate::text::shown::escape(p).into_owned());
    write!(out.stdout, "{legend}")?;
    writeln!(out.stdout, "{}", tally.summary(rows, words))
}

/// A row of the human worklist: when, how long is left, the decision, the case, and who must
/// do what.
fn human_row(row: &Due, policies: &[&str], words: &Words) -> Vec<String> {
    let left = match (row.overdue, row.seconds_left) {
        (true, Some(seconds)) => {
            format!(
                "{}\n{}",
                words.word("queue-overdue"),
                span_in_words(seconds)
            )
        }
        _ if row.awaiting_review => format!(
            "{}\n{}",
            words.word("queue-review"),
            row.waiting_since
                .map(|since| span_in_words((row.at - since).num_seconds()))
                .unwrap_or_default()
        ),
        _ => row.left.clone(),
    };
    let decision = if row.awaiting_review {
        format!("{}\n{}\n{}", row.decision, row.status, row.clause)
    } else {
        format!("{}\n{} {}", row.decision, row.status, row.clause)
    };
    let moment = row.due.or(row.waiting_since);
    vec![
        // The date above the time, to keep the column narrow.
        moment
            .map(|m| Minute(&m).to_string().replacen(' ', "\n", 1))
            .unwrap_or_default(),
        left,
        decision,
        // The file's own name: the folder is the one given. Both escaped here, since the
        // newline between them is the table's: a newline in a case id must not forge a row.
        format!(
            "{}\n{}{}",
            crate::text::shown::Shown(&row.case),
            crate::text::shown::Shown(&file_name(&row.file)),
            policy_number(row, policies)
                .map(|n| format!("\npolicy {n}"))
                .unwrap_or_default()
        ),
        format!(
            "{}: {}",
            words.word(&format!("party-{}", row.who)),
            what(row, true, words)
        ),
    ]
}

/// A file's own name (the folder is the one given).
fn file_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

/// Text safe in a Markdown table cell: the one Markdown escaper, the ruling's own
/// ([`crate::text::shown::markdown`]). A file name is written as escaped text, not in a code
/// span, where no escape works and a backtick in the name would close the span.
fn cell(text: &str) -> String {
    crate::text::shown::markdown(text)
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
