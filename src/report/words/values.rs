//! A message's values as Fluent arguments: each written for people in the reader's language.
//!
//! Times are written to the minute with their offset (`2025-06-02 10:40 +08:00`), amounts with
//! their currency or asset, decimals exactly as held. Words of the format (a party, a kind of
//! evidence) are passed twice: in the reader's language under the value's name, and as their
//! id under `NAME_id`, for a translation whose grammar selects on it. Counts are passed as
//! numbers, so that a translation can select the plural form.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::model::message::{Message, Value};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Minute;

use super::Words;

/// The arguments of `message` for `words`' language.
pub(super) fn args<'a>(words: &Words, message: &'a Message) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in &message.values {
        match value {
            Value::Count(count) => args.set(*name, FluentValue::from(*count)),
            _ => args.set(*name, text(words, value)),
        }
        if let Some(id) = word_id(value) {
            args.set(format!("{name}_id"), id);
        }
    }
    args
}

/// The id of a value that is a word of the format, for selectors.
fn word_id(value: &Value) -> Option<&'static str> {
    match value {
        Value::Party(party) => Some(party.as_str()),
        Value::Actor(actor) => Some(actor.as_str()),
        Value::Word { id, .. } => Some(id),
        Value::Flag(true) => Some("yes"),
        Value::Flag(false) => Some("no"),
        _ => None,
    }
}

/// `value` written for people in `words`' language.
pub(super) fn text(words: &Words, value: &Value) -> String {
    match value {
        Value::Party(party) => words.word(&format!("party-{party}")),
        Value::Actor(actor) => words.word(&format!("party-{actor}")),
        Value::Word { list, id } => words.word(&format!("{list}-{id}")),
        Value::Duration(duration) => duration_text(words, *duration),
        Value::Said(message) => words.say(message),
        Value::List(items) => items
            .iter()
            .map(|item| text(words, item))
            .collect::<Vec<_>>()
            .join(&words.word("list-separator")),
        Value::AndList(items) => and_list(words, items),
        Value::Series(items) => items
            .iter()
            .map(|item| text(words, item))
            .collect::<Vec<_>>()
            .join(&words.word("list-series_separator")),
        Value::Flag(flag) => if *flag { "yes" } else { "no" }.to_string(),
        other => plain(other),
    }
}

/// "a, b and c", with the language's separator and last joiner ("أ، ب وج" in Arabic).
fn and_list(words: &Words, items: &[Value]) -> String {
    let texts: Vec<String> = items.iter().map(|item| text(words, item)).collect();
    match texts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(&words.word("list-separator")),
            words.word("list-and")
        ),
    }
}

/// "24 hours", "2 working days", in the language.
fn duration_text(words: &Words, duration: PolicyDuration) -> String {
    let (unit, n) = match duration {
        PolicyDuration::Minutes(n) => ("minutes", n),
        PolicyDuration::Hours(n) => ("hours", n),
        PolicyDuration::Days(n) => ("days", n),
        PolicyDuration::WorkingDays(n) => ("working_days", n),
        PolicyDuration::Months(n) => ("months", n),
    };
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    words
        .format(&format!("duration-{unit}"), &args)
        .unwrap_or_else(|| duration.to_string())
}

/// `value` in a form that needs no catalogue: what the code of a word is, a time to the
/// minute, an amount with its currency.
pub(super) fn plain(value: &Value) -> String {
    match value {
        Value::Time(time) => Minute(time).to_string(),
        Value::Money { amount, currency } => format!("{amount} {currency}"),
        Value::Quantity { amount, asset } => format!("{amount} {asset}"),
        Value::Decimal(decimal) => decimal.to_string(),
        Value::Deviation(percent) => format!("{:+.2}", percent.round_dp(2)),
        Value::Count(count) => count.to_string(),
        Value::Duration(duration) => duration.to_string(),
        Value::Party(party) => party.to_string(),
        Value::Actor(actor) => actor.to_string(),
        Value::Decision(decision) => decision.to_string(),
        Value::Sanction(action) => action.to_string(),
        Value::Word { id, .. } => id.to_string(),
        Value::Name(text) | Value::Quote(text) => text.clone(),
        Value::Clause(clause) => clause.to_string(),
        Value::Ref(reference) => reference.to_string(),
        Value::List(items) | Value::AndList(items) => {
            items.iter().map(plain).collect::<Vec<_>>().join(", ")
        }
        Value::Series(items) => items.iter().map(plain).collect::<Vec<_>>().join("; "),
        Value::Flag(flag) => flag.to_string(),
        Value::Said(message) => format!("[{}]", message.code),
    }
}
