//! `appeal judge -o DIR`: one file per ruling, `DIR/CASE-ID.EXT` for the chosen format (`.txt`,
//! `.json`, `.md`, `.html`), never over an existing file unless `--force`.
//!
//! A file is written whole or not at all (a temporary file in DIR, renamed into place). Without
//! `--force` the rename refuses to replace a file, even one that appeared a moment before; with
//! it, the file is replaced through the project's artifact write path
//! ([`crate::cli::artifact::write_atomically`]: never one of the run's inputs, never anything but
//! a regular file). The case id becomes a file name with every character other than ASCII
//! letters, digits, `-`, `_` and `.` written `_`, and never starts with a dot: no case id can
//! name a file outside DIR. Two cases of one run with the same id are refused rather than
//! written over each other.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::cli::args::Format;

/// Why a ruling was not written to its file.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum RulingFileError {
    #[error("refusing to overwrite `{path}`: it exists")]
    #[diagnostic(
        code(appeal::judge::exists),
        help("pass --force to replace the files of an earlier run, or choose another folder")
    )]
    Exists { path: String },
    #[error("refusing to write `{path}` twice: another case of this run has the id `{case}`")]
    #[diagnostic(
        code(appeal::judge::same_id),
        help("give each case its own `case:` id; `appeal check` warns of two files with one id")
    )]
    SameId { path: String, case: String },
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::judge::io),
        help("check that the folder can be created and written to")
    )]
    Io { path: String, reason: String },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Write(#[from] crate::cli::artifact::WriteError),
}

/// The extension of a ruling file in `format`.
pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Human => "txt",
        Format::Json => "json",
        Format::Markdown => "md",
        Format::Html => "html",
    }
}

/// A case id as a file name: safe characters only, never hidden, never empty.
pub fn file_stem(case: &str) -> String {
    let mut stem: String = case
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.is_empty() {
        stem.push_str("case");
    }
    stem
}

/// The folder rulings are written to, and the files written so far in this run.
pub struct RulingFiles {
    folder: PathBuf,
    force: bool,
    written: HashSet<PathBuf>,
}

impl RulingFiles {
    pub fn new(folder: &Path, force: bool) -> RulingFiles {
        RulingFiles {
            folder: folder.to_path_buf(),
            force,
            written: HashSet::new(),
        }
    }

    /// Writes the ruling of `case` and returns the path it was written to.
    pub fn write(
        &mut self,
        case: &str,
        format: Format,
        text: &str,
        inputs: &[PathBuf],
    ) -> Result<PathBuf, RulingFileError> {
        let path = self
            .folder
            .join(format!("{}.{}", file_stem(case), extension(format)));
        let shown = crate::text::shown::escape(&path.display().to_string()).into_owned();
        if self.written.contains(&path) {
            return Err(RulingFileError::SameId {
                path: shown,
                case: crate::text::shown::escape(case).into_owned(),
            });
        }
        std::fs::create_dir_all(&self.folder).map_err(|e| RulingFileError::Io {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        if self.force {
            crate::cli::artifact::write_atomically(&path, text.as_bytes(), inputs)?;
        } else {
            create_new(&path, text.as_bytes())?;
        }
        self.written.insert(path.clone());
        Ok(path)
    }
}

/// Where the rulings of a run go: stdout, one after another, or a file each (`-o DIR`).
pub enum Destination {
    Stdout { first: bool },
    Files(RulingFiles),
}

impl Destination {
    pub fn of(folder: Option<&Path>, force: bool) -> Destination {
        match folder {
            Some(folder) => Destination::Files(RulingFiles::new(folder, force)),
            None => Destination::Stdout { first: true },
        }
    }

    /// Prints the ruling of `case` (`text`, in `format`), or writes it to its file and prints
    /// the path; `false` when the file could not be written (said on stderr).
    pub fn deliver(
        &mut self,
        out: &mut crate::cli::Output,
        (case, format, text): (&str, Format, &str),
        inputs: &[PathBuf],
    ) -> std::io::Result<bool> {
        use std::io::Write;
        match self {
            Destination::Files(files) => match files.write(case, format, text, inputs) {
                Ok(path) => writeln!(out.stdout, "{}", path.display()).map(|_| true),
                Err(error) => out.report_error(&error).map(|_| false),
            },
            Destination::Stdout { first } => {
                if !*first && format != Format::Json {
                    writeln!(out.stdout)?;
                }
                *first = false;
                out.stdout.write_all(text.as_bytes()).map(|_| true)
            }
        }
    }
}

/// Writes a new file whole, or not at all, and never over an existing one (nor one that
/// appears in the meantime).
fn create_new(path: &Path, bytes: &[u8]) -> Result<(), RulingFileError> {
    crate::cli::artifact::create_new(path, bytes).map_err(|error| match error {
        crate::cli::artifact::WriteError::Exists { path } => RulingFileError::Exists { path },
        other => RulingFileError::Write(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_id_names_a_file_inside_the_folder() {
        assert_eq!(file_stem("APL-2025-0420"), "APL-2025-0420");
        assert_eq!(file_stem("../../etc/passwd"), "_._.._etc_passwd");
        assert_eq!(file_stem(".hidden"), "_hidden");
        assert_eq!(file_stem("a b/c\\d"), "a_b_c_d");
        assert_eq!(file_stem(""), "case");
    }
}
