//! Every mistake a user can make in a case or policy file, as a typed miette diagnostic.
//!
//! Each located problem carries the byte span of the offending YAML/TOML text, a label and a
//! `help:` that says how to fix it. Problems of one file are collected and shown together,
//! rustc-style: one report per problem, then a summary line.

use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents, ThemeCharacters, ThemeStyles,
};
use thiserror::Error;

use crate::reading::source::{ReadingProblem, SourceFile};
use crate::text::shown::{OffsetMap, Shown, brief, escape, escape_source};
use crate::text::terminal::Look;

/// A byte range in the file a problem points at.
pub type Span = Range<usize>;

fn at(span: &Span) -> SourceSpan {
    SourceSpan::from(span.start..span.end.max(span.start))
}

/// A problem found in an input, by the phase that finds it. Errors make the input invalid
/// (exit 2); warnings (severity `Warning`) do not.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum Problem {
    /// Reading an input: the file itself could not be read (missing, a folder, too large, not UTF-8, empty).
    #[error(transparent)]
    #[diagnostic(transparent)]
    Reading(#[from] ReadingProblem),

    /// Parsing: the text is not valid YAML or TOML, or exceeds a limit of the reader.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Syntax(#[from] SyntaxProblem),

    /// Reading the fields: a key, a type or a value the format does not take.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Schema(#[from] SchemaProblem),

    /// Checks across fields: times against the order and `as_of`, ids against each other, amounts against price × quantity.
    #[error(transparent)]
    #[diagnostic(transparent)]
    CrossCheck(#[from] CrossCheckProblem),

    /// Files a case names: its evidence files and the policy file it refers to.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Disk(#[from] DiskProblem),

    /// The command line: a policy name or a run that tests nothing.
    #[error(transparent)]
    #[diagnostic(transparent)]
    CommandLine(#[from] CommandLineProblem),
}

/// Parsing: the text is not valid YAML or TOML, or exceeds a limit of the reader.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum SyntaxProblem {
    #[error("YAML syntax error: {message}")]
    #[diagnostic(code(appeal::yaml::syntax), help("{help}"))]
    YamlSyntax {
        message: String,
        #[label("here")]
        span: SourceSpan,
        help: String,
    },

    /// A syntax error found after a quote or bracket that was left open, which is the likely
    /// cause; both places are shown, the opening first.
    #[error("YAML syntax error: {message}")]
    #[diagnostic(code(appeal::yaml::unclosed), help("{help}"))]
    YamlUnclosed {
        message: String,
        #[label(primary, "this {opener} is never closed")]
        opened: SourceSpan,
        #[label("the reader gave up here")]
        noticed: SourceSpan,
        opener: &'static str,
        help: String,
    },

    #[error("the file holds more than one YAML document")]
    #[diagnostic(
        code(appeal::yaml::multiple_documents),
        help("one case per file: move each `---` document into a file of its own")
    )]
    MultipleDocuments {
        #[label("a second document starts here")]
        span: SourceSpan,
    },

    #[error("the file exceeds a safety limit of the YAML reader: {message}")]
    #[diagnostic(
        code(appeal::yaml::limit),
        help(
            "case files need no aliases, little nesting and at most {max_nodes} values; write the values out plainly"
        )
    )]
    YamlLimit {
        message: String,
        #[label("limit reached here")]
        span: SourceSpan,
        max_nodes: usize,
    },

    #[error("YAML tag `{tag}` is not allowed in a case file")]
    #[diagnostic(
        code(appeal::yaml::tag),
        help(
            "remove the tag and write the value plainly; the only tag a case file may use is `!!str`, on a single value, to keep a number such as an order number as text"
        )
    )]
    YamlTag {
        tag: String,
        #[label("not allowed")]
        span: SourceSpan,
    },

    #[error("YAML merge keys (`<<`) are not allowed in a case file")]
    #[diagnostic(
        code(appeal::yaml::merge_key),
        help(
            "write the keys out in each mapping; `<<` belongs to the older YAML 1.1, and case files are read as YAML 1.2"
        )
    )]
    YamlMergeKey {
        #[label("merge key")]
        span: SourceSpan,
    },

    #[error("TOML syntax error: {message}")]
    #[diagnostic(code(appeal::toml::syntax), help("{help}"))]
    TomlSyntax {
        message: String,
        #[label("here")]
        span: SourceSpan,
        help: String,
    },

    /// A syntax error on a line that starts a new key or table while a list or inline table
    /// opened on an earlier line is still open: the reader takes every line below as part of
    /// it, so each gives another error. The opening is shown first; the errors after this one
    /// are only counted.
    #[error("TOML syntax error: {message}")]
    #[diagnostic(code(appeal::toml::unclosed), help("{help}"))]
    TomlUnclosed {
        message: String,
        #[label(primary, "this {opener} is never closed")]
        opened: SourceSpan,
        #[label("the reader gave up here")]
        noticed: SourceSpan,
        opener: &'static str,
        help: String,
        /// Syntax errors the reader found after this one, not shown.
        more: usize,
    },
}

