//! The case at a glance: the order's events, payments, evidence and chat in time order, with the
//! windows that decide the ruling, its deadlines and the moment it is made (`as_of`), each entry
//! with its case-file line. [`Chronology`] is the data; [`human`] draws it for a terminal in
//! 100 columns, and the HTML page (`render::html`) draws it as a chart.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};

use crate::model::case::{EventKind, LoadedCase};

use crate::model::policy::Policy;
use crate::model::ruling::{FollowUp, Ruling};
use crate::model::window::Basis;
use crate::report::words::Words;
use crate::vocab::decision::{Actor, Status};
use crate::vocab::time::Time;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Event,
    Payment,
    Evidence,
    Chat,
    Appeal,
    /// A follow-up falls due, or a window the ruling waits on closes.
    Deadline,
    /// A window closes that the ruling does not wait on: it was met, or it passed.
    Closes,
}

/// One thing that happened (or falls due), at a moment.
#[derive(Debug, Clone)]
pub struct Entry {
    pub at: Time,
    pub lane: Actor,
    pub mark: Mark,
    /// In words, from the case's own text where it quotes it.
    pub text: String,
    /// The case-file line it comes from.
    pub line: Option<usize>,
    /// Later than the ruling's moment: left out of a replay.
    pub after_as_of: bool,
}

/// A window that decides the case: from what opened it to when it closes.
#[derive(Debug, Clone)]
pub struct Window {
    pub lane: Actor,
    pub opens: Time,
    pub closes: Time,
    /// What must happen inside it, and by whom.
    pub what: String,
    /// What opened it ("support's contact", "order created").
    pub from: String,
    /// The ruling waits on it: someone must act by `closes` (a deadline, drawn red).
    pub waited_on: bool,
    /// One the ruling relied on (`Ruling::windows`), not the order's own payment window.
    pub ruling: bool,
}

/// A case's entries as they are gathered, in file order, each with its line in the case file.
struct Gathered<'a> {
    loaded: &'a LoadedCase,
    as_of: Time,
    entries: Vec<Entry>,
}

impl Gathered<'_> {
    fn push(&mut self, at: Time, lane: Actor, mark: Mark, text: String, path: &str) {
        self.entries.push(Entry {
            at,
            lane,
            mark,
            text,
            line: self.loaded.line_of(path),
            after_as_of: at > self.as_of,
        });
    }

    /// The trade: the order's creation, the payments, and the timeline's events.
    fn trade(&mut self, words: &crate::report::words::Words) {
        let case = &self.loaded.case;
        let order = &case.order;
        self.push(
            order.created_at.value,
            Actor::Platform,
            Mark::Event,
            words.phrase(
                "timeline-order_created",
                &[
                    ("quantity", &order.quantity.value.to_string()),
                    ("asset", &order.asset),
                    ("amount", &order.amount.value.to_string()),
                    ("fiat", &order.fiat),
                ],
            ),
            "order.created_at",
        );
        for payment in &case.payments {
            self.push(
                payment.at.value,
                Actor::Buyer,
                Mark::Payment,
                words.phrase(
                    "timeline-paid",
                    &[
                        ("amount", &payment.amount.value.to_string()),
                        ("fiat", &order.fiat),
                        ("payer", &payment.payer_name.value),
                        ("account", &payment.to_account.value),
                    ],
                ),
                &payment.path(),
            );
        }
        for event in &case.timeline {
            let (lane, text) = describe(&event.kind, &order.fiat, words);
            self.push(event.at.value, lane, Mark::Event, text, &event.path());
        }
    }

    /// The appeal: its filing, the evidence, and the chat.
    fn appeal(&mut self, words: &crate::report::words::Words) {
        let case = &self.loaded.case;
        let appeal = &case.appeal;
        self.push(
            appeal.at.value,
            Actor::from(appeal.by.value),
            Mark::Appeal,
            words.phrase(
                "timeline-appeal_filed",
                &[("kind", &appeal.kind.value.to_string())],
            ),
            "appeal.at",
        );
        for item in &case.evidence {
            self.push(
                item.at.value,
                Actor::from(item.by),
                Mark::Evidence,
                evidence_text(item, words),
                &format!("evidence[{}]", item.index),
            );
        }
        for line in &case.chat {
            self.push(
                line.at.value,
                line.from,
                Mark::Chat,
                words.phrase(
                    "timeline-chat",
                    &[("id", &line.id.value), ("text", &line.text)],
                ),
                &format!("chat:{}", line.id.value),
            );
        }
    }
}

