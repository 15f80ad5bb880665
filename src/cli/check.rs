//! `appeal check CASE...`: validate case files (and the policy each names) without judging.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::{CheckArgs, Format};
use crate::hearing::evidence_files;
use crate::hearing::{self, Bench, PolicyShelf};
use crate::reading::diagnostics::FileProblems;
use crate::report::lines::{self, CheckLine, CheckSummary, CheckedFile};

use super::case_ids::{CaseIds, SameCaseId};
use super::shared_problems::SharedProblems;

/// Reports a valid file: its warnings, and its line on stdout (under `-q`, only when
/// `--deny-warnings` makes its warnings a failure); whether it has warnings.
fn valid_file(
    name: &str,
    warnings: Option<FileProblems>,
    same: Option<SameCaseId>,
    (json, quiet, deny): (bool, bool, bool),
    out: &mut Output,
) -> std::io::Result<bool> {
    if let Some(warnings) = &warnings {
        out.report(warnings)?;
    }
    if let Some(same) = &same {
        out.report_error(same)?;
    }
    let has_warnings = warnings.is_some() || same.is_some();
    let failed = deny && has_warnings;
    if json && (!quiet || failed) {
        let count = warnings.as_ref().map_or(0, |w| w.problems.len()) + usize::from(same.is_some());
        let line = CheckLine::File(CheckedFile {
            file: name.to_string(),
            valid: true,
            warnings: Some(count),
        });
        out.stdout.write_all(lines::line(&line).as_bytes())?;
    } else if failed {
        writeln!(out.stdout, "warn: {name}")?;
    } else if !quiet {
        writeln!(out.stdout, "ok: {name}")?;
    }
    Ok(has_warnings)
}

/// A file's name, its case id and its warnings, or why it is not a valid case.
fn check_one(
    input: &inputs::Input,
    bench: &Bench,
    shelf: &PolicyShelf,
) -> Result<(String, String, Option<FileProblems>), Vec<FileProblems>> {
    let loaded = inputs::read(input)
        .and_then(evidence_files::load)
        .map_err(|p| vec![p])?;
    // A case is only valid if its policy (its `policy:`, else mexc, as found in its
    // project) can be found and read.
    hearing::policy_for(&loaded, bench, shelf)?;
    let warnings = (!loaded.warnings.is_empty())
        .then(|| FileProblems::new(loaded.source.clone(), loaded.warnings.clone()));
    Ok((
        loaded.source.name.clone(),
        loaded.case.id.value.clone(),
        warnings,
    ))
}

/// The last line: how many files were valid, invalid and valid with warnings.
fn summary(
    (valid, invalid, warned): (usize, usize, usize),
    (json, deny): (bool, bool),
    out: &mut Output,
) -> std::io::Result<()> {
    if json {
        let line = CheckLine::Summary {
            summary: CheckSummary {
                invalid,
                valid,
                with_warnings: warned,
            },
        };
        out.stdout.write_all(lines::line(&line).as_bytes())?;
    } else if warned > 0 {
        let denied = if deny { " (denied)" } else { "" };
        writeln!(
            out.stdout,
            "{valid} valid, {invalid} invalid, {warned} with warnings{denied}"
        )?;
    } else {
        writeln!(out.stdout, "{valid} valid, {invalid} invalid")?;
    }
    Ok(())
}

pub fn run(args: &CheckArgs, out: &mut Output) -> std::io::Result<u8> {
    let json = args.format == Format::Json;
    out.json_diagnostics = json;
    let (quiet, deny) = (args.strictness.quiet, args.strictness.deny_warnings);
    let mut valid = 0;
    let mut invalid = 0;
    let mut warned = 0;
    let mut shared = SharedProblems::default();
    let mut ids = CaseIds::default();
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let work = |input: inputs::Input| check_one(&input, &bench, &shelf);
    let found = inputs::expand_noting(&args.cases, out)?;
    inputs::in_order(found, work, |result: Result<_, Vec<FileProblems>>| {
        match result {
            Ok((name, case, warnings)) => {
                valid += 1;
                let same = ids.see(&case, &name);
                warned += usize::from(valid_file(&name, warnings, same, (json, quiet, deny), out)?);
            }
            Err(problems) => {
                invalid += 1;
                shared.report(&problems, out)?;
                if json && let Some(file) = problems.last() {
                    let line = CheckLine::File(CheckedFile {
                        file: file.name.clone(),
                        valid: false,
                        warnings: None,
                    });
                    out.stdout.write_all(lines::line(&line).as_bytes())?;
                }
            }
        }
        Ok(())
    })?;
    shared.finish(out)?;
    summary((valid, invalid, warned), (json, deny), out)?;
    Ok(if invalid > 0 {
        exit::INVALID
    } else if deny && warned > 0 {
        exit::FINDING
    } else {
        exit::OK
    })
}
