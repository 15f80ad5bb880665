//! A format-neutral tree of the input with the byte span of every key and value.
//!
//! Case files (YAML, read by serde-saphyr) and policies (TOML, read by `toml`'s spanned
//! document parser) are both turned into this tree first; the typed readers in `decode` then walk
//! it and collect every problem at once instead of stopping at the first, as serde would.
//! Scalars keep their source text, so numbers are read as exact decimals and never through `f64`.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};

use crate::diagnostics::{Problem, Span};
use crate::source::SourceFile;

/// A node of the document.
#[derive(Debug, Clone)]
pub struct Node {
    /// Where the value is written. For a YAML mapping or sequence this is where it begins
    /// (it may be empty); decoders prefer the key that holds it for pointing.
    pub span: Span,
    pub value: Value,
}

#[derive(Debug, Clone)]
pub enum Value {
    Map(Vec<Entry>),
    Seq(Vec<Node>),
    Scalar(Scalar),
}

/// One `key: value` pair of a mapping, in document order.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

/// A leaf value with its kind as the parser saw it and its text.
#[derive(Debug, Clone)]
pub struct Scalar {
    pub kind: ScalarKind,
    /// For strings the string's value; for numbers the source text exactly as written.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarKind {
    String,
    Integer,
    Float,
    Bool,
    Null,
    /// A TOML date or date-time literal (text in RFC 3339 form).
    Datetime,
}

impl Node {
    /// A short description of what the node is, for "expected X, found Y".
    pub fn describe(&self) -> String {
        match &self.value {
            Value::Map(_) => "a mapping".to_string(),
            Value::Seq(_) => "a list".to_string(),
            Value::Scalar(scalar) => match scalar.kind {
                ScalarKind::String => format!("the text \"{}\"", shorten(&scalar.text)),
                ScalarKind::Integer | ScalarKind::Float => {
                    format!("the number {}", shorten(&scalar.text))
                }
                ScalarKind::Bool => format!("the boolean {}", scalar.text),
                ScalarKind::Null => "nothing (null)".to_string(),
                ScalarKind::Datetime => format!("the date {}", scalar.text),
            },
        }
    }
}

fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// YAML

/// Limits for case files, far below serde-saphyr's defaults: a case needs no aliases to speak
/// of, is shallow, and even a case with thousands of timeline events stays well within them.
pub const YAML_MAX_DEPTH: usize = 16;
pub const YAML_MAX_NODES: usize = 250_000;
pub const YAML_MAX_ALIASES: usize = 32;

fn yaml_options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = YAML_MAX_DEPTH;
    budget.max_nodes = YAML_MAX_NODES;
    budget.max_aliases = YAML_MAX_ALIASES;
    budget.max_anchors = YAML_MAX_ALIASES;
    budget.max_documents = 1;
    budget.flow_nesting_limit = YAML_MAX_DEPTH;
    let mut options = Options::default();
    options.budget = Some(budget);
    options
}

