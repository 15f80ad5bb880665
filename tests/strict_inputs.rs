//! Validation means what the README says: what a case file may not hold is refused, and the
//! checks that need the disk fail closed. Each test names the class of input it pins; the bad
//! inputs of the same classes are in `tests/bad-inputs/` (checked and snapshotted by
//! `tests/diagnostics.rs`).

use std::path::PathBuf;

use appeal::model::case;
use appeal::reading::decode::{self, FIRST_YEAR, LAST_YEAR, TimeError, TimeFault};
use appeal::reading::diagnostics::{FileProblems, Problem};
use appeal::reading::source::SourceFile;
use appeal::vocab::duration::{MAX_WINDOW_DAYS, PolicyDuration};
use assert_cmd::Command;

const SAMPLE: &str = include_str!("../cases/buyer.1b-spec-example.yaml");
const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

fn source(text: &str) -> SourceFile {
    SourceFile::from_bytes("strict.yaml", text.as_bytes()).expect("readable")
}

/// The problems of a case read without the disk (no evidence file is looked at).
fn problems_of(text: &str) -> Vec<Problem> {
    match case::load(source(text)) {
        Ok(loaded) => loaded.warnings,
        Err(FileProblems { problems, .. }) => problems,
    }
}

/// The codes of the problems, e.g. `appeal::yaml::tag`.
fn codes(problems: &[Problem]) -> Vec<String> {
    use miette::Diagnostic;
    problems
        .iter()
        .map(|p| p.code().map(|c| c.to_string()).unwrap_or_default())
        .collect()
}

fn edited(old: &str, new: &str) -> String {
    assert!(SAMPLE.contains(old), "{old}");
    SAMPLE.replacen(old, new, 1)
}

fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").expect("the binary is built");
    command.env("NO_COLOR", "1").current_dir(MANIFEST);
    command
}

// ---------------------------------------------------------------------------------------------
// Evidence checks fail closed

/// A case with an evidence file that does not exist and a digest that cannot match.
fn case_with_evidence_file() -> String {
    edited(
        "    official_source: true\n",
        "    official_source: true\n    file: evidence/receipt-9.png\n    sha256: \
         0000000000000000000000000000000000000000000000000000000000000000\n",
    )
}

#[test]
fn evidence_is_refused_when_the_case_folder_cannot_be_resolved() {
    let mut source = source(&case_with_evidence_file());
    source.path = Some(PathBuf::from("/no/such/folder/anywhere/case.yaml"));
    let problems = match appeal::hearing::evidence_files::load(source) {
        Ok(_) => panic!("a file that cannot be checked must not pass"),
        Err(file) => file.problems,
    };
    assert_eq!(codes(&problems), ["appeal::evidence::unchecked"]);
}

#[test]
fn a_case_on_stdin_from_a_deleted_folder_fails_closed() {
    // The shell removes its own working folder and then runs `appeal check -` from it.
    let binary = assert_cmd::cargo::cargo_bin("appeal");
    let scratch = tempfile::tempdir().expect("a scratch folder");
    let script = format!(
        "mkdir gone && cd gone && rmdir ../gone && exec '{}' check -",
        binary.display()
    );
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(scratch.path())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(case_with_evidence_file().as_bytes())?;
            child.wait_with_output()
        })
        .expect("the shell runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("appeal::evidence::unchecked"), "{stderr}");
}

#[test]
fn reading_a_case_does_not_touch_the_disk() {
    // `case::load` validates a case without a file system: the missing file is not looked at;
    // `evidence_files::load` looks and refuses it.
    let text = case_with_evidence_file();
    assert!(case::load(source(&text)).is_ok());
    let mut on_disk = source(&text);
    on_disk.path = Some(PathBuf::from(MANIFEST).join("cases/strict.yaml"));
    let problems = appeal::hearing::evidence_files::load(on_disk)
        .unwrap_err()
        .problems;
    assert_eq!(codes(&problems), ["appeal::evidence::missing"]);
}

// ---------------------------------------------------------------------------------------------
// YAML: only what YAML 1.2 core and the case format allow

#[test]
fn only_lower_case_true_and_false_are_booleans() {
    for written in ["True", "TRUE", "False", "FALSE", "yes", "On"] {
        let problems = problems_of(&edited(
            "  kyc_verified: true\nseller:",
            &format!("  kyc_verified: {written}\nseller:"),
        ));
        assert_eq!(codes(&problems), ["appeal::wrong_type"], "{written}");
    }
    // As text they stay as written.
    let loaded = case::load(source(&edited("uid: \"B-1001\"", "uid: TRUE"))).expect("valid");
    assert_eq!(loaded.case.buyer.uid, "TRUE");
}