/// Reading the fields: a key, a type or a value the format does not take.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum SchemaProblem {
    #[error("unknown key `{key}` in {place}")]
    #[diagnostic(code(appeal::unknown_key), help("{help}"))]
    UnknownKey {
        key: String,
        place: String,
        #[label("not a key of {place}")]
        span: SourceSpan,
        help: String,
        /// The key meant, when one is close: the fix `--format json` proposes.
        suggestion: Option<String>,
    },

    /// An entry of one list written in another (an evidence entry under `chat:`).
    #[error("`{place}` looks like {looks_like}, not {expected}")]
    #[diagnostic(code(appeal::misplaced_entry), help("{help}"))]
    MisplacedEntry {
        place: String,
        looks_like: &'static str,
        expected: &'static str,
        #[label("this belongs under `{belongs}:`")]
        span: SourceSpan,
        belongs: &'static str,
        help: String,
    },

    #[error("missing required key `{key}` in {place}")]
    #[diagnostic(code(appeal::missing_key), help("{help}"))]
    MissingKey {
        key: String,
        place: String,
        #[label("{place} needs `{key}`")]
        span: SourceSpan,
        help: String,
        /// The line to add, as the file writes it (`key: value`), when there is an example; and
        /// where the mapping's first key starts: the line is added there. Boxed to keep
        /// [`Problem`] small.
        insertion: Box<(Option<String>, Option<usize>)>,
    },

    #[error("`{place}` must be {expected}, found {found}")]
    #[diagnostic(code(appeal::wrong_type), help("{help}"))]
    WrongType {
        place: String,
        expected: String,
        found: String,
        #[label("expected {expected}")]
        span: SourceSpan,
        help: String,
    },

    #[error("`{value}` is not a valid value for `{place}`")]
    #[diagnostic(code(appeal::unknown_value), help("{help}"))]
    UnknownValue {
        value: String,
        place: String,
        #[label("unknown value")]
        span: SourceSpan,
        help: String,
        /// The value meant, when one is close.
        suggestion: Option<String>,
    },

    #[error("`{place}` has no time-zone offset: `{found}`")]
    #[diagnostic(
        code(appeal::time::no_offset),
        help(
            "write the offset the time was recorded in, e.g. `2025-06-01T10:05:00+08:00` or `…Z` for UTC"
        )
    )]
    TimeWithoutOffset {
        place: String,
        found: String,
        #[label("offset required")]
        span: SourceSpan,
    },

    #[error("`{place}` is not an RFC 3339 time: `{found}`")]
    #[diagnostic(
        code(appeal::time::invalid),
        help("write date, `T`, time and offset, e.g. `2025-06-01T10:05:00+08:00`")
    )]
    InvalidTime {
        place: String,
        found: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
    },

    /// A valid RFC 3339 time that a ruling cannot use: a leap second, a finer fraction than a
    /// nanosecond, a year out of bounds.
    #[error("`{place}` is a time a case cannot use: `{found}`")]
    #[diagnostic(code(appeal::time::unusable), help("{help}"))]
    UnusableTime {
        place: String,
        found: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
        help: String,
    },

    #[error("`{place}` is not an exact decimal: `{found}`")]
    #[diagnostic(
        code(appeal::decimal::invalid),
        help(
            "write a plain decimal number such as `2550000` or `\"2550000.10\"` (no thousands separators, no exponent)"
        )
    )]
    InvalidDecimal {
        place: String,
        found: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: &'static str,
    },

    #[error("`{place}` must be greater than zero, found {found}")]
    #[diagnostic(
        code(appeal::decimal::not_positive),
        help(
            "amounts, prices and quantities are positive; a refund or reversal is a timeline event, not a negative payment"
        )
    )]
    NotPositive {
        place: String,
        found: String,
        #[label("must be > 0")]
        span: SourceSpan,
    },

    #[error("`{place}` is out of range: {found}")]
    #[diagnostic(code(appeal::out_of_range), help("allowed: {allowed}"))]
    OutOfRange {
        place: String,
        found: String,
        allowed: String,
        #[label("out of range")]
        span: SourceSpan,
    },

    #[error("`{place}` is not a duration: `{found}`")]
    #[diagnostic(
        code(appeal::duration::invalid),
        help(
            "write a whole number and a unit: `90m` minutes, `24h` hours, `3d` calendar days, `2wd` working days, `18mo` calendar months"
        )
    )]
    InvalidDuration {
        place: String,
        found: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
    },

    #[error("`{clause}` is not a clause id")]
    #[diagnostic(code(appeal::unknown_clause), help("{help}"))]
    UnknownClause {
        clause: String,
        #[label("unknown clause")]
        span: SourceSpan,
        help: String,
        /// The clause id meant, when one is close.
        suggestion: Option<String>,
    },

    #[error("unknown time zone `{zone}`")]
    #[diagnostic(code(appeal::policy::time_zone), help("{help}"))]
    UnknownZone {
        zone: String,
        #[label("not an IANA time zone")]
        span: SourceSpan,
        help: String,
    },

    #[error("{message}")]
    #[diagnostic(code(appeal::invalid), help("{help}"))]
    Invalid {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        help: String,
    },

    /// An IBAN or a CLABE whose check digits do not match: a typo the ruling must not compare.
    #[error("{message}")]
    #[diagnostic(code(appeal::account), help("{help}"))]
    BadAccount {
        /// What is wrong and where: "`order.payment_method.account` is not a valid IBAN: …".
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        help: String,
    },
}

