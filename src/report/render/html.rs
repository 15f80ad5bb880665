//! One self-contained HTML page per ruling (`judge --format html`): the ruling, its reasons,
//! who must do what, and an SVG chart of the case's timeline — time across, the parties on
//! lanes, the windows as bars, deadlines and `as_of` as lines. No network: inline CSS, inline
//! SVG, a Content-Security-Policy that forbids loading anything. Every text of the case is
//! escaped.

use std::fmt::Write as _;

use crate::hearing::Judged;
use crate::report::words::Words;
use crate::vocab::decision::Status;

use super::timeline::{Chronology, Lane, Mark, in_offset_of};
use super::view::{Cell, Draw, RulingView, Table, draw, phrase_in};

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

/// What a page written right to left adds: text and table cells start at the right; the
/// chart keeps time running left to right, as its axis is drawn.
const RTL_STYLE: &str = "th,td{text-align:right}
.decision{border-left:0;border-right:8px solid #2f6fde}
.decision.final{border-right-color:#2e8b57}
.decision.pending{border-right-color:#d9822b}
.decision.awaiting-review{border-right-color:#6a5acd}
.legend span{margin-right:0;margin-left:14px}
.chart{direction:ltr}
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

/// The page for one judged case, in the reader's language.
pub fn page(judged: &Judged, explain: bool, words: &Words) -> String {
    let view = RulingView::of(&judged.ruling, &judged.loaded.case, words, &[], explain);
    view_page(judged, view)
}

/// The page of `view` (its timeline is the judged case's own).
pub fn view_page(judged: &Judged, view: RulingView) -> String {
    let chronology = Chronology::of(&judged.loaded, &judged.ruling, &judged.policy, view.words);
    let view = view.with_timeline(chronology);
    let mut page = Page {
        html: String::new(),
        policy_file: judged.policy.file(),
    };
    draw(&view, &mut page);
    page.html
}

/// HTML's way of drawing a ruling.
struct Page<'a> {
    html: String,
    policy_file: Option<&'a str>,
}

impl Draw for Page<'_> {
    fn heading(&mut self, view: &RulingView) {
        let (ruling, h, words, html) = (view.ruling, &view.heading, view.words, &mut self.html);
        let title = format!("{} · {}", ruling.case, ruling.decision);
        let direction = if words.right_to_left() {
            " dir=\"rtl\""
        } else {
            ""
        };
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"{}\"{direction}>\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n<main>\n",
            escape(words.tag()),
            escape(&title),
            if words.right_to_left() { RTL_STYLE } else { "" }
        );
        let phrase = |id: &str, args: &[(&str, &str)]| {
            let args: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, escape(v))).collect();
            phrase_in(words, id, &args, escape)
        };
        let from = match self.policy_file {
            Some(file) => file.to_string(),
            None => words.word("ruling-built_in"),
        };
        let policy = escape(&super::policy_heading(ruling, &from, str::to_string));
        let _ = write!(
            html,
            "<header><h1>{} · {}</h1><div>{} · {} · {}</div><div>{} · {}</div>",
            escape(&h.case),
            phrase("ruling-order", &[("order", &h.order_id)]),
            phrase(
                "ruling-trade",
                &[
                    ("quantity", &h.quantity),
                    ("asset", &h.asset),
                    ("amount", &h.amount),
                    ("fiat", &h.fiat)
                ]
            ),
            phrase("ruling-buyer", &[("name", &h.buyer.0), ("uid", &h.buyer.1)]),
            phrase(
                "ruling-seller",
                &[("name", &h.seller.0), ("uid", &h.seller.1)]
            ),
            phrase_in(words, "ruling-policy", &[("policy", policy)], escape),
            phrase("ruling-as_of", &[("at", &h.as_of)]),
        );
        if let Some(note) = &h.replay {
            let _ = write!(html, "<div>{}</div>", escape(note));
        }
        html.push_str("</header>\n");
    }

    fn headline(&mut self, view: &RulingView) {
        let (ruling, words, html) = (view.ruling, view.words, &mut self.html);
        let status = match ruling.status {
            Status::Pending => "pending",
            Status::Final => "final",
            Status::AwaitingReview => "awaiting-review",
        };
        let _ = write!(
            html,
            "<div id=\"decision\" class=\"decision {status}\">{}",
            escape(view.decision.trim())
        );
        if let Some((filed, clause)) = &view.rerouted {
            let _ = write!(
                html,
                "<div class=\"deadline\">{}</div>",
                escape(&words.phrase(
                    "ruling-rerouted",
                    &[("filed", filed.as_str()), ("clause", clause.as_str())]
                ))
            );
        }
        if let Some(deadline) = &view.next_deadline {
            let _ = write!(
                html,
                "<div class=\"deadline\">{}</div>",
                escape(&words.phrase("ruling-next_deadline", &[("at", deadline.as_str())]))
            );
        }
        html.push_str("</div>\n");
    }

    fn glance(&mut self, view: &RulingView) {
        if let Some(chronology) = &view.timeline {
            self.html.push_str(&chart_section(chronology, view.words));
        }
    }

    fn table(&mut self, table: &Table, _words: &Words) {
        let html = &mut self.html;
        let _ = write!(
            html,
            "<section><h2>{}</h2><table><tr>",
            escape(&table.title)
        );
        for column in &table.columns {
            let _ = write!(html, "<th>{}</th>", escape(column));
        }
        html.push_str("</tr>");
        for row in &table.rows {
            html.push_str("<tr>");
            for value in row {
                html.push_str(&html_cell(value));
            }
            html.push_str("</tr>");
        }
        html.push_str("</table>");
        if let Some(note) = &table.note {
            let _ = write!(html, "<p>{}</p>", escape(note));
        }
        html.push_str("</section>\n");
    }

    fn timeline(&mut self, chronology: &Chronology, words: &Words) {
        self.html.push_str(&timeline_table(chronology, words));
    }

    fn footer(&mut self, view: &RulingView) {
        let ruling = view.ruling;
        let _ = write!(
            self.html,
            "<footer>appeal {} · case sha256 {} · policy {} sha256 {}</footer>\n</main>\n</body>\n</html>\n",
            escape(&ruling.tool_version),
            escape(&ruling.case_sha256),
            escape(&ruling.policy.id),
            escape(&ruling.policy.sha256)
        );
    }
}

