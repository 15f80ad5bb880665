//! Deadlines: the windows a clause waits on, opened by support's contact with a party or by a
//! request for evidence, and what the ruling says of them.
//!
//! Every clause asks for its windows here, so each window is worked out one way, kept in the
//! ruling ([`crate::model::window::Window`]) and explained in the same words: when and what
//! opened it, how long it is, when it closes, and whether it has.

use crate::model::case::EventKind;
use crate::model::case_ref::{CaseRef, Field};
use crate::model::clause::{Branch, ClauseId};
use crate::model::message::{List, Name, Said, Word};
use crate::model::window::{Basis, Window};
use crate::vocab::decision::{Actor, Decision, Party};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

use super::Verdict;
use super::context::Ctx;

pub(super) mod said {
    use crate::model::case_ref::CaseRef;
    use crate::model::message::{List, Name, Said, Word, messages};
    use crate::vocab::decision::{Actor, Party};
    use crate::vocab::duration::PolicyDuration;
    use crate::vocab::time::Time;

    messages! {
        /// The trace of a window from support's contact: start, length and due time against now.
        contact_trace = "window.contact.trace" (party: Party, start: Time, counted_from: Said, length: PolicyDuration, written: Name, due: Time, now: Time);
        /// The window has closed.
        passed = "window.passed" ();
        /// The window is still open.
        running = "window.running" ();
        /// What would have changed a closed window's outcome: acting by its due time.
        if_acted = "window.contact.if_acted" (party: Party, due: Time);
        /// What follows if an open window closes with nothing done.
        if_silent = "window.contact.if_silent" (party: Party, due: Time);
        /// Support reached (or tried to reach) a party: the window is open until its due time.
        contact_running = "window.contact.running" (attempt: Word, party: Party, start: Time, length: PolicyDuration, due: Time);
        /// Support reached (or tried to reach) a party: the window closed at its due time.
        contact_passed = "window.contact.passed" (attempt: Word, party: Party, start: Time, length: PolicyDuration, due: Time);
        /// Support's contact came before the appeal: it starts no window.
        contact_early = "window.contact.before_appeal" (party: Party);
        /// No contact with the party yet.
        no_contact = "window.contact.none" (party: Party);
        /// No contact since the appeal; the contacts before it start no window.
        no_contact_since_appeal = "window.contact.none_since_appeal" (party: Party, appeal: Time, early: List);
        /// A moment with the place of the case it comes from.
        at_place = "window.at_place" (at: Time, place: CaseRef);
        /// The ruling waits: the window that would run if support made contact now.
        waiting = "window.contact.waiting" (counted_from: Said, due: Time);
        /// What a party must do while the window runs.
        ask_party = "window.ask.party" (asked: Said);
        /// What support must do first: reach the party, who then has the window.
        ask_contact = "window.ask.contact" (party: Party, asked: Said, length: PolicyDuration);
        /// A count of working days that starts on a day off begins at the next working day.
        counted_from = "window.counted_from" (begin: Time);
        /// Nothing to add about where a count begins.
        counted_from_start = "window.counted_from.start" ();
        /// The trace of an evidence window: start and why, length and due time against now.
        evidence_trace = "window.evidence.trace" (from: Actor, start: Time, since: Word, length: PolicyDuration, due: Time, now: Time);
        /// Evidence is needed within the window, which is open.
        evidence_running = "window.evidence.running" (what: Said, from: Actor, length: PolicyDuration, since: Word, due: Time);
        /// Evidence was needed within the window, which has closed.
        evidence_passed = "window.evidence.passed" (what: Said, from: Actor, length: PolicyDuration, since: Word, due: Time);
        /// What support must add to the case.
        evidence_ask_support = "window.evidence.ask.support" (what: Said);
        /// What a party must submit.
        evidence_ask_party = "window.evidence.ask.party" (what: Said);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// A deadline a party must meet: the window, and who must act in it and what.
///
/// A window runs from its start up to its due time. An action recorded at or before the due
/// time counts as in time; at `as_of == due` the window has closed and the ruling no longer
/// waits (so a pending ruling's `next_deadline` is always later than its `as_of`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// When the window started (support's contact or request), if it has.
    pub start: Option<Time>,
    pub due: Time,
    pub passed: bool,
    /// Who must act while the window runs, and what: told only if the ruling waits on it (a
    /// ruling that settles the case without waiting asks nobody to act by a deadline).
    pub ask: (Actor, Said),
}

impl Ctx<'_> {
    /// Records a deadline's side for clauses whose branches count it.
    fn deadline_branch(&mut self, clause: ClauseId, passed: bool) {
        let branch = if passed {
            Branch::DeadlinePassed
        } else {
            Branch::DeadlineRunning
        };
        if clause.spec().branches.contains(&branch) {
            self.branch(clause, branch);
        }
    }

