//! Appeals by the Seller that protect sellers from abusive buyers: 3.a malicious buying,
//! 4.a the seller's account blocked after the buyer's payment, 5.a a release without payment.
//! MEXC P2P Appeal Handling Rules, Appeals by the Seller, 3.a, 4.a and 5.a.

use crate::model::case::{Event, EventKind, Evidence, EvidenceKind, Stance};
use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::params::{self, Seller4a};
use crate::model::window::{Basis, Window};
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction, Status};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

use super::context::Ctx;
use super::deadline::said as window;
use super::{Deadline, Verdict};

mod said {
    use crate::model::message::{Word, messages};
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// The trace looks at support's finding of malicious buying.
        malicious_finding = "seller.3a.trace.finding" ();
        /// Support's finding is recorded: malicious buying is confirmed.
        confirmed_outcome = "seller.3a.trace.confirmed" ();
        /// Support confirmed malicious buying: the buyer is removed from P2P for good.
        confirmed = "seller.3a.confirmed" ();
        /// A permanent removal for malicious buying cannot be appealed.
        no_appeal = "seller.3a.no_appeal.notice" ();
        /// Support cancels the order and the crypto goes back to the seller.
        cancel_return = "seller.3a.cancel_return" ();
        /// The buyer's unpaid orders against the policy's threshold.
        unpaid_trace = "seller.3a.trace.unpaid" (unpaid: u32, threshold: u32);
        /// The unpaid orders reach the threshold: support investigates.
        pattern_outcome = "seller.3a.trace.pattern" ();
        /// The unpaid orders stay below the threshold.
        below_outcome = "seller.3a.trace.below" ();
        /// Fewer unpaid orders than the threshold would have opened no investigation.
        if_fewer = "seller.3a.if_fewer" (threshold: u32);
        /// As many unpaid orders as the threshold would have opened an investigation.
        if_more = "seller.3a.if_more" (threshold: u32);
        /// A pattern of unpaid orders: support investigates the buyer.
        pattern = "seller.3a.pattern" (unpaid: u32, threshold: u32);
        /// Support investigates the unpaid orders and records its finding.
        investigate = "seller.3a.investigate" ();
        /// No pattern of malicious buying.
        no_pattern = "seller.3a.no_pattern" (unpaid: u32, threshold: u32);
        /// The order was not paid: it is cancelled, the crypto back with the seller.
        unpaid_order = "seller.3a.unpaid_order" ();
        /// Support cancels the order.
        cancel = "seller.3a.cancel" ();
        /// The buyer paid this order: the payment rules decide it.
        paid_review = "seller.3a.paid_review" ();
        /// The parties agreed: the restrictions end and the appeal is closed.
        agreement = "seller.4a.agreement" ();
        /// The seller's account was blocked after the payment: the buyer is held meanwhile.
        blocked = "seller.4a.blocked" ();
        /// What the seller must show: that the buyer caused the block.
        ask_seller_proof = "seller.4a.ask.seller_proof" ();
        /// The seller's evidence was tampered with: the claim fails.
        forged = "seller.4a.forged" (kind: Word);
        /// Support lifts the buyer's suspension and withdrawal hold.
        lift = "seller.4a.lift" ();
        /// What follows if the seller's evidence does not come in time.
        if_no_seller_evidence = "seller.4a.if_no_seller_evidence" ();
        /// The seller brought no evidence in time: the buyer's restrictions are lifted.
        no_seller_evidence = "seller.4a.no_seller_evidence" (due: Time);
        /// The seller's evidence is in: the buyer must answer it with documents.
        seller_evidence_in = "seller.4a.seller_evidence_in" (kind: Word);
        /// What the buyer must submit.
        ask_buyer_documents = "seller.4a.ask.buyer_documents" ();
        /// The buyer's window runs from the later of support's contact and the seller's evidence.
        buyer_contacted = "seller.4a.buyer_contacted" (contact: Time, length: PolicyDuration, due: Time);
        /// The trace of the buyer's window.
        buyer_documents_trace = "seller.4a.trace.buyer_documents" (start: Time, length: PolicyDuration, due: Time);
        /// The buyer's documents are in: a person weighs both sides.
        buyer_documents_in = "seller.4a.buyer_documents_in" ();
        /// Support reviews the buyer's documents against the seller's evidence.
        review_documents = "seller.4a.review_documents" ();
        /// What follows if the buyer's documents do not come in time.
        if_no_buyer_documents = "seller.4a.if_no_buyer_documents" ();
        /// The buyer did not cooperate in time: access disabled for good.
        buyer_documents_missed = "seller.4a.buyer_documents_missed" (due: Time);
        /// Support cancels the order; the crypto stays with the seller.
        cancel_keep = "seller.4a.cancel_keep" ();
        /// The seller released without confirming the payment: the seller's loss.
        released = "seller.5a.released" ();
        /// The seller may go to the police; support answers law enforcement.
        police = "seller.5a.police" ();
        /// What the buyer must do: answer support and cooperate.
        ask_buyer_answer = "seller.5a.ask.buyer_answer" ();
        /// The trace looks at the buyer's first answer by the deadline.
        first_answer = "seller.5a.trace.first_answer" ();
        /// The buyer's answer is a refusal.
        refuses_outcome = "seller.5a.trace.refuses" ();
        /// The buyer answered.
        answered_outcome = "seller.5a.trace.answered" ();
        /// No answer by the deadline: unresponsive.
        unresponsive_outcome = "seller.5a.trace.unresponsive" ();
        /// No answer yet, and the window is open.
        none_yet_outcome = "seller.5a.trace.none_yet" ();
        /// The buyer answered support: no sanction.
        buyer_answered = "seller.5a.buyer_answered" ();
        /// Support could not reach the buyer, who still has time to answer.
        unreachable_still_time = "seller.5a.unreachable_still_time" (at: Time, due: Time);
        /// What follows if the buyer does not answer in time.
        if_silent = "seller.5a.if_silent" ();
        /// The buyer refuses to cooperate: P2P access suspended.
        refuses = "seller.5a.refuses" ();
        /// The buyer did not answer in time: unresponsive, P2P access suspended.
        unresponsive = "seller.5a.unresponsive" (due: Time);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// 3.a — the buyer places orders with no intent to pay. A pattern of unpaid orders opens an
/// investigation; once confirmed, the buyer is permanently removed with no right of appeal.
/// Below the pattern this order is judged as it is: cancelled when unpaid, left to the payment
/// rules when paid.
pub fn malicious_buying(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller3a) -> Verdict {
    if ctx.case.findings.malicious_buying_confirmed {
        return remove_for_good(ctx, clause);
    }
    if unpaid_pattern(ctx, clause, params.unpaid_threshold) {
        ctx.tell_support(clause, said::investigate());
        return Verdict::done(Decision::Escalate);
    }
    if ctx.facts.payments.is_empty() {
        ctx.reason(
            clause,
            said::unpaid_order(),
            vec![CaseRef::field(Field::Payments)],
        );
        ctx.tell_support(clause, said::cancel());
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.tell_support(clause, said::paid_review());
    Verdict::done(Decision::Escalate)
}

/// 3.a, once confirmed: support's finding of malicious buying removes the buyer from P2P for
/// good, with no right of appeal; the order is cancelled and the crypto goes back to the seller.
fn remove_for_good(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.trace(clause, said::malicious_finding(), said::confirmed_outcome());
    ctx.branch(clause, Branch::Confirmed);
    ctx.reason(
        clause,
        said::confirmed(),
        vec![CaseRef::field(Field::FindingsMaliciousBuying)],
    );
    ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
    ctx.notice(clause, said::no_appeal());
    ctx.follow_up(Actor::Support, said::cancel_return(), None, clause);
    Verdict::done(Decision::CancelOrder)
}

/// 3.a, repeated orders without paying: whether the buyer's unpaid orders reach `threshold`
/// (seller 3.a's `unpaid_threshold`), the pattern that opens an investigation. The trace and
/// the ruling say which side of it the buyer is.
fn unpaid_pattern(ctx: &mut Ctx, clause: ClauseId, threshold: u32) -> bool {
    let unpaid = ctx.case.buyer.history.unpaid_orders;
    let pattern = unpaid >= threshold;
    ctx.trace(
        clause,
        said::unpaid_trace(unpaid, threshold),
        if pattern {
            said::pattern_outcome()
        } else {
            said::below_outcome()
        },
    );
    let refs = vec![CaseRef::field(Field::BuyerUnpaidOrders)];
    if pattern {
        ctx.branch(clause, Branch::AtOrOverThreshold);
        ctx.counterfactual(said::if_fewer(threshold));
        ctx.reason(clause, said::pattern(unpaid, threshold), refs);
    } else {
        ctx.branch(clause, Branch::BelowThreshold);
        ctx.counterfactual(said::if_more(threshold));
        ctx.reason(clause, said::no_pattern(unpaid, threshold), refs);
    }
    pattern
}

/// 4.a — the seller's account was blocked after receiving the buyer's payment. The buyer's P2P
/// access and withdrawals are held at once; the seller has `evidence_window` from support's
/// request to show the buyer caused the block; then the buyer has `buyer_docs_window` to
/// cooperate with documents or loses P2P access for good.
pub fn account_blocked(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller4a) -> Verdict {
    let mark = ctx.mark();
    let (verdict, final_at) = examine_block(ctx, clause, params);
    // The rule holds the buyer "until the issue is resolved or both parties reach a mutual
    // agreement": an agreement settles the appeal while the ruling still waits, or up to the
    // moment it became final; one after that does not reopen it.
    let final_at = final_at.filter(|_| verdict.status == Status::Final);
    if let Some(agreement) = ctx.facts.agreement()
        && final_at.is_none_or(|final_at| agreement.at.value <= final_at)
    {
        ctx.rewind(mark);
        ctx.branch(clause, Branch::Agreement);
        ctx.reason(clause, said::agreement(), vec![CaseRef::event(agreement)]);
        return Verdict::done(Decision::Closed);
    }
    verdict
}

/// The seller's evidence, then the buyer's documents: the verdict, and the moment it became
/// final when it is.
fn examine_block(ctx: &mut Ctx, clause: ClauseId, params: &Seller4a) -> (Verdict, Option<Time>) {
    let blocked = ctx.facts.first(|k| {
        *k == EventKind::AccountBlocked {
            party: Party::Seller,
        }
    });
    ctx.reason(
        clause,
        said::blocked(),
        vec![blocked.map_or(CaseRef::field(Field::AppealType), CaseRef::event)],
    );
    match seller_evidence(ctx, clause, params) {
        Ok(proof) => {
            hold_buyer(ctx, clause);
            ctx.reason(
                clause,
                said::seller_evidence_in(proof.kind.word()),
                vec![CaseRef::evidence(proof)],
            );
            buyer_documents(ctx, clause, params, proof)
        }
        Err(settled) => settled,
    }
}

/// The kinds of evidence that show the buyer caused the block.
const BLOCK_PROOF: [EvidenceKind; 3] = [
    EvidenceKind::PoliceReport,
    EvidenceKind::ChargebackNotice,
    EvidenceKind::BankNotice,
];

/// The buyer's P2P access and withdrawals, held while the seller's claim is examined.
fn hold_buyer(ctx: &mut Ctx, clause: ClauseId) {
    ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, None, clause);
    ctx.sanction(
        Party::Buyer,
        SanctionAction::DisableWithdrawals,
        None,
        clause,
    );
}

/// The seller's evidence that the buyer caused the block, in its window; or the verdict when
/// there is none to go on (forged, still awaited, or missed).
fn seller_evidence<'a>(
    ctx: &mut Ctx<'a>,
    clause: ClauseId,
    params: &Seller4a,
) -> Result<&'a Evidence, (Verdict, Option<Time>)> {
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.evidence_window,
        said::ask_seller_proof(),
    );
    if let Some(forged) = ctx.facts.forged_evidence_of(Party::Seller, &BLOCK_PROOF) {
        ctx.branch(clause, Branch::ForgedEvidence);
        ctx.reason(
            clause,
            said::forged(forged.kind.word()),
            vec![CaseRef::evidence(forged).at(ItemField::Tampered)],
        );
        ctx.tell_support(clause, said::lift());
        return Err((
            Verdict::done(Decision::LiftRestrictions),
            Some(forged.at.value),
        ));
    }
    let proof = ctx
        .facts
        .sound_evidence_of(Party::Seller, &BLOCK_PROOF)
        .into_iter()
        .find(|e| deadline.admits(e.at.value));
    if let Some(proof) = proof {
        return Ok(proof);
    }
    if !deadline.passed {
        ctx.branch(clause, Branch::SellerEvidenceRunning);
        hold_buyer(ctx, clause);
        let verdict = ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            said::if_no_seller_evidence(),
        );
        return Err((verdict, None));
    }
    ctx.branch(clause, Branch::SellerEvidenceMissed);
    ctx.lapsed(
        clause,
        Party::Seller,
        &deadline,
        said::no_seller_evidence,
        vec![CaseRef::field(Field::Evidence)],
    );
    ctx.tell_support(clause, said::lift());
    Err((
        Verdict::done(Decision::LiftRestrictions),
        Some(deadline.due),
    ))
}

