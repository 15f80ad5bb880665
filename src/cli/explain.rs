//! `appeal explain CLAUSE`: a clause for a compliance officer.

use std::fmt::Write as _;
use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::{ExplainArgs, Format};
use crate::hearing::{self, Bench, PolicyShelf};
use crate::model::case::AppealType;
use crate::model::clause::ClauseId;
use crate::model::clause::ClauseSpec;
use crate::model::policy::{ClauseTable, Policy, PolicyRef};
use crate::model::ruling::Ruling;
use crate::reading::diagnostics::suggest;
use crate::report::lines;
use crate::report::render::explain_json::{self, Explained};
use crate::report::render::table;
use crate::report::words::Words;
use crate::text::shown::Shown;
use crate::text::terminal::Look;
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
    let words = crate::report::words::Lexicon::default().words(args.lang.tag(), None);
    if let Some(kind) = AppealType::parse(&args.clause) {
        let text = if json {
            lines::line(&Explained::appeal_type(kind, &words))
        } else {
            appeal_type(kind, &words)
        };
        out.stdout.write_all(text.as_bytes())?;
        return Ok(exit::OK);
    }
    let Some(id) = ClauseId::parse(&args.clause) else {
        return unknown_name(&args.clause, json, out);
    };
    let shelf = PolicyShelf::default();
    let (reference, policy) = match shelf.command_line(args.policy.as_deref().unwrap_or("mexc")) {
        Ok(found) => found,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let folder = args
        .cases
        .clone()
        .unwrap_or_else(|| std::path::PathBuf::from("cases"));
    let samples = folder
        .is_dir()
        .then(|| sample_cases(args, &folder, id, &reference));
    let text = if json {
        let samples = samples.map(|found| found.into_iter().map(sample_json).collect());
        lines::line(&Explained::clause(id, &policy, samples, &words))
    } else {
        let mut text = clause_card(id, &policy, &words, out.look);
        text.push_str(&samples_text(id, args, &folder, samples, &words));
        text
    };
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// Says that `name` is neither a clause id nor an appeal type, with the nearest that are; exit
/// code invalid.
fn unknown_name(name: &str, json: bool, out: &mut Output) -> std::io::Result<u8> {
    let names: Vec<&str> = ClauseId::names()
        .into_iter()
        .chain(AppealType::names())
        .collect();
    let help = suggest(name, names.iter().copied(), "clause ids and appeal types");
    if json {
        out.report_error(&Unknown {
            name: name.to_string(),
            help,
        })?;
    } else {
        writeln!(
            out.stderr,
            "error: `{name}` is neither a clause id nor an appeal type\n  help: {help}",
        )?;
    }
    Ok(exit::INVALID)
}

/// A sample case and its ruling as `--format json` lists it.
fn sample_json((file, ruling): (String, Ruling)) -> explain_json::SampleCase {
    explain_json::SampleCase {
        file,
        decision: ruling.decision.to_string(),
        status: ruling.status.to_string(),
        clause: ruling.clause.to_string(),
    }
}

/// Clause `id` as `policy` applies it: its stage, summary, citation and parameters, then the
/// decisions it can give and its branches.
fn clause_card(id: ClauseId, policy: &Policy, words: &Words, look: Look) -> String {
    let spec = id.spec();
    let label = |id: &str| words.word(&format!("explain-{id}"));
    let mut text = String::new();
    let _ = writeln!(text, "{id} — {}", words.word(spec.stage.code()));
    let _ = writeln!(text, "\n{}\n", words.word(&id.summary_code()));
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
                let _ = writeln!(text, "{}", parameter_grid(spec, table, words, look));
            }
        }
        None => {
            let _ = writeln!(
                text,
                "{}",
                words.phrase(
                    "explain-not_applied",
                    &[
                        ("policy", &Shown(&policy.id).to_string()),
                        ("version", &Shown(&policy.version).to_string()),
                        ("clause", id.as_str()),
                    ]
                )
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
            .map(|b| words.word(b.code()))
            .collect::<Vec<_>>()
            .join("; ")
    );
    text
}

