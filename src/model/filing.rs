//! The appeal types a case can be filed under, for people: what each is about, who may file it,
//! the clause it goes to and the facts that move it elsewhere. `appeal explain TYPE` prints
//! these; `docs/case-format.md` ("Which clause decides") has the same table; `appeal new`
//! starts a case from them.

use crate::model::case::AppealType;
use crate::model::clause::ClauseId;
use crate::vocab::decision::Party;

/// One appeal type in words.
#[derive(Debug)]
pub struct Filing {
    pub kind: AppealType,
    /// What the appellant complains of.
    pub about: &'static str,
    /// Where it goes, before the facts are looked at.
    pub goes_to: &'static str,
    /// The facts that move it to another clause, if any.
    pub rerouted_when: &'static [&'static str],
    /// Every clause it can end up governed by (gates aside).
    pub clauses: &'static [ClauseId],
}

use AppealType as T;
use ClauseId as C;

/// The re-routing every non-release appeal goes through (buyer 1.a and 1.b).
const NON_RELEASE_ROUTES: &[&str] = &[
    "the crypto was already released (a `released` event) → the appeal is `closed`",
    "the order was cancelled (a `cancelled` event) → buyer.3a",
    "no payment is on file → support asks the buyer for proof; none in time → `cancel_order`",
    "the payments add up to more than order.amount (beyond the policy's tolerance) → buyer.2a",
    "they add up to less, or reach it only by a top-up after seller 2.a's window → seller.2a",
    "a payer_name names another person than the buyer's verified_name → refund only, under buyer.1a",
    "a payer_name cannot tell (a word missing, an initial) → buyer.1a waits while support verifies who holds the paying account (findings.paying_account_holder)",
    "a payment went to an account other than the order page's → seller.1c",
    "under buyer.1a, the seller `responded` with `payment_not_received` → seller.1b (seller.1a without valid proof)",
];

/// One entry per appeal type, in the order of the case format's list.
static SELLER_NOT_RELEASING: Filing = Filing {
    kind: T::SellerNotReleasing,
    about: "The buyer paid and the seller has not released the crypto.",
    goes_to: "buyer.1c if a payment's remarks contain a sensitive word; else buyer.1a if the \
              seller refused (`responded` with `refuses`) or asked to cancel \
              (`cancel_requested`); else buyer.1b",
    rerouted_when: NON_RELEASE_ROUTES,
    clauses: &[
        C::Buyer1a,
        C::Buyer1b,
        C::Buyer1c,
        C::Buyer2a,
        C::Buyer3a,
        C::Seller1a,
        C::Seller1b,
        C::Seller1c,
        C::Seller2a,
    ],
};

static SENSITIVE_REMARKS: Filing = Filing {
    kind: T::SensitiveRemarks,
    about: "The seller holds back because the buyer's payment remarks contain sensitive words \
            (crypto, an exchange's name…).",
    goes_to: "buyer.1c",
    rerouted_when: &[],
    clauses: &[C::Buyer1c],
};

static OVERPAID: Filing = Filing {
    kind: T::Overpaid,
    about: "The buyer paid more than the order amount and wants the excess back.",
    goes_to: "buyer.2a",
    rerouted_when: &[],
    clauses: &[C::Buyer2a],
};

static CANCELLED_AFTER_PAYMENT: Filing = Filing {
    kind: T::CancelledAfterPayment,
    about: "The buyer paid but the order was cancelled (timeout or mistake).",
    goes_to: "buyer.3a",
    rerouted_when: &[],
    clauses: &[C::Buyer3a],
};

static OUT_OF_NORM_REQUEST: Filing = Filing {
    kind: T::OutOfNormRequest,
    about: "The seller demands something outside the norm: extra verification, contact \
            details, another channel, a fee.",
    goes_to: "buyer.4a",
    rerouted_when: &[],
    clauses: &[C::Buyer4a],
};

static OFFENSIVE_LANGUAGE: Filing = Filing {
    kind: T::OffensiveLanguage,
    about: "The other side used offensive language.",
    goes_to: "buyer.5a when the buyer files, seller.6a when the seller files",
    rerouted_when: &[],
    clauses: &[C::Buyer5a, C::Seller6a],
};

static FRAUD: Filing = Filing {
    kind: T::Fraud,
    about: "The other side committed fraud (forged documents, a false claim).",
    goes_to: "buyer.6a when the buyer files, seller.7a when the seller files",
    rerouted_when: &[
        "the fraud established (findings.fraud, or tampered evidence) is the appellant's own → the other side's fraud clause",
        "filed by the seller, no fraud established, and a proven payment's payer_name names another person than the buyer → refund only, under buyer.1a (cannot tell → buyer.1a waits on verification)",
    ],
    clauses: &[C::Buyer6a, C::Seller7a, C::Buyer1a],
};

