//! Diagnostics for programs (`--format json` of `check`, `judge` and `test`): each one a JSON
//! object on a line of its own (JSON Lines) on stderr, built from the [`Diagnostic`] trait so
//! every problem of the project serializes the same way. The shape is pinned by
//! `appeal schema diagnostic` (`schema/diagnostic.json`).

use miette::{Diagnostic, Severity};
use schemars::JsonSchema;
use serde::Serialize;

use crate::reading::diagnostics::{FileProblems, Problem};
use crate::reading::fix::Fix;
use crate::reading::source::SourceFile;
use crate::text::shown::brief;

/// One diagnostic, for programs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(
    title = "appeal diagnostic (--format json, one per line on stderr)",
    description = "A problem found in an input: what is wrong, where and how to fix it."
)]
pub struct DiagnosticJson {
    /// A stable code, e.g. `appeal::unknown_key`, `appeal::time::no_offset`.
    pub code: Option<String>,
    /// `error`: the file is invalid (exit 2); `warning`: it is still judged; `advice`: a hint.
    pub severity: SeverityJson,
    /// What is wrong.
    pub message: String,
    /// The file, as named on the command line (`<stdin>` for `-`); null for a problem of the
    /// command line itself.
    pub file: Option<String>,
    /// 1-based line of the primary label; null when the problem has no place in the file.
    pub line: Option<usize>,
    /// 1-based column of the primary label, in characters; null with `line`.
    pub column: Option<usize>,
    /// How to fix it.
    pub help: Option<String>,
    /// Every place the diagnostic points at, the primary one first.
    pub labels: Vec<LabelJson>,
    /// Further diagnostics attached to this one, in the same shape.
    pub related: Vec<DiagnosticJson>,
    /// The fix the help proposes, when it replaces text: a misspelt key or value, a path.
    pub suggestion: Option<SuggestionJson>,
    /// For `appeal::missing_key`: the key, the line to add and where to insert it.
    pub missing_key: Option<MissingKeyJson>,
}

/// A proposed fix: `replacement` in place of the text of the span (`replaces`). On the command
/// line (a usage error) there is no span: the argument `replaces` is to be written
/// `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SuggestionJson {
    /// The text to write instead.
    pub replacement: String,
    /// The text it replaces, as the input has it.
    pub replaces: String,
    /// Where that text is in the file; null for a usage error.
    pub span: Option<SpanJson>,
}

/// A key to add to a mapping: insert `insert` at `at` (a byte offset, with its line and column).
/// In YAML the point is the mapping's first key, and `insert` ends with the newline and the
/// indentation that put that key back in its place; after a TOML table header it is the start
/// of the next line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MissingKeyJson {
    /// The key that is missing.
    pub key: String,
    /// The text to insert, when the diagnostic has an example of the line; null when the value
    /// is for the user to decide (a policy parameter).
    pub insert: Option<String>,
    /// Where to insert it (`length` 0); null when the mapping has no key to insert before (the
    /// key is written with no value: give it one where it is).
    pub at: Option<SpanJson>,
}

/// A place in a file: 1-based line and column (in characters), byte offset and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SpanJson {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
    pub length: usize,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SeverityJson {
    Error,
    Warning,
    Advice,
}

/// A place in the file a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LabelJson {
    /// The label's text, as the drawn report shows it under the span.
    pub label: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte offset of the span in the file.
    pub offset: usize,
    /// Length of the span in bytes.
    pub length: usize,
}

