//! Evidence files named by a case: confined to the case's folder by the rule policies are
//! confined by ([`super::confine`]), present, within the size cap, and matching their recorded
//! SHA-256 (which is said not to match, never what the file's digest is).

use std::path::{Component, Path};

use super::confine::{self, Outside};
use crate::model::case::{self, Evidence, LoadedCase};
use crate::reading::decode::Problems;
use crate::reading::diagnostics::Span;
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::reading::source::SourceFile;

/// Reads and validates a case, and checks the evidence files it names on disk, relative to
/// the case file's folder (the current folder for a case read from stdin).
pub fn load(source: SourceFile) -> Result<LoadedCase, FileProblems> {
    let mut loaded = case::load_checking(source, |evidence, source, problems| {
        check(evidence, &source.base_dir(), problems);
    })?;
    // A template judged as it was written: its ruling is no ticket's.
    loaded
        .warnings
        .extend(crate::model::placeholders::check(&loaded));
    Ok(loaded)
}

/// Checks the `file` of every item of `evidence` against the folder `base` the case file lives
/// in. Fails closed: when the folder itself cannot be resolved (a case on stdin run from a
/// folder since deleted), no file can be checked, and each one named is an error.
pub fn check(evidence: &[Evidence], base: &Path, problems: &mut Problems) {
    let root = match base.canonicalize() {
        Ok(root) => root,
        Err(error) => {
            let reason = crate::reading::source::io_reason(&error);
            for file in evidence.iter().filter_map(|item| item.file.as_ref()) {
                problems.push(Problem::evidence_unchecked(
                    &file.value,
                    &base.display().to_string(),
                    &reason,
                    &file.span,
                ));
            }
            return;
        }
    };
    for item in evidence {
        if let Some(problem) = item_problem(item, &root, base) {
            problems.push(problem);
        }
    }
}

/// What is wrong with the file of one evidence item, checked in the order the rules go: the
/// path is relative and has no `..`, the file is inside the case's folder `root` (written
/// `base`), and its SHA-256 is the one recorded, if one is.
fn item_problem(item: &Evidence, root: &Path, base: &Path) -> Option<Problem> {
    let file = item.file.as_ref()?;
    let written = file.value.as_str();
    let relative = Path::new(written);
    if let Some(problem) = path_problem(written, relative, &file.span) {
        return Some(problem);
    }
    let path = root.join(relative);
    // An input of the run, wherever it leads: no report may be written over it.
    crate::reading::source::note_input_path(&path);
    let resolved = match confine::file_inside(&path, root) {
        Ok(resolved) => resolved,
        Err(outside) => return Some(refusal(written, outside, base, &file.span)),
    };
    let expected = item.sha256.as_ref()?;
    match crate::reading::source::file_sha256(&resolved) {
        Ok(actual) if actual.eq_ignore_ascii_case(&expected.value) => None,
        // The digest found is not said: it would tell the case's author the digest of any
        // file it can name.
        Ok(_) => Some(Problem::evidence_digest(written, &expected.span)),
        Err(error) => Some(Problem::evidence_unreadable(
            written,
            &error.reason(),
            &file.span,
        )),
    }
}

/// An evidence path the rules refuse as written, before it is looked up: an absolute one
/// (also in Windows spelling), or one with a `..`.
fn path_problem(written: &str, relative: &Path, span: &Span) -> Option<Problem> {
    if relative.is_absolute() || written.starts_with('\\') || written.contains(":\\") {
        return Some(Problem::evidence_escapes(written, "an absolute path", span));
    }
    if relative
        .components()
        .any(|c| matches!(c, Component::ParentDir))
    {
        // The rule is "no `..`", wherever the path ends up; say what to write instead when
        // the path stays in the folder (`evidence/../evidence/r.png`).
        let suggested = without_parent_dirs(relative);
        return Some(Problem::evidence_parent_dir(
            written,
            suggested.as_deref(),
            span,
        ));
    }
    None
}

/// What a case is told about an evidence path the confinement rule refuses.
fn refusal(written: &str, outside: Outside, base: &Path, span: &Span) -> Problem {
    match outside {
        Outside::Missing(_) | Outside::DanglingLink => {
            Problem::evidence_missing(written, &base.display().to_string(), span)
        }
        Outside::Leaves => Problem::evidence_escapes(
            written,
            "a symbolic link that leads outside the case's folder",
            span,
        ),
        Outside::Hidden(name) => Problem::evidence_hidden(written, &name, span),
        Outside::NotAFile { .. } => {
            Problem::evidence_unreadable(written, "not a regular file", span)
        }
    }
}

/// `path` with each `..` taking back the name before it, written with `/`; `None` when a `..`
/// would leave the folder the path starts from, or nothing is left.
fn without_parent_dirs(path: &Path) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(name) => names.push(name.to_str()?),
            Component::ParentDir => {
                names.pop()?;
            }
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!names.is_empty()).then(|| names.join("/"))
}