    /// Keeps a window the ruling relies on.
    pub fn rely_on(&mut self, window: Window) {
        let window = Window {
            start: self.on_clock(window.start),
            due: self.on_clock(window.due),
            ..window
        };
        if !self.windows.contains(&window) {
            self.windows.push(window);
        }
    }

    /// The deadline `window` after support's first attempt to reach `party`. Without one yet,
    /// the deadline is the one that would run if support made contact now, and the deadline's
    /// `ask` is for support to make it. Whoever must act is told only when the clause waits on
    /// the deadline ([`Ctx::hold`], [`Ctx::wait`]).
    pub fn contact_deadline(
        &mut self,
        clause: ClauseId,
        party: Party,
        window: PolicyDuration,
        asked: impl Into<Said>,
    ) -> Deadline {
        let asked = asked.into();
        match self.facts.contact(party) {
            Some(contact) => {
                let opened = Window::open(
                    clause,
                    party.into(),
                    Basis::Contact(CaseRef::event(contact)),
                    contact.at.value,
                    window,
                    &self.policy.calendar,
                );
                let attempt = match contact.kind {
                    EventKind::Unreachable { .. } => "tried",
                    _ => "contacted",
                };
                self.explain_contact(clause, party, &opened, attempt, CaseRef::event(contact));
                self.rely_on(opened.clone());
                Deadline {
                    start: Some(opened.start),
                    due: opened.due,
                    passed: opened.passed(self.now()),
                    ask: (party.into(), said::ask_party(asked)),
                }
            }
            None => self.awaiting_contact(clause, party, window, asked),
        }
    }

    /// What the ruling says of a window opened by support's contact with `party`.
    fn explain_contact(
        &mut self,
        clause: ClauseId,
        party: Party,
        window: &Window,
        attempt: &'static str,
        contact: CaseRef,
    ) {
        let now = self.now();
        let passed = window.passed(now);
        let (start, due) = (self.on_clock(window.start), self.on_clock(window.due));
        let counted_from = self.counted_from(window.start, window.length);
        self.trace(
            clause,
            said::contact_trace(
                party,
                start,
                counted_from,
                window.length,
                Name(&window.length.to_string()),
                due,
                self.on_clock(now),
            ),
            if passed {
                said::passed()
            } else {
                said::running()
            },
        );
        self.counterfactual(if passed {
            said::if_acted(party, due)
        } else {
            said::if_silent(party, due)
        });
        let attempt = Word("attempt", attempt);
        let finding = if passed {
            said::contact_passed(attempt, party, start, window.length, due)
        } else {
            said::contact_running(attempt, party, start, window.length, due)
        };
        self.reason(clause, finding, vec![contact]);
        self.deadline_branch(clause, passed);
    }

    /// The deadline while support has not reached `party` since the appeal: as if it did now.
    fn awaiting_contact(
        &mut self,
        clause: ClauseId,
        party: Party,
        window: PolicyDuration,
        asked: Said,
    ) -> Deadline {
        let now = self.now();
        let opened = Window::open(
            clause,
            party.into(),
            Basis::IfContactedNow,
            now,
            window,
            &self.policy.calendar,
        );
        let early = self.facts.all(|k| *k == EventKind::CsContacted { party });
        if !early.is_empty() {
            let refs = early.iter().map(|e| CaseRef::event(e)).collect();
            self.reason(clause, said::contact_early(party), refs);
        }
        let check = if early.is_empty() {
            said::no_contact(party)
        } else {
            let items = early
                .iter()
                .map(|e| said::at_place(self.on_clock(e.at.value), CaseRef::event(e)).into())
                .collect();
            said::no_contact_since_appeal(party, self.on_clock(self.facts.appeal_at()), List(items))
        };
        let counted_from = self.counted_from(now, window);
        self.trace(
            clause,
            check,
            said::waiting(counted_from, self.on_clock(opened.due)),
        );
        self.deadline_branch(clause, false);
        self.rely_on(opened.clone());
        Deadline {
            start: None,
            due: opened.due,
            passed: false,
            ask: (Actor::Support, said::ask_contact(party, asked, window)),
        }
    }

