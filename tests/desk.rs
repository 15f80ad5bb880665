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
