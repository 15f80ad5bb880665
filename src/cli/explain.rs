//! `appeal explain CLAUSE`: a clause for a compliance officer.

use std::fmt::Write as _;
use std::io::Write;

use super::{Output, exit, inputs};
use crate::clause::ClauseId;
use crate::cli::args::ExplainArgs;
use crate::decode::Choice;
use crate::diagnostics::suggest;
use crate::hearing::{self, Bench, PolicyShelf};
use crate::policy::PolicyRef;
use crate::render::table;

pub fn run(args: &ExplainArgs, out: &mut Output) -> std::io::Result<u8> {
    let Some(id) = ClauseId::parse(&args.clause) else {
        let names = ClauseId::names();
        writeln!(
            out.stderr,
            "error: `{}` is not a clause id\n  help: {}",
            args.clause,
            suggest(&args.clause, names.iter().copied(), "clause ids")
        )?;
        return Ok(exit::INVALID);
    };
    let shelf = PolicyShelf::default();
    let (reference, policy) = match shelf.command_line(args.policy.as_deref().unwrap_or("mexc")) {
        Ok(found) => found,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let spec = id.spec();
    let mut text = String::new();
    let _ = writeln!(text, "{id} — {}", spec.stage.describe());
    let _ = writeln!(text, "\n{}\n", spec.summary);
    match policy.clause(id) {
        Some(table) => {
            let _ = writeln!(text, "cited as: {}", table.cite);
            let _ = writeln!(text, "under policy: {} {}", policy.id, policy.version);
            if !spec.params.is_empty() {
                let mut grid =
                    table::new(&["parameter", "value", "placeholder", "meaning"], out.look);
                for param in spec.params {
                    let value = table
                        .params
                        .get(param.name)
                        .map(|v| v.spelled())
                        .unwrap_or_default();
                    let placeholder = if table.placeholders.contains(param.name) {
                        "yes ✱"
                    } else {
                        "no"
                    };
                    grid.add_row(vec![
                        param.name.to_string(),
                        value,
                        placeholder.to_string(),
                        param.meaning.to_string(),
                    ]);
                }
                let _ = writeln!(text, "{grid}");
            }
        }
        None => {
            let _ = writeln!(
                text,
                "not applied under policy {} {}: it has no [clauses.\"{id}\"] table",
                policy.id, policy.version
            );
        }
    }
    if !spec.decisions.is_empty() {
        let decisions: Vec<&str> = spec.decisions.iter().map(|d| d.as_str()).collect();
        let _ = writeln!(text, "decisions it can give: {}", decisions.join(", "));
    }
    let _ = writeln!(
        text,
        "branches counted by `appeal test --coverage`: {}",
        spec.branches.join("; ")
    );
    let folder = args
        .cases
        .clone()
        .unwrap_or_else(|| std::path::PathBuf::from("cases"));
    let examples = if folder.is_dir() {
        sample_cases(args, &folder, id, &reference)
    } else {
        Vec::new()
    };
    if !folder.is_dir() {
        // Run outside the repository, there is nothing to search: say so, and how to point it
        // at a folder.
        let _ = match &args.cases {
            None => writeln!(
                text,
                "sample cases: there is no `cases/` folder here; pass --cases DIR to search a \
                 folder of sample cases"
            ),
            Some(given) => writeln!(
                text,
                "sample cases: `{}` is not a folder; pass --cases DIR with a folder of sample cases",
                given.display()
            ),
        };
    } else if examples.is_empty() {
        let _ = writeln!(
            text,
            "sample cases: none under `{}` reaches {id}",
            folder.display()
        );
    } else {
        let _ = writeln!(text, "sample cases that reach it:");
        for (path, decision) in examples {
            let _ = writeln!(text, "  {path}  → {decision}");
        }
    }
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// Sample cases whose ruling is governed by, or passes through, `id`.
fn sample_cases(
    args: &ExplainArgs,
    folder: &std::path::Path,
    id: ClauseId,
    policy: &PolicyRef,
) -> Vec<(String, String)> {
    let shelf = PolicyShelf::default();
    let bench = Bench {
        policy: args.policy.as_ref().map(|_| policy.clone()),
        as_of: None,
    };
    let mut found = Vec::new();
    for input in inputs::expand(&[folder.to_path_buf()]) {
        let Ok(source) = inputs::read(&input) else {
            continue;
        };
        let name = source.name.clone();
        if let Ok(judged) = hearing::hear(source, &bench, &shelf) {
            let ruling = &judged.ruling;
            if ruling.clause == id || ruling.branches.iter().any(|(c, _)| *c == id) {
                found.push((
                    name,
                    format!("{} ({}, {})", ruling.decision, ruling.status, ruling.clause),
                ));
            }
        }
    }
    found
}