/// The buyer's answer to the seller's evidence: documents within `buyer_docs_window`, or a
/// permanent loss of P2P access.
fn buyer_documents(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &Seller4a,
    proof: &Evidence,
) -> (Verdict, Option<Time>) {
    let deadline = buyer_documents_deadline(ctx, clause, params.buyer_docs_window, proof);
    let documents = ctx.facts.evidence.iter().copied().find(|e| {
        e.by == Party::Buyer
            && !e.tampered
            && e.at.value >= proof.at.value
            && deadline.admits(e.at.value)
    });
    if let Some(documents) = documents {
        ctx.branch(clause, Branch::BuyerDocumentsIn);
        ctx.reason(
            clause,
            said::buyer_documents_in(),
            vec![CaseRef::evidence(documents)],
        );
        ctx.tell_support(clause, said::review_documents());
        return (Verdict::done(Decision::Escalate), None);
    }
    if !deadline.passed {
        ctx.branch(clause, Branch::BuyerDocumentsRunning);
        let verdict = ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            said::if_no_buyer_documents(),
        );
        return (verdict, None);
    }
    ctx.branch(clause, Branch::BuyerDocumentsMissed);
    ctx.lapsed(
        clause,
        Party::Buyer,
        &deadline,
        said::buyer_documents_missed,
        vec![CaseRef::field(Field::Evidence)],
    );
    ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
    ctx.follow_up(Actor::Support, said::cancel_keep(), None, clause);
    (Verdict::done(Decision::CancelOrder), Some(deadline.due))
}

