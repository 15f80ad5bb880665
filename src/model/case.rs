//! The case file (docs/case-format.md): the model, its reading from YAML, and every validation rule.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use schemars::JsonSchema;

use crate::model::clause::ClauseId;
use crate::reading::decode::{
    self, Located, MapReader, Problems, boolean, choice, integer, list, non_empty_text,
    positive_decimal, text, time,
};
use crate::reading::diagnostics::{FileProblems, Problem, Span};
use crate::reading::document::{self, Entry, Node, ScalarKind, Value as DocValue};
use crate::reading::source::SourceFile;
use crate::vocab::decision::{Actor, Decision, Party, SanctionAction, Status};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::identity::accounts;
use crate::vocab::words::{Choice, spelling, word_enum};
use strum::IntoEnumIterator;

/// How a case file writes what the model holds otherwise: a clause by its id, a sanction to
/// expect, an offender or `false`.
pub mod written {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

    pub use crate::reading::decode::written::*;
    use crate::vocab::decision::Party;

    /// A clause id of the catalogue (`buyer.1a`, `procedure.kyc`…).
    pub struct ClauseName;
    impl JsonSchema for ClauseName {
        fn schema_name() -> Cow<'static, str> {
            "ClauseId".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            let ids: Vec<&str> = crate::model::clause::ClauseId::all()
                .map(|id| id.as_str())
                .collect();
            json_schema!({ "type": "string", "enum": ids })
        }
    }

    /// An ISO 3166 alpha-2 country code.
    pub struct Country;
    impl JsonSchema for Country {
        fn schema_name() -> Cow<'static, str> {
            "Country".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[A-Za-z]{2}$",
                "description": "ISO 3166 alpha-2 country code, e.g. `PH`, `VN`, `BR`."
            })
        }
    }

    /// `{ party: buyer|seller }`, or `false` for no finding.
    pub struct Offender;
    impl JsonSchema for Offender {
        fn schema_name() -> Cow<'static, str> {
            "Offender".into()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let mut party = generator.subschema_for::<Party>();
            party.insert(
                "description".into(),
                "The offender: `buyer` or `seller`.".into(),
            );
            json_schema!({
                "oneOf": [
                    {
                        "type": "object",
                        "properties": { "party": party },
                        "required": ["party"],
                        "additionalProperties": false
                    },
                    { "const": false }
                ]
            })
        }
    }
}

/// A moment with the offset it was recorded in.
use crate::vocab::time::Time;

/// One appeal: the order, the two parties, the payments, what happened on the platform, the
/// appeal itself, the evidence, chat excerpts, what support has established and, for `appeal
/// test`, the ruling expected. docs/case-format.md explains every field.
// The case model is written once: the JSON Schema of the case file (`appeal schema case`, with
// these doc comments as its descriptions) and the keys the reader takes are derived from these
// types.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The appeal's id (your ticket number, e.g. `APL-2025-0420`). Shown in the ruling's heading
    /// and in every output format.
    #[serde(rename = "case")]
    #[schemars(with = "written::Text")]
    pub id: Located<String>,
    /// The policy to judge under: a built-in name (`mexc`, `bitget`) or the path of a TOML policy
    /// relative to this file. Default `mexc`; `--policy` on the command line overrides it.
    #[schemars(with = "Option<written::Text>")]
    pub policy: Option<Located<String>>,
    /// The moment the ruling is made: deadlines are compared with it, and nothing in the file may
    /// be later. `--as-of` replays the case at an earlier moment.
    #[schemars(with = "written::Time")]
    pub as_of: Located<Time>,
    /// The order as the platform logged it.
    pub order: Order,
    /// The buyer: identity and platform record.
    pub buyer: Trader,
    /// The seller: identity and platform record.
    pub seller: Trader,
    /// Fiat transfers from the buyer (or someone paying for them) to the seller, in any order; a
    /// top-up is a later payment. Absent: no payment on file.
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// What happened on the platform, one event per entry, in any order.
    #[serde(default)]
    pub timeline: Vec<Event>,
    /// Who appealed, when, and what about.
    pub appeal: Appeal,
    /// Documents the parties uploaded.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Excerpts of the order chat. Matched against the policy's word lists (offensive words,
    /// verification and out-of-policy demands, outside channels).
    #[serde(default)]
    pub chat: Vec<ChatLine>,
    /// Determinations only a person can make; leave them out until support has made them.
    #[serde(default)]
    pub findings: Findings,
    /// The ruling this case should get, compared by `appeal test`; `appeal judge` ignores it.
    pub expect: Option<Expect>,
}

/// The order as the platform logged it.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// The order number. Shown in the ruling's heading; support quotes it to the parties.
    #[schemars(with = "written::Id")]
    pub id: Located<String>,
    /// When the order was created. The age limit counts from it (`general.age_limit`, 18 months
    /// under `mexc`); nothing in the case may be earlier.
    #[schemars(with = "written::Time")]
    pub created_at: Located<Time>,
    /// The crypto traded, e.g. `USDT`, `BTC` (2–10 letters or digits). A release is in this
    /// asset.
    pub asset: String,
    /// The currency paid, e.g. `VND`, `PHP`, `EUR`. Refunds are in it; a payment remark naming
    /// another currency draws a warning.
    pub fiat: String,
    /// Fiat per unit of the asset. Buyer 1.a compares it with `reference_price`.
    #[schemars(with = "written::Decimal")]
    pub price: Located<Decimal>,
    /// Units of the asset in escrow.
    #[schemars(with = "written::Decimal")]
    pub quantity: Located<Decimal>,
    /// Fiat owed; should equal price × quantity (a mismatch is a warning). The sum of the
    /// payments is compared with it, within the policy's `amount_tolerance`: more goes to buyer
    /// 2.a, less to seller 2.a.
    #[schemars(with = "written::Decimal")]
    pub amount: Located<Decimal>,
    /// The platform's market reference price when the order was created. Buyer 1.a needs it to
    /// tell whether the price is inside the acceptable band; without it, 1.a asks support for
    /// it (`request_evidence`).
    #[schemars(with = "Option<written::Decimal>")]
    pub reference_price: Option<Located<Decimal>>,
    /// How long the buyer had to pay. Recorded for the reader; no clause reads it.
    #[schemars(with = "Option<written::Duration>")]
    pub payment_window: Option<PolicyDuration>,
    /// The countdown after "mark as paid" before an appeal may be opened, when the order had its
    /// own. Under a policy with the timer gate (`bitget`), an appeal before `marked_paid` + this
    /// timer (else the policy's `appeal_timer`) is `inadmissible`.
    #[schemars(with = "Option<written::Duration>")]
    pub appeal_timer: Option<PolicyDuration>,
    /// The payment details on the system-logged order page: the only ones that bind.
    pub payment_method: PaymentMethod,
    /// The ad's trading terms. Buyer 4.a: an extra verification the seller asks for may go
    /// ahead only if these terms disclosed it and the buyer agreed.
    #[schemars(with = "Option<String>")]
    pub ad_terms: Option<Located<String>>,
    /// The country the fiat is paid in, ISO 3166 alpha-2 (`PH`, `VN`, `BR`). Phone-number
    /// wallets written in national form (`0917 123 4567`) are read as this country's numbers.
    /// Default: the fiat's country (`PHP` → `PH`, `VND` → `VN`, `INR` → `IN`…); for a currency
    /// of many countries (`EUR`, `USD`) a national number is compared as written.
    #[schemars(with = "Option<written::Country>")]
    pub country: Option<Located<String>>,
}

impl Order {
    /// The country whose phone numbers the payments are written in: `country`, else the
    /// fiat's.
    pub fn phone_country(&self) -> Option<&str> {
        match &self.country {
            Some(country) => Some(country.value.as_str()),
            None => crate::vocab::identity::accounts::country_of_currency(&self.fiat),
        }
    }
}

word_enum! {
    /// How the buyer pays.
    PaymentKind {
        BankTransfer = "bank_transfer",
        EWallet = "e_wallet",
        Card = "card",
        Cash = "cash",
        Other = "other",
    }
}

/// The payment details on the system-logged order page: the only binding ones.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentMethod {
    /// How the buyer pays: `bank_transfer`, `e_wallet`, `card`, `cash` or `other`. Descriptive.
    pub kind: PaymentKind,
    /// Whether the rail is real-time. Buyer 1.b gives the seller `instant_release` (1 hour)
    /// after an instant payment and `non_instant_release` (2 working days) otherwise; a
    /// payment's own `instant` overrides it.
    pub instant: bool,
    /// The account on the order page: an IBAN, a phone-number wallet, a PIX key, a CLABE, a UPI
    /// handle or an account number, with or without the bank's name. Compared with each
    /// payment's `to_account` as an account (same, another, or cannot tell: seller 1.c); an
    /// IBAN or a CLABE with wrong check digits is an error.
    #[schemars(with = "written::Id")]
    pub account: Located<String>,
    /// The account holder's name as the order page shows it. Descriptive.
    pub holder: Option<String>,
}

/// A party's identity and platform record.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trader {
    /// The platform's user id. Shown in the ruling's heading.
    #[schemars(with = "written::Id")]
    pub uid: String,
    /// The name verified by KYC, as the platform holds it, accents and all. A payment whose
    /// `payer_name` does not match the buyer's (accents, case and spacing folded) is a
    /// third-party payment: no release, refund only (buyer 1.a's precondition).
    #[schemars(with = "String")]
    pub verified_name: Located<String>,
    /// Identity verification completed (default `false`). Under a policy with the KYC gate
    /// (`bitget`), an appeal where either party is not verified is `inadmissible`.
    #[serde(default)]
    pub kyc_verified: bool,
    /// Counters the platform keeps, each a whole number from 0, default 0.
    #[serde(default)]
    pub history: History,
    /// The language the party is sent its notices in, a BCP 47 tag: `vi`, `fil`, `ru`, `tr`,
    /// `pt-BR`, `es`, `ar` or `en` (`pt` picks `pt-BR`, `es-MX` picks `es`). Default: the
    /// language of the ruling (`--lang`, else English). A translated notice says that the
    /// English text prevails.
    #[schemars(with = "Option<String>")]
    pub language: Option<Located<&'static str>>,
}

