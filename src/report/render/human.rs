//! The ruling for a person at a terminal: one screen, tables at 80 columns.

use std::fmt::Write as _;

use crate::model::case::Case;
use crate::model::ruling::Ruling;
use crate::report::words::Words;
use crate::text::shown::escape;
use crate::text::terminal::Look;

use super::table;
use super::timeline::Chronology;
use super::view::{Cell, Draw, RulingView, Table, draw, phrase_in};

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
    let view = RulingView::of(ruling, case, words, &[], explain);
    view_text(&view, policy_file, look)
}

/// The view drawn for a terminal (its timeline, when it has one, after the ruling).
pub fn view_text(view: &RulingView, policy_file: Option<&str>, look: Look) -> String {
    let mut human = Human {
        out: String::new(),
        policy_file,
        look,
    };
    draw(view, &mut human);
    human.out
}

/// The terminal's way of drawing a ruling.
struct Human<'a> {
    out: String,
    policy_file: Option<&'a str>,
    look: Look,
}

fn plain(text: &str) -> String {
    escape(text).into_owned()
}

impl Draw for Human<'_> {
    fn heading(&mut self, view: &RulingView) {
        let (h, words, out) = (&view.heading, view.words, &mut self.out);
        let phrase = |id: &str, args: &[(&str, &str)]| {
            let args: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, plain(v))).collect();
            phrase_in(words, id, &args, plain)
        };
        let _ = writeln!(
            out,
            "{} · {} · {}",
            plain(&h.case),
            phrase("ruling-order", &[("order", &h.order_id)]),
            phrase(
                "ruling-trade",
                &[
                    ("quantity", &h.quantity),
                    ("asset", &h.asset),
                    ("amount", &h.amount),
                    ("fiat", &h.fiat)
                ]
            )
        );
        let _ = writeln!(
            out,
            "{} · {}",
            phrase("ruling-buyer", &[("name", &h.buyer.0), ("uid", &h.buyer.1)]),
            phrase(
                "ruling-seller",
                &[("name", &h.seller.0), ("uid", &h.seller.1)]
            )
        );
        let policy = super::policy_heading(
            words,
            view.ruling,
            &self
                .policy_file
                .map(|file| plain(&crate::text::shown::token(file)))
                .unwrap_or_else(|| words.word("ruling-built_in")),
            plain,
        );
        let _ = writeln!(
            out,
            "{}\n{}",
            phrase_in(words, "ruling-policy", &[("policy", policy)], plain),
            phrase("ruling-as_of", &[("at", &h.as_of)])
        );
        if let Some(note) = &h.replay {
            let _ = writeln!(out, "{note}");
        }
    }

    fn headline(&mut self, view: &RulingView) {
        let out = &mut self.out;
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}  {}",
            view.words.word("ruling-decision"),
            view.decision
        );
        if let Some((filed, clause)) = &view.rerouted {
            let _ = writeln!(
                out,
                "{}",
                view.words.phrase(
                    "ruling-rerouted",
                    &[("filed", filed.as_str()), ("clause", clause.as_str())]
                )
            );
        }
        if let Some(deadline) = &view.next_deadline {
            let _ = writeln!(
                out,
                "{}",
                view.words
                    .phrase("ruling-next_deadline", &[("at", deadline.as_str())])
            );
        }
    }

    fn table(&mut self, table: &Table, _words: &Words) {
        let _ = writeln!(self.out, "\n{}", plain(&table.title));
        let columns: Vec<&str> = table.columns.iter().map(String::as_str).collect();
        let mut grid = table::new(&columns, self.look);
        for row in &table.rows {
            grid.add_row(row.iter().map(cell).collect());
        }
        let _ = writeln!(self.out, "{grid}");
        for note in &table.notes {
            let _ = writeln!(self.out, "{}", plain(note));
        }
    }

    fn timeline(&mut self, chronology: &Chronology, words: &Words) {
        self.out.push('\n');
        self.out
            .push_str(&super::timeline::human(chronology, self.look, words));
    }

    fn timeline_last(&self) -> bool {
        true
    }
}

/// A cell for the terminal: a cell's lines are its own line breaks, every text escaped.
fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) | Cell::Clause(text) | Cell::Word(text) => plain(text),
        Cell::Due(due) => due.clone().unwrap_or_else(|| "—".into()),
        Cell::Refs { refs, lines } => refs
            .iter()
            .chain(lines)
            .map(|line| plain(line))
            .collect::<Vec<_>>()
            .join("\n"),
        Cell::Outcome { text, otherwise } => {
            let mut outcome = plain(text);
            if let Some(other) = otherwise {
                outcome.push('\n');
                outcome.push_str(&plain(other));
            }
            outcome
        }
    }
}
