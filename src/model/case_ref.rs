//! References into the case file: the places a finding rests on.
//!
//! A reference is a value built from what the case holds — a field the format defines, or an
//! item of a list taken from the item itself — never a string written by hand, so it always
//! names a place of the format. It is written as its YAML path (`payments[0].payer_name`,
//! `timeline[2]`, `order.price`) or, for a chat line, by its id (`chat:c3`), and resolves to a
//! line of the file ([`crate::model::case::LoadedCase::line_of_ref`]): the line of the place
//! itself, or of the nearest enclosing one the file has (a finding may rest on a key the file
//! leaves out, such as a missing `order.reference_price`).

use std::fmt;

use crate::model::case::{ChatLine, Event, Evidence, LoadedCase, Payment};
use crate::vocab::decision::Party;

/// Declares the fields of the format a finding can rest on, each with its path.
macro_rules! fields {
    ($($field:ident = $path:literal),+ $(,)?) => {
        /// A field (or section) of the case format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($field),+
        }

        impl Field {
            /// Every field, for the tests that resolve them.
            pub const ALL: &'static [Field] = &[$(Field::$field),+];

            /// Its YAML path.
            pub const fn path(self) -> &'static str {
                match self {
                    $(Field::$field => $path),+
                }
            }
        }
    };
}

fields! {
    Appeal = "appeal",
    AppealAt = "appeal.at",
    AppealReason = "appeal.reason",
    AppealType = "appeal.type",
    BuyerVerifiedName = "buyer.verified_name",
    BuyerKyc = "buyer.kyc_verified",
    BuyerOffences = "buyer.history.offensive_language",
    BuyerUnpaidOrders = "buyer.history.unpaid_orders",
    BuyerViolations = "buyer.history.violations",
    SellerVerifiedName = "seller.verified_name",
    SellerKyc = "seller.kyc_verified",
    SellerOffences = "seller.history.offensive_language",
    SellerViolations = "seller.history.violations",
    OrderCreatedAt = "order.created_at",
    OrderAmount = "order.amount",
    OrderPrice = "order.price",
    OrderReferencePrice = "order.reference_price",
    OrderAdTerms = "order.ad_terms",
    OrderAccount = "order.payment_method.account",
    OrderPaymentMethod = "order.payment_method",
    FindingsFraud = "findings.fraud",
    FindingsMaliciousBuying = "findings.malicious_buying_confirmed",
    FindingsOffensiveLanguage = "findings.offensive_language_confirmed",
    FindingsRefundJustification = "findings.valid_refund_justification",
    FindingsReopen = "findings.reopen_approved",
    FindingsAccountPaid = "findings.account_paid",
    FindingsAccountHolder = "findings.paying_account_holder",
    Payments = "payments",
    Timeline = "timeline",
    Evidence = "evidence",
    Chat = "chat",
}

impl Field {
    /// `buyer.kyc_verified` or `seller.kyc_verified`.
    pub fn kyc_of(party: Party) -> Field {
        match party {
            Party::Buyer => Field::BuyerKyc,
            Party::Seller => Field::SellerKyc,
        }
    }

    /// The party's record of offensive language.
    pub fn offences_of(party: Party) -> Field {
        match party {
            Party::Buyer => Field::BuyerOffences,
            Party::Seller => Field::SellerOffences,
        }
    }
}

/// The lists of the format whose items a finding can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum List {
    Payments,
    Timeline,
    Evidence,
}

impl List {
    fn name(self) -> &'static str {
        match self {
            List::Payments => "payments",
            List::Timeline => "timeline",
            List::Evidence => "evidence",
        }
    }
}

/// A field of a payment, an event or an evidence item a finding can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemField {
    Amount,
    At,
    PayerName,
    ToAccount,
    Remarks,
    Proof,
    Instant,
    Tampered,
}