/// Counters kept by the platform: earlier confirmed offences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Earlier confirmed offensive-language offences. At the policy's `repeat_threshold` a
    /// newly confirmed offence is a permanent ban instead of a suspension (buyer 5.a, seller
    /// 6.a).
    #[serde(default)]
    #[schemars(range(max = 100_000))]
    pub offensive_language: u32,
    /// Orders placed and not paid in the platform's look-back window. Seller 3.a: at the
    /// policy's `unpaid_threshold` support investigates malicious buying.
    #[serde(default)]
    #[schemars(range(max = 100_000))]
    pub unpaid_orders: u32,
    /// Other confirmed rule violations. Seller 1.c: a buyer who paid elsewhere again is
    /// banned; buyer 4.a: a repeated out-of-policy demand suspends the seller.
    #[serde(default)]
    #[schemars(range(max = 100_000))]
    pub violations: u32,
}

/// One transfer of fiat from the buyer (or someone paying for them) to the seller.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// Position in the file, for references (`payments[2]`).
    #[serde(skip)]
    pub index: usize,
    /// When the transfer was made. A top-up after seller 2.a's window does not count.
    #[schemars(with = "written::Time")]
    pub at: Located<Time>,
    /// The amount transferred, in `order.fiat`. The sum of all payments is what was paid.
    #[schemars(with = "written::Decimal")]
    pub amount: Located<Decimal>,
    /// The name on the paying account, as the bank shows it. Compared with the buyer's
    /// `verified_name` (a third-party payment is refunded, never released on).
    #[schemars(with = "written::Text")]
    pub payer_name: Located<String>,
    /// The account paid into. Compared with `order.payment_method.account` (seller 1.c).
    #[schemars(with = "written::Id")]
    pub to_account: Located<String>,
    /// This payment's rail, when it differs from the order's `payment_method.instant`.
    pub instant: Option<bool>,
    /// The transfer's reference text. Buyer 1.c: a sensitive word from the policy's list (e.g.
    /// "crypto", "USDT") sends a non-release appeal to 1.c.
    #[schemars(with = "Option<String>")]
    pub remarks: Option<Located<String>>,
    /// The `id` of the evidence that proves this payment. Valid proof is evidence with
    /// `official_source: true` that is not `tampered`; seller 1.a and 1.b, buyer 3.a and others
    /// ask for it.
    #[schemars(with = "Option<written::Text>")]
    pub proof: Option<Located<String>>,
}

impl Payment {
    pub fn path(&self) -> String {
        format!("payments[{}]", self.index)
    }
}

spelling! {
    /// Who did something on the platform.
    TimelineActor as "Actor" for Actor {
        "buyer" => Buyer,
        "seller" => Seller,
        "cs" => Support,
        "system" => Platform,
    }
}

word_enum! {
    /// A seller's (or buyer's) answer to support. `account_accessible`: the seller says the
    /// account paid is theirs and receives; `account_inaccessible`: the seller claims it cannot
    /// (seller 1.c).
    Stance {
        Refuses = "refuses",
        PaymentNotReceived = "payment_not_received",
        WillRelease = "will_release",
        WillRefund = "will_refund",
        AccountAccessible = "account_accessible",
        AccountInaccessible = "account_inaccessible",
        Other = "other",
    }
}

word_enum! {
    /// Support's finding on where a payment went, when its account could not be told from the
    /// order page's by how it is written.
    AccountPaid {
        OrderPage = "order_page",
        Other = "other",
    }
}

word_enum! {
    CancelReason {
        Timeout = "timeout",
        Mistake = "mistake",
        Other = "other",
    }
}

word_enum! {
    VerificationKind {
        PaymentScreenshot = "payment_screenshot",
        SelfieWithId = "selfie_with_id",
        Other = "other",
    }
}

/// What happened, with the keys each kind of event takes (besides `at`, `event` and `note`).
/// `by` is who acted, `party` who was acted on. Deadlines run from support's first
/// `cs_contacted` with a party at or after the appeal.
// `EventName` is derived from this enum: a variant added here is a compile error in `read_event`
// until it has its reading.
#[derive(Debug, Clone, PartialEq, Eq, JsonSchema, strum::EnumDiscriminants)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(transform = event_file_form)]
#[strum_discriminants(
    name(EventName),
    vis(pub),
    derive(strum::IntoStaticStr, strum::EnumIter, strum::EnumString),
    strum(serialize_all = "snake_case"),
    doc = "The name of a kind of event, as a case file writes it after `event:`."
)]
pub enum EventKind {
    /// The buyer pressed "mark as paid" (`by`, if written, is `buyer`). Starts the appeal timer
    /// (the timer gate).
    MarkedPaid,
    /// The appeal was opened on the platform. Informational: `appeal.at` is what counts.
    AppealOpened {
        /// Who opened it.
        by: Option<Party>,
    },
    /// Support contacted a party. Starts that party's windows (seller response, refund, proof,
    /// top-up…).
    CsContacted {
        /// The party contacted.
        party: Party,
    },
    /// A party answered support. A seller's `refuses` makes a non-release appeal buyer 1.a; a
    /// seller's `payment_not_received` under 1.a sends it to seller 1.b (or 1.a without valid
    /// proof); a buyer's `refuses` counts as not cooperating (seller 5.a).
    Responded {
        /// Who answered.
        by: Party,
        /// What they said.
        stance: Stance,
    },
    /// A party asked to cancel. A seller's request makes a non-release appeal buyer 1.a.
    CancelRequested {
        /// Who asked.
        by: Party,
    },
    /// The crypto left escrow to the buyer: a non-release appeal is then `closed`.
    Released {
        /// Who released it: `seller` or `cs`.
        #[schemars(with = "TimelineActor", extend("enum" = ["seller", "cs"]))]
        by: Actor,
    },
    /// The order was cancelled. A non-release appeal moves to buyer 3.a.
    Cancelled {
        /// Who cancelled it: `system`, `buyer`, `seller` or `cs`.
        #[schemars(with = "TimelineActor")]
        by: Actor,
        /// Why: `timeout`, `mistake` or `other` (the default).
        #[schemars(with = "Option<CancelReason>")]
        reason: CancelReason,
    },
    /// The seller refunded the buyer (`by`, if written, is `seller`). A refund on file settles
    /// a refund the ruling asks for, even a late one; a partial one lowers what is still owed.
    RefundCompleted {
        /// The amount refunded; absent, the full refund asked for.
        #[schemars(with = "Option<written::Decimal>")]
        amount: Option<Decimal>,
    },
    /// The seller refused to refund (`by`, if written, is `seller`).
    RefundRefused,
    /// A party's account was blocked (seller 4.a).
    AccountBlocked {
        /// Whose account.
        party: Party,
    },
    /// Support asked a party for evidence. Where a rule asks for evidence without its own
    /// window, the policy's `evidence_window` runs from this event (else from the appeal).
    EvidenceRequested {
        /// Who was asked.
        party: Party,
    },
    /// Support could not reach the party (at or after the appeal; an earlier one is history).
    Unreachable {
        /// Who could not be reached.
        party: Party,
    },
    /// The parties settled between themselves (seller 4.a: `closed`).
    Agreement,
    /// The seller asked for extra verification (`by`, if written, is `seller`): buyer 4.a.
    VerificationRequested {
        /// What was asked: `payment_screenshot`, `selfie_with_id` or `other` (the default).
        #[schemars(with = "Option<VerificationKind>")]
        kind: VerificationKind,
    },
    /// The buyer agreed to the verification (`by`, if written, is `buyer`).
    VerificationAgreed,
    /// The buyer refused the verification (`by`, if written, is `buyer`).
    VerificationRefused,
    /// A party proposed trading or paying off the platform: an out-of-policy demand by the
    /// seller (buyer 4.a), and a notice.
    OffPlatform {
        /// Who proposed it.
        by: Party,
    },
}

/// Events whose `by` is always the same party: the file may write it (and it must be that
/// party) or leave it out; the model does not keep it.
pub(crate) const FIXED_PARTY: &[(EventName, Party)] = &[
    (EventName::MarkedPaid, Party::Buyer),
    (EventName::RefundCompleted, Party::Seller),
    (EventName::RefundRefused, Party::Seller),
    (EventName::VerificationRequested, Party::Seller),
    (EventName::VerificationAgreed, Party::Buyer),
    (EventName::VerificationRefused, Party::Buyer),
];

/// Completes the schema of [`EventKind`] with what every event of the file may carry besides
/// its fields: a `note`, and the fixed `by` of [`FIXED_PARTY`].
fn event_file_form(schema: &mut schemars::Schema) {
    let Some(variants) = schema
        .get_mut("oneOf")
        .and_then(serde_json::Value::as_array_mut)
    else {
        return;
    };
    for variant in variants {
        let name = variant
            .pointer("/properties/event/const")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(properties) = variant
            .get_mut("properties")
            .and_then(serde_json::Value::as_object_mut)
        else {
            continue;
        };
        if let Some((_, party)) = FIXED_PARTY
            .iter()
            .find(|(event, _)| <&str>::from(*event) == name)
        {
            properties.insert(
                "by".into(),
                serde_json::json!({
                    "description": format!("Always `{party}`; may be left out."),
                    "const": party.as_str()
                }),
            );
        }
        properties.insert(
            "note".into(),
            serde_json::json!({
                "description": "Free text for people; not read by the ruling.",
                "type": "string"
            }),
        );
    }
}

/// What build.rs works out from `schema/case.json`, the committed schema of this model.
mod prepared {
    include!(concat!(env!("OUT_DIR"), "/case_keys.rs"));
}

/// The event names of the case format, and the keys each takes besides `at`, `event` and
/// `note`, as the schema of [`EventKind`] has them.
fn event_forms() -> &'static [(&'static str, &'static [&'static str])] {
    prepared::EVENTS
}

/// The event names of the case format, in the order [`EventKind`] declares them.
pub fn event_names() -> Vec<&'static str> {
    EventName::iter().map(<&'static str>::from).collect()
}

