//! Drawing rulings and policies for people and programs.

mod chart;
pub mod explain_json;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
mod markup;
mod policy;
pub mod policy_json;
pub mod table;
pub mod timeline;
pub mod view;

pub use policy::policy_table;
pub use timeline::basis_in_words;

/// `text` broken at spaces into lines of at most `width` columns, the lines after the first
/// indented by `indent` spaces (for a label of that width before the first).
pub(crate) fn wrapped(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut column = indent;
    for word in text.split(' ') {
        let length = word.chars().count();
        if column > indent && column + 1 + length > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        } else if column > indent {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += length;
    }
    out
}

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

/// The edition of the policy a ruling was made under, for its heading: "mexc 2025-05-29, in
/// force from 2025-05-29", then where it was read from and the start of its digest:
/// "(policy/mexc.toml, sha256 5e0f5c4b1a2d)" or "(built-in, sha256 …)", and ", a modified copy
/// of the built-in" for a file that has a built-in policy's id and version but not its text. A
/// copy keeps the id and version of what it copies, so without the file and the mark the two
/// would read the same. The id, the version and the file are set bare only when they are plain
/// tokens, else quoted ([`crate::text::shown::token`]). `shown` escapes the policy's id and version for the output (they come
/// from a file); `from` is the file as it is to be shown (escaped and quoted by the caller),
/// or "built-in" in the reader's language.
/// The policy a ruling was made under, as `test` and `queue` name it for each case: its heading
/// with the file it was read from ([`crate::text::shown::token`]) or `built-in`.
pub fn policy_named(ruling: &crate::model::ruling::Ruling, file: Option<&str>) -> String {
    let words = crate::report::words::english();
    let from = match file {
        Some(file) => crate::text::shown::token(file).into_owned(),
        None => words.word("ruling-built_in"),
    };
    policy_heading(words, ruling, &from, str::to_string)
}

pub(crate) fn policy_heading(
    words: &crate::report::words::Words,
    ruling: &crate::model::ruling::Ruling,
    from: &str,
    shown: impl Fn(&str) -> String,
) -> String {
    let policy = &ruling.policy;
    let sha = &policy.sha256;
    let in_force = policy
        .effective_from
        .map(|day| words.phrase("ruling-policy_in_force", &[("day", &day.to_string())]))
        .unwrap_or_default();
    let copy = if policy.modified_copy {
        words.word("ruling-policy_modified_copy")
    } else {
        String::new()
    };
    // The id and version come from a file: quoted unless plain tokens, so that neither can
    // write a provenance of its own.
    let token = crate::text::shown::token;
    words.phrase(
        "ruling-policy_edition",
        &[
            ("id", &shown(&token(&policy.id))),
            ("version", &shown(&token(&policy.version))),
            ("in_force", &in_force),
            ("from", from),
            ("sha", sha.get(..12).unwrap_or(sha)),
            ("copy", &copy),
        ],
    )
}
