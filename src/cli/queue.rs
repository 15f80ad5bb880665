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

use super::{Output, exit, inputs};
use crate::cli::args::{QueueArgs, QueueFormat};
use crate::cli::judge::Speech;
use crate::hearing::{self, Bench, PolicyShelf};
use crate::model::policy::PolicyRef;
use crate::model::ruling::Ruling;
use crate::reading::decode::{TimeError, parse_time};
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::report::lines::{self, QueueLine, QueueSummary};
use crate::report::render::table;
use crate::report::words::Words;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::Status;
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

fn row(
    file: &str,
    (ruling, waiting): (&Ruling, &Ruling),
    at: Time,
    overdue: bool,
    words: &Words,
) -> Option<Due> {
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
    Some(Due {
        case: ruling.case.clone(),
        file: file.to_string(),
        decision: ruling.decision.to_string(),
        status: ruling.status.to_string(),
        clause: ruling.clause.to_string(),
        who: follow_up.map(|f| f.who.to_string()).unwrap_or_default(),
        action: follow_up.map(|f| words.said(&f.action)).unwrap_or_default(),
        due,
        at,
        overdue,
        seconds_left,
        left,
    })
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
    let (words, _) = speech.of(&judged, lang, shelf).map_err(|p| vec![p])?;
    let own_ruling = &judged.ruling;
    let Some(moment) = at.filter(|t| *t != own_ruling.as_of) else {
        return Ok(found(row(
            &file,
            (own_ruling, own_ruling),
            own_ruling.as_of,
            false,
            &words,
        )));
    };
    if moment < judged.loaded.case.appeal.at.value {
        return Ok(Considered::NotYetFiled);
    }
    let bench = Bench {
        policy: policy.cloned(),
        as_of: Some(moment),
        clock,
    };
    let (_, ruling) = hearing::judge_loaded(&judged.loaded, &bench, shelf)?;
    if ruling.status == Status::Pending {
        return Ok(found(row(&file, (&ruling, &ruling), moment, false, &words)));
    }
    // The case waited on a deadline that has passed by the moment asked.
    match own_ruling.next_deadline {
        Some(due) if own_ruling.status == Status::Pending && due <= moment => Ok(found(row(
            &file,
            (&ruling, own_ruling),
            moment,
            true,
            &words,
        ))),
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
    let shelf = PolicyShelf::default();
    let policy = args
        .policy
        .policy
        .as_deref()
        .map(|p| PolicyRef::parse(p, None));
    if let Some(reference) = &policy
        && let Err(problems) = shelf.get(reference)
    {
        out.report(&problems)?;
        return Ok(exit::INVALID);
    }
    let mut rows = Vec::new();
    let (mut judged, mut invalid, mut not_yet) = (0usize, 0usize, 0usize);
    let speech = Speech::default();
    let lang = args.lang.lang;
    let words = speech.lexicon.words(lang, None);
    inputs::in_order(
        inputs::expand(&args.cases),
        |input| {
            let speaking = (&shelf, &speech, lang);
            consider(input, at, policy.as_ref(), args.clock.clock, speaking)
        },
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
                    for file in &problems {
                        out.report(file)?;
                    }
                }
            }
            Ok(())
        },
    )?;
    // Overdue first, the longest overdue at the top; then the nearest deadline.
    rows.sort_by(|a, b| {
        b.overdue
            .cmp(&a.overdue)
            .then(a.due.cmp(&b.due))
            .then(a.case.cmp(&b.case))
            .then(a.file.cmp(&b.file))
    });
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let when = match at {
        Some(at) => words.phrase(
            "queue-at",
            &[(
                "at",
                &Minute(&args.clock.clock.without_case(at)).to_string(),
            )],
        ),
        None => words.word("queue-at-own"),
    };
    let count = |n: usize| n.to_string();
    let mut summary = words.counted(
        "queue-summary",
        judged,
        &[
            ("due", &count(rows.len())),
            ("judged", &count(judged)),
            ("when", &when),
            ("overdue", &count(overdue)),
        ],
    );
    if not_yet > 0 {
        summary.push_str(&words.phrase("queue-not_yet", &[("count", &count(not_yet))]));
    }
    if invalid > 0 {
        summary.push_str(&words.phrase("queue-invalid", &[("count", &count(invalid))]));
    }
    let column = |id: &str| words.word(&format!("queue-column-{id}"));
    match args.format {
        QueueFormat::Json => {
            for row in &rows {
                out.stdout
                    .write_all(lines::line(&QueueLine::Row(row)).as_bytes())?;
            }
            let summary = QueueSummary {
                due: rows.len(),
                overdue,
                judged,
                appealed_later: not_yet,
                invalid,
                at: at.map(|at| args.clock.clock.without_case(at)),
            };
            out.stdout
                .write_all(lines::line(&QueueLine::Summary { summary }).as_bytes())?;
        }
        QueueFormat::Markdown => {
            let columns = ["case", "decision", "who", "what", "due", "left", "file"].map(column);
            writeln!(out.stdout, "| {} |", columns.map(|c| cell(&c)).join(" | "))?;
            writeln!(out.stdout, "|---|---|---|---|---|---|---|")?;
            for row in &rows {
                let left = if row.overdue {
                    format!("**{}**", row.left)
                } else {
                    row.left.clone()
                };
                writeln!(
                    out.stdout,
                    "| {} | `{}` {} | {} | {} | {} | {left} | `{}` |",
                    cell(&row.case),
                    row.decision,
                    row.status,
                    words.word(&format!("party-{}", row.who)),
                    cell(&row.action),
                    Minute(&row.due),
                    cell(&row.file)
                )?;
            }
            writeln!(out.stdout, "\n{summary}")?;
        }
        QueueFormat::Human => {
            let columns = ["due", "left", "decision", "case", "who_what"].map(column);
            let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
            let mut grid = table::new(&columns, out.look);
            grid.set_width(100);
            for row in &rows {
                grid.add_row(vec![
                    // The date above the time, to keep the column narrow.
                    Minute(&row.due).to_string().replacen(' ', "\n", 1),
                    if row.overdue {
                        format!(
                            "{}\n{}",
                            words.word("queue-overdue"),
                            span_in_words(row.seconds_left)
                        )
                    } else {
                        row.left.clone()
                    },
                    format!("{}\n{} {}", row.decision, row.status, row.clause),
                    // The file's own name: the folder is the one given.
                    format!(
                        "{}\n{}",
                        row.case,
                        std::path::Path::new(&row.file)
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_else(|| row.file.clone())
                    ),
                    format!(
                        "{}: {}",
                        words.word(&format!("party-{}", row.who)),
                        row.action
                    ),
                ]);
            }
            table::keep_whole(&mut grid, &[0, 1, 2]);
            if !rows.is_empty() {
                writeln!(out.stdout, "{grid}")?;
            }
            writeln!(out.stdout, "{summary}")?;
        }
    }
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
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
