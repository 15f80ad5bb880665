//! Hostile inputs, round two (issue 19): what a case, a policy, a folder or a race can still do
//! to a run, and what it must not. Each test drives the binary as an attacker (or an unlucky
//! user) would:
//!
//! - `--bless` loses no edit and writes only the file it read, keeping its owner, group and mode;
//! - every read has a bound, and diagnostics cost one pass over the file;
//! - a diagnostic is no oracle: no digest of a file, no existence of a file outside the case's
//!   folder;
//! - one escaper per output format (JSON Lines, JUnit XML, Markdown, the terminal);
//! - the policy that judged a case is always named, and only a trusted one is found;
//! - arithmetic and time never give a silent wrong answer;
//! - the small ones: `*.YAML`, a full disk, a report under a regular file.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use assert_cmd::prelude::*;

const SAMPLE: &str = "cases/buyer.1b-spec-example.yaml";

/// The binary, run from the repository with no colour.
fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").expect("the binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    command
}

fn sample() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the binary with `args` and returns (exit code, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let output = appeal().args(args).output().unwrap();
    (
        output.status.code(),
        text(&output.stdout),
        text(&output.stderr),
    )
}

/// `text` with the lines miette wraps joined again (`\n  | ` continues a message), and runs of
/// spaces made one: what a message says, whatever the width it was drawn at.
fn flat(text: &str) -> String {
    let joined = text.replace("\n  | ", " ").replace("\n        ", " ");
    joined
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

// ---------------------------------------------------------------------------------------------
// 7. The small ones.

/// `*.YAML` and `*.Yml` were skipped silently in a folder: every case of the extension, in any
/// case of its letters, is a case.
#[test]
fn case_files_are_found_whatever_the_case_of_their_extension() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.YAML", "b.Yml", "c.yaml", "d.JSON", "e.txt", "f.YAMLX"] {
        fs::write(dir.path().join(name), sample()).unwrap();
    }
    let (code, stdout, stderr) = run(&[os("check"), dir.path().as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    for name in ["a.YAML", "b.Yml", "c.yaml", "d.JSON"] {
        assert!(
            stdout.contains(name) || stderr.contains(name),
            "{name}: {stdout}{stderr}"
        );
    }
    assert!(!stdout.contains("e.txt") && !stderr.contains("e.txt"));
    assert!(!stdout.contains("f.YAMLX") && !stderr.contains("f.YAMLX"));
    // JSON is read as the YAML it is a part of: d.JSON is a case like the others.
    assert!(stdout.contains("4 valid"), "{stdout}");
}

/// `--junit FILE/r.xml` under a regular file said the folder does not exist. It says what the
/// path is; so do `schema --output` and `new -o`.
#[test]
fn a_report_under_a_regular_file_says_the_folder_is_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("FILE");
    fs::write(&file, "x").unwrap();
    let target = file.join("r.xml");
    let shown = file.display().to_string();
    for args in [
        vec![os("test"), os("--junit"), target.as_os_str(), os(SAMPLE)],
        vec![os("schema"), os("case"), os("--output"), target.as_os_str()],
        vec![
            os("new"),
            os("--type"),
            os("seller_not_releasing"),
            os("-o"),
            target.as_os_str(),
        ],
    ] {
        let (code, _, stderr) = run(&args);
        let stderr = flat(&stderr);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("`{shown}` is a regular file, not a folder")),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("does not exist"), "{args:?}: {stderr}");
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
}

/// A shell command run in a private mount namespace with a full 16 KiB tmpfs at `$1`, when this
/// machine allows it (root, or user namespaces); `None` when it does not.
fn on_a_full_disk(script: &str) -> Option<std::process::Output> {
    let bin = assert_cmd::cargo::cargo_bin("appeal");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    let probe = Command::new("unshare")
        .args(["--mount", "--map-root-user", "sh", "-c"])
        .arg("d=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs \"$d\" && umount \"$d\"; rmdir \"$d\"")
        .output()
        .ok()?;
    if !probe.status.success() {
        return None;
    }
    let full = format!(
        "d=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs \"$d\" && cp \"$2\" \"$d/case.yaml\" \
         && sed -i 's/decision: release_to_buyer/decision: refund_buyer/' \"$d/case.yaml\" \
         && (dd if=/dev/zero of=\"$d/fill\" bs=1k count=64 2>/dev/null; true) && \
         APPEAL=\"$1\" D=\"$d\" sh -c '{script}'; umount \"$d\"; rmdir \"$d\""
    );
    Command::new("unshare")
        .args(["--mount", "--map-root-user", "sh", "-c"])
        .arg(full)
        .arg("sh")
        .arg(bin)
        .arg(sample)
        .env("NO_COLOR", "1")
        .output()
        .ok()
}

