//! One problem, one message: the problems of an input many cases share (a project's
//! `policy/mexc.toml` with a typo) are reported once, however many cases they stop, and a
//! closing note says how many they stopped.
//!
//! A case stopped by a shared input comes back in one of two shapes: that input's problems
//! followed by the case's own (the line where it names the policy, or that it relies on the
//! default) — any problems before the last with another file's name are a shared input's; or,
//! for a policy that cannot be read at all or is not a policy, one problem of the case that
//! says why, the same reason for every case it stops. The first case a problem stops is
//! reported whole; for the next ones, nothing more is printed (each still counts as invalid in
//! the results on stdout).

use std::collections::BTreeMap;

use super::Output;
use crate::reading::diagnostics::{DiskProblem, FileProblems, Problem};

/// Why the policy of a case cannot be used, when that is its only problem: a reason shared by
/// every case that relies on that policy.
fn unusable_policy(problems: &[FileProblems]) -> Option<String> {
    let [file] = problems else { return None };
    let [problem] = file.problems.as_slice() else {
        return None;
    };
    match problem {
        Problem::Disk(DiskProblem::DefaultPolicyUnusable { reason, .. }) => {
            Some(format!("the default policy cannot be used: {reason}"))
        }
        Problem::Disk(DiskProblem::CasePolicyUnloadable { name, reason, .. }) => {
            Some(format!("the policy `{name}` cannot be used: {reason}"))
        }
        _ => None,
    }
}

/// A shared input that stopped more than one case.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("one problem stopped {cases} cases, and is reported once, above: {what}")]
#[diagnostic(
    code(appeal::shared_input),
    severity(Warning),
    help("fix it, and every case it stopped is judged on the next run")
)]
pub struct StoppedCases {
    /// "the problems of `policy/mexc.toml`", or the reason a policy cannot be used.
    pub what: String,
    pub cases: usize,
}

/// The shared inputs reported so far, and how many cases each stopped.
#[derive(Default)]
pub struct SharedProblems {
    /// Keyed by the input's problems as JSON (the same problems, the same key): its name and
    /// the cases it stopped.
    seen: BTreeMap<String, (String, usize)>,
}

impl SharedProblems {
    /// Reports the problems of one case, each shared input's once.
    pub fn report(&mut self, problems: &[FileProblems], out: &mut Output) -> std::io::Result<()> {
        let Some((case, before)) = problems.split_last() else {
            return Ok(());
        };
        let shared: Vec<&FileProblems> = before.iter().filter(|f| f.name != case.name).collect();
        let (key, what) = if shared.is_empty() {
            match unusable_policy(problems) {
                Some(reason) => (reason.clone(), reason),
                None => return problems.iter().try_for_each(|file| out.report(file)),
            }
        } else {
            let key: String = shared
                .iter()
                .map(|f| crate::reading::diagnostic_json::render_file(f))
                .collect();
            let names: Vec<&str> = shared.iter().map(|f| f.name.as_str()).collect();
            (key, format!("the problems of `{}`", names.join("`, `")))
        };
        if let Some((_, cases)) = self.seen.get_mut(&key) {
            *cases += 1;
            return Ok(());
        }
        self.seen.insert(key, (what, 1));
        problems.iter().try_for_each(|file| out.report(file))
    }

    /// The closing note of each shared input that stopped more than one case.
    pub fn finish(&self, out: &mut Output) -> std::io::Result<()> {
        for (name, cases) in self.seen.values() {
            if *cases > 1 {
                out.report_error(&StoppedCases {
                    what: name.clone(),
                    cases: *cases,
                })?;
            }
        }
        Ok(())
    }
}
