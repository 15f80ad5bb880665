//! Person names compared as identities: the same person, another person, or cannot tell.
//!
//! **Within one script** a name is compared in that script. Only what the writing system treats
//! as optional is folded: case; accents of Latin, Greek and Cyrillic letters; Arabic harakat,
//! tatweel and the hamza on alef; Hebrew points. Thai, Devanagari and the other scripts that
//! write vowels and tones as marks keep every mark: `สมชาย` and `สมชัย` are two people.
//!
//! **Across scripts** the other script is spelt in Latin letters as passports and banks of its
//! country do ([`Convention`]), and the spellings are compared as Latin names. Where a
//! convention allows several spellings (Pinyin readings of one character, Greek `μπ` as `b` or
//! `mp`, Korean surnames as banks print them), each is a candidate and the best comparison
//! counts.
//!
//! **Words.** Hyphens, apostrophes, dots and spacing never make another person
//! (`Jean-Pierre` / `JEAN PIERRE` / `JEANPIERRE`, `O'Connor` / `OCONNOR`). The same words in
//! another order are the same person (`Kovács Péter` / `PETER KOVACS`), except around a word
//! that ties the order ([`TIE_WORDS`]: `Ahmad bin Ismail` is the son of `Ismail bin Ahmad`). A
//! word missing or added, an initial for a word, or a spelling that differs only as spellings
//! of one sound do ([`loose`]) is cannot tell: someone must verify who holds the account.

mod arabic;
mod greek;
mod hangul;
mod kana;
mod thai;

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Identity;

/// Two names compared: the outcome and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameComparison {
    pub outcome: Identity,
    /// The names as written.
    pub written: [String; 2],
    /// The forms compared, per name: its words as compared (space-separated), one entry per
    /// candidate spelling, the one that decided first.
    pub forms: [Vec<String>; 2],
    pub convention: Convention,
    pub reason: Reason,
}

/// A writing system a name is written in, found from its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    /// Chinese characters without kana.
    Han,
    /// Japanese: kana, with or without kanji.
    Kana,
    Hangul,
    Arabic,
    Hebrew,
    Thai,
    Devanagari,
    /// Any other script: compared in it, never transliterated.
    Other,
}

impl Script {
    pub fn code(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Greek => "greek",
            Script::Cyrillic => "cyrillic",
            Script::Han => "han",
            Script::Kana => "japanese",
            Script::Hangul => "hangul",
            Script::Arabic => "arabic",
            Script::Hebrew => "hebrew",
            Script::Thai => "thai",
            Script::Devanagari => "devanagari",
            Script::Other => "other",
        }
    }

    fn of_char(c: char) -> Option<Script> {
        let script = match c as u32 {
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
                Script::Cyrillic
            }
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F => Script::Devanagari,
            0x0E00..=0x0E7F => Script::Thai,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
            _ if c.is_alphabetic() && (c.is_ascii() || (c as u32) < 0x0370) => Script::Latin,
            0x1E00..=0x1EFF => Script::Latin,
            _ if c.is_alphabetic() => Script::Other,
            _ => return None,
        };
        Some(script)
    }

    /// The script of a name: the one most of its letters are in (kana anywhere makes it
    /// Japanese; a name with no letters is Latin).
    pub fn of(name: &str) -> Script {
        let mut counts: Vec<(Script, usize)> = Vec::new();
        for script in name.chars().filter_map(Script::of_char) {
            if script == Script::Kana {
                return Script::Kana;
            }
            match counts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, n)) => *n += 1,
                None => counts.push((script, 1)),
            }
        }
        counts
            .into_iter()
            .max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s)))
            .map_or(Script::Latin, |(s, _)| s)
    }
}

/// How two names were compared: the convention a script is spelt in Latin letters by, or the
/// comparison within one script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Convention {
    /// Two Latin names: case and accents folded.
    LatinFold,
    /// Greek by ELOT 743 (Greek passports), with the older letter-by-letter spelling.
    GreekElot743,
    /// Chinese by Hanyu Pinyin, every reading of each character, syllables joined or apart.
    HanyuPinyin,
    /// Chinese characters against a Latin name that is not Pinyin (a Japanese reading of
    /// kanji): the characters' reading is not known.
    HanUnread,
    /// Cyrillic by ICAO 9303 (passports since 2013), with the older spellings.
    Icao9303Cyrillic,
    /// Arabic as banks print it: a table of common names, else the consonants.
    ArabicBankLatin,
    /// Thai by the Royal Thai General System.
    ThaiRtgs,
    /// Korean by the Revised Romanization, with the surnames as banks print them.
    KoreanRr,
    /// Japanese kana by Hepburn, long vowels written or not.
    JapaneseHepburn,
    /// Devanagari against Latin: the letters' readings, without a fixed spelling.
    DevanagariLatin,
    /// Hebrew against Latin: the letters' readings, without a fixed spelling.
    HebrewLatin,
    /// Two names in one non-Latin script, compared in it.
    SameScript(Script),
    /// Two non-Latin scripts: each spelt in Latin letters.
    AcrossScripts(Script, Script),
}

