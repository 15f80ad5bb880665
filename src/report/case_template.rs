//! A new case file to start from (`appeal new`): every section of the format, realistic
//! placeholder values shaped for the appeal type, and a comment on each field saying what to put
//! there. The text is valid as it is: `appeal check` passes it, so a user edits a working case
//! instead of assembling one.

use std::fmt::Write as _;

use crate::model::case::AppealType;
use crate::vocab::decision::Party;

/// What to start a case for.
#[derive(Debug, Clone)]
pub struct Blank<'a> {
    pub kind: AppealType,
    pub by: Party,
    /// Written as `policy:` when given.
    pub policy: Option<&'a str>,
    /// The path written on the `$schema` line, relative to the case file.
    pub schema: &'a str,
    /// Whether that file exists; when not, the case says how to write it.
    pub schema_found: bool,
}

/// The column comments start at.
const COMMENT_COLUMN: usize = 44;

/// The widest line written, where the field allows (a long chat line may be wider).
const MAX_WIDTH: usize = 100;

/// The case text builder: values and their comments, aligned.
struct Text(String);

impl Text {
    /// `key: value` at `indent` spaces, with `comment` aligned after it.
    fn field(&mut self, indent: usize, entry: &str, comment: &str) {
        let line = format!("{:indent$}{entry}", "");
        if comment.is_empty() {
            let _ = writeln!(self.0, "{line}");
        } else {
            let pad = COMMENT_COLUMN.saturating_sub(line.chars().count()).max(1);
            let width = line.chars().count() + pad + 2 + comment.chars().count();
            if width <= MAX_WIDTH {
                let _ = writeln!(self.0, "{line}{:pad$}# {comment}", "");
            } else {
                // Too long for one line: the comment goes above its field.
                let indent = line.len() - line.trim_start().len();
                let _ = writeln!(self.0, "{:indent$}# {comment}", "");
                let _ = writeln!(self.0, "{line}");
            }
        }
    }

    /// A comment line of its own at `indent`.
    /// Each `(indent, entry, comment)` row as a [`Text::field`].
    fn fields(&mut self, rows: &[(usize, &str, &str)]) {
        for (indent, entry, comment) in rows {
            self.field(*indent, entry, comment);
        }
    }

    fn note(&mut self, indent: usize, comment: &str) {
        let _ = writeln!(self.0, "{:indent$}# {comment}", "");
    }

    fn blank(&mut self) {
        self.0.push('\n');
    }
}

