//! Clause by clause: each rule's branches, its deadlines on both sides (and exactly at the
//! deadline), judged through the public library API with the shipped policies.

// Tests read as "take the plain case, change this, judge": reassignment after Default is the point.
#![allow(clippy::field_reassign_with_default)]

use appeal::engine::{self, Provenance};
use appeal::model::case;
use appeal::model::policy::PolicyRef;
use appeal::model::ruling::Ruling;
use appeal::reading::source::SourceFile;
use appeal::report::words::english;
use appeal::vocab::calendar::Clock;
use appeal::vocab::decision::{Decision, Party, SanctionAction, Status};

/// The parts of a case a test varies; everything else is a plain, valid buyer appeal.
struct Case {
    policy: &'static str,
    as_of: &'static str,
    price: &'static str,
    reference: &'static str,
    instant: bool,
    appeal: &'static str,
    payments: &'static str,
    timeline: &'static str,
    evidence: &'static str,
    chat: &'static str,
    findings: &'static str,
    buyer_history: &'static str,
    seller_history: &'static str,
    extra_order: &'static str,
    kyc: bool,
}

const PAID: &str = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2550000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", remarks: "2025060200001", proof: receipt-1 }"#;
const RECEIPT: &str = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true }"#;

impl Default for Case {
    fn default() -> Case {
        Case {
            policy: "mexc",
            as_of: "2025-06-02T12:30:00+08:00",
            price: "25500",
            reference: "25400",
            instant: true,
            appeal: "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: seller_not_releasing, reason: \"Paid, seller silent\" }",
            payments: PAID,
            timeline: r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }"#,
            evidence: RECEIPT,
            chat: "",
            findings: "",
            buyer_history: "",
            seller_history: "",
            extra_order: "",
            kyc: true,
        }
    }
}

impl Case {
    fn yaml(&self) -> String {
        let list = |items: &str| {
            if items.is_empty() {
                " []".to_string()
            } else {
                items.to_string()
            }
        };
        format!(
            r#"case: APL-TEST
as_of: {as_of}
order:
  id: "2025060200001"
  created_at: 2025-06-02T10:00:00+08:00
  asset: USDT
  fiat: VND
  price: {price}
  quantity: 100
  amount: {amount}
  reference_price: {reference}
  payment_method: {{ kind: bank_transfer, instant: {instant}, account: "VCB 0123 456 789", holder: "NGUYEN VAN A" }}{extra_order}
buyer: {{ uid: B-1, verified_name: "Trần Thị B", kyc_verified: {kyc}{buyer_history} }}
seller: {{ uid: S-2, verified_name: "Nguyễn Văn A", kyc_verified: true{seller_history} }}
payments:{payments}
timeline:{timeline}
appeal: {appeal}
evidence:{evidence}
chat:{chat}
findings: {{ {findings} }}
"#,
            as_of = self.as_of,
            price = self.price,
            amount = (self.price.parse::<u64>().unwrap_or(25500)) * 100,
            reference = self.reference,
            instant = self.instant,
            extra_order = self.extra_order,
            kyc = self.kyc,
            buyer_history = self.buyer_history,
            seller_history = self.seller_history,
            payments = list(self.payments),
            timeline = list(self.timeline),
            appeal = self.appeal,
            evidence = list(self.evidence),
            chat = list(self.chat),
            findings = self.findings,
        )
    }

    fn judge(&self) -> Ruling {
        self.judge_at(None)
    }

    fn judge_at(&self, as_of: Option<&str>) -> Ruling {
        let yaml = self.yaml();
        let source = SourceFile::from_bytes("test.yaml", yaml.as_bytes()).expect("readable");
        let loaded = match case::load(source) {
            Ok(loaded) => loaded,
            Err(problems) => panic!("test case is invalid: {:#?}\n{yaml}", problems.problems),
        };
        let policy = PolicyRef::parse(self.policy, None)
            .load()
            .expect("shipped policy is valid");
        let moment = as_of
            .map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap())
            .unwrap_or(loaded.case.as_of.value);
        let provenance = Provenance {
            tool_version: "test".into(),
            case_sha256: String::new(),
        };
        engine::judge(&loaded.case, &policy, moment, Clock::Policy, &provenance)
    }
}

fn assert_ruling(ruling: &Ruling, decision: Decision, status: Status, clause: &str) {
    assert_eq!(
        (ruling.decision, ruling.status, ruling.clause.as_str()),
        (decision, status, clause),
        "rationale: {:#?}\ntrace: {:#?}",
        ruling.rationale,
        ruling.trace
    );
}

