//! Files the tool writes (JUnit reports, schemas, the case files `--bless` rewrites, the case
//! `appeal new -o` starts): written whole or not at all, never over one of the run's inputs,
//! never over anything but a regular file, and never losing what the file they replace was.
//!
//! A file is written to a hidden file in the target's folder and renamed into place, so that
//! readers never see half a file. The folder is opened once and every later step names the file
//! relative to it ([`folder`]), so a path that leads elsewhere by the time of the write (a link
//! retargeted, a folder swapped) cannot redirect it. Before that, the target is resolved
//! through symbolic links (a link stays a link: the file it points to is replaced) and refused
//! when it is one of the files this run read ([`crate::reading::source::is_input_id`]: case files,
//! policies named on the command line or by a case, evidence files), or when it exists and is
//! not a regular file (a FIFO, a device, a folder).
//!
//! A file that is replaced keeps its owner, group and permissions, or is not replaced, with the
//! reason: a read-only file (no write permission for anyone), a file with several hard links (a
//! new file would break them), a file whose owner or group this user cannot give a file to. A
//! new file gets what any new file gets (0666 less the umask: 0644 under umask 022).
//!
//! A case file `--bless` rewrites is compared and replaced in one step, just before the write:
//! the file its path leads to must still be the file that was read (the same device and inode),
//! hold the bytes that were judged, and be unchanged (size, modification and change times) when
//! the new file is renamed over it.

pub mod folder;

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use folder::{Folder, StageError, Stamp};

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
    #[error("refusing to replace `{path}`: {reason}")]
    #[diagnostic(code(appeal::write::would_lose), help("{help}"))]
    WouldLose {
        path: String,
        reason: String,
        help: String,
    },
    #[error("not rewriting `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::write::changed),
        help("run again: the file is judged as it is now")
    )]
    Changed { path: String, reason: String },
    #[error("`{path}` already exists")]
    #[diagnostic(code(appeal::write::exists), help("choose a new file name"))]
    Exists { path: String },
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(code(appeal::write::io), help("{help}"))]
    Io {
        path: String,
        reason: String,
        help: String,
    },
}

impl WriteError {
    /// What went wrong, without the file's name: for a message that names it already.
    pub fn reason(&self) -> String {
        match self {
            WriteError::OverInput { .. } => "it is one of this run's input files".to_string(),
            WriteError::NotAFile { kind, .. } => format!("it is {kind}, not a regular file"),
            WriteError::Exists { .. } => "it already exists".to_string(),
            WriteError::WouldLose { reason, .. }
            | WriteError::Changed { reason, .. }
            | WriteError::Io { reason, .. } => reason.clone(),
        }
    }
}

/// Where a file is to be written: its folder, opened, and its name in it.
struct Target {
    shown: String,
    folder: Folder,
    name: OsString,
}

/// `path` as messages show it: escaped, since it may come from a case or a folder listing.
fn shown(path: &Path) -> String {
    crate::text::shown::escape(&path.display().to_string()).into_owned()
}

/// The failure of an I/O step on `shown`, with a help that fits it.
fn io_error(shown: &str, error: &io::Error) -> WriteError {
    let help = match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            "free space on that disk, or write the file elsewhere, then run again"
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "check that you may write to the folder"
        }
        _ => "check that the folder exists and is writable",
    };
    WriteError::Io {
        path: shown.to_string(),
        reason: error.to_string(),
        help: help.to_string(),
    }
}

/// Opens the folder `path` is to be written in, and names the file in it. A folder that is
/// missing, or is a file, is said to be so.
fn target(path: &Path, shown: &str) -> Result<Target, WriteError> {
    let no_name = || WriteError::Io {
        path: shown.to_string(),
        reason: "it does not name a file".to_string(),
        help: "give a file path, e.g. report.xml".to_string(),
    };
    let name = path.file_name().ok_or_else(no_name)?.to_os_string();
    let folder_path = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let folder_shown =
        || crate::text::shown::escape(&folder_path.display().to_string()).into_owned();
    let not_a_folder = |reason: String| WriteError::Io {
        path: shown.to_string(),
        reason,
        help: "the part of the path before the file name must be a folder".to_string(),
    };
    match std::fs::metadata(&folder_path) {
        Ok(metadata) if metadata.is_dir() => {}
        Ok(metadata) => {
            let kind = match crate::reading::source::kind_of(&metadata) {
                None => "a regular file",
                Some(kind) => kind,
            };
            return Err(not_a_folder(format!(
                "`{}` is {kind}, not a folder",
                folder_shown()
            )));
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Err(not_a_folder(format!(
                "the folder `{}` does not exist",
                folder_shown()
            )));
        }
        Err(error) if error.kind() == io::ErrorKind::NotADirectory => {
            // A file further up the path.
            return Err(not_a_folder(format!(
                "`{}` is not a folder: a part of it is a file",
                folder_shown()
            )));
        }
        Err(error) => return Err(io_error(shown, &error)),
    }
    let folder = Folder::open(&folder_path).map_err(|e| io_error(shown, &e))?;
    Ok(Target {
        shown: shown.to_string(),
        folder,
        name,
    })
}

