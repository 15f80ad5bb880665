//! Comparing a ruling with the `expect:` block of a sample case (`appeal test`), and writing
//! the block that a ruling would pass (`appeal test --bless`).

use crate::model::case::{Expect, ExpectedSanction};
use crate::model::ruling::{Ruling, Sanction};

/// One field where the ruling differs from what the case expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub field: &'static str,
    pub expected: String,
    pub actual: String,
}

/// A sanction in words: `buyer suspend_p2p 7 days`, `seller permanent_ban`.
fn sanction_words(
    party: impl std::fmt::Display,
    action: impl std::fmt::Display,
    days: Option<u32>,
) -> String {
    match days {
        Some(days) => format!("{party} {action} {days} days"),
        None => format!("{party} {action}"),
    }
}

fn expected_words(sanction: &ExpectedSanction) -> String {
    sanction_words(sanction.party, sanction.action, sanction.days)
}

fn actual_words(sanction: &Sanction) -> String {
    sanction_words(sanction.party, sanction.action, sanction.days)
}

fn listed(items: Vec<String>) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

/// Every difference between `expect` and `ruling`. The block describes the whole outcome:
/// decision, status and clause; the amount and the next deadline (a block without one expects
/// the ruling to have none); and the sanctions exactly, each with its party, action and days
/// (in any order; a sanction the block does not list fails, and so does one it lists that the
/// ruling lacks). Amounts compare as numbers (`65000` and `65000.00` are the same), deadlines as
/// instants (the offset they are written in does not matter).
pub fn compare(expect: &Expect, ruling: &Ruling) -> Vec<Mismatch> {
    let rfc3339 = crate::vocab::time::rfc3339;
    [
        Mismatch::unless_equal("decision", expect.decision.value, ruling.decision, words),
        Mismatch::unless_equal("status", expect.status.value, ruling.status, words),
        Mismatch::unless_equal("clause", expect.clause.value, ruling.clause, words),
        Mismatch::unless_equal(
            "amount",
            expect.amount.as_ref().map(|a| a.value),
            ruling.amount,
            |amount| or_none(amount.map(|a| a.to_string())),
        ),
        Mismatch::unless_equal(
            "next_deadline",
            expect.next_deadline.as_ref().map(|d| d.value),
            ruling.next_deadline,
            |deadline| or_none(deadline.as_ref().map(rfc3339)),
        ),
        sanctions_mismatch(&expect.sanctions, &ruling.sanctions),
    ]
    .into_iter()
    .flatten()
    .collect()
}

impl Mismatch {
    /// `field` as a mismatch, both values in `words`, unless they are equal.
    fn unless_equal<T: PartialEq>(
        field: &'static str,
        expected: T,
        actual: T,
        words: impl Fn(&T) -> String,
    ) -> Option<Mismatch> {
        (expected != actual).then(|| Mismatch {
            field,
            expected: words(&expected),
            actual: words(&actual),
        })
    }
}

/// A decision, status or clause as the block writes it.
fn words(value: &impl std::fmt::Display) -> String {
    value.to_string()
}

/// An optional field in words: `none` when it is absent.
fn or_none(text: Option<String>) -> String {
    text.unwrap_or_else(|| "none".into())
}

/// The sanctions as a mismatch unless they are exactly the expected ones, as a multiset: each
/// expected sanction takes one equal sanction of the ruling, and none is left on either side.
fn sanctions_mismatch(expected: &[ExpectedSanction], actual: &[Sanction]) -> Option<Mismatch> {
    let mut left: Vec<&Sanction> = actual.iter().collect();
    let mut missing = Vec::new();
    for wanted in expected {
        let found = left.iter().position(|s| {
            s.party == wanted.party && s.action == wanted.action && s.days == wanted.days
        });
        match found {
            Some(index) => {
                left.remove(index);
            }
            None => missing.push(wanted),
        }
    }
    (!missing.is_empty() || !left.is_empty()).then(|| Mismatch {
        field: "sanctions",
        expected: listed(expected.iter().map(expected_words).collect()),
        actual: listed(actual.iter().map(actual_words).collect()),
    })
}

