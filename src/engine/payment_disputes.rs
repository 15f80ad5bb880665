//! Appeals by the Seller about the buyer's payment: 1.a marked paid without paying, 1.b funds
//! not received, 1.c paid to an inaccessible account, 2.a underpayment.
//! MEXC P2P Appeal Handling Rules, Appeals by the Seller, 1.a, 1.b, 1.c and 2.a.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::case::{AppealType, Evidence, EvidenceKind, Payment};
use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{Message, Money, Name, Quantity};
use crate::model::params::{self, UnderpaymentMode};
use crate::model::window::{Basis, Window};
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::identity::Identity;
use crate::vocab::time::Time;

use super::Verdict;
use super::context::Ctx;
use super::deadline::Deadline;
use super::facts::Destination;

mod said {
    use rust_decimal::Decimal;

    use crate::model::case_ref::CaseRef;
    use crate::model::message::{Money, Name, Quantity, messages};
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// The trace counts the payments with valid proof.
        valid_proof = "seller.1a.trace.valid_proof" ();
        /// None of the payments has valid proof.
        none_of = "seller.1a.trace.none_of" (payments: usize);
        /// No payment by the buyer is on file.
        no_payment = "seller.1a.no_payment" ();
        /// The buyer's payment has no valid proof.
        no_valid_proof = "seller.1a.no_valid_proof" ();
        /// Support cancels the order; the crypto goes back to the seller.
        cancel_return = "seller.1a.cancel_return" ();
        /// The proof of a payment was tampered with: the claim fails.
        forged_proof = "seller.1a.forged_proof" (payment: CaseRef);
        /// What the buyer must do: upload valid proof.
        ask_proof = "seller.1a.ask.proof" ();
        /// Support could not reach the buyer, who still has time.
        unreachable_still_time = "seller.1a.unreachable_still_time" (at: Time, due: Time);
        /// What follows if no proof arrives in time.
        if_no_proof = "seller.1a.if_no_proof" ();
        /// The buyer could not be reached and no proof came in time.
        unreachable = "seller.1a.unreachable" (at: Time, due: Time);
        /// No valid proof in time.
        no_proof = "seller.1a.no_proof" (due: Time);
        /// The buyer's payment has valid proof; the seller says the money did not arrive.
        proven = "seller.1b.proven" ();
        /// The trace looks at the seller's bank statement.
        statement = "seller.1b.trace.statement" ();
        /// The statement was tampered with.
        tampered_outcome = "seller.1b.trace.tampered" ();
        /// The statement shows the payment.
        shows_outcome = "seller.1b.trace.shows" ();
        /// The statement does not show the payment.
        not_shown_outcome = "seller.1b.trace.not_shown" ();
        /// The seller's statement was tampered with: the claim is rejected.
        forged_statement = "seller.1b.forged_statement" ();
        /// Support releases the crypto to the buyer.
        release = "seller.1b.release" ();
        /// The seller's own statement shows the payment arrived.
        statement_shows = "seller.1b.statement_shows" ();
        /// The statement does not show the payment: trace it.
        statement_not_shown = "seller.1b.statement_not_shown" ();
        /// Support traces the payment with both banks.
        trace_banks = "seller.1b.trace_banks" ();
        /// What the seller must submit: a bank statement.
        ask_statement = "seller.1b.ask.statement" ();
        /// The statement came before the transfer could be expected.
        not_yet = "seller.1b.not_yet" ();
        /// What the seller must do while the transfer may still arrive.
        ask_release_or_later = "seller.1b.ask.release_or_later" ();
        /// What follows if the money still has not arrived.
        if_still_missing = "seller.1b.if_still_missing" ();
        /// What follows if no statement arrives in time.
        if_no_statement = "seller.1b.if_no_statement" ();
        /// No statement in time: the crypto goes to the buyer.
        no_statement = "seller.1b.no_statement" (due: Time);
        /// The trace of a non-instant payment's arrival.
        transit_trace = "seller.1b.trace.transit" (at: Time, length: PolicyDuration, arrives_by: Time);
        /// The payment may still be in transit.
        in_transit_outcome = "seller.1b.trace.in_transit" ();
        /// The payment should have arrived.
        arrived_outcome = "seller.1b.trace.arrived" ();
        /// The payment was not instant and may still arrive.
        in_transit = "seller.1b.in_transit" (until: Time);
        /// One account paid against the order page's: as written, the forms compared and their
        /// kinds.
        account_trace = "seller.1c.trace.account" (paid: Name, page: Name, paid_form: Name, page_form: Name, kinds: Name);
        /// The same account.
        same_outcome = "seller.1c.trace.same" ();
        /// Another account.
        different_outcome = "seller.1c.trace.different" ();
        /// Cannot be told from what is written.
        cannot_tell_outcome = "seller.1c.trace.cannot_tell" ();
        /// Another account or cannot tell as written, but the seller confirmed it is theirs or
        /// support found it is the order page's.
        confirmed_outcome = "seller.1c.trace.confirmed" ();
        /// Cannot tell as written, and support found it is another account.
        found_other_outcome = "seller.1c.trace.found_other" ();
        /// The seller's appeal is the claim that the account paid is inaccessible.
        claimed_by_appeal = "seller.1c.claimed.appeal" ();
        /// The seller answered that the account paid is inaccessible.
        claimed_by_answer = "seller.1c.claimed.answer" ();
        /// The buyer paid as instructions other than the order page's said.
        followed_instructions = "seller.1c.claimed.instructions" (account: Name);
        /// Another account, which nobody has claimed inaccessible: not yet a loss.
        unclaimed = "seller.1c.unclaimed" (account: Name, page: Name);
        /// The account paid cannot be told from the order page's as written.
        cannot_tell = "seller.1c.cannot_tell" (account: Name, page: Name);
        /// The trace of what follows each answer.
        answers_trace = "seller.1c.trace.answers" ();
        /// What follows each answer, for another account nobody claimed inaccessible.
        answers_other = "seller.1c.trace.answers.other" ();
        /// What follows each answer, for an account that cannot be told apart.
        answers_cannot_tell = "seller.1c.trace.answers.cannot_tell" ();
        /// What the seller must say: whether the account paid is theirs and receives.
        ask_account = "seller.1c.ask.account" (account: Name);
        /// What support must verify: which account was paid.
        verify_account = "seller.1c.verify.account" (account: Name);
        /// What follows if nobody has answered by the deadline.
        if_unanswered = "seller.1c.if_unanswered" ();
        /// Nobody answered by the deadline: support verifies with the payment provider.
        unanswered = "seller.1c.unanswered" (due: Time);
        /// Support verifies with the payment provider which account was paid.
        verify_with_provider = "seller.1c.verify_with_provider" ();
        /// The buyer paid elsewhere than the order page: the buyer's loss.
        paid_elsewhere = "seller.1c.paid_elsewhere" (account: Name, page: Name);
        /// Payments to other accounts are the payer's own error.
        elsewhere_notice = "seller.1c.elsewhere.notice" ();
        /// The buyer's earlier violations against the repeat threshold.
        violations_trace = "seller.1c.trace.violations" (violations: u32, threshold: u32);
        /// A repeat: permanent ban.
        repeat_outcome = "seller.1c.trace.repeat" ();
        /// A first offence: no sanction.
        first_outcome = "seller.1c.trace.first" ();
        /// The buyer has earlier violations of this kind: permanent ban.
        repeat = "seller.1c.repeat" (violations: u32);
        /// As many violations as the threshold would have banned the buyer.
        if_repeat = "seller.1c.if_repeat" (threshold: u32);
        /// Support cancels the order; the crypto stays with the seller.
        cancel_keep = "seller.1c.cancel_keep" ();
        /// The buyer paid to the order page's account: protected.
        paid_to_page = "seller.1c.paid_to_page" (page: Name);
        /// The funds came back: the order is cancelled.
        bounced = "seller.1c.bounced" ();
        /// Support cancels the order.
        cancel = "seller.1c.cancel" ();
        /// Only part came back: a person reconciles.
        partly_bounced = "seller.1c.partly_bounced" (paid: Money);
        /// Support reconciles the amounts with both banks.
        reconcile = "seller.1c.reconcile" ();
        /// What the seller must do: show the funds came back, or release.
        ask_bounced = "seller.1c.ask.bounced" ();
        /// What follows if the seller has not shown the funds came back.
        if_not_bounced = "seller.1c.if_not_bounced" ();
        /// No sign in time that the funds came back: release.
        not_bounced = "seller.1c.not_bounced" (due: Time);
        /// Support releases the crypto to the buyer.
        release_1c = "seller.1c.release" ();
        /// The trace of the amount paid in time against the order amount.
        paid_trace = "seller.2a.trace.paid" (paid: Decimal, amount: Decimal, tolerance: Decimal);
        /// The shortfall.
        shortfall_outcome = "seller.2a.trace.shortfall" (shortfall: Money);
        /// The payments now cover the order: release.
        topped_up = "seller.2a.topped_up" (paid: Money);
        /// Support releases the crypto to the buyer.
        release_2a = "seller.2a.release" ();
        /// The buyer paid less than the order amount.
        short = "seller.2a.short" (paid: Money, amount: Money, shortfall: Money);
        /// The quantity paid for is beyond exact range.
        out_of_range = "seller.2a.out_of_range" ();
        /// The part paid for is released, rounded down.
        partial_release = "seller.2a.partial_release" (quantity: Quantity, paid: Money, decimals: u32);
        /// Support releases the quantity and returns the rest.
        release_quantity = "seller.2a.release_quantity" (quantity: Quantity);
        /// The seller refunds what the released quantity does not cover.
        refund_remainder = "seller.2a.refund_remainder" (remainder: Money);
        /// What the buyer must do: pay the shortfall.
        ask_top_up = "seller.2a.ask.top_up" (shortfall: Money);
        /// What follows the top-up window either way.
        if_top_up = "seller.2a.if_top_up" (paid: Money);
        /// The shortfall was not paid in time.
        not_topped_up = "seller.2a.not_topped_up" (due: Time);
        /// The seller refunded what arrived.
        refunded = "seller.2a.refunded" (paid: Money);
        /// Support cancels the order.
        cancel_2a = "seller.2a.cancel" ();
        /// What the seller must do: refund what it still holds.
        refund_held = "seller.2a.refund_held" (owed: Money);
        /// Support cancels once the refund is confirmed.
        cancel_once_refunded = "seller.2a.cancel_once_refunded" ();
        /// A payment after the window: a transfer of its own, returned.
        late_payment = "seller.2a.late_payment" (amount: Money, at: Time);
        /// The seller returns what came after the window.
        return_late = "seller.2a.return_late" (amount: Money);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// 1.a — the buyer marked the order paid without paying. Without valid proof (an untampered
/// receipt from an official banking source) within `buyer_proof_window` of support's contact,
/// or if the buyer cannot be reached, the order is cancelled and the crypto goes back to the
/// seller; the false claim draws a suspension (`false_claim_sanction` days; the rule's outcome
/// list is lost).
pub fn marked_paid_without_paying(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Seller1a,
) -> Verdict {
    no_valid_proof(ctx, clause);
    // A forged receipt is not proof that is merely missing: the claim fails at once (and the
    // forgery is sanctioned as fraud, seller 7.a).
    if let Some((payment, evidence)) = forged_proof(ctx) {
        ctx.branch(clause, Branch::ForgedProof);
        ctx.reason(clause, said::forged_proof(payment), vec![evidence]);
        return cancel_false_claim(ctx, clause, params);
    }
    // "Cannot be reached within the given timeframe" is known when the timeframe ends: a
    // failed attempt starts the window (support tried), it does not end it.
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        params.buyer_proof_window,
        said::ask_proof(),
    );
    if !deadline.passed {
        return await_proof(ctx, clause, &deadline);
    }
    ctx.missed(Party::Buyer);
    no_proof_in_time(ctx, clause, &deadline);
    cancel_false_claim(ctx, clause, params)
}

