//! Files the tool writes (JUnit reports, schemas): written whole or not at all, and never over
//! one of the run's inputs.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum WriteError {
    #[error("refusing to write `{path}`: it is one of this run's input files")]
    #[diagnostic(
        code(appeal::write::over_input),
        help("choose another output path, e.g. report.xml")
    )]
    OverInput { path: String },
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::write::io),
        help("check that the folder exists and is writable")
    )]
    Io { path: String, reason: String },
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so that
/// readers never see half a file. Refuses to replace any of `inputs`.
pub fn write_atomically(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    if let Ok(target) = path.canonicalize()
        && inputs
            .iter()
            .filter_map(|i| i.canonicalize().ok())
            .any(|i| i == target)
    {
        return Err(WriteError::OverInput { path: shown });
    }
    let io = |e: std::io::Error| WriteError::Io {
        path: shown.clone(),
        reason: e.to_string(),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(&folder).map_err(io)?;
    temporary.write_all(bytes).map_err(io)?;
    temporary.as_file().sync_all().map_err(io)?;
    temporary.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
