//! The clause catalogue, the typed parameters and the shipped policy files agree: every clause
//! has its parameter list, every parameter of a shipped policy is read into its struct, a key
//! the catalogue does not know is refused, and every branch a sample case takes is one its
//! clause lists.

use std::path::{Path, PathBuf};

use appeal::hearing::{self, Bench, PolicyShelf};
use appeal::model::clause::{CATALOGUE, ClauseId, Parameters};
use appeal::model::policy::{self, BUILTIN, PolicyRef};
use appeal::reading::document::{self, Value};
use appeal::reading::source::SourceFile;

#[test]
fn the_catalogue_lists_every_clause_once_in_evaluation_order() {
    assert_eq!(CATALOGUE.len(), ClauseId::ALL.len());
    for (spec, id) in CATALOGUE.iter().zip(ClauseId::ALL) {
        assert_eq!(spec.id, *id);
        assert_eq!(id.spec().id, *id);
        assert_eq!(id.as_str(), spec.name);
        let mut names: Vec<&str> = spec.params.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), spec.params.len(), "{id}: a parameter twice");
        assert!(!spec.branches.is_empty(), "{id}: no branch to count");
    }
}

/// Every parameter a shipped policy writes is one of its clause's, and the clause's struct
/// reads every one of them: with any one left out, the struct is not made.
#[test]
fn every_parameter_of_the_shipped_policies_is_read_into_its_struct() {
    for (name, text) in BUILTIN {
        let policy = PolicyRef::Builtin(name)
            .load()
            .expect("a shipped policy is valid");
        let source = SourceFile::from_bytes(format!("{name}.toml"), text.as_bytes()).unwrap();
        let tree = document::parse_toml(&source).expect("a shipped policy parses");
        let Value::Map(top) = &tree.value else {
            panic!("{name}: not a table")
        };
        let clauses = top.iter().find(|e| e.key == "clauses").unwrap();
        let Value::Map(tables) = &clauses.value.value else {
            panic!("{name}: [clauses] is not a table")
        };
        for table in tables {
            let id = ClauseId::ALL
                .iter()
                .copied()
                .find(|id| id.as_str() == table.key)
                .unwrap_or_else(|| panic!("{name}: unknown clause {}", table.key));
            let Value::Map(keys) = &table.value.value else {
                panic!("{name}: {id} is not a table")
            };
            // A clause the policy leaves out writes only that, and is not in force.
            if keys.iter().any(|k| k.key == "enabled") {
                let only: Vec<&str> = keys.iter().map(|k| k.key.as_str()).collect();
                assert_eq!(only, ["enabled"], "{name}: {id} left out");
                assert!(policy.clause(id).is_none(), "{name}: {id} left out");
                assert!(policy.disabled.contains(&id), "{name}: {id} left out");
                continue;
            }
            let mut written: Vec<&str> = keys
                .iter()
                .map(|k| k.key.as_str())
                .filter(|k| !matches!(*k, "cite" | "placeholders"))
                .collect();
            written.sort_unstable();
            let mut params: Vec<&str> = id.spec().params.iter().map(|p| p.name).collect();
            params.sort_unstable();
            assert_eq!(
                written, params,
                "{name}: {id} writes exactly its parameters"
            );

            let values = &policy.clause(id).expect("the clause is in force").params;
            assert_eq!(values.len(), params.len(), "{name}: {id}");
            assert!(Parameters::default().read(id, values), "{name}: {id}");
            for left_out in &params {
                let mut fewer = values.clone();
                fewer.remove(left_out);
                assert!(
                    !Parameters::default().read(id, &fewer),
                    "{name}: {id} made its struct without `{left_out}`"
                );
            }
        }
    }
}

/// The policy's typed parameters are there exactly for the clauses it applies.
#[test]
fn typed_parameters_follow_the_clauses_in_force() {
    for (name, _) in BUILTIN {
        let policy = PolicyRef::Builtin(name).load().unwrap();
        for id in ClauseId::all() {
            match policy.parameters.holds(id) {
                Some(present) => {
                    assert_eq!(present, policy.clause(id).is_some(), "{name}: {id}");
                    assert!(!id.spec().params.is_empty(), "{id}");
                }
                None => assert!(
                    id.spec().params.is_empty(),
                    "{id} has parameters but no field"
                ),
            }
        }
    }
}

/// A key no clause reads is refused in every clause table of a shipped policy, with its span.
#[test]
fn an_unknown_key_in_any_clause_table_is_refused() {
    let (_, mexc) = BUILTIN[0];
    let tables: Vec<&str> = mexc
        .lines()
        .filter(|line| line.starts_with("[clauses."))
        .collect();
    assert!(tables.len() > 20);
    for table in tables {
        let text = mexc.replacen(table, &format!("{table}\nunread_parameter = 1"), 1);
        let source = SourceFile::from_bytes("copy.toml", text.as_bytes()).unwrap();
        let problems = policy::load(source, "copy.toml".into())
            .expect_err(table)
            .problems;
        assert_eq!(problems.len(), 1, "{table}: {problems:?}");
        let message = problems[0].to_string();
        assert!(
            message.starts_with("unknown key `unread_parameter`"),
            "{table}: {message}"
        );
    }
}

fn sample_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sample_cases(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

/// The branches the engine records are the ones the catalogue lists for the clause.
#[test]
fn every_branch_a_sample_case_takes_is_listed_by_its_clause() {
    let mut paths = Vec::new();
    sample_cases(Path::new("cases"), &mut paths);
    assert!(paths.len() > 100);
    let shelf = PolicyShelf::default();
    let mut judged = 0;
    for path in paths {
        let source = SourceFile::read(&path).unwrap();
        let Ok(heard) = hearing::hear(source, &Bench::default(), &shelf) else {
            continue;
        };
        judged += 1;
        for (clause, label) in &heard.ruling.branches {
            assert!(
                clause.spec().branches.iter().any(|b| b.code() == *label),
                "{}: {clause} took {label:?}, which its catalogue entry does not list",
                path.display()
            );
        }
    }
    assert!(judged > 100);
}