/// No valid proof of payment is on file: no payment at all, or none with valid proof.
fn no_valid_proof(ctx: &mut Ctx, clause: ClauseId) {
    let payments = ctx.facts.payments.len();
    ctx.trace(clause, said::valid_proof(), said::none_of(payments));
    if payments == 0 {
        ctx.reason(
            clause,
            said::no_payment(),
            vec![CaseRef::field(Field::Payments)],
        );
    } else {
        let refs = ctx
            .facts
            .payments
            .iter()
            .map(|p| CaseRef::payment(p).at(ItemField::Proof))
            .collect();
        ctx.reason(clause, said::no_valid_proof(), refs);
    }
}

/// The first payment whose proof is a tampered receipt, with that evidence.
fn forged_proof(ctx: &Ctx) -> Option<(CaseRef, CaseRef)> {
    ctx.facts.payments.iter().find_map(|p| {
        let proof = p.proof.as_ref()?;
        ctx.facts
            .evidence_by_id(&proof.value)
            .filter(|e| e.tampered)
            .map(|e| {
                (
                    CaseRef::payment(p),
                    CaseRef::evidence(e).at(ItemField::Tampered),
                )
            })
    })
}

/// The window for proof still runs: the buyer may still send it, even after a failed attempt
/// to reach them.
fn await_proof(ctx: &mut Ctx, clause: ClauseId, deadline: &Deadline) -> Verdict {
    let still_time = said::unreachable_still_time;
    ctx.unreachable_in_time(clause, Party::Buyer, deadline, still_time);
    ctx.wait(
        clause,
        deadline,
        Decision::RequestEvidence,
        said::if_no_proof(),
    )
}

