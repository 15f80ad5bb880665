//! Hostile inputs and outputs (issue 11): what a case file, a folder or a closed stream can do
//! to a run, and what it must not. Each test drives the binary as an attacker or a broken CI
//! job would:
//!
//! - only regular files are read, and never more than the cap (FIFOs, devices, sockets);
//! - a report is never written over an input of the run or a non-regular file, and keeps the
//!   permissions of the file it replaces;
//! - nothing from a case reaches a terminal, a Markdown ticket or a diagnostic raw;
//! - rendering is linear in the input (a 1 MB word wraps);
//! - a failed write never turns a failure into success, and never panics.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use assert_cmd::prelude::*;

const SAMPLE: &str = "cases/buyer.1b-spec-example.yaml";

/// The binary, run from the repository with no colour.
fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").expect("the binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    command
}

/// The binary with a time limit: a run that hangs (a FIFO) fails the test instead of blocking it.
fn appeal_within(seconds: u64) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::from_std(appeal());
    command.timeout(Duration::from_secs(seconds));
    command
}

fn sample() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).unwrap()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Only regular files are read, and never more than the cap.

/// A FIFO named as a case blocked the whole run; it is refused at once, with a diagnostic.
#[test]
fn a_fifo_named_as_a_case_or_a_policy_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("case.yaml");
    mkfifo(&fifo);
    let output = appeal_within(20)
        .args(["check"])
        .arg(&fifo)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("is a FIFO (named pipe), not a regular file"),
        "{stderr}"
    );

    let policy = dir.path().join("policy.toml");
    mkfifo(&policy);
    let output = appeal_within(20)
        .args(["judge", "--policy"])
        .arg(&policy)
        .arg(SAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not a regular file"));
}