/// Everything of a case in time order, with the ruling's windows and deadlines.
#[derive(Debug, Clone)]
pub struct Chronology {
    pub entries: Vec<Entry>,
    pub windows: Vec<Window>,
    pub as_of: Time,
}

impl Chronology {
    pub fn of(
        loaded: &LoadedCase,
        ruling: &Ruling,
        policy: &crate::model::policy::Policy,
        words: &crate::report::words::Words,
    ) -> Chronology {
        let as_of = ruling.as_of;
        let mut gathered = Gathered {
            loaded,
            as_of,
            entries: Vec::new(),
        };
        gathered.trade(words);
        gathered.appeal(words);
        let mut entries = gathered.entries;
        let (windows, deadlines) = windows_of(loaded, ruling, policy, words);
        entries.extend(deadlines);
        // Time order; at the same moment, file order (the sort is stable).
        entries.sort_by_key(|e| e.at);
        Chronology {
            entries,
            windows,
            as_of,
        }
    }

    /// The earliest and latest moments shown.
    pub fn span(&self) -> (Time, Time) {
        let mut first = self.as_of;
        let mut last = self.as_of;
        for at in self
            .entries
            .iter()
            .map(|e| e.at)
            .chain(self.windows.iter().flat_map(|w| [w.opens, w.closes]))
        {
            first = first.min(at);
            last = last.max(at);
        }
        (first, last)
    }
}

/// An evidence item in words: its id, kind and who submitted it, and what support found of it.
fn evidence_text(item: &crate::model::case::Evidence, words: &Words) -> String {
    let mut text = words.phrase(
        "timeline-evidence",
        &[
            ("id", &item.id.value),
            ("kind", &item.kind.to_string()),
            ("party", &words.word(&format!("party-{}", item.by))),
        ],
    );
    if item.official_source {
        text.push_str(&words.word("timeline-evidence-official"));
    }
    if item.tampered {
        text.push_str(&words.word("timeline-evidence-tampered"));
    }
    match item.shows_receipt {
        Some(true) => text.push_str(&words.word("timeline-evidence-shows")),
        Some(false) => text.push_str(&words.word("timeline-evidence-does_not_show")),
        None => {}
    }
    text
}

