//! The case and the policy as the engine sees them, read from their files with every problem
//! collected: the case ([`case`]), the policy ([`policy`]) with its typed clause parameters
//! ([`params`]), the clause catalogue ([`clause`]), which clause an appeal is filed under
//! ([`filing`]), the ruling the engine gives ([`ruling`]), a case's `expect:` block
//! ([`expectation`]), the editions of a policy id and which is in force ([`editions`]), and
//! the ledger of rulings with its hash chain ([`ledger`]).

pub mod case;
pub mod case_ref;
pub mod clause;
pub mod editions;
pub mod expectation;
pub mod filing;
pub mod ledger;
pub mod message;
pub mod params;
pub mod placeholders;
pub mod policy;
pub mod ruling;
pub mod window;
