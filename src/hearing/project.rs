//! Where a policy is found: the project a case belongs to, and the rule that keeps a case's
//! `policy:` inside it.
//!
//! The project of a case is found the way cargo finds a manifest: from the case file's folder
//! (the current folder for a case on stdin) upward, the first folder that holds a `policy/`
//! folder is the project root. The walk ([`walk`]) stops after a folder that holds `.git` (a
//! repository root: a case in a clone never picks up a `policy/` folder above it), before a
//! folder anyone may write to or another user owns ([`trusted`]), and at the filesystem root;
//! when no folder on the way holds `policy/`, the project is the case's own folder. The walk
//! is made on the real path of the folder (symbolic links resolved).
//!
//! A case's `policy:` is either
//! - a **policy id** (letters, digits, `-`, `_`): the project's `policy/ID.toml` when there is
//!   one, else the built-in policy of that id; no `policy:` means the id `mexc`;
//! - or a **relative path ending in `.toml`**, from the case file's folder, that resolves
//!   (through symbolic links) to a regular file inside the project.
//!
//! Anything else is refused before any file is opened: absolute paths, paths that leave the
//! project (`..`, or a symbolic link that points out of it), other file types, other
//! extensions. A file outside the project is used only when it is given on the command line
//! (`--policy FILE`), deliberately. On the command line a bare id resolves the same way from
//! the current folder, and `builtin:ID` names the copy built into the binary.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use super::confine::Outside;
use super::remembered::Remembered;
use crate::model::policy::{BUILTIN, PolicyRef};
use crate::reading::diagnostics::{DiskProblem, FileProblems, Problem};
use crate::reading::source::SourceFile;

/// The folders the project walk visits, from `start` (a real path) upward: the one walk that
/// finds a project's `policy/` folder (and so its `i18n/` catalogues), the desk's
/// `appeal.toml` and, for `appeal new`, the project's `schema/case.json`. It stops
///
/// - after a folder that holds `.git` (a repository root: a case in a clone never picks up
///   anything above it),
/// - before a folder that is not [`trusted`]: one anyone may write to (a shared temporary
///   folder such as `/tmp`, where anyone could plant `policy/mexc.toml`), or one owned by
///   another user than the one running (and not by root), the folders git calls of dubious
///   ownership,
/// - at the filesystem root.
pub fn walk(start: &Path) -> Vec<PathBuf> {
    let mut folders = Vec::new();
    let mut at: &Path = start;
    loop {
        if !trusted(at) {
            break;
        }
        folders.push(at.to_path_buf());
        if at.join(".git").exists() {
            break;
        }
        match at.parent() {
            Some(parent) => at = parent,
            None => break,
        }
    }
    folders
}

/// Whether the project walk may take what `folder` holds: no one but its owner may write to
/// it (not world-writable), and its owner is the user running or root. A folder that cannot
/// be read is not trusted.
pub fn trusted(folder: &Path) -> bool {
    #[cfg(unix)]
    #[allow(unsafe_code)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(metadata) = std::fs::metadata(folder) else {
            return false;
        };
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        metadata.mode() & 0o002 == 0 && (metadata.uid() == me || metadata.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        folder.is_dir()
    }
}

/// The folder of a project that holds its policies.
pub const POLICY_FOLDER: &str = "policy";

/// The prefix that names a built-in policy on the command line: `builtin:mexc`.
pub const BUILTIN_PREFIX: &str = "builtin:";

/// The folder tree a case belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// The project root, symbolic links resolved.
    pub root: PathBuf,
    /// Whether the root holds a `policy/` folder; when not, no folder from the case's own
    /// upward does, and the root is the case's own folder.
    pub has_policy_folder: bool,
}

