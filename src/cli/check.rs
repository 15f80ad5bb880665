//! `appeal check CASE...`: validate case files only.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::case;
use crate::cli::args::CheckArgs;
use crate::diagnostics::FileProblems;

pub fn run(args: &CheckArgs, out: &mut Output) -> std::io::Result<u8> {
    let mut valid = 0;
    let mut invalid = 0;
    let work = |input: Result<inputs::Input, FileProblems>| {
        input
            .and_then(|input| inputs::read(&input))
            .and_then(case::load)
            .map(|loaded| {
                let warnings = (!loaded.warnings.is_empty())
                    .then(|| FileProblems::new(loaded.source.clone(), loaded.warnings.clone()));
                (loaded.source.name.clone(), warnings)
            })
    };
    inputs::in_order(inputs::expand(&args.cases), work, |result| {
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
                out.report(&problems)?;
            }
        }
        Ok(())
    })?;
    writeln!(out.stdout, "{valid} valid, {invalid} invalid")?;
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}
