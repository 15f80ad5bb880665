//! Appeals by the Seller about the buyer's payment: 1.a marked paid without paying, 1.b funds
//! not received, 1.c paid to an inaccessible account, 2.a underpayment.
//! MEXC P2P Appeal Handling Rules, Appeals by the Seller, 1.a, 1.b, 1.c and 2.a.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::case::{EvidenceKind, Payment};

use crate::model::clause::{Branch, ClauseId};
use crate::model::params::UnderpaymentMode;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};
use crate::vocab::time::Time;

use super::Verdict;
use super::context::Ctx;

/// 1.a — the buyer marked the order paid without paying. Without valid proof (an untampered
/// receipt from an official banking source) within `buyer_proof_window` of support's contact,
/// or if the buyer cannot be reached, the order is cancelled and the crypto goes back to the
/// seller; the false claim draws a suspension (`false_claim_sanction` days; the rule's outcome
/// list is lost).
pub fn marked_paid_without_paying(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller1a;
    let Some(params) = &ctx.params().seller_1a else {
        return Verdict::done(Decision::Escalate);
    };
    let payments = ctx.facts.payments.len();
    ctx.trace(
        clause,
        "payments with valid proof",
        format!("none of {payments}"),
    );
    if payments == 0 {
        ctx.reason(
            clause,
            "no payment by the buyer is on file",
            vec!["payments".to_string()],
        );
    } else {
        let refs = ctx
            .facts
            .payments
            .iter()
            .map(|p| format!("{}.proof", p.path()))
            .collect();
        ctx.reason(clause, "the buyer's payment has no valid proof (an untampered receipt from an official banking source)", refs);
    }
    let days = params.false_claim_sanction;
    let cancel = |ctx: &mut Ctx| {
        ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, Some(days), clause);
        ctx.follow_up(
            Actor::Support,
            "cancel the order; the crypto returns to the seller",
            None,
            clause,
        );
        Verdict::done(Decision::CancelOrder)
    };
    // A forged receipt is not proof that is merely missing: the claim fails at once (and the
    // forgery is sanctioned as fraud, seller 7.a).
    let forged = ctx.facts.payments.iter().find_map(|p| {
        let proof = p.proof.as_ref()?;
        ctx.facts
            .evidence_by_id(&proof.value)
            .filter(|e| e.tampered)
            .map(|e| (p.path(), e.index))
    });
    if let Some((payment, evidence)) = forged {
        ctx.branch(clause, Branch::ForgedProof);
        ctx.reason(
            clause,
            format!("the proof of {payment} was found tampered with: the buyer's claim to have paid fails and the order is cancelled"),
            vec![format!("evidence[{evidence}].tampered")],
        );
        return cancel(ctx);
    }
    // "Cannot be reached within the given timeframe" is known when the timeframe ends: a
    // failed attempt starts the window (support tried), it does not end it.
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        params.buyer_proof_window,
        "upload valid proof of payment",
    );
    let unreachable = ctx.facts.unreachable(Party::Buyer);
    if !deadline.passed {
        if let Some(unreachable) = unreachable {
            ctx.reason(
                clause,
                format!(
                    "support could not reach the buyer at {}; the buyer still has until {} to produce valid proof",
                    ctx.show(unreachable.at.value),
                    ctx.show(deadline.due)
                ),
                vec![unreachable.path()],
            );
        }
        return ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            "if no valid proof arrives by then, cancel the order",
        );
    }
    ctx.missed(Party::Buyer);
    match unreachable {
        Some(unreachable) => {
            ctx.branch(clause, Branch::BuyerUnreachable);
            ctx.reason(
                clause,
                format!(
                    "support could not reach the buyer (tried at {}) and no valid proof of payment came by {}: the order is cancelled and the crypto returns to the seller",
                    ctx.show(unreachable.at.value),
                    ctx.show(deadline.due)
                ),
                vec![unreachable.path()],
            );
        }
        None => ctx.reason(clause, format!("no valid proof of payment by {}: the order is cancelled and the crypto returns to the seller", ctx.show(deadline.due)), vec!["evidence".to_string()]),
    }
    cancel(ctx)
}

/// The payments with valid proof that count for seller 1.a and 1.b: proof uploaded by the end
/// of seller 1.a's window for it (`buyer_proof_window` from support's first attempt to reach
/// the buyer), or any so far while that window has not started. Proof after the window does
/// not meet it: the claim was decided when the window closed.
pub fn proven_in_time<'a>(ctx: &Ctx<'a>) -> Vec<&'a Payment> {
    let due = ctx
        .params()
        .seller_1a
        .as_ref()
        .and_then(|params| ctx.contact_due(Party::Buyer, params.buyer_proof_window));
    ctx.facts.proven_payments_by(due)
}

