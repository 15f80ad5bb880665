//! Reading input files: the size cap, encoding checks and the digest every ruling carries.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use sha2::{Digest, Sha256};

use miette::Diagnostic;
use thiserror::Error;

/// The 1-based line of byte `offset` in `bytes` (lines end at `\n`, as diagnostics count them).
pub fn line_at(bytes: &[u8], offset: usize) -> usize {
    let offset = offset.min(bytes.len());
    1 + bytes[..offset].iter().filter(|b| **b == b'\n').count()
}

/// Inputs larger than this are refused before parsing (README, "Reliability"); real case files are kilobytes.
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
    /// Which file was read (device and inode), when it came from disk: `--bless` rewrites
    /// that file and no other, whatever its path leads to by then.
    pub identity: Option<FileId>,
    /// Whether the bytes read began with a UTF-8 byte-order mark (taken off `text`).
    bom: bool,
    /// Hex SHA-256 of the bytes exactly as read, computed when first asked for: reading a case
    /// to check it needs no digest.
    sha256: OnceLock<String>,
}

impl SourceFile {
    /// Reads a file from disk: only a regular file (a FIFO would block the run, a device such
    /// as `/dev/zero` never ends), and never more than [`MAX_INPUT_BYTES`] of it, counted as it
    /// is read (the size the file system reports is not trusted: `/proc` files report 0).
    pub fn read(path: &Path) -> Result<SourceFile, ReadingProblem> {
        let name = crate::text::shown::escape(&path.display().to_string()).into_owned();
        let (file, size, identity) = open_regular(path, &name)?;
        let bytes = read_capped(file, &name, size)?;
        let mut file = SourceFile::from_bytes(name, &bytes)?;
        file.path = Some(path.to_path_buf());
        file.identity = identity;
        Ok(file)
    }

    /// Reads standard input, up to just past the cap.
    pub fn read_stdin() -> Result<SourceFile, ReadingProblem> {
        let name = "<stdin>";
        note_stdin();
        let bytes = read_capped(std::io::stdin().lock(), name, 0)?;
        SourceFile::from_bytes(name, &bytes)
    }

    /// Builds a source from bytes (stdin, an embedded policy, a test).
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<SourceFile, ReadingProblem> {
        let name = name.into();
        if bytes.len() > MAX_INPUT_BYTES {
            // The bytes may stop just past the limit (stdin is read no further): the size is
            // not known.
            return Err(ReadingProblem::TooLarge {
                path: name,
                size: None,
            });
        }
        let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let text = match std::str::from_utf8(body) {
            Ok(text) => text,
            Err(error) => {
                let offset = error.valid_up_to() + (bytes.len() - body.len());
                let line = line_at(bytes, offset);
                return Err(ReadingProblem::NotUtf8 {
                    path: name,
                    offset,
                    line,
                });
            }
        };
        Ok(SourceFile {
            name,
            path: None,
            text: Arc::from(text),
            identity: None,
            bom: body.len() < bytes.len(),
            sha256: OnceLock::new(),
        })
    }

