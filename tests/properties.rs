//! Properties that hold for any input: nothing panics, and rulings keep their invariants.
//!
//! Three generators: arbitrary bytes, random edits of every sample case, and random *valid*
//! cases built from consistent orders, payments, timelines, evidence and chat.

use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use proptest::test_runner::Config;

use appeal::engine::{self, Provenance};
use appeal::model::case;
use appeal::model::policy::{Policy, PolicyRef};
use appeal::model::ruling::Ruling;
use appeal::reading::source::SourceFile;
use appeal::report::render;
use appeal::report::render::json::RulingJson;
use appeal::report::words::english;
use appeal::text::terminal::Look;
use appeal::vocab::calendar::Clock;
use appeal::vocab::decision::{Decision, Status};

fn policies() -> [Policy; 2] {
    [
        PolicyRef::parse("mexc", None).load().expect("mexc"),
        PolicyRef::parse("bitget", None).load().expect("bitget"),
    ]
}

fn provenance() -> Provenance {
    Provenance {
        tool_version: "test".into(),
        case_sha256: "0".repeat(64),
    }
}

/// Reads and, when valid, judges `bytes` under both policies. Must never panic.
fn read_and_judge(bytes: &[u8]) {
    let Ok(source) = SourceFile::from_bytes("fuzz.yaml", bytes) else {
        return;
    };
    if let Ok(loaded) = case::load(source) {
        for policy in &policies() {
            let ruling = engine::judge(
                &loaded.case,
                policy,
                loaded.case.as_of.value,
                Clock::Policy,
                &provenance(),
            );
            let _ =
                render::human::ruling(&ruling, &loaded.case, None, true, Look::PLAIN, english());
        }
    }
}

fn sample_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("cases/")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    texts
}

