//! Language changes the words only (issue 22): every sample case judged in every built-in
//! language gives the same JSON ruling apart from its texts (decision, status, codes, values,
//! digests), every item of it has a code, a translated ruling says that the English text of its
//! notices prevails, and a snapshot shows one ruling's notices in each language.

use std::path::Path;

use appeal::hearing::{self, Bench, Judged, PolicyShelf};
use appeal::reading::source::SourceFile;
use appeal::report::render::json::RulingJson;
use appeal::report::words::{Words, languages};
use serde_json::Value;

mod common;
use common::sample_cases;

fn judged(path: &Path) -> Judged {
    let source = SourceFile::read(path).expect("sample case is readable");
    hearing::hear(source, &Bench::default(), &PolicyShelf::default())
        .unwrap_or_else(|_| panic!("{} is a valid case", path.display()))
}

/// The JSON ruling, trace included, in `words`' language.
fn json(judged: &Judged, words: &Words) -> Value {
    serde_json::to_value(RulingJson::of(&judged.ruling, words, true)).expect("a ruling is JSON")
}

/// The text fields of a JSON ruling: what a language may change.
const TEXTS: &[(&str, &[&str])] = &[
    ("rationale", &["finding"]),
    ("follow_ups", &["action"]),
    ("notices", &["text"]),
    ("trace", &["check", "outcome", "counterfactual"]),
];

/// `ruling` without its texts.
fn without_texts(mut ruling: Value) -> Value {
    for (list, fields) in TEXTS {
        for item in ruling[*list].as_array_mut().into_iter().flatten() {
            for field in *fields {
                item.as_object_mut().map(|item| item.remove(*field));
            }
        }
    }
    ruling.as_object_mut().map(|r| r.remove("english_prevails"));
    ruling
}