/// Where to insert the line `line` for a key missing from the mapping whose first key (or TOML
/// table header) is at `offset`, and the text to insert there. Before a YAML key, the text ends
/// with a newline and the key's indentation (so that `- a: 1` becomes `- b: 2\n  a: 1`); in a
/// flow mapping it ends with a comma; after a TOML header (`[policy]`, `[clauses."buyer.1a"]`)
/// it is a line of its own on the next line.
fn insertion(text: &str, offset: usize, line: Option<&str>) -> (usize, Option<String>) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let end = text[offset..]
        .find('\n')
        .map(|i| offset + i + 1)
        .unwrap_or(text.len());
    if text[start..end].trim_start().starts_with('[') {
        let newline = if end == text.len() && !text.ends_with('\n') {
            "\n"
        } else {
            ""
        };
        return (end, line.map(|l| format!("{newline}{l}\n")));
    }
    let before = &text[start..offset];
    // In a flow mapping (`{ id: c1, at: … }`) the key goes in with a comma.
    if before.trim_end().ends_with(['{', ',']) {
        return (offset, line.map(|l| format!("{l}, ")));
    }
    let indent = before.chars().count();
    (offset, line.map(|l| format!("{l}\n{}", " ".repeat(indent))))
}

/// Where each line of a text starts, built once per file: a diagnostic's line is then a binary
/// search, not a scan of the file before it (a 7 MB case with thousands of problems used to be
/// rescanned for every one of them). Columns are counted from the line's start, or from the
/// last position asked for when it is further on the same line (problems come in file order),
/// so a long line is not recounted for each problem on it either.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 1, 1)),
        }
    }

    /// Line and column (both 1-based, the column in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && last_offset >= start && last_offset <= offset {
            last_column + self.text[last_offset..offset].chars().count()
        } else {
            self.text[start..offset].chars().count() + 1
        };
        self.last.set((offset, line, column));
        (line, column)
    }
}

/// Line and column (both 1-based, the column in characters) of a byte offset.
#[cfg(test)]
fn position(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).position(offset)
}

impl DiagnosticJson {
    /// Any diagnostic, located in `source` when it has one.
    pub fn of(
        diagnostic: &dyn Diagnostic,
        file: Option<&str>,
        source: Option<&SourceFile>,
    ) -> DiagnosticJson {
        let index = source.map(|source| LineIndex::new(&source.text));
        DiagnosticJson::indexed(diagnostic, file, index.as_ref())
    }

    /// [`DiagnosticJson::of`], with the lines of the source already indexed.
    pub fn indexed(
        diagnostic: &dyn Diagnostic,
        file: Option<&str>,
        index: Option<&LineIndex>,
    ) -> DiagnosticJson {
        let mut labels: Vec<(bool, LabelJson)> = match (diagnostic.labels(), index) {
            (Some(labels), Some(index)) => labels
                .map(|label| {
                    let (line, column) = index.position(label.offset());
                    (
                        label.primary(),
                        LabelJson {
                            label: label.label().map(str::to_string),
                            line,
                            column,
                            offset: label.offset(),
                            length: label.len(),
                        },
                    )
                })
                .collect(),
            _ => Vec::new(),
        };
        // The primary label first, then the others in the order given.
        labels.sort_by_key(|(primary, _)| !primary);
        let labels: Vec<LabelJson> = labels.into_iter().map(|(_, label)| label).collect();
        let severity = match diagnostic.severity().unwrap_or(Severity::Error) {
            Severity::Error => SeverityJson::Error,
            Severity::Warning => SeverityJson::Warning,
            Severity::Advice => SeverityJson::Advice,
        };
        DiagnosticJson {
            code: diagnostic.code().map(|c| c.to_string()),
            severity,
            message: brief(&diagnostic.to_string()).into_owned(),
            file: file.map(str::to_string),
            line: labels.first().map(|l| l.line),
            column: labels.first().map(|l| l.column),
            help: diagnostic
                .help()
                .map(|h| brief(&h.to_string()).into_owned()),
            related: diagnostic
                .related()
                .into_iter()
                .flatten()
                .map(|related| DiagnosticJson::indexed(related, file, index))
                .collect(),
            labels,
            suggestion: None,
            missing_key: None,
        }
    }

