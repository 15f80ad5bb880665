//! Choosing the governing clause: from the appeal's party and type (the routing table of docs/case-format.md), then
//! re-routed by the facts, with the ruling saying why when the facts moved it.

use crate::model::case::{AppealType, EventKind, Payment, Stance};
use crate::model::case_ref::{CaseRef, ItemField};
use crate::model::clause::{Branch, ClauseId, Governing};
use crate::model::message::{Message, Money};
use crate::vocab::decision::{Actor, Decision, Party};

use super::context::{Ctx, Mark};
use super::facts::AmountCheck;
use super::{Verdict, buyer_release, conduct, guide, identity, payment_disputes};

mod said {
    use rust_decimal::Decimal;

    use crate::model::clause::ClauseId;
    use crate::model::message::{Message, Money, messages};
    use crate::vocab::decision::Party;
    use crate::vocab::time::Time;

    messages! {
        /// A fraud appeal whose established fraudster is the appellant: the other side's fraud
        /// clause governs.
        own_fraud = "routing.fraud.own" (party: Party);
        /// The crypto was already released: nothing is left to decide.
        already_released = "routing.released.already" ();
        /// The order was cancelled after the buyer paid: buyer 3.a governs.
        cancelled_after_payment = "routing.buyer_3a.cancelled_after_payment" ();
        /// The buyer paid more than the order amount: buyer 2.a governs.
        overpaid = "routing.buyer_2a.overpaid" (excess: Money);
        /// The buyer paid less than the order amount: seller 2.a governs.
        underpaid = "routing.seller_2a.underpaid" (short: Money);
        /// The buyer was short until after the window to top up closed: seller 2.a governs.
        late_top_up = "routing.seller_2a.late_top_up" (short: Money, closes: Time);
        /// The payment came from an account not in the buyer's verified name: a refund only.
        third_party = "routing.buyer_1a.third_party" ();
        /// A seller's appeal over a payment from someone other than the buyer: whatever its type,
        /// buyer 1.a's third-party rule governs.
        third_party_seller_filed = "routing.buyer_1a.third_party_seller_filed" ();
        /// A payer's name neither matches nor rules out the buyer: buyer 1.a's precondition
        /// waits on support's verification.
        payer_unverified = "routing.buyer_1a.payer_unverified" ();
        /// A payer's name cannot tell.
        payer_cannot_tell = "routing.payer.cannot_tell" ();
        /// The payment went to an account other than the one on the order page: seller 1.c
        /// governs.
        other_account = "routing.seller_1c.other_account" ();
        /// The seller answered that the payment has not arrived: seller 1.a or 1.b governs.
        not_arrived = "routing.seller_1ab.not_arrived" ();
        /// The trace of the amount paid against the order amount and the tolerance.
        amount_trace = "routing.amount.trace" (paid: Decimal, amount: Decimal, tolerance: Decimal);
        /// The buyer paid the correct amount.
        amount_exact = "routing.amount.exact" ();
        /// The buyer paid more than the order amount.
        amount_over = "routing.amount.over" (excess: Decimal);
        /// The buyer paid less than the order amount.
        amount_under = "routing.amount.under" (short: Decimal);
        /// The trace of the payers' names against the buyer's verified name.
        payer_trace = "routing.payer.trace" ();
        /// Every payer is the buyer.
        payer_match = "routing.payer.match" ();
        /// A payer is someone other than the buyer.
        payer_other = "routing.payer.someone_else" ();
        /// A payment's account cannot be told from the order page's as written: seller 1.c
        /// has it verified.
        account_unverified = "routing.seller_1c.account_unverified" ();
        /// The appeal was filed under one clause, but the facts make another govern.
        rerouted = "routing.rerouted" (filed: ClauseId, why: Message, clause: ClauseId);
        /// The trace of the fact routing.
        routing_trace = "routing.trace" ();
        /// The facts re-routed the appeal to another clause, and why.
        rerouted_trace = "routing.rerouted.trace" (clause: ClauseId, why: Message);
        /// The trace of an order released before the ruling.
        released_trace = "routing.released.trace" ();
        /// The order is closed.
        released_closed = "routing.released.closed" ();
        /// The trace of a release to the buyer.
        overruled_trace = "routing.overruled.trace" ();
        /// The release is overruled: the buyer's fraud is established and seller 7.a governs.
        overruled = "routing.overruled" (fraud: ClauseId);
        /// A clause would release the crypto to a buyer whose fraud is established: seller 7.a
        /// governs and the crypto is not released.
        overruled_release = "routing.overruled.release" (clause: ClauseId, fraud: ClauseId);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// The clause that sanctions `perpetrator`'s fraud.
fn fraud(perpetrator: Party) -> Governing {
    match perpetrator {
        Party::Seller => Governing::Buyer6a,
        Party::Buyer => Governing::Seller7a,
    }
}

/// The clause the appeal was filed under: the routing table of docs/case-format.md applied to the appeal.
pub fn filed_clause(ctx: &Ctx) -> Governing {
    let appeal = &ctx.case.appeal;
    let by = appeal.by.value;
    use AppealType as T;
    match appeal.kind.value {
        T::SellerNotReleasing => {
            let sensitive = ctx
                .params()
                .buyer_1c
                .as_ref()
                .is_some_and(|t| !ctx.facts.remark_terms(&t.sensitive_terms).is_empty());
            let refuses = !ctx
                .facts
                .responses(Party::Seller, Some(Stance::Refuses))
                .is_empty()
                || ctx
                    .facts
                    .first(|k| *k == EventKind::CancelRequested { by: Party::Seller })
                    .is_some();
            if sensitive {
                Governing::Buyer1c
            } else if refuses {
                Governing::Buyer1a
            } else {
                Governing::Buyer1b
            }
        }
        T::SensitiveRemarks => Governing::Buyer1c,
        T::Overpaid => Governing::Buyer2a,
        T::CancelledAfterPayment => Governing::Buyer3a,
        T::OutOfNormRequest => Governing::Buyer4a,
        T::OffensiveLanguage if by == Party::Buyer => Governing::Buyer5a,
        T::OffensiveLanguage => Governing::Seller6a,
        T::Fraud if by == Party::Buyer => Governing::Buyer6a,
        T::Fraud => Governing::Seller7a,
        T::PaymentNotReceived => {
            if payment_disputes::proven_in_time(ctx).is_empty() {
                Governing::Seller1a
            } else {
                Governing::Seller1b
            }
        }
        T::InaccessibleAccount => Governing::Seller1c,
        T::Underpaid => Governing::Seller2a,
        T::MaliciousBuying => Governing::Seller3a,
        T::AccountBlocked => Governing::Seller4a,
        T::ReleasedWithoutPayment => Governing::Seller5a,
    }
}

/// How the governing clause is applied.
enum Logic {
    /// The clause's own rule.
    Clause,
    /// The crypto was already released: nothing left to decide (buyer 1.a/1.b).
    AlreadyReleased,
    /// The buyer says they paid but no payment is on file (buyer 1.a/1.b).
    NoPaymentOnFile,
    /// Paid from an account not in the buyer's name: 1.a's precondition fails; refund only.
    ThirdPartyPayment,
    /// A payer's name cannot tell: 1.a's precondition waits on verification; then the clause
    /// named applies as if the names matched.
    VerifyPayer(Governing),
}

/// Where the facts send an appeal: the clause that governs, how it is applied, and why the facts
/// moved it (with the case items that show it), if they did.
type Route = (Governing, Logic, Option<(Message, Vec<CaseRef>)>);

/// Re-routes the buyer's non-release appeals by the facts (docs/case-format.md, "when the facts re-route"), and a
/// fraud appeal whose established fraudster is the appellant.
fn route(ctx: &mut Ctx, filed: Governing) -> Route {
    if let Some(route) = own_fraud(ctx, filed) {
        return route;
    }
    if matches!(
        filed,
        Governing::Seller1a | Governing::Seller1b | Governing::Seller7a
    ) {
        return seller_filed(ctx, filed);
    }
    if !matches!(filed, Governing::Buyer1a | Governing::Buyer1b) {
        return (filed, Logic::Clause, None);
    }
    not_released(ctx, filed)
}

/// A fraud appeal whose established fraudster is the appellant: the other side's fraud clause.
fn own_fraud(ctx: &Ctx, filed: Governing) -> Option<Route> {
    if matches!(filed, Governing::Buyer6a | Governing::Seller7a)
        && let Some((party, refs)) = conduct::perpetrator(ctx)
        && fraud(party) != filed
    {
        return Some((
            fraud(party),
            Logic::Clause,
            Some((said::own_fraud(party), refs)),
        ));
    }
    None
}

/// The buyer's appeal that the seller does not release (buyer 1.a, 1.b), re-routed by the
/// order's state, then the amount paid, then who paid, then where the payment went, then the
/// seller's answer.
fn not_released(ctx: &mut Ctx, filed: Governing) -> Route {
    if let Some(route) = order_closed(ctx, filed) {
        return route;
    }
    // A payment first recorded after the window for proof of it closed does not meet it.
    let proof_due = ctx.evidence_due(Actor::Buyer);
    if ctx.facts.payments.iter().all(|p| p.at.value > proof_due) {
        return (filed, Logic::NoPaymentOnFile, None);
    }
    trace_payment(ctx, filed);
    if let Some(route) = wrong_amount(ctx) {
        return route;
    }
    identity::note_verified_holder(ctx, filed.id());
    if let Some(route) = other_payer(ctx, filed) {
        return route;
    }
    if let Some(route) = other_account(ctx) {
        return route;
    }
    if let Some(route) = seller_denies_payment(ctx, filed) {
        return route;
    }
    (filed, Logic::Clause, None)
}

/// The crypto already released (nothing left to decide), or the order cancelled after the
/// buyer paid (buyer 3.a).
fn order_closed(ctx: &Ctx, filed: Governing) -> Option<Route> {
    if let Some(released) = ctx.facts.released() {
        return Some((
            filed,
            Logic::AlreadyReleased,
            Some((said::already_released(), vec![CaseRef::event(released)])),
        ));
    }
    let cancelled = ctx.facts.cancelled()?;
    Some((
        Governing::Buyer3a,
        Logic::Clause,
        Some((
            said::cancelled_after_payment(),
            vec![CaseRef::event(cancelled)],
        )),
    ))
}

/// The trace of the payment: its amount against the order's, its payers' names, its accounts.
fn trace_payment(ctx: &mut Ctx, filed: Governing) {
    let facts = &ctx.facts;
    let check = facts.amount_check(ctx.policy);
    let (paid, amount) = (facts.paid, ctx.case.order.amount.value);
    let tolerance = ctx.policy.limits.amount_tolerance;
    let third_party = facts.third_party_payments();
    let unverified = facts.unverified_payers();
    identity::trace_payer_names(ctx, filed.id());
    ctx.trace(
        filed.id(),
        said::amount_trace(paid, amount, tolerance),
        match check {
            AmountCheck::Exact => said::amount_exact(),
            AmountCheck::Over(excess) => said::amount_over(excess),
            AmountCheck::Under(short) => said::amount_under(short),
        },
    );
    ctx.trace(
        filed.id(),
        said::payer_trace(),
        if !third_party.is_empty() {
            said::payer_other()
        } else if !unverified.is_empty() {
            said::payer_cannot_tell()
        } else {
            said::payer_match()
        },
    );
    payment_disputes::trace_accounts(ctx, filed.id());
}

/// Paid more than the order amount (buyer 2.a), less (seller 2.a), or in full only by a late
/// top-up (seller 2.a).
fn wrong_amount(ctx: &Ctx) -> Option<Route> {
    let fiat = ctx.case.order.fiat.as_str();
    let all_payments = || -> Vec<CaseRef> {
        ctx.facts
            .payments
            .iter()
            .map(|p| CaseRef::payment(p).at(ItemField::Amount))
            .collect()
    };
    match ctx.facts.amount_check(ctx.policy) {
        AmountCheck::Over(excess) => Some((
            Governing::Buyer2a,
            Logic::Clause,
            Some((said::overpaid(Money(excess, fiat)), all_payments())),
        )),
        AmountCheck::Under(short) => Some((
            Governing::Seller2a,
            Logic::Clause,
            Some((said::underpaid(Money(short, fiat)), all_payments())),
        )),
        AmountCheck::Exact => late_top_up(ctx),
    }
}

/// Paid in full only by a top-up that came after seller 2.a's window for it (from support's
/// contact with the buyer): the same facts the seller could file as an underpayment, where that
/// late top-up does not count. Seller 2.a decides.
fn late_top_up(ctx: &Ctx) -> Option<Route> {
    let top_ups = payment_disputes::top_ups(ctx)?;
    let closes = top_ups.closes?;
    let in_time: rust_decimal::Decimal = top_ups.in_time.iter().map(|p| p.amount.value).sum();
    let short = ctx.case.order.amount.value - in_time;
    if short <= ctx.policy.limits.amount_tolerance {
        return None;
    }
    let late = top_ups
        .late
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::At))
        .collect();
    let fiat = ctx.case.order.fiat.as_str();
    Some((
        Governing::Seller2a,
        Logic::Clause,
        Some((
            said::late_top_up(Money(short, fiat), ctx.on_clock(closes)),
            late,
        )),
    ))
}

