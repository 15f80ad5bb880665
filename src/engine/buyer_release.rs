//! Appeals by the Buyer, 1: the seller does not release after the buyer paid.
//! MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 1.a (refusal, incl. price), 1.b (late
//! release) and 1.c (sensitive words in the payment remarks).

use rust_decimal::Decimal;

use crate::model::case::{EvidenceKind, Stance};
use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{Deviation, List, Money, Name, Quote, Series, Word};
use crate::model::params;
use crate::vocab::decision::{Actor, Decision, Party};

use super::Verdict;
use super::context::Ctx;
use super::facts::{AmountCheck, Refund};

mod said {
    use rust_decimal::Decimal;

    use crate::model::case_ref::CaseRef;
    use crate::model::message::{
        Deviation, List, Message, Money, Name, Quote, Series, Word, messages,
    };
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// The trace looks at the reference price.
        reference_price = "buyer.1a.trace.reference_price" ();
        /// The reference price is missing, so the band cannot be checked.
        reference_missing_outcome = "buyer.1a.trace.reference_missing" ();
        /// The reference price at order creation is not in the case.
        reference_missing = "buyer.1a.reference_missing" ();
        /// What support must add: the platform's reference price.
        ask_reference = "buyer.1a.ask.reference_price" ();
        /// The reference price never came: support decides the price question by hand.
        decide_price = "buyer.1a.decide_price" ();
        /// A deviation from the reference price, in percent.
        deviation = "buyer.1a.deviation" (deviation: Deviation);
        /// A deviation too large to compute.
        too_far = "buyer.1a.deviation.too_far" ();
        /// The trace of the price against the band.
        price_trace = "buyer.1a.trace.price" (price: Decimal, reference: Decimal, deviation: Message, band: Decimal);
        /// The price is inside the band.
        inside_outcome = "buyer.1a.trace.inside" ();
        /// The price is outside the band.
        outside_outcome = "buyer.1a.trace.outside" ();
        /// A price outside the band would have called for a refund instead.
        if_outside = "buyer.1a.if_outside" (low: Decimal, high: Decimal, fiat: Name);
        /// The price is inside the band: the crypto is due to the buyer.
        inside_band = "buyer.1a.inside_band" (deviation: Message, band: Decimal);
        /// What the seller must do: respond or release.
        ask_respond = "buyer.1a.ask.respond" ();
        /// What follows if the seller has not released in time.
        if_not_released = "buyer.1a.if_not_released" ();
        /// The seller did not release in time.
        not_released = "buyer.1a.not_released" (due: Time);
        /// The seller refused and did not release in time; inside the band that does not count.
        refused_not_released = "buyer.1a.refused_not_released" (due: Time);
        /// Support releases the crypto to the buyer.
        release = "buyer.1a.release" ();
        /// A price inside the band would have released the crypto.
        if_inside = "buyer.1a.if_inside" (low: Decimal, high: Decimal, fiat: Name);
        /// The price is outside the band: the seller must refund the full payment.
        outside_band = "buyer.1a.outside_band" (deviation: Message, band: Decimal, paid: Money);
        /// The seller refunded what was owed: the order is cancelled.
        refunded = "refund.refunded" (owed: Money);
        /// Support cancels the order; the crypto stays with the seller.
        cancel_keep = "refund.cancel_keep" ();
        /// What the seller must do: refund to the paying account.
        ask_refund = "refund.ask" (outstanding: Money);
        /// What follows a missed refund where it releases the crypto.
        if_missed_release = "refund.if_missed.release" ();
        /// What follows a missed refund where it stays owed.
        if_missed_owed = "refund.if_missed.stays_owed" ();
        /// The refund is late, but support found the seller's reason valid.
        justified = "refund.justified" (due: Time);
        /// Support agrees a new refund date with the seller.
        new_date = "refund.new_date" ();
        /// Only part came back: neither a release nor a cancellation settles it.
        partly_refunded = "refund.partly_refunded" (due: Time);
        /// Support settles a partial refund by hand, one way or the other.
        settle_partial = "refund.settle_partial" (outstanding: Money, returned: Money);
        /// No refund in time and no valid reason: the crypto goes to the buyer.
        missed_release = "refund.missed.release" (due: Time);
        /// No complete refund in time: the rest stays owed.
        missed_owed = "refund.missed.stays_owed" (due: Time, outstanding: Money);
        /// What the seller must do now: refund the rest.
        refund_now = "refund.now" (outstanding: Money);
        /// Support presses the seller and cancels once refunded.
        press_seller = "refund.press_seller" ();
        /// Money came back after the window that decided a release: it does not undo it.
        late_refund = "refund.late" (due: Time);
        /// The buyer sends back what came after the window.
        send_back = "refund.send_back" ();
        /// The trace compares payer names with the buyer's verified name.
        payer_names = "buyer.1a.trace.payer_names" ();
        /// The payer is someone else: no release.
        mismatch_outcome = "buyer.1a.trace.mismatch" ();
        /// The payer is not the buyer: the money goes back to the paying account.
        third_party = "buyer.1a.third_party" (payers: List, buyer: Name, paid: Money);
        /// The trace looks at the payments on file.
        payments_trace = "payments.trace" ();
        /// No payment is on file.
        none_on_file_outcome = "payments.trace.none_on_file" ();
        /// The buyer appeals a non-release, but no payment is on file.
        none_on_file = "payments.none_on_file" ();
        /// The payments on file came after the proof window: they do not meet it.
        after_proof_window = "payments.after_proof_window" ();
        /// What the buyer must bring: proof of payment.
        ask_proof = "payments.ask.proof" ();
        /// No proof in time: the order is cancelled.
        no_proof = "payments.no_proof" (due: Time);
        /// The trace looks at the payment rail.
        rail = "buyer.1b.trace.rail" ();
        /// The rail and the window it gives.
        rail_window = "buyer.1b.trace.rail_window" (rail: Word, parameter: Name, length: PolicyDuration);
        /// The buyer paid in full; the seller has the window from support's contact.
        paid_in_full = "buyer.1b.paid_in_full" (method: Word, length: PolicyDuration);
        /// What the seller must do after an instant payment.
        ask_release = "buyer.1b.ask.release" ();
        /// What the seller must do after a non-instant payment.
        ask_release_or_statement = "buyer.1b.ask.release_or_statement" ();
        /// The seller's bank statement does not show the payment: trace it.
        statement_without_funds = "buyer.1b.statement_without_funds" ();
        /// Support traces the payment with both banks.
        trace_banks = "buyer.1b.trace_banks" ();
        /// What the buyer must bring: a transfer confirmation.
        ask_trace = "buyer.1b.ask.trace" ();
        /// After the window without a release, support releases.
        if_silent = "buyer.1b.if_silent" (due: Time);
        /// The seller did not release within the window.
        not_released_1b = "buyer.1b.not_released" (length: PolicyDuration);
        /// The seller answered but sent no statement: the payment counts as received.
        no_statement = "buyer.1b.no_statement" (due: Time);
        /// The seller did not answer: the payment counts as received.
        no_answer = "buyer.1b.no_answer" (length: PolicyDuration);
        /// A payment's remarks, with the sensitive words found in them.
        remark = "buyer.1c.remark" (place: CaseRef, remarks: Quote, terms: List);
        /// The trace compares the remarks with the sensitive terms.
        remarks_trace = "buyer.1c.trace.remarks" ();
        /// No sensitive word in the remarks.
        no_term_outcome = "buyer.1c.trace.no_term" ();
        /// The remarks with their sensitive words.
        terms_outcome = "buyer.1c.trace.terms" (remarks: Series);
        /// The appeal cites sensitive remarks, but none is found.
        no_term = "buyer.1c.no_term" ();
        /// The remarks contain sensitive words.
        terms = "buyer.1c.terms" (remarks: Series);
        /// The buyer also paid too much.
        overpaid = "buyer.1c.overpaid" (excess: Money);
        /// The buyer also paid too little.
        underpaid = "buyer.1c.underpaid" (short: Money);
        /// The seller released.
        released = "buyer.1c.released" ();
        /// A release despite the remarks is at the seller's sole risk.
        released_notice = "buyer.1c.released.notice" ();
        /// The seller refunded the payment.
        refunded_payment = "buyer.1c.refunded" ();
        /// The buyer bears the refund's fees.
        fees_notice = "buyer.1c.fees.notice" ();
        /// Support cancels the order.
        cancel = "buyer.1c.cancel" ();
        /// What the seller must do: refund or release.
        ask_choice = "buyer.1c.ask.choice" ();
        /// Who bears what, whichever the seller chooses.
        choice_notice = "buyer.1c.choice.notice" ();
        /// What follows if the seller does neither.
        if_neither = "buyer.1c.if_neither" ();
        /// The seller did neither in time.
        neither = "buyer.1c.neither" (due: Time);
        /// A senior agent decides; the rule gives no default.
        senior_decides = "buyer.1c.senior_decides" ();
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// 1.a — the seller refuses to release (also over the price).
///
/// Inside the price band the seller gets `seller_response` from support's contact; silence or a
/// refusal then releases the crypto to the buyer. Outside the band the seller must refund the
/// full payment within `refund_window`; the order is cancelled once refunded, and a refusal or
/// delay without valid justification releases the crypto to the buyer.
pub fn refusal(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer1a) -> Verdict {
    let order = &ctx.case.order;
    let Some(reference) = &order.reference_price else {
        return no_reference_price(ctx, clause);
    };
    let band = PriceBand::around(reference.value, params.price_band_pct);
    let deviation = band.deviation(order.price.value);
    let inside = band.contains(deviation);
    ctx.trace(
        clause,
        said::price_trace(
            order.price.value,
            reference.value,
            PriceBand::said(deviation),
            band.pct,
        ),
        if inside {
            said::inside_outcome()
        } else {
            said::outside_outcome()
        },
    );
    let (low, high) = band.limits();
    let fiat = Name(&order.fiat);
    if inside {
        ctx.branch(clause, Branch::InsideBand);
        ctx.counterfactual(said::if_outside(low, high, fiat));
        ctx.reason(
            clause,
            said::inside_band(PriceBand::said(deviation), band.pct),
            vec![
                CaseRef::field(Field::OrderPrice),
                CaseRef::field(Field::OrderReferencePrice),
            ],
        );
        return release_unless_answered(ctx, clause, params.seller_response);
    }
    ctx.branch(clause, Branch::OutsideBand);
    ctx.counterfactual(said::if_inside(low, high, fiat));
    let paid = ctx.facts.paid;
    ctx.reason(
        clause,
        said::outside_band(
            PriceBand::said(deviation),
            band.pct,
            Money(paid, &order.fiat),
        ),
        vec![
            CaseRef::field(Field::OrderPrice),
            CaseRef::field(Field::OrderReferencePrice),
        ],
    );
    refund_then_cancel(
        ctx,
        clause,
        params.refund_window,
        paid,
        RefundMissed::Release,
    )
}

/// Buyer 1.a's acceptable deviation of the order price from the platform's reference price
/// (`price_band_pct`, ± percent).
struct PriceBand {
    reference: Decimal,
    pct: Decimal,
}

impl PriceBand {
    fn around(reference: Decimal, pct: Decimal) -> PriceBand {
        PriceBand { reference, pct }
    }

