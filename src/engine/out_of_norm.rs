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

use crate::model::case::{Event, EventKind, VerificationKind};
use crate::model::case_ref::{CaseRef, Field};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{List, Message, Money, Name, Quote, Word};
use crate::model::params;
use crate::vocab::decision::Actor;
use crate::vocab::decision::{Decision, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::matching;

use super::Verdict;
use super::context::Ctx;

mod said {
    use crate::model::message::{List, Message, Money, Name, Quote, Word, messages};
    use crate::vocab::decision::SanctionAction;
    use crate::vocab::time::Time;

    messages! {
        /// A seller's chat line with the policy's terms it matches.
        chat_line = "buyer.4a.chat_line" (text: Quote, terms: List);
        /// The seller proposed to trade or pay off the platform.
        off_platform = "buyer.4a.off_platform" ();
        /// A verification request on the order's timeline, of the kind it names.
        request = "buyer.4a.verification.request" (kind: Word);
        /// The trace of the seller's demands: chat and timeline against the policy's terms.
        demands_trace = "buyer.4a.demands.trace" ();
        /// How many verification and out-of-policy demands the seller made.
        demands_count = "buyer.4a.demands.count" (verification: usize, out_of_policy: usize);
        /// An out-of-policy demand by the seller: the order is cancelled and the seller
        /// sanctioned.
        out_of_policy = "buyer.4a.out_of_policy" (what: Message);
        /// Extra verification the seller demanded besides an out-of-policy demand.
        verification_as_well = "buyer.4a.verification.as_well" (what: Message);
        /// The trace of the seller's sanction: earlier violations against the repeat threshold.
        offence_trace = "buyer.4a.offence.trace" (violations: u32, threshold: u32);
        /// A repeat offence.
        offence_repeat = "buyer.4a.offence.repeat" ();
        /// A first offence.
        offence_first = "buyer.4a.offence.first" ();
        /// What would have changed the outcome: fewer earlier violations, the policy's sanction.
        offence_if_fewer = "buyer.4a.offence.if_fewer" (threshold: u32, sanction: SanctionAction);
        /// What would have changed the outcome: more earlier violations, a suspension.
        offence_if_repeat = "buyer.4a.offence.if_repeat" (threshold: u32);
        /// A repeat offender is suspended from P2P for the policy's days.
        offence_suspended = "buyer.4a.offence.suspended" (violations: u32, days: u32);
        /// No out-of-the-norm demand by the seller is on file: a person must review.
        no_demand = "buyer.4a.no_demand" ();
        /// Support reviews the order chat for the demand the buyer describes.
        ask_review_chat = "buyer.4a.ask.review_chat" ();
        /// Extra verification the seller demanded.
        verification_demanded = "buyer.4a.verification.demanded" (what: Message);
        /// Kinds of verification the policy names, each with the terms that name it.
        kind_named = "buyer.4a.kind_named" (kind: Name, terms: List);
        /// Several kinds of verification, or what the ad's terms disclose.
        kinds = "buyer.4a.kinds" (kinds: List);
        /// No kind at all.
        kinds_none = "buyer.4a.kinds.none" ();
        /// No kind the policy names.
        kinds_none_named = "buyer.4a.kinds.none_named" ();
        /// The kind requested, which the policy does not name.
        kinds_requested = "buyer.4a.kinds.requested" ();
        /// The trace of disclosure: the kinds demanded, and the buyer's answer.
        disclosure_trace = "buyer.4a.disclosure.trace" (demanded: Message);
        /// What the ad's terms disclose and do not, and how the buyer answered.
        disclosure_outcome = "buyer.4a.disclosure.outcome" (disclosed: Message, undisclosed: Message, answer: Word);
        /// The kinds of verification the ad's terms ask for.
        ad_asks = "buyer.4a.ad_asks" (kinds: List);
        /// The ad's terms ask for no kind of verification.
        ad_asks_nothing = "buyer.4a.ad_asks.nothing" ();
        /// The verification requested is of a kind the policy does not name, so its disclosure
        /// cannot be shown: the order is cancelled.
        unnamed_kind = "buyer.4a.unnamed_kind" (ad_asks: Message);
        /// The ad's terms did not disclose the kinds demanded before the order: the order is
        /// cancelled.
        undisclosed = "buyer.4a.undisclosed" (kinds: List, ad_asks: Message);
        /// What the buyer is asked: agree to or refuse the verification.
        ask_answer = "buyer.4a.ask.answer" ();
        /// Disclosed and agreed: the trade goes on.
        agreed = "buyer.4a.agreed" ();
        /// The buyer provides the verification.
        ask_provide = "buyer.4a.ask.provide" ();
        /// The seller completes the trade once the verification is in.
        ask_complete = "buyer.4a.ask.complete" ();
        /// The buyer refused the verification: the order is cancelled.
        refused = "buyer.4a.refused" ();
        /// Disclosed, and the buyer has not answered while the window runs: no refusal yet.
        awaiting_answer = "buyer.4a.awaiting_answer" ();
        /// If the buyer has not agreed by the deadline, support cancels the order.
        if_no_answer = "buyer.4a.if_no_answer" ();
        /// Disclosed, but the buyer did not agree by the deadline: the order is cancelled.
        never_agreed = "buyer.4a.never_agreed" (due: Time);
        /// Support cancels the order.
        ask_cancel = "buyer.4a.ask.cancel" ();
        /// The buyer's payment was refunded.
        refunded = "buyer.4a.refunded" (paid: Money);
        /// The buyer has paid: it is refunded before the order is cancelled.
        paid = "buyer.4a.paid" (paid: Money);
        /// The seller refunds what is still owed to the buyer.
        ask_refund = "buyer.4a.ask.refund" (amount: Money);
        /// Support cancels the order once the refund is confirmed.
        ask_cancel_after_refund = "buyer.4a.ask.cancel_after_refund" ();
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// MEXC buyer 4.a: out-of-policy demands cancel the order and sanction the seller; extra
/// verification alone goes on only if the ad's terms disclosed it and the buyer agrees.
pub fn requirements(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer4a) -> Verdict {
    let out_of_policy = out_of_policy_demands(ctx, params);
    let verification = verification_demands(ctx, &params.verification_terms);
    ctx.trace(
        clause,
        said::demands_trace(),
        said::demands_count(verification.demands.len(), out_of_policy.len()),
    );
    if !out_of_policy.is_empty() {
        return out_of_policy_demanded(ctx, clause, params, &out_of_policy, &verification);
    }
    if verification.demands.is_empty() {
        return no_demand(ctx, clause);
    }
    extra_verification(ctx, clause, params, &verification)
}

/// Other out-of-policy requests: seller chat with an out-of-policy term, or an off-platform proposal.
fn out_of_policy_demands(ctx: &Ctx, params: &params::Buyer4a) -> Vec<(CaseRef, Message)> {
    let demands = ctx
        .facts
        .chat_terms(Some(Actor::Seller), &params.out_of_policy_terms);
    let off_platform = ctx
        .facts
        .all(|k| *k == EventKind::OffPlatform { by: Party::Seller });
    let mut out_of_policy: Vec<(CaseRef, Message)> = demands
        .iter()
        .map(|(line, terms)| (CaseRef::chat(line), chat_line(&line.text, terms)))
        .collect();
    out_of_policy.extend(
        off_platform
            .iter()
            .map(|e| (CaseRef::event(e), said::off_platform())),
    );
    out_of_policy
}

/// The extra verification the seller demanded, and the kinds of verification it names.
struct Verification<'p> {
    /// Each demand: a request on the timeline, or a seller's chat line.
    demands: Vec<(CaseRef, Message)>,
    /// The kinds the demands name, each once, in order.
    kinds: Vec<&'p str>,
}

/// Extra verification: a request on the timeline, or seller chat with a verification term;
/// each with the kinds of verification it names.
fn verification_demands<'p>(ctx: &Ctx, kinds: &'p params::Requirements) -> Verification<'p> {
    let mut verification = Verification {
        demands: Vec::new(),
        kinds: Vec::new(),
    };
    let requested = ctx
        .facts
        .first(|k| matches!(k, EventKind::VerificationRequested { .. }));
    if let Some(event) = requested {
        verification.requested(kinds, event);
    }
    for (line, terms) in &ctx.facts.chat_terms(Some(Actor::Seller), kinds.all_terms()) {
        add_kinds(
            &mut verification.kinds,
            kinds.found_in(&matching::words(&line.text)),
        );
        verification
            .demands
            .push((CaseRef::chat(line), chat_line(&line.text, terms)));
    }
    verification
}

