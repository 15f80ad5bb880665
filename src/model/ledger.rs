//! The ledger of rulings: one JSON line per ruling, each holding what is needed to judge the
//! case again (the case file's text, the policy edition and, when it is not built in, the
//! policy's text) and chained to the line before it by its SHA-256.
//!
//! A line is `{"sha256":"<64 hex>","entry":{…}}`: `sha256` is the SHA-256 of the entry's bytes
//! exactly as written between `"entry":` and the final `}`, and each entry holds the `sha256`
//! of the line before it (`prev_sha256`; 64 zeros on the first line) and its own line number.
//! So a line edited, removed, moved or put in breaks the chain where it happened, and
//! [`verify`] names the first such line. What the chain proves, and what it does not, is said
//! in the README ("A ledger of rulings").
//!
//! This module is pure: it writes and reads the text of lines. Appending to a file, under a
//! lock, is the command line's ([`crate::cli`]).

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::ruling::PolicyRef;
use crate::reading::source::hex_sha256;

/// The version of the entry's format, in every entry.
pub const LEDGER_VERSION: u32 = 1;

/// The `prev_sha256` of the first line.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How a line begins, before the entry's digest.
const FRAME_START: &str = "{\"sha256\":\"";
/// Between the digest and the entry.
const FRAME_MIDDLE: &str = "\",\"entry\":";

/// One line of the ledger (`appeal schema ledger`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Line<R> {
    /// Hex SHA-256 of `entry` exactly as written on the line.
    pub sha256: String,
    pub entry: Entry<R>,
}

/// One ruling as recorded: the case as read, the policy edition it was judged under, the tool,
/// the ruling, and the line before it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Entry<R> {
    /// The version of this format: 1.
    pub ledger_version: u32,
    /// The line's number in the ledger, from 1.
    pub line: u64,
    /// The `sha256` of the line before (64 zeros on the first line): the chain.
    pub prev_sha256: String,
    /// The version of `appeal` that made the ruling.
    pub tool_version: String,
    pub case: RecordedCase,
    /// The policy edition the case was judged under, as the ruling names it.
    pub policy: PolicyRef,
    /// The policy file's text, on the first line of the ledger judged under it (by digest)
    /// when it is not built into the binary; `null` otherwise: a built-in policy is named by
    /// its id and digest, and a policy already recorded by an earlier line.
    pub policy_text: Option<String>,
    /// The moment the case was judged at (its `as_of`, or `--as-of`), RFC 3339.
    pub as_of: String,
    /// The ruling as `--format json` prints it (without the `--explain` trace).
    pub ruling: R,
}

/// The case file as it was read.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RecordedCase {
    /// The file as it was named in the run (`-` for standard input).
    pub file: String,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The file's text, byte for byte (a byte-order mark included): enough to judge it again.
    pub text: String,
}

impl<R: Serialize> Entry<R> {
    /// The entry as one line of the ledger, without its newline.
    pub fn to_line(&self) -> String {
        let entry = crate::text::json::text(self);
        format!(
            "{FRAME_START}{}{FRAME_MIDDLE}{entry}}}",
            hex_sha256(entry.as_bytes())
        )
    }
}

/// A line split into its digest and its entry's text; `None` when it is not framed as a
/// ledger line.
pub fn unframe(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(FRAME_START)?;
    let (digest, rest) = (rest.get(..64)?, rest.get(64..)?);
    if !digest
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    let entry = rest.strip_prefix(FRAME_MIDDLE)?.strip_suffix('}')?;
    Some((digest, entry))
}

/// What a recorder needs to know of a ledger to append to it: how many lines it has, the last
/// one's digest, and the policies whose text it already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    pub lines: u64,
    pub last_sha256: String,
    pub policy_texts: BTreeSet<String>,
}

impl Default for Tail {
    fn default() -> Tail {
        Tail {
            lines: 0,
            last_sha256: GENESIS.to_string(),
            policy_texts: BTreeSet::new(),
        }
    }
}

/// Just what [`Tail`] reads of an entry.
#[derive(Deserialize)]
struct Peek {
    line: u64,
    policy: PeekPolicy,
    policy_text: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct PeekPolicy {
    sha256: String,
}

impl Tail {
    /// Takes in `text`, whole lines that follow what this tail has read. The error is the
    /// number of the first line that is not a ledger line.
    pub fn read(&mut self, text: &str) -> Result<(), u64> {
        for line in text.lines() {
            let number = self.lines + 1;
            let (digest, entry) = unframe(line).ok_or(number)?;
            let peek: Peek = serde_json::from_str(entry).map_err(|_| number)?;
            if peek.line != number {
                return Err(number);
            }
            if peek.policy_text.is_some() {
                self.policy_texts.insert(peek.policy.sha256);
            }
            self.lines = number;
            self.last_sha256 = digest.to_string();
        }
        Ok(())
    }
}

/// What is wrong with a ledger, at its first line that is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The 1-based line.
    pub line: usize,
    pub kind: Tampering,
    /// The finding in words, for people.
    pub detail: String,
}

