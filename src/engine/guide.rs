//! The procedure of the Bitget P2P Appeal Guide, and what happens when a policy applies no
//! clause to an appeal. The guide publishes no rule on who gets the crypto: an admissible appeal
//! goes to a support agent (steps 4–7), and a completed order stays completed (the platform is an
//! intermediary and payments are final once completed, unless a side was fraudulent).

use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::Decision;

use super::Verdict;
use super::context::Ctx;

/// The governing clause `wanted` is not in force under this policy.
pub fn without_clause(ctx: &mut Ctx, wanted: ClauseId) -> (ClauseId, Verdict) {
    let completed = ctx.facts.released();
    let fraud = ctx.case.findings.fraud.is_some_and(|f| f.confirmed)
        || ctx.facts.evidence.iter().any(|e| e.tampered);
    if let Some(completed) = completed
        && !fraud
        && ctx.applies(ClauseId::GuideCompleted)
    {
        let clause = ClauseId::GuideCompleted;
        ctx.branch(clause, Branch::NoIntervention);
        ctx.trace(
            clause,
            "order completed (released), no fraud finding",
            "no intervention",
        );
        ctx.reason(clause, "the order was completed; the platform is an intermediary and completed payments are final", vec![completed.path()]);
        ctx.tell_support(
            clause,
            "tell the appellant the order stays completed; a claim that the other side was fraudulent or misleading needs its evidence and a fraud finding (findings.fraud)",
        );
        ctx.notice(clause, "The platform is an intermediary: a payment is final once the order is completed, and losses after completion are not covered unless a side was fraudulent or misleading.");
        return (clause, Verdict::done(Decision::NoIntervention));
    }
    if let Some(completed) = completed
        && fraud
        && ctx.applies(ClauseId::GuideCompleted)
    {
        ctx.trace(
            ClauseId::GuideCompleted,
            format!(
                "order completed ({}), but a fraud finding or tampered evidence is on file",
                completed.path()
            ),
            "not applied: a completed order does not protect a fraudulent side",
        );
    }
    if ctx.applies(ClauseId::GuideSteps) {
        let clause = ClauseId::GuideSteps;
        let appellant = ctx.case.appeal.by.value;
        ctx.branch(clause, Branch::Escalated);
        ctx.trace(
            clause,
            format!("{wanted} is not applied under this policy"),
            "escalate to a support agent",
        );
        ctx.reason(clause, "the appeal is admissible and goes to a support agent; this policy has no substantive rule for it", vec!["appeal".to_string()]);
        if fraud {
            ctx.reason(clause, "a fraud finding or tampered evidence is on file: the completed-order rule does not protect a fraudulent side", vec!["findings.fraud".to_string()]);
        }
        ctx.follow_up(
            appellant,
            "open the live chat (Help, bottom right), choose a language and describe the appeal",
            None,
            clause,
        );
        ctx.follow_up(
            appellant,
            format!(
                "give the agent the order number {} and the issue",
                ctx.case.order.id.value
            ),
            None,
            clause,
        );
        ctx.tell_support(clause, "review the uploaded evidence (payment proof, transfer screenshots) and resolve the appeal in the chat");
        return (clause, Verdict::done(Decision::Escalate));
    }
    ctx.trace(wanted, "clause table", "not in this policy");
    ctx.reason(
        wanted,
        format!(
            "this policy does not apply {wanted}, the clause for this appeal: a person must decide"
        ),
        vec!["appeal.type".to_string()],
    );
    ctx.tell_support(
        wanted,
        format!("decide by hand: the policy has no [clauses.\"{wanted}\"] table"),
    );
    (wanted, Verdict::done(Decision::Escalate))
}
