//! Who someone is and where money went: person names compared as identities ([`names`]) and
//! payment accounts compared as accounts ([`accounts`]). Each comparison has three outcomes,
//! and "cannot tell" is never ruled as either of the other two.

pub mod accounts;
pub mod names;

/// What a comparison of two written identities found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Identity {
    /// The same person (or account), however differently written.
    Same,
    /// Another person (or account).
    Different,
    /// The forms neither prove nor rule out one identity (a word missing, an initial, a
    /// spelling two conventions disagree on): someone must verify.
    CannotTell,
}

impl Identity {
    /// The word for it: `same`, `different`, `cannot_tell`.
    pub fn as_str(self) -> &'static str {
        match self {
            Identity::Same => "same",
            Identity::Different => "different",
            Identity::CannotTell => "cannot_tell",
        }
    }
}