fn has_sanction(ruling: &Ruling, party: Party, action: SanctionAction) -> bool {
    ruling
        .sanctions
        .iter()
        .any(|s| s.party == party && s.action == action)
}

// ----- buyer.1b: late release --------------------------------------------------------------

#[test]
fn instant_release_is_pending_until_an_hour_after_contact_then_released() {
    let mut case = Case::default();
    case.as_of = "2025-06-02T11:00:00+08:00";
    let pending = case.judge();
    assert_ruling(
        &pending,
        Decision::ReleaseToBuyer,
        Status::Pending,
        "buyer.1b",
    );
    assert_eq!(
        pending.next_deadline.unwrap().to_rfc3339(),
        "2025-06-02T11:40:00+08:00"
    );
    case.as_of = "2025-06-02T12:30:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1b",
    );
}

#[test]
fn a_deadline_is_open_until_its_due_time_and_closed_at_it() {
    let mut case = Case::default();
    case.as_of = "2025-06-02T11:39:59+08:00";
    let before = case.judge();
    assert_eq!(before.status, Status::Pending);
    assert_eq!(
        before.next_deadline.unwrap().to_rfc3339(),
        "2025-06-02T11:40:00+08:00"
    );
    case.as_of = "2025-06-02T11:40:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1b",
    );
}

#[test]
fn a_release_recorded_exactly_at_the_deadline_is_in_time() {
    let mut case = Case::default();
    case.timeline = r#"
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T11:40:00+08:00, event: released, by: seller }"#;
    case.as_of = "2025-06-02T11:40:00+08:00";
    assert_ruling(&case.judge(), Decision::Closed, Status::Final, "buyer.1b");
}

#[test]
fn without_a_contact_support_is_asked_to_make_it_and_the_deadline_runs_from_now() {
    let mut case = Case::default();
    case.timeline = "\n  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }";
    case.as_of = "2025-06-02T13:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::ReleaseToBuyer,
        Status::Pending,
        "buyer.1b",
    );
    assert_eq!(
        ruling.next_deadline.unwrap().to_rfc3339(),
        "2025-06-02T14:00:00+08:00"
    );
    let first = &ruling.follow_ups[0];
    assert_eq!(first.who.as_str(), "support");
    assert!(
        said(&first.action).contains("contact the seller"),
        "{first:?}"
    );
}

#[test]
fn non_instant_release_counts_two_working_days_across_the_weekend() {
    let mut case = Case::default();
    case.instant = false;
    // Contact on Friday 2025-06-06 15:00 (+08:00): the deadline is Tuesday 15:00.
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-06T15:00:00+08:00, event: cs_contacted, party: seller }"#;
    case.appeal = "{ by: buyer, at: 2025-06-06T14:00:00+08:00, type: seller_not_releasing }";
    case.as_of = "2025-06-09T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::ReleaseToBuyer,
        Status::Pending,
        "buyer.1b",
    );
    assert_eq!(
        ruling.next_deadline.unwrap().to_rfc3339(),
        "2025-06-10T15:00:00+08:00"
    );
    case.as_of = "2025-06-10T15:00:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1b",
    );
}

#[test]
fn non_instant_with_a_statement_without_the_funds_is_traced() {
    let mut case = Case::default();
    case.instant = false;
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true }
  - { id: stmt-1, by: seller, kind: bank_statement, at: 2025-06-02T12:00:00+08:00, official_source: true, shows_receipt: false }"#;
    assert_ruling(
        &case.judge(),
        Decision::Escalate,
        Status::AwaitingReview,
        "buyer.1b",
    );
}

// ----- buyer.1a: refusal and the price band ------------------------------------------------

fn refusing() -> Case {
    Case {
        timeline: r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:50:00+08:00, event: responded, by: seller, stance: refuses }"#,
        ..Case::default()
    }
}

#[test]
fn inside_the_band_a_refusal_still_releases_after_the_response_window() {
    let case = refusing();
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1a",
    );
}

#[test]
fn exactly_on_the_band_edge_counts_as_inside() {
    let mut case = refusing();
    case.price = "27940"; // +10 % of 25400
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2794000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1a",
    );
    case.price = "27941";
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2794100, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    assert_eq!(case.judge().decision, Decision::RefundBuyer);
}

