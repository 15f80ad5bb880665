//! Greek names in Latin letters by ELOT 743, the standard Greek passports follow (a table
//! written here: `deunicode` spells Greek letter by letter, `ευ` as `eu`). The older
//! letter-by-letter spelling (`EUSTATHIOS`) is kept as a second form.

use super::Word;

/// The Latin forms of Greek words: ELOT 743 with `μπ` inside a word as `mp`, the same with it
/// as `b`, and letter by letter.
pub(super) fn forms(words: &[Word]) -> Vec<Vec<Word>> {
    // ELOT 743 writes `ef`, `af` before a voiceless consonant; Greek banks and many passports
    // print `ev`, `av` there too (`EVSTATHIOS`): both are the same name.
    let spell = |f: &dyn Fn(&str) -> String| -> Vec<Word> {
        words
            .iter()
            .map(|w| Word {
                text: f(&w.text),
                abbrev: w.abbrev,
            })
            .collect()
    };
    vec![
        spell(&|w| elot(w, "mp")),
        spell(&|w| elot(w, "b")),
        spell(&|w| elot(w, "mp").replace("ef", "ev").replace("af", "av")),
        spell(&letter_by_letter),
    ]
}

fn is_vowel(c: char) -> bool {
    "αεηιουω".contains(c)
}

/// Consonants before which `αυ`, `ευ`, `ηυ` are `av`, `ev`, `iv` (with the vowels).
fn is_voiced(c: char) -> bool {
    "βγδζλμνρ".contains(c)
}

fn letter(c: char) -> &'static str {
    match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => "",
    }
}

/// A folded Greek word (lower case, no accents) by ELOT 743; `mp_inside` is how `μπ` is
/// written inside a word.
fn elot(word: &str, mp_inside: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        let after = chars.get(i + 2).copied();
        match (c, next) {
            ('α' | 'ε' | 'η', Some('υ')) => {
                out.push_str(letter(c));
                let voiced = after.is_some_and(|a| is_vowel(a) || is_voiced(a));
                out.push(if voiced { 'v' } else { 'f' });
                i += 2;
            }
            ('ο', Some('υ')) => {
                out.push_str("ou");
                i += 2;
            }
            ('γ', Some('γ')) => {
                out.push_str("ng");
                i += 2;
            }
            ('γ', Some('ξ')) => {
                out.push_str("nx");
                i += 2;
            }
            ('γ', Some('χ')) => {
                out.push_str("nch");
                i += 2;
            }
            ('μ', Some('π')) => {
                out.push_str(if i == 0 { "b" } else { mp_inside });
                i += 2;
            }
            _ => {
                out.push_str(letter(c));
                if !c.is_alphabetic() || letter(c).is_empty() {
                    out.push_str(deunicode::deunicode_char(c).unwrap_or(""));
                }
                i += 1;
            }
        }
    }
    out.to_ascii_lowercase()
}

/// Letter by letter, as Greek passports spelt names before ELOT 743 (`ευ` → `eu`, `β` →
/// `v`, `η` → `i`, `χ` → `ch`).
fn letter_by_letter(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'υ' => "u",
            'β' => "v",
            _ => letter(c),
        })
        .collect()
}
