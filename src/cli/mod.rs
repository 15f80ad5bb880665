//! The command line: flags in one place, one module per subcommand.

use std::io::Write;
use std::process::ExitCode;

use crate::reading::diagnostics::{FileProblems, Reporter};
use crate::text::terminal::Look;

mod args;
pub mod artifact;
mod case_edit;
mod case_ids;
mod check;
mod config;
mod event;
mod explain;
mod inputs;
mod judge;
mod ledger;
mod mcp;
mod new;
mod policy_cmd;
mod queue;
mod record;
mod ruling_files;
mod shared_problems;
mod template_reads;
mod test_cmd;
mod usage;

pub use args::Cli;
use args::Command;

/// Exit codes (README, "Exit codes").
pub mod exit {
    /// Success (for `test`: every case passed).
    pub const OK: u8 = 0;
    /// A `test` mismatch or a `policy check` finding.
    pub const FINDING: u8 = 1;
    /// Invalid input or usage.
    pub const INVALID: u8 = 2;
}

/// Where results and diagnostics go, and how they are drawn.
pub struct Output {
    /// Draws diagnostics in the look of stderr.
    pub reporter: Reporter,
    pub stdout: Stream,
    pub stderr: Stream,
    /// The look of stdout: the borders of result tables.
    pub look: Look,
    /// Diagnostics as JSON Lines (`--format json`) instead of drawn reports.
    pub json_diagnostics: bool,
}

impl Output {
    fn from_environment() -> Output {
        Output {
            reporter: Reporter::new(Look::of_stderr()),
            stdout: Stream::new(std::io::BufWriter::new(std::io::stdout())).escaping(),
            // anstream passes the colour of diagnostics through, or strips it, as `--color`
            // and the terminal decide (and translates it for old Windows consoles).
            stderr: Stream::new(anstream::AutoStream::auto(std::io::stderr())),
            look: Look::of_stdout(),
            json_diagnostics: false,
        }
    }

    /// Prints every problem of one file to stderr.
    pub fn report(&mut self, file: &FileProblems) -> std::io::Result<()> {
        let text = if self.json_diagnostics {
            crate::reading::diagnostic_json::render_file(file)
        } else {
            self.reporter
                .render_file(&file.problems, file.source.as_deref(), &file.name)
        };
        self.stderr.write_all(text.as_bytes())
    }

    /// Prints a diagnostic that belongs to no input file to stderr.
    pub fn report_error(&mut self, error: &dyn miette::Diagnostic) -> std::io::Result<()> {
        let text = if self.json_diagnostics {
            crate::reading::diagnostic_json::render_error(error)
        } else {
            self.reporter.render_error(error)
        };
        self.stderr.write_all(text.as_bytes())
    }

    /// The exit code of a run whose results call for `code`, once stdout is flushed. A closed
    /// pipe (`appeal … | head`) is not an error: the results decide. Any other failure to write
    /// stdout (a full disk) is: it is said on stderr and the code is at least 2, since what was
    /// asked for did not reach its reader. A stderr that cannot be written changes nothing.
    pub fn finish(mut self, code: u8) -> u8 {
        let _ = self.stdout.flush();
        match self.stdout.failure() {
            None => code,
            Some(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
            Some(error) => {
                let message = format!("error: cannot write to stdout: {error}\n");
                let _ = self.stderr.write_all(message.as_bytes());
                let _ = self.stderr.flush();
                code.max(exit::INVALID)
            }
        }
    }
}

/// An output stream that stops at its first failed write: later writes are dropped, so that a
/// closed or full stdout (or stderr) never stops the run. The job finishes (reports are still
/// written) and [`Output::finish`] turns the failure into the exit code.
///
/// Results on stdout are also escaped as they are written ([`Stream::escaping`]): every
/// renderer escapes the text it takes from a case or a policy ([`crate::text::shown`]), and this is
/// the net under them all, so that no command (those to come included) can put a control
/// character on a terminal. Newlines and tabs pass: the renderers write them, and escape the
/// ones that come from an input.
pub struct Stream {
    inner: Box<dyn Write>,
    failed: Option<std::io::Error>,
    escape: bool,
}

impl Stream {
    pub fn new(inner: impl Write + 'static) -> Stream {
        Stream {
            inner: Box::new(inner),
            failed: None,
            escape: false,
        }
    }

    /// The same stream, writing control characters other than newline and tab escaped.
    pub fn escaping(mut self) -> Stream {
        self.escape = true;
        self
    }

