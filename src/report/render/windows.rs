//! The windows the timeline draws: each window the ruling relied on (`Ruling::windows`), read as
//! the engine kept it — where it starts, what opened it, when it closes — and the order's own
//! payment window. Nothing is worked out again here: a window runs from the start the ruling
//! gives it, so the timeline and the chart say what the ruling says.
//!
//! A window is *due* (a red deadline) only while the ruling waits on it: the ruling is pending,
//! the window has not closed, and someone is asked to act by its close. A window that closed, or
//! that the ruling no longer waits on, is drawn as what happened, not as a deadline.

use crate::model::case::LoadedCase;
use crate::model::policy::Policy;
use crate::model::ruling::{FollowUp, Ruling};
use crate::model::window::Basis;
use crate::report::words::Words;
use crate::vocab::decision::{self, Status};
use crate::vocab::time::Time;

use super::timeline::{Entry, Lane, Mark, Window};

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
