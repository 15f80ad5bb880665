//! What users see: the human, Markdown and JSON rulings of sample cases, pinned by snapshots.

use std::path::Path;

use appeal::hearing::{self, Bench, Judged, PolicyShelf};
use appeal::reading::source::SourceFile;
use appeal::report::render;
use appeal::report::render::json::RulingJson;
use appeal::report::words::english;
use appeal::text::terminal::Look;

fn judge(name: &str) -> Judged {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("cases")
        .join(name);
    let source = SourceFile::read(&path).expect("sample case");
    let mut judged = hearing::hear(source, &Bench::default(), &PolicyShelf::default())
        .unwrap_or_else(|_| panic!("{name} is valid"));
    // The version changes with every release; the snapshot pins everything else.
    judged.ruling.tool_version = "VERSION".into();
    // So does the policy's digest, with every edit of policy/mexc.toml; `tests/cli.rs` and
    // `tests/compliance_workflow.rs` check that rulings carry the real one.
    judged.ruling.policy.sha256 = "policy-sha256-".repeat(5)[..64].to_string();
    judged
}

const CASES: &[&str] = &[
    "buyer.1b-spec-example.yaml",
    "buyer.1a-outside-band-refund-due.yaml",
    "buyer.4a-telegram-and-fee-warning.yaml",
    "seller.4a-waiting-for-seller-evidence.yaml",
];

#[test]
fn human_rulings() {
    for name in CASES {
        let judged = judge(name);
        insta::assert_snapshot!(
            format!("human-{name}"),
            render::human::ruling(
                &judged.ruling,
                &judged.loaded.case,
                judged.policy.file(),
                true,
                Look::PLAIN,
                english()
            )
        );
    }
}

#[test]
fn markdown_rulings() {
    for name in CASES {
        let judged = judge(name);
        insta::assert_snapshot!(
            format!("markdown-{name}"),
            render::markdown::ruling(
                &judged.ruling,
                &judged.loaded.case,
                judged.policy.file(),
                true,
                english()
            )
        );
    }
}

#[test]
fn json_rulings() {
    for name in CASES {
        let judged = judge(name);
        let value = serde_json::to_value(RulingJson::of(&judged.ruling, english(), true))
            .expect("serialisable");
        insta::assert_json_snapshot!(format!("json-{name}"), value);
    }
}

#[test]
fn the_same_case_renders_to_the_same_bytes_every_time() {
    for name in CASES {
        let (a, b) = (judge(name), judge(name));
        assert_eq!(
            render::human::ruling(
                &a.ruling,
                &a.loaded.case,
                a.policy.file(),
                true,
                Look::PLAIN,
                english()
            ),
            render::human::ruling(
                &b.ruling,
                &b.loaded.case,
                b.policy.file(),
                true,
                Look::PLAIN,
                english()
            )
        );
        assert_eq!(
            serde_json::to_string(&RulingJson::of(&a.ruling, english(), true)).unwrap(),
            serde_json::to_string(&RulingJson::of(&b.ruling, english(), true)).unwrap()
        );
    }
}

#[test]
fn policy_show_of_the_shipped_policies() {
    for name in ["mexc", "bitget"] {
        let policy = appeal::model::policy::PolicyRef::parse(name, None)
            .load()
            .expect("shipped policy");
        let baseline = policy.baseline().load().expect("shipped policy");
        insta::assert_snapshot!(
            format!("policy-show-{name}"),
            render::policy_table(&policy, &baseline, english(), Look::PLAIN)
        );
    }
}

/// A changed copy of mexc under another id: every value that differs from the built-in mexc
/// is marked, next to its default; a clause the copy leaves out is named.
#[test]
fn policy_show_marks_what_differs_from_the_default() {
    let text = appeal::model::policy::BUILTIN[0]
        .1
        .replace("id = \"mexc\"", "id = \"mexc-ph\"")
        .replace(
            "timezone = \"Asia/Singapore\"",
            "timezone = \"Asia/Manila\"",
        )
        .replace("price_band_pct = 10", "price_band_pct = 0.5")
        .replace("max_order_age = \"18mo\"", "max_order_age = \"12mo\"");
    let start = text.find("[clauses.\"seller.3a\"]").unwrap();
    let end = text.find("[clauses.\"seller.4a\"]").unwrap();
    let text = format!(
        "{}[clauses.\"seller.3a\"]\nenabled = false\n\n{}",
        &text[..start],
        &text[end..]
    );
    let source = SourceFile::from_bytes("mexc-ph.toml", text.as_bytes()).unwrap();
    let policy = appeal::model::policy::load(source, "mexc-ph.toml".into()).expect("valid");
    let baseline = policy.baseline().load().unwrap();
    assert_eq!(baseline.id, "mexc");
    let shown = render::policy_table(&policy, &baseline, english(), Look::PLAIN);
    insta::assert_snapshot!("policy-show-changed-copy", shown);
}

/// SPEC §2: box-drawing borders only on a terminal; anywhere else (pipes, files, these
/// snapshots) the same tables in ASCII.
#[test]
fn tables_use_box_drawing_only_in_the_terminal_look() {
    let judged = judge(CASES[0]);
    let terminal = Look::decide(true, false);
    let drawn = render::human::ruling(
        &judged.ruling,
        &judged.loaded.case,
        judged.policy.file(),
        true,
        terminal,
        english(),
    );
    let plain = render::human::ruling(
        &judged.ruling,
        &judged.loaded.case,
        judged.policy.file(),
        true,
        Look::PLAIN,
        english(),
    );
    assert!(drawn.contains('┌') && drawn.contains('╞'), "{drawn}");
    assert!(!plain.contains(['┌', '│', '┆', '╞', '└']), "{plain}");
    assert!(plain.contains("+====="), "{plain}");
    // Only the borders differ: the text in the cells is the same.
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| "┌┐└┘├┤┬┴┼─│┆╞╪╡═+-|=".contains(c) || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    assert_eq!(words(&drawn), words(&plain));
}
