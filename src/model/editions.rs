//! The editions of a policy: the rules change, and a case is judged under the edition that was
//! in force for it.
//!
//! A policy id may have several editions (a project's `policy/ID/*.toml`), each with its
//! `[policy] effective_from` day. The edition in force for a case is the latest whose
//! `effective_from` is on or before the day its order was created (or its appeal filed, when the
//! editions say `in_force_on = "appeal_filed"`), that day taken in the edition's own time zone.
//! A case from before every edition has no rules to be judged under and is refused, naming the
//! earliest edition. A single policy file is an edition set of one; without `effective_from`
//! it is in force for every order.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::case::Case;
use crate::model::policy::{InForceOn, Policy};
use crate::reading::diagnostics::{CrossCheckProblem, FileProblems, Problem};
use crate::reading::source::SourceFile;

/// The editions of one policy id, checked: one id, every one dated when there are several, no
/// two from the same day, one `in_force_on`. Earliest first.
#[derive(Debug, Clone)]
pub struct Editions {
    list: Vec<Arc<Policy>>,
}

impl Editions {
    /// Checks `policies` as the editions of `id` (the name of their file or folder). Each
    /// problem is located in the file of the edition it concerns.
    pub fn new(id: &str, policies: Vec<Arc<Policy>>) -> Result<Editions, Vec<FileProblems>> {
        if policies.is_empty() {
            return Err(vec![FileProblems::single(
                format!("policy/{id}/"),
                Problem::invalid(
                    format!("the folder of editions of `{id}` holds no policy file"),
                    &(0..0),
                    "",
                    format!(
                        "put each edition in policy/{id}/ as a `.toml` file with its \
                         `effective_from`, or remove the empty folder"
                    ),
                ),
            )]);
        }
        let mut problems: Vec<(Arc<Policy>, Problem)> = Vec::new();
        for policy in &policies {
            if policy.id != id {
                problems.push((policy.clone(), wrong_id(policy, id)));
            }
        }
        let several = policies.len() > 1;
        if several {
            for policy in policies.iter().filter(|p| p.effective_from.is_none()) {
                problems.push((policy.clone(), undated(policy, id)));
            }
        }
        let mut list = policies;
        list.sort_by_key(|p| p.effective_from);
        for pair in list.windows(2) {
            let (first, second) = (&pair[0], &pair[1]);
            if let (Some(day), Some(other)) = (second.effective_from, first.effective_from)
                && day == other
            {
                problems.push((second.clone(), overlap(second, first, id, day)));
            }
            if first.in_force_on != second.in_force_on {
                problems.push((second.clone(), disagreement(second, first)));
            }
        }
        if problems.is_empty() {
            Ok(Editions { list })
        } else {
            Err(problems
                .into_iter()
                .map(|(policy, problem)| located(&policy, problem))
                .collect())
        }
    }

    /// Every edition, earliest first.
    pub fn all(&self) -> &[Arc<Policy>] {
        &self.list
    }

    /// The latest edition: what the id stands for when no day is given (`policy show ID`,
    /// `explain --policy ID`).
    pub fn latest(&self) -> &Arc<Policy> {
        // Never empty: `new` refuses an empty list.
        &self.list[self.list.len() - 1]
    }

    /// The edition in force on `day` (`policy diff mexc@2025-06-01`).
    pub fn on_day(&self, day: NaiveDate) -> Option<&Arc<Policy>> {
        self.list
            .iter()
            .rev()
            .find(|p| p.effective_from.is_none_or(|from| from <= day))
    }

    /// The edition in force for `case`: the latest whose `effective_from` is on or before the
    /// day its order was created (or its appeal filed), in that edition's time zone. A case
    /// from before every edition is refused at its `order.created_at` (or `appeal.at`).
    pub fn in_force(&self, case: &Case) -> Result<&Arc<Policy>, Problem> {
        let choosing = self.latest().in_force_on;
        let moment = match choosing {
            InForceOn::OrderCreated => &case.order.created_at,
            InForceOn::AppealFiled => &case.appeal.at,
        };
        let found = self.list.iter().rev().find(|edition| {
            let day = edition.calendar.local(moment.value).date_naive();
            edition.effective_from.is_none_or(|from| from <= day)
        });
        found.ok_or_else(|| {
            let earliest = &self.list[0];
            let day = earliest.calendar.local(moment.value).date_naive();
            let (what, label) = match choosing {
                InForceOn::OrderCreated => ("the order was created", "the order was created here"),
                InForceOn::AppealFiled => ("the appeal was filed", "the appeal was filed here"),
            };
            Problem::CrossCheck(CrossCheckProblem::NoEditionInForce {
                message: format!(
                    "no edition of the policy `{}` was in force on {day}, the day {what} ({})",
                    earliest.id,
                    earliest.calendar.zone.name()
                ),
                span: miette::SourceSpan::from(
                    moment.span.start..moment.span.end.max(moment.span.start),
                ),
                label: label.to_string(),
                help: format!(
                    "the earliest edition, {} {} ({}), is in force from {}; to judge this \
                     case, add the edition that was in force then (a policy/{}/ file with an \
                     earlier `effective_from`), or judge it deliberately under a policy named \
                     on the command line: `--policy FILE`",
                    earliest.id,
                    earliest.version,
                    earliest.file().unwrap_or("built-in"),
                    earliest
                        .effective_from
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    earliest.id
                ),
            })
        })
    }
}

fn located(policy: &Policy, problem: Problem) -> FileProblems {
    match SourceFile::from_bytes(policy.origin.clone(), policy.source_text.as_bytes()) {
        Ok(source) => FileProblems::new(source, vec![problem]),
        Err(_) => FileProblems::single(policy.origin.clone(), problem),
    }
}

fn wrong_id(policy: &Policy, id: &str) -> Problem {
    Problem::invalid(
        format!(
            "{} has `id = \"{}\"`, but is found as an edition of `{id}`",
            policy.origin, policy.id
        ),
        &policy.edition_spans[2],
        "another id",
        format!(
            "a file found as policy/{id}.toml, or in policy/{id}/, is an edition of `{id}` and \
             must have `id = \"{id}\"` in its [policy] table: change the id, or rename the file \
             to policy/{}.toml",
            policy.id
        ),
    )
}

fn undated(policy: &Policy, id: &str) -> Problem {
    Problem::invalid(
        format!(
            "{} is one of several editions of `{id}` but has no `effective_from`",
            policy.origin
        ),
        &policy.edition_spans[0],
        "no day in force from",
        "each edition of an id says from which day it is in force: add `effective_from = \
         \"YYYY-MM-DD\"` to its [policy] table",
    )
}

fn overlap(policy: &Policy, other: &Policy, id: &str, day: NaiveDate) -> Problem {
    Problem::CrossCheck(CrossCheckProblem::EditionsOverlap {
        id: id.to_string(),
        day: day.to_string(),
        other: other.origin.clone(),
        span: miette::SourceSpan::from(policy.edition_spans[0].clone()),
    })
}

fn disagreement(policy: &Policy, other: &Policy) -> Problem {
    Problem::invalid(
        format!(
            "{} chooses its edition by `in_force_on = \"{}\"`, but {} by `\"{}\"`",
            policy.origin, policy.in_force_on, other.origin, other.in_force_on
        ),
        &policy.edition_spans[1],
        "editions of one id disagree",
        "which day of a case chooses the edition is one rule for every edition of an id: write \
         the same `in_force_on` in each",
    )
}
