//! Conduct during the trade: offensive language and fraud.
//! MEXC P2P Appeal Handling Rules, Appeals by the Buyer 5.a and 6.a, Appeals by the Seller 6.a
//! and 7.a. These apply to every ruling (cross-cutting) and govern appeals filed for them.

use crate::model::case_ref::{CaseRef, Field, ItemField};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{List, Name, Quote};
use crate::model::params::OffensiveLanguage;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};

use super::Verdict;
use super::context::Ctx;

mod said {
    use crate::model::message::{List, Name, Quote, messages};
    use crate::vocab::decision::Party;

    messages! {
        /// A chat line by a party matches offensive terms, and support has confirmed that
        /// party's offensive language: the line is on record.
        offensive_on_record = "conduct.offensive.on_record" (chat: Name, party: Party, text: Quote, terms: List);
        /// A chat line by a party matches offensive terms: possibly offensive, for support to
        /// confirm.
        offensive_possible = "conduct.offensive.possible" (chat: Name, party: Party, text: Quote, terms: List);
        /// Support reviews the chat line and records a finding.
        offensive_ask_review = "conduct.offensive.ask.review" (chat: Name, party: Party);
        /// The trace of a confirmed offence: the offender's earlier offences against the repeat
        /// threshold.
        offensive_trace = "conduct.offensive.trace" (party: Party, earlier: u32, threshold: u32);
        /// A repeat offence: a permanent ban.
        offensive_repeat = "conduct.offensive.repeat" ();
        /// A first offence: a suspension.
        offensive_first = "conduct.offensive.first" ();
        /// What would have changed the outcome: fewer earlier offences, a suspension.
        offensive_if_fewer = "conduct.offensive.if_fewer" (threshold: u32, days: u32);
        /// What would have changed the outcome: more earlier offences, a permanent ban.
        offensive_if_repeat = "conduct.offensive.if_repeat" (threshold: u32);
        /// Support confirmed offensive language by a repeat offender: a permanent ban.
        offensive_banned = "conduct.offensive.banned" (party: Party, earlier: u32);
        /// Support confirmed offensive language: P2P suspended for the policy's days.
        offensive_suspended = "conduct.offensive.suspended" (party: Party, days: u32);
        /// The trace of an appeal about offensive language: support's finding.
        offensive_appeal_trace = "conduct.offensive.appeal.trace" ();
        /// Support confirmed offensive language against the party.
        offensive_appeal_confirmed = "conduct.offensive.appeal.confirmed" (party: Party);
        /// Support has no finding on offensive language yet.
        offensive_appeal_no_finding = "conduct.offensive.appeal.no_finding" ();
        /// No chat line by the party matches the offensive terms: a person must read the
        /// complaint.
        offensive_appeal_no_match = "conduct.offensive.appeal.no_match" (party: Party);
        /// Support reads the chat for offensive language by the party and records a finding.
        offensive_appeal_ask = "conduct.offensive.appeal.ask.read" (party: Party);
        /// Fraud by the party is established: P2P access disabled permanently, ads removed and,
        /// when a loss is likely, assets frozen.
        fraud_established = "conduct.fraud.established" (party: Party, frozen: bool);
        /// The trace of a fraud appeal: support's finding and tampered evidence.
        fraud_appeal_trace = "conduct.fraud.appeal.trace" ();
        /// Fraud is not established.
        fraud_appeal_not_established = "conduct.fraud.appeal.not_established" ();
        /// The fraud claim is not confirmed by support and no evidence is marked tampered.
        fraud_appeal_unconfirmed = "conduct.fraud.appeal.unconfirmed" ();
        /// Support investigates the fraud claim and records a finding.
        fraud_appeal_ask_investigate = "conduct.fraud.appeal.ask.investigate" ();
        /// The trace of a fraud appeal: fraud is established.
        fraud_appeal_established = "conduct.fraud.appeal.established" ();
        /// Who committed the fraud.
        fraud_appeal_perpetrator = "conduct.fraud.appeal.perpetrator" (party: Party);
        /// The seller's fraud decides the order for the wronged buyer.
        fraud_appeal_for_buyer = "conduct.fraud.appeal.for_buyer" ();
        /// Support releases the escrowed crypto to the buyer.
        fraud_appeal_ask_release = "conduct.fraud.appeal.ask.release" ();
        /// The buyer's fraud, but the crypto was already released: the order is closed and the
        /// sanctions stand.
        fraud_appeal_released = "conduct.fraud.appeal.already_released" ();
        /// Support tells the seller the order is closed; a freeze of the buyer's assets is the
        /// remedy left.
        fraud_appeal_ask_tell_seller = "conduct.fraud.appeal.ask.tell_seller" ();
        /// The buyer's fraud decides the order for the wronged seller: it is cancelled.
        fraud_appeal_for_seller = "conduct.fraud.appeal.for_seller" ();
        /// Support cancels the order; the crypto returns to the seller.
        fraud_appeal_ask_cancel = "conduct.fraud.appeal.ask.cancel" ();
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// The clause that sanctions `offender`'s offensive language: the other side's appeal clause.
fn offensive_clause(offender: Party) -> ClauseId {
    match offender {
        Party::Seller => ClauseId::Buyer5a,
        Party::Buyer => ClauseId::Seller6a,
    }
}

/// The parameters of the clause that sanctions `offender`'s offensive language, when the
/// policy applies it.
fn offensive_params<'a>(ctx: &Ctx<'a>, offender: Party) -> Option<&'a OffensiveLanguage> {
    match offender {
        Party::Seller => ctx.params().buyer_5a.as_ref(),
        Party::Buyer => ctx.params().seller_6a.as_ref(),
    }
}

