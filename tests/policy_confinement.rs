//! A case file reads no policy outside its project: absolute paths, `..` out of the project,
//! symbolic links out of it and other files are refused with a diagnostic that says why, and
//! nothing of a refused file (or of a file that is not a policy) reaches stderr or the JUnit
//! report. A file outside the project is used only when given with `--policy`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use assert_cmd::prelude::*;

/// What a secret looks like in the files and the environment these tests plant.
const SECRET: &str = "hunter2-do-not-publish";

/// A project (`policy/` and one sample case in `cases/`) in a temporary folder, next to a
/// folder outside it that holds a secret.
struct Setup {
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = dir.path().join("project");
        std::fs::create_dir_all(project.join("policy")).unwrap();
        std::fs::create_dir_all(project.join("cases")).unwrap();
        std::fs::copy(
            repo.join("policy/mexc.toml"),
            project.join("policy/mexc.toml"),
        )
        .unwrap();
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        // A valid-looking policy outside the project, with a secret in a comment.
        let policy = std::fs::read_to_string(repo.join("policy/mexc.toml")).unwrap();
        std::fs::write(
            outside.join("secret.toml"),
            format!("# token = {SECRET}\n{policy}"),
        )
        .unwrap();
        std::fs::write(outside.join("secret.env"), format!("TOKEN={SECRET}\n")).unwrap();
        Setup { dir }
    }

    fn project(&self, relative: &str) -> PathBuf {
        self.dir.path().join("project").join(relative)
    }

    /// Writes `cases/case.yaml`: the spec example naming `policy`.
    fn case_naming(&self, policy: &str) {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(repo.join("cases/buyer.1b-spec-example.yaml"))
            .unwrap()
            .replacen("policy: mexc", &format!("policy: {policy}"), 1);
        std::fs::write(self.project("cases/case.yaml"), text).unwrap();
    }

    fn appeal(&self, args: &[&str]) -> Output {
        Command::cargo_bin("appeal")
            .unwrap()
            .current_dir(self.project(""))
            .env("NO_COLOR", "1")
            .env("APPEAL_TEST_TOKEN", SECRET)
            .args(args)
            .output()
            .unwrap()
    }

    /// `appeal test --junit` on the case: it must be invalid (exit 2), and neither stderr nor
    /// the report may hold the secret. Returns stderr.
    fn refused(&self) -> String {
        let junit = self.dir.path().join("report.xml");
        let output = self.appeal(&["test", "--junit", junit.to_str().unwrap(), "cases/"]);
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(!stderr.contains(SECRET), "{stderr}");
        let xml = std::fs::read_to_string(&junit).unwrap();
        assert!(!xml.contains(SECRET), "{xml}");
        assert!(xml.contains("errors=\"1\""), "{xml}");
        assert!(!xml.contains("root:"), "{xml}");
        // `check` and `judge` refuse it the same way.
        for command in ["check", "judge"] {
            let output = self.appeal(&[command, "cases/case.yaml"]);
            assert_eq!(output.status.code(), Some(2));
            let text = String::from_utf8(output.stderr).unwrap();
            assert!(!text.contains(SECRET), "{text}");
        }
        stderr
    }
}

#[test]
fn an_absolute_path_is_refused_before_it_is_read() {
    let setup = Setup::new();
    setup.case_naming("/etc/passwd");
    insta::assert_snapshot!("absolute", setup.refused());
}

#[test]
fn a_path_out_of_the_project_is_refused_before_it_is_read() {
    let setup = Setup::new();
    setup.case_naming("../../../proc/self/environ");
    insta::assert_snapshot!("proc-environ", setup.refused());
    setup.case_naming("../../outside/secret.toml");
    insta::assert_snapshot!("dot-dot-out", setup.refused());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_project_is_refused() {
    let setup = Setup::new();
    let outside = setup.dir.path().join("outside/secret.toml");
    std::os::unix::fs::symlink(&outside, setup.project("cases/linked.toml")).unwrap();
    setup.case_naming("linked.toml");
    insta::assert_snapshot!("symlink-out", setup.refused());

    // The same link as the project's own policy/mexc.toml: refused for every case that does
    // not name a policy.
    std::fs::remove_file(setup.project("policy/mexc.toml")).unwrap();
    std::os::unix::fs::symlink(&outside, setup.project("policy/mexc.toml")).unwrap();
    setup.case_naming("mexc");
    let stderr = setup.refused();
    assert!(
        stderr.contains("a symbolic link to a file outside the project at `.`"),
        "{stderr}"
    );
    // A link inside the project to a file that is not `.toml` is refused too.
    std::fs::remove_file(setup.project("policy/mexc.toml")).unwrap();
    std::fs::write(setup.project("cases/notes.txt"), format!("{SECRET}\n")).unwrap();
    std::os::unix::fs::symlink(
        setup.project("cases/notes.txt"),
        setup.project("cases/notes.toml"),
    )
    .unwrap();
    setup.case_naming("notes.toml");
    let stderr = setup.refused();
    assert!(stderr.contains("does not end in `.toml`"), "{stderr}");
}

#[test]
fn a_file_that_is_not_toml_is_refused() {
    let setup = Setup::new();
    std::fs::write(setup.project(".env"), format!("TOKEN={SECRET}\n")).unwrap();
    setup.case_naming("../.env");
    insta::assert_snapshot!("not-toml", setup.refused());
}

#[test]
fn a_toml_file_in_the_project_that_is_not_a_policy_is_never_quoted() {
    let setup = Setup::new();
    std::fs::write(
        setup.project("cases/settings.toml"),
        format!("[database]\npassword = \"{SECRET}\"\n"),
    )
    .unwrap();
    setup.case_naming("settings.toml");
    insta::assert_snapshot!("not-a-policy", setup.refused());
}

/// The same file, given on the command line, is used: that is the deliberate way.
#[test]
fn a_file_outside_the_project_is_used_when_given_with_policy() {
    let setup = Setup::new();
    setup.case_naming("mexc");
    let outside = setup.dir.path().join("outside/secret.toml");
    let output = setup.appeal(&[
        "judge",
        "--format",
        "json",
        "--policy",
        outside.to_str().unwrap(),
        "cases/case.yaml",
    ]);
    assert!(output.status.success());
    let ruling: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(ruling["policy"]["file"], outside.to_str().unwrap());
}

/// A file that is not a policy is never quoted, even when given on the command line.
#[test]
fn a_file_that_is_not_a_policy_is_not_quoted_from_the_command_line_either() {
    let setup = Setup::new();
    setup.case_naming("mexc");
    let env = setup.dir.path().join("outside/secret.env");
    for args in [
        vec![
            "judge",
            "--policy",
            env.to_str().unwrap(),
            "cases/case.yaml",
        ],
        vec!["policy", "check", env.to_str().unwrap()],
        vec!["policy", "show", env.to_str().unwrap()],
    ] {
        let output = setup.appeal(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("is not a policy file"), "{stderr}");
        assert!(!stderr.contains(SECRET), "{stderr}");
    }
}