/// A timeline event.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Position in the file, for references (`timeline[2]`).
    #[serde(skip)]
    pub index: usize,
    /// When it happened.
    #[schemars(with = "written::Time")]
    pub at: Located<Time>,
    /// What happened: `event` names it, with the keys its kind takes.
    #[serde(flatten)]
    pub kind: EventKind,
    /// Free text for people; not read by the ruling.
    #[serde(skip)]
    pub note: Option<String>,
}

impl Event {
    pub fn path(&self) -> String {
        format!("timeline[{}]", self.index)
    }
}

word_enum! {
    /// What an appeal is about; docs/case-format.md ("Which clause decides") says where each type goes.
    AppealType {
        SellerNotReleasing = "seller_not_releasing",
        SensitiveRemarks = "sensitive_remarks",
        Overpaid = "overpaid",
        CancelledAfterPayment = "cancelled_after_payment",
        OutOfNormRequest = "out_of_norm_request",
        OffensiveLanguage = "offensive_language",
        Fraud = "fraud",
        PaymentNotReceived = "payment_not_received",
        InaccessibleAccount = "inaccessible_account",
        Underpaid = "underpaid",
        MaliciousBuying = "malicious_buying",
        AccountBlocked = "account_blocked",
        ReleasedWithoutPayment = "released_without_payment",
    }
}

impl AppealType {
    /// Which party may file this type; `None` for either.
    pub fn filed_by(self) -> Option<Party> {
        use AppealType::*;
        match self {
            SellerNotReleasing
            | SensitiveRemarks
            | Overpaid
            | CancelledAfterPayment
            | OutOfNormRequest => Some(Party::Buyer),
            PaymentNotReceived
            | InaccessibleAccount
            | Underpaid
            | MaliciousBuying
            | AccountBlocked
            | ReleasedWithoutPayment => Some(Party::Seller),
            OffensiveLanguage | Fraud => None,
        }
    }
}

/// Who appealed, when, and what about.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appeal {
    /// Who filed: `buyer` or `seller`. Some types are open to one side only.
    pub by: Located<Party>,
    /// When the appeal was filed. Support's contact counts from here; the age limit is checked
    /// at this moment.
    #[schemars(with = "written::Time")]
    pub at: Located<Time>,
    /// What the appeal is about; it decides the governing clause, which the facts may re-route
    /// (`appeal explain TYPE`).
    #[serde(rename = "type")]
    pub kind: Located<AppealType>,
    /// The appellant's own words. Under a policy with the reason gate (`bitget`), an appeal
    /// without one is `inadmissible`.
    #[schemars(with = "Option<String>")]
    pub reason: Option<Located<String>>,
}

word_enum! {
    EvidenceKind {
        PaymentReceipt = "payment_receipt",
        BankStatement = "bank_statement",
        Screenshot = "screenshot",
        ChatExport = "chat_export",
        IdDocument = "id_document",
        PoliceReport = "police_report",
        ChargebackNotice = "chargeback_notice",
        BankNotice = "bank_notice",
        Other = "other",
    }
}

/// A document a party uploaded.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Position in the file, for references (`evidence[1]`).
    #[serde(skip)]
    pub index: usize,
    /// Unique id, named by a payment's `proof` (e.g. `receipt-1`).
    #[schemars(with = "written::Text")]
    pub id: Located<String>,
    /// Who submitted it: `buyer` or `seller`. The seller's bank statement answers seller 1.b;
    /// the buyer's documents answer seller 4.a.
    pub by: Party,
    /// What it is. A screenshot is not a receipt; seller 4.a needs a `police_report`,
    /// `chargeback_notice` or `bank_notice`.
    pub kind: EvidenceKind,
    /// When it was submitted. Evidence after a window closed does not meet it.
    #[schemars(with = "written::Time")]
    pub at: Located<Time>,
    /// It comes from the bank's or wallet's official app or website (default `false`). Needed
    /// for valid proof of a payment.
    #[serde(default)]
    pub official_source: bool,
    /// Support found it forged or edited (default `false`). Tampered evidence proves nothing
    /// and counts as established fraud by the party who submitted it.
    #[serde(default)]
    pub tampered: bool,
    /// Bank statements only: `true`, the funds appear on it (seller 1.b releases at once);
    /// `false`, they do not (the payment goes to a trace). Leave it out until support has read
    /// the statement.
    pub shows_receipt: Option<bool>,
    /// The document's path, relative to the case file's folder, without `..`; it must exist and
    /// stay inside that folder.
    #[schemars(with = "Option<written::Text>")]
    pub file: Option<Located<String>>,
    /// The file's SHA-256 when it was logged (64 hex digits, `sha256sum FILE`); checked against
    /// `file`.
    #[schemars(with = "Option<written::Sha256>")]
    pub sha256: Option<Located<String>>,
    /// Free text for people; not read by the ruling.
    pub note: Option<String>,
}

spelling! {
    /// Who wrote a chat line.
    ChatWriter as "Speaker" for Actor {
        "buyer" => Buyer,
        "seller" => Seller,
        "cs" => Support,
    }
}

/// A line of the order chat.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChatLine {
    /// Position in the file, for references (`chat[0]`).
    #[serde(skip)]
    pub index: usize,
    /// Unique id (`c1`, `c2`…); rulings quote a line as `chat:c1`.
    #[schemars(with = "written::Text")]
    pub id: Located<String>,
    /// When the line was written.
    #[schemars(with = "written::Time")]
    pub at: Located<Time>,
    /// Who wrote it: `buyer`, `seller` or `cs` (support).
    #[schemars(with = "ChatWriter")]
    pub from: Actor,
    /// The words, as written. Matched (whole words, accents and case folded) against the
    /// policy's word lists: offensive words raise a follow-up for support; verification and
    /// out-of-policy words from the seller are buyer 4.a's demands; outside channels draw a
    /// notice.
    pub text: String,
}

/// Determinations only a person can make. Leave them out until support has made them; the
/// ruling says when it waits for one.
#[derive(Debug, Clone, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Findings {
    /// Support's finding on fraud.
    pub fraud: Option<FraudFinding>,
    /// Seller 3.a: the buyer placed orders with no intent to pay (default `false`). Cancels the
    /// order and bans the buyer permanently.
    #[serde(default)]
    pub malicious_buying_confirmed: bool,
    /// Support confirmed offensive language by that party (`{ party: seller }`), or `false`:
    /// a suspension, or a permanent ban at the repeat threshold. A matching chat line alone
    /// only raises a follow-up.
    #[schemars(with = "Option<written::Offender>")]
    pub offensive_language_confirmed: Option<Party>,
    /// Buyer 1.a, price out of band: support accepts the seller's reason for a late refund, so
    /// the crypto is not released and the refund stays owed (default `false`).
    #[serde(default)]
    pub valid_refund_justification: bool,
    /// Support reopened an order older than the age limit: the age gate steps aside (default
    /// `false`).
    #[serde(default)]
    pub reopen_approved: bool,
    /// Seller 1.c: support verified where the payments went, when an account paid could not be
    /// told from the order page's as written: `order_page` or `other`.
    pub account_paid: Option<AccountPaid>,
    /// Who support found holds the account the buyer paid from, when the payer's name and the
    /// buyer's verified name cannot tell (e.g. from a bank statement that shows the holder):
    /// `buyer` (the clause applies as if the names matched) or `someone_else` (a third-party
    /// payment, MEXC buyer 1.a). Unset: the ruling waits for it.
    pub paying_account_holder: Option<AccountHolder>,
}

word_enum! {
    /// Who holds the account a payment came from, as support verified it.
    AccountHolder {
        Buyer = "buyer",
        SomeoneElse = "someone_else",
    }
}

/// Support's finding on fraud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FraudFinding {
    /// Who committed it: `buyer` or `seller`.
    pub party: Party,
    /// Established (default `false`): the fraudster is banned and their ads removed (buyer
    /// 6.a, seller 7.a); no clause releases the crypto to a buyer whose fraud is established.
    /// Unconfirmed: `escalate`.
    #[serde(default)]
    pub confirmed: bool,
    /// A loss is likely (default `false`): the fraudster's assets are also frozen.
    #[serde(default)]
    pub loss_likely: bool,
}

/// The whole outcome the ruling must have (`appeal test`; `appeal test --bless` writes it);
/// `appeal judge` ignores it.
#[derive(Debug, Clone, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// The decision the ruling must have.
    pub decision: Located<Decision>,
    /// `pending` (waiting for someone before `next_deadline`) or `final`.
    pub status: Located<Status>,
    /// The clause that governs the ruling (after re-routing), or the gate that decided.
    #[schemars(with = "written::ClauseName")]
    pub clause: Located<ClauseId>,
    /// Exactly the ruling's sanctions, in any order: one it has that is not listed fails.
    /// Leave out when the ruling has none.
    #[serde(default)]
    pub sanctions: Vec<ExpectedSanction>,
    /// The ruling's amount (refunds, excess, a partial release); leave out when it has none.
    #[schemars(with = "Option<written::Decimal>")]
    pub amount: Option<Located<Decimal>>,
    /// The ruling's next deadline, compared as an instant; leave out when it has none (a final
    /// ruling).
    #[schemars(with = "Option<written::Time>")]
    pub next_deadline: Option<Located<Time>>,
}

/// A sanction a sample case expects: `days: None` is a sanction without a length (until
/// resolved, permanent, or a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectedSanction {
    /// Who is sanctioned: `buyer` or `seller`.
    pub party: Party,
    /// The sanction.
    pub action: SanctionAction,
    /// Its length in days; leave out for a sanction without one (until resolved, permanent, a
    /// warning).
    #[schemars(range(max = 36500))]
    pub days: Option<u32>,
}

/// A case that was read, with the warnings it raised.
#[derive(Debug, Clone)]
pub struct LoadedCase {
    pub case: Case,
    pub source: SourceFile,
    pub warnings: Vec<Problem>,
    /// The document as read, with the span of every key and value.
    pub tree: Node,
}

impl LoadedCase {
    /// The line of the case file a ruling's reference (`timeline[2]`, `chat:c3`) points at.
    pub fn line_of(&self, reference: &str) -> Option<usize> {
        let span = self.tree.locate(reference)?;
        Some(crate::reading::source::line_at(
            self.source.text.as_bytes(),
            span.start,
        ))
    }
}