/// `/dev/zero` (or a `*.yaml` symbolic link to it) reports size 0 and never ends: it was read
/// until memory ran out. A device is refused; in a folder, the entry is reported and the other
/// cases are judged.
#[test]
fn a_device_or_fifo_in_a_folder_is_reported_and_the_rest_judged() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("a-zero.yaml")).unwrap();
    mkfifo(&dir.path().join("b-fifo.yaml"));
    fs::write(dir.path().join("c-case.yaml"), sample()).unwrap();
    let output = appeal_within(30)
        .args(["judge"])
        .arg(dir.path())
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("a-zero.yaml` is a character device, not a regular file"),
        "{stderr}"
    );
    assert!(stderr.contains("b-fifo.yaml` is a FIFO"), "{stderr}");
    assert!(
        stdout.contains("DECISION  release_to_buyer — FINAL — buyer.1b"),
        "{stdout}"
    );
    // A policy that is a device is refused the same way: named on the command line, it is read
    // and found to be a device; named by a case's `policy:`, it is refused before that, as a
    // link out of the case's project.
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let output = appeal_within(30)
        .args(["judge", "--policy"])
        .arg(dir.path().join("zero.toml"))
        .arg(dir.path().join("c-case.yaml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("character device"));
    let case = sample().replace("policy: mexc", "policy: ./zero.toml");
    fs::write(dir.path().join("c-case.yaml"), case).unwrap();
    let output = appeal_within(30)
        .args(["check"])
        .arg(dir.path().join("c-case.yaml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("a file outside the project"));
}

// ---------------------------------------------------------------------------------------------
// A report is never written over an input or a non-regular file.

/// A folder with one case that names its own policy file and an evidence file, and expects its
/// ruling: everything `appeal test` reads.
fn project_with_inputs() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let policy = dir.path().join("my-mexc.toml");
    fs::copy(root.join("policy/mexc.toml"), &policy).unwrap();
    let evidence = dir.path().join("receipt.png");
    fs::write(&evidence, b"\x89PNG receipt").unwrap();
    let case = sample()
        .replace("policy: mexc", "policy: my-mexc.toml")
        .replace(
            "    official_source: true\n",
            "    official_source: true\n    file: receipt.png\n",
        );
    let case_path = dir.path().join("case.yaml");
    fs::write(&case_path, case).unwrap();
    (dir, case_path, policy, evidence)
}

/// `--junit` replaced the `--policy` file, a policy named by a case and an evidence file. Every
/// input of the run is refused (exit 2) and left as it was.
#[test]
fn a_report_is_never_written_over_an_input_of_the_run() {
    let (dir, case, policy, evidence) = project_with_inputs();
    let output = appeal().args(["test"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    for target in [&case, &policy, &evidence] {
        let before = fs::read(target).unwrap();
        let output = appeal()
            .args(["test", "--junit"])
            .arg(target)
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = text(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{}: {stderr}",
            target.display()
        );
        assert!(stderr.contains("one of this run's input files"), "{stderr}");
        assert_eq!(fs::read(target).unwrap(), before, "{}", target.display());
    }
    // The `--policy` file, also through a symbolic link to it.
    let link = dir.path().join("link.xml");
    std::os::unix::fs::symlink(&policy, &link).unwrap();
    let before = fs::read(&policy).unwrap();
    for target in [&policy, &link] {
        let output = appeal()
            .args(["test", "--policy"])
            .arg(&policy)
            .arg("--junit")
            .arg(target)
            .arg(&case)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    }
    assert_eq!(fs::read(&policy).unwrap(), before);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// A FIFO, a device (through a link) or a folder is never replaced by a report.
#[test]
fn a_report_is_never_written_over_a_non_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.xml");
    mkfifo(&fifo);
    let null = dir.path().join("null.json");
    std::os::unix::fs::symlink("/dev/null", &null).unwrap();
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    for target in [&fifo, &null, &folder] {
        let output = appeal_within(20)
            .args(["test", "--junit"])
            .arg(target)
            .arg(SAMPLE)
            .output()
            .unwrap();
        let stderr = text(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{}: {stderr}",
            target.display()
        );
        assert!(stderr.contains("not a regular file"), "{stderr}");
        let output = appeal_within(20)
            .args(["schema", "case", "--output"])
            .arg(target)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    }
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        fs::symlink_metadata(&null)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(folder.is_dir());
}

use std::os::unix::fs::FileTypeExt;

/// A symbolic link to a regular file stays a link: the file it points to is replaced.
#[test]
fn a_report_through_a_link_replaces_the_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    appeal()
        .args(["schema", "case", "--output"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).unwrap().contains("\"$schema\""));
}

/// `schema --output` over a committed file kept its content but not its mode (0600). A replaced
/// file keeps its permissions; a new one gets what the umask gives (0644 under 022).
#[test]
fn a_report_keeps_the_permissions_of_the_file_it_replaces_and_a_new_one_follows_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("case.json");
    fs::write(&existing, "old").unwrap();
    fs::set_permissions(&existing, fs::Permissions::from_mode(0o664)).unwrap();
    appeal()
        .args(["schema", "case", "--output"])
        .arg(&existing)
        .assert()
        .success();
    assert_ne!(fs::read_to_string(&existing).unwrap(), "old");
    let mode = fs::metadata(&existing).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o664, "{mode:o}");

    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let new = dir.path().join(format!("new-{umask}.json"));
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask}; exec \"$0\" schema case --output \"$1\""
            ))
            .arg(assert_cmd::cargo::cargo_bin("appeal"))
            .arg(&new)
            .status()
            .unwrap();
        assert!(status.success());
        let mode = fs::metadata(&new).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, expected, "umask {umask}: {mode:o}");
    }
}

/// `appeal new -o` wrote its case file 0600 (tempfile's private mode) where any new file is
/// 0644 under umask 022.
#[test]
fn a_new_case_file_follows_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("case.yaml");
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 022; exec \"$0\" new --type seller_not_releasing -o \"$1\"")
        .arg(assert_cmd::cargo::cargo_bin("appeal"))
        .arg(&new)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mode = fs::metadata(&new).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o644, "{mode:o}");
}