    /// How far `price` is from the reference, in percent; `None` for a reference so small that
    /// the deviation leaves decimal range (as far out of the band as a price can be).
    fn deviation(&self, price: Decimal) -> Option<Decimal> {
        (price - self.reference)
            .checked_div(self.reference)
            .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED))
    }

    fn contains(&self, deviation: Option<Decimal>) -> bool {
        deviation.is_some_and(|d| d.abs() <= self.pct)
    }

    /// The lowest and highest price inside the band, to 8 decimals.
    fn limits(&self) -> (Decimal, Decimal) {
        let at = |sign: Decimal| {
            (self.reference * (Decimal::ONE_HUNDRED + sign * self.pct) / Decimal::ONE_HUNDRED)
                .round_dp(8)
                .normalize()
        };
        (at(Decimal::NEGATIVE_ONE), at(Decimal::ONE))
    }

    /// A deviation as the ruling states it.
    fn said(deviation: Option<Decimal>) -> crate::model::message::Message {
        match deviation {
            Some(d) => said::deviation(Deviation(d)),
            None => said::too_far(),
        }
    }
}

/// Buyer 1.a without the reference price: support is to add it; once its window has passed, a
/// person decides the price question.
fn no_reference_price(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.branch(clause, Branch::NoReferencePrice);
    ctx.trace(
        clause,
        said::reference_price(),
        said::reference_missing_outcome(),
    );
    ctx.reason(
        clause,
        said::reference_missing(),
        vec![CaseRef::field(Field::OrderReferencePrice)],
    );
    let deadline = ctx.evidence_deadline(clause, Actor::Support, said::ask_reference());
    if deadline.passed {
        ctx.tell_support(clause, said::decide_price());
        return Verdict::done(Decision::Escalate);
    }
    ctx.hold(clause, &deadline, Decision::RequestEvidence)
}