impl Project {
    /// The project of a case in `folder` (relative to the current folder, or absolute): the
    /// first folder of the [`walk`] that holds a trusted `policy/` folder.
    pub fn find(folder: &Path) -> io::Result<Project> {
        let start = folder.canonicalize()?;
        for at in walk(&start) {
            let policies = at.join(POLICY_FOLDER);
            if policies.is_dir() && trusted(&policies) {
                return Ok(Project {
                    root: at,
                    has_policy_folder: true,
                });
            }
        }
        Ok(Project {
            root: start,
            has_policy_folder: false,
        })
    }

    /// Whether `path` (symbolic links resolved) is inside the project.
    fn holds(&self, path: &Path) -> bool {
        path.starts_with(&self.root)
    }

    /// The ids of the policies in the project's `policy/` folder, sorted.
    fn policy_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(self.root.join(POLICY_FOLDER))
            .into_iter()
            .flatten()
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let id = name.strip_suffix(".toml")?;
                is_policy_id(id).then(|| id.to_string())
            })
            .collect();
        ids.sort();
        ids
    }
}

/// Where a policy was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The copy built into the binary: named with `builtin:`, or no `policy/ID.toml` in the
    /// project (`project` is its root, when a folder with `policy/` was found).
    Builtin { project: Option<PathBuf> },
    /// `policy/ID.toml` of the project rooted at `project`.
    InProject { project: PathBuf },
    /// A `.toml` path named by a case, inside its project.
    NamedByCase { project: PathBuf },
    /// A file given on the command line.
    Given,
}

/// A policy found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub reference: PolicyRef,
    pub found: Found,
    /// The id the policy was asked for by, when it was (a file found as `policy/ID.toml` must
    /// carry that id).
    pub id: Option<String>,
}

impl Resolved {
    /// Where the policy was found, in words, for `policy show`: "policy/mexc.toml, in the
    /// project at `.` (…)", "the copy built into this binary (…)".
    pub fn describe(&self, projects: &Projects) -> String {
        let file = shown_file(&self.reference);
        let id = self.id.as_deref().unwrap_or("");
        match &self.found {
            Found::Builtin { project: None } if self.id.is_some() => format!(
                "the copy built into this binary (no folder from here upward holds \
                 {POLICY_FOLDER}/{id}.toml)"
            ),
            Found::Builtin { project: None } => {
                "the copy built into this binary, as asked with `builtin:`".to_string()
            }
            Found::Builtin {
                project: Some(root),
            } => format!(
                "the copy built into this binary (the project at `{}` has no \
                 {POLICY_FOLDER}/{id}.toml)",
                projects.shown(root)
            ),
            Found::InProject { project } => format!(
                "{file}, in the project at `{}` (the nearest folder from here upward that holds \
                 {POLICY_FOLDER}/)",
                projects.shown(project)
            ),
            Found::NamedByCase { project } => format!(
                "{file}, named by the case, inside its project at `{}`",
                projects.shown(project)
            ),
            Found::Given => format!("{file}, the file given on the command line"),
        }
    }
}

/// Why a case's `policy:` is refused, or cannot be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Under the `policy:` value: what is wrong, in a few words.
    pub reason: String,
    /// Whether the value names something the case may not read (a refusal), rather than
    /// something that is not there.
    pub confinement: bool,
    /// The project's root, when it was found.
    pub project: Option<PathBuf>,
    /// A "did you mean" or a list of the ids there are, for an unknown id.
    pub suggestion: Option<String>,
}

/// A case's folder and its `policy:` as written.
type CaseFolderPolicy = (PathBuf, Option<String>);

/// Projects found so far in a run (by the folder a case is in), and the current folder: every
/// case of a folder shares one walk.
#[derive(Default)]
pub struct Projects {
    found: Remembered<PathBuf, Result<Project, String>>,
    /// Each case folder's `policy:` values, resolved: the cases of a folder share the look-ups.
    resolved: Remembered<CaseFolderPolicy, Result<Resolved, Refusal>>,
    current: Mutex<Option<Option<PathBuf>>>,
}

