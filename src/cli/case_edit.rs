//! Adding one entry to a list of a case file — `timeline`, `payments`, `evidence` — by editing
//! its text: every other byte of the file is kept (comments, order, quoting, line endings).
//!
//! The entry is written as a one-line flow mapping (`- { at: …, event: …, by: … }`), the way the
//! sample cases write timeline events, at the indentation of the list's first item, after the
//! list's last line of content (so a comment that introduces the next key stays with it). A
//! list written `[]` becomes a block list; one written in flow style (`[ {…}, {…} ]`) gets the
//! entry before its closing bracket; a list the file leaves out is added at its end. The caller
//! validates the result by loading it; nothing here decides whether the entry is right.

/// A value as a YAML scalar of a flow mapping: plain when it reads back as written (a word, a
/// number, a time, `true`), else double-quoted.
pub fn scalar(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '+'))
        && !value.starts_with(['-', ':', '.', '+'])
        && !value.ends_with(':')
        && !matches!(value, "null" | "Null" | "NULL" | "~");
    if plain {
        value.to_string()
    } else {
        serde_json::to_string(value).unwrap_or_default()
    }
}

/// `{ key: value, … }`, each value through [`scalar`].
pub fn flow_mapping(fields: &[(String, String)]) -> String {
    let inner: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{key}: {}", scalar(value)))
        .collect();
    format!("{{ {} }}", inner.join(", "))
}

/// The text with `item` (a flow mapping) appended to the top-level list `key`.
pub fn append(text: &str, key: &str, item: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines = line_starts(text);
    let Some(key_line) = (0..lines.len()).find(|&i| is_key_line(line(text, &lines, i), key)) else {
        // No such list: it is added at the end of the file.
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(newline);
        }
        out.push_str(&format!("{key}:{newline}  - {item}{newline}"));
        return out;
    };
    let key_text = line(text, &lines, key_line);
    let after_colon = key_text[key.len() + 1..].trim_start();
    let value = strip_comment(after_colon).trim_end();
    if value == "[]" {
        let start = lines[key_line] + key.len() + 1;
        let end = lines[key_line] + key_text.find("[]").map_or(key_text.len(), |i| i + 2);
        return format!("{}{newline}  - {item}{}", &text[..start], &text[end..]);
    }
    if value.starts_with('[') {
        let open = lines[key_line] + key_text.find('[').unwrap_or(0);
        if let Some(close) = closing_bracket(text, open) {
            let inside = text[open + 1..close].trim();
            let sep = if inside.is_empty() { "" } else { ", " };
            let before = text[..close].trim_end();
            return format!("{before}{sep}{item}{}", &text[before.len()..]);
        }
    }
    // A block list: its items are the lines after the key until the next top-level key.
    let mut indent = 2;
    let mut last_content = key_line;
    for i in key_line + 1..lines.len() {
        let here = line(text, &lines, i);
        let trimmed = here.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let column = here.len() - trimmed.len();
        if column == 0 && !trimmed.starts_with("- ") && trimmed != "-" {
            break;
        }
        if last_content == key_line {
            indent = column;
        }
        last_content = i;
    }
    let insert_at = lines.get(last_content + 1).copied().unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + item.len() + 8);
    out.push_str(&text[..insert_at]);
    if !out.ends_with('\n') {
        out.push_str(newline);
    }
    out.push_str(&format!("{:indent$}- {item}{newline}", ""));
    out.push_str(&text[insert_at..]);
    out
}

/// Where each line starts.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&start| start < text.len())
        .collect()
}

/// Line `i` without its line ending.
fn line<'a>(text: &'a str, starts: &[usize], i: usize) -> &'a str {
    let end = starts.get(i + 1).copied().unwrap_or(text.len());
    text[starts[i]..end].trim_end_matches(['\n', '\r'])
}

/// Whether `line` is the top-level key `key` (`timeline:`, `timeline: []`, `timeline: # …`).
fn is_key_line(line: &str, key: &str) -> bool {
    line.strip_prefix(key)
        .and_then(|rest| rest.strip_prefix(':'))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// The text before a comment (` #`), outside quotes.
fn strip_comment(text: &str) -> &str {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if previous == ' ' || i == 0 => return &text[..i],
            _ => {}
        }
        previous = c;
    }
    text
}

/// The `]` that closes the `[` at `open`, outside quotes.
fn closing_bracket(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in text[open..].char_indices() {
        match (quote, c) {
            (Some('"'), '\\') => {}
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = "{ at: 2025-06-01T10:50:00+08:00, event: released, by: seller }";

    #[test]
    fn an_item_goes_after_the_last_item_of_a_block_list() {
        let text = "case: A\ntimeline:\n  - { at: 1, event: marked_paid }\n  - { at: 2, event: appeal_opened }\n# the appeal\nappeal:\n  by: buyer\n";
        let out = append(text, "timeline", ITEM);
        assert_eq!(
            out,
            format!(
                "case: A\ntimeline:\n  - {{ at: 1, event: marked_paid }}\n  - {{ at: 2, event: appeal_opened }}\n  - {ITEM}\n# the appeal\nappeal:\n  by: buyer\n"
            )
        );
    }

    #[test]
    fn block_items_multi_line_and_at_column_zero() {
        let text = "payments:\n- at: 1\n  amount: 5\ntimeline: []\n";
        let out = append(text, "payments", "{ at: 2 }");
        assert_eq!(
            out,
            "payments:\n- at: 1\n  amount: 5\n- { at: 2 }\ntimeline: []\n"
        );
        let out = append(text, "timeline", "{ at: 2 }");
        assert_eq!(
            out,
            "payments:\n- at: 1\n  amount: 5\ntimeline:\n  - { at: 2 }\n"
        );
    }

    #[test]
    fn flow_lists_missing_lists_and_crlf() {
        assert_eq!(
            append("evidence: [ { id: a } ]  # note\n", "evidence", "{ id: b }"),
            "evidence: [ { id: a }, { id: b } ]  # note\n"
        );
        assert_eq!(
            append("case: A", "evidence", "{ id: b }"),
            "case: A\nevidence:\n  - { id: b }\n"
        );
        assert_eq!(
            append(
                "timeline:\r\n  - { at: 1 }\r\nappeal: x\r\n",
                "timeline",
                "{ at: 2 }"
            ),
            "timeline:\r\n  - { at: 1 }\r\n  - { at: 2 }\r\nappeal: x\r\n"
        );
    }

    #[test]
    fn values_are_quoted_unless_plain() {
        assert_eq!(scalar("seller"), "seller");
        assert_eq!(
            scalar("2025-06-01T10:50:00+08:00"),
            "2025-06-01T10:50:00+08:00"
        );
        assert_eq!(scalar("58300.50"), "58300.50");
        assert_eq!(scalar("MARIA SANTOS"), "\"MARIA SANTOS\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("null"), "\"null\"");
        assert_eq!(scalar("say \"hi\""), "\"say \\\"hi\\\"\"");
    }
}