/// The buyer's window for documents: from the later of support's contact with the buyer and
/// the seller's evidence. Before that contact, the window that would run from a contact now.
fn buyer_documents_deadline(
    ctx: &mut Ctx,
    clause: ClauseId,
    length: PolicyDuration,
    proof: &Evidence,
) -> Deadline {
    let asked = said::ask_buyer_documents();
    let Some(contact) = ctx.facts.contact(Party::Buyer) else {
        return ctx.contact_deadline(clause, Party::Buyer, length, asked);
    };
    let opened = Window::open(
        clause,
        Party::Buyer.into(),
        Basis::LaterOf(CaseRef::event(contact), CaseRef::evidence(proof)),
        contact.at.value.max(proof.at.value),
        length,
        &ctx.policy.calendar,
    );
    let passed = opened.passed(ctx.now());
    let (start, due) = (ctx.on_clock(opened.start), ctx.on_clock(opened.due));
    ctx.reason(
        clause,
        said::buyer_contacted(ctx.on_clock(contact.at.value), length, due),
        vec![CaseRef::event(contact), CaseRef::evidence(proof)],
    );
    ctx.trace(
        clause,
        said::buyer_documents_trace(start, length, due),
        if passed {
            window::passed()
        } else {
            window::running()
        },
    );
    let deadline = Deadline {
        start: Some(opened.start),
        due: opened.due,
        passed,
        ask: (Party::Buyer.into(), asked),
    };
    ctx.rely_on(opened);
    deadline
}

