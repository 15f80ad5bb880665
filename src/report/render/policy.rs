//! `appeal policy show`: every parameter in force, its clause, its default, and whether it is a
//! placeholder.
//!
//! Values are spelled as a policy file writes them. The default of a value is the same setting
//! in the baseline: the built-in policy with the same id, else `mexc` ([`Policy::baseline`]).

use std::fmt::Write as _;

use crate::model::clause::ClauseId;
use crate::model::policy::{InForceOn, Policy, UsedBy};
use crate::text::shown::Shown;
use crate::text::terminal::Look;

use super::table;

/// The effective policy as text, each value next to its default in `baseline`.
pub fn policy_table(policy: &Policy, baseline: &Policy, look: Look) -> String {
    let mut out = String::new();
    heading(&mut out, policy, baseline);
    citations(&mut out, policy, look);
    settings(&mut out, policy, baseline, look);
    parameters(&mut out, policy, baseline, look);
    footer(&mut out, policy, baseline);
    out
}

/// The heading: the policy, when it is in force, its source and the defaults it is compared with.
fn heading(out: &mut String, policy: &Policy, baseline: &Policy) {
    let _ = writeln!(
        out,
        "{} — {} (version {})",
        Shown(&policy.id),
        Shown(&policy.title),
        Shown(&policy.version)
    );
    let chosen_by = match policy.in_force_on {
        InForceOn::OrderCreated => "orders created",
        InForceOn::AppealFiled => "appeals filed",
    };
    let _ = match policy.effective_from {
        Some(day) => writeln!(
            out,
            "in force from {day}: for {chosen_by} from that day on (`in_force_on = \"{}\"`)",
            policy.in_force_on
        ),
        None => writeln!(out, "in force for every order (no `effective_from`)"),
    };
    let _ = writeln!(
        out,
        "source: {}   sha256: {}",
        Shown(&policy.origin),
        &policy.sha256[..16.min(policy.sha256.len())]
    );
    let _ = writeln!(
        out,
        "defaults: the built-in {} policy {}; ≠ marks a value that differs from it",
        baseline.id,
        if baseline.id == policy.id {
            "(same id)"
        } else {
            "(no built-in policy has this id)"
        }
    );
}

/// The clauses in force with their citations, and those left out.
fn citations(out: &mut String, policy: &Policy, look: Look) {
    let mut citations = table::new(&["clause", "cited as"], look);
    for id in ClauseId::all() {
        if let Some(clause) = policy.clause(id) {
            citations.add_row(vec![id.to_string(), clause.cite.clone()]);
        }
    }
    let _ = writeln!(out, "\nClauses in force\n{citations}");
    if !policy.disabled.is_empty() {
        let left_out: Vec<&str> = policy.disabled.iter().map(|id| id.as_str()).collect();
        let _ = writeln!(
            out,
            "Left out (`enabled = false`): {}",
            crate::report::render::wrapped(&left_out.join(", "), 80, 30)
        );
    }
}

/// The calendar, limits and procedure, grouped by table as the file writes them.
fn settings(out: &mut String, policy: &Policy, baseline: &Policy, look: Look) {
    let mut settings = table::new(&["setting (clause)", "value", "default"], look);
    let defaults = baseline.settings();
    let mut table_shown = "";
    for (setting, default) in policy.settings().into_iter().zip(defaults) {
        if setting.table != table_shown {
            table_shown = setting.table;
            settings.add_row(vec![format!("[{}]", setting.table)]);
        }
        let mut value = marked(&setting.value, Some(&default.value));
        if let Some(why) = &setting.not_applied {
            value.push_str(&format!(" ({why})"));
        }
        // A setting one gate applies names it under the key; the others serve every clause.
        let key = if setting.placeholder {
            format!("{} ✱", setting.key)
        } else {
            setting.key.to_string()
        };
        let name = match setting.used_by {
            UsedBy::Clause(id) => format!("{key}\n({id})"),
            UsedBy::Every(_) => key,
        };
        settings.add_row(vec![
            name,
            value,
            shown_default(&setting.value, Some(&default.value)),
        ]);
    }
    table::keep_whole(&mut settings, &[0]);
    let _ = writeln!(out, "\nSettings\n{settings}");
}

/// Each clause table's parameters, under the clause id.
fn parameters(out: &mut String, policy: &Policy, baseline: &Policy, look: Look) {
    let mut grid = table::new(&["parameter", "value", "default"], look);
    let mut any = false;
    for id in ClauseId::all() {
        let Some(clause) = policy.clause(id) else {
            continue;
        };
        let params = id.spec().params;
        if params.is_empty() {
            continue;
        }
        any = true;
        grid.add_row(vec![id.to_string()]);
        for param in params {
            let value = clause
                .params
                .get(param.name)
                .map(|v| v.spelled())
                .unwrap_or_default();
            let default = baseline
                .clause(id)
                .and_then(|table| table.params.get(param.name))
                .map(|v| v.spelled());
            let name = if clause.placeholders.contains(param.name) {
                format!("  {} ✱", param.name)
            } else {
                format!("  {}", param.name)
            };
            grid.add_row(vec![
                name,
                marked(&value, default.as_deref()),
                shown_default(&value, default.as_deref()),
            ]);
        }
    }
    if any {
        table::keep_whole(&mut grid, &[0]);
        let _ = writeln!(out, "\nClause parameters\n{grid}");
    } else {
        let _ = writeln!(
            out,
            "\nClause parameters: none (no clause in force under {} takes parameters)",
            policy.id
        );
    }
}

/// The clauses not applied, those the built-in policy applies, and the mark of open values.
fn footer(out: &mut String, policy: &Policy, baseline: &Policy) {
    let not_applied: Vec<&str> = ClauseId::all()
        .filter(|id| policy.clause(*id).is_none())
        .map(|id| id.as_str())
        .collect();
    if !not_applied.is_empty() {
        let _ = writeln!(
            out,
            "not applied under this policy: {}",
            not_applied.join(", ")
        );
    }
    let dropped: Vec<&str> = ClauseId::all()
        .filter(|id| policy.clause(*id).is_none() && baseline.clause(*id).is_some())
        .map(|id| id.as_str())
        .collect();
    if !dropped.is_empty() {
        let _ = writeln!(
            out,
            "≠ applied by the built-in {}: {}",
            baseline.id,
            dropped.join(", ")
        );
    }
    if policy.placeholder_count() > 0 {
        let _ = writeln!(
            out,
            "✱ = left open by the published text: a value to confirm"
        );
    }
}

/// The value, marked `≠` when it differs from its default (or the default has none).
fn marked(value: &str, default: Option<&str>) -> String {
    if default == Some(value) {
        value.to_string()
    } else {
        format!("≠ {value}")
    }
}

/// The default column: `same`, the default's value, or `not applied` when the baseline does
/// not apply the clause.
fn shown_default(value: &str, default: Option<&str>) -> String {
    match default {
        Some(default) if default == value => "same".to_string(),
        Some(default) => default.to_string(),
        None => "not applied".to_string(),
    }
}
