//! The catalogue of clauses: every gate, governing clause and cross-cutting rule the engine
//! knows, with its id, what it says in our words, the parameters it reads and the decisions it
//! can give. Policies attach a citation and parameter values to these ids.

use crate::model::params::Values;
pub use crate::model::params::{ParamKind, ParamSpec};
use crate::vocab::decision::Decision;
use crate::vocab::words::Choice;

/// The clause registry: every clause the engine implements, in evaluation order, each
/// registered once with what it reads and, for a clause that governs appeals, what decides it.
///
/// - `decide: module::function` — the engine function that applies the clause when it governs
///   (resolved in `engine::routing`, where the registry is expanded into the dispatch; the
///   function takes the context, the clause and, when it has parameters, its typed parameters).
///   A clause with one is a [`Governing`] clause.
/// - `filed_as: [AppealType, …]` — with `decide`, the appeal types that can reach the clause,
///   as filed or re-routed by the facts (how, in words: [`crate::model::filing`]).
/// - `name` — the id as case and policy files write it (`buyer.1a`); `stage` — where in the
///   evaluation it runs ([`Stage`]); `decisions` and `branches` — every decision it can give
///   and every way through it that a ruling's trace and `appeal test --coverage` can name.
/// - `params: (field: Type)` — the parameter struct of [`crate::model::params`] the clause
///   reads, and the field of [`Parameters`] that holds it; `()` for none.
///
/// The registry is an x-macro: `registry!(m)`
/// calls `m!` with the list, so the model ([`ClauseId`], [`Parameters`], [`Governing`]) and
/// the engine (its dispatch) and the filings (the clauses each appeal type can reach) are
/// generated from the one list, and a clause registered with a
/// rule the engine lacks, or a parameter struct that is not there, does not compile.
macro_rules! registry {
    ($expand:ident) => {
        $expand! {
            AgeLimit {
                name: "general.age_limit",
                stage: Gate,
                decisions: [RefusedOutOfTime],
                branches: [Fired, NotFired, Reopened],
                params: (),
            },
            Kyc {
                name: "procedure.kyc",
                stage: Gate,
                decisions: [Inadmissible],
                branches: [Fired, NotFired],
                params: (),
            },
            Timer {
                name: "procedure.timer",
                stage: Gate,
                decisions: [Inadmissible],
                branches: [Fired, NotFired],
                params: (),
            },
            Reason {
                name: "procedure.reason",
                stage: Gate,
                decisions: [Inadmissible],
                branches: [Fired, NotFired],
                params: (),
            },
            Evidence {
                name: "procedure.evidence",
                stage: Gate,
                decisions: [RequestEvidence, Inadmissible],
                branches: [FiredWaiting, FiredDeadlinePassed, NotFired],
                params: (),
            },
            Buyer1a {
                name: "buyer.1a",
                stage: Governing,
                decisions: [
                    ReleaseToBuyer,
                    RefundBuyer,
                    CancelOrder,
                    RequestEvidence,
                    Escalate,
                    Closed,
                ],
                branches: [
                    InsideBand,
                    OutsideBand,
                    DeadlineRunning,
                    DeadlinePassed,
                    Refunded,
                    PartlyRefunded,
                    NoReferencePrice,
                    ThirdPartyPayment,
                    PayerCannotTell,
                ],
                decide: buyer_release::refusal,
                filed_as: [SellerNotReleasing, PaymentNotReceived, Fraud],
                params: (buyer_1a: crate::model::params::Buyer1a),
            },
            Buyer1b {
                name: "buyer.1b",
                stage: Governing,
                decisions: [ReleaseToBuyer, Escalate, RequestEvidence, CancelOrder, Closed],
                branches: [
                    Instant,
                    NonInstant,
                    DeadlineRunning,
                    DeadlinePassed,
                    BankStatementWithoutTheFunds,
                ],
                decide: buyer_release::late_release,
                filed_as: [SellerNotReleasing],
                params: (buyer_1b: crate::model::params::Buyer1b),
            },
            Buyer1c {
                name: "buyer.1c",
                stage: Governing,
                decisions: [SellerChoice, Closed, CancelOrder, Escalate],
                branches: [Released, Refunded, DeadlineRunning, DeadlinePassed],
                decide: buyer_release::sensitive_remarks,
                filed_as: [SellerNotReleasing, SensitiveRemarks],
                params: (buyer_1c: crate::model::params::Buyer1c),
            },
            Buyer2a {
                name: "buyer.2a",
                stage: Governing,
                decisions: [RefundExcess, Closed],
                branches: [Refunded, DeadlineRunning, DeadlinePassed, RefusedInTime],
                decide: buyer_money::overpayment,
                filed_as: [SellerNotReleasing, Overpaid],
                params: (buyer_2a: crate::model::params::Buyer2a),
            },
            Buyer3a {
                name: "buyer.3a",
                stage: Governing,
                decisions: [RequestEvidence, RefundBuyer, Closed, NoIntervention],
                branches: [NoValidProof, Refunded, DeadlineRunning, DeadlinePassed, RefusedInTime],
                decide: buyer_money::cancelled_after_payment,
                filed_as: [SellerNotReleasing, CancelledAfterPayment],
                params: (buyer_3a: crate::model::params::Buyer3a),
            },
            Buyer4a {
                name: "buyer.4a",
                stage: Governing,
                decisions: [Proceed, CancelOrder, RefundBuyer, Escalate],
                branches: [
                    VerificationDisclosedAndAgreed,
                    VerificationDisclosedNeverAgreed,
                    VerificationAwaitingAnswer,
                    VerificationNotDisclosedOrRefused,
                    OutOfPolicyFirstOffence,
                    OutOfPolicyRepeatOffence,
                ],
                decide: out_of_norm::requirements,
                filed_as: [OutOfNormRequest],
                params: (buyer_4a: crate::model::params::Buyer4a),
            },
            Buyer5a {
                name: "buyer.5a",
                stage: Governing,
                decisions: [Escalate, Closed],
                branches: [
                    FlaggedInChat,
                    ConfirmedFirstOffence,
                    ConfirmedRepeatOffence,
                    Unconfirmed,
                ],
                decide: conduct::offensive_appeal,
                filed_as: [OffensiveLanguage],
                params: (buyer_5a: crate::model::params::OffensiveLanguage),
            },
            Buyer6a {
                name: "buyer.6a",
                stage: Governing,
                decisions: [Escalate, ReleaseToBuyer, CancelOrder, Closed],
                branches: [FraudEstablished, NotEstablished],
                decide: conduct::fraud_appeal,
                filed_as: [Fraud],
                params: (),
            },
            Seller1a {
                name: "seller.1a",
                stage: Governing,
                decisions: [RequestEvidence, CancelOrder],
                branches: [BuyerUnreachable, ForgedProof, DeadlineRunning, DeadlinePassed],
                decide: payment_disputes::marked_paid_without_paying,
                filed_as: [SellerNotReleasing, PaymentNotReceived],
                params: (seller_1a: crate::model::params::Seller1a),
            },
            Seller1b {
                name: "seller.1b",
                stage: Governing,
                decisions: [RequestEvidence, ReleaseToBuyer, Escalate],
                branches: [
                    StatementWithoutTheFunds,
                    StatementWithTheFunds,
                    ForgedStatement,
                    DeadlineRunning,
                    DeadlinePassed,
                    PaymentInTransit,
                ],
                decide: payment_disputes::funds_not_received,
                filed_as: [SellerNotReleasing, PaymentNotReceived],
                params: (seller_1b: crate::model::params::Seller1b),
            },
            Seller1c {
                name: "seller.1c",
                stage: Governing,
                decisions: [ReleaseToBuyer, CancelOrder, RequestEvidence, Escalate],
                branches: [
                    PaidToTheOrderPagesAccount,
                    AccountToBeConfirmed,
                    AccountCannotBeTold,
                    InstructionsOtherThanTheOrderPage,
                    PaidElsewhereFirstOffence,
                    PaidElsewhereRepeatOffence,
                    FundsBouncedBack,
                    FundsPartlyBouncedBack,
                    DeadlineRunning,
                    DeadlinePassed,
                ],
                decide: payment_disputes::inaccessible_account,
                filed_as: [SellerNotReleasing, InaccessibleAccount],
                params: (seller_1c: crate::model::params::Seller1c),
            },
            Seller2a {
                name: "seller.2a",
                stage: Governing,
                decisions: [ReleaseToBuyer, RefundBuyer, CancelOrder, Escalate],
                branches: [ToppedUp, DeadlineRunning, DeadlinePassed, Refunded, PartialRelease],
                decide: payment_disputes::underpayment,
                filed_as: [SellerNotReleasing, Underpaid],
                params: (seller_2a: crate::model::params::Seller2a),
            },
            Seller3a {
                name: "seller.3a",
                stage: Governing,
                decisions: [Escalate, CancelOrder],
                branches: [Confirmed, AtOrOverThreshold, BelowThreshold],
                decide: seller_protection::malicious_buying,
                filed_as: [MaliciousBuying],
                params: (seller_3a: crate::model::params::Seller3a),
            },
            Seller4a {
                name: "seller.4a",
                stage: Governing,
                decisions: [RequestEvidence, LiftRestrictions, Escalate, Closed, CancelOrder],
                branches: [
                    Agreement,
                    SellerEvidenceRunning,
                    SellerEvidenceMissed,
                    ForgedEvidence,
                    BuyerDocumentsRunning,
                    BuyerDocumentsIn,
                    BuyerDocumentsMissed,
                ],
                decide: seller_protection::account_blocked,
                filed_as: [AccountBlocked],
                params: (seller_4a: crate::model::params::Seller4a),
            },
            Seller5a {
                name: "seller.5a",
                stage: Governing,
                decisions: [NoIntervention],
                branches: [BuyerCooperative, BuyerUncooperative],
                decide: seller_protection::released_without_payment,
                filed_as: [ReleasedWithoutPayment],
                params: (seller_5a: crate::model::params::Seller5a),
            },
            Seller6a {
                name: "seller.6a",
                stage: Governing,
                decisions: [Escalate, Closed],
                branches: [
                    FlaggedInChat,
                    ConfirmedFirstOffence,
                    ConfirmedRepeatOffence,
                    Unconfirmed,
                ],
                decide: conduct::offensive_appeal,
                filed_as: [OffensiveLanguage],
                params: (seller_6a: crate::model::params::OffensiveLanguage),
            },
            Seller7a {
                name: "seller.7a",
                stage: Governing,
                decisions: [Escalate, CancelOrder, ReleaseToBuyer, Closed],
                branches: [FraudEstablished, NotEstablished, OverrulesARelease],
                decide: conduct::fraud_appeal,
                filed_as: [Fraud],
                params: (),
            },
            Timeliness {
                name: "disclaimers.timeliness",
                stage: Notice,
                decisions: [],
                branches: [NoticeGiven],
                params: (),
            },
            OffPlatform {
                name: "disclaimers.off_platform",
                stage: Notice,
                decisions: [],
                branches: [NoticeGiven],
                params: (),
            },
            Channels {
                name: "disclaimers.channels",
                stage: Notice,
                decisions: [],
                branches: [NoticeGiven],
                params: (channels: crate::model::params::Channels),
            },
            Finality {
                name: "general.finality",
                stage: Notice,
                decisions: [],
                branches: [NoticeGiven],
                params: (),
            },
            GuideSteps {
                name: "guide.steps",
                stage: Governing,
                decisions: [Escalate],
                branches: [Escalated],
                params: (),
            },
            GuideCompleted {
                name: "guide.completed",
                stage: Governing,
                decisions: [NoIntervention],
                branches: [NoIntervention],
                params: (),
            },
        }
    };
}
pub(crate) use registry;