/// Raw node as serde-saphyr hands it over, with spans; converted to [`Node`] afterwards.
enum RawValue {
    Map(Vec<(Spanned<String>, Spanned<RawValue>)>),
    Seq(Vec<Spanned<RawValue>>),
    Str(String),
    Number,
    Bool(bool),
    Null,
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawValue, E> {
                Ok(RawValue::Str(v))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawValue, E> {
                Ok(RawValue::Number)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawValue, E> {
                Ok(RawValue::Number)
            }
            fn visit_i128<E: de::Error>(self, _: i128) -> Result<RawValue, E> {
                Ok(RawValue::Number)
            }
            fn visit_u128<E: de::Error>(self, _: u128) -> Result<RawValue, E> {
                Ok(RawValue::Number)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawValue, E> {
                Ok(RawValue::Number)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Bool(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<RawValue>>()? {
                    items.push(item);
                }
                Ok(RawValue::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Spanned<String>, Spanned<RawValue>>()? {
                    entries.push(entry);
                }
                Ok(RawValue::Map(entries))
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

fn location_span(location: &serde_saphyr::Location) -> Span {
    let span = location.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(offset), Some(len)) => offset as usize..(offset + len) as usize,
        _ => 0..0,
    }
}

fn convert(raw: Spanned<RawValue>, text: &str) -> Node {
    let span = location_span(&raw.referenced);
    let value = match raw.value {
        RawValue::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(key, value)| Entry {
                    key_span: location_span(&key.referenced),
                    key: key.value,
                    value: convert(value, text),
                })
                .collect(),
        ),
        RawValue::Seq(items) => {
            Value::Seq(items.into_iter().map(|item| convert(item, text)).collect())
        }
        RawValue::Str(s) => Value::Scalar(Scalar {
            kind: ScalarKind::String,
            text: s,
        }),
        RawValue::Number => {
            // The number as written where it is defined (an alias points at its anchor).
            let defined = location_span(&raw.defined);
            let written = text.get(defined).unwrap_or("").trim();
            let kind = if written.contains(['.', 'e', 'E']) && !written.starts_with("0x") {
                ScalarKind::Float
            } else {
                ScalarKind::Integer
            };
            Value::Scalar(Scalar {
                kind,
                text: written.to_string(),
            })
        }
        RawValue::Bool(b) => Value::Scalar(Scalar {
            kind: ScalarKind::Bool,
            text: b.to_string(),
        }),
        RawValue::Null => Value::Scalar(Scalar {
            kind: ScalarKind::Null,
            text: String::new(),
        }),
    };
    Node { span, value }
}

/// Parses a YAML document into a [`Node`] tree.
pub fn parse_yaml(file: &SourceFile) -> Result<Node, Problem> {
    let text: &str = &file.text;
    match serde_saphyr::from_str_with_options::<Spanned<RawValue>>(text, yaml_options()) {
        Ok(raw) => Ok(convert(raw, text)),
        Err(error) => Err(yaml_problem(&error, text)),
    }
}

/// The byte offset of a 1-based line and character column.
fn offset_of(text: &str, line: u64, column: u64) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = text.get(start..).unwrap_or("");
    let within: usize = rest
        .chars()
        .take_while(|c| *c != '\n')
        .take(column.saturating_sub(1) as usize)
        .map(char::len_utf8)
        .sum();
    (start + within).min(text.len())
}

fn yaml_problem(error: &serde_saphyr::Error, text: &str) -> Problem {
    let span = match error.location() {
        Some(location) if location.span().byte_offset().is_some() => location_span(&location),
        Some(location) if location.line() > 0 => {
            let at = offset_of(text, location.line(), location.column());
            at..at
        }
        _ => 0..0,
    };
    // A tab is reported where the scanner gave up; point at the tab itself.
    let span = if message_mentions_tab(error) {
        let line_start = text[..span.start.min(text.len())]
            .rfind('\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        match text[line_start..].find('\t') {
            Some(tab) => line_start + tab..line_start + tab + 1,
            None => span,
        }
    } else {
        span
    };
    let span = if span.is_empty() && span.start < text.len() {
        // Point at one character rather than between two.
        let end = text[span.start..]
            .chars()
            .next()
            .map(|c| span.start + c.len_utf8())
            .unwrap_or(span.start);
        span.start..end
    } else {
        span
    };
    let options = serde_saphyr::render_options! { snippets: serde_saphyr::SnippetMode::Off };
    let message = error.render_with_options(options);
    let message = strip_location_suffix(&message);
    let miette_span = miette::SourceSpan::from(span.clone());
    match error {
        serde_saphyr::Error::MultipleDocuments { .. } => {
            Problem::MultipleDocuments { span: miette_span }
        }
        _ if message.contains("budget") && message.contains("Documents") => {
            Problem::MultipleDocuments { span: miette_span }
        }
        serde_saphyr::Error::Budget { .. } => Problem::YamlLimit {
            message: limit_in_words(&message),
            span: miette_span,
            max_nodes: YAML_MAX_NODES,
        },
        _ if message.contains("multiple documents")
            || message.contains("more than one document") =>
        {
            Problem::MultipleDocuments { span: miette_span }
        }
        _ if message.contains("budget") || message.contains("limit") => Problem::YamlLimit {
            message: limit_in_words(&message),
            span: miette_span,
            max_nodes: YAML_MAX_NODES,
        },
        _ => Problem::YamlSyntax {
            help: yaml_help(&message),
            message,
            span: miette_span,
        },
    }
}

fn message_mentions_tab(error: &serde_saphyr::Error) -> bool {
    error.to_string().contains("tab")
}

/// The budget that was breached, in words.
fn limit_in_words(message: &str) -> String {
    if message.contains("Alias") || message.contains("Anchor") {
        format!("more than {YAML_MAX_ALIASES} aliases or anchors (an alias bomb?)")
    } else if message.contains("Depth")
        || message.contains("recursion")
        || message.contains("nesting")
    {
        format!("nesting deeper than {YAML_MAX_DEPTH} levels")
    } else if message.contains("Nodes") || message.contains("Events") {
        format!("more than {YAML_MAX_NODES} values")
    } else if message.contains("Documents") {
        "more than one document".to_string()
    } else {
        message.to_string()
    }
}

fn yaml_help(message: &str) -> String {
    if message.contains("duplicate") {
        "each key may appear once per mapping; remove or rename the repeated key".to_string()
    } else if message.contains("tab") {
        "YAML indents with spaces, never tabs".to_string()
    } else {
        "check indentation (two spaces per level), quotes and colons around this point; a value containing `: ` or starting with `*`, `&`, `!` or `@` must be quoted".to_string()
    }
}

/// serde-saphyr appends " at line L column C"; the diagnostic shows the location itself.
fn strip_location_suffix(message: &str) -> String {
    let trimmed = message.trim();
    match trimmed.rfind(" at line ") {
        Some(index) if trimmed[index..].contains("column") => trimmed[..index].to_string(),
        _ => trimmed.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// TOML

/// Parses a TOML document into a [`Node`] tree, with every syntax error the parser recovers from.
pub fn parse_toml(file: &SourceFile) -> Result<Node, Vec<Problem>> {
    let text: &str = &file.text;
    let (table, errors) = toml::de::DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .into_iter()
            .map(|error| {
                let span = error.span().unwrap_or(0..0);
                Problem::TomlSyntax {
                    message: error.message().trim().to_string(),
                    span: miette::SourceSpan::from(span),
                }
            })
            .collect());
    }
    let span = table.span();
    Ok(Node {
        span,
        value: toml_table(table.into_inner()),
    })
}

fn toml_table(table: toml::de::DeTable<'_>) -> Value {
    Value::Map(
        table
            .into_iter()
            .map(|(key, value)| {
                let key_span = key.span();
                let span = value.span();
                Entry {
                    key: key.into_inner().into_owned(),
                    key_span,
                    value: Node {
                        span,
                        value: toml_value(value.into_inner()),
                    },
                }
            })
            .collect(),
    )
}

fn toml_value(value: toml::de::DeValue<'_>) -> Value {
    use toml::de::DeValue;
    let scalar = |kind, text: String| Value::Scalar(Scalar { kind, text });
    match value {
        DeValue::String(s) => scalar(ScalarKind::String, s.into_owned()),
        DeValue::Integer(i) => scalar(ScalarKind::Integer, i.as_str().to_string()),
        DeValue::Float(f) => scalar(ScalarKind::Float, f.as_str().to_string()),
        DeValue::Boolean(b) => scalar(ScalarKind::Bool, b.to_string()),
        DeValue::Datetime(d) => scalar(ScalarKind::Datetime, d.to_string()),
        DeValue::Array(items) => Value::Seq(
            items
                .into_iter()
                .map(|item| {
                    let span = item.span();
                    Node {
                        span,
                        value: toml_value(item.into_inner()),
                    }
                })
                .collect(),
        ),
        DeValue::Table(table) => toml_table(table),
    }
}
