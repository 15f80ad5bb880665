//! `appeal` adjudicates appeals on peer-to-peer crypto trading desks.
//!
//! A case file (YAML) and a policy (TOML) go in; a ruling comes out: the decision, its status,
//! the reasons tied to clauses of the published rules and to lines of the case, follow-ups with
//! exact due times, sanctions and notices. The engine ([`engine::judge`]) is pure: no I/O, no
//! clock. Everything a user can get wrong is a [`reading::diagnostics::Problem`] that points at the line.

// Nothing panics on any input: the library's code unwraps nothing (its tests may).
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

// The layers, bottom first: each module uses only its own layer and the ones below
// (`tests/layers.rs` checks it).
pub mod cli;
pub mod engine;
pub mod hearing;
pub mod model;
pub mod reading;
pub mod report;
pub mod text;
pub mod vocab;