/// The mismatches as an expected-vs-actual listing, one field a line.
pub fn describe(mismatches: &[Mismatch]) -> String {
    let width = mismatches.iter().map(|m| m.field.len()).max().unwrap_or(0);
    mismatches
        .iter()
        .map(|m| {
            format!(
                "  {:width$}  expected {}\n  {:width$}  actual   {}\n",
                m.field, m.expected, "", m.actual
            )
        })
        .collect()
}

/// The changes a bless makes, one field a line: `  amount  none → 65000.00`.
pub fn describe_blessed(mismatches: &[Mismatch]) -> String {
    let width = mismatches.iter().map(|m| m.field.len()).max().unwrap_or(0);
    mismatches
        .iter()
        .map(|m| format!("  {:width$}  {} → {}\n", m.field, m.expected, m.actual))
        .collect()
}

/// The `expect:` block `ruling` passes, as YAML lines indented by `indent` spaces, ending in
/// `newline`: decision, status, clause, then the amount, the next deadline and the sanctions
/// when the ruling has them. An amount or deadline equal to the `previous` block's keeps its
/// spelling there (`8640.00`, the offset it was written in).
pub fn block(ruling: &Ruling, previous: Option<&Expect>, indent: usize, newline: &str) -> String {
    let amount = match previous.and_then(|p| p.amount.as_ref()) {
        Some(written) if Some(written.value) == ruling.amount => Some(written.value),
        _ => ruling.amount,
    };
    let deadline = match previous.and_then(|p| p.next_deadline.as_ref()) {
        Some(written) if Some(written.value) == ruling.next_deadline => Some(written.value),
        _ => ruling.next_deadline,
    };
    let pad = " ".repeat(indent);
    let mut lines = vec![
        "expect:".to_string(),
        format!("{pad}decision: {}", ruling.decision),
        format!("{pad}status: {}", ruling.status),
        format!("{pad}clause: {}", ruling.clause),
    ];
    if let Some(amount) = amount {
        lines.push(format!("{pad}amount: \"{amount}\""));
    }
    if let Some(deadline) = deadline {
        lines.push(format!(
            "{pad}next_deadline: {}",
            crate::vocab::time::rfc3339(&deadline)
        ));
    }
    if !ruling.sanctions.is_empty() {
        lines.push(format!("{pad}sanctions:"));
        for sanction in &ruling.sanctions {
            let days = sanction
                .days
                .map(|days| format!(", days: {days}"))
                .unwrap_or_default();
            lines.push(format!(
                "{pad}{pad}- {{ party: {}, action: {}{days} }}",
                sanction.party, sanction.action
            ));
        }
    }
    let mut text = lines.join(newline);
    text.push_str(newline);
    text
}

/// Why the `expect:` block of a file could not be rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CannotBless(pub String);

/// `bytes` (a case file exactly as read, `text` its text without a byte-order mark) with its
/// top-level `expect:` block, which begins at byte `key_start` of `text`, replaced by the block
/// `ruling` passes. Only that block changes: every byte before it and after it is kept. The
/// block is the `expect:` line and the lines below it that are indented or blank (up to the
/// last indented one); a line that starts in the first column ends it.
pub fn rewrite(
    bytes: &[u8],
    text: &str,
    key_start: usize,
    ruling: &Ruling,
    previous: Option<&Expect>,
) -> Result<Vec<u8>, CannotBless> {
    if key_start > text.len() || (key_start > 0 && !text[..key_start].ends_with('\n')) {
        return Err(CannotBless(
            "its `expect:` does not start a line: rewrite the block by hand".into(),
        ));
    }
    let (block_end, indent) = block_extent(text, key_start);
    let block_text = &text[key_start..block_end];
    let key_comment = key_line_comment(block_text)?;
    let newline = if block_text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let indent = indent.filter(|n| (1..=8).contains(n)).unwrap_or(2);
    let mut new_block = block(ruling, previous, indent, newline);
    if let Some(comment) = key_comment {
        new_block.insert_str("expect:".len(), comment.trim_end_matches('\r'));
    }
    if !block_text.ends_with('\n') {
        new_block.truncate(new_block.len() - newline.len());
    }
    let offset = bytes.len() - text.len();
    let mut out = Vec::with_capacity(bytes.len() + new_block.len());
    out.extend_from_slice(&bytes[..offset + key_start]);
    out.extend_from_slice(new_block.as_bytes());
    out.extend_from_slice(&bytes[offset + block_end..]);
    Ok(out)
}

