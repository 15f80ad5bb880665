//! What a policy change does: the parameters that differ, and the rulings that change.

use serde::Serialize;

use crate::clause::ClauseId;
use crate::policy::Policy;
use crate::ruling::Ruling;

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
    pub old: String,
    pub new: String,
}

/// Every setting that differs, in a stable order.
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
    let weekend = |p: &Policy| {
        p.calendar
            .weekend
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let holidays = |p: &Policy| {
        p.calendar
            .holidays
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    push(
        "calendar",
        "timezone",
        old.calendar.zone.name().into(),
        new.calendar.zone.name().into(),
        false,
    );
    push("calendar", "weekend", weekend(old), weekend(new), false);
    push("calendar", "holidays", holidays(old), holidays(new), false);
    push(
        "limits",
        "max_order_age",
        old.limits.max_order_age.to_string(),
        new.limits.max_order_age.to_string(),
        false,
    );
    push(
        "limits",
        "amount_tolerance",
        old.limits.amount_tolerance.to_string(),
        new.limits.amount_tolerance.to_string(),
        false,
    );
    let (a, b) = (&old.procedure, &new.procedure);
    push(
        "procedure",
        "require_kyc",
        a.require_kyc.to_string(),
        b.require_kyc.to_string(),
        false,
    );
    push(
        "procedure",
        "appeal_after_timer",
        a.appeal_after_timer.to_string(),
        b.appeal_after_timer.to_string(),
        false,
    );
    push(
        "procedure",
        "appeal_timer",
        a.appeal_timer.to_string(),
        b.appeal_timer.to_string(),
        false,
    );
    push(
        "procedure",
        "require_reason",
        a.require_reason.to_string(),
        b.require_reason.to_string(),
        false,
    );
    push(
        "procedure",
        "required_evidence",
        format!("{:?}", a.required_evidence),
        format!("{:?}", b.required_evidence),
        false,
    );
    push(
        "procedure",
        "evidence_window",
        a.evidence_window.to_string(),
        b.evidence_window.to_string(),
        false,
    );
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
                push(name, "cite", a.cite.clone(), b.cite.clone(), false);
                for param in id.spec().params {
                    let show = |t: &crate::policy::ClauseTable| {
                        t.params
                            .get(param.name)
                            .map(|v| v.to_string())
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

/// The parts of a ruling a policy change can move, in one line.
pub fn summary(ruling: &Ruling) -> String {
    let mut text = format!("{} {} {}", ruling.decision, ruling.status, ruling.clause);
    if let Some(amount) = ruling.amount {
        text.push_str(&format!(" amount {amount}"));
    }
    if let Some(deadline) = ruling.next_deadline {
        text.push_str(&format!(" until {}", deadline.to_rfc3339()));
    }
    if !ruling.sanctions.is_empty() {
        let sanctions: Vec<String> = ruling
            .sanctions
            .iter()
            .map(|s| format!("{} {}", s.party, s.action))
            .collect();
        text.push_str(&format!(" [{}]", sanctions.join(", ")));
    }
    text
}
