//! Desk defaults: `appeal.toml`, and `appeal config`, which says which file and values are in
//! force.
//!
//! A desk repeats some options on every call: whose clock to read times on, the language, the
//! policy, the folder of cases. An `appeal.toml` at the project root sets them:
//!
//! ```toml
//! [defaults]
//! clock = "America/Sao_Paulo"   # judge, queue: as --clock
//! lang = "en"                   # the language of rulings (a catalogue of i18n/)
//! policy = "bitget"             # judge, queue: as --policy; new: the `policy:` it writes
//! cases = "tickets"             # test, queue: the folder when none is given (from appeal.toml's folder)
//! offset = "-03:00"             # new: the offset of the times it writes
//! fiat = "BRL"                  # new: the currency of the order it writes
//! ```
//!
//! The file is found as the project's `policy/` folder is: from the current folder upward, the
//! first folder that holds `appeal.toml`; the walk stops after a folder that holds `.git` (a
//! repository root), at the filesystem root, and before a folder anyone may write to (on Unix,
//! mode `o+w`: a shared temporary folder), so that no file dropped there sets defaults for the
//! folders below. The command line always wins: a default applies only to an option not given.
//! A file with a mistake is refused with a diagnostic (exit 2); nothing is guessed.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Output, exit};
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::reading::document::{self, Node, ScalarKind, Value};
use crate::reading::source::SourceFile;
use crate::vocab::calendar::Clock;

/// The file's name.
pub const FILE: &str = "appeal.toml";

/// The keys of `[defaults]`, each with the commands it serves.
const KEYS: &[(&str, &str)] = &[
    ("clock", "judge, queue: --clock"),
    ("lang", "the language of rulings"),
    (
        "policy",
        "judge, queue: --policy; new: the `policy:` it writes",
    ),
    ("cases", "test, queue: the folder when none is given"),
    ("offset", "new: the offset of the times it writes"),
    ("fiat", "new: the currency of the order it writes"),
];

/// The desk defaults in force: the file they come from, and each value it sets.
#[derive(Debug, Clone, Default)]
pub struct Desk {
    /// The `appeal.toml` read, if one was found.
    pub file: Option<PathBuf>,
    pub clock: Option<Clock>,
    pub clock_written: Option<String>,
    pub lang: Option<&'static str>,
    pub policy: Option<String>,
    pub cases: Option<PathBuf>,
    pub offset: Option<chrono::FixedOffset>,
    pub offset_written: Option<String>,
    pub fiat: Option<String>,
}

impl Desk {
    /// The defaults of the project the current folder belongs to (none when no `appeal.toml` is
    /// found), or the problems of the file found.
    pub fn find() -> Result<Desk, FileProblems> {
        match std::env::current_dir().ok().and_then(|dir| locate(&dir)) {
            Some(path) => read(&path),
            None => Ok(Desk::default()),
        }
    }

