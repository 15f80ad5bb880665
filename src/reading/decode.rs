//! Typed reading of a [`Node`] tree that collects every problem instead of stopping at the first.
//!
//! Each reader returns `None` after recording a [`Problem`]; callers carry on with the other
//! fields so that one run reports all independent mistakes of a file.

use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;
use std::str::FromStr;

use crate::reading::diagnostics::{Problem, SchemaProblem, Span};
use crate::reading::document::{Entry, Node, ScalarKind, Value};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::words::Spelling;

/// A value together with the span of the text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Located<T> {
        Located { value, span }
    }
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// Problems found so far in one file.
#[derive(Debug, Default)]
pub struct Problems {
    pub list: Vec<Problem>,
    /// The file's syntax, so that examples in help texts are written the way the file is.
    pub syntax: Syntax,
}

/// How a key and its value are written in the file being read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `key: value`, bare words allowed (case files).
    #[default]
    Yaml,
    /// `key = value`, words in quotes (policies).
    Toml,
}

impl Problems {
    /// Problems of a TOML file.
    pub fn toml() -> Problems {
        Problems {
            list: Vec::new(),
            syntax: Syntax::Toml,
        }
    }

    /// `key: value` or `key = value`, as the file writes it.
    pub fn example(&self, key: &str, value: &str) -> String {
        match self.syntax {
            Syntax::Yaml => format!("{key}: {value}"),
            Syntax::Toml => format!("{key} = {value}"),
        }
    }

    /// Like [`Problems::example`] for a word, which TOML writes in quotes.
    pub fn example_word(&self, key: &str, word: &str) -> String {
        match self.syntax {
            Syntax::Yaml => format!("{key}: {word}"),
            Syntax::Toml => format!("{key} = \"{word}\""),
        }
    }

    pub fn push(&mut self, problem: Problem) {
        self.list.push(problem);
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(Problem::is_error)
    }
}

/// Reads the keys of one mapping; reports missing keys and, on `finish`, the unknown ones.
pub struct MapReader<'a> {
    place: String,
    anchor: Span,
    entries: &'a [Entry],
    used: Vec<bool>,
    allowed: &'static [&'static str],
    /// For each allowed key, when the reader first asked for it: the keys are listed to the
    /// user in the order the reader reads them, which is the order of the model.
    asked: Vec<usize>,
    /// Whether `allowed` is listed in reading order (keys derived from a model, whose schema
    /// sorts them) or as given.
    reading_order: bool,
}