    /// The bytes exactly as read (a byte-order mark included).
    pub fn bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.text.len() + BOM.len());
        if self.bom {
            bytes.extend_from_slice(BOM);
        }
        bytes.extend_from_slice(self.text.as_bytes());
        bytes
    }

    /// Whether the bytes read are exactly `text` (no byte-order mark before it).
    pub fn is_exactly(&self, text: &str) -> bool {
        !self.bom && *self.text == *text
    }

    /// Records the digest of the bytes read, known beforehand (prepared at build time for a
    /// built-in policy), so that it is not computed again.
    /// The file's text as it was read, a byte-order mark included: the bytes its digest is
    /// of (a ledger records it so).
    pub fn original_text(&self) -> String {
        if self.bom {
            format!("\u{FEFF}{}", self.text)
        } else {
            self.text.to_string()
        }
    }

    pub fn known_sha256(self, digest: &str) -> SourceFile {
        let _ = self.sha256.set(digest.to_string());
        self
    }

    /// Hex SHA-256 of the bytes exactly as read (a byte-order mark included).
    pub fn sha256(&self) -> &str {
        self.sha256.get_or_init(|| {
            let mut hasher = Sha256::new();
            if self.bom {
                hasher.update(BOM);
            }
            hasher.update(self.text.as_bytes());
            hex(&hasher.finalize())
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

/// What a file that is not a regular file is, in words; `None` for a regular file.
pub fn kind_of(metadata: &std::fs::Metadata) -> Option<&'static str> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_char_device() {
            return Some("a character device");
        }
        if kind.is_block_device() {
            return Some("a block device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

/// Opens `path` for reading if it is a regular file. The type is checked before opening (a
/// FIFO would block `open` itself, a socket cannot be opened) and again on the open file, which
/// is opened without blocking, so that a file swapped in between is refused too. Returns the file
/// with the size the file system gives it and its identity.
fn open_regular(
    path: &Path,
    name: &str,
) -> Result<(std::fs::File, u64, Option<FileId>), ReadingProblem> {
    let refuse = |metadata: &std::fs::Metadata| -> Result<(), ReadingProblem> {
        if metadata.is_dir() {
            return Err(ReadingProblem::IsDirectory {
                path: name.to_string(),
            });
        }
        match kind_of(metadata) {
            None => Ok(()),
            Some(kind) => Err(ReadingProblem::NotAFile {
                path: name.to_string(),
                kind,
            }),
        }
    };
    let metadata = std::fs::metadata(path).map_err(|error| ReadingProblem::io(name, &error))?;
    refuse(&metadata)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|error| ReadingProblem::io(name, &error))?;
    let metadata = file
        .metadata()
        .map_err(|error| ReadingProblem::io(name, &error))?;
    refuse(&metadata)?;
    let identity = FileId::of(path, &metadata);
    note(identity.clone());
    Ok((file, metadata.len(), identity))
}

/// The largest evidence file hashed: 512 MiB, room for a long screen recording; a bigger file
/// (a sparse "receipt" of 64 GiB) would keep the run busy for minutes.
pub const MAX_EVIDENCE_BYTES: u64 = 512 * 1024 * 1024;

/// Hex SHA-256 of the file at `path` (an evidence file), read in pieces: only a regular file,
/// opened as [`SourceFile::read`] opens one (a FIFO swapped in after a check would block the
/// run), and never more than [`MAX_EVIDENCE_BYTES`] of it, counted as it is read (a file that
/// grows meanwhile is stopped too).
pub fn file_sha256(path: &Path) -> Result<String, ReadingProblem> {
    let name = crate::text::shown::escape(&path.display().to_string()).into_owned();
    let (file, size, _) = open_regular(path, &name)?;
    let too_large = |size: Option<u64>| ReadingProblem::EvidenceTooLarge {
        path: name.clone(),
        size,
    };
    if size > MAX_EVIDENCE_BYTES {
        return Err(too_large(Some(size)));
    }
    let mut file = file.take(MAX_EVIDENCE_BYTES + 1);
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total: u64 = 0;
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(|error| ReadingProblem::io(&name, &error))?;
        if read == 0 {
            break;
        }
        total += read as u64;
        if total > MAX_EVIDENCE_BYTES {
            return Err(too_large(None));
        }
        hasher.update(&buffer[..read]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Reads `reader` to its end, but never more than one byte past [`MAX_INPUT_BYTES`]: enough to
/// know the input is over the cap without reading the rest. `size` is what the file system says
/// the file holds (0 when unknown): room is made for that much at once, within the cap, so that
/// a file is read in one or two calls; it is a hint, never a limit.
pub fn read_capped(reader: impl Read, name: &str, size: u64) -> Result<Vec<u8>, ReadingProblem> {
    let room = usize::try_from(size).map_or(MAX_INPUT_BYTES, |size| size.min(MAX_INPUT_BYTES));
    let mut bytes = Vec::with_capacity(room.saturating_add(1));
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ReadingProblem::io(name, &error))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ReadingProblem::TooLarge {
            path: name.to_string(),
            size: None,
        });
    }
    Ok(bytes)
}

/// The files this run will write reports to ([`watch`]), by identity, each with whether the
/// run has read it (as a case file, a policy or an evidence file): a report is never written
/// over an input ([`crate::cli::artifact`]), whatever path names it. Only the few report files
/// are kept, not every file read: that would grow with the run (a folder of 100 000 cases,
/// megabytes).
static WATCHED: Mutex<Vec<(FileId, bool)>> = Mutex::new(Vec::new());

/// Watches `path`, a file a report of this run will be written to, so that [`is_input_id`] knows
/// whether the run read it. Called before the run reads anything; a path that does not exist
/// yet names no input.
pub fn watch(path: &Path) {
    if let Ok(metadata) = std::fs::metadata(path)
        && let Some(id) = FileId::of(path, &metadata)
        && let Ok(mut watched) = WATCHED.lock()
    {
        watched.push((id, false));
    }
}

/// A file's identity: device and inode where there are such, else its canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileId {
    Inode(u64, u64),
    Path(PathBuf),
}

impl FileId {
    /// The identity of the file `metadata` describes, found at `path`.
    pub fn of(path: &Path, metadata: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            let _ = path;
            use std::os::unix::fs::MetadataExt;
            Some(FileId::Inode(metadata.dev(), metadata.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            path.canonicalize().ok().map(FileId::Path)
        }
    }
}

fn note(id: Option<FileId>) {
    if let (Some(id), Ok(mut watched)) = (id, WATCHED.lock()) {
        for (file, read) in watched.iter_mut() {
            if *file == id {
                *read = true;
            }
        }
    }
}

/// Records a file the run reads or checks by path (an evidence file).
pub fn note_input_path(path: &Path) {
    if let Ok(metadata) = std::fs::metadata(path) {
        note(FileId::of(path, &metadata));
    }
}

/// Records standard input when it is a file (`appeal test - < case.yaml`).
fn note_stdin() {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned()
            && let Ok(metadata) = std::fs::File::from(fd).metadata()
            && metadata.is_file()
        {
            note(FileId::of(Path::new("-"), &metadata));
        }
    }
}

/// Whether the file of identity `id`, watched before the run, is one this run has read.
pub fn is_input_id(id: &FileId) -> bool {
    WATCHED
        .lock()
        .map(|watched| watched.iter().any(|(file, read)| *read && file == id))
        .unwrap_or(false)
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex digits.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reading an input: the file itself could not be read (missing, a folder, too large, not UTF-8, empty).
#[derive(Debug, Clone, Error, Diagnostic)]
pub enum ReadingProblem {
    #[error("cannot read `{path}`: {reason}")]
    #[diagnostic(
        code(appeal::io),
        help("check that the path is spelled right and that you may read it")
    )]
    Io { path: String, reason: String },

    #[error("`{path}` is a directory, not a file")]
    #[diagnostic(
        code(appeal::io::directory),
        help(
            "pass a case file, or a folder to `appeal judge`/`check`, which read every *.yaml, *.yml and *.json below it"
        )
    )]
    IsDirectory { path: String },

    /// A FIFO, a device or a socket: reading it could block the run for ever or never end.
    #[error("`{path}` is {kind}, not a regular file")]
    #[diagnostic(
        code(appeal::io::not_a_file),
        help(
            "only regular files are read; save the case or policy to a file first, or pipe it \
             to `-` (standard input)"
        )
    )]
    NotAFile { path: String, kind: &'static str },

    #[error("no case files (*.yaml, *.yml, *.json) found under `{path}`")]
    #[diagnostic(
        code(appeal::io::no_cases),
        help("point at a case file or a folder that holds some")
    )]
    NoCaseFiles { path: String },

    #[error("`{path}` {}", over_the_limit(*.size))]
    #[diagnostic(
        code(appeal::io::too_large),
        help(
            "real case and policy files are a few kilobytes; split the file or remove pasted binary data"
        )
    )]
    TooLarge {
        path: String,
        /// The size in bytes, when known: stdin is read only up to just past the limit.
        size: Option<u64>,
    },

    #[error("`{path}` {}", over_the_evidence_limit(*.size))]
    #[diagnostic(
        code(appeal::io::evidence_too_large),
        help(
            "an evidence file is hashed whole; keep evidence to what proves the point (a receipt, a screenshot, a short recording), or record a smaller copy"
        )
    )]
    EvidenceTooLarge {
        path: String,
        /// The size in bytes, when known before reading (a file that grew is stopped at the cap).
        size: Option<u64>,
    },

    #[error("`{path}` is not UTF-8 text (invalid byte at offset {offset}, line {line})")]
    #[diagnostic(
        code(appeal::io::not_utf8),
        help("save the file as UTF-8; most editors offer this under \"Save with encoding\"")
    )]
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
    },

    #[error("`{path}` is empty: it holds no {what}")]
    #[diagnostic(code(appeal::io::empty), help("{help}"))]
    EmptyFile {
        path: String,
        what: &'static str,
        help: &'static str,
    },
}

