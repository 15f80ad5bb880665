//! Appeals by the Seller that protect sellers from abusive buyers: 3.a malicious buying,
//! 4.a the seller's account blocked after the buyer's payment, 5.a a release without payment.
//! MEXC P2P Appeal Handling Rules, Appeals by the Seller, 3.a, 4.a and 5.a.

use crate::model::case::{EventKind, EvidenceKind, Stance};
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction, Status};
use crate::vocab::time::Time;

use super::Verdict;
use super::context::Ctx;

/// 3.a — the buyer places orders with no intent to pay. A pattern of unpaid orders opens an
/// investigation; once confirmed, the buyer is permanently removed with no right of appeal.
pub fn malicious_buying(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller3a;
    let Some(params) = &ctx.params().seller_3a else {
        return Verdict::done(Decision::Escalate);
    };
    if ctx.case.findings.malicious_buying_confirmed {
        ctx.trace(clause, "findings.malicious_buying_confirmed", "confirmed");
        ctx.branch(clause, Branch::Confirmed);
        ctx.reason(
            clause,
            "support confirmed malicious buying: the buyer is permanently removed from P2P",
            vec!["findings.malicious_buying_confirmed".to_string()],
        );
        ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
        ctx.notice(
            clause,
            "A permanent removal for malicious buying carries no right of appeal.",
        );
        ctx.follow_up(
            Actor::Support,
            "cancel the order; the crypto returns to the seller",
            None,
            clause,
        );
        return Verdict::done(Decision::CancelOrder);
    }
    let unpaid = ctx.case.buyer.history.unpaid_orders;
    let threshold = params.unpaid_threshold;
    let pattern = unpaid >= threshold;
    ctx.trace(
        clause,
        format!("buyer's unpaid orders {unpaid} vs unpaid_threshold {threshold}"),
        if pattern {
            "pattern: investigate"
        } else {
            "below the threshold"
        },
    );
    ctx.branch(
        clause,
        if pattern {
            Branch::AtOrOverThreshold
        } else {
            Branch::BelowThreshold
        },
    );
    if pattern {
        ctx.counterfactual(format!(
            "with fewer than {threshold} unpaid orders there would be no investigation"
        ));
        ctx.reason(clause, format!("the buyer left {unpaid} orders unpaid (threshold {threshold}): support investigates"), vec!["buyer.history.unpaid_orders".to_string()]);
        ctx.tell_support(
            clause,
            "investigate the buyer's unpaid orders and record findings.malicious_buying_confirmed",
        );
        return Verdict::done(Decision::Escalate);
    }
    ctx.counterfactual(format!(
        "{threshold} or more unpaid orders would have opened an investigation"
    ));
    ctx.reason(clause, format!("the buyer has {unpaid} unpaid orders, below the threshold of {threshold}: no pattern of malicious buying"), vec!["buyer.history.unpaid_orders".to_string()]);
    if ctx.facts.payments.is_empty() {
        ctx.reason(
            clause,
            "this order was not paid: it is cancelled and the crypto returns to the seller",
            vec!["payments".to_string()],
        );
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.tell_support(
        clause,
        "the buyer did pay this order: review it under the payment rules",
    );
    Verdict::done(Decision::Escalate)
}

/// 4.a — the seller's account was blocked after receiving the buyer's payment. The buyer's P2P
/// access and withdrawals are held at once; the seller has `evidence_window` from support's
/// request to show the buyer caused the block; then the buyer has `buyer_docs_window` to
/// cooperate with documents or loses P2P access for good.
pub fn account_blocked(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller4a;
    let Some(params) = &ctx.params().seller_4a else {
        return Verdict::done(Decision::Escalate);
    };
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
        ctx.reason(
            clause,
            "the parties reached an agreement: restrictions end and the appeal is closed",
            vec![agreement.path()],
        );
        return Verdict::done(Decision::Closed);
    }
    verdict
}