impl<'a> MapReader<'a> {
    /// Starts reading `node` as a mapping with the given keys. `anchor` is where to point when
    /// the mapping as a whole is at fault (usually the key that holds it).
    pub fn new(
        node: &'a Node,
        place: &str,
        anchor: &Span,
        allowed: &'static [&'static str],
        problems: &mut Problems,
    ) -> Option<MapReader<'a>> {
        match &node.value {
            Value::Map(entries) => Some(MapReader {
                place: place.to_string(),
                // Point at the key that holds the mapping; the top level has none, so its
                // first key stands in for it.
                anchor: match entries.first() {
                    Some(first) if anchor.is_empty() => first.key_span.clone(),
                    _ => anchor.clone(),
                },
                used: vec![false; entries.len()],
                entries,
                allowed,
                asked: vec![usize::MAX; allowed.len()],
                reading_order: false,
            }),
            _ if node.is_null() && place.ends_with(']') => {
                // An empty list item: the `-` with nothing after it.
                let first = allowed.first().copied().unwrap_or("key");
                problems.push(Problem::Schema(SchemaProblem::WrongType {
                    place: place.to_string(),
                    expected: "a mapping".to_string(),
                    found: node.describe(),
                    span: miette::SourceSpan::from(point(node, anchor)),
                    help: format!(
                        "this item is empty: write its keys after the `-` (e.g. `- {{ {first}: … }}`), or remove the `-`"
                    ),
                }));
                None
            }
            _ => {
                problems.push(Problem::wrong_type(
                    place,
                    "a mapping",
                    &node.describe(),
                    &point(node, anchor),
                    &problems.example(allowed.first().copied().unwrap_or("key"), "…"),
                ));
                None
            }
        }
    }

    /// Like [`MapReader::new`] for keys derived from a model: the keys are listed to the user
    /// in the order the reader reads them rather than in the order of `allowed`.
    pub fn of_model(
        node: &'a Node,
        place: &str,
        anchor: &Span,
        allowed: &'static [&'static str],
        problems: &mut Problems,
    ) -> Option<MapReader<'a>> {
        let mut reader = MapReader::new(node, place, anchor, allowed, problems)?;
        reader.reading_order = true;
        Some(reader)
    }

    pub fn place(&self) -> &str {
        &self.place
    }

    /// The key that holds the mapping (at the top level, the first key), for problems about the
    /// mapping as a whole.
    pub fn anchor(&self) -> &Span {
        &self.anchor
    }

    /// The path of a child key, for messages: `order.price`.
    pub fn child(&self, key: &str) -> String {
        if self.place.is_empty() || self.place == "the case file" || self.place == "the policy file"
        {
            key.to_string()
        } else {
            format!("{}.{}", self.place, key)
        }
    }

    /// Notes that the reader reads `keys` in this order, before it reads any of them.
    pub fn announce(&mut self, keys: &[&str]) {
        for key in keys {
            self.note_asked(key);
        }
    }

    fn note_asked(&mut self, key: &str) {
        let order = self.asked.iter().filter(|at| **at != usize::MAX).count();
        if let Some(index) = self.allowed.iter().position(|allowed| *allowed == key)
            && self.asked[index] == usize::MAX
        {
            self.asked[index] = order;
        }
    }

    /// The allowed keys in the order the reader asked for them, the others after.
    pub fn allowed_in_order(&self) -> Vec<&'static str> {
        if !self.reading_order {
            return self.allowed.to_vec();
        }
        let mut keys: Vec<(usize, usize, &'static str)> = self
            .allowed
            .iter()
            .enumerate()
            .map(|(index, key)| (self.asked[index], index, *key))
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, _, key)| key).collect()
    }

    /// The entry for `key`, if present (a null value counts as absent).
    pub fn optional(&mut self, key: &str) -> Option<&'a Entry> {
        self.note_asked(key);
        let index = self.entries.iter().position(|entry| entry.key == key)?;
        self.used[index] = true;
        let entry = &self.entries[index];
        match &entry.value.value {
            Value::Scalar(scalar) if scalar.kind == ScalarKind::Null => None,
            _ => Some(entry),
        }
    }

    /// The entry for `key`, or a "missing key" problem with an example value.
    pub fn required(
        &mut self,
        key: &str,
        example: &str,
        problems: &mut Problems,
    ) -> Option<&'a Entry> {
        let found = self.optional(key);
        // A misspelt key is reported once, as unknown with a suggestion, not also as missing.
        // Looked for only when the key is missing: a mapping full of unknown keys is not
        // compared with every key read.
        let misspelt = found.is_none()
            && self.entries.iter().zip(&self.used).any(|(entry, used)| {
                !used
                    && !self.allowed.contains(&entry.key.as_str())
                    && strsim::jaro_winkler(&entry.key, key) >= 0.85
            });
        if found.is_none() && !misspelt {
            let index = self.entries.iter().position(|entry| entry.key == key);
            let span = match index {
                Some(index) => self.entries[index].key_span.clone(),
                None => self.anchor.clone(),
            };
            let example = problems.example(key, example);
            // A key written with no value is given one where it is; a missing key is added
            // before the first key of the mapping.
            let first_key = match index {
                Some(_) => None,
                None => self.entries.first().map(|entry| entry.key_span.start),
            };
            problems.push(Problem::missing_key(
                key,
                &self.place,
                &span,
                &example,
                first_key,
            ));
        }
        found
    }

    /// Reports every key that was not read.
    pub fn finish(self, problems: &mut Problems) {
        let mut allowed = None;
        let mut unknown = 0;
        for (entry, used) in self.entries.iter().zip(&self.used) {
            if !used && !self.allowed.contains(&entry.key.as_str()) {
                let allowed = allowed.get_or_insert_with(|| self.allowed_in_order());
                // Past what any report gives, the key is counted, not compared with each
                // allowed one: 100 000 unknown keys cost one pass, not 100 000 comparisons.
                unknown += 1;
                let best = if unknown <= crate::reading::diagnostic_json::MAX_GIVEN_PER_FILE {
                    crate::reading::diagnostics::closest(&entry.key, allowed.iter().copied())
                } else {
                    None
                };
                problems.push(Problem::unknown_key_meaning(
                    &entry.key,
                    &self.place,
                    &entry.key_span,
                    allowed,
                    best,
                ));
            }
        }
    }

    /// Keys present in the mapping that are not in `allowed` and have not been read.
    pub fn entries(&self) -> &'a [Entry] {
        self.entries
    }
}

