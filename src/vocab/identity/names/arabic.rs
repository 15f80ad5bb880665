//! Arabic names in Latin letters as banks print them. Arabic writes no short vowels, so no
//! letter table gives the one spelling a bank prints: common names are looked up in a table of
//! their usual spellings (written here; no crate lists them), where two listed names are two
//! people (`محمد` is not `MAHMOUD`), and other words are spelt letter by letter and compared by
//! their consonants, which is cannot tell at best.

use super::Word;

/// Common names: the name's one spelling here, the Arabic, and the spellings banks print.
const NAMES: &[(&str, &str, &[&str])] = &[
    (
        "muhammad",
        "محمد",
        &[
            "muhammad", "mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "muhamad",
            "mohd", "muhd",
        ],
    ),
    ("ahmad", "احمد", &["ahmad", "ahmed", "achmad", "ahmet"]),
    ("mahmud", "محمود", &["mahmud", "mahmoud", "mahmood"]),
    ("ali", "علي", &["ali", "aly"]),
    ("hasan", "حسن", &["hasan", "hassan"]),
    (
        "husayn",
        "حسين",
        &[
            "husayn", "hussein", "husein", "hussain", "husain", "hossein", "husin",
        ],
    ),
    (
        "fatima",
        "فاطمة",
        &["fatima", "fatimah", "fatma", "fatemeh", "fatema"],
    ),
    (
        "abdullah",
        "عبدالله",
        &["abdullah", "abdallah", "abdulla", "abdellah"],
    ),
    (
        "abdulrahman",
        "عبدالرحمن",
        &[
            "abdulrahman",
            "abdelrahman",
            "abdurrahman",
            "abdalrahman",
            "abdurahman",
            "abdrahman",
        ],
    ),
    ("umar", "عمر", &["umar", "omar", "omer"]),
    ("uthman", "عثمان", &["uthman", "othman", "osman", "usman"]),
    ("khalid", "خالد", &["khalid", "khaled"]),
    (
        "yusuf",
        "يوسف",
        &["yusuf", "yousef", "youssef", "yousuf", "yusof", "yousif"],
    ),
    ("ibrahim", "ابراهيم", &["ibrahim", "ebrahim", "ibraheem"]),
    (
        "ismail",
        "اسماعيل",
        &["ismail", "ismael", "esmail", "ismaeel"],
    ),
    (
        "aisha",
        "عائشة",
        &["aisha", "aishah", "ayesha", "aysha", "aicha"],
    ),
    ("maryam", "مريم", &["maryam", "mariam", "meryem"]),
    ("zaynab", "زينب", &["zaynab", "zainab", "zeinab"]),
    ("said", "سعيد", &["said", "saeed", "saied", "saeid"]),
    ("karim", "كريم", &["karim", "kareem"]),
    ("nur", "نور", &["nur", "nour", "noor"]),
    ("rashid", "رشيد", &["rashid", "rasheed", "rachid"]),
    (
        "mustafa",
        "مصطفى",
        &["mustafa", "mostafa", "moustafa", "mustapha"],
    ),
    ("yasir", "ياسر", &["yasir", "yasser", "yaser"]),
    ("tariq", "طارق", &["tariq", "tarek", "tarik", "tareq"]),
    ("hamza", "حمزة", &["hamza", "hamzah"]),
    ("salem", "سالم", &["salem", "saalem"]),
    ("salim", "سليم", &["salim", "saleem", "selim"]),
    ("faisal", "فيصل", &["faisal", "faysal", "feisal"]),
    ("nasir", "ناصر", &["nasir", "nasser", "naser"]),
    ("salih", "صالح", &["salih", "saleh"]),
    ("jamal", "جمال", &["jamal", "gamal", "djamal"]),
    ("walid", "وليد", &["walid", "waleed"]),
    ("mansur", "منصور", &["mansur", "mansour", "mansoor"]),
    ("layla", "ليلى", &["layla", "laila", "leila", "leyla"]),
    ("sara", "سارة", &["sara", "sarah"]),
];

