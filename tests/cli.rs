//! The command line as users and CI drive it: exit codes, streams, formats, many files at once,
//! stdin, closed pipes, JUnit, replays and the file-system rules for evidence.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use assert_cmd::prelude::*;
use predicates::prelude::*;

fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").expect("the binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    command
}

const SAMPLE: &str = "cases/buyer.1b-spec-example.yaml";

#[test]
fn judge_prints_the_ruling_on_stdout_and_nothing_on_stderr() {
    appeal()
        .args(["judge", SAMPLE])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "DECISION  release_to_buyer — FINAL — buyer.1b",
        ))
        .stderr(predicate::str::is_empty());
}

#[test]
fn plain_output_has_no_colour_codes() {
    let output = appeal()
        .args(["judge", "--explain", SAMPLE])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&output.stdout).contains('\u{1b}'));
    let output = appeal()
        .args(["check", "tests/bad-inputs/case/misspelt-nested-key.yaml"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&output.stderr).contains('\u{1b}'));
}

/// SPEC §2: not a terminal → plain. Piped output has ASCII table borders and ASCII diagnostic
/// frames, with or without `NO_COLOR`.
#[test]
fn piped_output_draws_no_box_drawing_characters() {
    const BOX: [char; 8] = ['┌', '│', '┆', '╞', '╭', '─', '×', '╰'];
    for no_color in [true, false] {
        let mut judge = appeal();
        let mut check = appeal();
        if !no_color {
            judge.env_remove("NO_COLOR");
            check.env_remove("NO_COLOR");
        }
        let output = judge.args(["judge", "--explain", SAMPLE]).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.contains(BOX), "{stdout}");
        assert!(stdout.contains("+====="), "{stdout}");
        let output = check
            .args(["check", "tests/bad-inputs/case/misspelt-nested-key.yaml"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains(BOX), "{stderr}");
        assert!(!stderr.contains('\u{1b}'), "{stderr}");
        assert!(stderr.contains(",-[tests/bad-inputs/case/"), "{stderr}");
    }
}