/// Where to point for a list item as a whole (a key it lacks, a wrong type): its first key when
/// it is a mapping, else its own text; the list's key `list_key` only when it has neither.
pub fn item_anchor(node: &Node, list_key: &Span) -> Span {
    match &node.value {
        Value::Map(entries) if node.span.is_empty() => entries
            .first()
            .map_or(list_key.clone(), |e| e.key_span.clone()),
        _ if !node.span.is_empty() => node.span.clone(),
        _ => list_key.clone(),
    }
}

/// The span to point at for a node: its own, or the key's when it has none (an empty mapping).
pub fn point(node: &Node, anchor: &Span) -> Span {
    if node.span.is_empty() {
        anchor.clone()
    } else {
        node.span.clone()
    }
}

/// A text value. Numbers and booleans written unquoted are taken as their text (ids such as
/// `order.id: 2025060100001` are often written that way).
pub fn text(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Located<String>> {
    let span = point(&entry.value, &entry.key_span);
    match &entry.value.value {
        Value::Scalar(scalar) if scalar.kind != ScalarKind::Null => {
            Some(Located::new(scalar.text.clone(), span))
        }
        _ => {
            problems.push(Problem::wrong_type(
                place,
                "text",
                &entry.value.describe(),
                &span,
                &problems.example(&entry.key, "\"…\""),
            ));
            None
        }
    }
}

/// A non-empty text value.
pub fn non_empty_text(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<Located<String>> {
    let value = text(entry, place, problems)?;
    if value.value.trim().is_empty() {
        problems.push(Problem::invalid(
            format!("`{place}` is empty"),
            &value.span,
            "empty",
            format!("write a value for `{}` or remove the key", entry.key),
        ));
        return None;
    }
    Some(value)
}

/// A boolean (`true`/`false`).
pub fn boolean(entry: &Entry, place: &str, problems: &mut Problems) -> Option<bool> {
    let span = point(&entry.value, &entry.key_span);
    match &entry.value.value {
        Value::Scalar(scalar) if scalar.kind == ScalarKind::Bool => Some(scalar.text == "true"),
        Value::Scalar(scalar) if scalar.kind == ScalarKind::String => {
            let word = scalar.text.to_ascii_lowercase();
            let help = match word.as_str() {
                "true" | "false" => Some(format!(
                    "write `{}`: booleans are written in lower case",
                    problems.example(&entry.key, &word)
                )),
                "yes" | "no" | "on" | "off" | "y" | "n" => Some(format!(
                    "write `{}`; `{}` is a boolean only in the older YAML 1.1, and case files \
                     are read as YAML 1.2",
                    problems.example(&entry.key, "true"),
                    scalar.text
                )),
                _ => None,
            };
            let example = problems.example(&entry.key, "true");
            problems.push(match help {
                Some(help) => Problem::Schema(SchemaProblem::WrongType {
                    place: place.to_string(),
                    expected: "true or false".to_string(),
                    found: entry.value.describe(),
                    span: miette::SourceSpan::from(span),
                    help,
                }),
                None => Problem::wrong_type(
                    place,
                    "true or false",
                    &entry.value.describe(),
                    &span,
                    &example,
                ),
            });
            None
        }
        _ => {
            problems.push(Problem::wrong_type(
                place,
                "true or false",
                &entry.value.describe(),
                &span,
                &problems.example(&entry.key, "true"),
            ));
            None
        }
    }
}

/// A whole number within `min..=max`.
pub fn integer(
    entry: &Entry,
    place: &str,
    min: i64,
    max: i64,
    problems: &mut Problems,
) -> Option<i64> {
    let span = point(&entry.value, &entry.key_span);
    let parsed = match &entry.value.value {
        Value::Scalar(scalar) if scalar.kind == ScalarKind::Integer => {
            scalar.text.replace('_', "").parse::<i64>().ok()
        }
        _ => None,
    };
    match parsed {
        Some(value) if (min..=max).contains(&value) => Some(value),
        Some(value) => {
            problems.push(Problem::out_of_range(
                place,
                &value.to_string(),
                &format!("a whole number from {min} to {max}"),
                &span,
            ));
            None
        }
        None => {
            problems.push(Problem::wrong_type(
                place,
                "a whole number",
                &entry.value.describe(),
                &span,
                &problems.example(&entry.key, &min.max(1).to_string()),
            ));
            None
        }
    }
}

/// An exact decimal, written as a number or a string; never read through a float.
pub fn decimal(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Located<Decimal>> {
    let span = point(&entry.value, &entry.key_span);
    match &entry.value.value {
        Value::Scalar(scalar)
            if matches!(
                scalar.kind,
                ScalarKind::Integer | ScalarKind::Float | ScalarKind::String
            ) =>
        {
            let plain = is_plain_decimal(&scalar.text);
            match parse_decimal(&scalar.text) {
                _ if plain && !within_decimal_range(&scalar.text) => {
                    problems.push(Problem::out_of_range(
                        place,
                        &scalar.text,
                        &format!(
                            "at most {MAX_WHOLE_DIGITS} digits before the decimal point, {MAX_FRACTION_DIGITS} after it and {MAX_DIGITS} in all"
                        ),
                        &span,
                    ));
                    None
                }
                Some(value) => Some(Located::new(value, span)),
                None => {
                    // A number in quotes with spaces around it is refused as written: what a
                    // field holds is exactly its text, and `" 25500 "` is not a number.
                    let reason = if scalar.text.trim() != scalar.text
                        && is_plain_decimal(scalar.text.trim())
                    {
                        "spaces around the number"
                    } else {
                        "not a decimal"
                    };
                    problems.push(Problem::invalid_decimal(place, &scalar.text, &span, reason));
                    None
                }
            }
        }
        _ => {
            problems.push(Problem::wrong_type(
                place,
                "a decimal number",
                &entry.value.describe(),
                &span,
                &problems.example(&entry.key, "\"2550000.10\""),
            ));
            None
        }
    }
}

/// A decimal that must be greater than zero.
pub fn positive_decimal(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<Located<Decimal>> {
    let value = decimal(entry, place, problems)?;
    if value.value <= Decimal::ZERO {
        problems.push(Problem::not_positive(
            place,
            &value.value.to_string(),
            &value.span,
        ));
        return None;
    }
    Some(value)
}

/// Digits a decimal may have before its point: 100 trillion units of fiat or asset is beyond
/// any real order, and the product of two such numbers still fits a decimal.
pub const MAX_WHOLE_DIGITS: usize = 14;
/// Digits a decimal may have after its point (an asset's smallest unit is at most 10⁻¹⁸).
pub const MAX_FRACTION_DIGITS: usize = 18;
/// Significant digits a decimal holds exactly; more would be rounded away when read.
pub const MAX_DIGITS: usize = 28;

/// Whether `text` is plain decimal notation: optional sign, digits, optional fraction.
fn is_plain_decimal(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (digits, ""),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && !(digits.contains('.') && fraction.is_empty())
}

/// Whether plain decimal `text` is within [`MAX_WHOLE_DIGITS`], [`MAX_FRACTION_DIGITS`] and
/// [`MAX_DIGITS`].
fn within_decimal_range(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let (whole, fraction) = (
        whole.trim_start_matches('0').len(),
        fraction.trim_end_matches('0').len(),
    );
    whole <= MAX_WHOLE_DIGITS && fraction <= MAX_FRACTION_DIGITS && whole + fraction <= MAX_DIGITS
}

/// Parses plain decimal notation: optional sign, digits, optional fraction. No exponent, no
/// separators, at most 28 significant digits.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    if !is_plain_decimal(text) {
        return None;
    }
    Decimal::from_str(text.strip_prefix('+').unwrap_or(text)).ok()
}

/// An RFC 3339 time that carries an offset.
pub fn time(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<Located<DateTime<FixedOffset>>> {
    let span = point(&entry.value, &entry.key_span);
    let written = match &entry.value.value {
        Value::Scalar(scalar)
            if matches!(scalar.kind, ScalarKind::String | ScalarKind::Datetime) =>
        {
            scalar.text.clone()
        }
        _ => {
            problems.push(Problem::wrong_type(
                place,
                "a time",
                &entry.value.describe(),
                &span,
                &problems.example(&entry.key, "2025-06-01T10:05:00+08:00"),
            ));
            return None;
        }
    };
    match parse_time(&written) {
        Ok(value) => Some(Located::new(value, span)),
        Err(TimeError::NoOffset) => {
            problems.push(Problem::time_without_offset(place, &written, &span));
            None
        }
        Err(TimeError::Invalid(fault)) => {
            problems.push(match fault.why_unusable() {
                Some(help) => {
                    Problem::unusable_time(place, &written, &span, &fault.to_string(), help)
                }
                None => Problem::invalid_time(place, &written, &span, &fault.to_string()),
            });
            None
        }
    }
}

/// Why a time could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    NoOffset,
    Invalid(TimeFault),
}

/// What is wrong with a time that has its parts but is not a valid RFC 3339 time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFault {
    /// `2025-06-01`: no time of day, no offset.
    DateOnly,
    UnexpectedCharacters,
    /// A month, day, hour… past its range.
    OutOfRange,
    /// A date that does not exist (30 February).
    NoSuchDate,
    Incomplete,
    TrailingText,
    /// `12:29:60`: a leap second, which cannot be told apart from the next minute's first.
    LeapSecond,
    /// More than nine digits after the seconds' point: finer than a nanosecond.
    TooFine,
    /// A year outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
    Year,
}

/// The first year a time may have: no order of a crypto trading desk is older.
pub const FIRST_YEAR: i32 = 1970;
/// The last year a time may have. RFC 3339 writes years in four digits, and the longest window
/// a policy may set is two years (`duration::MAX_WINDOW_DAYS`): every deadline computed from a
/// time up to the end of this year is still a four-digit year, so none is ever printed past 9999.
pub const LAST_YEAR: i32 = 9899;

impl std::fmt::Display for TimeFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TimeFault::DateOnly => "a date alone; the time of day and offset are needed",
            TimeFault::UnexpectedCharacters => "unexpected characters",
            TimeFault::OutOfRange => {
                "a field is out of range (month 1–12, day of month, hour 0–23…)"
            }
            TimeFault::NoSuchDate => "no such date or time",
            TimeFault::Incomplete => "incomplete",
            TimeFault::TrailingText => "unexpected text after the time",
            TimeFault::LeapSecond => "a leap second (:60)",
            TimeFault::TooFine => "more than 9 digits after the seconds' point",
            TimeFault::Year => "the year must be from 1970 to 9899",
        })
    }
}

