//! `appeal event add`, `appeal payment add`, `appeal evidence add`: update a case without
//! hand-editing YAML.
//!
//! The entry is built from the command line (`--at`, `--by`, `--party`, `KEY=VALUE`), checked,
//! and appended to its list by editing the file's text ([`super::case_edit`]): every other byte
//! is kept. The result must read back as a valid case with exactly one more entry in that list,
//! or nothing is written. It is then replaced whole, through the project's write path for a file
//! that was read ([`crate::cli::artifact::replace_read_file`], as `test --bless` does): only if
//! its path still leads to the file read, holding the bytes read, and unchanged until the new
//! file takes its place; its owner, group and permissions kept.

use std::io::Write;

use super::{Output, case_edit, exit};
use crate::cli::args::{EntryAddArgs, EntryPlace, EventAddArgs};
use crate::model::case::LoadedCase;
use crate::reading::decode::parse_time;
use crate::reading::source::SourceFile;
use crate::vocab::time::Time;

/// The list an entry goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Timeline,
    Payments,
    Evidence,
}

impl List {
    fn key(self) -> &'static str {
        match self {
            List::Timeline => "timeline",
            List::Payments => "payments",
            List::Evidence => "evidence",
        }
    }

    fn len(self, loaded: &LoadedCase) -> usize {
        match self {
            List::Timeline => loaded.case.timeline.len(),
            List::Payments => loaded.case.payments.len(),
            List::Evidence => loaded.case.evidence.len(),
        }
    }
}

/// Why an entry was not added.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum AddError {
    #[error("`{name}` is not an event of the case format")]
    #[diagnostic(code(appeal::event::unknown), help("{help}"))]
    UnknownEvent { name: String, help: String },
    #[error("`{written}` is not KEY=VALUE")]
    #[diagnostic(
        code(appeal::event::field),
        help("write each key of the entry as KEY=VALUE, e.g. stance=refuses or amount=58300")
    )]
    Field { written: String },
    #[error("--at `{written}` is not a time: {reason}")]
    #[diagnostic(
        code(appeal::event::at),
        help("write RFC 3339 with its offset, e.g. --at 2025-06-15T10:40:00+08:00, or --at now")
    )]
    At { written: String, reason: String },
    #[error("the {what} at {at} is later than the case's as_of {as_of}")]
    #[diagnostic(
        code(appeal::event::after_as_of),
        help(
            "nothing in a case may be later than its as_of: pass --bump-as-of to move as_of to {at}, or give an earlier --at"
        )
    )]
    AfterAsOf {
        what: String,
        at: String,
        as_of: String,
    },
    #[error("nothing written to `{file}`: {reason}")]
    #[diagnostic(
        code(appeal::event::not_written),
        help("the problems above say why; the file is as it was")
    )]
    NotWritten { file: String, reason: String },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Write(#[from] crate::cli::artifact::WriteError),
}

/// `appeal event add`.
pub fn run_event(args: &EventAddArgs, out: &mut Output) -> std::io::Result<u8> {
    let names = crate::model::case::event_names();
    if !names.contains(&args.event.as_str()) {
        let help =
            crate::reading::diagnostics::suggest(&args.event, names.iter().copied(), "events");
        return refuse(
            out,
            AddError::UnknownEvent {
                name: crate::text::shown::escape(&args.event).into_owned(),
                help,
            },
        );
    }
    let mut fields = vec![("event".to_string(), args.event.clone())];
    fields.extend(args.by.iter().map(|by| ("by".to_string(), by.clone())));
    fields.extend(args.party.iter().map(|p| ("party".to_string(), p.clone())));
    match pairs(&args.fields) {
        Ok(more) => fields.extend(more),
        Err(error) => return refuse(out, error),
    }
    add(&args.place, List::Timeline, fields, out)
}

/// `appeal payment add` and `appeal evidence add`.
pub fn run_entry(list: List, args: &EntryAddArgs, out: &mut Output) -> std::io::Result<u8> {
    let mut fields = match pairs(&args.fields) {
        Ok(fields) => fields,
        Err(error) => return refuse(out, error),
    };
    if let Some(by) = &args.by {
        // An evidence item names its id first, then who submitted it.
        let at = usize::from(fields.first().is_some_and(|(key, _)| key == "id"));
        fields.insert(at, ("by".to_string(), by.clone()));
    }
    add(&args.place, list, fields, out)
}

/// KEY=VALUE pairs, in order.
fn pairs(written: &[String]) -> Result<Vec<(String, String)>, AddError> {
    written
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((key, value))
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                Ok((key.to_string(), value.to_string()))
            }
            _ => Err(AddError::Field {
                written: crate::text::shown::escape(pair).into_owned(),
            }),
        })
        .collect()
}

fn refuse(out: &mut Output, error: AddError) -> std::io::Result<u8> {
    out.report_error(&error)?;
    Ok(exit::INVALID)
}

