//! Resource limits: every hostile or oversized input is refused with a diagnostic (or handled),
//! never a hang, a crash or unbounded memory. Each test states the limit it checks.

use appeal::model::case;
use appeal::reading::diagnostics::{Problem, SyntaxProblem};
use appeal::reading::document::{YAML_MAX_ALIASES, YAML_MAX_DEPTH, YAML_MAX_REPLAYED};
use appeal::reading::source::ReadingProblem;
use appeal::reading::source::{MAX_INPUT_BYTES, SourceFile};

const SAMPLE: &str = include_str!("../cases/buyer.1b-spec-example.yaml");

fn problems_of(text: &[u8]) -> Vec<Problem> {
    match SourceFile::from_bytes("limits.yaml", text) {
        Err(problem) => vec![problem.into()],
        Ok(source) => match case::load(source) {
            Ok(_) => Vec::new(),
            Err(file) => file.problems,
        },
    }
}

#[test]
fn inputs_over_8_mib_are_refused_before_parsing() {
    assert_eq!(MAX_INPUT_BYTES, 8 * 1024 * 1024);
    let big = vec![b'#'; MAX_INPUT_BYTES + 1];
    assert!(matches!(
        problems_of(&big)[..],
        [Problem::Reading(ReadingProblem::TooLarge { .. })]
    ));
}

#[test]
fn an_alias_bomb_is_refused_by_the_alias_budget() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        text.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        ));
    }
    let problems = problems_of(text.as_bytes());
    assert!(
        matches!(
            problems[..],
            [Problem::Syntax(SyntaxProblem::YamlLimit { .. })]
        ),
        "{problems:?}"
    );
    let message = problems[0].to_string();
    assert!(
        message.contains("alias") && message.contains(&YAML_MAX_REPLAYED.to_string()),
        "{message}"
    );
}

#[test]
fn an_alias_bomb_within_the_alias_count_is_refused_by_the_replay_limit() {
    // 12 aliases, well under the cap of 32, each doubling a 1 000-value list: 4 million values
    // if expanded. Refused once 10 000 values have been replayed.
    const { assert!(YAML_MAX_ALIASES >= 12) };
    let mut text = format!("a0: &a0 [{}]\n", vec!["x"; 1000].join(", "));
    for i in 1..=6 {
        text.push_str(&format!("a{i}: &a{i} [*a{0}, *a{0}]\n", i - 1));
    }
    let problems = problems_of(text.as_bytes());
    assert!(
        matches!(
            problems[..],
            [Problem::Syntax(SyntaxProblem::YamlLimit { .. })]
        ),
        "{problems:?}"
    );
    assert!(problems[0].to_string().contains("repeated through aliases"));
}

#[test]
fn a_few_aliases_for_repeated_values_are_accepted() {
    // Aliases are allowed for what a case repeats, such as an account used by two payments.
    let text = SAMPLE
        .replacen("  amount: 2550000\n", "  amount: &amount 2550000\n", 1)
        .replacen("    amount: 2550000\n", "    amount: *amount\n", 1);
    assert!(text.contains("*amount"));
    assert!(problems_of(text.as_bytes()).is_empty());
}

#[test]
fn deep_nesting_is_refused_at_the_depth_limit() {
    let flow = format!("case: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        problems_of(flow.as_bytes())[..],
        [Problem::Syntax(SyntaxProblem::YamlLimit { .. })]
    ));
    let block: String = (0..YAML_MAX_DEPTH + 4)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect();
    assert!(matches!(
        problems_of(block.as_bytes())[..],
        [Problem::Syntax(SyntaxProblem::YamlLimit { .. })]
    ));
}