/// The table name a Latin spelling is a spelling of (`MOHAMMED` → `muhammad`).
pub(super) fn table_spelling(text: &str) -> Option<&'static str> {
    NAMES
        .iter()
        .find(|(_, _, spellings)| spellings.contains(&text))
        .map(|(name, _, _)| *name)
}

/// Whether a word is one of the table's names (its one spelling here).
pub(super) fn is_table_name(word: &str) -> bool {
    NAMES.iter().any(|(name, _, _)| *name == word)
}

/// The Latin words of a name in Arabic script: `عبد` joined to the name after it, the article
/// `ال` as the word `al`, table names in their one spelling, other words letter by letter.
pub(super) fn read(words: &[Word]) -> Vec<Word> {
    let mut joined: Vec<String> = Vec::new();
    for w in words {
        match joined.last_mut() {
            Some(last) if last == "عبد" && w.text.starts_with("ال") => last.push_str(&w.text),
            _ => joined.push(w.text.clone()),
        }
    }
    let mut out = Vec::new();
    for word in joined {
        let word = word.as_str();
        let word_of = |text: &str| Word {
            text: text.to_string(),
            abbrev: false,
        };
        if let Some((name, _, _)) = NAMES
            .iter()
            .find(|(_, arabic, _)| super::fold_in(arabic, super::Script::Arabic) == word)
        {
            out.push(word_of(name));
            continue;
        }
        match word {
            "بن" | "ابن" => out.push(word_of("bin")),
            "بنت" => out.push(word_of("binti")),
            "ابو" => out.push(word_of("abu")),
            _ => match word
                .strip_prefix("ال")
                .filter(|rest| rest.chars().count() > 1)
            {
                Some(rest) => {
                    out.push(word_of("al"));
                    out.push(word_of(table_name(rest).unwrap_or(&letters(rest))));
                }
                None => out.push(word_of(&letters(word))),
            },
        }
    }
    out
}

/// The table's name for a folded Arabic word.
fn table_name(word: &str) -> Option<&'static str> {
    NAMES
        .iter()
        .find(|(_, arabic, _)| super::fold_in(arabic, super::Script::Arabic) == word)
        .map(|(name, _, _)| *name)
}

/// An Arabic word letter by letter: `ا` `و` `ي` as the vowels they write inside a word.
fn letters(word: &str) -> String {
    let mut out = String::new();
    for (i, c) in word.chars().enumerate() {
        let latin = match c {
            'ا' | 'ى' | 'ة' => "a",
            'ب' => "b",
            'ت' | 'ط' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' | 'ض' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' | 'ظ' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' | 'ک' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' if i == 0 => "w",
            'و' => "u",
            'ي' | 'ی' if i == 0 => "y",
            'ي' | 'ی' => "i",
            'پ' => "p",
            'چ' => "ch",
            'گ' => "g",
            _ => "",
        };
        out.push_str(latin);
    }
    out
}

/// The words of a Latin name compared with an Arabic one: spellings of a table name as its one
/// spelling (`MOHAMED` → `muhammad`, `ABDUL RAHMAN` → `abdulrahman`), `el` as `al`.
pub(super) fn latin(words: &[Word]) -> Vec<Word> {
    let spelling = |text: &str| {
        NAMES
            .iter()
            .find(|(_, _, spellings)| spellings.contains(&text))
            .map(|(name, _, _)| *name)
    };
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut taken = 1;
        let mut text = words[i].text.clone();
        for n in [3, 2] {
            if i + n <= words.len() {
                let run: String = words[i..i + n].iter().map(|w| w.text.as_str()).collect();
                if let Some(name) = spelling(&run) {
                    text = name.to_string();
                    taken = n;
                    break;
                }
            }
        }
        if taken == 1 {
            text = match text.as_str() {
                "el" => "al".to_string(),
                other => spelling(other).map_or(other.to_string(), str::to_string),
            };
        }
        out.push(Word {
            text,
            abbrev: words[i].abbrev && taken == 1,
        });
        i += taken;
    }
    out
}
