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
    /// The code of what the appellant complains of (`i18n/en/filing.ftl`).
    pub about: &'static str,
    /// The code of where it goes, before the facts are looked at.
    pub goes_to: &'static str,
    /// The codes of the facts that move it to another clause, if any.
    pub rerouted_when: &'static [&'static str],
}

use AppealType as T;

/// The codes of the re-routing every non-release appeal goes through (buyer 1.a and 1.b).
const NON_RELEASE_ROUTES: &[&str] = &[
    "filing.route.released",
    "filing.route.cancelled",
    "filing.route.no_payment",
    "filing.route.overpaid",
    "filing.route.underpaid",
    "filing.route.third_party",
    "filing.route.payer_cannot_tell",
    "filing.route.other_account",
    "filing.route.payment_not_received",
];

/// One entry per appeal type, in the order of the case format's list.
static SELLER_NOT_RELEASING: Filing = Filing {
    kind: T::SellerNotReleasing,
    about: "filing.seller_not_releasing.about",
    goes_to: "filing.seller_not_releasing.goes_to",
    rerouted_when: NON_RELEASE_ROUTES,
};

static SENSITIVE_REMARKS: Filing = Filing {
    kind: T::SensitiveRemarks,
    about: "filing.sensitive_remarks.about",
    goes_to: "filing.sensitive_remarks.goes_to",
    rerouted_when: &[],
};

static OVERPAID: Filing = Filing {
    kind: T::Overpaid,
    about: "filing.overpaid.about",
    goes_to: "filing.overpaid.goes_to",
    rerouted_when: &[],
};

static CANCELLED_AFTER_PAYMENT: Filing = Filing {
    kind: T::CancelledAfterPayment,
    about: "filing.cancelled_after_payment.about",
    goes_to: "filing.cancelled_after_payment.goes_to",
    rerouted_when: &[],
};

static OUT_OF_NORM_REQUEST: Filing = Filing {
    kind: T::OutOfNormRequest,
    about: "filing.out_of_norm_request.about",
    goes_to: "filing.out_of_norm_request.goes_to",
    rerouted_when: &[],
};

static OFFENSIVE_LANGUAGE: Filing = Filing {
    kind: T::OffensiveLanguage,
    about: "filing.offensive_language.about",
    goes_to: "filing.offensive_language.goes_to",
    rerouted_when: &[],
};

static FRAUD: Filing = Filing {
    kind: T::Fraud,
    about: "filing.fraud.about",
    goes_to: "filing.fraud.goes_to",
    rerouted_when: &[
        "filing.route.own_fraud",
        "filing.route.seller_fraud_third_party",
    ],
};

static PAYMENT_NOT_RECEIVED: Filing = Filing {
    kind: T::PaymentNotReceived,
    about: "filing.payment_not_received.about",
    goes_to: "filing.payment_not_received.goes_to",
    rerouted_when: &["filing.route.seller_third_party"],
};

static INACCESSIBLE_ACCOUNT: Filing = Filing {
    kind: T::InaccessibleAccount,
    about: "filing.inaccessible_account.about",
    goes_to: "filing.inaccessible_account.goes_to",
    rerouted_when: &[],
};

static UNDERPAID: Filing = Filing {
    kind: T::Underpaid,
    about: "filing.underpaid.about",
    goes_to: "filing.underpaid.goes_to",
    rerouted_when: &[],
};

static MALICIOUS_BUYING: Filing = Filing {
    kind: T::MaliciousBuying,
    about: "filing.malicious_buying.about",
    goes_to: "filing.malicious_buying.goes_to",
    rerouted_when: &[],
};

static ACCOUNT_BLOCKED: Filing = Filing {
    kind: T::AccountBlocked,
    about: "filing.account_blocked.about",
    goes_to: "filing.account_blocked.goes_to",
    rerouted_when: &[],
};

static RELEASED_WITHOUT_PAYMENT: Filing = Filing {
    kind: T::ReleasedWithoutPayment,
    about: "filing.released_without_payment.about",
    goes_to: "filing.released_without_payment.goes_to",
    rerouted_when: &[],
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

/// The clause registry's expansion for filings: the appeal types each governing clause can
/// be reached by ([`crate::model::clause::registry!`]).
macro_rules! filings {
    ($(
        $id:ident {
            name: $name:literal,
            stage: $stage:ident,
            decisions: $decisions:tt,
            branches: $branches:tt,
            $(decide: $decide:path, filed_as: [$($kind:ident),+ $(,)?],)?
            params: $params:tt,
        },
    )+) => {
        /// The appeal types that can reach `clause`: none for a clause that does not govern.
        fn reached_by(clause: ClauseId) -> &'static [AppealType] {
            match clause {
                $(ClauseId::$id => &[$($(AppealType::$kind),+)?],)+
            }
        }
    };
}

crate::model::clause::registry!(filings);

impl Filing {
    /// Every clause it can end up governed by (gates aside), in evaluation order.
    pub fn clauses(&self) -> impl Iterator<Item = ClauseId> + '_ {
        ClauseId::all().filter(|id| reached_by(*id).contains(&self.kind))
    }

    /// Who may file it: one party, or `None` for either.
    pub fn filed_by(&self) -> Option<Party> {
        self.kind.filed_by()
    }

    /// The code of who may file it, in the catalogues.
    pub fn filed_by_code(&self) -> &'static str {
        match self.filed_by() {
            Some(Party::Buyer) => "filing.filed_by.buyer",
            Some(Party::Seller) => "filing.filed_by.seller",
            None => "filing.filed_by.either",
        }
    }
}

/// The code of the rule that, whatever the clause, no clause releases to an established fraudster.
pub const FRAUD_OVERRULES: &str = "filing.fraud_overrules";

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
                let goes_to =
                    crate::vocab::catalogue::english_plain(&filing.goes_to.replace('.', "-"));
                if goes_to.contains(id.as_str()) {
                    assert!(filing.clauses().any(|c| c == id), "{} {id}", filing.kind);
                }
            }
        }
    }
}
