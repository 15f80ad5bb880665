//! Greek names in Latin letters by ELOT 743, the standard Greek passports follow (a table
//! written here: `deunicode` spells Greek letter by letter, `ευ` as `eu`). The older
//! letter-by-letter spelling (`EUSTATHIOS`) is kept as a second form.

use super::Word;

/// The Latin forms of Greek words: ELOT 743 with `μπ` inside a word as `mp`, the same with it
/// as `b`, and letter by letter.
pub(super) fn forms(words: &[Word]) -> Vec<Vec<Word>> {
    // ELOT 743 writes `ef`, `af` before a voiceless consonant; Greek banks and many passports
    // print `ev`, `av` there too (`EVSTATHIOS`), older ones `eu`, `au`; `γγ` as `ng` or `gg`;
    // `μπ` as `b` or `mp`; `χ` as `ch` or `h` (`HATZIS`). Each combination is a form.
    let mut out: Vec<Vec<Word>> = Vec::new();
    for style in Style::all() {
        let form: Vec<Word> = words
            .iter()
            .map(|w| Word {
                text: elot(&w.text, style),
                abbrev: w.abbrev,
            })
            .collect();
        if !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

/// One way of spelling the letters Greek names are spelt several ways.
#[derive(Clone, Copy)]
struct Style {
    /// `αυ`, `ευ`, `ηυ`: ELOT 743 (`v`/`f` by what follows), always `v`, or letter by letter.
    upsilon: Upsilon,
    /// `γγ` as `gg` rather than `ng`.
    gg: bool,
    /// `μπ` inside a word as `b` rather than `mp`.
    mp_b: bool,
    /// `μπ` at a word's start as `mp` rather than `b`.
    initial_mp: bool,
    /// `χ` as `h` rather than `ch`.
    chi_h: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Upsilon {
    Elot,
    AlwaysV,
    Letter,
}

impl Style {
    fn all() -> Vec<Style> {
        let mut all = Vec::new();
        for upsilon in [Upsilon::Elot, Upsilon::AlwaysV, Upsilon::Letter] {
            for bits in 0..16u8 {
                all.push(Style {
                    upsilon,
                    gg: bits & 1 != 0,
                    mp_b: bits & 2 != 0,
                    initial_mp: bits & 4 != 0,
                    chi_h: bits & 8 != 0,
                });
            }
        }
        all
    }
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

/// A folded Greek word (lower case, no accents) spelt in `style`: ELOT 743 and the spellings
/// banks and older passports print.
fn elot(word: &str, style: Style) -> String {
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
                out.push(match style.upsilon {
                    Upsilon::Letter => 'u',
                    Upsilon::AlwaysV => 'v',
                    Upsilon::Elot if voiced => 'v',
                    Upsilon::Elot => 'f',
                });
                i += 2;
            }
            ('ο', Some('υ')) => {
                out.push_str("ou");
                i += 2;
            }
            ('γ', Some('γ')) => {
                out.push_str(if style.gg { "gg" } else { "ng" });
                i += 2;
            }
            ('γ', Some('ξ')) => {
                out.push_str(if style.gg { "gx" } else { "nx" });
                i += 2;
            }
            ('γ', Some('χ')) => {
                out.push_str(if style.gg { "gch" } else { "nch" });
                i += 2;
            }
            ('μ', Some('π')) => {
                let b = if i == 0 {
                    !style.initial_mp
                } else {
                    style.mp_b
                };
                out.push_str(if b { "b" } else { "mp" });
                i += 2;
            }
            ('χ', _) if style.chi_h => {
                out.push('h');
                i += 1;
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
