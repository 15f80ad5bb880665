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
        reason: without_temporary_path(&e),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(WriteError::Io {
            path: shown,
            reason: format!("the folder `{}` does not exist", folder.display()),
        });
    }
    let mut temporary = tempfile::NamedTempFile::new_in(&folder).map_err(io)?;
    temporary.write_all(bytes).map_err(io)?;
    temporary.as_file().sync_all().map_err(io)?;
    temporary.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// The reason an I/O step failed, in the words of the system. The temporary file is the tool's
/// business, not the user's: tempfile ends its errors with " at path \"/dir/.tmpXXXX\"", which
/// is cut off so that the message names only the file the user asked for.
fn without_temporary_path(error: &std::io::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at path \"") {
        Some(end) => message[..end].to_string(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failed write names the path the user gave, never the hidden temporary file.
    #[test]
    fn a_failed_write_names_the_target_not_the_temporary_file() {
        let folder = tempfile::tempdir().unwrap();
        let missing = folder.path().join("no-such-folder").join("report.xml");
        let error = write_atomically(&missing, b"x", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains(&missing.display().to_string()), "{error}");
        assert!(error.contains("does not exist"), "{error}");
        assert!(!error.contains(" at path "), "{error}");

        // A folder that exists but cannot be written to: the reason is the system's, without
        // the temporary file tempfile names.
        let error = std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "Permission denied (os error 13) at path \"/srv/reports/.tmpAbC123\"",
        );
        assert_eq!(
            without_temporary_path(&error),
            "Permission denied (os error 13)"
        );
    }
}