/// The window for proof closed: the buyer could not be reached, or sent no proof.
fn no_proof_in_time(ctx: &mut Ctx, clause: ClauseId, deadline: &Deadline) {
    let due = ctx.on_clock(deadline.due);
    match ctx.facts.unreachable(Party::Buyer) {
        Some(unreachable) => {
            ctx.branch(clause, Branch::BuyerUnreachable);
            let at = ctx.on_clock(unreachable.at.value);
            ctx.reason(
                clause,
                said::unreachable(at, due),
                vec![CaseRef::event(unreachable)],
            );
        }
        None => ctx.reason(
            clause,
            said::no_proof(due),
            vec![CaseRef::field(Field::Evidence)],
        ),
    }
}

/// The false claim fails: the buyer is suspended (`false_claim_sanction` days), and support
/// cancels the order and returns the crypto to the seller.
fn cancel_false_claim(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller1a) -> Verdict {
    let days = params.false_claim_sanction;
    ctx.sanction(Party::Buyer, SanctionAction::SuspendP2p, Some(days), clause);
    ctx.follow_up(Actor::Support, said::cancel_return(), None, clause);
    Verdict::done(Decision::CancelOrder)
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
pub fn funds_not_received(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller1b) -> Verdict {
    let proven = ctx.facts.proven_payments();
    let refs = proven
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::Proof))
        .collect();
    ctx.reason(clause, said::proven(), refs);
    if let Some(forged) = ctx
        .facts
        .forged_evidence_of(Party::Seller, &[EvidenceKind::BankStatement])
    {
        let place = CaseRef::evidence(forged).at(ItemField::Tampered);
        Statement::Forged.read(ctx, clause, place);
        return release(ctx, clause);
    }
    let statements = statements_in_time(ctx, params.seller_statement_window);
    if let Some(statement) = statements.iter().find(|e| e.shows_receipt == Some(true)) {
        Statement::ShowsTheFunds.read(ctx, clause, CaseRef::evidence(statement));
        return release(ctx, clause);
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
        Statement::WithoutTheFunds.read(ctx, clause, CaseRef::evidence(statement));
        ctx.tell_support(clause, said::trace_banks());
        return Verdict::done(Decision::Escalate);
    }
    let window = params.seller_statement_window;
    await_statement(ctx, clause, window, arrival, without_funds)
}

