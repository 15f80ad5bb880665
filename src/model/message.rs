//! What a ruling says, as data: a stable code and the typed values it states. Words are made
//! from it only at the rendering edge (`report::words`), in the reader's language, from the
//! message catalogues (`i18n/`); the engine never builds a sentence.
//!
//! Each module that says something declares its messages once with [`messages!`]: the code, its
//! meaning (the doc comment, which `appeal schema ruling` lists), and the values it takes, typed.
//! A constructor per message takes exactly those values, so a message cannot be built with a
//! value missing or of the wrong kind.

use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;

use crate::model::case_ref::CaseRef;
use crate::model::clause::ClauseId;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction};
use crate::vocab::duration::PolicyDuration;

/// A message's stable code: lower-case, dotted, scoped by the clause or part that says it
/// (`buyer.1a.inside_band`, `window.running`). The same in every language and release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(pub &'static str);

impl Code {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// A message as data: its code and its values, in the order the code declares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub code: Code,
    pub values: Vec<(&'static str, Value)>,
}

impl Message {
    pub fn new(code: Code, values: Vec<(&'static str, Value)>) -> Message {
        Message { code, values }
    }

    /// The value called `name`, if the message has one.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }
}

/// One value a message states, typed: how it is written depends on the language and the format
/// (a time on the ruling's clock for people, RFC 3339 in JSON), never on the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A moment, already on the ruling's clock.
    Time(DateTime<FixedOffset>),
    /// An amount of the order's fiat.
    Money {
        amount: Decimal,
        currency: String,
    },
    /// A quantity of the order's asset.
    Quantity {
        amount: Decimal,
        asset: String,
    },
    /// A plain decimal: a price, a percentage, a tolerance.
    Decimal(Decimal),
    /// A signed deviation in percent, written with its sign and two decimals (`+12.46`).
    Deviation(Decimal),
    /// A whole number (counts, days, thresholds).
    Count(u64),
    /// A length of time as the policy writes it (`24h`, `2wd`).
    Duration(PolicyDuration),
    Party(Party),
    Actor(Actor),
    Decision(Decision),
    Sanction(SanctionAction),
    /// A word of the case format from a fixed list, named by its list (`evidence_kind`,
    /// `verification_kind`, `stance`…) and its id (`bank_statement`).
    Word {
        list: &'static str,
        id: &'static str,
    },
    /// A name the policy gives a thing (a kind of verification, a parameter): shown as it is.
    Name(String),
    /// Text quoted from the case or the policy (a chat line, a payer name, an account): shown
    /// as written, escaped by each renderer.
    Quote(String),
    Clause(ClauseId),
    /// A place in the case file.
    Ref(CaseRef),
    /// Several values, written as a list (`a, b, c`).
    List(Vec<Value>),
    /// Several values, written as a list whose last two are joined by the language's "and".
    AndList(Vec<Value>),
    /// Several values that are themselves lists, written apart (`a (x, y); b (z)`).
    Series(Vec<Value>),
    /// A yes-or-no that a message's wording selects on.
    Flag(bool),
    /// Another message, written in place (`extra verification demanded: {what}`).
    Said(Box<Message>),
}

impl From<DateTime<FixedOffset>> for Value {
    fn from(time: DateTime<FixedOffset>) -> Value {
        Value::Time(time)
    }
}
impl From<Decimal> for Value {
    fn from(decimal: Decimal) -> Value {
        Value::Decimal(decimal)
    }
}
impl From<u32> for Value {
    fn from(count: u32) -> Value {
        Value::Count(u64::from(count))
    }
}
impl From<usize> for Value {
    fn from(count: usize) -> Value {
        Value::Count(count as u64)
    }
}
impl From<PolicyDuration> for Value {
    fn from(duration: PolicyDuration) -> Value {
        Value::Duration(duration)
    }
}
impl From<Party> for Value {
    fn from(party: Party) -> Value {
        Value::Party(party)
    }
}
impl From<Actor> for Value {
    fn from(actor: Actor) -> Value {
        Value::Actor(actor)
    }
}
impl From<Decision> for Value {
    fn from(decision: Decision) -> Value {
        Value::Decision(decision)
    }
}
impl From<SanctionAction> for Value {
    fn from(action: SanctionAction) -> Value {
        Value::Sanction(action)
    }
}
impl From<ClauseId> for Value {
    fn from(clause: ClauseId) -> Value {
        Value::Clause(clause)
    }
}
impl From<CaseRef> for Value {
    fn from(reference: CaseRef) -> Value {
        Value::Ref(reference)
    }
}
impl From<bool> for Value {
    fn from(flag: bool) -> Value {
        Value::Flag(flag)
    }
}
impl From<Message> for Value {
    fn from(message: Message) -> Value {
        Value::Said(Box::new(message))
    }
}

/// An amount of fiat, for a message.
pub struct Money<'a>(pub Decimal, pub &'a str);
impl From<Money<'_>> for Value {
    fn from(Money(amount, currency): Money<'_>) -> Value {
        Value::Money {
            amount,
            currency: currency.to_string(),
        }
    }
}

