//! The command line (SPEC §2): flags in one place, one module per subcommand.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::diagnostics::{FileProblems, Reporter};
use crate::terminal::Look;

mod args;
mod check;
mod explain;
mod inputs;
mod judge;
mod new;
mod policy_cmd;
mod queue;
mod test_cmd;

pub use args::Cli;
use args::Command;

/// Exit codes of SPEC §2.
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
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// The look of stdout: the borders of result tables.
    pub look: Look,
    /// Diagnostics as JSON Lines (`--format json`) instead of drawn reports.
    pub json_diagnostics: bool,
}

impl Output {
    fn from_environment() -> Output {
        Output {
            reporter: Reporter::new(Look::of_stderr()),
            stdout: Box::new(std::io::BufWriter::new(std::io::stdout())),
            stderr: Box::new(std::io::stderr()),
            look: Look::of_stdout(),
            json_diagnostics: false,
        }
    }

    /// Prints every problem of one file to stderr.
    pub fn report(&mut self, file: &FileProblems) -> std::io::Result<()> {
        let text = if self.json_diagnostics {
            crate::diagnostic_json::render_file(file)
        } else {
            self.reporter
                .render_file(&file.problems, file.source.as_deref(), &file.name)
        };
        self.stderr.write_all(text.as_bytes())
    }

    /// Prints a diagnostic that belongs to no input file to stderr.
    pub fn report_error(&mut self, error: &dyn miette::Diagnostic) -> std::io::Result<()> {
        let text = if self.json_diagnostics {
            crate::diagnostic_json::render_error(error)
        } else {
            self.reporter.render_error(error)
        };
        self.stderr.write_all(text.as_bytes())
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                exit::INVALID
            } else {
                exit::OK
            };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    if let Err(error) = check_usage(&cli) {
        let _ = error.print();
        return ExitCode::from(exit::INVALID);
    }
    let mut out = Output::from_environment();
    let result = run(cli, &mut out).and_then(|code| out.stdout.flush().map(|_| code));
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`appeal … | head`) is not an error worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(exit::OK),
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "error: {error}");
            ExitCode::from(exit::INVALID)
        }
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
        Some(command) => clap_mangen::Man::new(with_usage_as_synopsis(command))
            .source(format!("appeal {}", crate::hearing::TOOL_VERSION))
            .render(&mut out.stdout)
            .map(|_| exit::OK),
        None => {
            let mut pages = Vec::new();
            command_paths(&root, &mut Vec::new(), &mut pages);
            let asked = path.join(" ");
            let help =
                crate::diagnostics::suggest(&asked, pages.iter().map(String::as_str), "commands");
            let error = root.error(
                clap::error::ErrorKind::InvalidSubcommand,
                format!("no manual page for `appeal {asked}`: {help}"),
            );
            let _ = error.print();
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
        Command::Explain(args) => explain::run(&args, out),
        Command::Schema { kind, output } => {
            let text = crate::schema::render(kind);
            match output {
                None => out.stdout.write_all(text.as_bytes()).map(|_| exit::OK),
                Some(path) => {
                    match crate::artifact::write_atomically(&path, text.as_bytes(), &[]) {
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
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "appeal", &mut out.stdout);
            Ok(exit::OK)
        }
        Command::Man { command } => man_page(&command, out),
    }
}
