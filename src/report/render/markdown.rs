//! The ruling as Markdown, for pasting into a ticket.

use std::fmt::Write as _;

use crate::model::case::Case;
use crate::model::ruling::Ruling;
use crate::report::words::Words;

use super::timeline::{Chronology, Mark, in_offset_of};
use super::view::{Cell, Draw, Kind, RulingView, Table, draw, phrase_in};

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
    view_text(
        &RulingView::of(ruling, case, words, &[], explain),
        policy_file,
    )
}

/// The view as Markdown.
pub fn view_text(view: &RulingView, policy_file: Option<&str>) -> String {
    let mut markdown = Markdown {
        out: String::new(),
        policy_file,
    };
    draw(view, &mut markdown);
    markdown.out
}

/// Markdown's way of drawing a ruling.
struct Markdown<'a> {
    out: String,
    policy_file: Option<&'a str>,
}

/// The first letter of `text` in capitals: a sentence that begins a paragraph.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Draw for Markdown<'_> {
    fn heading(&mut self, view: &RulingView) {
        let (h, words, out) = (&view.heading, view.words, &mut self.out);
        let phrase = |id: &str, args: &[(&str, &str)]| {
            let args: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, cell(v))).collect();
            phrase_in(words, id, &args, cell)
        };
        let _ = writeln!(
            out,
            "### {} — {}",
            phrase("ruling-appeal", &[("case", &h.case)]),
            phrase("ruling-order", &[("order", &h.order_id)])
        );
        let _ = writeln!(out);
        let policy = super::policy_heading(
            words,
            view.ruling,
            &self
                .policy_file
                .map(|file| code(&crate::text::shown::token(file)))
                .unwrap_or_else(|| cell(&words.word("ruling-built_in"))),
            cell,
        );
        let _ = writeln!(
            out,
            "{} · {} · {} · {} · {}",
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
            phrase_in(words, "ruling-policy", &[("policy", policy)], cell),
            phrase("ruling-as_of", &[("at", &h.as_of)])
        );
        if let Some(note) = &h.replay {
            let _ = writeln!(out, "\n_{note}_");
        }
    }

    fn headline(&mut self, view: &RulingView) {
        let (words, out) = (view.words, &mut self.out);
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "**{}**",
            cell(&format!(
                "{}  {}",
                words.word("ruling-decision"),
                view.decision
            ))
        );
        if let Some((filed, clause)) = &view.rerouted {
            let args = [("filed", code(filed)), ("clause", code(clause))];
            let text = phrase_in(words, "ruling-rerouted", &args, cell);
            let _ = writeln!(out, "\n{}.", capitalized(&text));
        }
        if let Some(deadline) = &view.next_deadline {
            let args = [("at", format!("**{deadline}**"))];
            let text = phrase_in(words, "ruling-next_deadline", &args, cell);
            let _ = writeln!(out, "\n{}", capitalized(&text));
        }
    }

    fn table(&mut self, table: &Table, _words: &Words) {
        let out = &mut self.out;
        if table.kind == Kind::Notices {
            let _ = writeln!(out, "\n#### {}\n", cell(&table.title));
            for row in &table.rows {
                let texts: Vec<String> = row.iter().map(markdown_cell).collect();
                if let Some((text, clauses)) = texts.split_first() {
                    let _ = writeln!(out, "- {text} ({})", clauses.join(", "));
                }
            }
        } else {
            let columns: Vec<String> = table.columns.iter().map(|c| cell(c)).collect();
            let _ = writeln!(
                out,
                "\n#### {}\n\n| {} |\n|{}",
                cell(&table.title),
                columns.join(" | "),
                "---|".repeat(columns.len())
            );
            for row in &table.rows {
                let cells: Vec<String> = row.iter().map(markdown_cell).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
        }
        for note in &table.notes {
            let _ = writeln!(out, "\n_{}_", cell(note));
        }
    }

    fn timeline(&mut self, chronology: &Chronology, words: &Words) {
        let out = &mut self.out;
        let offset = chronology.as_of.format("%:z").to_string();
        let columns =
            ["when", "who", "what", "line"].map(|c| cell(&words.word(&format!("column-{c}"))));
        let _ = writeln!(
            out,
            "\n#### {}\n\n| {} |\n|---|---|---|---|",
            cell(&words.phrase("timeline-heading", &[("offset", &offset)])),
            columns.join(" | ")
        );
        let as_of_row = |out: &mut String| {
            let _ = writeln!(
                out,
                "| **{}** | | **{}** | |",
                chronology.as_of.format("%Y-%m-%d %H:%M"),
                cell(&words.word("timeline-as_of_row"))
            );
        };
        let mut as_of_drawn = false;
        for entry in &chronology.entries {
            if !as_of_drawn && entry.at > chronology.as_of {
                as_of_row(out);
                as_of_drawn = true;
            }
            let at = in_offset_of(entry.at, &chronology.as_of);
            let mut what = cell(&entry.text);
            if entry.mark == Mark::Deadline {
                what = format!("**{what}**");
            }
            if entry.after_as_of {
                what = format!("_{what} ({})_", cell(&words.word("timeline-after_as_of")));
            }
            let line = entry
                .line
                .map(|l| words.phrase("timeline-line", &[("line", &l.to_string())]))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {what} | {} |",
                at.format("%Y-%m-%d %H:%M"),
                cell(&words.word(&format!("lane-{}", entry.lane.as_str()))),
                cell(&line)
            );
        }
        if !as_of_drawn {
            as_of_row(out);
        }
    }

    fn footer(&mut self, view: &RulingView) {
        let ruling = view.ruling;
        let _ = writeln!(
            self.out,
            "\n<sub>appeal {} · case sha256 {} · policy sha256 {}</sub>",
            ruling.tool_version,
            &ruling.case_sha256[..12.min(ruling.case_sha256.len())],
            &ruling.policy.sha256[..12.min(ruling.policy.sha256.len())]
        );
    }
}

/// A cell for a Markdown table: clauses as code, every text escaped.
fn markdown_cell(value: &Cell) -> String {
    match value {
        Cell::Text(text) | Cell::Word(text) => cell(text),
        Cell::Clause(clause) => format!("`{clause}`"),
        Cell::Due(due) => due.clone().unwrap_or_else(|| "—".into()),
        Cell::Refs { refs, lines } => {
            let refs = refs.join(", ");
            cell(&match lines {
                Some(lines) => format!("{refs} ({lines})"),
                None => refs,
            })
        }
        Cell::Outcome { text, otherwise } => cell(&match otherwise {
            Some(other) => format!("{text} — {other}"),
            None => text.clone(),
        }),
    }
}
