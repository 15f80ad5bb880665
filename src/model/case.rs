//! The case file (SPEC §3): the model, its reading from YAML, and every validation rule.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::model::clause::ClauseId;
use crate::reading::decode::{
    self, Located, MapReader, Problems, boolean, choice, integer, list, non_empty_text,
    positive_decimal, text, time,
};
use crate::reading::diagnostics::{FileProblems, Problem, Span};
use crate::reading::document::{self, Entry, Node};
use crate::reading::source::SourceFile;
use crate::vocab::decision::{Decision, Party, SanctionAction, Status};
use crate::vocab::duration::PolicyDuration;
use crate::vocab::words::{Choice, word_enum};

/// A moment with the offset it was recorded in.
use crate::vocab::time::Time;

/// A validated case.
#[derive(Debug, Clone)]
pub struct Case {
    pub id: Located<String>,
    pub policy: Option<Located<String>>,
    pub as_of: Located<Time>,
    pub order: Order,
    pub buyer: Trader,
    pub seller: Trader,
    pub payments: Vec<Payment>,
    pub timeline: Vec<Event>,
    pub appeal: Appeal,
    pub evidence: Vec<Evidence>,
    pub chat: Vec<ChatLine>,
    pub findings: Findings,
    pub expect: Option<Expect>,
}

#[derive(Debug, Clone)]
pub struct Order {
    pub id: Located<String>,
    pub created_at: Located<Time>,
    pub asset: String,
    pub fiat: String,
    pub price: Located<Decimal>,
    pub quantity: Located<Decimal>,
    pub amount: Located<Decimal>,
    pub reference_price: Option<Located<Decimal>>,
    pub payment_window: Option<PolicyDuration>,
    pub appeal_timer: Option<PolicyDuration>,
    pub payment_method: PaymentMethod,
    pub ad_terms: Option<Located<String>>,
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
#[derive(Debug, Clone)]
pub struct PaymentMethod {
    pub kind: PaymentKind,
    pub instant: bool,
    pub account: Located<String>,
    pub holder: Option<String>,
}

/// A party's identity and platform record.
#[derive(Debug, Clone)]
pub struct Trader {
    pub uid: String,
    pub verified_name: Located<String>,
    pub kyc_verified: bool,
    pub history: History,
}

/// Counters kept by the platform: earlier confirmed offences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct History {
    pub offensive_language: u32,
    pub unpaid_orders: u32,
    pub violations: u32,
}

#[derive(Debug, Clone)]
pub struct Payment {
    /// Position in the file, for references (`payments[2]`).
    pub index: usize,
    pub at: Located<Time>,
    pub amount: Located<Decimal>,
    pub payer_name: Located<String>,
    pub to_account: Located<String>,
    pub instant: Option<bool>,
    pub remarks: Option<Located<String>>,
    pub proof: Option<Located<String>>,
}

impl Payment {
    pub fn path(&self) -> String {
        format!("payments[{}]", self.index)
    }
}

word_enum! {
    /// Who did something on the platform.
    Actor {
        Buyer = "buyer",
        Seller = "seller",
        Cs = "cs",
        System = "system",
    }
}

impl Actor {
    pub fn party(self) -> Option<Party> {
        match self {
            Actor::Buyer => Some(Party::Buyer),
            Actor::Seller => Some(Party::Seller),
            _ => None,
        }
    }
}