/// A full disk named the hidden temporary file (`.tmpJWEwPQ`) in `appeal new -o` and `test
/// --bless`: every write names the file asked for.
#[test]
fn a_full_disk_names_the_target_not_the_temporary_file() {
    let script = "\"$APPEAL\" new --type seller_not_releasing -o \"$D/n.yaml\"; \
                  \"$APPEAL\" test --bless \"$D/case.yaml\"; \
                  \"$APPEAL\" test \"$D/case.yaml\" --junit \"$D/r.xml\"; \
                  \"$APPEAL\" schema case --output \"$D/s.json\"; true";
    let Some(output) = on_a_full_disk(script) else {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI=true but no private tmpfs could be mounted for the full-disk check"
        );
        eprintln!("note: no private tmpfs here (needs root or user namespaces); skipped");
        return;
    };
    let all = format!("{}{}", text(&output.stdout), text(&output.stderr));
    assert!(!all.contains(".tmp"), "{all}");
    for name in ["n.yaml", "case.yaml", "r.xml", "s.json"] {
        assert!(
            all.lines()
                .any(|l| l.contains(name) && l.contains("No space left on device")),
            "{name}: {all}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 1. `--bless` loses no edit and writes only the file it read.

/// The sample case with an `expect:` block its ruling does not pass: `--bless` rewrites it.
fn stale_case() -> String {
    sample().replace("decision: release_to_buyer", "decision: refund_buyer")
}

/// `appeal test --bless ARGS... -`, with `between` run while the run waits for its last case on
/// stdin: the cases named before `-` are judged by then (they are in the same batch), and their
/// blessings are written only once the batch is complete. What `between` does to the files
/// happens after they were judged and before they are written.
fn bless_with_a_pause(args: &[&Path], between: impl FnOnce()) -> (Option<i32>, String, String) {
    use std::io::Write;
    let mut child = appeal()
        .args(["test", "--bless"])
        .args(args)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    between();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(sample().as_bytes()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    (
        output.status.code(),
        text(&output.stdout),
        text(&output.stderr),
    )
}

/// An edit saved after a case was judged and before its blessing was written was overwritten:
/// the check was made when the case was judged, the write after the whole batch. The case is
/// compared and replaced in one step, just before the write.
#[test]
fn an_edit_saved_while_the_batch_is_judged_is_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    fs::write(&case, stale_case()).unwrap();
    let edited = format!("{}# an edit saved meanwhile\n", stale_case());
    let (code, stdout, stderr) = bless_with_a_pause(&[&case], || {
        fs::write(&case, &edited).unwrap();
    });
    assert_eq!(
        fs::read_to_string(&case).unwrap(),
        edited,
        "{stdout}{stderr}"
    );
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("not blessed"), "{stdout}");
    assert!(stdout.contains("edited after it was judged"), "{stdout}");
    // Run again: the edit is kept and the block rewritten.
    let (code, stdout, _) = run(&[os("test"), os("--bless"), case.as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}");
    let now = fs::read_to_string(&case).unwrap();
    assert!(
        now.contains("# an edit saved meanwhile") && now.contains("decision: release_to_buyer")
    );
}

/// A case that is a symbolic link was resolved again at write time: retargeting the link after
/// the case was judged made `--bless` replace the file it then pointed to, outside the cases.
/// The file written is the file read, or none.
#[test]
fn a_link_retargeted_before_the_write_does_not_redirect_it() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    fs::create_dir(&cases).unwrap();
    let real = cases.join("real.yaml.txt");
    fs::write(&real, stale_case()).unwrap();
    let outside = dir.path().join("outside.yaml");
    fs::write(&outside, stale_case()).unwrap();
    let link = cases.join("link.yaml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (code, stdout, stderr) = bless_with_a_pause(&[&link], || {
        fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(&outside, &link).unwrap();
    });
    assert_eq!(
        fs::read_to_string(&outside).unwrap(),
        stale_case(),
        "{stdout}{stderr}"
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), stale_case());
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("another file than the one judged"),
        "{stdout}"
    );
    // A link left alone: the file it points to is rewritten, and the link stays a link.
    fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (code, stdout, _) = run(&[os("test"), os("--bless"), link.as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .contains("decision: release_to_buyer")
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// The case re-read before the write had no size cap and no regular-file check: a case grown
/// in place past the cap, or replaced by a FIFO, after it was judged, was replaced. Neither is.
#[test]
fn the_case_is_read_again_within_the_cap_and_as_a_regular_file_before_the_write() {
    let dir = tempfile::tempdir().unwrap();
    let grown = dir.path().join("grown.yaml");
    fs::write(&grown, stale_case()).unwrap();
    let fifo = dir.path().join("fifo.yaml");
    fs::write(&fifo, stale_case()).unwrap();
    let (code, stdout, stderr) = bless_with_a_pause(&[&grown, &fifo], || {
        // Grown in place: the same file (device and inode), now over 8 MiB.
        let mut file = fs::OpenOptions::new().append(true).open(&grown).unwrap();
        std::io::Write::write_all(&mut file, &vec![b'#'; 9 * 1024 * 1024]).unwrap();
        fs::remove_file(&fifo).unwrap();
        let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(status.success());
    });
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("8 MiB"), "{stdout}");
    assert_eq!(
        fs::metadata(&grown).unwrap().len() as usize,
        stale_case().len() + 9 * 1024 * 1024
    );
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&fs::symlink_metadata(&fifo).unwrap().file_type()),
        "{stdout}"
    );
}

