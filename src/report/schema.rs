//! JSON Schemas (draft 2020-12) of the case file, the policy file and the ruling
//! (`appeal schema case|policy|ruling`).
//!
//! The case and policy readers collect every problem by hand (see `decode`), so the file formats
//! are described here by schema-only types; a test checks that their keys are exactly the keys
//! the readers accept. The ruling's schema comes from [`Ruling`] itself.

#![allow(dead_code)]

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use crate::model::case::{
    AppealType, CancelReason, EvidenceKind, PaymentKind, Speaker, Stance, VerificationKind,
};
use crate::model::clause::{CATALOGUE, ParamKind};
use crate::model::ruling::Ruling;
use crate::vocab::decision::{Decision, Party, SanctionAction, Status};

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
        Kind::Case => titled(schemars::schema_for!(CaseFile), "appeal case file"),
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

fn titled(mut schema: Schema, title: &str) -> Schema {
    schema.insert("title".into(), json!(title));
    schema
}

/// Money and quantities: a positive number or a string of plain decimal notation (never a
/// float), within the reader's digit limits (`decode::MAX_WHOLE_DIGITS`, `MAX_FRACTION_DIGITS`;
/// the limit of 28 digits in all is in the description only).
struct Decimal;
impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact decimal greater than zero, as a number or a string: 2550000, \"2550000.10\". No sign, exponent or separators; at most 14 digits before the point, 18 after it and 28 in all.",
            "type": ["number", "string"],
            "exclusiveMinimum": 0,
            "exclusiveMaximum": 100_000_000_000_000_u64,
            "pattern": "^\\+?(0*[1-9][0-9]{0,13}(\\.[0-9]{1,18}0*)?|0+\\.[0-9]{0,17}[1-9]0*)$"
        })
    }
}

/// An RFC 3339 time with an offset.
struct Time;
impl JsonSchema for Time {
    fn schema_name() -> Cow<'static, str> {
        "Time".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "RFC 3339 time with an offset, e.g. 2025-06-01T10:05:00+08:00",
            "type": "string",
            "format": "date-time",
            "pattern": "([Zz]|[+-][0-9]{2}:[0-9]{2})$"
        })
    }
}

/// A duration: whole number and unit.
struct Duration;
impl JsonSchema for Duration {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A whole number and a unit: m (minutes), h (hours), d (calendar days), wd (working days), mo (calendar months)",
            "type": "string",
            "pattern": "^[0-9]+(m|h|d|wd|mo)$"
        })
    }
}