    /// The folder of `appeal.toml`, which relative paths in it start from.
    fn base(&self) -> PathBuf {
        self.file
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// `--policy` unless given: the default, a file named from appeal.toml's folder.
    pub fn policy_or(&self, given: Option<&str>) -> Option<String> {
        if let Some(given) = given {
            return Some(given.to_string());
        }
        let policy = self.policy.as_deref()?;
        Some(if policy.ends_with(".toml") {
            self.base().join(policy).display().to_string()
        } else {
            policy.to_string()
        })
    }

    /// `--lang` unless given: the default, else English.
    pub fn lang_or(&self, given: Option<&'static str>) -> &'static str {
        given.or(self.lang).unwrap_or("en")
    }

    /// `--clock` unless given: the default, else the policy's.
    pub fn clock_or(&self, given: Option<Clock>) -> Clock {
        given.or(self.clock).unwrap_or(Clock::Policy)
    }

    /// The cases folder unless paths are given: the default, else `fallback`.
    pub fn cases_or(&self, given: &[PathBuf], fallback: Option<&str>) -> Vec<PathBuf> {
        if !given.is_empty() {
            return given.to_vec();
        }
        match (&self.cases, fallback) {
            (Some(cases), _) => vec![self.base().join(cases)],
            (None, Some(fallback)) => vec![PathBuf::from(fallback)],
            (None, None) => Vec::new(),
        }
    }

    /// What `appeal config` and `--help` say: the file, then each value and where it comes from.
    pub fn describe(&self) -> String {
        let mut text = match &self.file {
            Some(file) => format!("desk defaults from {}\n", file.display()),
            None => format!(
                "no {FILE} found from the current folder upward: the built-in defaults apply\n"
            ),
        };
        let values = [
            (
                "clock",
                self.clock_written.clone(),
                "policy (the policy's time zone)",
            ),
            ("lang", self.lang.map(str::to_string), "en"),
            (
                "policy",
                self.policy.clone(),
                "each case's own `policy:`, else mexc",
            ),
            (
                "cases",
                self.cases.as_ref().map(|c| c.display().to_string()),
                "cases (test); none (queue)",
            ),
            ("offset", self.offset_written.clone(), "+08:00 (new)"),
            (
                "fiat",
                self.fiat.clone(),
                "the appeal type's example currency (new)",
            ),
        ];
        for (key, value, default) in values {
            let line = match value {
                Some(value) => format!(
                    "  {key:<7} {}  ({FILE})\n",
                    crate::text::shown::Shown(&value)
                ),
                None => format!("  {key:<7} {default}  (built-in)\n"),
            };
            text.push_str(&line);
        }
        text.push_str("The command line wins: a default applies only to an option not given.\n");
        text
    }
}

/// The nearest `appeal.toml` from `start` upward, on the project walk
/// ([`crate::hearing::project::walk`]): it stops at a repository root and before a folder
/// anyone may write to or another user owns.
fn locate(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    crate::hearing::project::walk(&start)
        .into_iter()
        .map(|at| at.join(FILE))
        .find(|file| file.is_file())
}

/// Reads and checks `appeal.toml`.
fn read(path: &Path) -> Result<Desk, FileProblems> {
    let shown = crate::text::shown::escape(&path.display().to_string()).into_owned();
    let source = SourceFile::read(path).map_err(|p| FileProblems::single(shown, p))?;
    let tree = match document::parse_toml(&source) {
        Ok(tree) => tree,
        Err(problems) => return Err(FileProblems::new(source, problems)),
    };
    let mut desk = Desk {
        file: Some(path.to_path_buf()),
        ..Desk::default()
    };
    let mut problems = Vec::new();
    let Value::Map(tables) = &tree.value else {
        return Ok(desk);
    };
    for table in tables {
        if table.key != "defaults" {
            problems.push(Problem::unknown_key(
                &table.key,
                FILE,
                &table.key_span,
                &["defaults"],
            ));
            continue;
        }
        let Value::Map(entries) = &table.value.value else {
            problems.push(Problem::invalid(
                "`defaults` is not a table".to_string(),
                &table.key_span,
                "here",
                "write it as a table: `[defaults]`, then one `key = \"value\"` a line",
            ));
            continue;
        };
        for entry in entries {
            if let Err(problem) = set(&mut desk, &entry.key, &entry.key_span, &entry.value) {
                problems.push(problem);
            }
        }
    }
    if problems.is_empty() {
        Ok(desk)
    } else {
        Err(FileProblems::new(source, problems))
    }
}

/// Sets one default from its entry, checked.
fn set(
    desk: &mut Desk,
    key: &str,
    key_span: &crate::reading::diagnostics::Span,
    value: &Node,
) -> Result<(), Problem> {
    let names: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
    if !names.contains(&key) {
        return Err(Problem::unknown_key(key, "[defaults]", key_span, &names));
    }
    let text = match &value.value {
        Value::Scalar(scalar) if scalar.kind == ScalarKind::String => scalar.text.clone(),
        _ => {
            return Err(Problem::invalid(
                format!("`{key}` is not a string"),
                &value.span,
                "not a string",
                "write it in quotes, e.g. `clock = \"America/Sao_Paulo\"`",
            ));
        }
    };
    let bad = |what: &str, help: &str| {
        Problem::invalid(
            format!("`{key} = \"{text}\"`: {what}"),
            &value.span,
            what,
            help,
        )
    };
    store(desk, key, text.clone()).map_err(|(what, help)| bad(what, &help))
}

/// Stores the value of `key`, checked, or says what is wrong with it and how to write it.
fn store(desk: &mut Desk, key: &str, text: String) -> Result<(), (&'static str, String)> {
    match key {
        "clock" => {
            let help =
                "write `policy`, `case`, `utc` or an IANA time zone such as `America/Sao_Paulo`";
            desk.clock = Some(Clock::parse(&text).ok_or(("not a clock", help.to_string()))?);
            desk.clock_written = Some(text);
        }
        "lang" => {
            let tag = crate::report::words::resolve(&text).map_err(|unknown| {
                let known = unknown.known.join(", ");
                (
                    "no catalogue for this language",
                    format!("the languages there are: {known}"),
                )
            })?;
            desk.lang = Some(tag);
        }
        "policy" => desk.policy = Some(text),
        "cases" => desk.cases = Some(PathBuf::from(text)),
        "offset" => {
            let help = "write it as `+HH:MM` or `-HH:MM`, e.g. `-03:00`".to_string();
            desk.offset = Some(parse_offset(&text).ok_or(("not an offset", help))?);
            desk.offset_written = Some(text);
        }
        _ => {
            let upper = text.len() == 3 && text.chars().all(|c| c.is_ascii_uppercase());
            if !upper {
                let help = "write three capital letters, e.g. `BRL`".to_string();
                return Err(("not a currency code", help));
            }
            desk.fiat = Some(text);
        }
    }
    Ok(())
}

/// `+HH:MM` or `-HH:MM` (or `Z`), within ±23:59.
pub fn parse_offset(text: &str) -> Option<chrono::FixedOffset> {
    if text == "Z" || text == "z" {
        return chrono::FixedOffset::east_opt(0);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 23 || minutes > 59 {
        return None;
    }
    chrono::FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// `queue` with no folder, and no default.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("no folder of cases given, and no appeal.toml sets `cases` under [defaults]")]
#[diagnostic(
    code(appeal::usage::no_cases),
    help(
        "give the folder: `appeal queue cases/`; or set `cases = \"cases\"` under [defaults] in appeal.toml"
    )
)]
pub struct NoCases;

/// The desk defaults for a command, or the exit code once their problems are reported.
pub fn desk(out: &mut Output) -> std::io::Result<Result<Desk, u8>> {
    match Desk::find() {
        Ok(desk) => Ok(Ok(desk)),
        Err(problems) => {
            out.report(&problems)?;
            Ok(Err(exit::INVALID))
        }
    }
}

/// The command line with the desk defaults in force said under the help of each command that
/// takes them (nothing is added when no `appeal.toml` is found, or when it has problems:
/// `appeal config` reports those).
pub fn with_desk_help(mut command: clap::Command) -> clap::Command {
    let Ok(desk) = Desk::find() else {
        return command;
    };
    let Some(file) = &desk.file else {
        return command;
    };
    let mut set = Vec::new();
    for (key, value) in [
        ("clock", desk.clock_written.clone()),
        ("lang", desk.lang.map(str::to_string)),
        ("policy", desk.policy.clone()),
        (
            "cases",
            desk.cases.as_ref().map(|c| c.display().to_string()),
        ),
        ("offset", desk.offset_written.clone()),
        ("fiat", desk.fiat.clone()),
    ] {
        if let Some(value) = value {
            set.push(format!("{key} = \"{}\"", crate::text::shown::Shown(&value)));
        }
    }
    let note = format!(
        "Desk defaults in force ({}): {}; the command line wins. `appeal config` lists them.",
        crate::text::shown::Shown(&file.display().to_string()),
        if set.is_empty() {
            "none set".to_string()
        } else {
            set.join(", ")
        }
    );
    for name in ["judge", "queue", "test", "new"] {
        let note = note.clone();
        command = command.mut_subcommand(name, |sub| {
            let before = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            sub.after_help(format!("{before}\n\n{note}"))
        });
    }
    command
}

/// `appeal config`: the file and the values in force.
pub fn run(out: &mut Output) -> std::io::Result<u8> {
    match Desk::find() {
        Ok(desk) => {
            out.stdout.write_all(desk.describe().as_bytes())?;
            Ok(exit::OK)
        }
        Err(problems) => {
            out.report(&problems)?;
            Ok(exit::INVALID)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_read_as_written() {
        assert_eq!(parse_offset("-03:00").unwrap().local_minus_utc(), -3 * 3600);
        assert_eq!(parse_offset("+05:30").unwrap().local_minus_utc(), 19800);
        assert!(parse_offset("+24:00").is_none());
        assert!(parse_offset("0300").is_none());
    }
}