impl Convention {
    /// The stable code of the convention, as the ruling shows it.
    pub fn code(self) -> String {
        match self {
            Convention::LatinFold => "latin-fold".into(),
            Convention::GreekElot743 => "greek-elot-743".into(),
            Convention::HanyuPinyin => "hanyu-pinyin".into(),
            Convention::HanUnread => "han-unread".into(),
            Convention::Icao9303Cyrillic => "icao-9303-cyrillic".into(),
            Convention::ArabicBankLatin => "arabic-bank-latin".into(),
            Convention::ThaiRtgs => "thai-rtgs".into(),
            Convention::KoreanRr => "korean-rr".into(),
            Convention::JapaneseHepburn => "japanese-hepburn".into(),
            Convention::DevanagariLatin => "devanagari-latin".into(),
            Convention::HebrewLatin => "hebrew-latin".into(),
            Convention::SameScript(script) => format!("same-script:{}", script.code()),
            Convention::AcrossScripts(a, b) => format!("across:{}:{}", a.code(), b.code()),
        }
    }

    /// Whether a spelling under this convention can only suggest, never show, the same
    /// person: the script writes no fixed Latin spelling (consonants only, inherent vowels).
    fn suggests_only(self) -> bool {
        matches!(
            self,
            Convention::DevanagariLatin | Convention::HebrewLatin | Convention::AcrossScripts(..)
        )
    }
}

/// Why the outcome is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// Written alike.
    Exact,
    /// Alike once case, accents and the script's optional marks are folded.
    Folded,
    /// Alike but for hyphens, apostrophes, dots and spacing.
    Punctuation,
    /// The other script's spelling under the convention.
    Transliterated,
    /// The same words in another order.
    Reordered,
    /// A word of one name is not in the other.
    WordMissing,
    /// An initial or an abbreviation for a word.
    Initial,
    /// Spellings that differ only as spellings of one sound do.
    SpellingVariant,
    /// The other script's reading is not known (Japanese kanji).
    Unreadable,
    /// A name is empty.
    Empty,
    /// A name is longer than any person's name ([`MOST_CHARS`], [`MOST_WORDS`]): not compared.
    TooLong,
    /// The same words, but a word that ties the order stands between other words.
    TieWordOrder,
    /// A word of one name matches no word of the other.
    DifferentWord,
    /// A name mixes scripts (`EVSTATHIOS Παπαδόπουλος`): it is compared in the script most of
    /// its letters are in, so words that differ may be one word spelt in two scripts.
    MixedScripts,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Exact => "exact",
            Reason::Folded => "folded",
            Reason::Punctuation => "punctuation",
            Reason::Transliterated => "transliterated",
            Reason::Reordered => "reordered",
            Reason::WordMissing => "word_missing",
            Reason::Initial => "initial",
            Reason::SpellingVariant => "spelling_variant",
            Reason::Unreadable => "unreadable",
            Reason::Empty => "empty",
            Reason::TooLong => "too_long",
            Reason::TieWordOrder => "tie_word_order",
            Reason::DifferentWord => "different_word",
            Reason::MixedScripts => "mixed_scripts",
        }
    }
}

/// Words that tie the order of the words around them: patronymic and kinship particles. The
/// word before and the word after keep their places (`Ahmad bin Ismail` ≠ `Ismail bin Ahmad`).
/// Malay and Arabic `bin`/`ibn`, `binti`/`bint`/`bte`/`bt` (son, daughter of), Arabic `abu`,
/// `umm` (father, mother of), Hebrew `ben`, `bat`, Welsh `ap`, `ferch`, Malaysian and Indian
/// `a/l`, `a/p`, `s/o`, `d/o`, Kazakh and Kyrgyz `uly`, `kyzy`, Azerbaijani `oglu`, `qizi`.
/// Written variants of one word are one word (`ibn` = `bin`, `bte` = `binti`); `mac`, `van`,
/// `de` are parts of a surname and do not tie.
pub const TIE_WORDS: &[&str] = &[
    "bin", "binti", "abu", "umm", "ben", "bat", "ap", "ferch", "a/l", "a/p", "s/o", "d/o", "uly",
    "kyzy", "oglu", "qizi",
];

/// The tie word a folded word is a spelling of.
fn tie_word(word: &str) -> Option<&'static str> {
    let canonical = match word {
        // A lone `b` is far more often an initial (`John B. Smith`, `Tran Thi B`) than `bin`.
        "ibn" => "bin",
        "bint" | "bte" | "bt" | "bti" => "binti",
        "ogly" | "ogli" => "oglu",
        "gizi" | "kizi" => "qizi",
        "verch" => "ferch",
        "kyzy" | "qyzy" => "kyzy",
        "uli" | "uuly" => "uly",
        other => other,
    };
    TIE_WORDS.iter().copied().find(|t| *t == canonical)
}

