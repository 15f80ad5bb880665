//! The corpus of bad inputs in `tests/bad-inputs/` (and the few valid-but-unusual ones in
//! `tests/good-inputs/`), run through the built binary exactly as a user would.
//!
//! Every file starts with `# expect-line: N` (the 1-based line the first diagnostic must point
//! at) or `# expect-line: none` (a file-level problem), then a comment saying what is wrong.
//! For each file the test checks the exit code (SPEC §2: `check` exits 2 on an invalid case,
//! `policy check` exits 1 on a finding, valid inputs exit 0), that no panic happened, that the
//! first diagnostic names the expected line, and snapshots stderr (one snapshot per file, named
//! after its stem) so that any change in what the user reads shows up in review.
//!
//! A bad policy holds its mistake and only what the mistake needs: `[policy]`, `[calendar]`,
//! `[limits]`, `[procedure]` and the clause tables it is about. A file whose header has the line
//! `# with: the shipped MEXC policy's other clause tables …` is run with every clause table of
//! `policy/mexc.toml` it does not write added after it (a table it comments out counts as
//! written), so that a clause added to the product needs no edit here and each file still shows
//! its one mistake, not a "no table for the clause" besides; what is run, under the same relative
//! path, is left in `target/tmp/bad-inputs/` to look at. The loader is not told: it reads the
//! completed file as it would a user's. A file without the line is run as written, and must be
//! refused before any table is checked (a TOML syntax error, an empty file).
//!
//! Regenerate the snapshots with `INSTA_UPDATE=always cargo test --test diagnostics`.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;

/// Diagnostics that are known to be wrong today. Each entry is still run and snapshotted as it
/// renders now, but its exit-code/line expectation is checked the other way round: the test
/// fails once the problem is fixed, so that the entry is removed and the expectation enforced.
/// A panic is never a known issue.
const KNOWN_ISSUES: &[(&str, &str)] = &[];

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

/// What a corpus file is run with and how it must end.
struct Kind {
    folder: &'static str,
    extension: &'static str,
    arguments: &'static [&'static str],
    exit: i32,
    minimum: usize,
}

const BAD_CASES: Kind = Kind {
    folder: "bad-inputs/case",
    extension: "yaml",
    arguments: &["check"],
    exit: 2,
    minimum: 32,
};
const BAD_POLICIES: Kind = Kind {
    folder: "bad-inputs/policy",
    extension: "toml",
    arguments: &["policy", "check"],
    exit: 1,
    minimum: 12,
};
const GOOD_CASES: Kind = Kind {
    folder: "good-inputs",
    extension: "yaml",
    arguments: &["check"],
    exit: 0,
    minimum: 2,
};

/// File names of one corpus folder, sorted.
fn corpus(kind: &Kind) -> Vec<String> {
    let dir = Path::new(MANIFEST).join("tests").join(kind.folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == kind.extension))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The `# expect-line:` header: `Some(line)`, or `None` for a file-level problem.
fn expected_line(bytes: &[u8], name: &str) -> Option<usize> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    let value = first
        .trim_end()
        .strip_prefix("# expect-line:")
        .unwrap_or_else(|| panic!("{name}: the first line must be `# expect-line: N|none`"))
        .trim();
    match value {
        "none" => None,
        n => Some(
            n.parse()
                .unwrap_or_else(|_| panic!("{name}: bad expect-line `{n}`")),
        ),
    }
}

/// The `[file:LINE:COL]` of the first located diagnostic in the rendered output (drawn in ASCII:
/// the tests' stderr is not a terminal).
fn first_location(stderr: &str) -> Option<(String, usize)> {
    let start = stderr.find(",-[")? + ",-[".len();
    let rest = &stderr[start..];
    let inside = &rest[..rest.find(']')?];
    let mut parts = inside.rsplitn(3, ':');
    let _column = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_string(), line))
}

/// Makes the output independent of the machine: no absolute paths of the checkout.
fn normalise(stderr: &str) -> String {
    let mut out = stderr.replace(MANIFEST, "<repo>");
    if let Ok(real) = Path::new(MANIFEST).canonicalize() {
        out = out.replace(&*real.to_string_lossy(), "<repo>");
    }
    out
}

/// The header line of a bad policy that asks for the shipped policy's other clause tables.
const WITH_THE_OTHER_CLAUSES: &str = "# with: the shipped MEXC policy's other clause tables";

/// Where the files completed with the shipped clause tables are written and run from.
const COMPLETED: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/bad-inputs");

/// The clause id of a `[clauses."ID"]` header line, also commented out.
fn clause_header(line: &str) -> Option<&str> {
    let header = line.trim_start_matches(['#', ' ']);
    header.strip_prefix("[clauses.\"")?.strip_suffix("\"]")
}

