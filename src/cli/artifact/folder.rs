//! A folder opened once, and the files in it handled by name relative to it: what a file looks
//! like (without following a link), reading it, staging a new file beside it and renaming it
//! into place. Every step after opening names the same folder, whatever its path names later: a
//! folder on the way swapped for a symbolic link, or a link to the file retargeted, cannot send
//! a write anywhere else.

// The `*at` system calls through libc: each unsafe block opens, renames, links or unlinks a
// name relative to the folder's descriptor, with its SAFETY note.
#![allow(unsafe_code)]

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a file in a folder is, as `lstat` tells it (a link is not followed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub dev: u64,
    pub ino: u64,
    /// Type and permission bits, as `st_mode`.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub nlink: u64,
    pub size: u64,
    /// Last change of the content and of the inode, in nanoseconds: an edit in place moves both.
    pub modified: i128,
    pub changed: i128,
}

impl Stamp {
    #[cfg(unix)]
    fn of(metadata: &std::fs::Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        let nanos =
            |seconds: i64, nanos: i64| i128::from(seconds) * 1_000_000_000 + i128::from(nanos);
        Stamp {
            dev: metadata.dev(),
            ino: metadata.ino(),
            mode: metadata.mode(),
            uid: metadata.uid(),
            gid: metadata.gid(),
            nlink: metadata.nlink(),
            size: metadata.size(),
            modified: nanos(metadata.mtime(), metadata.mtime_nsec()),
            changed: nanos(metadata.ctime(), metadata.ctime_nsec()),
        }
    }

    #[cfg(not(unix))]
    fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            dev: 0,
            ino: 0,
            mode: if metadata.permissions().readonly() {
                0o100444
            } else {
                0o100644
            },
            uid: 0,
            gid: 0,
            nlink: 1,
            size: metadata.len(),
            modified: 0,
            changed: 0,
        }
    }

    /// Whether it is a regular file.
    pub fn is_file(&self) -> bool {
        self.mode & 0o170000 == 0o100000
    }

    /// Whether it is a symbolic link.
    pub fn is_link(&self) -> bool {
        self.mode & 0o170000 == 0o120000
    }

    /// The permission bits (and setuid, setgid, sticky).
    pub fn permissions(&self) -> u32 {
        self.mode & 0o7777
    }
}

/// Why a new file could not be staged.
#[derive(Debug)]
pub enum StageError {
    Io(io::Error),
    /// The file it replaces belongs to an owner or group this user cannot give a file to.
    Owner {
        uid: u32,
        gid: u32,
    },
}

/// A folder, opened.
pub struct Folder {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    path: PathBuf,
}

/// A new file written beside the one it is to replace, not yet in place; removed if dropped.
pub struct Staged<'a> {
    folder: &'a Folder,
    name: OsString,
    placed: bool,
}

impl Drop for Staged<'_> {
    fn drop(&mut self) {
        if !self.placed {
            let _ = self.folder.remove(&self.name);
        }
    }
}

/// Tells staged files of one run apart.
static STAGED: AtomicUsize = AtomicUsize::new(0);

#[cfg(unix)]
fn c_name(name: &OsStr) -> io::Result<std::ffi::CString> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(name.as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "a file name holds a NUL byte"))
}

#[cfg(unix)]
fn check(result: libc::c_int) -> io::Result<libc::c_int> {
    if result < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(result)
    }
}