impl Projects {
    /// The project of a case whose file is in `folder`; the error is the reason the folder
    /// could not be resolved.
    pub fn of(&self, folder: &Path) -> Result<Project, String> {
        self.found
            .get(folder, || Project::find(folder).map_err(|e| reason_of(&e)))
    }

    /// The current folder, symbolic links resolved.
    fn current(&self) -> Option<PathBuf> {
        if let Ok(mut current) = self.current.lock() {
            return current
                .get_or_insert_with(|| std::env::current_dir().and_then(|d| d.canonicalize()).ok())
                .clone();
        }
        None
    }

    /// `path` (symbolic links resolved) as it is shown and opened: relative to the current
    /// folder when it is below it (`policy/mexc.toml`), else whole.
    pub fn shown(&self, path: &Path) -> String {
        self.openable(path).display().to_string()
    }

    /// `path` relative to the current folder (`policy/mexc.toml`, `../policy/mexc.toml`) when
    /// the two share more than the filesystem root, else whole. Both have their links resolved,
    /// so the relative form opens the same file.
    fn openable(&self, path: &Path) -> PathBuf {
        let Some(current) = self.current() else {
            return path.to_path_buf();
        };
        if path == current {
            return PathBuf::from(".");
        }
        let (ours, theirs): (Vec<_>, Vec<_>) =
            (path.components().collect(), current.components().collect());
        let shared = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
        if shared <= 1 {
            return path.to_path_buf();
        }
        let mut relative = PathBuf::new();
        for _ in shared..theirs.len() {
            relative.push("..");
        }
        for component in &ours[shared..] {
            relative.push(component.as_os_str());
        }
        relative
    }
}