/// Whether this process runs as root (it may then give files to any owner).
fn is_root() -> bool {
    let output = Command::new("id").arg("-u").output().unwrap();
    text(&output.stdout).trim() == "0"
}

/// The blessed file was a new file: its owner and group were lost (run as root on a user's
/// 0640 case, the user could no longer read it). Owner, group and mode are kept.
#[test]
fn a_blessed_case_keeps_its_owner_group_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    fs::write(&case, stale_case()).unwrap();
    fs::set_permissions(&case, fs::Permissions::from_mode(0o640)).unwrap();
    let owner = if is_root() {
        std::os::unix::fs::chown(&case, Some(1234), Some(2345)).unwrap();
        (1234, 2345)
    } else {
        let metadata = fs::metadata(&case).unwrap();
        (metadata.uid(), metadata.gid())
    };
    let (code, stdout, stderr) = run(&[os("test"), os("--bless"), case.as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let metadata = fs::metadata(&case).unwrap();
    assert!(
        fs::read_to_string(&case)
            .unwrap()
            .contains("decision: release_to_buyer")
    );
    assert_eq!((metadata.uid(), metadata.gid()), owner);
    assert_eq!(metadata.permissions().mode() & 0o7777, 0o640);
}

/// What a new file in its place would lose is said, and the file is left alone: a read-only
/// case, a case with several hard links, and (for a user who is not root) a case owned by
/// another user, which that user cannot give a file back to.
#[test]
fn a_case_a_new_file_would_lose_something_of_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let read_only = dir.path().join("read-only.yaml");
    fs::write(&read_only, stale_case()).unwrap();
    fs::set_permissions(&read_only, fs::Permissions::from_mode(0o444)).unwrap();
    let linked = dir.path().join("linked.yaml");
    fs::write(&linked, stale_case()).unwrap();
    let other_link = dir.path().join("other-name.txt");
    fs::hard_link(&linked, &other_link).unwrap();
    let (code, stdout, stderr) = run(&[os("test"), os("--bless"), dir.path().as_os_str()]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("read-only (mode 0444)"), "{stdout}");
    assert!(stdout.contains("2 hard links"), "{stdout}");
    for path in [&read_only, &linked, &other_link] {
        assert_eq!(fs::read_to_string(path).unwrap(), stale_case());
    }
    assert_eq!(
        fs::metadata(&linked).unwrap().ino(),
        fs::metadata(&other_link).unwrap().ino()
    );
    // The same for reports and schemas.
    for args in [
        vec![
            os("schema"),
            os("case"),
            os("--output"),
            read_only.as_os_str(),
        ],
        vec![
            os("test"),
            os(SAMPLE),
            os("--junit"),
            other_link.as_os_str(),
        ],
    ] {
        let (code, _, stderr) = run(&args);
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains("refusing to replace"), "{stderr}");
    }
    assert_eq!(fs::read_to_string(&read_only).unwrap(), stale_case());

    // An owner that cannot be kept: run as an ordinary user on a file owned by another one.
    if !is_root() {
        return;
    }
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o777)).unwrap();
    let theirs = shared.join("theirs.yaml");
    fs::write(&theirs, stale_case()).unwrap();
    fs::set_permissions(&theirs, fs::Permissions::from_mode(0o666)).unwrap();
    std::os::unix::fs::chown(&theirs, Some(4321), Some(4321)).unwrap();
    let output = Command::new("setpriv")
        .args(["--reuid=1234", "--regid=1234", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("appeal"))
        .args(["test", "--bless"])
        .arg(&theirs)
        .current_dir(&shared)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{stdout}{}",
        text(&output.stderr)
    );
    assert!(
        stdout.contains("uid 4321, gid 4321") && stdout.contains("cannot be kept"),
        "{stdout}"
    );
    assert_eq!(fs::read_to_string(&theirs).unwrap(), stale_case());
    assert_eq!(fs::metadata(&theirs).unwrap().uid(), 4321);
}

