//! `appeal policy show`: every parameter in force, its clause, and whether it is a placeholder.

use std::fmt::Write as _;

use crate::clause::ClauseId;
use crate::policy::Policy;
use crate::terminal::Look;

use super::table;

/// The effective policy as text.
pub fn policy_table(policy: &Policy, look: Look) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} (version {})",
        policy.id, policy.title, policy.version
    );
    let _ = writeln!(
        out,
        "source: {}   sha256: {}",
        policy.origin,
        &policy.sha256[..16]
    );
    let weekend: Vec<String> = policy
        .calendar
        .weekend
        .iter()
        .map(|d| d.to_string())
        .collect();
    let _ = writeln!(
        out,
        "calendar: {}, weekend {}, {} holidays",
        policy.calendar.zone.name(),
        if weekend.is_empty() {
            "none".to_string()
        } else {
            weekend.join("/")
        },
        policy.calendar.holidays.len()
    );
    let procedure = &policy.procedure;
    let _ = writeln!(
        out,
        "limits: max order age {}, amount tolerance {}",
        policy.limits.max_order_age, policy.limits.amount_tolerance
    );
    let evidence: Vec<String> = procedure
        .required_evidence
        .iter()
        .filter(|(_, kinds)| !kinds.is_empty())
        .map(|(party, kinds)| {
            format!(
                "{party}: {}",
                kinds
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "gates: kyc {}, timer {} ({}), reason {}, evidence {} (window {})",
        on_off(procedure.require_kyc),
        on_off(procedure.appeal_after_timer),
        procedure.appeal_timer,
        on_off(procedure.require_reason),
        if evidence.is_empty() {
            "none".to_string()
        } else {
            evidence.join("; ")
        },
        procedure.evidence_window
    );
    let mut citations = table::new(&["clause", "cited as"], look);
    let mut grid = table::new(&["clause", "parameter", "value", "placeholder"], look);
    for id in ClauseId::all() {
        let Some(clause) = policy.clause(id) else {
            continue;
        };
        citations.add_row(vec![id.to_string(), clause.cite.clone()]);
        let mut first = true;
        for param in id.spec().params {
            let value = clause
                .params
                .get(param.name)
                .map(|v| v.to_string())
                .unwrap_or_default();
            let placeholder = if clause.placeholders.contains(param.name) {
                "yes ✱"
            } else {
                "no"
            };
            let shown = if first { id.to_string() } else { String::new() };
            first = false;
            grid.add_row(vec![
                shown,
                param.name.to_string(),
                value,
                placeholder.to_string(),
            ]);
        }
    }
    let _ = writeln!(out, "\nClauses in force\n{citations}");
    let _ = writeln!(out, "\nParameters\n{grid}");
    let not_applied: Vec<&str> = ClauseId::all()
        .filter(|id| policy.clause(*id).is_none())
        .map(|id| id.as_str())
        .collect();
    if !not_applied.is_empty() {
        let _ = writeln!(
            out,
            "not applied under this policy: {}",
            not_applied.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "✱ = left open by the published text: a value to confirm"
    );
    out
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}
