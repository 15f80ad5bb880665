//! What a policy change does: the parameters that differ, and the rulings that change.

use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::clause::ClauseId;
use crate::policy::{Policy, spelled_text};
use crate::ruling::{Decision, Ruling, Sanction, Status};

/// One setting that differs between two policies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParamChange {
    /// The clause id, or `calendar`, `limits`, `procedure`.
    pub clause: String,
    pub parameter: String,
    pub old: String,
    pub new: String,
    /// Whether the new value is marked as a placeholder the published text leaves open.
    pub placeholder: bool,
}

/// One case whose ruling differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulingChange {
    pub case: String,
    pub file: String,
    pub old: RulingSummary,
    pub new: RulingSummary,
}

/// The parts of a ruling a policy change can move. Every key is always there in the JSON
/// form (`amount` and `next_deadline` are `null` when the ruling has none); `amount` is a
/// decimal string and `next_deadline` an RFC 3339 time, as in the ruling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulingSummary {
    pub decision: Decision,
    pub status: Status,
    pub clause: ClauseId,
    #[serde(serialize_with = "crate::ruling::opt_decimal::serialize")]
    pub amount: Option<Decimal>,
    pub next_deadline: Option<DateTime<FixedOffset>>,
    pub sanctions: Vec<Sanction>,
}

impl RulingSummary {
    pub fn of(ruling: &Ruling) -> RulingSummary {
        RulingSummary {
            decision: ruling.decision,
            status: ruling.status,
            clause: ruling.clause,
            amount: ruling.amount,
            next_deadline: ruling.next_deadline,
            sanctions: ruling.sanctions.clone(),
        }
    }
}

/// In one line: `refund_buyer pending buyer.1a amount 58300 until 2025-06-03T10:40:00+08:00`.
impl std::fmt::Display for RulingSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.decision, self.status, self.clause)?;
        if let Some(amount) = self.amount {
            write!(f, " amount {amount}")?;
        }
        if let Some(deadline) = self.next_deadline {
            write!(f, " until {}", deadline.to_rfc3339())?;
        }
        if !self.sanctions.is_empty() {
            let sanctions: Vec<String> = self
                .sanctions
                .iter()
                .map(|s| format!("{} {}", s.party, s.action))
                .collect();
            write!(f, " [{}]", sanctions.join(", "))?;
        }
        Ok(())
    }
}