    /// Writes `bytes` as they are, bypassing the escaping (coloured help text).
    pub fn write_raw(&mut self, bytes: &[u8]) {
        if self.failed.is_none() {
            let result = self.inner.write_all(bytes);
            let _ = self.record(result, ());
        }
    }

    /// Why the stream stopped, if it did.
    pub fn failure(&self) -> Option<&std::io::Error> {
        self.failed.as_ref()
    }

    fn record<T>(&mut self, result: std::io::Result<T>, done: T) -> std::io::Result<T> {
        match result {
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => Err(error),
            Err(error) => {
                self.failed = Some(error);
                Ok(done)
            }
            ok => ok,
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.failed.is_some() {
            return Ok(buf.len());
        }
        if self.escape
            && crate::text::shown::may_hide(buf)
            && let Ok(text) = std::str::from_utf8(buf)
            && text
                .chars()
                .any(|c| crate::text::shown::is_hidden(c) && c != '\n' && c != '\t')
        {
            let escaped: String = text
                .split_inclusive(['\n', '\t'])
                .map(|piece| {
                    let end = piece.trim_end_matches(['\n', '\t']).len();
                    format!(
                        "{}{}",
                        crate::text::shown::Shown(&piece[..end]),
                        &piece[end..]
                    )
                })
                .collect();
            let result = self.inner.write_all(escaped.as_bytes()).map(|_| buf.len());
            return self.record(result, buf.len());
        }
        let result = self.inner.write(buf);
        self.record(result, buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.failed.is_some() {
            return Ok(());
        }
        let result = self.inner.flush();
        self.record(result, ())
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    crate::text::terminal::ColorWhen::from_args(std::env::args_os()).apply();
    // The help of each command says the desk defaults in force (appeal.toml).
    // The tree of commands and flags serves this one parse; it is left for the end of the
    // process to free, not taken apart (taking it apart costs a sixth of a bare start).
    let mut command = std::mem::ManuallyDrop::new(config::with_desk_help(
        <Cli as clap::CommandFactory>::command(),
    ));
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => return ExitCode::from(print_parser_message(&error)),
    };
    if let Err(error) = check_usage(&cli) {
        return ExitCode::from(print_parser_message(&error));
    }
    let mut out = Output::from_environment();
    let code = match run(cli, &mut out) {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(out.stderr, "error: {error}");
            exit::INVALID
        }
    };
    ExitCode::from(out.finish(code))
}

/// Prints what the flag parser has to say and returns the exit code: help and version on
/// stdout (0, or 2 when stdout cannot be written, as for any result), usage errors on stderr
/// (2), as a JSON diagnostic when the command line asks for `--format json`. Colour follows
/// `--color` through anstream.
fn print_parser_message(error: &clap::Error) -> u8 {
    if error.use_stderr() {
        let mut stderr = anstream::AutoStream::auto(std::io::stderr());
        let text = if usage::asks_for_json(std::env::args_os()) {
            usage::json_line(error)
        } else {
            error.render().ansi().to_string()
        };
        let _ = stderr.write_all(text.as_bytes());
        return exit::INVALID;
    }
    let mut out = Output::from_environment();
    out.stdout
        .write_raw(parser_text(error, out.look.colour).as_bytes());
    out.finish(exit::OK)
}

/// What the flag parser says, coloured or not.
fn parser_text(error: &clap::Error, colour: bool) -> String {
    let styled = error.render();
    if colour {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    }
}

/// `appeal man [COMMAND...]`: the page of appeal itself, or of one command (`judge`,
/// `policy diff`), named `appeal-judge(1)`, `appeal-policy-diff(1)` as the top page lists them.
fn man_page(path: &[String], out: &mut Output) -> std::io::Result<u8> {
    let mut root = <Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    // Building names each command after its path: `appeal-policy-diff`.
    root.build();
    let found = path
        .iter()
        .try_fold(&root, |command, name| command.find_subcommand(name));
    match found {
        Some(command) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(with_usage_as_synopsis(command))
                .source(format!("appeal {}", crate::hearing::TOOL_VERSION))
                .render(&mut page)?;
            out.stdout.write_all(&page).map(|_| exit::OK)
        }
        None => {
            let mut pages = Vec::new();
            command_paths(&root, &mut Vec::new(), &mut pages);
            let asked = path.join(" ");
            let help = crate::reading::diagnostics::suggest(
                &asked,
                pages.iter().map(String::as_str),
                "commands",
            );
            let error = root.error(
                clap::error::ErrorKind::InvalidSubcommand,
                format!("no manual page for `appeal {asked}`: {help}"),
            );
            let text = parser_text(&error, Look::of_stderr().colour);
            out.stderr.write_all(text.as_bytes())?;
            Ok(exit::INVALID)
        }
    }
}

/// The command, with the usage line `--help` prints as its man page's synopsis when it has no
/// subcommands: clap_mangen writes an argument that takes several values as `<CASE>`, where
/// the usage line has `<CASE>...`.
fn with_usage_as_synopsis(command: &clap::Command) -> clap::Command {
    let mut command = command.clone();
    if command.has_subcommands() {
        return command;
    }
    let usage = command.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .to_string();
    command.override_usage(usage)
}

/// Every command path below `command`, space-separated: `judge`, `policy diff`.
fn command_paths(command: &clap::Command, prefix: &mut Vec<String>, out: &mut Vec<String>) {
    for sub in command.get_subcommands() {
        prefix.push(sub.get_name().to_string());
        out.push(prefix.join(" "));
        command_paths(sub, prefix, out);
        prefix.pop();
    }
}

/// Usage mistakes the flag parser cannot see, reported the way it reports its own (exit 2):
/// `-` named more than once, which would read stdin twice (the second time finding nothing).
fn check_usage(cli: &Cli) -> Result<(), clap::Error> {
    let (path, inputs): (&[&str], &[std::path::PathBuf]) = match &cli.command {
        Command::Judge(args) => (&["judge"], &args.cases),
        Command::Check(args) => (&["check"], &args.cases),
        Command::Queue(args) => (&["queue"], &args.cases),
        Command::Test(args) => (&["test"], &args.paths),
        Command::Policy {
            command: args::PolicyCommand::Diff { paths, .. },
        } => (&["policy", "diff"], paths),
        _ => return Ok(()),
    };
    let stdin = inputs.iter().filter(|i| i.as_os_str() == "-").count();
    if stdin <= 1 {
        return Ok(());
    }
    let message = format!(
        "`-` (standard input) is given {stdin} times, but stdin can be read only once; give `-` \
         once, or save the other cases to files"
    );
    let kind = clap::error::ErrorKind::ArgumentConflict;
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    // The error shows the usage of the subcommand that was run.
    let named = path.iter().try_fold(&mut command, |command, name| {
        command.find_subcommand_mut(name)
    });
    Err(match named {
        Some(named) => named.error(kind, message),
        None => clap::Error::raw(kind, message),
    })
}

/// Runs a parsed command against the given output.
pub fn run(cli: Cli, out: &mut Output) -> std::io::Result<u8> {
    match cli.command {
        Command::Judge(args) => judge::run(&args, out),
        Command::Check(args) => check::run(&args, out),
        Command::New(args) => new::run(&args, out),
        Command::Queue(args) => queue::run(&args, out),
        Command::Test(args) => test_cmd::run(&args, out),
        Command::Policy { command } => policy_cmd::run(command, out),
        Command::Ledger { command } => ledger::run(command, out),
        Command::Explain(args) => explain::run(&args, out),
        Command::Config => config::run(out),
        Command::Event {
            command: args::EventCommand::Add(args),
        } => event::run_event(&args, out),
        Command::Payment {
            command: args::EntryCommand::Add(args),
        } => event::run_entry(event::List::Payments, &args, out),
        Command::Evidence {
            command: args::EntryCommand::Add(args),
        } => event::run_entry(event::List::Evidence, &args, out),
        Command::Schema { kind, output } => {
            let text = crate::report::schema::render(kind);
            match output {
                None => out.stdout.write_all(text.as_bytes()).map(|_| exit::OK),
                Some(path) => {
                    match crate::cli::artifact::write_atomically(&path, text.as_bytes(), &[]) {
                        Ok(()) => Ok(exit::OK),
                        Err(error) => {
                            let text = out.reporter.render_error(&error);
                            out.stderr.write_all(text.as_bytes()).map(|_| exit::INVALID)
                        }
                    }
                }
            }
        }
        Command::Completions { shell } => {
            // Generated into memory first: clap_complete panics when its writer fails.
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "appeal", &mut script);
            out.stdout.write_all(&script).map(|_| exit::OK)
        }
        Command::Man { command } => man_page(&command, out),
        Command::Mcp => Ok(mcp::serve(out)),
    }
}
