//! `appeal test [PATH...]`: judge every sample case that has an `expect:` block and compare.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{Output, exit, inputs};
use crate::cli::args::{Format, TestArgs};
use crate::cli::artifact;
use crate::hearing::{self, PolicyShelf};
use crate::model::expectation::{self, Mismatch};
use crate::reading::diagnostics::{FileProblems, Reporter};
use crate::report::coverage::Coverage;
use crate::report::lines::{
    self, TestLine, TestMismatch, TestResult, TestSummary, TestedCase, UntestedFile,
};
use crate::report::render::table;
use crate::text::shown::Shown;
use crate::text::terminal::Look;
use crate::vocab::calendar::Clock;

use super::case_ids::CaseIds;
use super::shared_problems::SharedProblems;

/// What is kept of a judged case: enough for the report, coverage and JUnit.
struct Seen {
    case: String,
    clause: String,
    /// The policy it was judged under, named as the ruling's heading names it.
    policy: String,
    branches: Vec<(crate::model::clause::ClauseId, &'static str)>,
    /// The case file's warnings, if it has any.
    warnings: Option<FileProblems>,
    /// Another file of the run had its case id first (a warning).
    same_id: bool,
}

/// The result for one case file.
enum Outcome {
    Passed(Seen),
    Failed(Seen, Vec<Mismatch>, Option<Blessing>),
    /// No `expect:` block: nothing to compare.
    Skipped,
    Filtered,
    /// `--policy FILE`: the case's own policy has another id (this one).
    LeftOut(String),
    Invalid(Vec<FileProblems>),
}

/// A case file whose `expect:` block `--bless` rewrites: the file and its new bytes, or why
/// it cannot be rewritten.
struct Blessing {
    path: PathBuf,
    /// The file read (device and inode) and the digest of the bytes judged: the file
    /// rewritten must still be that one, holding those bytes.
    identity: Option<crate::reading::source::FileId>,
    sha256: String,
    rewritten: Result<Vec<u8>, String>,
}

impl Blessing {
    /// Writes the rewritten case in place of the file read, or says why not.
    fn write(self) -> Result<(), String> {
        let bytes = self.rewritten?;
        let Some(identity) = &self.identity else {
            return Err("it is not a file that can be rewritten".to_string());
        };
        let read = artifact::ReadFile {
            identity,
            sha256: &self.sha256,
        };
        artifact::replace_read_file(&self.path, &read, &bytes).map_err(|error| error.reason())
    }
}

/// What `appeal test` counted.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    blessed: usize,
    skipped: usize,
    invalid: usize,
    filtered: usize,
    /// Cases judged whose files have warnings.
    warned: usize,
    left_out: BTreeMap<String, usize>,
}

impl Tally {
    /// "170 passed, 0 failed", then what else there was: ", 2 blessed, 1 skipped, 3 invalid",
    /// and the cases `--policy` left out.
    fn summary(&self, policy_id: Option<&str>) -> String {
        let mut text = format!("{} passed, {} failed", self.passed, self.failed);
        for (count, what) in [
            (self.blessed, "blessed"),
            (self.skipped, "skipped (no `expect:` block)"),
            (self.invalid, "invalid"),
            (self.warned, "with warnings"),
        ] {
            if count > 0 {
                text.push_str(&format!(", {count} {what}"));
            }
        }
        if let Some(id) = policy_id {
            text.push_str(&super::policy_cmd::left_out_note(&self.left_out, id, id));
        }
        text
    }
}

/// What a test run gathers case by case: the tallies, the coverage, the JUnit suite and the
/// diagnostics shared between cases, and how each case is printed.
struct Recorder {
    json: bool,
    quiet: bool,
    deny: bool,
    inputs_seen: Vec<PathBuf>,
    tally: Tally,
    coverage: Coverage,
    junit: TestSuite,
    /// JUnit carries diagnostics as plain text, whatever stderr is.
    plain: Reporter,
    shared: SharedProblems,
    ids: CaseIds,
    last_policy: Option<String>,
}