/// 1.b — the buyer has valid proof but the seller says the money did not arrive. The seller
/// must back the claim with a bank statement within `seller_statement_window` of support's
/// contact; without one the crypto is released, with one the payment is traced.
pub fn funds_not_received(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller1b;
    let Some(params) = &ctx.params().seller_1b else {
        return Verdict::done(Decision::Escalate);
    };
    let proven = ctx.facts.proven_payments();
    let refs = proven
        .iter()
        .map(|p| format!("{}.proof", p.path()))
        .collect();
    ctx.reason(
        clause,
        "the buyer's payment is backed by valid proof; the seller says the funds did not arrive",
        refs,
    );
    if let Some(forged) = ctx
        .facts
        .forged_evidence_of(Party::Seller, &[EvidenceKind::BankStatement])
    {
        ctx.branch(clause, Branch::ForgedStatement);
        ctx.trace(clause, "seller's bank statement", "found tampered");
        ctx.reason(
            clause,
            "the seller's bank statement was found tampered with: the claim that the money did not arrive is rejected and the crypto goes to the buyer",
            vec![format!("evidence[{}].tampered", forged.index)],
        );
        ctx.tell_support(clause, "release the crypto to the buyer");
        return Verdict::done(Decision::ReleaseToBuyer);
    }
    // A statement after the seller's window (and after the time a non-instant transfer may
    // take, when that is later) does not meet it.
    let due = statement_due(ctx, params.seller_statement_window);
    let statements: Vec<_> = ctx
        .facts
        .sound_evidence_of(Party::Seller, &[EvidenceKind::BankStatement])
        .into_iter()
        .filter(|e| due.is_none_or(|due| e.at.value <= due))
        .collect();
    if let Some(statement) = statements.iter().find(|e| e.shows_receipt == Some(true)) {
        ctx.trace(clause, "seller's bank statement", "shows the payment");
        ctx.branch(clause, Branch::StatementWithTheFunds);
        ctx.reason(
            clause,
            "the seller's own bank statement shows the payment arrived",
            vec![format!("evidence[{}]", statement.index)],
        );
        ctx.tell_support(clause, "release the crypto to the buyer");
        return Verdict::done(Decision::ReleaseToBuyer);
    }
    // A non-instant transfer may still be on its way (buyer 1.b's window for such payments):
    // until then neither silence nor a statement without the funds settles anything.
    let arrival = in_transit_until(ctx, clause);
    let without_funds = statements
        .iter()
        .copied()
        .find(|e| e.shows_receipt == Some(false));
    if let Some(statement) = without_funds
        && arrival.is_none()
    {
        ctx.branch(clause, Branch::StatementWithoutTheFunds);
        ctx.trace(
            clause,
            "seller's bank statement",
            "does not show the payment",
        );
        ctx.reason(
            clause,
            "the seller's bank statement does not show the payment: trace it with both banks",
            vec![format!("evidence[{}]", statement.index)],
        );
        ctx.tell_support(
            clause,
            "trace the payment with the buyer's and the seller's banks",
        );
        return Verdict::done(Decision::Escalate);
    }
    let mut deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.seller_statement_window,
        "submit a bank statement covering the payment date",
    );
    if let Some(arrives_by) = arrival
        && arrives_by > deadline.due
    {
        deadline.due = arrives_by;
        deadline.passed = false;
    }
    if !deadline.passed {
        if let Some(statement) = without_funds {
            // The statement came before the transfer could be expected: it settles nothing yet.
            ctx.reason(
                clause,
                "the seller's bank statement does not show the payment yet, but the transfer may still arrive",
                vec![format!("evidence[{}]", statement.index)],
            );
            deadline.ask = (
                Party::Seller.into(),
                "release once the money arrives, or send a later bank statement if it has not"
                    .into(),
            );
            return ctx.wait(
                clause,
                &deadline,
                Decision::RequestEvidence,
                "if the money still has not arrived by then, trace the payment with both banks",
            );
        }
        return ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            "if no bank statement arrives by then, release the crypto to the buyer",
        );
    }
    ctx.missed(Party::Seller);
    ctx.reason(
        clause,
        format!(
            "the seller sent no bank statement by {}: the crypto goes to the buyer",
            ctx.show(deadline.due)
        ),
        vec!["evidence".to_string()],
    );
    ctx.tell_support(clause, "release the crypto to the buyer");
    Verdict::done(Decision::ReleaseToBuyer)
}

