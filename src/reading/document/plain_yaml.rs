//! The common case of a case file read straight from the YAML parser's events.
//!
//! A case file is nearly always plain YAML: mappings, lists and scalars, with no anchor, alias,
//! tag, directive, merge key or second document. Such a file is read here into the document
//! tree directly from the events of `granit-parser`, the parser under serde-saphyr, without the
//! deserializer serde-saphyr puts on top of it; that layer costs more than the parsing itself.
//!
//! This reading is sure of everything it accepts and gives up on anything else, returning
//! `None`: any syntax error, any YAML feature above, a duplicate or unusual key, a scalar that
//! might be a number in a form other than plain decimals, a document near a limit of the
//! reader. serde-saphyr then reads the file, with its limits, its resolution of every YAML
//! form and its diagnostics, so a file that has something to report is always reported the same
//! way. A test holds the two readings equal, spans included, on every sample case, every bad
//! input and generated cases.

use std::borrow::Cow;

use granit_parser::{Event, Options, Parser, ScalarStyle};

use super::{Entry, Leaf, Node, Value, YAML_MAX_DEPTH, YAML_MAX_NODES, leaf};
use crate::reading::diagnostics::Span;

/// The most keys a mapping read here may have; the largest mapping of a case takes 13.
const MAX_KEYS: usize = 64;

/// A mapping or list whose end has not been reached yet.
enum Open {
    Seq {
        span: Span,
        items: Vec<Node>,
    },
    Map {
        span: Span,
        entries: Vec<Entry>,
        /// The key read, waiting for its value.
        key: Option<(String, Span)>,
    },
}

/// The document tree of `text`, or `None` when the file is not plain YAML as described above.
pub fn read(text: &str) -> Option<Node> {
    let mut options = Options::default();
    // As serde-saphyr is set to read a case: comments are not events, and flow collections
    // nest no deeper than the reader's depth.
    options.emit_comments = false;
    options.flow_nesting_limit = YAML_MAX_DEPTH;
    let mut parser = Parser::new_from_str_with_options(text, options);
    let mut tree = Tree {
        text,
        open: Vec::new(),
        root: None,
        nodes: 0,
    };
    let mut documents = 0usize;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.ok()?;
        let span = span.start.byte_offset()?..span.end.byte_offset()?;
        match event {
            Event::StreamStart | Event::DocumentEnd => {}
            Event::StreamEnd => break,
            Event::DocumentStart(_, version) => {
                documents += 1;
                if documents > 1 || version.is_some() {
                    return None;
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                if tree.scalar(value, style, span)? == Scalar::Key {
                    continue;
                }
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                tree.start(matches!(event, Event::SequenceStart(..)), span)?;
            }
            Event::SequenceEnd | Event::MappingEnd => tree.end()?,
            // Anchors, aliases and anything a later parser may add.
            _ => return None,
        }
        // Well within the reader's budget of values, likewise.
        if tree.nodes * 2 >= YAML_MAX_NODES {
            return None;
        }
    }
    if tree.open.is_empty() {
        tree.root
    } else {
        None
    }
}

/// The document tree as it is read.
struct Tree<'t> {
    text: &'t str,
    /// The mappings and lists being read, the innermost last.
    open: Vec<Open>,
    root: Option<Node>,
    /// How many values have been read.
    nodes: usize,
}

/// What a scalar was read as.
#[derive(PartialEq, Eq)]
enum Scalar {
    Key,
    Value,
}

