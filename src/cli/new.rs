//! `appeal new --type TYPE`: write a case file to start from, valid as it is.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Output, exit};
use crate::cli::args::{Format, NewArgs};
use crate::model::case::AppealType;
use crate::report::case_template::{self, Blank};
use crate::report::render::explain_json::NewCase;
use crate::vocab::decision::Party;
use crate::vocab::words::Choice;

/// Why `appeal new` wrote nothing.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum NewError {
    #[error("a {by} cannot file a `{kind}` appeal; only the {only} can")]
    #[diagnostic(
        code(appeal::new::party),
        help("appeal types open to the {by}: {open}")
    )]
    WrongParty {
        by: Party,
        kind: AppealType,
        only: Party,
        open: String,
    },
    #[error("`{path}` already exists: `appeal new` never overwrites a file")]
    #[diagnostic(
        code(appeal::new::exists),
        help("give -o a new file name, or move the existing file away first")
    )]
    Exists { path: String },
    #[error("--offset `{written}` is not an offset")]
    #[diagnostic(
        code(appeal::new::offset),
        help("write it as +HH:MM or -HH:MM (`-03:00`, `+05:30`), or Z")
    )]
    Offset { written: String },
    #[error("--fiat `{written}` is not a currency code")]
    #[diagnostic(code(appeal::new::fiat), help("write three capital letters, e.g. BRL"))]
    Fiat { written: String },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Write(crate::cli::artifact::WriteError),
}

pub fn run(args: &NewArgs, out: &mut Output) -> std::io::Result<u8> {
    out.json_diagnostics = args.format == Format::Json;
    match write(args, out) {
        Ok(code) => Ok(code),
        Err(Failure::Io(error)) => Err(error),
        Err(Failure::User(error)) => {
            out.report_error(&error)?;
            Ok(exit::INVALID)
        }
    }
}

/// The case `text` of `kind` by `by` for `--format json`, and where it was written.
pub fn json(kind: AppealType, by: Party, file: Option<&Path>, text: String) -> String {
    // The template is YAML this project writes: it reads as JSON data.
    let case = serde_saphyr::from_str::<serde_json::Value>(&text).unwrap_or_default();
    crate::report::lines::line(&NewCase {
        appeal_type: kind.name(),
        by: by.as_str(),
        file: file.map(|path| path.display().to_string()),
        text,
        case,
    })
}

enum Failure {
    User(NewError),
    Io(std::io::Error),
}

fn write(args: &NewArgs, out: &mut Output) -> Result<u8, Failure> {
    let kind = AppealType::parse(&args.kind).expect("clap only lets appeal types through");
    let by = filer(args, kind)?;
    let (schema, schema_found) = schema_path(&output_folder(args));
    let desk = match super::config::Desk::find() {
        Ok(desk) => desk,
        Err(problems) => {
            out.report(&problems).map_err(Failure::Io)?;
            return Ok(exit::INVALID);
        }
    };
    let policy = args.policy.clone().or(desk.policy.clone());
    let (offset, fiat) = localization(args, &desk)?;
    let text = case_template::render(&Blank {
        kind,
        by,
        policy: policy.as_deref(),
        schema: &schema,
        schema_found,
    });
    let text = localized(&text, offset, fiat.as_deref());
    let text = super::template_reads::mark(&text, policy.as_deref());
    deliver(args, kind, by, text, out)?;
    Ok(exit::OK)
}

/// Who files the appeal: `--by`, else the only party that can file `kind`, else the buyer; an
/// error when `--by` names a party that cannot file it.
fn filer(args: &NewArgs, kind: AppealType) -> Result<Party, Failure> {
    let only = kind.filed_by();
    let Some(written) = args.by.as_deref() else {
        return Ok(only.unwrap_or(Party::Buyer));
    };
    let by = Party::parse(written).expect("clap only lets buyer or seller through");
    match only {
        Some(only) if only != by => {
            let open: Vec<&str> = AppealType::CHOICES
                .iter()
                .filter(|(_, t)| t.filed_by().is_none_or(|p| p == by))
                .map(|(name, _)| *name)
                .collect();
            Err(Failure::User(NewError::WrongParty {
                by,
                kind,
                only,
                open: open.join(", "),
            }))
        }
        _ => Ok(by),
    }
}

