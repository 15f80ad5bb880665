//! Drawing rulings and policies for people and programs.

pub mod html;
pub mod human;
pub mod markdown;
mod policy;
pub mod table;
pub mod timeline;

pub use policy::policy_table;

/// What a `--as-of` replay left out, in words: "replay: 1 later entry of the case file left
/// out". `None` when nothing was.
pub(crate) fn replay_note(ignored_after_as_of: usize) -> Option<String> {
    (ignored_after_as_of > 0).then(|| {
        format!(
            "replay: {} left out",
            crate::ruling::later_entries(ignored_after_as_of)
        )
    })
}

/// The policy a ruling was made under, for its heading: "mexc 2025-05-29", and the file it was
/// read from when it is not the built-in one: "mexc 2025-05-29 (my-mexc.toml)". A copy keeps
/// the id and version of what it copies, so without the file the two would read the same.
pub(crate) fn policy_heading(ruling: &crate::ruling::Ruling, policy_file: Option<&str>) -> String {
    let mut heading = format!("{} {}", ruling.policy.id, ruling.policy.version);
    if let Some(file) = policy_file {
        heading.push_str(&format!(" ({file})"));
    }
    heading
}
