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
        out.push_str(&vowel);
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

/// The vowel of a syllable whose initial is read, from the lead vowel and the signs after the
/// initial; `true` when the vowel closes the syllable (`ำ`, `ใ`, `ไ`).
fn vowel(chars: &[char], i: &mut usize, lead: Option<char>) -> (String, bool) {
    let at = |k: usize| chars.get(k).copied();
    let take = |i: &mut usize, n: usize| *i += n;
    if let Some(lead) = lead {
        let v = match (lead, at(*i), at(*i + 1)) {
            ('เ', Some('ี'), Some('ย')) => {
                take(i, 2);
                "ia"
            }
            ('เ', Some('ื'), Some('อ')) => {
                take(i, 2);
                "uea"
            }
            ('เ', Some('า'), _) => {
                take(i, 1);
                "ao"
            }
            ('เ', Some('ะ' | '็'), _) => {
                take(i, 1);
                "e"
            }
            ('เ', Some('อ'), _) => {
                take(i, 1);
                "oe"
            }
            ('เ', _, _) => "e",
            ('แ', Some('ะ' | '็'), _) => {
                take(i, 1);
                "ae"
            }
            ('แ', _, _) => "ae",
            ('โ', Some('ะ'), _) => {
                take(i, 1);
                "o"
            }
            ('โ', _, _) => "o",
            _ => return ("ai".into(), true),
        };
        return (v.into(), false);
    }
    let v = match (at(*i), at(*i + 1)) {
        (Some('ั'), Some('ว')) => {
            take(i, 2);
            "ua"
        }
        (Some('ั' | 'ะ' | 'า'), _) => {
            take(i, 1);
            "a"
        }
        (Some('ำ'), _) => {
            take(i, 1);
            return ("am".into(), true);
        }
        (Some('ิ' | 'ี'), _) => {
            take(i, 1);
            "i"
        }
        (Some('ื'), Some('อ')) => {
            take(i, 2);
            "ue"
        }
        (Some('ึ' | 'ื'), _) => {
            take(i, 1);
            "ue"
        }
        (Some('ุ' | 'ู'), _) => {
            take(i, 1);
            "u"
        }
        (Some('อ'), _) => {
            take(i, 1);
            "o"
        }
        (Some('ว'), Some(c)) if is_consonant(c) => {
            take(i, 1);
            "ua"
        }
        (Some(c), _) if is_consonant(c) && !starts_syllable(chars, *i + 1, false) => "o",
        _ => "a",
    };
    (v.into(), false)
}