#[cfg(unix)]
impl Folder {
    /// Opens the folder at `path`.
    pub fn open(path: &Path) -> io::Result<Folder> {
        use std::os::fd::FromRawFd;
        let name = c_name(path.as_os_str())?;
        // SAFETY: `name` is a NUL-terminated path; the descriptor returned is owned here.
        let fd = check(unsafe {
            libc::open(
                name.as_ptr(),
                libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
            )
        })?;
        Ok(Folder {
            // SAFETY: `fd` was just opened and is owned by nothing else.
            fd: unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) },
            path: path.to_path_buf(),
        })
    }

    fn raw(&self) -> libc::c_int {
        use std::os::fd::AsRawFd;
        self.fd.as_raw_fd()
    }

    /// What `name` is in this folder, without following a link; `None` when there is nothing.
    pub fn stamp(&self, name: &OsStr) -> io::Result<Option<Stamp>> {
        // Linux opens the name itself, relative to the folder; elsewhere it is looked up by path.
        #[cfg(target_os = "linux")]
        let found = self
            .open_at(name, libc::O_PATH | libc::O_NOFOLLOW)
            .and_then(|file| file.metadata());
        #[cfg(not(target_os = "linux"))]
        let found = std::fs::symlink_metadata(self.path.join(name));
        match found {
            Ok(metadata) => Ok(Some(Stamp::of(&metadata))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    fn open_at(&self, name: &OsStr, flags: libc::c_int) -> io::Result<std::fs::File> {
        use std::os::fd::FromRawFd;
        let c = c_name(name)?;
        // What a new file is created with, before the umask.
        let mode: libc::c_uint = 0o666;
        // SAFETY: `c` is NUL-terminated and `self.fd` is an open folder.
        let fd =
            check(unsafe { libc::openat(self.raw(), c.as_ptr(), flags | libc::O_CLOEXEC, mode) })?;
        // SAFETY: `fd` was just opened and is owned by nothing else.
        Ok(unsafe { std::fs::File::from_raw_fd(fd) })
    }

    /// Opens `name` for reading: a regular file only (a link is not followed, a FIFO does not
    /// block), with what it is.
    pub fn open_file(&self, name: &OsStr) -> io::Result<(std::fs::File, Stamp)> {
        let file = self.open_at(name, libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_NONBLOCK)?;
        let stamp = Stamp::of(&file.metadata()?);
        Ok((file, stamp))
    }

    /// Writes `bytes` to a new hidden file in this folder, flushed to the disk. `like` is the
    /// file it will replace: the new file gets its owner, group and permissions; without one it
    /// is created as any new file is (0666 less the umask).
    pub fn stage(&self, bytes: &[u8], like: Option<&Stamp>) -> Result<Staged<'_>, StageError> {
        let (mut file, name) = loop {
            let name = OsString::from(format!(
                ".appeal-{}-{}.tmp",
                std::process::id(),
                STAGED.fetch_add(1, Ordering::Relaxed)
            ));
            match self.open_at(
                &name,
                libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW,
            ) {
                Ok(file) => break (file, name),
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(StageError::Io(error)),
            }
        };
        let staged = Staged {
            folder: self,
            name,
            placed: false,
        };
        if let Some(like) = like {
            keep_owner_and_mode(&file, like)?;
        }
        file.write_all(bytes).map_err(StageError::Io)?;
        file.sync_all().map_err(StageError::Io)?;
        Ok(staged)
    }

    /// Puts `staged` in place of `name`, atomically: readers see the old file or the new one.
    pub fn replace(&self, mut staged: Staged<'_>, name: &OsStr) -> io::Result<()> {
        let from = c_name(&staged.name)?;
        let to = c_name(name)?;
        // SAFETY: both names are NUL-terminated and relative to the open folder.
        check(unsafe { libc::renameat(self.raw(), from.as_ptr(), self.raw(), to.as_ptr()) })?;
        staged.placed = true;
        Ok(())
    }

    /// Puts `staged` at `name` only if nothing is there (never replacing a file that appeared
    /// in the meantime): `AlreadyExists` if something is.
    pub fn place_new(&self, staged: Staged<'_>, name: &OsStr) -> io::Result<()> {
        let from = c_name(&staged.name)?;
        let to = c_name(name)?;
        // SAFETY: both names are NUL-terminated and relative to the open folder.
        check(unsafe { libc::linkat(self.raw(), from.as_ptr(), self.raw(), to.as_ptr(), 0) })?;
        // The new name holds the file now; dropping `staged` removes the hidden one.
        drop(staged);
        Ok(())
    }

    fn remove(&self, name: &OsStr) -> io::Result<()> {
        let c = c_name(name)?;
        // SAFETY: `c` is NUL-terminated and relative to the open folder.
        check(unsafe { libc::unlinkat(self.raw(), c.as_ptr(), 0) }).map(|_| ())
    }
}

/// Gives the new file the owner, group and permissions of the file it replaces.
#[cfg(unix)]
fn keep_owner_and_mode(file: &std::fs::File, like: &Stamp) -> Result<(), StageError> {
    use std::os::unix::fs::PermissionsExt;
    let own = Stamp::of(&file.metadata().map_err(StageError::Io)?);
    if (own.uid, own.gid) != (like.uid, like.gid) {
        let uid = (own.uid != like.uid).then_some(like.uid);
        let gid = (own.gid != like.gid).then_some(like.gid);
        std::os::unix::fs::fchown(file, uid, gid).map_err(|error| {
            if error.kind() == io::ErrorKind::PermissionDenied {
                StageError::Owner {
                    uid: like.uid,
                    gid: like.gid,
                }
            } else {
                StageError::Io(error)
            }
        })?;
    }
    // After the owner: changing it clears setuid and setgid.
    file.set_permissions(std::fs::Permissions::from_mode(like.permissions()))
        .map_err(StageError::Io)
}

#[cfg(not(unix))]
impl Folder {
    pub fn open(path: &Path) -> io::Result<Folder> {
        if !std::fs::metadata(path)?.is_dir() {
            return Err(io::Error::new(io::ErrorKind::NotADirectory, "not a folder"));
        }
        Ok(Folder {
            path: path.to_path_buf(),
        })
    }

    pub fn stamp(&self, name: &OsStr) -> io::Result<Option<Stamp>> {
        match std::fs::symlink_metadata(self.path.join(name)) {
            Ok(metadata) => Ok(Some(Stamp::of(&metadata))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    pub fn open_file(&self, name: &OsStr) -> io::Result<(std::fs::File, Stamp)> {
        let file = std::fs::File::open(self.path.join(name))?;
        let stamp = Stamp::of(&file.metadata()?);
        Ok((file, stamp))
    }

    pub fn stage(&self, bytes: &[u8], like: Option<&Stamp>) -> Result<Staged<'_>, StageError> {
        let name = OsString::from(format!(
            ".appeal-{}-{}.tmp",
            std::process::id(),
            STAGED.fetch_add(1, Ordering::Relaxed)
        ));
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.path.join(&name))
            .map_err(StageError::Io)?;
        let staged = Staged {
            folder: self,
            name,
            placed: false,
        };
        file.write_all(bytes).map_err(StageError::Io)?;
        if let Some(like) = like {
            let mut permissions = file.metadata().map_err(StageError::Io)?.permissions();
            permissions.set_readonly(like.mode & 0o222 == 0);
            file.set_permissions(permissions).map_err(StageError::Io)?;
        }
        file.sync_all().map_err(StageError::Io)?;
        Ok(staged)
    }

    pub fn replace(&self, mut staged: Staged<'_>, name: &OsStr) -> io::Result<()> {
        std::fs::rename(self.path.join(&staged.name), self.path.join(name))?;
        staged.placed = true;
        Ok(())
    }

    pub fn place_new(&self, staged: Staged<'_>, name: &OsStr) -> io::Result<()> {
        std::fs::hard_link(self.path.join(&staged.name), self.path.join(name))
    }

    fn remove(&self, name: &OsStr) -> io::Result<()> {
        std::fs::remove_file(self.path.join(name))
    }
}

impl Folder {
    /// The folder's path, as it was opened.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