#[test]
fn every_built_in_language_gives_the_same_ruling_apart_from_its_texts() {
    let tags = languages();
    assert!(tags.contains(&"en"), "English is built in");
    let words: Vec<Words> = tags
        .iter()
        .map(|tag| Words::built_in(tag).expect("a built-in language"))
        .collect();
    let mut differences = Vec::new();
    for path in sample_cases() {
        let judged = judged(&path);
        let english = without_texts(json(&judged, &words[0]));
        for (tag, words) in tags.iter().zip(&words).skip(1) {
            if without_texts(json(&judged, words)) != english {
                differences.push(format!("{} in {tag}", path.display()));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "rulings that differ: {differences:#?}"
    );
}

#[test]
fn every_item_of_every_sample_ruling_has_a_code_and_its_values() {
    let english = Words::english();
    let mut missing = Vec::new();
    for path in sample_cases() {
        let ruling = json(&judged(&path), &english);
        for (list, _) in TEXTS {
            for (i, item) in ruling[*list].as_array().into_iter().flatten().enumerate() {
                let code = item["code"].as_str().unwrap_or_default();
                let coded = !code.is_empty() && code.split('.').count() >= 2;
                if !coded || !item["values"].is_object() {
                    missing.push(format!("{}: {list}[{i}]", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "items without a code: {missing:#?}");
}

#[test]
fn a_translated_ruling_says_the_english_text_of_its_notices_prevails() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("cases/buyer.3a-refund-refused-seller-frozen.yaml");
    let judged = judged(&path);
    for tag in languages() {
        let words = Words::built_in(tag).expect("a built-in language");
        let ruling = json(&judged, &words);
        let prevails = ruling["english_prevails"].as_str();
        match tag {
            "en" => assert_eq!(prevails, None, "English says nothing of a translation"),
            _ => assert_eq!(
                prevails,
                Some(words.word("notices-english_prevails").as_str()),
                "{tag}"
            ),
        }
    }
    // A ruling without notices has nothing to prevail.
    let quiet = judged_without_notices();
    for tag in languages() {
        let words = Words::built_in(tag).expect("a built-in language");
        assert_eq!(json(&quiet, &words).get("english_prevails"), None, "{tag}");
    }
}

fn judged_without_notices() -> Judged {
    sample_cases()
        .iter()
        .map(|path| judged(path))
        .find(|judged| judged.ruling.notices.is_empty())
        .expect("a sample case whose ruling has no notices")
}

#[test]
fn a_rulings_notices_in_each_built_in_language() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("cases/buyer.3a-refund-refused-seller-frozen.yaml");
    let judged = judged(&path);
    for tag in languages() {
        let words = Words::built_in(tag).expect("a built-in language");
        let ruling = json(&judged, &words);
        let mut text = String::new();
        for notice in ruling["notices"].as_array().into_iter().flatten() {
            text.push_str(&format!(
                "{}: {}\n",
                notice["code"].as_str().unwrap_or_default(),
                notice["text"].as_str().unwrap_or_default()
            ));
        }
        if let Some(prevails) = ruling["english_prevails"].as_str() {
            text.push_str(&format!("({prevails})\n"));
        }
        insta::assert_snapshot!(format!("notices-{tag}"), text);
    }
}

#[test]
fn every_html_page_names_its_language_and_direction() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("cases/buyer.3a-refund-refused-seller-frozen.yaml");
    let judged = judged(&path);
    for tag in languages() {
        let words = Words::built_in(tag).expect("a built-in language");
        let page = appeal::report::render::html::page(&judged, false, &words);
        let html = match tag {
            "ar" => format!("<html lang=\"{tag}\" dir=\"rtl\">"),
            _ => format!("<html lang=\"{tag}\">"),
        };
        assert!(
            page.contains(&html),
            "{tag}: {}",
            &page[..120.min(page.len())]
        );
    }
}

/// "a, b and c" in `words`' language: the kinds of evidence a gate names.
fn listed(words: &Words, items: &[&str]) -> String {
    use appeal::model::message::{Code, Message, Value};
    let items = items.iter().map(|i| Value::Name(i.to_string())).collect();
    words.say(&Message::new(
        Code("gates.evidence.kinds"),
        vec![("kinds", Value::AndList(items))],
    ))
}

#[test]
fn lists_are_joined_as_each_language_writes_them() {
    let words = |tag| Words::built_in(tag).expect("built-in language");
    assert_eq!(listed(&words("en"), &["a", "b", "c"]), "a, b and c");
    assert_eq!(listed(&words("ar"), &["أ", "ب", "ج"]), "أ، ب وج");
    assert_eq!(listed(&words("es"), &["a", "b"]), "a y b");
    assert_eq!(listed(&words("ru"), &["a"]), "a");
}

/// Every branch `appeal test --coverage` counts has its words in English, and every other
/// language says them in its own words (a label left in English would be a missed one).
#[test]
fn every_branch_label_is_a_catalogue_message_in_every_language() {
    use appeal::model::clause::Branch;
    let english = Words::english();
    for tag in languages().iter().copied().filter(|tag| *tag != "en") {
        let words = Words::built_in(tag).expect("built-in language");
        let untranslated: Vec<&str> = Branch::ALL
            .iter()
            .map(|b| b.code())
            .filter(|code| {
                let en = english.format(code, &Default::default());
                assert!(en.is_some(), "{code}: no English words");
                words.format(code, &Default::default()) == en
            })
            .collect();
        // A few labels are the same word in a language (`instant`, `default` in Filipino).
        assert!(
            untranslated.len() <= 3,
            "{tag}: branch labels left in English: {untranslated:?}"
        );
    }
}

/// The Arabic HTML page names its policy in Arabic: no English word in the policy line.
#[test]
fn the_arabic_html_page_names_its_policy_in_arabic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("cases/buyer.3a-refund-refused-seller-frozen.yaml");
    let judged = judged(&path);
    let words = Words::built_in("ar").expect("a built-in language");
    let page = appeal::report::render::html::page(&judged, false, &words);
    assert!(page.contains("سارية اعتبارًا من"), "{page}");
    assert!(!page.contains("in force from"), "{page}");
}

/// `policy show --lang ar`: headings, notes and defaults in Arabic; the values as written.
#[test]
fn policy_show_speaks_the_readers_language() {
    use appeal::model::policy::PolicyRef;
    use appeal::text::terminal::Look;
    let policy = PolicyRef::parse("mexc", None)
        .load()
        .expect("shipped policy");
    let baseline = policy.baseline().load().expect("shipped policy");
    let words = Words::built_in("ar").expect("a built-in language");
    let text = appeal::report::render::policy_table(&policy, &baseline, &words, Look::PLAIN);
    for arabic in [
        "البنود السارية",
        "الإعدادات",
        "معاملات البنود",
        "price_band_pct",
    ] {
        assert!(text.contains(arabic), "{arabic} missing:\n{text}");
    }
    for english in ["Clauses in force", "Settings", "same", "in force from"] {
        assert!(
            !text.contains(english),
            "{english} left in English:\n{text}"
        );
    }
}