/// Checks across fields: times against the order and `as_of`, ids against each other, amounts against price × quantity.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum CrossCheckProblem {
    /// A policy file with the id and version of a built-in policy that is not that policy.
    #[error("{message}")]
    #[diagnostic(
        code(appeal::warning::modified_copy),
        severity(Warning),
        help("{help}")
    )]
    ModifiedCopy {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        help: String,
    },

    /// A value the published rules fix, written otherwise.
    #[error("{message}")]
    #[diagnostic(
        code(appeal::warning::published_value),
        severity(Warning),
        help("{help}")
    )]
    PublishedValue {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        help: String,
    },

    /// A case from before every edition of its policy.
    #[error("{message}")]
    #[diagnostic(code(appeal::policy::no_edition), help("{help}"))]
    NoEditionInForce {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        help: String,
    },

    #[error("two editions of the policy `{id}` are in force from {day}")]
    #[diagnostic(
        code(appeal::policy::editions_overlap),
        help(
            "`{other}` is in force from the same day; each edition of an id needs a day of its \
             own: change one `effective_from`, or remove the edition that is not meant"
        )
    )]
    EditionsOverlap {
        id: String,
        day: String,
        other: String,
        #[label("the same day as `{other}`")]
        span: SourceSpan,
    },

    #[error("{what} ({found}) is before the order was created ({created})")]
    #[diagnostic(
        code(appeal::time::before_order),
        help(
            "nothing in a case can happen before `order.created_at`; check the date and the offset of both times"
        )
    )]
    BeforeOrder {
        what: String,
        found: String,
        created: String,
        #[label("earlier than order.created_at")]
        span: SourceSpan,
    },

    #[error("{what} ({found}) is after the moment of the ruling, as_of ({as_of})")]
    #[diagnostic(
        code(appeal::time::after_as_of),
        help(
            "a case records what happened up to its `as_of`, the moment of the ruling: set `as_of` at or after this time, or correct this time and its offset (`--as-of` does not lift this: it replays a valid case at an earlier moment)"
        )
    )]
    AfterAsOf {
        what: String,
        found: String,
        as_of: String,
        #[label("later than as_of")]
        span: SourceSpan,
    },

    #[error("duplicate {kind} id `{id}`")]
    #[diagnostic(
        code(appeal::duplicate_id),
        help("every {kind} needs its own id; rename one of them")
    )]
    DuplicateId {
        kind: String,
        id: String,
        #[label(primary, "used again here")]
        span: SourceSpan,
        #[label("first used here")]
        first: SourceSpan,
    },

    #[error("`{place}` names evidence `{id}`, which the case does not have")]
    #[diagnostic(code(appeal::unknown_evidence), help("{help}"))]
    UnknownEvidence {
        place: String,
        id: String,
        #[label("no evidence with this id")]
        span: SourceSpan,
        help: String,
        /// The evidence id meant, when one is close.
        suggestion: Option<String>,
    },

    #[error("holiday {date} is listed twice")]
    #[diagnostic(
        code(appeal::policy::duplicate_holiday),
        help("remove one of the two entries")
    )]
    DuplicateHoliday {
        date: String,
        #[label(primary, "again here")]
        span: SourceSpan,
        #[label("first here")]
        first: SourceSpan,
    },

    #[error("order.amount {amount} is not price × quantity ({product})")]
    #[diagnostic(
        code(appeal::warning::amount),
        severity(Warning),
        help(
            "the ruling uses order.amount as the amount owed; correct price, quantity or amount if this is a typo"
        )
    )]
    AmountMismatch {
        amount: String,
        product: String,
        #[label("differs by {difference}")]
        span: SourceSpan,
        difference: String,
    },

    #[error("{place} mentions the currency {found}, but the order is in {fiat}")]
    #[diagnostic(
        code(appeal::warning::currency),
        severity(Warning),
        help("check that this payment belongs to this order and was made in its currency")
    )]
    CurrencyHint {
        place: String,
        found: String,
        fiat: String,
        #[label("{found}")]
        span: SourceSpan,
    },

    #[error("this case still has the placeholders `appeal new` wrote: {fields}")]
    #[diagnostic(
        code(appeal::warning::placeholders),
        severity(Warning),
        help(
            "replace each with the facts of the ticket (the case id, the order number, the parties' uids); the ruling is of the template until then"
        )
    )]
    TemplatePlaceholders {
        fields: String,
        #[label("a placeholder")]
        span: SourceSpan,
    },
}

/// Files a case names: its evidence files and the policy file it refers to.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum DiskProblem {
    #[error("evidence file `{file}` does not exist")]
    #[diagnostic(
        code(appeal::evidence::missing),
        help(
            "evidence paths are relative to the case file's folder ({base}); fix the path or remove `file:`"
        )
    )]
    EvidenceMissing {
        file: String,
        base: String,
        #[label("not found")]
        span: SourceSpan,
    },

    #[error("evidence file `{file}` is outside the case's folder")]
    #[diagnostic(
        code(appeal::evidence::escapes),
        help(
            "keep evidence in the case file's folder or below it and give a relative path without `..`"
        )
    )]
    EvidenceEscapes {
        file: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
    },

    #[error("evidence file `{file}` goes through `{name}`, a hidden name")]
    #[diagnostic(
        code(appeal::evidence::hidden),
        help(
            "evidence lives in the case file's folder or below it, never in a hidden file or folder (`.git/`, `.env`); copy the file to a visible folder and name it there"
        )
    )]
    EvidenceHidden {
        file: String,
        name: String,
        #[label("a hidden name")]
        span: SourceSpan,
    },

    #[error("evidence file `{file}` has `..` in its path, which is not allowed")]
    #[diagnostic(code(appeal::evidence::parent_dir), help("{help}"))]
    EvidenceParentDir {
        file: String,
        #[label("`..` is not allowed")]
        span: SourceSpan,
        help: String,
        /// The same path without `..`, when it stays in the case's folder.
        suggestion: Option<String>,
    },

    #[error("evidence file `{file}` cannot be read: {reason}")]
    #[diagnostic(
        code(appeal::evidence::unreadable),
        help("the path must name a readable regular file")
    )]
    EvidenceUnreadable {
        file: String,
        reason: String,
        #[label("cannot read")]
        span: SourceSpan,
    },

    #[error(
        "evidence file `{file}` cannot be checked: the case's folder `{base}` cannot be found ({reason})"
    )]
    #[diagnostic(
        code(appeal::evidence::unchecked),
        help(
            "evidence paths are relative to the case file's folder, or to the current folder for a case read from stdin; run from a folder that exists, or pass the case file by its path"
        )
    )]
    EvidenceUnchecked {
        file: String,
        base: String,
        reason: String,
        #[label("not checked")]
        span: SourceSpan,
    },

    #[error("evidence file `{file}` does not match its sha256")]
    #[diagnostic(
        code(appeal::evidence::digest),
        help(
            "if the file is the right one, the recorded digest is wrong: record the file's own (`sha256sum FILE`); otherwise the evidence was changed after it was logged. The file's digest is not shown, so that a case cannot learn the digest of a file it names"
        )
    )]
    EvidenceDigest {
        file: String,
        #[label("expected this digest")]
        span: SourceSpan,
    },

    #[error("the policy `{name}` named by this case could not be loaded")]
    #[diagnostic(code(appeal::policy::unloadable), help("{help}"))]
    CasePolicyUnloadable {
        name: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
        help: String,
    },

    #[error("refusing the policy `{name}` named by this case")]
    #[diagnostic(code(appeal::policy::refused), help("{help}"))]
    CasePolicyRefused {
        name: String,
        #[label("{reason}")]
        span: SourceSpan,
        reason: String,
        help: String,
    },

    #[error("this case names no policy, and its default `mexc` cannot be used: {reason}")]
    #[diagnostic(code(appeal::policy::default_unusable), help("{help}"))]
    DefaultPolicyUnusable { reason: String, help: String },

    #[error("`{path}` is not a policy file: it has no [policy] table (its content is not shown)")]
    #[diagnostic(
        code(appeal::policy::not_a_policy),
        help(
            "a policy file has a [policy] table (id, title, version, source) and the tables \
             `appeal policy show mexc` lists; name a policy file"
        )
    )]
    NotAPolicy { path: String },

    #[error("refusing `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::policy::refused),
        help(
            "a project's policy/ folder holds its policy files, inside the project; to use \
             another file deliberately, give its path: `--policy FILE`"
        )
    )]
    ProjectPolicyRefused { path: String, reason: String },
}