/// "no such file", "permission denied", or the system's words.
fn reason_of(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// Whether `text` is a policy id: letters, digits, `-` and `_`, starting with a letter or digit.
pub fn is_policy_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn builtin(id: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .map(|(name, _)| *name)
        .find(|name| *name == id)
}

/// `path` with `.` and `..` taken out, without looking at the file system.
fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The policy a case is judged under: `written` is its `policy:` (`None`: the id `mexc`),
/// `folder` the case file's folder (the current folder for stdin). Resolved once per run for
/// each folder and value.
pub fn resolve_case(
    written: Option<&str>,
    folder: &Path,
    projects: &Projects,
) -> Result<Resolved, Refusal> {
    let key = (folder.to_path_buf(), written.map(str::to_string));
    projects
        .resolved
        .get(&key, || resolve_case_uncached(written, folder, projects))
}

fn resolve_case_uncached(
    written: Option<&str>,
    folder: &Path,
    projects: &Projects,
) -> Result<Resolved, Refusal> {
    let written = written.unwrap_or("mexc");
    // Refusals that need no file system come first: nothing is looked at for them.
    if let Some(reason) = unsound_value(written) {
        return Err(refused(reason, None, folder, projects));
    }
    let project = projects.of(folder).map_err(|why| Refusal {
        reason: format!(
            "the case's folder `{}` cannot be resolved ({why}), so neither can its project",
            folder.display()
        ),
        confinement: false,
        project: None,
        suggestion: None,
    })?;
    // `Project::find` resolved the folder already: this cannot fail unless it just vanished.
    let real_folder = folder
        .canonicalize()
        .map_err(|e| refused(reason_of(&e), Some(&project), folder, projects))?;
    if written.ends_with(".toml") {
        named_file(
            Path::new(written),
            (&real_folder, folder),
            &project,
            projects,
        )
    } else {
        named_id(written, &project, projects)
    }
}

/// Why a `policy:` value is refused before the file system is looked at: an absolute path, or
/// neither a policy id nor a `.toml` path.
fn unsound_value(written: &str) -> Option<String> {
    if Path::new(written).is_absolute() || written.starts_with(['/', '\\']) {
        return Some("an absolute path".into());
    }
    if written.ends_with(".toml") || is_policy_id(written) {
        return None;
    }
    Some(if written.contains(['/', '\\']) {
        "a path that does not end in `.toml`".to_string()
    } else {
        "neither a policy id (letters, digits, `-`, `_`) nor a `.toml` path".to_string()
    })
}

/// A case's `policy:` refused for `reason`, naming its project: `project`, else the project of
/// the case's `folder` when it can be found.
fn refused(
    reason: String,
    project: Option<&Project>,
    folder: &Path,
    projects: &Projects,
) -> Refusal {
    Refusal {
        reason,
        confinement: true,
        // Named in the help even when the value is refused before the project is needed.
        project: project
            .cloned()
            .or_else(|| projects.of(folder).ok())
            .map(|p| p.root),
        suggestion: None,
    }
}

/// The policy file a case names by its `path` from its folder (`real_folder` resolved, `folder`
/// as given), which must lie inside its `project`.
fn named_file(
    path: &Path,
    (real_folder, folder): (&Path, &Path),
    project: &Project,
    projects: &Projects,
) -> Result<Resolved, Refusal> {
    let lexical = normalized(&real_folder.join(path));
    if !project.holds(&lexical) {
        return Err(refused(
            format!(
                "leaves the project at `{}` (the case's folder tree that holds {POLICY_FOLDER}/)",
                projects.shown(&project.root)
            ),
            Some(project),
            folder,
            projects,
        ));
    }
    let file = confined_file(
        &real_folder.join(path),
        &folder.join(path),
        project,
        projects,
    )?;
    Ok(Resolved {
        reference: PolicyRef::File(projects.openable(&file)),
        found: Found::NamedByCase {
            project: project.root.clone(),
        },
        id: None,
    })
}

/// The policy a case names by its id: the project's own, else the built-in one.
fn named_id(written: &str, project: &Project, projects: &Projects) -> Result<Resolved, Refusal> {
    match project_policy(written, project, projects)? {
        Some(reference) => Ok(Resolved {
            reference,
            found: Found::InProject {
                project: project.root.clone(),
            },
            id: Some(written.to_string()),
        }),
        None => match builtin(written) {
            Some(name) => Ok(Resolved {
                reference: builtin_edition(name),
                found: Found::Builtin {
                    project: project.has_policy_folder.then(|| project.root.clone()),
                },
                id: Some(written.to_string()),
            }),
            None => Err(unknown_id(written, Some(project))),
        },
    }
}

/// An id neither in the project nor built in.
fn unknown_id(id: &str, project: Option<&Project>) -> Refusal {
    let mut ids: Vec<String> = project.map(Project::policy_ids).unwrap_or_default();
    ids.extend(BUILTIN.iter().map(|(name, _)| name.to_string()));
    ids.sort();
    ids.dedup();
    let place = match project {
        Some(project) if project.has_policy_folder => format!("not in {POLICY_FOLDER}/ and "),
        _ => String::new(),
    };
    Refusal {
        reason: format!("{place}not a built-in policy"),
        confinement: false,
        project: project.map(|p| p.root.clone()),
        suggestion: Some(crate::reading::diagnostics::suggest(
            id,
            ids.iter().map(String::as_str),
            "policy ids",
        )),
    }
}

/// The project's `policy/ID.toml`, when it has one (confined like any file a case names).
fn in_project(
    id: &str,
    project: &Project,
    projects: &Projects,
) -> Result<Option<PathBuf>, Refusal> {
    if !project.has_policy_folder {
        return Ok(None);
    }
    let candidate = project.root.join(POLICY_FOLDER).join(format!("{id}.toml"));
    // A dangling link is there (and refused below); a missing file is not.
    if std::fs::symlink_metadata(&candidate).is_err() {
        return Ok(None);
    }
    let shown = projects.openable(&candidate);
    confined_file(&candidate, &shown, project, projects).map(Some)
}

/// The editions of `id` in the project: the `.toml` files of its `policy/ID/` folder, or its
/// `policy/ID.toml` as the one edition; `None` when it has neither. Each file is confined like
/// any policy file of the project; having both the folder and the file is refused, as neither
/// could be told to be the one meant.
fn project_policy(
    id: &str,
    project: &Project,
    projects: &Projects,
) -> Result<Option<PolicyRef>, Refusal> {
    let single = in_project(id, project, projects)?;
    let folder = edition_folder(id, project, projects)?;
    let editions = match (single, folder) {
        (None, None) => return Ok(None),
        (Some(_), Some(_)) => {
            return Err(Refusal {
                reason: format!(
                    "both {POLICY_FOLDER}/{id}.toml and the folder of editions \
                     {POLICY_FOLDER}/{id}/ are there"
                ),
                confinement: false,
                project: Some(project.root.clone()),
                suggestion: Some(format!(
                    "keep the editions of `{id}` in one place: move {POLICY_FOLDER}/{id}.toml \
                     into {POLICY_FOLDER}/{id}/ (with its `effective_from`), or remove the folder"
                )),
            });
        }
        (Some(file), None) => vec![file],
        (None, Some(files)) => files,
    };
    Ok(Some(PolicyRef::Editions {
        id: id.to_string(),
        editions: editions
            .iter()
            .map(|file| PolicyRef::File(projects.openable(file)))
            .collect(),
    }))
}

/// The `.toml` files of the project's `policy/ID/` folder, sorted, each confined; `None` when
/// there is no such folder.
fn edition_folder(
    id: &str,
    project: &Project,
    projects: &Projects,
) -> Result<Option<Vec<PathBuf>>, Refusal> {
    if !project.has_policy_folder {
        return Ok(None);
    }
    let folder = project.root.join(POLICY_FOLDER).join(id);
    if !std::fs::symlink_metadata(&folder).is_ok_and(|m| m.is_dir()) {
        return Ok(None);
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|e| Refusal {
            reason: format!("cannot read {POLICY_FOLDER}/{id}/: {}", reason_of(&e)),
            confinement: false,
            project: Some(project.root.clone()),
            suggestion: None,
        })?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let shown = projects.openable(&name);
        files.push(confined_file(&name, &shown, project, projects)?);
    }
    Ok(Some(files))
}