/// Inside the band: the seller has `window` from support's contact; silence or a refusal then
/// releases the crypto to the buyer.
fn release_unless_answered(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: crate::vocab::duration::PolicyDuration,
) -> Verdict {
    let deadline = ctx.contact_deadline(clause, Party::Seller, window, said::ask_respond());
    if !deadline.passed {
        return ctx.wait(
            clause,
            &deadline,
            Decision::ReleaseToBuyer,
            said::if_not_released(),
        );
    }
    ctx.missed(Party::Seller);
    let refusals = ctx.facts.responses(Party::Seller, Some(Stance::Refuses));
    let due = ctx.on_clock(deadline.due);
    let finding = if refusals.is_empty() {
        said::not_released(due)
    } else {
        said::refused_not_released(due)
    };
    let mut refs = vec![CaseRef::field(Field::Timeline)];
    refs.extend(refusals.iter().map(|e| CaseRef::event(e)));
    ctx.reason(clause, finding, refs);
    ctx.tell_support(clause, said::release());
    Verdict::done(Decision::ReleaseToBuyer)
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
        ctx.reason(clause, said::refunded(Money(owed, &fiat)), refund.refs());
        ctx.follow_up(Actor::Support, said::cancel_keep(), None, clause);
        return Verdict::done(Decision::CancelOrder);
    }
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        said::ask_refund(Money(outstanding, &fiat)),
    );
    if !deadline.passed {
        let if_missed = match missed {
            RefundMissed::Release => said::if_missed_release(),
            RefundMissed::StaysOwed => said::if_missed_owed(),
        };
        return ctx
            .wait(clause, &deadline, Decision::RefundBuyer, if_missed)
            .with_amount(outstanding);
    }
    if missed == RefundMissed::Release {
        return missed_refund_releases(ctx, clause, &refund, deadline.due);
    }
    ctx.lapsed(
        clause,
        Party::Seller,
        &deadline,
        |due| said::missed_owed(due, Money(outstanding, &fiat)),
        vec![CaseRef::field(Field::Timeline)],
    );
    ctx.follow_up(
        Party::Seller,
        said::refund_now(Money(outstanding, &fiat)),
        None,
        clause,
    );
    ctx.tell_support(clause, said::press_seller());
    Verdict::done(Decision::RefundBuyer).with_amount(outstanding)
}