/// The command line: a policy name or a run that tests nothing.
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum CommandLineProblem {
    #[error("nothing was tested: {why}")]
    #[diagnostic(
        code(appeal::test::nothing),
        help(
            "`appeal test` judges the cases that have an `expect:` block and compares; give it a \
             folder or files with such cases, or a --filter that matches their path or case id"
        )
    )]
    NothingTested { why: String },

    #[error("unknown policy `{name}`")]
    #[diagnostic(code(appeal::policy::unknown), help("{help}"))]
    UnknownPolicy { name: String, help: String },
}

impl Problem {
    /// An I/O failure reading `path`.
    pub fn io(path: &str, error: &std::io::Error) -> Problem {
        Problem::Reading(ReadingProblem::io(path, error))
    }

    /// Whether this problem makes the input invalid.
    pub fn is_error(&self) -> bool {
        self.severity() != Some(miette::Severity::Warning)
    }

    /// Whether the problem relates one field to another (a time before the order, a proof that
    /// names no evidence) rather than being found while reading one field: drawn after the
    /// others, which are often their cause.
    pub fn is_cross_check(&self) -> bool {
        matches!(self, Problem::CrossCheck(_))
    }

    /// The byte offset the problem points at, for ordering.
    pub fn position(&self) -> usize {
        self.labels()
            .and_then(|labels| {
                let labels: Vec<_> = labels.collect();
                labels
                    .iter()
                    .find(|l| l.primary())
                    .or(labels.first())
                    .map(|l| l.offset())
            })
            .unwrap_or(0)
    }

    /// The 1-based line of the first label, if the problem is located in `text`.
    pub fn line_in(&self, text: &str) -> Option<usize> {
        self.labels()?.next()?;
        Some(crate::reading::source::line_at(
            text.as_bytes(),
            self.position(),
        ))
    }
}

/// Constructors used by the decoders, so that each call site stays one line.
impl Problem {
    /// A case file with nothing but blank lines and comments.
    pub fn empty_case(path: &str) -> Problem {
        Problem::Reading(ReadingProblem::EmptyFile {
            path: path.to_string(),
            what: "case",
            help: "a case file starts with `case: <id>`; see `appeal schema case` or the files in \
                   cases/",
        })
    }

    /// A policy file with nothing but blank lines and comments.
    pub fn empty_policy(path: &str) -> Problem {
        Problem::Reading(ReadingProblem::EmptyFile {
            path: path.to_string(),
            what: "policy",
            help: "a policy has the tables [policy], [calendar], [limits], [procedure] and one \
                   [clauses.\"<id>\"] per clause: `appeal policy show mexc` lists them with \
                   every parameter, and `appeal schema policy` gives the format",
        })
    }

    pub fn yaml_tag(tag: &str, span: &Span) -> Problem {
        Problem::Syntax(SyntaxProblem::YamlTag {
            tag: tag.to_string(),
            span: at(span),
        })
    }

    pub fn yaml_merge_key(span: &Span) -> Problem {
        Problem::Syntax(SyntaxProblem::YamlMergeKey { span: at(span) })
    }

    pub fn unknown_key(key: &str, place: &str, span: &Span, allowed: &[&str]) -> Problem {
        let best = closest(key, allowed.iter().copied());
        Problem::unknown_key_meaning(key, place, span, allowed, best)
    }

    /// An unknown key, with the allowed key it most likely stands for (`best`) already found,
    /// or not looked for: past the problems a file's report gives, no suggestion is sought.
    pub fn unknown_key_meaning(
        key: &str,
        place: &str,
        span: &Span,
        allowed: &[&str],
        best: Option<&str>,
    ) -> Problem {
        Problem::Schema(SchemaProblem::UnknownKey {
            key: key.to_string(),
            place: place.to_string(),
            span: at(span),
            help: suggestion_text(best, allowed.iter().copied(), "keys"),
            suggestion: best.map(str::to_string),
        })
    }

    pub fn misplaced_entry(
        place: &str,
        looks_like: &'static str,
        expected: &'static str,
        belongs: &'static str,
        span: &Span,
        help: String,
    ) -> Problem {
        Problem::Schema(SchemaProblem::MisplacedEntry {
            place: place.to_string(),
            looks_like,
            expected,
            span: at(span),
            belongs,
            help,
        })
    }

    /// `example` is the whole line to add, as the file writes it (`key: value` or `key = value`);
    /// `first_key`, where the mapping's first key (or its TOML table header) starts, is where
    /// the line goes.
    pub fn missing_key(
        key: &str,
        place: &str,
        span: &Span,
        example: &str,
        first_key: Option<usize>,
    ) -> Problem {
        Problem::Schema(SchemaProblem::MissingKey {
            key: key.to_string(),
            place: place.to_string(),
            span: at(span),
            help: format!("add it, e.g. `{example}`"),
            insertion: Box::new((Some(example.to_string()), first_key)),
        })
    }

    pub fn wrong_type(
        place: &str,
        expected: &str,
        found: &str,
        span: &Span,
        example: &str,
    ) -> Problem {
        Problem::Schema(SchemaProblem::WrongType {
            place: place.to_string(),
            expected: expected.to_string(),
            found: found.to_string(),
            span: at(span),
            help: format!("for example `{example}`"),
        })
    }

    pub fn unknown_value(value: &str, place: &str, span: &Span, allowed: &[&str]) -> Problem {
        Problem::Schema(SchemaProblem::UnknownValue {
            value: value.to_string(),
            place: place.to_string(),
            span: at(span),
            help: suggest(value, allowed.iter().copied(), "values"),
            suggestion: closest(value, allowed.iter().copied()).map(str::to_string),
        })
    }

    pub fn invalid(
        message: impl Into<String>,
        span: &Span,
        label: &str,
        help: impl Into<String>,
    ) -> Problem {
        Problem::Schema(SchemaProblem::Invalid {
            message: message.into(),
            span: at(span),
            label: label.to_string(),
            help: help.into(),
        })
    }