/// The clause tables of `policy/mexc.toml` in its order: each from its header to its last key
/// (the comments after it introduce the next table).
fn shipped_clause_tables() -> Vec<(String, String)> {
    let shipped = std::fs::read_to_string(Path::new(MANIFEST).join("policy/mexc.toml")).unwrap();
    let mut tables: Vec<(String, Vec<&str>)> = Vec::new();
    let mut in_clause = false;
    for line in shipped.lines() {
        if line.starts_with('[') {
            in_clause = clause_header(line).is_some_and(|id| {
                tables.push((id.to_string(), vec![line]));
                true
            });
        } else if in_clause {
            tables.last_mut().unwrap().1.push(line);
        }
    }
    tables
        .into_iter()
        .map(|(id, mut lines)| {
            while lines
                .last()
                .is_some_and(|l| l.trim().is_empty() || l.starts_with('#'))
            {
                lines.pop();
            }
            (id, lines.join("\n"))
        })
        .collect()
}

/// `written` followed by every shipped clause table it has no header for, written or
/// commented out.
fn with_the_other_clauses(written: &str) -> String {
    let headers: BTreeSet<&str> = written.lines().filter_map(clause_header).collect();
    let mut out = written.trim_end().to_string();
    out.push_str(
        "\n\n# Added by tests/diagnostics.rs: each clause table of the shipped MEXC policy that \
         the lines above do not write.\n",
    );
    for (id, table) in shipped_clause_tables() {
        if !headers.contains(id.as_str()) {
            out.push_str(&format!("\n{table}\n"));
        }
    }
    out
}

/// The folder to run a corpus file from, where `relative` holds what is run: the file itself,
/// or (with [`WITH_THE_OTHER_CLAUSES`]) the file completed with the shipped clause tables.
fn prepared(relative: &str, bytes: &[u8]) -> Option<std::path::PathBuf> {
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let mut header = text.lines().take_while(|l| l.starts_with('#'));
    if !header.any(|l| l.starts_with(WITH_THE_OTHER_CLAUSES)) {
        return None;
    }
    let completed = Path::new(COMPLETED).join(relative);
    std::fs::create_dir_all(completed.parent().unwrap()).unwrap();
    std::fs::write(&completed, with_the_other_clauses(text)).unwrap();
    Some(Path::new(COMPLETED).to_path_buf())
}

/// A bad policy run as written must be refused before its tables are checked (a TOML syntax
/// error, an empty file): one that is not would need every clause's table, and an edit for each
/// clause added to the product.
fn refused_before_the_tables(stderr: &str) -> bool {
    ["appeal::toml::", "appeal::io::empty"]
        .iter()
        .any(|code| stderr.contains(code))
}

struct Run {
    code: Option<i32>,
    stderr: String,
    elapsed: Duration,
}

fn run(arguments: &[&str], folder: &Path, relative: &str) -> Run {
    let started = Instant::now();
    let output = Command::cargo_bin("appeal")
        .expect("the appeal binary is built")
        .args(arguments)
        .arg(relative)
        .current_dir(folder)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code(),
        stderr: normalise(&String::from_utf8_lossy(&output.stderr)),
        elapsed: started.elapsed(),
    }
}

/// Everything that is wrong with one file's run (empty: as expected).
fn verdict(
    kind: &Kind,
    name: &str,
    relative: &str,
    expected: Option<usize>,
    run: &Run,
) -> Vec<String> {
    let mut wrong = Vec::new();
    if run.code != Some(kind.exit) {
        wrong.push(format!("exit code {:?}, expected {}", run.code, kind.exit));
    }
    if let Some(line) = expected {
        match first_location(&run.stderr) {
            Some((file, found)) if file == relative && found == line => {}
            Some((file, found)) => wrong.push(format!(
                "the first diagnostic points at {file}:{found}, expected {relative}:{line}"
            )),
            // A problem that cannot quote its file (not UTF-8) must still name the line.
            None if run.stderr.contains(&format!(", line {line})")) => {}
            None => wrong.push(format!("no diagnostic names line {line}")),
        }
    }
    if name.starts_with("several-") {
        let reported = run.stderr.matches("  x ").count();
        if reported < 2 {
            wrong.push(format!(
                "several independent mistakes, but {reported} reported in one run"
            ));
        }
    }
    // Installed users have no policy/ folder: help points at commands, never at the file.
    if run.stderr.contains("policy/mexc.toml") {
        wrong.push("a diagnostic points at policy/mexc.toml".to_string());
    }
    if kind.exit == 0 && expected.is_some() && !run.stderr.contains("  ! ") {
        wrong.push("a warning is expected on stderr".to_string());
    }
    if kind.exit == 0 && expected.is_none() && !run.stderr.is_empty() {
        wrong.push("a valid input should print nothing on stderr".to_string());
    }
    wrong
}

