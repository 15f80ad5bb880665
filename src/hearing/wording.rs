//! A project's own wording: `i18n/LANG/*.ftl` beside its `policy/` folder, whose messages replace
//! the built-in ones of that language message by message, so that compliance can change what
//! the parties are told without a new build.
//!
//! The folder is found with the project ([`super::project`]): the root that holds `policy/`.
//! Its files are confined as a case's policy is: only regular `.ftl` files whose real path
//! (symbolic links resolved) is inside the project are read, only in the folders of languages
//! there are, at most [`MAX_FILE`] bytes each; anything else is refused with a diagnostic.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::reading::diagnostics::{FileProblems, Problem};

use super::project::Project;

/// The folder of a project that holds its catalogues.
pub const WORDING_FOLDER: &str = "i18n";

/// The largest catalogue file read (a whole built-in language is a tenth of it).
pub const MAX_FILE: u64 = 1 << 20;

/// A project's own wording: FTL texts whose messages replace the built-in ones of a language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectWording {
    /// By language tag, the project's FTL text for it.
    pub texts: HashMap<String, String>,
}

/// The wording of each project seen in a run, read once.
#[derive(Default)]
pub struct WordingShelf {
    read: Mutex<HashMap<PathBuf, Result<Arc<ProjectWording>, FileProblems>>>,
}

impl WordingShelf {
    /// The wording of `project`: empty when it has no `policy/` folder (no project) or no
    /// `i18n/` folder.
    pub fn of(&self, project: &Project) -> Result<Arc<ProjectWording>, FileProblems> {
        if !project.has_policy_folder {
            return Ok(Arc::default());
        }
        if let Ok(read) = self.read.lock()
            && let Some(found) = read.get(&project.root)
        {
            return found.clone();
        }
        let found = read_wording(&project.root).map(Arc::new);
        if let Ok(mut read) = self.read.lock() {
            read.insert(project.root.clone(), found.clone());
        }
        found
    }
}

/// Every `i18n/LANG/*.ftl` of the project at `root`, joined by language.
fn read_wording(root: &Path) -> Result<ProjectWording, FileProblems> {
    let folder = root.join(WORDING_FOLDER);
    let mut wording = ProjectWording::default();
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(wording);
    };
    let mut languages: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    languages.sort();
    for language in languages {
        let tag = language
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let shown = format!("{WORDING_FOLDER}/{tag}");
        if !crate::vocab::language::TAGS.contains(&tag.as_str()) {
            return Err(refused(
                &shown,
                format!("`{tag}` is not a language there is"),
                format!(
                    "name the folder after one of: {}",
                    crate::vocab::language::languages().join(", ")
                ),
            ));
        }
        let mut text = String::new();
        for file in ftl_files(root, &language, &shown)? {
            text.push_str(&file);
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        if !text.is_empty() {
            wording.texts.insert(tag, text);
        }
    }
    Ok(wording)
}

/// The `.ftl` files of one language folder, sorted, each confined to the project and parsed;
/// an unchanged copy of a built-in file is left out.
fn ftl_files(root: &Path, folder: &Path, shown: &str) -> Result<Vec<String>, FileProblems> {
    let tag = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let built_in = crate::vocab::catalogue::catalogue(tag);
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| refused(shown, e.to_string(), "make the folder readable".into()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut texts = Vec::new();
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let shown = format!("{shown}/{name}");
        let confine = "keep the project's catalogues as regular .ftl files inside the project";
        let real = file
            .canonicalize()
            .map_err(|e| refused(&shown, e.to_string(), confine.into()))?;
        let metadata =
            std::fs::metadata(&real).map_err(|e| refused(&shown, e.to_string(), confine.into()))?;
        if !real.starts_with(&real_root)
            || !metadata.is_file()
            || real.extension().is_none_or(|e| e != "ftl")
        {
            return Err(refused(
                &shown,
                "a link out of the project, or not a regular .ftl file".into(),
                confine.into(),
            ));
        }
        if metadata.len() > MAX_FILE {
            return Err(refused(
                &shown,
                format!("larger than {MAX_FILE} bytes"),
                "split the catalogue, or keep only the messages it changes".into(),
            ));
        }
        let bytes =
            std::fs::read(&real).map_err(|e| refused(&shown, e.to_string(), confine.into()))?;
        if built_in.is_some_and(|catalogue| catalogue.is_built_in_file(name, &bytes)) {
            // An unchanged copy of the built-in file (a checkout of this project's source, or
            // a desk that copied the catalogues to edit later) says nothing new: not read again.
            continue;
        }
        let text = String::from_utf8(bytes)
            .map_err(|e| refused(&shown, e.to_string(), "write the file in UTF-8".into()))?;
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.clone()) {
            let first = errors.first().map(|e| format!("{e:?}")).unwrap_or_default();
            return Err(refused(
                &shown,
                format!("not a Fluent catalogue ({first})"),
                "write `message-id = text`, as i18n/en/*.ftl of the project's source does".into(),
            ));
        }
        texts.push(text);
    }
    Ok(texts)
}

fn refused(shown: &str, reason: String, help: String) -> FileProblems {
    FileProblems::single(
        shown.to_string(),
        Problem::invalid(
            format!("the project's catalogue `{shown}` cannot be used: {reason}"),
            &(0..0),
            "",
            help,
        ),
    )
}