/// The policy ids `policy check` reads with no argument: every built-in id, then every id the
/// current folder's project has in its `policy/` folder (`ID.toml`, or a folder of editions
/// `ID/`), each once.
pub fn ids_here(projects: &Projects) -> Vec<String> {
    let mut ids: Vec<String> = BUILTIN.iter().map(|(name, _)| name.to_string()).collect();
    let Some(project) = projects
        .of(Path::new("."))
        .ok()
        .filter(|p| p.has_policy_folder)
    else {
        return ids;
    };
    let mut theirs: Vec<String> = std::fs::read_dir(project.root.join(POLICY_FOLDER))
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let id = if is_dir {
                name
            } else {
                name.strip_suffix(".toml")?.to_string()
            };
            is_policy_id(&id).then_some(id)
        })
        .filter(|id| !ids.contains(id))
        .collect();
    theirs.sort();
    theirs.dedup();
    ids.extend(theirs);
    ids
}

/// The built-in policy `name` as the one edition of its id.
fn builtin_edition(name: &'static str) -> PolicyRef {
    PolicyRef::Editions {
        id: name.to_string(),
        editions: vec![PolicyRef::Builtin(name)],
    }
}

/// The file a reference names, as shown: a path, the folder of several editions
/// (`policy/mexc/`), or nothing for a built-in policy.
fn shown_file(reference: &PolicyRef) -> String {
    match reference {
        PolicyRef::File(path) => path.display().to_string(),
        PolicyRef::Builtin(_) => String::new(),
        PolicyRef::Editions { editions, .. } => match editions.as_slice() {
            [one] => shown_file(one),
            [PolicyRef::File(first), ..] => first
                .parent()
                .map(|folder| format!("{}/", folder.display()))
                .unwrap_or_default(),
            _ => String::new(),
        },
    }
}