#[test]
fn outside_the_band_the_seller_must_refund_then_the_order_is_cancelled() {
    let mut case = refusing();
    case.price = "28000";
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2800000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.as_of = "2025-06-02T20:00:00+08:00";
    let pending = case.judge();
    assert_ruling(&pending, Decision::RefundBuyer, Status::Pending, "buyer.1a");
    assert_eq!(pending.amount.unwrap().to_string(), "2800000");
    assert_eq!(
        pending.next_deadline.unwrap().to_rfc3339(),
        "2025-06-03T10:40:00+08:00"
    );
    case.as_of = "2025-06-03T11:00:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::ReleaseToBuyer,
        Status::Final,
        "buyer.1a",
    );
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:50:00+08:00, event: responded, by: seller, stance: refuses }
  - { at: 2025-06-02T18:00:00+08:00, event: refund_completed, amount: 2800000 }"#;
    assert_ruling(
        &case.judge(),
        Decision::CancelOrder,
        Status::Final,
        "buyer.1a",
    );
}

#[test]
fn a_justified_refund_delay_keeps_the_refund_owed_instead_of_releasing() {
    let mut case = refusing();
    case.price = "28000";
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2800000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.findings = "valid_refund_justification: true";
    case.as_of = "2025-06-03T11:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::RefundBuyer, Status::Final, "buyer.1a");
    assert_eq!(
        ruling.amount.map(|a| a.to_string()).as_deref(),
        Some("2800000")
    );
}

#[test]
fn a_third_party_payer_is_refunded_never_released() {
    let mut case = refusing();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2550000, payer_name: "LE VAN C", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    let ruling = case.judge();
    assert_eq!(ruling.clause.as_str(), "buyer.1a");
    assert_eq!(ruling.decision, Decision::RefundBuyer);
}

#[test]
fn a_seller_who_answers_payment_not_received_moves_the_appeal_to_seller_1b() {
    let mut case = Case::default();
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:30:00+08:00, event: cancel_requested, by: seller }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:50:00+08:00, event: responded, by: seller, stance: payment_not_received }"#;
    let ruling = case.judge();
    assert_eq!(
        (ruling.filed_clause.as_str(), ruling.clause.as_str()),
        ("buyer.1a", "seller.1b")
    );
}

// ----- fact routing ------------------------------------------------------------------------

#[test]
fn an_overpayment_routes_to_buyer_2a_and_a_silent_seller_is_frozen() {
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: "2600000.50", payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.as_of = "2025-06-03T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::RefundExcess, Status::Final, "buyer.2a");
    assert_eq!(ruling.amount.unwrap().to_string(), "50000.50");
    assert!(has_sanction(
        &ruling,
        Party::Seller,
        SanctionAction::FreezeP2p
    ));
    assert!(has_sanction(
        &ruling,
        Party::Seller,
        SanctionAction::FreezeAssets
    ));
}

#[test]
fn an_underpayment_routes_to_seller_2a_and_a_missed_top_up_refunds_what_arrived() {
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2500000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.timeline = r#"
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: buyer }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::RefundBuyer, Status::Final, "seller.2a");
    assert_eq!(ruling.amount.unwrap().to_string(), "2500000");
}

#[test]
fn a_released_order_is_closed() {
    let mut case = Case::default();
    case.timeline = r#"
  - { at: 2025-06-02T10:40:00+08:00, event: released, by: seller }"#;
    assert_ruling(&case.judge(), Decision::Closed, Status::Final, "buyer.1b");
}

#[test]
fn a_cancelled_order_routes_to_buyer_3a() {
    let mut case = Case::default();
    case.timeline = r#"
  - { at: 2025-06-02T10:20:00+08:00, event: cancelled, by: system, reason: timeout }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }"#;
    case.as_of = "2025-06-02T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::RefundBuyer, Status::Pending, "buyer.3a");
    assert_eq!(
        ruling.next_deadline.unwrap().to_rfc3339(),
        "2025-06-03T10:40:00+08:00"
    );
}

#[test]
fn a_sensitive_word_in_the_remarks_routes_to_buyer_1c() {
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2550000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", remarks: "mua USDT p2p", proof: receipt-1 }"#;
    case.as_of = "2025-06-02T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::SellerChoice, Status::Pending, "buyer.1c");
    assert!(
        ruling
            .rationale
            .iter()
            .any(|r| said(&r.finding).contains("mua USDT p2p")),
        "the remark is quoted"
    );
}