/// The model's expansion of [`registry!`]: the catalogue's entries, [`ClauseId`] and
/// [`ClauseId::ALL`], [`Governing`], and [`Parameters`] with each clause's parameter list.
macro_rules! model {
    ($(
        $id:ident {
            name: $name:literal,
            stage: $stage:ident,
            decisions: [$($decision:ident),* $(,)?],
            branches: [$($branch:ident),* $(,)?],
            $(decide: $decide:path, filed_as: $filed_as:tt,)?
            params: ($($field:ident: $ty:ty)?),
        },
    )+) => {
        /// The catalogue, in evaluation order: one entry per clause, at its id's place.
        const ENTRIES: [Entry; COUNT] = [$(
            Entry {
                id: ClauseId::$id,
                name: $name,
                stage: Stage::$stage,
                decisions: &[$(Decision::$decision),*],
                branches: &[$(Branch::$branch),*],
            },
        )+];

        /// A clause the engine implements. The string form (`buyer.1a`) is what case and policy
        /// files use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ClauseId {
            $($id),+
        }

        impl ClauseId {
            /// Every clause, in evaluation order.
            pub const ALL: &'static [ClauseId] = &[$(ClauseId::$id),+];

            /// The parameters the clause reads.
            const fn param_specs(self) -> &'static [ParamSpec] {
                match self {
                    $(ClauseId::$id => param_specs!($($ty)?),)+
                }
            }
        }

        /// A clause that decides the appeals filed under it or routed to it: the clauses
        /// registered with a `decide` function, which the engine's dispatch applies.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Governing {
            $($(
                #[doc = concat!("Decided by `", stringify!($decide), "`.")]
                $id = ClauseId::$id as isize,
            )?)+
        }

        impl Governing {
            /// The clause's id: each variant's discriminant is its id's place in
            /// [`ClauseId::ALL`].
            pub const fn id(self) -> ClauseId {
                ClauseId::ALL[self as usize]
            }
        }

        /// The typed parameters of a policy: one field per clause that has parameters, `Some`
        /// when the policy applies the clause. Read and checked when the policy is loaded.
        #[derive(Debug, Clone, Default)]
        pub struct Parameters {
            $($(pub $field: Option<$ty>,)?)+
        }

        impl Parameters {
            /// Puts the checked `values` of `id`'s table in their struct; `false` when they do
            /// not make one (a value the policy reader has reported as missing or wrong).
            pub fn read(&mut self, id: ClauseId, values: &Values) -> bool {
                match id {
                    $(ClauseId::$id => read_params!(self, values $(, $field: $ty)?),)+
                }
            }

            /// Whether `id`'s parameters were read: `None` for a clause that has none.
            pub fn holds(&self, id: ClauseId) -> Option<bool> {
                match id {
                    $(ClauseId::$id => holds_params!(self $(, $field)?),)+
                }
            }
        }
    };
}

