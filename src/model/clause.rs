//! The catalogue of clauses: every gate, governing clause and cross-cutting rule the engine
//! knows, with its id, what it says in our words, the parameters it reads and the decisions it
//! can give. Policies attach a citation and parameter values to these ids.

use crate::model::params::{self, Values};
pub use crate::model::params::{ParamKind, ParamSpec};
use crate::vocab::decision::Decision;
use crate::vocab::words::Choice;

/// Declares the clause ids, in evaluation order, and [`ClauseId::ALL`] from the same list.
macro_rules! clause_ids {
    ($($id:ident),+ $(,)?) => {
        /// A clause the engine implements. The string form (`buyer.1a`) is what case and policy
        /// files use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ClauseId {
            $($id),+
        }

        impl ClauseId {
            /// Every clause, in evaluation order.
            pub const ALL: &'static [ClauseId] = &[$(ClauseId::$id),+];
        }
    };
}

clause_ids! {
    AgeLimit,
    Kyc,
    Timer,
    Reason,
    Evidence,
    Buyer1a,
    Buyer1b,
    Buyer1c,
    Buyer2a,
    Buyer3a,
    Buyer4a,
    Buyer5a,
    Buyer6a,
    Seller1a,
    Seller1b,
    Seller1c,
    Seller2a,
    Seller3a,
    Seller4a,
    Seller5a,
    Seller6a,
    Seller7a,
    Timeliness,
    OffPlatform,
    Channels,
    Finality,
    GuideSteps,
    GuideCompleted,
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
    /// Where the clause acts, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Gate => "a gate, checked before any clause",
            Stage::Governing => "a governing clause: it decides the appeal it governs",
            Stage::CrossCutting => "a cross-cutting clause, added to any ruling",
            Stage::Notice => "a notice, added to the rulings it concerns",
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
    /// The rule in this project's words.
    pub summary: &'static str,
    pub params: &'static [ParamSpec],
    pub decisions: &'static [Decision],
    /// The paths through the clause that `appeal test --coverage` counts.
    pub branches: &'static [Branch],
}

/// Declares the branches, each with the label `appeal test --coverage` prints.
macro_rules! branches {
    ($($branch:ident = $label:literal),+ $(,)?) => {
        /// A path through a clause, counted by `appeal test --coverage`. Each clause lists the
        /// ones it can take in its catalogue entry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Branch {
            $($branch),+
        }

        impl Branch {
            /// How `appeal test --coverage` and `appeal explain` name it.
            pub const fn label(self) -> &'static str {
                match self {
                    $(Branch::$branch => $label),+
                }
            }
        }
    };
}

branches! {
    Fired = "fired",
    NotFired = "not fired",
    Reopened = "reopened",
    FiredWaiting = "fired, waiting",
    FiredDeadlinePassed = "fired, deadline passed",
    InsideBand = "inside band",
    OutsideBand = "outside band",
    DeadlineRunning = "deadline running",
    DeadlinePassed = "deadline passed",
    Refunded = "refunded",
    PartlyRefunded = "partly refunded",
    NoReferencePrice = "no reference price",
    ThirdPartyPayment = "third-party payment",
    Instant = "instant",
    NonInstant = "non-instant",
    BankStatementWithoutTheFunds = "bank statement without the funds",
    Released = "released",
    NoValidProof = "no valid proof",
    VerificationDisclosedAndAgreed = "verification disclosed and agreed",
    VerificationDisclosedNeverAgreed = "verification disclosed, never agreed",
    VerificationAwaitingAnswer = "verification disclosed, awaiting the buyer's answer",
    VerificationNotDisclosedOrRefused = "verification not disclosed or refused",
    OutOfPolicyFirstOffence = "out-of-policy, first offence",
    OutOfPolicyRepeatOffence = "out-of-policy, repeat offence",
    FlaggedInChat = "flagged in chat",
    ConfirmedFirstOffence = "confirmed, first offence",
    ConfirmedRepeatOffence = "confirmed, repeat offence",
    Unconfirmed = "unconfirmed",
    FraudEstablished = "fraud established",
    NotEstablished = "not established",
    BuyerUnreachable = "buyer unreachable",
    ForgedProof = "forged proof",
    StatementWithoutTheFunds = "statement without the funds",
    StatementWithTheFunds = "statement with the funds",
    ForgedStatement = "forged statement",
    PaymentInTransit = "payment in transit",
    PaidToTheOrderPagesAccount = "paid to the order page's account",
    PaidElsewhereFirstOffence = "paid elsewhere, first offence",
    PaidElsewhereRepeatOffence = "paid elsewhere, repeat offence",
    FundsBouncedBack = "funds bounced back",
    FundsPartlyBouncedBack = "funds partly bounced back",
    AccountToBeConfirmed = "another account, nobody has claimed it inaccessible",
    AccountCannotBeTold = "account paid cannot be told from the order page's",
    InstructionsOtherThanTheOrderPage = "paid as other instructions said",
    ToppedUp = "topped up",
    PartialRelease = "partial release",
    Confirmed = "confirmed",
    AtOrOverThreshold = "at or over threshold",
    BelowThreshold = "below threshold",
    Agreement = "agreement",
    SellerEvidenceRunning = "seller evidence running",
    SellerEvidenceMissed = "seller evidence missed",
    ForgedEvidence = "forged evidence",
    BuyerDocumentsRunning = "buyer documents running",
    BuyerDocumentsIn = "buyer documents in",
    BuyerDocumentsMissed = "buyer documents missed",
    BuyerCooperative = "buyer cooperative",
    BuyerUncooperative = "buyer uncooperative",
    OverrulesARelease = "overrules a release",
    NoticeGiven = "notice given",
    Escalated = "escalated",
    NoIntervention = "no intervention",
    RefusedInTime = "refused before the deadline",
}