/// A cell of an HTML table, every text escaped.
fn html_cell(value: &Cell) -> String {
    match value {
        Cell::Text(text) | Cell::Clause(text) | Cell::Word(text) => {
            format!("<td>{}</td>", escape(text))
        }
        Cell::Due(due) => format!(
            "<td class=\"when\">{}</td>",
            due.as_deref().map(escape).unwrap_or_else(|| "—".into())
        ),
        Cell::Refs { refs, lines } => {
            let rests: Vec<String> = refs.iter().chain(lines).map(|r| escape(r)).collect();
            format!("<td>{}</td>", rests.join("<br>"))
        }
        Cell::Outcome { text, otherwise } => format!(
            "<td>{}</td>",
            escape(&match otherwise {
                Some(other) => format!("{text} — {other}"),
                None => text.clone(),
            })
        ),
    }
}

/// The timeline as a table, each entry with its case-file line.
fn timeline_table(chronology: &Chronology, words: &Words) -> String {
    let word = |id: &str| escape(&words.word(id));
    let mut html = format!(
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        word("section-timeline"),
        word("column-when"),
        word("column-who"),
        word("column-what"),
        word("column-line"),
    );
    let mut as_of_drawn = false;
    let as_of_row = |html: &mut String| {
        let _ = write!(
            html,
            "<tr><td class=\"when\"><b>{}</b></td><td></td><td><b>{}</b></td><td></td></tr>",
            chronology.as_of.format("%Y-%m-%d %H:%M"),
            word("timeline-as_of_row")
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
            word(&format!("lane-{}", entry.lane.name())),
            escape(&entry.text),
            if entry.after_as_of {
                format!(" ({})", word("timeline-after_as_of"))
            } else {
                String::new()
            },
            entry.line.map(|l| line_of(words, l)).unwrap_or_default()
        );
    }
    if !as_of_drawn {
        as_of_row(&mut html);
    }
    html.push_str("</table></section>\n");
    html
}