/// The seller's sound bank statements that count for seller 1.b: those by the end of the
/// seller's window ([`statement_due`]), or any so far while it has not started. A statement
/// after the window (and after the time a non-instant transfer may take, when that is later)
/// does not meet it.
fn statements_in_time<'a>(ctx: &Ctx<'a>, window: PolicyDuration) -> Vec<&'a Evidence> {
    let due = statement_due(ctx, window);
    ctx.facts
        .sound_evidence_of(Party::Seller, &[EvidenceKind::BankStatement])
        .into_iter()
        .filter(|e| due.is_none_or(|due| e.at.value <= due))
        .collect()
}

/// What the seller's bank statement shows, when it settles seller 1.b.
#[derive(Clone, Copy)]
enum Statement {
    /// It was tampered with: the claim fails.
    Forged,
    /// It shows the funds arrived.
    ShowsTheFunds,
    /// It shows they did not, and no transfer is still on its way: the banks trace the payment.
    WithoutTheFunds,
}

impl Statement {
    /// The statement at `place`, traced and stated, and the path it takes through the clause.
    fn read(self, ctx: &mut Ctx, clause: ClauseId, place: CaseRef) {
        let (branch, outcome, finding) = match self {
            Statement::Forged => (
                Branch::ForgedStatement,
                said::tampered_outcome(),
                said::forged_statement(),
            ),
            Statement::ShowsTheFunds => (
                Branch::StatementWithTheFunds,
                said::shows_outcome(),
                said::statement_shows(),
            ),
            Statement::WithoutTheFunds => (
                Branch::StatementWithoutTheFunds,
                said::not_shown_outcome(),
                said::statement_not_shown(),
            ),
        };
        ctx.branch(clause, branch);
        ctx.trace(clause, said::statement(), outcome);
        ctx.reason(clause, finding, vec![place]);
    }
}

/// Seller 1.b decided for the buyer: support releases the crypto.
fn release(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    ctx.tell_support(clause, said::release());
    Verdict::done(Decision::ReleaseToBuyer)
}

