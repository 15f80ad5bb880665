//! What the tool prints and writes from rulings and models: the rulings as text, Markdown and
//! HTML ([`render`]), the JSON Schemas ([`schema`]), a new case file ([`case_template`]), branch
//! coverage ([`coverage`]), the effect of a policy change ([`policy_diff`]), the JSON Lines of
//! `check`, `test` and `queue` ([`lines`]) and the words of a ruling in the reader's language
//! ([`words`]).

pub mod case_template;
pub mod coverage;
pub mod lines;
pub mod policy_diff;
pub mod render;
pub mod schema;
pub mod words;
