//! A hearing: a case file is read, its policy found, and the case judged at a moment.
//!
//! Policy resolution: `--policy` if given; else the case's `policy:`, else the id `mexc`, found
//! in the case's project as [`crate::hearing::project`] describes. Each policy is read once per run and
//! shared.

pub mod evidence_files;
pub mod project;
pub mod wording;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::model::case::LoadedCase;

use crate::engine::{self, Provenance};
use crate::model::policy::{Policy, PolicyRef};
use crate::model::ruling::Ruling;
use crate::reading::diagnostics::{DiskProblem, FileProblems, Problem};
use crate::reading::source::SourceFile;
use crate::vocab::calendar::Clock;
use crate::vocab::time::Time;
use miette::SourceSpan;
use project::Projects;

/// The version stamped on every ruling.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Policies read so far in this run, and the projects cases were found in.
#[derive(Default)]
pub struct PolicyShelf {
    loaded: Mutex<HashMap<PolicyRef, Result<Arc<Policy>, FileProblems>>>,
    /// The project of each case folder seen.
    pub projects: Projects,
}

impl PolicyShelf {
    /// A policy, read once per run; a file that is not a policy is refused without quoting it
    /// (see [`project::load`]).
    pub fn get(&self, reference: &PolicyRef) -> Result<Arc<Policy>, FileProblems> {
        self.get_with(reference, || project::load(reference))
    }

    fn get_with(
        &self,
        reference: &PolicyRef,
        load: impl FnOnce() -> Result<Policy, FileProblems>,
    ) -> Result<Arc<Policy>, FileProblems> {
        if let Ok(loaded) = self.loaded.lock()
            && let Some(found) = loaded.get(reference)
        {
            return found.clone();
        }
        let result = load().map(Arc::new);
        if let Ok(mut loaded) = self.loaded.lock() {
            loaded.insert(reference.clone(), result.clone());
        }
        result
    }

    /// A policy named on the command line (`--policy NAME|FILE`): resolved from the current
    /// folder (see [`project`]) and read.
    pub fn command_line(&self, written: &str) -> Result<(PolicyRef, Arc<Policy>), FileProblems> {
        let resolved = project::resolve_command_line(written, &self.projects)?;
        let policy = self.get(&resolved.reference)?;
        Ok((resolved.reference, policy))
    }
}

/// A case judged.
pub struct Judged {
    pub loaded: LoadedCase,
    pub policy: Arc<Policy>,
    pub ruling: Ruling,
}

/// How to judge: the policy override and the moment.
#[derive(Debug, Clone, Default)]
pub struct Bench {
    pub policy: Option<PolicyRef>,
    pub as_of: Option<Time>,
    /// Whose clock the rulings' times are written on (`--clock`).
    pub clock: Clock,
}

