//! `appeal judge --record LEDGER`: each ruling appended to the ledger as one whole line
//! ([`crate::model::ledger`]), chained to the line before.
//!
//! Appends are serialized across processes: each takes an exclusive lock on the ledger
//! (`File::lock`), reads what other recorders appended since its last look (for the last line's
//! digest and the policies whose text the ledger already holds), writes its line with one
//! `write` on a file opened for appending, flushes it to the disk, and lets go. Two recorders at
//! once therefore never mix their lines, and each line chains to the one written before it,
//! whoever wrote that. A ledger that ends in the middle of a line (a recorder killed mid-write)
//! is not appended to: `appeal ledger verify` names that line, and the ledger is truncated to
//! its last whole line by hand, deliberately.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::model::case::LoadedCase;
use crate::model::ledger::{Entry, LEDGER_VERSION, RecordedCase, Tail};
use crate::model::policy::Policy;
use crate::model::ruling::Ruling;
use crate::reading::source::hex_sha256;
use crate::report::render::json::RulingJson;
use crate::report::words;

/// Set to a file path, a recorder writes the first half of each line, creates that file, and
/// waits a minute before the rest: so that a test can kill it in the middle of an append. For
/// tests only.
pub const PAUSE_MID_APPEND: &str = "APPEAL_TEST_PAUSE_MID_APPEND";

/// Why a ruling could not be recorded.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum RecordError {
    #[error("cannot record to `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::ledger::io),
        help("check that the folder exists and that the ledger may be written")
    )]
    Io { path: String, reason: String },
    #[error("refusing to record to `{path}`: {why}")]
    #[diagnostic(
        code(appeal::ledger::refused),
        help(
            "a ledger is a file of its own, written only by `appeal judge --record`; name another file"
        )
    )]
    Refused { path: String, why: String },
    #[error("`{path}` ends in the middle of line {line}: an append was cut short")]
    #[diagnostic(
        code(appeal::ledger::incomplete),
        help(
            "nothing is appended after a torn line; `appeal ledger verify {path}` checks the \
             lines before it; once the cause is known, cut the ledger back to its last whole \
             line (`truncate -s {whole} {path}`) and record again"
        )
    )]
    Incomplete { path: String, line: u64, whole: u64 },
}

/// A ledger being appended to by this run.
pub struct Recorder {
    path: PathBuf,
    shown: String,
    file: File,
    /// How far this recorder has read the file: what lies beyond was appended by others.
    read_to: u64,
    tail: Tail,
}

impl Recorder {
    /// Opens the ledger at `path` for appending, creating it if need be. A file that exists
    /// must be a regular file that holds ledger lines.
    pub fn open(path: &Path) -> Result<Recorder, RecordError> {
        let shown = crate::text::shown::escape(&path.display().to_string()).into_owned();
        let refused = |why: &str| RecordError::Refused {
            path: shown.clone(),
            why: why.to_string(),
        };
        if let Ok(metadata) = std::fs::metadata(path)
            && let Some(kind) = crate::reading::source::kind_of(&metadata)
        {
            return Err(refused(&format!("it is {kind}, not a regular file")));
        }
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(|e| RecordError::Io {
                path: shown.clone(),
                reason: crate::reading::source::io_reason(&e),
            })?;
        let mut start = [0u8; 11];
        let read = (&file).read(&mut start).unwrap_or(0);
        if read > 0 && !b"{\"sha256\":\"".starts_with(&start[..read]) {
            return Err(refused("it exists and is not a ledger"));
        }
        // The run may not append to one of its own inputs (a case named as the ledger).
        crate::reading::source::watch(path);
        Ok(Recorder {
            path: path.to_path_buf(),
            shown,
            file,
            read_to: 0,
            tail: Tail::default(),
        })
    }

    /// Appends the ruling of `loaded` under `policy` as the ledger's next line; its number.
    pub fn append(
        &mut self,
        loaded: &LoadedCase,
        policy: &Policy,
        ruling: &Ruling,
    ) -> Result<u64, RecordError> {
        if let Ok(metadata) = std::fs::metadata(&self.path)
            && crate::reading::source::FileId::of(&self.path, &metadata)
                .is_some_and(|id| crate::reading::source::is_input_id(&id))
        {
            return Err(RecordError::Refused {
                path: self.shown.clone(),
                why: "it is one of this run's input files".to_string(),
            });
        }
        self.file.lock().map_err(|e| self.io(&e))?;
        let appended = self.append_locked(loaded, policy, ruling);
        let _ = self.file.unlock();
        appended
    }

