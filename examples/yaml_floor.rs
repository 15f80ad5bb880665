//! The floor under reading a case: the raw YAML parser's events over every file, and nothing
//! else (no tree, no spans kept, no validation, no digest). `bench/run.sh` runs it over the same
//! corpus as `appeal check` and reports reading as a multiple of it.
//!
//!     cargo run --release --example yaml_floor -- FOLDER|FILE...
//!
//! Files are listed (every `*.yaml` and `*.yml` below a folder, sorted), read and parsed on every
//! core as `appeal check` does; it prints the files, bytes and events it saw. Prints an error and
//! exits 1 when a file cannot be read or parsed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use granit_parser::{Event, Options, Parser};
use rayon::prelude::*;

fn list(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            list(&entry, out)?;
        } else if entry.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(entry);
        }
    }
    Ok(())
}

/// Bytes and parser events of one file.
fn events(path: &Path) -> Result<(usize, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // As appeal reads a case: comments are not handed over as events.
    let mut options = Options::default();
    options.emit_comments = false;
    let mut parser = Parser::new_from_str_with_options(&text, options);
    let mut count = 0;
    while let Some(event) = parser.next_event() {
        let (event, _span) = event.map_err(|e| format!("{}: {e}", path.display()))?;
        count += 1;
        if matches!(event, Event::StreamEnd) {
            break;
        }
    }
    Ok((text.len(), count))
}

fn main() -> ExitCode {
    let mut paths = Vec::new();
    for arg in std::env::args_os().skip(1) {
        if let Err(error) = list(Path::new(&arg), &mut paths) {
            eprintln!("{}: {error}", Path::new(&arg).display());
            return ExitCode::FAILURE;
        }
    }
    let totals = paths
        .par_iter()
        .map(|path| events(path))
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)));
    match totals {
        Ok((bytes, count)) => {
            println!(
                "{} files, {bytes} bytes, {count} parser events",
                paths.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