/// Comments inside the `expect:` block were dropped without a word. A block that holds one is
/// not rewritten, and the reason says so; a comment on the `expect:` line itself is kept.
#[test]
fn an_expect_block_with_comments_is_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    for (name, edit) in [
        (
            "inside.yaml",
            "  decision: refund_buyer  # agreed with support\n",
        ),
        (
            "line.yaml",
            "  # the decision we agreed on\n  decision: refund_buyer\n",
        ),
    ] {
        let case = stale_case().replace("  decision: refund_buyer\n", edit);
        fs::write(dir.path().join(name), &case).unwrap();
    }
    let key_comment = stale_case().replace("expect:\n", "expect: # kept by hand\n");
    fs::write(dir.path().join("key.yaml"), &key_comment).unwrap();
    let before: Vec<Vec<u8>> = ["inside.yaml", "line.yaml"]
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    let (code, stdout, stderr) = run(&[os("test"), os("--bless"), dir.path().as_os_str()]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert_eq!(stdout.matches("holds a comment").count(), 2, "{stdout}");
    for (name, bytes) in ["inside.yaml", "line.yaml"].iter().zip(before) {
        assert_eq!(fs::read(dir.path().join(name)).unwrap(), bytes, "{name}");
    }
    let blessed = fs::read_to_string(dir.path().join("key.yaml")).unwrap();
    assert!(
        blessed.contains("expect: # kept by hand\n  decision: release_to_buyer\n"),
        "{blessed}"
    );
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Every read has a bound; a diagnostic is no oracle.

/// The sample case with its receipt on disk at `file`, recorded with `sha256`.
fn case_with_evidence(file: &str, sha256: &str) -> String {
    sample().replacen(
        "    official_source: true\n",
        &format!("    official_source: true\n    file: {file}\n    sha256: {sha256}\n"),
        1,
    )
}

const WRONG_DIGEST: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A wrong evidence `sha256` printed the digest of the file found: a case could learn the
/// digest of any file below its folder (or the current folder, on stdin), on stderr and in
/// JUnit. It says the digest does not match, never what it is.
#[test]
fn a_wrong_evidence_digest_does_not_tell_the_real_one() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("secret.txt"), "hunter2\n").unwrap();
    let output = Command::new("sha256sum")
        .arg(dir.path().join("secret.txt"))
        .output()
        .unwrap();
    let digest = text(&output.stdout)[..64].to_string();
    let case = dir.path().join("case.yaml");
    fs::write(&case, case_with_evidence("secret.txt", WRONG_DIGEST)).unwrap();
    let junit = dir.path().join("r.xml");
    for args in [
        vec![os("check"), case.as_os_str()],
        vec![os("check"), os("--format"), os("json"), case.as_os_str()],
        vec![
            os("test"),
            case.as_os_str(),
            os("--junit"),
            junit.as_os_str(),
        ],
    ] {
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, Some(2), "{stdout}{stderr}");
        assert!(stderr.contains("appeal::evidence::digest"), "{stderr}");
        assert!(
            !stderr.contains(&digest) && !stdout.contains(&digest),
            "{stderr}"
        );
    }
    let report = fs::read_to_string(&junit).unwrap();
    assert!(report.contains("does not match its sha256"), "{report}");
    assert!(!report.contains(&digest), "{report}");
    // On stdin, from the folder: the same.
    let output = assert_cmd::Command::from_std({
        let mut command = appeal();
        command.current_dir(dir.path());
        command
    })
    .args(["check", "-"])
    .write_stdin(case_with_evidence("secret.txt", WRONG_DIGEST))
    .output()
    .unwrap();
    assert!(
        !text(&output.stderr).contains(&digest),
        "{}",
        text(&output.stderr)
    );
}

