//! A usage error (what the flag parser refuses: an unknown flag, a bad value, a missing
//! argument) as a JSON diagnostic, for a run that asked for `--format json`: a program reads
//! the same shape on stderr whether the case or the command line was wrong.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::reading::diagnostic_json::{DiagnosticJson, SuggestionJson};

/// Whether the command line asks for JSON: `--format json` or `--format=json`, before `--`.
/// Read from the raw arguments, since a command line with a usage error was never parsed.
pub fn asks_for_json(args: impl IntoIterator<Item = OsString>) -> bool {
    let mut previous_was_format = false;
    for arg in args {
        let Some(arg) = arg.to_str() else {
            previous_was_format = false;
            continue;
        };
        if arg == "--" {
            return false;
        }
        if arg == "--format=json" || (previous_was_format && arg == "json") {
            return true;
        }
        previous_was_format = arg == "--format";
    }
    false
}

/// The refused command line, as a diagnostic.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
struct UsageError {
    code: String,
    message: String,
    help: String,
}

impl miette::Diagnostic for UsageError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }
}

/// The stable code of a kind of usage error: `appeal::usage::unknown_argument`, …
fn code(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidValue => "appeal::usage::invalid_value",
        ErrorKind::UnknownArgument => "appeal::usage::unknown_argument",
        ErrorKind::InvalidSubcommand => "appeal::usage::unknown_command",
        ErrorKind::NoEquals => "appeal::usage::no_equals",
        ErrorKind::ValueValidation => "appeal::usage::invalid_value",
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            "appeal::usage::number_of_values"
        }
        ErrorKind::ArgumentConflict => "appeal::usage::conflict",
        ErrorKind::MissingRequiredArgument => "appeal::usage::missing_argument",
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "appeal::usage::missing_command"
        }
        ErrorKind::InvalidUtf8 => "appeal::usage::not_utf8",
        _ => "appeal::usage",
    }
}

/// The error as one JSON diagnostic line: its message (clap's first paragraph, without `error: `),
/// its tips and usage line as `help`, and the value clap proposes (`a similar value exists:
/// 'json'`) as `suggestion`.
pub fn json_line(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let mut paragraphs = rendered
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|paragraph| !paragraph.is_empty());
    let message = paragraphs
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_string();
    let help: Vec<String> = paragraphs
        .filter(|paragraph| !paragraph.starts_with("For more information"))
        .collect();
    let usage = UsageError {
        code: code(error.kind()).to_string(),
        message,
        help: help.join("; "),
    };
    let mut json = DiagnosticJson::of(&usage, None, None);
    json.suggestion = suggestion(error);
    json.line()
}

/// What clap proposes instead of the argument it refused, when it proposes one thing.
fn suggestion(error: &clap::Error) -> Option<SuggestionJson> {
    let replaces = match error.get(ContextKind::InvalidValue) {
        Some(ContextValue::String(value)) => value.clone(),
        _ => match error.get(ContextKind::InvalidSubcommand) {
            Some(ContextValue::String(value)) => value.clone(),
            _ => match error.get(ContextKind::InvalidArg) {
                Some(ContextValue::String(value)) => value.clone(),
                _ => return None,
            },
        },
    };
    let proposed = [
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
    ]
    .into_iter()
    .find_map(|kind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) if values.len() == 1 => Some(values[0].clone()),
        _ => None,
    })?;
    Some(SuggestionJson {
        replacement: proposed,
        replaces,
        span: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn json_is_asked_for_by_either_spelling_before_the_end_of_flags() {
        assert!(asks_for_json(args("appeal judge --format json x")));
        assert!(asks_for_json(args("appeal check --format=json x")));
        assert!(!asks_for_json(args("appeal judge --format human x")));
        assert!(!asks_for_json(args("appeal judge -- --format json")));
        assert!(!asks_for_json(args("appeal judge json")));
    }
}