#[test]
fn tags_other_than_str_are_refused() {
    for tagged in [
        "!!binary QUJD",
        "!secret B-1001",
        "!!timestamp 2025-06-01",
        "!<tag:example.com,2000:id> B-1001",
    ] {
        let problems = problems_of(&edited("uid: \"B-1001\"", &format!("uid: {tagged}")));
        assert_eq!(codes(&problems), ["appeal::yaml::tag"], "{tagged}");
    }
    // On a key and on a mapping too.
    let problems = problems_of(&edited("  uid: \"B-1001\"", "  !!binary dWlk: B-1001"));
    assert_eq!(codes(&problems), ["appeal::yaml::tag"]);
    let problems = problems_of(&edited("buyer:\n", "buyer: !trader\n"));
    assert_eq!(codes(&problems), ["appeal::yaml::tag"]);
    // `!!str` keeps a number as text.
    let loaded = case::load(source(&edited(
        "  id: \"2025060100001\"",
        "  id: !!str 2025060100001",
    )))
    .expect("valid");
    assert_eq!(loaded.case.order.id.value, "2025060100001");
}

#[test]
fn merge_keys_are_refused() {
    let problems = problems_of(&edited(
        "seller:\n  uid: \"S-2002\"",
        "seller:\n  <<: { kyc_verified: true }\n  uid: \"S-2002\"",
    ));
    assert_eq!(codes(&problems), ["appeal::yaml::merge_key"]);
}

#[test]
fn comment_lines_are_not_values() {
    // A million comment lines (2 MB, under the 8 MiB cap) around a valid case: the value budget
    // (250 000) counts values, not comments.
    let comments = "#\n".repeat(1_000_000);
    let text = format!("{comments}{SAMPLE}");
    assert!(problems_of(&text).is_empty());
    // Values still count.
    let many = format!(
        "{SAMPLE}padding: [{}]\n",
        vec!["1"; appeal::reading::document::YAML_MAX_NODES].join(",")
    );
    assert_eq!(codes(&problems_of(&many)), ["appeal::yaml::limit"]);
}