/// Reads, validates and judges one case file. Every problem found is returned, the policy's
/// own problems first.
pub fn hear(
    source: SourceFile,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<Judged, Vec<FileProblems>> {
    let loaded = evidence_files::load(source).map_err(|p| vec![p])?;
    let (policy, ruling) = judge_loaded(&loaded, bench, shelf)?;
    Ok(Judged {
        loaded,
        policy,
        ruling,
    })
}

/// Judges a case already read: finds its policy and applies it at the bench's moment.
pub fn judge_loaded(
    loaded: &LoadedCase,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<(Arc<Policy>, Ruling), Vec<FileProblems>> {
    let policy = policy_for(loaded, bench, shelf)?;
    let as_of = match bench.as_of {
        Some(moment) => {
            check_replay_moment(loaded, moment)
                .map_err(|p| vec![FileProblems::new(loaded.source.clone(), vec![p])])?;
            moment
        }
        None => loaded.case.as_of.value,
    };
    let ruling = judge_under(loaded, &policy, as_of, bench.clock);
    Ok((policy, ruling))
}

/// Judges a case already read under `policy` at `as_of` (already checked), its times written
/// on `clock`.
pub fn judge_under(loaded: &LoadedCase, policy: &Policy, as_of: Time, clock: Clock) -> Ruling {
    let provenance = Provenance {
        tool_version: TOOL_VERSION.to_string(),
        case_sha256: loaded.source.sha256().to_string(),
    };
    let mut ruling = engine::judge(&loaded.case, policy, as_of, clock, &provenance);
    for reason in &mut ruling.rationale {
        reason.lines = reason.refs.iter().map(|r| r.line_in(loaded)).collect();
    }
    ruling
}

/// The policy a case is judged under: `--policy` when given, else the case's own (see
/// [`own_policy`]).
pub fn policy_for(
    loaded: &LoadedCase,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<Arc<Policy>, Vec<FileProblems>> {
    if let Some(reference) = &bench.policy {
        return shelf.get(reference).map_err(|p| vec![p]);
    }
    own_policy(loaded, shelf)
}

/// The case's own policy: its `policy:` (else the id `mexc`) resolved in its project, as
/// [`project`] describes. A refusal or a policy that cannot be read is reported at the case's
/// `policy:`; a policy with errors of its own is reported in the policy, and once more at the
/// case.
pub fn own_policy(
    loaded: &LoadedCase,
    shelf: &PolicyShelf,
) -> Result<Arc<Policy>, Vec<FileProblems>> {
    let named = loaded.case.policy.as_ref();
    let base = loaded.source.base_dir();
    let case_problem = |reason: String, help: String, refused: bool| match named {
        Some(named) => {
            let problem = if refused {
                Problem::Disk(DiskProblem::CasePolicyRefused {
                    name: named.value.clone(),
                    span: SourceSpan::from(named.span.start..named.span.end.max(named.span.start)),
                    reason,
                    help,
                })
            } else {
                Problem::case_policy_unloadable(&named.value, &named.span, &reason, help)
            };
            FileProblems::new(loaded.source.clone(), vec![problem])
        }
        // No `policy:` to point at: the case's text has nothing to show.
        None => FileProblems::single(
            loaded.source.name.clone(),
            Problem::Disk(DiskProblem::DefaultPolicyUnusable { reason, help }),
        ),
    };
    let resolved = project::resolve_case(named.map(|n| n.value.as_str()), &base, &shelf.projects)
        .map_err(|refusal| {
        let project = match &refusal.project {
            Some(root) => format!("this case's project is `{}`", shelf.projects.shown(root)),
            None => {
                "this case's project is the nearest folder above it that holds policy/".to_string()
            }
        };
        let help = match (&refusal.suggestion, refusal.confinement) {
            (Some(suggestion), _) => format!(
                "{suggestion}{} A case names a policy by its id (the project's \
                     policy/ID.toml, else the built-in one) or by a `.toml` path relative to \
                     the case file ({project})",
                if suggestion.ends_with('?') { "" } else { "." }
            ),
            (None, true) => format!(
                "a case names a policy by its id (mexc, bitget, or the project's \
                     policy/ID.toml) or by a relative `.toml` path inside its project \
                     ({project}); to judge under another file deliberately, give it on the \
                     command line: `--policy FILE`"
            ),
            (None, false) => format!(
                "a case names a policy by its id or by a `.toml` path relative to the case \
                     file ({project}); to judge under another file deliberately, give it on \
                     the command line: `--policy FILE`"
            ),
        };
        vec![case_problem(refusal.reason, help, refusal.confinement)]
    })?;
    let policy = shelf.get(&resolved.reference).map_err(|policy_problems| {
        match (&policy_problems.source, policy_problems.problems.as_slice()) {
            // The file could not be read at all, or is not a policy: one report, at the case's
            // `policy:`, that says why.
            (None, [problem]) => vec![case_problem(
                problem.to_string(),
                format!(
                    "name a policy id (mexc, bitget, or the project's policy/ID.toml) or a \
                     policy file by its path from the case file's folder `{}`; to judge under \
                     another file deliberately, give it on the command line: `--policy FILE`",
                    base.display()
                ),
                false,
            )],
            // The policy's own problems point into the policy; the case's points at `policy:`.
            _ => vec![
                policy_problems,
                case_problem(
                    "this policy has errors".to_string(),
                    "the policy file has errors of its own, shown above".to_string(),
                    false,
                ),
            ],
        }
    })?;
    // A file found as policy/ID.toml is the policy `ID`: one that says otherwise would be
    // compared and left out under the wrong name.
    if let (Some(id), project::Found::InProject { .. }) = (&resolved.id, &resolved.found)
        && policy.id != *id
    {
        return Err(vec![case_problem(
            format!("{} has `id = \"{}\"`", policy.origin, policy.id),
            format!(
                "a file found as policy/{id}.toml must have `id = \"{id}\"` in its [policy] table: \
                 change the id, or rename the file to policy/{}.toml",
                policy.id
            ),
            false,
        )]);
    }
    Ok(policy)
}

/// `--as-of` may replay a case earlier than its own `as_of`, but not before the appeal.
fn check_replay_moment(loaded: &LoadedCase, moment: Time) -> Result<(), Problem> {
    let appeal = &loaded.case.appeal.at;
    if moment < appeal.value {
        return Err(Problem::invalid(
            format!(
                "--as-of {} is before the appeal was filed ({})",
                moment.to_rfc3339(),
                appeal.value.to_rfc3339()
            ),
            &appeal.span,
            "appeal filed here",
            "a ruling needs an appeal: pass a moment at or after appeal.at",
        ));
    }
    Ok(())
}
