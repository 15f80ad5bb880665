//! One view of a ruling for every format that draws it for people: the human ruling, Markdown
//! and HTML. [`RulingView`] holds what a ruling shows, in the reader's language — its heading,
//! its headline, its tables (why, who does what, sanctions, what the parties are told, in
//! their own languages too, and the trace) and its timeline — and [`draw`] walks it through
//! one interface, [`Draw`], which each format implements: the formats differ in how they mark
//! things up and escape them, never in what a section holds.

use std::sync::Arc;

use crate::model::case::Case;
use crate::model::ruling::{Reason, Ruling};
use crate::report::words::Words;
use crate::vocab::decision::{Party, Status};
use crate::vocab::time::Minute;

use super::timeline::Chronology;

/// A cell of a table, by what it holds: the formats mark each kind up their own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Words: a finding, an action, a notice.
    Text(String),
    /// A clause id: `buyer.1a`.
    Clause(String),
    /// A word of the format shown as it is: a party, a sanction's action.
    Word(String),
    /// A due time, or none (`—`).
    Due(Option<String>),
    /// The places of the case a finding rests on, and their lines in words ("line 31").
    Refs {
        refs: Vec<String>,
        lines: Option<String>,
    },
    /// What a step of the trace found, and what would have changed it ("would change: …").
    Outcome {
        text: String,
        otherwise: Option<String>,
    },
}

/// A titled table of the ruling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// What the table is, for the formats that draw one kind differently (`Notices` as a list
    /// in Markdown).
    pub kind: Kind,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Sentences drawn under the table: which language each party is told in, that the
    /// English text prevails.
    pub notes: Vec<String>,
}

/// The tables a ruling has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Why,
    WhoDoesWhat,
    Sanctions,
    Notices,
    Trace,
}

/// A party told in another language than the reader's, with the words of that language.
#[derive(Clone)]
pub struct Told {
    pub party: Party,
    pub words: Arc<Words>,
}

/// The heading of a ruling: the case, the order, the parties, the policy and the moment. The
/// values are as the case and the ruling hold them: each format escapes them.
#[derive(Debug, Clone)]
pub struct Heading {
    pub case: String,
    pub order_id: String,
    pub quantity: String,
    pub asset: String,
    pub amount: String,
    pub fiat: String,
    pub buyer: (String, String),
    pub seller: (String, String),
    pub as_of: String,
    /// What a replay left out, in words.
    pub replay: Option<String>,
}

/// Everything a ruling shows people, in the reader's language.
pub struct RulingView<'a> {
    pub ruling: &'a Ruling,
    pub words: &'a Words,
    pub heading: Heading,
    /// The decision, its amount, status and clause: "release_to_buyer 0.5 BTC — FINAL — buyer.1b".
    pub decision: String,
    /// "filed under …; the facts moved it to …", when the facts moved it.
    pub rerouted: Option<(String, String)>,
    pub next_deadline: Option<String>,
    pub tables: Vec<Table>,
    /// The trace (`--explain`), drawn after the timeline or before it as the format does.
    pub trace: Option<Table>,
    pub timeline: Option<Chronology>,
}

/// How a format draws a ruling. [`draw`] calls these in order.
pub trait Draw {
    fn heading(&mut self, view: &RulingView);
    fn headline(&mut self, view: &RulingView);
    /// The page's overview (the HTML chart); none elsewhere.
    fn glance(&mut self, _view: &RulingView) {}
    fn table(&mut self, table: &Table, words: &Words);
    fn timeline(&mut self, chronology: &Chronology, words: &Words);
    fn footer(&mut self, _view: &RulingView) {}
    /// Whether the timeline comes after the trace (the human ruling, whose timeline follows
    /// the whole ruling).
    fn timeline_last(&self) -> bool {
        false
    }
}

/// Draws `view` with `format`.
pub fn draw(view: &RulingView, format: &mut impl Draw) {
    format.heading(view);
    format.headline(view);
    format.glance(view);
    for table in &view.tables {
        format.table(table, view.words);
    }
    let trace = |format: &mut _| {
        if let Some(trace) = &view.trace {
            Draw::table(format, trace, view.words);
        }
    };
    let timeline = |format: &mut _| {
        if let Some(chronology) = &view.timeline {
            Draw::timeline(format, chronology, view.words);
        }
    };
    if format.timeline_last() {
        trace(format);
        timeline(format);
    } else {
        timeline(format);
        trace(format);
    }
    format.footer(view);
}