/// One word of a name as compared.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    text: String,
    /// Written as an abbreviation (`A.`, `Ma.`) or a single letter.
    abbrev: bool,
}

/// The most characters a name is compared on: a longer text is no person's name, and the
/// comparison stays bounded whatever a file holds.
pub const MOST_CHARS: usize = 512;

/// The most words a name is compared on (after splitting at hyphens, dots and spaces).
pub const MOST_WORDS: usize = 32;

/// Whether `a` and `b` name the same person.
pub fn compare(a: &str, b: &str) -> NameComparison {
    let written = [a.to_string(), b.to_string()];
    let (sa, sb) = (Script::of(a), Script::of(b));
    if [a, b].iter().any(|n| n.chars().nth(MOST_CHARS).is_some()) {
        let forms = [Vec::new(), Vec::new()];
        return cannot_tell(written, forms, convention(sa, sb), Reason::TooLong);
    }
    let convention = reading_convention([a, b], sa, sb);
    let readings = [read(a, sa, sb), read(b, sb, sa)];
    let mut forms = [spelt(&readings[0]), spelt(&readings[1])];
    if readings
        .iter()
        .flatten()
        .any(|words| words.len() > MOST_WORDS)
    {
        return cannot_tell(written, forms, convention, Reason::TooLong);
    }
    if readings.iter().any(|r| r.iter().all(Vec::is_empty)) {
        return cannot_tell(written, forms, convention, Reason::Empty);
    }
    if convention == Convention::HanUnread {
        return cannot_tell(written, forms, convention, Reason::Unreadable);
    }
    let (outcome, reason, i, j) = best_readings(&readings, convention);
    forms[0].swap(0, i);
    forms[1].swap(0, j);
    let (outcome, reason) = settle(outcome, reason, [a, b], sa != sb, convention);
    NameComparison {
        outcome,
        written,
        forms,
        convention,
        reason,
    }
}

/// The convention names of scripts `sa` and `sb` are compared by, or [`Convention::HanUnread`]
/// when one is in Chinese characters that cannot be read against the other: a Latin name that
/// is not Pinyin, or kanji in a Japanese name.
fn reading_convention([a, b]: [&str; 2], sa: Script, sb: Script) -> Convention {
    let convention = convention(sa, sb);
    let latin_side = if sa == Script::Latin { a } else { b };
    let han_unread = (convention == Convention::HanyuPinyin && !is_pinyin(latin_side))
        || (convention == Convention::JapaneseHepburn
            && [a, b]
                .iter()
                .any(|n| n.chars().any(|c| Script::of_char(c) == Some(Script::Han))));
    if han_unread {
        Convention::HanUnread
    } else {
        convention
    }
}

