//! `appeal ledger verify|replay`: a ledger written by `appeal judge --record` checked, and its
//! cases judged again.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;

use crate::cli::args::LedgerCommand;
use crate::hearing::PolicyShelf;
use crate::model::case::LoadedCase;
use crate::model::ledger::{self, Entry, Tampering, Verified};
use crate::model::policy::{Policy, PolicyRef};
use crate::reading::diagnostics::plural;
use crate::reading::source::SourceFile;
use crate::report::policy_diff::{Attribution, ChangeCounts, Difference, RulingSummary};
use crate::text::shown::Shown;
use crate::vocab::calendar::Clock;

use super::{Output, exit};

/// The largest ledger read: far more than any desk's, and a bound on what one run holds.
const MAX_LEDGER_BYTES: u64 = 1 << 30;

pub fn run(command: LedgerCommand, out: &mut Output) -> std::io::Result<u8> {
    match command {
        LedgerCommand::Verify { ledger } => verify(&ledger, out),
        LedgerCommand::Replay {
            ledger,
            policy,
            exit_code,
        } => replay(&ledger, policy.as_deref(), exit_code, out),
    }
}

/// Why a ledger could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot read the ledger `{path}`: {reason}")]
#[diagnostic(
    code(appeal::ledger::unreadable),
    help("name the file `appeal judge --record` wrote")
)]
struct Unreadable {
    path: String,
    reason: String,
}

