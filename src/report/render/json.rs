//! The ruling as JSON (`--format json`, one object per line): the ruling's data, with each
//! message's code and typed values beside its text in the reader's language. `appeal schema
//! ruling` is the JSON Schema of [`RulingJson`].

use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

use crate::model::case::Case;
use crate::model::message::{Message, Said, Value};
use crate::model::ruling::{FollowUp, Notice, PolicyRef, Reason, Ruling, Sanction, TraceStep};
use crate::report::render::view::Told;
use crate::report::words::Words;
use crate::vocab::decision::{Actor, Decision, FollowUpOwner, Party, Status};

/// The JSON form of a ruling.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RulingJson<'a> {
    /// Version of this JSON form; bumped on any incompatible change.
    pub schema_version: u32,
    pub tool_version: &'a str,
    /// The case id (`case:`).
    pub case: &'a str,
    /// Hex SHA-256 of the case file exactly as read.
    pub case_sha256: &'a str,
    pub order_id: &'a str,
    pub policy: &'a PolicyRef,
    /// The moment of the ruling, RFC 3339, on the ruling's clock.
    #[schemars(with = "String")]
    pub as_of: DateTime<FixedOffset>,
    pub decision: Decision,
    pub status: Status,
    /// The clause that governs the ruling (after re-routing), or the gate that decided.
    pub clause: String,
    /// The clause the appeal was filed under, before the facts re-routed it.
    pub filed_clause: String,
    /// The decision's amount, a decimal string: fiat for a refund, the asset for a partial
    /// release.
    #[serde(skip_serializing_if = "Option::is_none", with = "opt_decimal")]
    #[schemars(with = "Option<String>")]
    pub amount: Option<Decimal>,
    /// When a pending ruling's wait ends, RFC 3339.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub next_deadline: Option<DateTime<FixedOffset>>,
    /// Entries of the case file later than `as_of` and so left out (a replay with `--as-of`).
    pub ignored_after_as_of: usize,
    pub rationale: Vec<ReasonJson<'a>>,
    pub follow_ups: Vec<FollowUpJson<'a>>,
    pub sanctions: &'a [Sanction],
    pub notices: Vec<NoticeJson<'a>>,
    /// When the ruling is worded in another language than English and has notices: the
    /// sentence, in that language, that the English text of the notices prevails (MEXC
    /// General Terms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english_prevails: Option<String>,
    /// With `--explain` only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<TraceJson<'a>>,
    /// When a party of the case has a `language:`: each party, the language it is told its
    /// notices in, and the notices in that language (in the order of `notices`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties_told: Vec<PartyToldJson>,
}

/// The notices as one party is told them.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PartyToldJson {
    pub party: Party,
    /// The language's tag: `vi`, `pt-BR`, `en`.
    pub language: &'static str,
    /// Each notice of `notices`, in this language.
    pub notices: Vec<String>,
    /// In a translation: the sentence, in this language, that the English text prevails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english_prevails: Option<String>,
}

/// A reason for the ruling.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReasonJson<'a> {
    pub clause: String,
    /// The finding's code.
    #[schemars(with = "MessageCode")]
    pub code: &'static str,
    /// The finding in the reader's language.
    pub finding: String,
    /// The values the finding states, typed.
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub values: ValuesJson<'a>,
    /// YAML paths (`payments[0].payer_name`) and chat ids (`chat:c3`) the finding rests on.
    pub refs: Vec<String>,
    /// The line of the case file each ref points at, in the order of `refs`.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub lines: &'a [Option<usize>],
}

/// Something someone must do.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FollowUpJson<'a> {
    #[schemars(with = "FollowUpOwner")]
    pub who: Actor,
    /// The action's code.
    #[schemars(with = "MessageCode")]
    pub code: &'static str,
    /// What to do, in the reader's language.
    pub action: String,
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub values: ValuesJson<'a>,
    /// RFC 3339, on the ruling's clock.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub due: Option<DateTime<FixedOffset>>,
    pub clause: String,
}

/// A statement the parties must be told.
#[derive(Debug, Serialize, JsonSchema)]
pub struct NoticeJson<'a> {
    pub clause: String,
    /// The notice's code.
    #[schemars(with = "MessageCode")]
    pub code: &'static str,
    /// The notice in the reader's language.
    pub text: String,
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub values: ValuesJson<'a>,
}

