//! Editions of a policy in force by date, through the binary: a project keeps two editions of
//! `mexc` (the built-in 2025-05-29 one, and a 2025-07-01 one with a band of 5 % instead of
//! 10 %), and each case is judged under the edition in force on the day its order was created,
//! that day taken in the policy's time zone (Asia/Singapore, +08:00).

use std::path::Path;
use std::process::{Command, Output};

use assert_cmd::prelude::*;

/// A sample case whose price is 7.3 % above the reference: inside a 10 % band (released),
/// outside a 5 % one (refund due). Every moment of it is on `day`, at `offset`, between
/// `hour`:00 and `hour + 2`:30.
fn case(day: &str, offset: &str, hour: u32) -> String {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(
        repo.join("cases/buyer.1a-inside-band-silent-seller-released.yaml"),
    )
    .unwrap();
    let text = text.split("\nexpect:").next().unwrap().to_string() + "\n";
    text.replace("price: \"58.30\"", "price: \"62.00\"")
        .replace("amount: 58300", "amount: 62000")
        .replace("2025-06-02T10:", &format!("{day}T{hour:02}:"))
        .replace("2025-06-02T12:", &format!("{day}T{:02}:", hour + 2))
        .replace("+08:00", offset)
}

/// A project with `policy/mexc/` holding the given editions (file name → text).
fn project(editions: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policy/mexc")).unwrap();
    std::fs::create_dir_all(dir.path().join("cases")).unwrap();
    for (name, text) in editions {
        std::fs::write(dir.path().join("policy/mexc").join(name), text).unwrap();
    }
    dir
}

