//! Who paid: each payer's name compared with the buyer's verified name as identities
//! (`vocab::identity::names`), with three outcomes. MEXC buyer 1.a releases only on a payment
//! from an account in the buyer's verified name: another person is a third-party payment; a
//! name that cannot tell is never ruled as either. The ruling waits while support verifies who
//! holds the paying account, for the policy's `identity_verification_window` from the appeal,
//! and then support decides by hand.

use crate::model::case::AccountHolder;
use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{List, Name, Quote, Word};
use crate::model::window::{Basis, Window};
use crate::vocab::decision::{Actor, Decision};
use crate::vocab::identity::Identity;

use super::Verdict;
use super::context::Ctx;
use super::deadline::Deadline;

mod said {
    use crate::model::clause::ClauseId;
    use crate::model::message::{List, Name, Quote, Word, messages};
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// A payer's name against the buyer's verified name: as written, the forms compared
        /// and the convention they were compared by.
        compared = "identity.name.compared" (payer: Quote, buyer: Quote, payer_forms: List, buyer_forms: List, convention: Name);
        /// The names are the same person's, and why.
        same = "identity.name.same" (reason: Word);
        /// The names are two people's, and why.
        different = "identity.name.different" (reason: Word);
        /// The names neither match nor rule out one person, and why.
        cannot_tell = "identity.name.cannot_tell" (reason: Word);
        /// A payer's name cannot tell: who holds the paying account must be verified by a
        /// deadline.
        unverified = "identity.payer.unverified" (payers: List, buyer: Name, length: PolicyDuration, due: Time);
        /// What support must do: verify who holds the paying account.
        verify = "identity.payer.verify" ();
        /// The trace of what follows each answer of the verification.
        answers = "identity.payer.answers" ();
        /// What follows each answer: the clause as if the names matched, or the third-party
        /// refund.
        if_answered = "identity.payer.if_answered" (clause: ClauseId);
        /// The holder was not established in the window: support decides.
        not_shown = "identity.payer.not_shown" (due: Time);
        /// What support must do after the window: decide who holds the account.
        decide = "identity.payer.decide" ();
        /// Support verified that the buyer holds the paying account.
        verified_buyer = "identity.payer.verified_buyer" (payers: List);
        /// Support verified that someone else holds the paying account.
        verified_someone_else = "identity.payer.verified_someone_else" (payers: List);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// At most this many candidate spellings of a name are shown in the trace (the one that decided
/// first).
const SHOWN_FORMS: usize = 4;

/// The trace of each payer's name against the buyer's verified name: the names as written,
/// the forms compared, the convention and the outcome with its reason.
pub fn trace_payer_names(ctx: &mut Ctx, clause: ClauseId) {
    let steps: Vec<_> = ctx
        .facts
        .payer_names()
        .map(|(_, names)| {
            let forms = |i: usize| {
                List(
                    names.forms[i]
                        .iter()
                        .take(SHOWN_FORMS)
                        .map(|f| Quote(f).into())
                        .collect(),
                )
            };
            let check = said::compared(
                Quote(&names.written[0]),
                Quote(&names.written[1]),
                forms(0),
                forms(1),
                Name(&names.convention.code()),
            );
            let reason = Word("name_reason", names.reason.as_str());
            let outcome = match names.outcome {
                Identity::Same => said::same(reason),
                Identity::Different => said::different(reason),
                Identity::CannotTell => said::cannot_tell(reason),
            };
            (check, outcome)
        })
        .collect();
    for (check, outcome) in steps {
        ctx.trace(clause, check, outcome);
    }
}

/// The payers whose names cannot tell, each once, as written.
fn payers_of(payments: &[&crate::model::case::Payment]) -> List {
    let mut payers: Vec<&str> = payments
        .iter()
        .map(|p| p.payer_name.value.as_str())
        .collect();
    payers.sort_unstable();
    payers.dedup();
    List(payers.into_iter().map(|p| Quote(p).into()).collect())
}

/// Where a payer's name cannot tell and support has found who holds the paying account, the
/// ruling says what support found (the clause then applies as that finding makes it): under
/// `clause` when the buyer holds it, under buyer 1.a's third-party rule when someone else does.
pub fn note_verified_holder(ctx: &mut Ctx, clause: ClauseId) {
    let Some(holder) = ctx.case.findings.paying_account_holder else {
        return;
    };
    let payments: Vec<_> = ctx
        .facts
        .payer_names()
        .filter(|(_, names)| names.outcome == Identity::CannotTell)
        .map(|(p, _)| p)
        .collect();
    if payments.is_empty() {
        return;
    }
    let payers = payers_of(&payments);
    let (clause, finding) = match holder {
        AccountHolder::Buyer => (clause, said::verified_buyer(payers)),
        AccountHolder::SomeoneElse => (ClauseId::Buyer1a, said::verified_someone_else(payers)),
    };
    ctx.reason(
        clause,
        finding,
        vec![CaseRef::field(Field::FindingsAccountHolder)],
    );
}

/// MEXC buyer 1.a's precondition waits: a payer's name neither matches nor rules out the
/// buyer. Support verifies who holds the paying account within the window; the trace says what
/// follows each answer (`then` as if the names matched, or the third-party refund). After the
/// window without a finding, support decides.
pub fn unverified_payer(ctx: &mut Ctx, then: ClauseId) -> Verdict {
    let clause = ClauseId::Buyer1a;
    ctx.branch(clause, Branch::PayerCannotTell);
    let payments = ctx.facts.unverified_payers();
    let length = ctx.policy.procedure.identity_verification_window;
    let start = ctx.facts.appeal_at();
    let window = Window::open(
        clause,
        Actor::Support,
        Basis::Appeal,
        start,
        length,
        &ctx.policy.calendar,
    );
    let due = window.due;
    let passed = window.passed(ctx.now());
    ctx.rely_on(window);
    let mut refs: Vec<CaseRef> = payments
        .iter()
        .map(|p| CaseRef::payment(p).at(ItemField::PayerName))
        .collect();
    refs.push(CaseRef::field(Field::BuyerVerifiedName));
    let finding = said::unverified(
        payers_of(&payments),
        Name(&ctx.case.buyer.verified_name.value),
        length,
        ctx.on_clock(due),
    );
    ctx.reason(clause, finding, refs);
    ctx.trace(clause, said::answers(), said::if_answered(then));
    if passed {
        ctx.reason(
            clause,
            said::not_shown(ctx.on_clock(due)),
            vec![CaseRef::field(Field::FindingsAccountHolder)],
        );
        ctx.tell_support(clause, said::decide());
        return Verdict::done(Decision::Escalate);
    }
    let deadline = Deadline {
        start: Some(start),
        due,
        passed,
        ask: (Actor::Support, said::verify()),
    };
    ctx.hold(clause, &deadline, Decision::RequestEvidence)
}