/// Refuses to replace a file when a new one in its place would lose something of it.
fn refuse_losses(stamp: &Stamp, shown: &str) -> Result<(), WriteError> {
    let lose = |reason: String, help: &str| WriteError::WouldLose {
        path: shown.to_string(),
        reason,
        help: help.to_string(),
    };
    if stamp.nlink > 1 {
        return Err(lose(
            format!(
                "it has {} hard links, which a new file in its place would break",
                stamp.nlink
            ),
            "write to another path, or remove the other links to the file first",
        ));
    }
    if stamp.mode & 0o222 == 0 {
        return Err(lose(
            format!("it is read-only (mode {:04o})", stamp.permissions()),
            "make it writable first (chmod u+w) if it is to be replaced, or write to another path",
        ));
    }
    Ok(())
}

/// Writes `bytes` in place of the file `stamp` describes (or as a new file), keeping its owner,
/// group and permissions; `still` is checked just before the rename.
fn put(
    target: &Target,
    bytes: &[u8],
    stamp: Option<&Stamp>,
    still: impl Fn(Option<Stamp>) -> Result<(), WriteError>,
) -> Result<(), WriteError> {
    let staged = target
        .folder
        .stage(bytes, stamp)
        .map_err(|error| stage_error(&target.shown, error))?;
    let now = target
        .folder
        .stamp(&target.name)
        .map_err(|e| io_error(&target.shown, &e))?;
    still(now)?;
    target
        .folder
        .replace(staged, &target.name)
        .map_err(|e| io_error(&target.shown, &e))
}

/// Writes a report or schema: `bytes` to `path` through a hidden file in the same folder and a
/// rename, so that readers never see half a file. Refuses to replace any of `inputs`, any file
/// this run read, anything that is not a regular file, and a file a new one would lose
/// something of (see the module's documentation).
pub fn write_atomically(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), WriteError> {
    let shown = shown(path);
    // The file a link points to is the one replaced; the link stays.
    let resolved = match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => match path.canonicalize() {
            Ok(real) => real,
            // A link to nothing: writing would create a file wherever it points.
            Err(_) => {
                return Err(WriteError::NotAFile {
                    path: shown,
                    kind: "a symbolic link to nothing",
                });
            }
        },
        _ => path.to_path_buf(),
    };
    let target = target(&resolved, &shown)?;
    let stamp = target
        .folder
        .stamp(&target.name)
        .map_err(|e| io_error(&shown, &e))?;
    if let Some(stamp) = &stamp {
        let read = crate::reading::source::is_input_id(&identity(stamp, &resolved))
            || inputs.iter().any(|input| same_file(input, &resolved));
        if read {
            return Err(WriteError::OverInput { path: shown });
        }
        if stamp.is_link() {
            // A link put there since the path was resolved.
            return Err(WriteError::NotAFile {
                path: shown,
                kind: "a symbolic link",
            });
        }
        if !stamp.is_file() {
            let kind = std::fs::metadata(&resolved)
                .ok()
                .and_then(|m| crate::reading::source::kind_of(&m))
                .unwrap_or("a special file");
            return Err(WriteError::NotAFile { path: shown, kind });
        }
        refuse_losses(stamp, &shown)?;
    }
    put(&target, bytes, stamp.as_ref(), |now| {
        if now.as_ref() == stamp.as_ref() {
            Ok(())
        } else {
            Err(WriteError::Changed {
                path: shown.clone(),
                reason: "it changed while the report was being written".to_string(),
            })
        }
    })
}

/// The file a case was read from, as `--bless` must find it again: its identity and the digest
/// of the bytes judged.
pub struct ReadFile<'a> {
    pub identity: &'a crate::reading::source::FileId,
    pub sha256: &'a str,
}