/// The facts a template starts from, shaped by the appeal type.
struct Facts {
    /// The payments on file: (time, amount, remarks, to_account).
    payments: Vec<(&'static str, &'static str, &'static str, &'static str)>,
    /// Extra timeline events (one-line YAML mappings), in time order after support's contact.
    events: Vec<(&'static str, &'static str)>,
    /// Chat lines: (time, from, text).
    chat: Vec<(&'static str, &'static str, &'static str)>,
    /// Events before the appeal (after marked_paid), e.g. a cancellation.
    before_appeal: Vec<(&'static str, &'static str)>,
    buyer_unpaid_orders: u32,
    reason: &'static str,
    /// Whether the buyer marked the order paid.
    marked_paid: bool,
}

const ORDER_ACCOUNT: &str = "BDO 0012 3456 7890";
const PAID_TO: &str = "BDO-0012-3456-7890";
const ORDER_NUMBER: &str = crate::model::placeholders::ORDER_NUMBER;

fn facts(kind: AppealType, by: Party) -> Facts {
    use AppealType as T;
    let paid = vec![("2025-06-15T10:05:00+08:00", "58300", ORDER_NUMBER, PAID_TO)];
    let mut facts = Facts {
        payments: paid,
        events: Vec::new(),
        chat: vec![(
            "2025-06-15T10:07:00+08:00",
            "buyer",
            "Paid by bank transfer, please release",
        )],
        before_appeal: Vec::new(),
        buyer_unpaid_orders: 0,
        reason: "Paid at 10:05, the seller has not released since",
        marked_paid: true,
    };
    match kind {
        T::SellerNotReleasing => {}
        T::SensitiveRemarks => {
            facts.payments[0].2 = "USDT order 2025061500042117";
            facts.chat.push((
                "2025-06-15T10:12:00+08:00",
                "seller",
                "Your transfer remark mentions USDT, my bank will flag it",
            ));
            facts.reason = "The seller will not release because of my transfer remark";
        }
        T::Overpaid => {
            facts.payments[0].1 = "58800";
            facts.reason = "I sent 58800 PHP instead of 58300 PHP; please return the 500";
        }
        T::CancelledAfterPayment => {
            facts.before_appeal.push((
                "2025-06-15T10:20:00+08:00",
                "event: cancelled, by: system, reason: timeout",
            ));
            facts.reason = "I paid at 10:05 but the order was cancelled at 10:20";
        }
        T::OutOfNormRequest => {
            facts.before_appeal.push((
                "2025-06-15T10:10:00+08:00",
                "event: verification_requested, by: seller, kind: selfie_with_id",
            ));
            facts.chat.push((
                "2025-06-15T10:10:00+08:00",
                "seller",
                "Send me a selfie with your ID card before I release",
            ));
            facts.reason = "The seller asks for a selfie with my ID, which the ad never mentioned";
        }
        T::OffensiveLanguage => {
            let other = by.other().as_str();
            facts.chat.push((
                "2025-06-15T10:15:00+08:00",
                other,
                "[paste the offending line here, word for word]",
            ));
            facts.reason = "The other side insulted me in the order chat";
        }
        T::Fraud => {
            facts.reason = "The other side sent a forged document";
        }
        T::PaymentNotReceived => {
            facts.chat.push((
                "2025-06-15T10:20:00+08:00",
                "seller",
                "Nothing has arrived in my account",
            ));
            facts.reason = "The buyer marked the order paid but no money arrived";
        }
        T::InaccessibleAccount => {
            facts.chat.push((
                "2025-06-15T10:20:00+08:00",
                "seller",
                "My BDO account is frozen, I cannot see the payment",
            ));
            facts.reason = "The buyer paid into an account I cannot access";
        }
        T::Underpaid => {
            facts.payments[0].1 = "58000";
            facts.reason = "The buyer paid 58000 PHP of the 58300 PHP owed";
        }
        T::MaliciousBuying => {
            facts.payments.clear();
            facts.marked_paid = false;
            facts.buyer_unpaid_orders = 3;
            facts.chat = vec![(
                "2025-06-15T10:07:00+08:00",
                "seller",
                "Are you going to pay for this order?",
            )];
            facts.reason = "The buyer keeps placing orders and never pays";
        }
        T::AccountBlocked => {
            facts.events.push((
                "2025-06-15T10:45:00+08:00",
                "event: account_blocked, party: seller",
            ));
            facts.reason = "My bank account was blocked after the buyer's payment arrived";
        }
        T::ReleasedWithoutPayment => {
            facts.payments.clear();
            facts
                .before_appeal
                .push(("2025-06-15T10:08:00+08:00", "event: released, by: seller"));
            facts.chat.push((
                "2025-06-15T10:20:00+08:00",
                "seller",
                "I released but your money never came, please pay",
            ));
            facts.reason = "I released by mistake before the money arrived; it never came";
        }
    }
    facts
}

/// Template lines of the case: (indent, entry, comment).
const ORDER_FIELDS: &[(usize, &str, &str)] = &[
    (
        2,
        "created_at: 2025-06-15T10:00:00+08:00",
        "RFC 3339 with the offset it was recorded in",
    ),
    (2, "asset: USDT", "the crypto in escrow"),
    (2, "fiat: PHP", "the currency paid"),
    (2, "price: 58.30", "fiat per unit of the asset"),
    (2, "quantity: 1000", "units of the asset"),
    (2, "amount: 58300", "fiat owed: price × quantity"),
    (
        2,
        "reference_price: 57.80",
        "the platform's reference price at creation",
    ),
    (
        2,
        "payment_window: 15m",
        "how long the buyer had to pay (optional)",
    ),
    (
        2,
        "appeal_timer: 15m",
        "countdown after mark-as-paid before an appeal (optional)",
    ),
    (
        2,
        "payment_method:",
        "the details on the order page: the only binding ones",
    ),
    (
        4,
        "kind: bank_transfer",
        "bank_transfer, e_wallet, card, cash or other",
    ),
    (
        4,
        "instant: true",
        "a real-time rail (1 h to release) or not (2 working days)",
    ),
];

/// Template lines of the case: (indent, entry, comment).
const ORDER_PAGE_FIELDS: &[(usize, &str, &str)] = &[
    (
        4,
        "holder: \"JERICHO DELA CRUZ\"",
        "the account holder shown (optional)",
    ),
    (
        2,
        "ad_terms: \"Pay from an account in your own name\"",
        "the ad's trading terms (optional)",
    ),
    (
        2,
        "country: PH",
        "country of the fiat, for phone numbers (optional)",
    ),
];

/// Template lines of the case: (indent, entry, comment).
const BUYER_FIELDS: &[(usize, &str, &str)] = &[
    (
        2,
        "verified_name: \"María Santos Reyes\"",
        "the KYC name, accents and all",
    ),
    (2, "kyc_verified: true", "identity verification completed"),
    (
        2,
        "history:",
        "earlier confirmed records kept by the platform",
    ),
    (
        4,
        "offensive_language: 0",
        "confirmed offensive-language offences",
    ),
];

/// Template lines of the case: (indent, entry, comment).
const BUYER_HISTORY_END: &[(usize, &str, &str)] = &[
    (4, "violations: 0", "other confirmed rule violations"),
    (0, "seller:", "who holds the crypto in escrow and is paid"),
];

/// Template lines of the case: (indent, entry, comment).
const SELLER_FIELDS: &[(usize, &str, &str)] = &[
    (2, "verified_name: \"Jericho Dela Cruz\"", "the KYC name"),
    (2, "kyc_verified: true", "identity verification completed"),
    (2, "history:", "as for the buyer"),
    (
        4,
        "offensive_language: 0",
        "confirmed offensive-language offences",
    ),
    (4, "unpaid_orders: 0", "orders placed and never paid"),
    (4, "violations: 0", "other confirmed rule violations"),
];

/// Template lines of the case: (indent, entry, comment).
const SUPPORT_CONTACT_FIELDS: &[(usize, &str, &str)] = &[
    (
        2,
        "- { at: 2025-06-15T10:40:00+08:00, event: cs_contacted, party: seller }",
        "support's first contact starts the windows",
    ),
    (
        2,
        "- { at: 2025-06-15T10:42:00+08:00, event: cs_contacted, party: buyer }",
        "",
    ),
];

/// Template lines of the case: (indent, entry, comment).
const EVIDENCE_FIELDS: &[(usize, &str, &str)] = &[
    (0, "evidence:", "documents the parties uploaded"),
    (2, "- id: receipt-1", "named by a payment's proof"),
    (2, "  by: buyer", "who submitted it"),
    (
        2,
        "  kind: payment_receipt",
        "or bank_statement, screenshot, chat_export…",
    ),
    (
        2,
        "  at: 2025-06-15T10:26:00+08:00",
        "when it was submitted (unknown: when the party says, and say so in note)",
    ),
    (
        2,
        "  official_source: true",
        "from the bank's official app or site",
    ),
    (
        2,
        "  tampered: false",
        "support's finding: true = forged or edited",
    ),
    (
        2,
        "  # shows_receipt: false",
        "bank statements: do the funds appear?",
    ),
    (
        2,
        "  # file: evidence/receipt-1.png",
        "relative to this file (optional)",
    ),
    (
        2,
        "  # sha256: <64 hex digits>",
        "checked against file (optional)",
    ),
    (2, "  note: \"InstaPay receipt\"", "free text (optional)"),
];

/// Template lines of the case: (indent, entry, comment).
const FINDINGS_FIELDS: &[(usize, &str, &str)] = &[
    (2, "malicious_buying_confirmed: false", "seller 3.a"),
    (
        2,
        "offensive_language_confirmed: false",
        "or { party: buyer|seller }",
    ),
    (
        2,
        "valid_refund_justification: false",
        "buyer 1.a: a late refund excused",
    ),
    (
        2,
        "reopen_approved: false",
        "an order past the age limit reopened",
    ),
];

/// The case text for `blank`.
pub fn render(blank: &Blank<'_>) -> String {
    let facts = facts(blank.kind, blank.by);
    let mut t = Text(String::new());
    header(&mut t, blank);
    order(&mut t);
    parties(&mut t, &facts);
    payments(&mut t, &facts);
    timeline(&mut t, blank, &facts);
    appeal(&mut t, blank, &facts);
    chat(&mut t, &facts);
    findings(&mut t, blank);
    t.0
}

/// The schema line and the notes on how to fill the case in, then the case id, policy and moment of the ruling.
fn header(t: &mut Text, blank: &Blank<'_>) {
    let filing = crate::model::filing::of(blank.kind);
    let _ = writeln!(t.0, "# yaml-language-server: $schema={}", blank.schema);
    if !blank.schema_found {
        t.note(
            0,
            &format!(
                "(for editors: `appeal schema case --output {}` writes the schema there)",
                blank.schema
            ),
        );
    }
    t.note(
        0,
        &format!("A new `{}` appeal by the {}.", blank.kind, blank.by),
    );
    t.note(0, &crate::report::words::english().word(filing.about));
    t.note(
        0,
        "Every value below is a placeholder that passes `appeal check`: replace each with the facts of your",
    );
    t.note(
        0,
        "ticket. Field by field: docs/case-format.md. Where this type goes: appeal explain TYPE.",
    );
    t.note(
        0,
        "Times keep the offset they were recorded in (+08:00 below): change it in every time you edit.",
    );
    t.field(
        0,
        &format!("case: {}", crate::model::placeholders::CASE_ID),
        "your ticket or appeal id",
    );
    match blank.policy {
        Some(policy) => t.field(
            0,
            &format!("policy: {}", yaml_text(policy)),
            "built-in mexc or bitget, or a .toml path relative to this file",
        ),
        None => t.field(
            0,
            "# policy: bitget",
            "default mexc; or bitget, or a .toml path relative to this file",
        ),
    }
    t.field(
        0,
        "as_of: 2025-06-15T11:30:00+08:00",
        "the moment of the ruling: nothing below may be later",
    );
    t.blank();
}

/// The order as the platform logged it.
fn order(t: &mut Text) {
    t.field(0, "order:", "the order as the platform logged it");
    t.field(
        2,
        &format!("id: \"{ORDER_NUMBER}\""),
        "the order number, quoted",
    );
    t.fields(ORDER_FIELDS);
    t.field(
        4,
        &format!("account: \"{ORDER_ACCOUNT}\""),
        "the account shown on the order page",
    );
    t.fields(ORDER_PAGE_FIELDS);
    t.blank();
}

/// The buyer and the seller.
fn parties(t: &mut Text, facts: &Facts) {
    t.field(0, "buyer:", "who pays the fiat and receives the crypto");
    t.field(
        2,
        &format!("uid: \"{}\"", crate::model::placeholders::BUYER_UID),
        "the platform's user id",
    );
    t.fields(BUYER_FIELDS);
    t.field(
        4,
        &format!("unpaid_orders: {}", facts.buyer_unpaid_orders),
        "orders placed and never paid",
    );
    t.fields(BUYER_HISTORY_END);
    t.field(
        2,
        &format!("uid: \"{}\"", crate::model::placeholders::SELLER_UID),
        "the platform's user id",
    );
    t.fields(SELLER_FIELDS);
    t.blank();
}

/// The payments on file, each transfer with its fields.
fn payments(t: &mut Text, facts: &Facts) {
    if facts.payments.is_empty() {
        t.field(
            0,
            "payments: []",
            "no payment on file; one entry per transfer, as below",
        );
        t.note(
            0,
            "- { at: 2025-06-15T10:05:00+08:00, amount: 58300, payer_name: \"MARIA SANTOS REYES\", to_account: \"BDO 0012 3456 7890\" }",
        );
    } else {
        t.field(0, "payments:", "each transfer from the buyer, as evidenced");
        for (at, amount, remarks, to) in &facts.payments {
            t.field(2, &format!("- at: {at}"), "when the transfer was made");
            t.field(4, &format!("amount: {amount}"), "in the order's fiat");
            t.field(
                4,
                "payer_name: \"MARIA SANTOS REYES\"",
                "the name on the paying account",
            );
            t.field(4, &format!("to_account: \"{to}\""), "the account paid into");
            t.field(
                4,
                "instant: true",
                "this transfer's rail, if not the order's (optional)",
            );
            t.field(
                4,
                &format!("remarks: \"{remarks}\""),
                "the transfer's reference text (optional)",
            );
            t.field(
                4,
                "proof: receipt-1",
                "the evidence id that proves it (optional)",
            );
        }
    }
    t.blank();
}

/// The timeline: what happened before and after the appeal.
fn timeline(t: &mut Text, blank: &Blank<'_>, facts: &Facts) {
    t.field(
        0,
        "timeline:",
        "what happened on the platform; by = who acted, party = acted on",
    );
    if facts.marked_paid {
        t.field(
            2,
            "- { at: 2025-06-15T10:06:00+08:00, event: marked_paid, by: buyer }",
            "",
        );
    }
    for (at, rest) in &facts.before_appeal {
        t.field(2, &format!("- {{ at: {at}, {rest} }}"), "");
    }
    t.field(
        2,
        &format!(
            "- {{ at: 2025-06-15T10:25:00+08:00, event: appeal_opened, by: {} }}",
            blank.by
        ),
        "",
    );
    t.fields(SUPPORT_CONTACT_FIELDS);
    for (at, rest) in &facts.events {
        t.field(2, &format!("- {{ at: {at}, {rest} }}"), "");
    }
    t.note(
        2,
        "more events: responded (by, stance), cancel_requested, released, cancelled, refund_completed,",
    );
    t.note(
        2,
        "refund_refused, evidence_requested, unreachable, agreement, verification_*, off_platform",
    );
    t.note(
        2,
        "a party who never answered: no responded event (unreachable: support could not reach them)",
    );
    t.blank();
}

/// The appeal and the evidence.
fn appeal(t: &mut Text, blank: &Blank<'_>, facts: &Facts) {
    t.field(0, "appeal:", "who appealed, when, what about");
    t.field(
        2,
        &format!("by: {}", blank.by),
        "buyer or seller: who filed",
    );
    t.field(
        2,
        "at: 2025-06-15T10:25:00+08:00",
        "when the appeal was filed",
    );
    t.field(
        2,
        &format!("type: {}", blank.kind),
        "appeal explain TYPE says where it goes",
    );
    t.field(
        2,
        &format!("reason: \"{}\"", facts.reason),
        "the appellant's own words",
    );
    t.blank();
    t.fields(EVIDENCE_FIELDS);
    t.blank();
}

/// The order chat.
fn chat(t: &mut Text, facts: &Facts) {
    t.field(0, "chat:", "excerpts of the order chat, word for word");
    for (index, (at, from, text)) in facts.chat.iter().enumerate() {
        let first = index == 0;
        let comment = |what: &'static str| if first { what } else { "" };
        t.field(
            2,
            &format!("- id: c{}", index + 1),
            comment("unique; rulings quote it as chat:c1"),
        );
        t.field(4, &format!("at: {at}"), comment("when it was written"));
        t.field(
            4,
            &format!("from: {from}"),
            comment("buyer, seller or cs (support)"),
        );
        t.field(
            4,
            &format!("text: \"{text}\""),
            comment("the words as written"),
        );
    }
    t.blank();
}

/// Support's findings, and the `expect:` block to fill in once the ruling is checked.
fn findings(t: &mut Text, blank: &Blank<'_>) {
    t.field(
        0,
        "findings:",
        "what support has established; leave false until it has",
    );
    match blank.kind {
        AppealType::Fraud => t.field(
            2,
            &format!(
                "fraud: {{ party: {}, confirmed: false, loss_likely: false }}",
                blank.by.other()
            ),
            "who, established?",
        ),
        _ => t.field(
            2,
            "# fraud: { party: seller, confirmed: true, loss_likely: false }",
            "",
        ),
    }
    t.fields(FINDINGS_FIELDS);
    t.blank();
    t.note(
        0,
        "For `appeal test`: once you have checked the ruling by hand against the rules, write it here.",
    );
    t.note(0, "expect:");
    t.note(0, "  decision: release_to_buyer");
    t.note(0, "  status: final");
    t.note(0, "  clause: buyer.1b");
}

/// `text` as a YAML scalar: plain when safe, else double-quoted.
fn yaml_text(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '_' | '-'))
        && !text.starts_with(['-', '.']);
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_default()
    }
}
