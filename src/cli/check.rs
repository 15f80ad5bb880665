//! `appeal check CASE...`: validate case files only.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::case;
use crate::cli::args::CheckArgs;
use crate::diagnostics::FileProblems;

pub fn run(args: &CheckArgs, out: &mut Output) -> std::io::Result<u8> {
    let mut valid = 0;
    let mut invalid = 0;
    for input in inputs::expand(&args.cases) {
        let loaded = input
            .and_then(|input| inputs::read(&input))
            .and_then(case::load);
        match loaded {
            Ok(loaded) => {
                valid += 1;
                if !loaded.warnings.is_empty() {
                    let warnings =
                        FileProblems::new(loaded.source.clone(), loaded.warnings.clone());
                    out.report(&warnings)?;
                }
                writeln!(out.stdout, "ok: {}", loaded.source.name)?;
            }
            Err(problems) => {
                invalid += 1;
                out.report(&problems)?;
            }
        }
    }
    writeln!(out.stdout, "{valid} valid, {invalid} invalid")?;
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}
