//! Appeals by the Buyer about money paid: 2.a overpayment and 3.a an order cancelled after
//! payment. MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 2.a and 3.a.
//!
//! Both rules freeze a seller who "refuses or does not respond". Our reading: only silence
//! needs the refund window to pass; a refusal (a `refund_refused` event at or after the appeal)
//! is an answer, and the seller is frozen at once, without waiting for the window to close.
//! Waiting would leave a seller who has said no free to move the assets the freeze is meant to
//! hold. The refusal is stated in the ruling whatever follows it.

use rust_decimal::Decimal;

use crate::model::case::{Event, EventKind};
use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{Message, Money, Word};
use crate::model::params;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};

use super::context::Ctx;
use super::facts::Refund;
use super::{Deadline, Verdict};
use crate::vocab::duration::PolicyDuration;

mod said {
    use rust_decimal::Decimal;

    use crate::model::message::{Message, Money, Word, messages};
    use crate::vocab::time::Time;

    messages! {
        /// The trace of an overpayment: what the buyer paid against the order amount.
        overpaid_trace = "buyer.2a.trace" (paid: Decimal, amount: Decimal);
        /// The excess the buyer paid.
        excess = "buyer.2a.excess" (excess: Money);
        /// Refunds of an overpayment are best effort; the platform is not liable for the
        /// buyer's mistake.
        overpaid_notice = "buyer.2a.notice" ();
        /// The payments do not exceed the order amount: there is no excess to refund.
        no_excess = "buyer.2a.no_excess" (paid: Money, amount: Money);
        /// The buyer paid more than the order amount: the excess is to be refunded.
        overpaid = "buyer.2a.overpaid" (paid: Money, amount: Money, excess: Money);
        /// The order amount itself is paid: support sees that the seller releases the crypto.
        ask_see_release = "buyer.2a.ask.see_release" ();
        /// The seller refunded the excess.
        excess_refunded = "buyer.2a.refunded" (excess: Money);
        /// The seller refused to refund before the appeal: only an answer to support's request
        /// counts.
        refused_before_appeal = "buyer.refund.refused_before_appeal" (at: Time);
        /// The seller refused to refund.
        refused = "buyer.refund.refused" (at: Time);
        /// What the seller must refund to the buyer.
        ask_refund = "buyer.refund.ask" (what: Word, amount: Money);
        /// The trace of a refusal: when the seller refused against when the window closes.
        refusal_trace = "buyer.refund.refusal_trace" (refused: Time, due: Time);
        /// The seller refused before the window closed: frozen at once.
        frozen_at_once = "buyer.refund.frozen_at_once" ();
        /// What would have changed the outcome: without the refusal, the ruling waits for the
        /// window.
        if_not_refused = "buyer.refund.if_not_refused" ();
        /// The seller refused in time: P2P access and assets frozen at once, until the refund is
        /// made.
        refused_in_time = "buyer.refund.refused_in_time" (when: Message);
        /// When the seller refused: before the window closed.
        before_window_closed = "buyer.refund.before_window_closed" (due: Time);
        /// When the seller refused: before support contacted them.
        before_contact = "buyer.refund.before_contact" ();
        /// If the refund is not complete by the deadline, support freezes the seller.
        if_not_refunded = "buyer.refund.if_not_refunded" ();
        /// The refund was not complete by the deadline: the seller's P2P access and assets are
        /// frozen until it is.
        not_refunded = "buyer.refund.not_refunded" (due: Time);
        /// The seller refunds the buyer now.
        ask_refund_now = "buyer.refund.ask.now" (what: Word, amount: Money);
        /// Support freezes the seller's P2P access and assets until the refund is confirmed.
        ask_freeze = "buyer.refund.ask.freeze" ();
        /// The trace of an order cancelled after payment: payments with valid proof.
        proof_trace = "buyer.3a.proof.trace" ();
        /// How many payments have valid proof.
        proof_count = "buyer.3a.proof.count" (proven: usize, payments: usize);
        /// The buyer's payment is not confirmed by valid proof.
        no_valid_proof = "buyer.3a.no_valid_proof" ();
        /// The evidence asked of the buyer: valid proof of payment.
        proof_what = "buyer.3a.proof.what" ();
        /// No valid proof of payment by the deadline: the cancellation stands.
        no_proof_by = "buyer.3a.no_proof_by" (due: Time);
        /// If the seller refuses to refund, the platform is not liable for the loss.
        cancelled_notice = "buyer.3a.notice" ();
        /// The buyer's payment is confirmed and the order was cancelled: the seller must refund
        /// it.
        confirmed = "buyer.3a.confirmed" (owed: Money);
        /// The seller refunded the payment.
        payment_refunded = "buyer.3a.refunded" (owed: Money);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// 2.a — the buyer paid more than the order amount. The seller is asked to refund the excess
/// within `refund_window`; a seller who refuses or stays silent has P2P access and assets frozen
/// until resolved. Recovery is best effort.
pub fn overpayment(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer2a) -> Verdict {
    let excess = excess(ctx, clause);
    ctx.notice(clause, said::overpaid_notice());
    if excess.is_zero() {
        return no_excess(ctx, clause);
    }
    let fiat = ctx.case.order.fiat.clone();
    let refs = ctx
        .facts
        .payments
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::Amount))
        .collect();
    let (paid, amount) = (ctx.facts.paid, ctx.case.order.amount.value);
    ctx.reason(
        clause,
        said::overpaid(
            Money(paid, &fiat),
            Money(amount, &fiat),
            Money(excess, &fiat),
        ),
        refs,
    );
    if release_follows(ctx) {
        // The ruling settles the excess; the order amount itself is paid, so the release
        // follows its usual course.
        ctx.tell_support(clause, said::ask_see_release());
    }
    request_refund(ctx, clause, params.refund_window, Owed::Excess(excess))
}

