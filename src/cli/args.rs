//! Every flag of every command, in one place. The arguments `appeal mcp` takes in its tools are
//! read into the same types (serde and schemars beside clap), so that a flag and a tool's field
//! share their name, their type and their description.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::vocab::calendar::Clock;

/// Adjudicate P2P trading appeals from a YAML case file and a TOML policy.
#[derive(Debug, Parser)]
#[command(
    name = "appeal",
    version,
    about,
    long_about = None,
    max_term_width = 100,
    after_help = "Each command has its own manual page: `appeal man judge`, `appeal man policy diff`…"
)]
pub struct Cli {
    /// When to colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = crate::text::terminal::ColorWhen::Auto,
        hide_possible_values = true
    )]
    pub color: crate::text::terminal::ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Judge cases and print the ruling.
    #[command(
        after_help = "Examples:\n  appeal judge cases/buyer.1b-spec-example.yaml\n  appeal judge --format json cases/ > rulings.jsonl\n  appeal judge --format html -o rulings/ cases/\n  appeal judge --as-of 2025-06-01T11:00:00+08:00 --explain cases/buyer.1b-spec-example.yaml"
    )]
    Judge(JudgeArgs),
    /// Judge every sample case with an `expect:` block and compare (default PATH: cases/).
    #[command(
        after_help = "Examples:\n  appeal test\n  appeal test --coverage --junit report.xml cases/\n  appeal test --filter buyer.1a\n  appeal test --policy my-mexc.toml\n  appeal test --bless"
    )]
    Test(TestArgs),
    /// Write a new case file for an appeal type, valid as it is, each field commented.
    #[command(
        after_help = "Examples:\n  appeal new --type seller_not_releasing -o APL-2025-0420.yaml\n  appeal new --type fraud --by seller --policy bitget\n\nThe file passes `appeal check` as written: replace every placeholder with the facts of the\nticket. -o never overwrites a file. The fields: docs/case-format.md."
    )]
    New(NewArgs),
    /// The worklist: every pending ruling of a folder by next deadline, overdue first.
    #[command(
        after_help = "Examples:\n  appeal queue cases/\n  appeal queue --at 2025-06-03T09:00:00+08:00 cases/\n  appeal queue --at now --format json tickets/\n\nEach case is judged at --at (default: its own as_of). A deadline the case still waits on\nat its own as_of that has passed by --at is overdue: the row says what was due and what the\nruling is at --at if nothing else happened. `--at now` reads the clock; no other command does."
    )]
    Queue(QueueArgs),
    /// Validate case files without judging them.
    #[command(after_help = "Example:\n  appeal check cases/\n  appeal check case.yaml other.yaml")]
    Check(CheckArgs),
    /// Explain a clause (its rule in our words, citation, parameters in force, decisions, sample
    /// cases) or an appeal type (who files it, the clause it goes to, what re-routes it).
    #[command(
        after_help = "Examples:\n  appeal explain buyer.1a\n  appeal explain procedure.timer --policy bitget\n  appeal explain seller_not_releasing"
    )]
    Explain(ExplainArgs),
    /// Print the JSON Schema (draft 2020-12) of a case file, a policy file or a ruling.
    #[command(
        after_help = "Examples:\n  appeal schema ruling\n  appeal schema case --output schema/case.json"
    )]
    Schema {
        #[arg(value_enum)]
        kind: crate::report::schema::Kind,
        /// Write to FILE (atomically) instead of stdout.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Serve the commands to agents over MCP (the Model Context Protocol) on stdin and stdout.
    #[command(
        after_help = "Tools: judge, check, explain, new, schema, queue; the clauses are resources.\nAn agent's configuration: README, \"Agents: appeal mcp\". Paths stay inside the project\nthe server is started in, and the server writes no file."
    )]
    Mcp,
    /// Print a shell completion script.
    #[command(after_help = "Example:\n  appeal completions bash > /etc/bash_completion.d/appeal")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff): appeal(1), or the page of one command.
    #[command(
        after_help = "Examples:\n  appeal man | man -l -\n  appeal man judge | man -l -\n  appeal man policy diff > appeal-policy-diff.1"
    )]
    Man {
        /// The command whose page to print, e.g. `judge` or `policy diff` (default: the page of
        /// appeal itself, which lists the others).
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
    /// Update a case without hand-editing YAML: add one event to its timeline.
    #[command(
        after_help = "Examples:\n  appeal event add case.yaml cs_contacted --party seller --at 2025-06-15T10:40:00+08:00\n  appeal event add case.yaml responded --by seller stance=payment_not_received --at now --bump-as-of\n\nThe event is checked first (its name, its keys, the whole case read back); every other\nbyte of the file is kept, and the file is replaced whole or not at all."
    )]
    Event {
        #[command(subcommand)]
        command: EventCommand,
    },
    /// Update a case without hand-editing YAML: add one payment.
    #[command(
        after_help = "Example:\n  appeal payment add case.yaml amount=58300 payer_name=\"MARIA SANTOS REYES\" to_account=\"BDO 0012 3456 7890\" --at 2025-06-15T10:05:00+08:00"
    )]
    Payment {
        #[command(subcommand)]
        command: EntryCommand,
    },
    /// Update a case without hand-editing YAML: add one evidence item.
    #[command(
        after_help = "Example:\n  appeal evidence add case.yaml id=statement-1 kind=bank_statement shows_receipt=false --by seller --at now --bump-as-of"
    )]
    Evidence {
        #[command(subcommand)]
        command: EntryCommand,
    },
    /// The desk defaults in force: which appeal.toml was found (from the current folder upward,
    /// as policy/ is) and each value it sets, or the built-in defaults.
    #[command(
        after_help = "Example:\n  appeal config\n\nappeal.toml sets [defaults] clock, lang, policy, cases, offset and fiat; the command\nline wins. The file: README, \"Desk defaults\"."
    )]
    Config,
    /// Validate, show and compare policies.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Check and replay a ledger of rulings (`appeal judge --record LEDGER`).
    Ledger {
        #[command(subcommand)]
        command: LedgerCommand,
    },
}

