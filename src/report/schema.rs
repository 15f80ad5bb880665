//! JSON Schemas (draft 2020-12) of the case file, the policy file and the ruling
//! (`appeal schema case|policy|ruling`).
//!
//! The case file's schema comes from the case model itself ([`Case`] and the types below it, with
//! the descriptions of their doc comments), as do the keys its reader takes; the ruling's from
//! [`Ruling`]. The policy file is described here by schema-only types; a test checks that their
//! keys are exactly the keys its reader accepts.

#![allow(dead_code)]

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use crate::model::case::{Case, EvidenceKind};
use crate::model::clause::{CATALOGUE, ParamKind};
use crate::model::ruling::Ruling;
use crate::vocab::decision::SanctionAction;

/// Which schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Case,
    Policy,
    Ruling,
    /// The JSON output of `appeal policy diff --format json`.
    Diff,
    /// One diagnostic of `--format json` (a line on stderr).
    Diagnostic,
}

/// The schema as pretty JSON with a trailing newline.
pub fn render(kind: Kind) -> String {
    let schema = match kind {
        Kind::Case => {
            let mut value = schemars::schema_for!(Case).to_value();
            unwrap_descriptions(&mut value);
            titled(
                Schema::from(value.as_object().cloned().unwrap_or_default()),
                "appeal case file",
            )
        }
        Kind::Policy => titled(schemars::schema_for!(PolicyFile), "appeal policy file"),
        Kind::Ruling => titled(
            schemars::schema_for!(Ruling),
            "appeal ruling (--format json)",
        ),
        Kind::Diff => titled(
            schemars::schema_for!(crate::report::policy_diff::DiffReport),
            "appeal policy diff (--format json)",
        ),
        Kind::Diagnostic => crate::reading::diagnostic_json::schema(),
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Descriptions come from doc comments wrapped at 100 columns: joined into one line per
/// paragraph, as an editor shows them on hover.
fn unwrap_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" || key == "title" => {
                        let paragraphs: Vec<String> = text
                            .split("\n\n")
                            .map(|paragraph| paragraph.split('\n').collect::<Vec<_>>().join(" "))
                            .collect();
                        *text = paragraphs.join("\n\n");
                    }
                    _ => unwrap_descriptions(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_descriptions),
        _ => {}
    }
}

fn titled(mut schema: Schema, title: &str) -> Schema {
    schema.insert("title".into(), json!(title));
    schema
}

use crate::reading::decode::written::Duration;

// ---------------------------------------------------------------------------------------------
// Policy

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
/// A policy: metadata, calendar, limits, procedure gates and one table per clause in force.
struct PolicyFile {
    policy: MetaFile,
    calendar: CalendarFile,
    limits: LimitsFile,
    procedure: ProcedureFile,
    clauses: ClauseTables,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    id: String,
    title: String,
    version: String,
    source: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    /// An IANA time zone name.
    timezone: String,
    weekend: Option<Vec<WeekdayName>>,
    /// ISO dates.
    holidays: Option<Vec<String>>,
    placeholders: Option<CalendarPlaceholders>,
}

#[derive(JsonSchema)]
enum WeekdayName {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct LimitsFile {
    max_order_age: Duration,
    /// Fiat, written as a string.
    amount_tolerance: Option<String>,
    placeholders: Option<LimitsPlaceholders>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct ProcedureFile {
    require_kyc: Option<bool>,
    appeal_after_timer: Option<bool>,
    appeal_timer: Option<Duration>,
    require_reason: Option<bool>,
    required_evidence: Option<RequiredEvidence>,
    evidence_window: Duration,
    placeholders: Option<ProcedurePlaceholders>,
}

/// `placeholders` of a table outside the clauses: names of that table's own settings (`keys`
/// without `placeholders` itself).
fn setting_placeholders(keys: &[&str]) -> Schema {
    let names: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|key| *key != "placeholders")
        .collect();
    json_schema!({
        "type": "array",
        "items": { "enum": names },
        "description": "Settings of this table the published text leaves open"
    })
}

macro_rules! setting_placeholders {
    ($name:ident, $keys:path) => {
        struct $name;
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                setting_placeholders($keys)
            }
        }
    };
}

