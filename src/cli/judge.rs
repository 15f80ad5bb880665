//! `appeal judge CASE...`: judge cases and print the rulings, in input order.

use std::io::Write;

use super::{Output, exit, inputs};
use crate::cli::args::{Format, JudgeArgs};
use crate::hearing::{self, Bench, Judged, PolicyShelf};
use crate::reading::decode::{TimeError, parse_time};
use crate::reading::diagnostics::{FileProblems, Problem};
use crate::report::render;
use crate::report::words::Words;
use crate::text::terminal::Look;
use crate::vocab::calendar::Clock;

/// Reads `--as-of` and `--policy` into a bench. The policy is loaded here, once, onto the
/// shelf: a policy that cannot be used is reported once for the run, not once per case.
pub fn bench(
    policy: Option<&str>,
    as_of: Option<&str>,
    clock: Clock,
    shelf: &PolicyShelf,
) -> Result<Bench, FileProblems> {
    let as_of = moment(as_of).map_err(|p| FileProblems::single("--as-of", p))?;
    let policy = match policy {
        Some(written) => Some(shelf.command_line(written)?.0),
        None => None,
    };
    Ok(Bench {
        policy,
        as_of,
        clock,
    })
}

/// Reads `--as-of`.
fn moment(as_of: Option<&str>) -> Result<Option<crate::vocab::time::Time>, Problem> {
    let as_of = match as_of {
        None => None,
        Some(written) => match parse_time(written) {
            Ok(time) => Some(time),
            Err(TimeError::NoOffset) => {
                return Err(Problem::invalid(
                    format!("--as-of `{written}` has no time-zone offset"),
                    &(0..0),
                    "",
                    "write the offset, e.g. --as-of 2025-06-01T12:30:00+08:00",
                ));
            }
            Err(TimeError::Invalid(reason)) => {
                return Err(Problem::invalid(
                    format!("--as-of `{written}` is not an RFC 3339 time ({reason})"),
                    &(0..0),
                    "",
                    "write date, `T`, time and offset, e.g. --as-of 2025-06-01T12:30:00+08:00",
                ));
            }
        },
    };
    Ok(as_of)
}

pub fn run(args: &JudgeArgs, out: &mut Output) -> std::io::Result<u8> {
    out.json_diagnostics = args.format == Format::Json;
    let shelf = PolicyShelf::default();
    let bench = match bench(
        args.policy.policy.as_deref(),
        args.as_of.as_deref(),
        args.clock.clock,
        &shelf,
    ) {
        Ok(bench) => bench,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let mut failed = 0usize;
    let mut first = true;
    let (format, explain, look) = (args.format, args.explain, out.look);
    let timeline = !args.no_timeline;
    let words = Words::english();
    let work = |input: inputs::Input| {
        inputs::read(&input)
            .map_err(|p| vec![p])
            .and_then(|source| hearing::hear(source, &bench, &shelf))
            .map(|mut judged| {
                if !explain {
                    // Shown with --explain only: dropped here rather than copied without it.
                    judged.ruling.trace.clear();
                }
                let warnings = (!judged.loaded.warnings.is_empty()).then(|| {
                    FileProblems::new(judged.loaded.source.clone(), judged.loaded.warnings.clone())
                });
                (
                    warnings,
                    render_one(&judged, format, explain, look, timeline, &words),
                )
            })
    };
    inputs::in_order(inputs::expand(&args.cases), work, |result| {
        match result {
            Ok((warnings, text)) => {
                if let Some(warnings) = warnings {
                    out.report(&warnings)?;
                }
                if !first && format != Format::Json {
                    writeln!(out.stdout)?;
                }
                first = false;
                out.stdout.write_all(text.as_bytes())?;
            }
            Err(problems) => {
                failed += 1;
                for file in &problems {
                    out.report(file)?;
                }
            }
        }
        Ok(())
    })?;
    Ok(if failed > 0 { exit::INVALID } else { exit::OK })
}

/// One ruling in the chosen format, newline-terminated.
pub fn render_one(
    judged: &Judged,
    format: Format,
    explain: bool,
    look: Look,
    timeline: bool,
    words: &Words,
) -> String {
    match format {
        Format::Human => {
            let mut text = render::human::ruling(
                &judged.ruling,
                &judged.loaded.case,
                judged.policy.file(),
                explain,
                look,
                words,
            );
            if timeline {
                let chronology = render::timeline::Chronology::of(
                    &judged.loaded,
                    &judged.ruling,
                    &judged.policy,
                    words,
                );
                text.push('\n');
                text.push_str(&render::timeline::human(&chronology, look));
            }
            text
        }
        Format::Html => render::html::page(judged, explain, words),
        Format::Markdown => render::markdown::ruling(
            &judged.ruling,
            &judged.loaded.case,
            judged.policy.file(),
            explain,
            words,
        ),
        Format::Json => {
            let json = serde_json::to_string(&render::json::RulingJson::of(
                &judged.ruling,
                words,
                explain,
            ));
            let mut line = json.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
            line.push('\n');
            line
        }
    }
}