/// An event in words, and its lane.
fn describe(kind: &EventKind, fiat: &str, words: &crate::report::words::Words) -> (Actor, String) {
    use EventKind as K;
    let word = |id: &str| words.word(&format!("timeline-{id}"));
    let with = |id: &str, name: &str, value: &str| {
        words.phrase(&format!("timeline-{id}"), &[(name, value)])
    };
    let party = |party: crate::vocab::decision::Party| words.word(&format!("party-{party}"));
    match kind {
        K::MarkedPaid => (Actor::Buyer, word("marked_paid")),
        K::AppealOpened { by } => (
            by.map(Actor::from).unwrap_or(Actor::Platform),
            word("appeal_opened"),
        ),
        K::CsContacted { party: p } => (Actor::Support, with("cs_contacted", "party", &party(*p))),
        K::Responded { by, stance } => (
            Actor::from(*by),
            with("responded", "stance", &stance.to_string()),
        ),
        K::CancelRequested { by } => (Actor::from(*by), word("cancel_requested")),
        K::Released { by } => (*by, word("released")),
        K::Cancelled { by, reason } => (*by, with("cancelled", "reason", &reason.to_string())),
        K::RefundCompleted { amount } => (
            Actor::Seller,
            match amount {
                Some(amount) => words.phrase(
                    "timeline-refunded",
                    &[("amount", &amount.to_string()), ("fiat", fiat)],
                ),
                None => word("refunded_buyer"),
            },
        ),
        K::RefundRefused => (Actor::Seller, word("refund_refused")),
        K::AccountBlocked { party: p } => (
            Actor::Platform,
            with("account_blocked", "party", &party(*p)),
        ),
        K::EvidenceRequested { party: p } => (
            Actor::Support,
            with("evidence_requested", "party", &party(*p)),
        ),
        K::Unreachable { party: p } => (Actor::Support, with("unreachable", "party", &party(*p))),
        K::Agreement => (Actor::Platform, word("agreement")),
        K::VerificationRequested { kind } => (
            Actor::Seller,
            with("verification_requested", "kind", &kind.to_string()),
        ),
        K::VerificationAgreed => (Actor::Buyer, word("verification_agreed")),
        K::VerificationRefused => (Actor::Buyer, word("verification_refused")),
        K::OffPlatform { by } => (Actor::from(*by), word("off_platform")),
    }
}

// ---------------------------------------------------------------------------------------------
// The windows the timeline draws: each window the ruling relied on (`Ruling::windows`), read as
// the engine kept it — where it starts, what opened it, when it closes — and the order's own
// payment window. Nothing is worked out again here: a window runs from the start the ruling
// gives it, so the timeline and the chart say what the ruling says.
//
// A window is *due* (a red deadline) only while the ruling waits on it: the ruling is pending,
// the window has not closed, and someone is asked to act by its close. A window that closed, or
// that the ruling no longer waits on, is drawn as what happened, not as a deadline.

/// The windows of a case and the entries that mark their ends and the ruling's deadlines.
pub fn windows_of(
    loaded: &LoadedCase,
    ruling: &Ruling,
    policy: &Policy,
    words: &Words,
) -> (Vec<Window>, Vec<Entry>) {
    let mut windows = Vec::new();
    let mut entries = Vec::new();
    if let Some(window) = payment_window(loaded, policy, ruling.as_of, words) {
        let met = loaded
            .case
            .payments
            .iter()
            .any(|p| p.at.value <= window.closes);
        let id = if met {
            "timeline-window-met"
        } else {
            "timeline-window-closes"
        };
        let text = words.phrase(id, &[("what", &window.what), ("from", &window.from)]);
        entries.push(end_entry(&window, text));
        windows.push(window);
    }
    let mut answered: Vec<&FollowUp> = Vec::new();
    for kept in &ruling.windows {
        let lane = kept.party;
        let seen = windows
            .iter()
            .any(|w: &Window| w.lane == lane && w.closes == kept.due && w.ruling);
        if seen {
            continue;
        }
        let follow_up = ruling
            .follow_ups
            .iter()
            .find(|f| f.who == kept.party && f.due == Some(kept.due));
        answered.extend(follow_up);
        let (window, entry) = ruling_window(kept, follow_up, ruling, words);
        entries.push(entry);
        windows.push(window);
    }
    entries.extend(own_deadlines(ruling, &answered, words));
    (windows, entries)
}

