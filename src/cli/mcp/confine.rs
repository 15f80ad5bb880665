//! The paths an agent may name: inside the project the server was started in, found as a case's
//! project is ([`crate::hearing::project`]: from the current folder upward, the first folder
//! that holds `policy/`, stopping at a repository root). On the command line a user may name any
//! file deliberately; an agent names files in the project or none. Symbolic links are resolved
//! before the check, so a link that points out of the project is refused too.

use std::path::{Path, PathBuf};

use crate::hearing::project::{self, BUILTIN_PREFIX, Project};

/// A path an agent named that the server does not read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Refused {
    #[error("`{path}` is outside the project the server runs in ({root})")]
    #[diagnostic(
        code(appeal::mcp::outside_project),
        help(
            "name a file or folder inside the project, relative to it or absolute; start the \
             server in another project to read its files"
        )
    )]
    Outside { path: String, root: String },
    #[error("`{path}` cannot be read: {reason}")]
    #[diagnostic(
        code(appeal::mcp::unreadable_path),
        help("check the path: relative paths start at the folder the server runs in")
    )]
    Unreadable { path: String, reason: String },
}

/// The project the server serves.
#[derive(Debug, Clone)]
pub struct Confinement {
    root: PathBuf,
}

impl Confinement {
    /// The project of the current folder.
    pub fn here() -> std::io::Result<Confinement> {
        Ok(Confinement {
            root: Project::find(Path::new("."))?.root,
        })
    }

    /// The root the paths are confined to.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `written` when it names something inside the project (it must exist).
    pub fn path(&self, written: &Path) -> Result<PathBuf, Refused> {
        let shown = written.display().to_string();
        let real = written
            .canonicalize()
            .map_err(|error| Refused::Unreadable {
                path: shown.clone(),
                reason: crate::reading::source::io_reason(&error),
            })?;
        if real.starts_with(&self.root) {
            Ok(written.to_path_buf())
        } else {
            Err(Refused::Outside {
                path: shown,
                root: self.root.display().to_string(),
            })
        }
    }

    /// A `--policy` value: an id or `builtin:ID` as it is, a file only inside the project.
    pub fn policy(&self, written: &str) -> Result<(), Refused> {
        if project::is_policy_id(written) || written.starts_with(BUILTIN_PREFIX) {
            return Ok(());
        }
        self.path(Path::new(written)).map(|_| ())
    }
}
