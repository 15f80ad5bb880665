//! Text from a case or a policy as it is shown to people: the one escaping every renderer uses.
//!
//! Case files come from people and programs the desk does not control. A terminal obeys control
//! characters (ESC sequences clear the screen, set the window title, colour text) and a newline
//! can forge a line of the ruling (`DECISION …`), so no text read from an input reaches a
//! terminal, a Markdown ticket or a diagnostic raw. [`Shown`] writes every control character
//! visibly, the way JSON spells them: `\n`, `\r`, `\t`, and `\u001b` (four hex digits) for the
//! rest: other ASCII controls and DEL, C1 controls, bidirectional overrides and isolates that
//! reorder what is displayed, line and paragraph separators. Everything else is left as it is.
//! The escapes are JSON's on purpose: escaping a JSON string's characters this way leaves it
//! valid JSON with the same value (serde_json escapes only C0 controls, so DEL, C1 controls and
//! bidirectional overrides would otherwise reach a terminal raw from a JSON ruling).
//! [`markdown`] adds what a ticket needs on top: HTML and the characters that start Markdown
//! markup are escaped too.
//!
//! JSON needs none of this: serde_json escapes control characters in every string.

use std::borrow::Cow;
use std::fmt;
use std::fmt::Write as _;

/// Whether `c` is shown escaped: a control character (C0, DEL, C1), a bidirectional formatting
/// character, or a line or paragraph separator.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

/// Whether `bytes` (UTF-8) may hold a hidden character other than a line break or a tab: a
/// test of single bytes that is never wrong when it says no. Every hidden character is a C0
/// control or DEL, or starts with one of the lead bytes of U+0080–U+009F (`C2`), U+061C (`D8`)
/// and U+2000–U+2FFF (`E2`), where the bidirectional and separator characters are.
pub fn may_hide(bytes: &[u8]) -> bool {
    bytes.iter().any(|&byte| {
        (byte < 0x20 && byte != b'\n' && byte != b'\t')
            || byte == 0x7f
            || byte == 0xC2
            || byte == 0xD8
            || byte == 0xE2
    })
}

/// Text shown with its control characters escaped; see the module documentation.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a>(pub &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let mut start = 0;
        for (at, c) in text.char_indices() {
            if !is_hidden(c) {
                continue;
            }
            f.write_str(&text[start..at])?;
            write_escaped(c, f)?;
            start = at + c.len_utf8();
        }
        f.write_str(&text[start..])
    }
}

/// Writes one hidden character visibly.
fn write_escaped(c: char, f: &mut impl fmt::Write) -> fmt::Result {
    match c {
        '\n' => f.write_str("\\n"),
        '\r' => f.write_str("\\r"),
        '\t' => f.write_str("\\t"),
        // Every hidden character is in the Basic Multilingual Plane: four digits suffice.
        c => write!(f, "\\u{:04x}", c as u32),
    }
}

