//! The fix a diagnostic proposes, as data: the text that replaces a span (a misspelt key, a
//! value close to an allowed one), or the line to insert for a missing key and where. The drawn
//! report says the same in its `help:`; `--format json` carries it so that a program can apply
//! it without reading the help's backticks.

use miette::SourceSpan;

use crate::reading::diagnostics::{CrossCheckProblem, DiskProblem, Problem, SchemaProblem};

/// A fix a problem proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix<'a> {
    /// Replace the text of `span` with `with`.
    Replace { span: SourceSpan, with: &'a str },
    /// Add `key`: the line `line`, when there is an example of it, at the byte offset `at` of the
    /// mapping's first key (or its TOML table's header), when the mapping has one.
    Insert {
        key: &'a str,
        line: Option<&'a str>,
        at: Option<usize>,
    },
}

impl Problem {
    /// The fix this problem proposes, if it proposes one.
    pub fn fix(&self) -> Option<Fix<'_>> {
        match self {
            Problem::Schema(
                SchemaProblem::UnknownKey {
                    span, suggestion, ..
                }
                | SchemaProblem::UnknownValue {
                    span, suggestion, ..
                }
                | SchemaProblem::UnknownClause {
                    span, suggestion, ..
                },
            )
            | Problem::CrossCheck(CrossCheckProblem::UnknownEvidence {
                span, suggestion, ..
            })
            | Problem::Disk(DiskProblem::EvidenceParentDir {
                span, suggestion, ..
            }) => suggestion
                .as_deref()
                .map(|with| Fix::Replace { span: *span, with }),
            Problem::Schema(SchemaProblem::MissingKey { key, insertion, .. }) => {
                Some(Fix::Insert {
                    key,
                    line: insertion.0.as_deref(),
                    at: insertion.1,
                })
            }
            _ => None,
        }
    }
}
