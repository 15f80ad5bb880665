//! Thai names in Latin letters by the Royal Thai General System of Transcription (RTGS), which
//! Thai passports and banks start from (a table and syllable reading written here: no crate
//! transcribes Thai, and `deunicode` spells it letter by letter, `สมชาย` → `smchaay`). Tone
//! marks are not written in RTGS; a letter under the silencing mark `์` is not read. Spellings
//! that differ from RTGS only as spellings of one sound (`j`/`ch`, `ee`/`i`, `b`/`p`) are cannot
//! tell, never the same person.

fn is_consonant(c: char) -> bool {
    ('\u{0E01}'..='\u{0E2E}').contains(&c)
}

fn is_lead(c: char) -> bool {
    ('\u{0E40}'..='\u{0E44}').contains(&c)
}

/// Vowel signs written after or over and under a consonant.
fn is_follow(c: char) -> bool {
    matches!(c, '\u{0E30}'..='\u{0E39}' | '\u{0E47}' | '\u{0E45}')
}

fn is_tone(c: char) -> bool {
    ('\u{0E48}'..='\u{0E4B}').contains(&c)
}

const SILENT: char = '\u{0E4C}';

/// A consonant at the start of a syllable and at its end.
fn consonant(c: char) -> (&'static str, &'static str) {
    match c {
        'ก' => ("k", "k"),
        'ข' | 'ฃ' | 'ค' | 'ฅ' | 'ฆ' => ("kh", "k"),
        'ง' => ("ng", "ng"),
        'จ' | 'ฉ' | 'ช' | 'ฌ' => ("ch", "t"),
        'ซ' | 'ศ' | 'ษ' | 'ส' => ("s", "t"),
        'ญ' => ("y", "n"),
        'ฎ' | 'ด' => ("d", "t"),
        'ฏ' | 'ต' => ("t", "t"),
        'ฐ' | 'ฑ' | 'ฒ' | 'ถ' | 'ท' | 'ธ' => ("th", "t"),
        'ณ' | 'น' => ("n", "n"),
        'บ' => ("b", "p"),
        'ป' => ("p", "p"),
        'ผ' | 'พ' | 'ภ' => ("ph", "p"),
        'ฝ' | 'ฟ' => ("f", "p"),
        'ม' => ("m", "m"),
        'ย' => ("y", "i"),
        'ร' => ("r", "n"),
        'ล' | 'ฬ' => ("l", "n"),
        'ว' => ("w", "o"),
        'ห' | 'ฮ' => ("h", ""),
        'อ' => ("", ""),
        _ => ("", ""),
    }
}

/// A Thai word in RTGS.
pub(super) fn rtgs(word: &str) -> String {
    let chars: Vec<char> = word.chars().filter(|c| !is_tone(*c)).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let lead = chars.get(i).copied().filter(|c| is_lead(*c));
        if lead.is_some() {
            i += 1;
        }
        let Some(&first) = chars.get(i).filter(|c| is_consonant(**c)) else {
            i += 1;
            continue;
        };
        i += 1;
        if let Some(end) = silenced(&chars, i) {
            i = end;
            continue;
        }
        let mut initial = consonant(first).0.to_string();
        // A silent ห or อ before a sonorant (`หญิง`, `อย่า`), or a cluster with ร ล ว.
        if let Some(&next) = chars.get(i)
            && is_consonant(next)
            && starts_syllable(&chars, i + 1, lead.is_some())
        {
            if (first == 'ห' && "งญนมยรลว".contains(next)) || (first == 'อ' && next == 'ย')
            {
                initial = consonant(next).0.to_string();
                i += 1;
            } else if "รลว".contains(next) && "กขคตปผพ".contains(first) {
                initial.push_str(consonant(next).0);
                i += 1;
            }
        }
        out.push_str(&initial);
        let (vowel, closed) = vowel(&chars, &mut i, lead);
        out.push_str(vowel);
        if closed {
            continue;
        }
        if let Some(&c) = chars.get(i)
            && is_consonant(c)
            && !starts_syllable(&chars, i + 1, false)
        {
            i += 1;
            if chars.get(i) == Some(&SILENT) {
                i += 1;
            } else {
                out.push_str(consonant(c).1);
            }
        }
    }
    out
}