/// A quantity of the asset, for a message.
pub struct Quantity<'a>(pub Decimal, pub &'a str);
impl From<Quantity<'_>> for Value {
    fn from(Quantity(amount, asset): Quantity<'_>) -> Value {
        Value::Quantity {
            amount,
            asset: asset.to_string(),
        }
    }
}

/// A signed deviation in percent, for a message.
pub struct Deviation(pub Decimal);
impl From<Deviation> for Value {
    fn from(Deviation(percent): Deviation) -> Value {
        Value::Deviation(percent)
    }
}

/// Text quoted from an input, for a message.
pub struct Quote<'a>(pub &'a str);
impl From<Quote<'_>> for Value {
    fn from(Quote(text): Quote<'_>) -> Value {
        Value::Quote(text.to_string())
    }
}

/// A name the policy gives a thing, for a message.
pub struct Name<'a>(pub &'a str);
impl From<Name<'_>> for Value {
    fn from(Name(text): Name<'_>) -> Value {
        Value::Name(text.to_string())
    }
}

/// A word of the case format from one of its lists, for a message.
pub struct Word(pub &'static str, pub &'static str);
impl From<Word> for Value {
    fn from(Word(list, id): Word) -> Value {
        Value::Word { list, id }
    }
}

/// Values written as a list, for a message.
pub struct List(pub Vec<Value>);
impl From<List> for Value {
    fn from(List(items): List) -> Value {
        Value::List(items)
    }
}

/// Values written as a list joined by "and", for a message.
pub struct AndList(pub Vec<Value>);
impl From<AndList> for Value {
    fn from(AndList(items): AndList) -> Value {
        Value::AndList(items)
    }
}

/// Values that are themselves lists, written apart from each other, for a message.
pub struct Series(pub Vec<Value>);
impl From<Series> for Value {
    fn from(Series(items): Series) -> Value {
        Value::Series(items)
    }
}

/// What a ruling says at one place: always a message, with its code and values (the engine
/// writes no sentence of its own; the words are the catalogues').
pub type Said = Message;

/// What `appeal schema ruling` and the catalogue tests know of a code: its meaning and the
/// values it states.
#[derive(Debug, Clone, Copy)]
pub struct CodeSpec {
    pub code: Code,
    pub meaning: &'static str,
    pub values: &'static [&'static str],
}

/// Declares messages: for each, a constructor taking its values, and the list [`CODES`] of
/// their specs, in the module where they are said.
///
/// ```ignore
/// messages! {
///     /// The order price is inside the band: the crypto is due to the buyer.
///     inside_band = "buyer.1a.inside_band" (deviation: Deviation, band: Decimal);
/// }
/// ```
macro_rules! messages {
    ($($(#[doc = $doc:literal])+ $name:ident = $code:literal ($($value:ident: $ty:ty),* $(,)?);)+) => {
        $(
            $(#[doc = $doc])+
            #[allow(clippy::too_many_arguments)]
            pub fn $name($($value: $ty),*) -> $crate::model::message::Message {
                $crate::model::message::Message::new(
                    $crate::model::message::Code($code),
                    vec![$((stringify!($value), $crate::model::message::Value::from($value))),*],
                )
            }
        )+

        /// The codes said here, each with its meaning and values.
        pub const CODES: &[$crate::model::message::CodeSpec] = &[$(
            $crate::model::message::CodeSpec {
                code: $crate::model::message::Code($code),
                meaning: concat!($($doc),+),
                values: &[$(stringify!($value)),*],
            }
        ),+];
    };
}
pub(crate) use messages;

impl crate::model::case::EvidenceKind {
    /// The kind as a word of the rulings' catalogues (`evidence_kind-payment_receipt`). Said
    /// here rather than in `case`, so that the case model does not import the messages that
    /// refer back to it.
    pub fn word(self) -> Word {
        Word("evidence_kind", crate::vocab::words::Choice::name(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod said {
        use super::super::{Deviation, Money};
        use rust_decimal::Decimal;
        messages! {
            /// A test message.
            priced = "test.priced" (deviation: Deviation, paid: Money, band: Decimal);
        }
    }

    #[test]
    fn a_message_carries_its_code_and_typed_values_in_order() {
        let message = said::priced(
            Deviation(Decimal::new(1246, 2)),
            Money(Decimal::from(65000), "PHP"),
            Decimal::from(10),
        );
        assert_eq!(message.code, Code("test.priced"));
        let names: Vec<&str> = message.values.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["deviation", "paid", "band"]);
        assert_eq!(
            message.value("paid"),
            Some(&Value::Money {
                amount: Decimal::from(65000),
                currency: "PHP".to_string()
            })
        );
        assert_eq!(said::CODES[0].values, ["deviation", "paid", "band"]);
        assert_eq!(said::CODES[0].meaning.trim(), "A test message.");
    }
}
