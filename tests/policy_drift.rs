//! A policy file that cannot drift unseen, through the binary: `policy export` gives the
//! shipped file back byte for byte; `policy check` warns of a modified copy of a built-in
//! policy and of a value the published rules fix written otherwise, and refuses a clause table
//! gone missing and a number written as a string.

use std::path::Path;
use std::process::{Command, Output};

use assert_cmd::prelude::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn appeal(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("appeal")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(repo().join("policy").join(name)).unwrap()
}

/// `policy check` of `text` as a project's `policy/mexc.toml`.
fn check(text: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policy")).unwrap();
    std::fs::write(dir.path().join("policy/mexc.toml"), text).unwrap();
    appeal(dir.path(), &["policy", "check", "mexc"])
}

fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "no `{from}`");
    text.replacen(from, to, 1)
}

#[test]
fn export_gives_the_shipped_policy_byte_for_byte() {
    let elsewhere = tempfile::tempdir().unwrap();
    for id in ["mexc", "bitget"] {
        let output = appeal(elsewhere.path(), &["policy", "export", id]);
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(output.stdout, shipped(&format!("{id}.toml")).as_bytes());
    }
    let output = appeal(elsewhere.path(), &["policy", "export", "nosuch"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn an_unchanged_copy_passes_without_a_word() {
    let output = check(&shipped("mexc.toml"));
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_copy_changed_under_the_built_in_name_is_warned_of() {
    let text = replaced(
        &shipped("mexc.toml"),
        "price_band_pct = 10\n",
        "price_band_pct = 5\n",
    );
    let output = check(&text);
    assert_eq!(output.status.code(), Some(0));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("appeal::warning::modified_copy"), "{err}");
    assert!(
        err.contains("calls itself mexc 2025-05-29, the built-in policy, but differs from it"),
        "{err}"
    );
    // A version of its own: no longer a copy passing for the published policy.
    let own = replaced(
        &text,
        "version = \"2025-05-29\"\n",
        "version = \"2025-05-29-desk-1\"\n",
    );
    let output = check(&own);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_value_the_rules_fix_written_otherwise_is_warned_of() {
    let text = replaced(
        &shipped("mexc.toml"),
        "instant_release = \"1h\"\n",
        "instant_release = \"2h\"\n",
    );
    let output = check(&text);
    assert_eq!(output.status.code(), Some(0));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("appeal::warning::published_value"), "{err}");
    assert!(err.contains("instant_release"), "{err}");
    assert!(err.contains("the rules say 1 hour"), "{err}");
    // The same length written another way is the published value.
    let same = replaced(
        &shipped("mexc.toml"),
        "instant_release = \"1h\"\n",
        "instant_release = \"60m\"\n",
    );
    let err = String::from_utf8(check(&same).stderr).unwrap();
    assert!(!err.contains("published_value"), "{err}");
}

#[test]
fn a_clause_table_commented_out_is_an_error_unless_disabled() {
    let text = shipped("mexc.toml");
    let start = text.find("[clauses.\"general.age_limit\"]").unwrap();
    let end = start + text[start..].find("\n\n").unwrap();
    let commented: String = text[start..end]
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect();
    let gone = format!("{}{}{}", &text[..start], commented, &text[end + 1..]);
    let output = check(&gone);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("general.age_limit"), "{err}");
    assert!(err.contains("enabled = false"), "{err}");

    let disabled = format!(
        "{}[clauses.\"general.age_limit\"]\nenabled = false\n{}",
        &text[..start],
        &text[end + 1..]
    );
    let output = check(&disabled);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_number_written_as_a_string_is_an_error() {
    let text = replaced(
        &shipped("mexc.toml"),
        "price_band_pct = 10\n",
        "price_band_pct = \"10\"\n",
    );
    let output = check(&text);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("price_band_pct"), "{err}");
}