/// A window the ruling kept, and the entry at its close: a deadline when the ruling waits on
/// it, else the window's end.
fn ruling_window(
    kept: &crate::model::window::Window,
    follow_up: Option<&FollowUp>,
    ruling: &Ruling,
    words: &Words,
) -> (Window, Entry) {
    let waited_on =
        ruling.status == Status::Pending && follow_up.is_some() && kept.due > ruling.as_of;
    let what = match (follow_up, &kept.basis) {
        (Some(f), _) => words.said(&f.action),
        (None, Basis::MarkedPaid(_)) => words.phrase(
            "timeline-window-appeal_timer",
            &[("length", &kept.length.to_string())],
        ),
        (None, _) => words.phrase(
            "timeline-window-of_party",
            &[
                ("party", &words.word(&format!("party-{}", kept.party))),
                ("length", &kept.length.to_string()),
                ("clause", &kept.clause.to_string()),
            ],
        ),
    };
    let window = Window {
        lane: kept.party,
        opens: kept.start.min(kept.due),
        closes: kept.due,
        what,
        from: basis_in_words(&kept.basis, kept.party, words),
        waited_on,
        ruling: true,
    };
    let (what, from) = (&window.what, &window.from);
    let text = match follow_up {
        Some(_) => words.phrase("timeline-due-from", &[("action", what), ("from", from)]),
        None if kept.due > ruling.as_of => {
            words.phrase("timeline-window-closes", &[("what", what), ("from", from)])
        }
        None => words.phrase("timeline-window-closed", &[("what", what), ("from", from)]),
    };
    let mut entry = end_entry(&window, text);
    if follow_up.is_some() {
        entry.mark = if waited_on {
            Mark::Deadline
        } else {
            Mark::Closes
        };
    }
    (window, entry)
}

/// The ruling's deadlines that no window of a party opened (support's own), but for those in
/// `answered`.
fn own_deadlines(ruling: &Ruling, answered: &[&FollowUp], words: &Words) -> Vec<Entry> {
    let pending = ruling.status == Status::Pending;
    ruling
        .follow_ups
        .iter()
        .filter(|f| !answered.iter().any(|a| std::ptr::eq(*a, *f)))
        .filter_map(|follow_up| {
            let due = follow_up.due?;
            Some(Entry {
                at: due,
                lane: follow_up.who,
                mark: if pending && due > ruling.as_of {
                    Mark::Deadline
                } else {
                    Mark::Closes
                },
                text: words.phrase(
                    "timeline-due",
                    &[("action", &words.said(&follow_up.action))],
                ),
                line: None,
                after_as_of: false,
            })
        })
        .collect()
}

/// The order's payment window, from its creation: met when a payment came by its close.
fn payment_window(
    loaded: &LoadedCase,
    policy: &Policy,
    as_of: Time,
    words: &Words,
) -> Option<Window> {
    let order = &loaded.case.order;
    let length = order.payment_window?;
    let closes = policy.calendar.add(order.created_at.value, length)?;
    let paid_in_time = loaded.case.payments.iter().any(|p| p.at.value <= closes);
    let open = closes > as_of;
    Some(Window {
        lane: Actor::Buyer,
        opens: order.created_at.value,
        closes,
        what: words.word("timeline-window-buyer_pays"),
        from: words.word("timeline-window-order_created"),
        waited_on: !paid_in_time && open,
        ruling: false,
    })
}

/// The entry at a window's close.
fn end_entry(window: &Window, text: String) -> Entry {
    Entry {
        at: window.closes,
        lane: window.lane,
        mark: if window.waited_on {
            Mark::Deadline
        } else {
            Mark::Closes
        },
        text,
        line: None,
        after_as_of: false,
    }
}

/// What opened a window, in words: "support's contact with the seller", "the appeal".
pub fn basis_in_words(basis: &Basis, party: Actor, words: &Words) -> String {
    let party = words.word(&format!("party-{party}"));
    match basis {
        Basis::Contact(_) => words.phrase("timeline-opened-contact", &[("party", &party)]),
        Basis::IfContactedNow => words.word("timeline-opened-no_contact"),
        Basis::EvidenceRequest(_) => words.phrase("timeline-opened-request", &[("party", &party)]),
        Basis::Appeal => words.word("timeline-opened-appeal"),
        Basis::Payment(_) => words.word("timeline-opened-payment"),
        Basis::MarkedPaid(_) => words.word("timeline-opened-marked_paid"),
        Basis::LaterOf(_, _) => words.word("timeline-opened-later_of"),
    }
}