impl Recorder {
    /// Nothing recorded yet, for a run of `args`.
    fn new(args: &TestArgs) -> Recorder {
        Recorder {
            json: args.format == Format::Json,
            quiet: args.strictness.quiet,
            deny: args.strictness.deny_warnings,
            inputs_seen: Vec::new(),
            tally: Tally::default(),
            coverage: Coverage::default(),
            junit: TestSuite::new("appeal"),
            plain: Reporter::new(Look::PLAIN),
            shared: SharedProblems::default(),
            ids: CaseIds::default(),
            last_policy: None,
        }
    }

    /// A case whose ruling matches its `expect:` block.
    fn passed(&mut self, name: &str, seen: Seen, out: &mut Output) -> std::io::Result<()> {
        self.tally.passed += 1;
        self.coverage.add(&seen.branches);
        // Under --self.deny-warnings a case with warnings fails the run, and is shown.
        let denied = self.deny && (seen.warnings.is_some() || seen.same_id);
        if self.json && (!self.quiet || denied) {
            let line = json_line(name, &seen, TestResult::Passed, &[]);
            out.stdout.write_all(line.as_bytes())?;
        } else if denied {
            writeln!(out.stdout, "warn  {name} (passed, with warnings: denied)")?;
        } else if !self.quiet {
            writeln!(out.stdout, "ok    {name}")?;
        }
        let mut case = TestCase::new(name, TestCaseStatus::success());
        case.set_classname(seen.clause);
        case.add_property(quick_junit::Property::new("policy", seen.policy));
        self.junit.add_test_case(case);
        Ok(())
    }

    /// A case whose `expect:` block `--bless` rewrites (or cannot).
    fn blessed(
        &mut self,
        name: &str,
        seen: Seen,
        mismatches: Vec<Mismatch>,
        blessing: Blessing,
        out: &mut Output,
    ) -> std::io::Result<()> {
        self.coverage.add(&seen.branches);
        let written = blessing.write();
        match written {
            Ok(()) => {
                self.tally.blessed += 1;
                let changes = expectation::describe_blessed(&mismatches);
                if self.json {
                    let line = json_line(name, &seen, TestResult::Blessed, &mismatches);
                    out.stdout.write_all(line.as_bytes())?;
                } else {
                    writeln!(
                        out.stdout,
                        "bless {name} ({})\n{changes}",
                        Shown(&seen.case)
                    )?;
                }
                let mut case = TestCase::new(name, TestCaseStatus::success());
                case.set_classname(seen.clause);
                case.add_property(quick_junit::Property::new("policy", seen.policy));
                self.junit.add_test_case(case);
            }
            Err(why) => {
                self.tally.failed += 1;
                let diff = expectation::describe(&mismatches);
                if self.json {
                    let line =
                        json_line_why(name, &seen, TestResult::Failed, &mismatches, Some(why));
                    out.stdout.write_all(line.as_bytes())?;
                } else {
                    writeln!(
                        out.stdout,
                        "FAIL  {name} ({}): not blessed, {why}\n{diff}",
                        Shown(&seen.case)
                    )?;
                }
                self.junit
                    .add_test_case(failure(name, seen, &mismatches, diff));
            }
        }
        Ok(())
    }

    /// A case whose ruling differs from its `expect:` block.
    fn failed(
        &mut self,
        name: &str,
        seen: Seen,
        mismatches: Vec<Mismatch>,
        out: &mut Output,
    ) -> std::io::Result<()> {
        self.tally.failed += 1;
        self.coverage.add(&seen.branches);
        let diff = expectation::describe(&mismatches);
        if self.json {
            let line = json_line(name, &seen, TestResult::Failed, &mismatches);
            out.stdout.write_all(line.as_bytes())?;
        } else {
            writeln!(out.stdout, "FAIL  {name} ({})\n{diff}", Shown(&seen.case))?;
        }
        self.junit
            .add_test_case(failure(name, seen, &mismatches, diff));
        Ok(())
    }

    /// A file that cannot be judged: its diagnostics.
    fn invalid(
        &mut self,
        name: &str,
        problems: Vec<FileProblems>,
        out: &mut Output,
    ) -> std::io::Result<()> {
        self.tally.invalid += 1;
        self.shared.report(&problems, out)?;
        if self.json {
            let line = TestLine::Other(UntestedFile {
                file: name.to_string(),
                result: TestResult::Invalid,
            });
            out.stdout.write_all(lines::line(&line).as_bytes())?;
        } else {
            writeln!(out.stdout, "ERROR {name} (invalid input, see stderr)")?;
        }
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_message("invalid input");
        let rendered: String = problems
            .iter()
            .map(|file| {
                self.plain
                    .render_file(&file.problems, file.source.as_deref(), &file.name)
            })
            .collect();
        status.set_description(rendered);
        let mut case = TestCase::new(name, status);
        case.set_classname("invalid");
        self.junit.add_test_case(case);
        Ok(())
    }

