//! The domain vocabulary, at the bottom of the crate: the words of the formats and of a ruling,
//! times, policy durations and the working-day calendar, and how names and words are compared.
//! Nothing here reads a file or knows a case.

pub mod calendar;
pub mod catalogue;
pub mod decision;
pub mod duration;
pub mod identity;
pub mod language;
pub mod matching;
pub mod time;
pub mod words;