/// Reads and validates a case without touching the disk: the `file:` of its evidence is not
/// looked at. A caller that has the case's folder checks the files as well with
/// [`crate::hearing::evidence_files::load`].
pub fn load(source: SourceFile) -> Result<LoadedCase, FileProblems> {
    load_checking(source, |_, _, _| {})
}

/// Reads and validates a case, and runs `check_files` on its evidence once every item has been
/// read, so that the problems it finds are reported with the others of the file.
pub fn load_checking(
    source: SourceFile,
    check_files: impl FnOnce(&[Evidence], &SourceFile, &mut Problems),
) -> Result<LoadedCase, FileProblems> {
    let tree = match document::parse_yaml(&source) {
        Ok(tree) if tree.is_null() => {
            let problem = Problem::empty_case(&source.name);
            return Err(FileProblems::new(source, vec![problem]));
        }
        Ok(tree) => tree,
        Err(problems) => {
            return Err(FileProblems::new(source, problems));
        }
    };
    let mut problems = Problems::default();
    // Cross-checks run on every part that could be read, so a file's independent mistakes are
    // reported together even when some fields are wrong on their own.
    let draft = read_case(&tree, &mut problems);
    if let Some(draft) = &draft {
        validate(draft, &mut problems);
        check_files(&draft.evidence.items, &source, &mut problems);
    }
    match draft.and_then(Draft::into_case) {
        Some(case) if !problems.has_errors() => Ok(LoadedCase {
            case,
            source,
            warnings: problems.list,
            tree,
        }),
        _ => Err(FileProblems::new(source, problems.list)),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

pub(crate) static CASE_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Case>);

/// What could be read of a case file: each part, or `None` where it had a problem of its own.
/// Lists keep the items that were read.
struct Draft {
    id: Option<Located<String>>,
    policy: Option<Located<String>>,
    as_of: Option<Located<Time>>,
    created_at: Option<Located<Time>>,
    order: Option<Order>,
    buyer: Option<Trader>,
    seller: Option<Trader>,
    payments: Listed<Payment>,
    /// The `proof:` of every payment as written, read or not, by the payment's index.
    proofs: Vec<(usize, Located<String>)>,
    timeline: Listed<Event>,
    appeal: Option<Appeal>,
    evidence: Listed<Evidence>,
    /// The id of every evidence item as written, read or not; `None` when one cannot be told.
    evidence_ids: Option<Vec<String>>,
    chat: Listed<ChatLine>,
    findings: Option<Findings>,
    expect: Option<Option<Expect>>,
}

impl Draft {
    /// The case, when every part was read.
    fn into_case(self) -> Option<Case> {
        Some(Case {
            id: self.id?,
            policy: self.policy,
            as_of: self.as_of?,
            order: self.order?,
            buyer: self.buyer?,
            seller: self.seller?,
            payments: self.payments.complete()?,
            timeline: self.timeline.complete()?,
            appeal: self.appeal?,
            evidence: self.evidence.complete()?,
            chat: self.chat.complete()?,
            findings: self.findings?,
            expect: self.expect?,
        })
    }
}

/// The items of a list that were read, and whether that is all of them.
struct Listed<T> {
    items: Vec<T>,
    all_read: bool,
}

impl<T> Listed<T> {
    fn complete(self) -> Option<Vec<T>> {
        self.all_read.then_some(self.items)
    }
}

fn read_case(root: &Node, problems: &mut Problems) -> Option<Draft> {
    let top = 0..0;
    let mut map = MapReader::of_model(root, "the case file", &top, &CASE_KEYS, problems)?;
    let id = map
        .required("case", "APL-2025-0001", problems)
        .and_then(|e| non_empty_text(e, "case", problems));
    let policy = map
        .optional("policy")
        .and_then(|e| non_empty_text(e, "policy", problems));
    let as_of = map
        .required("as_of", "2025-06-01T12:30:00+08:00", problems)
        .and_then(|e| time(e, "as_of", problems));
    let (order, created_at) = map
        .required("order", "{ id: …, created_at: … }", problems)
        .map(|e| read_order(e, problems))
        .unwrap_or((None, None));
    let buyer = map
        .required("buyer", "{ uid: …, verified_name: … }", problems)
        .and_then(|e| read_trader(e, "buyer", problems));
    let seller = map
        .required("seller", "{ uid: …, verified_name: … }", problems)
        .and_then(|e| read_trader(e, "seller", problems));
    let payments_entry = map.optional("payments");
    let payments = read_list(payments_entry, "payments", problems, read_payment);
    let proofs = written_texts(payments_entry, "proof")
        .enumerate()
        .filter_map(|(index, proof)| Some((index, proof?)))
        .collect();
    let timeline = read_list(map.optional("timeline"), "timeline", problems, read_event);
    let appeal = map
        .required("appeal", "{ by: buyer, at: …, type: … }", problems)
        .and_then(|e| read_appeal(e, problems));
    let evidence_entry = map.optional("evidence");
    let evidence = read_list(evidence_entry, "evidence", problems, read_evidence);
    let evidence_ids = written_ids(evidence_entry);
    let chat = read_list(map.optional("chat"), "chat", problems, read_chat);
    let findings = match map.optional("findings") {
        Some(entry) => read_findings(entry, problems),
        None => Some(Findings::default()),
    };
    let expect = match map.optional("expect") {
        Some(entry) => read_expect(entry, problems).map(Some),
        None => Some(None),
    };
    map.finish(problems);
    Some(Draft {
        id,
        policy,
        as_of,
        created_at,
        order,
        buyer,
        seller,
        payments,
        proofs,
        timeline,
        appeal,
        evidence,
        evidence_ids,
        chat,
        findings,
        expect,
    })
}

/// The text under `key` of each item of a list as written, whether or not the rest of the item
/// reads: `None` for an item without one (or not a mapping).
fn written_texts<'a>(
    entry: Option<&'a Entry>,
    key: &'a str,
) -> impl Iterator<Item = Option<Located<String>>> + 'a {
    let items = match entry.map(|e| &e.value.value) {
        Some(DocValue::Seq(items)) => items.as_slice(),
        _ => &[],
    };
    items.iter().map(move |item| {
        let DocValue::Map(entries) = &item.value else {
            return None;
        };
        let found = entries.iter().find(|e| e.key == key)?;
        match &found.value.value {
            DocValue::Scalar(scalar)
                if scalar.kind != ScalarKind::Null && !scalar.text.trim().is_empty() =>
            {
                let span = crate::reading::decode::point(&found.value, &found.key_span);
                Some(Located::new(scalar.text.clone(), span))
            }
            _ => None,
        }
    })
}

/// The `id` of every item of a list as written, read or not: `None` when the list is not a
/// list or an item's id cannot be told, for then no reference can be called unknown.
fn written_ids(entry: Option<&Entry>) -> Option<Vec<String>> {
    if let Some(entry) = entry
        && !matches!(entry.value.value, DocValue::Seq(_))
    {
        return None;
    }
    written_texts(entry, "id")
        .map(|id| id.map(|id| id.value))
        .collect()
}

/// Reads every item of an optional list, keeping those that were valid.
fn read_list<T>(
    entry: Option<&Entry>,
    place: &str,
    problems: &mut Problems,
    read: fn(&Node, &str, usize, &Span, &mut Problems) -> Option<T>,
) -> Listed<T> {
    let Some(entry) = entry else {
        return Listed {
            items: Vec::new(),
            all_read: true,
        };
    };
    let Some(items) = list(entry, place, problems) else {
        return Listed {
            items: Vec::new(),
            all_read: false,
        };
    };
    let mut out = Vec::with_capacity(items.len());
    let mut all_read = true;
    for (index, (path, node)) in items.into_iter().enumerate() {
        // An entry of another list pasted here is one mistake, not one per key.
        if let Some(problem) = misplaced_entry(node, &path, &entry.key) {
            problems.push(problem);
            all_read = false;
            continue;
        }
        // Problems of the item as a whole point at the item, not at the list's key.
        let anchor = decode::item_anchor(node, &entry.key_span);
        match read(node, &path, index, &anchor, problems) {
            Some(item) => out.push(item),
            None => all_read = false,
        }
    }
    Listed {
        items: out,
        all_read,
    }
}

/// The lists of a case file: their key, what one entry is called, and the keys an entry takes.
fn case_lists() -> [(&'static str, &'static str, &'static [&'static str]); 4] {
    [
        ("payments", "a payment", &PAYMENT_KEYS),
        ("timeline", "a timeline event", &EVENT_KEYS),
        ("evidence", "an evidence entry", &EVIDENCE_KEYS),
        ("chat", "a chat line", &CHAT_KEYS),
    ]
}

/// When an item of the list `list` has keys that list does not take and every one of its keys
/// is a key of exactly one other list, the item was most likely pasted into the wrong list:
/// one problem that says where it belongs.
fn misplaced_entry(node: &Node, place: &str, list: &str) -> Option<Problem> {
    let crate::reading::document::Value::Map(entries) = &node.value else {
        return None;
    };
    let lists = case_lists();
    let (_, own_name, own_keys) = lists.iter().find(|(key, _, _)| *key == list)?;
    let foreign: Vec<&str> = entries
        .iter()
        .map(|e| e.key.as_str())
        .filter(|key| !own_keys.contains(key))
        .collect();
    if foreign.is_empty() {
        return None;
    }
    let mut fitting = lists.iter().filter(|(key, _, keys)| {
        *key != list && entries.iter().all(|e| keys.contains(&e.key.as_str()))
    });
    let (belongs, name, _) = match (fitting.next(), fitting.next()) {
        (Some(other), None) => other,
        _ => return None,
    };
    let own: Vec<String> = own_keys.iter().map(|k| format!("`{k}`")).collect();
    let foreign: Vec<String> = foreign.iter().map(|k| format!("`{k}`")).collect();
    Some(Problem::misplaced_entry(
        place,
        name,
        own_name,
        belongs,
        &decode::item_anchor(node, &node.span),
        format!(
            "move it under `{belongs}:`; {} {} of {name}, and {own_name} takes {}",
            foreign.join(", "),
            if foreign.len() == 1 {
                "is a key"
            } else {
                "are keys"
            },
            own.join(", ")
        ),
    ))
}

pub(crate) static ORDER_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Order>);