/// The clause's parameters in a grid: name, the policy's value, whether it is a placeholder, and
/// what it means.
fn parameter_grid(
    spec: &ClauseSpec,
    table: &ClauseTable,
    words: &Words,
    look: Look,
) -> table::Grid {
    let label = |id: &str| words.word(&format!("explain-{id}"));
    let columns =
        ["parameter", "value", "placeholder", "meaning"].map(|c| label(&format!("column-{c}")));
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut grid = table::new(&columns, look);
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
            words.word(param.code),
        ]);
    }
    grid
}

/// The sample cases that reach clause `id`, or why there are none: no cases folder (`samples`
/// is `None`), or none in it reaches the clause.
fn samples_text(
    id: ClauseId,
    args: &ExplainArgs,
    folder: &std::path::Path,
    samples: Option<Vec<(String, Ruling)>>,
    words: &Words,
) -> String {
    let mut text = String::new();
    let Some(examples) = samples else {
        // Run outside the repository, there is nothing to search: say so, and how to point it
        // at a folder.
        let _ = match &args.cases {
            None => writeln!(text, "{}", words.word("explain-no_cases_folder")),
            Some(given) => writeln!(
                text,
                "{}",
                words.phrase(
                    "explain-not_a_folder",
                    &[("folder", &given.display().to_string())]
                )
            ),
        };
        return text;
    };
    if examples.is_empty() {
        let _ = writeln!(
            text,
            "{}",
            words.phrase(
                "explain-no_sample_case",
                &[
                    ("folder", &folder.display().to_string()),
                    ("clause", id.as_str())
                ]
            )
        );
        return text;
    }
    let _ = writeln!(text, "{}:", words.word("explain-sample_cases"));
    for (path, ruling) in examples {
        let _ = writeln!(
            text,
            "  {path}  → {} ({}, {})",
            ruling.decision, ruling.status, ruling.clause
        );
    }
    text
}

/// Sample cases whose ruling is governed by, or passes through, `id`, with their rulings.
fn sample_cases(
    args: &ExplainArgs,
    folder: &std::path::Path,
    id: ClauseId,
    policy: &PolicyRef,
) -> Vec<(String, Ruling)> {
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
/// the facts that move it, then each clause it can reach in a line; in `words`' language.
fn appeal_type(kind: AppealType, words: &Words) -> String {
    let filing = crate::model::filing::of(kind);
    let mut text = String::new();
    let filed_by = words.word(filing.filed_by_code());
    let kind_name = kind.to_string();
    let heading = [
        ("type", kind_name.as_str()),
        ("filed_by", filed_by.as_str()),
    ];
    let _ = writeln!(text, "{}", words.phrase("explain-appeal_type", &heading));
    let _ = writeln!(text);
    text.push_str(&wrapped(&words.word(filing.about), "", ""));
    let _ = writeln!(text);
    let goes_to = words.word(filing.goes_to);
    let goes_to = words.phrase("explain-goes_to", &[("clauses", &goes_to)]);
    text.push_str(&wrapped(&goes_to, "", "  "));
    if !filing.rerouted_when.is_empty() {
        let _ = writeln!(text, "{}", words.word("explain-moved_when"));
        for route in filing.rerouted_when {
            text.push_str(&wrapped(&words.word(route), "  - ", "    "));
        }
    }
    let fraud = words.word(crate::model::filing::FRAUD_OVERRULES);
    let fraud = words.phrase("explain-whatever_the_clause", &[("rule", &fraud)]);
    text.push_str(&wrapped(&fraud, "", "  "));
    text.push_str(&wrapped(&words.word("explain-gates_first"), "", "  "));
    let _ = writeln!(text, "\n{}", words.word("explain-clauses_it_can_reach"));
    for id in filing.clauses() {
        text.push_str(&wrapped(
            &format!("{:<10} {}", id.as_str(), words.word(&id.summary_code())),
            "  ",
            "             ",
        ));
    }
    let by = match filing.filed_by() {
        Some(party) => format!(" --by {party}"),
        None => " --by buyer".to_string(),
    };
    let command = format!("appeal new --type {kind}{by} -o case.yaml");
    let _ = writeln!(
        text,
        "\n{}",
        words.phrase("explain-start_a_case", &[("command", &command)])
    );
    let _ = writeln!(text, "{}", words.word("explain-case_format"));
    text
}