/// How a ledger was changed since its lines were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tampering {
    /// A line's text changed.
    Edited,
    /// Lines are missing before this one.
    Removed,
    /// This line is not where it was written.
    Reordered,
    /// This line was not written in this place by a recorder: a copy, or a line of its own.
    Inserted,
    /// The ledger ends in the middle of a line: an append cut short.
    Incomplete,
}

impl Tampering {
    pub fn as_str(self) -> &'static str {
        match self {
            Tampering::Edited => "edited",
            Tampering::Removed => "removed",
            Tampering::Reordered => "reordered",
            Tampering::Inserted => "inserted",
            Tampering::Incomplete => "incomplete",
        }
    }
}

/// A ledger checked: its whole lines, the last one's digest, and the first finding.
#[derive(Debug, Clone)]
pub struct Verified {
    /// Whole lines read.
    pub lines: usize,
    /// The digest of the last whole line (the head of the chain), if any.
    pub head: Option<String>,
    pub finding: Option<Finding>,
    /// The entries, in order, when the chain is intact (a last incomplete line aside).
    pub entries: Vec<Entry<serde_json::Value>>,
}

/// A line read: where it is, its digest as written and recomputed, its entry.
struct Read {
    digest: String,
    entry: Entry<serde_json::Value>,
}

/// Checks the chain of `text`, a whole ledger: every line framed, its digest its entry's, each
/// numbered in turn and chained to the line before; the entries consistent (the case text is
/// what its digest says; a policy that is not built in has its text on this or an earlier
/// line). Names the first line that was edited, removed, reordered or inserted, and a last
/// line cut short.
pub fn verify(text: &str) -> Verified {
    let (whole, partial) = match text.rfind('\n') {
        Some(end) => (&text[..=end], &text[end + 1..]),
        None => ("", text),
    };
    let mut read: Vec<Read> = Vec::new();
    let mut finding = None;
    for (index, line) in whole.lines().enumerate() {
        match read_line(line) {
            Ok(line) => read.push(line),
            Err(detail) => {
                finding = Some(Finding {
                    line: index + 1,
                    kind: Tampering::Edited,
                    detail,
                });
                break;
            }
        }
    }
    let finding = finding
        .or_else(|| chain_finding(&read))
        .or_else(|| consistency_finding(&read))
        .or_else(|| {
            (!partial.is_empty()).then(|| Finding {
                line: read.len() + 1,
                kind: Tampering::Incomplete,
                detail: format!(
                    "the ledger ends in the middle of line {}: an append was cut short (the \
                     recorder stopped, or the disk filled, before the line was written whole); \
                     the {} lines before it are intact",
                    read.len() + 1,
                    read.len()
                ),
            })
        });
    let intact = finding
        .as_ref()
        .is_none_or(|f| f.kind == Tampering::Incomplete);
    Verified {
        lines: whole.lines().count(),
        head: read.last().map(|r| r.digest.clone()),
        entries: if intact {
            read.into_iter().map(|r| r.entry).collect()
        } else {
            Vec::new()
        },
        finding,
    }
}

/// One whole line: framed, its digest its entry's, its entry readable.
fn read_line(line: &str) -> Result<Read, String> {
    let Some((digest, entry)) = unframe(line) else {
        return Err("it is not a ledger line (`{\"sha256\":…,\"entry\":{…}}`)".to_string());
    };
    if hex_sha256(entry.as_bytes()) != digest {
        return Err("its entry no longer matches its sha256: the line was changed".to_string());
    }
    match serde_json::from_str::<Entry<serde_json::Value>>(entry) {
        Ok(entry) => Ok(Read {
            digest: digest.to_string(),
            entry,
        }),
        Err(error) => Err(format!("its entry is not a ledger entry ({error})")),
    }
}

/// The first line that does not follow the one before it: its number is not the next, or it
/// does not hold the previous line's digest.
fn chain_finding(read: &[Read]) -> Option<Finding> {
    let mut previous = GENESIS;
    for (index, line) in read.iter().enumerate() {
        let position = index + 1;
        let number = line.entry.line;
        if number == position as u64 {
            if line.entry.prev_sha256 != previous {
                return Some(broken_link(read, index));
            }
            previous = &line.digest;
            continue;
        }
        return Some(out_of_place(read, index));
    }
    None
}