    /// The same diagnostic with the fix `problem` proposes, located in `source`.
    pub fn with_fix(self, problem: &Problem, source: Option<&SourceFile>) -> DiagnosticJson {
        let index = source.map(|source| LineIndex::new(&source.text));
        self.with_indexed_fix(problem, index.as_ref())
    }

    /// [`DiagnosticJson::with_fix`], with the lines of the source already indexed.
    pub fn with_indexed_fix(
        mut self,
        problem: &Problem,
        index: Option<&LineIndex>,
    ) -> DiagnosticJson {
        let (Some(fix), Some(index)) = (problem.fix(), index) else {
            return self;
        };
        let text: &str = index.text;
        let span_of = |offset: usize, length: usize| {
            let (line, column) = index.position(offset);
            SpanJson {
                line,
                column,
                offset,
                length,
            }
        };
        match fix {
            Fix::Replace { span, with } => {
                let replaces = text
                    .get(span.offset()..span.offset() + span.len())
                    .unwrap_or_default();
                self.suggestion = Some(SuggestionJson {
                    replacement: with.to_string(),
                    replaces: replaces.to_string(),
                    span: Some(span_of(span.offset(), span.len())),
                });
            }
            Fix::Insert { key, line, at } => {
                let (at, insert) = match at {
                    Some(offset) => {
                        let (at, insert) = insertion(text, offset, line);
                        (Some(span_of(at, 0)), insert)
                    }
                    None => (None, line.map(str::to_string)),
                };
                self.missing_key = Some(MissingKeyJson {
                    key: key.to_string(),
                    insert,
                    at,
                });
            }
        }
        self
    }

    /// The object on one line, newline-terminated.
    pub fn line(&self) -> String {
        crate::text::json::line(self)
    }
}

/// At most this many problems of one file are given as JSON lines; one more line counts the
/// rest (`appeal::more_problems`). A program has no screen to fill, but 100 000 unknown keys
/// need not be 100 000 lines: the first thousand say what to fix.
pub const MAX_GIVEN_PER_FILE: usize = 1_000;

/// Every problem of one file, one JSON object per line, in the order the drawn report uses
/// (reading problems top to bottom, then the checks across fields): the first
/// [`MAX_GIVEN_PER_FILE`], then a line that says how many more were left out. The file's lines
/// are indexed once for all of them.
pub fn render_file(file: &FileProblems) -> String {
    let mut ordered: Vec<&crate::reading::diagnostics::Problem> = file.problems.iter().collect();
    ordered.sort_by_key(|p| (p.is_cross_check(), p.position()));
    let index = file
        .source
        .as_deref()
        .map(|source| LineIndex::new(&source.text));
    let mut out: String = ordered
        .iter()
        .take(MAX_GIVEN_PER_FILE)
        .map(|problem| {
            DiagnosticJson::indexed(*problem, Some(&file.name), index.as_ref())
                .with_indexed_fix(problem, index.as_ref())
                .line()
        })
        .collect();
    if let Some(more) = ordered.len().checked_sub(MAX_GIVEN_PER_FILE)
        && more > 0
    {
        out.push_str(&more_problems(&file.name, more).line());
    }
    out
}

/// The closing line of a file with more problems than are given.
fn more_problems(file: &str, more: usize) -> DiagnosticJson {
    DiagnosticJson {
        code: Some("appeal::more_problems".to_string()),
        severity: SeverityJson::Advice,
        message: format!(
            "… and {more} more problem{} in `{}` not given: fix those above and check again",
            if more == 1 { "" } else { "s" },
            crate::text::shown::Shown(file)
        ),
        file: Some(file.to_string()),
        line: None,
        column: None,
        help: Some(format!(
            "at most {MAX_GIVEN_PER_FILE} problems of one file are given as JSON lines"
        )),
        labels: Vec::new(),
        related: Vec::new(),
        suggestion: None,
        missing_key: None,
    }
}