/// Where the block whose `expect:` line starts at `key_start` ends: after its last indented
/// line (blank lines after it are not the block's, a line in the first column ends it), and
/// how many spaces its first indented line starts with.
fn block_extent(text: &str, key_start: usize) -> (usize, Option<usize>) {
    let mut end = key_start;
    let mut committed = key_start;
    let mut indent = None;
    let mut first = true;
    for line in text[key_start..].split_inclusive('\n') {
        let starts_indented = line.starts_with([' ', '\t']);
        let blank = line.trim().is_empty();
        if first {
            first = false;
        } else if blank {
            end += line.len();
            continue;
        } else if !starts_indented {
            break;
        } else if indent.is_none() {
            indent = Some(line.len() - line.trim_start_matches(' ').len());
        }
        end += line.len();
        committed = end;
    }
    (committed, indent)
}

/// The comment on the `expect:` line of `block_text`, which a rewrite keeps (with the spaces
/// before it); refused when a line inside the block holds one, which it would lose.
fn key_line_comment(block_text: &str) -> Result<Option<&str>, CannotBless> {
    let key_line = block_text.lines().next().unwrap_or_default();
    let after_key = key_line.strip_prefix("expect:").unwrap_or_default();
    let key_comment = after_key.trim_start().starts_with('#').then_some(after_key);
    let mut inside = block_text.lines().skip(usize::from(key_comment.is_some()));
    if inside.any(holds_a_comment) {
        return Err(CannotBless(
            "its `expect:` block holds a comment, which a rewrite would drop: move the comment \
             above `expect:` or onto its line, or rewrite the block by hand"
                .into(),
        ));
    }
    Ok(key_comment)
}

/// Whether a line of YAML holds a comment: a `#` at its start or after a space or tab, outside
/// quotes. (A `#` inside a quoted value is taken for one only if the quotes are unbalanced on
/// the line; the block is then refused, which loses nothing.)
fn holds_a_comment(line: &str) -> bool {
    let mut quote = None;
    let mut previous = ' ';
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' && (previous == ' ' || previous == '\t') => return true,
            None => {}
        }
        previous = c;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A block between other keys: it ends where a line starts in the first column, and the
    /// blank line and comment before the next key stay.
    #[test]
    fn a_block_in_the_middle_ends_at_the_next_key() {
        let source = crate::reading::source::SourceFile::read(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/cases/buyer.1b-spec-example.yaml"
        )))
        .unwrap();
        let loaded = crate::hearing::evidence_files::load(source).unwrap();
        let ruling = crate::hearing::judge_under(
            &loaded,
            &crate::model::policy::PolicyRef::Builtin("mexc")
                .load()
                .unwrap(),
            loaded.case.as_of.value,
            crate::vocab::calendar::Clock::Policy,
        );
        let text =
            "case: X\nexpect:\n    decision: escalate\n\n    status: final\n\n# next\nchat: []\n";
        let key = text.find("expect:").unwrap();
        let out = rewrite(text.as_bytes(), text, key, &ruling, None).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            format!(
                "case: X\nexpect:\n    decision: {}\n    status: {}\n    clause: {}\n\n# next\nchat: []\n",
                ruling.decision, ruling.status, ruling.clause
            )
        );
        // A key that does not start a line is not rewritten.
        assert!(rewrite(b"a: { expect: 1 }", "a: { expect: 1 }", 5, &ruling, None).is_err());
    }
}
