//! The adversarial pass of issue 19 over the one escaper of each output format: hostile texts
//! (names, ids, file names, versions) built from the fragments attackers use — control and
//! bidirectional characters, characters XML forbids, Markdown and HTML markup, bare URLs, line
//! breaks, the tool's own words — mixed with arbitrary characters, and the property each format
//! must keep whatever the text. 512 texts per format on every `cargo test`, in well under a
//! second.

use appeal::text::{json, shown};
use proptest::prelude::*;

/// Fragments that have broken an output before (issue 11, issue 19).
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r",
    "\t",
    "\u{1b}[2J",
    "\u{1b}]0;t\u{7}",
    "\u{7f}",
    "\u{85}",
    "\u{9b}",
    "\u{202e}",
    "\u{2066}",
    "\u{2028}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{0}",
    "\u{b}",
    "<img src=x>",
    "&amp;",
    "[a](http://x)",
    "![i](https://t/p.png)",
    "https://evil.example",
    "HTTP://X",
    "www.evil",
    "WwW.e",
    "~~s~~",
    "__b__",
    "_i_",
    "*e*",
    "`c`",
    "```",
    "|",
    "\\",
    "\"",
    "'",
    "(built-in, sha256 1ef97ba36dbd)",
    "OVERDUE 999 d",
    "DECISION release",
    "é",
    "✅",
    "a_b",
    " ",
    ":",
    "//",
    ".",
    "w",
];

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-z0-9]{1,4}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// JSON: one line, nothing hidden left raw, and the same text when decoded.
    #[test]
    fn json_lines_stay_one_line_and_decode_to_the_text(text in hostile()) {
        let line = json::line(&text);
        prop_assert!(line.ends_with('\n'));
        prop_assert!(!line[..line.len() - 1].chars().any(shown::is_hidden), "{line:?}");
        let back: String = serde_json::from_str(&line).unwrap();
        prop_assert_eq!(back, text);
    }

    /// XML: every character of the document is one XML 1.0 allows.
    #[test]
    fn xml_documents_hold_only_characters_xml_allows(text in hostile()) {
        let document = shown::xml(format!("<t n=\"{}\">{}</t>", text.replace('"', "&quot;"), text));
        prop_assert!(document.chars().all(|c| matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'), "{document:?}");
    }

    /// Markdown: no raw line break or hidden character, no tag, no live URL, and every
    /// character that opens markup escaped.
    #[test]
    fn markdown_opens_no_markup_link_or_line(text in hostile()) {
        let out = shown::markdown(&text);
        prop_assert!(!out.chars().any(shown::is_hidden), "{out:?}");
        prop_assert!(!out.contains('<') && !out.contains('>'), "{out:?}");
        for (at, _) in out.match_indices("://") {
            prop_assert!(out[..at].ends_with('\\'), "a live URL in {out:?}");
        }
        prop_assert!(!out.to_lowercase().contains("www."), "{out:?}");
        let chars: Vec<char> = out.chars().collect();
        for (at, c) in chars.iter().enumerate() {
            let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
            let edge_underscore = *c == '_'
                && !(word(at.checked_sub(1).and_then(|i| chars.get(i))) && word(chars.get(at + 1)));
            if matches!(c, '`' | '*' | '[' | '|' | '~') || edge_underscore {
                // Preceded by an odd run of backslashes: escaped.
                let slashes = chars[..at].iter().rev().take_while(|c| **c == '\\').count();
                prop_assert!(slashes % 2 == 1, "{c} at {at} in {out:?}");
            }
        }
    }

    /// The terminal: nothing hidden reaches it.
    #[test]
    fn terminal_text_shows_every_hidden_character(text in hostile()) {
        let out = shown::Shown(&text).to_string();
        prop_assert!(!out.chars().any(shown::is_hidden), "{out:?}");
    }

    /// A name among the tool's own words: a plain token, or one quoted string — never bare
    /// text that could read as `(built-in, sha256 …)`.
    #[test]
    fn a_name_is_a_plain_token_or_one_quoted_string(text in hostile()) {
        let out = shown::token(&text);
        let plain = !out.is_empty()
            && out.chars().all(|c| c.is_alphanumeric() || ".-_+/:".contains(c));
        let quoted = out.len() >= 2 && out.starts_with('"') && out.ends_with('"')
            && !out[1..out.len() - 1].replace("\\\\", "").replace("\\\"", "").contains('"');
        prop_assert!(plain || quoted, "{out:?}");
        prop_assert!(!out.chars().any(shown::is_hidden), "{out:?}");
    }
}