/// What the buyer paid beyond the order amount (nothing when the payments do not exceed it),
/// traced.
fn excess(ctx: &mut Ctx, clause: ClauseId) -> Decimal {
    let amount = ctx.case.order.amount.value;
    let paid = ctx.facts.paid;
    let excess = (paid - amount).max(Decimal::ZERO);
    ctx.trace(
        clause,
        said::overpaid_trace(paid, amount),
        said::excess(Money(excess, &ctx.case.order.fiat)),
    );
    excess
}

/// 2.a without an overpayment: nothing to refund, the appeal is closed.
fn no_excess(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    let fiat = &ctx.case.order.fiat;
    let (paid, amount) = (ctx.facts.paid, ctx.case.order.amount.value);
    ctx.reason(
        clause,
        said::no_excess(Money(paid, fiat), Money(amount, fiat)),
        vec![
            CaseRef::field(Field::Payments),
            CaseRef::field(Field::OrderAmount),
        ],
    );
    Verdict::done(Decision::Closed)
}

/// Whether the release of the order amount still follows its usual course beside the refund of
/// the excess: the order is neither released nor cancelled, and the buyer committed no fraud.
fn release_follows(ctx: &Ctx) -> bool {
    let buyer_fraud = matches!(super::conduct::perpetrator(ctx), Some((Party::Buyer, _)));
    ctx.facts.released().is_none() && ctx.facts.cancelled().is_none() && !buyer_fraud
}

