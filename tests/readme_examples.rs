//! The README's examples reproduce exactly: each console example below is run as written (from
//! the project's root, or from a folder made the way the README says) and must print what the
//! README shows, line for line; a line `…` of the README stands for lines left out, a `…` in a
//! line for text left out, and an `echo $?` after a command for its exit code. A step the
//! README makes by hand (`$ # in FILE: key = value, …`) is made here as it says.

use assert_cmd::Command;

mod common;

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

/// The exit code the README shows for `command`: the line after `$ echo $?` when that comes
/// straight after the command's output.
fn exit_shown_after(command: &str) -> Option<i32> {
    let text = readme();
    let start = text.find(&format!("$ {command}\n"))? + command.len() + 3;
    let mut lines = text[start..]
        .lines()
        .skip_while(|line| !line.starts_with("$ "));
    match lines.next() {
        Some("$ echo $?") => lines.next()?.parse().ok(),
        _ => None,
    }
}

/// Runs `appeal ARGS` in `dir` (an optional `| head -N` keeps the first N lines) and returns
/// its stdout.
fn run(dir: &std::path::Path, command: &str) -> String {
    run_for_code(dir, command).0
}

/// Runs `appeal ARGS` in `dir`, with an optional `| head -N` (keeps the first N lines) or
/// `> FILE` (writes stdout to FILE in `dir`, or drops it for `/dev/null`); its stdout and exit
/// code.
fn run_for_code(dir: &std::path::Path, command: &str) -> (String, Option<i32>) {
    let (command, head) = match command.split_once(" | head -") {
        Some((command, n)) => (command, Some(n.parse::<usize>().unwrap())),
        None => (command, None),
    };
    let (command, into) = match command.split_once(" > ") {
        Some((command, file)) => (command, Some(file)),
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
    let text = match (head, into) {
        (Some(n), _) => text.lines().take(n).map(|l| format!("{l}\n")).collect(),
        (None, Some("/dev/null")) => String::new(),
        (None, Some(file)) => {
            std::fs::write(dir.join(file), text).unwrap();
            String::new()
        }
        (None, None) => text,
    };
    (text, out.status.code())
}

/// Whether `printed` is what the README shows, where a line `…` of `shown` stands for any
/// lines (none too) and a `…` within a line for any text.
fn as_shown(printed: &[&str], shown: &[&str]) -> bool {
    match shown.split_first() {
        None => printed.is_empty(),
        Some((&"…", rest)) => (0..=printed.len()).any(|skip| as_shown(&printed[skip..], rest)),
        Some((line, rest)) => printed
            .split_first()
            .is_some_and(|(first, after)| line_as_shown(first, line) && as_shown(after, rest)),
    }
}

/// Whether one printed line is the line shown, a `…` in it standing for any text.
fn line_as_shown(printed: &str, shown: &str) -> bool {
    let parts: Vec<&str> = shown.split('…').collect();
    let [first, middle @ .., last] = parts.as_slice() else {
        return printed == shown;
    };
    let Some(mut rest) = printed.strip_prefix(first) else {
        return false;
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// Runs `command` in `dir` and checks that it prints what the README shows under it, and exits
/// as its `echo $?` says when the README shows one.
fn check_as_shown(dir: &std::path::Path, command: &str) {
    let (printed, code) = run_for_code(dir, command);
    let shown = shown_after(command);
    let printed_lines: Vec<&str> = printed.lines().collect();
    let shown_lines: Vec<&str> = shown.lines().collect();
    assert!(
        as_shown(&printed_lines, &shown_lines),
        "`{command}` printed\n{printed}\nthe README shows\n{shown}"
    );
    if let Some(shown) = exit_shown_after(command) {
        assert_eq!(
            code,
            Some(shown),
            "`{command}`: the exit code `echo $?` shows"
        );
    }
}

/// Makes the edit the README describes on a line `$ # in FILE: key = value, key = value`: each
/// key's first line in FILE (in `dir`) gets the value.
fn edit_as_shown(dir: &std::path::Path, file: &str) {
    let text = readme();
    let marker = format!("$ # in {file}: ");
    let at = text
        .find(&marker)
        .unwrap_or_else(|| panic!("the README says no edit of {file}"));
    let edits = text[at + marker.len()..].lines().next().unwrap();
    let mut edited = std::fs::read_to_string(dir.join(file)).unwrap();
    for edit in edits.split(", ") {
        let (key, _) = edit.split_once(" = ").expect("an edit is `key = value`");
        let old = edited
            .lines()
            .find(|line| line.starts_with(&format!("{key} = ")))
            .unwrap_or_else(|| panic!("{file} has no `{key} = `"))
            .to_string();
        edited = edited.replacen(&old, edit, 1);
    }
    std::fs::write(dir.join(file), edited).unwrap();
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

/// The ledger examples of step 8 and "Trying a copy instead", in a copy of the project: a ledger
/// of the sample cases (verified as it is; its tampering is another test's, `tests/ledger.rs`), replayed as recorded and under `my-mexc.toml` (the built-in policy
/// exported and edited as the README says), and the sample cases tested under that copy.
#[test]
fn the_readme_ledger_and_copy_examples_print_what_they_show() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = tempfile::tempdir().unwrap();
    for folder in ["policy", "cases"] {
        common::copy_tree(&root.join(folder), &project.path().join(folder));
    }
    for command in [
        "appeal judge --record rulings.jsonl cases/ > /dev/null",
        "appeal ledger verify rulings.jsonl",
        "appeal ledger replay rulings.jsonl",
        "appeal policy export mexc > my-mexc.toml",
    ] {
        check_as_shown(project.path(), command);
    }
    edit_as_shown(project.path(), "my-mexc.toml");
    for command in [
        "appeal ledger replay rulings.jsonl --policy my-mexc.toml --exit-code",
        "appeal test --policy my-mexc.toml",
    ] {
        check_as_shown(project.path(), command);
    }
}