impl<'p> Verification<'p> {
    /// A verification request on the timeline. The request's kind is the policy's kind of the
    /// same name, else the kinds its name's words name (`payment_screenshot` reads "payment
    /// screenshot").
    fn requested(&mut self, kinds: &'p params::Requirements, event: &Event) {
        let (what, kind) = match event.kind {
            EventKind::VerificationRequested {
                kind: VerificationKind::PaymentScreenshot,
            } => (
                VerificationKind::PaymentScreenshot,
                Some(VerificationKind::PaymentScreenshot),
            ),
            EventKind::VerificationRequested {
                kind: VerificationKind::SelfieWithId,
            } => (
                VerificationKind::SelfieWithId,
                Some(VerificationKind::SelfieWithId),
            ),
            _ => (VerificationKind::Other, None),
        };
        if let Some(kind) = kind {
            match kinds.kind(kind.as_str()) {
                Some(named) => add_kinds(&mut self.kinds, vec![(named, Vec::new())]),
                None => add_kinds(
                    &mut self.kinds,
                    kinds.found_in(&matching::words(&kind.as_str().replace('_', " "))),
                ),
            }
        }
        let what = Word("verification_kind", what.as_str());
        self.demands
            .push((CaseRef::event(event), said::request(what)));
    }
}

/// An out-of-policy demand cancels the order and sanctions the seller; any verification
/// demanded as well is said too.
fn out_of_policy_demanded(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Buyer4a,
    out_of_policy: &[(CaseRef, Message)],
    verification: &Verification,
) -> Verdict {
    for (reference, what) in out_of_policy {
        ctx.reason(
            clause,
            said::out_of_policy(what.clone()),
            vec![reference.clone()],
        );
    }
    for (reference, what) in &verification.demands {
        ctx.reason(
            clause,
            said::verification_as_well(what.clone()),
            vec![reference.clone()],
        );
    }
    sanction_seller(ctx, clause, params);
    cancel(ctx, clause)
}

