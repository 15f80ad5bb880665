//! One self-contained HTML page per ruling (`judge --format html`): the ruling, its reasons,
//! who must do what, and an SVG chart of the case's timeline — time across, the parties on
//! lanes, the windows as bars, deadlines and `as_of` as lines. No network: inline CSS, inline
//! SVG, a Content-Security-Policy that forbids loading anything. Every text of the case is
//! escaped.

use std::fmt::Write as _;

use crate::hearing::Judged;
use crate::model::ruling::Ruling;
use crate::report::words::Words;
use crate::vocab::decision::Status;
use crate::vocab::time::Minute;

use super::timeline::{Chronology, Mark, in_offset_of};

pub use super::markup::escape;

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330;margin:0;background:#f4f5f7}
main{max-width:1080px;margin:0 auto;padding:24px}
header{color:#4a5160;margin-bottom:12px}
header h1{font-size:20px;color:#1d2330;margin:0 0 4px}
.decision{font-size:22px;font-weight:700;padding:14px 18px;border-radius:8px;margin:12px 0;background:#fff;border-left:8px solid #2f6fde}
.decision.final{border-left-color:#2e8b57}
.decision.pending{border-left-color:#d9822b}
.decision.awaiting-review{border-left-color:#6a5acd}
.decision.not-heard{border-left-color:#7a808c;background:#f0f1f3}
.deadline{font-size:15px;font-weight:400;color:#4a5160;margin-top:4px}
section{background:#fff;border-radius:8px;padding:12px 18px;margin:12px 0}
h2{font-size:16px;margin:4px 0 8px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #e3e5ea}
th{font-size:13px;color:#4a5160}
td.line,td.when{white-space:nowrap;color:#4a5160}
tr.after td{color:#9aa0aa}
tr.due td{color:#b3261e}
tr.closed td{color:#5d6370}
.chart{overflow-x:auto}
svg text{font:11px system-ui,sans-serif;fill:#1d2330}
svg .lane-name{font-weight:700;font-size:12px}
svg .tick{fill:#4a5160}
svg .due-label{fill:#b3261e}
svg .asof-label{fill:#2f6fde;font-weight:700}
svg .window-from{font-size:10px;fill:#4a5160}
.legend span{margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;vertical-align:middle}
footer{font-size:12px;color:#7a808c;margin-top:16px}
";

/// The page for one judged case.
pub fn page(judged: &Judged, explain: bool, words: &Words) -> String {
    let ruling = &judged.ruling;
    let case = &judged.loaded.case;
    let order = &case.order;
    let chronology = Chronology::of(&judged.loaded, ruling, &judged.policy, words);
    let mut html = String::new();
    let title = format!("{} · {}", ruling.case, ruling.decision);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&title)
    );
    let _ = write!(
        html,
        "<header><h1>{} · order {}</h1>\
         <div>{} {} for {} {} · buyer {} ({}) · seller {} ({})</div>\
         <div>policy {} · as of {}</div>",
        escape(&ruling.case),
        escape(&ruling.order_id),
        order.quantity.value,
        escape(&order.asset),
        order.amount.value,
        escape(&order.fiat),
        escape(&case.buyer.verified_name.value),
        escape(&case.buyer.uid),
        escape(&case.seller.verified_name.value),
        escape(&case.seller.uid),
        escape(&super::policy_heading(
            ruling,
            judged.policy.file(),
            str::to_string,
        )),
        Minute(&ruling.as_of),
    );
    if let Some(note) = super::replay_note(words, ruling.ignored_after_as_of) {
        let _ = write!(html, "<div>{}</div>", escape(&note));
    }
    html.push_str("</header>\n");
    let status = decision_class(ruling);
    let headline = super::human::headline(ruling, &order.fiat, &order.asset);
    let _ = write!(
        html,
        "<div id=\"decision\" class=\"decision {status}\">{}",
        escape(headline.trim_start_matches("DECISION").trim())
    );
    if ruling.rerouted_by_facts() {
        let _ = write!(
            html,
            "<div class=\"deadline\">filed under {}; the facts moved it to {}</div>",
            ruling.filed_clause, ruling.clause
        );
    }
    if let Some(deadline) = ruling.next_deadline {
        let _ = write!(
            html,
            "<div class=\"deadline\">next deadline: {}</div>",
            Minute(&deadline)
        );
    }
    html.push_str("</div>\n");
    html.push_str(&super::chart::section(&chronology));
    html.push_str(&tables(ruling, words));
    html.push_str(&timeline_table(&chronology));
    if explain && !ruling.trace.is_empty() {
        html.push_str("<section><h2>Trace</h2><table><tr><th>clause</th><th>checked</th><th>outcome</th></tr>");
        for step in &ruling.trace {
            let mut outcome = words.said(&step.outcome);
            if let Some(other) = &step.counterfactual {
                outcome.push_str(" — would change: ");
                outcome.push_str(&words.said(other));
            }
            let _ = write!(
                html,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                step.clause,
                escape(&words.said(&step.check)),
                escape(&outcome)
            );
        }
        html.push_str("</table></section>\n");
    }
    let _ = write!(
        html,
        "<footer>appeal {} · case sha256 {} · policy {} sha256 {}</footer>\n</main>\n</body>\n</html>\n",
        escape(&ruling.tool_version),
        escape(&ruling.case_sha256),
        escape(&ruling.policy.id),
        escape(&ruling.policy.sha256)
    );
    html
}

/// The class of the decision's box, which sets its colour: an appeal that is not heard
/// (inadmissible, refused as out of time) is final but no outcome for either party, so it is not
/// drawn in the colour of a settled case.
fn decision_class(ruling: &Ruling) -> &'static str {
    use crate::vocab::decision::Decision;
    match (ruling.decision, ruling.status) {
        (Decision::Inadmissible | Decision::RefusedOutOfTime, _) => "not-heard",
        (_, Status::Pending) => "pending",
        (_, Status::Final) => "final",
        (_, Status::AwaitingReview) => "awaiting-review",
    }
}

/// Why, who does what, sanctions and notices.
fn tables(ruling: &Ruling, words: &Words) -> String {
    let mut html = String::new();
    if !ruling.rationale.is_empty() {
        html.push_str(
            "<section><h2>Why</h2><table><tr><th>clause</th><th>finding</th><th>rests on</th></tr>",
        );
        for reason in &ruling.rationale {
            let mut rests: Vec<String> =
                reason.refs.iter().map(|r| escape(&r.to_string())).collect();
            rests.extend(reason.lines_in_words());
            let _ = write!(
                html,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                reason.clause,
                escape(&words.said(&reason.finding)),
                rests.join("<br>")
            );
        }
        html.push_str("</table></section>\n");
    }
    if !ruling.follow_ups.is_empty() {
        html.push_str("<section><h2>Who does what</h2><table><tr><th>who</th><th>what</th><th>due</th><th>clause</th></tr>");
        for follow_up in &ruling.follow_ups {
            let due = follow_up
                .due
                .map(|d| Minute(&d).to_string())
                .unwrap_or_else(|| "—".into());
            let _ = write!(
                html,
                "<tr><td>{}</td><td>{}</td><td class=\"when\">{due}</td><td>{}</td></tr>",
                follow_up.who,
                escape(&words.said(&follow_up.action)),
                follow_up.clause
            );
        }
        html.push_str("</table></section>\n");
    }
    if !ruling.sanctions.is_empty() {
        html.push_str("<section><h2>Sanctions</h2><table><tr><th>party</th><th>action</th><th>length</th><th>clause</th></tr>");
        for sanction in &ruling.sanctions {
            let _ = write!(
                html,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                sanction.party,
                sanction.action,
                escape(&words.say(&sanction.length())),
                sanction.clause
            );
        }
        html.push_str("</table></section>\n");
    }
    if !ruling.notices.is_empty() {
        html.push_str(
            "<section><h2>Tell the parties</h2><table><tr><th>notice</th><th>clause</th></tr>",
        );
        for notice in &ruling.notices {
            let _ = write!(
                html,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&words.said(&notice.text)),
                notice.clause
            );
        }
        html.push_str("</table></section>\n");
    }
    html
}

/// The timeline as a table, each entry with its case-file line.
fn timeline_table(chronology: &Chronology) -> String {
    let mut html = String::from(
        "<section><h2>Timeline</h2><table><tr><th>when</th><th>who</th><th>what</th><th>line</th></tr>",
    );
    let mut as_of_drawn = false;
    let as_of_row = |html: &mut String| {
        let _ = write!(
            html,
            "<tr><td class=\"when\"><b>{}</b></td><td></td><td><b>as_of: the ruling is made here</b></td><td></td></tr>",
            chronology.as_of.format("%Y-%m-%d %H:%M")
        );
    };
    for entry in &chronology.entries {
        if !as_of_drawn && entry.at > chronology.as_of {
            as_of_row(&mut html);
            as_of_drawn = true;
        }
        let class = if entry.mark == Mark::Deadline {
            " class=\"due\""
        } else if entry.mark == Mark::Closes {
            " class=\"closed\""
        } else if entry.after_as_of {
            " class=\"after\""
        } else {
            ""
        };
        let at = in_offset_of(entry.at, &chronology.as_of);
        let _ = write!(
            html,
            "<tr{class}><td class=\"when\">{}</td><td>{}</td><td>{}{}</td><td class=\"line\">{}</td></tr>",
            at.format("%Y-%m-%d %H:%M"),
            entry.lane.name(),
            escape(&entry.text),
            if entry.after_as_of {
                " (after as_of: left out)"
            } else {
                ""
            },
            entry.line.map(|l| format!("line {l}")).unwrap_or_default()
        );
    }
    if !as_of_drawn {
        as_of_row(&mut html);
    }
    html.push_str("</table></section>\n");
    html
}