/// 5.a — the seller released without confirming the payment: the seller bears the loss and the
/// platform does not intervene. A buyer who will not cooperate is suspended; the seller may go
/// to the police.
///
/// "Unresponsive" is known only once the buyer has had `buyer_response` from support's contact
/// to answer: until then the ruling waits. A refusal is an answer and counts at once; so does
/// any other answer in time.
pub fn released_without_payment(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Seller5a,
) -> Verdict {
    seller_bears_the_loss(ctx, clause);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        params.buyer_response,
        said::ask_buyer_answer(),
    );
    match buyer_answer(ctx, clause, &deadline) {
        Answer::Cooperates(answer) => {
            ctx.branch(clause, Branch::BuyerCooperative);
            ctx.reason(clause, said::buyer_answered(), vec![CaseRef::event(answer)]);
            return Verdict::done(Decision::NoIntervention);
        }
        Answer::Refuses(refusal) => {
            ctx.branch(clause, Branch::BuyerUncooperative);
            ctx.reason(clause, said::refuses(), vec![CaseRef::event(refusal)]);
        }
        Answer::None if !deadline.passed => {
            let still_time = said::unreachable_still_time;
            ctx.unreachable_in_time(clause, Party::Buyer, &deadline, still_time);
            let if_silent = said::if_silent();
            return ctx.wait(clause, &deadline, Decision::NoIntervention, if_silent);
        }
        Answer::None => {
            ctx.branch(clause, Branch::BuyerUncooperative);
            let mut refs = vec![CaseRef::field(Field::Timeline)];
            refs.extend(ctx.facts.unreachable(Party::Buyer).map(CaseRef::event));
            ctx.lapsed(clause, Party::Buyer, &deadline, said::unresponsive, refs);
        }
    }
    ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, None, clause);
    Verdict::done(Decision::NoIntervention)
}