/// A payer other than the buyer (a refund only), or one whose name cannot tell (verified
/// first): buyer 1.a's precondition.
fn other_payer(ctx: &Ctx, filed: Governing) -> Option<Route> {
    let payer_names = |payments: Vec<&Payment>| -> Vec<CaseRef> {
        payments
            .iter()
            .map(|p| CaseRef::payment(p).at(ItemField::PayerName))
            .collect()
    };
    let third_party = ctx.facts.third_party_payments();
    if !third_party.is_empty() {
        return Some((
            Governing::Buyer1a,
            Logic::ThirdPartyPayment,
            Some((said::third_party(), payer_names(third_party))),
        ));
    }
    let unverified = ctx.facts.unverified_payers();
    if !unverified.is_empty() {
        return Some((
            Governing::Buyer1a,
            Logic::VerifyPayer(filed),
            Some((said::payer_unverified(), payer_names(unverified))),
        ));
    }
    None
}

/// Another account, or one that cannot be told from the order page's: seller 1.c decides
/// whether it is the buyer's loss, or has it verified first.
fn other_account(ctx: &Ctx) -> Option<Route> {
    let facts = &ctx.facts;
    for (payments, why) in [
        (facts.misdirected_payments(), said::other_account()),
        (facts.unverified_payments(), said::account_unverified()),
    ] {
        if !payments.is_empty() {
            let refs = payments
                .iter()
                .map(|p| CaseRef::payment(p).at(ItemField::ToAccount))
                .collect();
            return Some((Governing::Seller1c, Logic::Clause, Some((why, refs))));
        }
    }
    None
}

