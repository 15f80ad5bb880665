//! `appeal test [PATH...]`: judge every sample case that has an `expect:` block and compare.

use std::io::Write;
use std::path::PathBuf;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{Output, exit, inputs};
use crate::artifact;
use crate::cli::args::TestArgs;
use crate::coverage::Coverage;
use crate::diagnostics::{FileProblems, Reporter};
use crate::expectation::{self, Mismatch};
use crate::hearing::{self, Judged, PolicyShelf};
use crate::render::table;
use crate::terminal::Look;

/// What is kept of a judged case: enough for the report, coverage and JUnit.
struct Seen {
    case: String,
    clause: String,
    branches: Vec<(crate::clause::ClauseId, &'static str)>,
}

impl Seen {
    fn of(judged: &Judged) -> Seen {
        Seen {
            case: judged.ruling.case.clone(),
            clause: judged.ruling.clause.to_string(),
            branches: judged.ruling.branches.clone(),
        }
    }
}

/// The result for one case file.
enum Outcome {
    Passed(Seen),
    Failed(Seen, Vec<Mismatch>),
    NoExpectation,
    Filtered,
    Invalid(Vec<FileProblems>),
}

pub fn run(args: &TestArgs, out: &mut Output) -> std::io::Result<u8> {
    let shelf = PolicyShelf::default();
    let bench = match super::judge::bench(args.policy.policy.as_deref(), None, &shelf) {
        Ok(bench) => bench,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        args.paths.clone()
    };
    let mut inputs_seen: Vec<PathBuf> = Vec::new();
    let (mut passed, mut failed, mut invalid) = (0usize, 0usize, 0usize);
    let mut coverage = Coverage::default();
    let mut junit = TestSuite::new("appeal");
    // JUnit carries diagnostics as plain text, whatever stderr is.
    let plain = Reporter::new(Look::PLAIN);
    let (mut without_expect, mut filtered) = (0usize, 0usize);
    let filter = args.filter.as_deref();
    let work = |input: inputs::Input| {
        let name = input.name();
        let outcome = judge_one(input, filter, &bench, &shelf, &name);
        (name, outcome)
    };
    inputs::in_order(inputs::expand(&paths), work, |(name, outcome)| {
        inputs_seen.push(PathBuf::from(&name));
        match outcome {
            Outcome::Passed(seen) => {
                passed += 1;
                coverage.add(&seen.branches);
                writeln!(out.stdout, "ok    {name}")?;
                let mut case = TestCase::new(name.clone(), TestCaseStatus::success());
                case.set_classname(seen.clause);
                junit.add_test_case(case);
            }
            Outcome::Failed(seen, mismatches) => {
                failed += 1;
                coverage.add(&seen.branches);
                let diff = expectation::describe(&mismatches);
                writeln!(
                    out.stdout,
                    "FAIL  {name} ({})\n{diff}",
                    crate::shown::Shown(&seen.case)
                )?;
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status.set_message(format!(
                    "ruling differs from expect: in {}",
                    mismatches
                        .iter()
                        .map(|m| m.field)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                status.set_description(diff);
                let mut case = TestCase::new(name.clone(), status);
                case.set_classname(seen.clause);
                junit.add_test_case(case);
            }
            Outcome::Invalid(problems) => {
                invalid += 1;
                for file in &problems {
                    out.report(file)?;
                }
                writeln!(out.stdout, "ERROR {name} (invalid input, see stderr)")?;
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status.set_message("invalid input");
                let rendered: String = problems
                    .iter()
                    .map(|file| {
                        plain.render_file(&file.problems, file.source.as_deref(), &file.name)
                    })
                    .collect();
                status.set_description(rendered);
                let mut case = TestCase::new(name.clone(), status);
                case.set_classname("invalid");
                junit.add_test_case(case);
            }
            Outcome::NoExpectation => without_expect += 1,
            Outcome::Filtered => filtered += 1,
        }
        Ok(())
    })?;

    if args.coverage {
        out.stdout
            .write_all(coverage_report(&coverage, out.look).as_bytes())?;
    }
    let mut summary = format!("{passed} passed, {failed} failed");
    if invalid > 0 {
        summary.push_str(&format!(", {invalid} invalid"));
    }
    writeln!(out.stdout, "{summary}")?;

    if let Some(path) = &args.junit {
        let mut report = Report::new("appeal test");
        report.add_test_suite(junit);
        let xml = report.to_string().unwrap_or_default();
        if let Err(error) = artifact::write_atomically(path, xml.as_bytes(), &inputs_seen) {
            let text = out.reporter.render_error(&error);
            out.stderr.write_all(text.as_bytes())?;
            return Ok(exit::INVALID);
        }
    }
    if passed + failed + invalid == 0 {
        // A run that compares nothing must not pass CI silently. (Invalid cases already fail
        // it, with their diagnostics.)
        let shown: Vec<String> = paths.iter().map(|p| format!("`{}`", p.display())).collect();
        let why = match filter {
            Some(filter) => format!(
                "no case with an `expect:` block matched --filter `{filter}` ({filtered} did not \
                 match; {without_expect} matched but have no `expect:`)"
            ),
            None => format!(
                "no case under {} has an `expect:` block ({without_expect} without one)",
                shown.join(", ")
            ),
        };
        let text = out
            .reporter
            .render_error(&crate::diagnostics::Problem::NothingTested { why });
        out.stderr.write_all(text.as_bytes())?;
        return Ok(exit::INVALID);
    }
    if invalid > 0 {
        return Ok(exit::INVALID);
    }
    if failed > 0 {
        return Ok(exit::FINDING);
    }
    if let Some(minimum) = args.min_coverage
        && coverage.percent() < minimum
    {
        writeln!(
            out.stderr,
            "error: branch coverage {:.1} % is below --min-coverage {minimum} %",
            coverage.percent()
        )?;
        return Ok(exit::FINDING);
    }
    Ok(exit::OK)
}

fn judge_one(
    input: inputs::Input,
    filter: Option<&str>,
    bench: &hearing::Bench,
    shelf: &PolicyShelf,
    name: &str,
) -> Outcome {
    let source = match inputs::read(&input) {
        Ok(source) => source,
        Err(problems) => return Outcome::Invalid(vec![problems]),
    };
    match hearing::hear(source, bench, shelf) {
        Err(problems) => Outcome::Invalid(problems),
        Ok(judged) => {
            if let Some(filter) = filter
                && !name.contains(filter)
                && !judged.loaded.case.id.value.contains(filter)
            {
                return Outcome::Filtered;
            }
            let Some(expect) = &judged.loaded.case.expect else {
                return Outcome::NoExpectation;
            };
            let mismatches = expectation::compare(expect, &judged.ruling);
            if mismatches.is_empty() {
                Outcome::Passed(Seen::of(&judged))
            } else {
                Outcome::Failed(Seen::of(&judged), mismatches)
            }
        }
    }
}

/// The coverage table and the list of unreached branches.
fn coverage_report(coverage: &Coverage, look: Look) -> String {
    let rows = coverage.rows();
    let mut grid = table::new(&["clause", "branch", "cases"], look);
    let mut last = None;
    for (clause, branch, count) in &rows {
        let shown = if last == Some(*clause) {
            String::new()
        } else {
            clause.to_string()
        };
        last = Some(*clause);
        grid.add_row(vec![
            shown,
            branch.to_string(),
            if *count == 0 {
                "—".into()
            } else {
                count.to_string()
            },
        ]);
    }
    let unreached: Vec<String> = rows
        .iter()
        .filter(|(_, _, n)| *n == 0)
        .map(|(c, b, _)| format!("  {c}: {b}"))
        .collect();
    let mut text = format!(
        "{grid}\nbranch coverage: {:.1} % ({} of {} branches)\n",
        coverage.percent(),
        rows.len() - unreached.len(),
        rows.len()
    );
    if !unreached.is_empty() {
        text.push_str("not reached by any case:\n");
        text.push_str(&unreached.join("\n"));
        text.push('\n');
    }
    text
}
