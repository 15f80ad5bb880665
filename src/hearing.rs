//! A hearing: a case file is read, its policy found, and the case judged at a moment.
//!
//! Policy resolution (SPEC §2): `--policy` if given; else the case's `policy:` (a built-in name,
//! or a path relative to the case file); else the built-in `mexc`. Each policy is read once per
//! run and shared.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::case::{LoadedCase, Time};
use crate::diagnostics::{FileProblems, Problem};
use crate::engine::{self, Provenance};
use crate::policy::{Policy, PolicyRef};
use crate::ruling::Ruling;
use crate::source::SourceFile;

/// The version stamped on every ruling.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Policies read so far in this run.
#[derive(Default)]
pub struct PolicyShelf {
    loaded: Mutex<HashMap<PolicyRef, Result<Arc<Policy>, FileProblems>>>,
}

impl PolicyShelf {
    pub fn get(&self, reference: &PolicyRef) -> Result<Arc<Policy>, FileProblems> {
        if let Ok(loaded) = self.loaded.lock()
            && let Some(found) = loaded.get(reference)
        {
            return found.clone();
        }
        let result = reference.load().map(Arc::new);
        if let Ok(mut loaded) = self.loaded.lock() {
            loaded.insert(reference.clone(), result.clone());
        }
        result
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
}

/// Reads, validates and judges one case file. Every problem found is returned, the policy's
/// own problems first.
pub fn hear(
    source: SourceFile,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<Judged, Vec<FileProblems>> {
    let loaded = crate::evidence_files::load(source).map_err(|p| vec![p])?;
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
    let provenance = Provenance {
        tool_version: TOOL_VERSION.to_string(),
        case_sha256: loaded.source.sha256.clone(),
    };
    let mut ruling = engine::judge(&loaded.case, &policy, as_of, &provenance);
    for reason in &mut ruling.rationale {
        reason.lines = reason.refs.iter().map(|r| loaded.line_of(r)).collect();
    }
    Ok((policy, ruling))
}

/// The policy a case is judged under.
pub fn policy_for(
    loaded: &LoadedCase,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<Arc<Policy>, Vec<FileProblems>> {
    if let Some(reference) = &bench.policy {
        return shelf.get(reference).map_err(|p| vec![p]);
    }
    let Some(named) = &loaded.case.policy else {
        return shelf.get(&PolicyRef::Builtin("mexc")).map_err(|p| vec![p]);
    };
    let base = loaded.source.base_dir();
    let looks_like_a_name = !named.value.contains(['/', '\\']) && !named.value.ends_with(".toml");
    let reference = PolicyRef::parse(&named.value, Some(&base));
    if looks_like_a_name && matches!(reference, PolicyRef::File(_)) {
        // Not a built-in and not a path: most likely a misspelt built-in name.
        let names = crate::policy::BUILTIN.iter().map(|(name, _)| *name);
        let help = format!(
            "{}; a file is named by its path relative to the case file, e.g. `policy: ../policy/custom.toml`",
            crate::diagnostics::suggest(&named.value, names, "built-in policies")
        );
        let problem = Problem::case_policy_unloadable(
            &named.value,
            &named.span,
            "not a built-in policy",
            help,
        );
        return Err(vec![FileProblems::new(
            loaded.source.clone(),
            vec![problem],
        )]);
    }
    shelf.get(&reference).map_err(|policy_problems| {
        let case_problem = |reason: &str, help: String| {
            FileProblems::new(
                loaded.source.clone(),
                vec![Problem::case_policy_unloadable(
                    &named.value,
                    &named.span,
                    reason,
                    help,
                )],
            )
        };
        match (&policy_problems.source, policy_problems.problems.as_slice()) {
            // The file could not be read at all: one report, at the case's `policy:`, that
            // says why.
            (None, [problem]) => vec![case_problem(
                &problem.to_string(),
                format!(
                    "use a built-in policy (mexc, bitget) or a TOML file path relative to the case \
                     file ({})",
                    base.display()
                ),
            )],
            // The policy's own problems point into the policy; the case's points at `policy:`.
            _ => vec![
                policy_problems,
                case_problem(
                    "this policy has errors",
                    "the policy file has errors of its own, shown above".to_string(),
                ),
            ],
        }
    })
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