    /// A written account whose check digits say it was mistyped.
    pub fn bad_account(
        place: &str,
        written: &str,
        error: &crate::vocab::identity::accounts::AccountError,
        span: &Span,
    ) -> Problem {
        use crate::vocab::identity::accounts::AccountError as E;
        let (kind, reason, label, help) = match error {
            E::IbanCheckDigits { iban } => (
                "IBAN",
                format!("its check digits `{}` do not match the rest", iban.get(2..4).unwrap_or("")),
                "check digits do not match (ISO 13616, MOD 97-10)".to_string(),
                format!(
                    "copy the IBAN again from the order page or the bank's receipt: a digit of `{written}` is wrong or two are swapped"
                ),
            ),
            E::IbanLayout { iban } => (
                "IBAN",
                format!("`{iban}` does not have the length and layout of a {} IBAN", iban.get(..2).unwrap_or("")),
                "not this country's IBAN layout".to_string(),
                "copy the IBAN again from the order page or the bank's receipt; if it is not an IBAN, write it without the `IBAN` label".to_string(),
            ),
            E::ClabeCheckDigit { clabe } => (
                "CLABE",
                format!("its 18th digit `{}` is not the check digit of the first 17", clabe.get(17..).unwrap_or("")),
                "check digit does not match".to_string(),
                "copy the CLABE again from the order page or the bank's receipt; if it is not a CLABE, write it without the `CLABE` label".to_string(),
            ),
        };
        Problem::Schema(SchemaProblem::BadAccount {
            message: format!("{place} is not a valid {kind}: {reason}"),
            span: at(span),
            label,
            help,
        })
    }

    pub fn out_of_range(place: &str, found: &str, allowed: &str, span: &Span) -> Problem {
        Problem::Schema(SchemaProblem::OutOfRange {
            place: place.to_string(),
            found: found.to_string(),
            allowed: allowed.to_string(),
            span: at(span),
        })
    }

    pub fn invalid_decimal(place: &str, found: &str, span: &Span, reason: &'static str) -> Problem {
        Problem::Schema(SchemaProblem::InvalidDecimal {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
            reason,
        })
    }

    pub fn not_positive(place: &str, found: &str, span: &Span) -> Problem {
        Problem::Schema(SchemaProblem::NotPositive {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
        })
    }

    pub fn time_without_offset(place: &str, found: &str, span: &Span) -> Problem {
        Problem::Schema(SchemaProblem::TimeWithoutOffset {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
        })
    }

    pub fn invalid_time(place: &str, found: &str, span: &Span, reason: &str) -> Problem {
        Problem::Schema(SchemaProblem::InvalidTime {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
            reason: reason.to_string(),
        })
    }

    pub fn unusable_time(
        place: &str,
        found: &str,
        span: &Span,
        reason: &str,
        help: &str,
    ) -> Problem {
        Problem::Schema(SchemaProblem::UnusableTime {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
            reason: reason.to_string(),
            help: help.to_string(),
        })
    }

    pub fn invalid_duration(place: &str, found: &str, span: &Span, reason: &str) -> Problem {
        Problem::Schema(SchemaProblem::InvalidDuration {
            place: place.to_string(),
            found: found.to_string(),
            span: at(span),
            reason: reason.to_string(),
        })
    }

    pub fn before_order(what: &str, found: &str, created: &str, span: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::BeforeOrder {
            what: what.to_string(),
            found: found.to_string(),
            created: created.to_string(),
            span: at(span),
        })
    }

    pub fn after_as_of(what: &str, found: &str, as_of: &str, span: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::AfterAsOf {
            what: what.to_string(),
            found: found.to_string(),
            as_of: as_of.to_string(),
            span: at(span),
        })
    }

    pub fn duplicate_id(kind: &str, id: &str, span: &Span, first: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::DuplicateId {
            kind: kind.to_string(),
            id: id.to_string(),
            span: at(span),
            first: at(first),
        })
    }

    pub fn unknown_evidence(place: &str, id: &str, span: &Span, known: &[&str]) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::UnknownEvidence {
            place: place.to_string(),
            id: id.to_string(),
            span: at(span),
            help: if known.is_empty() {
                "the case lists no evidence; add an `evidence:` entry with this id".to_string()
            } else {
                suggest(id, known.iter().copied(), "evidence ids")
            },
            suggestion: closest(id, known.iter().copied()).map(str::to_string),
        })
    }

    pub fn unknown_clause(clause: &str, span: &Span, known: &[&str]) -> Problem {
        Problem::Schema(SchemaProblem::UnknownClause {
            clause: clause.to_string(),
            span: at(span),
            help: suggest(clause, known.iter().copied(), "clause ids"),
            suggestion: closest(clause, known.iter().copied()).map(str::to_string),
        })
    }

    pub fn evidence_missing(file: &str, base: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceMissing {
            file: file.to_string(),
            base: base.to_string(),
            span: at(span),
        })
    }

    pub fn evidence_escapes(file: &str, reason: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceEscapes {
            file: file.to_string(),
            reason: reason.to_string(),
            span: at(span),
        })
    }

    /// `suggested` is the same path without `..`, when it stays in the case's folder.
    pub fn evidence_parent_dir(file: &str, suggested: Option<&str>, span: &Span) -> Problem {
        let help = match suggested {
            Some(path) => format!(
                "give the path from the case file's folder down, without `..`: `file: {path}`"
            ),
            None => "evidence lives in the case file's folder or below it; copy the file there \
                     and give its path from that folder down, without `..`"
                .to_string(),
        };
        Problem::Disk(DiskProblem::EvidenceParentDir {
            file: file.to_string(),
            span: at(span),
            help,
            suggestion: suggested.map(str::to_string),
        })
    }

    pub fn evidence_unreadable(file: &str, reason: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceUnreadable {
            file: file.to_string(),
            reason: reason.to_string(),
            span: at(span),
        })
    }

    pub fn evidence_unchecked(file: &str, base: &str, reason: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceUnchecked {
            file: file.to_string(),
            base: base.to_string(),
            reason: reason.to_string(),
            span: at(span),
        })
    }

    pub fn evidence_digest(file: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceDigest {
            file: file.to_string(),
            span: at(span),
        })
    }

    pub fn evidence_hidden(file: &str, name: &str, span: &Span) -> Problem {
        Problem::Disk(DiskProblem::EvidenceHidden {
            file: file.to_string(),
            name: name.to_string(),
            span: at(span),
        })
    }

    pub fn unknown_zone(zone: &str, span: &Span, help: String) -> Problem {
        Problem::Schema(SchemaProblem::UnknownZone {
            zone: zone.to_string(),
            span: at(span),
            help,
        })
    }

    pub fn duplicate_holiday(date: &str, span: &Span, first: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::DuplicateHoliday {
            date: date.to_string(),
            span: at(span),
            first: at(first),
        })
    }

    pub fn amount_mismatch(amount: &str, product: &str, difference: &str, span: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::AmountMismatch {
            amount: amount.to_string(),
            product: product.to_string(),
            difference: difference.to_string(),
            span: at(span),
        })
    }

    pub fn template_placeholders(fields: &[&str], span: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::TemplatePlaceholders {
            fields: fields.join(", "),
            span: at(span),
        })
    }

    pub fn currency_hint(place: &str, found: &str, fiat: &str, span: &Span) -> Problem {
        Problem::CrossCheck(CrossCheckProblem::CurrencyHint {
            place: place.to_string(),
            found: found.to_string(),
            fiat: fiat.to_string(),
            span: at(span),
        })
    }

    /// `reason` is shown under the `policy:` value: why the policy could not be loaded.
    pub fn case_policy_unloadable(name: &str, span: &Span, reason: &str, help: String) -> Problem {
        Problem::Disk(DiskProblem::CasePolicyUnloadable {
            name: name.to_string(),
            span: at(span),
            reason: reason.to_string(),
            help,
        })
    }

    /// A policy name that is neither built in nor a file, with a "did you mean".
    pub fn unknown_policy(name: &str, builtins: &[&str]) -> Problem {
        Problem::CommandLine(CommandLineProblem::UnknownPolicy {
            name: name.to_string(),
            help: format!(
                "{}; a policy file is named by its path, e.g. `./my-policy.toml`",
                suggest(name, builtins.iter().copied(), "built-in policies")
            ),
        })
    }
}