/// Adds the entry `fields` (without `at`) to `list` of the case at `place`.
fn add(
    place: &EntryPlace,
    list: List,
    mut fields: Vec<(String, String)>,
    out: &mut Output,
) -> std::io::Result<u8> {
    let shown = crate::text::shown::escape(&place.case.display().to_string()).into_owned();
    let (source, before) = match read_valid(place, &shown, out)? {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    let as_of = before.case.as_of.value;
    let at = match moment(&place.at, as_of) {
        Ok(at) => at,
        Err(error) => return refuse(out, error),
    };
    let written_at = at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
    let what = match list {
        List::Timeline => "event",
        List::Payments => "payment",
        List::Evidence => "evidence item",
    };
    let mut text = source.text.to_string();
    if at > as_of {
        if !place.bump_as_of {
            let error = AddError::AfterAsOf {
                what: what.to_string(),
                at: written_at,
                as_of: crate::vocab::time::rfc3339(&as_of),
            };
            return refuse(out, error);
        }
        let span = &before.case.as_of.span;
        text.replace_range(span.clone(), &written_at);
    }
    match list {
        List::Evidence => fields.push(("at".to_string(), written_at.clone())),
        _ => fields.insert(0, ("at".to_string(), written_at.clone())),
    }
    let item = case_edit::flow_mapping(&fields);
    let text = case_edit::append(&text, list.key(), &item);
    let code = check_and_write(place, &source, &before, list, &text, out)?;
    if code == exit::OK {
        writeln!(out.stdout, "{}: added to {}: - {item}", shown, list.key())?;
        if at > as_of {
            writeln!(out.stdout, "{shown}: as_of moved to {written_at}")?;
        }
    }
    Ok(code)
}

/// The case file, read and valid as it is (an edit is checked against it), or the exit code
/// once its problems are reported.
fn read_valid(
    place: &EntryPlace,
    shown: &str,
    out: &mut Output,
) -> std::io::Result<Result<(SourceFile, LoadedCase), u8>> {
    let source = match SourceFile::read(&place.case) {
        Ok(source) => source,
        Err(problem) => {
            let problems = crate::reading::diagnostics::FileProblems::single(shown, problem);
            out.report(&problems)?;
            return Ok(Err(exit::INVALID));
        }
    };
    match crate::hearing::evidence_files::load(source.clone()) {
        Ok(loaded) => Ok(Ok((source, loaded))),
        Err(problems) => {
            out.report(&problems)?;
            let error = AddError::NotWritten {
                file: shown.to_string(),
                reason: "the case is invalid as it is: fix it first".to_string(),
            };
            refuse(out, error).map(Err)
        }
    }
}

/// `--at`: RFC 3339 with an offset, or `now` on the clock at the offset of the case's as_of (to
/// the second).
fn moment(written: &str, as_of: Time) -> Result<Time, AddError> {
    if written == "now" {
        let now = chrono::Utc::now().with_timezone(as_of.offset());
        return Ok(now - chrono::Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos())));
    }
    parse_time(written).map_err(|error| AddError::At {
        written: crate::text::shown::escape(written).into_owned(),
        reason: match error {
            crate::reading::decode::TimeError::NoOffset => "it has no offset".to_string(),
            crate::reading::decode::TimeError::Invalid(reason) => reason.to_string(),
        },
    })
}

/// Reads the edited text back as a case (valid, with one more entry in `list`), checks that the
/// file on disk is still the one read, and replaces it.
fn check_and_write(
    place: &EntryPlace,
    source: &SourceFile,
    before: &LoadedCase,
    list: List,
    text: &str,
    out: &mut Output,
) -> std::io::Result<u8> {
    let shown = source.name.clone();
    let not_written = |reason: &str| AddError::NotWritten {
        file: shown.clone(),
        reason: reason.to_string(),
    };
    let mut edited = match SourceFile::from_bytes(source.name.clone(), text.as_bytes()) {
        Ok(edited) => edited,
        Err(_) => return refuse(out, not_written("the edited text could not be read back")),
    };
    edited.path = source.path.clone();
    let after = match crate::hearing::evidence_files::load(edited) {
        Ok(after) => after,
        Err(problems) => {
            out.report(&problems)?;
            return refuse(out, not_written("the case with the new entry is invalid"));
        }
    };
    if list.len(&after) != list.len(before) + 1 {
        let reason = format!(
            "the entry could not be added to `{}` in place; add it by hand",
            list.key()
        );
        return refuse(out, not_written(&reason));
    }
    let Some(identity) = &source.identity else {
        return refuse(out, not_written("it is not a file that can be rewritten"));
    };
    // Replaced only if the path still leads to the file read, holding the bytes read, keeping
    // its owner, group and permissions.
    let read = crate::cli::artifact::ReadFile {
        identity,
        sha256: source.sha256(),
    };
    match crate::cli::artifact::replace_read_file(&place.case, &read, text.as_bytes()) {
        Ok(()) => Ok(exit::OK),
        Err(error) => refuse(out, AddError::Write(error)),
    }
}
