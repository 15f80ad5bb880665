//! Appeals by the Buyer, 1: the seller does not release after the buyer paid.
//! MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 1.a (refusal, incl. price), 1.b (late
//! release) and 1.c (sensitive words in the payment remarks).

use rust_decimal::Decimal;

use crate::model::case::{EvidenceKind, Stance};
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Actor, Decision, Party};

use super::Verdict;
use super::context::Ctx;
use super::facts::AmountCheck;

/// 1.a — the seller refuses to release (also over the price).
///
/// Inside the price band the seller gets `seller_response` from support's contact; silence or a
/// refusal then releases the crypto to the buyer. Outside the band the seller must refund the
/// full payment within `refund_window`; the order is cancelled once refunded, and a refusal or
/// delay without valid justification releases the crypto to the buyer.
pub fn refusal(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer1a;
    let Some(params) = &ctx.params().buyer_1a else {
        return Verdict::done(Decision::Escalate);
    };
    let band = params.price_band_pct;
    let order = &ctx.case.order;
    let Some(reference) = &order.reference_price else {
        ctx.branch(clause, Branch::NoReferencePrice);
        ctx.trace(
            clause,
            "order.reference_price",
            "missing: the price band cannot be checked",
        );
        ctx.reason(
            clause,
            "the platform's reference price at order creation is not in the case; the price band cannot be checked",
            vec!["order.reference_price".to_string()],
        );
        let deadline = ctx.evidence_deadline(
            clause,
            Actor::Support,
            "the platform's reference price at order creation (order.reference_price)",
        );
        if deadline.passed {
            ctx.tell_support(
                clause,
                "decide the price question by hand: the reference price never reached the case",
            );
            return Verdict::done(Decision::Escalate);
        }
        return ctx.hold(clause, &deadline, Decision::RequestEvidence);
    };
    // A reference price so small that the deviation leaves decimal range is as far out of the
    // band as a price can be.
    let deviation = (order.price.value - reference.value)
        .checked_div(reference.value)
        .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED));
    let inside = deviation.is_some_and(|d| d.abs() <= band);
    let shown = match deviation {
        Some(d) => format!("{:+.2} %", d.round_dp(2)),
        None => "too far".to_string(),
    };
    ctx.trace(
        clause,
        format!(
            "price {} vs reference {}: {shown} of reference, band ±{band} %",
            order.price.value, reference.value
        ),
        if inside { "inside" } else { "outside" },
    );
    let low = reference.value * (Decimal::ONE_HUNDRED - band) / Decimal::ONE_HUNDRED;
    let high = reference.value * (Decimal::ONE_HUNDRED + band) / Decimal::ONE_HUNDRED;
    ctx.branch(
        clause,
        if inside {
            Branch::InsideBand
        } else {
            Branch::OutsideBand
        },
    );
    if inside {
        ctx.counterfactual(format!(
            "a price outside {}–{} {} would have required a full refund instead of a release",
            low.round_dp(8).normalize(),
            high.round_dp(8).normalize(),
            order.fiat
        ));
        ctx.reason(
            clause,
            format!("the order price is {shown} of the reference price, inside the ±{band} % band: the crypto is due to the buyer"),
            vec!["order.price".to_string(), "order.reference_price".to_string()],
        );
        let window = params.seller_response;
        let deadline = ctx.contact_deadline(
            clause,
            Party::Seller,
            window,
            "respond or release the crypto",
        );
        if !deadline.passed {
            return ctx.wait(
                clause,
                &deadline,
                Decision::ReleaseToBuyer,
                "if the seller has not released by then, release the crypto to the buyer",
            );
        }
        ctx.missed(Party::Seller);
        let refusals = ctx.facts.responses(Party::Seller, Some(Stance::Refuses));
        let finding = if refusals.is_empty() {
            format!("the seller did not release by {}", ctx.show(deadline.due))
        } else {
            format!(
                "the seller refused and did not release by {}; a refusal inside the band does not stop the release",
                ctx.show(deadline.due)
            )
        };
        let mut refs = vec!["timeline".to_string()];
        refs.extend(refusals.iter().map(|e| e.path()));
        ctx.reason(clause, finding, refs);
        ctx.tell_support(clause, "release the crypto to the buyer");
        return Verdict::done(Decision::ReleaseToBuyer);
    }
    ctx.counterfactual(format!(
        "a price within {}–{} {} would have released the crypto to the buyer",
        low.round_dp(8).normalize(),
        high.round_dp(8).normalize(),
        order.fiat
    ));
    let paid = ctx.facts.paid;
    ctx.reason(
        clause,
        format!("the order price is {shown} of the reference price, outside the ±{band} % band: no release; the seller must refund the full {paid} {}", order.fiat),
        vec!["order.price".to_string(), "order.reference_price".to_string()],
    );
    refund_then_cancel(
        ctx,
        clause,
        params.refund_window,
        paid,
        RefundMissed::Release,
    )
}

