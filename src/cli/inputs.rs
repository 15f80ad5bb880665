//! Turning the CASE arguments into files: folders are walked, `-` is stdin.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::{FileProblems, Problem};
use crate::source::{MAX_INPUT_BYTES, SourceFile};

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
            Input::File(path) => path.display().to_string(),
            Input::Unusable(problems) => problems.name.clone(),
        }
    }
}

/// Expands files, folders (every `*.yaml`/`*.yml` below, in sorted order) and `-`.
pub fn expand(arguments: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if argument.is_dir() {
            let before = out.len();
            walk(argument, &mut out);
            if !out[before..].iter().any(|i| matches!(i, Input::File(_))) {
                let name = argument.display().to_string();
                out.push(Input::Unusable(Box::new(FileProblems::single(
                    name.clone(),
                    Problem::NoCaseFiles { path: name },
                ))));
            }
        } else {
            out.push(Input::File(argument.clone().into_boxed_path()));
        }
    }
    out
}

/// Lists `dir` in sorted order, descending into sub-folders where they sort.
fn walk(dir: &Path, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            let name = dir.display().to_string();
            out.push(Input::Unusable(Box::new(FileProblems::single(
                name.clone(),
                Problem::io(&name, &error),
            ))));
            return;
        }
    };
    let mut paths: Vec<(Box<Path>, bool)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|entry| {
            let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
            let path = entry.path();
            let wanted = is_dir
                || matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml")
                );
            wanted.then(|| (path.into_boxed_path(), is_dir))
        })
        .collect();
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(&path, out);
        } else {
            out.push(Input::File(path));
        }
    }
}

/// Reads one input.
pub fn read(input: &Input) -> Result<SourceFile, FileProblems> {
    match input {
        Input::Unusable(problems) => Err((**problems).clone()),
        Input::Stdin => {
            let mut bytes = Vec::new();
            let limit = MAX_INPUT_BYTES as u64 + 1;
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| FileProblems::single("<stdin>", Problem::io("<stdin>", &e)))?;
            SourceFile::from_bytes("<stdin>", &bytes)
                .map_err(|p| FileProblems::single("<stdin>", p))
        }
        Input::File(path) => {
            let name = path.display().to_string();
            SourceFile::read(path).map_err(|p| FileProblems::single(name, p))
        }
    }
}

/// How many inputs are worked on at once: enough to keep every core busy, few enough that
/// memory stays flat however many files a folder holds.
const BATCH: usize = 256;

/// Runs `work` on every input across all cores and hands the results to `sink` in input order,
/// a batch at a time.
pub fn in_order<T: Send>(
    inputs: Vec<Input>,
    work: impl Fn(Input) -> T + Sync + Send,
    mut sink: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut inputs = inputs.into_iter().peekable();
    while inputs.peek().is_some() {
        let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
        let results: Vec<T> = batch.into_par_iter().map(&work).collect();
        for result in results {
            sink(result)?;
        }
    }
    Ok(())
}