#[test]
fn an_empty_list_item_is_reported_on_its_own_line() {
    let text = edited(
        "  - { at: 2025-06-01T10:25:00+08:00, event: appeal_opened, by: buyer }\n",
        "  -    # nothing here\n  - { at: 2025-06-01T10:25:00+08:00, event: appeal_opened, by: buyer }\n",
    );
    let problems = problems_of(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let line = problems[0].line_in(&text).expect("located");
    let expected = 1 + text[..text.find("  -    # nothing").unwrap()]
        .matches('\n')
        .count();
    assert_eq!(line, expected);
}

// ---------------------------------------------------------------------------------------------
// Times and numbers

#[test]
fn times_a_ruling_cannot_use_are_refused() {
    let fault = |written: &str| match decode::parse_time(written) {
        Err(TimeError::Invalid(fault)) => Some(fault),
        _ => None,
    };
    assert_eq!(
        fault("2025-06-01T12:29:60+08:00"),
        Some(TimeFault::LeapSecond)
    );
    assert_eq!(
        fault("2025-06-01T12:29:59.9999999999+08:00"),
        Some(TimeFault::TooFine)
    );
    assert!(decode::parse_time("2025-06-01T12:29:59.999999999+08:00").is_ok());
    assert_eq!(fault("9900-01-01T00:00:00Z"), Some(TimeFault::Year));
    assert_eq!(fault("1969-12-31T23:59:59Z"), Some(TimeFault::Year));
    assert!(decode::parse_time(&format!("{LAST_YEAR}-12-31T23:59:59Z")).is_ok());
    assert!(decode::parse_time(&format!("{FIRST_YEAR}-01-01T00:00:00Z")).is_ok());
    // In a case they are reported at the time.
    let problems = problems_of(&edited(
        "as_of: 2025-06-01T12:30:00",
        "as_of: 2025-06-01T12:29:60",
    ));
    assert_eq!(codes(&problems), ["appeal::time::unusable"]);
}

#[test]
fn no_deadline_can_pass_the_year_9999() {
    // The latest time a case may hold plus the longest window a policy may set is still a
    // four-digit year: RFC 3339 has no other.
    let latest = decode::parse_time(&format!("{LAST_YEAR}-12-31T23:59:59+14:00")).unwrap();
    let deadline = latest + chrono::Duration::days(i64::from(MAX_WINDOW_DAYS) * 10);
    assert!(deadline.to_rfc3339().starts_with("99"), "{deadline}");
    // A case at the end of that range is judged, and every time printed has four digits.
    let text = SAMPLE.replace("2025-06-01T", &format!("{LAST_YEAR}-12-30T"));
    let output = appeal()
        .args(["judge", "--format", "json", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains(&format!("\"{LAST_YEAR}-12-30T")),
        "{stdout}"
    );
    assert!(!stdout.contains("+10000") && !stdout.contains("\"10000-"));
}

#[test]
fn decimals_with_spaces_around_them_are_refused() {
    for written in ["\" 25500\"", "\"25500 \"", "\" 25500 \""] {
        let problems = problems_of(&edited("  price: 25500", &format!("  price: {written}")));
        assert_eq!(codes(&problems), ["appeal::decimal::invalid"], "{written}");
    }
    assert!(decode::parse_decimal(" 1").is_none());
    assert_eq!(decode::parse_decimal("1.50").unwrap().to_string(), "1.50");
}

#[test]
fn windows_are_capped_at_two_years() {
    assert_eq!(MAX_WINDOW_DAYS, 732);
    for written in ["5256000wd", "521wd", "733d", "25mo", "17569h", "1054081m"] {
        assert!(PolicyDuration::parse(written).is_err(), "{written}");
    }
    for written in ["520wd", "732d", "24mo", "17568h", "1054080m", "18mo"] {
        assert!(PolicyDuration::parse(written).is_ok(), "{written}");
    }
    // Written exactly: no spaces around it, as for decimals.
    assert!(PolicyDuration::parse(" 15m").is_err());
    assert!(PolicyDuration::parse("15m ").is_err());
    let problems = problems_of(&edited("payment_window: 15m", "payment_window: 5256000wd"));
    assert_eq!(codes(&problems), ["appeal::duration::invalid"]);
}

#[test]
fn min_coverage_takes_a_percentage_only() {
    for written in ["NaN", "nan", "inf", "-1", "100.5", "ten"] {
        appeal()
            .args([
                "test",
                "cases/buyer.1b-spec-example.yaml",
                "--min-coverage",
                written,
            ])
            .assert()
            .code(2);
    }
    appeal()
        .args([
            "test",
            "cases/buyer.1b-spec-example.yaml",
            "--min-coverage",
            "0",
        ])
        .assert()
        .code(0);
}

// ---------------------------------------------------------------------------------------------
// Diagnostics quote no line over 2 000 bytes

fn longest_line(text: &str) -> usize {
    text.lines().map(str::len).max().unwrap_or(0)
}

#[test]
fn no_quoted_line_is_over_2000_bytes() {
    let long = format!("  # {}\n", "x".repeat(3_000));
    // A huge line next to the mistake (quoted as context).
    let beside = edited(
        "  kyc_verified: true\nseller:",
        &format!("  kyc_verified: yes\n{long}seller:"),
    );
    // A problem with two labels, the second on a huge line: the duplicate chat id.
    let twice = SAMPLE.replacen(
        "chat:\n",
        &format!(
            "chat:\n  - {{ id: c1, at: 2025-06-01T10:07:00+08:00, from: buyer, text: \"{}\" }}\n",
            "y".repeat(3_000)
        ),
        1,
    );
    for text in [beside, twice] {
        let output = appeal()
            .args(["check", "-"])
            .write_stdin(text)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("(line too long to show)"), "{stderr}");
        assert!(longest_line(&stderr) <= 2_000, "{}", longest_line(&stderr));
    }
}

// ---------------------------------------------------------------------------------------------
// Messages that point where the mistake is

#[test]
fn a_missing_key_in_a_list_item_points_at_that_item() {
    let text = edited(
        "chat:\n",
        "chat:\n  - { id: c0, at: 2025-06-01T10:07:00+08:00, from: buyer, text: a }\n  - id: c9\n    at: 2025-06-01T10:08:00+08:00\n    from: buyer\n",
    );
    let problems = problems_of(&text);
    assert_eq!(codes(&problems), ["appeal::missing_key"]);
    let line = problems[0].line_in(&text).unwrap();
    assert_eq!(
        line,
        1 + text[..text.find("  - id: c9").unwrap()]
            .matches('\n')
            .count()
    );
}

#[test]
fn an_entry_pasted_into_the_wrong_list_is_one_problem_that_says_where_it_belongs() {
    let evidence = "  - id: receipt-2\n    by: buyer\n    kind: bank_statement\n    at: 2025-06-01T10:27:00+08:00\n";
    let problems = problems_of(&edited("chat:\n", &format!("chat:\n{evidence}")));
    assert_eq!(codes(&problems), ["appeal::misplaced_entry"]);
    assert!(
        problems[0]
            .to_string()
            .contains("looks like an evidence entry")
    );
    // A payment under `timeline:`.
    let payment =
        "  - { at: 2025-06-01T10:05:00+08:00, amount: 1, payer_name: X, to_account: Y }\n";
    let problems = problems_of(&edited("timeline:\n", &format!("timeline:\n{payment}")));
    assert_eq!(codes(&problems), ["appeal::misplaced_entry"]);
    assert!(problems[0].to_string().contains("looks like a payment"));
    // A misspelt key of the list's own is not mistaken for another list.
    let problems = problems_of(&edited("from: buyer, text:", "from: buyer, txt:"));
    assert!(codes(&problems).contains(&"appeal::unknown_key".to_string()));
}
