//! The languages a ruling can be worded in, by BCP 47 tag: one for each folder of `i18n/`
//! (English, `en`, is the source), and how a tag someone writes picks one of them.

use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The languages there are, by tag: `en` first, then the others as `i18n/` sorts them.
pub fn languages() -> Vec<&'static str> {
    let mut tags: Vec<&str> = TAGS.to_vec();
    tags.sort_by_key(|tag| (*tag != "en", *tag));
    tags
}

/// A language tag that names no language of the catalogues.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[error("no catalogue for the language `{tag}`")]
#[diagnostic(
    code(appeal::lang::unknown),
    help("the languages there are: {}; a BCP 47 tag such as `pt-BR` or `es` picks one (`pt` → `pt-BR`, `es-MX` → `es`)", .known.join(", "))
)]
pub struct UnknownLanguage {
    pub tag: String,
    pub known: Vec<&'static str>,
}

/// The language a BCP 47 tag asks for: the same tag, else the first whose language subtag is
/// the tag's (`es-MX` → `es`, `pt` → `pt-BR`), else none. Case does not matter (`PT-br`).
pub fn resolve(tag: &str) -> Result<&'static str, UnknownLanguage> {
    let unknown = || UnknownLanguage {
        tag: tag.to_string(),
        known: languages(),
    };
    let asked: LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
    let tags = languages();
    let parsed: Vec<(&str, LanguageIdentifier)> = tags
        .iter()
        .filter_map(|t| t.parse().ok().map(|id| (*t, id)))
        .collect();
    if let Some((t, _)) = parsed.iter().find(|(_, id)| *id == asked) {
        return Ok(t);
    }
    parsed
        .iter()
        .find(|(_, id)| id.language == asked.language)
        .map(|(t, _)| *t)
        .ok_or_else(unknown)
}

/// Whether the language is written right to left.
pub fn right_to_left(tag: &str) -> bool {
    matches!(
        tag.split('-').next().unwrap_or(tag),
        "ar" | "fa" | "he" | "ur"
    )
}
