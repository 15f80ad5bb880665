//! A hearing: a case file is read, its policy found, and the case judged at a moment.
//!
//! Policy resolution: `--policy` if given; else the case's `policy:`, else the id `mexc`, found
//! in the case's project as [`crate::hearing::project`] describes. Each policy is read once per run and
//! shared.

pub mod confine;
pub mod evidence_files;
pub mod project;
pub mod remembered;
pub mod wording;

use std::sync::Arc;

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
use remembered::Remembered;

/// The version stamped on every ruling.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Policies read so far in this run, and the projects cases were found in.
#[derive(Default)]
pub struct PolicyShelf {
    loaded: Remembered<PolicyRef, Result<Arc<Policy>, FileProblems>>,
    /// The editions of each policy id read so far, checked.
    editions: Remembered<PolicyRef, EditionsRead>,
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
        self.loaded.get(reference, || load().map(Arc::new))
    }

    /// The editions `reference` names, read once per run and checked.
    pub fn editions(&self, reference: &PolicyRef) -> EditionsRead {
        self.editions
            .get(reference, || project::editions(reference).map(Arc::new))
    }

    /// The policy `loaded` is judged under when `reference` is its policy: the edition in force
    /// for it when `reference` names the editions of an id, else the policy as given.
    pub fn for_case(
        &self,
        reference: &PolicyRef,
        loaded: &LoadedCase,
    ) -> Result<Arc<Policy>, Vec<FileProblems>> {
        if !matches!(reference, PolicyRef::Editions { .. }) {
            return self.get(reference).map_err(|p| vec![p]);
        }
        let editions = self.editions(reference)?;
        editions
            .in_force(&loaded.case)
            .cloned()
            .map_err(|problem| vec![FileProblems::new(loaded.source.clone(), vec![problem])])
    }

    /// A policy named on the command line (`--policy NAME|FILE`): resolved from the current
    /// folder (see [`project`]) and read.
    pub fn command_line(&self, written: &str) -> Result<(PolicyRef, Arc<Policy>), FileProblems> {
        let resolved = project::resolve_command_line(written, &self.projects)?;
        let policy = self.get(&resolved.reference)?;
        Ok((resolved.reference, policy))
    }
}

/// The editions of a policy id, read and checked, or what is wrong with their files.
pub type EditionsRead = Result<Arc<crate::model::editions::Editions>, Vec<FileProblems>>;

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
        return shelf.for_case(reference, loaded);
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
    own_policy_by(loaded, shelf, true)
}

/// The id of the case's own policy (its `policy:`, else mexc), whatever the day of its order:
/// for telling the cases of one policy from the others (`test --policy`, `policy diff`).
pub fn own_policy_id(
    loaded: &LoadedCase,
    shelf: &PolicyShelf,
) -> Result<String, Vec<FileProblems>> {
    own_policy_by(loaded, shelf, false).map(|policy| policy.id.clone())
}

/// The case's own policy; for the editions of an id, the one in force for the case when
/// `in_force`, else the latest.
fn own_policy_by(
    loaded: &LoadedCase,
    shelf: &PolicyShelf,
    in_force: bool,
) -> Result<Arc<Policy>, Vec<FileProblems>> {
    let named = loaded.case.policy.as_ref();
    let base = loaded.source.base_dir();
    let resolved = project::resolve_case(named.map(|n| n.value.as_str()), &base, &shelf.projects)
        .map_err(|refusal| {
        let help = refusal_help(&refusal, &shelf.projects);
        vec![case_policy_problem(
            loaded,
            refusal.reason,
            help,
            refusal.confinement,
        )]
    })?;
    own_edition(&resolved.reference, loaded, shelf, in_force)
        .map_err(|unusable| unusable_problems(unusable, loaded, &base))
}

