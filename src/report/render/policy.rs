//! `appeal policy show`: every parameter in force, its clause, its default, and whether it is a
//! placeholder.
//!
//! Values are spelled as a policy file writes them. The default of a value is the same setting
//! in the baseline: the built-in policy with the same id, else `mexc` ([`Policy::baseline`]).

use std::fmt::Write as _;

use crate::model::clause::ClauseId;
use crate::model::policy::{InForceOn, NotApplied, Policy, UsedBy};
use crate::report::words::Words;
use crate::text::shown::Shown;
use crate::text::terminal::Look;

use super::table;

/// The effective policy as text in `words`' language, each value next to its default in
/// `baseline`.
pub fn policy_table(policy: &Policy, baseline: &Policy, words: &Words, look: Look) -> String {
    let mut out = heading(policy, baseline, words);
    let word = |id: &str| words.word(id);
    let mut citations = table::new(
        &[
            &word("policy_show-col-clause"),
            &word("policy_show-col-cited_as"),
        ],
        look,
    );
    for id in ClauseId::all() {
        if let Some(clause) = policy.clause(id) {
            citations.add_row(vec![id.to_string(), clause.cite.clone()]);
        }
    }
    let _ = writeln!(
        out,
        "\n{}\n{citations}",
        word("policy_show-clauses_in_force")
    );
    if !policy.disabled.is_empty() {
        let left_out: Vec<&str> = policy.disabled.iter().map(|id| id.as_str()).collect();
        let label = word("policy_show-left_out");
        let _ = writeln!(
            out,
            "{label} {}",
            crate::report::render::wrapped(&left_out.join(", "), 80, label.chars().count() + 1)
        );
    }

    // The calendar, limits and procedure, grouped by table as the file writes them.
    let mut settings = table::new(
        &[
            &word("policy_show-col-setting"),
            &word("policy_show-col-value"),
            &word("policy_show-col-default"),
        ],
        look,
    );
    let defaults = baseline.settings();
    let mut table_shown = "";
    for (setting, default) in policy.settings().into_iter().zip(defaults) {
        if setting.table != table_shown {
            table_shown = setting.table;
            settings.add_row(vec![format!("[{}]", setting.table)]);
        }
        let mut value = marked(&setting.value, Some(&default.value));
        if let Some(why) = setting.not_applied {
            value.push_str(&format!(" ({})", not_applied(why, words)));
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
            shown_default(&setting.value, Some(&default.value), words),
        ]);
    }
    table::keep_whole(&mut settings, &[0]);
    let _ = writeln!(out, "\n{}\n{settings}", word("policy_show-settings"));

    // Each clause table's parameters, under the clause id.
    let mut grid = table::new(
        &[
            &word("policy_show-col-parameter"),
            &word("policy_show-col-value"),
            &word("policy_show-col-default"),
        ],
        look,
    );
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
                shown_default(&value, default.as_deref(), words),
            ]);
        }
    }
    if any {
        table::keep_whole(&mut grid, &[0]);
        let _ = writeln!(out, "\n{}\n{grid}", word("policy_show-clause_parameters"));
    } else {
        let _ = writeln!(
            out,
            "\n{}",
            words.phrase("policy_show-no_parameters", &[("id", &policy.id)])
        );
    }
    out.push_str(&footnotes(policy, baseline, words));
    out
}

/// The lines above the tables: the policy's name, when it is in force, its source and
/// digest, and what its defaults are.
fn heading(policy: &Policy, baseline: &Policy, words: &Words) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words.phrase(
            "policy_show-title",
            &[
                ("id", &Shown(&policy.id).to_string()),
                ("title", &Shown(&policy.title).to_string()),
                ("version", &Shown(&policy.version).to_string()),
            ]
        )
    );
    let chosen_by = words.word(match policy.in_force_on {
        InForceOn::OrderCreated => "policy_show-chosen_by-order_created",
        InForceOn::AppealFiled => "policy_show-chosen_by-appeal_filed",
    });
    let in_force = match policy.effective_from {
        Some(day) => words.phrase(
            "policy_show-in_force_from",
            &[
                ("day", &day.to_string()),
                ("chosen_by", &chosen_by),
                ("in_force_on", &policy.in_force_on.to_string()),
            ],
        ),
        None => words.word("policy_show-in_force_always"),
    };
    let _ = writeln!(out, "{in_force}");
    let sha = &policy.sha256[..16.min(policy.sha256.len())];
    let _ = writeln!(
        out,
        "{}",
        words.phrase(
            "policy_show-source",
            &[("origin", &Shown(&policy.origin).to_string()), ("sha", sha)]
        )
    );
    let defaults = if baseline.id == policy.id {
        "policy_show-defaults-same_id"
    } else {
        "policy_show-defaults-other_id"
    };
    let _ = writeln!(
        out,
        "{}",
        words.phrase(defaults, &[("baseline", &baseline.id)])
    );
    out
}

/// The lines under the tables: the clauses not applied, those the baseline applies, and what
/// `✱` marks.
fn footnotes(policy: &Policy, baseline: &Policy, words: &Words) -> String {
    let mut out = String::new();

    let not_applied: Vec<&str> = ClauseId::all()
        .filter(|id| policy.clause(*id).is_none())
        .map(|id| id.as_str())
        .collect();
    if !not_applied.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            words.phrase(
                "policy_show-not_applied_here",
                &[("clauses", &not_applied.join(", "))]
            )
        );
    }
    let dropped: Vec<&str> = ClauseId::all()
        .filter(|id| policy.clause(*id).is_none() && baseline.clause(*id).is_some())
        .map(|id| id.as_str())
        .collect();
    if !dropped.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            words.phrase(
                "policy_show-applied_by_baseline",
                &[("baseline", &baseline.id), ("clauses", &dropped.join(", "))]
            )
        );
    }
    if policy.placeholder_count() > 0 {
        let _ = writeln!(out, "{}", words.word("policy_show-placeholder_key"));
    }
    out
}

/// Why a setting has no effect, in `words`' language.
pub fn not_applied(why: NotApplied, words: &Words) -> String {
    match why {
        NotApplied::LeftOut(clause) => words.phrase(why.code(), &[("clause", clause.as_str())]),
        NotApplied::TimerOff => words.word(why.code()),
    }
}

/// What a setting is used by, in `words`' language: a clause id, or its purpose in brackets.
pub fn used_by(used_by: UsedBy, words: &Words) -> String {
    match used_by {
        UsedBy::Clause(id) => id.to_string(),
        UsedBy::Every(purpose) => {
            format!("({})", words.word(&format!("policy_show-serves-{purpose}")))
        }
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
fn shown_default(value: &str, default: Option<&str>, words: &Words) -> String {
    match default {
        Some(default) if default == value => words.word("policy_show-same"),
        Some(default) => default.to_string(),
        None => words.word("policy_show-not_applied"),
    }
}
