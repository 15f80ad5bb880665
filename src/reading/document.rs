//! A format-neutral tree of the input with the byte span of every key and value.
//!
//! Case files (YAML, read by serde-saphyr) and policies (TOML, read by `toml`'s spanned
//! document parser) are both turned into this tree first; the typed readers in `decode` then walk
//! it and collect every problem at once instead of stopping at the first, as serde would.
//! Scalars keep their source text, so numbers are read as exact decimals and never through `f64`.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, MergeKeyPolicy, Options, Spanned, Tagged};

mod plain_yaml;

use crate::reading::diagnostics::{Problem, Span, SyntaxProblem};
use crate::reading::source::SourceFile;

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
    /// Whether the document holds nothing: a YAML file of blank lines and comments.
    pub fn is_null(&self) -> bool {
        matches!(
            &self.value,
            Value::Scalar(Scalar {
                kind: ScalarKind::Null,
                ..
            })
        )
    }

    /// Whether the node is a mapping without keys: a TOML file of blank lines and comments.
    pub fn is_empty_map(&self) -> bool {
        matches!(&self.value, Value::Map(entries) if entries.is_empty())
    }

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

impl Node {
    /// Where `reference` points in the document: a YAML path (`order.price`,
    /// `payments[0].proof`, `timeline[2]`) or a chat line by id (`chat:c3`). A path that ends at
    /// a mapping entry points at its key; one that ends at a list item, at the item's first key.
    /// `None` when the document does not have it (a key the rationale names because it is
    /// missing, say).
    pub fn locate(&self, reference: &str) -> Option<Span> {
        if let Some(id) = reference.strip_prefix("chat:") {
            let Value::Seq(lines) = &self.entry("chat")?.value.value else {
                return None;
            };
            let line = lines.iter().find(|line| {
                line.entry("id")
                    .is_some_and(|e| matches!(&e.value.value, Value::Scalar(s) if s.text == id))
            })?;
            return Some(line.start());
        }
        let mut node = self;
        let mut at = None;
        for segment in reference.split('.') {
            let (key, indexes) = match segment.find('[') {
                Some(open) => (&segment[..open], &segment[open..]),
                None => (segment, ""),
            };
            if !key.is_empty() {
                let entry = node.entry(key)?;
                at = Some(entry.key_span.clone());
                node = &entry.value;
            }
            for index in indexes.split(']').filter_map(|part| part.strip_prefix('[')) {
                let Value::Seq(items) = &node.value else {
                    return None;
                };
                node = items.get(index.parse::<usize>().ok()?)?;
                at = Some(node.start());
            }
        }
        at
    }

    fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    /// Where the node starts: its first key for a mapping (whose own span may be empty).
    fn start(&self) -> Span {
        match &self.value {
            Value::Map(entries) if self.span.is_empty() => entries
                .first()
                .map_or(self.span.clone(), |e| e.key_span.clone()),
            _ => self.span.clone(),
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
/// At most this many parser events may be replayed through aliases in one file.
pub const YAML_MAX_REPLAYED: usize = 10_000;

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
    // An alias replays the values under its anchor; cap the values replayed in all, so that a
    // few aliases of aliases cannot build a huge document before the value budget trips.
    options.alias_limits.max_total_replayed_events = YAML_MAX_REPLAYED;
    // Comments are not values: they are not handed over, so they count against no budget (a
    // file of a million comment lines is read like the few values it holds).
    options.emit_comments = false;
    // YAML 1.2: `yes`, `no`, `on`, `off` are text, never booleans.
    options.strict_booleans = true;
    // `<<` merge keys are YAML 1.1: refused, with a diagnostic of their own.
    options.merge_keys = MergeKeyPolicy::Error;
    // Errors are classified by their type and drawn by our own reporter.
    options.with_snippet = false;
    options
}

/// A node as serde-saphyr hands it over: with its spans and its explicit tag, if any.
type RawNode = Spanned<Tagged<RawValue>>;
/// A mapping key likewise.
type RawKey = Spanned<Tagged<String>>;

/// Raw node as serde-saphyr hands it over, with spans; converted to [`Node`] afterwards.
enum RawValue {
    Map(Vec<(RawKey, RawNode)>),
    Seq(Vec<RawNode>),
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
                while let Some(item) = seq.next_element::<RawNode>()? {
                    items.push(item);
                }
                Ok(RawValue::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<RawKey, RawNode>()? {
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

/// The one explicit tag a case file may carry: `!!str`, which keeps a value such as an order
/// number as text. Every other tag (`!!binary`, `!!timestamp`, an application's `!secret`…)
/// changes what a value means in a way the case format does not define, and is refused.
const ALLOWED_TAG: &str = "tag:yaml.org,2002:str";

/// A resolved tag as a user writes it: `!!binary` for `tag:yaml.org,2002:binary`.
fn tag_as_written(tag: &str) -> String {
    match tag.strip_prefix("tag:yaml.org,2002:") {
        Some(name) => format!("!!{name}"),
        None => tag.to_string(),
    }
}

/// Reports a tag other than `!!str` on the node at `span`.
fn check_tag(tag: Option<&str>, span: &Span, text: &str, problems: &mut Vec<Problem>) {
    if let Some(tag) = tag.filter(|tag| *tag != ALLOWED_TAG) {
        problems.push(Problem::yaml_tag(
            &tag_as_written(tag),
            &tag_span(span, text),
        ));
    }
}

/// The span to point at for a tagged node: the tag itself (the last word written before the
/// value, on its line or a line above), else the value.
fn tag_span(span: &Span, text: &str) -> Span {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let word_start = before.rfind(char::is_whitespace).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    if before[word_start..].starts_with('!') {
        word_start..before.len()
    } else {
        span.clone()
    }
}

fn convert(raw: RawNode, text: &str, problems: &mut Vec<Problem>) -> Node {
    let span = location_span(&raw.referenced);
    let Tagged(value, tag) = raw.value;
    check_tag(tag.as_deref(), &span, text, problems);
    let scalar = match value {
        RawValue::Map(entries) => {
            let entries = entries
                .into_iter()
                .map(|(key, value)| {
                    let key_span = location_span(&key.referenced);
                    let Tagged(key, key_tag) = key.value;
                    check_tag(key_tag.as_deref(), &key_span, text, problems);
                    Entry {
                        key_span,
                        key,
                        value: convert(value, text, problems),
                    }
                })
                .collect();
            return Node {
                span,
                value: Value::Map(entries),
            };
        }
        RawValue::Seq(items) => {
            let items = items
                .into_iter()
                .map(|item| convert(item, text, problems))
                .collect();
            return Node {
                span,
                value: Value::Seq(items),
            };
        }
        RawValue::Str(s) => Leaf::Str(s),
        RawValue::Number => Leaf::Number,
        RawValue::Bool(b) => Leaf::Bool(b),
        RawValue::Null => Leaf::Null,
    };
    leaf(scalar, span, &location_span(&raw.defined), text)
}

/// A scalar as the parser resolved it.
pub(crate) enum Leaf {
    Str(String),
    Number,
    Bool(bool),
    Null,
}

/// The node of a scalar at `span`, whose text is written at `written` (where it is defined: an
/// alias points at its anchor).
pub(crate) fn leaf(leaf: Leaf, span: Span, written: &Span, text: &str) -> Node {
    let value = match leaf {
        Leaf::Str(s) => Value::Scalar(Scalar {
            kind: ScalarKind::String,
            text: s,
        }),
        Leaf::Number => {
            let written = text.get(written.clone()).unwrap_or("").trim();
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
        Leaf::Bool(b) => {
            // The parser reads YAML 1.2 core booleans (`yes`, `no`, `on`, `off` are text
            // already). Of those, a case file takes only the lower-case `true` and `false` as
            // booleans, as the README says; `True` or `FALSE` is text, which a boolean field
            // refuses with a hint and a text field (`id: True`) keeps as written.
            let written = text.get(written.clone()).unwrap_or("").trim();
            if written.is_empty() || written == "true" || written == "false" {
                Value::Scalar(Scalar {
                    kind: ScalarKind::Bool,
                    text: b.to_string(),
                })
            } else {
                Value::Scalar(Scalar {
                    kind: ScalarKind::String,
                    text: written.to_string(),
                })
            }
        }
        Leaf::Null => {
            // An empty list item (`-` and nothing after it but a comment) has no text of its
            // own; its `-` stands for it, so that it is reported on its own line.
            if span.is_empty()
                && let Some(dash) = empty_item_dash(text, span.start)
            {
                return Node {
                    span: dash..dash + 1,
                    value: Value::Scalar(Scalar {
                        kind: ScalarKind::Null,
                        text: String::new(),
                    }),
                };
            }
            Value::Scalar(Scalar {
                kind: ScalarKind::Null,
                text: String::new(),
            })
        }
    };
    Node { span, value }
}

/// The offset of the `-` of an empty list item whose (empty) value the parser places at `at`:
/// the `-` that ends the line of `at`, or of the line above when `at` starts a line, once a
/// comment is taken off.
fn empty_item_dash(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let mut lines = before.rsplit('\n');
    let mut line = lines.next()?;
    let mut end = before.len();
    for _ in 0..2 {
        let start = end - line.len();
        let code = match line.find(" #") {
            Some(comment) => &line[..comment],
            None => line,
        };
        let code = code.trim_end();
        if code.ends_with('-') {
            let dash = code.len() - 1;
            let alone = dash == 0 || code[..dash].ends_with([' ', '\t']);
            return alone.then_some(start + dash);
        }
        if !code.trim().is_empty() {
            return None;
        }
        // Only blank: the item may be on the line above.
        end = start.checked_sub(1)?;
        line = lines.next()?;
    }
    None
}

/// Parses a YAML document into a [`Node`] tree.
pub fn parse_yaml(file: &SourceFile) -> Result<Node, Vec<Problem>> {
    let text: &str = &file.text;
    if let Some(node) = plain_yaml::read(text) {
        return Ok(node);
    }
    full_yaml(text)
}

/// Reads any YAML document with serde-saphyr: every form YAML has, the reader's limits and a
/// diagnostic for whatever is wrong.
fn full_yaml(text: &str) -> Result<Node, Vec<Problem>> {
    match serde_saphyr::from_str_with_options::<RawNode>(text, yaml_options()) {
        Ok(raw) => {
            let mut problems = Vec::new();
            let node = convert(raw, text, &mut problems);
            if problems.is_empty() {
                Ok(node)
            } else {
                Err(problems)
            }
        }
        Err(error) => Err(vec![yaml_problem(&error, text)]),
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

/// What went wrong while reading YAML, by the type of the parser's error (never by the words of
/// its message, which a new release may change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YamlFault {
    /// A second `---` document.
    MultipleDocuments,
    /// A budget of the reader: too many aliases, values, levels…
    Limit(YamlLimitKind),
    /// A `<<` merge key.
    MergeKey,
    /// An explicit tag the parser could not apply (`!!timestamp`, a `!!binary` that is not
    /// base64 text…).
    Tag,
    /// A tab where YAML takes only spaces.
    Tab,
    /// A key written twice in one mapping.
    DuplicateKey,
    /// A `:` where no key can start (a value that holds `: ` unquoted, a bad indentation).
    MappingValue,
    /// Text after a double-quoted string: most likely a quote left open further up.
    AfterDoubleQuoted,
    /// A block `-` inside a flow collection: most likely a `{` or `[` left open further up.
    BlockInFlow,
    /// Any other syntax error.
    Other,
}

/// Which budget of the YAML reader a file exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YamlLimitKind {
    Replayed,
    Aliases,
    Depth,
    Values,
    Other,
}

impl YamlLimitKind {
    fn in_words(self) -> String {
        match self {
            YamlLimitKind::Replayed => format!(
                "more than {YAML_MAX_REPLAYED} values repeated through aliases (an alias bomb?)"
            ),
            YamlLimitKind::Aliases => {
                format!("more than {YAML_MAX_ALIASES} aliases or anchors (an alias bomb?)")
            }
            YamlLimitKind::Depth => format!("nesting deeper than {YAML_MAX_DEPTH} levels"),
            YamlLimitKind::Values => format!("more than {YAML_MAX_NODES} values"),
            YamlLimitKind::Other => "more data than a case file can hold".to_string(),
        }
    }
}

/// The error a wrapper (a snippet, an alias that replays the failing value) carries.
fn innermost(mut error: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error;
    while let Error::WithSnippet { error: inner, .. } | Error::AliasError { error: inner, .. } =
        error
    {
        error = inner;
    }
    error
}

fn yaml_fault(error: &serde_saphyr::Error) -> YamlFault {
    use serde_saphyr::budget::BudgetBreach;
    use serde_saphyr::granit_parser::ErrorKind;
    use serde_saphyr::{Error, ExternalMessageSource};
    match innermost(error) {
        Error::MultipleDocuments { .. } => YamlFault::MultipleDocuments,
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Documents { .. } => YamlFault::MultipleDocuments,
            BudgetBreach::Aliases { .. }
            | BudgetBreach::Anchors { .. }
            | BudgetBreach::AliasAnchorRatio { .. } => YamlFault::Limit(YamlLimitKind::Aliases),
            BudgetBreach::RecordedAnchorEvents { .. }
            | BudgetBreach::RecordedAnchorBytes { .. } => YamlFault::Limit(YamlLimitKind::Replayed),
            BudgetBreach::Depth { .. } => YamlFault::Limit(YamlLimitKind::Depth),
            BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
                YamlFault::Limit(YamlLimitKind::Values)
            }
            _ => YamlFault::Limit(YamlLimitKind::Other),
        },
        Error::AliasReplayCounterOverflow { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => YamlFault::Limit(YamlLimitKind::Replayed),
        Error::MergeKeyNotAllowed { .. } | Error::MergeValueNotMapOrSeqOfMaps { .. } => {
            YamlFault::MergeKey
        }
        Error::DuplicateMappingKey { .. } => YamlFault::DuplicateKey,
        Error::TaggedScalarCannotDeserializeIntoString { .. }
        | Error::UnsupportedTag { .. }
        | Error::TaggedStructFieldName { .. }
        | Error::TaggedEnumMismatch { .. }
        | Error::InvalidBinaryBase64 { .. }
        | Error::BinaryNotUtf8 { .. } => YamlFault::Tag,
        Error::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => match scan.kind() {
                ErrorKind::MultipleDocumentsUnsupported => YamlFault::MultipleDocuments,
                ErrorKind::RecursionLimitExceeded => YamlFault::Limit(YamlLimitKind::Depth),
                ErrorKind::TabNotAllowed
                | ErrorKind::TabInBlockIndentation
                | ErrorKind::TabInIndentation
                | ErrorKind::TabInPlainScalar
                | ErrorKind::TabAtBlockScalarStart => YamlFault::Tab,
                ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => {
                    YamlFault::MappingValue
                }
                ErrorKind::InvalidTrailingDoubleQuotedScalar => YamlFault::AfterDoubleQuoted,
                ErrorKind::BlockEntryInFlowCollection | ErrorKind::BlockSequenceEntryNotAllowed => {
                    YamlFault::BlockInFlow
                }
                _ => YamlFault::Other,
            },
            _ => YamlFault::Other,
        },
        _ => YamlFault::Other,
    }
}

fn yaml_problem(error: &serde_saphyr::Error, text: &str) -> Problem {
    let fault = yaml_fault(error);
    if std::env::var_os("APPEAL_DEBUG_YAML").is_some() {
        eprintln!("{fault:?} {:?}", innermost(error));
    }
    let mut span = reported_span(error, text);
    if fault == YamlFault::Tab {
        span = at_the_tab(text, span);
    }
    let span = one_character_at(text, span);
    let miette_span = miette::SourceSpan::from(span.clone());
    match fault {
        YamlFault::MultipleDocuments => {
            Problem::Syntax(SyntaxProblem::MultipleDocuments { span: miette_span })
        }
        YamlFault::Limit(kind) => Problem::Syntax(SyntaxProblem::YamlLimit {
            message: kind.in_words(),
            span: miette_span,
            max_nodes: YAML_MAX_NODES,
        }),
        YamlFault::MergeKey => Problem::yaml_merge_key(&span),
        YamlFault::Tag => {
            let at = tag_span(&span, text);
            match text.get(at.clone()).filter(|tag| tag.starts_with('!')) {
                Some(tag) => Problem::yaml_tag(tag, &at),
                None => Problem::yaml_tag("!", &span),
            }
        }
        _ => yaml_syntax_problem(error, text, span, fault),
    }
}

/// Where the parser says it found the error: its span, else the start of its line and
/// column, else the start of the text.
fn reported_span(error: &serde_saphyr::Error, text: &str) -> Span {
    match error.location() {
        Some(location) if location.span().byte_offset().is_some() => location_span(&location),
        Some(location) if location.line() > 0 => {
            let at = offset_of(text, location.line(), location.column());
            at..at
        }
        _ => 0..0,
    }
}

/// A tab is reported where the scanner gave up; point at the first tab of that line instead
/// (`span` itself when the line has none).
fn at_the_tab(text: &str, span: Span) -> Span {
    let line_start = text[..span.start.min(text.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    match text[line_start..].find('\t') {
        Some(tab) => line_start + tab..line_start + tab + 1,
        None => span,
    }
}

/// An empty span inside the text widened to the character it starts at: point at one
/// character rather than between two.
fn one_character_at(text: &str, span: Span) -> Span {
    if !span.is_empty() || span.start >= text.len() {
        return span;
    }
    let end = text[span.start..]
        .chars()
        .next()
        .map(|c| span.start + c.len_utf8())
        .unwrap_or(span.start);
    span.start..end
}

/// A syntax error in the parser's words: with the quote or bracket left open above it when
/// there is one, else with the help for its fault.
fn yaml_syntax_problem(
    error: &serde_saphyr::Error,
    text: &str,
    span: Span,
    fault: YamlFault,
) -> Problem {
    let message = yaml_message(error);
    let noticed = miette::SourceSpan::from(span.clone());
    match unclosed_opener(text, span.start, fault) {
        Some((opened, opener, help)) => Problem::Syntax(SyntaxProblem::YamlUnclosed {
            help: help.to_string(),
            message,
            opened: miette::SourceSpan::from(opened),
            noticed,
            opener,
        }),
        None => Problem::Syntax(SyntaxProblem::YamlSyntax {
            help: yaml_help(fault),
            message,
            span: noticed,
        }),
    }
}

/// The parser's own words for a syntax error, without the location it appends (the diagnostic
/// shows the location itself).
fn yaml_message(error: &serde_saphyr::Error) -> String {
    if let serde_saphyr::Error::DuplicateMappingKey { key: Some(key), .. } = innermost(error) {
        return format!("duplicate mapping key: {key}");
    }
    let options = serde_saphyr::render_options! { snippets: serde_saphyr::SnippetMode::Off };
    strip_location_suffix(&error.render_with_options(options))
}

/// A quote or flow bracket opened on an earlier line than `error_at` and not closed before it:
/// its span, how to name it and how to close it.
fn unclosed_opener(
    text: &str,
    error_at: usize,
    fault: YamlFault,
) -> Option<(Span, &'static str, &'static str)> {
    let before = text.get(..error_at)?;
    let error_line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if fault == YamlFault::AfterDoubleQuoted {
        let at = runaway_quote(before, error_line_start)?;
        return Some((
            at..at + 1,
            "quote",
            "end the text with `\"` where it ends; until then the reader takes the lines \
             below as part of it",
        ));
    }
    match outermost_open_bracket(before) {
        Some((at, '{')) if at < error_line_start => Some((
            at..at + 1,
            "`{`",
            "close the mapping with `}` where its entry ends, e.g. `- { at: …, event: …, by: buyer }`",
        )),
        Some((at, _)) if at < error_line_start => Some((
            at..at + 1,
            "`[`",
            "close the list with `]` where it ends, e.g. `[a, b]`",
        )),
        _ => None,
    }
}

/// Where a runaway double-quoted string began: it ends at the first quote of the error line
/// (which starts at `error_line_start`), and began at the last unescaped quote of the last
/// line above with an odd number of them.
fn runaway_quote(before: &str, error_line_start: usize) -> Option<usize> {
    let mut line_end = error_line_start.checked_sub(1)?;
    loop {
        let line_start = before[..line_end].rfind('\n').map_or(0, |i| i + 1);
        let line = &before[line_start..line_end];
        let quotes: Vec<usize> = line
            .match_indices('"')
            .map(|(i, _)| i)
            .filter(|i| !line[..*i].ends_with('\\'))
            .collect();
        if quotes.len() % 2 == 1 {
            return Some(line_start + quotes[quotes.len() - 1]);
        }
        line_end = line_start.checked_sub(1)?;
    }
}

/// The outermost flow bracket (`{` or `[`) left open in `before`, counting brackets outside
/// quotes and comments, in order: where it is and which it is.
fn outermost_open_bracket(before: &str) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    for (i, c) in before.char_indices() {
        match (quote, c) {
            _ if comment => comment = c != '\n',
            (Some(q), _) if c == q && previous != '\\' => quote = None,
            (Some(_), _) => {}
            (None, '#') if previous.is_whitespace() => comment = true,
            (None, '"') => quote = Some('"'),
            (None, '\'') if !previous.is_alphanumeric() => quote = Some('\''),
            (None, '{' | '[') => open.push((i, c)),
            (None, '}' | ']') => {
                open.pop();
            }
            _ => {}
        }
        previous = c;
    }
    open.first().copied()
}

fn yaml_help(fault: YamlFault) -> String {
    if fault == YamlFault::DuplicateKey {
        "each key may appear once per mapping; remove or rename the repeated key".to_string()
    } else if fault == YamlFault::MappingValue {
        "a value that contains `: ` must be quoted, e.g. `reason: \"Paid at: 10:05\"`; otherwise \
         check the indentation (two spaces per level)"
            .to_string()
    } else if fault == YamlFault::Tab {
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
///
/// A list or inline table left open is the exception: the parser takes every line after it as
/// part of it and reports each, so the errors stop at the first one it causes, which points at
/// the opening and counts the rest.
pub fn parse_toml(file: &SourceFile) -> Result<Node, Vec<Problem>> {
    let text: &str = &file.text;
    let (table, errors) = toml::de::DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let mut errors: Vec<(Span, String)> = errors
            .into_iter()
            .map(|error| {
                (
                    error.span().unwrap_or(0..0),
                    error.message().trim().to_string(),
                )
            })
            .collect();
        errors.sort_by_key(|(span, _)| span.start);
        let mut problems = Vec::new();
        let mut brackets = TomlBrackets::default();
        for (index, (span, mut message)) in errors.iter().cloned().enumerate() {
            if let Some((opened, opener, help)) =
                toml_unclosed_opener(text, span.start, &mut brackets)
            {
                problems.push(Problem::Syntax(SyntaxProblem::TomlUnclosed {
                    message,
                    opened: miette::SourceSpan::from(opened),
                    noticed: miette::SourceSpan::from(span),
                    opener,
                    help: help.to_string(),
                    more: errors.len() - index - 1,
                }));
                break;
            }
            // The toml crate gives a repeated key or table no error kind of its own (its
            // `de::Error` carries a message and a span; toml_parser's `ParseError` a description),
            // and its `DeTable` has already dropped the repeat, so the message is all there is to
            // go by. `tests/bad-inputs/policy/duplicate-key.toml` and `duplicate-table.toml` pin
            // the help below: an upgrade that rewords the message fails their snapshots.
            let help = if message.starts_with("duplicate") {
                // The parser does not say which key; the span holds it as written.
                if let Some(key) = text.get(span.clone()).filter(|k| !k.trim().is_empty()) {
                    message = format!("{message} `{}`", key.trim());
                }
                "each key may appear once in a table, and each table once in the file; \
                 remove or rename the repeated one"
            } else {
                "check the quotes, brackets and `=` around this point; `appeal policy show \
                 mexc` lists every table and key of a valid policy"
            };
            problems.push(Problem::Syntax(SyntaxProblem::TomlSyntax {
                message,
                span: miette::SourceSpan::from(span),
                help: help.to_string(),
            }));
        }
        return Err(problems);
    }
    let span = table.span();
    Ok(Node {
        span,
        value: toml_table(table.into_inner()),
    })
}

/// A list (`[`) or inline table (`{`) opened on an earlier line than `error_at` and still open
/// there, when the error is on a line that starts a new `key =` or `[table]`, which no list can
/// hold: its span, how to name it and how to close it. A list may span lines, so an error on a
/// line of values inside one blames nothing.
fn toml_unclosed_opener(
    text: &str,
    error_at: usize,
    brackets: &mut TomlBrackets,
) -> Option<(Span, &'static str, &'static str)> {
    let before = text.get(..error_at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    if !starts_a_toml_entry(line) {
        return None;
    }
    brackets.advance(text, line_start);
    match brackets.open.first() {
        Some(&(at, '{')) => Some((
            at..at + 1,
            "`{`",
            "close the inline table with `}` where it ends, e.g. `{ buyer = [], seller = [] }`; \
             until then the reader takes the lines below as part of it",
        )),
        Some(&(at, _)) => Some((
            at..at + 1,
            "`[`",
            "close the list with `]` after its last item, e.g. `weekend = [\"Sat\", \"Sun\"]`; \
             until then the reader takes the lines below as part of it",
        )),
        None => None,
    }
}

/// Whether a line starts a TOML entry: `key = …`, `a."b".c = …`, `[table]` or `[[table]]`
/// (with nothing but a comment after the header).
fn starts_a_toml_entry(line: &str) -> bool {
    let line = line.trim_start();
    match line.strip_prefix('[') {
        Some(header) => {
            let header = header.strip_prefix('[').unwrap_or(header);
            let Some(rest) = toml_dotted_key(header.trim_start()) else {
                return false;
            };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("]]").or_else(|| rest.strip_prefix(']'));
            rest.is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.is_empty() || rest.starts_with('#')
            })
        }
        None => toml_dotted_key(line).is_some_and(|rest| rest.trim_start().starts_with('=')),
    }
}

/// Reads a dotted key (`a`, `"b c"`, `a.'b'.c`) at the start of `text`; what follows it.
fn toml_dotted_key(text: &str) -> Option<&str> {
    let mut rest = toml_simple_key(text)?;
    while let Some(after_dot) = rest.trim_start().strip_prefix('.') {
        rest = toml_simple_key(after_dot.trim_start())?;
    }
    Some(rest)
}

/// Reads one bare or quoted key at the start of `text`; what follows it.
fn toml_simple_key(text: &str) -> Option<&str> {
    if let Some(quote) = text.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let end = toml_string_end(text, quote)?;
        return Some(&text[end..]);
    }
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(text.len());
    (end > 0).then(|| &text[end..])
}

/// The lists and inline tables still open at the end of `text`, outermost first: their offsets
/// and brackets.
#[cfg(test)]
fn toml_open_brackets(text: &str) -> Vec<(usize, char)> {
    let mut scanner = TomlBrackets::default();
    scanner.advance(text, text.len());
    scanner.open
}

/// Reads a TOML text from the start for the lists and inline tables still open, as far as it
/// is asked, and on from there when asked further: the errors of a file are looked at in order
/// without reading it again for each. Strings (basic, literal, multi-line) and comments are
/// skipped, and a table header (`[table]` at the start of a line outside any list) is not a list.
#[derive(Debug)]
struct TomlBrackets {
    /// How far the text has been read.
    at: usize,
    line_start: bool,
    /// Offsets and brackets of the lists and inline tables open at `at`, outermost first.
    open: Vec<(usize, char)>,
}

impl Default for TomlBrackets {
    fn default() -> TomlBrackets {
        TomlBrackets {
            at: 0,
            line_start: true,
            open: Vec::new(),
        }
    }
}

impl TomlBrackets {
    /// Reads on up to `limit` (or just past it, to the end of a string or comment).
    fn advance(&mut self, text: &str, limit: usize) {
        let limit = limit.min(text.len());
        while self.at < limit {
            let rest = &text[self.at..];
            let Some(c) = rest.chars().next() else {
                break;
            };
            let starts_line = self.line_start;
            self.line_start = c == '\n' || (starts_line && (c == ' ' || c == '\t' || c == '\r'));
            let skip = match c {
                // A comment, and a table header outside any list, run to the end of the line.
                '#' => rest.find('\n').unwrap_or(rest.len()),
                '[' if starts_line && self.open.is_empty() => rest.find('\n').unwrap_or(rest.len()),
                '"' | '\'' => {
                    let triple = if c == '"' { "\"\"\"" } else { "'''" };
                    if let Some(body) = rest.strip_prefix(triple) {
                        // A multi-line string left open runs to the end of the text.
                        body.find(triple).map_or(rest.len(), |end| end + 6)
                    } else {
                        // A one-line string left open runs to the end of its line.
                        toml_string_end(rest, c)
                            .unwrap_or_else(|| rest.find('\n').unwrap_or(rest.len()))
                    }
                }
                '[' | '{' => {
                    self.open.push((self.at, c));
                    1
                }
                ']' | '}' => {
                    self.open.pop();
                    1
                }
                _ => c.len_utf8(),
            };
            self.at += skip.max(c.len_utf8());
        }
    }
}

/// The length of the one-line string that starts `text` with `quote`, quotes included; `None`
/// when it is not closed on its line. Basic strings (`"`) have `\` escapes; literal ones do not.
fn toml_string_end(text: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            '\n' => return None,
            _ if escaped => escaped = false,
            '\\' if quote == '"' => escaped = true,
            c if c == quote => return Some(i + c.len_utf8()),
            _ => {}
        }
    }
    None
}

/// One node of a document tree prepared at build time (`build.rs` does it for the built-in
/// policies), in document order: a mapping is followed by its entries, each a key then its
/// value, and a list by its items. Spans are byte ranges, as in [`Node`].
#[derive(Debug, Clone, Copy)]
pub enum Prepared {
    /// A mapping at `start..end` with this many entries.
    Map(usize, usize, usize),
    /// A list at `start..end` with this many items.
    Seq(usize, usize, usize),
    /// A key at `start..end`.
    Key(usize, usize, &'static str),
    /// A scalar at `start..end`.
    Scalar(usize, usize, ScalarKind, &'static str),
}

impl Node {
    /// The tree `items` describe; `None` if they do not describe one whole tree.
    pub fn from_prepared(items: &[Prepared]) -> Option<Node> {
        let mut rest = items;
        let node = prepared_node(&mut rest)?;
        rest.is_empty().then_some(node)
    }
}

fn prepared_node(items: &mut &[Prepared]) -> Option<Node> {
    let (first, rest) = items.split_first()?;
    *items = rest;
    Some(match *first {
        Prepared::Map(start, end, len) => {
            let mut entries = Vec::with_capacity(len);
            for _ in 0..len {
                let (Prepared::Key(key_start, key_end, key), rest) = items.split_first()? else {
                    return None;
                };
                *items = rest;
                entries.push(Entry {
                    key: key.to_string(),
                    key_span: *key_start..*key_end,
                    value: prepared_node(items)?,
                });
            }
            Node {
                span: start..end,
                value: Value::Map(entries),
            }
        }
        Prepared::Seq(start, end, len) => {
            let mut list = Vec::with_capacity(len);
            for _ in 0..len {
                list.push(prepared_node(items)?);
            }
            Node {
                span: start..end,
                value: Value::Seq(list),
            }
        }
        Prepared::Scalar(start, end, kind, text) => Node {
            span: start..end,
            value: Value::Scalar(Scalar {
                kind,
                text: text.to_string(),
            }),
        },
        Prepared::Key(..) => return None,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar_of(yaml: &str) -> Scalar {
        let source = SourceFile::from_bytes("test.yaml", yaml.as_bytes()).unwrap();
        let node = parse_yaml(&source).unwrap();
        let Value::Map(entries) = node.value else {
            panic!("not a mapping")
        };
        let Value::Scalar(scalar) = entries[0].value.value.clone() else {
            panic!("not a scalar")
        };
        scalar
    }

    #[test]
    fn a_reference_is_located_at_its_key_or_item() {
        let text = "order:\n  price: 10\npayments:\n  - at: x\n    proof: r1\n  - { at: y, proof: r2 }\nchat:\n  - { id: c1, text: hi }\n  - { id: c2, text: yo }\n";
        let source = SourceFile::from_bytes("test.yaml", text.as_bytes()).unwrap();
        let tree = parse_yaml(&source).unwrap();
        let line = |reference: &str| {
            tree.locate(reference)
                .map(|span| 1 + text[..span.start].matches('\n').count())
        };
        assert_eq!(line("order.price"), Some(2));
        assert_eq!(line("payments[0]"), Some(4));
        assert_eq!(line("payments[0].proof"), Some(5));
        assert_eq!(line("payments[1]"), Some(6));
        assert_eq!(line("payments[1].proof"), Some(6));
        assert_eq!(line("chat:c2"), Some(9));
        assert_eq!(line("order.reference_price"), None);
        assert_eq!(line("payments[7]"), None);
        assert_eq!(line("chat:c9"), None);
    }

    #[test]
    fn only_lower_case_true_and_false_are_booleans() {
        for written in ["true", "false"] {
            let scalar = scalar_of(&format!("flag: {written}\n"));
            assert_eq!(scalar.kind, ScalarKind::Bool, "{written}");
        }
        for written in ["True", "FALSE", "yes", "No", "on", "OFF", "y", "n"] {
            let scalar = scalar_of(&format!("flag: {written}\n"));
            assert_eq!(scalar.kind, ScalarKind::String, "{written}");
            assert_eq!(scalar.text, written);
        }
    }

    #[test]
    fn an_unclosed_quote_or_bracket_is_pointed_at_where_it_opens() {
        let text = "a: \"open\nb: 1\nc: \"x\" y\n";
        let at = text.find("c:").unwrap() + 7;
        let (span, opener, _) = unclosed_opener(text, at, YamlFault::AfterDoubleQuoted).unwrap();
        assert_eq!((span.start, opener), (3, "quote"));

        let text = "t:\n  - { a: 1\n  - { a: 2 }\n";
        let at = text.rfind("- {").unwrap();
        let (span, opener, _) = unclosed_opener(text, at, YamlFault::BlockInFlow).unwrap();
        assert_eq!((span.start, opener), (7, "`{`"));

        // Closed brackets, and brackets inside quotes or comments, are not blamed.
        let text = "t: [1, 2]\nu: \"{\" # [\nv: x: y\n";
        let at = text.find("v:").unwrap();
        assert!(unclosed_opener(text, at, YamlFault::MappingValue).is_none());
    }

    fn toml_problems(text: &str) -> Vec<Problem> {
        let source = SourceFile::from_bytes("test.toml", text.as_bytes()).unwrap();
        parse_toml(&source).unwrap_err()
    }

    /// A list left open makes the parser report every line after it; the first of those errors
    /// is shown at the opening and the rest are counted.
    #[test]
    fn a_toml_list_left_open_is_one_problem_at_its_opening() {
        let text = "[a]\nterms = [\"x\", \"y\"\nwindow = \"1h\"\n\n[b]\nk = 1\nl = [1, 2]\n";
        let problems = toml_problems(text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let Problem::Syntax(SyntaxProblem::TomlUnclosed {
            opened,
            opener,
            more,
            ..
        }) = &problems[0]
        else {
            panic!("{problems:?}")
        };
        assert_eq!(
            (opened.offset(), *opener),
            (text.find("[\"x\"").unwrap(), "`[`")
        );
        assert!(*more > 0);
    }

    /// Independent mistakes on lines of their own are all reported, as before.
    #[test]
    fn independent_toml_mistakes_are_all_reported() {
        let text = "[a]\nx = 1h\ny = \"ok\"\nz = 2h\n";
        let problems = toml_problems(text);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems
                .iter()
                .all(|p| matches!(p, Problem::Syntax(SyntaxProblem::TomlSyntax { .. })))
        );
    }

    #[test]
    fn only_a_list_open_before_a_new_entry_is_blamed() {
        // Brackets in strings, comments and table headers are not lists.
        let text = "[t]\na = \"[\" # {\nb = '['\nc = \"\"\"\n[\n\"\"\"\n[u]\nd = 1\n";
        assert!(toml_open_brackets(text).is_empty());
        // A list may span lines: an error on a line of values inside it blames nothing.
        let text = "a = [\n  \"x\"\n  \"y\",\n]\n";
        let at = text.find("\"y\"").unwrap();
        assert!(toml_unclosed_opener(text, at, &mut TomlBrackets::default()).is_none());
        // A new key or table header inside it does.
        for next in [
            "b = 1",
            "[table]",
            "[[tables]]",
            "\"quoted key\" = 1",
            "a.b = 2",
        ] {
            let text = format!("a = [\"x\",\n  \"y\"\n{next}\n");
            let at = text.find(next).unwrap();
            let found = toml_unclosed_opener(&text, at, &mut TomlBrackets::default())
                .map(|(span, opener, _)| (span.start, opener));
            assert_eq!(found, Some((4, "`[`")), "{next}");
        }
        // A list opened on the line of the error is that line's own mistake.
        let text = "a = [\"x\" b = 1\n";
        let at = text.find("b =").unwrap();
        assert!(toml_unclosed_opener(text, at, &mut TomlBrackets::default()).is_none());
    }
}
