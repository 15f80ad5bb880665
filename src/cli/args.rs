//! Every flag of every command, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Adjudicate P2P trading appeals from a YAML case file and a TOML policy.
#[derive(Debug, Parser)]
#[command(name = "appeal", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate case files without judging them.
    #[command(after_help = "Example:\n  appeal check cases/\n  appeal check case.yaml other.yaml")]
    Check(CheckArgs),
    /// Validate, show and compare policies.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Case files, folders (every *.yaml/*.yml below, sorted) or `-` for stdin.
    #[arg(required = true, value_name = "CASE")]
    pub cases: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Validate policies (default: every built-in policy).
    #[command(after_help = "Example:\n  appeal policy check\n  appeal policy check my-policy.toml")]
    Check {
        /// Built-in policy names (mexc, bitget) or TOML files.
        #[arg(value_name = "NAME|FILE")]
        policies: Vec<String>,
    },
    /// Show every parameter of a policy, its clause and whether it is a placeholder.
    #[command(after_help = "Example:\n  appeal policy show mexc")]
    Show {
        /// A built-in policy name or a TOML file.
        #[arg(value_name = "NAME|FILE", default_value = "mexc")]
        policy: String,
    },
}