/// The order, and its creation time even when another of its fields is wrong (the time every
/// other time of the case is checked against).
fn read_order(entry: &Entry, problems: &mut Problems) -> (Option<Order>, Option<Located<Time>>) {
    let Some(mut map) = MapReader::of_model(
        &entry.value,
        "order",
        &entry.key_span,
        &ORDER_KEYS,
        problems,
    ) else {
        return (None, None);
    };
    let id = map
        .required("id", "\"2025060100001\"", problems)
        .and_then(|e| non_empty_text(e, "order.id", problems));
    let created_at = map
        .required("created_at", "2025-06-01T10:00:00+08:00", problems)
        .and_then(|e| time(e, "order.created_at", problems));
    let asset = map
        .required("asset", "USDT", problems)
        .and_then(|e| currency(e, "order.asset", problems));
    let fiat = map
        .required("fiat", "VND", problems)
        .and_then(|e| currency(e, "order.fiat", problems));
    let price = map
        .required("price", "25500", problems)
        .and_then(|e| positive_decimal(e, "order.price", problems));
    let quantity = map
        .required("quantity", "100", problems)
        .and_then(|e| positive_decimal(e, "order.quantity", problems));
    let amount = map
        .required("amount", "2550000", problems)
        .and_then(|e| positive_decimal(e, "order.amount", problems));
    let reference_price = optional(&mut map, "reference_price", problems, positive_decimal);
    let payment_window = optional(&mut map, "payment_window", problems, duration);
    let appeal_timer = optional(&mut map, "appeal_timer", problems, duration);
    let payment_method = map
        .required(
            "payment_method",
            "{ kind: bank_transfer, instant: true, account: … }",
            problems,
        )
        .and_then(|e| read_payment_method(e, problems));
    let ad_terms = optional(&mut map, "ad_terms", problems, text);
    let country = optional(&mut map, "country", problems, country);
    map.finish(problems);
    let order = (|| {
        Some(Order {
            id: id?,
            created_at: created_at.clone()?,
            asset: asset?,
            fiat: fiat?,
            price: price?,
            quantity: quantity?,
            amount: amount?,
            reference_price: reference_price?,
            payment_window: payment_window?,
            appeal_timer: appeal_timer?,
            payment_method: payment_method?,
            ad_terms: ad_terms?,
            country: country?,
        })
    })();
    (order, created_at)
}

/// Reads an optional key: `Some(None)` when absent, `None` when present but invalid.
fn optional<T>(
    map: &mut MapReader<'_>,
    key: &str,
    problems: &mut Problems,
    read: fn(&Entry, &str, &mut Problems) -> Option<T>,
) -> Option<Option<T>> {
    let place = map.child(key);
    match map.optional(key) {
        Some(entry) => read(entry, &place, problems).map(Some),
        None => Some(None),
    }
}

/// Reads an optional boolean with a default.
fn flag(
    map: &mut MapReader<'_>,
    key: &str,
    default: bool,
    problems: &mut Problems,
) -> Option<bool> {
    let place = map.child(key);
    match map.optional(key) {
        Some(entry) => boolean(entry, &place, problems),
        None => Some(default),
    }
}

fn duration(entry: &Entry, place: &str, problems: &mut Problems) -> Option<PolicyDuration> {
    decode::duration(entry, place, problems).map(|(duration, _)| duration)
}

/// An ISO 3166 alpha-2 country code, upper-cased.
fn country(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Located<String>> {
    let code = non_empty_text(entry, place, problems)?;
    let valid = code.value.len() == 2 && code.value.chars().all(|c| c.is_ascii_alphabetic());
    if !valid {
        problems.push(Problem::invalid(
            format!("`{place}` is not a country code: `{}`", code.value),
            &code.span,
            "not an ISO 3166 alpha-2 code",
            "write the country's two letters, e.g. `PH`, `VN`, `BR`, `MX`",
        ));
        return None;
    }
    Some(Located {
        value: code.value.to_uppercase(),
        span: code.span,
    })
}

fn currency(entry: &Entry, place: &str, problems: &mut Problems) -> Option<String> {
    let code = non_empty_text(entry, place, problems)?;
    let valid = (2..=10).contains(&code.value.len())
        && code.value.chars().all(|c| c.is_ascii_alphanumeric());
    if !valid {
        problems.push(Problem::invalid(
            format!(
                "`{place}` is not a currency or asset code: `{}`",
                code.value
            ),
            &code.span,
            "not a code",
            "write the ticker in letters and digits, e.g. `USDT`, `BTC`, `VND`, `EUR`",
        ));
        return None;
    }
    Some(code.value.to_uppercase())
}

pub(crate) static PAYMENT_METHOD_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(keys_of::<PaymentMethod>);

fn read_payment_method(entry: &Entry, problems: &mut Problems) -> Option<PaymentMethod> {
    let place = "order.payment_method";
    let mut map = MapReader::of_model(
        &entry.value,
        place,
        &entry.key_span,
        &PAYMENT_METHOD_KEYS,
        problems,
    )?;
    let kind = map
        .required("kind", "bank_transfer", problems)
        .and_then(|e| choice::<PaymentKind>(e, "order.payment_method.kind", problems));
    let instant = map
        .required("instant", "true", problems)
        .and_then(|e| boolean(e, "order.payment_method.instant", problems));
    let account = map
        .required("account", "\"VCB 0123 456 789\"", problems)
        .and_then(|e| non_empty_text(e, "order.payment_method.account", problems));
    let holder = optional(&mut map, "holder", problems, text);
    map.finish(problems);
    Some(PaymentMethod {
        kind: kind?.value,
        instant: instant?,
        account: account?,
        holder: holder?.map(|h| h.value),
    })
}

pub(crate) static TRADER_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Trader>);
pub(crate) static HISTORY_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<History>);

fn read_trader(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Trader> {
    let mut map =
        MapReader::of_model(&entry.value, place, &entry.key_span, &TRADER_KEYS, problems)?;
    let uid = map
        .required("uid", "\"B-1001\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.uid"), problems));
    let verified_name = map
        .required("verified_name", "\"Trần Thị B\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.verified_name"), problems));
    let kyc_verified = flag(&mut map, "kyc_verified", false, problems);
    let language = optional(&mut map, "language", problems, language);
    let history = match map.optional("history") {
        Some(entry) => read_history(entry, &format!("{place}.history"), problems),
        None => Some(History::default()),
    };
    map.finish(problems);
    Some(Trader {
        uid: uid?.value,
        verified_name: verified_name?,
        kyc_verified: kyc_verified?,
        history: history?,
        language: language?,
    })
}

/// A party's `language:`: a tag that picks one of the languages there are.
fn language(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Located<&'static str>> {
    let written = non_empty_text(entry, place, problems)?;
    match crate::vocab::language::resolve(written.value.trim()) {
        Ok(tag) => Some(Located::new(tag, written.span)),
        Err(unknown) => {
            problems.push(Problem::invalid(
                format!("`{place}`: {unknown}"),
                &written.span,
                "no such language",
                format!(
                    "write one of the languages there are: {}",
                    unknown.known.join(", ")
                ),
            ));
            None
        }
    }
}

fn read_history(entry: &Entry, place: &str, problems: &mut Problems) -> Option<History> {
    let mut map = MapReader::of_model(
        &entry.value,
        place,
        &entry.key_span,
        &HISTORY_KEYS,
        problems,
    )?;
    let mut count = |key: &str, problems: &mut Problems| -> Option<u32> {
        let child = map.child(key);
        match map.optional(key) {
            Some(entry) => integer(entry, &child, 0, 100_000, problems).map(|n| n as u32),
            None => Some(0),
        }
    };
    let offensive_language = count("offensive_language", problems);
    let unpaid_orders = count("unpaid_orders", problems);
    let violations = count("violations", problems);
    map.finish(problems);
    Some(History {
        offensive_language: offensive_language?,
        unpaid_orders: unpaid_orders?,
        violations: violations?,
    })
}

pub(crate) static PAYMENT_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Payment>);

fn read_payment(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Payment> {
    let mut map = MapReader::of_model(node, place, anchor, &PAYMENT_KEYS, problems)?;
    let at = map
        .required("at", "2025-06-01T10:05:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let amount = map
        .required("amount", "2550000", problems)
        .and_then(|e| positive_decimal(e, &format!("{place}.amount"), problems));
    let payer_name = map
        .required("payer_name", "\"TRAN THI B\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.payer_name"), problems));
    let to_account = map
        .required("to_account", "\"VCB 0123456789\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.to_account"), problems));
    let instant = optional(&mut map, "instant", problems, boolean);
    let remarks = optional(&mut map, "remarks", problems, text);
    let proof = optional(&mut map, "proof", problems, non_empty_text);
    map.finish(problems);
    Some(Payment {
        index,
        at: at?,
        amount: amount?,
        payer_name: payer_name?,
        to_account: to_account?,
        instant: instant?,
        remarks: remarks?,
        proof: proof?,
    })
}

/// Every key any event may carry: `at`, `event`, the keys of every kind in the order the kinds
/// first use them, and `note`.
pub(crate) static EVENT_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut keys = vec!["at", "event"];
    for (_, fields) in event_forms() {
        for key in *fields {
            if !keys.contains(key) {
                keys.push(key);
            }
        }
    }
    keys.push("note");
    keys
});

/// The keys (besides `at`, `event` and `note`) each event kind takes.
pub(crate) fn event_fields(event: EventName) -> &'static [&'static str] {
    let event: &str = event.into();
    event_forms()
        .iter()
        .find(|(name, _)| *name == event)
        .map_or(&[], |(_, fields)| *fields)
}

/// The keys a mapping of type `T` takes in a case file, as its schema (derived from the model)
/// has them: the required ones in the order the model declares them, then the others.
fn keys_of<T: JsonSchema>() -> Vec<&'static str> {
    decode::prepared_keys(prepared::MAPPINGS, &T::schema_name())
}