/// Buyer 1.a out of band, the refund window closed without the full refund: a valid reason
/// keeps the refund owed; a partial refund goes to a person; otherwise the crypto goes to the
/// buyer.
fn missed_refund_releases(
    ctx: &mut Ctx,
    clause: ClauseId,
    refund: &Refund,
    closed: crate::vocab::time::Time,
) -> Verdict {
    let fiat = ctx.case.order.fiat.clone();
    let outstanding = refund.outstanding;
    let due = ctx.on_clock(closed);
    if ctx.case.findings.valid_refund_justification {
        ctx.reason(
            clause,
            said::justified(due),
            vec![CaseRef::field(Field::FindingsRefundJustification)],
        );
        ctx.tell_support(clause, said::new_date());
        return Verdict::done(Decision::RefundBuyer).with_amount(outstanding);
    }
    ctx.missed(Party::Seller);
    if refund.partial() {
        // Releasing on top of money already returned would pay the buyer twice; cancelling
        // would leave the rest unpaid.
        ctx.branch(clause, Branch::PartlyRefunded);
        ctx.reason(clause, said::partly_refunded(due), refund.refs());
        ctx.tell_support(
            clause,
            said::settle_partial(Money(outstanding, &fiat), Money(refund.returned, &fiat)),
        );
        return Verdict::done(Decision::Escalate);
    }
    ctx.reason(
        clause,
        said::missed_release(due),
        vec![
            CaseRef::field(Field::Timeline),
            CaseRef::field(Field::FindingsRefundJustification),
        ],
    );
    ctx.tell_support(clause, said::release());
    late_refund_goes_back(ctx, clause, closed);
    Verdict::done(Decision::ReleaseToBuyer)
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
    let refs = late.iter().map(|e| CaseRef::event(e)).collect();
    ctx.reason(clause, said::late_refund(ctx.on_clock(due)), refs);
    ctx.follow_up(Party::Buyer, said::send_back(), None, clause);
}

