//! FINAL means final: for every sample case, a ruling that is `final` at some moment is the
//! ruling at every later moment of the same file, whatever the file records after it, except
//! its own outcome being carried out (the crypto released, the refund made, the order then
//! closed or cancelled).
//!
//! Each case is replayed at every moment the file records (every time of the order, the
//! appeal, the timeline, the payments, the evidence and the chat), one second either side of
//! each, and its own `as_of`, from the appeal on.

use appeal::hearing::{self, Bench, PolicyShelf};
use appeal::model::case::{Case, EventKind};
use appeal::model::ruling::Ruling;
use appeal::reading::source::SourceFile;
use appeal::vocab::calendar::Clock;
use appeal::vocab::decision::{Decision, Status};
use appeal::vocab::time::Time;

mod common;
use common::sample_cases;

/// Every moment the case records, one second either side of each, and its `as_of`: from the
/// appeal up to `as_of`, sorted, each once.
fn moments(case: &Case) -> Vec<Time> {
    let mut recorded = vec![case.order.created_at.value, case.appeal.at.value];
    recorded.extend(case.timeline.iter().map(|e| e.at.value));
    recorded.extend(case.payments.iter().map(|p| p.at.value));
    recorded.extend(case.evidence.iter().map(|e| e.at.value));
    recorded.extend(case.chat.iter().map(|c| c.at.value));
    let second = chrono::Duration::seconds(1);
    let mut out: Vec<Time> = recorded
        .iter()
        .flat_map(|t| [*t - second, *t, *t + second])
        .chain([case.as_of.value])
        .filter(|t| *t >= case.appeal.at.value && *t <= case.as_of.value)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// What a ruling decides: the part a FINAL ruling promises to keep.
#[derive(Debug, PartialEq, Eq)]
struct Outcome {
    decision: Decision,
    status: Status,
    clause: String,
    amount: Option<String>,
    sanctions: Vec<String>,
}

fn outcome(ruling: &Ruling) -> Outcome {
    let mut sanctions: Vec<String> = ruling
        .sanctions
        .iter()
        .map(|s| format!("{} {} {:?} {}", s.party, s.action, s.days, s.clause))
        .collect();
    sanctions.sort();
    Outcome {
        decision: ruling.decision,
        status: ruling.status,
        clause: ruling.clause.to_string(),
        amount: ruling.amount.map(|a| a.normalize().to_string()),
        sanctions,
    }
}

/// Whether the case records, after `from` and up to `to`, the carrying out of `decision`:
/// the crypto released for a release; a refund made for a refund; the order cancelled for a
/// cancellation.
fn carried_out(case: &Case, decision: Decision, from: Time, to: Time) -> bool {
    case.timeline
        .iter()
        .filter(|e| e.at.value > from && e.at.value <= to)
        .any(|e| match decision {
            Decision::ReleaseToBuyer => matches!(e.kind, EventKind::Released { .. }),
            Decision::RefundBuyer | Decision::RefundExcess => {
                matches!(e.kind, EventKind::RefundCompleted { .. })
            }
            Decision::CancelOrder => matches!(e.kind, EventKind::Cancelled { .. }),
            _ => false,
        })
}

#[test]
fn a_final_ruling_is_the_ruling_at_every_later_moment_of_its_file() {
    let shelf = PolicyShelf::default();
    let bench = Bench::default();
    let mut broken = Vec::new();
    let mut replays = 0;
    for path in sample_cases() {
        let source = SourceFile::read(&path).expect("sample case is readable");
        let loaded = appeal::hearing::evidence_files::load(source).expect("sample case is valid");
        let policy = hearing::policy_for(&loaded, &bench, &shelf).expect("its policy loads");
        let rulings: Vec<(Time, Ruling)> = moments(&loaded.case)
            .into_iter()
            .map(|t| {
                (
                    t,
                    hearing::judge_under(&loaded, &policy, t, Clock::default()),
                )
            })
            .collect();
        replays += rulings.len();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        'case: for (i, (at, first)) in rulings.iter().enumerate() {
            if first.status != Status::Final {
                continue;
            }
            let promised = outcome(first);
            for (later_at, later) in &rulings[i + 1..] {
                if carried_out(&loaded.case, first.decision, *at, *later_at) {
                    break;
                }
                let now = outcome(later);
                if now != promised {
                    broken.push(format!(
                        "{name}: final at {at}: {promised:?}\n    but at {later_at}: {now:?}"
                    ));
                    break 'case;
                }
            }
        }
    }
    eprintln!("{replays} rulings replayed");
    assert!(replays > 1000, "only {replays} replays");
    assert!(
        broken.is_empty(),
        "{} sample cases break finality:\n{}",
        broken.len(),
        broken.join("\n")
    );
}