/// The seller's sanction: the policy's `seller_sanction` for a first offence, a suspension
/// from P2P for a repeat offender.
fn sanction_seller(ctx: &mut Ctx, clause: ClauseId, params: &params::Buyer4a) {
    let violations = ctx.case.seller.history.violations;
    let threshold = params.repeat_threshold;
    let repeat = violations >= threshold;
    ctx.trace(
        clause,
        said::offence_trace(violations, threshold),
        if repeat {
            said::offence_repeat()
        } else {
            said::offence_first()
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
        ctx.counterfactual(said::offence_if_fewer(threshold, params.seller_sanction));
        ctx.sanction(
            Party::Seller,
            SanctionAction::SuspendP2p,
            Some(days),
            clause,
        );
        ctx.reason(
            clause,
            said::offence_suspended(violations, days),
            vec![CaseRef::field(Field::SellerViolations)],
        );
    } else {
        let action = params.seller_sanction;
        ctx.counterfactual(said::offence_if_repeat(threshold));
        let days = (action == SanctionAction::SuspendP2p).then_some(params.suspension_days);
        ctx.sanction(Party::Seller, action, days, clause);
    }
}

/// No out-of-the-norm demand is on file: support reviews the chat.
fn no_demand(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.reason(
        clause,
        said::no_demand(),
        vec![CaseRef::field(Field::Chat), CaseRef::field(Field::Timeline)],
    );
    ctx.tell_support(clause, said::ask_review_chat());
    Verdict::done(Decision::Escalate)
}

/// Extra verification alone: allowed only if the ad's terms disclosed every kind demanded and
/// the buyer agrees; otherwise the order is cancelled.
fn extra_verification(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Buyer4a,
    verification: &Verification,
) -> Verdict {
    for (reference, what) in &verification.demands {
        ctx.reason(
            clause,
            said::verification_demanded(what.clone()),
            vec![reference.clone()],
        );
    }
    let disclosure = Disclosure::of(ctx, &params.verification_terms, &verification.kinds);
    // The buyer's first answer: an agreement or a refusal, whichever came first.
    let answer = ctx.facts.first(|k| {
        matches!(
            k,
            EventKind::VerificationAgreed | EventKind::VerificationRefused
        )
    });
    trace_disclosure(ctx, clause, &disclosure, answer);
    if disclosure.all {
        return disclosed_verification(ctx, clause, params.buyer_response, answer);
    }
    ctx.branch(clause, Branch::VerificationNotDisclosedOrRefused);
    undisclosed(ctx, clause, &disclosure)
}

/// What the ad's terms disclose, kind by kind: a demanded kind is disclosed only if the ad's
/// terms name that same kind.
struct Disclosure<'p, 'd> {
    /// The kinds demanded.
    demanded: &'d [&'p str],
    /// The kinds the ad's terms name, each with the terms that name it.
    in_ad: Vec<(&'p str, Vec<&'p str>)>,
    /// The kinds demanded that the ad's terms do not name.
    undisclosed: Vec<&'p str>,
    /// Whether some kind was demanded and the ad's terms name every one.
    all: bool,
}

