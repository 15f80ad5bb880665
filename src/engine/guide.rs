//! The procedure of the Bitget P2P Appeal Guide, and what happens when a policy applies no
//! clause to an appeal. The guide publishes no rule on who gets the crypto: an admissible appeal
//! goes to a support agent (steps 4–7), and a completed order stays completed (the platform is an
//! intermediary and payments are final once completed, unless a side was fraudulent).

use crate::model::case_ref::{CaseRef, Field};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::Quote;
use crate::vocab::decision::Decision;

use super::Verdict;
use super::context::Ctx;

mod said {
    use crate::model::case_ref::CaseRef;
    use crate::model::clause::ClauseId;
    use crate::model::message::{Quote, messages};

    messages! {
        /// The trace of the completed-order rule: the order was released and no fraud is found.
        completed_trace = "guide.completed.trace" ();
        /// The platform does not intervene in a completed order.
        completed_no_intervention = "guide.completed.no_intervention" ();
        /// The order was completed: the platform is an intermediary and completed payments are
        /// final.
        completed_final = "guide.completed.final" ();
        /// Support tells the appellant the order stays completed, and what a fraud claim needs.
        completed_ask = "guide.completed.ask.tell" ();
        /// A payment is final once the order is completed; losses after it are not covered
        /// unless a side was fraudulent or misleading.
        completed_notice = "guide.completed.notice" ();
        /// The trace of the completed-order rule: the order was released, but a fraud finding or
        /// tampered evidence is on file.
        completed_fraud_trace = "guide.completed.fraud_trace" (released: CaseRef);
        /// The completed-order rule does not protect a fraudulent side.
        completed_not_protected = "guide.completed.not_protected" ();
        /// The trace of the guide's steps: the clause for the appeal is not applied.
        steps_trace = "guide.steps.trace" (clause: ClauseId);
        /// The appeal goes to a support agent.
        steps_escalate = "guide.steps.escalate" ();
        /// The appeal is admissible and goes to a support agent: the policy has no substantive
        /// rule for it.
        steps_to_agent = "guide.steps.to_agent" ();
        /// A fraud finding or tampered evidence is on file: the completed-order rule does not
        /// protect a fraudulent side.
        steps_fraud_on_file = "guide.steps.fraud_on_file" ();
        /// The appellant opens the live chat and describes the appeal.
        steps_ask_chat = "guide.steps.ask.live_chat" ();
        /// The appellant gives the agent the order number and the issue.
        steps_ask_order = "guide.steps.ask.order_number" (order: Quote);
        /// Support reviews the evidence and resolves the appeal in the chat.
        steps_ask_review = "guide.steps.ask.review" ();
        /// The trace when the policy has no clause for the appeal: its clause table.
        no_clause_trace = "guide.no_clause.trace" ();
        /// The clause is not in this policy.
        no_clause_absent = "guide.no_clause.absent" ();
        /// The policy does not apply the clause for this appeal: a person must decide.
        no_clause_escalate = "guide.no_clause.escalate" (clause: ClauseId);
        /// Support decides by hand: the policy has no table for the clause.
        no_clause_ask = "guide.no_clause.ask.decide" (clause: ClauseId);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// The governing clause `wanted` is not in force under this policy. A completed order stays
/// completed unless a side was fraudulent (the guide's closing terms); else an admissible appeal
/// goes to a support agent (steps 4–7); under a policy that applies neither, a person decides.
pub fn without_clause(ctx: &mut Ctx, wanted: ClauseId) -> (ClauseId, Verdict) {
    let fraud = fraud_on_file(ctx);
    if let Some(verdict) = completed_order(ctx, fraud) {
        return (ClauseId::GuideCompleted, verdict);
    }
    if ctx.applies(ClauseId::GuideSteps) {
        return (ClauseId::GuideSteps, to_an_agent(ctx, wanted, fraud));
    }
    ctx.trace(wanted, said::no_clause_trace(), said::no_clause_absent());
    ctx.reason(
        wanted,
        said::no_clause_escalate(wanted),
        vec![CaseRef::field(Field::AppealType)],
    );
    ctx.tell_support(wanted, said::no_clause_ask(wanted));
    (wanted, Verdict::done(Decision::Escalate))
}

/// Whether a side was fraudulent or misleading, as far as the case shows: a confirmed fraud
/// finding, or tampered evidence.
fn fraud_on_file(ctx: &Ctx) -> bool {
    ctx.case.findings.fraud.is_some_and(|f| f.confirmed)
        || ctx.facts.evidence.iter().any(|e| e.tampered)
}

/// The guide's closing terms (payments are final once the order is completed, unless a side
/// was fraudulent or misleading): a released order stays completed and the platform does not
/// intervene, unless `fraud` is on file (then the trace says the rule does not protect that
/// side). `None` when the rule does not decide: no release, fraud on file, or the policy does
/// not apply it.
fn completed_order(ctx: &mut Ctx, fraud: bool) -> Option<Verdict> {
    let clause = ClauseId::GuideCompleted;
    let completed = ctx.facts.released().filter(|_| ctx.applies(clause))?;
    if fraud {
        ctx.trace(
            clause,
            said::completed_fraud_trace(CaseRef::event(completed)),
            said::completed_not_protected(),
        );
        return None;
    }
    ctx.branch(clause, Branch::NoIntervention);
    ctx.trace(
        clause,
        said::completed_trace(),
        said::completed_no_intervention(),
    );
    ctx.reason(
        clause,
        said::completed_final(),
        vec![CaseRef::event(completed)],
    );
    ctx.tell_support(clause, said::completed_ask());
    ctx.notice(clause, said::completed_notice());
    Some(Verdict::done(Decision::NoIntervention))
}

/// Steps 4–7: the appeal goes to a support agent in the live chat, the appellant giving the
/// order number and the issue (`wanted`, the clause this policy does not apply); a fraud on
/// file is named for the agent.
fn to_an_agent(ctx: &mut Ctx, wanted: ClauseId, fraud: bool) -> Verdict {
    let clause = ClauseId::GuideSteps;
    let appellant = ctx.case.appeal.by.value;
    ctx.branch(clause, Branch::Escalated);
    ctx.trace(clause, said::steps_trace(wanted), said::steps_escalate());
    ctx.reason(
        clause,
        said::steps_to_agent(),
        vec![CaseRef::field(Field::Appeal)],
    );
    if fraud {
        ctx.reason(
            clause,
            said::steps_fraud_on_file(),
            vec![CaseRef::field(Field::FindingsFraud)],
        );
    }
    ctx.follow_up(appellant, said::steps_ask_chat(), None, clause);
    let order = Quote(&ctx.case.order.id.value);
    ctx.follow_up(appellant, said::steps_ask_order(order), None, clause);
    ctx.tell_support(clause, said::steps_ask_review());
    Verdict::done(Decision::Escalate)
}