/// How a command prints its results: each command allows its own subset, with what each
/// format prints there, through its `--format` value parser ([`JUDGE_FORMATS`],
/// [`REPORT_FORMATS`], [`DIFF_FORMATS`], [`QUEUE_FORMATS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Markdown,
    Html,
}

impl Format {
    const ALL: [Format; 4] = [Format::Human, Format::Json, Format::Markdown, Format::Html];

    /// How `--format` names it.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// What `appeal mcp` answers in.
    fn json() -> Format {
        Format::Json
    }
}

/// A format a command allows, and what it prints there (its `--help` line).
type Allowed = (Format, Option<&'static str>);

/// How a ruling is printed.
const JUDGE_FORMATS: &[Allowed] = &[
    (Format::Human, Some("One screen of tables for a person")),
    (
        Format::Json,
        Some("One JSON object per case, one per line (JSON Lines); see `appeal schema ruling`"),
    ),
    (Format::Markdown, Some("Markdown for a ticket")),
    (
        Format::Html,
        Some(
            "One self-contained HTML page per ruling, with a timeline chart (inline CSS and SVG): one case to stdout, or several with `-o DIR` (a page each)",
        ),
    ),
];

/// How `check`, `test`, `explain`, `new`, `policy check` and `policy show` print their results
/// and diagnostics.
const REPORT_FORMATS: &[Allowed] = &[
    (
        Format::Human,
        Some("Lines and tables for a person; diagnostics drawn with the source"),
    ),
    (
        Format::Json,
        Some(
            "JSON Lines on stdout; diagnostics as JSON Lines on stderr (`appeal schema diagnostic`)",
        ),
    ),
];

/// How `policy diff` prints.
const DIFF_FORMATS: &[Allowed] = &[(Format::Human, None), (Format::Json, None)];

/// How `queue` prints.
const QUEUE_FORMATS: &[Allowed] = &[
    (Format::Human, Some("A table for a person")),
    (
        Format::Json,
        Some(
            "One JSON object per pending ruling (JSON Lines); diagnostics as JSON Lines on stderr",
        ),
    ),
    (
        Format::Markdown,
        Some("A Markdown table for a ticket or a wiki page"),
    ),
];

/// The `--format` parser of a command: only the formats it allows, each with its help.
fn formats(allowed: &'static [Allowed]) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = allowed.iter().map(|(format, help)| match help {
        Some(help) => PossibleValue::new(format.name()).help(*help),
        None => PossibleValue::new(format.name()),
    });
    PossibleValuesParser::new(values).try_map(|name| {
        Format::ALL
            .into_iter()
            .find(|format| format.name() == name)
            .ok_or("not a format")
    })
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Choosing the policy.
#[derive(Debug, Args, Deserialize, JsonSchema)]
pub struct PolicyArg {
    /// Policy to apply: an id (the project's policy/ID.toml found from the current folder
    /// upward, else the built-in one), `builtin:ID`, or a TOML file. Default: appeal.toml's
    /// `policy` (judge, queue), else each case's own `policy:`, else mexc, found from the case's
    /// folder.
    #[arg(long, value_name = "NAME|FILE")]
    #[serde(default)]
    pub policy: Option<String>,
}