/// What happens when a refund the seller owes does not come in time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RefundMissed {
    /// 1.a out of band: unjustified refusal or delay releases the crypto to the buyer.
    Release,
    /// The refund stays owed; the ruling becomes final as it is.
    StaysOwed,
}

/// The seller refunds `owed` within `window` of support's contact; the order is then cancelled.
pub fn refund_then_cancel(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: crate::vocab::duration::PolicyDuration,
    owed: Decimal,
    missed: RefundMissed,
) -> Verdict {
    let fiat = ctx.case.order.fiat.clone();
    // Where a missed refund releases the crypto, the window is the refund's last moment: a
    // refund after it does not undo the release the window's end decided. Where the refund
    // simply stays owed, a late refund is that ruling carried out.
    let due = match missed {
        RefundMissed::Release => ctx.contact_due(Party::Seller, window),
        RefundMissed::StaysOwed => None,
    };
    let refund = ctx.facts.refund_by(owed, due);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(
            clause,
            format!("the seller refunded the {owed} {fiat}: the order is cancelled"),
            refund.refs(),
        );
        ctx.follow_up(
            Actor::Support,
            "cancel the order; the crypto stays with the seller",
            None,
            clause,
        );
        return Verdict::done(Decision::CancelOrder);
    }
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        format!("refund {outstanding} {fiat} to the account it was paid from"),
    );
    if !deadline.passed {
        return ctx.wait(clause, &deadline, Decision::RefundBuyer, match missed {
                RefundMissed::Release => "if the refund has not arrived by then and the seller has no valid justification, release the crypto to the buyer",
                RefundMissed::StaysOwed => "if the refund has not arrived by then, it stays owed: press the seller for it; the crypto is not released on this payment",
            }).with_amount(outstanding);
    }
    if missed == RefundMissed::Release {
        if ctx.case.findings.valid_refund_justification {
            ctx.reason(
                clause,
                format!(
                    "the refund was not complete by {}, but support found the seller's reason valid: no release, the refund stays owed",
                    ctx.show(deadline.due)
                ),
                vec!["findings.valid_refund_justification".to_string()],
            );
            ctx.tell_support(
                clause,
                "agree a new refund date with the seller and record it",
            );
            return Verdict::done(Decision::RefundBuyer).with_amount(outstanding);
        }
        ctx.missed(Party::Seller);
        if refund.partial() {
            // Releasing on top of money already returned would pay the buyer twice; cancelling
            // would leave the rest unpaid.
            ctx.branch(clause, Branch::PartlyRefunded);
            ctx.reason(
                clause,
                format!("the seller refunded only part of the payment by {}: neither a release nor a cancellation settles it as it stands", ctx.show(deadline.due)),
                refund.refs(),
            );
            ctx.tell_support(
                clause,
                format!("settle it by hand: either the seller refunds the remaining {outstanding} {fiat} and the order is cancelled, or the buyer returns the {} {fiat} already refunded and the crypto is released", refund.returned),
            );
            return Verdict::done(Decision::Escalate);
        }
        ctx.reason(
            clause,
            format!("the seller did not refund by {} and gave no valid justification: the crypto goes to the buyer", ctx.show(deadline.due)),
            vec!["timeline".to_string(), "findings.valid_refund_justification".to_string()],
        );
        ctx.tell_support(clause, "release the crypto to the buyer");
        late_refund_goes_back(ctx, clause, deadline.due);
        return Verdict::done(Decision::ReleaseToBuyer);
    }
    ctx.missed(Party::Seller);
    ctx.reason(
        clause,
        format!(
            "the refund was not complete by {}: {outstanding} {fiat} stays owed",
            ctx.show(deadline.due)
        ),
        vec!["timeline".to_string()],
    );
    ctx.follow_up(
        Party::Seller,
        format!("refund {outstanding} {fiat} to the paying account now"),
        None,
        clause,
    );
    ctx.tell_support(
        clause,
        "press the seller for the refund and cancel the order once it is confirmed; the crypto stays in escrow until then",
    );
    Verdict::done(Decision::RefundBuyer).with_amount(outstanding)
}

/// Refunds recorded after the window that decided a release: they do not undo it. Each is
/// stated, and the buyer, who gets the crypto, is to send the money back to the seller.
pub fn late_refund_goes_back(ctx: &mut Ctx, clause: ClauseId, due: crate::vocab::time::Time) {
    let late: Vec<_> = ctx
        .facts
        .all(|k| matches!(k, crate::model::case::EventKind::RefundCompleted { .. }))
        .into_iter()
        .filter(|e| e.at.value > due)
        .collect();
    if late.is_empty() {
        return;
    }
    let refs = late.iter().map(|e| e.path()).collect();
    ctx.reason(
        clause,
        format!(
            "money came back to the buyer after the window closed at {}: it does not undo the release",
            ctx.show(due)
        ),
        refs,
    );
    ctx.follow_up(
        Party::Buyer,
        "send back to the seller the money returned after the window closed",
        None,
        clause,
    );
}