#[test]
fn json_lines_one_object_per_case_matching_the_ruling_schema() {
    let output = appeal()
        .args(["judge", "--format", "json", "cases/"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let schema: serde_json::Value =
        serde_json::from_slice(&appeal().args(["schema", "ruling"]).output().unwrap().stdout)
            .unwrap();
    let properties = schema["properties"].as_object().unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        std::fs::read_dir("cases")
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml"))
            .count()
    );
    for line in lines {
        let ruling: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        let object = ruling.as_object().unwrap();
        for key in &required {
            assert!(object.contains_key(*key), "missing {key}");
        }
        for key in object.keys() {
            assert!(properties.contains_key(key), "{key} is not in the schema");
        }
        assert_eq!(ruling["schema_version"], 1);
    }
}

#[test]
fn one_bad_file_among_many_is_reported_and_the_rest_are_judged() {
    let output = appeal()
        .args([
            "judge",
            "--format",
            "json",
            SAMPLE,
            "tests/bad-inputs/case/negative-amount.yaml",
            "cases/seller.5a-released-without-payment-no-intervention.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("negative-amount.yaml"));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = appeal()
        .args(["judge", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(std::fs::read(SAMPLE).unwrap().as_slice())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("release_to_buyer"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = appeal()
        .args(["judge", "cases/"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
    assert!(
        String::from_utf8_lossy(&output.stderr).is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn replaying_with_as_of_waits_again_and_an_as_of_without_offset_is_a_usage_error() {
    appeal()
        .args(["judge", "--as-of", "2025-06-01T11:00:00+08:00", SAMPLE])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("PENDING")
                .and(predicate::str::contains("2025-06-01 11:40 +08:00")),
        );
    appeal()
        .args(["judge", "--as-of", "2025-06-01T11:00:00", SAMPLE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no time-zone offset"));
    appeal()
        .args(["judge", "--as-of", "2025-06-01T10:00:00+08:00", SAMPLE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("before the appeal was filed"));
}

#[test]
fn test_summary_and_junit_agree() {
    let dir = tempfile::tempdir().unwrap();
    let junit = dir.path().join("report.xml");
    let output = appeal()
        .args(["test", "--junit"])
        .arg(&junit)
        .arg("cases/")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout.lines().last().unwrap();
    let passed: usize = summary.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(summary, format!("{passed} passed, 0 failed"));
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(
        xml.contains(&format!("tests=\"{passed}\"")) && xml.contains("failures=\"0\""),
        "{xml}"
    );
    assert_eq!(xml.matches("<testcase ").count(), passed);
}

#[test]
fn a_failing_expectation_exits_1_with_a_diff_and_a_junit_failure() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(SAMPLE)
        .unwrap()
        .replace("  decision: release_to_buyer", "  decision: refund_buyer");
    std::fs::write(dir.path().join("wrong.yaml"), case).unwrap();
    let junit = dir.path().join("report.xml");
    appeal()
        .args(["test", "--junit"])
        .arg(&junit)
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("expected refund_buyer")
                .and(predicate::str::contains("actual   release_to_buyer"))
                .and(predicate::str::contains("0 passed, 1 failed")),
        );
    assert!(
        std::fs::read_to_string(&junit)
            .unwrap()
            .contains("<failure")
    );
}

#[test]
fn policy_check_finds_errors_with_exit_1_and_passes_the_builtins() {
    appeal().args(["policy", "check"]).assert().success();
    appeal()
        .args([
            "policy",
            "check",
            "tests/bad-inputs/policy/band-150-percent.toml",
        ])
        .assert()
        .code(1);
}

/// A policy that cannot be read is invalid input (exit 2), not a finding in a policy (exit 1),
/// even next to a policy with findings.
#[test]
fn policy_check_of_a_missing_file_or_unknown_name_exits_2() {
    for missing in ["missing.toml", "bitgt", "tests/bad-inputs/policy"] {
        appeal()
            .args(["policy", "check", missing])
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty());
    }
    appeal()
        .args([
            "policy",
            "check",
            "tests/bad-inputs/policy/band-150-percent.toml",
            "missing.toml",
        ])
        .assert()
        .code(2);
}

#[test]
fn policy_diff_of_identical_policies_reports_no_change() {
    appeal()
        .args(["policy", "diff", "mexc", "policy/mexc.toml", "cases/"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("parameters: no change")
                .and(predicate::str::contains("rulings: no change")),
        );
}

/// A change to the mexc policy is judged on the cases that are judged under mexc: a case whose
/// own policy has another id (`policy: bitget`) is left out, and the summary says how many and
/// why. In JSON, each side of a change is an object, not a sentence.
#[test]
fn policy_diff_judges_only_the_cases_of_the_policy_it_compares() {
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("my-mexc.toml");
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("policy/mexc.toml"))
            .unwrap()
            .replace("price_band_pct = 10", "price_band_pct = 0.5");
    std::fs::write(&copy, text).unwrap();
    let copy = copy.to_str().unwrap();
    let bitget = "cases/procedure.kyc-seller-not-verified.yaml";
    let band = "cases/buyer.1a-inside-band-seller-still-has-time.yaml";
    appeal()
        .args(["policy", "diff", "mexc", copy, SAMPLE, band, bitget])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "rulings changed: 1 of 2 cases (1 decision changes, 1 deadline moves, 1 amount \
             changes); 1 case left out: its own policy is not mexc (bitget 1)",
        ));

    let output = appeal()
        .args([
            "policy", "diff", "mexc", copy, "--format", "json", SAMPLE, band, bitget,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let diff: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diff["judged"], 2);
    assert_eq!(diff["changed"], 1);
    assert_eq!(diff["left_out"], 1);
    assert_eq!(
        diff["left_out_policies"],
        serde_json::json!({ "bitget": 1 })
    );
    let change = &diff["cases"][0];
    assert_eq!(
        change["old"],
        serde_json::json!({
            "decision": "release_to_buyer",
            "status": "pending",
            "clause": "buyer.1a",
            "amount": null,
            "next_deadline": "2025-06-02T11:40:00+08:00",
            "sanctions": [],
        })
    );
    assert_eq!(change["new"]["decision"], "refund_buyer");
    assert_eq!(change["new"]["amount"], "58300");
}

/// A ruling names the file it was made under, or "built-in", and the start of its digest: a
/// copy keeps the id and version of the built-in it copies, and would otherwise be headed
/// exactly like it.
#[test]
fn a_ruling_under_a_policy_file_names_the_file() {
    let heading = |args: &[&str]| {
        let output = appeal().args(args).output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let digest: String = {
        use sha2::Digest;
        let bytes =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("policy/mexc.toml")).unwrap();
        sha2::Sha256::digest(&bytes)[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let human = heading(&["judge", "--policy", "policy/mexc.toml", SAMPLE]);
    assert!(
        human.contains(&format!(
            "\npolicy mexc 2025-05-29, in force from 2025-05-29 (policy/mexc.toml, sha256 \
             {digest})\nas of "
        )),
        "{human}"
    );
    let markdown = heading(&[
        "judge",
        "--format",
        "markdown",
        "--policy",
        "policy/mexc.toml",
        SAMPLE,
    ]);
    assert!(
        markdown.contains(&format!(
            " · policy mexc 2025-05-29, in force from 2025-05-29 (`policy/mexc.toml`, sha256 \
             {digest}) · as of "
        )),
        "{markdown}"
    );
    let builtin = heading(&["judge", "--policy", "builtin:mexc", SAMPLE]);
    assert!(
        builtin.contains(&format!(
            "\npolicy mexc 2025-05-29, in force from 2025-05-29 (built-in, sha256 {digest})\nas of "
        )),
        "{builtin}"
    );
}

#[test]
fn the_committed_case_schema_is_what_the_binary_prints() {
    let printed = appeal().args(["schema", "case"]).output().unwrap().stdout;
    assert_eq!(
        String::from_utf8(printed).unwrap(),
        std::fs::read_to_string("schema/case.json").unwrap()
    );
}

#[test]
fn completions_and_man_page_are_generated() {
    appeal()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("appeal"));
    appeal()
        .args(["man"])
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH"));
}

#[cfg(unix)]
#[test]
fn evidence_behind_a_symlink_out_of_the_case_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.png"), b"secret").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        dir.path().join("receipt.png"),
    )
    .unwrap();
    let case = std::fs::read_to_string(SAMPLE).unwrap().replace(
        "    official_source: true\n",
        "    official_source: true\n    file: receipt.png\n",
    );
    std::fs::write(dir.path().join("case.yaml"), case).unwrap();
    appeal()
        .arg("check")
        .arg(dir.path().join("case.yaml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("symbolic link that leads outside"));
}

#[test]
fn evidence_inside_the_folder_with_the_right_digest_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("evidence")).unwrap();
    std::fs::write(dir.path().join("evidence/receipt.png"), b"receipt bytes").unwrap();
    let digest = appeal::reading::source::hex_sha256(b"receipt bytes");
    let case = std::fs::read_to_string(SAMPLE).unwrap().replace(
        "    official_source: true\n",
        &format!(
            "    official_source: true\n    file: evidence/receipt.png\n    sha256: \"{digest}\"\n"
        ),
    );
    std::fs::write(dir.path().join("case.yaml"), case).unwrap();
    appeal()
        .arg("check")
        .arg(dir.path().join("case.yaml"))
        .assert()
        .success();
    assert!(Path::new(&dir.path().join("case.yaml")).exists());
}

#[test]
fn explain_shows_the_rule_its_citation_parameters_decisions_and_sample_cases() {
    appeal()
        .args(["explain", "buyer.1a"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Appeals by the Buyer, 1.a")
                .and(predicate::str::contains("price_band_pct"))
                .and(predicate::str::contains("yes ✱"))
                .and(predicate::str::contains(
                    "decisions it can give: release_to_buyer",
                ))
                .and(predicate::str::contains(
                    "cases/buyer.1a-outside-band-refund-due.yaml",
                )),
        );
    appeal()
        .args(["explain", "buyer.1z"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `buyer.1a`?"));
    appeal()
        .args(["explain", "buyer.1a", "--policy", "bitget"])
        .assert()
        .success()
        .stdout(predicate::str::contains("not applied under policy bitget"));
}

#[test]
fn every_command_help_has_a_worked_example() {
    for command in [
        &["judge"][..],
        &["check"],
        &["test"],
        &["explain"],
        &["schema"],
        &["completions"],
        &["man"],
        &["policy", "check"],
        &["policy", "show"],
        &["policy", "diff"],
    ] {
        let output = appeal().args(command).arg("--help").output().unwrap();
        assert!(output.status.success(), "{command:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Example"),
            "{command:?} --help has no example"
        );
    }
}

/// Reports wrap at spaces only: a time is never split at its hyphens across two lines.
#[test]
fn diagnostics_never_split_a_time_across_lines() {
    let output = appeal()
        .args(["check", "tests/bad-inputs/case/event-after-as-of.yaml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("(2025-06-01T13:40:00+08:00)")
            && stderr.contains("(2025-06-01T12:30:00+08:00)"),
        "{stderr}"
    );
    assert!(
        !stderr.lines().any(|line| {
            let end: Vec<char> = line.trim_end().chars().rev().take(2).collect();
            matches!(end[..], ['-', digit] if digit.is_ascii_digit())
        }),
        "{stderr}"
    );
}

/// SPEC §2: a replay says how many later entries it left out, in every format, in English.
#[test]
fn a_replay_says_how_many_entries_it_left_out_in_every_format() {
    let replay = |at: &str, format: &str| {
        let output = appeal()
            .args(["judge", "--as-of", at, "--format", format, SAMPLE])
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    // Support's contact (10:40) is later than 10:30; the receipt (10:26) is also later than the
    // appeal itself (10:25).
    let one = "2025-06-01T10:30:00+08:00";
    let two = "2025-06-01T10:25:00+08:00";
    assert!(replay(one, "human").contains("replay: 1 later entry of the case file left out\n"));
    assert!(replay(two, "human").contains("replay: 2 later entries of the case file left out\n"));
    assert!(replay(one, "markdown").contains("_replay: 1 later entry of the case file left out_"));
    assert!(
        replay(two, "markdown").contains("_replay: 2 later entries of the case file left out_")
    );
    assert!(replay(two, "json").contains("\"ignored_after_as_of\":2"));
    assert!(!replay("2025-06-01T12:30:00+08:00", "markdown").contains("replay:"));
    // The trace says it too, in the same English.
    let output = appeal()
        .args([
            "judge",
            "--explain",
            "--format",
            "json",
            "--as-of",
            one,
            SAMPLE,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("\"outcome\":\"1 later entry of the case file left out\""),
        "{text}"
    );
}

/// Policy diff prints values in the policy file's own spelling, never Rust's debug text.
#[test]
fn policy_diff_spells_values_as_the_policy_file_does() {
    let output = appeal()
        .args([
            "policy", "diff", "mexc", "bitget", "--format", "json", SAMPLE,
        ])
        .output()
        .unwrap();
    let diff: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let evidence = diff["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["parameter"] == "required_evidence")
        .unwrap();
    assert_eq!(evidence["old"], "[]");
    assert_eq!(
        evidence["new"],
        r#"{ buyer = ["payment_receipt"], seller = [] }"#
    );
    appeal()
        .args(["policy", "diff", "mexc", "bitget", SAMPLE])
        .assert()
        .stdout(
            predicate::str::contains(r#"[] → { buyer ="#)
                .and(predicate::str::contains(r#"["payment_receipt"],"#))
                .and(predicate::str::contains(r#"seller = [] }"#))
                .and(predicate::str::contains(r#""Asia/Singapore" → "UTC""#))
                .and(predicate::str::contains("PaymentReceipt").not()),
        );
}

/// SPEC §2: `policy show` lists every parameter with its clause and default, the calendar,
/// limits and gates included; a limit whose gate has no table is shown as not applied.
#[test]
fn policy_show_lists_settings_with_defaults_and_what_is_not_applied() {
    appeal()
        .args(["policy", "show", "bitget"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("| default |")
                .and(predicate::str::contains(
                    "defaults: the built-in bitget policy",
                ))
                .and(predicate::str::contains("| require_kyc "))
                .and(predicate::str::contains("| (procedure.kyc) "))
                .and(predicate::str::contains(r#"| "18mo" (not applied:"#))
                .and(predicate::str::contains(
                    "Left out (`enabled = false`): general.age_limit, buyer.1a,",
                ))
                .and(predicate::str::contains("| (general.age_limit) "))
                .and(predicate::str::contains("general.age_limit is left out)"))
                .and(predicate::str::contains(
                    r#"{ buyer = ["payment_receipt"],"#,
                ))
                .and(predicate::str::contains("Clause parameters: none")),
        );
}

/// Settings of `[calendar]`, `[limits]` and `[procedure]` that the published text leaves open
/// are counted by `policy check` and marked ✱ by `policy show`, as clause parameters are.
#[test]
fn settings_left_open_are_counted_and_marked() {
    appeal()
        .args(["policy", "check", "bitget"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "(6 clauses, 8 placeholder values to confirm)",
        ));
    appeal()
        .args(["policy", "show", "bitget"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("| timezone ✱ ")
                .and(predicate::str::contains("| evidence_window ✱ "))
                .and(predicate::str::contains("| require_kyc "))
                .and(predicate::str::contains(
                    "✱ = left open by the published text",
                )),
        );
}

/// Stdin can be read once: `-` given twice is a usage error (exit 2) before anything is read.
#[test]
fn stdin_named_twice_is_a_usage_error() {
    for command in [
        &["judge", "-", "-"][..],
        &["check", "-", SAMPLE, "-"],
        &["test", "-", "-"],
        &["policy", "diff", "mexc", "bitget", "-", "-"],
    ] {
        appeal()
            .args(command)
            .stdin(Stdio::from(std::fs::File::open(SAMPLE).unwrap()))
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(
                "`-` (standard input) is given 2 times, but stdin can be read only once",
            ));
    }
}

/// An unknown `--policy` gets a "did you mean", once for the run however many cases there are.
#[test]
fn an_unknown_policy_flag_is_reported_once_with_a_suggestion() {
    for command in [&["judge"][..], &["test"]] {
        let output = appeal()
            .args(command)
            .args(["--policy", "bitgt", "cases/"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            stderr.matches("unknown policy `bitgt`").count(),
            1,
            "{stderr}"
        );
        assert!(stderr.contains("did you mean `bitget`?"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
}

/// A case naming a policy file that does not exist gets one report, at its `policy:` line,
/// saying why.
#[test]
fn a_missing_policy_file_named_by_a_case_is_one_report() {
    let output = appeal()
        .args(["check", "tests/bad-inputs/case/policy-file-missing.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches("  x ").count(), 1, "{stderr}");
    assert!(
        stderr.contains("no-such-policy.toml`: no such file"),
        "{stderr}"
    );
}

/// Stdin is read only just past the limit, so its size is not known: say it is over the limit,
/// not a made-up byte count.
#[test]
fn oversized_stdin_is_said_to_be_over_the_limit_without_a_bogus_size() {
    let mut child = appeal()
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The tool stops reading past the limit; a write error after that is expected.
    let _ = stdin.write_all(&vec![b'#'; 9 * 1024 * 1024]);
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`<stdin>` holds more than the 8 MiB input limit"),
        "{stderr}"
    );
    assert!(!stderr.contains("8388609"), "{stderr}");
}

/// The rule for evidence paths is "no `..`": a path that comes back into the folder is refused
/// for that reason, with the path to write instead.
#[test]
fn an_evidence_path_with_dot_dot_is_refused_for_the_dot_dot() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("evidence")).unwrap();
    std::fs::write(dir.path().join("evidence/r.png"), b"receipt").unwrap();
    let case = std::fs::read_to_string(SAMPLE).unwrap().replace(
        "    official_source: true\n",
        "    official_source: true\n    file: evidence/../evidence/r.png\n",
    );
    std::fs::write(dir.path().join("case.yaml"), case).unwrap();
    appeal()
        .arg("check")
        .arg(dir.path().join("case.yaml"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("has `..` in its path, which is not allowed")
                .and(predicate::str::contains("`file: evidence/r.png`"))
                .and(predicate::str::contains("outside the case's folder").not()),
        );
}

/// An event after the case's own `as_of` is an input error `--as-of` cannot lift; the help
/// says what fixes it instead of suggesting `--as-of`.
#[test]
fn the_after_as_of_help_does_not_offer_as_of_as_a_way_out() {
    let output = appeal()
        .args(["check", "tests/bad-inputs/case/event-after-as-of.yaml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let help = stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("set `as_of` at or after this time"),
        "{stderr}"
    );
    assert!(help.contains("`--as-of` does not lift this"), "{stderr}");
    assert!(!stderr.contains("use --as-of"), "{stderr}");
    // And indeed it does not.
    appeal()
        .args([
            "judge",
            "--as-of",
            "2025-06-01T14:00:00+08:00",
            "tests/bad-inputs/case/event-after-as-of.yaml",
        ])
        .assert()
        .code(2);
}

/// A test run that compares nothing must not pass CI silently: no case matching the filter, or
/// no case with an `expect:` block, is an error on stderr with exit 2.
#[test]
fn a_test_run_that_compares_nothing_fails() {
    appeal()
        .args(["test", "--filter", "no-such-case", "cases/"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("0 passed, 0 failed"))
        .stderr(predicate::str::contains(
            "nothing was tested: no case with an `expect:` block matched --filter `no-such-case`",
        ));
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(SAMPLE).unwrap();
    let case = &case[..case.find("expect:").unwrap()];
    std::fs::write(dir.path().join("no-expect.yaml"), case).unwrap();
    appeal()
        .arg("test")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("nothing was tested: no case under").and(
                predicate::str::contains("has an `expect:` block (1 without one)"),
            ),
        );
}

/// JUnit records an invalid case with its diagnostic, drawn plain, in the error's body.
#[test]
fn junit_carries_the_diagnostic_of_an_invalid_case() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(SAMPLE, dir.path().join("good.yaml")).unwrap();
    std::fs::copy(
        "tests/bad-inputs/case/negative-amount.yaml",
        dir.path().join("bad.yaml"),
    )
    .unwrap();
    let junit = dir.path().join("report.xml");
    appeal()
        .args(["test", "--junit"])
        .arg(&junit)
        .arg(dir.path())
        .assert()
        .code(2);
    let xml = std::fs::read_to_string(&junit).unwrap();
    let error = &xml[xml.find("<error").unwrap()..xml.find("</error>").unwrap()];
    assert!(error.contains("message=\"invalid input\""), "{xml}");
    assert!(error.contains("must be greater than zero"), "{xml}");
    assert!(error.contains("bad.yaml:"), "{xml}");
    assert!(!error.contains(['╭', '×', '\u{1b}']), "{xml}");
}

/// `appeal man` prints the page of appeal itself, which lists `appeal-judge(1)` and the others,
/// and says how to get them; `appeal man COMMAND…` prints that page.
#[test]
fn man_prints_the_page_of_any_command() {
    appeal().args(["man"]).assert().success().stdout(
        predicate::str::contains(".TH appeal 1")
            .and(predicate::str::contains("appeal\\-judge(1)"))
            .and(predicate::str::contains("`appeal man judge`")),
    );
    appeal().args(["man", "judge"]).assert().success().stdout(
        predicate::str::contains(".TH appeal-judge 1")
            .and(predicate::str::contains("\\-\\-as\\-of")),
    );
    appeal()
        .args(["man", "policy", "diff"])
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH appeal-policy-diff 1"));
    appeal()
        .args(["man", "policy", "dif"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("did you mean `policy diff`?"));
}

/// A command that takes several cases says so in its man page's synopsis, as its usage line
/// does: `<CASE>...`, not `<CASE>`.
#[test]
fn man_page_synopses_show_arguments_that_take_several_values() {
    for (command, synopsis) in [
        (&["judge"][..], "\\fBappeal judge\\fR [OPTIONS] <CASE>...\n"),
        (&["check"][..], "\\fBappeal check\\fR [OPTIONS] <CASE>...\n"),
        (&["test"][..], "\\fBappeal test\\fR [OPTIONS] [PATH]...\n"),
        (
            &["policy", "diff"][..],
            "\\fBappeal policy diff\\fR [OPTIONS] <OLD> <NEW> [PATH]...\n",
        ),
    ] {
        let mut args = vec!["man"];
        args.extend(command);
        appeal()
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                ".SH SYNOPSIS\n{synopsis}"
            )));
    }
}

/// `explain` takes no case, so its `--policy` has no case's `policy:` to fall back on.
#[test]
fn explain_help_gives_the_default_policy_it_really_uses() {
    appeal()
        .args(["explain", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Default: mexc for the clause")
                .and(predicate::str::contains("the case's `policy:` field").not()),
        );
}

/// A JUnit report that cannot be written names the path the user gave, not the temporary file
/// it is written through, and the run exits 2.
#[test]
fn a_junit_report_that_cannot_be_written_names_the_path_given() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("missing").join("report.xml");
    let output = appeal()
        .args(["test", SAMPLE, "--junit", target.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("cannot write `{}`", target.display())),
        "{stderr}"
    );
    assert!(!stderr.contains(" at path "), "{stderr}");
}

/// Run away from the repository, `explain` says there is no `cases/` folder and how to point it
/// at one, rather than "none under cases".
#[test]
fn explain_outside_the_repository_says_where_it_looked() {
    let elsewhere = tempfile::tempdir().unwrap();
    appeal()
        .current_dir(elsewhere.path())
        .args(["explain", "buyer.1a"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "sample cases: there is no `cases/` folder here; pass --cases DIR",
        ));
    appeal()
        .current_dir(elsewhere.path())
        .args(["explain", "buyer.1a", "--cases", "samples"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "sample cases: `samples` is not a folder",
        ));
    appeal()
        .args(["explain", "buyer.1a", "--cases", "tests/good-inputs"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "sample cases: none under `tests/good-inputs` reaches buyer.1a",
        ));
}

/// A project in a temporary folder: the shipped `policy/mexc.toml` and the sample case as
/// `case.yaml`.
fn sample_project(root: &Path) -> tempfile::TempDir {
    let project = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(project.path().join("policy")).expect("policy/");
    std::fs::copy(
        root.join("policy/mexc.toml"),
        project.path().join("policy/mexc.toml"),
    )
    .expect("the policy");
    std::fs::copy(root.join(SAMPLE), project.path().join("case.yaml")).expect("the case");
    project
}

/// A project's own catalogues reword the rulings; an unchanged copy of a built-in catalogue
/// file (as in a checkout of this project's source) changes nothing, and a file beside it that
/// does change a message still counts.
#[test]
fn a_project_catalogue_rewords_and_an_unchanged_copy_changes_nothing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = sample_project(root);
    let judge = || {
        let output = appeal()
            .current_dir(project.path())
            .args(["judge", "case.yaml"])
            .output()
            .expect("appeal runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let built_in = judge();
    assert!(built_in.contains("\nWhy\n"), "{built_in}");

    let english = project.path().join("i18n/en");
    std::fs::create_dir_all(&english).expect("i18n/en/");
    std::fs::copy(root.join("i18n/en/render.ftl"), english.join("render.ftl"))
        .expect("a copy of a built-in catalogue file");
    assert_eq!(judge(), built_in, "an unchanged copy must change nothing");

    std::fs::write(english.join("desk.ftl"), "section-why = Grounds\n").expect("desk.ftl");
    let reworded = judge();
    assert!(reworded.contains("\nGrounds\n"), "{reworded}");
    assert!(!reworded.contains("\nWhy\n"), "{reworded}");
}

/// A language's catalogues are read when a ruling is worded in it: a broken file in `i18n/es/`
/// stops the Spanish ruling, with the file named, and leaves the English one alone; a folder
/// named after no language stops both.
#[test]
fn a_broken_project_catalogue_stops_only_its_own_language() {
    let project = sample_project(Path::new(env!("CARGO_MANIFEST_DIR")));
    let spanish = project.path().join("i18n/es");
    std::fs::create_dir_all(&spanish).expect("i18n/es/");
    std::fs::write(spanish.join("desk.ftl"), "this is not = = fluent {\n").expect("desk.ftl");
    let judge = |lang: &str| {
        appeal()
            .current_dir(project.path())
            .args(["judge", "--lang", lang, "case.yaml"])
            .output()
            .expect("appeal runs")
    };
    let english = judge("en");
    assert!(english.status.success(), "{english:?}");
    let spanish_run = judge("es");
    assert!(!spanish_run.status.success(), "{spanish_run:?}");
    let said = String::from_utf8_lossy(&spanish_run.stderr);
    assert!(said.contains("i18n/es/desk.ftl"), "{said}");
    assert!(said.contains("not a Fluent catalogue"), "{said}");

    std::fs::create_dir_all(project.path().join("i18n/klingon")).expect("i18n/klingon/");
    let english = judge("en");
    assert!(!english.status.success(), "{english:?}");
    let said = String::from_utf8_lossy(&english.stderr);
    assert!(
        said.contains("`klingon` is not a language there is"),
        "{said}"
    );
}

/// A party with a language of its own is told the notices in it: under their own heading when
/// the reader reads another language, and only once, in the reader's table, when the reader
/// reads the party's.
#[test]
fn a_party_told_in_the_readers_language_gets_no_second_table() {
    let sample = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE))
        .expect("the sample case");
    let case = sample.replacen("seller:\n", "seller:\n  language: es\n", 1);
    assert_ne!(case, sample, "the sample case has a block `seller:`");
    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(folder.path().join("case.yaml"), case).expect("the case");
    let judge = |lang: &str| {
        let output = appeal()
            .current_dir(folder.path())
            .args(["judge", "--lang", lang, "case.yaml"])
            .output()
            .expect("appeal runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let english = judge("en");
    assert!(
        english.contains("Tell the seller (Español (es))"),
        "{english}"
    );
    let spanish = judge("es");
    assert!(spanish.contains("Comunicar a las partes"), "{spanish}");
    assert!(!spanish.contains("Comunicar al vendedor"), "{spanish}");
    let notice = "La decisión del soporte sobre esta disputa es";
    assert_eq!(spanish.matches(notice).count(), 1, "{spanish}");
}