/// The folder the case is written in: that of `-o`, else the current one.
fn output_folder(args: &NewArgs) -> PathBuf {
    match args.output.as_ref().and_then(|path| path.parent()) {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The case `text` to stdout, or to the new file `-o` names (with a JSON line or a note on
/// stderr saying so).
fn deliver(
    args: &NewArgs,
    kind: AppealType,
    by: Party,
    text: String,
    out: &mut Output,
) -> Result<(), Failure> {
    let as_json = args.format == Format::Json;
    let Some(path) = &args.output else {
        let bytes = if as_json {
            json(kind, by, None, text)
        } else {
            text
        };
        return out.stdout.write_all(bytes.as_bytes()).map_err(Failure::Io);
    };
    create_new(path, text.as_bytes()).map_err(Failure::User)?;
    if as_json {
        let line = json(kind, by, Some(path), text);
        return out.stdout.write_all(line.as_bytes()).map_err(Failure::Io);
    }
    // The path as every message shows one: escaped (a newline in it would forge a line).
    let shown = crate::text::shown::escape(&path.display().to_string()).into_owned();
    writeln!(
        out.stderr,
        "wrote {shown}: a `{kind}` appeal by the {by}; replace the placeholders, then `appeal check {shown}`"
    )
    .map_err(Failure::Io)
}

/// `--offset` and `--fiat`, checked, else the desk's.
fn localization(
    args: &NewArgs,
    desk: &super::config::Desk,
) -> Result<(Option<chrono::FixedOffset>, Option<String>), Failure> {
    let offset = match args.offset.as_deref() {
        Some(written) => Some(super::config::parse_offset(written).ok_or_else(|| {
            Failure::User(NewError::Offset {
                written: crate::text::shown::escape(written).into_owned(),
            })
        })?),
        None => desk.offset,
    };
    let fiat = match args.fiat.as_deref() {
        Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => {
            Some(code.to_string())
        }
        Some(written) => {
            return Err(Failure::User(NewError::Fiat {
                written: crate::text::shown::escape(written).into_owned(),
            }));
        }
        None => desk.fiat.clone(),
    };
    Ok((offset, fiat))
}

/// The template with its times at `offset` (the same wall-clock times, so the case reads as
/// written where the desk is) and its order in `fiat`.
fn localized(text: &str, offset: Option<chrono::FixedOffset>, fiat: Option<&str>) -> String {
    let mut text = text.to_string();
    if let Some(offset) = offset {
        text = text.replace("+08:00", &offset.to_string());
    }
    if let Some(fiat) = fiat {
        text = text.replace("PHP", fiat);
    }
    text
}

/// Writes a new file whole, or not at all, and never over an existing one.
fn create_new(path: &Path, bytes: &[u8]) -> Result<(), NewError> {
    crate::cli::artifact::create_new(path, bytes).map_err(|error| match error {
        crate::cli::artifact::WriteError::Exists { path } => NewError::Exists { path },
        other => NewError::Write(other),
    })
}

/// The `$schema` path for a case written in `folder`: the project's `schema/case.json` found
/// from that folder upward on the project walk ([`crate::hearing::project::walk`], which stops
/// at a repository root and before an untrusted folder), relative to it (and `true`); else
/// `schema/case.json` beside the case (and `false`: the file is not there yet).
fn schema_path(folder: &Path) -> (String, bool) {
    if let Ok(start) = folder.canonicalize() {
        for (up, dir) in crate::hearing::project::walk(&start).iter().enumerate() {
            if dir.join("schema/case.json").is_file() {
                return (format!("{}schema/case.json", "../".repeat(up)), true);
            }
        }
    }
    ("schema/case.json".to_string(), false)
}