/// One edit of a text: delete, duplicate or replace a span, or swap two lines.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, String),
    SwapLines(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 0usize..80).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                ":",
                "- ",
                "{",
                "}",
                "[",
                "]",
                "\"",
                "'",
                "&a ",
                "*a",
                "\n",
                "  ",
                "\t",
                "-1",
                "0",
                "1e9",
                "null",
                "~",
                "2025-13-45T25:61:00",
                "+08:00",
                "é",
                "💸",
                "!!binary ",
                "? ",
                "<<: ",
            ])
            .prop_map(str::to_string)
        )
            .prop_map(|(a, s)| Edit::Insert(a, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let bytes = text.as_bytes();
    let at = |n: usize| if bytes.is_empty() { 0 } else { n % bytes.len() };
    let mut out = bytes.to_vec();
    match edit {
        Edit::Delete(a, n) => {
            let start = at(*a);
            let end = (start + n).min(out.len());
            out.drain(start..end);
        }
        Edit::Duplicate(a, n) => {
            let start = at(*a);
            let end = (start + n).min(out.len());
            let copy = out[start..end].to_vec();
            out.splice(end..end, copy);
        }
        Edit::Insert(a, s) => {
            let start = at(*a);
            out.splice(start..start, s.bytes());
        }
        Edit::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.lines().collect();
            if !lines.is_empty() {
                let (i, j) = (a % lines.len(), b % lines.len());
                lines.swap(i, j);
            }
            return lines.join("\n");
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Valid cases

const APPEALS: &[(&str, &str)] = &[
    ("buyer", "seller_not_releasing"),
    ("buyer", "sensitive_remarks"),
    ("buyer", "overpaid"),
    ("buyer", "cancelled_after_payment"),
    ("buyer", "out_of_norm_request"),
    ("buyer", "offensive_language"),
    ("buyer", "fraud"),
    ("seller", "payment_not_received"),
    ("seller", "inaccessible_account"),
    ("seller", "underpaid"),
    ("seller", "malicious_buying"),
    ("seller", "account_blocked"),
    ("seller", "released_without_payment"),
    ("seller", "offensive_language"),
    ("seller", "fraud"),
];

const EVENTS: &[&str] = &[
    "{ event: marked_paid }",
    "{ event: cs_contacted, party: seller }",
    "{ event: cs_contacted, party: buyer }",
    "{ event: responded, by: seller, stance: refuses }",
    "{ event: responded, by: seller, stance: payment_not_received }",
    "{ event: responded, by: buyer, stance: refuses }",
    "{ event: cancel_requested, by: seller }",
    "{ event: released, by: seller }",
    "{ event: cancelled, by: system, reason: timeout }",
    "{ event: refund_completed }",
    "{ event: refund_completed, amount: 1000 }",
    "{ event: refund_refused }",
    "{ event: account_blocked, party: seller }",
    "{ event: evidence_requested, party: buyer }",
    "{ event: unreachable, party: buyer }",
    "{ event: agreement }",
    "{ event: verification_requested, kind: selfie_with_id }",
    "{ event: verification_agreed }",
    "{ event: verification_refused }",
    "{ event: off_platform, by: seller }",
];

const CHAT: &[&str] = &[
    "Paid, please release",
    "You idiot, I did not get anything",
    "Add me on Telegram for faster trade",
    "Send a selfie with your ID card first",
    "There is an extra fee of 2 %",
    "Đồ ngu, chờ đi",
    "ok thanks",
];

const EVIDENCE: &[&str] = &[
    "payment_receipt, official_source: true",
    "payment_receipt, official_source: true, tampered: true",
    "payment_receipt, official_source: false",
    "bank_statement, official_source: true, shows_receipt: false",
    "bank_statement, official_source: true, shows_receipt: true",
    "police_report",
    "id_document",
];

const FINDINGS: &[&str] = &[
    "",
    "fraud: { party: seller, confirmed: true, loss_likely: true }",
    "fraud: { party: buyer, confirmed: true }",
    "offensive_language_confirmed: { party: seller }",
    "offensive_language_confirmed: { party: buyer }",
    "malicious_buying_confirmed: true",
    "valid_refund_justification: true",
    "reopen_approved: true",
];

const OFFSETS: &[&str] = &["+08:00", "+07:00", "-03:00", "+05:30", "Z", "+01:00"];

/// A generated valid case: minutes after order creation for every entry.
#[derive(Debug, Clone)]
struct Generated {
    offset: &'static str,
    appeal: usize,
    appeal_at: i64,
    price: u32,
    reference_delta: i32,
    instant: bool,
    payments: Vec<(i64, i32, bool, bool)>,
    events: Vec<(i64, usize)>,
    chat: Vec<(i64, usize, bool)>,
    evidence: Vec<(i64, usize, bool)>,
    findings: usize,
    history: (u8, u8, u8),
    kyc: bool,
    as_of: i64,
}

fn generated() -> impl Strategy<Value = Generated> {
    (
        (
            prop::sample::select(OFFSETS),
            0..APPEALS.len(),
            0i64..6000,
            1000u32..60000,
            -2000i32..2000,
            any::<bool>(),
        ),
        (
            prop::collection::vec(
                (0i64..6000, -500i32..500, any::<bool>(), any::<bool>()),
                0..3,
            ),
            prop::collection::vec((0i64..8000, 0..EVENTS.len()), 0..8),
            prop::collection::vec((0i64..8000, 0..CHAT.len(), any::<bool>()), 0..4),
            prop::collection::vec((0i64..8000, 0..EVIDENCE.len(), any::<bool>()), 0..3),
        ),
        (
            0..FINDINGS.len(),
            (0u8..4, 0u8..5, 0u8..3),
            any::<bool>(),
            0i64..20000,
        ),
    )
        .prop_map(
            |(
                (offset, appeal, appeal_at, price, reference_delta, instant),
                (payments, events, chat, evidence),
                (findings, history, kyc, extra),
            )| {
                let last = payments
                    .iter()
                    .map(|p| p.0)
                    .chain(events.iter().map(|e| e.0))
                    .chain(chat.iter().map(|c| c.0))
                    .chain(evidence.iter().map(|e| e.0))
                    .chain([appeal_at])
                    .max()
                    .unwrap_or(0);
                Generated {
                    offset,
                    appeal,
                    appeal_at,
                    price,
                    reference_delta,
                    instant,
                    payments,
                    events,
                    chat,
                    evidence,
                    findings,
                    history,
                    kyc: kyc || findings % 2 == 0,
                    as_of: last + extra,
                }
            },
        )
}

fn base_time(offset: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2025-03-28T22:00:00{offset}")).unwrap()
}

fn at(offset: &str, minutes: i64) -> String {
    (base_time(offset) + Duration::minutes(minutes)).to_rfc3339()
}

impl Generated {
    /// The case as YAML, with the lists in the given order (for the reordering property).
    fn yaml(&self, reverse: bool) -> String {
        let o = self.offset;
        let (by, kind) = APPEALS[self.appeal];
        let amount = u64::from(self.price) * 10;
        let reference = (i64::from(self.price) + i64::from(self.reference_delta)).max(1);
        let order = |mut items: Vec<String>| {
            if reverse {
                items.reverse();
            }
            if items.is_empty() {
                " []".to_string()
            } else {
                items.concat()
            }
        };
        let evidence_ids: Vec<String> = (0..self.evidence.len()).map(|i| format!("e{i}")).collect();
        let payments = order(
            self.payments
                .iter()
                .enumerate()
                .map(|(i, (t, delta, third_party, other_account))| {
                    let paid = (amount as i64 + i64::from(*delta) * 10).max(1);
                    let payer = if *third_party { "LE VAN C" } else { "TRAN THI B" };
                    let account = if *other_account { "TCB 999" } else { "VCB 0123-456.789" };
                    let proof = evidence_ids.get(i).map(|id| format!(", proof: {id}")).unwrap_or_default();
                    format!("\n  - {{ at: {}, amount: {paid}, payer_name: \"{payer}\", to_account: \"{account}\", remarks: \"order {i} usdt\"{proof} }}", at(o, *t))
                })
                .collect(),
        );
        let timeline = order(
            self.events
                .iter()
                .map(|(t, e)| format!("\n  - {{ at: {}, {}", at(o, *t), &EVENTS[*e][2..]))
                .collect(),
        );
        let chat = order(
            self.chat
                .iter()
                .enumerate()
                .map(|(i, (t, line, seller))| {
                    format!(
                        "\n  - {{ id: c{i}, at: {}, from: {}, text: \"{}\" }}",
                        at(o, *t),
                        if *seller { "seller" } else { "buyer" },
                        CHAT[*line]
                    )
                })
                .collect(),
        );
        let evidence = order(
            self.evidence
                .iter()
                .enumerate()
                .map(|(i, (t, kind, seller))| {
                    let (kind, flags) = EVIDENCE[*kind]
                        .split_once(", ")
                        .unwrap_or((EVIDENCE[*kind], ""));
                    let flags = if flags.is_empty() {
                        String::new()
                    } else {
                        format!(", {flags}")
                    };
                    format!(
                        "\n  - {{ id: e{i}, by: {}, kind: {kind}, at: {}{flags} }}",
                        if *seller { "seller" } else { "buyer" },
                        at(o, *t)
                    )
                })
                .collect(),
        );
        let (offensive, unpaid, violations) = self.history;
        format!(
            "case: APL-GEN\nas_of: {as_of}\norder:\n  id: \"2025032800001\"\n  created_at: {created}\n  asset: USDT\n  fiat: BRL\n  price: {price}\n  quantity: 10\n  amount: {amount}\n  reference_price: {reference}\n  payment_method: {{ kind: bank_transfer, instant: {instant}, account: \"VCB 0123 456 789\" }}\n  ad_terms: \"Selfie with ID card required\"\nbuyer: {{ uid: B-1, verified_name: \"Trần Thị B\", kyc_verified: {kyc}, history: {{ offensive_language: {offensive}, unpaid_orders: {unpaid}, violations: {violations} }} }}\nseller: {{ uid: S-2, verified_name: \"João Gonçalves\", kyc_verified: true, history: {{ offensive_language: {offensive}, violations: {violations} }} }}\npayments:{payments}\ntimeline:{timeline}\nappeal: {{ by: {by}, at: {appeal_at}, type: {kind}, reason: \"generated\" }}\nevidence:{evidence}\nchat:{chat}\nfindings: {{ {findings} }}\n",
            as_of = at(o, self.as_of),
            created = at(o, 0),
            price = self.price,
            instant = self.instant,
            kyc = self.kyc,
            appeal_at = at(o, self.appeal_at),
            findings = FINDINGS[self.findings],
        )
    }
}

fn judge_text(
    yaml: &str,
    policy: &Policy,
    as_of: Option<DateTime<FixedOffset>>,
) -> (Ruling, case::LoadedCase) {
    let source = SourceFile::from_bytes("gen.yaml", yaml.as_bytes()).expect("readable");
    let loaded = match case::load(source) {
        Ok(loaded) => loaded,
        Err(problems) => panic!(
            "generated case is invalid: {:#?}\n{yaml}",
            problems.problems
        ),
    };
    let moment = as_of.unwrap_or(loaded.case.as_of.value);
    (
        engine::judge(&loaded.case, policy, moment, Clock::Policy, &provenance()),
        loaded,
    )
}

/// What reordering must not change: everything but the list positions in references.
fn essence(ruling: &Ruling) -> String {
    let mut value = serde_json::to_value(RulingJson::of(ruling, english(), true)).unwrap();
    if let Some(reasons) = value.get_mut("rationale").and_then(|r| r.as_array_mut()) {
        for reason in reasons {
            reason["refs"] = serde_json::Value::Null;
        }
    }
    let text = value.to_string();
    // `payments[2]`, `timeline[0]`, `evidence[1]` name positions in the file.
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '[' {
            while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                chars.next();
            }
        }
    }
    out
}

/// A decimal written as digits, from tiny to far beyond exact decimal range.
fn extreme_decimal() -> impl Strategy<Value = String> {
    ("[1-9][0-9]{0,39}", prop::option::of("[0-9]{1,40}")).prop_map(|(whole, fraction)| {
        match fraction {
            Some(fraction) => format!("{whole}.{fraction}"),
            None => whole,
        }
    })
}

/// `text` with the value of every money or quantity key replaced, in turn, by `numbers`, in
/// block and flow style alike (`amount: 1` and `{ …, amount: 1, … }`).
fn with_numbers(text: &str, numbers: &[String]) -> String {
    const KEYS: [&str; 4] = ["reference_price: ", "quantity: ", "amount: ", "price: "];
    let mut next = numbers.iter().cycle();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, key)) = KEYS
        .iter()
        .filter_map(|key| rest.find(key).map(|at| (at, *key)))
        .min()
    {
        let value_start = at + key.len();
        let value_end = rest[value_start..]
            .find([',', '}', '\n'])
            .map_or(rest.len(), |i| value_start + i);
        out.push_str(&rest[..value_start]);
        out.push_str(next.next().map_or("1", String::as_str));
        rest = &rest[value_end..];
    }
    out.push_str(rest);
    out
}