/// Seller 1.b with no statement that settles it: the seller has `window` from support's
/// contact, or until a non-instant transfer may have arrived when that is later, to send one;
/// after that, the crypto goes to the buyer.
fn await_statement(
    ctx: &mut Ctx,
    clause: ClauseId,
    window: PolicyDuration,
    arrival: Option<Time>,
    without_funds: Option<&Evidence>,
) -> Verdict {
    let mut deadline = ctx.contact_deadline(clause, Party::Seller, window, said::ask_statement());
    if let Some(arrives_by) = arrival
        && arrives_by > deadline.due
    {
        deadline.due = arrives_by;
        deadline.passed = false;
    }
    if deadline.passed {
        let refs = vec![CaseRef::field(Field::Evidence)];
        ctx.lapsed(clause, Party::Seller, &deadline, said::no_statement, refs);
        return release(ctx, clause);
    }
    let Some(statement) = without_funds else {
        let if_none = said::if_no_statement();
        return ctx.wait(clause, &deadline, Decision::RequestEvidence, if_none);
    };
    // The statement came before the transfer could be expected: it settles nothing yet.
    ctx.reason(clause, said::not_yet(), vec![CaseRef::evidence(statement)]);
    deadline.ask = (Party::Seller.into(), said::ask_release_or_later());
    let if_missing = said::if_still_missing();
    ctx.wait(clause, &deadline, Decision::RequestEvidence, if_missing)
}

/// The last moment a seller's bank statement counts for seller 1.b: the end of
/// `seller_statement_window` from support's first attempt to reach the seller, or the end of
/// buyer 1.b's `non_instant_release` from a non-instant payment when that is later; `None`
/// while support has not tried to reach the seller.
fn statement_due(ctx: &Ctx, window: PolicyDuration) -> Option<Time> {
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
fn in_transit_until(ctx: &mut Ctx, clause: ClauseId) -> Option<Time> {
    if ctx.facts.instant() {
        return None;
    }
    let transfer = ctx.params().buyer_1b.as_ref()?.non_instant_release;
    let last = ctx.facts.payments.last().copied()?;
    let transit = Window::open(
        clause,
        Party::Seller.into(),
        Basis::Payment(CaseRef::payment(last)),
        last.at.value,
        transfer,
        &ctx.policy.calendar,
    );
    let arrives_by = transit.due;
    let in_transit = !transit.passed(ctx.now());
    ctx.trace(
        clause,
        said::transit_trace(
            ctx.on_clock(last.at.value),
            transfer,
            ctx.on_clock(arrives_by),
        ),
        if in_transit {
            said::in_transit_outcome()
        } else {
            said::arrived_outcome()
        },
    );
    if !in_transit {
        return None;
    }
    ctx.rely_on(transit);
    ctx.branch(clause, Branch::PaymentInTransit);
    ctx.reason(
        clause,
        said::in_transit(ctx.on_clock(arrives_by)),
        vec![CaseRef::payment(last).at(ItemField::Instant)],
    );
    Some(arrives_by)
}

/// Each payment's account against the order page's, one trace step each: the accounts as
/// written, the forms compared, their kinds and the outcome (`--explain`).
pub fn trace_accounts(ctx: &mut Ctx, clause: ClauseId) {
    let page = ctx.case.order.payment_method.account.value.clone();
    for check in ctx.facts.account_checks() {
        let c = &check.comparison;
        let kinds = if c.kinds[0] == c.kinds[1] {
            c.kinds[0].as_str().to_string()
        } else {
            format!("{} / {}", c.kinds[1].as_str(), c.kinds[0].as_str())
        };
        let outcome = match (c.outcome, check.went) {
            (Identity::Same, _) => said::same_outcome(),
            (_, Destination::OrderPage) => said::confirmed_outcome(),
            (Identity::CannotTell, Destination::Elsewhere) => said::found_other_outcome(),
            (Identity::CannotTell, _) => said::cannot_tell_outcome(),
            (Identity::Different, _) => said::different_outcome(),
        };
        ctx.trace(
            clause,
            said::account_trace(
                Name(&check.payment.to_account.value),
                Name(&page),
                Name(&c.forms[1]),
                Name(&c.forms[0]),
                Name(&kinds),
            ),
            outcome,
        );
    }
}

/// What makes a payment to another account the buyer's loss under 1.c: the seller's claim that
/// the account is inaccessible (the seller's appeal, or an answer to support), or the case
/// showing the buyer followed instructions other than the order page. `true` with the latter.
fn loss_grounds(ctx: &Ctx, misdirected: &[&Payment]) -> Option<(Message, Vec<CaseRef>, bool)> {
    let appeal = &ctx.case.appeal;
    if appeal.by.value == Party::Seller && appeal.kind.value == AppealType::InaccessibleAccount {
        let refs = vec![CaseRef::field(Field::AppealType)];
        return Some((said::claimed_by_appeal(), refs, false));
    }
    if let Some(answer) = ctx.facts.seller_claims_inaccessible() {
        return Some((
            said::claimed_by_answer(),
            vec![CaseRef::event(answer)],
            false,
        ));
    }
    misdirected.iter().find_map(|p| {
        let place = ctx.facts.instructions_for(p)?;
        let account = Name(&p.to_account.value);
        Some((said::followed_instructions(account), vec![place], true))
    })
}

/// 1.c — the buyer paid into an account the seller cannot access. Only the details on the
/// system-logged order page bind: a buyer who followed them is protected (release unless the
/// funds bounced back); a buyer who paid elsewhere bears the loss once the seller claims the
/// account inaccessible or the case shows other instructions were followed, and a repeat
/// offender is banned. Another account nobody has claimed inaccessible, or one that cannot be
/// told from the order page's, is verified first ([`account_to_verify`]).
pub fn inaccessible_account(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller1c) -> Verdict {
    trace_accounts(ctx, clause);
    let misdirected = ctx.facts.misdirected_payments();
    if !misdirected.is_empty() {
        return paid_to_another_account(ctx, clause, params, &misdirected);
    }
    let unverified = ctx.facts.unverified_payments();
    if !unverified.is_empty() {
        return account_to_verify(ctx, params.seller_response, &unverified, true);
    }
    ctx.branch(clause, Branch::PaidToTheOrderPagesAccount);
    let page = Name(&ctx.case.order.payment_method.account.value);
    ctx.reason(
        clause,
        said::paid_to_page(page),
        vec![CaseRef::field(Field::OrderAccount)],
    );
    if let Some(bounced) = bounced_back(ctx, clause, params.seller_response) {
        return bounced;
    }
    release_unless_bounced(ctx, clause, params.seller_response)
}

/// 1.c, the buyer paid an account other than the order page's: the buyer's loss once there are
/// grounds for it ([`loss_grounds`]), else the account is verified first.
fn paid_to_another_account(
    ctx: &mut Ctx,
    clause: ClauseId,
    params: &params::Seller1c,
    misdirected: &[&Payment],
) -> Verdict {
    let Some((grounds, refs, instructions)) = loss_grounds(ctx, misdirected) else {
        return account_to_verify(ctx, params.seller_response, misdirected, false);
    };
    if instructions {
        ctx.branch(clause, Branch::InstructionsOtherThanTheOrderPage);
    }
    ctx.reason(clause, grounds, refs);
    let refs = misdirected
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::ToAccount))
        .collect();
    let paid = Name(&misdirected[0].to_account.value);
    let page = Name(&ctx.case.order.payment_method.account.value);
    ctx.reason(clause, said::paid_elsewhere(paid, page), refs);
    paid_elsewhere(ctx, params.repeat_threshold)
}