/// The seller's evidence, then the buyer's documents: the verdict, and the moment it became
/// final when it is.
fn examine_block(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &crate::model::params::Seller4a,
) -> (Verdict, Option<Time>) {
    let blocked = ctx.facts.first(|k| {
        *k == EventKind::AccountBlocked {
            party: Party::Seller,
        }
    });
    ctx.reason(
        clause,
        "the seller's account was blocked after the buyer's payment: the rule holds the buyer's P2P access and withdrawals while the seller's claim is examined",
        blocked.map(|e| vec![e.path()]).unwrap_or_else(|| vec!["appeal.type".to_string()]),
    );
    let hold = |ctx: &mut Ctx| {
        ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, None, clause);
        ctx.sanction(
            Party::Buyer,
            SanctionAction::DisableWithdrawals,
            None,
            clause,
        );
    };
    let seller_deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        params.evidence_window,
        "show that the buyer caused the block (police report, chargeback or bank notice)",
    );
    let proof_kinds = [
        EvidenceKind::PoliceReport,
        EvidenceKind::ChargebackNotice,
        EvidenceKind::BankNotice,
    ];
    if let Some(forged) = ctx.facts.forged_evidence_of(Party::Seller, &proof_kinds) {
        ctx.branch(clause, Branch::ForgedEvidence);
        ctx.reason(
            clause,
            format!("the seller's evidence that the buyer caused the block ({}) was found tampered with: the claim fails and the buyer's restrictions are lifted", forged.kind.in_words()),
            vec![format!("evidence[{}].tampered", forged.index)],
        );
        ctx.tell_support(
            clause,
            "lift the buyer's P2P suspension and withdrawal hold",
        );
        return (
            Verdict::done(Decision::LiftRestrictions),
            Some(forged.at.value),
        );
    }
    let proof = ctx
        .facts
        .sound_evidence_of(Party::Seller, &proof_kinds)
        .into_iter()
        .find(|e| e.at.value <= seller_deadline.due);
    let Some(proof) = proof else {
        if !seller_deadline.passed {
            ctx.branch(clause, Branch::SellerEvidenceRunning);
            hold(ctx);
            let verdict = ctx.wait(
                clause,
                &seller_deadline,
                Decision::RequestEvidence,
                "if the seller's evidence is not in by then, lift the buyer's restrictions",
            );
            return (verdict, None);
        }
        ctx.branch(clause, Branch::SellerEvidenceMissed);
        ctx.missed(Party::Seller);
        ctx.reason(clause, format!("the seller brought no evidence that the buyer caused the block by {}: the buyer's restrictions are lifted", ctx.show(seller_deadline.due)), vec!["evidence".to_string()]);
        ctx.tell_support(
            clause,
            "lift the buyer's P2P suspension and withdrawal hold",
        );
        return (
            Verdict::done(Decision::LiftRestrictions),
            Some(seller_deadline.due),
        );
    };
    hold(ctx);
    ctx.reason(
        clause,
        format!(
            "the seller brought evidence that the buyer caused the block ({}): the buyer must now answer it with documents",
            proof.kind.in_words()
        ),
        vec![format!("evidence[{}]", proof.index)],
    );
    let window = params.buyer_docs_window;
    let asked = "submit documents that support the resolution";
    let deadline = match ctx.facts.contact(Party::Buyer) {
        // Not contacted yet: the window would run from a contact made now.
        None => ctx.contact_deadline(clause, Party::Buyer, window, asked),
        Some(contact) => {
            let start = contact.at.value.max(proof.at.value);
            let due = ctx.add(start, window);
            let passed = ctx.now() >= due;
            ctx.reason(
                clause,
                format!(
                    "support contacted the buyer at {}: the documents are due {} after the later of that contact and the seller's evidence, by {}",
                    ctx.show(contact.at.value),
                    window.describe(),
                    ctx.show(due)
                ),
                vec![contact.path(), format!("evidence[{}]", proof.index)],
            );
            ctx.trace(
                clause,
                format!(
                    "buyer's documents: later of contact and seller's evidence {} + {} = {}",
                    ctx.show(start),
                    window.describe(),
                    ctx.show(due)
                ),
                if passed { "passed" } else { "running" },
            );
            super::Deadline {
                start: Some(start),
                due,
                passed,
                ask: (Party::Buyer.into(), asked.into()),
            }
        }
    };
    let documents = ctx.facts.evidence.iter().copied().find(|e| {
        e.by == Party::Buyer
            && !e.tampered
            && e.at.value >= proof.at.value
            && e.at.value <= deadline.due
    });
    if let Some(documents) = documents {
        ctx.branch(clause, Branch::BuyerDocumentsIn);
        ctx.reason(
            clause,
            "the buyer submitted documents: a person weighs both sides",
            vec![format!("evidence[{}]", documents.index)],
        );
        ctx.tell_support(
            clause,
            "review the buyer's documents against the seller's evidence",
        );
        return (Verdict::done(Decision::Escalate), None);
    }
    if !deadline.passed {
        ctx.branch(clause, Branch::BuyerDocumentsRunning);
        let verdict = ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            "if the buyer's documents are not in by then, disable the buyer's P2P access permanently",
        );
        return (verdict, None);
    }
    let due = deadline.due;
    ctx.branch(clause, Branch::BuyerDocumentsMissed);
    ctx.missed(Party::Buyer);
    ctx.reason(clause, format!("the buyer did not cooperate with documents by {}: P2P access disabled permanently, withdrawals restricted", ctx.show(due)), vec!["evidence".to_string()]);
    ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
    ctx.follow_up(
        Actor::Support,
        "cancel the order; the crypto stays with the seller",
        None,
        clause,
    );
    (Verdict::done(Decision::CancelOrder), Some(due))
}