/// The last moment a seller's bank statement counts for seller 1.b: the end of
/// `seller_statement_window` from support's first attempt to reach the seller, or the end of
/// buyer 1.b's `non_instant_release` from a non-instant payment when that is later; `None`
/// while support has not tried to reach the seller.
fn statement_due(ctx: &Ctx, window: crate::vocab::duration::PolicyDuration) -> Option<Time> {
    let window_due = ctx.contact_due(Party::Seller, window)?;
    let transit_end = match (ctx.facts.instant(), ctx.params().buyer_1b.as_ref()) {
        (false, Some(buyer_1b)) => ctx
            .facts
            .payments
            .last()
            .map(|last| ctx.add(last.at.value, buyer_1b.non_instant_release)),
        _ => None,
    };
    Some(transit_end.map_or(window_due, |end| end.max(window_due)))
}

/// When a non-instant payment may still be arriving: its time plus buyer 1.b's
/// `non_instant_release`, if that is later than now.
fn in_transit_until(ctx: &mut Ctx, clause: ClauseId) -> Option<crate::vocab::time::Time> {
    if ctx.facts.instant() {
        return None;
    }
    let transfer = ctx.params().buyer_1b.as_ref()?.non_instant_release;
    let last = ctx.facts.payments.last().copied()?;
    let arrives_by = ctx.add(last.at.value, transfer);
    let in_transit = ctx.now() < arrives_by;
    ctx.trace(
        clause,
        format!(
            "non-instant payment {} + {} = {}",
            ctx.show(last.at.value),
            transfer.describe(),
            ctx.show(arrives_by)
        ),
        if in_transit {
            "may still be in transit"
        } else {
            "should have arrived"
        },
    );
    if !in_transit {
        return None;
    }
    ctx.branch(clause, Branch::PaymentInTransit);
    ctx.reason(
        clause,
        format!(
            "the payment was not instant and may still arrive until {}",
            ctx.show(arrives_by)
        ),
        vec![format!("{}.instant", last.path())],
    );
    Some(arrives_by)
}

