//! `appeal judge CASE...`: judge cases and print the rulings, in input order.

use super::record::Recorder;
use super::ruling_files::Destination;
use super::shared_problems::SharedProblems;
use super::{Output, exit, inputs};
use crate::cli::args::{Format, JudgeArgs};
use crate::hearing::{self, Bench, Judged, PolicyShelf};
use crate::reading::decode::{TimeError, parse_time};
use crate::reading::diagnostics::{FileProblems, Problem};
use std::sync::Arc;

use crate::hearing::wording::{ProjectWording, WordingShelf};
use crate::report::render;
use crate::report::render::view::{RulingView, Told};
use crate::report::words::{Lexicon, Words};
use crate::text::terminal::Look;
use crate::vocab::calendar::Clock;
use crate::vocab::decision::Party;

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
    let desk = match super::config::desk(out)? {
        Ok(desk) => desk,
        Err(code) => return Ok(code),
    };
    // The policies read serve the whole run: they are left for the end of the process to free,
    // not taken apart (for one case that is a thirtieth of the run).
    let shelf = std::mem::ManuallyDrop::new(PolicyShelf::default());
    let bench = match bench(
        desk.policy_or(args.policy.policy.as_deref()).as_deref(),
        args.as_of.as_deref(),
        desk.clock_or(args.clock.clock),
        &shelf,
    ) {
        Ok(bench) => bench,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let recorder = match args.record.as_deref().map(Recorder::open).transpose() {
        Ok(recorder) => recorder,
        Err(error) => {
            out.report_error(&error)?;
            return Ok(exit::INVALID);
        }
    };
    let inputs = inputs::expand_noting(&args.cases, out)?.into_iter();
    if args.format == Format::Html && args.output_dir.is_none() && inputs.size_hint().0 > 1 {
        out.report_error(&ManyPages {
            count: inputs.size_hint().0,
        })?;
        return Ok(exit::INVALID);
    }
    let lang = desk.lang_or(args.lang.lang);
    judge_cases(args, inputs, (&bench, &shelf, lang), recorder, out)
}

/// Judges `inputs` on `bench` in `lang`, several at a time, and delivers each ruling in input
/// order, recording it first when there is a ledger; exit code invalid if any case failed or
/// went unrecorded.
fn judge_cases(
    args: &JudgeArgs,
    inputs: inputs::InputsIter,
    (bench, shelf, lang): (&Bench, &PolicyShelf, &'static str),
    mut recorder: Option<Recorder>,
    out: &mut Output,
) -> std::io::Result<u8> {
    let mut failed = 0usize;
    let mut unrecorded = false;
    let mut shared = SharedProblems::default();
    let mut destination = Destination::of(args.output_dir.as_deref(), args.force);
    let (format, look) = (args.format, out.look);
    let speech = Speech::default();
    let recording = recorder.is_some();
    let work = |input: inputs::Input| {
        hear_one(&input, args, (bench, shelf, lang), &speech, look, recording)
    };
    inputs::in_order(inputs, work, |result| {
        match result {
            Ok((warnings, (case, text), judged)) => {
                if let Some(warnings) = warnings {
                    out.report(&warnings)?;
                }
                // Recorded in input order, before the ruling is printed: a ruling shown was
                // recorded. A ledger that refuses a line refuses the rest.
                if let (Some(ledger), Some(judged)) = (recorder.as_mut(), judged)
                    && let Err(error) =
                        ledger.append(&judged.loaded, &judged.policy, &judged.ruling)
                {
                    out.report_error(&error)?;
                    recorder = None;
                    unrecorded = true;
                }
                if !destination.deliver(out, (&case, format, &text), &args.cases)? {
                    failed += 1;
                }
            }
            Err(problems) => {
                failed += 1;
                shared.report(&problems, out)?;
            }
        }
        Ok(())
    })?;
    shared.finish(out)?;
    Ok(if failed > 0 || unrecorded {
        exit::INVALID
    } else {
        exit::OK
    })
}

/// What hearing one case gives: its warnings, its case id and rendered ruling, and the judged
/// case itself when it is to be recorded.
type Heard = (Option<FileProblems>, (String, String), Option<Judged>);

/// Reads and judges one case and renders its ruling as `args` ask, in `lang`.
fn hear_one(
    input: &inputs::Input,
    args: &JudgeArgs,
    (bench, shelf, lang): (&Bench, &PolicyShelf, &'static str),
    speech: &Speech,
    look: Look,
    recording: bool,
) -> Result<Heard, Vec<FileProblems>> {
    let (format, explain, timeline) = (args.format, args.explain, !args.no_timeline);
    let mut judged = inputs::read(input)
        .map_err(|p| vec![p])
        .and_then(|source| hearing::hear(source, bench, shelf))?;
    if !explain {
        // Shown with --explain only: dropped here rather than copied without it.
        judged.ruling.trace.clear();
    }
    let (words, told) = speech.of(&judged, lang, shelf).map_err(|p| vec![p])?;
    let warnings = (!judged.loaded.warnings.is_empty())
        .then(|| FileProblems::new(judged.loaded.source.clone(), judged.loaded.warnings.clone()));
    let text = render_one(&judged, format, explain, look, timeline, &words, &told);
    let case = judged.ruling.case.clone();
    Ok((warnings, (case, text), recording.then_some(judged)))
}

/// `--format html` over several cases without `-o`: one stream cannot hold several pages.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("`--format html` writes one page per case, and {count} cases were given")]
#[diagnostic(
    code(appeal::judge::html_pages),
    help(
        "write a page per case with `-o DIR` (DIR/CASE-ID.html): `appeal judge --format html -o rulings/ CASE...`; or judge one case"
    )
)]
struct ManyPages {
    count: usize,
}