#[test]
fn a_payment_to_another_account_nobody_claimed_is_verified_not_lost() {
    // Seller 1.c's ground is the seller's claim that the account is inaccessible: without it
    // (and without other instructions on file) the seller is asked, then support verifies.
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2550000, payer_name: "TRAN THI B", to_account: "TCB 999 888 777", proof: receipt-1 }"#;
    let asked = case.judge_at(Some("2025-06-02T11:00:00+08:00"));
    assert_ruling(
        &asked,
        Decision::RequestEvidence,
        Status::Pending,
        "seller.1c",
    );
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::Escalate,
        Status::AwaitingReview,
        "seller.1c",
    );
    // The seller's answer that the account is not theirs to access makes it the buyer's loss.
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:50:00+08:00, event: responded, by: seller, stance: account_inaccessible }"#;
    assert_ruling(
        &case.judge(),
        Decision::CancelOrder,
        Status::Final,
        "seller.1c",
    );
    // The seller's answer that it is theirs and receives: judged as paid, buyer 1.b.
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:50:00+08:00, event: responded, by: seller, stance: account_accessible }"#;
    assert_eq!(case.judge().clause.as_str(), "buyer.1b");
}

// ----- gates -------------------------------------------------------------------------------

#[test]
fn the_age_limit_uses_calendar_months_clamped_at_month_end() {
    let mut case = Case::default();
    case.extra_order = "";
    // Order 2025-06-02 + 18 months = 2026-12-02 10:00 +08:00.
    case.appeal = "{ by: buyer, at: 2026-12-02T10:00:01+08:00, type: seller_not_releasing }";
    case.as_of = "2026-12-03T00:00:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::RefusedOutOfTime,
        Status::Final,
        "general.age_limit",
    );
    case.appeal = "{ by: buyer, at: 2026-12-02T10:00:00+08:00, type: seller_not_releasing }";
    assert_ne!(case.judge().clause.as_str(), "general.age_limit");
    case.appeal = "{ by: buyer, at: 2026-12-02T10:00:01+08:00, type: seller_not_releasing }";
    case.findings = "reopen_approved: true";
    assert_ne!(case.judge().decision, Decision::RefusedOutOfTime);
}

#[test]
fn bitget_refuses_an_appeal_before_the_timer_and_without_kyc() {
    let mut case = Case {
        policy: "bitget",
        ..Case::default()
    };
    case.appeal = "{ by: buyer, at: 2025-06-02T10:15:00+08:00, type: seller_not_releasing, reason: \"no release\" }";
    let early = case.judge();
    assert_ruling(
        &early,
        Decision::Inadmissible,
        Status::Final,
        "procedure.timer",
    );
    case.kyc = false;
    assert_ruling(
        &case.judge(),
        Decision::Inadmissible,
        Status::Final,
        "procedure.kyc",
    );
}

#[test]
fn bitget_escalates_an_admissible_appeal_with_the_guide_steps() {
    let case = Case {
        policy: "bitget",
        ..Case::default()
    };
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::Escalate,
        Status::AwaitingReview,
        "guide.steps",
    );
    assert!(
        ruling
            .follow_ups
            .iter()
            .any(|f| said(&f.action).contains("2025060200001")),
        "the order number is in a follow-up"
    );
}

#[test]
fn bitget_asks_for_the_missing_receipt_and_then_refuses() {
    let mut case = Case {
        policy: "bitget",
        ..Case::default()
    };
    case.evidence = "";
    case.payments = "";
    let waiting = case.judge();
    assert_ruling(
        &waiting,
        Decision::RequestEvidence,
        Status::Pending,
        "procedure.evidence",
    );
    assert_eq!(
        waiting.next_deadline.unwrap().to_rfc3339(),
        "2025-06-03T02:25:00+00:00"
    );
    case.as_of = "2025-06-03T11:00:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::Inadmissible,
        Status::Final,
        "procedure.evidence",
    );
}

// ----- conduct -----------------------------------------------------------------------------