impl std::fmt::Display for Branch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Declares which parameter struct each clause reads ([`crate::model::params`]), and the clauses that
/// read none. Gives [`Parameters`], a policy's parameters by clause, and each clause's
/// parameter list for the catalogue; both from the one list, and every clause must be in it.
macro_rules! clause_parameters {
    (
        with: { $($id:ident => $field:ident: $ty:ty,)+ }
        none: { $($none:ident),+ $(,)? }
    ) => {
        /// The typed parameters of a policy: one field per clause that has parameters, `Some`
        /// when the policy applies the clause. Read and checked when the policy is loaded.
        #[derive(Debug, Clone, Default)]
        pub struct Parameters {
            $(pub $field: Option<$ty>,)+
        }

        impl Parameters {
            /// Puts the checked `values` of `id`'s table in their struct; `false` when they do
            /// not make one (a value the policy reader has reported as missing or wrong).
            pub fn read(&mut self, id: ClauseId, values: &Values) -> bool {
                match id {
                    $(ClauseId::$id => {
                        self.$field = <$ty>::read(values);
                        self.$field.is_some()
                    })+
                    $(ClauseId::$none)|+ => values.is_empty(),
                }
            }
        }

        impl ClauseId {
            /// The parameters the clause reads.
            const fn param_specs(self) -> &'static [ParamSpec] {
                match self {
                    $(ClauseId::$id => <$ty>::PARAMS,)+
                    $(ClauseId::$none)|+ => &[],
                }
            }
        }
    };
}

clause_parameters! {
    with: {
    Buyer1a => buyer_1a: params::Buyer1a,
    Buyer1b => buyer_1b: params::Buyer1b,
    Buyer1c => buyer_1c: params::Buyer1c,
    Buyer2a => buyer_2a: params::Buyer2a,
    Buyer3a => buyer_3a: params::Buyer3a,
    Buyer4a => buyer_4a: params::Buyer4a,
    Buyer5a => buyer_5a: params::OffensiveLanguage,
    Seller1a => seller_1a: params::Seller1a,
    Seller1b => seller_1b: params::Seller1b,
    Seller1c => seller_1c: params::Seller1c,
    Seller2a => seller_2a: params::Seller2a,
    Seller3a => seller_3a: params::Seller3a,
    Seller4a => seller_4a: params::Seller4a,
    Seller5a => seller_5a: params::Seller5a,
    Seller6a => seller_6a: params::OffensiveLanguage,
    Channels => channels: params::Channels,
    }
    none: {
        AgeLimit, Kyc, Timer, Reason, Evidence, Buyer6a, Seller7a, Timeliness,
        OffPlatform, Finality, GuideSteps, GuideCompleted,
    }
}

/// A catalogue entry without its parameters (which [`clause_parameters!`] gives).
struct Entry {
    id: ClauseId,
    name: &'static str,
    stage: Stage,
    summary: &'static str,
    decisions: &'static [Decision],
    branches: &'static [Branch],
}

use Branch as B;
use Decision as D;