/// A clause's parameter list: its struct's, or none.
macro_rules! param_specs {
    () => {
        &[]
    };
    ($ty:ty) => {
        <$ty>::PARAMS
    };
}

/// Whether a clause's field of [`Parameters`] holds its parameters; `None` without a field.
macro_rules! holds_params {
    ($parameters:ident) => {
        None
    };
    ($parameters:ident, $field:ident) => {
        Some($parameters.$field.is_some())
    };
}

/// Reads a clause's table into its field of [`Parameters`]; a clause without parameters takes
/// an empty table.
macro_rules! read_params {
    ($parameters:ident, $values:ident) => {
        $values.is_empty()
    };
    ($parameters:ident, $values:ident, $field:ident: $ty:ty) => {{
        $parameters.$field = <$ty>::read($values);
        $parameters.$field.is_some()
    }};
}

registry!(model);

impl std::fmt::Display for Governing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.id().fmt(f)
    }
}

/// How many clauses the engine implements.
const COUNT: usize = ClauseId::ALL.len();

impl Choice for ClauseId {
    const CHOICES: &'static [(&'static str, ClauseId)] = &CHOICES;
}

/// The clause names, from the catalogue.
const CHOICES: [(&str, ClauseId); COUNT] = {
    let mut out = [("", ClauseId::AgeLimit); COUNT];
    let mut i = 0;
    while i < COUNT {
        out[i] = (CATALOGUE[i].name, CATALOGUE[i].id);
        i += 1;
    }
    out
};

