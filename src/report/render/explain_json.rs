//! `appeal explain --format json`: a clause (its rule in the project's words, its citation and
//! parameters under a policy, its decisions and branches, the sample cases that reach it) or an
//! appeal type (who files it, where it goes, what moves it), as data.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::case::AppealType;
use crate::model::clause::ClauseId;
use crate::model::policy::Policy;
use crate::report::words::Words;

/// What `appeal explain` explains.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Explained {
    Clause(ClauseExplained),
    AppealType(AppealTypeExplained),
}

/// A clause.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClauseExplained {
    /// The clause id, e.g. `buyer.1a`.
    pub clause: &'static str,
    /// The stage of the procedure it belongs to, in words.
    pub stage: String,
    /// The rule in the project's words.
    pub summary: String,
    /// The policy whose citation and parameters are given.
    pub policy: PolicyNamed,
    /// Whether that policy applies the clause (has its table).
    pub applied: bool,
    /// How rulings under that policy cite it; null when it is not applied.
    pub cited_as: Option<String>,
    pub parameters: Vec<ParameterExplained>,
    /// The decisions it can give.
    pub decisions: Vec<&'static str>,
    /// The branches `appeal test --coverage` counts.
    pub branches: Vec<BranchExplained>,
    /// Sample cases whose ruling is governed by the clause or passes through it; null when
    /// there is no folder of sample cases to search.
    pub sample_cases: Option<Vec<SampleCase>>,
}

/// A policy by id and version.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PolicyNamed {
    pub id: String,
    pub version: String,
}

/// A clause's parameter under the policy.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ParameterExplained {
    pub name: &'static str,
    /// As a policy file writes it; null when the policy does not apply the clause.
    pub value: Option<String>,
    /// Left open by the published text: a value to confirm.
    pub placeholder: bool,
    pub meaning: String,
}

/// A path through the clause: its stable code and its label in the reader's language.
#[derive(Debug, Serialize, JsonSchema)]
pub struct BranchExplained {
    /// `branch.fired_deadline_passed`: the same in every language.
    pub code: &'static str,
    pub text: String,
}

/// A sample case that reaches the clause, and its ruling.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SampleCase {
    pub file: String,
    pub decision: String,
    pub status: String,
    /// The clause that governs its ruling.
    pub clause: String,
}

/// An appeal type.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AppealTypeExplained {
    /// The type, as a case's `appeal.type` writes it.
    pub appeal_type: &'static str,
    /// `buyer` or `seller`; null when either party can file it.
    pub filed_by: Option<&'static str>,
    /// What the appellant complains of.
    pub about: String,
    /// Where it goes, before the facts are looked at.
    pub goes_to: String,
    /// The facts that move it to another clause.
    pub rerouted_when: Vec<String>,
    /// Every clause it can end up governed by (gates aside), with its rule in the project's words.
    pub clauses: Vec<ClauseSummary>,
}

/// A clause id and its rule in the project's words.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClauseSummary {
    pub clause: &'static str,
    pub summary: String,
}

impl Explained {
    /// Clause `id` under `policy`, with the sample cases found (`None`: no folder searched),
    /// in `words`' language.
    pub fn clause(
        id: ClauseId,
        policy: &Policy,
        sample_cases: Option<Vec<SampleCase>>,
        words: &Words,
    ) -> Self {
        let spec = id.spec();
        let table = policy.clause(id);
        Explained::Clause(ClauseExplained {
            clause: id.as_str(),
            stage: words.word(spec.stage.code()),
            summary: words.word(&id.summary_code()),
            policy: PolicyNamed {
                id: policy.id.clone(),
                version: policy.version.clone(),
            },
            applied: table.is_some(),
            cited_as: table.map(|t| t.cite.clone()),
            parameters: spec
                .params
                .iter()
                .map(|param| ParameterExplained {
                    name: param.name,
                    value: table.and_then(|t| t.params.get(param.name).map(|v| v.spelled())),
                    placeholder: table.is_some_and(|t| t.placeholders.contains(param.name)),
                    meaning: words.word(param.code),
                })
                .collect(),
            decisions: spec.decisions.iter().map(|d| d.as_str()).collect(),
            branches: spec
                .branches
                .iter()
                .map(|b| BranchExplained {
                    code: b.code(),
                    text: words.word(b.code()),
                })
                .collect(),
            sample_cases,
        })
    }

    /// Appeal type `kind`, in `words`' language.
    pub fn appeal_type(kind: AppealType, words: &Words) -> Self {
        let filing = crate::model::filing::of(kind);
        Explained::AppealType(AppealTypeExplained {
            appeal_type: <AppealType as crate::vocab::words::Choice>::name(kind),
            filed_by: filing.filed_by().map(|party| party.as_str()),
            about: words.word(filing.about),
            goes_to: words.word(filing.goes_to),
            rerouted_when: filing.rerouted_when.iter().map(|r| words.word(r)).collect(),
            clauses: filing
                .clauses()
                .map(|id| ClauseSummary {
                    clause: id.as_str(),
                    summary: words.word(&id.summary_code()),
                })
                .collect(),
        })
    }
}

/// `appeal new --format json`: the case file written, as its text and as data.
#[derive(Debug, Serialize, JsonSchema)]
pub struct NewCase {
    /// The appeal type.
    pub appeal_type: &'static str,
    /// Who files it: `buyer` or `seller`.
    pub by: &'static str,
    /// Where it was written (`-o`); null when it is only here.
    pub file: Option<String>,
    /// The case file as written: YAML, each field commented. `appeal check` passes it as it is.
    pub text: String,
    /// The same case as JSON, which the commands read as well (comments aside).
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub case: serde_json::Value,
}
