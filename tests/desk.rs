//! The support agent's desk, through the binary: `explain TYPE`, `new`, diagnostics as JSON,
//! the timeline, `queue`.

use assert_cmd::Command;
use predicates::prelude::*;

fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").unwrap();
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Every appeal type the case format accepts, from the binary's own schema.
fn appeal_types() -> Vec<String> {
    let out = appeal().args(["schema", "case"]).output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let types = &schema["$defs"]["AppealType"];
    types["enum"]
        .as_array()
        .or_else(|| types["oneOf"].as_array())
        .expect("appeal types in the schema")
        .iter()
        .map(|v| {
            v.as_str()
                .or_else(|| v["const"].as_str())
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn explain_takes_an_appeal_type() {
    let out = appeal()
        .args(["explain", "seller_not_releasing"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "explain-seller_not_releasing",
        String::from_utf8(out.stdout).unwrap()
    );
}

#[test]
fn explain_knows_every_appeal_type() {
    for kind in appeal_types() {
        appeal()
            .args(["explain", &kind])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(format!(
                "{kind} — an appeal type, filed by"
            )))
            .stdout(predicate::str::contains("goes to: "));
    }
}

#[test]
fn explain_suggests_a_type_or_a_clause_for_a_typo() {
    appeal()
        .args(["explain", "payment_not_recieved"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "neither a clause id nor an appeal type",
        ))
        .stderr(predicate::str::contains(
            "did you mean `payment_not_received`?",
        ));
}

/// The parties that may file `kind`, as `appeal explain TYPE` states it.
fn parties_for(kind: &str) -> Vec<&'static str> {
    let out = appeal().args(["explain", kind]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap_or_default();
    if first.ends_with("filed by the buyer") {
        vec!["buyer"]
    } else if first.ends_with("filed by the seller") {
        vec!["seller"]
    } else {
        vec!["buyer", "seller"]
    }
}

#[test]
fn new_writes_a_valid_case_for_every_appeal_type_and_party() {
    let folder = tempfile::tempdir_in(concat!(env!("CARGO_MANIFEST_DIR"), "/target")).unwrap();
    let mut written = 0;
    for kind in appeal_types() {
        for by in parties_for(&kind) {
            for policy in [None, Some("bitget")] {
                let path = folder
                    .path()
                    .join(format!("{kind}-{by}-{}.yaml", policy.unwrap_or("default")));
                let mut new = appeal();
                new.args(["new", "--type", &kind, "--by", by, "-o"])
                    .arg(&path);
                if let Some(policy) = policy {
                    new.args(["--policy", policy]);
                }
                new.assert().success().stdout("");
                // Valid as written; its only warning: the placeholders are still there.
                let check = appeal().arg("check").arg(&path).output().unwrap();
                assert!(check.status.success(), "{kind} by {by}");
                let stderr = String::from_utf8_lossy(&check.stderr);
                assert!(
                    stderr.contains("appeal::warning::placeholders")
                        && stderr.matches("appeal::").count() == 1,
                    "{kind} by {by}: {stderr}"
                );
                let out = appeal()
                    .args(["judge", "--format", "json"])
                    .arg(&path)
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{kind} by {by}: judge failed");
                let text = std::fs::read_to_string(&path).unwrap();
                let schema = text
                    .lines()
                    .next()
                    .and_then(|l| l.strip_prefix("# yaml-language-server: $schema="))
                    .expect("the $schema line comes first");
                assert!(
                    folder.path().join(schema).is_file(),
                    "{schema} does not lead to the schema from {}",
                    folder.path().display()
                );
                // Every section of the format is there, written or commented out.
                for section in [
                    "case:",
                    "policy:",
                    "as_of:",
                    "order:",
                    "buyer:",
                    "seller:",
                    "payments:",
                    "timeline:",
                    "appeal:",
                    "evidence:",
                    "chat:",
                    "findings:",
                    "expect:",
                ] {
                    assert!(
                        text.lines()
                            .any(|l| l.starts_with(section)
                                || l.starts_with(&format!("# {section}"))),
                        "{kind}: no `{section}` section"
                    );
                }
                // Every field written in block style carries a comment, on its line or above.
                let lines: Vec<&str> = text.lines().collect();
                for (i, line) in lines.iter().enumerate() {
                    let field = line.trim_start().trim_start_matches("- ");
                    let is_field =
                        !field.starts_with('#') && !field.starts_with('{') && field.contains(':');
                    let in_chat_or_timeline = lines[..i]
                        .iter()
                        .rev()
                        .find(|l| !l.starts_with(' ') && !l.starts_with('#'))
                        .is_some_and(|l| l.starts_with("chat:") || l.starts_with("timeline:"));
                    if is_field && !in_chat_or_timeline {
                        assert!(
                            line.contains(" # ")
                                || (i > 0 && lines[i - 1].trim_start().starts_with('#')),
                            "{kind}: line {} has no comment: {line}",
                            i + 1
                        );
                    }
                }
                written += 1;
            }
        }
    }
    assert!(written >= 26, "{written}");
}

#[test]
fn new_prints_to_stdout_without_o() {
    appeal()
        .args(["new", "--type", "underpaid"])
        .assert()
        .success()
        .stdout(predicate::str::contains("type: underpaid"))
        .stdout(predicate::str::contains("by: seller"));
}

#[test]
fn new_never_overwrites_a_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("case.yaml");
    std::fs::write(&path, "precious").unwrap();
    appeal()
        .args(["new", "--type", "overpaid", "-o"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never overwrites"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
    // Outside a project, the $schema line names where `appeal schema case --output` would put it.
    let other = folder.path().join("other.yaml");
    appeal()
        .args(["new", "--type", "overpaid", "-o"])
        .arg(&other)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .starts_with("# yaml-language-server: $schema=")
    );
}

#[test]
fn new_refuses_a_type_the_party_cannot_file() {
    appeal()
        .args(["new", "--type", "underpaid", "--by", "buyer"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "a buyer cannot file a `underpaid` appeal; only the seller can",
        ));
    appeal()
        .args(["new", "--type", "underpayd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("underpaid"));
}

#[test]
fn the_new_case_as_a_user_sees_it() {
    let out = appeal()
        .args(["new", "--type", "seller_not_releasing"])
        .output()
        .unwrap();
    insta::assert_snapshot!(
        "new-seller_not_releasing",
        String::from_utf8(out.stdout).unwrap()
    );
}

/// A copy of a sample case with a misspelt key and a time without its offset.
fn broken_case(folder: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/cases/buyer.1b-spec-example.yaml"
    ))
    .unwrap()
    .replace("payer_name: \"TRAN", "payer_nme: \"TRAN")
    .replace("at: 2025-06-01T10:26:00+08:00", "at: 2025-06-01T10:26:00");
    let path = folder.join("broken.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

const DIAGNOSTIC_KEYS: &[&str] = &[
    "code", "severity", "message", "file", "line", "column", "help", "labels", "related",
];

fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

#[test]
fn check_judge_and_test_give_diagnostics_as_json_lines() {
    let folder = tempfile::tempdir().unwrap();
    let broken = broken_case(folder.path());
    for command in [
        vec!["check", "--format", "json"],
        vec!["judge", "--format", "json"],
        vec!["test", "--format", "json"],
    ] {
        let out = appeal().args(&command).arg(&broken).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{command:?}");
        let diagnostics = json_lines(&out.stderr);
        assert_eq!(diagnostics.len(), 2, "{command:?}");
        for diagnostic in &diagnostics {
            for key in DIAGNOSTIC_KEYS {
                assert!(diagnostic.get(key).is_some(), "{command:?}: no {key}");
            }
            assert_eq!(diagnostic["file"], broken.display().to_string());
            assert_eq!(diagnostic["severity"], "error");
        }
        assert_eq!(diagnostics[0]["code"], "appeal::unknown_key");
        assert_eq!(diagnostics[0]["line"], 33);
        assert_eq!(diagnostics[0]["column"], 5);
        assert_eq!(diagnostics[1]["code"], "appeal::time::no_offset");
        assert_eq!(diagnostics[1]["line"], 50);
        // stdout is JSON Lines as well.
        json_lines(&out.stdout);
    }
}

#[test]
fn check_and_test_summaries_in_json() {
    let out = appeal()
        .args([
            "check",
            "--format",
            "json",
            "cases/buyer.1b-spec-example.yaml",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[1]["summary"]["valid"], 1);
    let out = appeal()
        .args([
            "test",
            "--format",
            "json",
            "--coverage",
            "--filter",
            "buyer.1b-spec",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines[0]["result"], "passed");
    assert_eq!(lines[0]["clause"], "buyer.1b");
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["passed"], 1);
    assert_eq!(summary["failed"], 0);
    assert!(summary["coverage_percent"].as_f64().is_some());
}

#[test]
fn the_committed_diagnostic_schema_is_current() {
    let out = appeal().args(["schema", "diagnostic"]).output().unwrap();
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/diagnostic.json"
    ))
    .unwrap();
    assert!(
        committed.as_bytes() == out.stdout.as_slice(),
        "schema/diagnostic.json is out of date: run `appeal schema diagnostic --output schema/diagnostic.json`"
    );
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in DIAGNOSTIC_KEYS {
        assert!(schema["properties"].get(key).is_some(), "{key}");
    }
}

#[test]
fn folders_pick_up_json_case_files() {
    let folder = tempfile::tempdir().unwrap();
    // JSON is YAML: a sample case rewritten as JSON is the same case.
    let out = appeal()
        .args(["new", "--type", "overpaid"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    std::fs::write(
        folder.path().join("case.json"),
        serde_json::to_string_pretty(&value).unwrap(),
    )
    .unwrap();
    appeal()
        .arg("check")
        .arg(folder.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("case.json"))
        .stdout(predicate::str::contains("1 valid, 0 invalid"));
}

#[test]
fn the_human_ruling_ends_with_the_timeline() {
    let out = appeal()
        .args(["judge", "cases/buyer.1a-outside-band-refund-due.yaml"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let timeline = &text[text.find("Timeline (").expect("a timeline")..];
    insta::assert_snapshot!("timeline-buyer.1a-outside-band-refund-due", timeline);
    let without = appeal()
        .args([
            "judge",
            "--no-timeline",
            "cases/buyer.1a-outside-band-refund-due.yaml",
        ])
        .output()
        .unwrap();
    let without = String::from_utf8(without.stdout).unwrap();
    assert!(!without.contains("Timeline ("));
    assert_eq!(without, text[..text.find("\nTimeline (").unwrap()]);
}

/// Every sample case's timeline fits 100 columns, lists its entries in time order with their
/// case-file lines, and marks as_of once.
#[test]
fn every_timeline_fits_100_columns_in_time_order() {
    let out = appeal().args(["judge", "cases/"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut timelines = 0;
    for ruling in text.split("\nTimeline (").skip(1) {
        timelines += 1;
        let body: Vec<&str> = ruling
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .collect();
        assert_eq!(
            body.iter().filter(|l| l.contains(" as_of ")).count(),
            1,
            "{ruling}"
        );
        let mut last = String::new();
        let mut date = String::new();
        for line in &body {
            assert!(line.chars().count() <= 100, "over 100 columns: {line}");
            if line.contains(" as_of ") {
                continue;
            }
            let when = line.get(2..18).unwrap_or_default().trim();
            if when.len() == 16 {
                date = when[..10].to_string();
            }
            if when.len() == 5 || when.len() == 16 {
                let moment = format!("{date} {}", &when[when.len() - 5..]);
                assert!(moment >= last, "out of order after {last}: {line}");
                last = moment;
            }
        }
        assert!(
            body.iter()
                .any(|l| l.trim_end().ends_with(|c: char| c.is_ascii_digit())
                    && l.contains(" line "))
        );
    }
    assert!(timelines > 100, "{timelines}");
}

#[test]
fn the_html_ruling_is_one_self_contained_page() {
    let out = appeal()
        .args([
            "judge",
            "--format",
            "html",
            "cases/seller.2a-top-up-window-open.yaml",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<html").count(), 1);
    assert!(html.contains("<style>"));
    assert!(html.contains("<svg id=\"timeline-chart\""));
    assert!(html.contains("id=\"decision\""));
    assert!(html.contains("Content-Security-Policy"));
    // Nothing is loaded from anywhere: the only URL is the SVG namespace.
    let urls = html.matches("http://").count() + html.matches("https://").count();
    assert_eq!(urls, html.matches("http://www.w3.org/2000/svg").count());
    assert!(!html.contains("<script"));
    assert!(!html.contains(" src="));
}

/// A folder of three new cases: a buyer's non-release appeal (the seller has until 11:40), an
/// underpayment (the buyer may top up until 11:42), a malicious-buying appeal (escalated, final).
fn queue_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for (name, kind) in [
        ("a-release.yaml", "seller_not_releasing"),
        ("b-underpaid.yaml", "underpaid"),
        ("c-malicious.yaml", "malicious_buying"),
    ] {
        appeal()
            .args(["new", "--type", kind, "-o"])
            .arg(folder.path().join(name))
            .assert()
            .success();
    }
    folder
}

/// The rows of `queue --format json`: every line but the summary object, which comes last.
fn queue_json(folder: &std::path::Path, at: Option<&str>) -> Vec<serde_json::Value> {
    let mut queue = appeal();
    queue.args(["queue", "--format", "json"]);
    if let Some(at) = at {
        queue.args(["--at", at]);
    }
    let out = queue.arg(folder).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The rows; the last line is the summary.
    let mut lines = json_lines(&out.stdout);
    let summary = lines.pop().unwrap();
    assert!(summary["summary"].is_object(), "{summary}");
    lines
}

#[test]
fn queue_lists_pending_rulings_by_next_deadline() {
    let folder = queue_folder();
    let rows = queue_json(folder.path(), None);
    let cases: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    // The escalation waits on a person now: it comes before the deadlines to come.
    assert!(cases[0].ends_with("c-malicious.yaml"), "{cases:?}");
    assert!(cases[1].ends_with("a-release.yaml") && cases[2].ends_with("b-underpaid.yaml"));
    assert_eq!(rows[1]["due"], "2025-06-15T11:40:00+08:00");
    assert_eq!(rows[1]["who"], "seller");
    assert_eq!(rows[1]["status"], "pending");
    assert_eq!(rows[1]["overdue"], false);
    assert_eq!(rows[1]["left"], "in 10 min");
    assert_eq!(rows[2]["who"], "buyer");
    assert_eq!(rows[2]["due"], "2025-06-15T11:42:00+08:00");
}

#[test]
fn queue_puts_overdue_first_and_says_what_the_ruling_becomes() {
    let folder = queue_folder();
    let rows = queue_json(folder.path(), Some("2025-06-15T11:41:00+08:00"));
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("a-release.yaml")
    );
    assert_eq!(rows[0]["overdue"], true);
    assert_eq!(rows[0]["left"], "1 min overdue");
    assert_eq!(rows[0]["seconds_left"], -60);
    assert_eq!(rows[0]["due"], "2025-06-15T11:40:00+08:00");
    // At 11:41, with nothing new on file, the seller's silence releases the crypto.
    assert_eq!(rows[0]["decision"], "release_to_buyer");
    assert_eq!(rows[0]["status"], "final");
    assert_eq!(rows[1]["awaiting_review"], true);
    assert_eq!(rows[2]["overdue"], false);
    assert_eq!(rows[2]["left"], "in 1 min");
    // Before the appeals were filed, nothing is on the list.
    let out = appeal()
        .args(["queue", "--at", "2025-06-15T10:00:00+08:00"])
        .arg(folder.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "0 listed of 0 cases judged at 2025-06-15 10:00 +08:00: 0 due (0 overdue), 0 awaiting \
         review; 3 appealed later, not listed\n"
    );
    // `now` reads the clock: in 2025's cases, everything pending is long overdue.
    let rows = queue_json(folder.path(), Some("now"));
    assert!(
        rows.iter()
            .all(|r| r["overdue"] == true || r["awaiting_review"] == true),
        "{rows:?}"
    );
}

#[test]
fn queue_as_a_table_and_in_markdown() {
    let folder = queue_folder();
    let out = appeal()
        .current_dir(folder.path())
        .args(["queue", "--at", "2025-06-15T11:41:00+08:00", "."])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The policy's digest changes with every edit of the policy: the snapshot holds its place.
    let redacted = match text.find(", sha256 ") {
        Some(at) => format!("{}, sha256 …{}", &text[..at], &text[at + 21..]),
        None => text.clone(),
    };
    insta::assert_snapshot!("queue-human", redacted);
    assert!(text.lines().all(|l| l.chars().count() <= 100));
    let out = appeal()
        .current_dir(folder.path())
        .args(["queue", "--format", "markdown", "."])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("| case | decision | who | what | due | left | file |\n|---|"));
    assert!(text.contains("| APL-2025-0420 | `release_to_buyer` pending | seller |"));
}

/// `--clock` writes a ruling's times with another offset: the same moments, the same ruling.
#[test]
fn judge_writes_times_on_the_clock_asked_for() {
    let case = "cases/buyer.1a-below-band-refund-due.yaml";
    let ruling = |clock: &str| -> serde_json::Value {
        let out = appeal()
            .args(["judge", "--format", "json", "--clock", clock, case])
            .output()
            .unwrap();
        assert!(out.status.success(), "{clock}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let moment = |value: &serde_json::Value| {
        chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap()).unwrap()
    };
    // The case is written at -03:00; its policy counts in Singapore time, +08:00.
    let policy = ruling("policy");
    for (clock, offset) in [("utc", "Z"), ("Africa/Lagos", "+01:00"), ("case", "-03:00")] {
        let other = ruling(clock);
        for field in ["as_of", "next_deadline"] {
            let written = other[field].as_str().unwrap();
            assert!(written.ends_with(offset), "{clock}: {field} {written}");
            assert_eq!(
                moment(&other[field]),
                moment(&policy[field]),
                "{clock}: {field}"
            );
        }
        let due = &other["follow_ups"][0]["due"];
        assert_eq!(
            moment(due),
            moment(&policy["follow_ups"][0]["due"]),
            "{clock}"
        );
        for field in ["decision", "status", "clause", "amount"] {
            assert_eq!(other[field], policy[field], "{clock}: {field}");
        }
    }
    // The findings write their times on the same clock.
    let lagos = ruling("Africa/Lagos");
    let findings: Vec<&str> = lagos["rationale"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|reason| reason["finding"].as_str())
        .filter(|finding| finding.contains(" +0"))
        .collect();
    assert!(!findings.is_empty());
    assert!(
        findings
            .iter()
            .all(|f| f.contains("+01:00") && !f.contains("+08:00")),
        "{findings:?}"
    );
}

#[test]
fn an_unknown_clock_is_refused_with_the_forms_it_takes() {
    appeal()
        .args([
            "judge",
            "--clock",
            "Mars/Olympus",
            "cases/buyer.1b-spec-example.yaml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "write `policy`, `case`, `utc` or an IANA time zone",
        ));
}

/// `queue --clock` writes the due times on the reader's clock; the order and what is left do
/// not change.
#[test]
fn queue_writes_due_times_on_the_clock_asked_for() {
    let folder = queue_folder();
    let out = appeal()
        .args(["queue", "--format", "json", "--clock", "Africa/Lagos"])
        .arg(folder.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lagos = json_lines(&out.stdout);
    lagos.pop();
    let policy = queue_json(folder.path(), None);
    assert_eq!(lagos.len(), policy.len());
    for (lagos, policy) in lagos.iter().zip(&policy) {
        assert_eq!(lagos["file"], policy["file"]);
        assert_eq!(lagos["left"], policy["left"]);
        let field = if lagos["awaiting_review"] == true {
            "waiting_since"
        } else {
            "due"
        };
        let due = |row: &serde_json::Value| {
            chrono::DateTime::parse_from_rfc3339(row[field].as_str().unwrap()).unwrap()
        };
        assert_eq!(due(lagos), due(policy));
        assert!(
            lagos[field].as_str().unwrap().ends_with("+01:00"),
            "{lagos}"
        );
    }
}