/// An identifier that may be written unquoted as a number (order numbers).
struct Id;
impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "integer"], "minLength": 1 })
    }
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
/// One appeal: the order, the parties, what happened, and optionally the expected ruling.
struct CaseFile {
    /// Unique id of the appeal.
    case: String,
    /// A built-in policy (mexc, bitget) or a TOML path relative to this file.
    policy: Option<String>,
    /// The moment of the ruling.
    as_of: Time,
    order: OrderFile,
    buyer: TraderFile,
    seller: TraderFile,
    /// Fiat transfers from buyer to seller.
    payments: Option<Vec<PaymentFile>>,
    /// What happened on the platform, in any order.
    timeline: Option<Vec<EventFile>>,
    appeal: AppealFile,
    evidence: Option<Vec<EvidenceFile>>,
    chat: Option<Vec<ChatFile>>,
    findings: Option<FindingsFile>,
    expect: Option<ExpectFile>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct OrderFile {
    id: Id,
    created_at: Time,
    asset: String,
    fiat: String,
    /// Fiat per unit of asset.
    price: Decimal,
    quantity: Decimal,
    /// Fiat owed; should equal price × quantity.
    amount: Decimal,
    /// The platform's market reference price when the order was created.
    reference_price: Option<Decimal>,
    payment_window: Option<Duration>,
    appeal_timer: Option<Duration>,
    payment_method: PaymentMethodFile,
    ad_terms: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct PaymentMethodFile {
    kind: PaymentKind,
    instant: bool,
    account: Id,
    holder: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct TraderFile {
    uid: Id,
    verified_name: String,
    kyc_verified: Option<bool>,
    history: Option<HistoryFile>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct HistoryFile {
    offensive_language: Option<u32>,
    unpaid_orders: Option<u32>,
    violations: Option<u32>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct PaymentFile {
    at: Time,
    amount: Decimal,
    payer_name: String,
    to_account: Id,
    instant: Option<bool>,
    remarks: Option<String>,
    /// An evidence id.
    proof: Option<String>,
}

#[derive(JsonSchema)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
enum EventFile {
    MarkedPaid {
        at: Time,
        by: Option<Party>,
        note: Option<String>,
    },
    AppealOpened {
        at: Time,
        by: Option<Party>,
        note: Option<String>,
    },
    CsContacted {
        at: Time,
        party: Party,
        note: Option<String>,
    },
    Responded {
        at: Time,
        by: Party,
        stance: Stance,
        note: Option<String>,
    },
    CancelRequested {
        at: Time,
        by: Party,
        note: Option<String>,
    },
    Released {
        at: Time,
        by: Releaser,
        note: Option<String>,
    },
    Cancelled {
        at: Time,
        by: crate::model::case::Actor,
        reason: Option<CancelReason>,
        note: Option<String>,
    },
    RefundCompleted {
        at: Time,
        by: Option<Party>,
        amount: Option<Decimal>,
        note: Option<String>,
    },
    RefundRefused {
        at: Time,
        by: Option<Party>,
        note: Option<String>,
    },
    AccountBlocked {
        at: Time,
        party: Party,
        note: Option<String>,
    },
    EvidenceRequested {
        at: Time,
        party: Party,
        note: Option<String>,
    },
    Unreachable {
        at: Time,
        party: Party,
        note: Option<String>,
    },
    Agreement {
        at: Time,
        note: Option<String>,
    },
    VerificationRequested {
        at: Time,
        by: Option<Party>,
        kind: Option<VerificationKind>,
        note: Option<String>,
    },
    VerificationAgreed {
        at: Time,
        by: Option<Party>,
        note: Option<String>,
    },
    VerificationRefused {
        at: Time,
        by: Option<Party>,
        note: Option<String>,
    },
    OffPlatform {
        at: Time,
        by: Party,
        note: Option<String>,
    },
}

#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
enum Releaser {
    Seller,
    Cs,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct AppealFile {
    by: Party,
    at: Time,
    #[serde(rename = "type")]
    kind: AppealType,
    reason: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct EvidenceFile {
    id: String,
    by: Party,
    kind: EvidenceKind,
    at: Time,
    official_source: Option<bool>,
    tampered: Option<bool>,
    shows_receipt: Option<bool>,
    /// Relative to the case file; must stay inside its folder.
    file: Option<String>,
    /// 64 hex digits; checked against `file`.
    #[schemars(regex(pattern = r"^[0-9a-fA-F]{64}$"))]
    sha256: Option<String>,
    note: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct ChatFile {
    id: String,
    at: Time,
    from: Speaker,
    text: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct FindingsFile {
    fraud: Option<FraudFile>,
    malicious_buying_confirmed: Option<bool>,
    offensive_language_confirmed: Option<OffenderFile>,
    valid_refund_justification: Option<bool>,
    reopen_approved: Option<bool>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct FraudFile {
    party: Party,
    confirmed: Option<bool>,
    loss_likely: Option<bool>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct OffenderFile {
    party: Party,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
/// The whole outcome the ruling must have (`appeal test`; `appeal test --bless` writes it).
struct ExpectFile {
    decision: Decision,
    status: Status,
    clause: ClauseName,
    /// Exactly the ruling's sanctions, in any order: one it has that is not listed fails.
    /// Leave out when the ruling has none.
    sanctions: Option<Vec<ExpectedSanction>>,
    /// The ruling's amount; leave out when it has none.
    amount: Option<Decimal>,
    /// The ruling's next deadline; leave out when it has none (a final ruling).
    next_deadline: Option<Time>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct ExpectedSanction {
    party: Party,
    action: SanctionAction,
    /// Its length in days; leave out for a sanction without one (until resolved, permanent,
    /// a warning).
    #[schemars(range(max = 36500))]
    days: Option<u32>,
}

/// A clause id of the catalogue.
struct ClauseName;
impl JsonSchema for ClauseName {
    fn schema_name() -> Cow<'static, str> {
        "ClauseId".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = CATALOGUE.iter().map(|c| c.id.as_str()).collect();
        json_schema!({ "type": "string", "enum": ids })
    }
}

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
        assert_eq!(keys(&schema, None), set(CASE_KEYS));
        assert_eq!(keys(&schema, Some("OrderFile")), set(ORDER_KEYS));
        assert_eq!(
            keys(&schema, Some("PaymentMethodFile")),
            set(PAYMENT_METHOD_KEYS)
        );
        assert_eq!(keys(&schema, Some("TraderFile")), set(TRADER_KEYS));
        assert_eq!(keys(&schema, Some("HistoryFile")), set(HISTORY_KEYS));
        assert_eq!(keys(&schema, Some("PaymentFile")), set(PAYMENT_KEYS));
        assert_eq!(keys(&schema, Some("AppealFile")), set(APPEAL_KEYS));
        assert_eq!(keys(&schema, Some("EvidenceFile")), set(EVIDENCE_KEYS));
        assert_eq!(keys(&schema, Some("ChatFile")), set(CHAT_KEYS));
        assert_eq!(keys(&schema, Some("FindingsFile")), set(FINDINGS_KEYS));
        assert_eq!(keys(&schema, Some("FraudFile")), set(FRAUD_KEYS));
        assert_eq!(keys(&schema, Some("ExpectFile")), set(EXPECT_KEYS));
    }

    #[test]
    fn every_event_variant_has_exactly_the_reader_keys() {
        let schema: Value = serde_json::from_str(&render(Kind::Case)).unwrap();
        let variants = schema["$defs"]["EventFile"]["oneOf"]
            .as_array()
            .expect("events are a oneOf");
        assert_eq!(variants.len(), crate::model::case::EVENT_NAMES.len());
        for variant in variants {
            let name = variant["properties"]["event"]["const"]
                .as_str()
                .expect("tagged by event");
            let mut expected = set(crate::model::case::event_fields(name));
            expected.extend(set(&["at", "event", "note"]));
            assert_eq!(keys(variant, None), expected, "{name}");
        }
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
