//! What the clauses write into while they judge: reasons, follow-ups, sanctions, notices and
//! the trace; and the deadline arithmetic they share.

use crate::model::case::Case;

use crate::model::case_ref::CaseRef;
use crate::model::clause::{Branch, ClauseId, Parameters};
use crate::model::message::{Money, Said};
use crate::model::policy::Policy;
use crate::model::ruling::{FollowUp, Notice, Reason, Sanction, TraceStep};
use crate::model::window::Window;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::{Actor, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

use super::facts::{Facts, Refund};

mod said {
    use crate::model::clause::ClauseId;
    use crate::model::message::{Message, Money, messages};
    use crate::vocab::decision::Party;

    messages! {
        /// A suspension of a party, with its length (in the trace of merged sanctions).
        suspension = "sanctions.suspension" (party: Party, length: Message);
        /// A permanent ban of the same party, from the clause named, contains the suspension.
        contained_in_ban = "sanctions.contained_in_ban" (clause: ClauseId);
        /// The seller has returned part of what is owed: how much, and what is still owed.
        partial_refund = "refund.partial" (returned: Money, outstanding: Money);
    }
}

/// The codes said here.
pub const CODES: &[crate::model::message::CodeSpec] = said::CODES;

/// How much a clause had written when a [`Ctx::mark`] was taken.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    rationale: usize,
    follow_ups: usize,
    sanctions: usize,
    notices: usize,
    windows: usize,
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
            windows: self.windows.len(),
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
        self.windows.truncate(mark.windows);
        self.missed.truncate(mark.missed);
    }

    pub fn now(&self) -> Time {
        self.facts.as_of
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
                    said::suspension(party, suspension.length()),
                    said::contained_in_ban(ban_clause),
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
        let finding = said::partial_refund(
            Money(refund.returned, fiat),
            Money(refund.outstanding, fiat),
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
