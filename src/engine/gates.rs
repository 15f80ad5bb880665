//! Gates checked before any clause, in the order docs/case-format.md gives; the first that fires decides.

use crate::model::case::EvidenceKind;
use crate::model::case_ref::{CaseRef, Field};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{List, Message, Name, Word};
use crate::model::window::{Basis, Window};
use crate::vocab::decision::{Actor, Decision, Party};
use crate::vocab::time::Time;

use super::Verdict;
use super::context::Ctx;

mod said {
    use crate::model::message::{AndList, List, Message, Word, messages};
    use crate::vocab::decision::Party;
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// The gates this policy does not apply, named in the trace.
        off_trace = "gates.not_applied.trace" (gates: List);
        /// The gates named are not applied under this policy.
        off = "gates.not_applied" ();
        /// The trace of the age limit: the order's creation plus the maximum age, against the
        /// appeal.
        age_limit_trace = "gates.age_limit.trace" (created: Time, max_age: PolicyDuration, limit: Time, filed: Time);
        /// The appeal came after the age limit.
        age_limit_over = "gates.age_limit.over" ();
        /// The appeal came within the age limit.
        age_limit_within = "gates.age_limit.within" ();
        /// The order is past the age limit, but support approved reopening the appeal.
        age_limit_reopened = "gates.age_limit.reopened" (max_age: PolicyDuration);
        /// What would have changed the outcome: an appeal filed by the limit.
        age_limit_if_filed = "gates.age_limit.if_filed_by" (limit: Time);
        /// The appeal came after the order's age limit ran out: it is refused as out of time.
        age_limit_too_old = "gates.age_limit.too_old" (filed: Time, max_age: PolicyDuration, limit: Time);
        /// Support tells the appellant the appeal is refused as out of time.
        age_limit_ask = "gates.age_limit.ask.refuse" ();
        /// The trace of identity verification: whether each party passed it.
        kyc_trace = "gates.kyc.trace" (buyer: bool, seller: bool);
        /// Both parties passed identity verification.
        kyc_verified = "gates.kyc.verified" ();
        /// A party has not passed identity verification.
        kyc_not_verified = "gates.kyc.not_verified" ();
        /// The party has not completed identity verification: the appeal is inadmissible.
        kyc_unverified = "gates.kyc.unverified" (party: Party);
        /// The party must complete identity verification before filing again.
        kyc_ask = "gates.kyc.ask.verify" ();
        /// The trace of the appeal timer: no `marked_paid` event.
        timer_unmarked = "gates.timer.no_marked_paid" ();
        /// The timer never started, so the gate does not apply.
        timer_never_started = "gates.timer.never_started" ();
        /// The trace of the appeal timer: marked paid plus the timer (from the order or the
        /// policy's default), against the appeal.
        timer_trace = "gates.timer.trace" (marked: Time, timer: PolicyDuration, source: Word, opens: Time, filed: Time);
        /// The appeal was filed before the timer ran out.
        timer_early = "gates.timer.early" ();
        /// The appeal was filed after the timer ran out.
        timer_after = "gates.timer.after" ();
        /// What would have changed the outcome: an appeal filed once the timer ran out.
        timer_if_filed = "gates.timer.if_filed_at" (opens: Time);
        /// The appeal was filed before the order timer ran out: it is inadmissible.
        timer_too_early = "gates.timer.too_early" (filed: Time, opens: Time);
        /// The appellant may file again once the appeal opens.
        timer_ask = "gates.timer.ask.refile" ();
        /// The trace of the reason gate: the appeal's reason.
        reason_trace = "gates.reason.trace" ();
        /// The appeal gives a reason.
        reason_given = "gates.reason.given" ();
        /// The appeal gives no reason.
        reason_missing = "gates.reason.missing" ();
        /// The appeal states no reason: it is inadmissible.
        reason_none = "gates.reason.none" ();
        /// The appellant must file again with a type and a reason.
        reason_ask = "gates.reason.ask.refile" ();
        /// The trace of the evidence gate: the kinds the procedure requires of the appellant.
        evidence_trace = "gates.evidence.trace" (party: Party, required: List);
        /// All the required evidence is present.
        evidence_present = "gates.evidence.all_present" ();
        /// Some required evidence is missing: its kinds.
        evidence_missing = "gates.evidence.missing" (missing: List);
        /// The kinds of evidence missing, in words.
        evidence_kinds = "gates.evidence.kinds" (kinds: AndList);
        /// The appellant has uploaded none of the required evidence, and nothing else.
        evidence_none_uploaded = "gates.evidence.not_uploaded" (party: Party, missing: Message);
        /// The appellant has not uploaded the required evidence; the kinds uploaded so far.
        evidence_others_uploaded = "gates.evidence.not_uploaded.others" (party: Party, missing: Message, uploaded: List);
        /// The required evidence came after the evidence window closed, and does not meet it.
        evidence_late = "gates.evidence.late" (party: Party, missing: Message, due: Time);
        /// The evidence did not arrive by the deadline: the appeal is inadmissible.
        evidence_not_arrived = "gates.evidence.not_arrived" (due: Time);
        /// If the evidence is not in by the deadline, support closes the appeal as inadmissible.
        evidence_if_late = "gates.evidence.if_late" ();
    }

    /// Kinds of evidence, in words, joined by "and".
    pub fn kinds(kinds: &[crate::model::case::EvidenceKind]) -> AndList {
        AndList(kinds.iter().map(|k| k.word().into()).collect())
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// The gate that decides the appeal, if any.
pub fn check(ctx: &mut Ctx) -> Option<(ClauseId, Verdict)> {
    let gates: [fn(&mut Ctx) -> Option<Verdict>; 5] = [age_limit, kyc, timer, reason, evidence];
    let ids = [
        ClauseId::AgeLimit,
        ClauseId::Kyc,
        ClauseId::Timer,
        ClauseId::Reason,
        ClauseId::Evidence,
    ];
    let off: Vec<ClauseId> = ids
        .into_iter()
        .filter(|id| !ctx.policy.gate_applies(*id))
        .collect();
    if let Some(first) = off.first() {
        let names = off.iter().map(|id| (*id).into()).collect();
        ctx.trace(*first, said::off_trace(List(names)), said::off());
    }
    for (gate, id) in gates.into_iter().zip(ids) {
        if let Some(verdict) = gate(ctx) {
            return Some((id, verdict));
        }
    }
    None
}

/// General Terms: disputes about orders older than the maximum age may be refused, unless
/// support reopens the case.
fn age_limit(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::AgeLimit;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let max_age = ctx.policy.limits.max_order_age;
    let created = ctx.case.order.created_at.value;
    let limit = ctx.add(created, max_age);
    let filed = ctx.facts.appeal_at();
    let late = filed > limit;
    ctx.trace(
        clause,
        said::age_limit_trace(
            ctx.on_clock(created),
            max_age,
            ctx.on_clock(limit),
            ctx.on_clock(filed),
        ),
        if late {
            said::age_limit_over()
        } else {
            said::age_limit_within()
        },
    );
    if !late {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    if ctx.case.findings.reopen_approved {
        ctx.branch(clause, Branch::Reopened);
        ctx.reason(
            clause,
            said::age_limit_reopened(max_age),
            vec![CaseRef::field(Field::FindingsReopen)],
        );
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    ctx.counterfactual(said::age_limit_if_filed(ctx.on_clock(limit)));
    ctx.reason(
        clause,
        said::age_limit_too_old(ctx.on_clock(filed), max_age, ctx.on_clock(limit)),
        vec![
            CaseRef::field(Field::OrderCreatedAt),
            CaseRef::field(Field::AppealAt),
        ],
    );
    ctx.follow_up(Actor::Support, said::age_limit_ask(), None, clause);
    Some(Verdict::done(Decision::RefusedOutOfTime))
}

/// Both parties must have passed identity verification.
fn kyc(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Kyc;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let unverified: Vec<Party> = [
        (Party::Buyer, &ctx.case.buyer),
        (Party::Seller, &ctx.case.seller),
    ]
    .into_iter()
    .filter(|(_, trader)| !trader.kyc_verified)
    .map(|(party, _)| party)
    .collect();
    ctx.trace(
        clause,
        said::kyc_trace(ctx.case.buyer.kyc_verified, ctx.case.seller.kyc_verified),
        if unverified.is_empty() {
            said::kyc_verified()
        } else {
            said::kyc_not_verified()
        },
    );
    if unverified.is_empty() {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    for party in &unverified {
        ctx.reason(
            clause,
            said::kyc_unverified(*party),
            vec![CaseRef::field(Field::kyc_of(*party))],
        );
        ctx.follow_up(*party, said::kyc_ask(), None, clause);
    }
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appeal opens only once the order's timer after "mark as paid" has run out.
fn timer(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Timer;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let Some(marked) = ctx.facts.marked_paid() else {
        ctx.branch(clause, Branch::NotFired);
        ctx.trace(clause, said::timer_unmarked(), said::timer_never_started());
        return None;
    };
    let (timer, source) = match ctx.case.order.appeal_timer {
        Some(timer) => (timer, "order"),
        None => (ctx.policy.procedure.appeal_timer, "policy"),
    };
    let window = Window::open(
        clause,
        ctx.case.appeal.by.value.into(),
        Basis::MarkedPaid(CaseRef::event(marked)),
        marked.at.value,
        timer,
        &ctx.policy.calendar,
    );
    let opens = window.due;
    ctx.rely_on(window);
    let filed = ctx.facts.appeal_at();
    let early = filed < opens;
    ctx.trace(
        clause,
        said::timer_trace(
            ctx.on_clock(marked.at.value),
            timer,
            Word("timer_source", source),
            ctx.on_clock(opens),
            ctx.on_clock(filed),
        ),
        if early {
            said::timer_early()
        } else {
            said::timer_after()
        },
    );
    if !early {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    ctx.counterfactual(said::timer_if_filed(ctx.on_clock(opens)));
    let appellant = ctx.case.appeal.by.value;
    ctx.reason(
        clause,
        said::timer_too_early(ctx.on_clock(filed), ctx.on_clock(opens)),
        vec![CaseRef::event(marked), CaseRef::field(Field::AppealAt)],
    );
    ctx.follow_up(appellant, said::timer_ask(), Some(opens), clause);
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appeal must state a reason.
fn reason(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Reason;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let given = ctx.case.appeal.reason.is_some();
    ctx.trace(
        clause,
        said::reason_trace(),
        if given {
            said::reason_given()
        } else {
            said::reason_missing()
        },
    );
    if given {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    ctx.branch(clause, Branch::Fired);
    let appellant = ctx.case.appeal.by.value;
    ctx.reason(
        clause,
        said::reason_none(),
        vec![CaseRef::field(Field::AppealReason)],
    );
    ctx.follow_up(appellant, said::reason_ask(), None, clause);
    Some(Verdict::done(Decision::Inadmissible))
}

/// The appellant must have uploaded the evidence the procedure requires (Bitget guide step 3;
/// MEXC overview: evidence on time when asked), by the end of the evidence window. While
/// the window runs, the ruling asks for what is missing; once it has passed, the appeal is
/// inadmissible.
fn evidence(ctx: &mut Ctx) -> Option<Verdict> {
    let clause = ClauseId::Evidence;
    if !ctx.policy.gate_applies(clause) {
        return None;
    }
    let appellant = ctx.case.appeal.by.value;
    let required = required_evidence(ctx, appellant);
    if required.is_empty() {
        return None;
    }
    // Evidence after the window does not meet it: only what was uploaded by its end counts.
    let due = ctx.evidence_due(appellant.into());
    let missing = missing_by(ctx, appellant, &required, due);
    ctx.trace(
        clause,
        said::evidence_trace(appellant, ids(&required)),
        if missing.is_empty() {
            said::evidence_present()
        } else {
            said::evidence_missing(ids(&missing))
        },
    );
    if missing.is_empty() {
        ctx.branch(clause, Branch::NotFired);
        return None;
    }
    let what = said::evidence_kinds(said::kinds(&missing));
    state_missing(ctx, clause, appellant, &missing, &what, due);
    let deadline = ctx.evidence_deadline(clause, appellant.into(), what);
    if !deadline.passed {
        ctx.branch(clause, Branch::FiredWaiting);
        let if_late = said::evidence_if_late();
        return Some(ctx.wait(clause, &deadline, Decision::RequestEvidence, if_late));
    }
    ctx.branch(clause, Branch::FiredDeadlinePassed);
    ctx.lapsed(
        clause,
        appellant,
        &deadline,
        said::evidence_not_arrived,
        vec![CaseRef::field(Field::Evidence)],
    );
    Some(Verdict::done(Decision::Inadmissible))
}

/// The kinds of evidence the policy's procedure requires of `appellant`
/// (`procedure.required_evidence`).
fn required_evidence(ctx: &Ctx, appellant: Party) -> Vec<EvidenceKind> {
    ctx.policy
        .procedure
        .required_evidence
        .get(&appellant)
        .cloned()
        .unwrap_or_default()
}

/// The kinds of `required` of which `appellant` uploaded nothing by `due`.
fn missing_by(
    ctx: &Ctx,
    appellant: Party,
    required: &[EvidenceKind],
    due: Time,
) -> Vec<EvidenceKind> {
    required
        .iter()
        .copied()
        .filter(|kind| {
            !ctx.facts
                .evidence_of(appellant, &[*kind])
                .iter()
                .any(|e| e.at.value <= due)
        })
        .collect()
}

/// What the appellant has not uploaded (`what`, the kinds `missing`): with what they uploaded
/// instead, if anything, and any of the missing kinds that came after the window closed at
/// `due` and so do not meet it.
fn state_missing(
    ctx: &mut Ctx,
    clause: ClauseId,
    appellant: Party,
    missing: &[EvidenceKind],
    what: &Message,
    due: Time,
) {
    let uploaded: Vec<_> = ctx
        .facts
        .evidence
        .iter()
        .filter(|e| e.by == appellant)
        .map(|e| e.kind.word().into())
        .collect();
    ctx.reason(
        clause,
        if uploaded.is_empty() {
            said::evidence_none_uploaded(appellant, what.clone())
        } else {
            said::evidence_others_uploaded(appellant, what.clone(), List(uploaded))
        },
        vec![CaseRef::field(Field::Evidence)],
    );
    let late: Vec<CaseRef> = missing
        .iter()
        .flat_map(|kind| ctx.facts.evidence_of(appellant, &[*kind]))
        .map(CaseRef::evidence)
        .collect();
    if !late.is_empty() {
        ctx.reason(
            clause,
            said::evidence_late(appellant, what.clone(), ctx.on_clock(due)),
            late,
        );
    }
}

/// Kinds of evidence as the case format names them, for the trace.
fn ids(kinds: &[EvidenceKind]) -> List {
    List(kinds.iter().map(|k| Name(k.as_str()).into()).collect())
}