/// Line `index + 1` is numbered in turn but does not hold the digest of the line before: that
/// line was changed and its digest written anew (or this line was made elsewhere).
fn broken_link(read: &[Read], index: usize) -> Finding {
    let position = index + 1;
    if index == 0 {
        return Finding {
            line: 1,
            kind: Tampering::Inserted,
            detail: "the first line does not start a chain: it was written after another line \
                     that is no longer there"
                .to_string(),
        };
    }
    // The line before is inserted when this one chains to the line before that.
    if index >= 2 && read[index].entry.prev_sha256 == read[index - 2].digest {
        return Finding {
            line: position - 1,
            kind: Tampering::Inserted,
            detail: format!(
                "line {} was put in: line {position} follows line {} directly",
                position - 1,
                position - 2
            ),
        };
    }
    Finding {
        line: position - 1,
        kind: Tampering::Edited,
        detail: format!(
            "line {} was changed (and its sha256 written anew): line {position} does not \
             chain to it",
            position - 1
        ),
    }
}

/// Line `index + 1` holds another line's number: lines before it are missing, it was moved,
/// or it was put in.
fn out_of_place(read: &[Read], index: usize) -> Finding {
    let position = index + 1;
    let number = read[index].entry.line;
    if let Some(earlier) = read[..index]
        .iter()
        .position(|line| line.digest == read[index].digest)
    {
        return Finding {
            line: position,
            kind: Tampering::Inserted,
            detail: format!(
                "line {position} repeats line {}: a copy put in",
                earlier + 1
            ),
        };
    }
    if number > position as u64 {
        return ahead_of_its_place(read, position, number);
    }
    claimed_place(read, index)
}

/// Line `position` holds the entry written as line `number`, a later one: the entry written
/// here was moved further down, or lines before this one were removed.
fn ahead_of_its_place(read: &[Read], position: usize, number: u64) -> Finding {
    let at: BTreeMap<u64, usize> = read
        .iter()
        .enumerate()
        .map(|(i, line)| (line.entry.line, i + 1))
        .collect();
    match at.get(&(position as u64)).filter(|q| **q > position) {
        Some(later) => Finding {
            line: position,
            kind: Tampering::Reordered,
            detail: format!(
                "line {position} holds the entry written as line {number}; the entry \
                 written as line {position} is at line {later}"
            ),
        },
        None => {
            let missing = number - position as u64;
            Finding {
                line: position,
                kind: Tampering::Removed,
                detail: format!(
                    "{} removed before line {position}: it holds the entry written as \
                     line {number}",
                    if missing == 1 {
                        "1 line was".to_string()
                    } else {
                        format!("{missing} lines were")
                    }
                ),
            }
        }
    }
}

/// Line `index + 1` holds an entry numbered at or before its place: a line put in (a second
/// claim to a number, or number 0), or an entry moved down.
fn claimed_place(read: &[Read], index: usize) -> Finding {
    let position = index + 1;
    let number = read[index].entry.line;
    let twin = read[..index]
        .iter()
        .position(|line| line.entry.line == number);
    // Two lines claim one place; the one the next line chains to is the recorder's, and the
    // other was put in.
    if let Some(twin) = twin
        && read
            .get(index + 1)
            .is_some_and(|next| next.entry.prev_sha256 == read[index].digest)
    {
        return Finding {
            line: twin + 1,
            kind: Tampering::Inserted,
            detail: format!(
                "line {} was put in: it says it is line {number}, but the recorder's line                  {number} is line {position}, which the line after it chains to",
                twin + 1
            ),
        };
    }
    if twin.is_some() || number == 0 {
        Finding {
            line: position,
            kind: Tampering::Inserted,
            detail: format!(
                "line {position} was put in: it says it is line {number}, which an earlier \
                 line already is"
            ),
        }
    } else {
        Finding {
            line: position,
            kind: Tampering::Reordered,
            detail: format!(
                "line {position} holds the entry written as line {number}, which belongs \
                 earlier"
            ),
        }
    }
}

