//! Gates checked before any clause, in the order docs/case-format.md gives; the first that fires decides.

use crate::model::case::EvidenceKind;
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Actor, Decision, Party};

use super::Verdict;
use super::context::Ctx;

/// The gate that decides the appeal, if any.
pub fn check(ctx: &mut Ctx) -> Option<(ClauseId, Verdict)> {
    let gates: [fn(&mut Ctx) -> Option<Verdict>; 5] = [age_limit, kyc, timer, reason, evidence];
    let ids = [
        ClauseId::AgeLimit,
        ClauseId::Kyc,
        ClauseId::Timer,
        ClauseId::Reason,
        ClauseId::Evidence,
    ];
    let off: Vec<ClauseId> = ids
        .into_iter()
        .filter(|id| !ctx.policy.gate_applies(*id))
        .collect();
    if let Some(first) = off.first() {
        let names: Vec<&str> = off.iter().map(|id| id.as_str()).collect();
        ctx.trace(
            *first,
            format!("gates {}", names.join(", ")),
            "not applied under this policy",
        );
    }
    for (gate, id) in gates.into_iter().zip(ids) {
        if let Some(verdict) = gate(ctx) {
            return Some((id, verdict));
        }
    }
    None
}

/// General Terms: disputes about orders older than the maximum age may be refused, unless
/// support reopens the case.
fn age_limit(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::AgeLimit;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let max_age = ctx.policy.limits.max_order_age;
    let created = ctx.case.order.created_at.value;
    let limit = ctx.add(created, max_age);
    let filed = ctx.facts.appeal_at();
    let late = filed > limit;
    ctx.trace(
        clause,
        format!(
            "order created {} + {} = {}; appeal filed {}",
            ctx.show(created),
            max_age.describe(),
            ctx.show(limit),
            ctx.show(filed)
        ),
        if late {
            "over the age limit"
        } else {
            "within the age limit"
        },
    );
    if !late {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    if ctx.case.findings.reopen_approved {
        ctx.branch(clause, Branch::Reopened);
        ctx.reason(
            clause,
            format!(
                "the order is older than {} but support approved reopening the appeal",
                max_age.describe()
            ),
            vec!["findings.reopen_approved".to_string()],
        );
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    ctx.counterfactual(format!(
        "an appeal filed by {} would have been heard; support may still reopen it",
        ctx.show(limit)
    ));
    ctx.reason(
        clause,
        format!(
            "the appeal ({}) came after the order's {} age limit ran out ({})",
            ctx.show(filed),
            max_age.describe(),
            ctx.show(limit)
        ),
        vec!["order.created_at".to_string(), "appeal.at".to_string()],
    );
    ctx.follow_up(
        Actor::Support,
        "tell the appellant the appeal is refused as out of time; reopening is at support's discretion (set findings.reopen_approved)",
        None,
        clause,
    );
    Some(Verdict::done(Decision::RefusedOutOfTime))
}

/// Both parties must have passed identity verification.
fn kyc(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Kyc;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let unverified: Vec<Party> = [
        (Party::Buyer, &ctx.case.buyer),
        (Party::Seller, &ctx.case.seller),
    ]
    .into_iter()
    .filter(|(_, trader)| !trader.kyc_verified)
    .map(|(party, _)| party)
    .collect();
    ctx.trace(
        clause,
        format!(
            "buyer KYC {}, seller KYC {}",
            ctx.case.buyer.kyc_verified, ctx.case.seller.kyc_verified
        ),
        if unverified.is_empty() {
            "both verified"
        } else {
            "not verified"
        },
    );
    if unverified.is_empty() {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    for party in &unverified {
        ctx.reason(
            clause,
            format!("the {party} has not completed KYC verification"),
            vec![format!("{party}.kyc_verified")],
        );
        ctx.follow_up(
            *party,
            "complete KYC verification; the appeal can then be filed again",
            None,
            clause,
        );
    }
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appeal opens only once the order's timer after "mark as paid" has run out.
fn timer(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Timer;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let Some(marked) = ctx.facts.marked_paid() else {
        ctx.branch(clause, Branch::NotFired);
        ctx.trace(
            clause,
            "no marked_paid event",
            "the timer never started; not applied",
        );
        return None;
    };
    let (timer, source) = match ctx.case.order.appeal_timer {
        Some(timer) => (timer, "order.appeal_timer"),
        None => (ctx.policy.procedure.appeal_timer, "the policy's default"),
    };
    let opens = ctx.add(marked.at.value, timer);
    let filed = ctx.facts.appeal_at();
    let early = filed < opens;
    ctx.trace(
        clause,
        format!(
            "marked paid {} + {} ({source}) = appeal opens {}; filed {}",
            ctx.show(marked.at.value),
            timer.describe(),
            ctx.show(opens),
            ctx.show(filed)
        ),
        if early {
            "filed before the timer ran out"
        } else {
            "filed after the timer ran out"
        },
    );
    if !early {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    ctx.counterfactual(format!(
        "an appeal filed at or after {} would have been admissible",
        ctx.show(opens)
    ));
    let appellant = ctx.case.appeal.by.value;
    ctx.reason(
        clause,
        format!(
            "the appeal was filed at {}, before the order timer ran out at {}",
            ctx.show(filed),
            ctx.show(opens)
        ),
        vec![marked.path(), "appeal.at".to_string()],
    );
    ctx.follow_up(
        appellant,
        "the appeal opens at the time given: file it again then, not before",
        Some(opens),
        clause,
    );
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appeal must state a reason.
fn reason(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Reason;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let given = ctx.case.appeal.reason.is_some();
    ctx.trace(
        clause,
        "appeal.reason",
        if given { "given" } else { "missing" },
    );
    if given {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    let appellant = ctx.case.appeal.by.value;
    ctx.reason(
        clause,
        "the appeal states no reason",
        vec!["appeal.reason".to_string()],
    );
    ctx.follow_up(
        appellant,
        "file the appeal again with its type and a reason",
        None,
        clause,
    );
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appellant must have uploaded the evidence the procedure requires.
fn evidence(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Evidence;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let appellant = ctx.case.appeal.by.value;
    let required = ctx
        .policy
        .procedure
        .required_evidence
        .get(&appellant)
        .cloned()
        .unwrap_or_default();
    if required.is_empty() {
        return None;
    }
    // Evidence after the window does not meet it: only what was uploaded by its end counts.
    let due = ctx.evidence_due(appellant.into());
    let missing: Vec<EvidenceKind> = required
        .iter()
        .copied()
        .filter(|kind| {
            !ctx.facts
                .evidence_of(appellant, &[*kind])
                .iter()
                .any(|e| e.at.value <= due)
        })
        .collect();
    ctx.trace(
        clause,
        format!(
            "{appellant} evidence required: {}",
            required
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        if missing.is_empty() {
            "all present".to_string()
        } else {
            format!(
                "missing: {}",
                missing
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
    );
    if missing.is_empty() {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    let what = missing
        .iter()
        .map(|k| k.in_words())
        .collect::<Vec<_>>()
        .join(" and ");
    let uploaded: Vec<&str> = ctx
        .facts
        .evidence
        .iter()
        .filter(|e| e.by == appellant)
        .map(|e| e.kind.in_words())
        .collect();
    ctx.reason(
        clause,
        if uploaded.is_empty() {
            format!("the {appellant} has not uploaded the required evidence: {what}")
        } else {
            format!(
                "the {appellant} has not uploaded the required evidence: {what} (uploaded so far: {})",
                uploaded.join(", ")
            )
        },
        vec!["evidence".to_string()],
    );
    let late: Vec<String> = missing
        .iter()
        .flat_map(|kind| ctx.facts.evidence_of(appellant, &[*kind]))
        .map(|e| format!("evidence[{}]", e.index))
        .collect();
    if !late.is_empty() {
        ctx.reason(
            clause,
            format!(
                "the {appellant}'s {what} came after the evidence window closed at {}: late evidence does not meet it",
                ctx.show(due)
            ),
            late,
        );
    }
    let deadline = ctx.evidence_deadline(clause, appellant.into(), &what);
    if deadline.passed {
        ctx.branch(clause, Branch::FiredDeadlinePassed);
        ctx.missed(appellant);
        ctx.reason(
            clause,
            format!("the evidence did not arrive by {}", ctx.show(deadline.due)),
            vec!["evidence".to_string()],
        );
        return Some(Verdict::done(Decision::Inadmissible));
    }
    ctx.branch(clause, Branch::FiredWaiting);
    Some(ctx.wait(
        clause,
        &deadline,
        Decision::RequestEvidence,
        "if the evidence is not in by then, close the appeal as inadmissible",
    ))
}
