//! A moment with its UTC offset, as every time of a case and a ruling is written.

use chrono::{DateTime, FixedOffset};

/// A time with its offset (`2025-06-01T10:05:00+08:00`); never a time without one.
pub type Time = DateTime<FixedOffset>;

/// A time as rulings write it, to the minute with its offset: `2025-06-01 10:05 +08:00`.
/// (chrono's `format` reads its pattern again at every call; rulings write many times.)
#[derive(Debug, Clone, Copy)]
pub struct Minute<'a>(pub &'a Time);

impl std::fmt::Display for Minute<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::{Datelike, Timelike};
        let time = self.0;
        let offset = time.offset().local_minus_utc();
        let sign = if offset < 0 { '-' } else { '+' };
        let offset = offset.unsigned_abs() / 60;
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02} {sign}{:02}:{:02}",
            time.year(),
            time.month(),
            time.day(),
            time.hour(),
            time.minute(),
            offset / 60,
            offset % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minute_is_written_as_chrono_writes_it() {
        for written in [
            "2025-06-01T10:05:59+08:00",
            "2025-06-01T00:00:00Z",
            "1970-01-01T00:00:00-03:30",
            "9899-12-31T23:59:59+14:00",
            "2024-02-29T12:07:00-00:45",
        ] {
            let time = DateTime::parse_from_rfc3339(written).unwrap();
            assert_eq!(
                Minute(&time).to_string(),
                time.format("%Y-%m-%d %H:%M %:z").to_string(),
                "{written}"
            );
        }
    }
}