/// 1.a's precondition fails: the buyer paid from an account not in their verified name. Such a
/// payment never entitles the buyer to the crypto; the seller refunds it to the paying account.
pub fn third_party_payment(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer1a;
    let Some(params) = &ctx.params().buyer_1a else {
        return Verdict::done(Decision::Escalate);
    };
    let window = params.refund_window;
    let paid = ctx.facts.paid;
    ctx.branch(clause, Branch::ThirdPartyPayment);
    ctx.trace(
        clause,
        "payer names vs buyer's verified name",
        "mismatch: not eligible for release",
    );
    let mut payers: Vec<String> = ctx
        .facts
        .third_party_payments()
        .iter()
        .map(|p| p.payer_name.value.clone())
        .collect();
    payers.sort();
    payers.dedup();
    ctx.reason(
        clause,
        format!(
            "the payer ({}) is not the buyer ({}): the crypto cannot be released; the {paid} {} goes back to the paying account",
            payers.join(", "),
            ctx.case.buyer.verified_name.value,
            ctx.case.order.fiat
        ),
        vec!["buyer.verified_name".to_string()],
    );
    refund_then_cancel(ctx, clause, window, paid, RefundMissed::StaysOwed)
}

/// The buyer appeals a non-release, but no payment is on file: ask the buyer for proof.
pub fn no_payment_on_file(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.trace(clause, "payments", "none on file");
    ctx.reason(
        clause,
        "the buyer appeals a non-release, but the case holds no payment",
        vec!["payments".to_string()],
    );
    let late: Vec<String> = ctx.facts.payments.iter().map(|p| p.path()).collect();
    if !late.is_empty() {
        ctx.reason(
            clause,
            "the payments recorded came after the window for proof of payment closed: they do not meet it",
            late,
        );
    }
    let deadline = ctx.evidence_deadline(
        clause,
        Actor::Buyer,
        "proof of payment (an official bank receipt)",
    );
    if deadline.passed {
        ctx.missed(Party::Buyer);
        ctx.reason(
            clause,
            format!(
                "no proof of payment by {}: the order is cancelled",
                ctx.show(deadline.due)
            ),
            vec!["payments".to_string()],
        );
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.hold(clause, &deadline, Decision::RequestEvidence)
}

/// 1.b — the seller is slow to release.
///
/// Instant payment: the seller has `instant_release` from support's contact, then support
/// releases. Non-instant: `non_instant_release`; a seller who by then shows a bank statement
/// without the funds gets a payment trace, a seller who never answered is taken to have
/// received the payment.
pub fn late_release(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer1b;
    let Some(params) = &ctx.params().buyer_1b else {
        return Verdict::done(Decision::Escalate);
    };
    let instant = ctx.facts.instant();
    let (window, name) = if instant {
        (params.instant_release, "instant_release")
    } else {
        (params.non_instant_release, "non_instant_release")
    };
    ctx.branch(
        clause,
        if instant {
            Branch::Instant
        } else {
            Branch::NonInstant
        },
    );
    ctx.trace(
        clause,
        "payment rail",
        format!(
            "{} → {name} = {}",
            if instant { "instant" } else { "not instant" },
            window.describe()
        ),
    );
    let refs: Vec<String> = ctx.facts.payments.iter().map(|p| p.path()).collect();
    ctx.reason(
        clause,
        format!(
            "the buyer paid the full amount {}: the seller has {} from support's contact to release",
            match (instant, ctx.facts.payments.len()) {
                (true, _) => "by a real-time method",
                (false, 1) => "by a non-instant method",
                (false, _) => "and not all of it by a real-time method",
            },
            window.describe()
        ),
        refs,
    );
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        if instant {
            "release the crypto"
        } else {
            "release the crypto, or show a bank statement if the money has not arrived"
        },
    );
    if !instant {
        let statements: Vec<_> = ctx
            .facts
            .sound_evidence_of(Party::Seller, &[EvidenceKind::BankStatement])
            .into_iter()
            .filter(|e| e.shows_receipt == Some(false) && e.at.value <= deadline.due)
            .collect();
        if let Some(statement) = statements.first() {
            ctx.branch(clause, Branch::BankStatementWithoutTheFunds);
            ctx.reason(
                clause,
                "the seller's bank statement does not show the payment: the payment must be traced with both banks",
                vec![format!("evidence[{}]", statement.index)],
            );
            ctx.tell_support(
                clause,
                "trace the payment with the buyer's and the seller's banks",
            );
            ctx.follow_up(
                Party::Buyer,
                "ask the paying bank for a transfer confirmation (trace) and upload it",
                None,
                clause,
            );
            return Verdict::done(Decision::Escalate);
        }
    }
    if !deadline.passed {
        ctx.counterfactual(format!(
            "after {} without a release, support releases the crypto",
            ctx.show(deadline.due)
        ));
        return ctx.wait(
            clause,
            &deadline,
            Decision::ReleaseToBuyer,
            "if the seller has not released by then, release the crypto to the buyer",
        );
    }
    ctx.missed(Party::Seller);
    let answered = ctx
        .facts
        .responses(Party::Seller, None)
        .into_iter()
        .any(|e| e.at.value <= deadline.due);
    let finding = if instant {
        format!(
            "the seller did not release within {} of support's contact",
            window.describe()
        )
    } else if answered {
        format!(
            "the seller answered but sent no bank statement by {}: the payment counts as received",
            ctx.show(deadline.due)
        )
    } else {
        format!(
            "the seller did not answer within {}: the payment counts as received",
            window.describe()
        )
    };
    ctx.reason(clause, finding, vec!["timeline".to_string()]);
    ctx.tell_support(clause, "release the crypto to the buyer");
    Verdict::done(Decision::ReleaseToBuyer)
}