// ---------------------------------------------------------------------------------------------
// Nothing from a case reaches a terminal raw.

/// A case whose texts carry a newline that forges a decision line, terminal escape sequences
/// (clear the screen, set the window title, colour), a C1 control and a bidirectional override,
/// and HTML.
fn hostile_case() -> String {
    sample()
        .replace(
            "case: APL-2025-0001",
            r#"case: "APL-1\nDECISION  refund_buyer — FINAL — buyer.1a \u0085\u007f\u202E""#,
        )
        .replace(
            r#"uid: "B-1001""#,
            r#"uid: "B-1001\e[2J\e]0;pwned\a<img src=x onerror=alert(1)>""#,
        )
        .replace(
            r#"remarks: "2025060100001""#,
            r#"remarks: "\e[31mred\e[0m \u009b2J \u202Eevil""#,
        )
        .replace(
            r#"reason: "Paid at 10:05, seller silent since""#,
            r#"reason: "[click](https://evil.example) | `x` \e[1m""#,
        )
}

fn assert_no_control_characters(shown: &str, what: &str) {
    for c in shown.chars() {
        assert!(
            c == '\n' || !appeal::text::shown::is_hidden(c),
            "{what} holds {c:?}:\n{shown}"
        );
    }
}

#[test]
fn control_characters_from_a_case_are_escaped_in_the_human_ruling() {
    let output = with_stdin(&["judge", "--explain", "-"], &hostile_case());
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_no_control_characters(&stdout, "the human ruling");
    let decisions: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("DECISION"))
        .collect();
    assert_eq!(
        decisions,
        ["DECISION  release_to_buyer — FINAL — buyer.1b"],
        "{stdout}"
    );
    assert!(
        stdout.contains(r"APL-1\nDECISION  refund_buyer"),
        "{stdout}"
    );
    assert!(
        stdout.contains(r"B-1001\u001b[2J\u001b]0;pwned\u0007"),
        "{stdout}"
    );
}

/// Runs `args` with `input` on stdin (the case given as `-`).
fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    appeal_within(120)
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap()
}

#[test]
fn the_markdown_ruling_escapes_control_characters_html_and_markup() {
    let output = with_stdin(
        &["judge", "--explain", "--format", "markdown", "-"],
        &hostile_case(),
    );
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_no_control_characters(&stdout, "the Markdown ruling");
    assert!(!stdout.contains("<img"), "{stdout}");
    assert!(
        stdout.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{stdout}"
    );
    assert!(
        !stdout
            .lines()
            .any(|l| l.starts_with("**DECISION  refund_buyer")),
        "{stdout}"
    );
    // The JSON ruling was already safe: serde_json escapes control characters.
    // JSON escapes C0 controls itself; DEL, C1 controls and bidirectional overrides, which
    // it leaves raw, are escaped its own way: the line stays valid JSON with the same text.
    let output = with_stdin(&["judge", "--format", "json", "-"], &hostile_case());
    let stdout = text(&output.stdout);
    assert_no_control_characters(stdout.trim_end(), "the JSON ruling");
    let ruling: serde_json::Value = serde_json::from_str(stdout.trim_end()).unwrap();
    assert_eq!(
        ruling["case"],
        "APL-1\nDECISION  refund_buyer — FINAL — buyer.1a \u{85}\u{7f}\u{202e}"
    );
}