impl ReadingProblem {
    /// What is wrong, without the file's name: for a message that names the file already.
    pub fn reason(&self) -> String {
        match self {
            ReadingProblem::Io { reason, .. } => reason.clone(),
            ReadingProblem::IsDirectory { .. } => "a directory, not a file".to_string(),
            ReadingProblem::NotAFile { kind, .. } => format!("{kind}, not a regular file"),
            other => other.to_string(),
        }
    }
}

impl ReadingProblem {
    /// An I/O failure reading `path`.
    pub fn io(path: &str, error: &std::io::Error) -> ReadingProblem {
        ReadingProblem::Io {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

/// Why a file could not be read, in words.
pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// How an evidence file exceeds its size limit.
fn over_the_evidence_limit(size: Option<u64>) -> String {
    let limit = MAX_EVIDENCE_BYTES / (1024 * 1024);
    match size {
        Some(size) => format!("is {size} bytes, over the {limit} MiB limit for evidence files"),
        None => format!("holds more than the {limit} MiB limit for evidence files"),
    }
}

/// How an input exceeds the size limit: "is 9235999 bytes, over the 8 MiB input limit", or, when
/// only the first bytes past the limit were read, "holds more than the 8 MiB input limit".
fn over_the_limit(size: Option<u64>) -> String {
    let limit = MAX_INPUT_BYTES / (1024 * 1024);
    match size {
        Some(size) => format!("is {size} bytes, over the {limit} MiB input limit"),
        None => format!("holds more than the {limit} MiB input limit"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cap counts the bytes actually read: an endless input stops one byte past it.
    #[test]
    fn the_digest_is_of_the_bytes_as_read_byte_order_mark_included() {
        for bytes in [&b"case: A\n"[..], b"\xEF\xBB\xBFcase: A\n", b""] {
            let Ok(file) = SourceFile::from_bytes("x.yaml", bytes) else {
                continue;
            };
            assert_eq!(file.sha256(), hex_sha256(bytes));
        }
        // The mark is part of what was read, and of the digest.
        let file = SourceFile::from_bytes("x", b"\xEF\xBB\xBFa").unwrap();
        assert_ne!(file.sha256(), hex_sha256(b"a"));
    }

    #[test]
    fn an_evidence_digest_is_of_a_regular_file_only() {
        let dir = tempfile::tempdir().unwrap();
        let photo = dir.path().join("photo.jpg");
        std::fs::write(&photo, b"not really a photo").unwrap();
        assert_eq!(
            file_sha256(&photo).unwrap(),
            hex_sha256(b"not really a photo")
        );
        // A FIFO is refused, not waited on.
        #[cfg(unix)]
        #[allow(unsafe_code)]
        {
            let fifo = dir.path().join("pipe.jpg");
            let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: `name` is a valid NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
            let refused = file_sha256(&fifo).unwrap_err();
            assert_eq!(refused.reason(), "a FIFO (named pipe), not a regular file");
        }
    }

    #[test]
    fn an_endless_input_is_read_only_to_just_past_the_cap() {
        let endless = std::io::repeat(b'a');
        match read_capped(endless, "endless", 0) {
            Err(ReadingProblem::TooLarge { size: None, .. }) => {}
            other => panic!("{other:?}"),
        }
        let at_the_cap = std::io::repeat(b'a').take(MAX_INPUT_BYTES as u64);
        assert_eq!(
            read_capped(at_the_cap, "full", 0).unwrap().len(),
            MAX_INPUT_BYTES
        );
    }
}
