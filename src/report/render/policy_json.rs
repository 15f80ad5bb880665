//! `appeal policy check|show --format json`: a policy's checks and its settings as data, the
//! same facts the tables of [`super::policy_table`] show.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::clause::ClauseId;
use crate::model::policy::{Policy, Setting};

/// One line of `appeal policy check --format json`: a policy that was read, or the summary.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PolicyCheckLine {
    Checked(PolicyChecked),
    Summary { summary: PolicyCheckSummary },
}

/// A policy `policy check` read, valid or not (its diagnostics are on stderr).
#[derive(Debug, Serialize, JsonSchema)]
pub struct PolicyChecked {
    /// Where it was read from: `mexc (built-in)` or a path; as named when it could not be read.
    pub policy: String,
    pub valid: bool,
    /// The id, title and version of a valid policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Clauses in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clauses: Option<usize>,
    /// Values left open by the published text, to be confirmed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholders: Option<usize>,
}

impl PolicyChecked {
    pub fn valid(policy: &Policy) -> PolicyChecked {
        PolicyChecked {
            policy: policy.origin.clone(),
            valid: true,
            id: Some(policy.id.clone()),
            title: Some(policy.title.clone()),
            version: Some(policy.version.clone()),
            clauses: Some(policy.clauses.len()),
            placeholders: Some(policy.placeholder_count()),
        }
    }

    pub fn invalid(name: &str) -> PolicyChecked {
        PolicyChecked {
            policy: name.to_string(),
            valid: false,
            id: None,
            title: None,
            version: None,
            clauses: None,
            placeholders: None,
        }
    }
}

/// The counts of a `policy check` run.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PolicyCheckSummary {
    pub valid: usize,
    /// Policies read with findings (exit 1).
    pub invalid: usize,
    /// Policies that could not be read at all (exit 2).
    pub unreadable: usize,
}

/// `appeal policy show --format json`: every setting and parameter in force, each beside its
/// default (the same setting of the built-in policy with the same id, else mexc).
#[derive(Debug, Serialize, JsonSchema)]
pub struct PolicyShown {
    pub id: String,
    pub title: String,
    pub version: String,
    /// Where it was read from: `mexc (built-in)` or a path.
    pub source: String,
    /// How the name given was resolved (the project's `policy/` folder, or built in).
    pub read_from: String,
    /// Hex SHA-256 of the policy file.
    pub sha256: String,
    /// The id of the built-in policy whose values are the defaults.
    pub baseline: String,
    /// The clauses in force, with their citations and parameters.
    pub clauses: Vec<ClauseShown>,
    /// The clause ids not applied under this policy.
    pub not_applied: Vec<&'static str>,
    /// The settings of `[calendar]`, `[limits]` and `[procedure]`.
    pub settings: Vec<SettingShown>,
}

/// A clause in force.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClauseShown {
    pub clause: &'static str,
    /// The citation rulings print.
    pub cite: String,
    pub parameters: Vec<ValueShown>,
}

/// A clause's parameter, or a setting: its value as a policy file writes it, and its default.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ValueShown {
    pub name: &'static str,
    pub value: String,
    /// The baseline's value; null when the baseline does not apply the clause.
    pub default: Option<String>,
    /// Left open by the published text: a value to confirm.
    pub placeholder: bool,
    /// What it means.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meaning: Option<String>,
}

/// A setting of the calendar, the limits or the procedure.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SettingShown {
    /// `calendar`, `limits` or `procedure`.
    pub table: &'static str,
    #[serde(flatten)]
    pub value: ValueShown,
    /// The clause that applies it, or what it serves ("deadlines").
    pub used_by: String,
    /// Why it has no effect under this policy, when it has none.
    pub not_applied: Option<String>,
}

impl PolicyShown {
    /// `policy` against `baseline`, its meanings and notes in `words`' language; `read_from`
    /// says where the name given was found.
    pub fn of(
        policy: &Policy,
        baseline: &Policy,
        read_from: String,
        words: &crate::report::words::Words,
    ) -> PolicyShown {
        PolicyShown {
            id: policy.id.clone(),
            title: policy.title.clone(),
            version: policy.version.clone(),
            source: policy.origin.clone(),
            read_from,
            sha256: policy.sha256.clone(),
            baseline: baseline.id.clone(),
            clauses: ClauseId::all()
                .filter_map(|id| ClauseShown::of(id, policy, baseline, words))
                .collect(),
            not_applied: ClauseId::all()
                .filter(|id| policy.clause(*id).is_none())
                .map(|id| id.as_str())
                .collect(),
            settings: policy
                .settings()
                .into_iter()
                .zip(baseline.settings())
                .map(|(setting, default)| SettingShown::of(setting, default, words))
                .collect(),
        }
    }
}

impl ClauseShown {
    /// Clause `id` as `policy` applies it, each parameter beside `baseline`'s; `None` when
    /// `policy` does not apply it.
    fn of(
        id: ClauseId,
        policy: &Policy,
        baseline: &Policy,
        words: &crate::report::words::Words,
    ) -> Option<ClauseShown> {
        let table = policy.clause(id)?;
        let parameters = id
            .spec()
            .params
            .iter()
            .map(|param| ValueShown {
                name: param.name,
                value: table
                    .params
                    .get(param.name)
                    .map(|v| v.spelled())
                    .unwrap_or_default(),
                default: baseline
                    .clause(id)
                    .and_then(|base| base.params.get(param.name))
                    .map(|v| v.spelled()),
                placeholder: table.placeholders.contains(param.name),
                meaning: Some(words.word(param.code)),
            })
            .collect();
        Some(ClauseShown {
            clause: id.as_str(),
            cite: table.cite.clone(),
            parameters,
        })
    }
}

impl SettingShown {
    /// A setting beside its `default`, what uses it and why it has no effect in `words`'
    /// language.
    fn of(setting: Setting, default: Setting, words: &crate::report::words::Words) -> SettingShown {
        SettingShown {
            table: setting.table,
            value: ValueShown {
                name: setting.key,
                value: setting.value,
                default: Some(default.value),
                placeholder: setting.placeholder,
                meaning: None,
            },
            used_by: super::policy::used_by(setting.used_by, words),
            not_applied: setting
                .not_applied
                .map(|why| super::policy::not_applied(why, words)),
        }
    }
}
