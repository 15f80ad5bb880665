//! Appeals by the Buyer, 4.a: the seller makes demands outside the norm.
//! MEXC P2P Appeal Handling Rules, Appeals by the Buyer, 4.a.
//!
//! Extra verification (a payment screenshot, a selfie with ID…) is allowed only when the ad's
//! trading terms disclosed *that* requirement before the order and the buyer agrees; otherwise
//! the order is cancelled. The policy's `verification_terms` names each kind of verification
//! with its words: ad terms that ask for a payment screenshot do not disclose a selfie with ID,
//! nor does a selfie disclose a video call. Every kind demanded must be disclosed. Other out-of-policy demands (contact details, outside channels, extra fees) also
//! cancel the order, and the seller is sanctioned: the rule's outcome list is lost, so the
//! sanction is the policy's `seller_sanction`, or a suspension for a repeat offender.

use crate::model::case::Speaker;
use crate::model::case::{Event, EventKind, VerificationKind};
use crate::model::clause::{Branch, ClauseId};
use crate::vocab::decision::{Decision, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::matching;

use super::Verdict;
use super::context::Ctx;

pub fn requirements(ctx: &mut Ctx) -> Verdict {
    let clause = ClauseId::Buyer4a;
    let Some(params) = &ctx.params().buyer_4a else {
        return Verdict::done(Decision::Escalate);
    };

    // Other out-of-policy requests: seller chat with an out-of-policy term, or an off-platform proposal.
    let demands = ctx
        .facts
        .chat_terms(Some(Speaker::Seller), &params.out_of_policy_terms);
    let off_platform = ctx
        .facts
        .all(|k| *k == EventKind::OffPlatform { by: Party::Seller });
    let mut out_of_policy: Vec<(String, String)> = demands
        .iter()
        .map(|(line, terms)| {
            (
                format!("chat:{}", line.id.value),
                format!("\"{}\" ({})", line.text, terms.join(", ")),
            )
        })
        .collect();
    out_of_policy.extend(off_platform.iter().map(|e| {
        (
            e.path(),
            "the seller proposed to trade or pay off the platform".to_string(),
        )
    }));

    // Extra verification: a request on the timeline, or seller chat with a verification term;
    // each with the kinds of verification it names.
    let kinds = &params.verification_terms;
    let requested = ctx
        .facts
        .first(|k| matches!(k, EventKind::VerificationRequested { .. }));
    let asked = ctx
        .facts
        .chat_terms(Some(Speaker::Seller), kinds.all_terms());
    let mut verification: Vec<(String, String)> = Vec::new();
    let mut demanded: Vec<&str> = Vec::new();
    if let Some(event) = requested {
        let (what, kind) = match event.kind {
            EventKind::VerificationRequested {
                kind: VerificationKind::PaymentScreenshot,
            } => (
                "a payment screenshot",
                Some(VerificationKind::PaymentScreenshot),
            ),
            EventKind::VerificationRequested {
                kind: VerificationKind::SelfieWithId,
            } => ("a selfie with ID", Some(VerificationKind::SelfieWithId)),
            _ => ("a check of another kind", None),
        };
        // The request's kind is the policy's kind of the same name, else the kinds its name's
        // words name (`payment_screenshot` reads "payment screenshot").
        if let Some(kind) = kind {
            match kinds.kind(kind.as_str()) {
                Some(named) => add_kinds(&mut demanded, vec![(named, Vec::new())]),
                None => add_kinds(
                    &mut demanded,
                    kinds.found_in(&matching::words(&kind.as_str().replace('_', " "))),
                ),
            }
        }
        verification.push((
            event.path(),
            format!("a verification request on the order ({what})"),
        ));
    }
    for (line, terms) in &asked {
        add_kinds(&mut demanded, kinds.found_in(&matching::words(&line.text)));
        verification.push((
            format!("chat:{}", line.id.value),
            format!("\"{}\" ({})", line.text, terms.join(", ")),
        ));
    }

    ctx.trace(
        clause,
        "seller chat and timeline vs verification_terms and out_of_policy_terms",
        format!(
            "{} verification demand(s), {} out-of-policy demand(s)",
            verification.len(),
            out_of_policy.len()
        ),
    );

    if !out_of_policy.is_empty() {
        for (reference, what) in &out_of_policy {
            ctx.reason(
                clause,
                format!("out-of-policy demand by the seller: {what}"),
                vec![reference.clone()],
            );
        }
        for (reference, what) in &verification {
            ctx.reason(
                clause,
                format!("extra verification demanded as well: {what}"),
                vec![reference.clone()],
            );
        }
        let violations = ctx.case.seller.history.violations;
        let threshold = params.repeat_threshold;
        let repeat = violations >= threshold;
        ctx.trace(
            clause,
            format!("seller's earlier violations {violations} vs repeat_threshold {threshold}"),
            if repeat {
                "repeat offence"
            } else {
                "first offence"
            },
        );
        ctx.branch(
            clause,
            if repeat {
                Branch::OutOfPolicyRepeatOffence
            } else {
                Branch::OutOfPolicyFirstOffence
            },
        );
        if repeat {
            let days = params.suspension_days;
            ctx.counterfactual(format!(
                "with fewer than {threshold} earlier violations the sanction would have been `{}`",
                params.seller_sanction
            ));
            ctx.sanction(
                Party::Seller,
                SanctionAction::SuspendP2p,
                Some(days),
                clause,
            );
            ctx.reason(clause, format!("the seller has {violations} earlier violation(s): suspended from P2P for {days} days"), vec!["seller.history.violations".to_string()]);
        } else {
            let action = params.seller_sanction;
            ctx.counterfactual(format!(
                "with {threshold} or more earlier violations the seller would have been suspended"
            ));
            let days = (action == SanctionAction::SuspendP2p).then_some(params.suspension_days);
            ctx.sanction(Party::Seller, action, days, clause);
        }
        return cancel(ctx, clause);
    }

    if verification.is_empty() {
        ctx.reason(
            clause,
            "no out-of-the-norm demand by the seller is on file (chat or timeline)",
            vec!["chat".to_string(), "timeline".to_string()],
        );
        ctx.tell_support(
            clause,
            "review the full order chat for the demand the buyer describes",
        );
        return Verdict::done(Decision::Escalate);
    }
    for (reference, what) in &verification {
        ctx.reason(
            clause,
            format!("extra verification demanded: {what}"),
            vec![reference.clone()],
        );
    }
    // What the ad's terms disclose, kind by kind: a demanded kind is disclosed only if the ad's
    // terms name that same kind.
    let in_ad: Vec<(&str, Vec<&str>)> = ctx
        .case
        .order
        .ad_terms
        .as_ref()
        .map(|terms| kinds.found_in(&matching::words(&terms.value)))
        .unwrap_or_default();
    let disclosed: Vec<String> = in_ad
        .iter()
        .filter(|(kind, _)| demanded.contains(kind))
        .map(|(kind, terms)| format!("{} ({})", spoken(kind), terms.join(", ")))
        .collect();
    let undisclosed: Vec<&str> = demanded
        .iter()
        .copied()
        .filter(|kind| !in_ad.iter().any(|(named, _)| named == kind))
        .collect();
    let all_disclosed = !demanded.is_empty() && undisclosed.is_empty();
    // The buyer's first answer: an agreement or a refusal, whichever came first.
    let answer = ctx.facts.first(|k| {
        matches!(
            k,
            EventKind::VerificationAgreed | EventKind::VerificationRefused
        )
    });
    ctx.trace(
        clause,
        format!(
            "ad terms disclose each kind of verification demanded ({}); buyer's answer",
            if demanded.is_empty() {
                "none the policy names".to_string()
            } else {
                demanded
                    .iter()
                    .map(|k| spoken(k))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ),
        format!(
            "disclosed: {}; not disclosed: {}; buyer {}",
            if disclosed.is_empty() {
                "none".to_string()
            } else {
                disclosed.join(", ")
            },
            if all_disclosed {
                "none".to_string()
            } else if undisclosed.is_empty() {
                "the kind requested".to_string()
            } else {
                undisclosed
                    .iter()
                    .map(|k| spoken(k))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            match answer.map(|e| &e.kind) {
                Some(EventKind::VerificationAgreed) => "agreed",
                Some(_) => "refused",
                None => "has not answered",
            }
        ),
    );
    if all_disclosed {
        return disclosed_verification(ctx, clause, params.buyer_response, answer);
    }
    ctx.branch(clause, Branch::VerificationNotDisclosedOrRefused);
    let asked_in_ad = if in_ad.is_empty() {
        String::new()
    } else {
        let named: Vec<String> = in_ad.iter().map(|(kind, _)| spoken(kind)).collect();
        format!(" (they ask only for: {})", named.join(", "))
    };
    let finding = if undisclosed.is_empty() {
        format!(
            "the verification requested is of a kind the policy does not name, so the ad's terms cannot be shown to have disclosed it before the order{asked_in_ad}"
        )
    } else {
        let missing: Vec<String> = undisclosed.iter().map(|k| spoken(k)).collect();
        format!(
            "the ad's terms did not disclose the {} demanded before the order{asked_in_ad}",
            missing.join(", ")
        )
    };
    ctx.reason(clause, finding, vec!["order.ad_terms".to_string()]);
    cancel(ctx, clause)
}

/// A verification the ad's terms disclosed: the trade goes on only with the buyer's agreement.
/// The buyer's first answer within `window` of support's contact decides; silence while the
/// window runs is neither an agreement nor a refusal, and an answer after it does not count.
fn disclosed_verification(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: PolicyDuration,
    answer: Option<&Event>,
) -> Verdict {
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        window,
        "agree to or refuse the verification the ad's terms disclosed",
    );
    match answer.filter(|e| e.at.value <= deadline.due) {
        Some(agreed) if agreed.kind == EventKind::VerificationAgreed => {
            ctx.branch(clause, Branch::VerificationDisclosedAndAgreed);
            ctx.reason(clause, "the ad's terms disclosed the verification before the order and the buyer agreed: the trade goes on", vec!["order.ad_terms".to_string(), agreed.path()]);
            ctx.follow_up(
                Party::Buyer,
                "provide the verification the ad's terms ask for",
                None,
                clause,
            );
            ctx.follow_up(
                Party::Seller,
                "complete the trade once the verification is in",
                None,
                clause,
            );
            Verdict::done(Decision::Proceed)
        }
        Some(refused) => {
            ctx.branch(clause, Branch::VerificationNotDisclosedOrRefused);
            ctx.reason(
                clause,
                "the buyer refused the verification",
                vec![refused.path()],
            );
            cancel(ctx, clause)
        }
        None if !deadline.passed => {
            ctx.branch(clause, Branch::VerificationAwaitingAnswer);
            ctx.reason(
                clause,
                "the ad's terms disclosed the verification; the buyer has not answered yet, and silence while the window runs is not a refusal",
                vec!["order.ad_terms".to_string()],
            );
            ctx.wait(
                clause,
                &deadline,
                Decision::Proceed,
                "if the buyer has not agreed by then, cancel the order (refunding the buyer first if they paid)",
            )
        }
        None => {
            ctx.branch(clause, Branch::VerificationDisclosedNeverAgreed);
            ctx.missed(Party::Buyer);
            ctx.reason(
                clause,
                format!(
                    "the ad's terms disclosed the verification, but the buyer did not agree to it by {}: the trade cannot go on",
                    ctx.show(deadline.due)
                ),
                vec!["order.ad_terms".to_string(), "timeline".to_string()],
            );
            cancel(ctx, clause)
        }
    }
}

/// Adds the kinds `found` to `demanded`, each once, in order.
fn add_kinds<'k>(demanded: &mut Vec<&'k str>, found: Vec<(&'k str, Vec<&'k str>)>) {
    for (kind, _) in found {
        if !demanded.contains(&kind) {
            demanded.push(kind);
        }
    }
}

/// A kind of verification as the ruling says it: `selfie_with_id` → "selfie with id".
fn spoken(kind: &str) -> String {
    kind.replace('_', " ")
}

/// Cancels the order; a buyer who already paid is refunded first.
fn cancel(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    let paid = ctx.facts.paid;
    let fiat = ctx.case.order.fiat.clone();
    if paid.is_zero() {
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    let refund = ctx.facts.refund_of(paid);
    if refund.complete {
        ctx.reason(
            clause,
            format!("the buyer's {paid} {fiat} was refunded"),
            refund.refs(),
        );
        ctx.tell_support(clause, "cancel the order");
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.reason(
        clause,
        format!("the buyer has paid {paid} {fiat}: it is refunded before the order is cancelled"),
        vec!["payments".to_string()],
    );
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    ctx.follow_up(
        Party::Seller,
        format!("refund {outstanding} {fiat} to the buyer"),
        None,
        clause,
    );
    ctx.tell_support(clause, "cancel the order once the refund is confirmed");
    Verdict::done(Decision::RefundBuyer).with_amount(outstanding)
}