/// The seller's refusal to refund, stated in the ruling: the first `refund_refused` at or after
/// the appeal, which freezes the seller at once. One before the appeal is stated as history.
fn refusal<'a>(ctx: &mut Ctx<'a>, clause: ClauseId) -> Option<&'a Event> {
    let appeal_at = ctx.facts.appeal_at();
    let refusals = ctx.facts.all(|k| *k == EventKind::RefundRefused);
    for early in refusals.iter().filter(|e| e.at.value < appeal_at) {
        ctx.reason(
            clause,
            said::refused_before_appeal(ctx.on_clock(early.at.value)),
            vec![CaseRef::event(early)],
        );
    }
    let refused = refusals.into_iter().find(|e| e.at.value >= appeal_at)?;
    ctx.reason(
        clause,
        said::refused(ctx.on_clock(refused.at.value)),
        vec![CaseRef::event(refused)],
    );
    Some(refused)
}

/// Support asks the seller to refund what is `owed` within `window` (buyer 2.a and 3.a): a
/// refund in full settles the appeal; else [`refund_or_freeze`]. A refusal since the appeal is
/// stated whatever follows.
fn request_refund(ctx: &mut Ctx, clause: ClauseId, window: PolicyDuration, owed: Owed) -> Verdict {
    let refusal = refusal(ctx, clause);
    let refund = ctx.facts.refund_of(owed.amount());
    if !refund.complete {
        return refund_or_freeze(ctx, clause, window, &refund, refusal, owed);
    }
    ctx.branch(clause, Branch::Refunded);
    let finding = owed.refunded(&ctx.case.order.fiat);
    ctx.reason(clause, finding, refund.refs());
    owed.settled()
}

/// What the seller owes the buyer: the excess of an overpayment (buyer 2.a) or the payment of a
/// cancelled order (buyer 3.a), and how much.
#[derive(Clone, Copy)]
enum Owed {
    Excess(Decimal),
    Payment(Decimal),
}

impl Owed {
    fn amount(self) -> Decimal {
        match self {
            Owed::Excess(amount) | Owed::Payment(amount) => amount,
        }
    }

    /// The word for it in the ruling's messages.
    fn word(self) -> Word {
        Word(
            "refund_of",
            match self {
                Owed::Excess(_) => "excess",
                Owed::Payment(_) => "payment",
            },
        )
    }

    /// The decision while the refund is owed.
    fn decision(self) -> Decision {
        match self {
            Owed::Excess(_) => Decision::RefundExcess,
            Owed::Payment(_) => Decision::RefundBuyer,
        }
    }

    /// What the ruling says of a refund in full, in the order's `fiat`.
    fn refunded(self, fiat: &str) -> Message {
        match self {
            Owed::Excess(excess) => said::excess_refunded(Money(excess, fiat)),
            Owed::Payment(owed) => said::payment_refunded(Money(owed, fiat)),
        }
    }

    /// The ruling once the refund is in full: the excess refunded (2.a), or the appeal closed
    /// (3.a: the cancellation stands, the buyer has the money back).
    fn settled(self) -> Verdict {
        match self {
            Owed::Excess(excess) => Verdict::done(Decision::RefundExcess).with_amount(excess),
            Owed::Payment(_) => Verdict::done(Decision::Closed),
        }
    }
}

/// The seller owes a refund within `window` of support's contact; while it runs the ruling
/// waits with the decision for what is `owed`. Once it has passed without the full refund, or as
/// soon as the seller refuses, the seller's P2P access and assets are frozen until the refund is
/// made (MEXC buyer 2.a and 3.a: a refusal and silence both freeze the seller).
fn refund_or_freeze(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: PolicyDuration,
    refund: &Refund,
    refusal: Option<&Event>,
    owed: Owed,
) -> Verdict {
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, refund);
    let asked = said::ask_refund(owed.word(), Money(outstanding, &ctx.case.order.fiat));
    let deadline = ctx.contact_deadline(clause, Party::Seller, window, asked);
    match refusal {
        Some(refused) if !deadline.passed => refused_in_time(ctx, clause, refused, &deadline),
        None if !deadline.passed => {
            return ctx
                .wait(clause, &deadline, owed.decision(), said::if_not_refunded())
                .with_amount(outstanding);
        }
        _ => {
            let refs = vec![CaseRef::field(Field::Timeline)];
            ctx.lapsed(clause, Party::Seller, &deadline, said::not_refunded, refs);
        }
    }
    freeze_until_refunded(ctx, clause, owed, outstanding)
}