proptest! {
    #![proptest_config(Config { cases: 256, failure_persistence: None, ..Config::default() })]

    #[test]
    fn extreme_amounts_never_panic(index in any::<usize>(), numbers in prop::collection::vec(extreme_decimal(), 1..8)) {
        let texts = sample_texts();
        let text = with_numbers(&texts[index % texts.len()], &numbers);
        read_and_judge(text.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        read_and_judge(&bytes);
    }

    #[test]
    fn edited_sample_cases_never_panic(index in any::<usize>(), edits in prop::collection::vec(edit(), 1..6)) {
        let texts = sample_texts();
        let mut text = texts[index % texts.len()].clone();
        for e in &edits {
            text = apply(&text, e);
        }
        read_and_judge(text.as_bytes());
    }

    #[test]
    fn generated_cases_keep_the_ruling_invariants(case in generated(), later in 1i64..100_000, policy in 0usize..2) {
        let policy = &policies()[policy];
        let yaml = case.yaml(false);
        let (ruling, loaded) = judge_text(&yaml, policy, None);
        let as_of = loaded.case.as_of.value;
        match ruling.status {
            Status::Pending => prop_assert!(ruling.next_deadline.is_some_and(|d| d > as_of), "pending needs a later deadline: {:?}", ruling.next_deadline),
            Status::Final | Status::AwaitingReview => prop_assert!(ruling.next_deadline.is_none()),
        }
        // An escalation, and only an escalation, waits on a person.
        prop_assert_eq!(ruling.status == Status::AwaitingReview, ruling.decision == Decision::Escalate);
        // Moving as_of forward never changes a final ruling.
        let (later_ruling, _) = judge_text(&yaml, policy, Some(as_of + Duration::minutes(later)));
        if ruling.status == Status::Final {
            prop_assert_eq!(later_ruling.status, Status::Final, "{}", yaml);
            prop_assert_eq!(later_ruling.decision, ruling.decision, "{}", yaml);
        }
        // The order of the lists in the file does not matter.
        let (reordered, _) = judge_text(&case.yaml(true), policy, None);
        prop_assert_eq!(essence(&ruling), essence(&reordered));
        // The same input gives the same bytes in every format.
        let (again, loaded_again) = judge_text(&yaml, policy, None);
        prop_assert_eq!(render::human::ruling(&ruling, &loaded.case, None, true, Look::PLAIN, english()), render::human::ruling(&again, &loaded_again.case, None, true, Look::PLAIN, english()));
        prop_assert_eq!(render::markdown::ruling(&ruling, &loaded.case, None, true, english()), render::markdown::ruling(&again, &loaded_again.case, None, true, english()));
        prop_assert_eq!(serde_json::to_string(&RulingJson::of(&ruling, english(), true)).unwrap(), serde_json::to_string(&RulingJson::of(&again, english(), true)).unwrap());
    }
}