/// The ledger's text: a regular file, read whole (up to 1 GiB). Bytes that are not UTF-8 are
/// read as replacement characters, which no line's digest matches.
fn read(path: &Path) -> Result<String, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: crate::text::shown::escape(&path.display().to_string()).into_owned(),
        reason,
    };
    let metadata =
        std::fs::metadata(path).map_err(|e| unreadable(crate::reading::source::io_reason(&e)))?;
    if let Some(kind) = crate::reading::source::kind_of(&metadata) {
        return Err(unreadable(format!("it is {kind}, not a regular file")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_LEDGER_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| unreadable(crate::reading::source::io_reason(&e)))?;
    if bytes.len() as u64 > MAX_LEDGER_BYTES {
        return Err(unreadable("it is larger than 1 GiB".to_string()));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `ledger verify`: 0 when every line is whole and chained, 1 naming the first line that is
/// not, 2 when the file cannot be read.
fn verify(path: &Path, out: &mut Output) -> std::io::Result<u8> {
    let text = match read(path) {
        Ok(text) => text,
        Err(error) => {
            out.report_error(&error)?;
            return Ok(exit::INVALID);
        }
    };
    let verified = ledger::verify(&text);
    let shown = Shown(&path.display().to_string()).to_string();
    match &verified.finding {
        None => {
            writeln!(
                out.stdout,
                "ok: {shown} — {}, the chain intact",
                plural(verified.lines, "line")
            )?;
            if let Some(head) = &verified.head {
                writeln!(out.stdout, "head sha256 {head}")?;
            }
            Ok(exit::OK)
        }
        Some(finding) => {
            let word = match finding.kind {
                Tampering::Incomplete => "INCOMPLETE",
                _ => "BROKEN",
            };
            writeln!(
                out.stdout,
                "{word}: {shown} line {} ({}): {}",
                finding.line,
                finding.kind.as_str(),
                finding.detail
            )?;
            writeln!(
                out.stdout,
                "{} read; the lines before line {} chain as written",
                plural(verified.lines, "whole line"),
                finding.line
            )?;
            Ok(exit::FINDING)
        }
    }
}

/// A recorded ruling judged again.
struct Replayed {
    line: u64,
    case: String,
    file: String,
    recorded: RulingSummary,
    now: RulingSummary,
    changes: Vec<Difference>,
    /// The parameter changes that move it alone (`--policy`), or why it moved.
    moved_by: String,
}

/// `ledger replay`: every recorded case judged again at its recorded moment, under its
/// recorded policy or `policy`; the rulings that differ from the recorded ones, attributed.
fn replay(
    path: &Path,
    policy: Option<&str>,
    exit_code: bool,
    out: &mut Output,
) -> std::io::Result<u8> {
    let text = match read(path) {
        Ok(text) => text,
        Err(error) => {
            out.report_error(&error)?;
            return Ok(exit::INVALID);
        }
    };
    let verified = ledger::verify(&text);
    if let Some(code) = refuse_broken(path, &verified, out)? {
        return Ok(code);
    }
    let shelf = PolicyShelf::default();
    let given = match policy.map(|written| as_given(&shelf, written)).transpose() {
        Ok(given) => given,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let mut replay = Replay::new(&verified.entries, given);
    let (differing, tally) = replay.all(&verified.entries, out)?;
    print_replay(path, &replay, &differing, &tally, out)?;
    Ok(if tally.unreplayed > 0 {
        exit::INVALID
    } else if exit_code && !differing.is_empty() {
        exit::FINDING
    } else {
        exit::OK
    })
}

/// A ledger whose chain is broken is not replayed (exit 2); one whose last line was cut short
/// is replayed without that line, with a note.
fn refuse_broken(
    path: &Path,
    verified: &Verified,
    out: &mut Output,
) -> std::io::Result<Option<u8>> {
    let Some(finding) = &verified.finding else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    let message = if finding.kind == Tampering::Incomplete {
        format!(
            "warning: `{shown}` ends in the middle of line {}: its whole lines are replayed\n",
            finding.line
        )
    } else {
        format!(
            "error: `{shown}` does not verify: line {} ({}): {}; nothing is replayed \
             (`appeal ledger verify {shown}`)\n",
            finding.line,
            finding.kind.as_str(),
            finding.detail
        )
    };
    out.stderr
        .write_all(crate::text::shown::escape(&message).as_bytes())?;
    Ok((finding.kind != Tampering::Incomplete).then_some(exit::INVALID))
}

/// `--policy` for a replay: a file, a built-in policy, an edition, or an id's latest edition,
/// applied as given to every case.
fn as_given(
    shelf: &PolicyShelf,
    written: &str,
) -> Result<Arc<Policy>, crate::reading::diagnostics::FileProblems> {
    shelf.command_line(written).map(|(_, policy)| policy)
}

/// The policies and attributions of a replay, each read once.
struct Replay<'a> {
    /// Recorded policy texts, by digest.
    texts: std::collections::BTreeMap<&'a str, &'a str>,
    recorded: HashMap<String, Result<Arc<Policy>, String>>,
    given: Option<Arc<Policy>>,
    /// From each recorded policy (by digest) to the one given.
    attributions: HashMap<String, Attribution>,
}

impl<'a> Replay<'a> {
    fn new(entries: &'a [Entry<serde_json::Value>], given: Option<Arc<Policy>>) -> Replay<'a> {
        Replay {
            texts: ledger::policy_texts(entries),
            recorded: HashMap::new(),
            given,
            attributions: HashMap::new(),
        }
    }

    /// Every line judged again, but under a policy given only those recorded under its id (a
    /// change to one policy says nothing about the cases of another): the rulings that differ
    /// from the recorded ones, and the tally. Why a line is not replayed goes to stderr.
    fn all(
        &mut self,
        entries: &[Entry<serde_json::Value>],
        out: &mut Output,
    ) -> std::io::Result<(Vec<Replayed>, Tally)> {
        let mut differing = Vec::new();
        let mut unreplayed = 0usize;
        let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
        for entry in entries {
            if let Some(given) = &self.given
                && entry.policy.id != given.id
            {
                *left_out.entry(entry.policy.id.clone()).or_default() += 1;
                continue;
            }
            match self.one(entry) {
                Ok(Some(replayed)) => differing.push(replayed),
                Ok(None) => {}
                Err(why) => {
                    unreplayed += 1;
                    let message = format!("line {}: not replayed: {why}\n", entry.line);
                    out.stderr
                        .write_all(crate::text::shown::escape(&message).as_bytes())?;
                }
            }
        }
        let tally = Tally {
            replayed: entries.len() - unreplayed - left_out.values().sum::<usize>(),
            unreplayed,
            left_out,
        };
        Ok((differing, tally))
    }

    /// What the rulings were judged under, as the replay's heading says it.
    fn under(&self) -> String {
        match &self.given {
            Some(given) => format!(
                "under {} {} ({})",
                Shown(&given.id),
                Shown(&given.version),
                Shown(given.file().unwrap_or("built-in"))
            ),
            None => "each under its recorded policy".to_string(),
        }
    }

    /// The policy a line was recorded under: the built-in one of its id when its digest is the
    /// built-in's, else the text the ledger holds.
    fn recorded(&mut self, entry: &Entry<serde_json::Value>) -> Result<Arc<Policy>, String> {
        let digest = entry.policy.sha256.clone();
        if let Some(found) = self.recorded.get(&digest) {
            return found.clone();
        }
        let found = self.read_recorded(entry);
        self.recorded.insert(digest, found.clone());
        found
    }

    fn read_recorded(&self, entry: &Entry<serde_json::Value>) -> Result<Arc<Policy>, String> {
        let policy = &entry.policy;
        if policy.builtin {
            let builtin = PolicyRef::parse(&policy.id, None)
                .load()
                .map_err(|_| format!("no built-in policy `{}` in this binary", policy.id))?;
            if builtin.sha256 != policy.sha256 {
                return Err(format!(
                    "recorded under the built-in {} sha256 {}, which this binary does not carry \
                     (its built-in {} is sha256 {}): replay it with --policy",
                    policy.id, policy.sha256, policy.id, builtin.sha256
                ));
            }
            return Ok(Arc::new(builtin));
        }
        let text = self.texts.get(policy.sha256.as_str()).ok_or_else(|| {
            format!(
                "the ledger holds no text of policy sha256 {}",
                policy.sha256
            )
        })?;
        let name = policy.file.clone().unwrap_or_else(|| policy.id.clone());
        let source = SourceFile::from_bytes(name.clone(), text.as_bytes())
            .map_err(|e| format!("its policy does not read: {e}"))?;
        crate::model::policy::load(source, name)
            .map(Arc::new)
            .map_err(|problems| {
                format!(
                    "its recorded policy no longer reads: {}",
                    problems
                        .problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                )
            })
    }

    /// One line judged again: `Some` when its ruling differs from the recorded one.
    fn one(&mut self, entry: &Entry<serde_json::Value>) -> Result<Option<Replayed>, String> {
        let recorded = RulingSummary::from_json(&entry.ruling)
            .ok_or("its recorded ruling is not one this tool reads")?;
        let source = SourceFile::from_bytes(entry.case.file.clone(), entry.case.text.as_bytes())
            .map_err(|e| format!("its case does not read: {e}"))?;
        let loaded = crate::model::case::load(source).map_err(|problems| {
            format!(
                "its case no longer reads: {}",
                problems
                    .problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            )
        })?;
        let as_of = chrono::DateTime::parse_from_rfc3339(&entry.as_of)
            .map_err(|_| format!("its moment `{}` is not an RFC 3339 time", entry.as_of))?;
        if as_of < loaded.case.appeal.at.value {
            return Err("its moment is before the appeal was filed".to_string());
        }
        let policy = self.recorded(entry)?;
        let judge = |policy: &Policy| {
            RulingSummary::of(&crate::hearing::judge_under(
                &loaded,
                policy,
                as_of,
                Clock::Policy,
            ))
        };
        let again = judge(&policy);
        let now = match &self.given {
            Some(given) => judge(given),
            None => again.clone(),
        };
        if now == recorded {
            return Ok(None);
        }
        let moved_by = self.moved_by(entry, &policy, &loaded, as_of, &recorded, &again);
        Ok(Some(Replayed {
            line: entry.line,
            case: loaded.case.id.value.clone(),
            file: entry.case.file.clone(),
            changes: recorded.differences(&now),
            recorded,
            now,
            moved_by,
        }))
    }

    /// Why a ruling moved: the parameter changes from its recorded policy to the one given that
    /// move it alone, and the tool when the recorded policy itself now rules otherwise.
    fn moved_by(
        &mut self,
        entry: &Entry<serde_json::Value>,
        recorded_policy: &Policy,
        loaded: &LoadedCase,
        as_of: crate::vocab::time::Time,
        recorded: &RulingSummary,
        again: &RulingSummary,
    ) -> String {
        let tool = (again != recorded).then(|| {
            format!(
                "this version of appeal ({}), which rules otherwise under the recorded policy \
                 (recorded by {})",
                crate::hearing::TOOL_VERSION,
                entry.tool_version
            )
        });
        let Some(given) = &self.given else {
            return tool.unwrap_or_default();
        };
        let attribution = self
            .attributions
            .entry(recorded_policy.sha256.clone())
            .or_insert_with(|| Attribution::new(recorded_policy, given));
        let names: Vec<String> = attribution
            .moved_by(loaded, as_of, again)
            .iter()
            .map(|p| format!("{} {}", p.clause, p.parameter))
            .collect();
        let parameters = if names.is_empty() {
            "no change alone: only several together".to_string()
        } else {
            names.join(", ")
        };
        match tool {
            Some(tool) => format!("{parameters}; and {tool}"),
            None => parameters,
        }
    }
}

/// A ruling that differs, for a person: its line and case, the two rulings, what changed and
/// what moved it.
impl std::fmt::Display for Replayed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let changes: Vec<&str> = self.changes.iter().map(|d| d.as_str()).collect();
        write!(
            f,
            "  line {}: {} ({})\n    recorded: {}\n    now:      {}\n    changes: {}\n    \
             moved by: {}",
            self.line,
            Shown(&self.case),
            Shown(&self.file),
            self.recorded,
            self.now,
            changes.join(", "),
            self.moved_by
        )
    }
}

/// How many lines were replayed, could not be, or were left out (by recorded policy id).
struct Tally {
    replayed: usize,
    unreplayed: usize,
    left_out: BTreeMap<String, usize>,
}

/// The replay for a person: what it was judged under, each ruling that differs, a summary.
fn print_replay(
    path: &Path,
    replay: &Replay<'_>,
    differing: &[Replayed],
    tally: &Tally,
    out: &mut Output,
) -> std::io::Result<()> {
    writeln!(
        out.stdout,
        "replayed {} of {}, {}, each at its recorded moment",
        plural(tally.replayed, "ruling"),
        Shown(&path.display().to_string()),
        replay.under()
    )?;
    if differing.is_empty() {
        writeln!(out.stdout, "rulings: as recorded")?;
    } else {
        writeln!(out.stdout, "rulings that differ from the recorded ones:")?;
        for replayed in differing {
            writeln!(out.stdout, "{replayed}")?;
        }
    }
    let counts = ChangeCounts::of(differing.iter().map(|r| r.changes.as_slice()));
    let parts = counts.in_words();
    let left_out = match &replay.given {
        Some(given) => super::policy_cmd::left_out_note(&tally.left_out, &given.id, &given.id)
            .replace("own policy", "recorded policy"),
        None => String::new(),
    };
    writeln!(
        out.stdout,
        "rulings that differ: {} of {}{}{}{left_out}",
        differing.len(),
        tally.replayed,
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({parts})")
        },
        if tally.unreplayed > 0 {
            format!("; {} not replayed (see stderr)", tally.unreplayed)
        } else {
            String::new()
        }
    )
}
