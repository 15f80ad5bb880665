//! Drawing rulings and policies for people and programs.

pub mod human;
pub mod markdown;
mod policy;
pub mod table;

pub use policy::policy_table;