/// Hidden files and folders below the case's folder (`.git/config`, `.env`) were hashed and
/// reported on like any evidence. A case may not name them, directly or through a link: the
/// rule that confines policies.
#[test]
fn evidence_in_a_hidden_file_or_folder_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join(".git")).unwrap();
    fs::write(dir.path().join(".git/config"), "[core]\n").unwrap();
    fs::write(dir.path().join(".env"), "TOKEN=x\n").unwrap();
    std::os::unix::fs::symlink(".env", dir.path().join("receipt.png")).unwrap();
    for file in [".git/config", ".env", "./.env", "receipt.png"] {
        let case = dir.path().join("case.yaml");
        fs::write(&case, case_with_evidence(file, WRONG_DIGEST)).unwrap();
        let (code, _, stderr) = run(&[os("check"), case.as_os_str()]);
        assert_eq!(code, Some(2), "{file}: {stderr}");
        assert!(
            stderr.contains("appeal::evidence::hidden"),
            "{file}: {stderr}"
        );
        assert!(
            !stderr.contains("appeal::evidence::digest"),
            "{file}: {stderr}"
        );
    }
    // A policy is confined the same way.
    fs::create_dir(dir.path().join(".hidden")).unwrap();
    fs::write(
        dir.path().join(".hidden/p.toml"),
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("policy/mexc.toml")).unwrap(),
    )
    .unwrap();
    let case = dir.path().join("case.yaml");
    fs::write(
        &case,
        sample().replace("policy: mexc", "policy: .hidden/p.toml"),
    )
    .unwrap();
    let (code, _, stderr) = run(&[os("check"), case.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(flat(&stderr).contains("a hidden name"), "{stderr}");
}

/// Evidence files were hashed whole whatever their size: a sparse 64 GiB "receipt" kept
/// `check` busy for minutes. They are capped, and the cap is said.
#[test]
fn an_evidence_file_over_the_cap_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let huge = fs::File::create(dir.path().join("receipt.pdf")).unwrap();
    huge.set_len(64 * 1024 * 1024 * 1024).unwrap();
    let case = dir.path().join("case.yaml");
    fs::write(&case, case_with_evidence("receipt.pdf", WRONG_DIGEST)).unwrap();
    let started = std::time::Instant::now();
    let (code, _, stderr) = run(&[os("check"), case.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        flat(&stderr).contains("over the 512 MiB limit for evidence files"),
        "{stderr}"
    );
    eprintln!("64 GiB receipt refused in {:?}", started.elapsed());
}

// ---------------------------------------------------------------------------------------------
// 4. One escaper per output format.

const PENDING: &str = "cases/buyer.1a-inside-band-seller-has-time.yaml";

/// A pending sample case with its `case:` line replaced by `id_line` (YAML as written).
fn pending_with_id(id_line: &str) -> String {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(PENDING)).unwrap();
    text.replacen("case: APL-2025-0123", id_line, 1)
}

/// `test --bless --format json` printed a text line (`FAIL … not blessed`) among its JSON
/// lines when a case could not be blessed: every line of stdout is JSON.
#[test]
fn the_json_lines_of_a_refused_bless_stay_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("c.yaml");
    let text = stale_case().replacen("expect:\n", "expect:\n  # a comment\n", 1);
    fs::write(&case, &text).unwrap();
    let (code, stdout, stderr) = run(&[
        os("test"),
        os("--bless"),
        os("--format"),
        os("json"),
        case.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    for line in stdout.lines() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|_| {
            panic!("not JSON: {line}");
        });
        if value.get("case").is_some() {
            assert_eq!(value["result"], "failed");
            assert!(value["not_blessed"].as_str().unwrap().contains("comment"));
        }
    }
    assert_eq!(fs::read_to_string(&case).unwrap(), text);
}

/// Every character of `xml` is one XML 1.0 allows.
fn xml_chars_only(xml: &str) -> bool {
    xml.chars().all(|c| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    })
}

