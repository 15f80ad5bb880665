//! `appeal policy check|show`.

use std::collections::BTreeMap;
use std::io::Write;

use super::{Output, exit};
use std::path::PathBuf;

use super::inputs;
use crate::cli::args::{DiffFormat, PolicyCommand};
use crate::hearing::{self, Bench, PolicyShelf};
use crate::policy::{self, PolicyRef};
use crate::policy_diff::{self, RulingChange, RulingSummary};
use crate::shown::Shown;

pub fn run(command: PolicyCommand, out: &mut Output) -> std::io::Result<u8> {
    match command {
        PolicyCommand::Check { policies } => check(&policies, out),
        PolicyCommand::Show { policy } => show(&policy, out),
        PolicyCommand::Diff {
            old,
            new,
            paths,
            format,
        } => diff(&old, &new, &paths, format, out),
    }
}

fn refs(names: &[String]) -> Vec<PolicyRef> {
    if names.is_empty() {
        policy::builtin_refs()
    } else {
        names.iter().map(|n| PolicyRef::parse(n, None)).collect()
    }
}

/// Exit 1 for findings in a policy that was read, 2 when a policy could not be read at all (a
/// missing file, an unknown name, not UTF-8, too large): that is invalid input, not a finding.
fn check(names: &[String], out: &mut Output) -> std::io::Result<u8> {
    let mut failed = 0;
    let mut unreadable = 0;
    for reference in refs(names) {
        match reference.load() {
            Ok(policy) => {
                let placeholders = policy.placeholder_count();
                writeln!(
                    out.stdout,
                    "ok: {} — {} {} ({} clauses, {} placeholder values to confirm)",
                    Shown(&policy.origin),
                    Shown(&policy.title),
                    policy.version,
                    policy.clauses.len(),
                    placeholders
                )?;
            }
            Err(problems) => {
                if problems.source.is_some() {
                    failed += 1;
                } else {
                    unreadable += 1;
                }
                out.report(&problems)?;
            }
        }
    }
    Ok(if unreadable > 0 {
        exit::INVALID
    } else if failed > 0 {
        exit::FINDING
    } else {
        exit::OK
    })
}

