//! `appeal check CASE...`: validate case files (and the policy each names) without judging.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::{CheckArgs, ReportFormat};
use crate::hearing::evidence_files;
use crate::hearing::{self, Bench, PolicyShelf};
use crate::reading::diagnostics::FileProblems;
use crate::report::lines::{self, CheckLine, CheckSummary, CheckedFile};

pub fn run(args: &CheckArgs, out: &mut Output) -> std::io::Result<u8> {
    let json = args.format == ReportFormat::Json;
    out.json_diagnostics = json;
    let mut valid = 0;
    let mut invalid = 0;
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let work = |input: inputs::Input| {
        let loaded = inputs::read(&input)
            .and_then(evidence_files::load)
            .map_err(|p| vec![p])?;
        // A case is only valid if its policy (its `policy:`, else mexc, as found in its
        // project) can be found and read.
        hearing::policy_for(&loaded, &bench, &shelf)?;
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
                    if json {
                        let line = CheckLine::File(CheckedFile {
                            file: name,
                            valid: true,
                        });
                        out.stdout.write_all(lines::line(&line).as_bytes())?;
                    } else {
                        writeln!(out.stdout, "ok: {name}")?;
                    }
                }
                Err(problems) => {
                    invalid += 1;
                    for file in &problems {
                        out.report(file)?;
                    }
                    if json && let Some(file) = problems.first() {
                        let line = CheckLine::File(CheckedFile {
                            file: file.name.clone(),
                            valid: false,
                        });
                        out.stdout.write_all(lines::line(&line).as_bytes())?;
                    }
                }
            }
            Ok(())
        },
    )?;
    if json {
        let line = CheckLine::Summary {
            summary: CheckSummary { invalid, valid },
        };
        out.stdout.write_all(lines::line(&line).as_bytes())?;
    } else {
        writeln!(out.stdout, "{valid} valid, {invalid} invalid")?;
    }
    Ok(if invalid > 0 { exit::INVALID } else { exit::OK })
}
