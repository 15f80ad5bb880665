//! Drawing rulings and policies for people and programs.

pub mod human;
pub mod markdown;
mod policy;
pub mod table;

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
