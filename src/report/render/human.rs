//! The ruling for a person at a terminal: one screen, tables at 80 columns.

use std::fmt::Write as _;

use crate::model::case::Case;
use crate::model::ruling::Ruling;
use crate::report::words::Words;
use crate::text::shown::{Shown, escape};
use crate::text::terminal::Look;
use crate::vocab::decision::Status;
use crate::vocab::time::Minute;

use super::table;

/// Renders `ruling` for people; `policy_file` names the policy file it was made under (`None`
/// for a built-in policy); `explain` adds the trace; `look` draws the table borders.
pub fn ruling(
    ruling: &Ruling,
    case: &Case,
    policy_file: Option<&str>,
    explain: bool,
    look: Look,
    words: &Words,
) -> String {
    let mut out = String::new();
    let order = &case.order;
    let _ = writeln!(
        out,
        "{} · order {} · {} {} for {} {}",
        Shown(&ruling.case),
        Shown(&ruling.order_id),
        order.quantity.value,
        Shown(&order.asset),
        order.amount.value,
        Shown(&order.fiat)
    );
    let _ = writeln!(
        out,
        "buyer {} ({}) · seller {} ({})",
        Shown(&case.buyer.verified_name.value),
        Shown(&case.buyer.uid),
        Shown(&case.seller.verified_name.value),
        Shown(&case.seller.uid)
    );
    let _ = writeln!(
        out,
        "policy {}\nas of {}",
        super::policy_heading(
            ruling,
            policy_file.map(|file| escape(file).into_owned()).as_deref(),
            |text| escape(text).into_owned()
        ),
        Minute(&ruling.as_of)
    );
    if let Some(note) = super::replay_note(words, ruling.ignored_after_as_of) {
        let _ = writeln!(out, "{note}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", headline(ruling, &order.fiat, &order.asset));
    if ruling.rerouted_by_facts() {
        let _ = writeln!(
            out,
            "filed under {}; the facts moved it to {}",
            ruling.filed_clause, ruling.clause
        );
    }
    if let Some(deadline) = ruling.next_deadline {
        let _ = writeln!(out, "next deadline: {}", Minute(&deadline));
    }

    if !ruling.rationale.is_empty() {
        let _ = writeln!(out, "\nWhy");
        let mut grid = table::new(&["clause", "finding", "rests on"], look);
        for reason in &ruling.rationale {
            grid.add_row(vec![
                reason.clause.to_string(),
                escape(&words.said(&reason.finding)).into_owned(),
                reason
                    .refs
                    .iter()
                    .map(ToString::to_string)
                    .chain(reason.lines_in_words())
                    .map(|line| escape(&line).into_owned())
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]);
        }
        let _ = writeln!(out, "{grid}");
    }
    if !ruling.follow_ups.is_empty() {
        let _ = writeln!(out, "\nWho does what");
        let mut grid = table::new(&["who", "what", "due", "clause"], look);
        for follow_up in &ruling.follow_ups {
            grid.add_row(vec![
                follow_up.who.to_string(),
                escape(&words.said(&follow_up.action)).into_owned(),
                follow_up
                    .due
                    .map(|d| Minute(&d).to_string())
                    .unwrap_or_else(|| "—".into()),
                follow_up.clause.to_string(),
            ]);
        }
        let _ = writeln!(out, "{grid}");
    }
    if !ruling.sanctions.is_empty() {
        let _ = writeln!(out, "\nSanctions");
        let mut grid = table::new(&["party", "action", "length", "clause"], look);
        for sanction in &ruling.sanctions {
            grid.add_row(vec![
                sanction.party.to_string(),
                sanction.action.to_string(),
                words.say(&sanction.length()),
                sanction.clause.to_string(),
            ]);
        }
        let _ = writeln!(out, "{grid}");
    }
    if !ruling.notices.is_empty() {
        let _ = writeln!(out, "\nTell the parties");
        let mut grid = table::new(&["notice", "clause"], look);
        for notice in &ruling.notices {
            grid.add_row(vec![
                escape(&words.said(&notice.text)).into_owned(),
                notice.clause.to_string(),
            ]);
        }
        let _ = writeln!(out, "{grid}");
    }
    if explain {
        let _ = writeln!(out, "\nTrace");
        let mut grid = table::new(&["clause", "checked", "outcome"], look);
        for step in &ruling.trace {
            let mut outcome = escape(&words.said(&step.outcome)).into_owned();
            if let Some(other) = &step.counterfactual {
                outcome.push_str("\nwould change: ");
                outcome.push_str(&escape(&words.said(other)));
            }
            grid.add_row(vec![
                step.clause.to_string(),
                escape(&words.said(&step.check)).into_owned(),
                outcome,
            ]);
        }
        let _ = writeln!(out, "{grid}");
    }
    out
}

/// "DECISION release_to_buyer — final — buyer.1b", with the amount when there is one.
pub fn headline(ruling: &Ruling, fiat: &str, asset: &str) -> String {
    let status = match ruling.status {
        Status::Pending => "PENDING",
        Status::Final => "FINAL",
        Status::AwaitingReview => "AWAITING REVIEW",
    };
    let amount = match ruling.amount {
        Some(amount) if ruling.decision == crate::vocab::decision::Decision::ReleaseToBuyer => {
            format!(" {amount} {asset}")
        }
        Some(amount) => format!(" {amount} {fiat}"),
        None => String::new(),
    };
    format!(
        "DECISION  {}{} — {status} — {}",
        ruling.decision,
        Shown(&amount),
        ruling.clause
    )
}