/// Every setting that differs, in a stable order, each value spelled as the policy file writes
/// it (`"24h"`, `["Sat", "Sun"]`, `{ buyer = ["payment_receipt"], seller = [] }`).
pub fn parameter_changes(old: &Policy, new: &Policy) -> Vec<ParamChange> {
    let mut out = Vec::new();
    let mut push = |clause: &str, parameter: &str, a: String, b: String, placeholder: bool| {
        if a != b {
            out.push(ParamChange {
                clause: clause.to_string(),
                parameter: parameter.to_string(),
                old: a,
                new: b,
                placeholder,
            });
        }
    };
    // Both lists hold every setting in the same order.
    for (a, b) in old.settings().into_iter().zip(new.settings()) {
        push(a.table, a.key, a.value, b.value, b.placeholder);
    }
    for id in ClauseId::all() {
        let (a, b) = (old.clause(id), new.clause(id));
        let name = id.as_str();
        match (a, b) {
            (None, None) => {}
            (Some(_), None) => push(
                name,
                "(clause)",
                "applied".into(),
                "not applied".into(),
                false,
            ),
            (None, Some(_)) => push(
                name,
                "(clause)",
                "not applied".into(),
                "applied".into(),
                false,
            ),
            (Some(a), Some(b)) => {
                push(
                    name,
                    "cite",
                    spelled_text(&a.cite),
                    spelled_text(&b.cite),
                    false,
                );
                for param in id.spec().params {
                    let show = |t: &crate::policy::ClauseTable| {
                        t.params
                            .get(param.name)
                            .map(|v| v.spelled())
                            .unwrap_or_default()
                    };
                    push(
                        name,
                        param.name,
                        show(a),
                        show(b),
                        b.placeholders.contains(param.name),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::PolicyRef;

    /// Every kind of setting and parameter is printed as a policy file writes it.
    #[test]
    fn changes_are_spelled_as_the_policy_file_writes_them() {
        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        let bitget = PolicyRef::parse("bitget", None).load().unwrap();
        let changes = parameter_changes(&mexc, &bitget);
        let find = |clause: &str, parameter: &str| {
            changes
                .iter()
                .find(|c| c.clause == clause && c.parameter == parameter)
                .map(|c| (c.old.as_str(), c.new.as_str()))
        };
        assert_eq!(
            find("procedure", "required_evidence"),
            Some(("[]", r#"{ buyer = ["payment_receipt"], seller = [] }"#))
        );
        assert_eq!(
            find("calendar", "timezone"),
            Some((r#""Asia/Singapore""#, r#""UTC""#))
        );
        assert_eq!(find("procedure", "require_kyc"), Some(("false", "true")));
        assert_eq!(
            find("buyer.1a", "(clause)"),
            Some(("applied", "not applied"))
        );

        // Clause parameters of every kind: change each in a copy of mexc.
        let text = crate::policy::BUILTIN[0]
            .1
            .replace("price_band_pct = 10", "price_band_pct = 12.5")
            .replace(
                "non_instant_release = \"2wd\"",
                "non_instant_release = \"3wd\"",
            )
            .replace(
                "weekend = [\"Sat\", \"Sun\"]",
                "weekend = [\"Fri\", \"Sat\"]",
            )
            .replace("holidays = []", "holidays = [\"2025-01-01\"]")
            .replace(
                "required_evidence = []",
                "required_evidence = [\"payment_receipt\"]",
            )
            .replace("amount_tolerance = \"0\"", "amount_tolerance = \"0.50\"")
            .replace(
                "seller_sanction = \"warning\"",
                "seller_sanction = \"suspend_p2p\"",
            )
            .replace("mode = \"top_up_or_refund\"", "mode = \"partial_release\"")
            .replace("unpaid_threshold = 3", "unpaid_threshold = 4")
            .replace("\"viber\"]", "\"viber\", \"line\"]")
            + "\n[clauses.\"procedure.evidence\"]\ncite = \"Proof of payment with the appeal\"\n";
        let source =
            crate::source::SourceFile::from_bytes("changed.toml", text.as_bytes()).unwrap();
        let changed = crate::policy::load(source, "changed.toml".into()).unwrap();
        let changes = parameter_changes(&mexc, &changed);
        let find = |clause: &str, parameter: &str| {
            changes
                .iter()
                .find(|c| c.clause == clause && c.parameter == parameter)
                .map(|c| (c.old.as_str(), c.new.as_str()))
        };
        assert_eq!(find("buyer.1a", "price_band_pct"), Some(("10", "12.5")));
        assert_eq!(
            find("buyer.1b", "non_instant_release"),
            Some((r#""2wd""#, r#""3wd""#))
        );
        assert_eq!(
            find("calendar", "weekend"),
            Some((r#"["Sat", "Sun"]"#, r#"["Fri", "Sat"]"#))
        );
        assert_eq!(
            find("calendar", "holidays"),
            Some(("[]", r#"["2025-01-01"]"#))
        );
        assert_eq!(
            find("procedure", "required_evidence"),
            Some(("[]", r#"["payment_receipt"]"#))
        );
        assert_eq!(
            find("limits", "amount_tolerance"),
            Some((r#""0""#, r#""0.50""#))
        );
        assert_eq!(
            find("buyer.4a", "seller_sanction"),
            Some((r#""warning""#, r#""suspend_p2p""#))
        );
        assert_eq!(
            find("seller.2a", "mode"),
            Some((r#""top_up_or_refund""#, r#""partial_release""#))
        );
        assert_eq!(find("seller.3a", "unpaid_threshold"), Some(("3", "4")));
        let (_, terms) = find("disclaimers.channels", "channel_terms").unwrap();
        assert!(terms.starts_with(r#"["telegram", "whatsapp", "#), "{terms}");
        assert!(terms.ends_with(r#""viber", "line"]"#), "{terms}");
        // No value anywhere is Rust's debug text.
        for change in &changes {
            for value in [&change.old, &change.new] {
                assert!(!value.contains(": ["), "{change:?}");
                assert!(
                    !value.contains("Buyer") && !value.contains("Seller"),
                    "{change:?}"
                );
            }
        }
    }

    /// A setting outside the clause tables is marked ✱ when the new policy lists it in its
    /// table's `placeholders`, as a clause parameter is.
    #[test]
    fn a_setting_left_open_is_marked_as_a_placeholder() {
        let mexc = PolicyRef::parse("mexc", None).load().unwrap();
        let changed = |text: String| {
            let source =
                crate::source::SourceFile::from_bytes("changed.toml", text.as_bytes()).unwrap();
            crate::policy::load(source, "changed.toml".into()).unwrap()
        };
        let longer = crate::policy::BUILTIN[0]
            .1
            .replace("evidence_window = \"24h\"", "evidence_window = \"48h\"")
            .replace("max_order_age = \"18mo\"", "max_order_age = \"12mo\"");
        let changes = parameter_changes(&mexc, &changed(longer.clone()));
        let marked = |changes: &[ParamChange], parameter: &str| {
            changes
                .iter()
                .find(|c| c.parameter == parameter)
                .map(|c| c.placeholder)
        };
        assert_eq!(marked(&changes, "evidence_window"), Some(true));
        // The rules state the 18 months: not a placeholder.
        assert_eq!(marked(&changes, "max_order_age"), Some(false));
        // A copy that confirms the value (drops it from `placeholders`) is not marked.
        let confirmed = longer.replace("placeholders = [\"evidence_window\"]\n", "");
        let changes = parameter_changes(&mexc, &changed(confirmed));
        assert_eq!(marked(&changes, "evidence_window"), Some(false));
    }
}
