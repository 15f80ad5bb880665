//! Conduct during the trade: offensive language and fraud.
//! MEXC P2P Appeal Handling Rules, Appeals by the Buyer 5.a and 6.a, Appeals by the Seller 6.a
//! and 7.a. These apply to every ruling (cross-cutting) and govern appeals filed for them.

use crate::model::case::Speaker;
use crate::model::clause::{Branch, ClauseId};
use crate::model::params::OffensiveLanguage;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};

use super::Verdict;
use super::context::Ctx;

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

fn speaker(party: Party) -> Speaker {
    match party {
        Party::Buyer => Speaker::Buyer,
        Party::Seller => Speaker::Seller,
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
        .chat_terms(Some(speaker(party)), &params.offensive_terms);
    if !lines.is_empty() {
        ctx.branch(clause, Branch::FlaggedInChat);
    }
    let confirmed = ctx.case.findings.offensive_language_confirmed == Some(party);
    for (line, terms) in &lines {
        let quoted = format!(
            "chat {} ({party}): \"{}\" — matches {}",
            line.id.value,
            line.text,
            terms.join(", ")
        );
        if confirmed {
            // Support has already ruled on this party's language: the line is the record.
            ctx.reason(
                clause,
                format!("offensive language on record: {quoted}"),
                vec![format!("chat:{}", line.id.value)],
            );
            continue;
        }
        ctx.reason(
            clause,
            format!("possibly offensive language: {quoted}"),
            vec![format!("chat:{}", line.id.value)],
        );
        ctx.tell_support(clause, format!("review chat {} for offensive language by the {party} and record a finding (findings.offensive_language_confirmed)", line.id.value));
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
        format!(
            "{offender}'s earlier confirmed offences {earlier} vs repeat_threshold {threshold}"
        ),
        if repeat {
            "repeat: permanent ban"
        } else {
            "first: suspension"
        },
    );
    if repeat {
        ctx.counterfactual(format!(
            "with fewer than {threshold} earlier offences: a {days}-day suspension"
        ));
        ctx.reason(clause, format!("support confirmed offensive language by the {offender}, who has {earlier} earlier offence(s): permanent ban"), vec!["findings.offensive_language_confirmed".to_string(), format!("{offender}.history.offensive_language")]);
        ctx.sanction(offender, SanctionAction::PermanentBan, None, clause);
    } else {
        ctx.counterfactual(format!(
            "with {threshold} or more earlier offences: a permanent ban"
        ));
        ctx.reason(clause, format!("support confirmed offensive language by the {offender}: P2P suspended for {days} days"), vec!["findings.offensive_language_confirmed".to_string()]);
        ctx.sanction(offender, SanctionAction::SuspendP2p, Some(days), clause);
    }
}

/// Who committed fraud, if support confirmed it or a party's evidence was tampered with.
pub(super) fn perpetrator(ctx: &Ctx) -> Option<(Party, Vec<String>)> {
    if let Some(fraud) = ctx.case.findings.fraud
        && fraud.confirmed
    {
        return Some((fraud.party, vec!["findings.fraud".to_string()]));
    }
    let tampered = ctx.facts.evidence.iter().find(|e| e.tampered)?;
    Some((
        tampered.by,
        vec![format!("evidence[{}].tampered", tampered.index)],
    ))
}

/// The fraud sanctions: permanent loss of P2P access, ads removed, assets frozen when a loss
/// is likely.
fn sanction_fraud(ctx: &mut Ctx, party: Party, refs: Vec<String>) {
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
    ctx.reason(
        clause,
        format!(
            "fraud by the {party} is established: P2P access disabled permanently and ads removed{}",
            if loss_likely { "; assets frozen as a loss is likely" } else { "" }
        ),
        refs,
    );
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
pub fn offensive_appeal(ctx: &mut Ctx, clause: ClauseId) -> Verdict {
    let offender = ctx.case.appeal.by.value.other();
    let confirmed = ctx.case.findings.offensive_language_confirmed;
    ctx.trace(
        clause,
        "findings.offensive_language_confirmed",
        match confirmed {
            Some(party) => format!("confirmed against the {party}"),
            None => "no finding yet".to_string(),
        },
    );
    match confirmed {
        Some(_) => Verdict::done(Decision::Closed),
        None => {
            ctx.branch(clause, Branch::Unconfirmed);
            let flagged = offensive_params(ctx, offender).is_some_and(|t| {
                !ctx.facts
                    .chat_terms(Some(speaker(offender)), &t.offensive_terms)
                    .is_empty()
            });
            if !flagged {
                ctx.reason(clause, format!("no chat line by the {offender} matches the policy's offensive terms; the complaint needs a person's reading"), vec!["chat".to_string()]);
                ctx.tell_support(clause, format!("read the order chat and support messages for offensive language by the {offender} and record a finding"));
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
            "findings.fraud and evidence tampering",
            "fraud not established",
        );
        ctx.reason(
            clause,
            "the fraud claim is not (yet) confirmed by support and no evidence is marked tampered",
            vec!["findings.fraud".to_string()],
        );
        ctx.tell_support(
            clause,
            "investigate the fraud claim and record findings.fraud",
        );
        return Verdict::done(Decision::Escalate);
    };
    ctx.trace(
        clause,
        "fraud established",
        format!("perpetrator: {perpetrator}"),
    );
    match perpetrator {
        Party::Seller => {
            ctx.reason(
                clause,
                "the order is decided in favour of the wronged buyer",
                refs,
            );
            if ctx.facts.released().is_some() {
                return Verdict::done(Decision::Closed);
            }
            ctx.tell_support(clause, "release the escrowed crypto to the buyer");
            Verdict::done(Decision::ReleaseToBuyer)
        }
        Party::Buyer => {
            if let Some(released) = ctx.facts.released() {
                ctx.reason(clause, "the crypto was already released and cannot be returned by a ruling: the order is closed; the sanctions on the buyer stand", vec![released.path()]);
                ctx.tell_support(
                    clause,
                    "tell the seller the order is closed; a freeze of the buyer's assets (when a loss is likely) is the remedy left",
                );
                return Verdict::done(Decision::Closed);
            }
            ctx.reason(clause, "the order is decided in favour of the wronged seller: it is cancelled and the crypto stays with the seller", refs);
            ctx.follow_up(
                Actor::Support,
                "cancel the order; the crypto returns to the seller",
                None,
                clause,
            );
            Verdict::done(Decision::CancelOrder)
        }
    }
}