/// Control characters of case text made visible, so that none reaches a terminal raw: the
/// escaping every renderer uses ([`crate::text::shown`]).
pub fn visible(text: &str) -> String {
    crate::text::shown::escape(text).into_owned()
}

/// `at` in the offset of `like`: the timeline reads in one clock, the ruling's.
pub fn in_offset_of(at: Time, like: &DateTime<FixedOffset>) -> Time {
    at.with_timezone(like.offset())
}

/// Width of the text column of the human timeline.
const TEXT_WIDTH: usize = 62;

/// The timeline for a terminal: one entry a line (long ones wrap), aligned, within 100
/// columns; `as_of` as a rule across it.
pub fn human(
    chronology: &Chronology,
    look: crate::text::terminal::Look,
    words: &crate::report::words::Words,
) -> String {
    let mut out = String::new();
    let offset = chronology.as_of.format("%:z");
    let (dash, due) = if look.unicode {
        ("─", "⏱ ")
    } else {
        ("-", "")
    };
    let _ = writeln!(
        out,
        "{}",
        words.phrase("timeline-heading", &[("offset", &offset.to_string())])
    );
    let mut as_of_drawn = false;
    let mut last_date = String::new();
    for entry in &chronology.entries {
        if !as_of_drawn && entry.at > chronology.as_of {
            as_of_rule(&mut out, &chronology.as_of, dash, words);
            as_of_drawn = true;
        }
        let at = in_offset_of(entry.at, &chronology.as_of);
        let date = at.format("%Y-%m-%d").to_string();
        let when = if date == last_date {
            format!("{:>16}", at.format("%H:%M"))
        } else {
            last_date = date;
            at.format("%Y-%m-%d %H:%M").to_string()
        };
        human_entry(&mut out, entry, &when, due, words);
    }
    if !as_of_drawn {
        as_of_rule(&mut out, &chronology.as_of, dash, words);
    }
    // Trailing spaces of padded lines are not part of the picture.
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The rule across the human timeline at `as_of`, drawn with `dash`.
fn as_of_rule(out: &mut String, as_of: &Time, dash: &str, words: &crate::report::words::Words) {
    let label = format!(
        " {} ",
        words.phrase(
            "timeline-as_of_rule",
            &[("at", &as_of.format("%Y-%m-%d %H:%M").to_string())]
        )
    );
    let _ = writeln!(
        out,
        "  {}{label}{}",
        dash.repeat(2),
        dash.repeat(92usize.saturating_sub(label.chars().count()))
    );
}

/// One entry of the human timeline: `when`, its lane, its text wrapped to [`TEXT_WIDTH`] (a
/// deadline marked with `due`) and its line in the case file.
fn human_entry(
    out: &mut String,
    entry: &Entry,
    when: &str,
    due: &str,
    words: &crate::report::words::Words,
) {
    let symbol = match entry.mark {
        Mark::Deadline => due,
        _ => "",
    };
    let mut text = format!("{symbol}{}", visible(&entry.text));
    if entry.after_as_of {
        text.push_str(&format!(" [{}]", words.word("timeline-after_as_of")));
    }
    let line = entry
        .line
        .map(|l| words.phrase("timeline-line", &[("line", &l.to_string())]))
        .unwrap_or_default();
    let options = textwrap::Options::new(TEXT_WIDTH)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    let wrapped = textwrap::wrap(&text, options);
    for (i, part) in wrapped.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(
                out,
                "  {when:<16}  {:<8} {:<width$} {line:>8}",
                words.word(&format!("lane-{}", entry.lane.as_str())),
                part,
                width = TEXT_WIDTH
            );
        } else {
            let _ = writeln!(out, "  {:<16}  {:<8} {part}", "", "");
        }
    }
}
