//! `appeal new --type TYPE`: write a case file to start from, valid as it is.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Output, exit};
use crate::cli::args::{NewArgs, ReportFormat};
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
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::new::io),
        help("check that the folder exists and is writable")
    )]
    Io { path: String, reason: String },
}

pub fn run(args: &NewArgs, out: &mut Output) -> std::io::Result<u8> {
    out.json_diagnostics = args.format == ReportFormat::Json;
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
    let by = match (args.by.as_deref(), kind.filed_by()) {
        (None, Some(only)) => only,
        (None, None) => Party::Buyer,
        (Some(written), only) => {
            let by = Party::parse(written).expect("clap only lets buyer or seller through");
            if let Some(only) = only
                && only != by
            {
                let open: Vec<&str> = AppealType::CHOICES
                    .iter()
                    .filter(|(_, t)| t.filed_by().is_none_or(|p| p == by))
                    .map(|(name, _)| *name)
                    .collect();
                return Err(Failure::User(NewError::WrongParty {
                    by,
                    kind,
                    only,
                    open: open.join(", "),
                }));
            }
            by
        }
    };
    let folder = match &args.output {
        Some(path) => match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        },
        None => PathBuf::from("."),
    };
    let (schema, schema_found) = schema_path(&folder);
    let text = case_template::render(&Blank {
        kind,
        by,
        policy: args.policy.as_deref(),
        schema: &schema,
        schema_found,
    });
    match &args.output {
        None if args.format == ReportFormat::Json => {
            let line = json(kind, by, None, text);
            out.stdout.write_all(line.as_bytes()).map_err(Failure::Io)?;
        }
        None => {
            out.stdout.write_all(text.as_bytes()).map_err(Failure::Io)?;
        }
        Some(path) if args.format == ReportFormat::Json => {
            create_new(path, &folder, text.as_bytes()).map_err(Failure::User)?;
            let line = json(kind, by, Some(path), text);
            out.stdout.write_all(line.as_bytes()).map_err(Failure::Io)?;
        }
        Some(path) => {
            create_new(path, &folder, text.as_bytes()).map_err(Failure::User)?;
            writeln!(
                out.stderr,
                "wrote {}: a `{kind}` appeal by the {by}; replace the placeholders, then `appeal check {}`",
                path.display(),
                path.display()
            )
            .map_err(Failure::Io)?;
        }
    }
    Ok(exit::OK)
}

/// Writes a new file whole, or not at all, and never over an existing one.
fn create_new(path: &Path, folder: &Path, bytes: &[u8]) -> Result<(), NewError> {
    let shown = path.display().to_string();
    if path.symlink_metadata().is_ok() {
        return Err(NewError::Exists { path: shown });
    }
    let io = |e: std::io::Error| NewError::Io {
        path: shown.clone(),
        reason: e.to_string(),
    };
    if !folder.is_dir() {
        return Err(NewError::Io {
            path: shown.clone(),
            reason: format!("the folder `{}` does not exist", folder.display()),
        });
    }
    let mut temporary = crate::cli::artifact::temporary_in(folder).map_err(io)?;
    temporary.write_all(bytes).map_err(io)?;
    // The rename refuses to replace a file that appeared in the meantime.
    temporary.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            NewError::Exists {
                path: shown.clone(),
            }
        } else {
            io(e.error)
        }
    })?;
    Ok(())
}

/// The `$schema` path for a case written in `folder`: the project's `schema/case.json` found
/// from that folder upward, relative to it (and `true`); else `schema/case.json` beside the
/// case (and `false`: the file is not there yet).
fn schema_path(folder: &Path) -> (String, bool) {
    if let Ok(start) = folder.canonicalize() {
        for (up, dir) in start.ancestors().enumerate() {
            if dir.join("schema/case.json").is_file() {
                return (format!("{}schema/case.json", "../".repeat(up)), true);
            }
        }
    }
    ("schema/case.json".to_string(), false)
}