    /// A case without an `expect:` block.
    fn skipped(&mut self, name: &str, out: &mut Output) -> std::io::Result<()> {
        self.tally.skipped += 1;
        if self.json && !self.quiet {
            let line = TestLine::Other(UntestedFile {
                file: name.to_string(),
                result: TestResult::Skipped,
            });
            out.stdout.write_all(lines::line(&line).as_bytes())?;
        } else if !self.quiet {
            writeln!(out.stdout, "skip  {name} (no `expect:` block)")?;
        }
        let mut status = TestCaseStatus::skipped();
        status.set_message("no `expect:` block: nothing to compare");
        let mut case = TestCase::new(name, status);
        case.set_classname("skipped");
        self.junit.add_test_case(case);
        Ok(())
    }

    /// Prints, counts and records one judged case.
    fn record(
        &mut self,
        name: String,
        mut outcome: Outcome,
        took: std::time::Duration,
        out: &mut Output,
    ) -> std::io::Result<()> {
        self.inputs_seen.push(PathBuf::from(&name));
        let cases_before = self.junit.test_cases.len();
        if let Outcome::Passed(seen) | Outcome::Failed(seen, _, _) = &mut outcome {
            self.tally.warned += usize::from(warn(seen, &name, &mut self.ids, out)?);
            // People read the policy above the cases judged under it: a line whenever it
            // changes (JSON and JUnit name it for each case).
            let shown = !self.quiet || !matches!(outcome, Outcome::Passed(_));
            if let Outcome::Passed(seen) | Outcome::Failed(seen, _, _) = &outcome
                && !self.json
                && shown
                && self.last_policy.as_deref() != Some(seen.policy.as_str())
            {
                writeln!(out.stdout, "policy {}", Shown(&seen.policy))?;
                self.last_policy = Some(seen.policy.clone());
            }
        }
        match outcome {
            Outcome::Passed(seen) => self.passed(&name, seen, out)?,
            Outcome::Failed(seen, mismatches, Some(blessing)) => {
                self.blessed(&name, seen, mismatches, blessing, out)?
            }
            Outcome::Failed(seen, mismatches, None) => self.failed(&name, seen, mismatches, out)?,
            Outcome::Invalid(problems) => self.invalid(&name, problems, out)?,
            Outcome::Skipped => self.skipped(&name, out)?,
            Outcome::LeftOut(id) => *self.tally.left_out.entry(id).or_default() += 1,
            Outcome::Filtered => self.tally.filtered += 1,
        }
        if self.junit.test_cases.len() > cases_before
            && let Some(case) = self.junit.test_cases.last_mut()
        {
            case.set_time(took);
        }
        Ok(())
    }
}

/// The bench the cases are judged on and, under `--policy FILE`, the id of the policy whose
/// cases alone are compared.
fn bench_and_id(
    args: &TestArgs,
    shelf: &PolicyShelf,
) -> Result<(crate::hearing::Bench, Option<String>), FileProblems> {
    let bench = super::judge::bench(args.policy.policy.as_deref(), None, Clock::Policy, shelf)?;
    let only_id = match &bench.policy {
        Some(reference) => Some(shelf.get(reference)?.id.clone()),
        None => None,
    };
    Ok((bench, only_id))
}