/// `text` with its control characters escaped; borrowed when there is none (the usual case).
pub fn escape(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_hidden) {
        Cow::Owned(Shown(text).to_string())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether XML 1.0 forbids `c` anywhere in a document (even as a character reference): C0
/// controls but tab, line feed and carriage return, and U+FFFE and U+FFFF.
fn illegal_in_xml(c: char) -> bool {
    (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// A serialized XML document (the JUnit report) with every character XML forbids, and every
/// hidden one ([`is_hidden`]) but tab, line feed and carriage return, written visibly as
/// `\u001b`, `\ufffe`: the one escaper of XML output, applied to the whole document, so that no
/// file name, case id or diagnostic can make it ill-formed, whichever element or attribute
/// holds it. The XML's own markup is ASCII and never touched.
pub fn xml(document: String) -> String {
    code_points(document, |c| {
        illegal_in_xml(c) || (is_hidden(c) && !matches!(c, '\t' | '\n' | '\r'))
    })
}

/// `text` with every character `escaped` picks written as `\uXXXX` (its code point in hex), the
/// rest as it is: the one loop behind the XML escaper here and JSON's (`text::json`).
pub fn code_points(text: String, escaped: impl Fn(char) -> bool) -> String {
    if !text.chars().any(&escaped) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escaped(c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// A name read from a file (a policy's id or version, a file name) as it is set among the
/// tool's own words: bare when it is a plain token (letters, digits, `.` `-` `_` `+` `/` `:`),
/// else quoted the way JSON quotes a string, so that no text from a file can read as the
/// tool's own words: a version `2025 (built-in, sha256 5e0f5c4b1a2d)` is shown
/// `"2025 (built-in, sha256 5e0f5c4b1a2d)"`, never as a second provenance.
pub fn token(text: &str) -> Cow<'_, str> {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '+' | '/' | ':'));
    if plain {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if is_hidden(c) => {
                let _ = write_escaped(c, &mut out);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Cow::Owned(out)
}

/// The longest value a message quotes whole, in characters; a longer one is cut to
/// [`QUOTE_KEPT`] characters and `…`. A message is read, not searched: the value itself is in
/// the file, at the line the diagnostic points to.
pub const QUOTE_MAX: usize = 80;
/// What is kept of a value cut in a message.
pub const QUOTE_KEPT: usize = 60;
/// The longest stretch between backticks a message keeps whole when it is not a quoted value:
/// the project's own words are far shorter, and a value holding a backtick of its own shifts
/// what looks quoted, so no stretch goes uncut.
pub const STRETCH_MAX: usize = 400;

/// `message` with every value it quotes between backticks held to [`QUOTE_MAX`] characters: a
/// 1 MB value in a case gives a one-line diagnostic, not a megabyte of it. Borrowed when nothing
/// is cut (the usual case).
pub fn brief(message: &str) -> Cow<'_, str> {
    let pieces: Vec<&str> = message.split('`').collect();
    // Quoted runs are the odd pieces that have a closing backtick after them.
    let quoted = |index: usize| index % 2 == 1 && index + 1 < pieces.len();
    // What is kept of each piece, if it is cut.
    let kept = |index: usize, piece: &str| {
        let (most, kept) = if quoted(index) {
            (QUOTE_MAX, QUOTE_KEPT)
        } else {
            (STRETCH_MAX, STRETCH_MAX)
        };
        piece.chars().nth(most).is_some().then_some(kept)
    };
    if !pieces
        .iter()
        .enumerate()
        .any(|(index, piece)| kept(index, piece).is_some())
    {
        return Cow::Borrowed(message);
    }
    let mut out = String::new();
    for (index, piece) in pieces.iter().enumerate() {
        if index > 0 {
            out.push('`');
        }
        match kept(index, piece) {
            Some(kept) => {
                out.extend(piece.chars().take(kept));
                out.push('…');
            }
            None => out.push_str(piece),
        }
    }
    Cow::Owned(out)
}

/// `text` escaped for a quoted source line: line breaks and tabs are kept (the quote is drawn
/// line by line, and tabs are expanded), every other hidden character is escaped. Returns the
/// escaped text and, for each byte offset of `text`, where it landed, so that spans into
/// `text` can be moved into the escaped text; `None` when nothing needed escaping.
pub fn escape_source(text: &str) -> Option<(String, OffsetMap)> {
    let keep = |c: char| matches!(c, '\n' | '\r' | '\t');
    // The byte test first: a diagnostic is drawn for each problem, over the whole file.
    if !may_hide(text.as_bytes()) || !text.chars().any(|c| is_hidden(c) && !keep(c)) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut shifts = Vec::new();
    for (at, c) in text.char_indices() {
        if is_hidden(c) && !keep(c) {
            let before = out.len();
            let _ = write_escaped(c, &mut out);
            shifts.push((at + c.len_utf8(), out.len() - before - c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Some((out, OffsetMap { shifts }))
}

/// Where byte offsets of a text land in its escaped form ([`escape_source`]).
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// For each escaped character, the offset just past it in the original text and how many
    /// bytes its escape added; sorted by offset.
    shifts: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The offset in the escaped text of `offset` in the original. An offset inside an escaped
    /// character (never a character boundary) moves to the start of its escape.
    pub fn map(&self, offset: usize) -> usize {
        let passed = self.shifts.partition_point(|(end, _)| *end <= offset);
        offset
            + self.shifts[..passed]
                .iter()
                .map(|(_, added)| added)
                .sum::<usize>()
    }

    /// The offset in the original text of `offset` in the escaped one: the inverse of
    /// [`OffsetMap::map`], for offsets it gives (never inside an escape).
    pub fn unmap(&self, offset: usize) -> usize {
        let mut added_before = 0;
        for (end, added) in &self.shifts {
            // The escape of this character ends at `end + added_before + added` in the
            // escaped text.
            if offset < end + added_before + added {
                break;
            }
            added_before += added;
        }
        offset.saturating_sub(added_before)
    }
}

/// `text` for Markdown (a ticket, rendered as HTML): the one Markdown escaper (rulings, `queue`).
/// Control characters are escaped as by [`Shown`], `&`, `<` and `>` as HTML entities (no tag,
/// comment or autolink can be opened), and the characters that start a link, an image, code,
/// emphasis, strike-through or a table cell (`\` `` ` `` `*` `[` `|` `~`) with a backslash.
/// An `_` is escaped unless it stands between two letters or digits (`refund_buyer` stays as it
/// is, `__bold__` does not embolden). GitHub's bare links are broken where they are recognised:
/// the `:` of `scheme://` and the `.` after `www` are escaped (`https\://`, `www\.`), so no
/// URL in a case becomes a link or an image. `]` is left alone: a `]` without its `[` opens
/// nothing.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let word = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
    for (at, &c) in chars.iter().enumerate() {
        let before = at.checked_sub(1).and_then(|i| chars.get(i));
        let after = chars.get(at + 1);
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '[' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !(word(before) && word(after)) => out.push_str("\\_"),
            ':' if chars[at + 1..].starts_with(&['/', '/']) => out.push_str("\\:"),
            '.' if at >= 3
                && chars[at - 3..at]
                    .iter()
                    .all(|c| c.eq_ignore_ascii_case(&'w')) =>
            {
                out.push_str("\\.")
            }
            c if is_hidden(c) => {
                let _ = write_escaped(c, &mut out);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hidden_character_is_caught_by_the_byte_test() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_hidden(c) && c != '\n' && c != '\t' {
                let mut buffer = [0u8; 4];
                assert!(
                    may_hide(c.encode_utf8(&mut buffer).as_bytes()),
                    "{:04x}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn offsets_map_into_the_escaped_text_and_back() {
        let text = "a\u{202e}b\tc\u{1b}\u{e9}d\n\u{2066}";
        let (escaped, offsets) = escape_source(text).unwrap();
        for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let moved = offsets.map(at);
            assert_eq!(offsets.unmap(moved), at, "offset {at}");
            if at < text.len() && !is_hidden(c) {
                assert!(escaped[moved..].starts_with(c), "offset {at}");
            }
        }
    }

    #[test]
    fn messages_quote_long_values_by_their_start() {
        let long = "é".repeat(QUOTE_MAX + 1);
        let message = format!("`{long}` is not a valid value for `appeal.type`");
        assert_eq!(
            brief(&message),
            format!(
                "`{}…` is not a valid value for `appeal.type`",
                "é".repeat(QUOTE_KEPT)
            )
        );
        // At the limit, and outside backticks, nothing is cut.
        let at_limit = format!("`{}` and {long}", "a".repeat(QUOTE_MAX));
        assert!(matches!(brief(&at_limit), Cow::Borrowed(_)));
        // An unclosed backtick quotes nothing.
        let unclosed = format!("a ` {long}");
        assert_eq!(brief(&unclosed), unclosed);
        // A value holding a backtick shifts what looks quoted: no stretch stays long.
        let shifted = format!(
            "`x`{}` is not a valid value for `appeal.type`",
            "x".repeat(100_000)
        );
        assert!(brief(&shifted).chars().count() < STRETCH_MAX + 100);
    }

    #[test]
    fn control_characters_are_written_visibly_and_nothing_else_changes() {
        assert_eq!(escape("Trần Thị B ✅"), "Trần Thị B ✅");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\nDECISION x\r\t\u{1b}[2J\u{7f}\u{85}\u{202e}z"),
            "a\\nDECISION x\\r\\t\\u001b[2J\\u007f\\u0085\\u202ez"
        );
        // What comes out has nothing left to escape.
        let once = escape("\u{1b}]0;title\u{7}");
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn a_quoted_source_keeps_its_lines_and_moves_spans_with_the_escapes() {
        let text = "a: \"\u{1b}[2J\"\nb: x\u{9b}y\n";
        let (escaped, map) = escape_source(text).unwrap();
        assert_eq!(escaped, "a: \"\\u001b[2J\"\nb: x\\u009by\n");
        let b = text.find('b').unwrap();
        assert_eq!(&escaped[map.map(b)..map.map(b) + 1], "b");
        let y = text.find('y').unwrap();
        assert_eq!(&escaped[map.map(y)..map.map(y) + 1], "y");
        assert_eq!(map.map(0), 0);
        assert_eq!(map.map(text.len()), escaped.len());
        assert!(escape_source("a: b\r\n\tc\n").is_none());
    }

    #[test]
    fn xml_output_holds_no_character_xml_forbids() {
        let document = "<a n=\"x\u{FFFE}\u{FFFF}\u{1}\u{85}\">t\u{b}\n\u{202e}</a>".to_string();
        assert_eq!(
            xml(document),
            "<a n=\"x\\ufffe\\uffff\\u0001\\u0085\">t\\u000b\n\\u202e</a>"
        );
    }

    #[test]
    fn a_name_that_is_not_a_plain_token_is_quoted() {
        assert_eq!(token("2025-05-29"), "2025-05-29");
        assert_eq!(token("policy/mexc.toml"), "policy/mexc.toml");
        assert_eq!(
            token("2025 (built-in, sha256 5e0f5c4b1a2d)"),
            "\"2025 (built-in, sha256 5e0f5c4b1a2d)\""
        );
        assert_eq!(token(""), "\"\"");
        assert_eq!(token("a\u{202e}b"), "\"a\\u202eb\"");
    }

    #[test]
    fn markdown_escapes_html_and_markup() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)> & [a](http://x) `c` *e* | \\ \u{1b}"),
            "&lt;img src=x onerror=alert(1)&gt; &amp; \\[a](http\\://x) \\`c\\` \\*e\\* \\| \\\\ \\u001b"
        );
        assert_eq!(markdown("refund_buyer"), "refund_buyer");
        assert_eq!(
            markdown("https://evil.example www.evil.example WWW.x ~~s~~ __b__ _i_ a_b"),
            "https\\://evil.example www\\.evil.example WWW\\.x \\~\\~s\\~\\~ \\_\\_b\\_\\_ \\_i\\_ a_b"
        );
    }
}