/// 1.c, paid to the order page's account: the funds came back to the buyer by the end of the
/// seller's window (`window` from support's contact), in full (the order is cancelled) or in
/// part (a person reconciles). A bounce-back recorded after the window does not undo the
/// release the window's end decided. `None` when nothing came back.
fn bounced_back(ctx: &mut Ctx, clause: ClauseId, window: PolicyDuration) -> Option<Verdict> {
    let paid = ctx.facts.paid;
    let due = ctx.contact_due(Party::Seller, window);
    let bounced = ctx.facts.refund_by(paid, due);
    if bounced.complete {
        ctx.branch(clause, Branch::FundsBouncedBack);
        ctx.reason(clause, said::bounced(), bounced.refs());
        ctx.tell_support(clause, said::cancel());
        return Some(Verdict::done(Decision::CancelOrder));
    }
    if !bounced.partial() {
        return None;
    }
    // Part of the money came back and part did not: neither a cancellation nor a release
    // squares the accounts.
    ctx.branch(clause, Branch::FundsPartlyBouncedBack);
    let fiat = &ctx.case.order.fiat;
    ctx.reason(
        clause,
        said::partly_bounced(Money(paid, fiat)),
        bounced.refs(),
    );
    ctx.tell_support(clause, said::reconcile());
    Some(Verdict::done(Decision::Escalate))
}

