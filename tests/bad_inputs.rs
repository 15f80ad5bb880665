//! The corpus of bad inputs in `tests/corpus/`: each file holds one kind of mistake (or a few
//! independent ones). For each: the exit code, the line the first diagnostic points at (from
//! the file's `# expect-line:` header), and a snapshot of exactly what the user sees.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn corpus(kind: &str, extension: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// The line the first diagnostic must point at, or `None` for file-level problems.
fn expected_line(path: &Path) -> Option<usize> {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let header = text.lines().next()?.strip_prefix("# expect-line: ")?;
    header.trim().parse().ok()
}

fn run(arguments: &[&str], path: &Path) -> (i32, String, u128) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_appeal"))
        .args(arguments)
        .arg(path)
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    let elapsed = started.elapsed().as_millis();
    let stderr =
        String::from_utf8_lossy(&output.stderr).replace(env!("CARGO_MANIFEST_DIR"), "<repo>");
    (output.status.code().unwrap_or(-1), stderr, elapsed)
}

fn check_corpus(kind: &str, extension: &str, arguments: &[&str], exit: i32, minimum: usize) {
    let files = corpus(kind, extension);
    assert!(
        files.len() >= minimum,
        "the {kind} corpus has {} files, fewer than {minimum}",
        files.len()
    );
    let mut slowest = (0u128, String::new());
    let mut failures = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let (code, stderr, elapsed) = run(arguments, relative);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if code != exit || stderr.contains("panicked") {
            failures.push(format!(
                "{name}: exit code {code}, expected {exit}\n{stderr}"
            ));
        }
        if let Some(line) = expected_line(path) {
            let marker = format!(" ╭─[{}:{line}:", relative.display());
            let first = stderr.find(" ╭─[").map(|i| &stderr[i..]).unwrap_or("");
            if !first.starts_with(&marker) {
                failures.push(format!(
                    "{name}: the first diagnostic should point at line {line}:\n{stderr}"
                ));
            }
        }
        if elapsed > slowest.0 {
            slowest = (elapsed, name.clone());
        }
        insta::assert_snapshot!(format!("{kind}-{name}"), stderr);
    }
    assert!(
        failures.is_empty(),
        "{} of {} {kind} inputs:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    eprintln!(
        "{} {kind} inputs rejected; slowest: {} ({} ms, including process start)",
        files.len(),
        slowest.1,
        slowest.0
    );
}

#[test]
fn bad_case_files_are_rejected_with_located_diagnostics() {
    check_corpus("case", "yaml", &["check"], 2, 40);
}

#[test]
fn bad_policy_files_are_rejected_with_located_diagnostics() {
    check_corpus("policy", "toml", &["policy", "check"], 1, 12);
}
