//! Windows: the time a party has to act in, as the rules give it ("within 24 hours", "within
//! 2 working days of support's request").
//!
//! A window has a start, what opened it (its basis), a length and the calendar that counts it;
//! from those, its due time. It runs up to its due time and has passed at it: something recorded
//! at or before the due time meets it, anything later does not (a ruling made at `as_of == due`
//! no longer waits). Every clause asks a window the same question, [`Window::status`], and the
//! ruling keeps each window it relied on, so the timeline, the HTML chart and `queue` read them
//! instead of working them out again.

use crate::model::case_ref::CaseRef;
use crate::model::clause::ClauseId;
use crate::vocab::calendar::Calendar;
use crate::vocab::decision::Actor;
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

/// What opened a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// Support's first attempt to reach the party since the appeal (a `cs_contacted` or an
    /// `unreachable` event).
    Contact(CaseRef),
    /// Support has not tried to reach the party yet: the window is the one that would run if it
    /// did at the moment of the ruling.
    IfContactedNow,
    /// Support's request for evidence (an `evidence_requested` event).
    EvidenceRequest(CaseRef),
    /// The appeal itself (`appeal.at`).
    Appeal,
    /// A payment: the time a non-instant transfer may take to arrive.
    Payment(CaseRef),
    /// The buyer marking the order paid: the platform's appeal timer.
    MarkedPaid(CaseRef),
    /// The later of support's contact and a piece of evidence (seller 4.a: the buyer's
    /// documents are due after the later of the two).
    LaterOf(CaseRef, CaseRef),
}

/// Where a window stands at the moment of a ruling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Still open: whoever must act has until `due`.
    Running,
    /// Closed with nothing on file in time.
    Passed,
    /// Met: what it asked for was recorded at `at`, by its due time.
    Met { at: Time },
}

impl Status {
    /// The word for it: `running`, `passed`, `met`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Running => "running",
            Status::Passed => "passed",
            Status::Met { .. } => "met",
        }
    }
}

/// A window a party has to act in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// The clause that relies on it.
    pub clause: ClauseId,
    /// Who must act while it runs.
    pub party: Actor,
    /// What opened it.
    pub basis: Basis,
    /// When it opened (the moment of the ruling, for [`Basis::IfContactedNow`]).
    pub start: Time,
    /// Its length as the policy writes it.
    pub length: PolicyDuration,
    /// When it closes: `start + length` on the policy's calendar.
    pub due: Time,
}

impl Window {
    /// The window of `length` from `start` on `calendar` (saturating at `start` in the
    /// impossible case of a date past the calendar's range).
    pub fn open(
        clause: ClauseId,
        party: Actor,
        basis: Basis,
        start: Time,
        length: PolicyDuration,
        calendar: &Calendar,
    ) -> Window {
        let due = calendar.add(start, length).unwrap_or(start);
        Window {
            clause,
            party,
            basis,
            start,
            length,
            due,
        }
    }

    /// Whether something recorded at `at` meets the window: at or before its due time.
    pub fn admits(&self, at: Time) -> bool {
        at <= self.due
    }

    /// Where the window stands at `as_of`, given the moment what it asks for was recorded
    /// (`answer`), if it was: met when that came by the due time; else passed once `as_of` has
    /// reached the due time; else running.
    pub fn status(&self, as_of: Time, answer: Option<Time>) -> Status {
        match answer.filter(|at| self.admits(*at)) {
            Some(at) => Status::Met { at },
            None if as_of >= self.due => Status::Passed,
            None => Status::Running,
        }
    }

    /// Whether the window has closed by `as_of` (it has no answer to wait for).
    pub fn passed(&self, as_of: Time) -> bool {
        as_of >= self.due
    }

    /// Whether support has yet to open the window by reaching the party.
    pub fn awaits_contact(&self) -> bool {
        self.basis == Basis::IfContactedNow
    }

    /// The first of `items` recorded in time (at or before the due time), by `at`.
    pub fn first_in_time<'a, T>(
        &self,
        items: impl IntoIterator<Item = &'a T>,
        at: impl Fn(&T) -> Time,
    ) -> Option<&'a T>
    where
        T: 'a,
    {
        items.into_iter().find(|item| self.admits(at(item)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(start: &str, length: PolicyDuration) -> Window {
        let start = chrono::DateTime::parse_from_rfc3339(start).unwrap();
        Window::open(
            ClauseId::Buyer1b,
            Actor::Seller,
            Basis::Appeal,
            start,
            length,
            &Calendar {
                zone: chrono_tz::Asia::Singapore,
                weekend: Vec::new(),
                holidays: Default::default(),
            },
        )
    }

    fn at(time: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(time).unwrap()
    }

    #[test]
    fn a_window_is_met_up_to_its_due_time_and_passed_at_it() {
        let hour = window("2025-06-01T10:40:00+08:00", PolicyDuration::Hours(1));
        assert_eq!(hour.due, at("2025-06-01T11:40:00+08:00"));
        assert_eq!(
            hour.status(at("2025-06-01T11:00:00+08:00"), None),
            Status::Running
        );
        assert_eq!(
            hour.status(at("2025-06-01T11:40:00+08:00"), None),
            Status::Passed
        );
        let on_time = at("2025-06-01T11:40:00+08:00");
        assert_eq!(
            hour.status(at("2025-06-01T12:00:00+08:00"), Some(on_time)),
            Status::Met { at: on_time }
        );
        // Late is not met: the window passed with nothing in time.
        assert_eq!(
            hour.status(
                at("2025-06-01T12:00:00+08:00"),
                Some(at("2025-06-01T11:41:00+08:00"))
            ),
            Status::Passed
        );
    }
}