pub fn run(args: &TestArgs, out: &mut Output) -> std::io::Result<u8> {
    // The report's file, if it exists, is watched before anything is read: the run may read
    // it (as a case, a policy or an evidence file), and then must not replace it.
    if let Some(path) = &args.junit {
        crate::reading::source::watch(path);
    }
    let json = args.format == Format::Json;
    out.json_diagnostics = json;
    let shelf = PolicyShelf::default();
    let (bench, only_id) = match bench_and_id(args, &shelf) {
        Ok(both) => both,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let paths = match super::config::desk(out)? {
        Ok(desk) => desk.cases_or(&args.paths, Some("cases")),
        Err(code) => return Ok(code),
    };
    let job = Job {
        filter: args.filter.as_deref(),
        bench: &bench,
        shelf: &shelf,
        only_id: only_id.as_deref(),
        bless: args.bless,
    };
    let mut run = Recorder::new(args);
    let started = Started::now();
    job.judge_all(&paths, &mut run, out)?;
    let Recorder {
        inputs_seen,
        tally,
        coverage,
        junit,
        shared,
        ..
    } = run;

    shared.finish(out)?;
    print_summary(args, json, &tally, &coverage, only_id.as_deref(), out)?;

    if let Some(path) = &args.junit
        && let Err(error) = write_junit(path, junit, &started, &inputs_seen)
    {
        out.report_error(&error)?;
        return Ok(exit::INVALID);
    }
    exit_code(args, &tally, &coverage, &paths, only_id.as_deref(), out)
}

/// The run's exit code: nothing compared, invalid inputs, failures (or denied warnings), or
/// coverage below `--min-coverage`; saying why where the tally does not.
fn exit_code(
    args: &TestArgs,
    tally: &Tally,
    coverage: &Coverage,
    paths: &[PathBuf],
    only_id: Option<&str>,
    out: &mut Output,
) -> std::io::Result<u8> {
    let (passed, failed, blessed, invalid) =
        (tally.passed, tally.failed, tally.blessed, tally.invalid);
    let (filter, deny) = (args.filter.as_deref(), args.strictness.deny_warnings);
    if passed + failed + blessed + invalid == 0 {
        // A run that compares nothing must not pass CI silently. (Invalid cases already fail
        // it, with their diagnostics.)
        let why = nothing_tested(paths, filter, only_id, tally);
        out.report_error(&crate::reading::diagnostics::Problem::CommandLine(
            crate::reading::diagnostics::CommandLineProblem::NothingTested { why },
        ))?;
        return Ok(exit::INVALID);
    }
    if invalid > 0 {
        return Ok(exit::INVALID);
    }
    if failed > 0 || (deny && tally.warned > 0) {
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

/// The run's summary: a JSON line, or the coverage report and the tally for a person.
fn print_summary(
    args: &TestArgs,
    json: bool,
    tally: &Tally,
    coverage: &Coverage,
    only_id: Option<&str>,
    out: &mut Output,
) -> std::io::Result<()> {
    if json {
        let coverage = args.coverage.then(|| coverage.percent());
        let summary = TestLine::Summary {
            summary: TestSummary {
                blessed: tally.blessed,
                coverage_percent: coverage,
                failed: tally.failed,
                invalid: tally.invalid,
                left_out: tally.left_out.clone(),
                passed: tally.passed,
                skipped: tally.skipped,
                with_warnings: tally.warned,
            },
        };
        out.stdout.write_all(lines::line(&summary).as_bytes())?;
    } else if args.coverage {
        out.stdout
            .write_all(coverage_report(coverage, out.look).as_bytes())?;
    }
    if !json {
        writeln!(out.stdout, "{}", tally.summary(only_id))?;
    }

    Ok(())
}

/// Writes the JUnit report to `path`, in place of any file there, unless the run read it.
fn write_junit(
    path: &std::path::Path,
    mut junit: TestSuite,
    started: &Started,
    inputs_seen: &[PathBuf],
) -> Result<(), artifact::WriteError> {
    let mut report = Report::new("appeal test");
    junit.set_timestamp(started.timestamp);
    junit.set_time(started.clock.elapsed());
    report.set_timestamp(started.timestamp);
    report.set_time(started.clock.elapsed());
    report.add_test_suite(junit);
    // The one XML escaper, over the whole document: nothing from an input can make it
    // ill-formed.
    let xml = crate::text::shown::xml(report.to_string().unwrap_or_default());
    artifact::write_atomically(path, xml.as_bytes(), inputs_seen)
}

/// Why a run compared nothing, in words: the filter, the policy or the folders.
fn nothing_tested(
    paths: &[PathBuf],
    filter: Option<&str>,
    only_id: Option<&str>,
    tally: &Tally,
) -> String {
    let (skipped, filtered) = (tally.skipped, tally.filtered);
    let shown: Vec<String> = paths.iter().map(|p| format!("`{}`", p.display())).collect();
    let left_out: usize = tally.left_out.values().sum();
    match (filter, only_id) {
        (Some(filter), _) => format!(
            "no case with an `expect:` block matched --filter `{filter}` ({filtered} did not \
             match; {skipped} matched but have no `expect:`)"
        ),
        (None, Some(id)) if left_out > 0 => format!(
            "no case under {} is judged under the policy `{id}` ({left_out} under others, \
             {skipped} without `expect:`)",
            shown.join(", ")
        ),
        _ => format!(
            "no case under {} has an `expect:` block ({skipped} without one)",
            shown.join(", ")
        ),
    }
}

/// Reports the warnings of a judged case, its file's and a case id another file had first;
/// whether it has any.
fn warn(seen: &mut Seen, name: &str, ids: &mut CaseIds, out: &mut Output) -> std::io::Result<bool> {
    if let Some(same) = ids.see(&seen.case, name) {
        out.report_error(&same)?;
        seen.same_id = true;
    }
    if let Some(warnings) = &seen.warnings {
        out.report(warnings)?;
    }
    Ok(seen.warnings.is_some() || seen.same_id)
}

/// When the run started, for the JUnit report: its `timestamp` (the clock, or
/// `SOURCE_DATE_EPOCH` when set, for a reproducible report) and the measure of its `time`.
struct Started {
    timestamp: chrono::DateTime<chrono::FixedOffset>,
    clock: std::time::Instant,
}

impl Started {
    fn now() -> Started {
        let pinned = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|seconds| seconds.trim().parse::<i64>().ok())
            .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0));
        Started {
            timestamp: pinned.unwrap_or_else(chrono::Utc::now).fixed_offset(),
            clock: std::time::Instant::now(),
        }
    }
}

