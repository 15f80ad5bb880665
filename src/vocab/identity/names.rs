//! Person names compared as identities. (Skeleton: compares as `matching::same_name` did; the
//! conventions per script come next.)

use super::Identity;
use crate::vocab::matching;

/// Two names compared: the outcome and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameComparison {
    pub outcome: Identity,
}

/// Whether `a` and `b` name the same person.
pub fn compare(a: &str, b: &str) -> NameComparison {
    let outcome = if matching::same_name(a, b) {
        Identity::Same
    } else {
        Identity::Different
    };
    NameComparison { outcome }
}