/// Choosing whose clock times are written on.
#[derive(Debug, Args, Deserialize, JsonSchema)]
pub struct ClockArg {
    /// Whose clock times are written on: `policy` (its time zone, where working days are
    /// counted), `case` (the offset of each case's `as_of`), `utc`, or a time zone such as
    /// `Africa/Lagos`. The moments are the same; only the offset they are written with changes.
    /// Default: appeal.toml's `clock`, else `policy`.
    #[arg(long, value_name = "CLOCK", value_parser = clock)]
    #[serde(default, deserialize_with = "read_clock")]
    #[schemars(with = "Option<String>", extend("default" = "policy"))]
    pub clock: Option<Clock>,
}

/// A clock in a tool's arguments, read as `--clock` is.
fn read_clock<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Clock>, D::Error> {
    let written = Option::<String>::deserialize(deserializer)?;
    written
        .map(|written| clock(&written).map_err(serde::de::Error::custom))
        .transpose()
}

/// Choosing the language of what the reader sees: one group for every command that words a
/// ruling (`judge`, `queue`, `explain`), and for the tools of `appeal mcp`.
#[derive(Debug, Clone, Default, Args)]
pub struct LangArg {
    /// The language of everything the ruling says, a BCP 47 tag (`en-GB` picks `en`, `pt`
    /// picks `pt-BR`); an unknown tag lists the languages there are. A project may change the
    /// wording with its own catalogue (i18n/LANG/*.ftl beside policy/).
    /// Words change; decision, status, codes and values do not.
    /// Default: appeal.toml's `lang`, else en.
    #[arg(long, value_name = "TAG", value_parser = language)]
    pub lang: Option<&'static str>,
}

impl LangArg {
    /// The language asked for, else English.
    pub fn tag(&self) -> &'static str {
        self.lang.unwrap_or("en")
    }
}

/// A `--lang` tag, as the language it picks.
pub fn language(written: &str) -> Result<&'static str, String> {
    crate::vocab::language::resolve(written).map_err(|unknown| {
        format!(
            "{unknown}: the languages there are: {}",
            unknown.known.join(", ")
        )
    })
}

fn clock(written: &str) -> Result<Clock, String> {
    Clock::parse(written).ok_or_else(|| {
        format!(
            "`{written}` is not a clock: write `policy`, `case`, `utc` or an IANA time zone \
             such as `Africa/Lagos`"
        )
    })
}