fn read_event(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Event> {
    let mut map = MapReader::of_model(node, place, anchor, &EVENT_KEYS, problems)?;
    let at = map
        .required("at", "2025-06-01T10:06:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let event_place = format!("{place}.event");
    let name = map
        .required("event", "marked_paid", problems)
        .and_then(|e| text(e, &event_place, problems));
    // The keys in the order an event lists them, for the help of an unknown key.
    map.announce(&EVENT_KEYS);
    let note = optional(&mut map, "note", problems, text);
    let Some(name) = name else {
        map.finish(problems);
        return None;
    };
    let Ok(event_name) = name.value.parse::<EventName>() else {
        problems.push(Problem::unknown_value(
            &name.value,
            &event_place,
            &name.span,
            &event_names(),
        ));
        map.finish(problems);
        return None;
    };
    let fields = event_fields(event_name);
    report_keys_of_other_events(&map, &name.value, fields, problems);
    let keys = EventKeys::new(place, &name.value);
    let kind = read_event_kind(&mut map, event_name, &keys, problems);
    // Unknown keys were reported above for known ones; `finish` reports the truly unknown.
    for key in fields {
        let _ = map.optional(key);
    }
    for key in EVENT_KEYS.iter() {
        let _ = map.optional(key);
    }
    map.finish(problems);
    Some(Event {
        index,
        at: at?,
        kind: kind?,
        note: note?.map(|n| n.value),
    })
}

/// Reports the keys that exist for some events but not for this one (`name`, taking `fields`).
fn report_keys_of_other_events(
    map: &MapReader<'_>,
    name: &str,
    fields: &[&str],
    problems: &mut Problems,
) {
    for entry in map.entries() {
        let key = entry.key.as_str();
        if !["at", "event", "note"].contains(&key)
            && EVENT_KEYS.contains(&key)
            && !fields.contains(&key)
        {
            let takes = if fields.is_empty() {
                "no other keys".to_string()
            } else {
                fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            problems.push(Problem::invalid(
                format!("`{key}` does not apply to a `{name}` event"),
                &entry.key_span,
                "not used by this event",
                format!("a `{name}` event takes {takes} (besides `at` and `note`)"),
            ));
        }
    }
}

/// Where one event's keys are, for reading the keys its kind takes.
struct EventKeys<'a> {
    /// The event as written (`marked_paid`).
    name: &'a str,
    place: &'a str,
    by_place: String,
    party_place: String,
}

impl<'a> EventKeys<'a> {
    fn new(place: &'a str, name: &'a str) -> Self {
        EventKeys {
            name,
            place,
            by_place: format!("{place}.by"),
            party_place: format!("{place}.party"),
        }
    }

    /// The required `party` key of an event about one party.
    fn party(&self, map: &mut MapReader<'_>, problems: &mut Problems) -> Option<Party> {
        read_party_key(map, "party", &self.party_place, problems)
    }

    /// The required `by` key of an event either party does.
    fn by_party(&self, map: &mut MapReader<'_>, problems: &mut Problems) -> Option<Party> {
        read_party_key(map, "by", &self.by_place, problems)
    }

    /// The `by` key of an event only one party does: optional, and if written, that party.
    fn fixed_party(
        &self,
        map: &mut MapReader<'_>,
        expected: Party,
        problems: &mut Problems,
    ) -> Option<()> {
        if let Some(entry) = map.optional("by") {
            let by = choice::<Party>(entry, &self.by_place, problems)?;
            if by.value != expected {
                problems.push(Problem::invalid(
                    format!("a `{}` event is always by the {expected}", self.name),
                    &by.span,
                    "wrong party",
                    format!("write `by: {expected}` or leave `by` out"),
                ));
                return None;
            }
        }
        Some(())
    }

    /// The `by` key of an event an actor (a party, CS or the system) does.
    fn actor(
        &self,
        map: &mut MapReader<'_>,
        example: &str,
        problems: &mut Problems,
    ) -> Option<Located<Actor>> {
        map.required("by", example, problems)
            .and_then(|e| choice::<TimelineActor>(e, &self.by_place, problems))
    }
}

fn read_party_key(
    map: &mut MapReader<'_>,
    key: &str,
    place: &str,
    problems: &mut Problems,
) -> Option<Party> {
    map.required(key, "seller", problems)
        .and_then(|e| choice::<Party>(e, place, problems))
        .map(|p| p.value)
}

/// The kind of an event and the keys that kind takes.
fn read_event_kind(
    map: &mut MapReader<'_>,
    event_name: EventName,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    match event_name {
        EventName::MarkedPaid => keys
            .fixed_party(map, Party::Buyer, problems)
            .map(|_| EventKind::MarkedPaid),
        EventName::AppealOpened => optional(map, "by", problems, |e, p, pr| {
            choice::<Party>(e, p, pr)
        })
        .map(|by| EventKind::AppealOpened {
            by: by.map(|b| b.value),
        }),
        EventName::CsContacted => keys
            .party(map, problems)
            .map(|party| EventKind::CsContacted { party }),
        EventName::AccountBlocked => keys
            .party(map, problems)
            .map(|party| EventKind::AccountBlocked { party }),
        EventName::EvidenceRequested => keys
            .party(map, problems)
            .map(|party| EventKind::EvidenceRequested { party }),
        EventName::Unreachable => keys
            .party(map, problems)
            .map(|party| EventKind::Unreachable { party }),
        EventName::Responded => read_responded(map, keys, problems),
        EventName::CancelRequested => keys
            .by_party(map, problems)
            .map(|by| EventKind::CancelRequested { by }),
        EventName::OffPlatform => keys
            .by_party(map, problems)
            .map(|by| EventKind::OffPlatform { by }),
        EventName::Released => read_released(map, keys, problems),
        EventName::Cancelled => read_cancelled(map, keys, problems),
        EventName::RefundCompleted => read_refund_completed(map, keys, problems),
        EventName::RefundRefused => keys
            .fixed_party(map, Party::Seller, problems)
            .map(|_| EventKind::RefundRefused),
        EventName::Agreement => Some(EventKind::Agreement),
        EventName::VerificationRequested => read_verification_requested(map, keys, problems),
        EventName::VerificationAgreed => keys
            .fixed_party(map, Party::Buyer, problems)
            .map(|_| EventKind::VerificationAgreed),
        EventName::VerificationRefused => keys
            .fixed_party(map, Party::Buyer, problems)
            .map(|_| EventKind::VerificationRefused),
    }
}

fn read_responded(
    map: &mut MapReader<'_>,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    let by = keys.by_party(map, problems);
    let stance = map
        .required("stance", "refuses", problems)
        .and_then(|e| choice::<Stance>(e, &format!("{}.stance", keys.place), problems));
    Some(EventKind::Responded {
        by: by?,
        stance: stance?.value,
    })
}

/// `released`: by the seller or by CS, never by the buyer or the system.
fn read_released(
    map: &mut MapReader<'_>,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    let by = keys.actor(map, "seller", problems)?;
    if matches!(by.value, Actor::Seller | Actor::Support) {
        return Some(EventKind::Released { by: by.value });
    }
    problems.push(Problem::unknown_value(
        <TimelineActor as crate::vocab::words::Spelling>::name(by.value),
        &keys.by_place,
        &by.span,
        &["seller", "cs"],
    ));
    None
}

fn read_cancelled(
    map: &mut MapReader<'_>,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    let by = keys.actor(map, "system", problems);
    let reason = optional(map, "reason", problems, |e, p, pr| {
        choice::<CancelReason>(e, p, pr)
    });
    Some(EventKind::Cancelled {
        by: by?.value,
        reason: reason?.map(|r| r.value).unwrap_or(CancelReason::Other),
    })
}

fn read_refund_completed(
    map: &mut MapReader<'_>,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    let by_ok = keys.fixed_party(map, Party::Seller, problems);
    let amount = optional(map, "amount", problems, positive_decimal);
    by_ok?;
    Some(EventKind::RefundCompleted {
        amount: amount?.map(|a| a.value),
    })
}

fn read_verification_requested(
    map: &mut MapReader<'_>,
    keys: &EventKeys<'_>,
    problems: &mut Problems,
) -> Option<EventKind> {
    let by_ok = keys.fixed_party(map, Party::Seller, problems);
    let kind = optional(map, "kind", problems, |e, p, pr| {
        choice::<VerificationKind>(e, p, pr)
    });
    by_ok?;
    Some(EventKind::VerificationRequested {
        kind: kind?.map(|k| k.value).unwrap_or(VerificationKind::Other),
    })
}

pub(crate) static APPEAL_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Appeal>);

fn read_appeal(entry: &Entry, problems: &mut Problems) -> Option<Appeal> {
    let mut map = MapReader::of_model(
        &entry.value,
        "appeal",
        &entry.key_span,
        &APPEAL_KEYS,
        problems,
    )?;
    let by = map
        .required("by", "buyer", problems)
        .and_then(|e| choice::<Party>(e, "appeal.by", problems));
    let at = map
        .required("at", "2025-06-01T10:25:00+08:00", problems)
        .and_then(|e| time(e, "appeal.at", problems));
    let kind = map
        .required("type", "seller_not_releasing", problems)
        .and_then(|e| choice::<AppealType>(e, "appeal.type", problems));
    let reason = optional(&mut map, "reason", problems, text);
    map.finish(problems);
    let (by, kind) = (by?, kind?);
    if let Some(party) = kind.value.filed_by()
        && party != by.value
    {
        let allowed: Vec<&str> = AppealType::CHOICES
            .iter()
            .filter(|(_, t)| t.filed_by().is_none_or(|p| p == by.value))
            .map(|(name, _)| *name)
            .collect();
        problems.push(Problem::invalid(
            format!(
                "a {} cannot file a `{}` appeal; only the {party} can",
                by.value, kind.value
            ),
            &kind.span,
            "not a type for this party",
            format!(
                "appeal types open to the {}: {}",
                by.value,
                allowed.join(", ")
            ),
        ));
        return None;
    }
    Some(Appeal {
        by,
        at: at?,
        kind,
        reason: reason?.filter(|r| !r.value.trim().is_empty()),
    })
}

pub(crate) static EVIDENCE_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Evidence>);