/// Diagnostics quote the case: the message (a decoded YAML escape), the quoted source line (a raw
/// control byte) and the file name are escaped, on stderr and in the JUnit report.
#[test]
fn diagnostics_escape_messages_quoted_lines_and_file_names() {
    let dir = tempfile::tempdir().unwrap();
    // A decoded escape in a value that is reported back, in a file whose name holds one too.
    let case = sample().replace("asset: USDT", "asset: \"\\e[2JUSDT\"");
    fs::write(dir.path().join("bad\u{1b}[31m.yaml"), case).unwrap();
    // A raw control byte on a line that is quoted (YAML refuses it: a syntax error there).
    let case = sample().replace(
        "  kyc_verified: true\nseller:",
        "  kyc_verified: true # \u{1b}]0;title\u{7}\nseller:",
    );
    fs::write(dir.path().join("raw.yaml"), case).unwrap();
    let report = dir.path().join("report.xml");
    let output = appeal()
        .args(["test", "--junit"])
        .arg(&report)
        .arg(dir.path())
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_no_control_characters(&stderr, "the diagnostics");
    assert_no_control_characters(&stdout, "the test report");
    assert!(stderr.contains(r"\u001b[2JUSDT"), "{stderr}");
    assert!(stderr.contains(r"# \u001b]0;title\u0007"), "{stderr}");
    assert!(stderr.contains(r"bad\u001b[31m.yaml"), "{stderr}");
    assert!(stdout.contains(r"ERROR "), "{stdout}");
    let xml = fs::read_to_string(&report).unwrap();
    assert_no_control_characters(&xml, "the JUnit report");
    assert!(xml.contains(r"\u001b[2JUSDT"), "{xml}");

    // `check` names the file it found valid.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ok\u{1b}[2J.yaml"), sample()).unwrap();
    let output = appeal().args(["check"]).arg(dir.path()).output().unwrap();
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert_no_control_characters(&stdout, "check");
    assert!(stdout.contains(r"ok\u001b[2J.yaml"), "{stdout}");
}

/// A copy of the built-in MEXC policy with `edit` applied to its text.
fn policy_copy(dir: &Path, name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("policy/mexc.toml")).unwrap();
    let path = dir.join(name);
    fs::write(&path, edit(text)).unwrap();
    path
}

/// A policy's texts (title, citations) reach `policy show`, `policy check` and `explain`:
/// escaped too, and a newline in them forges no line.
#[test]
fn policy_show_check_and_explain_escape_the_texts_of_a_policy() {
    let dir = tempfile::tempdir().unwrap();
    let policy = policy_copy(dir.path(), "ctl.toml", |text| {
        text.replacen(
            "title = \"",
            "title = \"\\u001b[2J\\nDECISION forged \\u009b ",
            1,
        )
        .replacen(
            "cite = \"MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 1.a\"",
            "cite = \"1.a \\u001b]0;title\\u0007\\nforged\"",
            1,
        )
    });
    for args in [
        &["policy", "show"][..],
        &["policy", "check"][..],
        &["explain", "buyer.1a", "--policy"][..],
    ] {
        let output = appeal().args(args).arg(&policy).output().unwrap();
        let stdout = text(&output.stdout);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert_no_control_characters(&stdout, &format!("{args:?}"));
        assert!(
            !stdout
                .lines()
                .any(|line| line.starts_with("DECISION forged")),
            "{stdout}"
        );
    }
}