/// The clause that sanctions `perpetrator`'s fraud.
fn fraud_clause(perpetrator: Party) -> ClauseId {
    match perpetrator {
        Party::Seller => ClauseId::Buyer6a,
        Party::Buyer => ClauseId::Seller7a,
    }
}

/// Offensive terms in `party`'s chat lines: support must confirm before any sanction (the
/// rules leave sanctions to its discretion). Returns whether any line matched.
fn flag_offensive_lines(ctx: &mut Ctx, party: Party) -> bool {
    let clause = offensive_clause(party);
    let Some(params) = offensive_params(ctx, party) else {
        return false;
    };
    let lines = ctx
        .facts
        .chat_terms(Some(Actor::from(party)), &params.offensive_terms);
    if !lines.is_empty() {
        ctx.branch(clause, Branch::FlaggedInChat);
    }
    let confirmed = ctx.case.findings.offensive_language_confirmed == Some(party);
    for (line, terms) in &lines {
        let (chat, text) = (Name(&line.id.value), Quote(&line.text));
        let terms = List(terms.iter().map(|t| Name(t).into()).collect());
        if confirmed {
            // Support has already ruled on this party's language: the line is the record.
            ctx.reason(
                clause,
                said::offensive_on_record(chat, party, text, terms),
                vec![CaseRef::chat(line)],
            );
            continue;
        }
        ctx.reason(
            clause,
            said::offensive_possible(chat, party, text, terms),
            vec![CaseRef::chat(line)],
        );
        let chat = Name(&line.id.value);
        ctx.tell_support(clause, said::offensive_ask_review(chat, party));
    }
    !lines.is_empty()
}

/// Sanctions a confirmed offender: a suspension, or a permanent ban for a repeat offender.
fn sanction_offender(ctx: &mut Ctx, offender: Party) {
    let clause = offensive_clause(offender);
    let Some(params) = offensive_params(ctx, offender) else {
        return;
    };
    let earlier = match offender {
        Party::Buyer => ctx.case.buyer.history.offensive_language,
        Party::Seller => ctx.case.seller.history.offensive_language,
    };
    let threshold = params.repeat_threshold;
    let days = params.suspension_days;
    let repeat = earlier >= threshold;
    ctx.branch(
        clause,
        if repeat {
            Branch::ConfirmedRepeatOffence
        } else {
            Branch::ConfirmedFirstOffence
        },
    );
    ctx.trace(
        clause,
        said::offensive_trace(offender, earlier, threshold),
        if repeat {
            said::offensive_repeat()
        } else {
            said::offensive_first()
        },
    );
    if repeat {
        ctx.counterfactual(said::offensive_if_fewer(threshold, days));
        ctx.reason(
            clause,
            said::offensive_banned(offender, earlier),
            vec![
                CaseRef::field(Field::FindingsOffensiveLanguage),
                CaseRef::field(Field::offences_of(offender)),
            ],
        );
        ctx.sanction(offender, SanctionAction::PermanentBan, None, clause);
    } else {
        ctx.counterfactual(said::offensive_if_repeat(threshold));
        ctx.reason(
            clause,
            said::offensive_suspended(offender, days),
            vec![CaseRef::field(Field::FindingsOffensiveLanguage)],
        );
        ctx.sanction(offender, SanctionAction::SuspendP2p, Some(days), clause);
    }
}

/// Who committed fraud, if support confirmed it or a party's evidence was tampered with.
pub(super) fn perpetrator(ctx: &Ctx) -> Option<(Party, Vec<CaseRef>)> {
    if let Some(fraud) = ctx.case.findings.fraud
        && fraud.confirmed
    {
        return Some((fraud.party, vec![CaseRef::field(Field::FindingsFraud)]));
    }
    let tampered = ctx.facts.evidence.iter().find(|e| e.tampered)?;
    Some((
        tampered.by,
        vec![CaseRef::evidence(tampered).at(ItemField::Tampered)],
    ))
}

