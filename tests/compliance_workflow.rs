//! The compliance workflow end to end, through the binary, in a temporary copy of the
//! repository's `policy/` and `cases/`: edit a policy file, judge, diff, test, bless.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use assert_cmd::prelude::*;
use sha2::{Digest, Sha256};

mod common;
use common::copy_tree;

/// A copy of `policy/` and `cases/` in a temporary folder, the project the binary runs in.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["policy", "cases"] {
            copy_tree(&repo.join(folder), &dir.path().join(folder));
        }
        Project { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap()
    }

    fn write(&self, relative: &str, text: &str) {
        std::fs::write(self.path(relative), text).unwrap();
    }

    /// Replaces `from` (which must be there) by `to` in a file of the project.
    fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} has no `{from}`");
        self.write(relative, &text.replacen(from, to, 1));
    }

    fn appeal(&self, args: &[&str]) -> Output {
        self.appeal_in("", args)
    }

    /// Runs the binary in a sub-folder of the project.
    fn appeal_in(&self, folder: &str, args: &[&str]) -> Output {
        Command::cargo_bin("appeal")
            .unwrap()
            .current_dir(self.path(folder))
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .unwrap()
    }
}

/// How many sample cases there are, and how many are judged under another policy than mexc
/// (their `policy:` names bitget or a file): the counts the summaries below are made of.
fn sample_counts() -> (usize, usize) {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let mut total = 0;
    let mut other = 0;
    for entry in std::fs::read_dir(cases).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            total += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            if text
                .lines()
                .any(|l| l.starts_with("policy:") && l.trim() != "policy: mexc")
            {
                other += 1;
            }
        }
    }
    (total, other)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

const INSIDE_BAND: &str = "cases/buyer.1a-inside-band-seller-has-time.yaml";

/// Narrows buyer 1.a's price band from 10 % to 0.5 % in the project's policy/mexc.toml.
fn narrow_the_band(project: &Project) {
    project.edit(
        "policy/mexc.toml",
        "price_band_pct = 10\n",
        "price_band_pct = 0.5\n",
    );
}