fn read_evidence(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Evidence> {
    let mut map = MapReader::of_model(node, place, anchor, &EVIDENCE_KEYS, problems)?;
    let id = map
        .required("id", "receipt-1", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.id"), problems));
    let by = map
        .required("by", "buyer", problems)
        .and_then(|e| choice::<Party>(e, &format!("{place}.by"), problems));
    let kind = map
        .required("kind", "payment_receipt", problems)
        .and_then(|e| choice::<EvidenceKind>(e, &format!("{place}.kind"), problems));
    let at = map
        .required("at", "2025-06-01T10:26:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let official_source = flag(&mut map, "official_source", false, problems);
    let tampered = flag(&mut map, "tampered", false, problems);
    let shows_receipt = optional(&mut map, "shows_receipt", problems, boolean);
    let file = optional(&mut map, "file", problems, non_empty_text);
    let sha256 = optional(&mut map, "sha256", problems, non_empty_text);
    let note = optional(&mut map, "note", problems, text);
    map.finish(problems);
    let sha256 = sha256?;
    if let Some(digest) = &sha256 {
        let valid = digest.value.len() == 64 && digest.value.chars().all(|c| c.is_ascii_hexdigit());
        if !valid {
            problems.push(Problem::invalid(
                format!("`{place}.sha256` is not a SHA-256 digest"),
                &digest.span,
                "expected 64 hex digits",
                "compute it with `sha256sum FILE` and paste the 64 hex digits",
            ));
            return None;
        }
        if file.as_ref().is_some_and(|f| f.is_none()) {
            problems.push(Problem::invalid(
                format!("`{place}.sha256` is given without a `file` to check it against"),
                &digest.span,
                "nothing to check",
                "add `file:` with the evidence's path, or remove `sha256`",
            ));
        }
    }
    let kind = kind?.value;
    let shows_receipt = shows_receipt?;
    Some(Evidence {
        index,
        id: id?,
        by: by?.value,
        kind,
        at: at?,
        official_source: official_source?,
        tampered: tampered?,
        shows_receipt,
        file: file?,
        sha256,
        note: note?.map(|n| n.value),
    })
}

pub(crate) static CHAT_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<ChatLine>);

fn read_chat(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<ChatLine> {
    let mut map = MapReader::of_model(node, place, anchor, &CHAT_KEYS, problems)?;
    let id = map
        .required("id", "c1", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.id"), problems));
    let at = map
        .required("at", "2025-06-01T10:07:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let from = map
        .required("from", "buyer", problems)
        .and_then(|e| choice::<ChatWriter>(e, &format!("{place}.from"), problems));
    let line = map
        .required("text", "\"Paid, please release\"", problems)
        .and_then(|e| text(e, &format!("{place}.text"), problems));
    map.finish(problems);
    Some(ChatLine {
        index,
        id: id?,
        at: at?,
        from: from?.value,
        text: line?.value,
    })
}

pub(crate) static FINDINGS_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Findings>);
pub(crate) static FRAUD_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<FraudFinding>);

fn read_findings(entry: &Entry, problems: &mut Problems) -> Option<Findings> {
    let mut map = MapReader::of_model(
        &entry.value,
        "findings",
        &entry.key_span,
        &FINDINGS_KEYS,
        problems,
    )?;
    let fraud = match map.optional("fraud") {
        Some(entry) => (|| {
            let mut fraud = MapReader::of_model(
                &entry.value,
                "findings.fraud",
                &entry.key_span,
                &FRAUD_KEYS,
                problems,
            )?;
            let party = fraud
                .required("party", "seller", problems)
                .and_then(|e| choice::<Party>(e, "findings.fraud.party", problems));
            let confirmed = flag(&mut fraud, "confirmed", false, problems);
            let loss_likely = flag(&mut fraud, "loss_likely", false, problems);
            fraud.finish(problems);
            Some(Some(FraudFinding {
                party: party?.value,
                confirmed: confirmed?,
                loss_likely: loss_likely?,
            }))
        })(),
        None => Some(None),
    };
    let malicious = flag(&mut map, "malicious_buying_confirmed", false, problems);
    let offensive = match map.optional("offensive_language_confirmed") {
        Some(entry) => read_offender(entry, problems),
        None => Some(None),
    };
    let justification = flag(&mut map, "valid_refund_justification", false, problems);
    let reopen = flag(&mut map, "reopen_approved", false, problems);
    let account_paid = match map.optional("account_paid") {
        Some(entry) => {
            choice::<AccountPaid>(entry, "findings.account_paid", problems).map(|c| Some(c.value))
        }
        None => Some(None),
    };
    let holder = match map.optional("paying_account_holder") {
        Some(e) => choice::<AccountHolder>(e, "findings.paying_account_holder", problems)
            .map(|h| Some(h.value)),
        None => Some(None),
    };
    map.finish(problems);
    Some(Findings {
        fraud: fraud?,
        malicious_buying_confirmed: malicious?,
        offensive_language_confirmed: offensive?,
        valid_refund_justification: justification?,
        reopen_approved: reopen?,
        account_paid: account_paid?,
        paying_account_holder: holder?,
    })
}

/// `offensive_language_confirmed: { party: seller }`; `false` means no finding.
fn read_offender(entry: &Entry, problems: &mut Problems) -> Option<Option<Party>> {
    let place = "findings.offensive_language_confirmed";
    if let crate::reading::document::Value::Scalar(scalar) = &entry.value.value
        && scalar.kind == crate::reading::document::ScalarKind::Bool
        && scalar.text == "false"
    {
        return Some(None);
    }
    let mut map = MapReader::of_model(&entry.value, place, &entry.key_span, &["party"], problems)?;
    let party = map
        .required("party", "seller", problems)
        .and_then(|e| choice::<Party>(e, "findings.offensive_language_confirmed.party", problems));
    map.finish(problems);
    Some(Some(party?.value))
}

pub(crate) static EXPECT_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(keys_of::<Expect>);
pub(crate) static SANCTION_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(keys_of::<ExpectedSanction>);

fn read_expect(entry: &Entry, problems: &mut Problems) -> Option<Expect> {
    let mut map = MapReader::of_model(
        &entry.value,
        "expect",
        &entry.key_span,
        &EXPECT_KEYS,
        problems,
    )?;
    let decision = map
        .required("decision", "release_to_buyer", problems)
        .and_then(|e| choice::<Decision>(e, "expect.decision", problems));
    let status = map
        .required("status", "final", problems)
        .and_then(|e| choice::<Status>(e, "expect.status", problems));
    let clause = map.required("clause", "buyer.1b", problems).and_then(|e| {
        let written = text(e, "expect.clause", problems)?;
        match ClauseId::parse(&written.value) {
            Some(id) => Some(Located::new(id, written.span)),
            None => {
                problems.push(Problem::unknown_clause(
                    &written.value,
                    &written.span,
                    &ClauseId::names(),
                ));
                None
            }
        }
    });
    let sanctions = read_list(
        map.optional("sanctions"),
        "expect.sanctions",
        problems,
        read_expected_sanction,
    )
    .complete();
    let amount = optional(&mut map, "amount", problems, positive_decimal);
    let next_deadline = optional(&mut map, "next_deadline", problems, time);
    map.finish(problems);
    Some(Expect {
        decision: decision?,
        status: status?,
        clause: clause?,
        sanctions: sanctions?,
        amount: amount?,
        next_deadline: next_deadline?,
    })
}

fn read_expected_sanction(
    node: &Node,
    place: &str,
    _index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<ExpectedSanction> {
    let mut map = MapReader::of_model(node, place, anchor, &SANCTION_KEYS, problems)?;
    let party = map
        .required("party", "seller", problems)
        .and_then(|e| choice::<Party>(e, &format!("{place}.party"), problems));
    let action = map
        .required("action", "suspend_p2p", problems)
        .and_then(|e| choice::<SanctionAction>(e, &format!("{place}.action"), problems));
    let days = map.optional("days").map(|entry| {
        integer(entry, &format!("{place}.days"), 0, 36_500, problems).map(|days| days as u32)
    });
    map.finish(problems);
    Some(ExpectedSanction {
        party: party?.value,
        action: action?.value,
        days: days.map(|read| read.ok_or(())).transpose().ok()?,
    })
}

// ---------------------------------------------------------------------------------------------
// Semantic validation

/// The rules of the case format that relate one part of the case to another, checked on every part
/// that could be read.
/// The largest mantissa rust_decimal holds: 2^96 − 1 (28 to 29 significant digits).
const MOST_EXACT: i128 = (1i128 << 96) - 1;

/// The order's amount and the payments' can be added and compared exactly: their absolute
/// values, summed at the finest scale any of them is written with, fit rust_decimal's 96-bit
/// mantissa. Then every sum and difference the engine takes of them is exact; otherwise
/// rust_decimal would round it (an underpayment of 1e-15 judged paid in full), so the case
/// is refused where the total first needs more digits than can be held.
fn check_exact_sums(case: &Draft, problems: &mut Problems) {
    let amounts: Vec<(String, &Located<Decimal>)> = case
        .order
        .iter()
        .map(|order| ("order.amount".to_string(), &order.amount))
        .chain(
            case.payments
                .items
                .iter()
                .map(|p| (format!("{}.amount", p.path()), &p.amount)),
        )
        .collect();
    let Some(scale) = amounts.iter().map(|(_, a)| a.value.scale()).max() else {
        return;
    };
    let mut total: i128 = 0;
    for (place, amount) in &amounts {
        let at_scale = 10i128
            .checked_pow(scale - amount.value.scale())
            .and_then(|factor| amount.value.mantissa().abs().checked_mul(factor));
        match at_scale.and_then(|value| total.checked_add(value)) {
            Some(sum) if sum <= MOST_EXACT => total = sum,
            _ => {
                problems.push(Problem::invalid(
                    format!(
                        "the amounts up to `{place}` cannot be added exactly: written with {scale} digits after the point, together they need more than 28 significant digits"
                    ),
                    &amount.span,
                    "too many digits to add exactly",
                    "write the amounts with fewer digits after the point, or smaller: sums of money are never rounded",
                ));
                return;
            }
        }
    }
}

fn validate(case: &Draft, problems: &mut Problems) {
    check_exact_sums(case, problems);
    if let (Some(created), Some(as_of)) = (&case.created_at, &case.as_of) {
        check_times_within(case, created, as_of, problems);
    }
    unique_ids(
        "evidence",
        case.evidence.items.iter().map(|e| &e.id),
        problems,
    );
    unique_ids("chat", case.chat.items.iter().map(|c| &c.id), problems);
    check_proofs(case, problems);
    let Some(order) = &case.order else {
        return;
    };
    check_order_amount(order, problems);
    check_accounts(case, order, problems);
    check_remarks_currency(case, order, problems);
}

/// Every time of the case falls between the order's creation and `as_of`.
fn check_times_within(
    case: &Draft,
    created: &Located<Time>,
    as_of: &Located<Time>,
    problems: &mut Problems,
) {
    let within = |what: &str, at: &Located<Time>, problems: &mut Problems| {
        if at.value < created.value {
            problems.push(Problem::before_order(
                what,
                &crate::vocab::time::rfc3339(&at.value),
                &crate::vocab::time::rfc3339(&created.value),
                &at.span,
            ));
        } else if at.value > as_of.value {
            problems.push(Problem::after_as_of(
                what,
                &crate::vocab::time::rfc3339(&at.value),
                &crate::vocab::time::rfc3339(&as_of.value),
                &at.span,
            ));
        }
    };
    if as_of.value < created.value {
        // Every later time would also be "after as_of"; the one mistake is reported once.
        within("as_of", as_of, problems);
        return;
    }
    if let Some(appeal) = &case.appeal {
        within("appeal.at", &appeal.at, problems);
    }
    for payment in &case.payments.items {
        within(&format!("{}.at", payment.path()), &payment.at, problems);
    }
    for event in &case.timeline.items {
        within(&format!("{}.at", event.path()), &event.at, problems);
    }
    for item in &case.evidence.items {
        within(&format!("evidence[{}].at", item.index), &item.at, problems);
    }
    for line in &case.chat.items {
        within(&format!("chat[{}].at", line.index), &line.at, problems);
    }
}

/// Every payment's `proof` names an evidence item.
///
/// A proof can only be judged unknown when every evidence item's id can be told: the items
/// that do not read for another mistake still say their ids, so a dangling proof is reported
/// with that mistake, in the same pass.
fn check_proofs(case: &Draft, problems: &mut Problems) {
    let Some(written) = &case.evidence_ids else {
        return;
    };
    let mut known: Vec<&str> = Vec::new();
    for id in written {
        if !known.contains(&id.as_str()) {
            known.push(id);
        }
    }
    for (index, proof) in &case.proofs {
        if !known.contains(&proof.value.as_str()) {
            problems.push(Problem::unknown_evidence(
                &format!("payments[{index}].proof"),
                &proof.value,
                &proof.span,
                &known,
            ));
        }
    }
}

/// The order's amount is its price times its quantity.
fn check_order_amount(order: &Order, problems: &mut Problems) {
    // Within the reader's digit limits the product always fits; checked all the same.
    if let Some(product) = order.price.value.checked_mul(order.quantity.value)
        && product != order.amount.value
    {
        let difference = (order.amount.value - product).abs();
        problems.push(Problem::amount_mismatch(
            &order.amount.value.to_string(),
            &product.to_string(),
            &difference.to_string(),
            &order.amount.span,
        ));
    }
}

/// Every account the order and its payments name reads as an account of its kind.
fn check_accounts(case: &Draft, order: &Order, problems: &mut Problems) {
    let country = order.phone_country();
    let accounts = std::iter::once((
        "order.payment_method.account".to_string(),
        &order.payment_method.account,
    ))
    .chain(
        case.payments
            .items
            .iter()
            .map(|p| (format!("{}.to_account", p.path()), &p.to_account)),
    );
    for (place, account) in accounts {
        if let Err(error) = accounts::parse(&account.value, country) {
            problems.push(Problem::bad_account(
                &place,
                &account.value,
                &error,
                &account.span,
            ));
        }
    }
}

/// A hint when a payment's remarks name another currency than the order's fiat.
fn check_remarks_currency(case: &Draft, order: &Order, problems: &mut Problems) {
    for payment in &case.payments.items {
        if let Some(remarks) = &payment.remarks
            && let Some(code) = foreign_currency(&remarks.value, &order.fiat)
        {
            problems.push(Problem::currency_hint(
                &format!("{}.remarks", payment.path()),
                &code,
                &order.fiat,
                &remarks.span,
            ));
        }
    }
}

fn unique_ids<'a>(
    kind: &str,
    ids: impl Iterator<Item = &'a Located<String>>,
    problems: &mut Problems,
) -> HashMap<&'a str, &'a Span> {
    let mut seen: HashMap<&str, &Span> = HashMap::new();
    for id in ids {
        match seen.get(id.value.as_str()) {
            Some(first) => problems.push(Problem::duplicate_id(kind, &id.value, &id.span, first)),
            None => {
                seen.insert(&id.value, &id.span);
            }
        }
    }
    seen
}

/// ISO 4217 codes of the currencies P2P desks commonly trade, for the currency-hint warning.
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "VND", "TRY", "BRL", "NGN", "PHP", "INR", "IDR", "THB", "MYR", "RUB",
    "UAH", "KZT", "ARS", "COP", "MXN", "PEN", "CLP", "KES", "GHS", "ZAR", "EGP", "PKR", "BDT",
    "AED", "SAR", "JPY", "KRW", "CNY", "HKD", "TWD", "SGD", "AUD", "CAD", "CHF", "PLN", "CZK",
    "HUF", "RON",
];

/// A currency code written in `text` (as a whole word) that is not `fiat`.
fn foreign_currency(text: &str, fiat: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .map(|word| word.to_ascii_uppercase())
        .find(|word| word.len() == 3 && CURRENCY_CODES.contains(&word.as_str()) && word != fiat)
}

/// Re-exported for the readers of other formats.
pub use decode::parse_time;

#[cfg(test)]
mod tests {
    use super::*;

    /// One `Actor` in the model, and each place of the case file takes exactly its own words:
    /// the timeline writes support as `cs` and the platform as `system`, the chat has no
    /// `system`, and neither takes the ruling's words `support` or `platform`.
    #[test]
    fn each_place_of_a_case_file_takes_only_its_own_words_for_who() {
        use crate::vocab::words::Spelling;
        assert_eq!(TimelineActor::parse("cs"), Some(Actor::Support));
        assert_eq!(TimelineActor::parse("system"), Some(Actor::Platform));
        assert_eq!(TimelineActor::name(Actor::Support), "cs");
        assert_eq!(ChatWriter::parse("cs"), Some(Actor::Support));
        assert_eq!(ChatWriter::parse("system"), None);
        for ruling_word in ["support", "platform"] {
            assert_eq!(TimelineActor::parse(ruling_word), None, "{ruling_word}");
            assert_eq!(ChatWriter::parse(ruling_word), None, "{ruling_word}");
        }
        assert_eq!(Actor::Support.as_str(), "support");
    }

    /// The keys the reader takes, prepared by build.rs from the committed schema, are the
    /// model's: a field added to the model reaches the reader once `schema/case.json` is
    /// regenerated, which `the_committed_case_schema_is_current` asks for.
    #[test]
    fn the_prepared_keys_are_the_models() {
        fn same<T: JsonSchema>() {
            assert_eq!(
                keys_of::<T>(),
                crate::reading::decode::model_keys_of::<T>(),
                "{}",
                T::schema_name()
            );
        }
        same::<Case>();
        same::<Order>();
        same::<PaymentMethod>();
        same::<Trader>();
        same::<History>();
        same::<Payment>();
        same::<Appeal>();
        same::<Evidence>();
        same::<ChatLine>();
        same::<Findings>();
        same::<FraudFinding>();
        same::<Expect>();
        same::<ExpectedSanction>();
        let schema = schemars::SchemaGenerator::default().into_root_schema_for::<EventKind>();
        let mut in_model = Vec::new();
        for variant in schema
            .get("oneOf")
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = variant["properties"]["event"]["const"]
                .as_str()
                .unwrap_or_default();
            let mut keys: Vec<&str> = variant["properties"]
                .as_object()
                .into_iter()
                .flat_map(|properties| properties.keys().map(String::as_str))
                .filter(|key| !["event", "note"].contains(key))
                .collect();
            keys.sort_unstable();
            in_model.push((name, keys));
        }
        let prepared: Vec<(&str, Vec<&str>)> = event_forms()
            .iter()
            .map(|(name, keys)| (*name, keys.to_vec()))
            .collect();
        assert_eq!(prepared, in_model);
    }

    /// A value for each key an event may take, as a case file writes it.
    fn example(key: &str, event: EventName) -> &'static str {
        match key {
            "by" => match FIXED_PARTY.iter().find(|(name, _)| *name == event) {
                Some((_, Party::Buyer)) => "buyer",
                Some((_, Party::Seller)) => "seller",
                None if event == EventName::Released => "cs",
                None if event == EventName::Cancelled => "system",
                None => "seller",
            },
            "party" => "seller",
            "stance" => "refuses",
            "reason" => "timeout",
            "amount" => "10",
            "kind" => "selfie_with_id",
            other => panic!("no example for `{other}`"),
        }
    }

    /// Each event's reading builds that event's own variant and takes every key the schema
    /// gives it. (A kind of event without a reading does not compile: `read_event` matches on
    /// [`EventName`] with no catch-all.)
    #[test]
    fn every_event_is_read_into_its_own_variant_with_all_its_keys() {
        let sample = include_str!("../../cases/buyer.1b-spec-example.yaml");
        for event_name in EventName::iter() {
            let name: &str = event_name.into();
            let keys: String = event_fields(event_name)
                .iter()
                .map(|key| format!(", {key}: {}", example(key, event_name)))
                .collect();
            let line = format!(
                "  - {{ at: 2025-06-01T10:41:00+08:00, event: {name}{keys}, note: read }}\n"
            );
            let text = sample.replacen("timeline:\n", &format!("timeline:\n{line}"), 1);
            let source = SourceFile::from_bytes("event.yaml", text.as_bytes()).unwrap();
            let loaded = load(source).unwrap_or_else(|e| panic!("{name}: {:?}", e.problems));
            let event = &loaded.case.timeline[0];
            assert_eq!(EventName::from(&event.kind), event_name);
            assert_eq!(event.note.as_deref(), Some("read"));
        }
    }
}