/// Every clause, in evaluation order: [`ClauseId::describe`] of each.
pub static CATALOGUE: [ClauseSpec; COUNT] = {
    let mut out = [ClauseId::AgeLimit.describe(); COUNT];
    let mut i = 0;
    while i < COUNT {
        let id = ClauseId::ALL[i];
        // `spec` finds an entry at its id's place in the list.
        assert!(id as usize == i);
        out[i] = id.describe();
        i += 1;
    }
    out
};

impl ClauseId {
    pub fn as_str(self) -> &'static str {
        self.spec().name
    }

    pub fn all() -> impl Iterator<Item = ClauseId> {
        Self::ALL.iter().copied()
    }

    /// The catalogue entry for this clause.
    pub fn spec(self) -> &'static ClauseSpec {
        &CATALOGUE[self as usize]
    }

    /// The code of the rule in this project's words, in the catalogues (`i18n/en/clauses.ftl`):
    /// `clause.buyer.1a`.
    pub fn summary_code(self) -> String {
        format!("clause.{}", self.as_str())
    }

    /// The rule in this project's words, in English (a policy schema's description, the MCP
    /// server's resource list); [`crate::report::words`] says it in the reader's language.
    pub fn summary(self) -> String {
        crate::vocab::catalogue::english_plain(&self.summary_code().replace('.', "-"))
    }
}