/// `path` with symbolic links resolved, when it is a regular `.toml` file inside the project.
/// `shown` is `path` as the user would write it, for messages.
fn confined_file(
    path: &Path,
    shown: &Path,
    project: &Project,
    projects: &Projects,
) -> Result<PathBuf, Refusal> {
    // The extension is checked on the file a link leads to, before its type: a link to a
    // folder named `x.toml` is a folder.
    let real = super::confine::file_inside(path, &project.root)
        .map_err(|outside| outside_refusal(outside, (path, shown), project, projects))?;
    if real.extension().and_then(|e| e.to_str()) != Some("toml") {
        return Err(refused_in(project, not_toml(), true));
    }
    Ok(real)
}

/// Why a symbolic link does not lead to a `.toml` file.
fn not_toml() -> String {
    "a symbolic link to a file that does not end in `.toml`".to_string()
}

/// A case's policy file in `project` refused for `reason` (`confinement`: it may not be read,
/// rather than is not there).
fn refused_in(project: &Project, reason: String, confinement: bool) -> Refusal {
    Refusal {
        reason,
        confinement,
        project: Some(project.root.clone()),
        suggestion: None,
    }
}

/// Why the file at `path` (`shown` as the case wrote it) is not one inside `project` that a
/// case may read.
fn outside_refusal(
    outside: Outside,
    (path, shown): (&Path, &Path),
    project: &Project,
    projects: &Projects,
) -> Refusal {
    let (reason, confinement) = match outside {
        Outside::NotAFile { folder } => {
            let real = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            if real.extension().and_then(|e| e.to_str()) != Some("toml") {
                (not_toml(), true)
            } else if folder {
                ("a folder".to_string(), true)
            } else {
                let what = "not a regular file (a device, a pipe or a socket)";
                (what.to_string(), true)
            }
        }
        Outside::Missing(e) => (
            format!("cannot read `{}`: {}", shown.display(), reason_of(&e)),
            false,
        ),
        Outside::DanglingLink => (
            "a symbolic link to nothing that can be read".to_string(),
            true,
        ),
        Outside::Leaves => (
            format!(
                "a symbolic link to a file outside the project at `{}`",
                projects.shown(&project.root)
            ),
            true,
        ),
        Outside::Hidden(name) => (
            format!(
                "a path through `{}`, a hidden name, which a case may not name",
                crate::text::shown::escape(&name)
            ),
            true,
        ),
    };
    refused_in(project, reason, confinement)
}

/// A policy named on the command line (`--policy`, `policy check|show|diff`): `builtin:ID`,
/// an id (the current folder's project's `policy/ID.toml`, else the built-in), or any file.
pub fn resolve_command_line(written: &str, projects: &Projects) -> Result<Resolved, FileProblems> {
    if let Some(id) = written.strip_prefix(BUILTIN_PREFIX) {
        return builtin_named(written, id);
    }
    if let Some((id, day)) = written.split_once('@')
        && is_policy_id(id)
    {
        return resolve_edition_on(written, id, day, projects);
    }
    if !is_policy_id(written) {
        return Ok(Resolved {
            reference: PolicyRef::File(PathBuf::from(written)),
            found: Found::Given,
            id: None,
        });
    }
    command_line_id(written, projects)
}

/// `builtin:ID` on the command line (`written`): the built-in policy `id`, whatever the project
/// holds.
fn builtin_named(written: &str, id: &str) -> Result<Resolved, FileProblems> {
    match builtin(id) {
        Some(name) => Ok(Resolved {
            reference: PolicyRef::Builtin(name),
            found: Found::Builtin { project: None },
            id: None,
        }),
        None => {
            let names: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
            Err(FileProblems::single(
                written,
                Problem::unknown_policy(id, &names),
            ))
        }
    }
}

