//! The catalogue of clauses: every gate, governing clause and cross-cutting rule the engine
//! knows, with its id, what it says in our words, the parameters it reads and the decisions it
//! can give. Policies attach a citation and parameter values to these ids.

use crate::decode::Choice;
use crate::ruling::Decision;

/// A clause the engine implements. The string form (`buyer.1a`) is what case and policy files use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClauseId {
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

impl Choice for ClauseId {
    const CHOICES: &'static [(&'static str, ClauseId)] = &[
        ("general.age_limit", ClauseId::AgeLimit),
        ("procedure.kyc", ClauseId::Kyc),
        ("procedure.timer", ClauseId::Timer),
        ("procedure.reason", ClauseId::Reason),
        ("procedure.evidence", ClauseId::Evidence),
        ("buyer.1a", ClauseId::Buyer1a),
        ("buyer.1b", ClauseId::Buyer1b),
        ("buyer.1c", ClauseId::Buyer1c),
        ("buyer.2a", ClauseId::Buyer2a),
        ("buyer.3a", ClauseId::Buyer3a),
        ("buyer.4a", ClauseId::Buyer4a),
        ("buyer.5a", ClauseId::Buyer5a),
        ("buyer.6a", ClauseId::Buyer6a),
        ("seller.1a", ClauseId::Seller1a),
        ("seller.1b", ClauseId::Seller1b),
        ("seller.1c", ClauseId::Seller1c),
        ("seller.2a", ClauseId::Seller2a),
        ("seller.3a", ClauseId::Seller3a),
        ("seller.4a", ClauseId::Seller4a),
        ("seller.5a", ClauseId::Seller5a),
        ("seller.6a", ClauseId::Seller6a),
        ("seller.7a", ClauseId::Seller7a),
        ("disclaimers.timeliness", ClauseId::Timeliness),
        ("disclaimers.off_platform", ClauseId::OffPlatform),
        ("disclaimers.channels", ClauseId::Channels),
        ("general.finality", ClauseId::Finality),
        ("guide.steps", ClauseId::GuideSteps),
        ("guide.completed", ClauseId::GuideCompleted),
    ];
}

impl ClauseId {
    pub fn as_str(self) -> &'static str {
        self.name()
    }

    pub fn all() -> impl Iterator<Item = ClauseId> {
        Self::CHOICES.iter().map(|(_, id)| *id)
    }

    /// The catalogue entry for this clause.
    pub fn spec(self) -> &'static ClauseSpec {
        CATALOGUE
            .iter()
            .find(|spec| spec.id == self)
            .expect("every clause id has a catalogue entry (checked by a test)")
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

/// Where a clause acts in the order of evaluation (SPEC §5).
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

/// The kind of value a parameter holds, for validation and for `policy show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A duration (`1h`, `2wd`, `18mo`).
    Duration,
    /// A percentage, 0 < p < 100.
    Percent,
    /// A whole number ≥ 0 (counts, days, decimals).
    Count,
    /// A list of words or phrases matched whole-word, case- and accent-insensitively.
    Terms,
    /// A sanction action name.
    Sanction,
    /// One of a fixed set of words.
    Mode(&'static [&'static str]),
}

/// A parameter a clause reads from the policy.
#[derive(Debug)]
pub struct ParamSpec {
    pub name: &'static str,
    pub kind: ParamKind,
    pub meaning: &'static str,
}

/// What the engine knows about a clause.
#[derive(Debug)]
pub struct ClauseSpec {
    pub id: ClauseId,
    pub stage: Stage,
    /// The rule in this project's words.
    pub summary: &'static str,
    pub params: &'static [ParamSpec],
    pub decisions: &'static [Decision],
    /// The paths through the clause that `appeal test --coverage` counts.
    pub branches: &'static [&'static str],
}

const fn param(name: &'static str, kind: ParamKind, meaning: &'static str) -> ParamSpec {
    ParamSpec {
        name,
        kind,
        meaning,
    }
}

use Decision as D;
use ParamKind as P;

/// Buyer 5.a and seller 6.a are one rule seen from either side; they read the same parameters.
const OFFENSIVE_LANGUAGE: &[ParamSpec] = &[
    param(
        "offensive_terms",
        P::Terms,
        "words in chat that support must review as offensive",
    ),
    param(
        "suspension_days",
        P::Count,
        "days of P2P suspension for a confirmed offence",
    ),
    param(
        "repeat_threshold",
        P::Count,
        "earlier confirmed offences at which a new one leads to a permanent ban",
    ),
];

