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

use super::timeline::{Chronology, Lane, Mark, in_offset_of};

/// `text` safe inside HTML and SVG text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters as every renderer shows them (`crate::text::shown`).
            c if crate::text::shown::is_hidden(c) && c != '\n' && c != '\t' => {
                let _ = write!(
                    out,
                    "{}",
                    crate::text::shown::Shown(c.encode_utf8(&mut [0; 4]))
                );
            }
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330;margin:0;background:#f4f5f7}
main{max-width:1080px;margin:0 auto;padding:24px}
header{color:#4a5160;margin-bottom:12px}
header h1{font-size:20px;color:#1d2330;margin:0 0 4px}
.decision{font-size:22px;font-weight:700;padding:14px 18px;border-radius:8px;margin:12px 0;background:#fff;border-left:8px solid #2f6fde}
.decision.final{border-left-color:#2e8b57}
.decision.pending{border-left-color:#d9822b}
.decision.awaiting-review{border-left-color:#6a5acd}
.deadline{font-size:15px;font-weight:400;color:#4a5160;margin-top:4px}
section{background:#fff;border-radius:8px;padding:12px 18px;margin:12px 0}
h2{font-size:16px;margin:4px 0 8px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #e3e5ea}
th{font-size:13px;color:#4a5160}
td.line,td.when{white-space:nowrap;color:#4a5160}
tr.after td{color:#9aa0aa}
tr.due td{color:#b3261e}
.chart{overflow-x:auto}
svg text{font:11px system-ui,sans-serif;fill:#1d2330}
svg .lane-name{font-weight:700;font-size:12px}
svg .tick{fill:#4a5160}
svg .due-label{fill:#b3261e}
svg .asof-label{fill:#2f6fde;font-weight:700}
.legend span{margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;vertical-align:middle}
footer{font-size:12px;color:#7a808c;margin-top:16px}
";

/// The colour of a mark on the chart.
fn colour(mark: Mark) -> &'static str {
    match mark {
        Mark::Event => "#2f6fde",
        Mark::Payment => "#2e8b57",
        Mark::Evidence => "#8a4fd0",
        Mark::Chat => "#7a808c",
        Mark::Appeal => "#d9822b",
        Mark::Deadline => "#b3261e",
    }
}

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
    let status = match ruling.status {
        Status::Pending => "pending",
        Status::Final => "final",
        Status::AwaitingReview => "awaiting-review",
    };
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
    html.push_str(&chart_section(&chronology));
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

/// Chart geometry.
const WIDTH: f64 = 1000.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 46.0;
const LANE: f64 = 72.0;

/// The SVG chart in its section, with a legend.
fn chart_section(chronology: &Chronology) -> String {
    let (first, last) = chronology.span();
    let mut span = (last - first).num_seconds().max(3600) as f64;
    // A margin on both sides so that markers at the ends are not cut.
    let start = first.timestamp() as f64 - span * 0.04;
    span *= 1.08;
    let plot = WIDTH - LEFT - RIGHT;
    let x = |at: &crate::vocab::time::Time| LEFT + (at.timestamp() as f64 - start) / span * plot;
    let height = TOP + LANE * Lane::ALL.len() as f64 + 28.0;
    let lane_y =
        |lane: Lane| TOP + LANE * Lane::ALL.iter().position(|l| *l == lane).unwrap_or(0) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg id=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"timeline of the case\">"
    );
    for (i, lane) in Lane::ALL.iter().enumerate() {
        let y = lane_y(*lane);
        let fill = if i % 2 == 0 { "#f7f8fa" } else { "#eef0f4" };
        let _ = write!(
            svg,
            "<rect x=\"0\" y=\"{y}\" width=\"{WIDTH}\" height=\"{LANE}\" fill=\"{fill}\"/>\
             <text class=\"lane-name\" x=\"8\" y=\"{:.1}\">{}</text>",
            y + LANE / 2.0 + 4.0,
            lane.name()
        );
    }
    // The time axis: six ticks.
    let axis_y = TOP + LANE * Lane::ALL.len() as f64;
    for i in 0..=5 {
        let seconds = start + span * 0.04 + (span / 1.08) * i as f64 / 5.0;
        let Some(at) = chrono::DateTime::from_timestamp(seconds as i64, 0) else {
            continue;
        };
        let at = at.with_timezone(chronology.as_of.offset());
        let tx = x(&at);
        let _ = write!(
            svg,
            "<line x1=\"{tx:.1}\" y1=\"{TOP}\" x2=\"{tx:.1}\" y2=\"{axis_y}\" stroke=\"#d5d8de\" stroke-width=\"1\"/>\
             <text class=\"tick\" x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            axis_y + 16.0,
            at.format("%m-%d %H:%M")
        );
    }
    // Windows as bars in the lane of whoever must act.
    for window in &chronology.windows {
        let y = lane_y(window.lane) + LANE - 18.0;
        let (x0, x1) = (x(&window.opens), x(&window.closes));
        let _ = write!(
            svg,
            "<rect class=\"window\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"10\" rx=\"3\" fill=\"#f2b84b\" fill-opacity=\"0.75\"><title>{}</title></rect>",
            (x1 - x0).max(2.0),
            escape(&format!(
                "window from {} ({}) to {}: {}",
                in_offset_of(window.opens, &chronology.as_of).format("%Y-%m-%d %H:%M"),
                window.from,
                in_offset_of(window.closes, &chronology.as_of).format("%Y-%m-%d %H:%M"),
                window.what
            ))
        );
        let _ = write!(
            svg,
            "<line x1=\"{x1:.1}\" y1=\"{:.1}\" x2=\"{x1:.1}\" y2=\"{axis_y}\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\
             <text class=\"due-label\" x=\"{x1:.1}\" y=\"{:.1}\" text-anchor=\"middle\">due {}</text>",
            TOP - 16.0,
            TOP - 20.0,
            in_offset_of(window.closes, &chronology.as_of).format("%H:%M")
        );
    }
    // The moment of the ruling.
    let ax = x(&chronology.as_of);
    let _ = write!(
        svg,
        "<line x1=\"{ax:.1}\" y1=\"{:.1}\" x2=\"{ax:.1}\" y2=\"{axis_y}\" stroke=\"#2f6fde\" stroke-width=\"2.5\"/>\
         <text class=\"asof-label\" x=\"{ax:.1}\" y=\"{:.1}\" text-anchor=\"middle\">as_of {}</text>",
        TOP - 30.0,
        TOP - 34.0,
        chronology.as_of.format("%H:%M")
    );
    // Entries: a marker each, a short label above it on the first of two rows where it does not
    // overlap its neighbours (none when neither has room), the whole text on hover.
    let mut row_ends: Vec<[f64; 2]> = vec![[f64::MIN; 2]; Lane::ALL.len()];
    for entry in chronology
        .entries
        .iter()
        .filter(|e| e.mark != Mark::Deadline)
    {
        let cx = x(&entry.at);
        let lane_index = Lane::ALL.iter().position(|l| *l == entry.lane).unwrap_or(0);
        let y = lane_y(entry.lane);
        let cy = y + LANE / 2.0 + 6.0;
        let opacity = if entry.after_as_of { "0.35" } else { "1" };
        let short: String = entry.text.chars().take(22).collect();
        let short = if entry.text.chars().count() > 22 {
            format!("{short}…")
        } else {
            short
        };
        // About 6 px a character at 11 px.
        let half = short.chars().count() as f64 * 3.1 + 4.0;
        let label_x = cx.clamp(LEFT + half, WIDTH - half);
        let row = row_ends[lane_index]
            .iter()
            .position(|end| label_x - half > *end);
        if let Some(row) = row {
            row_ends[lane_index][row] = label_x + half;
        }
        let label = match row {
            Some(row) => format!(
                "<text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                y + 16.0 + 12.0 * row as f64,
                escape(&short)
            ),
            None => String::new(),
        };
        let at = in_offset_of(entry.at, &chronology.as_of);
        let _ = write!(
            svg,
            "<g opacity=\"{opacity}\"><circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"6\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1.5\"><title>{}</title></circle>{label}</g>",
            colour(entry.mark),
            escape(&format!(
                "{} · {} · {}{}",
                at.format("%Y-%m-%d %H:%M"),
                entry.lane.name(),
                entry.text,
                entry
                    .line
                    .map(|l| format!(" (line {l})"))
                    .unwrap_or_default()
            )),
        );
    }
    svg.push_str("</svg>");
    let mut legend = String::from("<div class=\"legend\">");
    for (mark, name) in [
        (Mark::Event, "event"),
        (Mark::Payment, "payment"),
        (Mark::Evidence, "evidence"),
        (Mark::Chat, "chat"),
        (Mark::Appeal, "appeal"),
    ] {
        let _ = write!(
            legend,
            "<span><i style=\"background:{}\"></i>{name}</span>",
            colour(mark)
        );
    }
    legend.push_str(
        "<span><i style=\"background:#f2b84b;border-radius:2px\"></i>window</span>\
         <span style=\"color:#b3261e\">┆ due</span><span style=\"color:#2f6fde\">│ as_of</span></div>",
    );
    format!("<section><h2>At a glance</h2><div class=\"chart\">{svg}</div>{legend}</section>\n")
}