/// "line 31", in the reader's language.
fn line_of(words: &Words, line: usize) -> String {
    escape(&words.phrase("timeline-line", &[("line", &line.to_string())]))
}

/// Chart geometry.
const WIDTH: f64 = 1000.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 46.0;
const LANE: f64 = 72.0;

/// The SVG chart in its section, with a legend.
fn chart_section(chronology: &Chronology, words: &Words) -> String {
    let word = |id: &str| escape(&words.word(id));
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
        "<svg id=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">",
        word("chart-label")
    );
    for (i, lane) in Lane::ALL.iter().enumerate() {
        let y = lane_y(*lane);
        let fill = if i % 2 == 0 { "#f7f8fa" } else { "#eef0f4" };
        let _ = write!(
            svg,
            "<rect x=\"0\" y=\"{y}\" width=\"{WIDTH}\" height=\"{LANE}\" fill=\"{fill}\"/>\
             <text class=\"lane-name\" x=\"8\" y=\"{:.1}\">{}</text>",
            y + LANE / 2.0 + 4.0,
            word(&format!("lane-{}", lane.name()))
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
            escape(
                &words.phrase(
                    "chart-window",
                    &[
                        (
                            "opens",
                            &in_offset_of(window.opens, &chronology.as_of)
                                .format("%Y-%m-%d %H:%M")
                                .to_string()
                        ),
                        ("from", &window.from),
                        (
                            "closes",
                            &in_offset_of(window.closes, &chronology.as_of)
                                .format("%Y-%m-%d %H:%M")
                                .to_string()
                        ),
                        ("what", &window.what),
                    ]
                )
            )
        );
        let _ = write!(
            svg,
            "<line x1=\"{x1:.1}\" y1=\"{:.1}\" x2=\"{x1:.1}\" y2=\"{axis_y}\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\
             <text class=\"due-label\" x=\"{x1:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            TOP - 16.0,
            TOP - 20.0,
            escape(
                &words.phrase(
                    "chart-due",
                    &[(
                        "at",
                        &in_offset_of(window.closes, &chronology.as_of)
                            .format("%H:%M")
                            .to_string()
                    )]
                )
            )
        );
    }
    // The moment of the ruling.
    let ax = x(&chronology.as_of);
    let _ = write!(
        svg,
        "<line x1=\"{ax:.1}\" y1=\"{:.1}\" x2=\"{ax:.1}\" y2=\"{axis_y}\" stroke=\"#2f6fde\" stroke-width=\"2.5\"/>\
         <text class=\"asof-label\" x=\"{ax:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        TOP - 30.0,
        TOP - 34.0,
        escape(&words.phrase(
            "chart-as_of",
            &[("at", &chronology.as_of.format("%H:%M").to_string())]
        ))
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
                words.word(&format!("lane-{}", entry.lane.name())),
                entry.text,
                entry
                    .line
                    .map(|l| format!(
                        " ({})",
                        words.phrase("timeline-line", &[("line", &l.to_string())])
                    ))
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
            "<span><i style=\"background:{}\"></i>{}</span>",
            colour(mark),
            word(&format!("legend-{name}"))
        );
    }
    let _ = write!(
        legend,
        "<span><i style=\"background:#f2b84b;border-radius:2px\"></i>{}</span>\
         <span style=\"color:#b3261e\">┆ {}</span><span style=\"color:#2f6fde\">│ {}</span></div>",
        word("legend-window"),
        word("legend-due"),
        word("legend-as_of")
    );
    format!(
        "<section><h2>{}</h2><div class=\"chart\">{svg}</div>{legend}</section>\n",
        word("section-glance")
    )
}
