//! Files the tool writes (JUnit reports, schemas): written whole or not at all, never over one
//! of the run's inputs, never over anything but a regular file.
//!
//! A report is written to a temporary file in the target's folder and renamed into place, so
//! that readers never see half a file. Before that, the target is resolved through symbolic
//! links (a link stays a link: the file it points to is replaced) and refused when it is one of
//! the files this run read ([`crate::reading::source::is_input`]: case files, policies named on the
//! command line or by a case, evidence files), or when it exists and is not a regular file (a
//! FIFO, a device, a folder). A file that is replaced keeps its permissions; a new one gets
//! those of any new file (0666 less the umask: 0644 under umask 022).

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
    #[error("refusing to write `{path}`: it is {kind}, not a regular file")]
    #[diagnostic(
        code(appeal::write::not_a_file),
        help("reports replace regular files only; choose a file path, e.g. report.xml")
    )]
    NotAFile { path: String, kind: &'static str },
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::write::io),
        help("check that the folder exists and is writable")
    )]
    Io { path: String, reason: String },
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so that
/// readers never see half a file. Refuses to replace any of `inputs`, any file this run read,
/// and anything that is not a regular file.
pub fn write_atomically(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), WriteError> {
    let shown = crate::text::shown::escape(&path.display().to_string()).into_owned();
    // The file a link points to is the one replaced; the link stays.
    let target = match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    };
    let existing = std::fs::metadata(&target).ok();
    if let Some(metadata) = &existing {
        if crate::reading::source::is_input(&target, metadata)
            || inputs.iter().any(|input| same_file(input, &target))
        {
            return Err(WriteError::OverInput { path: shown });
        }
        if let Some(kind) = crate::reading::source::kind_of(metadata) {
            return Err(WriteError::NotAFile { path: shown, kind });
        }
    } else if std::fs::symlink_metadata(path).is_ok() {
        // A link to nothing: writing would create a file wherever it points.
        return Err(WriteError::NotAFile {
            path: shown,
            kind: "a symbolic link to nothing",
        });
    }
    let io = |e: std::io::Error| WriteError::Io {
        path: shown.clone(),
        reason: without_temporary_path(&e),
    };
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(WriteError::Io {
            path: shown,
            reason: format!("the folder `{}` does not exist", folder.display()),
        });
    }
    let mut temporary = temporary_in(&folder).map_err(io)?;
    if let Some(metadata) = &existing {
        temporary
            .as_file()
            .set_permissions(metadata.permissions())
            .map_err(io)?;
    }
    temporary.write_all(bytes).map_err(io)?;
    temporary.as_file().sync_all().map_err(io)?;
    temporary.persist(&target).map_err(|e| io(e.error))?;
    Ok(())
}

/// A temporary file in `folder`, to be renamed into place, created as any new file is (0666
/// less the umask: 0644 under umask 022), not with tempfile's private 0600: once renamed, it is
/// the user's file.
pub fn temporary_in(folder: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder)
}

/// Whether `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
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