impl TimeFault {
    /// For a time that is valid RFC 3339 but one a ruling cannot use, why not and what to write.
    pub fn why_unusable(self) -> Option<&'static str> {
        match self {
            TimeFault::LeapSecond => Some(
                "a leap second cannot be put in order with the first second of the next minute; \
                 write `:59`, or `:00` of the next minute",
            ),
            TimeFault::TooFine => Some("write at most 9 digits after the point (nanoseconds)"),
            TimeFault::Year => Some(
                "a case's times lie in the years 1970 to 9899, so that every deadline a policy \
                 can set is a four-digit year, as RFC 3339 writes it; check the year",
            ),
            _ => None,
        }
    }

    fn of(error: chrono::ParseError) -> TimeFault {
        use chrono::format::ParseErrorKind;
        match error.kind() {
            ParseErrorKind::Invalid | ParseErrorKind::BadFormat => TimeFault::UnexpectedCharacters,
            ParseErrorKind::OutOfRange => TimeFault::OutOfRange,
            ParseErrorKind::Impossible | ParseErrorKind::NotEnough => TimeFault::NoSuchDate,
            ParseErrorKind::TooShort => TimeFault::Incomplete,
            ParseErrorKind::TooLong => TimeFault::TrailingText,
            _ => TimeFault::UnexpectedCharacters,
        }
    }
}

