//! Choosing the governing clause: from the appeal's party and type (the routing table of docs/case-format.md), then
//! re-routed by the facts, with the ruling saying why when the facts moved it.

use crate::model::case::{AppealType, EventKind, Stance};
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Actor, Decision, Party};

use super::context::{Ctx, Mark};
use super::facts::AmountCheck;
use super::{
    Verdict, buyer_money, buyer_release, conduct, guide, out_of_norm, payment_disputes,
    seller_protection,
};

/// A clause that decides the appeals filed under it or routed to it: the clauses
/// [`filed_clause`] and the fact routing can choose, each with its own rule in [`governing`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Governing {
    Buyer1a,
    Buyer1b,
    Buyer1c,
    Buyer2a,
    Buyer3a,
    Buyer4a,
    Buyer5a,
    Buyer6a,
    Seller1a,
    Seller1b,
    Seller1c,
    Seller2a,
    Seller3a,
    Seller4a,
    Seller5a,
    Seller6a,
    Seller7a,
}

impl Governing {
    pub fn id(self) -> ClauseId {
        match self {
            Governing::Buyer1a => ClauseId::Buyer1a,
            Governing::Buyer1b => ClauseId::Buyer1b,
            Governing::Buyer1c => ClauseId::Buyer1c,
            Governing::Buyer2a => ClauseId::Buyer2a,
            Governing::Buyer3a => ClauseId::Buyer3a,
            Governing::Buyer4a => ClauseId::Buyer4a,
            Governing::Buyer5a => ClauseId::Buyer5a,
            Governing::Buyer6a => ClauseId::Buyer6a,
            Governing::Seller1a => ClauseId::Seller1a,
            Governing::Seller1b => ClauseId::Seller1b,
            Governing::Seller1c => ClauseId::Seller1c,
            Governing::Seller2a => ClauseId::Seller2a,
            Governing::Seller3a => ClauseId::Seller3a,
            Governing::Seller4a => ClauseId::Seller4a,
            Governing::Seller5a => ClauseId::Seller5a,
            Governing::Seller6a => ClauseId::Seller6a,
            Governing::Seller7a => ClauseId::Seller7a,
        }
    }

    /// The clause that sanctions `perpetrator`'s fraud.
    fn fraud(perpetrator: Party) -> Governing {
        match perpetrator {
            Party::Seller => Governing::Buyer6a,
            Party::Buyer => Governing::Seller7a,
        }
    }
}

impl std::fmt::Display for Governing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.id().fmt(f)
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
}

/// Re-routes the buyer's non-release appeals by the facts (docs/case-format.md, "when the facts re-route"), and a
/// fraud appeal whose established fraudster is the appellant.
fn route(ctx: &mut Ctx, filed: Governing) -> (Governing, Logic, Option<(String, Vec<String>)>) {
    if matches!(filed, Governing::Buyer6a | Governing::Seller7a)
        && let Some((party, refs)) = conduct::perpetrator(ctx)
        && Governing::fraud(party) != filed
    {
        return (
            Governing::fraud(party),
            Logic::Clause,
            Some((format!("the fraud established is the {party}'s own"), refs)),
        );
    }
    if !matches!(filed, Governing::Buyer1a | Governing::Buyer1b) {
        return (filed, Logic::Clause, None);
    }
    let facts = &ctx.facts;
    if let Some(released) = facts.released() {
        return (
            filed,
            Logic::AlreadyReleased,
            Some((
                "the crypto was already released".into(),
                vec![released.path()],
            )),
        );
    }
    if let Some(cancelled) = facts.cancelled() {
        return (
            Governing::Buyer3a,
            Logic::Clause,
            Some((
                "the order was cancelled after the buyer paid".into(),
                vec![cancelled.path()],
            )),
        );
    }
    // A payment first recorded after the window for proof of it closed does not meet it.
    let proof_due = ctx.evidence_due(Actor::Buyer);
    if facts.payments.iter().all(|p| p.at.value > proof_due) {
        return (filed, Logic::NoPaymentOnFile, None);
    }
    let all_payments: Vec<String> = facts
        .payments
        .iter()
        .map(|p| format!("{}.amount", p.path()))
        .collect();
    let check = facts.amount_check(ctx.policy);
    let (paid, amount) = (facts.paid, ctx.case.order.amount.value);
    let tolerance = ctx.policy.limits.amount_tolerance;
    let third_party = facts.third_party_payments();
    let misdirected = facts.misdirected_payments();
    ctx.trace(
        filed.id(),
        format!("paid {paid} vs order amount {amount} (tolerance {tolerance})"),
        match check {
            AmountCheck::Exact => "the correct amount".to_string(),
            AmountCheck::Over(excess) => format!("{excess} over"),
            AmountCheck::Under(short) => format!("{short} short"),
        },
    );
    ctx.trace(
        filed.id(),
        "payer names vs the buyer's verified name (accents, case and spacing folded, other scripts transliterated)",
        if third_party.is_empty() {
            "match"
        } else {
            "a payer is someone else"
        },
    );
    ctx.trace(
        filed.id(),
        "payment accounts vs the order page's account (spaces, dashes and dots ignored)",
        if misdirected.is_empty() {
            "match"
        } else {
            "a payment went elsewhere"
        },
    );
    let facts = &ctx.facts;
    match check {
        AmountCheck::Over(excess) => {
            return (
                Governing::Buyer2a,
                Logic::Clause,
                Some((
                    format!(
                        "the buyer paid {} {} more than the order amount",
                        excess, ctx.case.order.fiat
                    ),
                    all_payments,
                )),
            );
        }
        AmountCheck::Under(short) => {
            return (
                Governing::Seller2a,
                Logic::Clause,
                Some((
                    format!(
                        "the buyer paid {} {} less than the order amount",
                        short, ctx.case.order.fiat
                    ),
                    all_payments,
                )),
            );
        }
        AmountCheck::Exact => {
            // Paid in full only by a top-up that came after seller 2.a's window for it (from
            // support's contact with the buyer): the same facts the seller could file as an
            // underpayment, where that late top-up does not count. Seller 2.a decides.
            if let Some(top_ups) = payment_disputes::top_ups(ctx)
                && let Some(closes) = top_ups.closes
            {
                let in_time: rust_decimal::Decimal =
                    top_ups.in_time.iter().map(|p| p.amount.value).sum();
                let short = amount - in_time;
                if short > tolerance {
                    let late = top_ups
                        .late
                        .iter()
                        .map(|p| format!("{}.at", p.path()))
                        .collect();
                    return (
                        Governing::Seller2a,
                        Logic::Clause,
                        Some((
                            format!(
                                "the buyer was {short} {} short until after the window to top up closed ({})",
                                ctx.case.order.fiat,
                                ctx.show(closes)
                            ),
                            late,
                        )),
                    );
                }
            }
        }
    }
    if !third_party.is_empty() {
        let refs = third_party
            .iter()
            .map(|p| format!("{}.payer_name", p.path()))
            .collect();
        return (
            Governing::Buyer1a,
            Logic::ThirdPartyPayment,
            Some((
                "the payment came from an account not in the buyer's verified name".into(),
                refs,
            )),
        );
    }
    if !misdirected.is_empty() {
        let refs = misdirected
            .iter()
            .map(|p| format!("{}.to_account", p.path()))
            .collect();
        return (
            Governing::Seller1c,
            Logic::Clause,
            Some((
                "the payment went to an account other than the one on the order page".into(),
                refs,
            )),
        );
    }
    if filed == Governing::Buyer1a {
        let denials = facts.responses(Party::Seller, Some(Stance::PaymentNotReceived));
        if let Some(denial) = denials.first() {
            let target = if payment_disputes::proven_in_time(ctx).is_empty() {
                Governing::Seller1a
            } else {
                Governing::Seller1b
            };
            return (
                target,
                Logic::Clause,
                Some((
                    "the seller answered that the payment has not arrived".into(),
                    vec![denial.path()],
                )),
            );
        }
    }
    (filed, Logic::Clause, None)
}