/// U+FFFE and U+FFFF (and C0 controls) in a file name or a case id made the JUnit report
/// ill-formed XML: they are written visibly, the report stays well-formed.
#[test]
fn the_junit_report_stays_well_formed_with_characters_xml_forbids() {
    let dir = tempfile::tempdir().unwrap();
    let name = "bad\u{FFFE}\u{FFFF}\u{1}.yaml";
    let case = dir.path().join(name);
    fs::write(
        &case,
        stale_case().replacen(
            "case: APL-2025-0001",
            "case: \"APL\\uFFFE\\uFFFF\\x01\\u0085\"",
            1,
        ),
    )
    .unwrap();
    let report = dir.path().join("r.xml");
    let (code, stdout, stderr) = run(&[
        os("test"),
        os("--junit"),
        report.as_os_str(),
        case.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let xml = fs::read_to_string(&report).unwrap();
    assert!(xml_chars_only(&xml), "{xml:?}");
    assert!(xml.contains("bad\\ufffe\\uffff\\u0001.yaml"), "{xml}");
    assert!(xml.contains("</testsuites>"), "{xml}");
}

/// `queue --format markdown` had an escaper of its own, weaker than the ruling's: a case id
/// became a link or a tracking image, a bare URL stayed live, a backtick in a file name broke
/// out of its code span. It now uses the one Markdown escaper.
#[test]
fn the_markdown_queue_escapes_links_images_urls_and_code_spans() {
    let dir = tempfile::tempdir().unwrap();
    let id = "case: \"[x](https://evil.example) ![t](http://t.example/p.png) www.evil.example ~~s~~ __b__\"";
    fs::write(dir.path().join("a`b`.yaml"), pending_with_id(id)).unwrap();
    let (code, stdout, stderr) = run(&[
        os("queue"),
        os("--format"),
        os("markdown"),
        dir.path().as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    for live in [
        "| [x]", "![t]", "https://", "http://", "www.evil", "~~", "__b",
    ] {
        assert!(!stdout.contains(live), "{live} in {stdout}");
    }
    assert!(
        stdout.contains("| \\[x](https\\://evil.example) !\\[t]"),
        "{stdout}"
    );
    assert!(stdout.contains("a\\`b\\`.yaml"), "{stdout}");
    assert!(!stdout.contains("`a`"), "{stdout}");
}

/// A newline in a case id was printed raw in the human queue, forging a row. It is shown
/// escaped, as everywhere else.
#[test]
fn a_newline_in_a_case_id_forges_no_row_of_the_human_queue() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.yaml"),
        pending_with_id("case: \"X\\nOVERDUE 999 d\\u001b[2J\""),
    )
    .unwrap();
    let (code, stdout, stderr) = run(&[os("queue"), dir.path().as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("X\\nOVERDUE"), "{stdout}");
    assert!(
        !stdout.lines().any(|line| line.contains("| OVERDUE 999")),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
}

/// JSON diagnostics carried C1 controls, DEL and bidirectional overrides raw (serde_json
/// escapes only C0): they are written as `\u` escapes and decode to the same text.
#[test]
fn json_diagnostics_escape_c1_controls_del_and_bidi_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("c.yaml");
    fs::write(
        &case,
        format!("{}\"k\\u0085\\u007f\\u202e\\u009b\": 1\n", sample()),
    )
    .unwrap();
    let output = appeal()
        .args([os("check"), os("--format"), os("json"), case.as_os_str()])
        .output()
        .unwrap();
    let stderr = text(&output.stderr);
    for raw in ['\u{85}', '\u{7f}', '\u{202e}', '\u{9b}'] {
        assert!(!stderr.contains(raw), "{stderr:?}");
    }
    assert!(
        stderr.contains("\\u0085") && stderr.contains("\\u202e"),
        "{stderr}"
    );
    let first: serde_json::Value = serde_json::from_str(stderr.lines().next().unwrap()).unwrap();
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("k\u{85}\u{7f}\u{202e}\u{9b}")
    );
}

/// `new -o PATH` echoed its path raw on stderr.
#[test]
fn new_echoes_its_path_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a\nwrote x\u{1b}[2J.yaml");
    let (code, stdout, stderr) = run(&[
        os("new"),
        os("--type"),
        os("underpaid"),
        os("-o"),
        path.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stderr.contains("a\\nwrote x\\u001b[2J.yaml"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

// ---------------------------------------------------------------------------------------------
// 5. The policy that judged a case is always visible.

/// A project in a temporary folder: `policy/mexc.toml` with `version` set to `version`, and
/// the stale sample case under `cases/`.
fn project_with_policy_version(version: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::create_dir_all(dir.path().join("policy")).unwrap();
    fs::create_dir_all(dir.path().join("cases")).unwrap();
    let policy = fs::read_to_string(root.join("policy/mexc.toml")).unwrap();
    fs::write(
        dir.path().join("policy/mexc.toml"),
        policy.replacen(
            "version = \"2025-05-29\"",
            &format!("version = {version:?}"),
            1,
        ),
    )
    .unwrap();
    fs::write(dir.path().join("cases/c.yaml"), sample()).unwrap();
    dir
}

/// `test` never named the policy a case was judged under: in every format it does now.
#[test]
fn test_names_the_policy_of_each_case_in_every_format() {
    let project = project_with_policy_version("2025-05-29");
    let cases = project.path().join("cases");
    let report = project.path().join("r.xml");
    let human = appeal()
        .current_dir(project.path())
        .args([os("test"), cases.as_os_str()])
        .output()
        .unwrap();
    let human = text(&human.stdout);
    assert!(
        human
            .lines()
            .next()
            .unwrap()
            .starts_with("policy mexc 2025-05-29"),
        "{human}"
    );
    assert!(human.contains("(policy/mexc.toml, sha256 "), "{human}");
    let json = appeal()
        .current_dir(project.path())
        .args([
            os("test"),
            os("--format"),
            os("json"),
            os("--junit"),
            report.as_os_str(),
            cases.as_os_str(),
        ])
        .output()
        .unwrap();
    let first: serde_json::Value =
        serde_json::from_str(text(&json.stdout).lines().next().unwrap()).unwrap();
    assert!(
        first["policy"]
            .as_str()
            .unwrap()
            .contains("(policy/mexc.toml, sha256 "),
        "{first}"
    );
    let xml = fs::read_to_string(&report).unwrap();
    assert!(
        xml.contains("<property name=\"policy\" value=\"mexc 2025-05-29"),
        "{xml}"
    );
}

/// `queue` names the policy in every format: a line under the table (one per policy, each row
/// numbered when there are several), a field of each JSON row.
#[test]
fn queue_names_the_policy_in_every_format() {
    let project = project_with_policy_version("2025-05-29");
    fs::write(
        project.path().join("cases/p.yaml"),
        pending_with_id("case: P-1"),
    )
    .unwrap();
    let cases = project.path().join("cases");
    for format in ["human", "markdown", "json"] {
        let out = appeal()
            .current_dir(project.path())
            .args([os("queue"), os("--format"), os(format), cases.as_os_str()])
            .output()
            .unwrap();
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("(policy/mexc.toml, sha256 "),
            "{format}: {stdout}"
        );
    }
}

/// A project policy's `version` could make the heading read exactly like the built-in
/// policy's `(built-in, sha256 …)`. A version that is not a plain token is quoted.
#[test]
fn a_policy_version_cannot_imitate_the_built_in_provenance() {
    let project = project_with_policy_version("2025-05-29 (built-in, sha256 19aa08034481)");
    let case = project.path().join("cases/c.yaml");
    for format in ["human", "markdown"] {
        let out = appeal()
            .current_dir(project.path())
            .args([os("judge"), os("--format"), os(format), case.as_os_str()])
            .output()
            .unwrap();
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("mexc \"2025-05-29 (built-in, sha256 19aa08034481)\""),
            "{format}: {stdout}"
        );
        assert!(
            !stdout.contains("mexc 2025-05-29 (built-in"),
            "{format}: {stdout}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Arithmetic and time never give a silent wrong answer.

/// A project whose `policy/mexc.toml` has `holidays` set to `holidays` (a TOML array).
fn project_with_holidays(holidays: &str) -> tempfile::TempDir {
    let project = project_with_policy_version("2025-05-29");
    let file = project.path().join("policy/mexc.toml");
    let policy = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        policy.replacen("holidays = []", &format!("holidays = {holidays}"), 1),
    )
    .unwrap();
    project
}

/// A calendar with no working day inside the look-ahead made a working-day window close at
/// its own start (a silent final release), and `policy check` accepted it. Both refuse it now.
#[test]
fn a_calendar_without_working_days_for_months_is_refused_by_policy_check_and_judge() {
    let days: Vec<String> = (0..200)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2025, 5, 1).unwrap() + chrono::Days::new(i);
            format!("\"{day}\"")
        })
        .collect();
    let project = project_with_holidays(&format!("[{}]", days.join(", ")));
    let policy = project.path().join("policy/mexc.toml");
    let check = appeal()
        .current_dir(project.path())
        .args([os("policy"), os("check"), policy.as_os_str()])
        .output()
        .unwrap();
    let stderr = flat(&text(&check.stderr));
    assert_eq!(check.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no working day for more than 60 days in a row from 2025-05-01"),
        "{stderr}"
    );
    let judge = appeal()
        .current_dir(project.path())
        .args([os("judge"), project.path().join("cases/c.yaml").as_os_str()])
        .output()
        .unwrap();
    assert_eq!(judge.status.code(), Some(2), "{}", text(&judge.stdout));
    assert!(text(&judge.stdout).is_empty());
    // A long but real break (a fortnight of holidays) is a calendar like any other.
    let fortnight: Vec<String> = days.iter().take(14).cloned().collect();
    let project = project_with_holidays(&format!("[{}]", fortnight.join(", ")));
    let check = appeal()
        .current_dir(project.path())
        .args([
            os("policy"),
            os("check"),
            project.path().join("policy/mexc.toml").as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

/// Payment sums rounded past 28 significant digits: eight payments of
/// 9999999999999.999999999999999 against 79999999999999.99 were judged an excess of
/// 0.00999999999999 (it is 0.009999999999992). A case whose amounts cannot be added exactly is
/// refused, at the amount where the total first needs more digits.
#[test]
fn amounts_that_cannot_be_added_exactly_are_refused_not_rounded() {
    let payment = "  - at: 2025-06-01T10:05:00+08:00\n    amount: 9999999999999.999999999999999\n    payer_name: \"TRAN THI B\"\n    to_account: \"VCB 0123456789\"\n    remarks: \"2025060100001\"\n    proof: receipt-1\n";
    let text = sample()
        .replacen("  price: 25500\n", "  price: 799999999999.9999\n", 1)
        .replacen("  amount: 2550000\n", "  amount: 79999999999999.99\n", 1);
    let start = text.find("payments:\n").unwrap() + "payments:\n".len();
    let end = text.find("timeline:\n").unwrap();
    let text = format!("{}{}{}", &text[..start], payment.repeat(8), &text[end..]);
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("c.yaml");
    fs::write(&case, text).unwrap();
    let (code, stdout, stderr) = run(&[os("judge"), case.as_os_str()]);
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(!stdout.contains("refund_excess"), "{stdout}");
    assert!(
        flat(&stderr).contains("cannot be added exactly"),
        "{stderr}"
    );
    // Within 28 digits the same shape is judged.
    let small = sample();
    fs::write(&case, small).unwrap();
    let (code, _, stderr) = run(&[os("check"), case.as_os_str()]);
    assert_ne!(code, Some(2), "{stderr}");
}

/// The project walk climbed through folders anyone may write to: a `policy/mexc.toml` dropped
/// into a shared temporary folder decided every case judged below it, and `appeal new` took a
/// `schema/case.json` from there. The walk stops before such a folder, for every file it finds.
#[test]
fn the_project_walk_stops_before_a_folder_anyone_may_write_to() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let mine = shared.join("mine");
    fs::create_dir_all(shared.join("policy")).unwrap();
    fs::create_dir_all(shared.join("schema")).unwrap();
    fs::create_dir_all(&mine).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(
        root.join("policy/mexc.toml"),
        shared.join("policy/mexc.toml"),
    )
    .unwrap();
    fs::write(shared.join("schema/case.json"), "{}").unwrap();
    fs::write(shared.join("appeal.toml"), "lang = \"vi\"\n").unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o777)).unwrap();
    fs::write(mine.join("c.yaml"), sample()).unwrap();
    let (code, stdout, stderr) = run(&[os("judge"), mine.join("c.yaml").as_os_str()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("(built-in, sha256 "), "{stdout}");
    assert!(!stdout.contains("policy/mexc.toml"), "{stdout}");
    let made = mine.join("new.yaml");
    let (code, _, stderr) = run(&[
        os("new"),
        os("--type"),
        os("underpaid"),
        os("-o"),
        made.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        !fs::read_to_string(&made)
            .unwrap()
            .contains("../schema/case.json")
    );
    // The same tree, the shared folder closed again: its policy governs, its schema is used.
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).unwrap();
    let (_, stdout, _) = run(&[os("judge"), mine.join("c.yaml").as_os_str()]);
    assert!(
        stdout.contains("shared/policy/mexc.toml, sha256 "),
        "{stdout}"
    );
}

/// A `policy/` folder nested under `cases/` governs the cases below it (it makes a project of
/// its own, as a nested `Cargo.toml` does): it is never silent, `test` names it for each case.
#[test]
fn a_policy_folder_nested_under_the_cases_is_named_for_the_cases_it_governs() {
    let project = project_with_policy_version("2025-05-29");
    let nested = project.path().join("cases/sub");
    fs::create_dir_all(nested.join("policy")).unwrap();
    fs::copy(
        project.path().join("policy/mexc.toml"),
        nested.join("policy/mexc.toml"),
    )
    .unwrap();
    fs::write(
        nested.join("d.yaml"),
        sample().replacen("APL-2025-0001", "APL-2025-0002", 1),
    )
    .unwrap();
    let out = appeal()
        .current_dir(project.path())
        .args(["test", "cases"])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("(policy/mexc.toml, sha256 "), "{stdout}");
    assert!(
        stdout.contains("(cases/sub/policy/mexc.toml, sha256 "),
        "{stdout}"
    );
    let json = appeal()
        .current_dir(project.path())
        .args(["test", "--format", "json", "cases"])
        .output()
        .unwrap();
    let nested_line = text(&json.stdout)
        .lines()
        .find(|line| line.contains("cases/sub/d.yaml"))
        .map(str::to_string)
        .unwrap();
    assert!(
        nested_line.contains("cases/sub/policy/mexc.toml"),
        "{nested_line}"
    );
}