/// A policy id on the command line: the current folder's project's `policy/ID.toml`, else the
/// built-in one.
fn command_line_id(written: &str, projects: &Projects) -> Result<Resolved, FileProblems> {
    let project = projects.of(Path::new(".")).ok();
    let found = match &project {
        Some(project) => project_policy(written, project, projects).map_err(|refusal| {
            let reason = match refusal.suggestion {
                Some(suggestion) => format!("{}; {suggestion}", refusal.reason),
                None => refusal.reason,
            };
            FileProblems::single(
                format!("{POLICY_FOLDER}/{written}.toml"),
                Problem::Disk(DiskProblem::ProjectPolicyRefused {
                    path: format!("{POLICY_FOLDER}/{written}.toml"),
                    reason,
                }),
            )
        })?,
        None => None,
    };
    match (found, builtin(written)) {
        (Some(reference), _) => Ok(Resolved {
            reference,
            found: Found::InProject {
                project: project.map(|p| p.root).unwrap_or_default(),
            },
            id: Some(written.to_string()),
        }),
        (None, Some(name)) => Ok(Resolved {
            reference: builtin_edition(name),
            found: Found::Builtin {
                project: project.filter(|p| p.has_policy_folder).map(|p| p.root),
            },
            id: Some(written.to_string()),
        }),
        (None, None) => {
            let mut names: Vec<String> = project
                .as_ref()
                .map(Project::policy_ids)
                .unwrap_or_default();
            names.extend(BUILTIN.iter().map(|(n, _)| n.to_string()));
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            Err(FileProblems::single(
                written,
                Problem::unknown_policy(written, &names),
            ))
        }
    }
}

/// `ID@YYYY-MM-DD` on the command line: the edition of `ID` in force on that day (as `ID`
/// resolves from here), applied as given.
fn resolve_edition_on(
    written: &str,
    id: &str,
    day: &str,
    projects: &Projects,
) -> Result<Resolved, FileProblems> {
    let refuse = |message: String, help: String| {
        FileProblems::single(written, Problem::invalid(message, &(0..0), "", help))
    };
    let Ok(date) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
        return Err(refuse(
            format!("`{written}`: `{day}` is not a day"),
            format!("name an edition by its id and a day: `{id}@2025-05-29`"),
        ));
    };
    let resolved = resolve_command_line(id, projects)?;
    let editions = editions(&resolved.reference).map_err(|mut problems| problems.remove(0))?;
    let Some(edition) = editions.on_day(date) else {
        let earliest = &editions.all()[0];
        return Err(refuse(
            format!("no edition of the policy `{id}` was in force on {date}"),
            format!(
                "its earliest edition, {} {}, is in force from {}",
                earliest.id,
                earliest.version,
                earliest
                    .effective_from
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ),
        ));
    };
    Ok(Resolved {
        reference: PolicyRef::of(edition),
        found: resolved.found,
        id: None,
    })
}

/// Reads and checks every edition `reference` names (one for a single file or a built-in
/// policy), each as [`load`] reads a policy.
pub fn editions(
    reference: &PolicyRef,
) -> Result<crate::model::editions::Editions, Vec<FileProblems>> {
    reference.editions(load)
}

/// Reads and validates a policy, from the binary or from a file (named by a case's `policy:`,
/// its project's `policy/ID.toml` or the command line). A file without a `[policy]` table is not
/// a policy: it is refused without a word of its content, which might be anything (a `.env`, a
/// key).
pub fn load(reference: &PolicyRef) -> Result<crate::model::policy::Policy, FileProblems> {
    match reference {
        PolicyRef::File(path) => {
            // Read as a policy first: a file that reads as one has a `[policy]` table, and is
            // parsed once. Only a file that does not is asked whether it looks like a policy,
            // to tell its mistakes from a file that is no policy at all.
            let name = path.display().to_string();
            let source =
                SourceFile::read(path).map_err(|p| FileProblems::single(name.clone(), p))?;
            match crate::model::policy::load(source.clone(), name.clone()) {
                Ok(policy) => Ok(policy),
                Err(problems) if looks_like_a_policy(&source) => Err(problems),
                Err(_) => Err(FileProblems::single(
                    name.clone(),
                    Problem::Disk(DiskProblem::NotAPolicy { path: name }),
                )),
            }
        }
        PolicyRef::Builtin(_) => reference.load(),
        // What the editions stand for without a case: the latest.
        PolicyRef::Editions { .. } => editions(reference)
            .map(|editions| (**editions.latest()).clone())
            .map_err(|mut problems| problems.remove(0)),
    }
}

