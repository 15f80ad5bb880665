//! A project's own wording: `i18n/LANG/*.ftl` beside its `policy/` folder, whose messages replace
//! the built-in ones of that language message by message, so that compliance can change what
//! the parties are told without a new build.
//!
//! The folder is found with the project ([`super::project`]): the root that holds `policy/`.
//! Its files are confined as a case's policy is: only regular `.ftl` files whose real path
//! (symbolic links resolved) is inside the project are read, only in the folders of languages
//! there are, at most [`MAX_FILE`] bytes each; anything else is refused with a diagnostic.
//!
//! A language's folder is read when a ruling is first said in that language (the reader's, a
//! party's, or English under a partial catalogue), once per run: a mistake in `i18n/es/` stops
//! the rulings said in Spanish, not those said in English. The names of the language folders are
//! checked on every run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::reading::diagnostics::{FileProblems, Problem};

use super::project::Project;
use super::remembered::Remembered;

/// The folder of a project that holds its catalogues.
pub const WORDING_FOLDER: &str = "i18n";

/// The largest catalogue file read (a whole built-in language is a tenth of it).
pub const MAX_FILE: u64 = 1 << 20;

/// A project's own wording: FTL texts whose messages replace the built-in ones of a language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectWording {
    /// By language tag, the project's FTL text for it (only the languages asked for), shared
    /// with the shelf that read it: a batch's cases do not copy it.
    pub texts: HashMap<String, Arc<String>>,
}

/// What one language folder of a project says: its text, or nothing new (no folder, or only
/// unchanged copies of built-in files).
type Language = Result<Option<Arc<String>>, FileProblems>;

/// The wording of each project seen in a run, each language read once.
#[derive(Default)]
pub struct WordingShelf {
    /// By project root, whether its language folders are all named after languages there are.
    folders: Remembered<PathBuf, Result<(), FileProblems>>,
    /// By project root and language tag, that language's text.
    languages: Remembered<(PathBuf, String), Language>,
}

impl WordingShelf {
    /// The wording of `project` in the languages `tags`: empty when it has no `policy/` folder
    /// (no project) or no `i18n/` folder.
    pub fn of(&self, project: &Project, tags: &[&str]) -> Result<ProjectWording, FileProblems> {
        let mut wording = ProjectWording::default();
        if !project.has_policy_folder {
            return Ok(wording);
        }
        let folder = project.root.join(WORDING_FOLDER);
        self.folders
            .get(&project.root, || check_folder_names(&folder))?;
        for tag in tags {
            let key = (project.root.clone(), tag.to_string());
            let text = self
                .languages
                .get(&key, || read_language(&project.root, tag))?;
            if let Some(text) = text {
                wording.texts.insert(tag.to_string(), text);
            }
        }
        Ok(wording)
    }
}

/// Every entry of `i18n/` is the folder of a language there is.
fn check_folder_names(folder: &Path) -> Result<(), FileProblems> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(());
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    match names
        .iter()
        .find(|tag| !crate::vocab::language::TAGS.contains(&tag.as_str()))
    {
        Some(tag) => Err(refused(
            &format!("{WORDING_FOLDER}/{tag}"),
            format!("`{tag}` is not a language there is"),
            format!(
                "name the folder after one of: {}",
                crate::vocab::language::languages().join(", ")
            ),
        )),
        None => Ok(()),
    }
}

/// The `i18n/TAG/*.ftl` files of the project at `root`, joined; `None` when there is no such
/// folder or it holds only unchanged copies of built-in files.
fn read_language(root: &Path, tag: &str) -> Language {
    let language = root.join(WORDING_FOLDER).join(tag);
    if !language.is_dir() {
        return Ok(None);
    }
    let shown = format!("{WORDING_FOLDER}/{tag}");
    let mut text = String::new();
    for file in ftl_files(root, tag, &language, &shown)? {
        text.push_str(&file);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    Ok((!text.is_empty()).then(|| Arc::new(text)))
}

/// The `.ftl` files of the folder of language `tag`, sorted, each confined to the project and
/// parsed; an unchanged copy of a built-in file is left out.
fn ftl_files(
    root: &Path,
    tag: &str,
    folder: &Path,
    shown: &str,
) -> Result<Vec<String>, FileProblems> {
    let built_in = crate::vocab::catalogue::catalogue(tag);
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // The folder's real path once: a regular file in it (not a link) lies where the folder does.
    let real_folder = folder
        .canonicalize()
        .map_err(|e| refused(shown, e.to_string(), "make the folder readable".into()))?;
    // By name: the files are in one folder (comparing whole paths costs more than reading them).
    let mut files: Vec<(std::ffi::OsString, std::fs::FileType)> = std::fs::read_dir(folder)
        .map_err(|e| refused(shown, e.to_string(), "make the folder readable".into()))?
        .flatten()
        .filter(|e| Path::new(&e.file_name()).extension() == Some("ftl".as_ref()))
        .filter_map(|e| Some((e.file_name(), e.file_type().ok()?)))
        .collect();
    files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut texts = Vec::new();
    for (file_name, kind) in files {
        let name = file_name.to_str().unwrap_or("");
        let shown = format!("{shown}/{name}");
        let confine = "keep the project's catalogues as regular .ftl files inside the project";
        let real = if kind.is_symlink() {
            folder
                .join(&file_name)
                .canonicalize()
                .map_err(|e| refused(&shown, e.to_string(), confine.into()))?
        } else {
            real_folder.join(name)
        };
        let bytes = read_confined(&real, &real_root)
            .map_err(|reason| refused(&shown, reason, confine.into()))?;
        if bytes.len() as u64 > MAX_FILE {
            return Err(refused(
                &shown,
                format!("larger than {MAX_FILE} bytes"),
                "split the catalogue, or keep only the messages it changes".into(),
            ));
        }
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

/// The bytes of the regular `.ftl` file at its real path `real`, when that lies inside the
/// project's real root; at most one byte more than [`MAX_FILE`] is read, so that a larger file
/// is refused without reading it whole.
fn read_confined(real: &Path, real_root: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    if !real.starts_with(real_root) || real.extension().is_none_or(|e| e != "ftl") {
        return Err("a link out of the project, or not a regular .ftl file".into());
    }
    let file = std::fs::File::open(real).map_err(|e| e.to_string())?;
    let metadata = file.metadata().map_err(|e| e.to_string())?;
    if !metadata.is_file() {
        return Err("a link out of the project, or not a regular .ftl file".into());
    }
    let mut bytes = Vec::with_capacity(metadata.len().min(MAX_FILE) as usize);
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    Ok(bytes)
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