/// The governing clause and its verdict.
pub fn governing(ctx: &mut Ctx, filed: Governing) -> (ClauseId, Verdict) {
    let (governing, logic, why) = route(ctx, filed);
    let clause = governing.id();
    if let Some((why, refs)) = why {
        if governing != filed {
            ctx.reason(
                clause,
                format!("filed under {filed}, but {why}: {clause} governs"),
                refs,
            );
            ctx.trace(
                filed.id(),
                "fact routing",
                format!("re-routed to {clause}: {why}"),
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
            ctx.trace(clause, "order released before the ruling", "closed");
            Verdict::done(Decision::Closed)
        }
        Logic::NoPaymentOnFile => buyer_release::no_payment_on_file(ctx, clause),
        Logic::ThirdPartyPayment => buyer_release::third_party_payment(ctx),
        // Every governing clause has its rule: no catch-all.
        Logic::Clause => match governing {
            Governing::Buyer1a => buyer_release::refusal(ctx),
            Governing::Buyer1b => buyer_release::late_release(ctx),
            Governing::Buyer1c => buyer_release::sensitive_remarks(ctx),
            Governing::Buyer2a => buyer_money::overpayment(ctx),
            Governing::Buyer3a => buyer_money::cancelled_after_payment(ctx),
            Governing::Buyer4a => out_of_norm::requirements(ctx),
            Governing::Buyer5a | Governing::Seller6a => conduct::offensive_appeal(ctx, clause),
            Governing::Buyer6a | Governing::Seller7a => conduct::fraud_appeal(ctx, clause),
            Governing::Seller1a => payment_disputes::marked_paid_without_paying(ctx),
            Governing::Seller1b => payment_disputes::funds_not_received(ctx),
            Governing::Seller1c => payment_disputes::inaccessible_account(ctx),
            Governing::Seller2a => payment_disputes::underpayment(ctx),
            Governing::Seller3a => seller_protection::malicious_buying(ctx),
            Governing::Seller4a => seller_protection::account_blocked(ctx),
            Governing::Seller5a => seller_protection::released_without_payment(ctx),
        },
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
    ctx.trace(
        clause,
        "release to the buyer",
        format!("overruled: fraud by the buyer is established, {fraud} governs"),
    );
    ctx.branch(fraud, Branch::OverrulesARelease);
    ctx.reason(
        fraud,
        format!("{clause} would release the crypto to the buyer, but the buyer's fraud is established: {fraud} governs and the crypto is not released"),
        refs,
    );
    Some((fraud, conduct::fraud_appeal(ctx, fraud)))
}