/// Each candidate reading of a name as its words compared, space-separated.
fn spelt(readings: &[Vec<Word>]) -> Vec<String> {
    readings
        .iter()
        .map(|words| {
            words
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The best comparison of any candidate reading of the first name with any of the second:
/// its outcome, its reason, and which reading of each it compared (the first best wins).
fn best_readings(
    readings: &[Vec<Vec<Word>>; 2],
    convention: Convention,
) -> (Identity, Reason, usize, usize) {
    let loose_of = |w: &str| loose(w, convention);
    let mut best: Option<(Identity, Reason, usize, usize)> = None;
    for (i, ra) in readings[0].iter().enumerate() {
        for (j, rb) in readings[1].iter().enumerate() {
            let (outcome, reason) = compare_words(ra, rb, &loose_of);
            if best.is_none_or(|(o, r, _, _)| (rank(outcome), reason) < (rank(o), r)) {
                best = Some((outcome, reason, i, j));
            }
        }
    }
    best.unwrap_or((Identity::CannotTell, Reason::Empty, 0, 0))
}

/// The best comparison's outcome and reason as the names' scripts make them: a spelling in
/// another script is transliterated, and only suggests where the convention has no fixed
/// spelling; a name that mixes scripts is never another person.
fn settle(
    mut outcome: Identity,
    mut reason: Reason,
    [a, b]: [&str; 2],
    across: bool,
    convention: Convention,
) -> (Identity, Reason) {
    if across {
        if matches!(reason, Reason::Exact | Reason::Folded | Reason::Punctuation) {
            reason = Reason::Transliterated;
        }
        if convention.suggests_only() && outcome == Identity::Same {
            outcome = Identity::CannotTell;
            reason = Reason::SpellingVariant;
        }
    } else if reason == Reason::Exact && a.trim() != b.trim() {
        reason = if punctuation_only(a, b) {
            Reason::Punctuation
        } else {
            Reason::Folded
        };
    }
    if outcome == Identity::Different && (mixes_scripts(a) || mixes_scripts(b)) {
        outcome = Identity::CannotTell;
        reason = Reason::MixedScripts;
    }
    (outcome, reason)
}

/// Whether a name's letters are in more than one script (kanji among kana is Japanese, one
/// script; combining marks belong to the letter they sit on).
fn mixes_scripts(name: &str) -> bool {
    let mut scripts: Vec<Script> = name
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .filter_map(Script::of_char)
        .collect();
    if scripts.contains(&Script::Kana) {
        scripts.retain(|s| *s != Script::Han);
    }
    scripts.sort_unstable();
    scripts.dedup();
    scripts.len() > 1
}

/// Two names compared no further: cannot tell, never either outcome, for `reason`.
fn cannot_tell(
    written: [String; 2],
    forms: [Vec<String>; 2],
    convention: Convention,
    reason: Reason,
) -> NameComparison {
    NameComparison {
        outcome: Identity::CannotTell,
        written,
        forms,
        convention,
        reason,
    }
}

/// How close an outcome is to the same person: the best of several candidate spellings counts.
fn rank(outcome: Identity) -> u8 {
    match outcome {
        Identity::Same => 0,
        Identity::CannotTell => 1,
        Identity::Different => 2,
    }
}

/// Whether two names written alike once folded differ in their punctuation or spacing (else
/// in case or accents).
fn punctuation_only(a: &str, b: &str) -> bool {
    let marks = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
            .collect()
    };
    marks(a) != marks(b) || a.split_whitespace().count() != b.split_whitespace().count()
}

/// The convention two names of these scripts are compared by.
fn convention(a: Script, b: Script) -> Convention {
    if a == b {
        return if a == Script::Latin {
            Convention::LatinFold
        } else {
            Convention::SameScript(a)
        };
    }
    let other = match (a, b) {
        (Script::Latin, other) | (other, Script::Latin) => other,
        _ => return Convention::AcrossScripts(a.min(b), a.max(b)),
    };
    match other {
        Script::Greek => Convention::GreekElot743,
        Script::Cyrillic => Convention::Icao9303Cyrillic,
        Script::Han => Convention::HanyuPinyin,
        Script::Kana => Convention::JapaneseHepburn,
        Script::Hangul => Convention::KoreanRr,
        Script::Arabic => Convention::ArabicBankLatin,
        Script::Thai => Convention::ThaiRtgs,
        Script::Devanagari => Convention::DevanagariLatin,
        Script::Hebrew => Convention::HebrewLatin,
        Script::Latin | Script::Other => Convention::AcrossScripts(a.min(b), a.max(b)),
    }
}

/// The candidate word lists of a name in script `own`, read for comparison with a name in
/// script `other`: its own words when the scripts are one, else its Latin spellings.
fn read(name: &str, own: Script, other: Script) -> Vec<Vec<Word>> {
    let words = split_words(name, own);
    if own == other {
        if own == Script::Cyrillic {
            // Russian writes `ё` as `е` at will: within the script they are one letter.
            return vec![respell(&words, |w| w.replace('ё', "е"))];
        }
        return vec![words];
    }
    if own == Script::Latin {
        return vec![latin_for(words, other)];
    }
    let mut forms: Vec<Vec<Word>> = match own {
        Script::Greek => greek::forms(&words),
        Script::Cyrillic => cyrillic_forms(&words),
        Script::Han => han_forms(&words),
        Script::Kana => vec![respell(&words, |w| kana::key(&kana::hepburn(w)))],
        Script::Hangul => hangul::forms(&words),
        Script::Arabic => vec![arabic::read(&words)],
        Script::Thai => vec![respell(&words, thai::rtgs)],
        _ => vec![respell(&words, |w| latin_letters(&deunicode::deunicode(w)))],
    };
    for form in &mut forms {
        *form = split_words(
            &form
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            Script::Latin,
        );
    }
    forms.dedup();
    forms
}

/// The words of a Latin name as the convention of `other` spells them (Japanese long vowels,
/// Korean surnames, Arabic names as one spelling).
fn latin_for(words: Vec<Word>, other: Script) -> Vec<Word> {
    match other {
        Script::Kana => respell(&words, kana::key),
        Script::Hangul => respell(&words, |w| hangul::surname(w).unwrap_or(w).to_string()),
        Script::Arabic => arabic::latin(&words),
        _ => words,
    }
}

/// Each word spelt by `spell`, its abbreviation kept.
fn respell(words: &[Word], spell: impl Fn(&str) -> String) -> Vec<Word> {
    words
        .iter()
        .map(|w| Word {
            text: spell(&w.text),
            abbrev: w.abbrev,
        })
        .collect()
}

/// Only the Latin letters and digits of a transliteration, lower-cased.
fn latin_letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `text` folded as its script allows: case; accents of Latin, Greek and Cyrillic letters;
/// Arabic harakat, tatweel and the hamza on alef; Hebrew points. Other scripts keep every mark.
fn fold_in(text: &str, script: Script) -> String {
    let drops_marks = matches!(
        script,
        Script::Latin | Script::Greek | Script::Cyrillic | Script::Arabic | Script::Hebrew
    );
    if script == Script::Kana {
        // Hiragana and katakana write the same sounds.
        return text
            .nfc()
            .map(|c| match c as u32 {
                0x30A1..=0x30F6 => char::from_u32(c as u32 - 0x60).unwrap_or(c),
                _ => c,
            })
            .collect();
    }
    if !drops_marks {
        return text.nfc().flat_map(char::to_lowercase).collect();
    }
    let mut out = String::with_capacity(text.len());
    let decomposed = text.nfc().flat_map(|c| match c {
        // Letters of their own, not accented letters: kept whole (`ё` is `e` by ICAO 9303
        // but `yo` in the older spelling: `Фёдор` is `FEDOR` or `FYODOR`).
        'й' | 'Й' | 'ї' | 'Ї' | 'ў' | 'Ў' | 'ё' | 'Ё' => vec![c],
        _ => std::iter::once(c).nfkd().collect(),
    });
    for c in decomposed {
        if is_combining_mark(c) || c == '\u{0640}' {
            continue;
        }
        match c {
            // Final sigma is the same letter as sigma.
            'ς' => out.push('σ'),
            _ => crate::vocab::matching::push_letter(c, &mut out),
        }
    }
    out
}

/// The folded words of a name: split at spaces, hyphens, slashes, commas and dots (a word
/// before a dot is an abbreviation); apostrophes join (`O'Connor` is `oconnor`).
fn split_words(name: &str, script: Script) -> Vec<Word> {
    let folded = fold_in(name, script);
    let mut words = Vec::new();
    for token in folded.split_whitespace() {
        let bare = token.trim_end_matches('.');
        if matches!(bare, "a/l" | "a/p" | "s/o" | "d/o") {
            words.push(Word {
                text: bare.to_string(),
                abbrev: false,
            });
            continue;
        }
        let mut word = String::new();
        for c in token.chars() {
            match c {
                '\'' | '’' | 'ʼ' | '`' | 'ʻ' | '‘' | '´' => {}
                '.' => end_word(&mut words, &mut word, true),
                '-' | '‐' | '‑' | '–' | '—' | '־' | '/' | ',' | '·' | '_' | '(' | ')' => {
                    end_word(&mut words, &mut word, false)
                }
                _ if c.is_alphanumeric() || is_combining_mark(c) => word.push(c),
                _ => {}
            }
        }
        end_word(&mut words, &mut word, false);
    }
    words
}

fn end_word(words: &mut Vec<Word>, word: &mut String, dot: bool) {
    if word.is_empty() {
        return;
    }
    let abbrev = dot || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic));
    words.push(Word {
        text: std::mem::take(word),
        abbrev,
    });
}

