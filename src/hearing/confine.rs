//! The one rule for a file a case names by path, a policy or an evidence file: it must resolve,
//! through any symbolic links, to a regular file inside a root folder (the project for a
//! policy, the case's own folder for evidence), and nothing on its way below that root may be
//! hidden (a name starting with `.`: `.git/`, `.env`, `.ssh/`). A file that fails the rule is
//! refused before it is opened, so that what the tool says about it (a digest, whether it is
//! there) tells nothing about files the case has no business naming.

use std::io;
use std::path::{Component, Path, PathBuf};

/// Why a path a case names is not a file it may use.
#[derive(Debug)]
pub enum Outside {
    /// Nothing is there (or it cannot be looked at).
    Missing(io::Error),
    /// A symbolic link to nothing.
    DanglingLink,
    /// It resolves to a file outside the root.
    Leaves,
    /// A name on its way below the root is hidden (this one).
    Hidden(String),
    /// It is not a regular file: a folder, or a device, a pipe or a socket.
    NotAFile { folder: bool },
}

/// `path` (already joined to the folder it is relative to) with symbolic links resolved, when
/// it is a regular file inside `root` (itself resolved) with no hidden name below the root.
pub fn file_inside(path: &Path, root: &Path) -> Result<PathBuf, Outside> {
    let real = path.canonicalize().map_err(|error| {
        let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if link {
            Outside::DanglingLink
        } else {
            Outside::Missing(error)
        }
    })?;
    let Ok(below) = real.strip_prefix(root) else {
        return Err(Outside::Leaves);
    };
    if let Some(name) = hidden_name(below) {
        return Err(Outside::Hidden(name));
    }
    let metadata = std::fs::metadata(&real).map_err(Outside::Missing)?;
    if !metadata.is_file() {
        return Err(Outside::NotAFile {
            folder: metadata.is_dir(),
        });
    }
    Ok(real)
}

/// The first hidden name in `path` (one starting with `.`, other than `.` itself), if any.
pub fn hidden_name(path: &Path) -> Option<String> {
    path.components().find_map(|component| match component {
        Component::Normal(name) => {
            let name = name.to_string_lossy();
            name.starts_with('.').then(|| name.into_owned())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_name_anywhere_below_the_root_is_found() {
        assert_eq!(
            hidden_name(Path::new("a/.git/config")).as_deref(),
            Some(".git")
        );
        assert_eq!(hidden_name(Path::new(".env")).as_deref(), Some(".env"));
        assert_eq!(hidden_name(Path::new("./a/b.png")), None);
        assert_eq!(hidden_name(Path::new("a/b.c.png")), None);
    }
}
