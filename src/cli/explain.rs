//! `appeal explain CLAUSE`: a clause for a compliance officer.

use std::fmt::Write as _;
use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::{ExplainArgs, Format};
use crate::hearing::{self, Bench, PolicyShelf};
use crate::model::case::AppealType;
use crate::model::clause::ClauseId;
use crate::model::policy::PolicyRef;
use crate::reading::diagnostics::suggest;
use crate::report::lines;
use crate::report::render::explain_json::{self, Explained};
use crate::report::render::table;
use crate::text::shown::Shown;
use crate::vocab::calendar::Clock;
use crate::vocab::words::Choice;

/// A name `appeal explain` does not know.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("`{name}` is neither a clause id nor an appeal type")]
#[diagnostic(code(appeal::explain::unknown), help("{help}"))]
pub struct Unknown {
    name: String,
    help: String,
}

pub fn run(args: &ExplainArgs, out: &mut Output) -> std::io::Result<u8> {
    let json = args.format == Format::Json;
    out.json_diagnostics = json;
    if let Some(kind) = AppealType::parse(&args.clause) {
        let text = if json {
            lines::line(&Explained::appeal_type(kind))
        } else {
            appeal_type(kind)
        };
        out.stdout.write_all(text.as_bytes())?;
        return Ok(exit::OK);
    }
    let Some(id) = ClauseId::parse(&args.clause) else {
        let names: Vec<&str> = ClauseId::names()
            .into_iter()
            .chain(AppealType::names())
            .collect();
        if json {
            let help = suggest(
                &args.clause,
                names.iter().copied(),
                "clause ids and appeal types",
            );
            out.report_error(&Unknown {
                name: args.clause.clone(),
                help,
            })?;
            return Ok(exit::INVALID);
        }
        writeln!(
            out.stderr,
            "error: `{}` is neither a clause id nor an appeal type\n  help: {}",
            args.clause,
            suggest(
                &args.clause,
                names.iter().copied(),
                "clause ids and appeal types"
            )
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
    if json {
        let folder = args
            .cases
            .clone()
            .unwrap_or_else(|| std::path::PathBuf::from("cases"));
        let samples = folder.is_dir().then(|| {
            sample_cases(args, &folder, id, &reference)
                .into_iter()
                .map(|(file, ruling)| explain_json::SampleCase {
                    file,
                    decision: ruling.decision.to_string(),
                    status: ruling.status.to_string(),
                    clause: ruling.clause.to_string(),
                })
                .collect()
        });
        let explained = Explained::clause(id, &policy, samples);
        out.stdout.write_all(lines::line(&explained).as_bytes())?;
        return Ok(exit::OK);
    }
    let spec = id.spec();
    let words = crate::report::words::Lexicon::default().words(args.lang.tag(), None);
    let label = |id: &str| words.word(&format!("explain-{id}"));
    let mut text = String::new();
    let _ = writeln!(text, "{id} — {}", spec.stage.describe());
    let _ = writeln!(text, "\n{}\n", spec.summary);
    match policy.clause(id) {
        Some(table) => {
            let _ = writeln!(text, "{}: {}", label("cited_as"), Shown(&table.cite));
            let _ = writeln!(
                text,
                "{}: {} {}",
                label("under_policy"),
                Shown(&policy.id),
                Shown(&policy.version)
            );
            if !spec.params.is_empty() {
                let columns = ["parameter", "value", "placeholder", "meaning"]
                    .map(|c| label(&format!("column-{c}")));
                let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
                let mut grid = table::new(&columns, out.look);
                for param in spec.params {
                    let value = table
                        .params
                        .get(param.name)
                        .map(|v| v.spelled())
                        .unwrap_or_default();
                    let placeholder = if table.placeholders.contains(param.name) {
                        format!("{} ✱", label("yes"))
                    } else {
                        label("no")
                    };
                    grid.add_row(vec![
                        param.name.to_string(),
                        value,
                        placeholder,
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
                Shown(&policy.id),
                Shown(&policy.version)
            );
        }
    }
    if !spec.decisions.is_empty() {
        let decisions: Vec<&str> = spec.decisions.iter().map(|d| d.as_str()).collect();
        let _ = writeln!(text, "{}: {}", label("decisions"), decisions.join(", "));
    }
    let _ = writeln!(
        text,
        "{}: {}",
        label("branches"),
        spec.branches
            .iter()
            .map(|b| b.label())
            .collect::<Vec<_>>()
            .join("; ")
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
        let _ = writeln!(text, "{}:", label("sample_cases"));
        for (path, ruling) in examples {
            let _ = writeln!(
                text,
                "  {path}  → {} ({}, {})",
                ruling.decision, ruling.status, ruling.clause
            );
        }
    }
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// Sample cases whose ruling is governed by, or passes through, `id`, with their rulings.
fn sample_cases(
    args: &ExplainArgs,
    folder: &std::path::Path,
    id: ClauseId,
    policy: &PolicyRef,
) -> Vec<(String, crate::model::ruling::Ruling)> {
    let shelf = PolicyShelf::default();
    let bench = Bench {
        policy: args.policy.as_ref().map(|_| policy.clone()),
        as_of: None,
        clock: Clock::Policy,
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
                found.push((name, judged.ruling));
            }
        }
    }
    found
}

/// `text` wrapped at 100 columns, every line after the first indented by `hang`.
fn wrapped(text: &str, indent: &str, hang: &str) -> String {
    let options = textwrap::Options::new(100)
        .initial_indent(indent)
        .subsequent_indent(hang)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .break_words(false);
    let mut out = textwrap::fill(text, options);
    out.push('\n');
    out
}

/// `appeal explain TYPE`: what an appeal type is about, who files it, the clause it goes to and
/// the facts that move it, then each clause it can reach in a line.
fn appeal_type(kind: AppealType) -> String {
    let filing = crate::model::filing::of(kind);
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{kind} — an appeal type, filed by {}",
        filing.filed_by_in_words()
    );
    let _ = writeln!(text);
    text.push_str(&wrapped(filing.about, "", ""));
    let _ = writeln!(text);
    text.push_str(&wrapped(&format!("goes to: {}", filing.goes_to), "", "  "));
    if !filing.rerouted_when.is_empty() {
        let _ = writeln!(text, "the facts move it when:");
        for route in filing.rerouted_when {
            text.push_str(&wrapped(route, "  - ", "    "));
        }
    }
    text.push_str(&wrapped(
        &format!(
            "whatever the clause: {}",
            crate::model::filing::FRAUD_OVERRULES
        ),
        "",
        "  ",
    ));
    text.push_str(&wrapped(
        "gates first: the policy's gates (the age limit; under bitget KYC, the timer, the reason \
         and the evidence) decide before any clause",
        "",
        "  ",
    ));
    let _ = writeln!(
        text,
        "\nclauses it can reach (`appeal explain CLAUSE` for each):"
    );
    for id in filing.clauses() {
        text.push_str(&wrapped(
            &format!("{:<10} {}", id.as_str(), id.spec().summary),
            "  ",
            "             ",
        ));
    }
    let by = match filing.filed_by() {
        Some(party) => format!(" --by {party}"),
        None => " --by buyer".to_string(),
    };
    let _ = writeln!(
        text,
        "\nstart a case: appeal new --type {kind}{by} -o case.yaml"
    );
    let _ = writeln!(text, "the case format: docs/case-format.md");
    text
}
