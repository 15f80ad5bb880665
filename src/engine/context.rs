//! What the clauses write into while they judge: reasons, follow-ups, sanctions, notices and
//! the trace; and the deadline arithmetic they share.

use crate::model::case::{Case, EventKind};
use crate::vocab::time::Minute;

use crate::model::case_ref::CaseRef;
use crate::model::clause::{Branch, ClauseId, Parameters};
use crate::model::message::Said;
use crate::model::policy::Policy;
use crate::model::ruling::{FollowUp, Notice, Reason, Sanction, TraceStep};
use crate::model::window::Window;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

use super::Verdict;
use super::facts::{Facts, Refund};

/// A deadline a party must meet.
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
    pub ask: (Actor, String),
}

/// How much a clause had written when a [`Ctx::mark`] was taken.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    rationale: usize,
    follow_ups: usize,
    sanctions: usize,
    notices: usize,
    missed: usize,
}

pub struct Ctx<'a> {
    pub case: &'a Case,
    pub policy: &'a Policy,
    pub facts: Facts<'a>,
    /// Whose clock the ruling's times are written on.
    pub clock: Clock,
    pub rationale: Vec<Reason>,
    pub follow_ups: Vec<FollowUp>,
    pub sanctions: Vec<Sanction>,
    pub notices: Vec<Notice>,
    pub trace: Vec<TraceStep>,
    /// The windows the ruling relies on.
    pub windows: Vec<Window>,
    /// Parties that let a deadline pass.
    pub missed: Vec<Party>,
    /// The paths taken through each clause, for `appeal test --coverage`.
    pub branches: Vec<(ClauseId, Branch)>,
}

