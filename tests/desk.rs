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
                appeal()
                    .arg("check")
                    .arg(&path)
                    .assert()
                    .success()
                    .stderr("");
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
