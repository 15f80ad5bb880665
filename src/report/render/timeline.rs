//! The case at a glance: the order's events, payments, evidence and chat in time order, with the
//! windows that decide the ruling, its deadlines and the moment it is made (`as_of`), each entry
//! with its case-file line. [`Chronology`] is the data; [`human`] draws it for a terminal in
//! 100 columns, and the HTML page (`render::html`) draws it as a chart.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};

use crate::model::case::{Actor, EventKind, LoadedCase};

use crate::model::policy::Policy;
use crate::model::ruling::{FollowUp, Ruling};
use crate::model::window::Basis;
use crate::report::words::Words;
use crate::vocab::decision::{self, Status};
use crate::vocab::time::Time;

/// Who an entry belongs to: the lanes of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lane {
    Buyer,
    Seller,
    Support,
    Platform,
}

impl Lane {
    pub const ALL: [Lane; 4] = [Lane::Buyer, Lane::Seller, Lane::Support, Lane::Platform];

    pub fn name(self) -> &'static str {
        match self {
            Lane::Buyer => "buyer",
            Lane::Seller => "seller",
            Lane::Support => "support",
            Lane::Platform => "platform",
        }
    }

    fn of_actor(actor: Actor) -> Lane {
        match actor {
            Actor::Buyer => Lane::Buyer,
            Actor::Seller => Lane::Seller,
            Actor::Cs => Lane::Support,
            Actor::System => Lane::Platform,
        }
    }

    fn of_party(party: decision::Party) -> Lane {
        match party {
            decision::Party::Buyer => Lane::Buyer,
            decision::Party::Seller => Lane::Seller,
        }
    }

    pub(super) fn of_follow_up(who: decision::Actor) -> Lane {
        match who {
            decision::Actor::Buyer => Lane::Buyer,
            decision::Actor::Seller => Lane::Seller,
            decision::Actor::Support => Lane::Support,
        }
    }
}

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
    pub lane: Lane,
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
    pub lane: Lane,
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
        let case = &loaded.case;
        let as_of = ruling.as_of;
        let mut entries = Vec::new();
        let mut push = |at: Time, lane: Lane, mark: Mark, text: String, path: &str| {
            entries.push(Entry {
                at,
                lane,
                mark,
                text,
                line: loaded.line_of(path),
                after_as_of: at > as_of,
            });
        };
        let order = &case.order;
        push(
            order.created_at.value,
            Lane::Platform,
            Mark::Event,
            format!(
                "order created: {} {} for {} {}",
                order.quantity.value, order.asset, order.amount.value, order.fiat
            ),
            "order.created_at",
        );
        for payment in &case.payments {
            push(
                payment.at.value,
                Lane::Buyer,
                Mark::Payment,
                format!(
                    "paid {} {} from {} to {}",
                    payment.amount.value,
                    order.fiat,
                    payment.payer_name.value,
                    payment.to_account.value
                ),
                &payment.path(),
            );
        }
        for event in &case.timeline {
            let (lane, text) = describe(&event.kind, &order.fiat);
            push(event.at.value, lane, Mark::Event, text, &event.path());
        }
        let appeal = &case.appeal;
        push(
            appeal.at.value,
            Lane::of_party(appeal.by.value),
            Mark::Appeal,
            format!("appeal filed: {}", appeal.kind.value),
            "appeal.at",
        );
        for item in &case.evidence {
            let mut text = format!("{}: {} by the {}", item.id.value, item.kind, item.by);
            if item.official_source {
                text.push_str(", official");
            }
            if item.tampered {
                text.push_str(", TAMPERED");
            }
            match item.shows_receipt {
                Some(true) => text.push_str(", shows the funds"),
                Some(false) => text.push_str(", does not show the funds"),
                None => {}
            }
            push(
                item.at.value,
                Lane::of_party(item.by),
                Mark::Evidence,
                text,
                &format!("evidence[{}]", item.index),
            );
        }
        for line in &case.chat {
            let lane = match line.from {
                crate::model::case::Speaker::Buyer => Lane::Buyer,
                crate::model::case::Speaker::Seller => Lane::Seller,
                crate::model::case::Speaker::Cs => Lane::Support,
            };
            push(
                line.at.value,
                lane,
                Mark::Chat,
                format!("chat {}: \"{}\"", line.id.value, line.text),
                &format!("chat:{}", line.id.value),
            );
        }
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