/// 1.c, paid to the order page's account and nothing came back: the seller has `window` from
/// support's contact to show the funds bounced back; after that, the crypto is released (and a
/// refund after the window goes back to the seller).
fn release_unless_bounced(ctx: &mut Ctx, clause: ClauseId, window: PolicyDuration) -> Verdict {
    let deadline = ctx.contact_deadline(clause, Party::Seller, window, said::ask_bounced());
    if !deadline.passed {
        let if_not = said::if_not_bounced();
        return ctx.wait(clause, &deadline, Decision::ReleaseToBuyer, if_not);
    }
    let refs = vec![CaseRef::field(Field::Timeline)];
    ctx.lapsed(clause, Party::Seller, &deadline, said::not_bounced, refs);
    ctx.tell_support(clause, said::release_1c());
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
pub fn underpayment(ctx: &mut Ctx, clause: ClauseId, params: &params::Seller2a) -> Verdict {
    let TopUps { in_time, late, .. } = top_ups(ctx).unwrap_or_else(|| TopUps {
        closes: None,
        in_time: ctx.facts.payments.clone(),
        late: Vec::new(),
    });
    let Some(shortfall) = short_by(ctx, clause, &in_time) else {
        ctx.tell_support(clause, said::release_2a());
        return Verdict::done(Decision::ReleaseToBuyer);
    };
    if params.mode == UnderpaymentMode::PartialRelease {
        return release_part_paid(ctx, clause, params.asset_decimals);
    }
    let deadline = ctx.contact_deadline(
        clause,
        Party::Buyer,
        params.top_up_window,
        said::ask_top_up(Money(shortfall, &ctx.case.order.fiat)),
    );
    if !deadline.passed {
        let if_top_up = said::if_top_up(Money(ctx.facts.paid, &ctx.case.order.fiat));
        return ctx.wait(clause, &deadline, Decision::ReleaseToBuyer, if_top_up);
    }
    let refs = vec![CaseRef::field(Field::Payments)];
    ctx.lapsed(clause, Party::Buyer, &deadline, said::not_topped_up, refs);
    refund_what_arrived(ctx, clause, paid(&in_time), &late)
}

/// The sum of `payments`.
fn paid(payments: &[&Payment]) -> Decimal {
    payments.iter().map(|p| p.amount.value).sum()
}

/// How much the payments that count (`in_time`) fall short of the order amount, beyond the
/// policy's `amount_tolerance`: stated either way, `None` when they cover it (topped up).
fn short_by(ctx: &mut Ctx, clause: ClauseId, in_time: &[&Payment]) -> Option<Decimal> {
    let fiat = &ctx.case.order.fiat;
    let amount = ctx.case.order.amount.value;
    let tolerance = ctx.policy.limits.amount_tolerance;
    let paid_in_time = paid(in_time);
    let shortfall = amount - paid_in_time;
    ctx.trace(
        clause,
        said::paid_trace(paid_in_time, amount, tolerance),
        said::shortfall_outcome(Money(shortfall, fiat)),
    );
    let refs: Vec<CaseRef> = in_time
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::Amount))
        .collect();
    if shortfall <= tolerance {
        ctx.branch(clause, Branch::ToppedUp);
        ctx.reason(clause, said::topped_up(Money(paid_in_time, fiat)), refs);
        return None;
    }
    ctx.reason(
        clause,
        said::short(
            Money(paid_in_time, fiat),
            Money(amount, fiat),
            Money(shortfall, fiat),
        ),
        refs,
    );
    Some(shortfall)
}

/// Seller 2.a in `partial_release` mode: the quantity the money received pays for, rounded
/// down to `decimals`, goes to the buyer; the seller refunds what it does not cover.
fn release_part_paid(ctx: &mut Ctx, clause: ClauseId, decimals: u32) -> Verdict {
    let order = &ctx.case.order;
    let fiat = order.fiat.clone();
    let paid = ctx.facts.paid;
    ctx.branch(clause, Branch::PartialRelease);
    let Some(units) = paid.checked_div(order.price.value) else {
        ctx.reason(
            clause,
            said::out_of_range(),
            vec![CaseRef::field(Field::OrderPrice)],
        );
        return Verdict::done(Decision::Escalate);
    };
    let quantity = units.round_dp_with_strategy(decimals, RoundingStrategy::ToZero);
    let covered = quantity * order.price.value;
    ctx.reason(
        clause,
        said::partial_release(
            Quantity(quantity, &order.asset),
            Money(paid, &fiat),
            decimals,
        ),
        vec![CaseRef::field(Field::OrderPrice)],
    );
    ctx.tell_support(
        clause,
        said::release_quantity(Quantity(quantity, &order.asset)),
    );
    let remainder = paid - covered;
    if remainder > Decimal::ZERO {
        ctx.follow_up(
            Party::Seller,
            said::refund_remainder(Money(remainder, &fiat)),
            None,
            clause,
        );
    }
    Verdict::done(Decision::ReleaseToBuyer).with_amount(quantity)
}