/// Parses RFC 3339 (a space instead of `T` is accepted, as YAML allows), telling a missing
/// offset apart from other mistakes. Stricter than RFC 3339 where a ruling needs it: no leap
/// second, at most nine fraction digits, a year from [`FIRST_YEAR`] to [`LAST_YEAR`].
pub fn parse_time(written: &str) -> Result<DateTime<FixedOffset>, TimeError> {
    let trimmed = written.trim();
    let normalised = if trimmed.len() > 10 && trimmed.as_bytes()[10] == b' ' {
        format!("{}T{}", &trimmed[..10], trimmed[11..].trim_start())
    } else {
        trimmed.to_string()
    };
    let value = match DateTime::parse_from_rfc3339(&normalised) {
        Ok(value) => value,
        Err(error) => {
            for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
                if chrono::NaiveDateTime::parse_from_str(&normalised, format).is_ok() {
                    return Err(TimeError::NoOffset);
                }
            }
            if chrono::NaiveDate::parse_from_str(&normalised, "%Y-%m-%d").is_ok() {
                return Err(TimeError::Invalid(TimeFault::DateOnly));
            }
            return Err(TimeError::Invalid(TimeFault::of(error)));
        }
    };
    use chrono::{Datelike, Timelike};
    // chrono keeps a leap second as a nanosecond count of a second or more.
    if value.nanosecond() >= 1_000_000_000 {
        return Err(TimeError::Invalid(TimeFault::LeapSecond));
    }
    if fraction_digits(&normalised) > 9 {
        return Err(TimeError::Invalid(TimeFault::TooFine));
    }
    if !(FIRST_YEAR..=LAST_YEAR).contains(&value.year()) {
        return Err(TimeError::Invalid(TimeFault::Year));
    }
    Ok(value)
}