impl<'a> RulingView<'a> {
    /// The view of `ruling` of `case` for a reader of `words`; `told` are the parties told in
    /// another language; `explain` adds the trace.
    pub fn of(
        ruling: &'a Ruling,
        case: &Case,
        words: &'a Words,
        told: &[Told],
        explain: bool,
    ) -> RulingView<'a> {
        let order = &case.order;
        let heading = Heading {
            case: ruling.case.clone(),
            order_id: ruling.order_id.clone(),
            quantity: order.quantity.value.to_string(),
            asset: order.asset.clone(),
            amount: order.amount.value.to_string(),
            fiat: order.fiat.clone(),
            buyer: (
                case.buyer.verified_name.value.clone(),
                case.buyer.uid.clone(),
            ),
            seller: (
                case.seller.verified_name.value.clone(),
                case.seller.uid.clone(),
            ),
            as_of: Minute(&ruling.as_of).to_string(),
            replay: super::replay_note(words, ruling.ignored_after_as_of),
        };
        let mut tables = vec![why(ruling, words), who_does_what(ruling, words)];
        tables.push(sanctions(ruling, words));
        tables.push(notices(ruling, case, words, told));
        for party in told {
            tables.push(notices_for(ruling, party, words));
        }
        tables.retain(|table| !table.rows.is_empty());
        RulingView {
            ruling,
            words,
            heading,
            decision: decision_line(ruling, &order.fiat, &order.asset, words),
            rerouted: ruling
                .rerouted_by_facts()
                .then(|| (ruling.filed_clause.to_string(), ruling.clause.to_string())),
            next_deadline: ruling.next_deadline.map(|d| Minute(&d).to_string()),
            tables,
            trace: (explain && !ruling.trace.is_empty()).then(|| trace(ruling, words)),
            timeline: None,
        }
    }

    /// The same view with the case's timeline.
    pub fn with_timeline(mut self, chronology: Chronology) -> RulingView<'a> {
        self.timeline = Some(chronology);
        self
    }
}

/// "release_to_buyer 0.5 BTC — FINAL — buyer.1b": the decision, its amount when there is one,
/// the status and the clause.
pub fn decision_line(ruling: &Ruling, fiat: &str, asset: &str, words: &Words) -> String {
    let status = words.word(match ruling.status {
        Status::Pending => "status-pending",
        Status::Final => "status-final",
        Status::AwaitingReview => "status-awaiting_review",
    });
    let amount = match ruling.amount {
        Some(amount) if ruling.decision == crate::vocab::decision::Decision::ReleaseToBuyer => {
            format!(" {amount} {asset}")
        }
        Some(amount) => format!(" {amount} {fiat}"),
        None => String::new(),
    };
    format!(
        "{}{} — {status} — {}",
        ruling.decision,
        crate::text::shown::Shown(&amount),
        ruling.clause
    )
}

fn columns(words: &Words, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| words.word(&format!("column-{id}")))
        .collect()
}

fn table(kind: Kind, title: &str, words: &Words, column_ids: &[&str]) -> Table {
    Table {
        kind,
        title: words.word(&format!("section-{title}")),
        columns: columns(words, column_ids),
        rows: Vec::new(),
        notes: Vec::new(),
    }
}

/// The case-file lines a reason rests on, in words: "line 31", "lines 10, 13".
pub fn lines_in_words(reason: &Reason, words: &Words) -> Option<String> {
    let mut lines: Vec<usize> = reason.lines.iter().flatten().copied().collect();
    lines.sort_unstable();
    lines.dedup();
    let numbers: Vec<String> = lines.iter().map(usize::to_string).collect();
    (!numbers.is_empty()).then(|| {
        words.counted(
            "ruling-lines",
            numbers.len(),
            &[("lines", &numbers.join(", "))],
        )
    })
}

fn why(ruling: &Ruling, words: &Words) -> Table {
    let mut why = table(Kind::Why, "why", words, &["clause", "finding", "rests_on"]);
    for reason in &ruling.rationale {
        why.rows.push(vec![
            Cell::Clause(reason.clause.to_string()),
            Cell::Text(words.said(&reason.finding)),
            Cell::Refs {
                refs: reason.refs.iter().map(ToString::to_string).collect(),
                lines: lines_in_words(reason, words),
            },
        ]);
    }
    why
}

fn who_does_what(ruling: &Ruling, words: &Words) -> Table {
    let mut who = table(
        Kind::WhoDoesWhat,
        "who",
        words,
        &["who", "what", "due", "clause"],
    );
    for follow_up in &ruling.follow_ups {
        who.rows.push(vec![
            Cell::Word(words.word(&format!("party-{}", follow_up.who))),
            Cell::Text(words.said(&follow_up.action)),
            Cell::Due(follow_up.due.map(|d| Minute(&d).to_string())),
            Cell::Clause(follow_up.clause.to_string()),
        ]);
    }
    who
}

