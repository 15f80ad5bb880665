//! Turning the CASE arguments into files: folders are walked, `-` is stdin.

use std::path::{Path, PathBuf};

use crate::reading::diagnostics::{FileProblems, Problem};
use crate::reading::source::SourceFile;

/// One input named on the command line, or found under a folder. Kept small: a folder of
/// tens of thousands of cases is listed up front (to sort it) but read a batch at a time.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(Box<Path>),
    /// A folder that could not be listed, or held no case files.
    Unusable(Box<FileProblems>),
}

impl Input {
    /// The name shown for this input.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(path) => {
                crate::text::shown::escape(&path.display().to_string()).into_owned()
            }
            Input::Unusable(problems) => problems.name.clone(),
        }
    }
}

/// The inputs of a run, in order, as [`expand`] lists them. A folder must be listed whole to
/// be judged in sorted order, so its files are kept compactly until they are reached: each name
/// once in a shared buffer, with its folder by number (about 50 bytes a file, where a path and
/// an [`Input`] each took twice that), and an [`Input`] is made for a file only as it is handed
/// out, a batch at a time.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Folders that were listed.
    folders: Vec<PathBuf>,
    /// The names of files and sub-folders found in folders, one after another.
    names: String,
    /// Inputs kept whole: stdin, files named on the command line, unusable folders, and files
    /// whose names are not UTF-8.
    whole: Vec<Option<Input>>,
    /// Every input in order.
    order: Vec<Slot>,
    /// Files left out because they are rulings the tool wrote, not cases (shown names).
    rulings: Vec<String>,
}

/// One input of [`Inputs`]: the file `names[start..end]` in `folders[folder]`, or
/// `whole[start]` when `folder` is [`Slot::WHOLE`].
#[derive(Debug, Clone, Copy)]
struct Slot {
    folder: u32,
    start: u32,
    end: u32,
}

impl Slot {
    const WHOLE: u32 = u32::MAX;
}

/// An entry of a folder being listed: a name in `Inputs::names`, or a path whose name is not
/// UTF-8; and whether it is a folder.
enum Found {
    Named(u32, u32, bool),
    Raw(Box<Path>, bool),
}

/// Sorts the entries of one folder as their paths sort: as their file names do (the names of
/// [`Found::Named`] entries are in `names`).
fn sort_found(found: &mut [Found], names: &str) {
    let name_of = |f: &Found| -> std::ffi::OsString {
        match f {
            Found::Named(start, end, _) => names[*start as usize..*end as usize].into(),
            Found::Raw(path, _) => path.file_name().unwrap_or_default().to_os_string(),
        }
    };
    found.sort_by(|a, b| match (a, b) {
        (Found::Named(a0, a1, _), Found::Named(b0, b1, _)) => {
            names[*a0 as usize..*a1 as usize].cmp(&names[*b0 as usize..*b1 as usize])
        }
        _ => name_of(a).cmp(&name_of(b)),
    });
}

impl Inputs {
    /// How many inputs there are.
    fn len(&self) -> usize {
        self.order.len()
    }

    fn push_whole(&mut self, input: Input) {
        self.order.push(Slot {
            folder: Slot::WHOLE,
            start: self.whole.len() as u32,
            end: 0,
        });
        self.whole.push(Some(input));
    }

    /// Whether the inputs from `from` on include a file.
    fn has_file_from(&self, from: usize) -> bool {
        self.order[from..].iter().any(|slot| {
            slot.folder != Slot::WHOLE
                || matches!(self.whole[slot.start as usize], Some(Input::File(_)))
        })
    }

    /// The case files and sub-folders of a folder's `entries`, their names kept in `names`.
    fn list(&mut self, entries: std::fs::ReadDir) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
            let name = entry.file_name();
            let wanted = is_dir || is_case_file_name(Path::new(&name));
            if !wanted {
                continue;
            }
            let start = self.names.len();
            match name.to_str() {
                Some(text) if start + text.len() < u32::MAX as usize => {
                    self.names.push_str(text);
                    found.push(Found::Named(start as u32, self.names.len() as u32, is_dir));
                }
                _ => found.push(Found::Raw(entry.path().into_boxed_path(), is_dir)),
            }
        }
        found
    }

    /// Lists `dir` in sorted order, descending into sub-folders where they sort.
    fn walk(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                let name = crate::text::shown::escape(&dir.display().to_string()).into_owned();
                self.push_whole(Input::Unusable(Box::new(FileProblems::single(
                    name.clone(),
                    Problem::io(&name, &error),
                ))));
                return;
            }
        };
        let folder = self.folders.len() as u32;
        self.folders.push(dir.to_path_buf());
        let mut found = self.list(entries);
        sort_found(&mut found, &self.names);
        for entry in found {
            match entry {
                Found::Named(start, end, false) => {
                    let name = &self.names[start as usize..end as usize];
                    if name.ends_with(".json") && is_ruling(&dir.join(name)) {
                        self.rulings.push(shown(&dir.join(name)));
                    } else {
                        self.order.push(Slot { folder, start, end });
                    }
                }
                Found::Named(start, end, true) => {
                    let sub = dir.join(&self.names[start as usize..end as usize]);
                    self.walk(&sub);
                }
                Found::Raw(path, false) => self.push_whole(Input::File(path)),
                Found::Raw(path, true) => self.walk(&path),
            }
        }
    }
}

