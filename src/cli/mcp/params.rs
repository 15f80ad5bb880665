//! The arguments of the tools that have no command-line twin of the same shape: a case given as
//! text or as a path (`judge`, `check`) and the kind of schema (`schema`). Their options are the
//! command line's own types ([`PolicyArg`], [`ClockArg`], [`Kind`]); `explain`, `new` and `queue`
//! take their commands' argument types whole.

use std::path::PathBuf;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::cli::args::{ClockArg, PolicyArg};
use crate::report::schema::Kind;

/// A case to judge or check, and how.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct CaseParams {
    /// The case file's text, YAML or JSON (`appeal schema case`). Give this or `path`. Evidence
    /// files it names are found from the folder the server runs in.
    #[serde(default)]
    pub case: Option<String>,
    /// A case file inside the project the server runs in (relative to the folder it runs in, or
    /// absolute). Give this or `case`.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// Judge the case as it stood at this moment (RFC 3339 with offset) instead of its `as_of`;
    /// later entries are left out.
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(flatten)]
    pub clock: ClockArg,
    #[serde(flatten)]
    pub policy: PolicyArg,
    /// The language of the ruling's texts, a BCP 47 tag (`pt` picks `pt-BR`); an unknown tag
    /// is an error that lists the languages there are. Default: en.
    #[serde(default)]
    pub lang: Option<String>,
    /// `judge` only: add the trace (every gate and clause tested, the values compared, what
    /// would change it).
    #[serde(default)]
    pub explain: bool,
}

/// Which schema.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct SchemaParams {
    /// `case`, `policy`, `ruling`, `diff`, `diagnostic`, `check`, `test`, `queue`,
    /// `policy-check`, `policy-show`, `explain` or `new`.
    pub kind: Kind,
}

/// A language the server has no catalogue for.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("no ruling can be written in `{tag}`: there is no catalogue for it")]
#[diagnostic(code(appeal::mcp::lang), help("languages there are: {}", .known.join(", ")))]
pub struct UnknownLanguage {
    pub tag: String,
    pub known: Vec<&'static str>,
}

/// `lang`, checked and resolved as `--lang` is (`pt` → `pt-BR`, `en-GB` → `en`); English when
/// absent.
pub fn language(lang: Option<&str>) -> Result<&'static str, UnknownLanguage> {
    match lang {
        None => Ok("en"),
        Some(tag) => crate::vocab::language::resolve(tag).map_err(|unknown| UnknownLanguage {
            tag: unknown.tag,
            known: unknown.known,
        }),
    }
}

/// Neither or both of `case` and `path`.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{0}")]
#[diagnostic(
    code(appeal::mcp::case_or_path),
    help("give the case's text as `case`, or a file as `path`: one of the two")
)]
pub struct CaseOrPath(pub &'static str);