#[test]
fn thousands_of_timeline_events_are_read_and_judged() {
    let events: String = (0..10_000)
        .map(|i| {
            format!(
                "  - {{ at: 2025-06-01T10:{:02}:00+08:00, event: cs_contacted, party: buyer }}\n",
                7 + i % 50
            )
        })
        .collect();
    let text = SAMPLE.replacen("timeline:\n", &format!("timeline:\n{events}"), 1);
    let loaded =
        case::load(SourceFile::from_bytes("many.yaml", text.as_bytes()).unwrap()).expect("valid");
    assert_eq!(loaded.case.timeline.len(), 10_003);
    let policy = appeal::model::policy::PolicyRef::parse("mexc", None)
        .load()
        .unwrap();
    let provenance = appeal::engine::Provenance {
        tool_version: "t".into(),
        case_sha256: String::new(),
    };
    let ruling = appeal::engine::judge(
        &loaded.case,
        &policy,
        loaded.case.as_of.value,
        appeal::vocab::calendar::Clock::Policy,
        &provenance,
    );
    assert_eq!(ruling.decision.as_str(), "release_to_buyer");
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_are_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(SAMPLE.replace('\n', "\r\n").bytes());
    assert!(problems_of(&bytes).is_empty());
}

#[test]
fn non_utf8_empty_and_multi_document_files_get_their_own_errors() {
    let mut latin1 = SAMPLE.as_bytes().to_vec();
    latin1.extend(b"# caf\xE9\n");
    assert!(matches!(
        problems_of(&latin1)[..],
        [Problem::Reading(ReadingProblem::NotUtf8 { .. })]
    ));
    assert!(matches!(
        problems_of(b"  \n\n")[..],
        [Problem::Reading(ReadingProblem::EmptyFile { .. })]
    ));
    let two = format!("{SAMPLE}---\n{SAMPLE}");
    assert!(matches!(
        problems_of(two.as_bytes())[..],
        [Problem::Syntax(SyntaxProblem::MultipleDocuments { .. })]
    ));
}

#[test]
fn money_is_exact_through_reading() {
    let text = SAMPLE.replace("  amount: 2550000\n", "  amount: 2550000.10\n");
    let source = SourceFile::from_bytes("m.yaml", text.as_bytes()).unwrap();
    let loaded = case::load(source).expect("valid, with an amount warning");
    assert_eq!(loaded.case.order.amount.value.to_string(), "2550000.10");
}

#[test]
fn times_keep_their_offsets_and_18_months_clamp() {
    let text = SAMPLE.replace(
        "created_at: 2025-06-01T10:00:00+08:00",
        "created_at: 2025-06-01T04:00:00+02:00",
    );
    let loaded =
        case::load(SourceFile::from_bytes("t.yaml", text.as_bytes()).unwrap()).expect("valid");
    assert_eq!(
        loaded.case.order.created_at.value.to_rfc3339(),
        "2025-06-01T04:00:00+02:00"
    );
    let calendar = appeal::model::policy::PolicyRef::parse("mexc", None)
        .load()
        .unwrap()
        .calendar;
    let start = chrono::DateTime::parse_from_rfc3339("2024-08-31T09:00:00+08:00").unwrap();
    let end = calendar
        .add(start, appeal::vocab::duration::PolicyDuration::Months(18))
        .unwrap();
    assert_eq!(end.to_rfc3339(), "2026-02-28T09:00:00+08:00");
}

#[test]
fn thousands_of_problems_in_one_file_are_counted_and_the_first_fifty_drawn() {
    use appeal::reading::diagnostics::{MAX_SHOWN_PER_FILE, Reporter};
    use appeal::text::terminal::Look;
    assert_eq!(MAX_SHOWN_PER_FILE, 50);
    let start = SAMPLE.find("timeline:").unwrap();
    let end = SAMPLE.find("appeal:").unwrap();
    let events = "  - { at: 2025-06-01T10:06:00, event: marked_paid, by: buyer }\n".repeat(2_000);
    let text = format!("{}timeline:\n{events}{}", &SAMPLE[..start], &SAMPLE[end..]);
    let source = SourceFile::from_bytes("many.yaml", text.as_bytes()).unwrap();
    let problems = match case::load(source.clone()) {
        Ok(_) => panic!("2 000 times without an offset must be refused"),
        Err(file) => file.problems,
    };
    assert_eq!(problems.len(), 2_000);
    let shown =
        Reporter::new(Look::decide(false, true)).render_file(&problems, Some(&source), "many.yaml");
    assert!(
        shown.contains("and 1950 more problems in `many.yaml` not shown"),
        "{shown}"
    );
    assert!(shown.contains("is invalid: 2000 errors"));
    assert_eq!(
        shown.matches("has no time-zone offset").count(),
        MAX_SHOWN_PER_FILE
    );
}
