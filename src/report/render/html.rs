//! One self-contained HTML page per ruling (`judge --format html`): the ruling, its reasons,
//! who must do what, and an SVG chart of the case's timeline — time across, the parties on
//! lanes, the windows as bars, deadlines and `as_of` as lines. No network: inline CSS, inline
//! SVG, a Content-Security-Policy that forbids loading anything. Every text of the case is
//! escaped.

use std::fmt::Write as _;

use crate::hearing::Judged;
use crate::report::words::Words;
use crate::vocab::decision::Status;

use super::timeline::{Chronology, Mark, in_offset_of};
use super::view::{Cell, Draw, RulingView, Table, draw, phrase_in};

pub use super::markup::escape;
use super::markup::escape_isolating;

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330;margin:0;background:#f4f5f7}
main{max-width:1080px;margin:0 auto;padding:24px}
header{color:#4a5160;margin-bottom:12px}
header h1{font-size:20px;color:#1d2330;margin:0 0 4px}
.decision{font-size:22px;font-weight:700;padding:14px 18px;border-radius:8px;margin:12px 0;background:#fff;border-inline-start:8px solid #2f6fde}
.decision.final{border-inline-start-color:#2e8b57}
.decision.pending{border-inline-start-color:#d9822b}
.decision.awaiting-review{border-inline-start-color:#6a5acd}
.decision.not-heard{border-inline-start-color:#7a808c;background:#f0f1f3}
.deadline{font-size:15px;font-weight:400;color:#4a5160;margin-top:4px}
section{background:#fff;border-radius:8px;padding:12px 18px;margin:12px 0}
h2{font-size:16px;margin:4px 0 8px}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;vertical-align:top;padding:4px 8px;border-bottom:1px solid #e3e5ea}
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
.legend span{margin-inline-end:14px;font-size:13px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-inline-end:4px;vertical-align:middle}
footer{font-size:12px;color:#7a808c;margin-top:16px}
";

/// What a page written right to left adds. The rest of the style is in logical properties
/// (`border-inline-start`, `text-align: start`, `margin-inline-end`), which follow the page's
/// direction by themselves; the chart keeps time running left to right, as its axis is drawn.
const RTL_STYLE: &str = ".chart{direction:ltr}
";

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
        rtl: view.words.right_to_left(),
    };
    draw(&view, &mut page);
    page.html
}

/// HTML's way of drawing a ruling.
struct Page<'a> {
    html: String,
    policy_file: Option<&'a str>,
    /// Written right to left: figures are isolated left to right ([`escape_isolating`]).
    rtl: bool,
}

/// `text` escaped, its figures isolated on a page written right to left.
fn said(text: &str, rtl: bool) -> String {
    if rtl {
        escape_isolating(text)
    } else {
        escape(text)
    }
}

impl Draw for Page<'_> {
    fn heading(&mut self, view: &RulingView) {
        let rtl = self.rtl;
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
            let args: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, said(v, rtl))).collect();
            phrase_in(words, id, &args, escape)
        };
        let from = match self.policy_file {
            Some(file) => crate::text::shown::token(file).into_owned(),
            None => words.word("ruling-built_in"),
        };
        let policy = escape(&super::policy_heading(words, ruling, &from, str::to_string));
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
        let (ruling, words, rtl) = (view.ruling, view.words, self.rtl);
        let html = &mut self.html;
        let status = decision_class(ruling);
        let _ = write!(
            html,
            "<div id=\"decision\" class=\"decision {status}\">{}",
            said(view.decision.trim(), rtl)
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
                said(
                    &words.phrase("ruling-next_deadline", &[("at", deadline.as_str())]),
                    rtl
                )
            );
        }
        html.push_str("</div>\n");
    }

    fn glance(&mut self, view: &RulingView) {
        if let Some(chronology) = &view.timeline {
            self.html
                .push_str(&super::chart::section(chronology, view.words));
        }
    }

    fn table(&mut self, table: &Table, _words: &Words) {
        let rtl = self.rtl;
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
                html.push_str(&html_cell(value, rtl));
            }
            html.push_str("</tr>");
        }
        html.push_str("</table>");
        for note in &table.notes {
            let _ = write!(html, "<p>{}</p>", said(note, rtl));
        }
        html.push_str("</section>\n");
    }

    fn timeline(&mut self, chronology: &Chronology, words: &Words) {
        let table = timeline_table(chronology, words, self.rtl);
        self.html.push_str(&table);
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
fn html_cell(value: &Cell, rtl: bool) -> String {
    let escape = |text: &str| said(text, rtl);
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
fn timeline_table(chronology: &Chronology, words: &Words, rtl: bool) -> String {
    let word = |id: &str| escape(&words.word(id));
    let when = |at: &dyn std::fmt::Display| said(&at.to_string(), rtl);
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
            when(&chronology.as_of.format("%Y-%m-%d %H:%M")),
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
            when(&at.format("%Y-%m-%d %H:%M")),
            word(&format!("lane-{}", entry.lane.as_str())),
            said(&entry.text, rtl),
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

/// The class of the decision's box, which sets its colour: an appeal that is not heard
/// (inadmissible, refused as out of time) is final but no outcome for either party, so it is not
/// drawn in the colour of a settled case.
fn decision_class(ruling: &crate::model::ruling::Ruling) -> &'static str {
    use crate::vocab::decision::Decision;
    match (ruling.decision, ruling.status) {
        (Decision::Inadmissible | Decision::RefusedOutOfTime, _) => "not-heard",
        (_, Status::Pending) => "pending",
        (_, Status::Final) => "final",
        (_, Status::AwaitingReview) => "awaiting-review",
    }
}