/// 1.c — the buyer paid into an account the seller cannot access. Only the details on the
/// system-logged order page bind: a buyer who followed them is protected (release unless the
/// funds bounced back); a buyer who paid elsewhere bears the loss, and a repeat offender is
/// banned.
pub fn inaccessible_account(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller1c;
    let Some(params) = &ctx.params().seller_1c else {
        return Verdict::done(Decision::Escalate);
    };
    let page = ctx.case.order.payment_method.account.value.clone();
    let misdirected = ctx.facts.misdirected_payments();
    ctx.trace(
        clause,
        format!("payment accounts vs the order page's account {page}"),
        if misdirected.is_empty() {
            "all match"
        } else {
            "different account"
        },
    );
    if !misdirected.is_empty() {
        let refs = misdirected
            .iter()
            .map(|p| format!("{}.to_account", p.path()))
            .collect();
        ctx.reason(clause, format!("the buyer paid to {} instead of the order page's account {page}: unofficial instructions are not binding, the buyer bears the loss", misdirected[0].to_account.value), refs);
        ctx.notice(ClauseId::OffPlatform, "Payments to accounts other than the one on the order page are the payer's own error; the platform is not liable for them.");
        let violations = ctx.case.buyer.history.violations;
        let threshold = params.repeat_threshold;
        let repeat = violations >= threshold;
        ctx.branch(
            clause,
            if repeat {
                Branch::PaidElsewhereRepeatOffence
            } else {
                Branch::PaidElsewhereFirstOffence
            },
        );
        ctx.trace(
            clause,
            format!("buyer's earlier violations {violations} vs repeat_threshold {threshold}"),
            if repeat {
                "repeat: permanent ban"
            } else {
                "first: no sanction"
            },
        );
        if repeat {
            ctx.reason(
                clause,
                format!(
                    "the buyer has {violations} earlier violation(s) of this kind: permanent ban"
                ),
                vec!["buyer.history.violations".to_string()],
            );
            ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
        } else {
            ctx.counterfactual(format!(
                "with {threshold} or more earlier violations the buyer would have been banned"
            ));
        }
        ctx.follow_up(
            Actor::Support,
            "cancel the order; the crypto stays with the seller",
            None,
            clause,
        );
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.branch(clause, Branch::PaidToTheOrderPagesAccount);
    ctx.reason(clause, format!("the buyer paid to the account on the order page ({page}): the buyer followed the binding details"), vec!["order.payment_method.account".to_string()]);
    let paid = ctx.facts.paid;
    // The funds must be shown back by the end of the seller's window: a bounce-back recorded
    // after it does not undo the release the window's end decided.
    let due = ctx.contact_due(Party::Seller, params.seller_response);
    let bounced = ctx.facts.refund_by(paid, due);
    if bounced.complete {
        ctx.branch(clause, Branch::FundsBouncedBack);
        ctx.reason(
            clause,
            "the funds came back to the buyer: the order is cancelled",
            bounced.refs(),
        );
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    if bounced.partial() {
        // Part of the money came back and part did not: neither a cancellation nor a release
        // squares the accounts.
        ctx.branch(clause, Branch::FundsPartlyBouncedBack);
        ctx.reason(
            clause,
            format!("only part of the {paid} {} came back to the buyer: a person must reconcile what reached the seller", ctx.case.order.fiat),
            bounced.refs(),
        );
        ctx.tell_support(
            clause,
            "reconcile the amounts with both banks, then release or cancel and refund the rest",
        );
        return Verdict::done(Decision::Escalate);
    }
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.seller_response,
        "show that the funds came back to the buyer, or release",
    );
    if !deadline.passed {
        return ctx.wait(clause, &deadline, Decision::ReleaseToBuyer, "if the seller has not shown the funds came back by then, release the crypto to the buyer");
    }
    ctx.missed(Party::Seller);
    ctx.reason(clause, format!("no sign by {} that the funds came back: the payment stands and the crypto goes to the buyer", ctx.show(deadline.due)), vec!["timeline".to_string()]);
    ctx.tell_support(clause, "release the crypto to the buyer");
    super::buyer_release::late_refund_goes_back(ctx, clause, deadline.due);
    Verdict::done(Decision::ReleaseToBuyer)
}

/// The payments seller 2.a counts: those that arrived by the end of the buyer's top-up window
/// (`top_up_window` from support's contact with the buyer), and those after it. Before that
/// contact every payment so far counts. `None` when the policy has no seller 2.a in
/// `top_up_or_refund` mode (no window: every payment counts).
pub struct TopUps<'a> {
    pub closes: Option<Time>,
    pub in_time: Vec<&'a Payment>,
    pub late: Vec<&'a Payment>,
}

pub fn top_ups<'a>(ctx: &Ctx<'a>) -> Option<TopUps<'a>> {
    let window = ctx
        .params()
        .seller_2a
        .as_ref()
        .filter(|t| t.mode == UnderpaymentMode::TopUpOrRefund)?
        .top_up_window;
    let closes = ctx
        .facts
        .contact(Party::Buyer)
        .map(|contact| ctx.add(contact.at.value, window));
    let (in_time, late) = ctx
        .facts
        .payments
        .iter()
        .copied()
        .partition(|p| closes.is_none_or(|due| p.at.value <= due));
    Some(TopUps {
        closes,
        in_time,
        late,
    })
}