#[derive(Debug, Args)]
pub struct JudgeArgs {
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Judge the case as it stood at this moment (RFC 3339 with offset) instead of its `as_of`;
    /// later entries are left out.
    #[arg(long, value_name = "TIME")]
    pub as_of: Option<String>,
    /// Output format. With json, diagnostics are JSON Lines on stderr too (`appeal schema
    /// diagnostic`).
    #[arg(long, default_value_t = Format::Human, value_parser = formats(JUDGE_FORMATS))]
    pub format: Format,
    /// Add the trace: every gate and clause tested, the values compared, what would change it.
    #[arg(long)]
    pub explain: bool,
    /// Leave out the timeline of the human and Markdown rulings (events, payments, evidence,
    /// chat, windows).
    #[arg(long)]
    pub no_timeline: bool,
    #[command(flatten)]
    pub clock: ClockArg,
    /// Write each ruling to its own file, DIR/CASE-ID.EXT (txt, json, md or html for the
    /// format), instead of stdout; DIR is created if need be. The paths written are printed.
    #[arg(short = 'o', long = "output-dir", value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// With -o: replace files of an earlier run (never one of this run's inputs).
    #[arg(long, requires = "output_dir")]
    pub force: bool,
    #[command(flatten)]
    pub lang: LangArg,
    /// Also append each ruling to the ledger LEDGER (created if missing): one JSON line per
    /// ruling with the case as read, the policy edition and the tool version, chained by
    /// SHA-256 to the line before (`appeal ledger verify`, `appeal schema ledger`).
    #[arg(long, value_name = "LEDGER")]
    pub record: Option<PathBuf>,
    /// Case files, folders (every *.yaml/*.yml/*.json below, sorted) or `-` for stdin.
    #[arg(required = true, value_name = "CASE")]
    pub cases: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum LedgerCommand {
    /// Check a ledger's chain: exit 0 when intact, 1 naming the first line edited, removed,
    /// reordered or inserted (or a last line cut short).
    #[command(after_help = "Example:\n  appeal ledger verify rulings.jsonl")]
    Verify {
        /// The ledger (written by `appeal judge --record`).
        #[arg(value_name = "LEDGER")]
        ledger: PathBuf,
    },
    /// Judge every recorded case again, at its recorded moment, under its recorded policy or
    /// the one given, and list the rulings that differ from the recorded ones.
    #[command(
        after_help = "Examples:\n  appeal ledger replay rulings.jsonl\n  appeal ledger replay rulings.jsonl --policy my-mexc.toml --exit-code\n\nThe ledger holds everything a replay needs: each case's text and, for a policy file, its\ntext. With --policy, each ruling that differs says which parameter changes move it, as\n`policy diff` does."
    )]
    Replay {
        /// The ledger (written by `appeal judge --record`).
        #[arg(value_name = "LEDGER")]
        ledger: PathBuf,
        /// Judge every case under this policy instead of the recorded one: an id (its latest
        /// edition), `ID@YYYY-MM-DD`, `builtin:ID` or a TOML file.
        #[arg(long, value_name = "NAME|FILE")]
        policy: Option<String>,
        /// Exit 1 when any ruling differs (0 when none does).
        #[arg(long)]
        exit_code: bool,
    },
}

#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Also write the results as JUnit XML to FILE.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Print which clauses and branches the cases reach, and the ones none reaches.
    #[arg(long)]
    pub coverage: bool,
    /// Fail (exit 1) when branch coverage is below PCT percent (a number from 0 to 100).
    #[arg(long, value_name = "PCT", value_parser = percent)]
    pub min_coverage: Option<f64>,
    /// Only cases whose path or case id contains TEXT.
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,
    /// Rewrite the `expect:` block of every case whose ruling differs from it (and nothing else
    /// of the file), and print what changed. Review the change with `git diff` before committing.
    #[arg(long, conflicts_with = "policy")]
    pub bless: bool,
    /// json: one object per case and a summary object on stdout, diagnostics as JSON Lines on
    /// stderr.
    #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
    pub format: Format,
    #[command(flatten)]
    pub strictness: Strictness,
    /// Case files or folders, walked recursively. Default: appeal.toml's `cases`, else cases/.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args, Deserialize, JsonSchema)]
pub struct ExplainArgs {
    /// A clause id (buyer.1a, seller.4a, procedure.timer) or an appeal type
    /// (seller_not_releasing, payment_not_received…).
    #[arg(value_name = "CLAUSE|TYPE")]
    pub clause: String,
    /// Policy whose citation and parameters to show, and under which to judge the sample
    /// cases: a built-in name (mexc, bitget) or a TOML file. Default: mexc for the clause, and
    /// each sample case under its own `policy:`.
    #[arg(long, value_name = "NAME|FILE")]
    #[serde(default)]
    pub policy: Option<String>,
    /// Folder of sample cases to search for cases that exercise the clause [default: cases].
    #[arg(long, value_name = "DIR")]
    #[serde(default)]
    pub cases: Option<PathBuf>,
    /// json: one object (`appeal schema explain`); diagnostics as JSON Lines on stderr.
    #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
    #[serde(skip, default = "Format::json")]
    pub format: Format,
    #[command(flatten)]
    #[serde(skip)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// json: one object per file on stdout, diagnostics as JSON Lines on stderr.
    #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
    pub format: Format,
    #[command(flatten)]
    pub strictness: Strictness,
    /// Case files, folders (every *.yaml/*.yml/*.json below, sorted) or `-` for stdin.
    #[arg(required = true, value_name = "CASE")]
    pub cases: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Append one event to the case's timeline.
    Add(EventAddArgs),
}

#[derive(Debug, Subcommand)]
pub enum EntryCommand {
    /// Append one entry, written as KEY=VALUE pairs (the keys of docs/case-format.md).
    Add(EntryAddArgs),
}