/// An event in words, and its lane.
fn describe(kind: &EventKind, fiat: &str) -> (Lane, String) {
    use EventKind as K;
    match kind {
        K::MarkedPaid => (Lane::Buyer, "marked the order paid".into()),
        K::AppealOpened { by } => (
            by.map(Lane::of_party).unwrap_or(Lane::Platform),
            "appeal opened on the platform".into(),
        ),
        K::CsContacted { party } => (Lane::Support, format!("support contacted the {party}")),
        K::Responded { by, stance } => (Lane::of_party(*by), format!("responded: {stance}")),
        K::CancelRequested { by } => (Lane::of_party(*by), "asked to cancel".into()),
        K::Released { by } => (Lane::of_actor(*by), "released the crypto".into()),
        K::Cancelled { by, reason } => (Lane::of_actor(*by), format!("order cancelled ({reason})")),
        K::RefundCompleted { amount } => (
            Lane::Seller,
            match amount {
                Some(amount) => format!("refunded {amount} {fiat}"),
                None => "refunded the buyer".into(),
            },
        ),
        K::RefundRefused => (Lane::Seller, "refused to refund".into()),
        K::AccountBlocked { party } => {
            (Lane::Platform, format!("the {party}'s account was blocked"))
        }
        K::EvidenceRequested { party } => {
            (Lane::Support, format!("asked the {party} for evidence"))
        }
        K::Unreachable { party } => (Lane::Support, format!("could not reach the {party}")),
        K::Agreement => (Lane::Platform, "the parties agreed".into()),
        K::VerificationRequested { kind } => {
            (Lane::Seller, format!("asked for verification: {kind}"))
        }
        K::VerificationAgreed => (Lane::Buyer, "agreed to the verification".into()),
        K::VerificationRefused => (Lane::Buyer, "refused the verification".into()),
        K::OffPlatform { by } => (
            Lane::of_party(*by),
            "proposed trading off the platform".into(),
        ),
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
    if let Some(window) = payment_window(loaded, policy, ruling.as_of) {
        let met = loaded
            .case
            .payments
            .iter()
            .any(|p| p.at.value <= window.closes);
        let text = if met {
            format!("window closed: {} (from {}): met", window.what, window.from)
        } else {
            format!("window closes: {} (from {})", window.what, window.from)
        };
        entries.push(end_entry(&window, text));
        windows.push(window);
    }
    let pending = ruling.status == Status::Pending;
    let mut answered: Vec<&FollowUp> = Vec::new();
    for kept in &ruling.windows {
        let lane = Lane::of_follow_up(kept.party);
        if windows
            .iter()
            .any(|w: &Window| w.lane == lane && w.closes == kept.due && w.ruling)
        {
            continue;
        }
        let follow_up = ruling
            .follow_ups
            .iter()
            .find(|f| f.who == kept.party && f.due == Some(kept.due));
        let from = basis_in_words(&kept.basis, kept.party);
        let waited_on = pending && follow_up.is_some() && kept.due > ruling.as_of;
        let window = Window {
            lane,
            opens: kept.start.min(kept.due),
            closes: kept.due,
            what: match (follow_up, &kept.basis) {
                (Some(f), _) => words.said(&f.action),
                (None, Basis::MarkedPaid(_)) => format!("the appeal timer of {}", kept.length),
                (None, _) => format!("the {}'s {} under {}", kept.party, kept.length, kept.clause),
            },
            from,
            waited_on,
            ruling: true,
        };
        let text = match follow_up {
            Some(f) => {
                answered.push(f);
                format!("due: {} (window from {})", window.what, window.from)
            }
            None if kept.due > ruling.as_of => {
                format!("window closes: {} (from {})", window.what, window.from)
            }
            None => format!("window closed: {} (from {})", window.what, window.from),
        };
        let mut entry = end_entry(&window, text);
        if follow_up.is_some() {
            entry.mark = if waited_on {
                Mark::Deadline
            } else {
                Mark::Closes
            };
        }
        entries.push(entry);
        windows.push(window);
    }
    // Deadlines of the ruling that no window of a party opened (support's own).
    for follow_up in &ruling.follow_ups {
        let Some(due) = follow_up.due else { continue };
        if answered.iter().any(|f| std::ptr::eq(*f, follow_up)) {
            continue;
        }
        entries.push(Entry {
            at: due,
            lane: Lane::of_follow_up(follow_up.who),
            mark: if pending && due > ruling.as_of {
                Mark::Deadline
            } else {
                Mark::Closes
            },
            text: format!("due: {}", words.said(&follow_up.action)),
            line: None,
            after_as_of: false,
        });
    }
    (windows, entries)
}

/// The order's payment window, from its creation: met when a payment came by its close.
fn payment_window(loaded: &LoadedCase, policy: &Policy, as_of: Time) -> Option<Window> {
    let order = &loaded.case.order;
    let length = order.payment_window?;
    let closes = policy.calendar.add(order.created_at.value, length)?;
    let paid_in_time = loaded.case.payments.iter().any(|p| p.at.value <= closes);
    let open = closes > as_of;
    Some(Window {
        lane: Lane::Buyer,
        opens: order.created_at.value,
        closes,
        what: "the buyer pays".to_string(),
        from: "order created".to_string(),
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
pub fn basis_in_words(basis: &Basis, party: decision::Actor) -> String {
    match basis {
        Basis::Contact(_) => format!("support's contact with the {party}"),
        Basis::IfContactedNow => "as_of: no contact yet".to_string(),
        Basis::EvidenceRequest(_) => format!("support's request for the {party}'s evidence"),
        Basis::Appeal => "the appeal".to_string(),
        Basis::Payment(_) => "the payment".to_string(),
        Basis::MarkedPaid(_) => "the buyer marking the order paid".to_string(),
        Basis::LaterOf(_, _) => "the later of support's contact and the evidence".to_string(),
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
pub fn human(chronology: &Chronology, look: crate::text::terminal::Look) -> String {
    let mut out = String::new();
    let offset = chronology.as_of.format("%:z");
    let (dash, due) = if look.unicode {
        ("─", "⏱ ")
    } else {
        ("-", "")
    };
    let _ = writeln!(out, "Timeline (times at {offset})");
    let mut as_of_drawn = false;
    let mut last_date = String::new();
    let rule = |out: &mut String, as_of: &Time| {
        let label = format!(
            " as_of {} — the ruling is made here ",
            as_of.format("%Y-%m-%d %H:%M")
        );
        let _ = writeln!(
            out,
            "  {}{label}{}",
            dash.repeat(2),
            dash.repeat(96 - 4 - label.chars().count())
        );
    };
    for entry in &chronology.entries {
        if !as_of_drawn && entry.at > chronology.as_of {
            rule(&mut out, &chronology.as_of);
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
        let symbol = match entry.mark {
            Mark::Deadline => due,
            _ => "",
        };
        let mut text = format!("{symbol}{}", visible(&entry.text));
        if entry.after_as_of {
            text.push_str(" [after as_of: left out]");
        }
        let line = entry.line.map(|l| format!("line {l}")).unwrap_or_default();
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
                    entry.lane.name(),
                    part,
                    width = TEXT_WIDTH
                );
            } else {
                let _ = writeln!(out, "  {:<16}  {:<8} {part}", "", "");
            }
        }
    }
    if !as_of_drawn {
        rule(&mut out, &chronology.as_of);
    }
    // Trailing spaces of padded lines are not part of the picture.
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