impl std::fmt::Display for ClauseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ClauseId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Where a clause acts in the order of evaluation (README, "How it is built").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Gate,
    Governing,
    CrossCutting,
    Notice,
}

impl Stage {
    /// The code of where the clause acts, in the catalogues (`i18n/en/clauses.ftl`).
    pub fn code(self) -> &'static str {
        match self {
            Stage::Gate => "stage.gate",
            Stage::Governing => "stage.governing",
            Stage::CrossCutting => "stage.cross_cutting",
            Stage::Notice => "stage.notice",
        }
    }
}

/// What the engine knows about a clause.
#[derive(Debug, Clone, Copy)]
pub struct ClauseSpec {
    pub id: ClauseId,
    /// How case and policy files name it: `buyer.1a`.
    pub name: &'static str,
    pub stage: Stage,
    pub params: &'static [ParamSpec],
    pub decisions: &'static [Decision],
    /// The paths through the clause that `appeal test --coverage` counts.
    pub branches: &'static [Branch],
}

/// Declares the branches, each with its code (`branch.` and the id); the words for a code are
/// the catalogue's (`i18n/LANG/branches.ftl`), so `explain --lang` shows them translated.
macro_rules! branches {
    ($($branch:ident = $id:literal),+ $(,)?) => {
        /// A path through a clause, counted by `appeal test --coverage`. Each clause lists the
        /// ones it can take in its catalogue entry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Branch {
            $($branch),+
        }

        impl Branch {
            /// Every branch, in declaration order.
            pub const ALL: &'static [Branch] = &[$(Branch::$branch),+];

            /// The branch's stable code, `branch.fired_deadline_passed`: how rulings record it
            /// and the catalogue names its words.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Branch::$branch => concat!("branch.", $id)),+
                }
            }
        }
    };
}