/// Where and when an entry is added.
#[derive(Debug, Args)]
pub struct EntryPlace {
    /// The case file to update.
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// When it happened: RFC 3339 with offset, or `now` (the clock, at the offset of the case's
    /// as_of).
    #[arg(long, value_name = "TIME|now", default_value = "now")]
    pub at: String,
    /// Move the case's as_of to the entry's time when the entry is later (else a later entry is
    /// refused: nothing in a case may be later than its as_of).
    #[arg(long)]
    pub bump_as_of: bool,
}

#[derive(Debug, Args)]
pub struct EventAddArgs {
    #[command(flatten)]
    pub place: EntryPlace,
    /// The event: marked_paid, cs_contacted, responded, released… (docs/case-format.md).
    #[arg(value_name = "EVENT")]
    pub event: String,
    /// Who acted (`by:`): buyer or seller (system or cs where the event allows).
    #[arg(long, value_name = "PARTY")]
    pub by: Option<String>,
    /// Who was acted on (`party:`): buyer or seller.
    #[arg(long, value_name = "PARTY")]
    pub party: Option<String>,
    /// Other keys of the event, e.g. stance=refuses, reason=timeout, amount=500.
    #[arg(value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EntryAddArgs {
    #[command(flatten)]
    pub place: EntryPlace,
    /// Who submitted it (`by:`, evidence): buyer or seller.
    #[arg(long, value_name = "PARTY")]
    pub by: Option<String>,
    /// The entry's keys, e.g. amount=58300 payer_name="MARIA SANTOS REYES".
    #[arg(value_name = "KEY=VALUE", required = true)]
    pub fields: Vec<String>,
}

/// How much `check` and `test` print, and whether a warning fails the run.
#[derive(Debug, Args)]
pub struct Strictness {
    /// Print only failures (invalid files, failed cases) and the summary: no line per file that
    /// passes. Diagnostics are printed as always.
    #[arg(short, long)]
    pub quiet: bool,
    /// Make a warning fail the run (exit 1), as `cargo clippy -- -D warnings` does: for CI.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Validate policies (default: every built-in id and every id of the project's policy/
    /// folder, each with all its editions).
    #[command(
        after_help = "Examples:\n  appeal policy check\n  appeal policy check mexc\n  appeal policy check my-policy.toml\n\nAn id is checked with every edition it has (policy/ID/*.toml): two editions in force from\nthe same day are an error. Warnings (a modified copy of a built-in policy, a value the\npublished rules fix written otherwise) go to stderr and do not fail the check."
    )]
    Check {
        /// Policy ids (the project's policy/ID.toml or policy/ID/, else the built-in one),
        /// `builtin:ID`, `ID@YYYY-MM-DD` or TOML files.
        #[arg(value_name = "NAME|FILE")]
        policies: Vec<String>,
        /// json: one object per policy and a summary object on stdout (`appeal schema
        /// policy-check`), diagnostics as JSON Lines on stderr.
        #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
        format: Format,
    },
    /// Print a built-in policy's TOML, byte for byte the file shipped in the binary: a file to
    /// start a project's policy from.
    #[command(
        after_help = "Examples:\n  appeal policy export mexc > policy/mexc.toml\n  appeal policy export bitget > my-bitget.toml"
    )]
    Export {
        /// A built-in policy id (mexc, bitget).
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Compare two policies: parameter changes, then the cases whose ruling changes, the
    /// decisions told apart from the deadlines and amounts that move.
    #[command(
        after_help = "Examples:\n  appeal policy diff mexc my-mexc.toml cases/\n  appeal policy diff builtin:mexc mexc --exit-code\n  appeal policy diff mexc@2025-05-29 mexc@2026-01-01\n\nAn id stands for its latest edition; `ID@YYYY-MM-DD` for the edition in force on that day.\nEvery case is judged under both sides as given, whatever the day of its order."
    )]
    Diff {
        /// The policy in force: an id, `ID@YYYY-MM-DD`, `builtin:ID` or a file.
        #[arg(value_name = "OLD")]
        old: String,
        /// The proposed policy: an id, `ID@YYYY-MM-DD`, `builtin:ID` or a file.
        #[arg(value_name = "NEW")]
        new: String,
        /// Case files or folders to re-judge (default: cases/).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format: human or json (see `appeal schema diff`).
        #[arg(long, default_value_t = Format::Human, value_parser = formats(DIFF_FORMATS))]
        format: Format,
        /// Exit 1 when any ruling changes (0 when none does), as `git diff --exit-code`: a CI
        /// gate for a policy change.
        #[arg(long)]
        exit_code: bool,
    },
    /// Show every setting and parameter of a policy: its value, its clause, its default (the
    /// built-in policy with the same id, else mexc) and whether it is a placeholder; for an id,
    /// its editions first (the latest is shown, or the one `ID@YYYY-MM-DD` names).
    #[command(
        after_help = "Examples:\n  appeal policy show mexc\n  appeal policy show mexc@2025-06-01"
    )]
    Show {
        /// A policy id, `ID@YYYY-MM-DD`, `builtin:ID` or a TOML file.
        #[arg(value_name = "NAME|FILE", default_value = "mexc")]
        policy: String,
        /// json: the settings and parameters as one object (`appeal schema policy-show`),
        /// diagnostics as JSON Lines on stderr.
        #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
        format: Format,
        /// The language of the headings, notes and parameter meanings.
        #[command(flatten)]
        lang: LangArg,
    },
}