/// The digits after the seconds' point of an RFC 3339 time (`…T10:05:00.250+08:00` → 3).
fn fraction_digits(rfc3339: &str) -> usize {
    let Some(time) = rfc3339.get(11..) else {
        return 0;
    };
    match time.find('.') {
        Some(point) => time[point + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count(),
        None => 0,
    }
}

/// One of a fixed set of words.
pub fn choice<S: Spelling>(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<Located<S::Word>> {
    let span = point(&entry.value, &entry.key_span);
    let names = S::names();
    match &entry.value.value {
        Value::Scalar(scalar) if scalar.kind == ScalarKind::String => {
            match S::parse(&scalar.text) {
                Some(value) => Some(Located::new(value, span)),
                None => {
                    problems.push(Problem::unknown_value(&scalar.text, place, &span, &names));
                    None
                }
            }
        }
        _ => {
            problems.push(Problem::wrong_type(
                place,
                &format!("one of {}", names.join(", ")),
                &entry.value.describe(),
                &span,
                &problems.example_word(&entry.key, names[0]),
            ));
            None
        }
    }
}

/// The texts of a list, as [`texts`] reads them.
pub struct Texts {
    /// The items that are texts, in order.
    pub read: Vec<Located<String>>,
    /// Whether every item was; for each one that was not, a problem was given.
    pub all_read: bool,
}

/// A list of texts, each with its span, read as [`text`] (or [`non_empty_text`] when
/// `non_empty`) reads each item at `place[i]`, with the same problems; `None` when the value is
/// not a list.
///
/// An item that is plainly fine is taken as it is, without writing its place or wrapping it as
/// an entry: a policy's term lists are a few hundred of them, read at every start.
pub fn texts(
    entry: &Entry,
    place: &str,
    non_empty: bool,
    problems: &mut Problems,
) -> Option<Texts> {
    let Value::Seq(items) = &entry.value.value else {
        not_a_list(entry, place, problems);
        return None;
    };
    let mut read = Vec::with_capacity(items.len());
    let mut all_read = true;
    for (index, node) in items.iter().enumerate() {
        if let Value::Scalar(scalar) = &node.value
            && scalar.kind != ScalarKind::Null
            && !node.span.is_empty()
            && !(non_empty && scalar.text.trim().is_empty())
        {
            read.push(Located::new(scalar.text.clone(), node.span.clone()));
            continue;
        }
        let item = item_entry(node, &entry.key);
        let item_place = format!("{place}[{index}]");
        let value = if non_empty {
            non_empty_text(&item, &item_place, problems)
        } else {
            text(&item, &item_place, problems)
        };
        match value {
            Some(value) => read.push(value),
            None => all_read = false,
        }
    }
    Some(Texts { read, all_read })
}

/// A list; each item is returned with its path `place[i]`.
pub fn list<'a>(
    entry: &'a Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<Vec<(String, &'a Node)>> {
    match &entry.value.value {
        Value::Seq(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(index, node)| (format!("{place}[{index}]"), node))
                .collect(),
        ),
        _ => {
            not_a_list(entry, place, problems);
            None
        }
    }
}