/// One step of `--explain`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TraceJson<'a> {
    pub clause: String,
    pub check: String,
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counterfactual: Option<String>,
    /// The check's code.
    #[schemars(with = "MessageCode")]
    pub code: &'static str,
    /// The values the check states, typed.
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub values: ValuesJson<'a>,
    /// The outcome's code.
    #[schemars(with = "MessageCode")]
    pub outcome_code: &'static str,
    /// The values the outcome states, typed.
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub outcome_values: ValuesJson<'a>,
    /// The counterfactual's code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<MessageCode>")]
    pub counterfactual_code: Option<&'static str>,
    /// The values the counterfactual states, typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Map<String, serde_json::Value>>")]
    pub counterfactual_values: Option<ValuesJson<'a>>,
}

/// The code of a message a ruling says: stable across languages and releases, each listed
/// here with its meaning.
pub struct MessageCode;

impl JsonSchema for MessageCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MessageCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut codes: Vec<_> = crate::engine::codes().collect();
        codes.sort_by_key(|spec| spec.code.as_str());
        codes.dedup_by_key(|spec| spec.code.as_str());
        let choices: Vec<serde_json::Value> = codes
            .iter()
            .map(|spec| {
                serde_json::json!({
                    "const": spec.code.as_str(),
                    "description": spec.meaning.trim(),
                    "x-values": spec.values,
                })
            })
            .collect();
        schemars::json_schema!({ "type": "string", "oneOf": choices })
    }
}

impl<'a> RulingJson<'a> {
    /// The JSON form of `ruling`, its texts in `words`' language; the trace only if `explain`.
    pub fn of(ruling: &'a Ruling, words: &Words, explain: bool) -> RulingJson<'a> {
        RulingJson {
            schema_version: ruling.schema_version,
            tool_version: &ruling.tool_version,
            case: &ruling.case,
            case_sha256: &ruling.case_sha256,
            order_id: &ruling.order_id,
            policy: &ruling.policy,
            as_of: ruling.as_of,
            decision: ruling.decision,
            status: ruling.status,
            clause: ruling.clause.to_string(),
            filed_clause: ruling.filed_clause.to_string(),
            amount: ruling.amount,
            next_deadline: ruling.next_deadline,
            ignored_after_as_of: ruling.ignored_after_as_of,
            rationale: ruling
                .rationale
                .iter()
                .map(|reason| ReasonJson::of(reason, words))
                .collect(),
            follow_ups: ruling
                .follow_ups
                .iter()
                .map(|follow_up| FollowUpJson::of(follow_up, words))
                .collect(),
            sanctions: &ruling.sanctions,
            notices: ruling
                .notices
                .iter()
                .map(|notice| NoticeJson::of(notice, words))
                .collect(),
            english_prevails: (words.tag() != "en" && !ruling.notices.is_empty())
                .then(|| words.word("notices-english_prevails")),
            trace: match explain {
                false => Vec::new(),
                true => ruling
                    .trace
                    .iter()
                    .map(|step| TraceJson::of(step, words))
                    .collect(),
            },
            parties_told: Vec::new(),
        }
    }

    /// With the notices as each party is told them, when a party of `case` has a
    /// `language:`; `told` are the parties told in another language than `words`'.
    pub fn told(
        mut self,
        ruling: &Ruling,
        case: &Case,
        words: &Words,
        told: &[Told],
    ) -> RulingJson<'a> {
        if case.buyer.language.is_none() && case.seller.language.is_none() {
            return self;
        }
        self.parties_told = [Party::Buyer, Party::Seller]
            .into_iter()
            .map(|party| {
                let theirs = told
                    .iter()
                    .find(|t| t.party == party)
                    .map_or(words, |t| &t.words);
                PartyToldJson {
                    party,
                    language: theirs.tag(),
                    notices: ruling
                        .notices
                        .iter()
                        .map(|n| theirs.said(&n.text))
                        .collect(),
                    english_prevails: (theirs.tag() != "en" && !ruling.notices.is_empty())
                        .then(|| theirs.word("notices-english_prevails")),
                }
            })
            .collect();
        self
    }
}