fn sanctions(ruling: &Ruling, words: &Words) -> Table {
    let mut sanctions = table(
        Kind::Sanctions,
        "sanctions",
        words,
        &["party", "action", "length", "clause"],
    );
    for sanction in &ruling.sanctions {
        sanctions.rows.push(vec![
            Cell::Word(words.word(&format!("party-{}", sanction.party))),
            Cell::Word(sanction.action.to_string()),
            Cell::Text(words.say(&sanction.length())),
            Cell::Clause(sanction.clause.to_string()),
        ]);
    }
    sanctions
}

/// What the parties are told, in the reader's language; when a party has a language of its
/// own, a note says which language each is told in; in another language than English, a note
/// says that the English text prevails (MEXC General Terms).
fn notices(ruling: &Ruling, case: &Case, words: &Words, told: &[Told]) -> Table {
    let mut notices = table(Kind::Notices, "notices", words, &["notice", "clause"]);
    for notice in &ruling.notices {
        notices.rows.push(vec![
            Cell::Text(words.said(&notice.text)),
            Cell::Clause(notice.clause.to_string()),
        ]);
    }
    if case.buyer.language.is_some() || case.seller.language.is_some() {
        let language_of = |party: Party| {
            let told = told.iter().find(|t| t.party == party);
            let theirs = told.map_or(words, |t| &t.words);
            words.phrase(
                "notices-language",
                &[
                    ("name", &theirs.word("language-name")),
                    ("tag", theirs.tag()),
                ],
            )
        };
        notices.notes.push(words.phrase(
            "notices-languages",
            &[
                ("buyer", &language_of(Party::Buyer)),
                ("seller", &language_of(Party::Seller)),
            ],
        ));
    }
    if words.tag() != "en" && !ruling.notices.is_empty() {
        notices.notes.push(words.word("notices-english_prevails"));
    }
    notices
}

/// The notices as `told.party` is told them, in its language, with the sentence that the
/// English text prevails.
fn notices_for(ruling: &Ruling, told: &Told, words: &Words) -> Table {
    let theirs = &told.words;
    let language = words.phrase(
        "notices-language",
        &[
            ("name", &theirs.word("language-name")),
            ("tag", theirs.tag()),
        ],
    );
    let party = words.word(&format!("party-{}", told.party));
    let mut table = Table {
        kind: Kind::Notices,
        title: words.phrase("notices-for", &[("party", &party), ("language", &language)]),
        columns: columns(words, &["notice", "clause"]),
        rows: Vec::new(),
        notes: Vec::new(),
    };
    for notice in &ruling.notices {
        table.rows.push(vec![
            Cell::Text(theirs.said(&notice.text)),
            Cell::Clause(notice.clause.to_string()),
        ]);
    }
    if theirs.tag() != "en" && !ruling.notices.is_empty() {
        table.notes.push(theirs.word("notices-english_prevails"));
    }
    table
}

fn trace(ruling: &Ruling, words: &Words) -> Table {
    let mut trace = table(
        Kind::Trace,
        "trace",
        words,
        &["clause", "checked", "outcome"],
    );
    for step in &ruling.trace {
        trace.rows.push(vec![
            Cell::Clause(step.clause.to_string()),
            Cell::Text(words.said(&step.check)),
            Cell::Outcome {
                text: words.said(&step.outcome),
                otherwise: step.counterfactual.as_ref().map(|other| {
                    words.phrase("ruling-would_change", &[("outcome", &words.said(other))])
                }),
            },
        ]);
    }
    trace
}

/// `id` worded with `args` already marked up for a format, the message's own text escaped
/// with `escape`: a translation or a project's catalogue cannot put markup into a page.
pub fn phrase_in(
    words: &Words,
    id: &str,
    args: &[(&str, String)],
    escape: impl Fn(&str) -> String,
) -> String {
    let stand_ins: Vec<String> = (0..args.len()).map(|i| format!("⟦{i}⟧")).collect();
    let named: Vec<(&str, &str)> = args
        .iter()
        .zip(&stand_ins)
        .map(|((name, _), stand_in)| (*name, stand_in.as_str()))
        .collect();
    let mut text = escape(&words.phrase(id, &named));
    for ((_, value), stand_in) in args.iter().zip(&stand_ins) {
        text = text.replace(stand_in, value);
    }
    text
}