/// The problem of a value that should be a list and is not.
fn not_a_list(entry: &Entry, place: &str, problems: &mut Problems) {
    problems.push(Problem::wrong_type(
        place,
        "a list",
        &entry.value.describe(),
        &point(&entry.value, &entry.key_span),
        &problems.example(&entry.key, "[ … ]"),
    ));
}

/// Wraps a list item as an entry so the scalar readers can read it.
pub fn item_entry(node: &Node, key: &str) -> Entry {
    Entry {
        key: key.to_string(),
        key_span: node.span.clone(),
        value: node.clone(),
    }
}

/// A value read with its span is described by the schema of the value.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// The keys of the mapping a schema names `name`, in a table `build.rs` prepared from a committed
/// schema (`MAPPINGS`): the required ones in the order the model declares them, then the
/// others; none when the table does not have it.
pub fn prepared_keys(mappings: &[(&str, &[&'static str])], name: &str) -> Vec<&'static str> {
    mappings
        .iter()
        .find(|(mapping, _)| *mapping == name)
        .map_or_else(Vec::new, |(_, keys)| keys.to_vec())
}

/// A duration in the policy syntax (`15m`, `24h`, `2wd`…), with the text it is written as.
pub fn duration(
    entry: &Entry,
    place: &str,
    problems: &mut Problems,
) -> Option<(PolicyDuration, Located<String>)> {
    let written = text(entry, place, problems)?;
    match PolicyDuration::parse(&written.value) {
        Ok(duration) => Some((duration, written)),
        Err(reason) => {
            problems.push(Problem::invalid_duration(
                place,
                &written.value,
                &written.span,
                &reason,
            ));
            None
        }
    }
}

/// The keys a mapping of type `T` takes in a file, as its schema, generated from the model now,
/// has them: the required ones in the order the model declares them, then the others. The
/// readers take their keys as build.rs prepares them from the committed schemas; tests hold
/// those equal to these.
#[cfg(test)]
pub fn model_keys_of<T: schemars::JsonSchema>() -> Vec<&'static str> {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    model_keys_in(schema.as_value())
}

/// The keys of the mapping a schema describes, as [`model_keys_of`] lists them.
#[cfg(test)]
pub fn model_keys_in(schema: &serde_json::Value) -> Vec<&'static str> {
    let leak = |text: &str| -> &'static str { Box::leak(text.to_string().into_boxed_str()) };
    let mut keys: Vec<&'static str> = schema
        .get("required")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|key| key.as_str().map(leak))
        .collect();
    for key in schema
        .get("properties")
        .and_then(serde_json::Value::as_object)
        .into_iter()
        .flat_map(|properties| properties.keys())
    {
        if !keys.contains(&key.as_str()) {
            keys.push(leak(key));
        }
    }
    keys
}

/// How the readers above take a value as it is written in a file, as JSON Schemas: the model
/// types name these with `#[schemars(with = …)]` where the Rust type (a `Located<String>`, a
/// `Decimal`) does not say how the file writes it.
pub mod written {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

    use super::{MAX_FRACTION_DIGITS, MAX_WHOLE_DIGITS};

    /// An RFC 3339 time with an offset ([`super::time`]).
    pub struct Time;
    impl JsonSchema for Time {
        fn schema_name() -> Cow<'static, str> {
            "Time".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "An RFC 3339 time with its offset, e.g. 2025-06-01T10:05:00+08:00 (or …Z for UTC); a space may stand for the T. No leap second, at most 9 digits after the seconds' point, a year from 1970 to 9899.",
                "type": "string",
                "format": "date-time",
                "pattern": "([Zz]|[+-][0-9]{2}:[0-9]{2})$"
            })
        }
    }

    /// An exact decimal greater than zero ([`super::positive_decimal`]).
    pub struct Decimal;
    impl JsonSchema for Decimal {
        fn schema_name() -> Cow<'static, str> {
            "Decimal".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            const { assert!(MAX_WHOLE_DIGITS == 14 && MAX_FRACTION_DIGITS == 18) };
            json_schema!({
                "description": "An exact decimal greater than zero, as a number or a string: 2550000, \"2550000.10\". No sign, exponent, separators or spaces; at most 14 digits before the point, 18 after it and 28 in all.",
                "type": ["number", "string"],
                "exclusiveMinimum": 0,
                "exclusiveMaximum": 100_000_000_000_000_u64,
                "pattern": "^\\+?(0*[1-9][0-9]{0,13}(\\.[0-9]{1,18}0*)?|0+\\.[0-9]{0,17}[1-9]0*)$"
            })
        }
    }

    /// A duration: a whole number and a unit ([`crate::vocab::duration::PolicyDuration`]).
    pub struct Duration;
    impl JsonSchema for Duration {
        fn schema_name() -> Cow<'static, str> {
            "Duration".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A whole number and a unit: m (minutes), h (hours), d (calendar days), wd (working days in the policy's calendar), mo (calendar months); at most two years (732d, 520wd, 24mo…).",
                "type": "string",
                "pattern": "^[0-9]+(m|h|d|wd|mo)$"
            })
        }
    }

    /// An identifier, which may be written unquoted as a number (order numbers).
    pub struct Id;
    impl JsonSchema for Id {
        fn schema_name() -> Cow<'static, str> {
            "Id".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "An identifier: text, or a number written unquoted (quote it anyway so that leading zeros survive).",
                "type": ["string", "integer"],
                "minLength": 1
            })
        }
    }

    /// Text that may not be empty.
    pub struct Text;
    impl JsonSchema for Text {
        fn inline_schema() -> bool {
            true
        }
        fn schema_name() -> Cow<'static, str> {
            "Text".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "minLength": 1 })
        }
    }

    /// A SHA-256 digest in hex.
    pub struct Sha256;
    impl JsonSchema for Sha256 {
        fn inline_schema() -> bool {
            true
        }
        fn schema_name() -> Cow<'static, str> {
            "Sha256".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "pattern": "^[0-9a-fA-F]{64}$" })
        }
    }
}