impl<'p, 'd> Disclosure<'p, 'd> {
    fn of(ctx: &Ctx, kinds: &'p params::Requirements, demanded: &'d [&'p str]) -> Self {
        let in_ad: Vec<(&str, Vec<&str>)> = ctx
            .case
            .order
            .ad_terms
            .as_ref()
            .map(|terms| kinds.found_in(&matching::words(&terms.value)))
            .unwrap_or_default();
        let undisclosed: Vec<&str> = demanded
            .iter()
            .copied()
            .filter(|kind| !in_ad.iter().any(|(named, _)| named == kind))
            .collect();
        let all = !demanded.is_empty() && undisclosed.is_empty();
        Disclosure {
            demanded,
            in_ad,
            undisclosed,
            all,
        }
    }
}

/// The trace of disclosure: the kinds demanded, what the ad's terms disclose and do not, and
/// how the buyer answered.
fn trace_disclosure(
    ctx: &mut Ctx,
    clause: ClauseId,
    disclosure: &Disclosure,
    answer: Option<&Event>,
) {
    let Disclosure {
        demanded,
        in_ad,
        undisclosed,
        all,
    } = disclosure;
    let disclosed: Vec<_> = in_ad
        .iter()
        .filter(|(kind, _)| demanded.contains(kind))
        .map(|(kind, terms)| said::kind_named(Name(&spoken(kind)), names(terms)).into())
        .collect();
    let demanded_said = if demanded.is_empty() {
        said::kinds_none_named()
    } else {
        said::kinds(spoken_list(demanded))
    };
    let disclosed_said = if disclosed.is_empty() {
        said::kinds_none()
    } else {
        said::kinds(List(disclosed))
    };
    let undisclosed_said = if *all {
        said::kinds_none()
    } else if undisclosed.is_empty() {
        said::kinds_requested()
    } else {
        said::kinds(spoken_list(undisclosed))
    };
    let answered = match answer.map(|e| &e.kind) {
        Some(EventKind::VerificationAgreed) => "agreed",
        Some(_) => "refused",
        None => "none",
    };
    ctx.trace(
        clause,
        said::disclosure_trace(demanded_said),
        said::disclosure_outcome(
            disclosed_said,
            undisclosed_said,
            Word("verification_answer", answered),
        ),
    );
}

/// The ad's terms did not disclose the verification demanded: the order is cancelled.
fn undisclosed(ctx: &mut Ctx, clause: ClauseId, disclosure: &Disclosure) -> Verdict {
    let asked_in_ad = if disclosure.in_ad.is_empty() {
        said::ad_asks_nothing()
    } else {
        let named: Vec<&str> = disclosure.in_ad.iter().map(|(kind, _)| *kind).collect();
        said::ad_asks(spoken_list(&named))
    };
    let finding = if disclosure.undisclosed.is_empty() {
        said::unnamed_kind(asked_in_ad)
    } else {
        said::undisclosed(spoken_list(&disclosure.undisclosed), asked_in_ad)
    };
    ctx.reason(clause, finding, vec![CaseRef::field(Field::OrderAdTerms)]);
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
    let deadline = ctx.contact_deadline(clause, Party::Buyer, window, said::ask_answer());
    match answer.filter(|e| e.at.value <= deadline.due) {
        Some(agreed) if agreed.kind == EventKind::VerificationAgreed => {
            ctx.branch(clause, Branch::VerificationDisclosedAndAgreed);
            ctx.reason(
                clause,
                said::agreed(),
                vec![CaseRef::field(Field::OrderAdTerms), CaseRef::event(agreed)],
            );
            ctx.follow_up(Party::Buyer, said::ask_provide(), None, clause);
            ctx.follow_up(Party::Seller, said::ask_complete(), None, clause);
            Verdict::done(Decision::Proceed)
        }
        Some(refused) => {
            ctx.branch(clause, Branch::VerificationNotDisclosedOrRefused);
            ctx.reason(clause, said::refused(), vec![CaseRef::event(refused)]);
            cancel(ctx, clause)
        }
        None if !deadline.passed => {
            ctx.branch(clause, Branch::VerificationAwaitingAnswer);
            ctx.reason(
                clause,
                said::awaiting_answer(),
                vec![CaseRef::field(Field::OrderAdTerms)],
            );
            ctx.wait(clause, &deadline, Decision::Proceed, said::if_no_answer())
        }
        None => {
            ctx.branch(clause, Branch::VerificationDisclosedNeverAgreed);
            ctx.lapsed(
                clause,
                Party::Buyer,
                &deadline,
                said::never_agreed,
                vec![
                    CaseRef::field(Field::OrderAdTerms),
                    CaseRef::field(Field::Timeline),
                ],
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

/// Kinds of verification as the ruling says them, for a message.
fn spoken_list(kinds: &[&str]) -> List {
    List(kinds.iter().map(|k| Name(&spoken(k)).into()).collect())
}

/// Terms of the policy, for a message.
fn names(terms: &[&str]) -> List {
    List(terms.iter().map(|t| Name(t).into()).collect())
}

/// A chat line with the terms it matches.
fn chat_line(text: &str, terms: &[&str]) -> Message {
    said::chat_line(Quote(text), names(terms))
}

/// Cancels the order; a buyer who already paid is refunded first.
fn cancel(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    let paid = ctx.facts.paid;
    let fiat = ctx.case.order.fiat.clone();
    if paid.is_zero() {
        ctx.tell_support(clause, said::ask_cancel());
        return Verdict::done(Decision::CancelOrder);
    }
    let refund = ctx.facts.refund_of(paid);
    if refund.complete {
        ctx.reason(clause, said::refunded(Money(paid, &fiat)), refund.refs());
        ctx.tell_support(clause, said::ask_cancel());
        return Verdict::done(Decision::CancelOrder);
    }
    ctx.reason(
        clause,
        said::paid(Money(paid, &fiat)),
        vec![CaseRef::field(Field::Payments)],
    );
    let outstanding = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    ctx.follow_up(
        Party::Seller,
        said::ask_refund(Money(outstanding, &fiat)),
        None,
        clause,
    );
    ctx.tell_support(clause, said::ask_cancel_after_refund());
    Verdict::done(Decision::RefundBuyer).with_amount(outstanding)
}
