//! Notices from the Disclaimers and General Terms of the MEXC P2P Appeal Handling Rules, added
//! to any ruling they concern.

use crate::model::case::EventKind;
use crate::model::case_ref::CaseRef;
use crate::model::clause::ClauseId;
use crate::model::message::{List, Name, Quote, Word};
use crate::vocab::decision::Status;

use super::Verdict;
use super::context::Ctx;

mod said {
    use crate::model::message::{List, Name, Quote, Word, messages};
    use crate::vocab::decision::Party;

    messages! {
        /// A chat line names an outside channel (a messenger, e-mail, a phone call).
        channel_named = "disclaimers.channels.named_in_chat" (chat: Name, from: Word, text: Quote, terms: List);
        /// Only the platform's own tools count; losses from outside channels are not covered.
        channels_notice = "disclaimers.channels.notice" ();
        /// A party proposed to trade or pay off the platform.
        off_platform_proposed = "disclaimers.off_platform.proposed" (party: Party);
        /// Trades and arrangements off the platform are at the users' own risk.
        off_platform_notice = "disclaimers.off_platform.notice" ();
        /// A party let a deadline pass: the losses that follow are its own.
        timeliness_notice = "disclaimers.timeliness.notice" (party: Party);
        /// Support's decision is final unless the rules say otherwise.
        finality_notice = "general.finality.notice" ();
    }
}

/// Outside channels named in chat and proposals to trade off the platform (Disclaimers, items
/// 2–4): notices only; the decision does not change.
pub fn channels(ctx: &mut Ctx) {
    if let Some(params) = &ctx.params().channels {
        let lines = ctx.facts.chat_terms(None, &params.channel_terms);
        for (line, terms) in &lines {
            ctx.reason(
                ClauseId::Channels,
                said::channel_named(
                    Name(&line.id.value),
                    Word("speaker", line.from.as_str()),
                    Quote(&line.text),
                    List(terms.iter().map(|t| Name(t).into()).collect()),
                ),
                vec![CaseRef::chat(line)],
            );
        }
        if !lines.is_empty() {
            ctx.notice(ClauseId::Channels, said::channels_notice());
        }
    }
    let proposals = ctx
        .facts
        .all(|k| matches!(k, EventKind::OffPlatform { .. }));
    if !proposals.is_empty() && ctx.applies(ClauseId::OffPlatform) {
        for event in &proposals {
            if let EventKind::OffPlatform { by } = event.kind {
                ctx.reason(
                    ClauseId::OffPlatform,
                    said::off_platform_proposed(by),
                    vec![CaseRef::event(event)],
                );
            }
        }
        ctx.notice(ClauseId::OffPlatform, said::off_platform_notice());
    }
}

/// The timeliness notice for parties that let a deadline pass, and the finality notice.
pub fn notices(ctx: &mut Ctx, verdict: &Verdict) {
    let missed = ctx.missed.clone();
    for party in missed {
        ctx.notice(ClauseId::Timeliness, said::timeliness_notice(party));
    }
    if verdict.status == Status::Final {
        ctx.notice(ClauseId::Finality, said::finality_notice());
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;