/// Seller 2.a once the top-up window has closed short: the seller refunds what had arrived in
/// time and the order is cancelled; payments after the window go back on their own.
fn refund_what_arrived(
    ctx: &mut Ctx,
    clause: ClauseId,
    paid_in_time: Decimal,
    late: &[&Payment],
) -> Verdict {
    let fiat = ctx.case.order.fiat.clone();
    // The ruling is final from the moment the window closed: it settles what had arrived by
    // then. A payment after it does not reopen it; it is a transfer of its own, returned as such.
    let refund = ctx.facts.refund_of(paid_in_time);
    let returned_beyond = (refund.returned - paid_in_time).max(Decimal::ZERO);
    return_late_payments(ctx, clause, late, returned_beyond);
    if refund.complete {
        ctx.branch(clause, Branch::Refunded);
        ctx.reason(
            clause,
            said::refunded(Money(paid_in_time, &fiat)),
            refund.refs(),
        );
        ctx.tell_support(clause, said::cancel_2a());
        return Verdict::done(Decision::CancelOrder);
    }
    let owed = refund.outstanding;
    ctx.note_partial_refund(clause, &refund);
    ctx.follow_up(
        Party::Seller,
        said::refund_held(Money(owed, &fiat)),
        None,
        clause,
    );
    ctx.tell_support(clause, said::cancel_once_refunded());
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
        let at = ctx.on_clock(payment.at.value);
        ctx.reason(
            clause,
            said::late_payment(Money(payment.amount.value, &fiat), at),
            vec![CaseRef::payment(payment)],
        );
    }
    let late_total: Decimal = late.iter().map(|p| p.amount.value).sum();
    let to_return = late_total - returned_beyond.min(late_total);
    if to_return > Decimal::ZERO {
        ctx.follow_up(
            Party::Seller,
            said::return_late(Money(to_return, &fiat)),
            None,
            clause,
        );
    }
}

/// The buyer paid another account: cancelled at the buyer's risk, a repeat offender banned.
fn paid_elsewhere(ctx: &mut Ctx, threshold: u32) -> Verdict {
    let clause = ClauseId::Seller1c;
    ctx.notice(ClauseId::OffPlatform, said::elsewhere_notice());
    let violations = ctx.case.buyer.history.violations;
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
        said::violations_trace(violations, threshold),
        if repeat {
            said::repeat_outcome()
        } else {
            said::first_outcome()
        },
    );
    if repeat {
        ctx.reason(
            clause,
            said::repeat(violations),
            vec![CaseRef::field(Field::BuyerViolations)],
        );
        ctx.sanction(Party::Buyer, SanctionAction::PermanentBan, None, clause);
    } else {
        ctx.counterfactual(said::if_repeat(threshold));
    }
    ctx.follow_up(Actor::Support, said::cancel_keep(), None, clause);
    Verdict::done(Decision::CancelOrder)
}

/// Another account that nobody has claimed inaccessible (`cannot_tell` false), or one that
/// cannot be told from the order page's as written: not yet the buyer's loss, never ruled as
/// either. The seller is asked, within seller 1.c's `seller_response` from support's contact,
/// whether the account paid is theirs and receives (support may verify it instead); the trace
/// says what follows each answer; without one by the deadline support verifies with the
/// payment provider.
fn account_to_verify(
    ctx: &mut Ctx,
    window: PolicyDuration,
    payments: &[&Payment],
    cannot_tell: bool,
) -> Verdict {
    let clause = ClauseId::Seller1c;
    let page = ctx.case.order.payment_method.account.value.clone();
    let account = payments[0].to_account.value.clone();
    let refs: Vec<CaseRef> = payments
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::ToAccount))
        .collect();
    if cannot_tell {
        ctx.branch(clause, Branch::AccountCannotBeTold);
        ctx.reason(clause, said::cannot_tell(Name(&account), Name(&page)), refs);
    } else {
        ctx.branch(clause, Branch::AccountToBeConfirmed);
        ctx.reason(clause, said::unclaimed(Name(&account), Name(&page)), refs);
    }
    let answers = if cannot_tell {
        said::answers_cannot_tell()
    } else {
        said::answers_other()
    };
    ctx.trace(clause, said::answers_trace(), answers);
    let deadline = ctx.contact_deadline(
        clause,
        Party::Seller,
        window,
        said::ask_account(Name(&account)),
    );
    if !deadline.passed {
        if cannot_tell {
            ctx.follow_up(
                Actor::Support,
                said::verify_account(Name(&account)),
                Some(deadline.due),
                clause,
            );
        }
        return ctx.wait(
            clause,
            &deadline,
            Decision::RequestEvidence,
            said::if_unanswered(),
        );
    }
    let refs = vec![CaseRef::field(Field::Timeline)];
    ctx.lapsed(clause, Party::Seller, &deadline, said::unanswered, refs);
    ctx.tell_support(clause, said::verify_with_provider());
    Verdict::done(Decision::Escalate)
}
