//! Payment accounts compared as accounts. (Skeleton: compares as `matching::same_account` did;
//! IBAN, phone wallets and labelled keys come next.)

use super::Identity;
use crate::vocab::matching;

/// Two accounts compared: the outcome and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountComparison {
    pub outcome: Identity,
}

/// Whether `a` and `b` are the same account.
pub fn compare(a: &str, b: &str) -> AccountComparison {
    let outcome = if matching::same_account(a, b) {
        Identity::Same
    } else {
        Identity::Different
    };
    AccountComparison { outcome }
}