/// A diagnostic that belongs to no file (a report that cannot be written, say).
pub fn render_error(error: &dyn Diagnostic) -> String {
    DiagnosticJson::of(error, None, None).line()
}

/// The JSON Schema of a diagnostic.
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(DiagnosticJson)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "a: Trần\nb: x\n";
        assert_eq!(position(text, 0), (1, 1));
        assert_eq!(position(text, text.find('b').unwrap()), (2, 1));
        assert_eq!(position(text, text.find('x').unwrap()), (2, 4));
        // After a multi-byte letter, the column counts it once.
        assert_eq!(position(text, text.find('n').unwrap()), (1, 7));
    }

    #[test]
    fn a_located_problem_gives_every_key() {
        let text = "payments:\n  - payer_nme: X\n";
        let source = SourceFile::from_bytes("c.yaml", text.as_bytes()).unwrap();
        let at = text.find("payer_nme").unwrap();
        let problem =
            Problem::unknown_key("payer_nme", "payments[0]", &(at..at + 9), &["payer_name"]);
        let json = DiagnosticJson::of(&problem, Some("c.yaml"), Some(&source));
        assert_eq!(json.code.as_deref(), Some("appeal::unknown_key"));
        assert_eq!(json.severity, SeverityJson::Error);
        assert_eq!((json.line, json.column), (Some(2), Some(5)));
        assert_eq!(json.labels[0].offset, at);
        assert_eq!(json.labels[0].length, 9);
        assert!(json.help.unwrap().contains("did you mean `payer_name`?"));
        let line: serde_json::Value = serde_json::from_str(&json_line(&problem, &source)).unwrap();
        for key in [
            "code",
            "severity",
            "message",
            "file",
            "line",
            "column",
            "help",
            "labels",
            "related",
            "suggestion",
            "missing_key",
        ] {
            assert!(line.get(key).is_some(), "{key}");
        }
    }

    /// 40 000 unknown keys, one a line: each diagnostic's line is found in the index, not by
    /// counting the newlines before it (which took minutes), and only the first
    /// [`MAX_GIVEN_PER_FILE`] are given, then a line that counts the rest.
    #[test]
    fn many_problems_cost_one_pass_and_are_capped_with_a_count() {
        let lines = 40_000;
        let text: String = (0..lines).map(|i| format!("unknown_{i}: 1\n")).collect();
        let source = SourceFile::from_bytes("c.yaml", text.as_bytes()).unwrap();
        let mut at = 0;
        let problems: Vec<Problem> = (0..lines)
            .map(|i| {
                let key = format!("unknown_{i}");
                let span = at..at + key.len();
                at += key.len() + 4;
                Problem::unknown_key_meaning(&key, "the case file", &span, &["case"], None)
            })
            .collect();
        let file = FileProblems::new(source, problems);
        let started = std::time::Instant::now();
        let rendered = render_file(&file);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        let given: Vec<serde_json::Value> = rendered
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(given.len(), MAX_GIVEN_PER_FILE + 1);
        assert_eq!(given[999]["line"], 1000);
        let last = &given[MAX_GIVEN_PER_FILE];
        assert_eq!(last["code"], "appeal::more_problems");
        assert!(
            last["message"]
                .as_str()
                .unwrap()
                .contains("39000 more problems"),
            "{last}"
        );
    }

    #[test]
    fn columns_count_from_the_last_position_on_the_same_line_and_from_its_start_otherwise() {
        let text = "ab é cd\nxy\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text.find('c').unwrap()), (1, 6));
        assert_eq!(index.position(text.find('d').unwrap()), (1, 7));
        assert_eq!(index.position(1), (1, 2));
        assert_eq!(index.position(text.find('y').unwrap()), (2, 2));
        assert_eq!(index.position(text.len()), (3, 1));
    }

    fn json_line(problem: &Problem, source: &SourceFile) -> String {
        DiagnosticJson::of(problem, Some("c.yaml"), Some(source)).line()
    }
}
