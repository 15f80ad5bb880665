//! Notices from the Disclaimers and General Terms of the MEXC P2P Appeal Handling Rules, added
//! to any ruling they concern.

use crate::model::case::EventKind;
use crate::model::clause::ClauseId;
use crate::vocab::decision::Status;

use super::Verdict;
use super::context::Ctx;

/// Outside channels named in chat and proposals to trade off the platform (Disclaimers, items
/// 2–4): notices only; the decision does not change.
pub fn channels(ctx: &mut Ctx) {
    if let Some(params) = &ctx.params().channels {
        let lines = ctx.facts.chat_terms(None, &params.channel_terms);
        for (line, terms) in &lines {
            ctx.reason(
                ClauseId::Channels,
                format!(
                    "chat {} ({}) names an outside channel: \"{}\" ({})",
                    line.id.value,
                    line.from,
                    line.text,
                    terms.join(", ")
                ),
                vec![format!("chat:{}", line.id.value)],
            );
        }
        if !lines.is_empty() {
            ctx.notice(ClauseId::Channels, "Only the platform's own chat and support tools count. Losses from using outside channels (messengers, e-mail, phone calls) are not covered, and support acts on nothing agreed there.");
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
                    format!("the {by} proposed to trade or pay off the platform"),
                    vec![event.path()],
                );
            }
        }
        ctx.notice(ClauseId::OffPlatform, "P2P trades must stay on the platform. Losses from trades, payments or arrangements made outside it are the users' own; the platform is not liable for them.");
    }
}

/// The timeliness notice for parties that let a deadline pass, and the finality notice.
pub fn notices(ctx: &mut Ctx, verdict: &Verdict) {
    let missed = ctx.missed.clone();
    for party in missed {
        ctx.notice(
            ClauseId::Timeliness,
            format!("The {party} did not act within the time support gave; losses that follow from that are the {party}'s own."),
        );
    }
    if verdict.status == Status::Final {
        ctx.notice(
            ClauseId::Finality,
            "Support's decision on this dispute is final unless the rules say otherwise.",
        );
    }
}