fn appeal(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("appeal")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

/// The built-in policy's text, from `appeal policy export mexc`.
fn builtin() -> String {
    let output = appeal(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["policy", "export", "mexc"],
    );
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8(output.stdout).unwrap()
}

/// The built-in policy as the edition of `day`, with a 5 % band.
fn later_edition(day: &str) -> String {
    let text = builtin();
    for line in [
        "version = \"2025-05-29\"\n",
        "effective_from = \"2025-05-29\"\n",
        "price_band_pct = 10\n",
    ] {
        assert!(text.contains(line), "the built-in policy has no `{line}`");
    }
    text.replace(
        "version = \"2025-05-29\"\n",
        &format!("version = \"{day}\"\n"),
    )
    .replace(
        "effective_from = \"2025-05-29\"\n",
        &format!("effective_from = \"{day}\"\n"),
    )
    .replace("price_band_pct = 10\n", "price_band_pct = 5\n")
}

fn two_editions() -> tempfile::TempDir {
    project(&[
        ("2025-05-29.toml", builtin()),
        ("2025-07-01.toml", later_edition("2025-07-01")),
    ])
}

/// Judges `text` as a case of `dir`; the ruling's JSON.
fn judge(dir: &Path, text: &str) -> serde_json::Value {
    std::fs::write(dir.join("cases/case.yaml"), text).unwrap();
    let output = appeal(dir, &["judge", "--format", "json", "cases/case.yaml"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_edition_in_force_changes_on_its_first_day() {
    let dir = two_editions();
    let last_day = judge(dir.path(), &case("2025-06-30", "+08:00", 10));
    assert_eq!(last_day["policy"]["version"], "2025-05-29");
    assert_eq!(last_day["policy"]["effective_from"], "2025-05-29");
    assert_eq!(last_day["policy"]["file"], "policy/mexc/2025-05-29.toml");
    assert_eq!(last_day["decision"], "release_to_buyer");

    let first_day = judge(dir.path(), &case("2025-07-01", "+08:00", 10));
    assert_eq!(first_day["policy"]["version"], "2025-07-01");
    assert_eq!(first_day["policy"]["effective_from"], "2025-07-01");
    assert_eq!(first_day["policy"]["file"], "policy/mexc/2025-07-01.toml");
    assert_eq!(first_day["decision"], "refund_buyer");

    // The digest a ruling names is the digest of the edition's file.
    let text = std::fs::read(dir.path().join("policy/mexc/2025-07-01.toml")).unwrap();
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(&text)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(first_day["policy"]["sha256"], digest);
}

#[test]
fn the_day_is_the_policy_s_not_the_case_s() {
    let dir = two_editions();
    // 10:00 on 30 June at -08:00 is 02:00 on 1 July in Singapore: the new edition.
    let west = judge(dir.path(), &case("2025-06-30", "-08:00", 10));
    assert_eq!(west["policy"]["version"], "2025-07-01");
    assert_eq!(west["decision"], "refund_buyer");
    // 01:00 on 1 July at +14:00 is 19:00 on 30 June in Singapore: the old edition.
    let east = judge(dir.path(), &case("2025-07-01", "+14:00", 1));
    assert_eq!(east["policy"]["version"], "2025-05-29");
    assert_eq!(east["decision"], "release_to_buyer");
}

#[test]
fn every_format_names_the_edition() {
    let dir = two_editions();
    std::fs::write(
        dir.path().join("cases/case.yaml"),
        case("2025-07-01", "+08:00", 10),
    )
    .unwrap();
    let named = "mexc 2025-07-01, in force from 2025-07-01";
    for format in ["human", "markdown", "html"] {
        let output = appeal(
            dir.path(),
            &["judge", "--format", format, "cases/case.yaml"],
        );
        let out = String::from_utf8(output.stdout).unwrap();
        assert!(out.contains(named), "{format}: {out}");
        assert!(
            out.contains("policy/mexc/2025-07-01.toml"),
            "{format}: {out}"
        );
    }
}

#[test]
fn a_case_from_before_every_edition_is_refused_naming_the_earliest() {
    let dir = two_editions();
    std::fs::write(
        dir.path().join("cases/case.yaml"),
        case("2025-05-28", "+08:00", 10),
    )
    .unwrap();
    let output = appeal(dir.path(), &["judge", "cases/case.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("appeal::policy::no_edition"), "{err}");
    assert!(
        err.contains("no edition of the policy `mexc` was in force on 2025-05-28"),
        "{err}"
    );
    assert!(
        err.contains("mexc 2025-05-29 (policy/mexc/2025-05-29.toml)"),
        "{err}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_project_with_editions_never_falls_back_to_the_built_in() {
    // Only a later edition: a June case would be judged by the built-in 2025-05-29 policy if
    // the project's editions were not the whole of `mexc` for it. It is refused instead.
    let dir = project(&[("2025-07-01.toml", later_edition("2025-07-01"))]);
    std::fs::write(
        dir.path().join("cases/case.yaml"),
        case("2025-06-30", "+08:00", 10),
    )
    .unwrap();
    let output = appeal(dir.path(), &["judge", "cases/case.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("appeal::policy::no_edition"), "{err}");
    assert!(
        err.contains("mexc 2025-07-01 (policy/mexc/2025-07-01.toml)"),
        "{err}"
    );
}

#[test]
fn two_editions_from_one_day_are_refused() {
    let dir = project(&[
        ("2025-05-29.toml", builtin()),
        ("2025-07-01.toml", later_edition("2025-07-01")),
        (
            "2025-07-01-bis.toml",
            later_edition("2025-07-01").replace(
                "version = \"2025-07-01\"\n",
                "version = \"2025-07-01-bis\"\n",
            ),
        ),
    ]);
    let output = appeal(dir.path(), &["policy", "check", "mexc"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("appeal::policy::editions_overlap"), "{err}");
    assert!(
        err.contains("two editions of the policy `mexc` are in force from 2025-07-01"),
        "{err}"
    );
    // Nor is a case judged under them.
    std::fs::write(
        dir.path().join("cases/case.yaml"),
        case("2025-06-30", "+08:00", 10),
    )
    .unwrap();
    let output = appeal(dir.path(), &["judge", "cases/case.yaml"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn policy_show_lists_the_editions_and_diff_takes_a_day() {
    let dir = two_editions();
    let output = appeal(dir.path(), &["policy", "show", "mexc"]);
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("editions of mexc"), "{out}");
    assert!(
        out.contains("from 2025-07-01 mexc 2025-07-01  policy/mexc/2025-07-01.toml"),
        "{out}"
    );
    assert!(
        out.contains("from 2025-05-29 mexc 2025-05-29  policy/mexc/2025-05-29.toml"),
        "{out}"
    );
    let output = appeal(
        dir.path(),
        &["policy", "diff", "mexc@2025-06-30", "mexc@2025-07-01"],
    );
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("price_band_pct"), "{out}");
}