/// The fraud sanctions: permanent loss of P2P access, ads removed, assets frozen when a loss
/// is likely.
fn sanction_fraud(ctx: &mut Ctx, party: Party, refs: Vec<CaseRef>) {
    let clause = fraud_clause(party);
    if !ctx.applies(clause) {
        return;
    }
    ctx.branch(clause, Branch::FraudEstablished);
    let loss_likely = ctx
        .case
        .findings
        .fraud
        .is_some_and(|f| f.party == party && f.loss_likely);
    ctx.reason(clause, said::fraud_established(party, loss_likely), refs);
    ctx.sanction(party, SanctionAction::PermanentBan, None, clause);
    ctx.sanction(party, SanctionAction::RemoveAds, None, clause);
    if loss_likely {
        ctx.sanction(party, SanctionAction::FreezeAssets, None, clause);
    }
}

/// Offensive language and fraud, added to any ruling.
pub fn cross_cutting(ctx: &mut Ctx) {
    for party in [Party::Buyer, Party::Seller] {
        flag_offensive_lines(ctx, party);
    }
    if let Some(offender) = ctx.case.findings.offensive_language_confirmed {
        sanction_offender(ctx, offender);
    }
    if let Some((party, refs)) = perpetrator(ctx) {
        sanction_fraud(ctx, party, refs);
    }
    super::disclaimers::channels(ctx);
}

/// 5.a (buyer) / 6.a (seller) as the governing clause: the order itself is not decided here.
/// Unconfirmed, a person must review; confirmed, the appeal is closed with the sanction.
pub fn offensive_appeal(ctx: &mut Ctx, clause: ClauseId, params: &OffensiveLanguage) -> Verdict {
    let offender = ctx.case.appeal.by.value.other();
    let confirmed = ctx.case.findings.offensive_language_confirmed;
    ctx.trace(
        clause,
        said::offensive_appeal_trace(),
        match confirmed {
            Some(party) => said::offensive_appeal_confirmed(party),
            None => said::offensive_appeal_no_finding(),
        },
    );
    match confirmed {
        Some(_) => Verdict::done(Decision::Closed),
        None => {
            ctx.branch(clause, Branch::Unconfirmed);
            let flagged = !ctx
                .facts
                .chat_terms(Some(Actor::from(offender)), &params.offensive_terms)
                .is_empty();
            if !flagged {
                ctx.reason(
                    clause,
                    said::offensive_appeal_no_match(offender),
                    vec![CaseRef::field(Field::Chat)],
                );
                ctx.tell_support(clause, said::offensive_appeal_ask(offender));
            }
            Verdict::done(Decision::Escalate)
        }
    }
}

/// 6.a (buyer) / 7.a (seller) as the governing clause: with fraud established, the order goes
/// the wronged party's way; otherwise a person investigates.
pub fn fraud_appeal(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    let Some((perpetrator, refs)) = perpetrator(ctx) else {
        ctx.branch(clause, Branch::NotEstablished);
        ctx.trace(
            clause,
            said::fraud_appeal_trace(),
            said::fraud_appeal_not_established(),
        );
        ctx.reason(
            clause,
            said::fraud_appeal_unconfirmed(),
            vec![CaseRef::field(Field::FindingsFraud)],
        );
        ctx.tell_support(clause, said::fraud_appeal_ask_investigate());
        return Verdict::done(Decision::Escalate);
    };
    ctx.trace(
        clause,
        said::fraud_appeal_established(),
        said::fraud_appeal_perpetrator(perpetrator),
    );
    match perpetrator {
        Party::Seller => {
            ctx.reason(clause, said::fraud_appeal_for_buyer(), refs);
            if ctx.facts.released().is_some() {
                return Verdict::done(Decision::Closed);
            }
            ctx.tell_support(clause, said::fraud_appeal_ask_release());
            Verdict::done(Decision::ReleaseToBuyer)
        }
        Party::Buyer => {
            if let Some(released) = ctx.facts.released() {
                ctx.reason(
                    clause,
                    said::fraud_appeal_released(),
                    vec![CaseRef::event(released)],
                );
                ctx.tell_support(clause, said::fraud_appeal_ask_tell_seller());
                return Verdict::done(Decision::Closed);
            }
            ctx.reason(clause, said::fraud_appeal_for_seller(), refs);
            ctx.follow_up(
                Actor::Support,
                said::fraud_appeal_ask_cancel(),
                None,
                clause,
            );
            Verdict::done(Decision::CancelOrder)
        }
    }
}