static PAYMENT_NOT_RECEIVED: Filing = Filing {
    kind: T::PaymentNotReceived,
    about: "The buyer marked the order paid, but the seller has not received the money.",
    goes_to: "seller.1a if no payment has valid proof (evidence with official_source: true, \
              not tampered); else seller.1b",
    rerouted_when: &[
        "a proven payment's payer_name names another person than the buyer → refund only, under buyer.1a (cannot tell → buyer.1a waits on verification)",
    ],
    clauses: &[C::Seller1a, C::Seller1b, C::Buyer1a],
};

static INACCESSIBLE_ACCOUNT: Filing = Filing {
    kind: T::InaccessibleAccount,
    about: "The buyer paid into an account the seller cannot access.",
    goes_to: "seller.1c",
    rerouted_when: &[],
    clauses: &[C::Seller1c],
};

static UNDERPAID: Filing = Filing {
    kind: T::Underpaid,
    about: "The buyer paid less than the order amount.",
    goes_to: "seller.2a",
    rerouted_when: &[],
    clauses: &[C::Seller2a],
};

static MALICIOUS_BUYING: Filing = Filing {
    kind: T::MaliciousBuying,
    about: "The buyer places orders with no intent to pay.",
    goes_to: "seller.3a",
    rerouted_when: &[],
    clauses: &[C::Seller3a],
};

static ACCOUNT_BLOCKED: Filing = Filing {
    kind: T::AccountBlocked,
    about: "The seller's account was blocked after receiving the buyer's payment.",
    goes_to: "seller.4a",
    rerouted_when: &[],
    clauses: &[C::Seller4a],
};

static RELEASED_WITHOUT_PAYMENT: Filing = Filing {
    kind: T::ReleasedWithoutPayment,
    about: "The seller released the crypto without confirming the payment, and the money \
            never came.",
    goes_to: "seller.5a",
    rerouted_when: &[],
    clauses: &[C::Seller5a],
};

/// The entry for `kind`: one arm per appeal type and no catch-all, so a new type cannot go
/// without one.
pub fn of(kind: AppealType) -> &'static Filing {
    match kind {
        T::SellerNotReleasing => &SELLER_NOT_RELEASING,
        T::SensitiveRemarks => &SENSITIVE_REMARKS,
        T::Overpaid => &OVERPAID,
        T::CancelledAfterPayment => &CANCELLED_AFTER_PAYMENT,
        T::OutOfNormRequest => &OUT_OF_NORM_REQUEST,
        T::OffensiveLanguage => &OFFENSIVE_LANGUAGE,
        T::Fraud => &FRAUD,
        T::PaymentNotReceived => &PAYMENT_NOT_RECEIVED,
        T::InaccessibleAccount => &INACCESSIBLE_ACCOUNT,
        T::Underpaid => &UNDERPAID,
        T::MaliciousBuying => &MALICIOUS_BUYING,
        T::AccountBlocked => &ACCOUNT_BLOCKED,
        T::ReleasedWithoutPayment => &RELEASED_WITHOUT_PAYMENT,
    }
}

/// Every entry, in the order appeal types are listed.
pub fn all() -> impl Iterator<Item = &'static Filing> {
    <AppealType as crate::vocab::words::Choice>::CHOICES
        .iter()
        .map(|(_, kind)| of(*kind))
}

impl Filing {
    /// Who may file it: one party, or `None` for either.
    pub fn filed_by(&self) -> Option<Party> {
        self.kind.filed_by()
    }

    /// Who may file it, in words.
    pub fn filed_by_in_words(&self) -> &'static str {
        match self.filed_by() {
            Some(Party::Buyer) => "the buyer",
            Some(Party::Seller) => "the seller",
            None => "either party",
        }
    }
}

/// Whatever the clause: the rule that no clause releases to an established fraudster.
pub const FRAUD_OVERRULES: &str = "a ruling that would release the crypto to a buyer whose fraud is established (findings.fraud, or tampered evidence the buyer submitted) goes to seller.7a instead";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::words::Choice;

    #[test]
    fn each_appeal_type_has_its_own_entry() {
        for (name, kind) in AppealType::CHOICES {
            assert_eq!(of(*kind).kind, *kind, "{name}");
        }
    }

    #[test]
    fn every_clause_named_in_words_is_listed() {
        for filing in all() {
            for id in ClauseId::all() {
                if filing.goes_to.contains(id.as_str()) {
                    assert!(filing.clauses.contains(&id), "{} {id}", filing.kind);
                }
            }
        }
    }
}