/// The first entry that contradicts itself: a case text that is not what its digest says, a
/// policy text that is not its policy's, a policy file whose text no line up to it holds.
fn consistency_finding(read: &[Read]) -> Option<Finding> {
    let mut texts: BTreeSet<&str> = BTreeSet::new();
    for (index, line) in read.iter().enumerate() {
        let entry = &line.entry;
        let wrong = |detail: String| {
            Some(Finding {
                line: index + 1,
                kind: Tampering::Edited,
                detail,
            })
        };
        if hex_sha256(entry.case.text.as_bytes()) != entry.case.sha256 {
            return wrong("its case text is not the case its sha256 names".to_string());
        }
        if let Some(text) = &entry.policy_text {
            if hex_sha256(text.as_bytes()) != entry.policy.sha256 {
                return wrong("its policy text is not the policy its sha256 names".to_string());
            }
            texts.insert(&entry.policy.sha256);
        } else if !entry.policy.builtin && !texts.contains(entry.policy.sha256.as_str()) {
            return wrong(format!(
                "it names the policy file sha256 {} whose text no line up to it holds",
                entry.policy.sha256
            ));
        }
    }
    None
}

/// The policy texts a ledger holds, by digest.
pub fn policy_texts(entries: &[Entry<serde_json::Value>]) -> BTreeMap<&str, &str> {
    entries
        .iter()
        .filter_map(|entry| {
            entry
                .policy_text
                .as_deref()
                .map(|text| (entry.policy.sha256.as_str(), text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(line: u64, prev: &str, case: &str) -> Entry<serde_json::Value> {
        Entry {
            ledger_version: LEDGER_VERSION,
            line,
            prev_sha256: prev.to_string(),
            tool_version: "0".into(),
            case: RecordedCase {
                file: "c.yaml".into(),
                sha256: hex_sha256(case.as_bytes()),
                text: case.into(),
            },
            policy: PolicyRef {
                id: "mexc".into(),
                version: "v".into(),
                effective_from: None,
                sha256: "p".into(),
                file: None,
                builtin: true,
                modified_copy: false,
            },
            policy_text: None,
            as_of: "2025-06-01T12:30:00+08:00".into(),
            ruling: serde_json::json!({ "decision": "closed" }),
        }
    }

    /// Three chained lines, as a recorder writes them.
    fn ledger(cases: &[&str]) -> Vec<String> {
        let mut lines = Vec::new();
        let mut tail = Tail::default();
        for case in cases {
            let line = entry(tail.lines + 1, &tail.last_sha256, case).to_line();
            tail.read(&format!("{line}\n")).unwrap();
            lines.push(line);
        }
        lines
    }

    fn check(lines: &[String]) -> Option<(usize, Tampering)> {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        verify(&text).finding.map(|f| (f.line, f.kind))
    }

    #[test]
    fn an_intact_chain_verifies_and_each_kind_of_tampering_is_named() {
        let lines = ledger(&["a", "b", "c", "d"]);
        assert_eq!(check(&lines), None);
        let verified = verify(&(lines.join("\n") + "\n"));
        assert_eq!(verified.lines, 4);
        assert_eq!(verified.entries.len(), 4);

        let mut edited = lines.clone();
        edited[1] = edited[1].replace("closed", "release_to_buyer");
        assert_eq!(check(&edited), Some((2, Tampering::Edited)));

        let mut removed = lines.clone();
        removed.remove(1);
        assert_eq!(check(&removed), Some((2, Tampering::Removed)));

        let mut reordered = lines.clone();
        reordered.swap(1, 2);
        assert_eq!(check(&reordered), Some((2, Tampering::Reordered)));

        let mut copied = lines.clone();
        copied.insert(2, lines[1].clone());
        assert_eq!(check(&copied), Some((3, Tampering::Inserted)));

        // A line edited and given a fresh digest: the next line no longer chains to it.
        let mut rehashed = lines.clone();
        let mut forged = entry(2, &ledger(&["a"])[0][11..75], "b");
        forged.ruling = serde_json::json!({ "decision": "release_to_buyer" });
        rehashed[1] = forged.to_line();
        assert_eq!(check(&rehashed), Some((2, Tampering::Edited)));

        // A line made elsewhere, numbered and chained as if it were line 3, put in before
        // the recorder's line 3.
        let mut forged_in = lines.clone();
        let made = entry(3, &lines[1][11..75], "x").to_line();
        forged_in.insert(2, made);
        assert_eq!(check(&forged_in), Some((3, Tampering::Inserted)));

        let torn = lines.join("\n") + "\n" + &lines[0][..40];
        let verified = verify(&torn);
        let finding = verified.finding.unwrap();
        assert_eq!((finding.line, finding.kind), (5, Tampering::Incomplete));
        assert_eq!(verified.entries.len(), 4);
    }
}
