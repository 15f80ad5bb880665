//! The README's examples reproduce exactly: each console example below is run as written (from
//! the project's root, or from a folder made the way the README says) and must print what the
//! README shows, line for line.

use assert_cmd::Command;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The output the README shows under the command line `command`: the lines after it, up to the
/// next command or the end of its block.
fn shown_after(command: &str) -> String {
    let text = readme();
    let start = text
        .find(&format!("$ {command}\n"))
        .unwrap_or_else(|| panic!("the README has no example `$ {command}`"))
        + command.len()
        + 3;
    let mut out = String::new();
    for line in text[start..].lines() {
        if line.starts_with("```") || line.starts_with("$ ") {
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Runs `appeal ARGS` in `dir` (an optional `| head -N` keeps the first N lines) and returns
/// its stdout.
fn run(dir: &std::path::Path, command: &str) -> String {
    let (command, head) = match command.split_once(" | head -") {
        Some((command, n)) => (command, Some(n.parse::<usize>().unwrap())),
        None => (command, None),
    };
    let args: Vec<&str> = command.split_whitespace().skip(1).collect();
    let out = Command::cargo_bin("appeal")
        .unwrap()
        .current_dir(dir)
        .args(&args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    match head {
        Some(n) => text.lines().take(n).map(|l| format!("{l}\n")).collect(),
        None => text,
    }
}

#[test]
fn the_readme_examples_run_from_the_root_print_what_it_shows() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for command in [
        "appeal judge cases/buyer.1a-outside-band-refund-due.yaml",
        "appeal explain payment_not_received",
        "appeal policy show mexc | head -2",
    ] {
        assert_eq!(run(root, command), shown_after(command), "`{command}`");
    }
}

/// The queue example: three cases written by `appeal new` under the names the README gives.
#[test]
fn the_readme_queue_example_prints_what_it_shows() {
    let folder = tempfile::tempdir().unwrap();
    for (name, kind) in [
        ("a-release.yaml", "seller_not_releasing"),
        ("b-underpaid.yaml", "underpaid"),
        ("c-malicious.yaml", "malicious_buying"),
    ] {
        let text = readme().replace('\n', " ");
        assert!(
            text.contains(&format!("appeal new --type {kind} -o {name}")),
            "the README says how {name} is made"
        );
        Command::cargo_bin("appeal")
            .unwrap()
            .current_dir(folder.path())
            .args(["new", "--type", kind, "-o", name])
            .assert()
            .success();
    }
    let command = "appeal queue --at 2025-06-15T11:41:00+08:00 .";
    assert_eq!(run(folder.path(), command), shown_after(command));
}

/// Step 3 of the policy walkthrough: the ruling after the edit the README describes
/// (`price_band_pct = 0.5`, `unpaid_threshold = 2` in policy/mexc.toml), in a copy of the project.
#[test]
fn the_readme_policy_walkthrough_prints_what_it_shows() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(folder.path().join("policy")).unwrap();
    std::fs::create_dir_all(folder.path().join("cases")).unwrap();
    let policy = std::fs::read_to_string(root.join("policy/mexc.toml"))
        .unwrap()
        .replacen("\nprice_band_pct = 10\n", "\nprice_band_pct = 0.5\n", 1)
        .replacen("\nunpaid_threshold = 3\n", "\nunpaid_threshold = 2\n", 1);
    std::fs::write(folder.path().join("policy/mexc.toml"), policy).unwrap();
    let case = "cases/buyer.1a-inside-band-seller-has-time.yaml";
    std::fs::copy(root.join(case), folder.path().join(case)).unwrap();
    let command = format!("appeal judge {case} | head -6");
    assert_eq!(run(folder.path(), &command), shown_after(&command));
}