    fn append_locked(
        &mut self,
        loaded: &LoadedCase,
        policy: &Policy,
        ruling: &Ruling,
    ) -> Result<u64, RecordError> {
        self.catch_up()?;
        let with_text = !policy.builtin && !self.tail.policy_texts.contains(&policy.sha256);
        let mut ruling = ruling.clone();
        ruling.trace.clear();
        let entry = Entry {
            ledger_version: LEDGER_VERSION,
            line: self.tail.lines + 1,
            prev_sha256: self.tail.last_sha256.clone(),
            tool_version: ruling.tool_version.clone(),
            case: RecordedCase {
                file: loaded.source.name.clone(),
                sha256: loaded.source.sha256().to_string(),
                text: loaded.source.original_text(),
            },
            policy: ruling.policy.clone(),
            policy_text: with_text.then(|| policy_text(policy)),
            as_of: crate::vocab::time::rfc3339(&ruling.as_of),
            ruling: RulingJson::of(&ruling, words::english(), false),
        };
        let mut line = entry.to_line();
        line.push('\n');
        self.write_line(line.as_bytes())?;
        self.read_to += line.len() as u64;
        self.tail.read(&line).map_err(|_| RecordError::Io {
            path: self.shown.clone(),
            reason: "the line just written does not read back".to_string(),
        })?;
        Ok(self.tail.lines)
    }

    /// Reads what other recorders appended since this one last looked.
    fn catch_up(&mut self) -> Result<(), RecordError> {
        let length = self.file.metadata().map_err(|e| self.io(&e))?.len();
        if length < self.read_to {
            // Cut back by someone: read it again from the start.
            self.read_to = 0;
            self.tail = Tail::default();
        }
        let mut new = Vec::new();
        self.file
            .seek(SeekFrom::Start(self.read_to))
            .and_then(|_| {
                (&self.file)
                    .take(length - self.read_to)
                    .read_to_end(&mut new)
            })
            .map_err(|e| self.io(&e))?;
        let text = String::from_utf8(new).map_err(|_| RecordError::Refused {
            path: self.shown.clone(),
            why: "it is not UTF-8 text: not a ledger".to_string(),
        })?;
        let whole = text.rfind('\n').map_or(0, |end| end + 1);
        self.tail
            .read(&text[..whole])
            .map_err(|line| RecordError::Refused {
                path: self.shown.clone(),
                why: format!(
                    "its line {line} is not a ledger line (`appeal ledger verify` says more)"
                ),
            })?;
        if whole < text.len() {
            return Err(RecordError::Incomplete {
                path: self.shown.clone(),
                line: self.tail.lines + 1,
                whole: self.read_to + whole as u64,
            });
        }
        self.read_to = length;
        Ok(())
    }

    /// Writes one line in one `write` (the file is opened for appending, so it lands at the
    /// end), and flushes it to the disk.
    fn write_line(&mut self, line: &[u8]) -> Result<(), RecordError> {
        if let Some(marker) = std::env::var_os(PAUSE_MID_APPEND) {
            let (first, rest) = line.split_at(line.len() / 2);
            self.file.write_all(first).map_err(|e| self.io(&e))?;
            let _ = self.file.sync_data();
            let _ = File::create(PathBuf::from(marker));
            std::thread::sleep(std::time::Duration::from_secs(60));
            self.file.write_all(rest).map_err(|e| self.io(&e))?;
        } else {
            self.file.write_all(line).map_err(|e| self.io(&e))?;
        }
        self.file.sync_data().map_err(|e| self.io(&e))
    }

    fn io(&self, error: &std::io::Error) -> RecordError {
        RecordError::Io {
            path: self.shown.clone(),
            reason: crate::reading::source::io_reason(error),
        }
    }
}

/// The policy file's text as read, a byte-order mark included (its digest is of those bytes).
fn policy_text(policy: &Policy) -> String {
    if hex_sha256(policy.source_text.as_bytes()) == policy.sha256 {
        policy.source_text.clone()
    } else {
        format!("\u{FEFF}{}", policy.source_text)
    }
}
