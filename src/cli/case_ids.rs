//! Two files of one run with the same case id: a warning (`appeal::warning::same_case_id`), since
//! a ticket is one case, and rulings, worklists and JUnit reports name cases by their id.

use std::collections::HashMap;

/// A case id seen a second time.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("`{file}` has the case id `{case}`, as `{first}` does")]
#[diagnostic(
    code(appeal::warning::same_case_id),
    severity(Warning),
    help("give each ticket its own `case:` id, or remove the copy")
)]
pub struct SameCaseId {
    pub case: String,
    pub file: String,
    pub first: String,
}

/// The case ids seen so far in a run, with the first file of each.
#[derive(Default)]
pub struct CaseIds {
    first: HashMap<String, String>,
}

impl CaseIds {
    /// Notes that `file` has the id `case`; a warning when another file had it first.
    pub fn see(&mut self, case: &str, file: &str) -> Option<SameCaseId> {
        match self.first.get(case) {
            Some(first) if first != file => Some(SameCaseId {
                case: crate::text::shown::escape(case).into_owned(),
                file: file.to_string(),
                first: first.clone(),
            }),
            Some(_) => None,
            None => {
                self.first.insert(case.to_string(), file.to_string());
                None
            }
        }
    }
}