/// Every clause, in evaluation order.
pub static CATALOGUE: &[ClauseSpec] = &[
    ClauseSpec {
        id: ClauseId::AgeLimit,
        stage: Stage::Gate,
        summary: "Appeals about orders older than the maximum age (counted in calendar months from order creation to the appeal) may be refused; support may reopen one case by case.",
        params: &[],
        decisions: &[D::RefusedOutOfTime],
        branches: &["fired", "not fired", "reopened"],
    },
    ClauseSpec {
        id: ClauseId::Kyc,
        stage: Stage::Gate,
        summary: "Both parties must have completed identity verification (KYC) for the appeal to be heard.",
        params: &[],
        decisions: &[D::Inadmissible],
        branches: &["fired", "not fired"],
    },
    ClauseSpec {
        id: ClauseId::Timer,
        stage: Stage::Gate,
        summary: "An appeal can only be filed once the order's countdown after \"mark as paid\" has run out.",
        params: &[],
        decisions: &[D::Inadmissible],
        branches: &["fired", "not fired"],
    },
    ClauseSpec {
        id: ClauseId::Reason,
        stage: Stage::Gate,
        summary: "An appeal must state its type and reason.",
        params: &[],
        decisions: &[D::Inadmissible],
        branches: &["fired", "not fired"],
    },
    ClauseSpec {
        id: ClauseId::Evidence,
        stage: Stage::Gate,
        summary: "The appellant must upload the evidence the procedure requires (e.g. proof of payment) before support acts.",
        params: &[],
        decisions: &[D::RequestEvidence, D::Inadmissible],
        branches: &["fired, waiting", "fired, deadline passed", "not fired"],
    },
    ClauseSpec {
        id: ClauseId::Buyer1a,
        stage: Stage::Governing,
        summary: "The seller refuses to release after a correct payment from the buyer's own account. Inside the acceptable price band, a seller who does not answer in time loses the crypto to the buyer; outside it, the seller must refund the full payment, the order is cancelled once the refund is confirmed, and an unjustified refusal or delay releases the crypto to the buyer.",
        params: &[
            param(
                "price_band_pct",
                P::Percent,
                "acceptable deviation of the order price from the reference price, ± percent",
            ),
            param(
                "seller_response",
                P::Duration,
                "time the seller has to answer after support contacts them",
            ),
            param(
                "refund_window",
                P::Duration,
                "time the seller has to refund when the price is out of band",
            ),
        ],
        decisions: &[
            D::ReleaseToBuyer,
            D::RefundBuyer,
            D::CancelOrder,
            D::RequestEvidence,
            D::Escalate,
            D::Closed,
        ],
        branches: &[
            "inside band",
            "outside band",
            "deadline running",
            "deadline passed",
            "refunded",
            "partly refunded",
            "no reference price",
            "third-party payment",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer1b,
        stage: Stage::Governing,
        summary: "The seller is slow to release. After an instant payment the seller has a short window to release; after a non-instant payment a longer one in working days, within which the seller must prove non-receipt with a bank statement or the payment is taken as received.",
        params: &[
            param(
                "instant_release",
                P::Duration,
                "release window after an instant (real-time) payment",
            ),
            param(
                "non_instant_release",
                P::Duration,
                "release window after a non-instant payment",
            ),
        ],
        decisions: &[
            D::ReleaseToBuyer,
            D::Escalate,
            D::RequestEvidence,
            D::CancelOrder,
            D::Closed,
        ],
        branches: &[
            "instant",
            "non-instant",
            "deadline running",
            "deadline passed",
            "bank statement without the funds",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer1c,
        stage: Stage::Governing,
        summary: "The seller holds back because the buyer's payment remarks contain sensitive words. Support asks the seller to either refund or release: a release is at the seller's sole risk, a refund is at the buyer's cost.",
        params: &[
            param(
                "decision_window",
                P::Duration,
                "time the seller has to choose refund or release",
            ),
            param(
                "sensitive_terms",
                P::Terms,
                "words in payment remarks that trigger this clause",
            ),
        ],
        decisions: &[D::SellerChoice, D::Closed, D::CancelOrder, D::Escalate],
        branches: &[
            "released",
            "refunded",
            "deadline running",
            "deadline passed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer2a,
        stage: Stage::Governing,
        summary: "The buyer paid more than the order amount. Support asks the seller to refund the excess; a seller who refuses or stays silent may have P2P access and assets frozen until it is resolved. Recovery is best effort and the platform is not liable for the buyer's mistake.",
        params: &[param(
            "refund_window",
            P::Duration,
            "time the seller has to refund the excess",
        )],
        decisions: &[D::RefundExcess, D::Closed],
        branches: &["refunded", "deadline running", "deadline passed"],
    },
    ClauseSpec {
        id: ClauseId::Buyer3a,
        stage: Stage::Governing,
        summary: "The buyer paid but the order was cancelled (timeout or mistake). Once payment is confirmed the seller must refund within the window; a seller who refuses or is silent may be frozen. The platform is not liable if the seller never refunds.",
        params: &[param(
            "refund_window",
            P::Duration,
            "time the seller has to refund",
        )],
        decisions: &[
            D::RequestEvidence,
            D::RefundBuyer,
            D::Closed,
            D::NoIntervention,
        ],
        branches: &[
            "no valid proof",
            "refunded",
            "deadline running",
            "deadline passed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer4a,
        stage: Stage::Governing,
        summary: "The seller makes demands outside the norm. Extra verification is allowed only if the ad's terms disclosed it and the buyer agrees; otherwise the order is cancelled. Other out-of-policy demands (contact details, outside channels, extra fees) cancel the order and draw a sanction on the seller.",
        params: &[
            param(
                "verification_terms",
                P::Terms,
                "words in the seller's chat that mean extra verification",
            ),
            param(
                "out_of_policy_terms",
                P::Terms,
                "words in the seller's chat that mean an out-of-policy demand",
            ),
            param(
                "seller_sanction",
                P::Sanction,
                "sanction for an out-of-policy demand, first offence",
            ),
            param(
                "repeat_threshold",
                P::Count,
                "earlier violations at which the demand counts as repeated (suspension)",
            ),
            param(
                "suspension_days",
                P::Count,
                "days of suspension for a repeated out-of-policy demand",
            ),
        ],
        decisions: &[D::Proceed, D::CancelOrder, D::RefundBuyer, D::Escalate],
        branches: &[
            "verification disclosed and agreed",
            "verification disclosed, never agreed",
            "verification not disclosed or refused",
            "out-of-policy, first offence",
            "out-of-policy, repeat offence",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer5a,
        stage: Stage::Governing,
        summary: "The seller used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.",
        params: OFFENSIVE_LANGUAGE,
        decisions: &[D::Escalate, D::Closed],
        branches: &[
            "flagged in chat",
            "confirmed, first offence",
            "confirmed, repeat offence",
            "unconfirmed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Buyer6a,
        stage: Stage::Governing,
        summary: "The seller committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.",
        params: &[],
        decisions: &[D::Escalate, D::ReleaseToBuyer, D::CancelOrder, D::Closed],
        branches: &["fraud established", "not established"],
    },
    ClauseSpec {
        id: ClauseId::Seller1a,
        stage: Stage::Governing,
        summary: "The buyer marked the order paid without paying. Without valid proof of payment (an untampered receipt from an official banking source) in time, or if the buyer cannot be reached, the order is cancelled and the crypto returns to the seller.",
        params: &[
            param(
                "buyer_proof_window",
                P::Duration,
                "time the buyer has to produce valid proof after support contacts them",
            ),
            param(
                "false_claim_sanction",
                P::Count,
                "days of P2P suspension for a buyer who marked paid without paying",
            ),
        ],
        decisions: &[D::RequestEvidence, D::CancelOrder],
        branches: &[
            "buyer unreachable",
            "forged proof",
            "deadline running",
            "deadline passed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller1b,
        stage: Stage::Governing,
        summary: "The buyer has valid proof but the seller says the money did not arrive. The seller must back the claim with a bank statement in time; without one the crypto is released, with one the payment is traced with both banks.",
        params: &[param(
            "seller_statement_window",
            P::Duration,
            "time the seller has to submit a bank statement",
        )],
        decisions: &[D::RequestEvidence, D::ReleaseToBuyer, D::Escalate],
        branches: &[
            "statement without the funds",
            "statement with the funds",
            "forged statement",
            "deadline running",
            "deadline passed",
            "payment in transit",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller1c,
        stage: Stage::Governing,
        summary: "The buyer paid into an account the seller cannot access. Only the payment details on the system-logged order page bind: a buyer who followed them is protected; a buyer who paid elsewhere (chat, ad terms, outside messengers) bears the loss, and repeat offenders may be banned.",
        params: &[
            param(
                "seller_response",
                P::Duration,
                "time the seller has to show the funds bounced back",
            ),
            param(
                "repeat_threshold",
                P::Count,
                "earlier violations at which the buyer is banned",
            ),
        ],
        decisions: &[D::ReleaseToBuyer, D::CancelOrder, D::Escalate],
        branches: &[
            "paid to the order page's account",
            "paid elsewhere, first offence",
            "paid elsewhere, repeat offence",
            "funds bounced back",
            "funds partly bounced back",
            "deadline running",
            "deadline passed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller2a,
        stage: Stage::Governing,
        summary: "The buyer paid less than the order amount. By default the buyer may top up the shortfall in time, else the seller refunds what was received and the order is cancelled; a policy may instead release the part that was paid for.",
        params: &[
            param(
                "mode",
                P::Mode(&["top_up_or_refund", "partial_release"]),
                "how an underpayment is settled",
            ),
            param(
                "top_up_window",
                P::Duration,
                "time the buyer has to pay the shortfall",
            ),
            param(
                "asset_decimals",
                P::Count,
                "decimal places the released asset quantity is rounded down to",
            ),
        ],
        decisions: &[
            D::ReleaseToBuyer,
            D::RefundBuyer,
            D::CancelOrder,
            D::Escalate,
        ],
        branches: &[
            "topped up",
            "deadline running",
            "deadline passed",
            "refunded",
            "partial release",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller3a,
        stage: Stage::Governing,
        summary: "The buyer places orders with no intent to pay. Support investigates; once confirmed the buyer is permanently removed from P2P with no right of appeal.",
        params: &[param(
            "unpaid_threshold",
            P::Count,
            "unpaid orders in the platform's history that open an investigation",
        )],
        decisions: &[D::Escalate, D::CancelOrder],
        branches: &["confirmed", "at or over threshold", "below threshold"],
    },
    ClauseSpec {
        id: ClauseId::Seller4a,
        stage: Stage::Governing,
        summary: "The seller's account was blocked after receiving the buyer's payment. The buyer's P2P access and withdrawals are held until resolved; the seller must show the buyer caused the block, then the buyer must cooperate with documents or be banned.",
        params: &[
            param(
                "evidence_window",
                P::Duration,
                "time the seller has to prove the buyer caused the block",
            ),
            param(
                "buyer_docs_window",
                P::Duration,
                "time the buyer has to submit documents once the seller's evidence is in",
            ),
        ],
        decisions: &[
            D::RequestEvidence,
            D::LiftRestrictions,
            D::Escalate,
            D::Closed,
            D::CancelOrder,
        ],
        branches: &[
            "agreement",
            "seller evidence running",
            "seller evidence missed",
            "forged evidence",
            "buyer documents running",
            "buyer documents in",
            "buyer documents missed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller5a,
        stage: Stage::Governing,
        summary: "The seller released without confirming payment and bears the loss; the platform does not intervene. A buyer who will not cooperate is suspended, and the seller may go to the police.",
        params: &[],
        decisions: &[D::NoIntervention],
        branches: &["buyer cooperative", "buyer uncooperative"],
    },
    ClauseSpec {
        id: ClauseId::Seller6a,
        stage: Stage::Governing,
        summary: "The buyer used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.",
        params: OFFENSIVE_LANGUAGE,
        decisions: &[D::Escalate, D::Closed],
        branches: &[
            "flagged in chat",
            "confirmed, first offence",
            "confirmed, repeat offence",
            "unconfirmed",
        ],
    },
    ClauseSpec {
        id: ClauseId::Seller7a,
        stage: Stage::Governing,
        summary: "The buyer committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.",
        params: &[],
        decisions: &[D::Escalate, D::CancelOrder, D::ReleaseToBuyer, D::Closed],
        branches: &[
            "fraud established",
            "not established",
            "overrules a release",
        ],
    },
    ClauseSpec {
        id: ClauseId::Timeliness,
        stage: Stage::Notice,
        summary: "Losses from not following support's instructions within the time given are the user's own.",
        params: &[],
        decisions: &[],
        branches: &["notice given"],
    },
    ClauseSpec {
        id: ClauseId::OffPlatform,
        stage: Stage::Notice,
        summary: "Trades, payments and arrangements made outside the platform are at the users' own risk; the platform is not liable for them.",
        params: &[],
        decisions: &[],
        branches: &["notice given"],
    },
    ClauseSpec {
        id: ClauseId::Channels,
        stage: Stage::Notice,
        summary: "Only the platform's own chat and support tools count; losses from outside channels (messengers, e-mail, phone) are not covered.",
        params: &[param(
            "channel_terms",
            P::Terms,
            "names of outside channels that draw this notice when they appear in chat",
        )],
        decisions: &[],
        branches: &["notice given"],
    },
    ClauseSpec {
        id: ClauseId::Finality,
        stage: Stage::Notice,
        summary: "Support's decisions on disputes are final unless the rules say otherwise.",
        params: &[],
        decisions: &[],
        branches: &["notice given"],
    },
    ClauseSpec {
        id: ClauseId::GuideSteps,
        stage: Stage::Governing,
        summary: "An admissible appeal goes to a support agent: the appellant opens the live chat, gives the order number and the issue, and the evidence is reviewed there.",
        params: &[],
        decisions: &[D::Escalate],
        branches: &["escalated"],
    },
    ClauseSpec {
        id: ClauseId::GuideCompleted,
        stage: Stage::Governing,
        summary: "The platform is an intermediary: payments are final once the order is completed, and it does not reopen completed orders unless one side was fraudulent or misleading.",
        params: &[],
        decisions: &[D::NoIntervention],
        branches: &["no intervention"],
    },
];

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
