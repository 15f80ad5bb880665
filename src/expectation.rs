//! Comparing a ruling with the `expect:` block of a sample case (`appeal test`).

use crate::case::Expect;
use crate::ruling::Ruling;

/// One field where the ruling differs from what the case expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub field: &'static str,
    pub expected: String,
    pub actual: String,
}

/// Every difference between `expect` and `ruling`. Sanctions are a subset match: each expected
/// (party, action) must be among the ruling's sanctions. Amounts compare as numbers, deadlines as
/// instants (the offset they are written in does not matter).
pub fn compare(expect: &Expect, ruling: &Ruling) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut check = |field, expected: String, actual: String, same: bool| {
        if !same {
            out.push(Mismatch {
                field,
                expected,
                actual,
            });
        }
    };
    check(
        "decision",
        expect.decision.value.to_string(),
        ruling.decision.to_string(),
        expect.decision.value == ruling.decision,
    );
    check(
        "status",
        expect.status.value.to_string(),
        ruling.status.to_string(),
        expect.status.value == ruling.status,
    );
    check(
        "clause",
        expect.clause.value.to_string(),
        ruling.clause.to_string(),
        expect.clause.value == ruling.clause,
    );
    if let Some(amount) = &expect.amount {
        let actual = ruling
            .amount
            .map(|a| a.to_string())
            .unwrap_or_else(|| "none".into());
        check(
            "amount",
            amount.value.to_string(),
            actual,
            ruling.amount == Some(amount.value),
        );
    }
    if let Some(deadline) = &expect.next_deadline {
        let actual = ruling
            .next_deadline
            .map(|d| d.to_rfc3339())
            .unwrap_or_else(|| "none".into());
        check(
            "next_deadline",
            deadline.value.to_rfc3339(),
            actual,
            ruling.next_deadline == Some(deadline.value),
        );
    }
    let missing: Vec<String> = expect
        .sanctions
        .iter()
        .filter(|(party, action)| {
            !ruling
                .sanctions
                .iter()
                .any(|s| s.party == *party && s.action == *action)
        })
        .map(|(party, action)| format!("{party} {action}"))
        .collect();
    if !missing.is_empty() {
        let actual: Vec<String> = ruling
            .sanctions
            .iter()
            .map(|s| format!("{} {}", s.party, s.action))
            .collect();
        check(
            "sanctions",
            format!("includes {}", missing.join(", ")),
            if actual.is_empty() {
                "none".into()
            } else {
                actual.join(", ")
            },
            false,
        );
    }
    out
}

/// The mismatches as an expected-vs-actual listing, one field a line.
pub fn describe(mismatches: &[Mismatch]) -> String {
    let width = mismatches.iter().map(|m| m.field.len()).max().unwrap_or(0);
    mismatches
        .iter()
        .map(|m| {
            format!(
                "  {:width$}  expected {}\n  {:width$}  actual   {}\n",
                m.field, m.expected, "", m.actual
            )
        })
        .collect()
}