/// One case's result for `--format json`, newline-terminated.
fn json_line(name: &str, seen: &Seen, result: TestResult, mismatches: &[Mismatch]) -> String {
    json_line_why(name, seen, result, mismatches, None)
}

/// [`json_line`], with why `--bless` left the file alone.
fn json_line_why(
    name: &str,
    seen: &Seen,
    result: TestResult,
    mismatches: &[Mismatch],
    not_blessed: Option<String>,
) -> String {
    let mismatches = mismatches
        .iter()
        .map(|m| TestMismatch {
            actual: m.actual.clone(),
            expected: m.expected.clone(),
            field: m.field,
        })
        .collect();
    lines::line(&TestLine::Case(TestedCase {
        case: seen.case.clone(),
        clause: seen.clause.clone(),
        file: name.to_string(),
        policy: seen.policy.clone(),
        not_blessed,
        mismatches,
        result,
    }))
}

/// A JUnit failure: the fields that differ, and the expected-vs-actual listing.
fn failure(name: &str, seen: Seen, mismatches: &[Mismatch], diff: String) -> TestCase {
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
    status.set_message(format!(
        "ruling differs from expect: in {}",
        mismatches
            .iter()
            .map(|m| m.field)
            .collect::<Vec<_>>()
            .join(", ")
    ));
    status.set_description(format!("under policy {}\n{diff}", seen.policy));
    let mut case = TestCase::new(name.to_string(), status);
    case.set_classname(seen.clause);
    case.add_property(quick_junit::Property::new("policy", seen.policy));
    case
}

/// What every case of a run is judged with.
struct Job<'a> {
    filter: Option<&'a str>,
    bench: &'a hearing::Bench,
    shelf: &'a PolicyShelf,
    /// `--policy FILE`: the id of FILE's policy.
    only_id: Option<&'a str>,
    bless: bool,
}

