//! The adjudication engine: a validated case and policy and a moment in, a [`Ruling`] out.
//!
//! Pure: no I/O, no clock, no global state. Order of evaluation: gates → governing
//! clause (chosen from the appeal, then re-routed by the facts) → cross-cutting clauses →
//! notices. One module per clause family, each read beside the rule it implements.

pub mod facts;

/// Declares the engine's modules that say something, each once: the module, and its codes
/// (`CODES`, from its `messages!`) in [`codes`]. A clause family's new module is one line here;
/// one left out of the list does not compile where a clause names its function, and its codes
/// would be dead code (a warning, an error in CI).
macro_rules! saying {
    ($($module:ident),+ $(,)?) => {
        $(mod $module;)+

        /// Every code the engine says, each with its meaning and the values it states.
        pub fn codes() -> impl Iterator<Item = &'static crate::model::message::CodeSpec> {
            [said::CODES, crate::model::ruling::CODES, $($module::CODES),+]
                .into_iter()
                .flatten()
        }
    };
}

saying! {
    buyer_money,
    buyer_release,
    conduct,
    context,
    deadline,
    disclaimers,
    gates,
    guide,
    identity,
    out_of_norm,
    payment_disputes,
    routing,
    seller_protection,
}

use rust_decimal::Decimal;

use crate::model::case::Case;

use crate::model::clause::{ClauseId, Governing};
use crate::model::policy::Policy;
use crate::model::ruling::{Ruling, SCHEMA_VERSION};
use crate::vocab::calendar::Clock;
use crate::vocab::decision::{Decision, Status};
use crate::vocab::time::Time;

use context::Ctx;
pub use deadline::Deadline;
use facts::Facts;

mod said {
    use crate::model::message::{Message, messages};
    use crate::vocab::time::Time;

    messages! {
        /// The case was judged as of an earlier moment than its own `as_of`.
        replayed = "replay.as_of" (at: Time);
        /// What the replay left out of the case file.
        left_out = "replay.left_out" (entries: Message);
    }
}

/// Where the inputs came from, stamped on the ruling so it can be reproduced.
#[derive(Debug, Clone)]
pub struct Provenance {
    pub tool_version: String,
    pub case_sha256: String,
}

/// The decision and status a clause arrives at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub decision: Decision,
    pub status: Status,
    pub amount: Option<Decimal>,
    pub next_deadline: Option<Time>,
}

impl Verdict {
    /// Nothing left for a party to do: `final`, or, for an escalation, `awaiting_review` (a
    /// person's finding decides what follows, so it is not final).
    pub fn done(decision: Decision) -> Verdict {
        Verdict {
            decision,
            status: if decision == Decision::Escalate {
                Status::AwaitingReview
            } else {
                Status::Final
            },
            amount: None,
            next_deadline: None,
        }
    }

    /// The action required now, and the deadline it is waiting for. Clauses wait through
    /// [`Ctx::hold`] or [`Ctx::wait`], which also tell whoever must act.
    fn waiting(decision: Decision, deadline: &Deadline) -> Verdict {
        Verdict {
            decision,
            status: Status::Pending,
            amount: None,
            next_deadline: Some(deadline.due),
        }
    }

    pub fn with_amount(mut self, amount: Decimal) -> Verdict {
        self.amount = Some(amount);
        self
    }
}

/// The engine's expansion of the clause registry ([`crate::model::clause::registry!`]): the
/// rule of each governing clause, called with its typed parameters. Expanded here, where the
/// clause modules are declared, so a registered `decide: module::function` names a module of
/// this list.
macro_rules! dispatch {
    ($(
        $id:ident {
            name: $name:literal,
            stage: $stage:ident,
            decisions: $decisions:tt,
            branches: $branches:tt,
            $(decide: $decide:path, filed_as: $filed_as:tt,)?
            params: $params:tt,
        },
    )+) => {
        /// The governing clause's own rule, called with its parameters; `None` when the policy
        /// does not apply the clause (the caller says so, with its code).
        fn decide(ctx: &mut Ctx, governing: Governing) -> Option<Verdict> {
            let params = ctx.params();
            Some(match governing {
                $($(Governing::$id => rule!(ctx, params, $id, $decide, $params),)?)+
            })
        }
    };
}

/// One clause's rule: with its parameters when it has them (`None` when the policy does not
/// apply it), else with the clause alone.
macro_rules! rule {
    ($ctx:ident, $params:ident, $id:ident, $decide:path, ($field:ident: $ty:ty)) => {
        $decide($ctx, ClauseId::$id, $params.$field.as_ref()?)
    };
    ($ctx:ident, $params:ident, $id:ident, $decide:path, ()) => {{
        if !$ctx.applies(ClauseId::$id) {
            return None;
        }
        $decide($ctx, ClauseId::$id)
    }};
}

crate::model::clause::registry!(dispatch);

/// Judges `case` under `policy` as it stood at `as_of`, its times written on `clock`.
pub fn judge(
    case: &Case,
    policy: &Policy,
    as_of: Time,
    clock: Clock,
    provenance: &Provenance,
) -> Ruling {
    let facts = Facts::new(case, as_of);
    let mut ctx = Ctx::new(case, policy, facts, clock);
    let filed = routing::filed_clause(&ctx);
    let (clause, verdict) = match gates::check(&mut ctx) {
        Some((gate, verdict)) => (gate, verdict),
        None => routing::governing(&mut ctx, filed),
    };
    conduct::cross_cutting(&mut ctx);
    ctx.merge_sanctions();
    disclaimers::notices(&mut ctx, &verdict);
    let ignored = ctx.facts.ignored;
    if ignored > 0 {
        ctx.trace(
            clause,
            said::replayed(ctx.on_clock(as_of)),
            said::left_out(crate::model::ruling::later_entries(ignored)),
        );
    }
    ctx.into_ruling(
        case,
        policy,
        as_of,
        provenance,
        clause,
        filed.id(),
        verdict,
        ignored,
    )
}

impl Ctx<'_> {
    #[allow(clippy::too_many_arguments)]
    fn into_ruling(
        self,
        case: &Case,
        policy: &Policy,
        as_of: Time,
        provenance: &Provenance,
        clause: ClauseId,
        filed: ClauseId,
        verdict: Verdict,
        ignored: usize,
    ) -> Ruling {
        Ruling {
            schema_version: SCHEMA_VERSION,
            tool_version: provenance.tool_version.clone(),
            case: case.id.value.clone(),
            case_sha256: provenance.case_sha256.clone(),
            order_id: case.order.id.value.clone(),
            policy: policy.reference(),
            as_of: self.on_clock(as_of),
            decision: verdict.decision,
            status: verdict.status,
            clause,
            filed_clause: filed,
            amount: verdict.amount,
            next_deadline: verdict.next_deadline.map(|t| self.on_clock(t)),
            ignored_after_as_of: ignored,
            rationale: self.rationale,
            follow_ups: self.follow_ups,
            sanctions: self.sanctions,
            notices: self.notices,
            trace: self.trace,
            windows: self.windows,
            branches: self
                .branches
                .into_iter()
                .map(|(clause, branch)| (clause, branch.code()))
                .collect(),
        }
    }
}