impl<'a> ReasonJson<'a> {
    /// A reason of the ruling, its finding in `words`' language.
    fn of(reason: &'a Reason, words: &Words) -> ReasonJson<'a> {
        ReasonJson {
            clause: reason.clause.to_string(),
            code: code(&reason.finding),
            finding: words.said(&reason.finding),
            values: values(&reason.finding),
            refs: reason.refs.iter().map(ToString::to_string).collect(),
            lines: &reason.lines,
        }
    }
}

impl<'a> FollowUpJson<'a> {
    /// A follow-up of the ruling, its action in `words`' language.
    fn of(follow_up: &'a FollowUp, words: &Words) -> FollowUpJson<'a> {
        FollowUpJson {
            who: follow_up.who,
            code: code(&follow_up.action),
            action: words.said(&follow_up.action),
            values: values(&follow_up.action),
            due: follow_up.due,
            clause: follow_up.clause.to_string(),
        }
    }
}

impl<'a> NoticeJson<'a> {
    /// A notice of the ruling, in `words`' language.
    fn of(notice: &'a Notice, words: &Words) -> NoticeJson<'a> {
        NoticeJson {
            clause: notice.clause.to_string(),
            code: code(&notice.text),
            text: words.said(&notice.text),
            values: values(&notice.text),
        }
    }
}

impl<'a> TraceJson<'a> {
    /// A step of the trace: its check, outcome and counterfactual in `words`' language.
    fn of(step: &'a TraceStep, words: &Words) -> TraceJson<'a> {
        TraceJson {
            clause: step.clause.to_string(),
            check: words.said(&step.check),
            outcome: words.said(&step.outcome),
            counterfactual: step.counterfactual.as_ref().map(|c| words.said(c)),
            code: code(&step.check),
            values: values(&step.check),
            outcome_code: code(&step.outcome),
            outcome_values: values(&step.outcome),
            counterfactual_code: step.counterfactual.as_ref().map(code),
            counterfactual_values: step.counterfactual.as_ref().map(values),
        }
    }
}

fn code(said: &Said) -> &'static str {
    said.code.as_str()
}

fn values(said: &Said) -> ValuesJson<'_> {
    ValuesJson(said)
}

/// A message's values as a JSON object, each typed: times as RFC 3339 strings, amounts as
/// decimal strings with their currency or asset, counts as numbers, words as their ids, lists
/// as arrays, a message within a message as `{code, values}`.
#[derive(Debug)]
pub struct ValuesJson<'a>(pub &'a Message);

impl Serialize for ValuesJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.values.len()))?;
        for (name, value) in &self.0.values {
            map.serialize_entry(name, &ValueJson(value))?;
        }
        map.end()
    }
}

struct ValueJson<'a>(&'a Value);

impl Serialize for ValueJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Time(time) => serializer.serialize_str(&crate::vocab::time::rfc3339(time)),
            Value::Money { amount, currency } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("amount", &amount.to_string())?;
                map.serialize_entry("currency", currency)?;
                map.end()
            }
            Value::Quantity { amount, asset } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("amount", &amount.to_string())?;
                map.serialize_entry("asset", asset)?;
                map.end()
            }
            Value::Decimal(decimal) | Value::Deviation(decimal) => {
                serializer.serialize_str(&decimal.to_string())
            }
            Value::Count(count) => serializer.serialize_u64(*count),
            Value::Duration(duration) => serializer.collect_str(duration),
            Value::Party(party) => serializer.serialize_str(party.as_str()),
            Value::Actor(actor) => serializer.serialize_str(actor.as_str()),
            Value::Decision(decision) => serializer.serialize_str(decision.as_str()),
            Value::Sanction(action) => serializer.serialize_str(action.as_str()),
            Value::Word { id, .. } => serializer.serialize_str(id),
            Value::Name(text) | Value::Quote(text) => serializer.serialize_str(text),
            Value::Clause(clause) => serializer.serialize_str(clause.as_str()),
            Value::Ref(reference) => serializer.collect_str(reference),
            Value::List(items) | Value::AndList(items) | Value::Series(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&ValueJson(item))?;
                }
                seq.end()
            }
            Value::Flag(flag) => serializer.serialize_bool(*flag),
            Value::Said(message) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("code", message.code.as_str())?;
                map.serialize_entry("values", &ValuesJson(message))?;
                map.end()
            }
        }
    }
}

/// An optional amount as a decimal string (`"2550000.10"`), as every amount in JSON output is.
mod opt_decimal {
    use rust_decimal::Decimal;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(decimal) => serializer.serialize_str(&decimal.to_string()),
            None => serializer.serialize_none(),
        }
    }
}