/// 5.a — the seller released without confirming the payment: the seller bears the loss and the
/// platform does not intervene. A buyer who will not cooperate is suspended; the seller may go
/// to the police.
///
/// "Unresponsive" is known only once the buyer has had `buyer_response` from support's contact
/// to answer: until then the ruling waits. A refusal is an answer and counts at once; so does
/// any other answer in time.
pub fn released_without_payment(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Seller5a;
    let Some(params) = &ctx.params().seller_5a else {
        return Verdict::done(Decision::Escalate);
    };
    let released = ctx.facts.released();
    ctx.reason(
        clause,
        "the seller released the crypto without confirming the payment and bears the loss: the platform does not intervene",
        released.map(|e| vec![e.path()]).unwrap_or_else(|| vec!["appeal.type".to_string()]),
    );
    ctx.follow_up(
        Party::Seller,
        "you may report the loss to the police; support will answer law-enforcement requests",
        None,
        clause,
    );
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        params.buyer_response,
        "answer support and cooperate in returning the payment or the crypto",
    );
    let appeal_at = ctx.facts.appeal_at();
    let answer = ctx
        .facts
        .responses(Party::Buyer, None)
        .into_iter()
        .find(|e| e.at.value >= appeal_at && e.at.value <= deadline.due);
    let refused = answer.filter(|e| {
        matches!(
            e.kind,
            EventKind::Responded {
                stance: Stance::Refuses,
                ..
            }
        )
    });
    ctx.trace(
        clause,
        "the buyer's first answer to support by the deadline",
        match (answer, refused) {
            (_, Some(_)) => "refuses to cooperate",
            (Some(_), None) => "answered",
            (None, None) if deadline.passed => "none: unresponsive",
            (None, None) => "none yet",
        },
    );
    if let Some(answer) = answer
        && refused.is_none()
    {
        ctx.branch(clause, Branch::BuyerCooperative);
        ctx.reason(
            clause,
            "the buyer answered support: no sanction",
            vec![answer.path()],
        );
        return Verdict::done(Decision::NoIntervention);
    }
    if refused.is_none() && !deadline.passed {
        if let Some(unreachable) = ctx.facts.unreachable(Party::Buyer) {
            ctx.reason(
                clause,
                format!(
                    "support could not reach the buyer at {}; the buyer still has until {} to answer",
                    ctx.show(unreachable.at.value),
                    ctx.show(deadline.due)
                ),
                vec![unreachable.path()],
            );
        }
        return ctx.wait(
            clause,
            &deadline,
            Decision::NoIntervention,
            "if the buyer has not answered by then, suspend the buyer's P2P access until resolved",
        );
    }
    ctx.branch(clause, Branch::BuyerUncooperative);
    match refused {
        Some(refusal) => ctx.reason(
            clause,
            "the buyer refuses to cooperate: P2P access suspended",
            vec![refusal.path()],
        ),
        None => {
            ctx.missed(Party::Buyer);
            let mut refs = vec!["timeline".to_string()];
            refs.extend(ctx.facts.unreachable(Party::Buyer).map(|e| e.path()));
            ctx.reason(
                clause,
                format!(
                    "the buyer did not answer support by {}: unresponsive, P2P access suspended",
                    ctx.show(deadline.due)
                ),
                refs,
            );
        }
    }
    ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, None, clause);
    Verdict::done(Decision::NoIntervention)
}
