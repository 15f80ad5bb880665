//! Drawing rulings and policies for people and programs.

pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
mod policy;
pub mod table;
pub mod timeline;
pub mod view;

pub use policy::policy_table;

/// What a `--as-of` replay left out, in words: "replay: 1 later entry of the case file left
/// out". `None` when nothing was.
pub(crate) fn replay_note(
    words: &crate::report::words::Words,
    ignored_after_as_of: usize,
) -> Option<String> {
    (ignored_after_as_of > 0).then(|| {
        words.phrase(
            "ruling-replay",
            &[(
                "left_out",
                &words.say(&crate::model::ruling::later_entries(ignored_after_as_of)),
            )],
        )
    })
}

/// The policy a ruling was made under, for its heading: "mexc 2025-05-29", then where it was
/// read from and the start of its digest: "(policy/mexc.toml, sha256 5e0f5c4b1a2d)" or
/// "(built-in, sha256 …)". A copy keeps the id and version of what it copies, so without the
/// file the two would read the same. `shown` escapes the policy's id and version for the output
/// (they come from a file); `from` is the file as it is to be shown (escaped and quoted by the
/// caller), or "built-in" in the reader's language.
pub(crate) fn policy_heading(
    ruling: &crate::model::ruling::Ruling,
    from: &str,
    shown: impl Fn(&str) -> String,
) -> String {
    let sha = &ruling.policy.sha256;
    format!(
        "{} {} ({from}, sha256 {})",
        shown(&ruling.policy.id),
        shown(&ruling.policy.version),
        sha.get(..12).unwrap_or(sha)
    )
}