/// Every problem found in one input file (or why it could not be read at all).
#[derive(Debug, Clone)]
pub struct FileProblems {
    /// The file's name as shown to the user.
    pub name: String,
    /// The text, when the file could be read; problems point into it.
    pub source: Option<Box<SourceFile>>,
    pub problems: Vec<Problem>,
}

impl FileProblems {
    pub fn new(source: SourceFile, problems: Vec<Problem>) -> FileProblems {
        FileProblems {
            name: source.name.clone(),
            source: Some(Box::new(source)),
            problems,
        }
    }

    /// A file that could not be read at all.
    pub fn single(name: impl Into<String>, problem: impl Into<Problem>) -> FileProblems {
        FileProblems {
            name: name.into(),
            source: None,
            problems: vec![problem.into()],
        }
    }
}

/// Words people write for a value the case and policy formats name otherwise, as (the word,
/// the format's value). A suggestion is made from them only where the format's value is one of
/// the allowed ones, so `from: support` suggests `cs` and `by: platform` suggests `system`.
const SYNONYMS: &[(&str, &str)] = &[
    ("support", "cs"),
    ("customer_service", "cs"),
    ("customer_support", "cs"),
    ("cs_agent", "cs"),
    ("agent", "cs"),
    ("admin", "cs"),
    ("staff", "cs"),
    ("moderator", "cs"),
    ("platform", "system"),
    ("auto", "system"),
    ("automatic", "system"),
    ("merchant", "seller"),
    ("maker", "seller"),
    ("vendor", "seller"),
    ("customer", "buyer"),
    ("purchaser", "buyer"),
    ("paid", "marked_paid"),
    ("refunded", "refund_completed"),
    ("refund", "refund_completed"),
    ("contacted", "cs_contacted"),
    ("bank", "bank_transfer"),
    ("wallet", "e_wallet"),
    ("ewallet", "e_wallet"),
    ("receipt", "payment_receipt"),
    ("statement", "bank_statement"),
    ("selfie", "selfie_with_id"),
];

