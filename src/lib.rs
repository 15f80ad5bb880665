//! `appeal` adjudicates appeals on peer-to-peer crypto trading desks.
//!
//! A case file (YAML) and a policy (TOML) go in; a ruling comes out: the decision, its status,
//! the reasons tied to clauses of the published rules and to lines of the case, follow-ups with
//! exact due times, sanctions and notices. The engine ([`engine::judge`]) is pure: no I/O, no
//! clock. Everything a user can get wrong is a [`diagnostics::Problem`] that points at the line.

pub mod artifact;
pub mod calendar;
pub mod case;
pub mod case_template;
pub mod clause;
pub mod cli;
pub mod coverage;
pub mod decode;
pub mod diagnostic_json;
pub mod diagnostics;
pub mod document;
pub mod duration;
pub mod engine;
pub mod evidence_files;
pub mod expectation;
pub mod filing;
pub mod hearing;
pub mod matching;
pub mod params;
pub mod policy;
pub mod policy_diff;
pub mod project;
pub mod render;
pub mod ruling;
pub mod schema;
pub mod shown;
pub mod source;
pub mod terminal;