branches! {
    Fired = "fired",
    NotFired = "not_fired",
    Reopened = "reopened",
    FiredWaiting = "fired_waiting",
    FiredDeadlinePassed = "fired_deadline_passed",
    InsideBand = "inside_band",
    OutsideBand = "outside_band",
    DeadlineRunning = "deadline_running",
    DeadlinePassed = "deadline_passed",
    Refunded = "refunded",
    PartlyRefunded = "partly_refunded",
    NoReferencePrice = "no_reference_price",
    ThirdPartyPayment = "third_party_payment",
    PayerCannotTell = "payer_cannot_tell",
    Instant = "instant",
    NonInstant = "non_instant",
    BankStatementWithoutTheFunds = "bank_statement_without_the_funds",
    Released = "released",
    NoValidProof = "no_valid_proof",
    VerificationDisclosedAndAgreed = "verification_disclosed_and_agreed",
    VerificationDisclosedNeverAgreed = "verification_disclosed_never_agreed",
    VerificationAwaitingAnswer = "verification_awaiting_answer",
    VerificationNotDisclosedOrRefused = "verification_not_disclosed_or_refused",
    OutOfPolicyFirstOffence = "out_of_policy_first_offence",
    OutOfPolicyRepeatOffence = "out_of_policy_repeat_offence",
    FlaggedInChat = "flagged_in_chat",
    ConfirmedFirstOffence = "confirmed_first_offence",
    ConfirmedRepeatOffence = "confirmed_repeat_offence",
    Unconfirmed = "unconfirmed",
    FraudEstablished = "fraud_established",
    NotEstablished = "not_established",
    BuyerUnreachable = "buyer_unreachable",
    ForgedProof = "forged_proof",
    StatementWithoutTheFunds = "statement_without_the_funds",
    StatementWithTheFunds = "statement_with_the_funds",
    ForgedStatement = "forged_statement",
    PaymentInTransit = "payment_in_transit",
    PaidToTheOrderPagesAccount = "paid_to_the_order_pages_account",
    PaidElsewhereFirstOffence = "paid_elsewhere_first_offence",
    PaidElsewhereRepeatOffence = "paid_elsewhere_repeat_offence",
    FundsBouncedBack = "funds_bounced_back",
    FundsPartlyBouncedBack = "funds_partly_bounced_back",
    AccountToBeConfirmed = "account_to_be_confirmed",
    AccountCannotBeTold = "account_cannot_be_told",
    InstructionsOtherThanTheOrderPage = "instructions_other_than_the_order_page",
    ToppedUp = "topped_up",
    PartialRelease = "partial_release",
    Confirmed = "confirmed",
    AtOrOverThreshold = "at_or_over_threshold",
    BelowThreshold = "below_threshold",
    Agreement = "agreement",
    SellerEvidenceRunning = "seller_evidence_running",
    SellerEvidenceMissed = "seller_evidence_missed",
    ForgedEvidence = "forged_evidence",
    BuyerDocumentsRunning = "buyer_documents_running",
    BuyerDocumentsIn = "buyer_documents_in",
    BuyerDocumentsMissed = "buyer_documents_missed",
    BuyerCooperative = "buyer_cooperative",
    BuyerUncooperative = "buyer_uncooperative",
    OverrulesARelease = "overrules_a_release",
    NoticeGiven = "notice_given",
    Escalated = "escalated",
    NoIntervention = "no_intervention",
    RefusedInTime = "refused_in_time",
}

impl std::fmt::Display for Branch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A catalogue entry without its parameters (which [`registry!`] gives).
struct Entry {
    id: ClauseId,
    name: &'static str,
    stage: Stage,
    decisions: &'static [Decision],
    branches: &'static [Branch],
}

impl ClauseId {
    /// The catalogue entry, with the parameters [`registry!`] gives.
    const fn describe(self) -> ClauseSpec {
        let entry = &ENTRIES[self as usize];
        assert!(entry.id as usize == self as usize);
        ClauseSpec {
            id: self,
            name: entry.name,
            stage: entry.stage,
            params: self.param_specs(),
            decisions: entry.decisions,
            branches: entry.branches,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clause_id_has_one_catalogue_entry() {
        for id in ClauseId::all() {
            assert_eq!(
                CATALOGUE.iter().filter(|spec| spec.id == id).count(),
                1,
                "{id}"
            );
        }
        assert_eq!(CATALOGUE.len(), ClauseId::CHOICES.len());
    }

    #[test]
    fn clause_ids_round_trip_through_their_names() {
        for id in ClauseId::all() {
            assert_eq!(ClauseId::parse(id.as_str()), Some(id));
        }
    }
}
