//! `appeal check CASE...`: validate case files (and the policy each names) without judging.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::CheckArgs;
use crate::diagnostics::FileProblems;
use crate::evidence_files;
use crate::hearing::{self, Bench, PolicyShelf};

pub fn run(args: &CheckArgs, out: &mut Output) -> std::io::Result<u8> {
    let mut valid = 0;
    let mut invalid = 0;
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let work = |input: inputs::Input| {
        let loaded = inputs::read(&input)
            .and_then(evidence_files::load)
            .map_err(|p| vec![p])?;
        // A case that names a policy is only valid if that policy can be found and read.
        if loaded.case.policy.is_some() {
            hearing::policy_for(&loaded, &bench, &shelf)?;
        }
        let warnings = (!loaded.warnings.is_empty())
            .then(|| FileProblems::new(loaded.source.clone(), loaded.warnings.clone()));
        Ok((loaded.source.name.clone(), warnings))
    };
    inputs::in_order(
        inputs::expand(&args.cases),
        work,
        |result: Result<_, Vec<FileProblems>>| {
            match result {
                Ok((name, warnings)) => {
                    valid += 1;
                    if let Some(warnings) = warnings {
                        out.report(&warnings)?;
                    }
                    writeln!(out.stdout, "ok: {name}")?;
                }
                Err(problems) => {
                    invalid += 1;
                    for file in &problems {
                        out.report(file)?;
                    }
                }
            }
            Ok(())
        },
    )?;
    writeln!(out.stdout, "{valid} valid, {invalid} invalid")?;
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}
