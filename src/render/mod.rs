//! Drawing rulings and policies for people and programs.

mod policy;
pub mod table;

pub use policy::policy_table;
