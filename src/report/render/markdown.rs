//! The ruling as Markdown, for pasting into a ticket.

use std::fmt::Write as _;

use crate::model::case::Case;
use crate::model::ruling::Ruling;
use crate::report::words::Words;
use crate::vocab::time::Minute;

/// Text for Markdown: in a table cell or anywhere else, with control characters, HTML and
/// markup escaped ([`crate::text::shown::markdown`]).
fn cell(text: &str) -> String {
    crate::text::shown::markdown(text)
}

/// `text` as inline code: Markdown shows it as written (no HTML, no markup), so only control
/// characters are escaped; text holding a backtick, which would end the code, is escaped as
/// plain text instead.
fn code(text: &str) -> String {
    if text.contains('`') {
        cell(text)
    } else {
        format!("`{}`", crate::text::shown::Shown(text))
    }
}

/// The ruling as Markdown; `policy_file` names the policy file it was made under (`None` for a
/// built-in policy); `explain` adds the trace.
pub fn ruling(
    ruling: &Ruling,
    case: &Case,
    policy_file: Option<&str>,
    explain: bool,
    words: &Words,
) -> String {
    let mut out = String::new();
    let order = &case.order;
    let _ = writeln!(
        out,
        "### Appeal {} — order {}",
        cell(&ruling.case),
        cell(&ruling.order_id)
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {} for {} {} · buyer {} ({}) · seller {} ({}) · policy {} · as of {}",
        order.quantity.value,
        cell(&order.asset),
        order.amount.value,
        cell(&order.fiat),
        cell(&case.buyer.verified_name.value),
        cell(&case.buyer.uid),
        cell(&case.seller.verified_name.value),
        cell(&case.seller.uid),
        super::policy_heading(ruling, policy_file.map(code).as_deref(), cell),
        Minute(&ruling.as_of)
    );
    if let Some(note) = super::replay_note(words, ruling.ignored_after_as_of) {
        let _ = writeln!(out, "\n_{note}_");
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "**{}**",
        cell(&super::human::headline(ruling, &order.fiat, &order.asset))
    );
    if ruling.rerouted_by_facts() {
        let _ = writeln!(
            out,
            "\nFiled under `{}`; the facts moved it to `{}`.",
            ruling.filed_clause, ruling.clause
        );
    }
    if let Some(deadline) = ruling.next_deadline {
        let _ = writeln!(out, "\nNext deadline: **{}**", Minute(&deadline));
    }
    if !ruling.rationale.is_empty() {
        let _ = writeln!(
            out,
            "\n#### Why\n\n| clause | finding | rests on |\n|---|---|---|"
        );
        for reason in &ruling.rationale {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                reason.clause,
                cell(&words.said(&reason.finding)),
                cell(&match reason.lines_in_words() {
                    Some(lines) => format!("{} ({lines})", refs(reason)),
                    None => refs(reason),
                })
            );
        }
    }
    if !ruling.follow_ups.is_empty() {
        let _ = writeln!(
            out,
            "\n#### Who does what\n\n| who | what | due | clause |\n|---|---|---|---|"
        );
        for f in &ruling.follow_ups {
            let due = f
                .due
                .map(|d| Minute(&d).to_string())
                .unwrap_or_else(|| "—".into());
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` |",
                f.who,
                cell(&words.said(&f.action)),
                due,
                f.clause
            );
        }
    }
    if !ruling.sanctions.is_empty() {
        let _ = writeln!(
            out,
            "\n#### Sanctions\n\n| party | action | length | clause |\n|---|---|---|---|"
        );
        for s in &ruling.sanctions {
            let length = words.say(&s.length());
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` |",
                s.party, s.action, length, s.clause
            );
        }
    }
    if !ruling.notices.is_empty() {
        let _ = writeln!(out, "\n#### Tell the parties\n");
        for n in &ruling.notices {
            let _ = writeln!(out, "- {} (`{}`)", cell(&words.said(&n.text)), n.clause);
        }
    }
    if explain && !ruling.trace.is_empty() {
        let _ = writeln!(
            out,
            "\n#### Trace\n\n| clause | checked | outcome |\n|---|---|---|"
        );
        for step in &ruling.trace {
            let mut outcome = words.said(&step.outcome);
            if let Some(other) = &step.counterfactual {
                outcome.push_str(&format!(" — would change: {}", words.said(other)));
            }
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                step.clause,
                cell(&words.said(&step.check)),
                cell(&outcome)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n<sub>appeal {} · case sha256 {} · policy sha256 {}</sub>",
        ruling.tool_version,
        &ruling.case_sha256[..12.min(ruling.case_sha256.len())],
        &ruling.policy.sha256[..12.min(ruling.policy.sha256.len())]
    );
    out
}

/// A reason's references, as the ruling writes them: `payments[0], order.price`.
fn refs(reason: &crate::model::ruling::Reason) -> String {
    reason
        .refs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
