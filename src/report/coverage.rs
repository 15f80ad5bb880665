//! Which clauses and branches the sample cases reach (`appeal test --coverage`).

use std::collections::BTreeMap;

use crate::model::clause::{CATALOGUE, ClauseId};

/// Counts of cases per (clause, branch code).
#[derive(Debug, Default)]
pub struct Coverage {
    reached: BTreeMap<(ClauseId, &'static str), usize>,
}

impl Coverage {
    /// Records the branches one ruling took.
    pub fn add(&mut self, branches: &[(ClauseId, &'static str)]) {
        for branch in branches {
            *self.reached.entry(*branch).or_default() += 1;
        }
    }

    /// Every catalogue branch with the number of cases that reach it, in catalogue order.
    pub fn rows(&self) -> Vec<(ClauseId, &'static str, usize)> {
        CATALOGUE
            .iter()
            .flat_map(|spec| spec.branches.iter().map(move |b| (spec.id, b.code())))
            .map(|(id, b)| (id, b, self.reached.get(&(id, b)).copied().unwrap_or(0)))
            .collect()
    }

    /// Share of branches reached, in percent.
    pub fn percent(&self) -> f64 {
        let rows = self.rows();
        if rows.is_empty() {
            return 100.0;
        }
        let reached = rows.iter().filter(|(_, _, n)| *n > 0).count();
        reached as f64 * 100.0 / rows.len() as f64
    }
}