#[test]
fn an_offensive_chat_line_asks_support_to_confirm_and_a_finding_suspends() {
    let mut case = Case::default();
    case.chat =
        "\n  - { id: c1, at: 2025-06-02T10:30:00+08:00, from: seller, text: \"You IDIOT, wait\" }";
    let flagged = case.judge();
    assert!(
        flagged
            .follow_ups
            .iter()
            .any(|f| said(&f.action).contains("review chat c1"))
    );
    assert!(flagged.sanctions.is_empty());
    case.findings = "offensive_language_confirmed: { party: seller }";
    let confirmed = case.judge();
    let suspension = confirmed
        .sanctions
        .iter()
        .find(|s| s.action == SanctionAction::SuspendP2p)
        .expect("suspended");
    assert_eq!(
        (suspension.party, suspension.days),
        (Party::Seller, Some(7))
    );
    case.seller_history = ", history: { offensive_language: 1 }";
    assert!(has_sanction(
        &case.judge(),
        Party::Seller,
        SanctionAction::PermanentBan
    ));
}

#[test]
fn confirmed_fraud_bans_removes_ads_and_freezes_when_a_loss_is_likely() {
    let mut case = Case::default();
    case.appeal = "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: fraud }";
    case.findings = "fraud: { party: seller, confirmed: true, loss_likely: true }";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::ReleaseToBuyer, Status::Final, "buyer.6a");
    for action in [
        SanctionAction::PermanentBan,
        SanctionAction::RemoveAds,
        SanctionAction::FreezeAssets,
    ] {
        assert!(has_sanction(&ruling, Party::Seller, action), "{action}");
    }
    case.findings = "fraud: { party: seller, confirmed: false }";
    assert_ruling(
        &case.judge(),
        Decision::Escalate,
        Status::AwaitingReview,
        "buyer.6a",
    );
}

#[test]
fn out_of_policy_demands_cancel_with_a_warning_then_a_suspension_for_a_repeat() {
    let mut case = Case::default();
    case.appeal = "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: out_of_norm_request }";
    case.payments = "";
    case.evidence = "";
    case.chat = "\n  - { id: c1, at: 2025-06-02T10:10:00+08:00, from: seller, text: \"Add me on Telegram, there is an extra fee\" }";
    let first = case.judge();
    assert_ruling(&first, Decision::CancelOrder, Status::Final, "buyer.4a");
    assert!(has_sanction(&first, Party::Seller, SanctionAction::Warning));
    assert!(
        first
            .notices
            .iter()
            .any(|n| n.clause.as_str() == "disclaimers.channels")
    );
    case.seller_history = ", history: { violations: 1 }";
    assert!(has_sanction(
        &case.judge(),
        Party::Seller,
        SanctionAction::SuspendP2p
    ));
}

// ----- seller appeals ----------------------------------------------------------------------

#[test]
fn marked_paid_without_paying_cancels_after_the_proof_window() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: payment_not_received }";
    case.payments = "";
    case.evidence = "";
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: buyer }"#;
    case.as_of = "2025-06-02T11:00:00+08:00";
    assert_ruling(
        &case.judge(),
        Decision::RequestEvidence,
        Status::Pending,
        "seller.1a",
    );
    case.as_of = "2025-06-02T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::CancelOrder, Status::Final, "seller.1a");
    assert!(has_sanction(
        &ruling,
        Party::Buyer,
        SanctionAction::SuspendP2p
    ));
}

#[test]
fn account_blocked_lifts_restrictions_when_the_seller_brings_no_evidence() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: account_blocked }";
    case.as_of = "2025-06-04T12:00:00+08:00";
    let waiting = case.judge();
    assert_ruling(
        &waiting,
        Decision::RequestEvidence,
        Status::Pending,
        "seller.4a",
    );
    assert!(has_sanction(
        &waiting,
        Party::Buyer,
        SanctionAction::DisableWithdrawals
    ));
    case.as_of = "2025-06-05T10:40:01+08:00";
    let lifted = case.judge();
    assert_ruling(
        &lifted,
        Decision::LiftRestrictions,
        Status::Final,
        "seller.4a",
    );
    assert!(lifted.sanctions.is_empty());
}

#[test]
fn malicious_buying_investigates_at_the_threshold_and_bans_once_confirmed() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: malicious_buying }";
    case.payments = "";
    case.evidence = "";
    case.buyer_history = ", history: { unpaid_orders: 3 }";
    assert_ruling(
        &case.judge(),
        Decision::Escalate,
        Status::AwaitingReview,
        "seller.3a",
    );
    case.buyer_history = ", history: { unpaid_orders: 2 }";
    assert_ruling(
        &case.judge(),
        Decision::CancelOrder,
        Status::Final,
        "seller.3a",
    );
    case.findings = "malicious_buying_confirmed: true";
    assert!(has_sanction(
        &case.judge(),
        Party::Buyer,
        SanctionAction::PermanentBan
    ));
}