/// Whether the file has a `[policy]` table (as a header or as dotted keys), even if the rest of
/// it has mistakes. A file of comments and blank lines counts (it is reported as empty, and
/// holds nothing to quote).
fn looks_like_a_policy(source: &SourceFile) -> bool {
    if let Ok(tree) = crate::reading::document::parse_toml(source)
        && let crate::reading::document::Value::Map(entries) = &tree.value
    {
        return entries.is_empty()
            || entries.iter().any(|e| {
                e.key == "policy"
                    && matches!(e.value.value, crate::reading::document::Value::Map(_))
            });
    }
    source.text.lines().any(|line| {
        let line = line.trim();
        line.strip_prefix('[')
            .and_then(|rest| rest.split(']').next())
            .is_some_and(|inside| inside.trim() == "policy")
            || line.starts_with("policy.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_letters_digits_dashes_and_underscores() {
        for id in ["mexc", "bitget", "mexc-partial-release", "acme_2"] {
            assert!(is_policy_id(id), "{id}");
        }
        for not in ["", "..", ".hidden", "a/b", "mexc.toml", "-x", "a b", "é"] {
            assert!(!is_policy_id(not), "{not}");
        }
    }

    #[test]
    fn normalizing_takes_out_dots_without_the_file_system() {
        assert_eq!(
            normalized(Path::new("/p/cases/../policy/./x.toml")),
            PathBuf::from("/p/policy/x.toml")
        );
        assert_eq!(
            normalized(Path::new("/p/cases/../../../proc/self/environ")),
            PathBuf::from("/proc/self/environ")
        );
    }

    #[test]
    fn the_project_is_the_nearest_folder_with_policy_and_stops_at_git() {
        let top = tempfile::tempdir().unwrap();
        let root = top.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("outer/policy")).unwrap();
        std::fs::create_dir_all(root.join("outer/repo/cases/deep")).unwrap();
        // No .git: the walk reaches outer/.
        let project = Project::find(&root.join("outer/repo/cases/deep")).unwrap();
        assert_eq!(project.root, root.join("outer"));
        assert!(project.has_policy_folder);
        // A repository root stops it: the case's own folder is the project.
        std::fs::create_dir_all(root.join("outer/repo/.git")).unwrap();
        let project = Project::find(&root.join("outer/repo/cases/deep")).unwrap();
        assert_eq!(project.root, root.join("outer/repo/cases/deep"));
        assert!(!project.has_policy_folder);
        // A policy/ folder at the repository root is found.
        std::fs::create_dir_all(root.join("outer/repo/policy")).unwrap();
        let project = Project::find(&root.join("outer/repo/cases/deep")).unwrap();
        assert_eq!(project.root, root.join("outer/repo"));
    }

    #[test]
    fn files_without_a_policy_table_are_not_policies() {
        let source = |text: &str| SourceFile::from_bytes("x.toml", text.as_bytes()).unwrap();
        assert!(looks_like_a_policy(&source("[policy]\nid = \"x\"\n")));
        assert!(looks_like_a_policy(&source(
            "[ policy ] # c\nid = = broken\n"
        )));
        assert!(looks_like_a_policy(&source("policy.id = \"x\"\n")));
        assert!(!looks_like_a_policy(&source("SECRET=hunter2\n")));
        assert!(!looks_like_a_policy(&source("[package]\nname = \"x\"\n")));
        assert!(!looks_like_a_policy(&source("[policyx]\n")));
        assert!(looks_like_a_policy(&source("# nothing yet\n\n")));
    }
}
