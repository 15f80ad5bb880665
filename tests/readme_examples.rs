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
    run_for_code(dir, command).stdout
}

/// What a command printed, and how it exited.
struct Printed {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// The lines of `text` that `filter` keeps: `head -N`, `tail -N` or `sed -n Np`.
fn filtered(text: &str, filter: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let number = |n: &str| n.parse::<usize>().unwrap();
    let kept: &[&str] = if let Some(n) = filter.strip_prefix("head -") {
        &lines[..number(n).min(lines.len())]
    } else if let Some(n) = filter.strip_prefix("tail -") {
        &lines[lines.len().saturating_sub(number(n))..]
    } else if let Some(n) = filter
        .strip_prefix("sed -n ")
        .and_then(|n| n.strip_suffix('p'))
    {
        &lines[number(n) - 1..number(n)]
    } else {
        panic!("no filter `{filter}` here")
    };
    kept.iter().map(|l| format!("{l}\n")).collect()
}

/// Runs `appeal ARGS` in `dir`, with an optional `| FILTER` (see [`filtered`]) or `> FILE`
/// (writes stdout to FILE in `dir`, or drops it for `/dev/null`).
fn run_for_code(dir: &std::path::Path, command: &str) -> Printed {
    let (command, filter) = match command.split_once(" | ") {
        Some((command, filter)) => (command, Some(filter)),
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
        .env("NO_COLOR", "1")
        .args(&args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let stdout = match (filter, into) {
        (Some(filter), _) => filtered(&text, filter),
        (None, Some("/dev/null")) => String::new(),
        (None, Some(file)) => {
            std::fs::write(dir.join(file), text).unwrap();
            String::new()
        }
        (None, None) => text,
    };
    Printed {
        stdout,
        stderr: String::from_utf8(out.stderr).unwrap(),
        code: out.status.code(),
    }
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

/// Runs `command` in `dir` and checks that it prints on stdout what the README shows under it,
/// and exits as its `echo $?` says when the README shows one.
fn check_as_shown(dir: &std::path::Path, command: &str) {
    check_printed_as_shown(dir, command, |printed| printed.stdout.clone());
}

/// [`check_as_shown`] of what `command` prints on stderr followed by stdout, as a terminal shows
/// a warning before the results.
fn check_both_as_shown(dir: &std::path::Path, command: &str) {
    check_printed_as_shown(dir, command, |printed| {
        format!("{}{}", printed.stderr, printed.stdout)
    });
}

fn check_printed_as_shown(dir: &std::path::Path, command: &str, read: fn(&Printed) -> String) {
    let run = run_for_code(dir, command);
    let (printed, code) = (read(&run), run.code);
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

/// Makes the edit the README describes on a line `$ # in NAMED: key = value, key = value`: each
/// key's first line in `file` (in `dir`; NAMED is its name) gets the value.
fn edit_as_shown(dir: &std::path::Path, named: &str, file: &str) {
    let text = readme();
    let marker = format!("$ # in {named}: ");
    let at = text
        .find(&marker)
        .unwrap_or_else(|| panic!("the README says no edit of {named}"));
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

/// A copy of the project's `policy/` and `cases/` in a temporary folder.
fn project_copy() -> tempfile::TempDir {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = tempfile::tempdir().unwrap();
    for folder in ["policy", "cases"] {
        common::copy_tree(&root.join(folder), &project.path().join(folder));
    }
    project
}

/// Steps 2 to 5 of the policy walkthrough, after the edit the README describes
/// (`price_band_pct = 0.5`, `unpaid_threshold = 2` in policy/mexc.toml), in a copy of the
/// project: the check, the ruling, the diff and the blessing.
#[test]
fn the_readme_policy_walkthrough_prints_what_it_shows() {
    let project = project_copy();
    let policy = project.path().join("policy/mexc.toml");
    let edited = std::fs::read_to_string(&policy)
        .unwrap()
        .replacen("\nprice_band_pct = 10\n", "\nprice_band_pct = 0.5\n", 1)
        .replacen("\nunpaid_threshold = 3\n", "\nunpaid_threshold = 2\n", 1);
    std::fs::write(&policy, edited).unwrap();
    check_both_as_shown(project.path(), "appeal policy check");
    for command in [
        "appeal judge cases/buyer.1a-inside-band-seller-has-time.yaml | head -6",
        "appeal policy diff builtin:mexc mexc --exit-code",
        "appeal test --bless",
    ] {
        check_as_shown(project.path(), command);
    }
}

/// Step 7 of the policy walkthrough, from the project as it is: the policy made two editions as
/// the README's commands do, the second edited as it says.
#[test]
fn the_readme_editions_example_prints_what_it_shows() {
    let project = project_copy();
    let dir = project.path();
    let text = readme();
    for step in [
        "$ mkdir policy/mexc && git mv policy/mexc.toml policy/mexc/2025-05-29.toml\n",
        "$ cp policy/mexc/2025-05-29.toml policy/mexc/2026-01-15.toml\n",
    ] {
        assert!(
            text.contains(step),
            "the README makes the editions by `{step}`"
        );
    }
    std::fs::create_dir(dir.join("policy/mexc")).unwrap();
    let first = dir.join("policy/mexc/2025-05-29.toml");
    std::fs::rename(dir.join("policy/mexc.toml"), &first).unwrap();
    std::fs::copy(&first, dir.join("policy/mexc/2026-01-15.toml")).unwrap();
    edit_as_shown(dir, "2026-01-15.toml", "policy/mexc/2026-01-15.toml");
    for command in [
        "appeal policy check mexc",
        "appeal policy show mexc | head -5",
        "appeal judge cases/buyer.1a-inside-band-seller-has-time.yaml | sed -n 3p",
        "appeal test",
        "appeal policy diff mexc@2025-06-01 mexc@2026-01-15 | tail -1",
    ] {
        check_as_shown(dir, command);
    }
}

/// The CI example, the ledger examples of step 8 and "Trying a copy instead", in a copy of the
/// project as it is: the sample cases tested with a JUnit report, a ledger
/// of the sample cases (verified as it is; its tampering is another test's, `tests/ledger.rs`), replayed as recorded and under `my-mexc.toml` (the built-in policy
/// exported and edited as the README says), and the sample cases tested under that copy.
#[test]
fn the_readme_ledger_and_copy_examples_print_what_they_show() {
    let project = project_copy();
    for command in [
        "appeal test cases/ --junit report.xml --coverage --min-coverage 95",
        "appeal judge --record rulings.jsonl cases/ > /dev/null",
        "appeal ledger verify rulings.jsonl",
        "appeal ledger replay rulings.jsonl",
        "appeal policy export mexc > my-mexc.toml",
    ] {
        check_as_shown(project.path(), command);
    }
    edit_as_shown(project.path(), "my-mexc.toml", "my-mexc.toml");
    for command in [
        "appeal ledger replay rulings.jsonl --policy my-mexc.toml --exit-code",
        "appeal test --policy my-mexc.toml",
    ] {
        check_as_shown(project.path(), command);
    }
}
