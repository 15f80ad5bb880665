//! `appeal policy check|show`.

use std::io::Write;

use super::{Output, exit};
use crate::cli::args::PolicyCommand;
use crate::policy::{self, PolicyRef};

pub fn run(command: PolicyCommand, out: &mut Output) -> std::io::Result<u8> {
    match command {
        PolicyCommand::Check { policies } => check(&policies, out),
        PolicyCommand::Show { policy } => show(&policy, out),
    }
}

fn refs(names: &[String]) -> Vec<PolicyRef> {
    if names.is_empty() {
        policy::builtin_refs()
    } else {
        names.iter().map(|n| PolicyRef::parse(n, None)).collect()
    }
}

fn check(names: &[String], out: &mut Output) -> std::io::Result<u8> {
    let mut failed = 0;
    for reference in refs(names) {
        match reference.load() {
            Ok(policy) => {
                let placeholders: usize =
                    policy.clauses.values().map(|c| c.placeholders.len()).sum();
                writeln!(
                    out.stdout,
                    "ok: {} — {} {} ({} clauses, {} placeholder parameters to confirm)",
                    policy.origin,
                    policy.title,
                    policy.version,
                    policy.clauses.len(),
                    placeholders
                )?;
            }
            Err(problems) => {
                failed += 1;
                out.report(&problems)?;
            }
        }
    }
    Ok(if failed > 0 { exit::FINDING } else { exit::OK })
}

fn show(name: &str, out: &mut Output) -> std::io::Result<u8> {
    let policy = match PolicyRef::parse(name, None).load() {
        Ok(policy) => policy,
        Err(problems) => {
            out.report(&problems)?;
            return Ok(exit::INVALID);
        }
    };
    let text = crate::render::policy_table(&policy);
    out.stdout.write_all(text.as_bytes())?;
    Ok(exit::OK)
}