fn check_corpus(kind: &Kind) {
    let names = corpus(kind);
    assert!(
        names.len() >= kind.minimum,
        "tests/{} has {} files, fewer than {}",
        kind.folder,
        names.len(),
        kind.minimum
    );
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for name in &names {
        let relative = format!("tests/{}/{name}", kind.folder);
        let bytes = std::fs::read(Path::new(MANIFEST).join(&relative)).unwrap();
        let expected = expected_line(&bytes, name);
        let completed = prepared(&relative, &bytes);
        let folder = completed.clone().unwrap_or_else(|| MANIFEST.into());
        let run = run(kind.arguments, &folder, &relative);
        if kind.folder == BAD_POLICIES.folder
            && completed.is_none()
            && !refused_before_the_tables(&run.stderr)
        {
            failures.push(format!(
                "{relative}: its mistake is not a TOML syntax error; write only the tables the \
                 mistake needs and the header line `{WITH_THE_OTHER_CLAUSES} …`"
            ));
        }
        if run.elapsed > slowest.0 {
            slowest = (run.elapsed, name.clone());
        }
        if run.stderr.contains("panicked") || run.code == Some(101) || run.code.is_none() {
            failures.push(format!("{relative}: the binary crashed:\n{}", run.stderr));
        }
        let key = relative.trim_start_matches("tests/bad-inputs/");
        let known = KNOWN_ISSUES.iter().find(|(file, _)| *file == key);
        let wrong = verdict(kind, name, &relative, expected, &run);
        match known {
            None if !wrong.is_empty() => {
                failures.push(format!("{relative}: {}\n{}", wrong.join("; "), run.stderr))
            }
            Some((_, issue)) if wrong.is_empty() => failures.push(format!(
                "{relative}: listed in KNOWN_ISSUES ({issue}) but now behaves as expected; \
                 remove it from the list"
            )),
            _ => {}
        }
        let stem = Path::new(name).file_stem().unwrap().to_string_lossy();
        let snapshot = std::panic::catch_unwind(|| {
            insta::with_settings!({ description => relative.as_str(), omit_expression => true }, {
                insta::assert_snapshot!(stem.as_ref(), run.stderr);
            });
        });
        if snapshot.is_err() {
            failures.push(format!("{relative}: stderr differs from its snapshot"));
        }
    }
    eprintln!(
        "tests/{}: {} files; slowest {} ({} ms including process start)",
        kind.folder,
        names.len(),
        slowest.1,
        slowest.0.as_millis()
    );
    assert!(
        failures.is_empty(),
        "{} of {} files in tests/{}:\n\n{}",
        failures.len(),
        names.len(),
        kind.folder,
        failures.join("\n\n")
    );
}

#[test]
fn bad_case_files_are_rejected_with_located_diagnostics() {
    check_corpus(&BAD_CASES);
}

#[test]
fn bad_policy_files_are_rejected_with_located_diagnostics() {
    check_corpus(&BAD_POLICIES);
}

#[test]
fn unusual_but_valid_case_files_are_accepted() {
    check_corpus(&GOOD_CASES);
}

/// Snapshots are named by file stem alone, so stems must be unique across the corpus, and every
/// known issue must name a file that exists.
#[test]
fn corpus_names_are_unique_and_known_issues_exist() {
    let mut stems = BTreeSet::new();
    let mut keys = BTreeSet::new();
    for kind in [&BAD_CASES, &BAD_POLICIES, &GOOD_CASES] {
        for name in corpus(kind) {
            let stem = Path::new(&name)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            assert!(
                stems.insert(stem.clone()),
                "two corpus files are named `{stem}`"
            );
            keys.insert(format!("tests/{}/{name}", kind.folder).replace("tests/bad-inputs/", ""));
        }
    }
    for (file, _) in KNOWN_ISSUES {
        assert!(
            keys.contains(*file),
            "KNOWN_ISSUES names `{file}`, which is not in the corpus"
        );
    }
}

/// Every problem of a file is reported in the first pass: a payment's `proof:` that names no
/// evidence is reported with the other mistakes of the file, also when the evidence item or the
/// payment itself does not read (issue 22).
#[test]
fn a_dangling_proof_is_reported_with_the_other_errors() {
    for (file, other) in [
        (
            "proof-unknown-with-bad-evidence.yaml",
            "appeal::unknown_value",
        ),
        (
            "proof-unknown-with-bad-payment.yaml",
            "appeal::decimal::invalid",
        ),
    ] {
        let relative = format!("tests/bad-inputs/case/{file}");
        let output = Command::cargo_bin("appeal")
            .unwrap()
            .args(["check", "--format", "json", &relative])
            .current_dir(MANIFEST)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{file}");
        let codes: Vec<String> = String::from_utf8_lossy(&output.stderr)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|d| d["code"].as_str().map(str::to_string))
            .collect();
        assert!(codes.iter().any(|c| c == other), "{file}: {codes:?}");
        assert!(
            codes.iter().any(|c| c == "appeal::unknown_evidence"),
            "{file}: the dangling proof waits for the other error: {codes:?}"
        );
    }
}