/// Where the signs after a consonant end when they include the silencing mark `์` (the
/// consonant and its vowel sign are not read, `ดิ์`); `None` when they do not.
fn silenced(chars: &[char], from: usize) -> Option<usize> {
    // A consonant before one under the karan is silent with it (`จันทร์` is `chan`,
    // `กาญจน์` is `kan`).
    if chars.get(from).is_some_and(|c| is_consonant(*c)) && chars.get(from + 1) == Some(&SILENT) {
        return Some(from + 2);
    }
    let mut at = from;
    while chars.get(at).is_some_and(|c| is_follow(*c)) {
        at += 1;
    }
    (chars.get(at) == Some(&SILENT)).then_some(at + 1)
}

/// Whether a consonant followed by `chars[at..]` begins a syllable of its own: a vowel sign
/// follows it.
fn starts_syllable(chars: &[char], at: usize, lead: bool) -> bool {
    chars.get(at).is_some_and(|c| is_follow(*c)) || (lead && chars.get(at).is_none())
}

/// The vowels written with signs: the lead vowel before the initial (or none), the signs after
/// it (each place a set of signs that may stand there), the RTGS spelling, and whether the vowel
/// closes the syllable (`ำ`, `ใ`, `ไ`). The first row that matches counts: longer forms first.
const WRITTEN_VOWELS: &[(Option<char>, &[&str], &str, bool)] = &[
    (Some('เ'), &["ี", "ย"], "ia", false),
    (Some('เ'), &["ื", "อ"], "uea", false),
    (Some('เ'), &["า"], "ao", false),
    (Some('เ'), &["ะ็"], "e", false),
    (Some('เ'), &["อ"], "oe", false),
    (Some('เ'), &[], "e", false),
    (Some('แ'), &["ะ็"], "ae", false),
    (Some('แ'), &[], "ae", false),
    (Some('โ'), &["ะ"], "o", false),
    (Some('โ'), &[], "o", false),
    (Some('ใ'), &[], "ai", true),
    (Some('ไ'), &[], "ai", true),
    (None, &["ั", "ว"], "ua", false),
    (None, &["ัะา"], "a", false),
    (None, &["ำ"], "am", true),
    (None, &["ิี"], "i", false),
    (None, &["ื", "อ"], "ue", false),
    (None, &["ึื"], "ue", false),
    (None, &["ุู"], "u", false),
    (None, &["อ"], "o", false),
];

/// The vowel of a syllable whose initial is read, from the lead vowel and the signs after the
/// initial (`chars[*i..]`, which it moves past); `true` when the vowel closes the syllable.
fn vowel(chars: &[char], i: &mut usize, lead: Option<char>) -> (&'static str, bool) {
    let written = WRITTEN_VOWELS.iter().find(|(l, signs, ..)| {
        *l == lead
            && signs
                .iter()
                .enumerate()
                .all(|(k, set)| chars.get(*i + k).is_some_and(|c| set.contains(*c)))
    });
    if let Some((_, signs, rtgs, closes)) = written {
        *i += signs.len();
        return (rtgs, *closes);
    }
    (unwritten_vowel(chars, i), false)
}

/// The vowel of a syllable written without a vowel sign: `ว` between consonants is `ua`; a
/// consonant that closes the syllable makes the unwritten vowel `o`, else it is `a`.
fn unwritten_vowel(chars: &[char], i: &mut usize) -> &'static str {
    match (chars.get(*i).copied(), chars.get(*i + 1).copied()) {
        (Some('ว'), Some(c)) if is_consonant(c) => {
            *i += 1;
            "ua"
        }
        (Some(c), _) if is_consonant(c) && !starts_syllable(chars, *i + 1, false) => "o",
        _ => "a",
    }
}