// ----- replay and invariants ---------------------------------------------------------------

#[test]
fn replaying_earlier_ignores_later_entries_and_says_how_many() {
    let case = Case::default();
    let replay = case.judge_at(Some("2025-06-02T10:30:00+08:00"));
    assert_eq!(
        replay.ignored_after_as_of, 1,
        "the contact at 10:40 is later"
    );
    assert_eq!(replay.status, Status::Pending);
}

#[test]
fn every_final_ruling_carries_the_finality_notice_and_pending_ones_do_not() {
    let mut case = Case::default();
    assert!(
        case.judge()
            .notices
            .iter()
            .any(|n| n.clause.as_str() == "general.finality")
    );
    case.as_of = "2025-06-02T11:00:00+08:00";
    assert!(
        !case
            .judge()
            .notices
            .iter()
            .any(|n| n.clause.as_str() == "general.finality")
    );
}

#[test]
fn money_keeps_its_cents_through_sums_and_rulings() {
    let mut case = Case::default();
    case.price = "25500";
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: "2550000.10", payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.appeal = "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: overpaid }";
    case.as_of = "2025-06-02T11:00:00+08:00";
    let ruling = case.judge();
    assert_eq!(
        ruling.amount.map(|a| a.to_string()).as_deref(),
        Some("0.10")
    );
    let json = serde_json::to_value(appeal::report::render::json::RulingJson::of(
        &ruling,
        english(),
        true,
    ))
    .unwrap();
    assert_eq!(json["amount"], "0.10");
}

// ----- findings that must be quoted or explained -------------------------------------------

#[test]
fn every_out_of_the_norm_demand_is_quoted_even_when_one_decides() {
    let mut case = Case::default();
    case.appeal = "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: out_of_norm_request }";
    case.payments = "";
    case.evidence = "";
    case.chat = r#"
  - { id: c1, at: 2025-06-02T10:08:00+08:00, from: seller, text: "Send a selfie with your ID card first" }
  - { id: c2, at: 2025-06-02T10:09:00+08:00, from: seller, text: "Or add me on Telegram" }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::CancelOrder, Status::Final, "buyer.4a");
    for chat in ["chat:c1", "chat:c2"] {
        assert!(
            ruling
                .rationale
                .iter()
                .any(|r| r.refs.iter().any(|x| x.to_string() == chat)),
            "{chat} is not quoted: {:#?}",
            ruling.rationale
        );
    }
}

#[test]
fn a_contact_before_the_appeal_is_said_to_start_no_window() {
    let mut case = Case::default();
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:20:00+08:00, event: cs_contacted, party: seller }"#;
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::ReleaseToBuyer,
        Status::Pending,
        "buyer.1b",
    );
    assert!(
        ruling
            .rationale
            .iter()
            .any(|r| said(&r.finding).contains("came before the appeal")
                && refs(r) == ["timeline[1]"]),
        "{:#?}",
        ruling.rationale
    );
}

#[test]
fn working_days_from_a_weekend_say_where_the_count_begins() {
    let mut case = Case::default();
    case.instant = false;
    // Saturday 7 June 2025, 10:40 in Singapore: the count begins Monday 00:00.
    case.as_of = "2025-06-07T12:00:00+08:00";
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-07T10:40:00+08:00, event: cs_contacted, party: seller }"#;
    let ruling = case.judge();
    assert_eq!(
        ruling.next_deadline.map(|t| t.to_rfc3339()),
        Some("2025-06-11T00:00:00+08:00".to_string())
    );
    assert!(
        ruling
            .trace
            .iter()
            .any(|t| said(&t.check).contains("counted from 2025-06-09 00:00 +08:00")),
        "{:#?}",
        ruling.trace
    );
}

#[test]
fn a_sensitive_remark_with_an_overpayment_mentions_the_excess() {
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2600000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", remarks: "USDT 2025060200001", proof: receipt-1 }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::SellerChoice, Status::Pending, "buyer.1c");
    assert!(
        ruling
            .rationale
            .iter()
            .any(|r| said(&r.finding).contains("50000 VND more than the order amount")),
        "{:#?}",
        ruling.rationale
    );
}

// ----- what a ruling tells people, and only when it applies ---------------------------------

fn tells(ruling: &Ruling, who: &str, words: &str) -> bool {
    ruling
        .follow_ups
        .iter()
        .any(|f| f.who.to_string() == who && said(&f.action).contains(words))
}