/// A percentage from 0 to 100 (`--min-coverage`); `NaN`, `inf` and numbers out of range are
/// refused, as no coverage could be compared with them.
fn percent(written: &str) -> Result<f64, String> {
    match written.trim().parse::<f64>() {
        Ok(value) if value.is_finite() && (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(format!("`{written}` is not a percentage from 0 to 100")),
    }
}

#[derive(Debug, Args, Deserialize, JsonSchema)]
pub struct NewArgs {
    /// The appeal type (`appeal explain TYPE` says where each goes).
    #[arg(long = "type", value_name = "TYPE", value_parser = clap::builder::PossibleValuesParser::new(appeal_types()))]
    #[serde(rename = "type")]
    #[schemars(with = "crate::model::case::AppealType")]
    pub kind: String,
    /// Who files it. Default: the party the type is open to (buyer for either).
    #[arg(long, value_name = "PARTY", value_parser = ["buyer", "seller"])]
    #[serde(default)]
    #[schemars(with = "Option<crate::vocab::decision::Party>")]
    pub by: Option<String>,
    /// The policy the case names (`policy:`): mexc, bitget or a TOML path relative to the case
    /// file. Default: appeal.toml's `policy`, else none written, so mexc applies.
    #[arg(long, value_name = "ID")]
    #[serde(default)]
    pub policy: Option<String>,
    /// Write the case to FILE (never over an existing file) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    #[serde(skip)]
    pub output: Option<PathBuf>,
    /// The offset of every time written (`-03:00`, `+05:30`, `Z`). Default: appeal.toml's
    /// `offset`, else +08:00.
    #[arg(long, value_name = "+HH:MM", allow_hyphen_values = true)]
    #[serde(default)]
    pub offset: Option<String>,
    /// The order's currency (three capital letters, `BRL`). Default: appeal.toml's `fiat`, else
    /// PHP.
    #[arg(long, value_name = "CODE")]
    #[serde(default)]
    pub fiat: Option<String>,
    /// json: one object on stdout with the case as YAML text and as JSON data (`appeal schema
    /// new`), also with -o; diagnostics as JSON Lines on stderr.
    #[arg(long, default_value_t = Format::Human, value_parser = formats(REPORT_FORMATS))]
    #[serde(skip, default = "Format::json")]
    pub format: Format,
}

fn appeal_types() -> Vec<&'static str> {
    <crate::model::case::AppealType as crate::vocab::words::Choice>::names()
}

#[derive(Debug, Args, Deserialize, JsonSchema)]
pub struct QueueArgs {
    #[command(flatten)]
    #[serde(flatten)]
    pub policy: PolicyArg,
    /// Judge every case at this moment (RFC 3339 with offset), or `now` for the clock.
    /// Default: each case's own `as_of`.
    #[arg(long, value_name = "TIME|now")]
    #[serde(default)]
    pub at: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub clock: ClockArg,
    #[command(flatten)]
    #[serde(skip)]
    pub lang: LangArg,
    /// Output format.
    #[arg(long, default_value_t = Format::Human, value_parser = formats(QUEUE_FORMATS))]
    #[serde(skip, default = "Format::json")]
    pub format: Format,
    /// Case files or folders (every *.yaml/*.yml/*.json below, sorted). Default: appeal.toml's
    /// `cases`.
    #[arg(value_name = "DIR")]
    pub cases: Vec<PathBuf>,
}