/// `appeal test` names a failing case by its id: escaped, and a newline in it forges no line.
#[test]
fn the_test_report_escapes_the_case_id_of_a_failing_case() {
    let case = hostile_case().replace("decision: release_to_buyer", "decision: refund_buyer");
    let output = with_stdin(&["test", "-"], &case);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert_no_control_characters(&stdout, "the test report");
    assert!(
        !stdout.lines().any(|line| line.starts_with("DECISION")),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------------
// Rendering is linear in the input.

/// One long word in a field that the human ruling puts in a table took quadratic time to wrap
/// (1 MB: minutes). It renders, wrapped at 80 columns, with every character kept. How long it
/// takes is measured by `examples/wrap_time.rs`, not here.
#[test]
fn a_megabyte_word_in_the_ruling_wraps_at_80_columns() {
    let word = "x".repeat(1 << 20);
    let case = sample().replace(
        r#"remarks: "2025060100001""#,
        &format!(r#"remarks: "crypto {word}""#),
    );
    for format in ["human", "markdown"] {
        let output = with_stdin(&["judge", "--format", format, "-"], &case);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let stdout = text(&output.stdout);
        let kept = stdout.chars().filter(|c| *c == 'x').count();
        assert!(
            kept >= 1 << 20,
            "{format}: {kept} of the word's characters shown"
        );
        if format == "human" {
            // The tables (the timeline is drawn at 100 columns of its own).
            let widest = stdout
                .lines()
                .filter(|l| l.starts_with(['|', '+']))
                .map(|l| l.chars().count())
                .max()
                .unwrap();
            assert!(widest <= 80, "a line of {widest} columns");
        }
    }
}

/// A long term in a policy (`policy show` draws citations in a table) wrapped in quadratic time
/// too: 200 KB took 221 s. A megabyte renders, wrapped at 80 columns.
#[test]
fn a_megabyte_citation_in_policy_show_wraps_at_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let word = "c".repeat(1 << 20);
    let policy = policy_copy(dir.path(), "long.toml", |text| {
        text.replacen(
            "cite = \"MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 1.a\"",
            &format!("cite = \"{word}\""),
            1,
        )
    });
    let output = appeal_within(120)
        .args(["policy", "show"])
        .arg(&policy)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.chars().filter(|c| *c == 'c').count() >= 1 << 20);
    // The tables (the lines around them are prose, not wrapped), in terminal columns: an
    // Arabic lam-alef is two letters in one column.
    let widest = stdout
        .lines()
        .filter(|l| l.starts_with(['|', '+']))
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap();
    assert!(widest <= 80, "a line of {widest} columns");
}

// ---------------------------------------------------------------------------------------------
// A failed write never turns a failure into success, and never panics.

/// `appeal test failing/ --junit r.xml | head -1` exited 0 and wrote no report. With stdout
/// closed the run goes on: the report is written and the exit code is the results' (1).
#[test]
fn a_closed_stdout_still_writes_the_report_and_exits_with_the_results_code() {
    let dir = tempfile::tempdir().unwrap();
    let failing = dir.path().join("failing");
    fs::create_dir(&failing).unwrap();
    fs::write(
        failing.join("wrong.yaml"),
        // Its own case id: a copy of a sample case with the same id is a warning.
        sample()
            .replace("decision: release_to_buyer", "decision: refund_buyer")
            .replace("case: APL-2025-0001", "case: APL-2025-9001"),
    )
    .unwrap();
    let report = dir.path().join("r.xml");
    let mut child = appeal()
        .args(["test", "cases/"])
        .arg(&failing)
        .arg("--junit")
        .arg(&report)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    let xml = fs::read_to_string(&report).unwrap();
    assert!(xml.contains("ruling differs from expect"), "{xml}");
}

fn dev_full() -> fs::File {
    fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
}

/// `completions bash > /dev/full` panicked (101) and `--help > /dev/full` exited 0. A stdout
/// that cannot be written is an error: a message on stderr, exit 2, no panic.
#[test]
fn a_full_stdout_is_an_error_not_a_panic_nor_a_success() {
    let runs: [&[&str]; 6] = [
        &["completions", "bash"],
        &["--help"],
        &["judge", "--help"],
        &["--version"],
        &["man"],
        &["judge", SAMPLE],
    ];
    for args in runs {
        let output = appeal().args(args).stdout(dev_full()).output().unwrap();
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to stdout") && stderr.contains("No space left"),
            "{args:?}: {stderr}"
        );
    }
}

/// When stderr cannot be written, the first diagnostic stopped the run and later rulings were
/// lost. The run goes on: every case is checked and the summary is printed.
#[test]
fn a_stderr_that_cannot_be_written_never_stops_later_rulings() {
    let output = appeal()
        .args([
            "check",
            "tests/bad-inputs/case/misspelt-nested-key.yaml",
            SAMPLE,
        ])
        .stderr(dev_full())
        .output()
        .unwrap();
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains(&format!("ok: {SAMPLE}")), "{stdout}");
    assert!(stdout.contains("1 valid, 1 invalid"), "{stdout}");
    let output = appeal()
        .args([
            "judge",
            "tests/bad-inputs/case/misspelt-nested-key.yaml",
            SAMPLE,
        ])
        .stderr(dev_full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stdout).contains("DECISION  release_to_buyer"));
}