/// Filed under buyer 1.a, and the seller answered that the payment has not arrived: seller 1.a
/// or 1.b decides.
fn seller_denies_payment(ctx: &Ctx, filed: Governing) -> Option<Route> {
    if filed != Governing::Buyer1a {
        return None;
    }
    let denials = ctx
        .facts
        .responses(Party::Seller, Some(Stance::PaymentNotReceived));
    let denial = denials.first()?;
    let target = if payment_disputes::proven_in_time(ctx).is_empty() {
        Governing::Seller1a
    } else {
        Governing::Seller1b
    };
    Some((
        target,
        Logic::Clause,
        Some((said::not_arrived(), vec![CaseRef::event(denial)])),
    ))
}

/// A seller's appeal that the payment did not arrive (seller 1.a, 1.b) or of fraud (seller 7.a)
/// over a payment from someone other than the buyer: the payer who is not the buyer is a finding
/// whatever the appeal's type, and buyer 1.a's third-party rule governs (the payment goes back
/// to the paying account; the crypto is not released). Only a payment with valid proof counts:
/// without one, the seller's clause decides whether anything was paid. A fraud support has
/// established stays with its fraud clause. A payer's name that cannot tell waits on
/// verification, then the filed clause applies as if the names matched.
fn seller_filed(ctx: &mut Ctx, filed: Governing) -> Route {
    if filed == Governing::Seller7a && conduct::perpetrator(ctx).is_some() {
        return (filed, Logic::Clause, None);
    }
    let facts = &ctx.facts;
    let proven = |p: &&crate::model::case::Payment| facts.has_valid_proof(p);
    let third_party: Vec<_> = facts
        .third_party_payments()
        .into_iter()
        .filter(proven)
        .collect();
    let unverified: Vec<_> = facts
        .unverified_payers()
        .into_iter()
        .filter(proven)
        .collect();
    if third_party.is_empty() && unverified.is_empty() {
        return (filed, Logic::Clause, None);
    }
    identity::trace_payer_names(ctx, filed.id());
    let paths = |payments: &[&crate::model::case::Payment]| {
        payments
            .iter()
            .map(|p| CaseRef::payment(p).at(ItemField::PayerName))
            .collect()
    };
    if !third_party.is_empty() {
        return (
            Governing::Buyer1a,
            Logic::ThirdPartyPayment,
            Some((said::third_party_seller_filed(), paths(&third_party))),
        );
    }
    (
        Governing::Buyer1a,
        Logic::VerifyPayer(filed),
        Some((said::payer_unverified(), paths(&unverified))),
    )
}