/// 1.a's precondition fails: the buyer paid from an account not in their verified name. Such a
/// payment never entitles the buyer to the crypto; the seller refunds it to the paying account.
pub fn third_party_payment(ctx: &mut Ctx, params: &params::Buyer1a) -> Verdict {
    let clause = ClauseId::Buyer1a;
    let window = params.refund_window;
    let paid = ctx.facts.paid;
    ctx.branch(clause, Branch::ThirdPartyPayment);
    ctx.trace(clause, said::payer_names(), said::mismatch_outcome());
    let mut payers: Vec<String> = ctx
        .facts
        .third_party_payments()
        .iter()
        .map(|p| p.payer_name.value.clone())
        .collect();
    payers.sort();
    payers.dedup();
    let fiat = &ctx.case.order.fiat;
    ctx.reason(
        clause,
        said::third_party(
            List(payers.iter().map(|p| Name(p).into()).collect()),
            Name(&ctx.case.buyer.verified_name.value),
            Money(paid, fiat),
        ),
        vec![CaseRef::field(Field::BuyerVerifiedName)],
    );
    refund_then_cancel(ctx, clause, window, paid, RefundMissed::StaysOwed)
}

/// The buyer appeals a non-release, but no payment is on file: ask the buyer for proof.
pub fn no_payment_on_file(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.trace(clause, said::payments_trace(), said::none_on_file_outcome());
    ctx.reason(
        clause,
        said::none_on_file(),
        vec![CaseRef::field(Field::Payments)],
    );
    let late: Vec<CaseRef> = ctx
        .facts
        .payments
        .iter()
        .map(|p| CaseRef::payment(p))
        .collect();
    if !late.is_empty() {
        ctx.reason(clause, said::after_proof_window(), late);
    }
    let deadline = ctx.evidence_deadline(clause, Actor::Buyer, said::ask_proof());
    if deadline.passed {
        ctx.lapsed(
            clause,
            Party::Buyer,
            &deadline,
            said::no_proof,
            vec![CaseRef::field(Field::Payments)],
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
pub fn late_release(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer1b) -> Verdict {
    let instant = ctx.facts.instant();
    let window = release_window(ctx, clause, params, instant);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        if instant {
            said::ask_release()
        } else {
            said::ask_release_or_statement()
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
                said::statement_without_funds(),
                vec![CaseRef::evidence(statement)],
            );
            ctx.tell_support(clause, said::trace_banks());
            ctx.follow_up(Party::Buyer, said::ask_trace(), None, clause);
            return Verdict::done(Decision::Escalate);
        }
    }
    if !deadline.passed {
        ctx.counterfactual(said::if_silent(ctx.on_clock(deadline.due)));
        return ctx.wait(
            clause,
            &deadline,
            Decision::ReleaseToBuyer,
            said::if_not_released(),
        );
    }
    ctx.missed(Party::Seller);
    let answered = ctx
        .facts
        .responses(Party::Seller, None)
        .into_iter()
        .any(|e| e.at.value <= deadline.due);
    let finding = if instant {
        said::not_released_1b(window)
    } else if answered {
        said::no_statement(ctx.on_clock(deadline.due))
    } else {
        said::no_answer(window)
    };
    ctx.reason(clause, finding, vec![CaseRef::field(Field::Timeline)]);
    ctx.tell_support(clause, said::release());
    Verdict::done(Decision::ReleaseToBuyer)
}

/// What buyer 1.c finds in the payments: the sensitive words in their remarks, and an amount
/// paid that is not the order's.
fn state_remarks(
    ctx: &mut Ctx,
    clause: ClauseId,
    sensitive_terms: &crate::vocab::matching::TermList,
) {
    let matches = ctx.facts.remark_terms(sensitive_terms);
    let quoted: Vec<_> = matches
        .iter()
        .map(|(p, terms)| {
            said::remark(
                CaseRef::payment(p),
                Quote(p.remarks.as_ref().map(|r| r.value.as_str()).unwrap_or("")),
                List(terms.iter().map(|t| Name(t).into()).collect()),
            )
            .into()
        })
        .collect();
    let found = !quoted.is_empty();
    ctx.trace(
        clause,
        said::remarks_trace(),
        if found {
            said::terms_outcome(Series(quoted.clone()))
        } else {
            said::no_term_outcome()
        },
    );
    let refs = matches
        .iter()
        .map(|(p, _)| CaseRef::payment(p).at(ItemField::Remarks))
        .collect();
    if found {
        ctx.reason(clause, said::terms(Series(quoted)), refs);
    } else {
        ctx.reason(clause, said::no_term(), refs);
    }
    let fiat = ctx.case.order.fiat.clone();
    let refs: Vec<CaseRef> = ctx
        .facts
        .payments
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::Amount))
        .collect();
    match ctx.facts.amount_check(ctx.policy) {
        AmountCheck::Exact => {}
        AmountCheck::Over(excess) => ctx.reason(clause, said::overpaid(Money(excess, &fiat)), refs),
        AmountCheck::Under(short) => ctx.reason(clause, said::underpaid(Money(short, &fiat)), refs),
    }
}