/// 13.1: the policy on disk is the policy in force, and every ruling says which file it was
/// judged under, with its digest; without the file, the built-in copy applies and says so.
#[test]
fn an_edited_policy_file_takes_effect_and_every_ruling_names_it() {
    let project = Project::new();
    let json = |project: &Project| -> serde_json::Value {
        let output = project.appeal(&["judge", "--format", "json", INSIDE_BAND]);
        assert!(output.status.success(), "{}", stderr(&output));
        serde_json::from_slice(&output.stdout).unwrap()
    };
    assert_eq!(json(&project)["decision"], "release_to_buyer");

    narrow_the_band(&project);
    let digest = sha256(&std::fs::read(project.path("policy/mexc.toml")).unwrap());
    let ruling = json(&project);
    assert_eq!(ruling["decision"], "refund_buyer");
    assert_eq!(ruling["policy"]["file"], "policy/mexc.toml");
    assert_eq!(ruling["policy"]["builtin"], false);
    assert_eq!(ruling["policy"]["sha256"], digest.as_str());

    // An edited copy keeps the built-in's id and version: the ruling says it is a modified
    // copy, in every format.
    assert_eq!(ruling["policy"]["modified_copy"], true);
    assert_eq!(ruling["policy"]["effective_from"], "2025-05-29");
    let heading = format!(
        "policy mexc 2025-05-29, in force from 2025-05-29 (policy/mexc.toml, sha256 {}, a \
         modified copy of the built-in)",
        &digest[..12]
    );
    let human = stdout(&project.appeal(&["judge", INSIDE_BAND]));
    assert!(human.contains(&format!("\n{heading}\nas of ")), "{human}");
    let markdown = stdout(&project.appeal(&["judge", "--format", "markdown", INSIDE_BAND]));
    assert!(
        markdown.contains(&format!(
            "policy mexc 2025-05-29, in force from 2025-05-29 (`policy/mexc.toml`, sha256 {}, \
             a modified copy of the built-in)",
            &digest[..12]
        )),
        "{markdown}"
    );
    let html = stdout(&project.appeal(&["judge", "--format", "html", INSIDE_BAND]));
    assert!(
        html.contains(&format!(
            "policy mexc 2025-05-29, in force from 2025-05-29 (policy/mexc.toml, sha256 {}, a \
             modified copy of the built-in)",
            &digest[..12]
        )),
        "{html}"
    );

    // From the cases folder, and for a case on stdin (judged as if it were in the current
    // folder), the same file is found one folder up.
    let output = project.appeal_in(
        "cases",
        &["judge", "buyer.1a-inside-band-seller-has-time.yaml"],
    );
    assert!(
        stdout(&output).contains("(../policy/mexc.toml, sha256"),
        "{}",
        stdout(&output)
    );
    let case = project.read(INSIDE_BAND);
    let output = assert_cmd::Command::cargo_bin("appeal")
        .unwrap()
        .current_dir(project.path("cases"))
        .args(["judge", "--format", "json", "-"])
        .write_stdin(case)
        .output()
        .unwrap();
    let ruling: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(ruling["decision"], "refund_buyer");
    assert_eq!(ruling["policy"]["file"], "../policy/mexc.toml");

    // `policy show` says where it found the policy, and its digest.
    let show = stdout(&project.appeal(&["policy", "show", "mexc"]));
    assert!(
        show.starts_with(&format!(
            "read from policy/mexc.toml, in the project at `.` (the nearest folder from here \
             upward that holds policy/)\nsha256 {digest}\n"
        )),
        "{show}"
    );
    let show = stdout(&project.appeal(&["policy", "show", "builtin:mexc"]));
    assert!(
        show.starts_with("read from the copy built into this binary"),
        "{show}"
    );

    // Without the file, the built-in copy: the ruling and `policy show` say so.
    std::fs::remove_file(project.path("policy/mexc.toml")).unwrap();
    let ruling = json(&project);
    assert_eq!(ruling["decision"], "release_to_buyer");
    assert_eq!(ruling["policy"]["file"], serde_json::Value::Null);
    assert_eq!(ruling["policy"]["builtin"], true);
    assert_eq!(ruling["policy"]["modified_copy"], false);
    let human = stdout(&project.appeal(&["judge", INSIDE_BAND]));
    assert!(
        human.contains("\npolicy mexc 2025-05-29, in force from 2025-05-29 (built-in, sha256 "),
        "{human}"
    );
    let show = stdout(&project.appeal(&["policy", "show", "mexc"]));
    assert!(
        show.starts_with(
            "read from the copy built into this binary (the project at `.` has no policy/mexc.toml)"
        ),
        "{show}"
    );
}

