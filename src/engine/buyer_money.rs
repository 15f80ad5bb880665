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
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};

use super::Verdict;
use super::context::Ctx;
use super::facts::Refund;
use crate::vocab::duration::PolicyDuration;

/// 2.a — the buyer paid more than the order amount. The seller is asked to refund the excess
/// within `refund_window`; a seller who refuses or stays silent has P2P access and assets frozen
/// until resolved. Recovery is best effort.
pub fn overpayment(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer2a;
    let Some(params) = &ctx.params().buyer_2a else {
        return Verdict::done(Decision::Escalate);
    };
    let amount = ctx.case.order.amount.value;
    let paid = ctx.facts.paid;
    let excess = (paid - amount).max(Decimal::ZERO);
    let fiat = ctx.case.order.fiat.clone();
    ctx.trace(
        clause,
        format!("paid {paid} vs order amount {amount}"),
        format!("excess {excess} {fiat}"),
    );
    ctx.notice(clause, "Refunds of an overpayment are made on a best-effort basis; the platform is not liable for the buyer's mistake.");
    if excess.is_zero() {
        ctx.reason(clause, format!("the payments ({paid} {fiat}) do not exceed the order amount ({amount} {fiat}): there is no excess to refund"), vec!["payments".to_string(), "order.amount".to_string()]);
        return Verdict::done(Decision::Closed);
    }
    let refs = ctx
        .facts
        .payments
        .iter()
        .map(|p| format!("{}.amount", p.path()))
        .collect();
    ctx.reason(
        clause,
        format!(
            "the buyer paid {paid} {fiat} for an order of {amount} {fiat}: {excess} {fiat} too much"
        ),
        refs,
    );
    let buyer_fraud = matches!(super::conduct::perpetrator(ctx), Some((Party::Buyer, _)));
    if ctx.facts.released().is_none() && ctx.facts.cancelled().is_none() && !buyer_fraud {
        // The ruling settles the excess; the order amount itself is paid, so the release
        // follows its usual course.
        ctx.tell_support(
            clause,
            "the order amount itself is paid in full: see that the seller releases the crypto (buyer 1.b applies if not)",
        );
    }
    let refusal = refusal(ctx, clause);
    let refund = ctx.facts.refund_of(excess);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(
            clause,
            format!("the seller refunded the excess {excess} {fiat}"),
            refund.refs(),
        );
        return Verdict::done(Decision::RefundExcess).with_amount(excess);
    }
    let window = params.refund_window;
    refund_or_freeze(
        ctx,
        clause,
        window,
        &refund,
        refusal,
        "the excess",
        Decision::RefundExcess,
    )
}

/// The seller's refusal to refund, stated in the ruling: the first `refund_refused` at or after
/// the appeal, which freezes the seller at once. One before the appeal is stated as history.
fn refusal<'a>(ctx: &mut Ctx<'a>, clause: ClauseId) -> Option<&'a Event> {
    let appeal_at = ctx.facts.appeal_at();
    let refusals = ctx.facts.all(|k| *k == EventKind::RefundRefused);
    for early in refusals.iter().filter(|e| e.at.value < appeal_at) {
        ctx.reason(
            clause,
            format!(
                "the seller refused to refund at {}, before the appeal: only an answer to support's request counts",
                ctx.show(early.at.value)
            ),
            vec![early.path()],
        );
    }
    let refused = refusals.into_iter().find(|e| e.at.value >= appeal_at)?;
    ctx.reason(
        clause,
        format!(
            "the seller refused to refund at {}",
            ctx.show(refused.at.value)
        ),
        vec![refused.path()],
    );
    Some(refused)
}

