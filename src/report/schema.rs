//! JSON Schemas (draft 2020-12) of the case file, the policy file and the ruling
//! (`appeal schema case|policy|ruling`).
//!
//! The case file's schema comes from the case model itself ([`Case`] and the types below it, with
//! the descriptions of their doc comments), as do the keys its reader takes; the policy file's
//! from the policy model ([`Policy`]) the same way; the ruling's from [`Ruling`].

use schemars::{JsonSchema, Schema};
use serde_json::{Value, json};

use crate::model::case::Case;
use crate::model::policy::Policy;

/// Which schema.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Case,
    Policy,
    Ruling,
    /// The JSON output of `appeal policy diff --format json`.
    Diff,
    /// One diagnostic of `--format json` (a line on stderr).
    Diagnostic,
    /// One line of a ledger of rulings (`appeal judge --record LEDGER`).
    Ledger,
    /// One line of `appeal check --format json`.
    Check,
    /// One line of `appeal test --format json`.
    Test,
    /// One line of `appeal queue --format json`.
    Queue,
    /// One line of `appeal policy check --format json`.
    PolicyCheck,
    /// The object `appeal policy show --format json` prints.
    PolicyShow,
    /// The object `appeal explain --format json` prints, for a clause or an appeal type.
    Explain,
    /// The object `appeal new --format json` prints.
    New,
}

/// The schema as pretty JSON with a trailing newline: each kind's type and title, its doc
/// comments unwrapped into one line a paragraph unless said otherwise.
pub fn render(kind: Kind) -> String {
    use crate::model::ledger::Line;
    use crate::report::lines::{CheckLine, QueueLine, TestLine};
    use crate::report::policy_diff::DiffReport;
    use crate::report::render::explain_json::{Explained, NewCase};
    use crate::report::render::json::RulingJson;
    use crate::report::render::policy_json::{PolicyCheckLine, PolicyShown};
    let schema = match kind {
        Kind::Case => of::<Case>("appeal case file"),
        Kind::Policy => of::<Policy>("appeal policy file"),
        Kind::Ruling => as_written::<RulingJson>("appeal ruling (--format json)"),
        Kind::Diff => as_written::<DiffReport>("appeal policy diff (--format json)"),
        Kind::Diagnostic => crate::reading::diagnostic_json::schema(),
        Kind::Ledger => of::<Line<RulingJson>>("appeal ledger line (judge --record)"),
        Kind::Check => of::<CheckLine>("appeal check (--format json, one per line)"),
        Kind::Test => of::<TestLine>("appeal test (--format json, one per line)"),
        Kind::Queue => of::<QueueLine>("appeal queue (--format json, one per line)"),
        Kind::PolicyCheck => {
            of::<PolicyCheckLine>("appeal policy check (--format json, one per line)")
        }
        Kind::PolicyShow => of::<PolicyShown>("appeal policy show (--format json)"),
        Kind::Explain => of::<Explained>("appeal explain (--format json)"),
        Kind::New => of::<NewCase>("appeal new (--format json)"),
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema of `T` titled `title`, the descriptions of its doc comments unwrapped.
fn of<T: JsonSchema>(title: &str) -> Schema {
    titled(described(schemars::schema_for!(T)), title)
}

/// The schema of `T` titled `title`, its descriptions as the doc comments wrap them.
fn as_written<T: JsonSchema>(title: &str) -> Schema {
    titled(schemars::schema_for!(T), title)
}

/// `schema` with the descriptions of its doc comments unwrapped.
fn described(schema: Schema) -> Schema {
    let mut value = schema.to_value();
    unwrap_descriptions(&mut value);
    Schema::from(value.as_object().cloned().unwrap_or_default())
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
        assert_eq!(keys(&schema, None), set(&POLICY_KEYS));
        assert_eq!(keys(&schema["properties"]["policy"], None), set(&META_KEYS));
        assert_eq!(keys(&schema, Some("Calendar")), set(&CALENDAR_KEYS));
        assert_eq!(keys(&schema, Some("Limits")), set(&LIMITS_KEYS));
        assert_eq!(keys(&schema, Some("Procedure")), set(&PROCEDURE_KEYS));
        // The reader lists them (in a "did you mean") in the order a policy file writes them.
        assert_eq!(
            POLICY_KEYS[..],
            ["policy", "calendar", "limits", "procedure", "clauses"]
        );
        assert_eq!(
            set(&CALENDAR_KEYS),
            set(&["timezone", "weekend", "holidays", "placeholders"])
        );
        // The weekday names the schema gives are the ones the reader takes.
        let weekdays = &schema["$defs"]["Calendar"]["properties"]["weekend"]["items"]["enum"];
        assert_eq!(
            weekdays,
            &json!(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        );
    }

    #[test]
    fn every_setting_of_the_policy_file_is_described() {
        let schema: Value = serde_json::from_str(&render(Kind::Policy)).unwrap();
        let mut missing = Vec::new();
        let policy = &schema["properties"]["policy"];
        for (table, node) in [
            ("policy", policy),
            ("calendar", &schema["$defs"]["Calendar"]),
            ("limits", &schema["$defs"]["Limits"]),
            ("procedure", &schema["$defs"]["Procedure"]),
        ] {
            for (key, field) in node["properties"].as_object().unwrap() {
                let described = field.get("description").and_then(Value::as_str);
                // A `$ref` is described where it is defined (a duration).
                if field.get("$ref").is_none() && described.is_none_or(|d| d.len() < 8) {
                    missing.push(format!("{table}.{key}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "settings without a description: {missing:?}"
        );
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

    /// The policy schema is committed too: build.rs takes the keys of the policy file's tables
    /// from it.
    #[test]
    fn the_committed_policy_schema_is_current() {
        let committed =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema/policy.json"))
                .unwrap_or_default();
        assert!(
            committed == render(Kind::Policy),
            "schema/policy.json is out of date: run `cargo run -- schema policy --output schema/policy.json`"
        );
    }
}
