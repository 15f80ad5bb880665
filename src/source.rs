//! Reading input files: the size cap, encoding checks and the digest every ruling carries.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::diagnostics::Problem;

/// The 1-based line of byte `offset` in `bytes` (lines end at `\n`, as diagnostics count them).
pub fn line_at(bytes: &[u8], offset: usize) -> usize {
    let offset = offset.min(bytes.len());
    1 + bytes[..offset].iter().filter(|b| **b == b'\n').count()
}

/// Inputs larger than this are refused before parsing (SPEC §2); real case files are kilobytes.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// One input file, read whole and checked to be non-empty UTF-8 within the size cap.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics: the path as the user gave it, or `<stdin>`.
    pub name: String,
    /// Where the file lives, when it came from disk (evidence paths are relative to it).
    pub path: Option<PathBuf>,
    /// The text, without a leading byte-order mark.
    pub text: Arc<str>,
    /// Hex SHA-256 of the bytes exactly as read (BOM included).
    pub sha256: String,
}

impl SourceFile {
    /// Reads a file from disk.
    pub fn read(path: &Path) -> Result<SourceFile, Problem> {
        let name = path.display().to_string();
        let metadata = std::fs::metadata(path).map_err(|error| Problem::io(&name, &error))?;
        if metadata.is_dir() {
            return Err(Problem::Reading(
                crate::diagnostics::ReadingProblem::IsDirectory { path: name },
            ));
        }
        if metadata.len() > MAX_INPUT_BYTES as u64 {
            return Err(Problem::Reading(
                crate::diagnostics::ReadingProblem::TooLarge {
                    path: name,
                    size: Some(metadata.len()),
                },
            ));
        }
        let bytes = std::fs::read(path).map_err(|error| Problem::io(&name, &error))?;
        let mut file = SourceFile::from_bytes(name, &bytes)?;
        file.path = Some(path.to_path_buf());
        Ok(file)
    }

    /// Builds a source from bytes (stdin, an embedded policy, a test).
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<SourceFile, Problem> {
        let name = name.into();
        if bytes.len() > MAX_INPUT_BYTES {
            // The bytes may stop just past the limit (stdin is read no further): the size is
            // not known.
            return Err(Problem::Reading(
                crate::diagnostics::ReadingProblem::TooLarge {
                    path: name,
                    size: None,
                },
            ));
        }
        let sha256 = hex_sha256(bytes);
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = match std::str::from_utf8(body) {
            Ok(text) => text,
            Err(error) => {
                let offset = error.valid_up_to() + (bytes.len() - body.len());
                let line = line_at(bytes, offset);
                return Err(Problem::Reading(
                    crate::diagnostics::ReadingProblem::NotUtf8 {
                        path: name,
                        offset,
                        line,
                    },
                ));
            }
        };
        Ok(SourceFile {
            name,
            path: None,
            text: Arc::from(text),
            sha256,
        })
    }

    /// The directory evidence files are resolved against: the case file's own folder,
    /// or the current directory for stdin.
    pub fn base_dir(&self) -> PathBuf {
        match &self.path {
            Some(path) => match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            },
            None => PathBuf::from("."),
        }
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}