fn notice_from(ruling: &Ruling, clause: &str) -> bool {
    ruling.notices.iter().any(|n| n.clause.as_str() == clause)
}

#[test]
fn a_refund_already_made_is_not_asked_for_again() {
    let mut case = Case::default();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2600000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T11:00:00+08:00, event: refund_completed, by: seller, amount: 50000 }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::RefundExcess, Status::Final, "buyer.2a");
    assert!(
        ruling.follow_ups.iter().all(|f| f.due.is_none()),
        "{:#?}",
        ruling.follow_ups
    );
}

#[test]
fn an_overpayment_reminds_support_of_the_release_only_while_one_is_due() {
    let mut case = Case::default();
    case.appeal = "{ by: buyer, at: 2025-06-02T10:25:00+08:00, type: overpaid }";
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2600000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    assert!(tells(
        &case.judge(),
        "support",
        "see that the seller releases"
    ));
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:20:00+08:00, event: cancelled, by: system, reason: timeout }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }"#;
    assert!(!tells(
        &case.judge(),
        "support",
        "see that the seller releases"
    ));
    case.timeline = Case::default().timeline;
    case.findings = "fraud: { party: buyer, confirmed: true }";
    assert!(!tells(
        &case.judge(),
        "support",
        "see that the seller releases"
    ));
}

#[test]
fn a_refund_that_stays_owed_says_who_acts_and_a_justified_delay_is_not_a_missed_deadline() {
    let mut case = refusing();
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2549999.5, payer_name: "LE VAN C", to_account: "VCB 0123456789", proof: receipt-1 }
  - { at: 2025-06-02T10:06:00+08:00, amount: 0.5, payer_name: "LE VAN C", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    case.price = "25500";
    case.as_of = "2025-06-03T11:00:00+08:00";
    let owed = case.judge();
    assert_eq!(owed.decision, Decision::RefundBuyer);
    assert!(
        owed.rationale
            .iter()
            .any(|r| said(&r.finding).contains("the payer (LE VAN C) is not the buyer")),
        "{:#?}",
        owed.rationale
    );
    assert!(tells(&owed, "seller", "refund"));
    assert!(tells(&owed, "support", "press the seller"));

    let mut justified = refusing();
    justified.price = "28000";
    justified.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2800000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: receipt-1 }"#;
    justified.as_of = "2025-06-03T11:00:00+08:00";
    assert!(notice_from(&justified.judge(), "disclaimers.timeliness"));
    justified.findings = "valid_refund_justification: true";
    assert!(!notice_from(&justified.judge(), "disclaimers.timeliness"));
}

#[test]
fn a_forged_bank_statement_does_not_stop_a_non_instant_release() {
    let mut case = Case::default();
    case.instant = false;
    case.as_of = "2025-06-05T12:00:00+08:00";
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true }
  - { id: statement-1, by: seller, kind: bank_statement, at: 2025-06-02T11:00:00+08:00, official_source: true, tampered: true, shows_receipt: false }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::ReleaseToBuyer, Status::Final, "buyer.1b");
    assert!(has_sanction(
        &ruling,
        Party::Seller,
        SanctionAction::PermanentBan
    ));
}

#[test]
fn forged_buyer_documents_do_not_count_as_cooperation() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: account_blocked }";
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:40:00+08:00, event: cs_contacted, party: seller }
  - { at: 2025-06-02T10:41:00+08:00, event: cs_contacted, party: buyer }"#;
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true }
  - { id: notice-1, by: seller, kind: chargeback_notice, at: 2025-06-02T12:00:00+08:00, official_source: true }
  - { id: docs-1, by: buyer, kind: bank_statement, at: 2025-06-03T12:00:00+08:00, official_source: true, tampered: true }"#;
    case.as_of = "2025-06-06T12:00:00+08:00";
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::CancelOrder, Status::Final, "seller.4a");
    assert!(has_sanction(
        &ruling,
        Party::Buyer,
        SanctionAction::PermanentBan
    ));
}

#[test]
fn a_statement_without_the_funds_waits_while_a_non_instant_transfer_may_still_arrive() {
    let mut case = Case::default();
    case.instant = false;
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: payment_not_received }";
    case.as_of = "2025-06-03T12:00:00+08:00";
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true }
  - { id: statement-1, by: seller, kind: bank_statement, at: 2025-06-02T11:00:00+08:00, official_source: true, shows_receipt: false }"#;
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::RequestEvidence,
        Status::Pending,
        "seller.1b",
    );
    assert!(ruling.rationale.iter().any(|r| {
        said(&r.finding).contains("does not show the payment yet") && refs(r) == ["evidence[1]"]
    }));
    assert!(tells(
        &ruling,
        "support",
        "trace the payment with both banks"
    ));
    assert!(!tells(&ruling, "support", "if no bank statement arrives"));
}