/// 5.a: a seller who released without confirming the payment bears the loss, and may take the
/// case to the police.
fn seller_bears_the_loss(ctx: &mut Ctx, clause: ClauseId) {
    let released = ctx.facts.released();
    ctx.reason(
        clause,
        said::released(),
        vec![released.map_or(CaseRef::field(Field::AppealType), CaseRef::event)],
    );
    ctx.follow_up(Party::Seller, said::police(), None, clause);
}

/// The buyer's first answer to support since the appeal, by the deadline (5.a).
enum Answer<'a> {
    /// Any answer but a refusal: the buyer cooperates.
    Cooperates(&'a Event),
    /// A refusal to cooperate, which counts at once.
    Refuses(&'a Event),
    /// No answer in time (yet, while the window runs).
    None,
}

/// The buyer's first answer between the appeal and the deadline's due time, and the trace of
/// it.
fn buyer_answer<'a>(ctx: &mut Ctx<'a>, clause: ClauseId, deadline: &Deadline) -> Answer<'a> {
    let appeal_at = ctx.facts.appeal_at();
    let first = ctx
        .facts
        .responses(Party::Buyer, None)
        .into_iter()
        .find(|e| e.at.value >= appeal_at && deadline.admits(e.at.value));
    let refuses = |e: &Event| {
        matches!(
            e.kind,
            EventKind::Responded {
                stance: Stance::Refuses,
                ..
            }
        )
    };
    let (answer, outcome) = match first {
        Some(refusal) if refuses(refusal) => (Answer::Refuses(refusal), said::refuses_outcome()),
        Some(answer) => (Answer::Cooperates(answer), said::answered_outcome()),
        None if deadline.passed => (Answer::None, said::unresponsive_outcome()),
        None => (Answer::None, said::none_yet_outcome()),
    };
    ctx.trace(clause, said::first_answer(), outcome);
    answer
}