/// The catalogue, in evaluation order: one entry per clause, at its id's place (an entry
/// missing or out of place stops the build).
const ENTRIES: [Entry; COUNT] = [
    Entry {
        id: ClauseId::AgeLimit,
        name: "general.age_limit",
        stage: Stage::Gate,
        summary: "Appeals about orders older than the maximum age (counted in calendar months from order creation to the appeal) may be refused; support may reopen one case by case.",
        decisions: &[D::RefusedOutOfTime],
        branches: &[B::Fired, B::NotFired, B::Reopened],
    },
    Entry {
        id: ClauseId::Kyc,
        name: "procedure.kyc",
        stage: Stage::Gate,
        summary: "Both parties must have completed identity verification (KYC) for the appeal to be heard.",
        decisions: &[D::Inadmissible],
        branches: &[B::Fired, B::NotFired],
    },
    Entry {
        id: ClauseId::Timer,
        name: "procedure.timer",
        stage: Stage::Gate,
        summary: "An appeal can only be filed once the order's countdown after \"mark as paid\" has run out.",
        decisions: &[D::Inadmissible],
        branches: &[B::Fired, B::NotFired],
    },
    Entry {
        id: ClauseId::Reason,
        name: "procedure.reason",
        stage: Stage::Gate,
        summary: "An appeal must state its type and reason.",
        decisions: &[D::Inadmissible],
        branches: &[B::Fired, B::NotFired],
    },
    Entry {
        id: ClauseId::Evidence,
        name: "procedure.evidence",
        stage: Stage::Gate,
        summary: "The appellant must upload the evidence the procedure requires (e.g. proof of payment) before support acts.",
        decisions: &[D::RequestEvidence, D::Inadmissible],
        branches: &[B::FiredWaiting, B::FiredDeadlinePassed, B::NotFired],
    },
    Entry {
        id: ClauseId::Buyer1a,
        name: "buyer.1a",
        stage: Stage::Governing,
        summary: "The seller refuses to release after a correct payment from the buyer's own account. Inside the acceptable price band, a seller who does not answer in time loses the crypto to the buyer; outside it, the seller must refund the full payment, the order is cancelled once the refund is confirmed, and an unjustified refusal or delay releases the crypto to the buyer.",
        decisions: &[
            D::ReleaseToBuyer,
            D::RefundBuyer,
            D::CancelOrder,
            D::RequestEvidence,
            D::Escalate,
            D::Closed,
        ],
        branches: &[
            B::InsideBand,
            B::OutsideBand,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::Refunded,
            B::PartlyRefunded,
            B::NoReferencePrice,
            B::ThirdPartyPayment,
        ],
    },
    Entry {
        id: ClauseId::Buyer1b,
        name: "buyer.1b",
        stage: Stage::Governing,
        summary: "The seller is slow to release. After an instant payment the seller has a short window to release; after a non-instant payment a longer one in working days, within which the seller must prove non-receipt with a bank statement or the payment is taken as received.",
        decisions: &[
            D::ReleaseToBuyer,
            D::Escalate,
            D::RequestEvidence,
            D::CancelOrder,
            D::Closed,
        ],
        branches: &[
            B::Instant,
            B::NonInstant,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::BankStatementWithoutTheFunds,
        ],
    },
    Entry {
        id: ClauseId::Buyer1c,
        name: "buyer.1c",
        stage: Stage::Governing,
        summary: "The seller holds back because the buyer's payment remarks contain sensitive words. Support asks the seller to either refund or release: a release is at the seller's sole risk, a refund is at the buyer's cost.",
        decisions: &[D::SellerChoice, D::Closed, D::CancelOrder, D::Escalate],
        branches: &[
            B::Released,
            B::Refunded,
            B::DeadlineRunning,
            B::DeadlinePassed,
        ],
    },
    Entry {
        id: ClauseId::Buyer2a,
        name: "buyer.2a",
        stage: Stage::Governing,
        summary: "The buyer paid more than the order amount. Support asks the seller to refund the excess; a seller who refuses or stays silent may have P2P access and assets frozen until it is resolved. Recovery is best effort and the platform is not liable for the buyer's mistake.",
        decisions: &[D::RefundExcess, D::Closed],
        branches: &[
            B::Refunded,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::RefusedInTime,
        ],
    },
    Entry {
        id: ClauseId::Buyer3a,
        name: "buyer.3a",
        stage: Stage::Governing,
        summary: "The buyer paid but the order was cancelled (timeout or mistake). Once payment is confirmed the seller must refund within the window; a seller who refuses is frozen at once, one who stays silent when the window closes. The platform is not liable if the seller never refunds.",
        decisions: &[
            D::RequestEvidence,
            D::RefundBuyer,
            D::Closed,
            D::NoIntervention,
        ],
        branches: &[
            B::NoValidProof,
            B::Refunded,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::RefusedInTime,
        ],
    },
    Entry {
        id: ClauseId::Buyer4a,
        name: "buyer.4a",
        stage: Stage::Governing,
        summary: "The seller makes demands outside the norm. Extra verification is allowed only if the ad's terms disclosed that very requirement and the buyer agrees; otherwise the order is cancelled. Other out-of-policy demands (contact details, outside channels, extra fees) cancel the order and draw a sanction on the seller.",
        decisions: &[D::Proceed, D::CancelOrder, D::RefundBuyer, D::Escalate],
        branches: &[
            B::VerificationDisclosedAndAgreed,
            B::VerificationDisclosedNeverAgreed,
            B::VerificationAwaitingAnswer,
            B::VerificationNotDisclosedOrRefused,
            B::OutOfPolicyFirstOffence,
            B::OutOfPolicyRepeatOffence,
        ],
    },
    Entry {
        id: ClauseId::Buyer5a,
        name: "buyer.5a",
        stage: Stage::Governing,
        summary: "The seller used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.",
        decisions: &[D::Escalate, D::Closed],
        branches: &[
            B::FlaggedInChat,
            B::ConfirmedFirstOffence,
            B::ConfirmedRepeatOffence,
            B::Unconfirmed,
        ],
    },
    Entry {
        id: ClauseId::Buyer6a,
        name: "buyer.6a",
        stage: Stage::Governing,
        summary: "The seller committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.",
        decisions: &[D::Escalate, D::ReleaseToBuyer, D::CancelOrder, D::Closed],
        branches: &[B::FraudEstablished, B::NotEstablished],
    },
    Entry {
        id: ClauseId::Seller1a,
        name: "seller.1a",
        stage: Stage::Governing,
        summary: "The buyer marked the order paid without paying. Without valid proof of payment (an untampered receipt from an official banking source) in time, or if the buyer cannot be reached, the order is cancelled and the crypto returns to the seller.",
        decisions: &[D::RequestEvidence, D::CancelOrder],
        branches: &[
            B::BuyerUnreachable,
            B::ForgedProof,
            B::DeadlineRunning,
            B::DeadlinePassed,
        ],
    },
    Entry {
        id: ClauseId::Seller1b,
        name: "seller.1b",
        stage: Stage::Governing,
        summary: "The buyer has valid proof but the seller says the money did not arrive. The seller must back the claim with a bank statement in time; without one the crypto is released, with one the payment is traced with both banks.",
        decisions: &[D::RequestEvidence, D::ReleaseToBuyer, D::Escalate],
        branches: &[
            B::StatementWithoutTheFunds,
            B::StatementWithTheFunds,
            B::ForgedStatement,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::PaymentInTransit,
        ],
    },
    Entry {
        id: ClauseId::Seller1c,
        name: "seller.1c",
        stage: Stage::Governing,
        summary: "The buyer paid into an account the seller cannot access. Only the payment details on the system-logged order page bind: a buyer who followed them is protected; a buyer who paid elsewhere (chat, ad terms, outside messengers) bears the loss, and repeat offenders may be banned.",
        decisions: &[
            D::ReleaseToBuyer,
            D::CancelOrder,
            D::RequestEvidence,
            D::Escalate,
        ],
        branches: &[
            B::PaidToTheOrderPagesAccount,
            B::AccountToBeConfirmed,
            B::AccountCannotBeTold,
            B::InstructionsOtherThanTheOrderPage,
            B::PaidElsewhereFirstOffence,
            B::PaidElsewhereRepeatOffence,
            B::FundsBouncedBack,
            B::FundsPartlyBouncedBack,
            B::DeadlineRunning,
            B::DeadlinePassed,
        ],
    },
    Entry {
        id: ClauseId::Seller2a,
        name: "seller.2a",
        stage: Stage::Governing,
        summary: "The buyer paid less than the order amount. By default the buyer may top up the shortfall in time, else the seller refunds what was received and the order is cancelled; a policy may instead release the part that was paid for.",
        decisions: &[
            D::ReleaseToBuyer,
            D::RefundBuyer,
            D::CancelOrder,
            D::Escalate,
        ],
        branches: &[
            B::ToppedUp,
            B::DeadlineRunning,
            B::DeadlinePassed,
            B::Refunded,
            B::PartialRelease,
        ],
    },
    Entry {
        id: ClauseId::Seller3a,
        name: "seller.3a",
        stage: Stage::Governing,
        summary: "The buyer places orders with no intent to pay. Support investigates; once confirmed the buyer is permanently removed from P2P with no right of appeal.",
        decisions: &[D::Escalate, D::CancelOrder],
        branches: &[B::Confirmed, B::AtOrOverThreshold, B::BelowThreshold],
    },
    Entry {
        id: ClauseId::Seller4a,
        name: "seller.4a",
        stage: Stage::Governing,
        summary: "The seller's account was blocked after receiving the buyer's payment. The buyer's P2P access and withdrawals are held until resolved; the seller must show the buyer caused the block, then the buyer must cooperate with documents or be banned.",
        decisions: &[
            D::RequestEvidence,
            D::LiftRestrictions,
            D::Escalate,
            D::Closed,
            D::CancelOrder,
        ],
        branches: &[
            B::Agreement,
            B::SellerEvidenceRunning,
            B::SellerEvidenceMissed,
            B::ForgedEvidence,
            B::BuyerDocumentsRunning,
            B::BuyerDocumentsIn,
            B::BuyerDocumentsMissed,
        ],
    },
    Entry {
        id: ClauseId::Seller5a,
        name: "seller.5a",
        stage: Stage::Governing,
        summary: "The seller released without confirming payment and bears the loss; the platform does not intervene. A buyer who will not cooperate is suspended, and the seller may go to the police.",
        decisions: &[D::NoIntervention],
        branches: &[B::BuyerCooperative, B::BuyerUncooperative],
    },
    Entry {
        id: ClauseId::Seller6a,
        name: "seller.6a",
        stage: Stage::Governing,
        summary: "The buyer used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.",
        decisions: &[D::Escalate, D::Closed],
        branches: &[
            B::FlaggedInChat,
            B::ConfirmedFirstOffence,
            B::ConfirmedRepeatOffence,
            B::Unconfirmed,
        ],
    },
    Entry {
        id: ClauseId::Seller7a,
        name: "seller.7a",
        stage: Stage::Governing,
        summary: "The buyer committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.",
        decisions: &[D::Escalate, D::CancelOrder, D::ReleaseToBuyer, D::Closed],
        branches: &[B::FraudEstablished, B::NotEstablished, B::OverrulesARelease],
    },
    Entry {
        id: ClauseId::Timeliness,
        name: "disclaimers.timeliness",
        stage: Stage::Notice,
        summary: "Losses from not following support's instructions within the time given are the user's own.",
        decisions: &[],
        branches: &[B::NoticeGiven],
    },
    Entry {
        id: ClauseId::OffPlatform,
        name: "disclaimers.off_platform",
        stage: Stage::Notice,
        summary: "Trades, payments and arrangements made outside the platform are at the users' own risk; the platform is not liable for them.",
        decisions: &[],
        branches: &[B::NoticeGiven],
    },
    Entry {
        id: ClauseId::Channels,
        name: "disclaimers.channels",
        stage: Stage::Notice,
        summary: "Only the platform's own chat and support tools count; losses from outside channels (messengers, e-mail, phone) are not covered.",
        decisions: &[],
        branches: &[B::NoticeGiven],
    },
    Entry {
        id: ClauseId::Finality,
        name: "general.finality",
        stage: Stage::Notice,
        summary: "Support's decisions on disputes are final unless the rules say otherwise.",
        decisions: &[],
        branches: &[B::NoticeGiven],
    },
    Entry {
        id: ClauseId::GuideSteps,
        name: "guide.steps",
        stage: Stage::Governing,
        summary: "An admissible appeal goes to a support agent: the appellant opens the live chat, gives the order number and the issue, and the evidence is reviewed there.",
        decisions: &[D::Escalate],
        branches: &[B::Escalated],
    },
    Entry {
        id: ClauseId::GuideCompleted,
        name: "guide.completed",
        stage: Stage::Governing,
        summary: "The platform is an intermediary: payments are final once the order is completed, and it does not reopen completed orders unless one side was fraudulent or misleading.",
        decisions: &[D::NoIntervention],
        branches: &[B::NoIntervention],
    },
];

impl ClauseId {
    /// The catalogue entry, with the parameters [`clause_parameters!`] gives.
    const fn describe(self) -> ClauseSpec {
        let entry = &ENTRIES[self as usize];
        assert!(entry.id as usize == self as usize);
        ClauseSpec {
            id: self,
            name: entry.name,
            stage: entry.stage,
            summary: entry.summary,
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