impl Tree<'_> {
    /// A scalar: the next key of the mapping being read, or a value.
    fn scalar(&mut self, value: Cow<'_, str>, style: ScalarStyle, span: Span) -> Option<Scalar> {
        self.nodes += 1;
        if let Some(Open::Map { entries, key, .. }) = self.open.last_mut()
            && key.is_none()
        {
            if style == ScalarStyle::Plain && !plain_key(&value) {
                return None;
            }
            // A duplicate is serde-saphyr's to report. A mapping of a case has a few
            // keys: one with more is left to it too, which keeps this search short.
            if entries.len() >= MAX_KEYS || entries.iter().any(|e| e.key == value) {
                return None;
            }
            *key = Some((value.into_owned(), span));
            return Some(Scalar::Key);
        }
        let scalar = if style == ScalarStyle::Plain {
            plain_scalar(&value)?
        } else {
            Leaf::Str(value.into_owned())
        };
        let node = leaf(scalar, span.clone(), &span, self.text);
        place(&mut self.open, &mut self.root, node)?;
        Some(Scalar::Value)
    }

    /// The start of a list (`seq`) or of a mapping.
    fn start(&mut self, seq: bool, span: Span) -> Option<()> {
        self.nodes += 1;
        // Well within the reader's depth: serde-saphyr reports a file near it.
        if self.open.len() + 2 >= YAML_MAX_DEPTH {
            return None;
        }
        // A mapping or list as a key.
        if let Some(Open::Map { key: None, .. }) = self.open.last() {
            return None;
        }
        self.open.push(if seq {
            Open::Seq {
                span,
                items: Vec::new(),
            }
        } else {
            Open::Map {
                span,
                entries: Vec::new(),
                key: None,
            }
        });
        Some(())
    }

    /// The end of the innermost list or mapping.
    fn end(&mut self) -> Option<()> {
        let node = match self.open.pop()? {
            Open::Seq { span, items } => Node {
                span,
                value: Value::Seq(items),
            },
            Open::Map {
                span,
                entries,
                key: None,
                ..
            } => Node {
                span,
                value: Value::Map(entries),
            },
            Open::Map { key: Some(_), .. } => return None,
        };
        place(&mut self.open, &mut self.root, node)
    }
}

/// Puts a finished node where it belongs: the value of the key read last, the next item of a
/// list, or the document.
fn place(open: &mut [Open], root: &mut Option<Node>, node: Node) -> Option<()> {
    match open.last_mut() {
        None if root.is_none() => *root = Some(node),
        None => return None,
        Some(Open::Seq { items, .. }) => items.push(node),
        Some(Open::Map { entries, key, .. }) => {
            let (key, key_span) = key.take()?;
            entries.push(Entry {
                key,
                key_span,
                value: node,
            });
        }
    }
    Some(())
}

/// Whether a plain key is read as its text whatever the reader: a word, not something YAML
/// might resolve as null, a boolean, a number or a merge key.
fn plain_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && !matches!(
            key,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
        && !starts_like_a_number_word(key)
}

/// What a plain scalar is, as serde-saphyr resolves it for a case (YAML 1.2 core schema);
/// `None` for a scalar that might be a number in a form other than plain decimals (`0x1f`,
/// `1e3`, `.inf`, `1_000`…), which is left to serde-saphyr.
fn plain_scalar(value: &str) -> Option<Leaf> {
    match value {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Leaf::Null),
        "true" | "True" | "TRUE" => return Some(Leaf::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Leaf::Bool(false)),
        _ => {}
    }
    if plain_decimal(value) {
        return Some(Leaf::Number);
    }
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value);
    // No number of any form holds a `:` or a space: a time such as
    // `2025-06-01T10:06:00+08:00` or an account `4000 1234` is text.
    if value.contains(|c: char| c == ':' || c.is_whitespace()) {
        return Some(Leaf::Str(value.to_string()));
    }
    let might_be_a_number = if unsigned.starts_with(|c: char| c.is_ascii_digit()) {
        // Past a leading digit, a number in any base or form is digits, `.`, `e`, signs and
        // `_`, or starts `0x`, `0o`, `0b`: `15m` and `24h` are text.
        ["0x", "0o", "0b", "0X", "0O", "0B"]
            .iter()
            .any(|base| unsigned.starts_with(base))
            || unsigned
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
    } else {
        unsigned.len() < value.len()
            || unsigned.starts_with('.')
            || starts_like_a_number_word(unsigned)
    };
    if might_be_a_number {
        return None;
    }
    Some(Leaf::Str(value.to_string()))
}

/// `inf`, `NaN`, `Infinity`…: words some number parsers take.
fn starts_like_a_number_word(text: &str) -> bool {
    let start = text.get(..3).unwrap_or(text);
    start.eq_ignore_ascii_case("inf") || start.eq_ignore_ascii_case("nan")
}