setting_placeholders!(CalendarPlaceholders, crate::model::policy::CALENDAR_KEYS);
setting_placeholders!(LimitsPlaceholders, crate::model::policy::LIMITS_KEYS);
setting_placeholders!(ProcedurePlaceholders, crate::model::policy::PROCEDURE_KEYS);

#[derive(JsonSchema)]
#[serde(untagged)]
enum RequiredEvidence {
    Everyone(Vec<EvidenceKind>),
    ByParty {
        buyer: Option<Vec<EvidenceKind>>,
        seller: Option<Vec<EvidenceKind>>,
    },
}

/// `[clauses."<id>"]` tables, built from the clause catalogue.
struct ClauseTables;
impl JsonSchema for ClauseTables {
    fn schema_name() -> Cow<'static, str> {
        "ClauseTables".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut properties = Map::new();
        for spec in CATALOGUE {
            let mut fields = Map::new();
            fields.insert("cite".into(), json!({ "type": "string", "minLength": 1, "description": "The citation printed in rulings" }));
            let names: Vec<&str> = spec.params.iter().map(|p| p.name).collect();
            if !names.is_empty() {
                fields.insert("placeholders".into(), json!({ "type": "array", "items": { "enum": names }, "description": "Parameters the published text leaves open" }));
            }
            for param in spec.params {
                let schema = match param.kind {
                    ParamKind::Duration => {
                        json!({ "type": "string", "pattern": "^[0-9]+(m|h|d|wd|mo)$" })
                    }
                    ParamKind::Percent => {
                        json!({ "type": ["number", "string"], "exclusiveMinimum": 0, "exclusiveMaximum": 100 })
                    }
                    ParamKind::Count => {
                        json!({ "type": "integer", "minimum": 0, "maximum": 10000 })
                    }
                    ParamKind::Terms => {
                        json!({ "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } })
                    }
                    ParamKind::Requirements => {
                        let terms = json!({ "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } });
                        json!({ "oneOf": [
                            { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z0-9_]+$" }, "additionalProperties": terms },
                            terms,
                        ] })
                    }
                    ParamKind::Sanction => json!({ "enum": SanctionAction::names_list() }),
                    ParamKind::Mode(modes) => json!({ "enum": modes }),
                };
                let mut schema = schema;
                if let Value::Object(map) = &mut schema {
                    map.insert("description".into(), json!(param.meaning));
                }
                fields.insert(param.name.into(), schema);
            }
            let mut required = vec!["cite"];
            required.extend(names.iter().copied());
            properties.insert(
                spec.id.as_str().into(),
                json!({ "type": "object", "description": spec.summary, "properties": fields, "required": required, "additionalProperties": false }),
            );
        }
        Schema::from(
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
                .as_object()
                .cloned()
                .unwrap_or_default(),
        )
    }
}

impl SanctionAction {
    fn names_list() -> Vec<&'static str> {
        <SanctionAction as crate::vocab::words::Choice>::names()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(schema: &Value, definition: Option<&str>) -> BTreeSet<String> {
        let node = match definition {
            Some(name) => &schema["$defs"][name],
            None => schema,
        };
        node["properties"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn set(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn case_schema_keys_are_the_keys_the_reader_accepts() {
        let schema: Value = serde_json::from_str(&render(Kind::Case)).unwrap();
        use crate::model::case::*;
        let keys_of = |keys: &[&str]| set(keys);
        assert_eq!(keys(&schema, None), keys_of(&CASE_KEYS));
        assert_eq!(keys(&schema, Some("Order")), keys_of(&ORDER_KEYS));
        assert_eq!(
            keys(&schema, Some("PaymentMethod")),
            keys_of(&PAYMENT_METHOD_KEYS)
        );
        assert_eq!(keys(&schema, Some("Trader")), keys_of(&TRADER_KEYS));
        assert_eq!(keys(&schema, Some("History")), keys_of(&HISTORY_KEYS));
        assert_eq!(keys(&schema, Some("Payment")), keys_of(&PAYMENT_KEYS));
        assert_eq!(keys(&schema, Some("Appeal")), keys_of(&APPEAL_KEYS));
        assert_eq!(keys(&schema, Some("Evidence")), keys_of(&EVIDENCE_KEYS));
        assert_eq!(keys(&schema, Some("ChatLine")), keys_of(&CHAT_KEYS));
        assert_eq!(keys(&schema, Some("Findings")), keys_of(&FINDINGS_KEYS));
        assert_eq!(keys(&schema, Some("FraudFinding")), keys_of(&FRAUD_KEYS));
        assert_eq!(keys(&schema, Some("Expect")), keys_of(&EXPECT_KEYS));
        // The reader lists keys in the order of the model: the case file's own first.
        assert_eq!(&CASE_KEYS[..3], ["case", "as_of", "order"]);
    }

    #[test]
    fn every_event_variant_has_exactly_the_reader_keys() {
        let schema: Value = serde_json::from_str(&render(Kind::Case)).unwrap();
        let variants = schema["$defs"]["Event"]["oneOf"]
            .as_array()
            .expect("events are a oneOf");
        // The schema's names (serde's) are the reader's (strum's), in the same order.
        let names = crate::model::case::event_names();
        let in_schema: Vec<&str> = variants
            .iter()
            .map(|variant| {
                variant["properties"]["event"]["const"]
                    .as_str()
                    .expect("tagged by event")
            })
            .collect();
        assert_eq!(in_schema, names);
        assert_eq!(names.len(), 17);
        for (variant, name) in variants.iter().zip(names) {
            let event_name: crate::model::case::EventName = name.parse().unwrap();
            let mut expected = set(crate::model::case::event_fields(event_name));
            expected.extend(set(&["event", "note"]));
            assert_eq!(keys(variant, None), expected, "{name}");
        }
        assert_eq!(
            keys(&schema["$defs"]["Event"], None),
            set(&["at"]),
            "`at` is common to every event"
        );
    }

    #[test]
    fn every_field_of_the_case_file_is_described() {
        let schema: Value = serde_json::from_str(&render(Kind::Case)).unwrap();
        fn check(node: &Value, path: &str, missing: &mut Vec<String>) {
            if let Some(properties) = node.get("properties").and_then(Value::as_object) {
                for (key, field) in properties {
                    let described = field.get("description").and_then(Value::as_str);
                    if key != "event" && described.is_none_or(|d| d.len() < 8) {
                        missing.push(format!("{path}{key}"));
                    }
                }
            }
            for key in ["oneOf", "anyOf"] {
                for variant in node
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    check(variant, path, missing);
                }
            }
        }
        let mut missing = Vec::new();
        check(&schema, "", &mut missing);
        for (name, definition) in schema["$defs"].as_object().unwrap() {
            check(definition, &format!("{name}."), &mut missing);
        }
        assert!(
            missing.is_empty(),
            "fields without a description: {missing:?}"
        );
    }

    #[test]
    fn policy_schema_keys_are_the_keys_the_reader_accepts() {
        let schema: Value = serde_json::from_str(&render(Kind::Policy)).unwrap();
        use crate::model::policy::*;
        assert_eq!(keys(&schema, None), set(POLICY_KEYS));
        assert_eq!(keys(&schema, Some("MetaFile")), set(META_KEYS));
        assert_eq!(keys(&schema, Some("CalendarFile")), set(CALENDAR_KEYS));
        assert_eq!(keys(&schema, Some("LimitsFile")), set(LIMITS_KEYS));
        assert_eq!(keys(&schema, Some("ProcedureFile")), set(PROCEDURE_KEYS));
    }

    #[test]
    fn the_committed_case_schema_is_current() {
        let committed =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema/case.json"))
                .unwrap_or_default();
        assert!(
            committed == render(Kind::Case),
            "schema/case.json is out of date: run `cargo run -- schema case --output schema/case.json`"
        );
    }
}