#[test]
fn a_confirmed_offence_is_cited_not_sent_for_review_again() {
    let mut case = Case::default();
    case.chat =
        "\n  - { id: c1, at: 2025-06-02T10:10:00+08:00, from: seller, text: \"You idiot\" }";
    assert!(tells(&case.judge(), "support", "review chat c1"));
    case.findings = "offensive_language_confirmed: { party: seller }";
    let ruling = case.judge();
    assert!(!tells(&ruling, "support", "review chat c1"));
    assert!(ruling.rationale.iter().any(|r| {
        said(&r.finding).starts_with("offensive language on record") && refs(r) == ["chat:c1"]
    }));
}

#[test]
fn a_fraud_ruling_cites_the_tampered_evidence_it_rests_on() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: fraud }";
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true, tampered: true }"#;
    let ruling = case.judge();
    assert_ruling(&ruling, Decision::CancelOrder, Status::Final, "seller.7a");
    assert!(
        ruling
            .rationale
            .iter()
            .filter(|r| r.clause.as_str() == "seller.7a")
            .all(|r| refs(r) == ["evidence[0].tampered"]),
        "{:#?}",
        ruling.rationale
    );
}

#[test]
fn a_forged_receipt_fails_the_claim_at_once_and_the_ban_contains_the_suspension() {
    let mut case = Case::default();
    case.appeal = "{ by: seller, at: 2025-06-02T10:25:00+08:00, type: payment_not_received }";
    case.as_of = "2025-06-02T10:50:00+08:00";
    case.evidence = r#"
  - { id: receipt-1, by: buyer, kind: payment_receipt, at: 2025-06-02T10:06:00+08:00, official_source: true, tampered: true }"#;
    let ruling = case.judge();
    // Within the proof window, yet decided: the proof is forged, not missing.
    assert_ruling(&ruling, Decision::CancelOrder, Status::Final, "seller.1a");
    assert!(has_sanction(
        &ruling,
        Party::Buyer,
        SanctionAction::PermanentBan
    ));
    assert!(
        !has_sanction(&ruling, Party::Buyer, SanctionAction::SuspendP2p),
        "a permanent ban contains the suspension: {:#?}",
        ruling.sanctions
    );
    assert!(!notice_from(&ruling, "disclaimers.timeliness"));
}

#[test]
fn bitget_tells_the_appellant_why_a_completed_order_stays_completed() {
    let mut case = Case::default();
    case.policy = "bitget";
    case.timeline = r#"
  - { at: 2025-06-02T10:06:00+08:00, event: marked_paid }
  - { at: 2025-06-02T10:20:00+08:00, event: released, by: seller }"#;
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::NoIntervention,
        Status::Final,
        "guide.completed",
    );
    assert!(notice_from(&ruling, "guide.completed"));
    assert!(tells(&ruling, "support", "stays completed"));
}

#[test]
fn missing_evidence_is_named_in_words_with_what_was_uploaded() {
    let mut case = Case::default();
    case.policy = "bitget";
    case.evidence = r#"
  - { id: s1, by: buyer, kind: screenshot, at: 2025-06-02T10:06:00+08:00, official_source: false }"#;
    case.payments = r#"
  - { at: 2025-06-02T10:05:00+08:00, amount: 2550000, payer_name: "TRAN THI B", to_account: "VCB 0123456789", proof: s1 }"#;
    let ruling = case.judge();
    assert_ruling(
        &ruling,
        Decision::RequestEvidence,
        Status::Pending,
        "procedure.evidence",
    );
    assert!(
        ruling.rationale.iter().any(|r| said(&r.finding)
            == "the buyer has not uploaded the required evidence: a payment receipt (uploaded so far: a screenshot)"),
        "{:#?}",
        ruling.rationale
    );
}

/// What a ruling says, in English.
fn said(said: &appeal::model::message::Said) -> String {
    english().said(said)
}

/// A reason's references as the ruling writes them.
fn refs(reason: &appeal::model::ruling::Reason) -> Vec<String> {
    reason.refs.iter().map(ToString::to_string).collect()
}
