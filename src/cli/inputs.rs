//! Turning the CASE arguments into files: folders are walked, `-` is stdin.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::{FileProblems, Problem};
use crate::source::{MAX_INPUT_BYTES, SourceFile};

/// One input named on the command line, or found under a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// Expands files, folders (every `*.yaml`/`*.yml` below, in sorted order) and `-`.
pub fn expand(arguments: &[PathBuf]) -> Vec<Result<Input, FileProblems>> {
    let mut out = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            out.push(Ok(Input::Stdin));
        } else if argument.is_dir() {
            let mut found = Vec::new();
            walk(argument, &mut found, &mut out);
            if found.is_empty() {
                let name = argument.display().to_string();
                out.push(Err(FileProblems::single(
                    name.clone(),
                    Problem::NoCaseFiles { path: name },
                )));
            }
            found.sort();
            out.extend(found.into_iter().map(|p| Ok(Input::File(p))));
        } else {
            out.push(Ok(Input::File(argument.clone())));
        }
    }
    out
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<Result<Input, FileProblems>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            let name = dir.display().to_string();
            errors.push(Err(FileProblems::single(
                name.clone(),
                Problem::io(&name, &error),
            )));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let is_dir = std::fs::symlink_metadata(&path)
            .map(|m| m.is_dir())
            .unwrap_or(false);
        if is_dir {
            walk(&path, found, errors);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            found.push(path);
        }
    }
}

/// Reads one input.
pub fn read(input: &Input) -> Result<SourceFile, FileProblems> {
    match input {
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
    inputs: Vec<Result<Input, FileProblems>>,
    work: impl Fn(Result<Input, FileProblems>) -> T + Sync + Send,
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