word_enum! {
    /// A seller's (or buyer's) answer to support.
    Stance {
        Refuses = "refuses",
        PaymentNotReceived = "payment_not_received",
        WillRelease = "will_release",
        WillRefund = "will_refund",
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

/// What happened, with the fields each kind of event carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    MarkedPaid,
    AppealOpened { by: Option<Party> },
    CsContacted { party: Party },
    Responded { by: Party, stance: Stance },
    CancelRequested { by: Party },
    Released { by: Actor },
    Cancelled { by: Actor, reason: CancelReason },
    RefundCompleted { amount: Option<Decimal> },
    RefundRefused,
    AccountBlocked { party: Party },
    EvidenceRequested { party: Party },
    Unreachable { party: Party },
    Agreement,
    VerificationRequested { kind: VerificationKind },
    VerificationAgreed,
    VerificationRefused,
    OffPlatform { by: Party },
}

/// The event names of the case format, in the order SPEC §3 lists them.
pub const EVENT_NAMES: &[&str] = &[
    "marked_paid",
    "appeal_opened",
    "cs_contacted",
    "responded",
    "cancel_requested",
    "released",
    "cancelled",
    "refund_completed",
    "refund_refused",
    "account_blocked",
    "evidence_requested",
    "unreachable",
    "agreement",
    "verification_requested",
    "verification_agreed",
    "verification_refused",
    "off_platform",
];

/// A timeline event.
#[derive(Debug, Clone)]
pub struct Event {
    pub index: usize,
    pub at: Located<Time>,
    pub kind: EventKind,
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

#[derive(Debug, Clone)]
pub struct Appeal {
    pub by: Located<Party>,
    pub at: Located<Time>,
    pub kind: Located<AppealType>,
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

impl EvidenceKind {
    /// The kind in words, for rulings: "a payment receipt".
    pub fn in_words(self) -> &'static str {
        match self {
            EvidenceKind::PaymentReceipt => "a payment receipt",
            EvidenceKind::BankStatement => "a bank statement",
            EvidenceKind::Screenshot => "a screenshot",
            EvidenceKind::ChatExport => "a chat export",
            EvidenceKind::IdDocument => "an identity document",
            EvidenceKind::PoliceReport => "a police report",
            EvidenceKind::ChargebackNotice => "a chargeback notice",
            EvidenceKind::BankNotice => "a notice from the bank",
            EvidenceKind::Other => "a document",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Evidence {
    pub index: usize,
    pub id: Located<String>,
    pub by: Party,
    pub kind: EvidenceKind,
    pub at: Located<Time>,
    pub official_source: bool,
    pub tampered: bool,
    pub shows_receipt: Option<bool>,
    pub file: Option<Located<String>>,
    pub sha256: Option<Located<String>>,
}

word_enum! {
    /// Who wrote a chat line.
    Speaker {
        Buyer = "buyer",
        Seller = "seller",
        Cs = "cs",
    }
}

#[derive(Debug, Clone)]
pub struct ChatLine {
    pub index: usize,
    pub id: Located<String>,
    pub at: Located<Time>,
    pub from: Speaker,
    pub text: String,
}

/// Determinations only a person can make.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub fraud: Option<FraudFinding>,
    pub malicious_buying_confirmed: bool,
    pub offensive_language_confirmed: Option<Party>,
    pub valid_refund_justification: bool,
    pub reopen_approved: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FraudFinding {
    pub party: Party,
    pub confirmed: bool,
    pub loss_likely: bool,
}

/// The ruling a sample case expects (`appeal test`).
#[derive(Debug, Clone)]
pub struct Expect {
    pub decision: Located<Decision>,
    pub status: Located<Status>,
    pub clause: Located<ClauseId>,
    /// Every sanction of the ruling, exactly: an extra one fails.
    pub sanctions: Vec<ExpectedSanction>,
    /// `None`: the ruling has no amount.
    pub amount: Option<Located<Decimal>>,
    /// `None`: the ruling has no deadline.
    pub next_deadline: Option<Located<Time>>,
}

/// A sanction a sample case expects: `days: None` is a sanction without a length (until
/// resolved, permanent, or a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedSanction {
    pub party: Party,
    pub action: SanctionAction,
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

pub(crate) const CASE_KEYS: &[&str] = &[
    "case", "policy", "as_of", "order", "buyer", "seller", "payments", "timeline", "appeal",
    "evidence", "chat", "findings", "expect",
];

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
    timeline: Listed<Event>,
    appeal: Option<Appeal>,
    evidence: Listed<Evidence>,
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
    let mut map = MapReader::new(root, "the case file", &top, CASE_KEYS, problems)?;
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
    let payments = read_list(map.optional("payments"), "payments", problems, read_payment);
    let timeline = read_list(map.optional("timeline"), "timeline", problems, read_event);
    let appeal = map
        .required("appeal", "{ by: buyer, at: …, type: … }", problems)
        .and_then(|e| read_appeal(e, problems));
    let evidence = read_list(
        map.optional("evidence"),
        "evidence",
        problems,
        read_evidence,
    );
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
        timeline,
        appeal,
        evidence,
        chat,
        findings,
        expect,
    })
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
        ("payments", "a payment", PAYMENT_KEYS),
        ("timeline", "a timeline event", EVENT_KEYS),
        ("evidence", "an evidence entry", EVIDENCE_KEYS),
        ("chat", "a chat line", CHAT_KEYS),
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

pub(crate) const ORDER_KEYS: &[&str] = &[
    "id",
    "created_at",
    "asset",
    "fiat",
    "price",
    "quantity",
    "amount",
    "reference_price",
    "payment_window",
    "appeal_timer",
    "payment_method",
    "ad_terms",
];

/// The order, and its creation time even when another of its fields is wrong (the time every
/// other time of the case is checked against).
fn read_order(entry: &Entry, problems: &mut Problems) -> (Option<Order>, Option<Located<Time>>) {
    let Some(mut map) =
        MapReader::new(&entry.value, "order", &entry.key_span, ORDER_KEYS, problems)
    else {
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
    let written = text(entry, place, problems)?;
    match PolicyDuration::parse(&written.value) {
        Ok(duration) => Some(duration),
        Err(reason) => {
            problems.push(Problem::invalid_duration(
                place,
                &written.value,
                &written.span,
                &reason,
            ));
            None
        }
    }
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

pub(crate) const PAYMENT_METHOD_KEYS: &[&str] = &["kind", "instant", "account", "holder"];

fn read_payment_method(entry: &Entry, problems: &mut Problems) -> Option<PaymentMethod> {
    let place = "order.payment_method";
    let mut map = MapReader::new(
        &entry.value,
        place,
        &entry.key_span,
        PAYMENT_METHOD_KEYS,
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

pub(crate) const TRADER_KEYS: &[&str] = &["uid", "verified_name", "kyc_verified", "history"];
pub(crate) const HISTORY_KEYS: &[&str] = &["offensive_language", "unpaid_orders", "violations"];

fn read_trader(entry: &Entry, place: &str, problems: &mut Problems) -> Option<Trader> {
    let mut map = MapReader::new(&entry.value, place, &entry.key_span, TRADER_KEYS, problems)?;
    let uid = map
        .required("uid", "\"B-1001\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.uid"), problems));
    let verified_name = map
        .required("verified_name", "\"Trần Thị B\"", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.verified_name"), problems));
    let kyc_verified = flag(&mut map, "kyc_verified", false, problems);
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
    })
}

fn read_history(entry: &Entry, place: &str, problems: &mut Problems) -> Option<History> {
    let mut map = MapReader::new(&entry.value, place, &entry.key_span, HISTORY_KEYS, problems)?;
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

pub(crate) const PAYMENT_KEYS: &[&str] = &[
    "at",
    "amount",
    "payer_name",
    "to_account",
    "instant",
    "remarks",
    "proof",
];

fn read_payment(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Payment> {
    let mut map = MapReader::new(node, place, anchor, PAYMENT_KEYS, problems)?;
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

/// Every key any event may carry; which ones a kind takes is in [`event_fields`].
pub(crate) const EVENT_KEYS: &[&str] = &[
    "at", "event", "by", "party", "stance", "reason", "amount", "kind", "note",
];

/// The keys (besides `at`, `event` and `note`) each event kind takes.
pub(crate) fn event_fields(event: &str) -> &'static [&'static str] {
    match event {
        "marked_paid" => &["by"],
        "appeal_opened" => &["by"],
        "cs_contacted" | "account_blocked" | "evidence_requested" | "unreachable" => &["party"],
        "responded" => &["by", "stance"],
        "cancel_requested" | "released" | "off_platform" => &["by"],
        "cancelled" => &["by", "reason"],
        "refund_completed" => &["by", "amount"],
        "refund_refused" => &["by"],
        "verification_requested" => &["by", "kind"],
        "verification_agreed" | "verification_refused" => &["by"],
        _ => &[],
    }
}

fn read_event(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Event> {
    let mut map = MapReader::new(node, place, anchor, EVENT_KEYS, problems)?;
    let at = map
        .required("at", "2025-06-01T10:06:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let event_place = format!("{place}.event");
    let name = map
        .required("event", "marked_paid", problems)
        .and_then(|e| text(e, &event_place, problems));
    let _note = optional(&mut map, "note", problems, text);
    let Some(name) = name else {
        map.finish(problems);
        return None;
    };
    if !EVENT_NAMES.contains(&name.value.as_str()) {
        problems.push(Problem::unknown_value(
            &name.value,
            &event_place,
            &name.span,
            EVENT_NAMES,
        ));
        map.finish(problems);
        return None;
    }
    let fields = event_fields(&name.value);
    // Keys that exist for some events but not this one.
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
                format!("`{key}` does not apply to a `{}` event", name.value),
                &entry.key_span,
                "not used by this event",
                format!(
                    "a `{}` event takes {takes} (besides `at` and `note`)",
                    name.value
                ),
            ));
        }
    }
    let by_place = format!("{place}.by");
    let party_place = format!("{place}.party");
    let party_key = |map: &mut MapReader<'_>, key: &str, place: &str, problems: &mut Problems| {
        map.required(key, "seller", problems)
            .and_then(|e| choice::<Party>(e, place, problems))
            .map(|p| p.value)
    };
    let fixed_party =
        |map: &mut MapReader<'_>, expected: Party, problems: &mut Problems| -> Option<()> {
            if let Some(entry) = map.optional("by") {
                let by = choice::<Party>(entry, &by_place, problems)?;
                if by.value != expected {
                    problems.push(Problem::invalid(
                        format!("a `{}` event is always by the {expected}", name.value),
                        &by.span,
                        "wrong party",
                        format!("write `by: {expected}` or leave `by` out"),
                    ));
                    return None;
                }
            }
            Some(())
        };
    let kind =
        match name.value.as_str() {
            "marked_paid" => {
                fixed_party(&mut map, Party::Buyer, problems).map(|_| EventKind::MarkedPaid)
            }
            "appeal_opened" => optional(&mut map, "by", problems, |e, p, pr| {
                choice::<Party>(e, p, pr)
            })
            .map(|by| EventKind::AppealOpened {
                by: by.map(|b| b.value),
            }),
            "cs_contacted" => party_key(&mut map, "party", &party_place, problems)
                .map(|party| EventKind::CsContacted { party }),
            "account_blocked" => party_key(&mut map, "party", &party_place, problems)
                .map(|party| EventKind::AccountBlocked { party }),
            "evidence_requested" => party_key(&mut map, "party", &party_place, problems)
                .map(|party| EventKind::EvidenceRequested { party }),
            "unreachable" => party_key(&mut map, "party", &party_place, problems)
                .map(|party| EventKind::Unreachable { party }),
            "responded" => {
                let by = party_key(&mut map, "by", &by_place, problems);
                let stance = map
                    .required("stance", "refuses", problems)
                    .and_then(|e| choice::<Stance>(e, &format!("{place}.stance"), problems));
                match (by, stance) {
                    (Some(by), Some(stance)) => Some(EventKind::Responded {
                        by,
                        stance: stance.value,
                    }),
                    _ => None,
                }
            }
            "cancel_requested" => party_key(&mut map, "by", &by_place, problems)
                .map(|by| EventKind::CancelRequested { by }),
            "off_platform" => party_key(&mut map, "by", &by_place, problems)
                .map(|by| EventKind::OffPlatform { by }),
            "released" => {
                let by = map
                    .required("by", "seller", problems)
                    .and_then(|e| choice::<Actor>(e, &by_place, problems));
                match by {
                    Some(by) if matches!(by.value, Actor::Seller | Actor::Cs) => {
                        Some(EventKind::Released { by: by.value })
                    }
                    Some(by) => {
                        problems.push(Problem::unknown_value(
                            by.value.as_str(),
                            &by_place,
                            &by.span,
                            &["seller", "cs"],
                        ));
                        None
                    }
                    None => None,
                }
            }
            "cancelled" => {
                let by = map
                    .required("by", "system", problems)
                    .and_then(|e| choice::<Actor>(e, &by_place, problems));
                let reason = optional(&mut map, "reason", problems, |e, p, pr| {
                    choice::<CancelReason>(e, p, pr)
                });
                match (by, reason) {
                    (Some(by), Some(reason)) => Some(EventKind::Cancelled {
                        by: by.value,
                        reason: reason.map(|r| r.value).unwrap_or(CancelReason::Other),
                    }),
                    _ => None,
                }
            }
            "refund_completed" => {
                let by_ok = fixed_party(&mut map, Party::Seller, problems);
                let amount = optional(&mut map, "amount", problems, positive_decimal);
                match (by_ok, amount) {
                    (Some(()), Some(amount)) => Some(EventKind::RefundCompleted {
                        amount: amount.map(|a| a.value),
                    }),
                    _ => None,
                }
            }
            "refund_refused" => {
                fixed_party(&mut map, Party::Seller, problems).map(|_| EventKind::RefundRefused)
            }
            "agreement" => Some(EventKind::Agreement),
            "verification_requested" => {
                let by_ok = fixed_party(&mut map, Party::Seller, problems);
                let kind = optional(&mut map, "kind", problems, |e, p, pr| {
                    choice::<VerificationKind>(e, p, pr)
                });
                match (by_ok, kind) {
                    (Some(()), Some(kind)) => Some(EventKind::VerificationRequested {
                        kind: kind.map(|k| k.value).unwrap_or(VerificationKind::Other),
                    }),
                    _ => None,
                }
            }
            "verification_agreed" => {
                fixed_party(&mut map, Party::Buyer, problems).map(|_| EventKind::VerificationAgreed)
            }
            "verification_refused" => fixed_party(&mut map, Party::Buyer, problems)
                .map(|_| EventKind::VerificationRefused),
            _ => None,
        };
    // Unknown keys were reported above for known ones; `finish` reports the truly unknown.
    for key in fields {
        let _ = map.optional(key);
    }
    for key in ["by", "party", "stance", "reason", "amount", "kind"] {
        let _ = map.optional(key);
    }
    map.finish(problems);
    Some(Event {
        index,
        at: at?,
        kind: kind?,
    })
}

pub(crate) const APPEAL_KEYS: &[&str] = &["by", "at", "type", "reason"];

fn read_appeal(entry: &Entry, problems: &mut Problems) -> Option<Appeal> {
    let mut map = MapReader::new(
        &entry.value,
        "appeal",
        &entry.key_span,
        APPEAL_KEYS,
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

pub(crate) const EVIDENCE_KEYS: &[&str] = &[
    "id",
    "by",
    "kind",
    "at",
    "official_source",
    "tampered",
    "shows_receipt",
    "file",
    "sha256",
    "note",
];

fn read_evidence(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<Evidence> {
    let mut map = MapReader::new(node, place, anchor, EVIDENCE_KEYS, problems)?;
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
    let _note = optional(&mut map, "note", problems, text);
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
    })
}

pub(crate) const CHAT_KEYS: &[&str] = &["id", "at", "from", "text"];

fn read_chat(
    node: &Node,
    place: &str,
    index: usize,
    anchor: &Span,
    problems: &mut Problems,
) -> Option<ChatLine> {
    let mut map = MapReader::new(node, place, anchor, CHAT_KEYS, problems)?;
    let id = map
        .required("id", "c1", problems)
        .and_then(|e| non_empty_text(e, &format!("{place}.id"), problems));
    let at = map
        .required("at", "2025-06-01T10:07:00+08:00", problems)
        .and_then(|e| time(e, &format!("{place}.at"), problems));
    let from = map
        .required("from", "buyer", problems)
        .and_then(|e| choice::<Speaker>(e, &format!("{place}.from"), problems));
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

pub(crate) const FINDINGS_KEYS: &[&str] = &[
    "fraud",
    "malicious_buying_confirmed",
    "offensive_language_confirmed",
    "valid_refund_justification",
    "reopen_approved",
];
pub(crate) const FRAUD_KEYS: &[&str] = &["party", "confirmed", "loss_likely"];

fn read_findings(entry: &Entry, problems: &mut Problems) -> Option<Findings> {
    let mut map = MapReader::new(
        &entry.value,
        "findings",
        &entry.key_span,
        FINDINGS_KEYS,
        problems,
    )?;
    let fraud = match map.optional("fraud") {
        Some(entry) => (|| {
            let mut fraud = MapReader::new(
                &entry.value,
                "findings.fraud",
                &entry.key_span,
                FRAUD_KEYS,
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
    map.finish(problems);
    Some(Findings {
        fraud: fraud?,
        malicious_buying_confirmed: malicious?,
        offensive_language_confirmed: offensive?,
        valid_refund_justification: justification?,
        reopen_approved: reopen?,
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
    let mut map = MapReader::new(&entry.value, place, &entry.key_span, &["party"], problems)?;
    let party = map
        .required("party", "seller", problems)
        .and_then(|e| choice::<Party>(e, "findings.offensive_language_confirmed.party", problems));
    map.finish(problems);
    Some(Some(party?.value))
}

pub(crate) const EXPECT_KEYS: &[&str] = &[
    "decision",
    "status",
    "clause",
    "sanctions",
    "amount",
    "next_deadline",
];

fn read_expect(entry: &Entry, problems: &mut Problems) -> Option<Expect> {
    let mut map = MapReader::new(
        &entry.value,
        "expect",
        &entry.key_span,
        EXPECT_KEYS,
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
    let mut map = MapReader::new(node, place, anchor, &["party", "action", "days"], problems)?;
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

/// The rules of SPEC §3 that relate one part of the case to another, checked on every part
/// that could be read.
fn validate(case: &Draft, problems: &mut Problems) {
    if let (Some(created), Some(as_of)) = (&case.created_at, &case.as_of) {
        let within = |what: &str, at: &Located<Time>, problems: &mut Problems| {
            if at.value < created.value {
                problems.push(Problem::before_order(
                    what,
                    &at.value.to_rfc3339(),
                    &created.value.to_rfc3339(),
                    &at.span,
                ));
            } else if at.value > as_of.value {
                problems.push(Problem::after_as_of(
                    what,
                    &at.value.to_rfc3339(),
                    &as_of.value.to_rfc3339(),
                    &at.span,
                ));
            }
        };
        if as_of.value < created.value {
            // Every later time would also be "after as_of"; the one mistake is reported once.
            within("as_of", as_of, problems);
        } else {
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
    }

    let evidence_ids = unique_ids(
        "evidence",
        case.evidence.items.iter().map(|e| &e.id),
        problems,
    );
    unique_ids("chat", case.chat.items.iter().map(|c| &c.id), problems);
    // A proof can only be judged unknown when every evidence item was read.
    if case.evidence.all_read {
        let known: Vec<&str> = case
            .evidence
            .items
            .iter()
            .map(|e| e.id.value.as_str())
            .collect();
        for payment in &case.payments.items {
            if let Some(proof) = &payment.proof
                && !evidence_ids.contains_key(proof.value.as_str())
            {
                problems.push(Problem::unknown_evidence(
                    &format!("{}.proof", payment.path()),
                    &proof.value,
                    &proof.span,
                    &known,
                ));
            }
        }
    }

    let Some(order) = &case.order else {
        return;
    };
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
