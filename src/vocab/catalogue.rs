//! The message catalogues as built into the binary (`i18n/LANG/*.ftl`, joined and indexed by
//! `build.rs`), and the English text of a plain message for the layers below the one that words
//! rulings: a policy schema's descriptions and a policy diagnostic's help stay English.
//! Putting a message into a language, with its values, is `report::words`'s.

/// One built-in language: its tag, its catalogue's text and the index of its messages.
pub struct Catalogue {
    pub tag: &'static str,
    text: &'static str,
    /// `(id start, id end, entry start, entry end)` into `text`, sorted by id.
    messages: &'static [(usize, usize, usize, usize)],
    /// `(start, end)` of each term into `text`.
    terms: &'static [(usize, usize)],
    /// `(file name, start, end)` of each `i18n/LANG/*.ftl` file it was joined from.
    files: &'static [(&'static str, usize, usize)],
}

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

impl Catalogue {
    /// The FTL source of message `id`, if this catalogue has it.
    pub fn entry(&self, id: &str) -> Option<&'static str> {
        let found = self
            .messages
            .binary_search_by(|(start, end, _, _)| self.text[*start..*end].cmp(id))
            .ok()?;
        let (_, _, start, end) = self.messages[found];
        Some(&self.text[start..end])
    }

    /// The ids of every message, in order.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.messages
            .iter()
            .map(|(start, end, _, _)| &self.text[*start..*end])
    }

    /// Whether `bytes` are, byte for byte, the built-in file `name` of this language (a
    /// project's unchanged copy of it, which then changes nothing).
    pub fn is_built_in_file(&self, name: &str, bytes: &[u8]) -> bool {
        self.files
            .iter()
            .any(|(file, start, end)| *file == name && self.text.as_bytes()[*start..*end] == *bytes)
    }

    /// The whole catalogue as FTL, for the tests that parse it with Fluent itself.
    pub fn source(&self) -> &'static str {
        self.text
    }

    /// The FTL source of every term, joined.
    pub fn terms_source(&self) -> String {
        self.terms
            .iter()
            .map(|(start, end)| &self.text[*start..*end])
            .collect()
    }
}

/// The built-in catalogue of language `tag`.
pub fn catalogue(tag: &str) -> Option<&'static Catalogue> {
    CATALOGUES.iter().find(|c| c.tag == tag)
}

/// The English text of the plain message `id` (one without values or selectors): its value's
/// lines joined by spaces, comments left out; `id` itself when English has no such message.
pub fn english_plain(id: &str) -> String {
    let Some(entry) = catalogue("en").and_then(|en| en.entry(id)) else {
        return id.to_string();
    };
    let value = entry.split_once('=').map_or(entry, |(_, value)| value);
    value
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_message_reads_as_its_english_text() {
        assert_eq!(
            english_plain("stage-gate"),
            "a gate, checked before any clause"
        );
        assert_eq!(english_plain("no-such-message"), "no-such-message");
    }
}