/// Two lists of words compared: the outcome and why.
fn compare_words(a: &[Word], b: &[Word], loose: &dyn Fn(&str) -> String) -> (Identity, Reason) {
    let ta: Vec<&str> = a.iter().map(|w| w.text.as_str()).collect();
    let tb: Vec<&str> = b.iter().map(|w| w.text.as_str()).collect();
    if ta.is_empty() || tb.is_empty() {
        return (Identity::CannotTell, Reason::Empty);
    }
    if ta == tb {
        return (Identity::Same, Reason::Exact);
    }
    let (ja, jb) = rejoined(&ta, &tb);
    if let Some(outcome) = ties_conflict(&ja, &jb) {
        return (outcome, Reason::TieWordOrder);
    }
    if ja == jb {
        return (Identity::Same, Reason::Punctuation);
    }
    if sorted(&ja) == sorted(&jb) {
        return (Identity::Same, Reason::Reordered);
    }
    let abbrevs: BTreeSet<String> = a
        .iter()
        .chain(b)
        .filter(|w| w.abbrev)
        .map(|w| canonical(&w.text).to_string())
        .collect();
    align(&ja, &jb, &abbrevs, loose)
}

/// The words, tie words written one way.
fn canonical(word: &str) -> &str {
    tie_word(word).unwrap_or(word)
}

fn sorted(words: &[String]) -> Vec<&str> {
    let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
    words.sort_unstable();
    words
}

/// Both lists with tie words written one way, and adjacent words of one list joined where
/// together they are a word of the other (`de hua` / `dehua`, `o connor` / `oconnor`).
fn rejoined(a: &[&str], b: &[&str]) -> (Vec<String>, Vec<String>) {
    let a: Vec<String> = a.iter().map(|w| canonical(w).to_string()).collect();
    let b: Vec<String> = b.iter().map(|w| canonical(w).to_string()).collect();
    let a = join_into(a, &b);
    let b = join_into(b, &a);
    (a, b)
}