fn show(name: &str, out: &mut Output) -> std::io::Result<u8> {
    let policy = match PolicyRef::parse(name, None).load() {
        Ok(policy) => policy,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let baseline = match policy.baseline().load() {
        Ok(baseline) => baseline,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let text = crate::render::policy_table(&policy, &baseline, out.look);
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

fn diff(
    old: &str,
    new: &str,
    paths: &[PathBuf],
    format: DiffFormat,
    out: &mut Output,
) -> std::io::Result<u8> {
    let (old_ref, new_ref) = (PolicyRef::parse(old, None), PolicyRef::parse(new, None));
    let (old_policy, new_policy) = match (old_ref.load(), new_ref.load()) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for problems in [a.err(), b.err()].into_iter().flatten() {
                out.report(&problems)?;
            }
            return Ok(exit::INVALID);
        }
    };
    let params = policy_diff::parameter_changes(&old_policy, &new_policy);
    let paths = if paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        paths.to_vec()
    };
    let shelf = PolicyShelf::default();
    let benches = [
        Bench {
            policy: Some(old_ref),
            as_of: None,
        },
        Bench {
            policy: Some(new_ref),
            as_of: None,
        },
    ];
    let mut changes = Vec::new();
    let mut judged = 0usize;
    let mut invalid = 0usize;
    // Cases whose own policy is neither OLD's nor NEW's, by that policy's id: a change to one
    // policy says nothing about them.
    let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
    let ids = [old_policy.id.as_str(), new_policy.id.as_str()];
    let work = |input: inputs::Input| -> Result<Diffed, Vec<crate::diagnostics::FileProblems>> {
        // Read once, judge under both policies.
        let loaded = inputs::read(&input)
            .and_then(crate::evidence_files::load)
            .map_err(|p| vec![p])?;
        let own = hearing::policy_for(&loaded, &Bench::default(), &shelf)?;
        if !ids.contains(&own.id.as_str()) {
            return Ok(Diffed::LeftOut(own.id.clone()));
        }
        let (_, before) = hearing::judge_loaded(&loaded, &benches[0], &shelf)?;
        let (_, after) = hearing::judge_loaded(&loaded, &benches[1], &shelf)?;
        let (a, b) = (RulingSummary::of(&before), RulingSummary::of(&after));
        Ok(Diffed::Judged((a != b).then(|| RulingChange {
            case: before.case.clone(),
            file: loaded.source.name.clone(),
            old: a,
            new: b,
        })))
    };
    inputs::in_order(inputs::expand(&paths), work, |result| {
        match result {
            Ok(Diffed::Judged(change)) => {
                judged += 1;
                changes.extend(change);
            }
            Ok(Diffed::LeftOut(id)) => *left_out.entry(id).or_default() += 1,
            Err(problems) => {
                invalid += 1;
                for file in &problems {
                    out.report(file)?;
                }
            }
        }
        Ok(())
    })?;
    let left_out_count: usize = left_out.values().sum();
    match format {
        DiffFormat::Json => {
            let value = serde_json::json!({
                "old": { "id": old_policy.id, "version": old_policy.version, "sha256": old_policy.sha256 },
                "new": { "id": new_policy.id, "version": new_policy.version, "sha256": new_policy.sha256 },
                "parameters": params,
                "cases": changes,
                "judged": judged,
                "changed": changes.len(),
                "left_out": left_out_count,
                "left_out_policies": left_out,
            });
            writeln!(out.stdout, "{value}")?;
        }
        DiffFormat::Human => {
            if params.is_empty() {
                writeln!(out.stdout, "parameters: no change")?;
            } else {
                // Three columns leave the values room at 80 columns; a placeholder is marked
                // on its name.
                let mut grid =
                    crate::render::table::new(&["clause", "parameter", "old → new"], out.look);
                for change in &params {
                    let parameter = if change.placeholder {
                        format!("{} ✱", change.parameter)
                    } else {
                        change.parameter.clone()
                    };
                    grid.add_row(vec![
                        change.clause.clone(),
                        parameter,
                        format!("{} → {}", change.old, change.new),
                    ]);
                }
                writeln!(out.stdout, "parameters:\n{grid}")?;
                if params.iter().any(|change| change.placeholder) {
                    writeln!(
                        out.stdout,
                        "✱ = the new value is a placeholder: left open by the published text"
                    )?;
                }
            }
            if changes.is_empty() {
                writeln!(out.stdout, "rulings: no change")?;
            } else {
                writeln!(out.stdout, "rulings that change:")?;
                for change in &changes {
                    writeln!(
                        out.stdout,
                        "  {} ({})\n    old: {}\n    new: {}",
                        Shown(&change.case),
                        change.file,
                        change.old,
                        change.new
                    )?;
                }
            }
            writeln!(
                out.stdout,
                "parameters changed: {}; rulings changed: {} of {}{}",
                params.len(),
                changes.len(),
                crate::diagnostics::plural(judged, "case"),
                left_out_note(&left_out, &old_policy.id, &new_policy.id)
            )?;
        }
    }
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}

/// What `policy diff` made of one case.
enum Diffed {
    /// Judged under both policies: the change, if the ruling moved.
    Judged(Option<RulingChange>),
    /// Not judged: the case's own policy (its `policy:`, else mexc) has this id, neither OLD's
    /// nor NEW's.
    LeftOut(String),
}

/// The end of the summary line when cases were left out: "; 25 cases left out: their own
/// policy is not mexc (bitget 24, mexc-partial-release 1)".
fn left_out_note(left_out: &BTreeMap<String, usize>, old: &str, new: &str) -> String {
    let count: usize = left_out.values().sum();
    if count == 0 {
        return String::new();
    }
    let theirs = if count == 1 { "its" } else { "their" };
    let compared = if old == new {
        format!("not {old}")
    } else {
        format!("neither {old} nor {new}")
    };
    let by_policy: Vec<String> = left_out
        .iter()
        .map(|(id, cases)| format!("{id} {cases}"))
        .collect();
    format!(
        "; {} left out: {theirs} own policy is {compared} ({})",
        crate::diagnostics::plural(count, "case"),
        by_policy.join(", ")
    )
}
