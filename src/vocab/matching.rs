//! Comparing what people write: names, account numbers and words in chat and payment remarks.
//!
//! Folding: Unicode compatibility decomposition, combining marks removed, letters that do not
//! decompose mapped to their base (Vietnamese `đ`, Turkish dotless `ı`, `ø`, `ł`, `ß`…), case
//! folded, whitespace collapsed. "Trần Thị B" and "TRAN  THI B" fold to the same text.
//!
//! Person names are not compared here: they are identities, compared in their own script or by
//! the convention their country spells them in Latin letters with (`vocab::identity::names`).
//! Words in chat and remarks are compared in their own script (a policy's terms are written in
//! the script they are looked for in).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` folded for comparison.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        // Nothing to decompose or map: lower-case and collapse whitespace, as below.
        return fold_ascii(text);
    }
    fold_unicode(text)
}

/// [`fold`] of any text.
fn fold_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        push_letter(c, &mut out);
    }
    out
}

/// `c` lower-cased onto `out`, a letter that does not decompose written as its base (Vietnamese
/// `đ`, Turkish dotless `ı`, `ø`, `ł`, `ß`, `æ`, `œ`, `þ`): what folding keeps of a letter once
/// its combining marks are gone.
pub(crate) fn push_letter(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'þ' | 'Þ' => out.push_str("th"),
        _ => out.extend(c.to_lowercase()),
    }
}

/// [`fold`] of ASCII text, which NFKD leaves as it is.
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// An account number without spaces, dashes and dots, upper-cased.
pub fn account_key(account: &str) -> String {
    account
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '‐' | '–'))
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// Whether two account numbers are the same (docs/case-format.md, "account match").
pub fn same_account(a: &str, b: &str) -> bool {
    let (a, b) = (account_key(a), account_key(b));
    !a.is_empty() && a == b
}

/// The folded words of a text: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A policy's list of words and phrases, each kept as written and folded into words once, the
/// first time the list is searched (a policy lists some 200 terms; a case searches a few lists).
#[derive(Debug, Clone)]
pub struct TermList {
    written: Vec<String>,
    folded: std::sync::OnceLock<Vec<Vec<String>>>,
}

/// Two lists are the same when they write the same terms (the folded words follow from them).
impl PartialEq for TermList {
    fn eq(&self, other: &TermList) -> bool {
        self.written == other.written
    }
}

impl Eq for TermList {}

impl TermList {
    /// A list with no terms: nothing is ever found.
    pub const fn empty() -> TermList {
        TermList {
            written: Vec::new(),
            folded: std::sync::OnceLock::new(),
        }
    }

    pub fn new(written: Vec<String>) -> TermList {
        TermList {
            written,
            folded: std::sync::OnceLock::new(),
        }
    }

    /// The terms as the policy writes them.
    pub fn written(&self) -> impl Iterator<Item = &str> {
        self.written.iter().map(String::as_str)
    }

    /// The terms found in `haystack` (the [`words`] of a text) as whole words (a multi-word
    /// term matches as a phrase), in the list's order, each once.
    pub fn found_in(&self, haystack: &[String]) -> Vec<&str> {
        let mut found: Vec<&str> = Vec::new();
        let folded = self
            .folded
            .get_or_init(|| self.written.iter().map(|term| words(term)).collect());
        for (term, needle) in self.written.iter().zip(folded) {
            if needle.is_empty() || needle.len() > haystack.len() {
                continue;
            }
            if haystack
                .windows(needle.len())
                .any(|window| window == needle.as_slice())
                && !found.contains(&term.as_str())
            {
                found.push(term);
            }
        }
        found
    }
}

/// The terms of `list` found in `text` ([`TermList::found_in`] its words).
pub fn find_terms<'t>(text: &str, list: &'t TermList) -> Vec<&'t str> {
    list.found_in(&words(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The ASCII shortcut folds exactly as the Unicode path does.
        #[test]
        fn ascii_folds_as_unicode_does(text in "[ -~\t\n\r\x0b\x0c]{0,40}") {
            proptest::prop_assert_eq!(fold_ascii(&text), fold_unicode(&text));
        }
    }

    #[test]
    fn latin_names_fold_as_before() {
        for (name, folded) in [
            ("Đặng  Văn Lâm", "dang van lam"),
            ("Işık Yılmaz", "isik yilmaz"),
            ("Søren Łukasz", "soren lukasz"),
            ("Straße Æsir Œuvre Þór", "strasse aesir oeuvre thor"),
            ("Ma. Lourdes Dela Cruz", "ma. lourdes dela cruz"),
            ("O'Brien", "o'brien"),
        ] {
            assert_eq!(fold(name), folded);
        }
    }

    #[test]
    fn accounts_match_ignoring_spaces_dashes_and_dots() {
        assert!(same_account("VCB 0123 456 789", "VCB0123456789"));
        assert!(same_account("vcb-0123.456.789", "VCB 0123456789"));
        assert!(!same_account("VCB 0123 456 788", "VCB 0123456789"));
    }

    #[test]
    fn terms_match_whole_words_only() {
        let terms = TermList::new(vec![
            "usdt".to_string(),
            "coin".to_string(),
            "phone number".to_string(),
        ]);
        assert_eq!(find_terms("Payment for USDT order", &terms), vec!["usdt"]);
        assert!(find_terms("bitcoins and coinbase", &terms).is_empty());
        assert_eq!(
            find_terms("send me your Phone   Number", &terms),
            vec!["phone number"]
        );
        assert_eq!(
            find_terms("Đồ ngu", &TermList::new(vec!["đồ ngu".to_string()])),
            vec!["đồ ngu"]
        );
    }
}