/// The seller owes a refund within `window` of support's contact; while it runs the ruling
/// waits with `decision`. Once it has passed without the full refund, or as soon as the seller
/// refuses, the seller's P2P access and assets are frozen until the refund is made (buyer 2.a
/// and 3.a).
fn refund_or_freeze(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: PolicyDuration,
    refund: &Refund,
    refusal: Option<&Event>,
    what: &str,
    decision: Decision,
) -> Verdict {
    let fiat = ctx.case.order.fiat.clone();
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, refund);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        format!("refund {what} {outstanding} {fiat} to the buyer"),
    );
    match refusal {
        Some(refused) if !deadline.passed => {
            ctx.branch(clause, Branch::RefusedInTime);
            ctx.trace(
                clause,
                format!(
                    "seller's refusal at {} vs the window closing at {}",
                    ctx.show(refused.at.value),
                    ctx.show(deadline.due)
                ),
                "refused before the window closed: frozen at once",
            );
            ctx.counterfactual(
                "without the refusal the ruling would wait for the window to close before freezing the seller",
            );
            let when = match deadline.start {
                Some(_) => format!("before the window closed at {}", ctx.show(deadline.due)),
                None => "before support contacted them".to_string(),
            };
            ctx.reason(
                clause,
                format!(
                    "the seller refused {when}: the seller's P2P access and assets are frozen at once, until the refund is made"
                ),
                vec![refused.path()],
            );
        }
        None if !deadline.passed => {
            return ctx
                .wait(
                    clause,
                    &deadline,
                    decision,
                    "if the refund is not complete by then, freeze the seller's P2P access and assets until it is",
                )
                .with_amount(outstanding);
        }
        _ => {
            ctx.missed(Party::Seller);
            ctx.reason(
                clause,
                format!(
                    "the refund was not complete by {}: the seller's P2P access and assets are frozen until it is",
                    ctx.show(deadline.due)
                ),
                vec!["timeline".to_string()],
            );
        }
    }
    ctx.sanction(Party::Seller, SanctionAction::FreezeP2p, None, clause);
    ctx.sanction(Party::Seller, SanctionAction::FreezeAssets, None, clause);
    ctx.follow_up(
        Party::Seller,
        format!("refund {what} {outstanding} {fiat} to the buyer now"),
        None,
        clause,
    );
    ctx.tell_support(
        clause,
        "freeze the seller's P2P access and assets; lift the freeze once the refund is confirmed",
    );
    Verdict::done(decision).with_amount(outstanding)
}

/// 3.a — the buyer paid but the order was cancelled (timeout or mistake). Once the payment is
/// proven, the seller refunds within `refund_window`; a seller who refuses or stays silent is
/// frozen. The platform is not liable if the seller never refunds.
pub fn cancelled_after_payment(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer3a;
    let Some(params) = &ctx.params().buyer_3a else {
        return Verdict::done(Decision::Escalate);
    };
    let fiat = ctx.case.order.fiat.clone();
    // Proof after the window it was asked in does not meet it.
    let proven = ctx
        .facts
        .proven_payments_by(Some(ctx.evidence_due(Actor::Buyer)));
    ctx.trace(
        clause,
        "payments with valid proof (official source, untampered)",
        format!("{} of {}", proven.len(), ctx.facts.payments.len()),
    );
    if proven.is_empty() {
        ctx.branch(clause, Branch::NoValidProof);
        ctx.reason(clause, "the buyer's payment is not confirmed by valid proof (an untampered receipt from an official banking source)", vec!["payments".to_string(), "evidence".to_string()]);
        let deadline = ctx.evidence_deadline(
            clause,
            Actor::Buyer,
            "valid proof of payment: an official, untampered bank receipt",
        );
        if deadline.passed {
            ctx.missed(Party::Buyer);
            ctx.reason(
                clause,
                format!(
                    "no valid proof of payment by {}: the cancellation stands",
                    ctx.show(deadline.due)
                ),
                vec!["evidence".to_string()],
            );
            return Verdict::done(Decision::NoIntervention);
        }
        return ctx.hold(clause, &deadline, Decision::RequestEvidence);
    }
    ctx.notice(
        clause,
        "If the seller refuses to refund, the platform is not liable for the loss from this order.",
    );
    let owed: Decimal = proven.iter().map(|p| p.amount.value).sum();
    let refs = proven.iter().map(|p| p.path()).collect();
    ctx.reason(clause, format!("the buyer's payment of {owed} {fiat} is confirmed and the order was cancelled: the seller must refund it"), refs);
    let refusal = refusal(ctx, clause);
    let refund = ctx.facts.refund_of(owed);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(
            clause,
            format!("the seller refunded the {owed} {fiat}"),
            refund.refs(),
        );
        return Verdict::done(Decision::Closed);
    }
    let window = params.refund_window;
    refund_or_freeze(
        ctx,
        clause,
        window,
        &refund,
        refusal,
        "the",
        Decision::RefundBuyer,
    )
}
