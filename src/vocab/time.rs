//! A moment with its UTC offset, as every time of a case and a ruling is written.

use chrono::{DateTime, FixedOffset};

/// A time with its offset (`2025-06-01T10:05:00+08:00`); never a time without one.
pub type Time = DateTime<FixedOffset>;