/// 1.c — sensitive words in the buyer's payment remarks. Support asks the seller to refund or
/// release; a release is at the seller's sole risk, a refund's fees are the buyer's.
pub fn sensitive_remarks(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer1c;
    let Some(params) = &ctx.params().buyer_1c else {
        return Verdict::done(Decision::Escalate);
    };
    let matches = ctx.facts.remark_terms(&params.sensitive_terms);
    let quoted: Vec<String> = matches
        .iter()
        .map(|(p, terms)| {
            format!(
                "{} \"{}\" ({})",
                p.path(),
                p.remarks.as_ref().map(|r| r.value.as_str()).unwrap_or(""),
                terms.join(", ")
            )
        })
        .collect();
    ctx.trace(
        clause,
        "payment remarks vs sensitive_terms",
        if quoted.is_empty() {
            "no sensitive word found".to_string()
        } else {
            quoted.join("; ")
        },
    );
    let refs = matches
        .iter()
        .map(|(p, _)| format!("{}.remarks", p.path()))
        .collect();
    if quoted.is_empty() {
        ctx.reason(clause, "the appeal cites sensitive remarks, but none of the policy's sensitive words is in the payment remarks", refs);
    } else {
        ctx.reason(
            clause,
            format!(
                "the payment remarks contain sensitive words: {}",
                quoted.join("; ")
            ),
            refs,
        );
    }
    let fiat = ctx.case.order.fiat.clone();
    let refs: Vec<String> = ctx
        .facts
        .payments
        .iter()
        .map(|p| format!("{}.amount", p.path()))
        .collect();
    match ctx.facts.amount_check(ctx.policy) {
        AmountCheck::Exact => {}
        AmountCheck::Over(excess) => ctx.reason(
            clause,
            format!("the buyer also paid {excess} {fiat} more than the order amount: a refund returns all of it; after a release the excess is still owed back (buyer 2.a)"),
            refs,
        ),
        AmountCheck::Under(short) => ctx.reason(
            clause,
            format!("the buyer also paid {short} {fiat} less than the order amount: a release needs the shortfall paid first (seller 2.a)"),
            refs,
        ),
    }
    if let Some(released) = ctx.facts.released() {
        ctx.branch(clause, Branch::Released);
        ctx.reason(
            clause,
            "the seller released the crypto",
            vec![released.path()],
        );
        ctx.notice(clause, "The seller chose to release despite the sensitive remarks and alone bears any consequences of that release; the platform is not liable for them.");
        return Verdict::done(Decision::Closed);
    }
    let refund = ctx.facts.refund_of(ctx.facts.paid);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(clause, "the seller refunded the payment", refund.refs());
        ctx.notice(clause, "The buyer bears the fees of the refund.");
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.decision_window,
        "either refund the buyer or release the crypto",
    );
    if !deadline.passed {
        ctx.notice(clause, "If the seller releases, the seller alone bears the consequences; if the seller refunds, the buyer bears the refund fees.");
        return ctx.wait(
            clause,
            &deadline,
            Decision::SellerChoice,
            "if the seller has done neither by then, escalate to a senior agent",
        );
    }
    ctx.missed(Party::Seller);
    ctx.reason(
        clause,
        format!(
            "the seller neither refunded nor released by {}",
            ctx.show(deadline.due)
        ),
        vec!["timeline".to_string()],
    );
    ctx.follow_up(
        Actor::Support,
        "a senior agent decides between refund and release; the rule leaves no default",
        None,
        clause,
    );
    Verdict::done(Decision::Escalate)
}
