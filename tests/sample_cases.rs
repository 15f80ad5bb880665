//! Every sample case in `cases/` is valid and its ruling matches its `expect:` block.

use std::path::Path;

use appeal::hearing::{self, Bench, PolicyShelf};
use appeal::model::expectation;
use appeal::reading::source::SourceFile;

mod common;
use common::sample_cases;

#[test]
fn every_sample_case_is_judged_as_it_expects() {
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let mut failures = Vec::new();
    let cases = sample_cases();
    for path in &cases {
        let source = SourceFile::read(path).expect("sample case is readable");
        let judged = match hearing::hear(source, &bench, &shelf) {
            Ok(judged) => judged,
            Err(problems) => {
                failures.push(format!(
                    "{}: invalid: {:?}",
                    path.display(),
                    problems
                        .iter()
                        .flat_map(|p| p.problems.iter().map(|x| x.to_string()))
                        .collect::<Vec<_>>()
                ));
                continue;
            }
        };
        let expect = judged
            .loaded
            .case
            .expect
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no expect: block", path.display()));
        let mismatches = expectation::compare(expect, &judged.ruling);
        if !mismatches.is_empty() {
            failures.push(format!(
                "{}:\n{}",
                path.display(),
                expectation::describe(&mismatches)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sample cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn sample_cases_open_with_the_schema_line_and_a_description() {
    for path in sample_cases() {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("# yaml-language-server: $schema=../schema/case.json"),
            "{}",
            path.display()
        );
        assert!(
            lines
                .next()
                .is_some_and(|l| l.starts_with("# ") && l.len() > 10),
            "{}: line 2 says what the case shows",
            path.display()
        );
    }
}

/// `appeal explain` lists the decisions each clause can give: every decision a sample case
/// reaches must be among them, so the list never under-promises.
#[test]
fn every_decision_a_clause_gives_is_in_its_catalogue_entry() {
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let mut missing = Vec::new();
    for path in sample_cases() {
        let source = SourceFile::read(&path).expect("sample case is readable");
        let Ok(judged) = hearing::hear(source, &bench, &shelf) else {
            continue;
        };
        let ruling = &judged.ruling;
        if !ruling.clause.spec().decisions.contains(&ruling.decision) {
            missing.push(format!(
                "{}: {} gives {}",
                path.display(),
                ruling.clause,
                ruling.decision
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// `cases/README.md` indexes every sample case.
#[test]
fn the_index_lists_every_sample_case() {
    let index =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/README.md"))
            .expect("cases/README.md");
    for path in sample_cases() {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            index.contains(&format!("]({name})")),
            "cases/README.md does not list {name}"
        );
    }
}