/// The governing clause and its verdict.
pub fn governing(ctx: &mut Ctx, filed: Governing) -> (ClauseId, Verdict) {
    let (governing, logic, why) = route(ctx, filed);
    let clause = governing.id();
    if let Some((why, refs)) = why {
        if governing != filed {
            ctx.reason(
                clause,
                said::rerouted(filed.id(), why.clone(), clause),
                refs,
            );
            ctx.trace(
                filed.id(),
                said::routing_trace(),
                said::rerouted_trace(clause, why),
            );
        } else {
            ctx.reason(clause, why, refs);
        }
    }
    if !ctx.applies(clause) {
        return guide::without_clause(ctx, clause);
    }
    let before = ctx.mark();
    let verdict = match logic {
        Logic::AlreadyReleased => {
            ctx.trace(clause, said::released_trace(), said::released_closed());
            Some(Verdict::done(Decision::Closed))
        }
        Logic::NoPaymentOnFile => Some(buyer_release::no_payment_on_file(ctx, clause)),
        Logic::ThirdPartyPayment => ctx
            .params()
            .buyer_1a
            .as_ref()
            .map(|params| buyer_release::third_party_payment(ctx, params)),
        Logic::VerifyPayer(then) => Some(identity::unverified_payer(ctx, then.id())),
        Logic::Clause => super::decide(ctx, governing),
    };
    let Some(verdict) = verdict else {
        return guide::without_clause(ctx, clause);
    };
    if let Some(overruled) = no_release_to_a_fraudster(ctx, clause, &verdict, before) {
        return overruled;
    }
    (clause, verdict)
}

/// A clause that would release the crypto to a buyer whose fraud is established (support's
/// finding, or tampered evidence) gives way to seller 7.a: the order is decided for the wronged
/// seller. What the overruled clause said is kept in the trace only.
fn no_release_to_a_fraudster(
    ctx: &mut Ctx,
    clause: ClauseId,
    verdict: &Verdict,
    before: Mark,
) -> Option<(ClauseId, Verdict)> {
    let fraud = ClauseId::Seller7a;
    if verdict.decision != Decision::ReleaseToBuyer || clause == fraud || !ctx.applies(fraud) {
        return None;
    }
    let (Party::Buyer, refs) = conduct::perpetrator(ctx)? else {
        return None;
    };
    ctx.rewind(before);
    ctx.trace(clause, said::overruled_trace(), said::overruled(fraud));
    ctx.branch(fraud, Branch::OverrulesARelease);
    ctx.reason(fraud, said::overruled_release(clause, fraud), refs);
    Some((fraud, conduct::fraud_appeal(ctx, fraud)))
}