/// 2.a — the buyer paid less than the order amount. The rule's outcome list is lost; the
/// policy's `mode` says what happens: `top_up_or_refund` (the buyer may pay the shortfall within
/// `top_up_window` of support's contact, else the seller refunds what arrived and the order is
/// cancelled) or `partial_release` (the part paid for is released, rounded down).
pub fn underpayment(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller2a;
    let Some(params) = &ctx.params().seller_2a else {
        return Verdict::done(Decision::Escalate);
    };
    let order = &ctx.case.order;
    let fiat = order.fiat.clone();
    let amount = order.amount.value;
    let paid = ctx.facts.paid;
    let tolerance = ctx.policy.limits.amount_tolerance;
    let window = params.top_up_window;
    let partial_release = params.mode == UnderpaymentMode::PartialRelease;
    let TopUps { in_time, late, .. } = top_ups(ctx).unwrap_or_else(|| TopUps {
        closes: None,
        in_time: ctx.facts.payments.clone(),
        late: Vec::new(),
    });
    let paid_in_time: Decimal = in_time.iter().map(|p| p.amount.value).sum();
    let shortfall = amount - paid_in_time;
    ctx.trace(
        clause,
        format!("paid {paid_in_time} in time vs order amount {amount} (tolerance {tolerance})"),
        format!("shortfall {shortfall} {fiat}"),
    );
    let refs: Vec<String> = in_time
        .iter()
        .map(|p| format!("{}.amount", p.path()))
        .collect();
    if shortfall <= tolerance {
        ctx.branch(clause, Branch::ToppedUp);
        ctx.reason(
            clause,
            format!(
                "the payments now cover the order amount ({paid_in_time} {fiat}): the crypto is released"
            ),
            refs,
        );
        ctx.tell_support(clause, "release the crypto to the buyer");
        return Verdict::done(Decision::ReleaseToBuyer);
    }
    ctx.reason(
        clause,
        format!(
            "the buyer paid {paid_in_time} {fiat} of {amount} {fiat}: {shortfall} {fiat} short"
        ),
        refs,
    );
    if partial_release {
        ctx.branch(clause, Branch::PartialRelease);
        let decimals = params.asset_decimals;
        let Some(units) = paid.checked_div(order.price.value) else {
            ctx.reason(
                clause,
                "the quantity paid for is beyond exact decimal range: a person must work it out",
                vec!["order.price".to_string()],
            );
            return Verdict::done(Decision::Escalate);
        };
        let quantity = units.round_dp_with_strategy(decimals, RoundingStrategy::ToZero);
        let covered = quantity * order.price.value;
        ctx.reason(clause, format!("partial release: {quantity} {} for the {paid} {fiat} received (rounded down to {decimals} decimals)", order.asset), vec!["order.price".to_string()]);
        ctx.tell_support(
            clause,
            format!(
                "release {quantity} {} to the buyer and return the rest to the seller",
                order.asset
            ),
        );
        let remainder = paid - covered;
        if remainder > Decimal::ZERO {
            ctx.follow_up(
                Party::Seller,
                format!("refund the {remainder} {fiat} not covered by the released quantity"),
                None,
                clause,
            );
        }
        return Verdict::done(Decision::ReleaseToBuyer).with_amount(quantity);
    }
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        window,
        format!("pay the missing {shortfall} {fiat}"),
    );
    if !deadline.passed {
        return ctx.wait(clause, &deadline, Decision::ReleaseToBuyer, format!("if the shortfall is paid by then, release; if not, the seller refunds the {paid} {fiat} received and the order is cancelled"));
    }
    ctx.missed(Party::Buyer);
    ctx.reason(clause, format!("the buyer did not pay the shortfall by {}: the seller refunds what arrived and the order is cancelled", ctx.show(deadline.due)), vec!["payments".to_string()]);
    // The ruling is final from the moment the window closed: it settles what had arrived by
    // then. A payment after it does not reopen it; it is a transfer of its own, returned as such.
    let refund = ctx.facts.refund_of(paid_in_time);
    let returned_beyond = (refund.returned - paid_in_time).max(Decimal::ZERO);
    return_late_payments(ctx, clause, &late, returned_beyond);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(
            clause,
            format!("the seller refunded the {paid_in_time} {fiat} received"),
            refund.refs(),
        );
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    let owed = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    ctx.follow_up(
        Party::Seller,
        format!("refund the {owed} {fiat} still held to the buyer"),
        None,
        clause,
    );
    ctx.tell_support(clause, "cancel the order once the refund is confirmed");
    Verdict::done(Decision::RefundBuyer).with_amount(owed)
}

/// Payments that arrived after seller 2.a's window closed: each is stated, and what the seller
/// has not already sent back beyond the refund of the rest (`returned_beyond`) is to be returned
/// as a transfer of its own. The ruling, made when the window closed, stays as it is.
fn return_late_payments(
    ctx: &mut Ctx,
    clause: ClauseId,
    late: &[&Payment],
    returned_beyond: Decimal,
) {
    let fiat = ctx.case.order.fiat.clone();
    for payment in late {
        ctx.reason(
            clause,
            format!(
                "{} {fiat} arrived at {}, after the window closed: it does not complete the order and goes back to the buyer as a payment of its own",
                payment.amount.value,
                ctx.show(payment.at.value)
            ),
            vec![payment.path()],
        );
    }
    let late_total: Decimal = late.iter().map(|p| p.amount.value).sum();
    let to_return = late_total - returned_beyond.min(late_total);
    if to_return > Decimal::ZERO {
        ctx.follow_up(
            Party::Seller,
            format!(
                "return the {to_return} {fiat} that arrived after the window closed to the buyer"
            ),
            None,
            clause,
        );
    }
}