/// The seller refused before the refund window closed (or before support's contact opened it):
/// the freeze comes at once, without waiting for the window.
fn refused_in_time(ctx: &mut Ctx, clause: ClauseId, refused: &Event, deadline: &Deadline) {
    ctx.branch(clause, Branch::RefusedInTime);
    ctx.trace(
        clause,
        said::refusal_trace(ctx.on_clock(refused.at.value), ctx.on_clock(deadline.due)),
        said::frozen_at_once(),
    );
    ctx.counterfactual(said::if_not_refused());
    let when = match deadline.start {
        Some(_) => said::before_window_closed(ctx.on_clock(deadline.due)),
        None => said::before_contact(),
    };
    ctx.reason(
        clause,
        said::refused_in_time(when),
        vec![CaseRef::event(refused)],
    );
}

/// MEXC buyer 2.a and 3.a, the freeze: the seller's P2P access and assets are frozen until the
/// issue is resolved, and the seller is asked to refund the `outstanding` amount now.
fn freeze_until_refunded(
    ctx: &mut Ctx,
    clause: ClauseId,
    owed: Owed,
    outstanding: Decimal,
) -> Verdict {
    ctx.sanction(Party::Seller, SanctionAction::FreezeP2p, None, clause);
    ctx.sanction(Party::Seller, SanctionAction::FreezeAssets, None, clause);
    let now = said::ask_refund_now(owed.word(), Money(outstanding, &ctx.case.order.fiat));
    ctx.follow_up(Party::Seller, now, None, clause);
    ctx.tell_support(clause, said::ask_freeze());
    Verdict::done(owed.decision()).with_amount(outstanding)
}

/// 3.a — the buyer paid but the order was cancelled (timeout or mistake). Once the payment is
/// proven, the seller refunds within `refund_window`; a seller who refuses or stays silent is
/// frozen. The platform is not liable if the seller never refunds.
pub fn cancelled_after_payment(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Buyer3a,
) -> Verdict {
    // MEXC buyer 3.a: support first reviews the evidence. Proof after the window it was asked in
    // does not meet it.
    let proven = ctx
        .facts
        .proven_payments_by(Some(ctx.evidence_due(Actor::Buyer)));
    ctx.trace(
        clause,
        said::proof_trace(),
        said::proof_count(proven.len(), ctx.facts.payments.len()),
    );
    if proven.is_empty() {
        return ask_for_proof(ctx, clause);
    }
    ctx.notice(clause, said::cancelled_notice());
    let owed: Decimal = proven.iter().map(|p| p.amount.value).sum();
    let refs = proven.iter().map(|p| CaseRef::payment(p)).collect();
    let fiat = &ctx.case.order.fiat;
    ctx.reason(clause, said::confirmed(Money(owed, fiat)), refs);
    request_refund(ctx, clause, params.refund_window, Owed::Payment(owed))
}

/// 3.a without valid proof of payment: the buyer is asked for it within the evidence window;
/// once that has passed without it, the cancellation stands.
fn ask_for_proof(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.branch(clause, Branch::NoValidProof);
    ctx.reason(
        clause,
        said::no_valid_proof(),
        vec![
            CaseRef::field(Field::Payments),
            CaseRef::field(Field::Evidence),
        ],
    );
    let deadline = ctx.evidence_deadline(clause, Actor::Buyer, said::proof_what());
    if !deadline.passed {
        return ctx.hold(clause, &deadline, Decision::RequestEvidence);
    }
    let refs = vec![CaseRef::field(Field::Evidence)];
    ctx.lapsed(clause, Party::Buyer, &deadline, said::no_proof_by, refs);
    Verdict::done(Decision::NoIntervention)
}