/// A word as the formats write their values: lower case, words joined by `_`.
fn folded(word: &str) -> String {
    word.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The longest text, in bytes, taken for a possible misspelling of an allowed word.
const MISSPELLING_MAX: usize = 64;

/// The candidate `found` most likely stands for: the same word written otherwise (`Bank
/// Transfer`, `e-wallet`), a known synonym (`support` for `cs`), a close spelling, or the one
/// candidate that holds it as a word (`receipt` for `payment_receipt`).
pub fn closest<'a>(
    found: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    // The longest word of the formats is under 30 characters: text far longer is no misspelling
    // of one, and comparing a megabyte of it with each candidate would take seconds.
    if found.len() > MISSPELLING_MAX {
        return None;
    }
    let lowered = found.to_lowercase();
    let written = folded(found);
    if let Some(same) = candidates
        .clone()
        .find(|candidate| folded(candidate) == written && *candidate != found)
    {
        return Some(same);
    }
    if let Some(synonym) = SYNONYMS
        .iter()
        .filter(|(word, _)| *word == written)
        .find_map(|(_, meant)| candidates.clone().find(|candidate| candidate == meant))
    {
        return Some(synonym);
    }
    candidates
        .clone()
        .map(|candidate| {
            (
                strsim::jaro_winkler(&lowered, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
        .or_else(|| {
            // A word of a longer name: `receipt` for `payment_receipt`, when only one has it.
            let mut holding = candidates
                .clone()
                .filter(|candidate| candidate.split(['_', '.']).any(|word| word == lowered));
            match (holding.next(), holding.next()) {
                (Some(candidate), None) => Some(candidate),
                _ => None,
            }
        })
}

/// A "did you mean" help for `found` among `candidates`, falling back to the list itself.
pub fn suggest<'a>(
    found: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
    what: &str,
) -> String {
    let best = closest(found, candidates.clone());
    suggestion_text(best, candidates, what)
}

/// The help of a word that is not one of `candidates`: `best` proposed, and the list.
fn suggestion_text<'a>(
    best: Option<&str>,
    candidates: impl Iterator<Item = &'a str>,
    what: &str,
) -> String {
    let list: Vec<String> = candidates.map(|c| format!("`{c}`")).collect();
    let list = list.join(", ");
    match best {
        Some(candidate) if list.len() > 240 => format!("did you mean `{candidate}`?"),
        Some(candidate) => format!("did you mean `{candidate}`? Allowed {what}: {list}"),
        None => format!("allowed {what}: {list}"),
    }
}

/// Renders problems for people.
pub struct Reporter {
    handler: GraphicalReportHandler,
}

impl Reporter {
    /// A reporter drawing in `look`: Unicode frames on a terminal, ASCII elsewhere; colour only
    /// on a terminal without `NO_COLOR`.
    pub fn new(look: Look) -> Reporter {
        let characters = if look.unicode {
            ThemeCharacters::unicode()
        } else {
            ThemeCharacters::ascii()
        };
        let styles = if look.colour {
            ThemeStyles::ansi()
        } else {
            ThemeStyles::none()
        };
        Reporter {
            // Messages wrap at spaces only: a time (`2025-06-01T12:30:00+08:00`), a path or an id
            // stays whole on one line, even when longer than the width.
            handler: GraphicalReportHandler::new_themed(GraphicalTheme { characters, styles })
                .with_width(100)
                .with_links(false)
                .with_context_lines(CONTEXT_LINES)
                .with_word_separator(textwrap::WordSeparator::AsciiSpace)
                .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
                .with_break_words(false),
        }
    }

    /// Renders one problem, with the source it points into when there is one.
    pub fn render(&self, problem: &Problem, source: Option<&SourceFile>) -> String {
        let mut out = String::new();
        match source {
            Some(file) if points_into_a_huge_line(problem, &file.text) => {
                // Quoting a line of megabytes helps nobody: say where, without the snippet.
                let at = problem.line_in(&file.text).unwrap_or(1);
                let _ = writeln!(out, "{}:{at}: (line too long to show)", Shown(&file.name));
                let _ = self
                    .handler
                    .render_report(&mut out, &Escaped::new(problem, None));
            }
            Some(file) => {
                let _ = self
                    .handler
                    .render_report(&mut out, &Escaped::new(problem, Some(file)));
            }
            None => {
                let _ = self
                    .handler
                    .render_report(&mut out, &Escaped::new(problem, None));
            }
        }
        // The errors a list left open causes are counted, not shown: they would bury the one
        // that matters under a report for every line below it.
        if let Problem::Syntax(SyntaxProblem::TomlUnclosed { more, opener, .. }) = problem
            && *more > 0
        {
            let _ = writeln!(
                out,
                "  and {} after it, most likely caused by the {opener} left open",
                plural(*more, "more syntax error")
            );
        }
        out
    }

    /// Renders any other diagnostic (an output file that could not be written…).
    pub fn render_error(&self, error: &dyn Diagnostic) -> String {
        let mut out = String::new();
        let _ = self
            .handler
            .render_report(&mut out, &Escaped::new(error, None));
        out
    }

    /// Renders every problem of one file and a closing summary line.
    pub fn render_file(
        &self,
        problems: &[Problem],
        source: Option<&SourceFile>,
        name: &str,
    ) -> String {
        let mut out = String::new();
        // In file order: problems are found field by field, but read best top to bottom. Checks
        // across fields come after the reading problems, which are often their cause (a
        // misspelt `evidences:` leaves a payment's `proof` pointing at nothing).
        let mut ordered: Vec<&Problem> = problems.iter().collect();
        ordered.sort_by_key(|p| (p.is_cross_check(), p.position()));
        for problem in ordered.iter().take(MAX_SHOWN_PER_FILE) {
            out.push_str(&self.render(problem, source));
            out.push('\n');
        }
        if let Some(hidden) = ordered.len().checked_sub(MAX_SHOWN_PER_FILE)
            && hidden > 0
        {
            let _ = writeln!(
                out,
                "… and {} in `{}` not shown: fix those above and check again\n",
                plural(hidden, "more problem"),
                Shown(name)
            );
        }
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        if errors > 0 {
            let _ = writeln!(
                out,
                "error: `{}` is invalid: {}{}",
                Shown(name),
                plural(errors, "error"),
                if warnings > 0 {
                    format!(", {}", plural(warnings, "warning"))
                } else {
                    String::new()
                }
            );
        } else if warnings > 0 {
            let _ = writeln!(
                out,
                "warning: `{}`: {}",
                Shown(name),
                plural(warnings, "warning")
            );
        }
        out
    }
}

impl std::fmt::Debug for Reporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Reporter")
    }
}

/// A diagnostic as it is drawn: its message, help and labels with control characters escaped,
/// and the source it quotes too, with its spans moved to match ([`crate::text::shown`]). Every
/// diagnostic goes through it, so nothing read from a case reaches the terminal raw: a decoded
/// YAML escape in a reported value, a control byte on a quoted line, a file name.
struct Escaped<'a> {
    inner: &'a dyn Diagnostic,
    message: String,
    help: Option<String>,
    source: Option<ShownSource>,
    offsets: Option<OffsetMap>,
}

impl<'a> Escaped<'a> {
    fn new(inner: &'a dyn Diagnostic, file: Option<&SourceFile>) -> Escaped<'a> {
        let (source, offsets) = match file {
            None => (None, None),
            Some(file) => match escape_source(&file.text) {
                None => (
                    Some(ShownSource::of(file, Arc::clone(&file.text), None)),
                    None,
                ),
                Some((text, offsets)) => (
                    Some(ShownSource::of(
                        file,
                        Arc::from(text),
                        Some(offsets.clone()),
                    )),
                    Some(offsets),
                ),
            },
        };
        Escaped {
            inner,
            message: escape(&brief(&inner.to_string())).into_owned(),
            help: inner
                .help()
                .map(|help| escape(&brief(&help.to_string())).into_owned()),
            source,
            offsets,
        }
    }

    fn moved(&self, span: &SourceSpan) -> SourceSpan {
        match &self.offsets {
            None => *span,
            Some(offsets) => {
                let start = offsets.map(span.offset());
                let end = offsets.map(span.offset() + span.len());
                SourceSpan::from(start..end.max(start))
            }
        }
    }
}

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::fmt::Debug for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Escaped<'_> {}

impl Diagnostic for Escaped<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.code()
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.inner.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn std::fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.url()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let labels: Vec<miette::LabeledSpan> = self
            .inner
            .labels()?
            .map(|label| {
                let text = label.label().map(|text| escape(text).into_owned());
                let span = self.moved(label.inner());
                if label.primary() {
                    miette::LabeledSpan::new_primary_with_span(text, span)
                } else {
                    miette::LabeledSpan::new_with_span(text, span)
                }
            })
            .collect();
        Some(Box::new(labels.into_iter()))
    }
}