impl Job<'_> {
    /// Judges the cases found at `paths`, several at a time, and records each in `run` in the
    /// order found.
    fn judge_all(
        &self,
        paths: &[PathBuf],
        run: &mut Recorder,
        out: &mut Output,
    ) -> std::io::Result<()> {
        let work = |input: inputs::Input| {
            let name = input.name();
            let clock = std::time::Instant::now();
            let outcome = self.judge_one(input, &name);
            (name, outcome, clock.elapsed())
        };
        let found = inputs::expand_noting(paths, out)?;
        inputs::in_order(found, work, |(name, outcome, took)| {
            run.record(name, outcome, took, out)
        })
    }

    fn judge_one(&self, input: inputs::Input, name: &str) -> Outcome {
        let source = match inputs::read(&input) {
            Ok(source) => source,
            Err(problems) => return Outcome::Invalid(vec![problems]),
        };
        let loaded = match crate::hearing::evidence_files::load(source) {
            Ok(loaded) => loaded,
            Err(problems) => return Outcome::Invalid(vec![problems]),
        };
        if let Some(id) = self.only_id {
            match hearing::own_policy(&loaded, self.shelf) {
                Ok(own) if own.id != id => return Outcome::LeftOut(own.id.clone()),
                Ok(_) => {}
                Err(problems) => return Outcome::Invalid(problems),
            }
        }
        let (policy, ruling) = match hearing::judge_loaded(&loaded, self.bench, self.shelf) {
            Ok(judged) => judged,
            Err(problems) => return Outcome::Invalid(problems),
        };
        if let Some(filter) = self.filter
            && !name.contains(filter)
            && !loaded.case.id.value.contains(filter)
        {
            return Outcome::Filtered;
        }
        let Some(expect) = &loaded.case.expect else {
            return Outcome::Skipped;
        };
        let seen = Seen {
            case: ruling.case.clone(),
            clause: ruling.clause.to_string(),
            policy: crate::report::render::policy_named(&ruling, policy.file()),
            branches: ruling.branches.clone(),
            warnings: (!loaded.warnings.is_empty())
                .then(|| FileProblems::new(loaded.source.clone(), loaded.warnings.clone())),
            same_id: false,
        };
        let mismatches = expectation::compare(expect, &ruling);
        if mismatches.is_empty() {
            return Outcome::Passed(seen);
        }
        let blessing = self.bless.then(|| bless(&loaded, &ruling));
        Outcome::Failed(seen, mismatches, blessing)
    }
}

/// The case file with its `expect:` block rewritten to what `ruling` passes, checked: the
/// rewritten file reads back as a case that passes. Whether the file on disk is still the one
/// judged is checked when it is written ([`Blessing::write`]), in the same step as the write.
fn bless(
    loaded: &crate::model::case::LoadedCase,
    ruling: &crate::model::ruling::Ruling,
) -> Blessing {
    let source = &loaded.source;
    let Some(path) = source.path.clone() else {
        return Blessing {
            path: PathBuf::from(&source.name),
            identity: None,
            sha256: String::new(),
            rewritten: Err("a case read from stdin cannot be rewritten".into()),
        };
    };
    // The bytes judged: the file is compared with them again just before it is replaced.
    let bytes = source.bytes();
    let rewritten = (|| {
        let tree = crate::reading::document::parse_yaml(source)
            .map_err(|_| "it no longer reads as YAML".to_string())?;
        let crate::reading::document::Value::Map(entries) = &tree.value else {
            return Err("it is not a mapping".to_string());
        };
        let key = entries
            .iter()
            .find(|e| e.key == "expect")
            .ok_or("it has no `expect:` block")?;
        let previous = loaded.case.expect.as_ref();
        let new = expectation::rewrite(&bytes, &source.text, key.key_span.start, ruling, previous)
            .map_err(|e| e.0)?;
        // The rewritten file must read back as the same case, now passing.
        let mut again = crate::reading::source::SourceFile::from_bytes(source.name.clone(), &new)
            .map_err(|p| p.to_string())?;
        again.path = Some(path.clone());
        let reread = crate::hearing::evidence_files::load(again).map_err(|_| {
            "the rewritten block does not read back; rewrite it by hand".to_string()
        })?;
        let passes = reread
            .case
            .expect
            .as_ref()
            .is_some_and(|expect| expectation::compare(expect, ruling).is_empty());
        if !passes {
            return Err("the rewritten block does not match the ruling; rewrite it by hand".into());
        }
        Ok(new)
    })();
    Blessing {
        path,
        identity: source.identity.clone(),
        sha256: source.sha256().to_string(),
        rewritten,
    }
}

/// The coverage table and the list of unreached branches.
fn coverage_report(coverage: &Coverage, look: Look) -> String {
    let words = crate::report::words::english();
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
            words.word(branch),
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
        .map(|(c, b, _)| format!("  {c}: {}", words.word(b)))
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