impl<'a> Ctx<'a> {
    pub fn new(case: &'a Case, policy: &'a Policy, facts: Facts<'a>, clock: Clock) -> Ctx<'a> {
        Ctx {
            case,
            policy,
            facts,
            clock,
            rationale: Vec::new(),
            follow_ups: Vec::new(),
            sanctions: Vec::new(),
            notices: Vec::new(),
            trace: Vec::new(),
            windows: Vec::new(),
            missed: Vec::new(),
            branches: Vec::new(),
        }
    }

    /// Records that the case took the path `branch` through `clause`, one of the branches its
    /// catalogue entry lists (`tests/catalogue.rs` checks this for every sample case).
    pub fn branch(&mut self, clause: ClauseId, branch: Branch) {
        if !self.branches.contains(&(clause, branch)) {
            self.branches.push((clause, branch));
        }
    }

    /// A mark to [`Ctx::rewind`] to: what a clause writes after it can be taken back when
    /// another clause overrules it. The trace and the branches reached are kept.
    pub fn mark(&self) -> Mark {
        Mark {
            rationale: self.rationale.len(),
            follow_ups: self.follow_ups.len(),
            sanctions: self.sanctions.len(),
            notices: self.notices.len(),
            missed: self.missed.len(),
        }
    }

    /// Takes back the reasons, follow-ups, sanctions, notices and missed deadlines written
    /// since `mark`.
    pub fn rewind(&mut self, mark: Mark) {
        self.rationale.truncate(mark.rationale);
        self.follow_ups.truncate(mark.follow_ups);
        self.sanctions.truncate(mark.sanctions);
        self.notices.truncate(mark.notices);
        self.missed.truncate(mark.missed);
    }

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

    pub fn now(&self) -> Time {
        self.facts.as_of
    }

    /// A time as support reads it: on the ruling's clock (the policy's zone by default).
    pub fn show(&self, time: Time) -> String {
        Minute(&self.on_clock(time)).to_string()
    }

    /// `time` with the offset of the ruling's clock.
    pub fn on_clock(&self, time: Time) -> Time {
        self.clock
            .show(time, &self.policy.calendar, &self.case.as_of.value)
    }

    pub fn reason<R: Into<CaseRef>>(
        &mut self,
        clause: ClauseId,
        finding: impl Into<Said>,
        refs: Vec<R>,
    ) {
        self.rationale.push(Reason {
            clause,
            finding: finding.into(),
            refs: refs.into_iter().map(Into::into).collect(),
            // The engine knows paths, not files: the lines are added where the file was read.
            lines: Vec::new(),
        });
    }

    pub fn follow_up(
        &mut self,
        who: impl Into<Actor>,
        action: impl Into<Said>,
        due: Option<Time>,
        clause: ClauseId,
    ) {
        let due = due.map(|t| self.on_clock(t));
        let follow_up = FollowUp {
            who: who.into(),
            action: action.into(),
            due,
            clause,
        };
        if !self.follow_ups.contains(&follow_up) {
            self.follow_ups.push(follow_up);
        }
    }

    pub fn sanction(
        &mut self,
        party: Party,
        action: SanctionAction,
        days: Option<u32>,
        clause: ClauseId,
    ) {
        if !self
            .sanctions
            .iter()
            .any(|s| s.party == party && s.action == action)
        {
            self.sanctions.push(Sanction {
                party,
                action,
                days,
                clause,
            });
        }
    }

    /// A permanent ban contains any suspension of the same party: the suspension is dropped,
    /// and the trace says so, so the parties are not told two lengths for one measure.
    pub fn merge_sanctions(&mut self) {
        let banned: Vec<(Party, ClauseId)> = self
            .sanctions
            .iter()
            .filter(|s| s.action == SanctionAction::PermanentBan)
            .map(|s| (s.party, s.clause))
            .collect();
        for (party, ban_clause) in banned {
            let contained: Vec<Sanction> = self
                .sanctions
                .iter()
                .filter(|s| s.party == party && s.action == SanctionAction::SuspendP2p)
                .cloned()
                .collect();
            for suspension in contained {
                self.trace(
                    suspension.clause,
                    format!("suspend_p2p of the {party} ({})", suspension.length()),
                    format!("contained in the permanent ban ({ban_clause})"),
                );
            }
            self.sanctions
                .retain(|s| !(s.party == party && s.action == SanctionAction::SuspendP2p));
        }
    }

    /// A notice, when the policy applies the clause it comes from.
    pub fn notice(&mut self, clause: ClauseId, text: impl Into<Said>) {
        if self.policy.clause(clause).is_none() {
            return;
        }
        if clause.spec().branches.contains(&Branch::NoticeGiven) {
            self.branch(clause, Branch::NoticeGiven);
        }
        let notice = Notice {
            clause,
            text: text.into(),
        };
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    pub fn trace(&mut self, clause: ClauseId, check: impl Into<Said>, outcome: impl Into<Said>) {
        self.trace.push(TraceStep {
            clause,
            check: check.into(),
            outcome: outcome.into(),
            counterfactual: None,
        });
    }

    /// Adds what would have changed the outcome to the last trace step.
    pub fn counterfactual(&mut self, text: impl Into<Said>) {
        if let Some(step) = self.trace.last_mut() {
            step.counterfactual = Some(text.into());
        }
    }

    /// `start + window` in the policy calendar (saturating at `start` in the impossible case of
    /// a date past chrono's range).
    pub fn add(&self, start: Time, window: PolicyDuration) -> Time {
        self.policy.calendar.add(start, window).unwrap_or(start)
    }

    /// The deadline `window` after support's first contact with `party`. Without a
    /// contact yet, the deadline is the one that would run if support made contact now, and the
    /// deadline's `ask` is for support to make it. Whoever must act is told only when the clause
    /// waits on the deadline ([`Ctx::hold`], [`Ctx::wait`]).
    pub fn contact_deadline(
        &mut self,
        clause: ClauseId,
        party: Party,
        window: PolicyDuration,
        asked: &str,
    ) -> Deadline {
        let now = self.now();
        match self.facts.contact(party) {
            Some(contact) => {
                let start = contact.at.value;
                let due = self.add(start, window);
                let passed = now >= due;
                self.trace(
                    clause,
                    format!(
                        "{party} contacted {}{} + {} ({window}) = deadline {}; now {}",
                        self.show(start),
                        self.counted_from(start, window),
                        window.describe(),
                        self.show(due),
                        self.show(now)
                    ),
                    if passed { "passed" } else { "running" },
                );
                self.counterfactual(if passed {
                    format!("had the {party} acted by {}, the outcome would differ", self.show(due))
                } else {
                    format!(
                        "if the {party} has not acted by {}, the window closes and the case is decided on what is on file",
                        self.show(due)
                    )
                });
                let reached = if contact.kind == (EventKind::Unreachable { party }) {
                    "tried to reach"
                } else {
                    "contacted"
                };
                self.reason(
                    clause,
                    format!(
                        "support {reached} the {party} at {}: the window of {} {} at {}",
                        self.show(start),
                        window.describe(),
                        if passed { "closed" } else { "closes" },
                        self.show(due)
                    ),
                    vec![contact.path()],
                );
                self.deadline_branch(clause, passed);
                Deadline {
                    start: Some(start),
                    due,
                    passed,
                    ask: (party.into(), format!("{asked} by the deadline")),
                }
            }
            None => {
                let due = self.add(now, window);
                let early: Vec<String> = self
                    .facts
                    .all(|k| *k == EventKind::CsContacted { party })
                    .iter()
                    .map(|e| format!("{} ({})", self.show(e.at.value), e.path()))
                    .collect();
                let early_refs: Vec<String> = self
                    .facts
                    .all(|k| *k == EventKind::CsContacted { party })
                    .iter()
                    .map(|e| e.path())
                    .collect();
                if !early_refs.is_empty() {
                    self.reason(
                        clause,
                        format!("support's contact with the {party} came before the appeal and starts no window: the {party} must be contacted again"),
                        early_refs,
                    );
                }
                let check = if early.is_empty() {
                    format!("no cs_contacted event for the {party}")
                } else {
                    format!(
                        "no cs_contacted event for the {party} since the appeal ({}); the contact at {} came before it and starts no window",
                        self.show(self.facts.appeal_at()),
                        early.join(", ")
                    )
                };
                self.trace(
                    clause,
                    check,
                    format!(
                        "waiting: if contacted now{}, the deadline is {}",
                        self.counted_from(now, window),
                        self.show(due)
                    ),
                );
                self.deadline_branch(clause, false);
                Deadline {
                    start: None,
                    due,
                    passed: false,
                    ask: (
                        Actor::Support,
                        format!(
                            "contact the {party} and ask them to {asked}; they then have {}",
                            window.describe()
                        ),
                    ),
                }
            }
        }
    }

    /// For a count of working days from a weekend day or holiday, where the count begins.
    fn counted_from(&self, start: Time, window: PolicyDuration) -> String {
        if !matches!(window, PolicyDuration::WorkingDays(_)) {
            return String::new();
        }
        match self.policy.calendar.working_days_begin(start) {
            Some(begin) => format!(" (not a working day: counted from {})", self.show(begin)),
            None => String::new(),
        }
    }

    /// The deadline for evidence asked of `from`: the policy's evidence window from the first
    /// `evidence_requested` event for that party since the appeal, else from the appeal. Support
    /// itself (a missing platform record) always counts from the appeal.
    pub fn evidence_deadline(&mut self, clause: ClauseId, from: Actor, what: &str) -> Deadline {
        let window = self.policy.procedure.evidence_window;
        let (start, since, refs) = self.evidence_window_start(from);
        let due = self.add(start, window);
        let now = self.now();
        let passed = now >= due;
        self.trace(
            clause,
            format!(
                "evidence from the {from}: {} ({since}) + {} = {}; now {}",
                self.show(start),
                window.describe(),
                self.show(due),
                self.show(now)
            ),
            if passed { "passed" } else { "running" },
        );
        self.reason(
            clause,
            format!(
                "{what} is needed from the {from} within {} of {since}: the window {} at {}",
                window.describe(),
                if passed { "closed" } else { "closes" },
                self.show(due)
            ),
            refs,
        );
        let action = match from {
            Actor::Support => format!("add {what} to the case"),
            _ => format!("submit {what}"),
        };
        self.deadline_branch(clause, passed);
        Deadline {
            start: Some(start),
            due,
            passed,
            ask: (from, action),
        }
    }

    /// When the evidence window for `from` starts: support's first `evidence_requested` for
    /// that party since the appeal, else the appeal (always the appeal for support itself);
    /// with what it is in words and the reference it rests on.
    fn evidence_window_start(&self, from: Actor) -> (Time, &'static str, Vec<String>) {
        let request = match from {
            Actor::Buyer => self.facts.evidence_requested(Party::Buyer),
            Actor::Seller => self.facts.evidence_requested(Party::Seller),
            Actor::Support => None,
        };
        match request {
            Some(request) => (request.at.value, "support's request", vec![request.path()]),
            None => (
                self.facts.appeal_at(),
                "the appeal",
                vec!["appeal.at".to_string()],
            ),
        }
    }

    /// When the evidence window for `from` closes, without writing anything.
    pub fn evidence_due(&self, from: Actor) -> Time {
        let (start, _, _) = self.evidence_window_start(from);
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

    /// An action for support with no due time: what to do now.
    pub fn tell_support(&mut self, clause: ClauseId, action: impl Into<Said>) {
        self.follow_up(Actor::Support, action, None, clause);
    }

    /// Says so when the seller has refunded part of what is owed: how much, and what is left.
    pub fn note_partial_refund(&mut self, clause: ClauseId, refund: &Refund) {
        if !refund.partial() {
            return;
        }
        let fiat = &self.case.order.fiat;
        let finding = format!(
            "the seller has refunded {} {fiat} so far: {} {fiat} is still owed",
            refund.returned, refund.outstanding
        );
        self.reason(clause, finding, refund.refs());
    }

    /// Records that `party` let a deadline pass (for the timeliness notice).
    pub fn missed(&mut self, party: Party) {
        if !self.missed.contains(&party) {
            self.missed.push(party);
        }
    }

    /// Whether the policy applies the clause.
    pub fn applies(&self, clause: ClauseId) -> bool {
        self.policy.clause(clause).is_some()
    }

    /// The typed parameters of the clauses the policy applies.
    pub fn params(&self) -> &'a Parameters {
        &self.policy.parameters
    }
}
