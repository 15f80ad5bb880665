//! Korean names in Latin letters by the Revised Romanization (a table written here: the
//! syllables are decomposed by Unicode's arithmetic; `deunicode` runs syllables together). A
//! name's first syllable is its surname (two for the compound surnames), and the surname is
//! also compared in the spellings Korean banks and passports print ([`surname`]).

use super::Word;

const INITIALS: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const VOWELS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

const COMPOUND_SURNAMES: [&str; 7] = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"];

/// One Hangul syllable by the Revised Romanization.
fn syllable(c: char) -> Option<String> {
    let index = (c as u32).checked_sub(0xAC00).filter(|i| *i < 11172)? as usize;
    let (l, v, t) = (index / 588, (index % 588) / 28, index % 28);
    Some(format!("{}{}{}", INITIALS[l], VOWELS[v], FINALS[t]))
}

/// A Korean word by the Revised Romanization (syllables written together, as in names).
fn rr(word: &str) -> String {
    word.chars()
        .map(|c| syllable(c).unwrap_or_else(|| deunicode::deunicode_char(c).unwrap_or("").into()))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The Latin form of Korean words: a name written as one word is split into surname and given
/// name.
pub(super) fn forms(words: &[Word]) -> Vec<Vec<Word>> {
    let word = |text: String| Word {
        text,
        abbrev: false,
    };
    if let [only] = words {
        let chars: Vec<char> = only.text.chars().collect();
        if chars.len() >= 2 {
            let two: String = chars.iter().take(2).collect();
            let split = if chars.len() >= 3 && COMPOUND_SURNAMES.contains(&two.as_str()) {
                2
            } else {
                1
            };
            let surname: String = chars[..split].iter().collect();
            let given: String = chars[split..].iter().collect();
            return vec![vec![word(rr(&surname)), word(rr(&given))]];
        }
    }
    vec![words.iter().map(|w| word(rr(&w.text))).collect()]
}

/// The Revised Romanization of a surname written as Korean banks and passports commonly
/// print it (`kim` → `gim`, `lee` → `i`, `park` → `bak`): these are the same surname. A table
/// written here; no crate lists them.
pub(super) fn surname(word: &str) -> Option<&'static str> {
    Some(match word {
        "kim" | "gim" => "gim",
        "lee" | "yi" | "rhee" | "rhie" | "ree" | "i" => "i",
        "park" | "pak" | "bak" | "bahk" => "bak",
        "choi" | "choe" | "chey" => "choe",
        "jung" | "chung" | "jeong" | "joung" => "jeong",
        "kang" | "gang" => "gang",
        "cho" | "jo" | "joe" => "jo",
        "yoon" | "yun" | "youn" => "yun",
        "jang" | "chang" => "jang",
        "lim" | "im" | "rim" | "yim" => "im",
        "oh" | "o" => "o",
        "seo" | "suh" => "seo",
        "shin" | "sin" => "sin",
        "kwon" | "gwon" => "gwon",
        "ahn" | "an" => "an",
        "yoo" | "yu" | "you" => "yu",
        "jeon" | "jun" | "chun" | "chon" => "jeon",
        "ko" | "koh" | "go" => "go",
        "moon" | "mun" => "mun",
        "son" | "sohn" => "son",
        "bae" | "pae" => "bae",
        "baek" | "paik" | "paek" | "baik" => "baek",
        "heo" | "huh" | "hur" => "heo",
        "noh" | "roh" | "no" => "no",
        "kwak" | "gwak" => "gwak",
        "sung" | "seong" => "seong",
        "joo" | "ju" => "ju",
        "woo" | "u" => "u",
        "koo" | "ku" | "gu" => "gu",
        "jin" | "chin" => "jin",
        "shim" | "sim" => "sim",
        _ => return None,
    })
}
