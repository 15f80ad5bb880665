//! `appeal policy check|show`.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use super::{Output, exit};
use std::path::PathBuf;

use super::inputs;
use crate::cli::args::{Format, PolicyCommand};
use crate::hearing::{self, Bench, PolicyShelf};
use crate::report::render::policy_json::{
    PolicyCheckLine, PolicyCheckSummary, PolicyChecked, PolicyShown,
};
use crate::vocab::calendar::Clock;

use crate::hearing::project::{self, Projects};
use crate::model::editions::Editions;
use crate::model::policy::Policy;
use crate::model::policy::{self, PolicyRef};
use crate::reading::diagnostics::FileProblems;
use crate::report::lines;
use crate::report::policy_diff::{
    self, ChangeCounts, DiffReport, PolicyInfo, RulingChange, RulingSummary,
};
use crate::report::words::Words;
use crate::text::shown::Shown;

pub fn run(command: PolicyCommand, out: &mut Output) -> std::io::Result<u8> {
    match command {
        PolicyCommand::Check { policies, format } => {
            out.json_diagnostics = format == Format::Json;
            check(&policies, out)
        }
        PolicyCommand::Export { id } => export(&id, out),
        PolicyCommand::Show {
            policy,
            format,
            lang,
        } => {
            out.json_diagnostics = format == Format::Json;
            show(&policy, lang.tag(), out)
        }
        PolicyCommand::Diff {
            old,
            new,
            paths,
            format,
            exit_code,
        } => diff(&old, &new, &paths, format, exit_code, out),
    }
}

/// The policies `policy check` reads: the ones named, or every id as it resolves from here
/// (the project's `policy/ID/` or `policy/ID.toml`, else the built-in copy).
fn refs(names: &[String], projects: &Projects) -> Vec<Result<PolicyRef, FileProblems>> {
    let names = if names.is_empty() {
        project::ids_here(projects)
    } else {
        names.to_vec()
    };
    names
        .iter()
        .map(|n| project::resolve_command_line(n, projects).map(|r| r.reference))
        .collect()
}

/// Exit 1 for findings in a policy that was read, 2 when a policy could not be read at all (a
/// missing file, an unknown name, not UTF-8, too large): that is invalid input, not a finding.
/// An id is checked with all its editions, and the editions against each other.
fn check(names: &[String], out: &mut Output) -> std::io::Result<u8> {
    let mut failed = 0;
    let mut unreadable = 0;
    let projects = Projects::default();
    let json = out.json_diagnostics;
    let mut valid = 0;
    for reference in refs(names, &projects) {
        let read = reference
            .map_err(|p| vec![p])
            .and_then(|r| project::editions(&r));
        match read {
            Ok(editions) => {
                for edition in editions.all() {
                    if json {
                        valid += 1;
                        let line = PolicyCheckLine::Checked(PolicyChecked::valid(edition));
                        out.stdout.write_all(lines::line(&line).as_bytes())?;
                    } else {
                        print_checked(edition, out)?;
                    }
                }
            }
            Err(problems) => {
                for file in &problems {
                    if file.source.is_some() {
                        failed += 1;
                    } else {
                        unreadable += 1;
                    }
                    out.report(file)?;
                }
                if json {
                    for file in &problems {
                        let line = PolicyCheckLine::Checked(PolicyChecked::invalid(&file.name));
                        out.stdout.write_all(lines::line(&line).as_bytes())?;
                    }
                }
            }
        }
    }
    if json {
        let summary = PolicyCheckSummary {
            valid,
            invalid: failed,
            unreadable,
        };
        let line = PolicyCheckLine::Summary { summary };
        out.stdout.write_all(lines::line(&line).as_bytes())?;
    }
    Ok(if unreadable > 0 {
        exit::INVALID
    } else if failed > 0 {
        exit::FINDING
    } else {
        exit::OK
    })
}