/// The walk up from a case stops at a repository root (a folder with `.git`): a case in a
/// repository without `policy/` is judged under the built-in copy, not a `policy/` folder
/// above the repository.
#[test]
fn the_walk_for_policy_stops_at_a_repository_root() {
    let project = Project::new();
    narrow_the_band(&project);
    let repo = project.path("vendor/other-repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::copy(project.path(INSIDE_BAND), repo.join("case.yaml")).unwrap();
    let output = project.appeal(&["judge", "--format", "json", "vendor/other-repo/case.yaml"]);
    let ruling: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(ruling["policy"]["builtin"], true);
    assert_eq!(ruling["decision"], "release_to_buyer");
    // Without the `.git`, the walk goes on to the project's policy/.
    std::fs::remove_dir(repo.join(".git")).unwrap();
    let output = project.appeal(&["judge", "--format", "json", "vendor/other-repo/case.yaml"]);
    let ruling: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(ruling["policy"]["file"], "policy/mexc.toml");
    assert_eq!(ruling["decision"], "refund_buyer");
}

/// A file found as policy/ID.toml must carry that id.
#[test]
fn a_project_policy_file_with_another_id_is_refused() {
    let project = Project::new();
    project.edit("policy/mexc.toml", "id = \"mexc\"", "id = \"acme\"");
    let output = project.appeal(&["check", INSIDE_BAND]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains("policy/mexc.toml has `id = \"acme\"`, but is found as an edition of `mexc`"),
        "{text}"
    );
    assert!(text.contains("[policy/mexc.toml:16:"), "{text}");
    assert!(
        text.contains("rename the file to\n        policy/acme.toml"),
        "{text}"
    );
    assert!(
        text.contains("its default `mexc` cannot be used: this policy has errors"),
        "{text}"
    );
}

/// 13.2: `test --policy FILE` compares only the cases of FILE's policy id and says how many it
/// left out and why.
#[test]
fn test_with_a_policy_file_compares_only_the_cases_of_its_id() {
    let project = Project::new();
    std::fs::copy(
        project.path("policy/mexc.toml"),
        project.path("my-mexc.toml"),
    )
    .unwrap();
    let output = project.appeal(&["test", "--policy", "my-mexc.toml"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    let (total, other) = sample_counts();
    let summary = out.lines().last().unwrap();
    assert!(
        summary.starts_with(&format!(
            "{} passed, 0 failed; {other} cases left out: their own policy is not mexc (bitget ",
            total - other
        )),
        "{summary}"
    );
    assert!(summary.ends_with(", mexc-partial-release 1)"), "{summary}");
    assert!(!out.contains("procedure.kyc-buyer-not-verified"), "{out}");

    // A change in the copy fails the cases it moves, and only those.
    project.edit(
        "my-mexc.toml",
        "price_band_pct = 10\n",
        "price_band_pct = 0.5\n",
    );
    let output = project.appeal(&["test", "--policy", "my-mexc.toml"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "{} passed, 4 failed; {other} cases left out",
            total - other - 4
        )),
        "{out}"
    );
}

/// 13.3: `test --bless` rewrites the `expect:` block of each case whose ruling changed, and
/// nothing else of the file: comments (one on the `expect:` line too), key order, line endings
/// and permissions are kept.
#[test]
fn bless_rewrites_only_the_expect_block_and_says_what_changed() {
    let project = Project::new();
    let (total, _) = sample_counts();
    // A case whose block sits between other keys, with comments around it and in it, and
    // Windows line endings.
    let original = project.read(INSIDE_BAND).replacen(
        "expect:\n",
        "# what the rules give\nexpect:   # checked by appeal test\n",
        1,
    ) + "# a comment after the block\n";
    let (before, after) = original.split_at(original.find("expect:").unwrap());
    let crlf = format!("{before}{after}").replace('\n', "\r\n");
    project.write(INSIDE_BAND, &crlf);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            project.path(INSIDE_BAND),
            std::fs::Permissions::from_mode(0o640),
        )
        .unwrap();
    }
    let untouched = project.read("cases/buyer.1b-spec-example.yaml");
    narrow_the_band(&project);

    let output = project.appeal(&["test"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains(&format!("{} passed, 4 failed", total - 4)),
        "{}",
        stdout(&output)
    );

    let output = project.appeal(&["test", "--bless"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(
        out.contains(&format!(
            "bless {INSIDE_BAND} (APL-2025-0123)\n  decision       release_to_buyer → refund_buyer\n  \
             amount         none → 23320.00\n  next_deadline  2025-06-02T11:40:00+08:00 → \
             2025-06-03T10:40:00+08:00\n"
        )),
        "{out}"
    );
    assert!(
        out.ends_with(&format!("{} passed, 0 failed, 4 blessed\n", total - 4)),
        "{out}"
    );

    // Every byte before and after the block is kept.
    let blessed = project.read(INSIDE_BAND);
    let start = crlf.find("expect:").unwrap();
    assert_eq!(&blessed[..start], &crlf[..start]);
    assert!(
        blessed.ends_with("\r\n# a comment after the block\r\n"),
        "{blessed:?}"
    );
    assert_eq!(
        &blessed[start..],
        "expect:   # checked by appeal test\r\n  decision: refund_buyer\r\n  status: pending\r\n  clause: buyer.1a\r\n  \
         amount: \"23320.00\"\r\n  next_deadline: 2025-06-03T10:40:00+08:00\r\n# a comment \
         after the block\r\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(project.path(INSIDE_BAND))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    // A case whose ruling did not change is not touched; the run now passes.
    assert_eq!(project.read("cases/buyer.1b-spec-example.yaml"), untouched);
    let output = project.appeal(&["test"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    // Blessing twice changes nothing.
    let output = project.appeal(&["test", "--bless"]);
    assert!(stdout(&output).ends_with(&format!("{total} passed, 0 failed\n")));
    assert_eq!(project.read(INSIDE_BAND), blessed);
}

/// `--bless` writes what each case's own policy decides, so it cannot be combined with
/// `--policy`.
#[test]
fn bless_with_a_policy_file_is_a_usage_error() {
    let project = Project::new();
    let output = project.appeal(&["test", "--bless", "--policy", "policy/mexc.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
}

/// 13.4: each changed ruling is attributed to the parameter changes that move it alone;
/// `--exit-code` exits 1 when a ruling changes; the JSON follows `appeal schema diff`.
#[test]
fn policy_diff_attributes_each_change_and_gates_with_exit_code() {
    let project = Project::new();
    let output = project.appeal(&["policy", "diff", "builtin:mexc", "mexc", "--exit-code"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("rulings: no change"));

    narrow_the_band(&project);
    project.edit(
        "policy/mexc.toml",
        "unpaid_threshold = 3\n",
        "unpaid_threshold = 2\n",
    );
    let output = project.appeal(&["policy", "diff", "builtin:mexc", "mexc", "--exit-code"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.starts_with(
            "old: mexc 2025-05-29, in force from 2025-05-29 (built-in)\nnew: mexc 2025-05-29, in \
             force from 2025-05-29 (policy/mexc.toml, a modified copy of the built-in)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  APL-2025-0933 (cases/seller.3a-below-threshold-cancelled.yaml)\n    old: \
             cancel_order final seller.3a\n    new: escalate awaiting_review seller.3a\n    changes: \
             decision, status\n    moved by: seller.3a unpaid_threshold\n"
        ),
        "{out}"
    );
    // What a manager asks first: how many decisions change, how many deadlines move.
    assert!(
        out.contains(
            "rulings changed: 6 of 186 cases (6 decisions change, 4 statuses change, 4 deadlines \
             move, 4 amounts change);"
        ),
        "{out}"
    );
    assert!(out.contains("moved by: buyer.1a price_band_pct\n"), "{out}");
    // Without --exit-code a change is not a failure.
    let output = project.appeal(&["policy", "diff", "builtin:mexc", "mexc"]);
    assert_eq!(output.status.code(), Some(0));

    let output = project.appeal(&["policy", "diff", "builtin:mexc", "mexc", "--format", "json"]);
    let diff: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diff["changed"], 6);
    assert_eq!(diff["changes"]["decisions"], 6);
    assert_eq!(diff["changes"]["deadlines"], 4);
    assert_eq!(diff["changes"]["amounts"], 4);
    assert_eq!(diff["changes"]["statuses"], 4);
    assert_eq!(diff["changes"]["sanctions"], 0);
    assert_eq!(diff["new"]["file"], "policy/mexc.toml");
    assert_eq!(diff["old"]["builtin"], true);
    for change in diff["cases"].as_array().unwrap() {
        let moved: Vec<&str> = change["moved_by"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["parameter"].as_str().unwrap())
            .collect();
        let expected = if change["file"].as_str().unwrap().contains("seller.3a") {
            "unpaid_threshold"
        } else {
            "price_band_pct"
        };
        assert_eq!(moved, [expected], "{change}");
    }
    // Every key of the output is in the schema, and every required key is in the output.
    let schema: serde_json::Value =
        serde_json::from_slice(&project.appeal(&["schema", "diff"]).stdout).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for key in diff.as_object().unwrap().keys() {
        assert!(properties.contains_key(key), "{key} is not in the schema");
    }
    for key in schema["required"].as_array().unwrap() {
        assert!(
            diff.get(key.as_str().unwrap()).is_some(),
            "{key} is missing"
        );
    }
    let change_keys = schema["$defs"]["RulingChange"]["properties"]
        .as_object()
        .unwrap();
    for key in diff["cases"][0].as_object().unwrap().keys() {
        assert!(change_keys.contains_key(key), "{key} is not in the schema");
    }
    // The committed schema is what the binary prints.
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/diff.json"))
            .unwrap();
    assert_eq!(committed, stdout(&project.appeal(&["schema", "diff"])));
}

/// A change that is not a valid policy alone (a gate switched on whose clause table comes
/// with another change) is marked, and the rulings it moves are attributed to the change that
/// is valid alone, or to several together.
#[test]
fn a_change_that_cannot_stand_alone_is_marked() {
    let project = Project::new();
    project.edit(
        "policy/mexc.toml",
        "require_reason = false",
        "require_reason = true",
    );
    project.edit(
        "policy/mexc.toml",
        "[clauses.\"procedure.reason\"]\nenabled = false",
        "[clauses.\"procedure.reason\"]\ncite = \"An appeal states its reason\"",
    );
    let output = project.appeal(&["policy", "diff", "builtin:mexc", "mexc"]);
    let out = stdout(&output);
    assert!(out.contains("require_reason †"), "{out}");
    assert!(
        out.contains("† = not a valid policy when made alone: no ruling is attributed to it"),
        "{out}"
    );
}

/// 13.5: an `expect:` block checks the whole outcome: a sanction's length, an extra sanction,
/// a pending ruling's deadline.
#[test]
fn expect_blocks_check_sanction_days_extra_sanctions_and_deadlines() {
    let project = Project::new();
    let suspended = "cases/seller.1a-buyer-unreachable.yaml";
    project.edit(
        suspended,
        "{ party: buyer, action: suspend_p2p, days: 7 }",
        "{ party: buyer, action: suspend_p2p, days: 0 }",
    );
    let banned = "cases/buyer.6a-appellant-is-the-fraudster.yaml";
    project.edit(banned, "    - { party: buyer, action: remove_ads }\n", "");
    let pending = "cases/buyer.1a-no-reference-price.yaml";
    project.edit(pending, "  next_deadline: 2025-06-11T11:25:00+08:00\n", "");
    let output = project.appeal(&["test"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(
            "  sanctions  expected buyer suspend_p2p 0 days\n             actual   buyer \
             suspend_p2p 7 days\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  sanctions  expected buyer permanent_ban\n             actual   buyer \
             permanent_ban, buyer remove_ads\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  next_deadline  expected none\n                 actual   2025-06-11T11:25:00+08:00\n"
        ),
        "{out}"
    );
    let (total, _) = sample_counts();
    assert!(
        out.ends_with(&format!("{} passed, 3 failed\n", total - 3)),
        "{out}"
    );
}

/// 13.6: a case without `expect:` is listed as skipped, and skipped in JUnit.
#[test]
fn cases_without_expect_are_listed_as_skipped() {
    let project = Project::new();
    let text = project.read(INSIDE_BAND);
    let without = &text[..text.find("expect:").unwrap()];
    project.write("cases/unchecked.yaml", without);
    let junit = project.path("report.xml");
    let output = project.appeal(&["test", "--junit", junit.to_str().unwrap()]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(
        out.contains("skip  cases/unchecked.yaml (no `expect:` block)\n"),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "{} passed, 0 failed, 1 skipped (no `expect:` block)\n",
            sample_counts().0
        )),
        "{out}"
    );
    let xml = std::fs::read_to_string(junit).unwrap();
    assert!(xml.contains("skipped=\"1\""), "{xml}");
    assert!(
        xml.contains("<skipped message=\"no `expect:` block: nothing to compare\""),
        "{xml}"
    );
}
