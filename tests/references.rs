//! Every reference of every sample ruling resolves: each place a reason rests on is a line of
//! the case file, or a field the case leaves out (the reason then rests on its absence, and the
//! ruling names the field without a line).

use assert_cmd::Command;
use serde_json::Value;

mod common;
use common::sample_cases;

/// Whether `path` (`findings.fraud`, `payments`, `order.ad_terms`) names a key the case file
/// leaves out. An item of a list (`payments[0]`) or a chat line (`chat:c1`) is never left out:
/// a reference to one must point at its line.
fn left_out(case: &Value, path: &str) -> bool {
    if path.contains('[') || path.contains(':') {
        return false;
    }
    let mut node = case;
    for key in path.split('.') {
        match node.get(key) {
            Some(inner) => node = inner,
            None => return true,
        }
    }
    false
}

#[test]
fn every_reference_of_every_sample_ruling_resolves_to_a_line() {
    let mut unresolved = Vec::new();
    for path in sample_cases() {
        let text = std::fs::read_to_string(&path).unwrap();
        let case: Value = serde_saphyr::from_str(&text).expect("a sample case is YAML");
        let out = Command::cargo_bin("appeal")
            .unwrap()
            .args(["judge", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let ruling: Value = serde_json::from_slice(&out.stdout).expect("a JSON ruling");
        for reason in ruling["rationale"].as_array().into_iter().flatten() {
            let refs = reason["refs"].as_array().cloned().unwrap_or_default();
            let lines = reason["lines"].as_array().cloned().unwrap_or_default();
            assert_eq!(refs.len(), lines.len(), "{}: {reason}", path.display());
            for (reference, line) in refs.iter().zip(&lines) {
                let reference = reference.as_str().unwrap_or_default();
                if line.is_null() && !left_out(&case, reference) {
                    unresolved.push(format!("{}: {reference}", path.display()));
                }
            }
        }
    }
    assert!(
        unresolved.is_empty(),
        "references that point at no line of a file that has them:\n{}",
        unresolved.join("\n")
    );
}
