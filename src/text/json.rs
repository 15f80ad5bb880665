//! JSON as the tool writes it: the one escaper of every JSON line (rulings, `check`, `test`
//! and `queue` lines, diagnostics, `policy diff`).
//!
//! serde_json escapes only what JSON requires (`"`, `\` and C0 controls). DEL, C1 controls,
//! bidirectional overrides and isolates and the line and paragraph separators are valid in a
//! JSON string but reach a terminal or a log viewer raw when the line is shown; [`line`] writes
//! them in JSON's own `\u0085` form, so the line still decodes to the same value.

use serde::Serialize;

use crate::text::shown::{code_points, is_hidden, may_hide};

/// `value` as one JSON line, newline-terminated, with every hidden character escaped.
pub fn line(value: &impl Serialize) -> String {
    let mut line = text(value);
    line.push('\n');
    line
}

/// `value` as JSON text (no newline), with every hidden character escaped.
pub fn text(value: &impl Serialize) -> String {
    let json = serde_json::to_string(value)
        .unwrap_or_else(|error| format!("{{\"error\":{:?}}}", error.to_string()));
    escape_serialized(json)
}

/// Compact serialized JSON with the hidden characters serde_json leaves raw written as
/// `\uXXXX`. Outside its strings compact JSON text is ASCII without controls, so every such
/// character is inside a string, where the escape means the same character.
fn escape_serialized(json: String) -> String {
    // Most lines have no byte that could start one: a scan of bytes says so.
    if !may_hide(json.as_bytes()) {
        return json;
    }
    // Every hidden character is in the Basic Multilingual Plane: four hex digits name it.
    code_points(json, is_hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_escaped_and_decode_to_the_same_text() {
        let value = "a\u{7f}b\u{85}c\u{9b}d\u{202e}e\u{2066}f\u{2028}g\u{1b}h\n\"é✅";
        let written = line(&value);
        assert!(!written.trim_end().chars().any(is_hidden), "{written}");
        assert_eq!(written.lines().count(), 1);
        let back: String = serde_json::from_str(&written).unwrap();
        assert_eq!(back, value);
        assert!(written.contains("\\u0085") && written.contains("\\u202e"));
    }
}