/// A file's text as diagnostics quote it: named, and with the column of the `file:line:column`
/// header counted in characters, as an editor counts them. miette counts bytes, which puts
/// the column of a mistake after "Trần Thị B" three too far to the right.
#[derive(Debug)]
struct ShownSource {
    name: String,
    /// The text as drawn: escaped where it holds hidden characters.
    text: Arc<str>,
    /// The file's own text, and where its offsets land in `text`, when that was escaped: columns
    /// are counted in the file as written, as editors and `--format json` count them.
    escaped: Option<(Arc<str>, OffsetMap)>,
}

impl ShownSource {
    fn of(file: &SourceFile, text: Arc<str>, offsets: Option<OffsetMap>) -> ShownSource {
        ShownSource {
            name: escape(&file.name).into_owned(),
            text,
            escaped: offsets.map(|offsets| (Arc::clone(&file.text), offsets)),
        }
    }

    /// The 0-based column, in characters of the file as written, of `offset` in `text`.
    fn column(&self, offset: usize) -> Option<usize> {
        match &self.escaped {
            None => column_in_chars(&self.text, offset),
            Some((original, offsets)) => column_in_chars(original, offsets.unmap(offset)),
        }
    }
}

impl SourceCode for ShownSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        // miette gives a column only for a span read without lines before it (the header's);
        // otherwise the contents start a line, at column 0, and that stays.
        let column = if context_lines_before == 0 {
            self.column(inner.span().offset()).unwrap_or(inner.column())
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

/// The 0-based column of byte `offset` in `text`, in characters from the start of its line
/// (a line ends at `\n` or a lone `\r`, as miette counts lines). `None` when `offset` is not
/// on a character boundary.
fn column_in_chars(text: &str, offset: usize) -> Option<usize> {
    let before = text.get(..offset)?;
    let line_start = before.rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
    Some(before[line_start..].chars().count())
}

/// At most this many problems of one file are drawn; the rest are counted. A file with
/// thousands of bad entries gets a screenful to start from, not thousands of screens (and each
/// drawing quotes the file, so drawing them all would take seconds).
pub const MAX_SHOWN_PER_FILE: usize = 50;

/// Lines longer than this are not quoted in diagnostics.
const MAX_QUOTED_LINE: usize = 2_000;

/// Lines of context miette quotes above and below each labelled line.
const CONTEXT_LINES: usize = 1;

/// Whether drawing `problem` would quote a line over [`MAX_QUOTED_LINE`] bytes: the line of
/// any of its labels, any line a label spans, or a line of context around them.
fn points_into_a_huge_line(problem: &Problem, text: &str) -> bool {
    let Some(labels) = problem.labels() else {
        return false;
    };
    let bytes = text.as_bytes();
    labels.into_iter().any(|label| {
        let start = label.offset().min(bytes.len());
        let end = (label.offset() + label.len()).min(bytes.len()).max(start);
        // From the start of the line `CONTEXT_LINES` above the label's first…
        let mut from = start;
        for _ in 0..=CONTEXT_LINES {
            from = bytes[..from].iter().rposition(|b| *b == b'\n').unwrap_or(0);
            if from == 0 {
                break;
            }
        }
        // …to the end of the line `CONTEXT_LINES` below its last.
        let mut to = end;
        for _ in 0..=CONTEXT_LINES {
            match bytes[to..].iter().position(|b| *b == b'\n') {
                Some(newline) => to += newline + 1,
                None => {
                    to = bytes.len();
                    break;
                }
            }
        }
        bytes[from..to]
            .split(|b| *b == b'\n')
            .any(|line| line.len() > MAX_QUOTED_LINE)
    })
}

/// "1 error", "3 errors".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_close_to_an_allowed_one_gets_a_suggestion() {
        let best = |found: &str, allowed: &[&'static str]| closest(found, allowed.iter().copied());
        // Another spelling of the same words.
        assert_eq!(
            best("Bank Transfer", &["bank_transfer", "card"]),
            Some("bank_transfer")
        );
        assert_eq!(
            best("e-wallet", &["bank_transfer", "e_wallet"]),
            Some("e_wallet")
        );
        // What people call it.
        assert_eq!(best("support", &["buyer", "seller", "cs"]), Some("cs"));
        assert_eq!(
            best("platform", &["buyer", "seller", "cs", "system"]),
            Some("system")
        );
        assert_eq!(best("customer", &["buyer", "seller"]), Some("buyer"));
        // A synonym is only offered when its value is allowed there.
        assert_eq!(best("support", &["buyer", "seller"]), None);
        // A misspelling, and a word of a longer name.
        assert_eq!(best("buyr", &["buyer", "seller"]), Some("buyer"));
        assert_eq!(
            best("receipt", &["payment_receipt", "bank_statement"]),
            Some("payment_receipt")
        );
        assert_eq!(best("zzz", &["buyer", "seller"]), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a: Trần\r\nb: \"Đã ✅\", x: 1\n";
        let x = text.find("x:").unwrap();
        assert_eq!(column_in_chars(text, x), Some(11));
        assert_eq!(column_in_chars(text, 0), Some(0));
        // Inside a multi-byte character: no column rather than a wrong one.
        assert_eq!(column_in_chars(text, text.find('ầ').unwrap() + 1), None);
    }

    #[test]
    fn the_report_header_gives_the_column_in_characters() {
        let text = "chat: { text: \"Đã chuyển tiền rồi ạ ✅\", from: buyr }\n";
        let source = SourceFile::from_bytes("chat.yaml", text.as_bytes()).unwrap();
        let at = text.find("buyr").unwrap();
        let problem = Problem::unknown_value("buyr", "chat.from", &(at..at + 4), &["buyer"]);
        let shown = Reporter::new(Look::PLAIN).render(&problem, Some(&source));
        let column = text[..at].chars().count() + 1;
        assert!(
            shown.contains(&format!("[chat.yaml:1:{column}]")),
            "{shown}"
        );
    }
}