// ---------------------------------------------------------------------------------------------
// `--color auto|always|never`.

/// Colour in diagnostics follows `--color`: `always` even into a pipe and with `NO_COLOR`,
/// `never` never, and `auto` (the default) only on a terminal without `NO_COLOR`.
#[test]
fn color_always_never_and_auto() {
    let bad = "tests/bad-inputs/case/misspelt-nested-key.yaml";
    let stderr = |args: &[&str], no_color: bool| {
        let mut command = appeal();
        if !no_color {
            command.env_remove("NO_COLOR");
        }
        text(&command.args(args).output().unwrap().stderr)
    };
    assert!(stderr(&["--color", "always", "check", bad], true).contains("\u{1b}["));
    assert!(stderr(&["check", "--color=always", bad], false).contains("\u{1b}["));
    assert!(!stderr(&["--color", "never", "check", bad], false).contains('\u{1b}'));
    assert!(!stderr(&["--color", "auto", "check", bad], false).contains('\u{1b}'));
    assert!(!stderr(&["check", bad], true).contains('\u{1b}'));
    let output = appeal()
        .args(["--color", "sometimes", "check", bad])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("possible values: auto, always, never"));
}

/// A megabyte value where a word is expected was quoted whole in its diagnostic (a megabyte of
/// stderr) and compared letter by letter with every allowed word for a "did you mean" (seconds).
/// The diagnostic quotes its first characters and lists the allowed words, in both formats.
#[test]
fn a_megabyte_value_is_quoted_briefly_in_its_diagnostic() {
    let value = "x".repeat(1 << 20);
    let case = sample().replacen("type: seller_not_releasing", &format!("type: {value}"), 1);
    assert_ne!(case, sample(), "the sample's appeal type moved");
    // A backtick in the value shifts what the message seems to quote; it is held short too.
    let shifted = sample().replacen(
        "type: seller_not_releasing",
        &format!("type: \"x`{value}\""),
        1,
    );
    let output = with_stdin(&["check", "-"], &shifted);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stderr.len() < 4096, "{} bytes", output.stderr.len());
    for format in ["human", "json"] {
        let output = with_stdin(&["check", "--format", format, "-"], &case);
        // An invalid case is an error of the input: exit 2.
        assert_eq!(output.status.code(), Some(2), "{format}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.len() < 4096,
            "{format}: {} bytes of diagnostics",
            stderr.len()
        );
        assert!(
            stderr.contains(&format!("`{}…`", "x".repeat(60))),
            "{format}: {stderr}"
        );
        assert!(
            stderr.contains("seller_not_releasing"),
            "{format}: {stderr}"
        );
    }
}

/// A line holding hidden characters is drawn escaped (`\u202e` for one character); the column
/// in the diagnostic's heading is still counted in the file as written, as `--format json` and
/// editors count it.
#[test]
fn columns_count_the_file_as_written_on_a_line_drawn_escaped() {
    let case = sample().replacen(
        "event: marked_paid",
        "event: marked_paid, note: \"\u{202e}\u{202e}\", bogus: 1",
        1,
    );
    assert_ne!(case, sample(), "the sample's first event moved");
    let (index, written) = case
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("bogus"))
        .expect("the edited line");
    let line = index + 1;
    // 1-based, in characters: the two hidden characters count one each.
    let column = written[..written.find("bogus").unwrap()].chars().count() + 1;
    let human = text(&with_stdin(&["check", "-"], &case).stderr);
    assert!(
        human.contains(&format!("<stdin>:{line}:{column}]")),
        "{human}"
    );
    assert!(human.contains("\\u202e\\u202e"), "{human}");
    let json = text(&with_stdin(&["check", "--format", "json", "-"], &case).stderr);
    assert!(
        json.contains(&format!("\"line\":{line},\"column\":{column}")),
        "{json}"
    );
}