/// An integer or a decimal fraction in plain digits, with an optional minus and no leading
/// zero: `0`, `250`, `-3`, `1250.50`. Short enough to be read exactly by any reader.
fn plain_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole)
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.is_none_or(all_digits)
        && whole.len() + fraction.map_or(0, str::len) <= 15
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::reading::document::full_yaml;

    /// Every YAML file below `folder`, with its text.
    fn files(folder: &Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                out.push((path.display().to_string(), text));
            }
        }
    }

    fn corpus() -> Vec<(String, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for folder in ["cases", "tests", "docs", "examples"] {
            files(&root.join(folder), &mut out);
        }
        out
    }

    /// When the plain reading accepts a file, serde-saphyr reads the same tree from it.
    fn agrees(text: &str) -> Result<bool, String> {
        let Some(plain) = read(text) else {
            return Ok(false);
        };
        match full_yaml(text) {
            Ok(full) if format!("{full:?}") == format!("{plain:?}") => Ok(true),
            Ok(full) => Err(format!("plain {plain:?}\nfull  {full:?}")),
            Err(problems) => Err(format!(
                "plain read what serde-saphyr refuses: {problems:?}"
            )),
        }
    }

    #[test]
    fn the_plain_reading_is_serde_saphyrs_on_every_file_of_the_repository() {
        let corpus = corpus();
        assert!(corpus.len() > 150, "{} files", corpus.len());
        for (name, text) in &corpus {
            if let Err(difference) = agrees(text) {
                panic!("{name}:\n{difference}");
            }
        }
    }

    /// The sample cases are what real cases look like: each is read the plain way (else the
    /// speed of the common case is lost without a word).
    #[test]
    fn every_sample_case_is_read_the_plain_way() {
        for (name, text) in corpus() {
            if name.contains("/cases/") {
                assert!(read(&text).is_some(), "{name} is not read the plain way");
            }
        }
    }

    #[test]
    fn scalars_are_resolved_as_serde_saphyr_resolves_them() {
        let values = [
            "0",
            "-0",
            "250",
            "-3",
            "1250.50",
            "0.5",
            "007",
            "1e3",
            "1E3",
            "0x1f",
            "0o17",
            "0b101",
            "1_000",
            "+5",
            ".5",
            "5.",
            ".inf",
            "-.Inf",
            ".nan",
            "inf",
            "nan",
            "NaN",
            "Infinity",
            "null",
            "Null",
            "~",
            "",
            "true",
            "True",
            "TRUE",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "2025-06-01",
            "2025-06-01T10:06:00+08:00",
            "10:06",
            "24h",
            "7d",
            "4000 1234 5678",
            "+7 999 123",
            "abc",
            "cs",
            "buyer",
            "1.2.3",
            "123456789012345678901234567890",
            "-12345678901234567890",
            "12:30:00",
            "'quoted'",
            "\"7\"",
            "|\n  block\n",
            "1 000",
            "0.1e-2",
        ];
        for value in values {
            let text = format!("key: {value}\nlist:\n  - {value}\n");
            if let Err(difference) = agrees(&text) {
                panic!("`{value}`:\n{difference}");
            }
            let flow = format!("key: [{value}]\n");
            if let Err(difference) = agrees(&flow) {
                panic!("`[{value}]`:\n{difference}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Edits of a sample case (a YAML-significant character put in, or a stretch taken
        /// out) are read the plain way only where serde-saphyr reads the same tree.
        #[test]
        fn edited_cases_read_the_same_both_ways(
            pick in 0usize..1000,
            at in 0usize..4000,
            len in 0usize..6,
            insert in proptest::sample::select(vec![
                "", ":", " ", "-", "- ", "\n", "\n  ", "[", "]", "{", "}", ",", "#", "'", "\"",
                "&a ", "*a", "!!str ", "<<: ", "? ", "|", ">", "0x1", "1e5", "~", "\t", "key: v\n",
            ]),
        ) {
            let cases: Vec<(String, String)> =
                corpus().into_iter().filter(|(name, _)| name.contains("/cases/")).collect();
            let (_, text) = &cases[pick % cases.len()];
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let edited = format!("{}{}{}", &text[..at], insert, &text[end.max(at)..]);
            if let Err(difference) = agrees(&edited) {
                proptest::prop_assert!(false, "{edited}\n{difference}");
            }
        }
    }
}