    /// For a count of working days from a weekend day or holiday, where the count begins.
    fn counted_from(&self, start: Time, window: PolicyDuration) -> Said {
        let begin = match window {
            PolicyDuration::WorkingDays(_) => self.policy.calendar.working_days_begin(start),
            _ => None,
        };
        match begin {
            Some(begin) => said::counted_from(self.on_clock(begin)),
            None => said::counted_from_start(),
        }
    }

    /// The deadline for evidence asked of `from`: the policy's evidence window from the first
    /// `evidence_requested` event for that party since the appeal, else from the appeal. Support
    /// itself (a missing platform record) always counts from the appeal.
    pub fn evidence_deadline(
        &mut self,
        clause: ClauseId,
        from: Actor,
        what: impl Into<Said>,
    ) -> Deadline {
        let what = what.into();
        let length = self.policy.procedure.evidence_window;
        let (basis, start) = self.evidence_window_start(from);
        let (since, refs) = match &basis {
            Basis::EvidenceRequest(request) => ("request", vec![request.clone()]),
            _ => ("appeal", vec![CaseRef::field(Field::AppealAt)]),
        };
        let window = Window::open(clause, from, basis, start, length, &self.policy.calendar);
        let now = self.now();
        let passed = window.passed(now);
        let since = Word("since", since);
        let (start, due) = (self.on_clock(window.start), self.on_clock(window.due));
        self.trace(
            clause,
            said::evidence_trace(
                from,
                start,
                Word(since.0, since.1),
                length,
                due,
                self.on_clock(now),
            ),
            if passed {
                said::passed()
            } else {
                said::running()
            },
        );
        let finding = if passed {
            said::evidence_passed(what.clone(), from, length, since, due)
        } else {
            said::evidence_running(what.clone(), from, length, since, due)
        };
        self.reason(clause, finding, refs);
        let action = match from {
            Actor::Support => said::evidence_ask_support(what),
            _ => said::evidence_ask_party(what),
        };
        self.deadline_branch(clause, passed);
        self.rely_on(window.clone());
        Deadline {
            start: Some(window.start),
            due: window.due,
            passed,
            ask: (from, action),
        }
    }

    /// Where the evidence window for `from` starts: support's first `evidence_requested` for
    /// that party since the appeal, else the appeal (always the appeal for support itself).
    fn evidence_window_start(&self, from: Actor) -> (Basis, Time) {
        let request = from
            .party()
            .and_then(|party| self.facts.evidence_requested(party));
        match request {
            Some(request) => (
                Basis::EvidenceRequest(CaseRef::event(request)),
                request.at.value,
            ),
            None => (Basis::Appeal, self.facts.appeal_at()),
        }
    }

    /// When the evidence window for `from` closes, without writing anything.
    pub fn evidence_due(&self, from: Actor) -> Time {
        let (_, start) = self.evidence_window_start(from);
        self.add(start, self.policy.procedure.evidence_window)
    }

    /// When a window `window` long from support's first contact attempt with `party` closes;
    /// `None` while support has not tried to reach the party. Writes nothing.
    pub fn contact_due(&self, party: Party, window: PolicyDuration) -> Option<Time> {
        self.facts
            .contact(party)
            .map(|contact| self.add(contact.at.value, window))
    }

    /// While `deadline` runs the ruling waits with `decision`: whoever must act is told what
    /// and by when.
    pub fn hold(&mut self, clause: ClauseId, deadline: &Deadline, decision: Decision) -> Verdict {
        let (who, action) = &deadline.ask;
        self.follow_up(*who, action.clone(), Some(deadline.due), clause);
        Verdict::waiting(decision, deadline)
    }

    /// [`Ctx::hold`], and support is told what follows if the deadline passes.
    pub fn wait(
        &mut self,
        clause: ClauseId,
        deadline: &Deadline,
        decision: Decision,
        if_it_passes: impl Into<Said>,
    ) -> Verdict {
        let verdict = self.hold(clause, deadline, decision);
        self.follow_up(Actor::Support, if_it_passes, Some(deadline.due), clause);
        verdict
    }
}