/// The words a case is said in: the reader's language and the languages of the parties told in
/// another, each with the wording of the case's project over it (`i18n/` beside `policy/`).
#[derive(Default)]
pub struct Speech {
    pub lexicon: Lexicon,
    wordings: WordingShelf,
}

impl Speech {
    /// The reader's words for `judged` in `lang`, and the parties told in another language.
    pub fn of(
        &self,
        judged: &Judged,
        lang: &'static str,
        shelf: &PolicyShelf,
    ) -> Result<(Arc<Words>, Vec<Told>), FileProblems> {
        let case = &judged.loaded.case;
        let parties = [(Party::Buyer, &case.buyer), (Party::Seller, &case.seller)];
        let party_tags = parties
            .iter()
            .filter_map(|(party, trader)| Some((*party, trader.language.as_ref()?.value)));
        // The languages said in: the reader's, the parties', and English under them all.
        let mut tags = vec![lang, "en"];
        tags.extend(party_tags.clone().map(|(_, tag)| tag));
        tags.sort_unstable();
        tags.dedup();
        let project = shelf.projects.of(&judged.loaded.source.base_dir()).ok();
        let wording = match &project {
            Some(project) => self.wordings.of(project, &tags)?,
            None => ProjectWording::default(),
        };
        let root = project.as_ref().map(|p| p.root.as_path());
        let words_in = |tag| self.lexicon.words(tag, root.map(|r| (r, &wording)));
        let words = words_in(lang);
        let told = party_tags
            .filter(|(_, tag)| *tag != lang)
            .map(|(party, tag)| Told {
                party,
                words: words_in(tag),
            })
            .collect();
        Ok((words, told))
    }
}

/// One ruling in the chosen format, newline-terminated; `told` are the parties told their
/// notices in a language of their own.
pub fn render_one(
    judged: &Judged,
    format: Format,
    explain: bool,
    look: Look,
    timeline: bool,
    words: &Words,
    told: &[Told],
) -> String {
    let view = || RulingView::of(&judged.ruling, &judged.loaded.case, words, told, explain);
    let with_timeline = || {
        let view = view();
        if timeline {
            let chronology = render::timeline::Chronology::of(
                &judged.loaded,
                &judged.ruling,
                &judged.policy,
                words,
            );
            view.with_timeline(chronology)
        } else {
            view
        }
    };
    match format {
        Format::Human => render::human::view_text(&with_timeline(), judged.policy.file(), look),
        Format::Html => render::html::view_page(judged, view()),
        Format::Markdown => render::markdown::view_text(&with_timeline(), judged.policy.file()),
        Format::Json => crate::text::json::line(
            &render::json::RulingJson::of(&judged.ruling, words, explain).told(
                &judged.ruling,
                &judged.loaded.case,
                words,
                told,
            ),
        ),
    }
}