impl IntoIterator for Inputs {
    type Item = Input;
    type IntoIter = InputsIter;

    fn into_iter(self) -> InputsIter {
        InputsIter {
            inputs: self,
            next: 0,
        }
    }
}

/// Hands out the [`Input`]s of [`Inputs`] in order.
pub struct InputsIter {
    inputs: Inputs,
    next: usize,
}

impl Iterator for InputsIter {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        let slot = *self.inputs.order.get(self.next)?;
        self.next += 1;
        Some(if slot.folder == Slot::WHOLE {
            self.inputs.whole[slot.start as usize]
                .take()
                .unwrap_or(Input::Stdin)
        } else {
            let folder = &self.inputs.folders[slot.folder as usize];
            let name = &self.inputs.names[slot.start as usize..slot.end as usize];
            Input::File(folder.join(name).into_boxed_path())
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.inputs.order.len() - self.next;
        (left, Some(left))
    }
}

/// Whether a file found in a folder is a case by its name: `*.yaml`, `*.yml` or `*.json`, the
/// extension in any case (`A.YAML`, `b.Yml`: a file saved on a case-insensitive disk keeps
/// whatever case it was given).
pub fn is_case_file_name(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["yaml", "yml", "json"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Expands files, folders (every `*.yaml`/`*.yml`/`*.json` below, in sorted order) and `-`.
pub fn expand(arguments: &[PathBuf]) -> Inputs {
    let mut out = Inputs::default();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            out.push_whole(Input::Stdin);
        } else if argument.is_dir() {
            let before = out.len();
            out.walk(argument);
            if !out.has_file_from(before) {
                let name = crate::text::shown::escape(&argument.display().to_string()).into_owned();
                out.push_whole(Input::Unusable(Box::new(FileProblems::single(
                    name.clone(),
                    Problem::Reading(crate::reading::source::ReadingProblem::NoCaseFiles {
                        path: name,
                    }),
                ))));
            }
        } else if is_ruling(argument) {
            out.rulings.push(shown(argument));
        } else {
            out.push_whole(Input::File(argument.clone().into_boxed_path()));
        }
    }
    out
}

/// A path as it is shown.
fn shown(path: &Path) -> String {
    crate::text::shown::escape(&path.display().to_string()).into_owned()
}

/// Whether `path` holds a ruling `appeal judge --format json` wrote (or a file of them): a JSON
/// object whose first key is `schema_version`, which no case has. Only the first bytes are read.
pub fn is_ruling(path: &Path) -> bool {
    use std::io::Read;
    const START: &[u8] = b"{\"schema_version\":";
    if path.extension().is_none_or(|e| e != "json") {
        return false;
    }
    let mut first = [0u8; START.len()];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut first))
        .is_ok_and(|()| first == START)
}

/// A file left out of a run: a ruling the tool wrote, found beside the cases.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("skipped `{name}`: it is a ruling written by `appeal judge --format json`, not a case")]
#[diagnostic(
    code(appeal::input::ruling_skipped),
    severity(Advice),
    help("rulings are left out of folders of cases; keep them elsewhere to silence this note")
)]
pub struct RulingSkipped {
    pub name: String,
}

/// [`expand`], with a note on stderr for each file left out.
pub fn expand_noting(arguments: &[PathBuf], out: &mut super::Output) -> std::io::Result<Inputs> {
    let inputs = expand(arguments);
    for name in &inputs.rulings {
        out.report_error(&RulingSkipped { name: name.clone() })?;
    }
    Ok(inputs)
}

/// Reads one input.
pub fn read(input: &Input) -> Result<SourceFile, FileProblems> {
    match input {
        Input::Unusable(problems) => Err((**problems).clone()),
        Input::Stdin => SourceFile::read_stdin().map_err(|p| FileProblems::single("<stdin>", p)),
        Input::File(path) => {
            SourceFile::read(path).map_err(|p| FileProblems::single(input.name(), p))
        }
    }
}

/// How many inputs are worked on at once: enough to keep every core busy, few enough that
/// memory stays flat however many files a folder holds.
const BATCH: usize = 256;

/// Runs `work` on every input across all cores and hands the results to `sink` in input order,
/// a batch at a time.
pub fn in_order<T: Send>(
    inputs: impl IntoIterator<Item = Input>,
    work: impl Fn(Input) -> T + Sync + Send,
    mut sink: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut inputs = inputs.into_iter().peekable();
    while inputs.peek().is_some() {
        let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
        // One file is judged on this thread: starting the pool would cost more than it saves.
        let results: Vec<T> = if batch.len() == 1 {
            batch.into_iter().map(&work).collect()
        } else {
            batch.into_par_iter().map(&work).collect()
        };
        for result in results {
            sink(result)?;
        }
    }
    Ok(())
}