/// Buyer 1.b's window for the rail the buyer paid by (`instant_release` or
/// `non_instant_release`), and what the ruling says of the payment.
fn release_window(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &crate::model::params::Buyer1b,
    instant: bool,
) -> crate::vocab::duration::PolicyDuration {
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
    let rail = Word("rail", if instant { "instant" } else { "not_instant" });
    ctx.trace(
        clause,
        said::rail(),
        said::rail_window(rail, Name(name), window),
    );
    let refs: Vec<CaseRef> = ctx
        .facts
        .payments
        .iter()
        .map(|p| CaseRef::payment(p))
        .collect();
    let method = match (instant, ctx.facts.payments.len()) {
        (true, _) => "instant",
        (false, 1) => "non_instant",
        (false, _) => "partly_instant",
    };
    ctx.reason(
        clause,
        said::paid_in_full(Word("paid_by", method), window),
        refs,
    );
    window
}

/// 1.c — sensitive words in the buyer's payment remarks. Support asks the seller to refund or
/// release; a release is at the seller's sole risk, a refund's fees are the buyer's.
pub fn sensitive_remarks(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer1c) -> Verdict {
    state_remarks(ctx, clause, &params.sensitive_terms);
    if let Some(released) = ctx.facts.released() {
        ctx.branch(clause, Branch::Released);
        ctx.reason(clause, said::released(), vec![CaseRef::event(released)]);
        ctx.notice(clause, said::released_notice());
        return Verdict::done(Decision::Closed);
    }
    let refund = ctx.facts.refund_of(ctx.facts.paid);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(clause, said::refunded_payment(), refund.refs());
        ctx.notice(clause, said::fees_notice());
        ctx.tell_support(clause, said::cancel());
        return Verdict::done(Decision::CancelOrder);
    }
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.decision_window,
        said::ask_choice(),
    );
    if !deadline.passed {
        ctx.notice(clause, said::choice_notice());
        return ctx.wait(
            clause,
            &deadline,
            Decision::SellerChoice,
            said::if_neither(),
        );
    }
    ctx.lapsed(
        clause,
        Party::Seller,
        &deadline,
        said::neither,
        vec![CaseRef::field(Field::Timeline)],
    );
    ctx.follow_up(Actor::Support, said::senior_decides(), None, clause);
    Verdict::done(Decision::Escalate)
}