/// A problem with the case's policy, at its `policy:` (`refused` when the case may not read
/// what it names), or, when it names none, with the default policy.
fn case_policy_problem(
    loaded: &LoadedCase,
    reason: String,
    help: String,
    refused: bool,
) -> FileProblems {
    match loaded.case.policy.as_ref() {
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
    }
}

/// How to name a policy the case can use, after a `policy:` that could not be resolved.
fn refusal_help(refusal: &project::Refusal, projects: &Projects) -> String {
    let project = match &refusal.project {
        Some(root) => format!("this case's project is `{}`", projects.shown(root)),
        None => "this case's project is the nearest folder above it that holds policy/".to_string(),
    };
    match (&refusal.suggestion, refusal.confinement) {
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
    }
}

/// The policy `reference` names. A policy found by its id is the edition of that id in force
/// for the case when `in_force`, else the latest (each of its files must carry the id: one that
/// says otherwise would be compared and left out under the wrong name); a file the case names
/// is applied as it is.
fn own_edition(
    reference: &PolicyRef,
    loaded: &LoadedCase,
    shelf: &PolicyShelf,
    in_force: bool,
) -> Result<Arc<Policy>, Unusable> {
    match reference {
        PolicyRef::Editions { .. } => match shelf.editions(reference) {
            Ok(editions) if !in_force => Ok(editions.latest().clone()),
            Ok(editions) => editions.in_force(&loaded.case).cloned().map_err(|problem| {
                Unusable::Located(vec![FileProblems::new(
                    loaded.source.clone(),
                    vec![problem],
                )])
            }),
            Err(problems) => Err(Unusable::of(problems)),
        },
        single => shelf.get(single).map_err(|p| Unusable::of(vec![p])),
    }
}

/// The problems to report for a case whose policy cannot be used.
fn unusable_problems(
    unusable: Unusable,
    loaded: &LoadedCase,
    base: &std::path::Path,
) -> Vec<FileProblems> {
    match unusable {
        // The file could not be read at all, or is not a policy: one report, at the case's
        // `policy:`, that says why.
        Unusable::Unreadable(reason) => vec![case_policy_problem(
            loaded,
            reason,
            format!(
                "name a policy id (mexc, bitget, or the project's policy/ID.toml) or a \
                 policy file by its path from the case file's folder `{}`; to judge under \
                 another file deliberately, give it on the command line: `--policy FILE`",
                base.display()
            ),
            false,
        )],
        // The policy's own problems point into the policy, and the case's at its `policy:`;
        // a case from before every edition is told so at its own date.
        Unusable::Located(mut problems) => {
            if problems.iter().any(|p| p.name != loaded.source.name) {
                problems.push(case_policy_problem(
                    loaded,
                    "this policy has errors".to_string(),
                    "the policy file has errors of its own, shown above".to_string(),
                    false,
                ));
            }
            problems
        }
    }
}

/// Why a case's own policy cannot be used.
enum Unusable {
    /// A file that could not be read at all, or is not a policy: the reason.
    Unreadable(String),
    /// Problems located in the policy's files (or in the case).
    Located(Vec<FileProblems>),
}

impl Unusable {
    fn of(problems: Vec<FileProblems>) -> Unusable {
        match problems.as_slice() {
            [only] if only.source.is_none() => Unusable::Unreadable(
                only.problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            ),
            _ => Unusable::Located(problems),
        }
    }
}

/// `--as-of` may replay a case earlier than its own `as_of`, but not before the appeal.
fn check_replay_moment(loaded: &LoadedCase, moment: Time) -> Result<(), Problem> {
    let appeal = &loaded.case.appeal.at;
    if moment < appeal.value {
        return Err(Problem::invalid(
            format!(
                "--as-of {} is before the appeal was filed ({})",
                crate::vocab::time::rfc3339(&moment),
                crate::vocab::time::rfc3339(&appeal.value)
            ),
            &appeal.span,
            "appeal filed here",
            "a ruling needs an appeal: pass a moment at or after appeal.at",
        ));
    }
    Ok(())
}