impl ItemField {
    fn key(self) -> &'static str {
        match self {
            ItemField::Amount => "amount",
            ItemField::At => "at",
            ItemField::PayerName => "payer_name",
            ItemField::ToAccount => "to_account",
            ItemField::Remarks => "remarks",
            ItemField::Proof => "proof",
            ItemField::Instant => "instant",
            ItemField::Tampered => "tampered",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Place {
    Field(Field),
    Item {
        list: List,
        index: usize,
        field: Option<ItemField>,
    },
    Chat {
        id: String,
    },
}

/// A place in the case file a finding rests on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseRef(Place);

impl CaseRef {
    pub fn field(field: Field) -> CaseRef {
        CaseRef(Place::Field(field))
    }

    pub fn payment(payment: &Payment) -> CaseRef {
        CaseRef::item(List::Payments, payment.index)
    }

    pub fn event(event: &Event) -> CaseRef {
        CaseRef::item(List::Timeline, event.index)
    }

    pub fn evidence(evidence: &Evidence) -> CaseRef {
        CaseRef::item(List::Evidence, evidence.index)
    }

    pub fn chat(line: &ChatLine) -> CaseRef {
        CaseRef(Place::Chat {
            id: line.id.value.clone(),
        })
    }

    fn item(list: List, index: usize) -> CaseRef {
        CaseRef(Place::Item {
            list,
            index,
            field: None,
        })
    }

    /// The same item's field: `payments[0]` → `payments[0].payer_name`. A reference that is not
    /// an item stays as it is.
    pub fn at(self, field: ItemField) -> CaseRef {
        match self.0 {
            Place::Item { list, index, .. } => CaseRef(Place::Item {
                list,
                index,
                field: Some(field),
            }),
            other => CaseRef(other),
        }
    }

    /// The line of the place in `case`'s file, or of the nearest enclosing place the file has
    /// (a key it leaves out resolves to the mapping that would hold it).
    pub fn line_in(&self, case: &LoadedCase) -> Option<usize> {
        self.paths().iter().find_map(|path| case.line_of(path))
    }

    /// Its path in the file, from the most precise to the least: the place itself, then each
    /// enclosing one (`payments[0].proof`, `payments[0]`, `payments`; `order.reference_price`,
    /// `order`), so that a place the file leaves out resolves to the nearest one it has.
    pub fn paths(&self) -> Vec<String> {
        match &self.0 {
            Place::Field(field) => {
                let path = field.path();
                let mut out = vec![path.to_string()];
                let mut rest = path;
                while let Some(dot) = rest.rfind('.') {
                    rest = &rest[..dot];
                    out.push(rest.to_string());
                }
                out
            }
            Place::Item { list, index, field } => {
                let item = format!("{}[{index}]", list.name());
                let mut out = Vec::with_capacity(3);
                if let Some(field) = field {
                    out.push(format!("{item}.{}", field.key()));
                }
                out.push(item);
                out.push(list.name().to_string());
                out
            }
            Place::Chat { id } => vec![format!("chat:{id}"), "chat".to_string()],
        }
    }
}

impl fmt::Display for CaseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Place::Field(field) => f.write_str(field.path()),
            Place::Item { list, index, field } => {
                write!(f, "{}[{index}]", list.name())?;
                match field {
                    Some(field) => write!(f, ".{}", field.key()),
                    None => Ok(()),
                }
            }
            Place::Chat { id } => write!(f, "chat:{id}"),
        }
    }
}

impl serde::Serialize for CaseRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_falls_back_to_the_sections_that_hold_it() {
        assert_eq!(
            CaseRef::field(Field::OrderAccount).paths(),
            [
                "order.payment_method.account",
                "order.payment_method",
                "order"
            ]
        );
        assert_eq!(CaseRef::field(Field::Payments).paths(), ["payments"]);
    }

    #[test]
    fn an_item_field_is_written_as_its_yaml_path() {
        let reference = CaseRef::item(List::Payments, 2).at(ItemField::PayerName);
        assert_eq!(reference.to_string(), "payments[2].payer_name");
        assert_eq!(
            reference.paths(),
            ["payments[2].payer_name", "payments[2]", "payments"]
        );
        assert_eq!(
            CaseRef::field(Field::AppealAt)
                .at(ItemField::At)
                .to_string(),
            "appeal.at"
        );
    }
}