/// `ok: policy/mexc.toml — MEXC P2P Appeal Handling Rules 2025-05-29 (in force from
/// 2025-05-29, 22 clauses, 33 placeholder values to confirm)`, after its warnings.
fn print_checked(policy: &Policy, out: &mut Output) -> std::io::Result<()> {
    if let Some(warnings) = policy.warnings_report() {
        out.report(&warnings)?;
    }
    let in_force = policy
        .effective_from
        .map(|day| format!("in force from {day}, "))
        .unwrap_or_default();
    writeln!(
        out.stdout,
        "ok: {} — {} {} ({in_force}{} clauses, {} placeholder values to confirm)",
        Shown(&policy.origin),
        Shown(&policy.title),
        Shown(&policy.version),
        policy.clauses.len(),
        policy.placeholder_count()
    )
}

/// The policy's settings and parameters against the built-in copy of its id, after a line
/// that says where the policy was found, its digest and, for an id, its editions.
fn show(name: &str, tag: &'static str, out: &mut Output) -> std::io::Result<u8> {
    let projects = Projects::default();
    let words = crate::report::words::Lexicon::default().words(tag, None);
    let found = project::resolve_command_line(name, &projects)
        .map_err(|p| vec![p])
        .and_then(|resolved| {
            project::editions(&resolved.reference).map(|editions| (resolved, editions))
        });
    let (resolved, editions) = match found {
        Ok(found) => found,
        Err(problems) => {
            for file in &problems {
                out.report(file)?;
            }
            return Ok(exit::INVALID);
        }
    };
    let policy = editions.latest();
    let baseline = match policy.baseline().load() {
        Ok(baseline) => baseline,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    if out.json_diagnostics {
        let shown = PolicyShown::of(policy, &baseline, resolved.describe(&projects), &words);
        out.stdout.write_all(lines::line(&shown).as_bytes())?;
        return Ok(exit::OK);
    }
    writeln!(
        out.stdout,
        "{}\nsha256 {}",
        words.phrase(
            "policy_show-read_from",
            &[("place", &resolved.describe(&projects))]
        ),
        policy.sha256
    )?;
    if matches!(resolved.reference, PolicyRef::Editions { .. }) {
        print_editions(&editions, &words, out)?;
    }
    let text = crate::report::render::policy_table(policy, &baseline, &words, out.look);
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// The editions of an id, latest first: the day each is in force from, its version, file and
/// digest; the latest is the one shown below.
fn print_editions(editions: &Editions, words: &Words, out: &mut Output) -> std::io::Result<()> {
    let latest = editions.latest();
    let heading = match latest.in_force_on {
        policy::InForceOn::OrderCreated => "policy_show-editions-order_created",
        policy::InForceOn::AppealFiled => "policy_show-editions-appeal_filed",
    };
    writeln!(
        out.stdout,
        "{}",
        words.phrase(heading, &[("id", &Shown(&latest.id).to_string())])
    )?;
    for edition in editions.all().iter().rev() {
        let from = match edition.effective_from {
            Some(day) => words.phrase("policy_show-edition_from", &[("day", &day.to_string())]),
            None => words.word("policy_show-edition_always"),
        };
        let sha = edition.sha256.get(..12).unwrap_or(&edition.sha256);
        let shown = if std::sync::Arc::ptr_eq(edition, latest) {
            format!("  {}", words.word("policy_show-edition_shown"))
        } else {
            String::new()
        };
        writeln!(
            out.stdout,
            "  {from:<15} {} {}  {}  sha256 {sha}{shown}",
            Shown(&edition.id),
            Shown(&edition.version),
            Shown(
                &edition
                    .file()
                    .map(str::to_string)
                    .unwrap_or_else(|| words.word("ruling-built_in"))
            )
        )?;
    }
    Ok(())
}

/// `policy export ID`: the built-in policy's TOML exactly as shipped.
fn export(id: &str, out: &mut Output) -> std::io::Result<u8> {
    let id = id.strip_prefix(project::BUILTIN_PREFIX).unwrap_or(id);
    match policy::BUILTIN.iter().find(|(name, _)| *name == id) {
        Some((_, text)) => {
            out.stdout.write_all(text.as_bytes())?;
            Ok(exit::OK)
        }
        None => {
            let names: Vec<&str> = policy::BUILTIN.iter().map(|(n, _)| *n).collect();
            out.report(&FileProblems::single(
                id,
                crate::reading::diagnostics::Problem::unknown_policy(id, &names),
            ))?;
            Ok(exit::INVALID)
        }
    }
}

/// `policy diff OLD NEW [PATH...]`: the parameters that differ, then every case (of OLD's or
/// NEW's id) whose ruling changes, with the parameter changes that move it alone.
fn diff(
    old: &str,
    new: &str,
    paths: &[PathBuf],
    format: Format,
    exit_code: bool,
    out: &mut Output,
) -> std::io::Result<u8> {
    let shelf = PolicyShelf::default();
    let (old_found, new_found) = (as_given(&shelf, old), as_given(&shelf, new));
    let ((old_ref, old_policy), (new_ref, new_policy)) = match (old_found, new_found) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for problems in [a.err(), b.err()].into_iter().flatten() {
                out.report(&problems)?;
            }
            return Ok(exit::INVALID);
        }
    };
    // Each change made alone to OLD, for attributing the rulings that change.
    let attribution = policy_diff::Attribution::new(&old_policy, &new_policy);
    let paths = if paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        paths.to_vec()
    };
    let benches = [
        Bench {
            policy: Some(old_ref),
            as_of: None,
            clock: Clock::Policy,
        },
        Bench {
            policy: Some(new_ref),
            as_of: None,
            clock: Clock::Policy,
        },
    ];
    let mut changes = Vec::new();
    let mut judged = 0usize;
    let mut invalid = 0usize;
    // Cases whose own policy is neither OLD's nor NEW's, by that policy's id: a change to one
    // policy says nothing about them.
    let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
    let ids = [old_policy.id.as_str(), new_policy.id.as_str()];
    let attribution = &attribution;
    let work =
        |input: inputs::Input| -> Result<Diffed, Vec<crate::reading::diagnostics::FileProblems>> {
            // Read once, judge under both policies.
            let loaded = inputs::read(&input)
                .and_then(crate::hearing::evidence_files::load)
                .map_err(|p| vec![p])?;
            let own = hearing::own_policy_id(&loaded, &shelf)?;
            if !ids.contains(&own.as_str()) {
                return Ok(Diffed::LeftOut(own));
            }
            let (_, before) = hearing::judge_loaded(&loaded, &benches[0], &shelf)?;
            let (_, after) = hearing::judge_loaded(&loaded, &benches[1], &shelf)?;
            let (a, b) = (RulingSummary::of(&before), RulingSummary::of(&after));
            if a == b {
                return Ok(Diffed::Judged(None));
            }
            let moved_by = attribution.moved_by(&loaded, loaded.case.as_of.value, &a);
            Ok(Diffed::Judged(Some(RulingChange {
                case: before.case.clone(),
                file: loaded.source.name.clone(),
                changes: a.differences(&b),
                old: a,
                new: b,
                moved_by,
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
    let report = DiffReport {
        old: old_policy.reference(),
        new: new_policy.reference(),
        changed: changes.len(),
        changes: ChangeCounts::of(changes.iter().map(|c| c.changes.as_slice())),
        parameters: attribution.parameters().to_vec(),
        cases: changes,
        judged,
        left_out: left_out.values().sum(),
        left_out_policies: left_out,
        invalid,
    };
    match format {
        Format::Json => {
            out.stdout
                .write_all(crate::text::json::line(&report).as_bytes())?;
        }
        // `--format` allows human and json only (DIFF_FORMATS).
        Format::Human | Format::Markdown | Format::Html => print_diff(&report, out)?,
    }
    Ok(if invalid > 0 {
        exit::INVALID
    } else if exit_code && report.changed > 0 {
        exit::FINDING
    } else {
        exit::OK
    })
}

/// A side of `policy diff`, applied as given to every case: a file, a built-in policy, the
/// edition `ID@YYYY-MM-DD` names, or an id's latest edition.
fn as_given(shelf: &PolicyShelf, written: &str) -> Result<(PolicyRef, Arc<Policy>), FileProblems> {
    let (reference, policy) = shelf.command_line(written)?;
    match reference {
        PolicyRef::Editions { .. } => Ok((PolicyRef::of(&policy), policy)),
        single => Ok((single, policy)),
    }
}

/// The diff for a person: the parameter table, each changed ruling with what moves it, and a
/// summary line.
fn print_diff(report: &DiffReport, out: &mut Output) -> std::io::Result<()> {
    let params = &report.parameters;
    writeln!(
        out.stdout,
        "old: {}\nnew: {}",
        shown_policy(&report.old),
        shown_policy(&report.new)
    )?;
    print_parameter_changes(report, out)?;
    print_ruling_changes(report, out)?;
    let parts = report.changes.in_words();
    let parts = if parts.is_empty() {
        String::new()
    } else {
        format!(" ({parts})")
    };
    writeln!(
        out.stdout,
        "parameters changed: {}; rulings changed: {} of {}{parts}{}",
        params.len(),
        report.changed,
        crate::reading::diagnostics::plural(report.judged, "case"),
        left_out_note(&report.left_out_policies, &report.old.id, &report.new.id)
    )
}

/// A policy of the diff in a line: id, version, when in force, and where it comes from.
fn shown_policy(info: &PolicyInfo) -> String {
    let in_force = info
        .effective_from
        .map(|day| format!(", in force from {day}"))
        .unwrap_or_default();
    let copy = if info.modified_copy {
        ", a modified copy of the built-in"
    } else {
        ""
    };
    let from = info.file.as_deref().unwrap_or("built-in");
    format!(
        "{} {}{in_force} ({}{copy})",
        Shown(&info.id),
        Shown(&info.version),
        Shown(from)
    )
}

/// The parameters that change, in a table with its marks.
fn print_parameter_changes(report: &DiffReport, out: &mut Output) -> std::io::Result<()> {
    let params = &report.parameters;
    if params.is_empty() {
        writeln!(out.stdout, "parameters: no change")?;
    } else {
        // Three columns leave the values room at 80 columns; a placeholder is marked on its
        // name, a change that cannot be made alone with †.
        let mut grid =
            crate::report::render::table::new(&["clause", "parameter", "old → new"], out.look);
        for change in params {
            let mut parameter = change.parameter.clone();
            if change.placeholder {
                parameter.push_str(" ✱");
            }
            if !change.applies_alone {
                parameter.push_str(" †");
            }
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
        if params.iter().any(|change| !change.applies_alone) {
            writeln!(
                out.stdout,
                "† = not a valid policy when made alone: no ruling is attributed to it"
            )?;
        }
    }
    Ok(())
}

/// The rulings that change, each with what moved it.
fn print_ruling_changes(report: &DiffReport, out: &mut Output) -> std::io::Result<()> {
    if report.cases.is_empty() {
        writeln!(out.stdout, "rulings: no change")?;
    } else {
        writeln!(out.stdout, "rulings that change:")?;
        for change in &report.cases {
            let moved_by = if change.moved_by.is_empty() {
                "no change alone: only several together".to_string()
            } else {
                change
                    .moved_by
                    .iter()
                    .map(|p| format!("{} {}", p.clause, p.parameter))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let parts: Vec<&str> = change.changes.iter().map(|d| d.as_str()).collect();
            writeln!(
                out.stdout,
                "  {} ({})\n    old: {}\n    new: {}\n    changes: {}\n    moved by: {moved_by}",
                Shown(&change.case),
                change.file,
                change.old,
                change.new,
                parts.join(", ")
            )?;
        }
    }
    Ok(())
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
pub(super) fn left_out_note(left_out: &BTreeMap<String, usize>, old: &str, new: &str) -> String {
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
        crate::reading::diagnostics::plural(count, "case"),
        by_policy.join(", ")
    )
}
