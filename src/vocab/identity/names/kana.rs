//! Japanese kana in Latin letters by Hepburn, as Japanese passports print names (a table
//! written here: `deunicode` writes Kunrei-style `si`, `ti`). Passports leave long vowels
//! unmarked or write them `oh`, `ou`, `oo`, `ō`: [`key`] writes every long vowel one way, on both
//! sides. Kanji have no reading without a dictionary: a name with kanji is cannot tell against a
//! Latin one (convention `han-unread`).

/// The hiragana by the rows of the gojūon, each with the Hepburn spelling of its kana in order
/// (`し` `shi`, `ち` `chi`, `つ` `tsu`, `ふ` `fu`, `じ` and `ぢ` both `ji`). Small vowels and the
/// old `ゐ` `ゑ` read as their full vowels, `を` as `o`.
const GOJUON: &[(&str, &[&str])] = &[
    ("あいうえお", &["a", "i", "u", "e", "o"]),
    ("ぁぃぅぇぉ", &["a", "i", "u", "e", "o"]),
    ("ゐゑを", &["i", "e", "o"]),
    ("かきくけこ", &["ka", "ki", "ku", "ke", "ko"]),
    ("さしすせそ", &["sa", "shi", "su", "se", "so"]),
    ("たちつてと", &["ta", "chi", "tsu", "te", "to"]),
    ("なにぬねの", &["na", "ni", "nu", "ne", "no"]),
    ("はひふへほ", &["ha", "hi", "fu", "he", "ho"]),
    ("まみむめも", &["ma", "mi", "mu", "me", "mo"]),
    ("やゆよ", &["ya", "yu", "yo"]),
    ("らりるれろ", &["ra", "ri", "ru", "re", "ro"]),
    ("わん", &["wa", "n"]),
    ("がぎぐげご", &["ga", "gi", "gu", "ge", "go"]),
    ("ざじずぜぞ", &["za", "ji", "zu", "ze", "zo"]),
    ("だぢづでど", &["da", "ji", "zu", "de", "do"]),
    ("ばびぶべぼ", &["ba", "bi", "bu", "be", "bo"]),
    ("ぱぴぷぺぽ", &["pa", "pi", "pu", "pe", "po"]),
    ("ゔ", &["vu"]),
];

/// The Hepburn spelling of one hiragana (a katakana is read as its hiragana).
fn mora(c: char) -> Option<&'static str> {
    let c = match c as u32 {
        0x30A1..=0x30F6 => char::from_u32(c as u32 - 0x60)?,
        _ => c,
    };
    GOJUON.iter().find_map(|(kana, latin)| {
        let at = kana.chars().position(|k| k == c)?;
        latin.get(at).copied()
    })
}

/// A kana word by Hepburn: small `ゃゅょ` join the mora before (`きょ` → `kyo`, `しゃ` → `sha`),
/// small `っ` doubles the next consonant (`tch` before `ch`), `ー` repeats the vowel.
pub(super) fn hepburn(word: &str) -> String {
    let mut out = String::new();
    let mut double = false;
    for c in word.chars() {
        let small = match c {
            'ゃ' | 'ャ' => Some("a"),
            'ゅ' | 'ュ' => Some("u"),
            'ょ' | 'ョ' => Some("o"),
            _ => None,
        };
        if let Some(vowel) = small {
            if out.ends_with("shi") || out.ends_with("chi") || out.ends_with("ji") {
                out.pop();
            } else if out.ends_with('i') {
                out.pop();
                out.push('y');
            }
            out.push_str(vowel);
            continue;
        }
        match c {
            'っ' | 'ッ' => double = true,
            'ー' => {
                if let Some(last) = out.chars().last() {
                    out.push(last);
                }
            }
            _ => {
                let latin = mora(c).unwrap_or("");
                if double && !latin.is_empty() {
                    out.push(if latin.starts_with("ch") {
                        't'
                    } else {
                        latin.as_bytes()[0] as char
                    });
                }
                double = false;
                out.push_str(latin);
            }
        }
    }
    out
}

/// A Latin Japanese word with its long vowels written one way (`ou`, `oo`, `oh` before a
/// consonant, `uu` → `o`, `u`) and `m` before `b`, `p` as `n` (`Namba` / `Nanba`).
pub(super) fn key(word: &str) -> String {
    let mut key = word
        .replace("ou", "o")
        .replace("oo", "o")
        .replace("uu", "u");
    let chars: Vec<char> = key.chars().collect();
    let mut out = String::with_capacity(key.len());
    for (i, c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if *c == 'h' && i > 0 && chars[i - 1] == 'o' && next.is_none_or(|n| !"aeiouy".contains(n)) {
            continue;
        }
        if *c == 'm' && next.is_some_and(|n| n == 'b' || n == 'p') {
            out.push('n');
            continue;
        }
        out.push(*c);
    }
    key = out;
    key
}
