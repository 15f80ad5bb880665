//! The ledger of rulings through the binary: `judge --record` over the sample cases, `ledger
//! verify` on the ledger intact and after each kind of tampering, `ledger replay` as recorded
//! and under a narrowed band, recorders at once, and a recorder killed in the middle of a line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::prelude::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn appeal(args: &[&str]) -> Command {
    let mut command = Command::cargo_bin("appeal").unwrap();
    command.current_dir(repo()).env("NO_COLOR", "1").args(args);
    command
}

fn run(args: &[&str]) -> Output {
    appeal(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// How many sample cases `judge cases/` rules on.
fn sample_cases() -> usize {
    std::fs::read_dir(repo().join("cases"))
        .unwrap()
        .filter(|entry| {
            let path = entry.as_ref().unwrap().path();
            path.extension().is_some_and(|e| e == "yaml")
        })
        .count()
}

/// A ledger of every sample case, recorded in a fresh folder.
fn recorded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("rulings.jsonl");
    let output = run(&["judge", "--record", ledger.to_str().unwrap(), "cases/"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (dir, ledger)
}

fn lines(ledger: &Path) -> Vec<String> {
    std::fs::read_to_string(ledger)
        .unwrap()
        .lines()
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `ledger verify` of `lines` written to a file beside `ledger`: its exit code and stdout.
fn verify_lines(ledger: &Path, lines: &[String]) -> (Option<i32>, String) {
    let tampered = ledger.with_file_name("tampered.jsonl");
    std::fs::write(&tampered, lines.concat()).unwrap();
    let output = run(&["ledger", "verify", tampered.to_str().unwrap()]);
    (output.status.code(), stdout(&output))
}

#[test]
fn a_ledger_of_the_sample_cases_verifies_and_each_tampering_is_named() {
    let (_dir, ledger) = recorded();
    let written = lines(&ledger);
    assert_eq!(written.len(), sample_cases());
    let output = run(&["ledger", "verify", ledger.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).contains(&format!("{} lines, the chain intact", written.len())),
        "{}",
        stdout(&output)
    );

    // Each line holds the case as read, the edition, the tool and the ruling.
    let first: serde_json::Value = serde_json::from_str(&written[0]).unwrap();
    let entry = &first["entry"];
    let case = std::fs::read_to_string(repo().join(entry["case"]["file"].as_str().unwrap()));
    assert_eq!(entry["case"]["text"], case.unwrap());
    assert_eq!(entry["prev_sha256"], "0".repeat(64));
    assert_eq!(entry["policy"]["id"], "mexc");
    assert_eq!(entry["policy"]["effective_from"], "2025-05-29");
    assert_eq!(entry["tool_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(entry["ruling"]["policy"], entry["policy"]);
    assert!(entry["ruling"]["decision"].is_string());

    let mut edited = written.clone();
    assert!(edited[4].contains("\"decision\":\""));
    edited[4] = edited[4].replacen("\"decision\":\"", "\"decision\":\"x", 1);
    let (code, out) = verify_lines(&ledger, &edited);
    assert_eq!(code, Some(1));
    assert!(out.starts_with("BROKEN: "), "{out}");
    assert!(out.contains(" line 5 (edited)"), "{out}");

    let mut removed = written.clone();
    removed.remove(4);
    let (code, out) = verify_lines(&ledger, &removed);
    assert_eq!(code, Some(1));
    assert!(
        out.contains(" line 5 (removed): 1 line was removed"),
        "{out}"
    );

    let mut reordered = written.clone();
    reordered.swap(6, 7);
    let (code, out) = verify_lines(&ledger, &reordered);
    assert_eq!(code, Some(1));
    assert!(out.contains(" line 7 (reordered)"), "{out}");

    let mut inserted = written.clone();
    inserted.insert(9, written[2].clone());
    let (code, out) = verify_lines(&ledger, &inserted);
    assert_eq!(code, Some(1));
    assert!(
        out.contains(" line 10 (inserted): line 10 repeats line 3"),
        "{out}"
    );

    // A line edited and its digest written anew: the line after it no longer chains to it.
    let mut rehashed = written.clone();
    let mut line: serde_json::Value = serde_json::from_str(&rehashed[4]).unwrap();
    line["entry"]["ruling"]["decision"] = "cancel_order".into();
    let entry = serde_json::to_string(&line["entry"]).unwrap();
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(entry.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    rehashed[4] = format!("{{\"sha256\":\"{digest}\",\"entry\":{entry}}}\n");
    let (code, out) = verify_lines(&ledger, &rehashed);
    assert_eq!(code, Some(1));
    assert!(out.contains(" line 5 (edited)"), "{out}");
}

#[test]
fn the_ledger_schema_describes_its_lines() {
    let output = run(&["schema", "ledger"]);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let required = |at: &serde_json::Value| -> Vec<String> {
        at["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(required(&schema), ["sha256", "entry"]);
    let entry = &schema["$defs"]["Entry"];
    for key in [
        "line",
        "prev_sha256",
        "tool_version",
        "case",
        "policy",
        "as_of",
        "ruling",
    ] {
        assert!(required(entry).iter().any(|k| k == key), "{key}: {entry}");
    }
}

#[test]
fn a_replay_under_the_recorded_policies_finds_nothing_and_a_narrower_band_moves_rulings() {
    let (dir, ledger) = recorded();
    let ledger = ledger.to_str().unwrap();
    let output = run(&["ledger", "replay", ledger, "--exit-code"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("rulings: as recorded"),
        "{}",
        stdout(&output)
    );

    let policy = std::fs::read_to_string(repo().join("policy/mexc.toml")).unwrap();
    assert!(policy.contains("price_band_pct = 10\n"));
    let narrow = dir.path().join("narrow.toml");
    std::fs::write(
        &narrow,
        policy.replace("price_band_pct = 10\n", "price_band_pct = 0.5\n"),
    )
    .unwrap();
    let output = run(&[
        "ledger",
        "replay",
        ledger,
        "--policy",
        narrow.to_str().unwrap(),
        "--exit-code",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("rulings that differ from the recorded ones:"),
        "{out}"
    );
    assert!(
        out.contains(
            "cases/buyer.1a-inside-band-edge-silent-released.yaml)\n    recorded: \
             release_to_buyer final buyer.1a\n    now:      refund_buyer pending buyer.1a"
        ),
        "{out}"
    );
    assert!(out.contains("moved by: buyer.1a price_band_pct\n"), "{out}");
    assert!(out.contains("decisions change"), "{out}");
    // Without --exit-code a difference is not a failure.
    let output = run(&[
        "ledger",
        "replay",
        ledger,
        "--policy",
        narrow.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn recorders_at_once_lose_and_interleave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("rulings.jsonl");
    let recorders: Vec<_> = (0..3)
        .map(|_| {
            appeal(&["judge", "--record", ledger.to_str().unwrap(), "cases/"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for recorder in recorders {
        let output = recorder.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let written = lines(&ledger);
    assert_eq!(written.len(), 3 * sample_cases());
    let output = run(&["ledger", "verify", ledger.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    // Each case is recorded three times, once by each recorder.
    let mut digests = std::collections::BTreeMap::<String, usize>::new();
    for line in &written {
        let line: serde_json::Value = serde_json::from_str(line).unwrap();
        let digest = line["entry"]["case"]["sha256"]
            .as_str()
            .unwrap()
            .to_string();
        *digests.entry(digest).or_default() += 1;
    }
    assert!(digests.values().all(|n| *n % 3 == 0), "{digests:?}");
}

#[cfg(unix)]
#[test]
fn a_recorder_killed_mid_line_leaves_a_ledger_verify_calls_incomplete() {
    let (dir, ledger) = recorded();
    let whole = lines(&ledger).len();
    let marker = dir.path().join("half-written");
    let mut recorder = appeal(&[
        "judge",
        "--record",
        ledger.to_str().unwrap(),
        "cases/buyer.1a-below-band-refund-due.yaml",
    ])
    .env("APPEAL_TEST_PAUSE_MID_APPEND", &marker)
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let start = Instant::now();
    while !marker.exists() {
        assert!(start.elapsed() < Duration::from_secs(60), "no half line");
        std::thread::sleep(Duration::from_millis(20));
    }
    recorder.kill().unwrap(); // SIGKILL
    recorder.wait().unwrap();

    let ledger = ledger.to_str().unwrap();
    let output = run(&["ledger", "verify", ledger]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "INCOMPLETE: {ledger} line {} (incomplete): the ledger ends in the middle of line",
            whole + 1
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("the {whole} lines before it are intact")),
        "{out}"
    );

    // Nothing is appended after a torn line.
    let output = run(&[
        "judge",
        "--record",
        ledger,
        "cases/buyer.1a-below-band-refund-due.yaml",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("appeal::ledger::incomplete"),
        "{}",
        stderr(&output)
    );
    assert_eq!(lines(Path::new(ledger)).len(), whole + 1);

    // Its whole lines are still replayed.
    let output = run(&["ledger", "replay", ledger]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("ends in the middle of line"));
    assert!(stdout(&output).contains("rulings: as recorded"));
}