/// `words` with runs of adjacent words joined where the joined run is a word of `other` that
/// `words` does not have.
fn join_into(words: Vec<String>, other: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let mut joined = None;
        let mut run = words[i].clone();
        for (j, next) in words.iter().enumerate().skip(i + 1) {
            run.push_str(next);
            if other.contains(&run) && !words.contains(&run) {
                joined = Some((j, run.clone()));
                break;
            }
            if run.len() > 64 {
                break;
            }
        }
        match joined {
            Some((j, run)) => {
                out.push(run);
                i = j + 1;
            }
            None => {
                out.push(words[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// Whether a tie word between two words in one name stands otherwise in the other: between
/// other words there too (another person: `Ahmad bin Ismail` / `Ismail bin Ahmad`), or at an
/// edge of it, where it may be part of a given name (`Abu Bakar Ahmad` / `Ahmad Abu Bakar`,
/// `Ben Ali Smith` / `Smith Ben Ali`): cannot tell.
fn ties_conflict(a: &[String], b: &[String]) -> Option<Identity> {
    if !ties_reordered(a, b) {
        return None;
    }
    let ties_inside = |words: &[String]| {
        words
            .windows(3)
            .filter(|w| tie_word(&w[1]).is_some())
            .map(|w| w[1].clone())
            .collect::<BTreeSet<String>>()
    };
    let (ia, ib) = (ties_inside(a), ties_inside(b));
    if ia.intersection(&ib).next().is_some() {
        Some(Identity::Different)
    } else {
        Some(Identity::CannotTell)
    }
}

/// Whether a tie word stands between two words in one name and between the same two words
/// the other way round, or with others, in the other name.
fn ties_reordered(a: &[String], b: &[String]) -> bool {
    let triples = |words: &[String]| -> Vec<(String, String, String)> {
        words
            .windows(3)
            .filter(|w| tie_word(&w[1]).is_some())
            .map(|w| (w[0].clone(), w[1].clone(), w[2].clone()))
            .collect()
    };
    let conflicts = |x: &[String], y: &[String]| {
        let in_y = triples(y);
        triples(x).into_iter().any(|(p, t, n)| {
            y.contains(&p)
                && y.contains(&t)
                && y.contains(&n)
                && !in_y.contains(&(p.clone(), t.clone(), n.clone()))
        })
    };
    conflicts(a, b) || conflicts(b, a)
}

/// Words matched one to one: exactly, then as initials, then as spellings of one sound. Every
/// word of the shorter name matched: cannot tell (a word missing, an initial, a variant);
/// one left over: another person.
fn align(
    a: &[String],
    b: &[String],
    abbrevs: &BTreeSet<String>,
    loose: &dyn Fn(&str) -> String,
) -> (Identity, Reason) {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut rest: Vec<Option<&str>> = long.iter().map(|w| Some(w.as_str())).collect();
    let mut unmatched: Vec<&str> = Vec::new();
    for word in short {
        match rest.iter_mut().find(|r| **r == Some(word.as_str())) {
            Some(slot) => *slot = None,
            None => unmatched.push(word),
        }
    }
    let mut reason = Reason::WordMissing;
    let initial = |x: &str, y: &str| abbrevs.contains(x) && y.starts_with(x) && y.len() > x.len();
    unmatched.retain(|word| {
        let found = rest
            .iter_mut()
            .find(|r| r.is_some_and(|r| initial(word, r) || initial(r, word)));
        match found {
            Some(slot) => {
                *slot = None;
                reason = Reason::Initial;
                false
            }
            None => true,
        }
    });
    unmatched.retain(|word| {
        let key = loose(word);
        let found = rest.iter_mut().find(|r| r.is_some_and(|r| loose(r) == key));
        match found {
            Some(slot) => {
                *slot = None;
                if reason == Reason::WordMissing {
                    reason = Reason::SpellingVariant;
                }
                false
            }
            None => true,
        }
    });
    if unmatched.is_empty() {
        (Identity::CannotTell, reason)
    } else {
        (Identity::Different, Reason::DifferentWord)
    }
}

/// A word's key for spellings of one sound: letters that spell one sound in some convention
/// written one way (`y`/`i`, `w`/`v`, `ph`/`f`, `c`/`k`, `kh`/`h`, `ou`/`oo`/`u`…), then
/// doubled letters once (`Mohammed`/`Mohamed`, `Yuliya`/`Iuliia`). The conventions of Thai,
/// Korean and Arabic add their own (voiced and voiceless stops, vowels left out).
pub fn loose(word: &str, convention: Convention) -> String {
    if arabic::is_table_name(word) {
        return word.to_string();
    }
    if convention == Convention::LatinFold {
        // Two Latin spellings of one Arabic name (`Muhammad` / `MOHAMMED`, `Ahmed` / `AHMAD`)
        // are two conventions disagreeing: cannot tell, never another person.
        if let Some(name) = arabic::table_spelling(word) {
            return name.to_string();
        }
    }
    let mut key = word.to_string();
    for (from, to) in one_sound_in(convention).iter().chain(ONE_SOUND) {
        key = key.replace(from, to);
    }
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if matches!(
        convention,
        Convention::ArabicBankLatin | Convention::HebrewLatin | Convention::DevanagariLatin
    ) {
        return consonants(&out);
    }
    out
}

/// Spellings of one sound in any convention: each first is written as its second, after the
/// spellings of the names' own convention ([`one_sound_in`]).
const ONE_SOUND: &[(&str, &str)] = &[
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "h"),
    ("th", "t"),
    ("dh", "d"),
    ("x", "ks"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
];

/// Thai names in Latin letters as their holders write them beside RTGS: voiced or voiceless
/// stops, with or without aspiration, long vowels doubled (`Somchai` / `Somjai`, `Suthep` /
/// `Sutep`).
const ONE_SOUND_THAI: &[(&str, &str)] = &[
    ("j", "ch"),
    ("ph", "p"),
    ("th", "t"),
    ("kh", "k"),
    ("b", "p"),
    ("d", "t"),
    ("g", "k"),
    ("ee", "i"),
    ("oo", "o"),
    ("ay", "ai"),
];

/// Korean names as Revised Romanization and as banks print them.
const ONE_SOUND_KOREAN: &[(&str, &str)] = &[
    // `우` is `u` by RR and `woo` as banks print it (`JIWOO`, `MINWOO`).
    ("woo", "u"),
    ("eo", "o"),
    ("eu", "u"),
    ("ae", "e"),
    ("oo", "u"),
    ("ee", "i"),
    ("j", "ch"),
    ("g", "k"),
    ("b", "p"),
    ("d", "t"),
    ("r", "l"),
    ("sh", "s"),
    // `어` printed `u` or `o` by banks (`성` SUNG, `서` SUH/SO): with `우`/`오`, one key.
    ("u", "o"),
];

/// Cyrillic names by ICAO 9303 and by older spellings.
const ONE_SOUND_CYRILLIC: &[(&str, &str)] = &[
    // `щ` as `shch`, `sch` or `sh`; `е` as `ye` at a word's start or after a vowel
    // (`YEVGENIY`, `ANDREYEV`), the English and older spellings.
    ("shch", "sh"),
    ("sch", "sh"),
    ("ye", "e"),
];

/// Japanese names by Hepburn and by Kunrei-shiki, as some Japanese banks and older documents
/// write them.
const ONE_SOUND_JAPANESE: &[(&str, &str)] = &[
    ("sy", "sh"),
    ("zy", "j"),
    ("ty", "ch"),
    ("jy", "j"),
    ("si", "shi"),
    ("ti", "chi"),
    ("tu", "tsu"),
    ("hu", "fu"),
    ("zi", "ji"),
];

/// The spellings of one sound a convention adds to [`ONE_SOUND`], written before it.
fn one_sound_in(convention: Convention) -> &'static [(&'static str, &'static str)] {
    match convention {
        Convention::ThaiRtgs => ONE_SOUND_THAI,
        Convention::KoreanRr => ONE_SOUND_KOREAN,
        Convention::Icao9303Cyrillic => ONE_SOUND_CYRILLIC,
        Convention::JapaneseHepburn => ONE_SOUND_JAPANESE,
        _ => &[],
    }
}

/// The consonants of a Latin word, its first letter kept (scripts that write no short vowels).
fn consonants(word: &str) -> String {
    let mut chars = word.chars();
    let first: String = chars.next().into_iter().collect();
    first + &chars.filter(|c| !"aeiou".contains(*c)).collect::<String>()
}

/// The Latin forms of Cyrillic words: ICAO 9303 (`Юлия` → `iuliia`, `deunicode`'s table, with
/// Kazakh letters as Kazakh passports write them), the older spelling of Russian passports and
/// banks (`yuliya`, `aleksey`), and the Ukrainian national one (`г` → `h`, `и` → `y`).
fn cyrillic_forms(words: &[Word]) -> Vec<Vec<Word>> {
    [
        CyrillicStyle::Icao,
        CyrillicStyle::Older,
        CyrillicStyle::Ukrainian,
    ]
    .into_iter()
    .map(|style| {
        respell(words, |w| {
            w.chars()
                .enumerate()
                .map(|(i, c)| match (style, i) {
                    (CyrillicStyle::Ukrainian, 1..) => ukrainian_inside(c)
                        .map_or_else(|| cyrillic_letter(c, style), str::to_string),
                    _ => cyrillic_letter(c, style),
                })
                .collect::<String>()
        })
    })
    .collect()
}

/// The Ukrainian national spelling (Cabinet of Ministers resolution 55 of 2010, Ukrainian
/// passports) of the letters spelt otherwise inside a word than at its start (`Юлія` →
/// `yuliia`, `Олексій` → `oleksii`).
fn ukrainian_inside(c: char) -> Option<&'static str> {
    Some(match c {
        'я' => "ia",
        'ю' => "iu",
        'є' => "ie",
        'ї' => "i",
        'й' => "i",
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CyrillicStyle {
    Icao,
    Older,
    Ukrainian,
}

fn cyrillic_letter(c: char, style: CyrillicStyle) -> String {
    use CyrillicStyle::*;
    let latin = match (c, style) {
        ('ә', _) => "a",
        ('ғ', _) => "g",
        ('қ', _) => "k",
        ('ң', _) => "n",
        ('ө', _) => "o",
        ('ұ' | 'ү', _) => "u",
        ('һ', _) => "h",
        ('і', _) => "i",
        ('ь' | 'ъ', _) => "",
        ('й', Older) => "y",
        ('й', Ukrainian) => "y",
        ('ю', Older | Ukrainian) => "yu",
        ('я', Older | Ukrainian) => "ya",
        ('ы', _) => "y",
        ('ё', Older) => "yo",
        ('ё', _) => "e",
        ('г', Ukrainian) => "h",
        ('ґ', _) => "g",
        ('и', Ukrainian) => "y",
        ('ї', Ukrainian) => "yi",
        ('ї', _) => "i",
        ('є', Ukrainian) => "ye",
        ('є', _) => "ie",
        _ => return latin_letters(deunicode::deunicode_char(c).unwrap_or("")),
    };
    latin.to_string()
}

/// Compound Chinese surnames: two characters, the rest the given name.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "公孙",
    "公孫", "慕容", "司徒", "夏侯", "尉迟", "尉遲", "长孙", "長孫", "宇文", "轩辕", "軒轅", "端木",
];

/// At most this many spellings of one Chinese name are tried (each character's readings
/// multiplied).
const MOST_READINGS: usize = 32;

/// The Hanyu Pinyin forms of a Chinese name: surname, then the given name's syllables joined
/// (`刘德华` → `liu dehua`), one form per combination of the characters' readings (the
/// `pinyin` crate's heteronyms: `单` is `shan` or `dan`). Words the name writes apart stay apart.
fn han_forms(words: &[Word]) -> Vec<Vec<Word>> {
    let text: String = words.iter().map(|w| w.text.as_str()).collect();
    let chars: Vec<char> = text.chars().collect();
    let split = if words.len() > 1 {
        words[0].text.chars().count()
    } else if chars.len() > 2 && COMPOUND_SURNAMES.iter().any(|s| text.starts_with(s)) {
        2
    } else {
        1.min(chars.len())
    };
    let readings: Vec<Vec<String>> = chars.iter().map(|c| pinyin_readings(*c)).collect();
    reading_combinations(&readings)
        .into_iter()
        .map(|syllables| {
            let surname: String = syllables[..split].concat();
            let given: String = syllables[split..].concat();
            [surname, given]
                .into_iter()
                .filter(|w| !w.is_empty())
                .map(|text| Word {
                    text,
                    abbrev: false,
                })
                .collect()
        })
        .collect()
}

/// Every Pinyin reading of one character, sorted, without tones; `ü` as passports print it
/// (`LYU`, since 2012), as `v` and as `u` (`LV`, `LU`). A character the `pinyin` crate does not
/// know is read by `deunicode`.
fn pinyin_readings(c: char) -> Vec<String> {
    use pinyin::ToPinyinMulti;
    let mut all: Vec<String> = match c.to_pinyin_multi() {
        Some(multi) => multi
            .into_iter()
            .flat_map(|p| {
                let plain = p.plain();
                ["yu", "v", "u"].map(|u| plain.replace('ü', u))
            })
            .collect(),
        None => vec![latin_letters(deunicode::deunicode_char(c).unwrap_or(""))],
    };
    all.dedup();
    all.sort();
    all.dedup();
    all
}

/// The syllables of a name, one reading per character, for each combination of the
/// characters' readings, in order; at most [`MOST_READINGS`] of them.
fn reading_combinations(readings: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut forms: Vec<Vec<String>> = vec![Vec::new()];
    for options in readings {
        let mut next = Vec::new();
        for form in &forms {
            for option in options {
                if next.len() < MOST_READINGS {
                    let mut form = form.clone();
                    form.push(option.clone());
                    next.push(form);
                }
            }
        }
        forms = next;
    }
    forms
}

/// Whether a Latin name could be Hanyu Pinyin: each word a run of Pinyin syllables.
fn is_pinyin(name: &str) -> bool {
    split_words(name, Script::Latin)
        .iter()
        .all(|w| pinyin_syllables(&w.text))
}

fn pinyin_syllables(word: &str) -> bool {
    let n = word.len();
    let mut reach = vec![false; n + 1];
    reach[0] = true;
    for start in 0..n {
        if !reach[start] {
            continue;
        }
        for len in 1..=6.min(n - start) {
            if word.is_char_boundary(start + len)
                && PINYIN.split(' ').any(|s| s == &word[start..start + len])
            {
                reach[start + len] = true;
            }
        }
    }
    reach[n]
}

/// Every syllable of Hanyu Pinyin, without tones.
const PINYIN: &str = "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lyu lue ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nyu nue o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo";