/// Rewrites the case file at `path`, which was read as `read`, with `bytes`: only if its path
/// still leads to that file, holding the bytes judged, and unchanged until the new file takes
/// its place; keeping its owner, group and permissions.
pub fn replace_read_file(path: &Path, read: &ReadFile, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = shown(path);
    let changed = |reason: &str| WriteError::Changed {
        path: shown.clone(),
        reason: reason.to_string(),
    };
    let real = path
        .canonicalize()
        .map_err(|_| changed("it is no longer there"))?;
    let target = target(&real, &shown)?;
    let (file, stamp) = match target.folder.open_file(&target.name) {
        Ok(opened) => opened,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Err(changed("it is no longer there"));
        }
        // A link put in its place since its path was resolved.
        Err(error) if is_link_loop(&error) => {
            return Err(changed("its path now leads to a symbolic link"));
        }
        Err(error) => return Err(io_error(&shown, &error)),
    };
    if identity(&stamp, &real) != *read.identity {
        return Err(changed(
            "its path now leads to another file than the one judged (a link retargeted, or the \
             file replaced)",
        ));
    }
    if !stamp.is_file() {
        return Err(WriteError::NotAFile {
            path: shown,
            kind: "no longer a regular file",
        });
    }
    refuse_losses(&stamp, &shown)?;
    let now = crate::reading::source::read_capped(file, &shown, stamp.size)
        .map_err(|problem| changed(&format!("it cannot be read again: {}", problem.reason())))?;
    if crate::reading::source::hex_sha256(&now) != read.sha256 {
        return Err(changed("it was edited after it was judged"));
    }
    put(&target, bytes, Some(&stamp), |now| {
        if now == Some(stamp) {
            Ok(())
        } else {
            Err(changed("it was edited while it was being rewritten"))
        }
    })
}

/// Writes a new file at `path`, whole or not at all, and never over an existing one (nor one
/// that appears in the meantime).
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = shown(path);
    if path.symlink_metadata().is_ok() {
        return Err(WriteError::Exists { path: shown });
    }
    let target = target(path, &shown)?;
    let staged = target
        .folder
        .stage(bytes, None)
        .map_err(|error| stage_error(&shown, error))?;
    target
        .folder
        .place_new(staged, &target.name)
        .map_err(|error| {
            if error.kind() == io::ErrorKind::AlreadyExists {
                WriteError::Exists {
                    path: shown.clone(),
                }
            } else {
                io_error(&shown, &error)
            }
        })
}

/// Why the new file for `shown` could not be written beside it.
fn stage_error(shown: &str, error: StageError) -> WriteError {
    match error {
        StageError::Io(error) => io_error(shown, &error),
        StageError::Owner { uid, gid } => WriteError::WouldLose {
            path: shown.to_string(),
            reason: format!(
                "its owner and group (uid {uid}, gid {gid}) cannot be kept: this user may not give \
                 a file to them"
            ),
            help: "run as the file's owner (or as root), or write to another path".to_string(),
        },
    }
}

/// Whether opening failed because the name is a symbolic link (opened without following).
fn is_link_loop(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// The identity of the file `stamp` describes, found at `path`.
fn identity(stamp: &Stamp, path: &Path) -> crate::reading::source::FileId {
    #[cfg(unix)]
    {
        let _ = path;
        crate::reading::source::FileId::Inode(stamp.dev, stamp.ino)
    }
    #[cfg(not(unix))]
    {
        let _ = stamp;
        crate::reading::source::FileId::Path(
            path.canonicalize().unwrap_or_else(|_| path.to_path_buf()),
        )
    }
}

/// Whether `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A missing folder is said to be missing, a file in its place to be a file.
    #[test]
    fn a_write_under_a_missing_folder_or_a_file_says_which() {
        let folder = tempfile::tempdir().unwrap();
        let missing = folder.path().join("no-such-folder").join("report.xml");
        let error = write_atomically(&missing, b"x", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains(&missing.display().to_string()), "{error}");
        assert!(error.contains("does not exist"), "{error}");
        let file = folder.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let error = write_atomically(&file.join("r.xml"), b"x", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("is a regular file, not a folder"), "{error}");
        let error = create_new(&file.join("deeper").join("r.xml"), b"x")
            .unwrap_err()
            .to_string();
        assert!(error.contains("a part of it is a file"), "{error}");
    }
}
