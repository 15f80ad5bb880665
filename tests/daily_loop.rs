//! The desk's daily loop, through the binary: the worklist lists everything that waits on
//! someone (escalations included), and reads each deadline's window as the ruling kept it.

use assert_cmd::Command;

fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").unwrap();
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(format!("{}/cases/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// Two escalations (a Bitget appeal handed to an agent, a MEXC case support must settle by hand)
/// and a pending deadline: the escalations are listed, with what support must do, oldest first
/// after the overdue, and counted in the summary of every format.
#[test]
fn queue_lists_escalations_oldest_first_and_counts_them() {
    let folder = tempfile::tempdir().unwrap();
    for name in [
        "procedure.timer-appeal-after-timer-escalated.yaml",
        "buyer.1a-out-of-band-partly-refunded-escalated.yaml",
        "buyer.1a-inside-band-seller-has-time.yaml",
    ] {
        std::fs::write(folder.path().join(name), sample(name)).unwrap();
    }
    let out = appeal()
        .args(["queue", "--format", "json"])
        .arg(folder.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows = json_lines(&out.stdout);
    let summary = rows.pop().unwrap();
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    // The MEXC appeal (2025-06-02) is older than the Bitget one (2025-07-14).
    assert!(files[0].ends_with("buyer.1a-out-of-band-partly-refunded-escalated.yaml"));
    assert!(files[1].ends_with("procedure.timer-appeal-after-timer-escalated.yaml"));
    assert!(files[2].ends_with("buyer.1a-inside-band-seller-has-time.yaml"));
    for escalation in &rows[..2] {
        assert_eq!(escalation["status"], "awaiting_review");
        assert_eq!(escalation["awaiting_review"], true);
        assert_eq!(escalation["who"], "support");
        assert!(escalation["due"].is_null());
        assert!(escalation["waiting_since"].is_string());
        assert!(!escalation["action"].as_str().unwrap().is_empty());
    }
    assert!(
        rows[1]["action"]
            .as_str()
            .unwrap()
            .starts_with("review the uploaded evidence"),
        "{}",
        rows[1]
    );
    assert_eq!(summary["summary"]["awaiting_review"], 2, "{summary}");
    assert_eq!(summary["summary"]["due"], 1, "{summary}");
    assert_eq!(summary["summary"]["listed"], 3, "{summary}");

    let human = appeal().arg("queue").arg(folder.path()).output().unwrap();
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(human.contains("REVIEW"), "{human}");
    assert!(
        human.ends_with(
            "3 listed of 3 cases judged at each case's own as_of: 1 due (0 overdue), 2 awaiting \
             review\n"
        ),
        "{human}"
    );
    let markdown = appeal()
        .args(["queue", "--format", "markdown"])
        .arg(folder.path())
        .output()
        .unwrap();
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    assert!(
        markdown.contains("| `escalate` awaiting_review | support |"),
        "{markdown}"
    );
    assert!(markdown.contains("2 awaiting review"), "{markdown}");
}

/// The worklist says what opened the window of each deadline, as the ruling kept it: the
/// evidence window of `procedure.evidence-receipt-requested` runs from the appeal (02:25), not
/// from the moment of the ruling.
#[test]
fn queue_reads_the_window_of_each_deadline_from_the_ruling() {
    let out = appeal()
        .args([
            "queue",
            "--format",
            "json",
            "cases/procedure.evidence-receipt-requested.yaml",
            "cases/buyer.1a-inside-band-seller-has-time.yaml",
        ])
        .output()
        .unwrap();
    let rows = json_lines(&out.stdout);
    let evidence = rows
        .iter()
        .find(|r| r["case"] == "APL-2025-0923")
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!(evidence["window_from"], "the appeal", "{evidence}");
    assert_eq!(evidence["window_start"], "2025-07-14T02:25:00+00:00");
    let contact = rows
        .iter()
        .find(|r| r["window_from"] == "support's contact with the seller")
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!(contact["window_start"], "2025-06-02T10:40:00+08:00");
}

/// The human timeline says the same: the receipt is due from the appeal.
#[test]
fn the_timeline_reads_window_starts_from_the_ruling() {
    let out = appeal()
        .args(["judge", "cases/procedure.evidence-receipt-requested.yaml"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("due: submit a payment receipt (window from the appeal)"),
        "{text}"
    );
    assert!(!text.contains("no contact yet"), "{text}");
}

/// `judge -o DIR` writes one file per case, `CASE-ID.EXT` for the format, and never over an
/// existing file unless `--force`.
#[test]
fn judge_writes_one_file_per_case_with_o() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("rulings");
    let cases = [
        "cases/buyer.1a-below-band-refund-due.yaml",
        "cases/buyer.1b-spec-example.yaml",
    ];
    for (format, ext) in [
        ("html", "html"),
        ("json", "json"),
        ("markdown", "md"),
        ("human", "txt"),
    ] {
        let out = appeal()
            .args(["judge", "--format", format, "-o"])
            .arg(&dir)
            .args(cases)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let listed = String::from_utf8(out.stdout).unwrap();
        assert_eq!(listed.lines().count(), 2, "{listed}");
        for case in ["APL-2025-0128", "APL-2025-0001"] {
            let file = dir.join(format!("{case}.{ext}"));
            assert!(listed.contains(&file.display().to_string()), "{listed}");
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(case), "{format}: {text}");
        }
    }
    let page = std::fs::read_to_string(dir.join("APL-2025-0001.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.matches("<html").count() == 1);

    // Again: every file exists, so nothing is written, and each refusal says how to replace.
    let before = std::fs::read(dir.join("APL-2025-0001.html")).unwrap();
    std::fs::write(dir.join("APL-2025-0001.html"), b"kept").unwrap();
    let out = appeal()
        .args(["judge", "--format", "html", "-o"])
        .arg(&dir)
        .args(cases)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("appeal::judge::exists"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        std::fs::read(dir.join("APL-2025-0001.html")).unwrap(),
        b"kept"
    );
    appeal()
        .args(["judge", "--format", "html", "--force", "-o"])
        .arg(&dir)
        .args(cases)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(dir.join("APL-2025-0001.html")).unwrap(),
        before
    );
}

/// Without `-o`, HTML over several cases is refused with a pointer to `-o`: one stream cannot
/// hold several pages. One case still goes to stdout.
#[test]
fn html_over_several_cases_needs_o() {
    let out = appeal()
        .args([
            "judge",
            "--format",
            "html",
            "cases/buyer.1a-below-band-refund-due.yaml",
            "cases/buyer.1b-spec-example.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("appeal::judge::html_pages"), "{stderr}");
    assert!(stderr.contains("-o DIR"), "{stderr}");
    appeal()
        .args([
            "judge",
            "--format",
            "html",
            "cases/buyer.1b-spec-example.yaml",
        ])
        .assert()
        .success();
}

/// Two cases with one id in one run: the second is refused, not written over the first.
#[test]
fn two_cases_with_one_id_are_not_written_over_each_other() {
    let folder = tempfile::tempdir().unwrap();
    let text = sample("buyer.1b-spec-example.yaml");
    for name in ["a.yaml", "b.yaml"] {
        std::fs::write(folder.path().join(name), &text).unwrap();
    }
    let out = appeal()
        .args(["judge", "--format", "json", "-o"])
        .arg(folder.path().join("out"))
        .arg(folder.path().join("a.yaml"))
        .arg(folder.path().join("b.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("appeal::judge::same_id"), "{stderr}");
}

/// A project whose `policy/mexc.toml` has a misspelt key, and three cases that rely on it.
fn project_with_a_broken_policy() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(folder.path().join("policy")).unwrap();
    std::fs::create_dir_all(folder.path().join("cases")).unwrap();
    let policy =
        std::fs::read_to_string(format!("{}/policy/mexc.toml", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .replacen("price_band_pct =", "price_band_pc =", 1);
    std::fs::write(folder.path().join("policy/mexc.toml"), policy).unwrap();
    for name in [
        "buyer.1b-spec-example.yaml",
        "buyer.1a-below-band-refund-due.yaml",
        "buyer.1a-inside-band-seller-has-time.yaml",
    ] {
        std::fs::write(folder.path().join("cases").join(name), sample(name)).unwrap();
    }
    folder
}

/// One problem, one message: a misspelt key in the project's policy is reported once, however
/// many cases it stops, with the number it stopped — by `test`, `check`, `judge` and `queue`.
#[test]
fn a_problem_of_a_shared_policy_is_reported_once() {
    let folder = project_with_a_broken_policy();
    for command in [&["test"][..], &["check"], &["judge"], &["queue"]] {
        let out = appeal()
            .current_dir(folder.path())
            .args(command)
            .arg("cases")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.matches("unknown key `price_band_pc`").count(),
            1,
            "{command:?}:\n{stderr}"
        );
        assert!(
            stderr.contains("one problem stopped 3 cases, and is reported once, above"),
            "{command:?}:\n{stderr}"
        );
    }
}

/// `-q` prints only failures and the summary; diagnostics are printed as always.
#[test]
fn quiet_prints_only_failures_and_the_summary() {
    let out = appeal()
        .args(["test", "-q", "--filter", "buyer.1a"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.ends_with(" passed, 0 failed\n"), "{stdout}");
    let out = appeal()
        .args(["check", "--quiet", "cases/"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.ends_with(" valid, 0 invalid\n"), "{stdout}");
    // A failure is still shown.
    let folder = project_with_a_broken_policy();
    let out = appeal()
        .current_dir(folder.path())
        .args(["check", "-q", "cases"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout, "0 valid, 3 invalid\n");
}

/// `--deny-warnings` makes a warning fail the run (exit 1), for `check` and `test`.
#[test]
fn deny_warnings_makes_a_warning_fail_the_run() {
    let folder = tempfile::tempdir().unwrap();
    // price × quantity is no longer the amount: a warning; the ruling (on the amount) is the same.
    let case = folder.path().join("warned.yaml");
    let text = sample("buyer.1b-spec-example.yaml").replacen("price: 25500", "price: 25501", 1);
    std::fs::write(&case, text).unwrap();
    for command in ["check", "test"] {
        let out = appeal().arg(command).arg(&case).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("appeal::warning::amount"),
            "{command}: {stderr}"
        );
        let out = appeal()
            .arg(command)
            .arg("--deny-warnings")
            .arg(&case)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{command}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("1 with warnings"), "{command}: {stdout}");
        assert!(
            stdout.lines().any(|line| line.starts_with("warn")),
            "{command}: {stdout}"
        );
    }
}

/// JUnit `testcase` and `testsuite` carry `time`, and the suite a `timestamp`: the start of the
/// run, or `SOURCE_DATE_EPOCH` when set (a reproducible report).
#[test]
fn junit_carries_times_and_a_timestamp() {
    let folder = tempfile::tempdir().unwrap();
    let report = folder.path().join("report.xml");
    appeal()
        .env("SOURCE_DATE_EPOCH", "1748750400")
        .args(["test", "-q", "--filter", "buyer.1b", "--junit"])
        .arg(&report)
        .assert()
        .success();
    let xml = std::fs::read_to_string(&report).unwrap();
    let suite = xml
        .lines()
        .find(|l| l.trim_start().starts_with("<testsuite "))
        .unwrap();
    assert!(
        suite.contains("timestamp=\"2025-06-01T04:00:00.000+00:00\""),
        "{suite}"
    );
    assert!(suite.contains(" time=\""), "{suite}");
    let cases: Vec<&str> = xml
        .lines()
        .filter(|l| l.trim_start().starts_with("<testcase "))
        .collect();
    assert!(!cases.is_empty());
    assert!(cases.iter().all(|c| c.contains(" time=\"")), "{cases:?}");
}

/// A desk folder: `appeal.toml` sets the clock and the cases folder; one case below it.
fn desk(toml: &str) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("appeal.toml"), toml).unwrap();
    std::fs::create_dir_all(folder.path().join("tickets/today")).unwrap();
    std::fs::write(
        folder
            .path()
            .join("tickets/buyer.1a-inside-band-seller-has-time.yaml"),
        sample("buyer.1a-inside-band-seller-has-time.yaml"),
    )
    .unwrap();
    folder
}

const DESK: &str = "[defaults]\nclock = \"America/Sao_Paulo\"\ncases = \"tickets\"\n";

/// `appeal.toml` sets the desk defaults, found from the current folder upward; the command line
/// wins; `appeal config` and `--help` say which file and values are in force.
#[test]
fn appeal_toml_sets_desk_defaults_and_the_command_line_wins() {
    let folder = desk(DESK);
    let below = folder.path().join("tickets/today");
    let config = appeal().current_dir(&below).arg("config").output().unwrap();
    assert!(config.status.success());
    let config = String::from_utf8(config.stdout).unwrap();
    assert!(config.contains("appeal.toml"), "{config}");
    assert!(
        config.contains("clock   America/Sao_Paulo  (appeal.toml)"),
        "{config}"
    );
    assert!(
        config.contains("cases   tickets  (appeal.toml)"),
        "{config}"
    );
    assert!(config.contains("lang    en  (built-in)"), "{config}");

    // queue: the cases folder and the clock of the file (a Brazilian desk reads -03:00).
    let queue = appeal()
        .current_dir(&below)
        .args(["queue", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        queue.status.success(),
        "{}",
        String::from_utf8_lossy(&queue.stderr)
    );
    let rows = json_lines(&queue.stdout);
    assert_eq!(rows[0]["due"], "2025-06-02T00:40:00-03:00", "{rows:?}");
    // The command line wins.
    let queue = appeal()
        .current_dir(&below)
        .args(["queue", "--format", "json", "--clock", "utc"])
        .output()
        .unwrap();
    assert_eq!(
        json_lines(&queue.stdout)[0]["due"],
        "2025-06-02T03:40:00+00:00"
    );
    // judge writes its times on the desk's clock too; test finds the cases folder.
    let judged = appeal()
        .current_dir(folder.path())
        .args(["judge", "tickets/buyer.1a-inside-band-seller-has-time.yaml"])
        .output()
        .unwrap();
    let judged = String::from_utf8(judged.stdout).unwrap();
    assert!(judged.contains("as of 2025-06-02 00:10 -03:00"), "{judged}");
    let tested = appeal()
        .current_dir(&below)
        .args(["test", "-q"])
        .output()
        .unwrap();
    assert!(tested.status.success());
    assert_eq!(
        String::from_utf8(tested.stdout).unwrap(),
        "1 passed, 0 failed\n"
    );
    // --help says the defaults in force.
    let help = appeal()
        .current_dir(&below)
        .args(["queue", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("Desk defaults in force"), "{help}");
    assert!(help.contains("clock = \"America/Sao_Paulo\""), "{help}");
}

/// A mistake in `appeal.toml` is refused with a diagnostic that points at it.
#[test]
fn a_mistake_in_appeal_toml_is_refused() {
    let folder = desk("[defaults]\nclok = \"utc\"\n");
    let out = appeal()
        .current_dir(folder.path())
        .arg("queue")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown key `clok`"), "{stderr}");
    assert!(stderr.contains("did you mean `clock`?"), "{stderr}");
    let folder = desk("[defaults]\nclock = \"Mars/Olympus\"\n");
    let out = appeal()
        .current_dir(folder.path())
        .arg("config")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a clock"));
}

/// No `appeal.toml` in a folder anyone may write to sets defaults for the folders below it.
#[cfg(unix)]
#[test]
fn appeal_toml_in_a_folder_open_to_anyone_is_not_used() {
    use std::os::unix::fs::PermissionsExt;
    let folder = desk(DESK);
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = appeal()
        .current_dir(folder.path().join("tickets"))
        .arg("config")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("no appeal.toml found"), "{text}");
}

/// A folder holds more than cases: a ruling the tool wrote beside them is skipped with a note;
/// two files with one case id are a warning; a template judged as written is a warning.
#[test]
fn a_folder_holds_more_than_cases() {
    let folder = tempfile::tempdir().unwrap();
    let case = folder.path().join("a.yaml");
    std::fs::write(&case, sample("buyer.1b-spec-example.yaml")).unwrap();
    let ruling = appeal()
        .args(["judge", "--format", "json"])
        .arg(&case)
        .output()
        .unwrap();
    std::fs::write(folder.path().join("r.json"), &ruling.stdout).unwrap();
    for command in ["check", "test", "judge", "queue"] {
        let out = appeal().arg(command).arg(folder.path()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{command}: {stderr}");
        assert!(
            stderr.contains("appeal::input::ruling_skipped"),
            "{command}: {stderr}"
        );
        assert!(stderr.contains("r.json"), "{command}: {stderr}");
        assert!(!stderr.contains("invalid"), "{command}: {stderr}");
    }

    // A copy under another name: one case id, two files.
    std::fs::write(
        folder.path().join("b.yaml"),
        sample("buyer.1b-spec-example.yaml"),
    )
    .unwrap();
    for command in ["check", "test"] {
        let out = appeal().arg(command).arg(folder.path()).output().unwrap();
        assert!(out.status.success(), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("appeal::warning::same_case_id"),
            "{command}: {stderr}"
        );
        assert!(stderr.contains("`APL-2025-0001`"), "{command}: {stderr}");
        let denied = appeal()
            .args([command, "--deny-warnings"])
            .arg(folder.path())
            .output()
            .unwrap();
        assert_eq!(denied.status.code(), Some(1), "{command}");
    }

    // A template left as `appeal new` wrote it.
    let template = folder.path().join("new.yaml");
    appeal()
        .args(["new", "--type", "seller_not_releasing", "-o"])
        .arg(&template)
        .assert()
        .success();
    let out = appeal().arg("check").arg(&template).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("appeal::warning::placeholders"), "{stderr}");
    assert!(
        stderr.contains("case, order.id, buyer.uid, seller.uid"),
        "{stderr}"
    );
    // Once the ticket's own facts are in, no warning.
    let edited = std::fs::read_to_string(&template)
        .unwrap()
        .replace("APL-2025-0420", "APL-2025-7777")
        .replace("2025061500042117", "2025061500099999")
        .replace("B-20250615", "B-3141")
        .replace("S-20250615", "S-2718");
    std::fs::write(&template, edited).unwrap();
    let out = appeal().arg("check").arg(&template).output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `appeal event add` appends one event, checked, keeping every other byte of the file; the
/// same for a payment and an evidence item; a wrong event name gets a "did you mean".
#[test]
fn entries_are_added_without_hand_editing_and_every_other_byte_is_kept() {
    let folder = tempfile::tempdir().unwrap();
    let case = folder.path().join("case.yaml");
    let original = sample("buyer.1b-spec-example.yaml");
    std::fs::write(&case, &original).unwrap();
    let event = "  - { at: 2025-06-01T11:00:00+08:00, event: responded, by: seller, stance: payment_not_received }\n";
    appeal()
        .args(["event", "add"])
        .arg(&case)
        .args(["responded", "--by", "seller", "stance=payment_not_received"])
        .args(["--at", "2025-06-01T11:00:00+08:00"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&case).unwrap();
    let expected = original.replacen(
        "  - { at: 2025-06-01T10:40:00+08:00, event: cs_contacted, party: seller }\n",
        &format!(
            "  - {{ at: 2025-06-01T10:40:00+08:00, event: cs_contacted, party: seller }}\n{event}"
        ),
        1,
    );
    assert_eq!(after, expected);

    appeal()
        .args(["payment", "add"])
        .arg(&case)
        .args([
            "amount=100",
            "payer_name=TRAN THI B",
            "to_account=VCB 0123456789",
        ])
        .args(["--at", "2025-06-01T10:30:00+08:00"])
        .assert()
        .success();
    appeal()
        .args(["evidence", "add"])
        .arg(&case)
        .args([
            "id=statement-1",
            "kind=bank_statement",
            "shows_receipt=false",
            "--by",
            "seller",
        ])
        .args(["--at", "2025-06-01T12:00:00+08:00"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&case).unwrap();
    assert!(after.contains(
        "  - { at: 2025-06-01T10:30:00+08:00, amount: 100, payer_name: \"TRAN THI B\", to_account: \"VCB 0123456789\" }\n"
    ));
    assert!(after.contains(
        "  - { id: statement-1, by: seller, kind: bank_statement, shows_receipt: false, at: 2025-06-01T12:00:00+08:00 }\n"
    ));
    // Only added lines: the original's lines are all there, in order.
    let kept: Vec<&str> = after
        .lines()
        .filter(|l| original.lines().any(|o| o == *l))
        .collect();
    assert_eq!(kept, original.lines().collect::<Vec<_>>());
    // The edited case is judged as any other.
    appeal().args(["check"]).arg(&case).assert().success();
}

#[test]
fn a_wrong_entry_is_refused_and_the_file_is_left_as_it_was() {
    let folder = tempfile::tempdir().unwrap();
    let case = folder.path().join("case.yaml");
    let original = sample("buyer.1b-spec-example.yaml");
    std::fs::write(&case, &original).unwrap();
    let refused = |args: &[&str], says: &str| {
        let out = appeal()
            .arg("event")
            .arg("add")
            .arg(&case)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(
            std::fs::read_to_string(&case).unwrap(),
            original,
            "{args:?}"
        );
    };
    refused(&["relesed", "--by", "seller"], "did you mean `released`?");
    refused(
        &["cs_contacted", "--at", "2025-06-01T11:00:00+08:00"],
        "missing required key `party`",
    );
    refused(
        &["released", "--by", "seller", "--at", "now"],
        "--bump-as-of",
    );
    refused(
        &["released", "--by", "seller", "--at", "11:00"],
        "--at `11:00` is not a time",
    );
    // With --bump-as-of, as_of moves to the new event, and nothing else changes.
    appeal()
        .args(["event", "add"])
        .arg(&case)
        .args([
            "released",
            "--by",
            "seller",
            "--at",
            "2025-06-01T13:00:00+08:00",
            "--bump-as-of",
        ])
        .assert()
        .success();
    let after = std::fs::read_to_string(&case).unwrap();
    assert!(
        after.contains("as_of: 2025-06-01T13:00:00+08:00\n"),
        "{after}"
    );
    assert_eq!(after.lines().count(), original.lines().count() + 1);
}

/// `appeal new` writes its times at `--offset` and its order in `--fiat` (or the desk's), and
/// marks the fields the ruling of the type reads.
#[test]
fn new_takes_offset_and_fiat_and_marks_the_fields_read() {
    let out = appeal()
        .args([
            "new",
            "--type",
            "underpaid",
            "--offset",
            "-03:00",
            "--fiat",
            "BRL",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("+08:00"), "{text}");
    assert!(text.contains("as_of: 2025-06-15T11:30:00-03:00"), "{text}");
    assert!(text.contains("  fiat: BRL "), "{text}");
    assert!(!text.contains("PHP"), "{text}");
    assert!(
        text.contains("# ◆ marks the fields the ruling of this type reads (it goes to seller.2a)"),
        "{text}"
    );
    let marked: Vec<&str> = text.lines().filter(|l| l.contains("◆")).collect();
    assert!(
        marked
            .iter()
            .any(|l| l.trim_start().starts_with("amount: 58000")),
        "{marked:?}"
    );
    // Valid as written.
    let folder = tempfile::tempdir().unwrap();
    let case = folder.path().join("new.yaml");
    std::fs::write(&case, &text).unwrap();
    appeal().arg("check").arg(&case).assert().success();

    // The desk's defaults, and a wrong offset refused.
    let desk = desk("[defaults]\noffset = \"+05:30\"\nfiat = \"INR\"\n");
    let out = appeal()
        .current_dir(desk.path())
        .args(["new", "--type", "seller_not_releasing"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("created_at: 2025-06-15T10:00:00+05:30"),
        "{text}"
    );
    assert!(text.contains("  fiat: INR "), "{text}");
    appeal()
        .args(["new", "--type", "underpaid", "--offset", "8"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("appeal::new::offset"));
}
