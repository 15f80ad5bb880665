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
        // To the nearest minute, as chrono's `%:z` writes it (offsets of the 1970s such as
        // Monrovia's -00:44:30 have seconds).
        let offset = (offset.unsigned_abs() + 30) / 60;
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
        // Offsets with seconds, as time zones had them before 1972 (Monrovia: -00:44:30).
        let utc = DateTime::parse_from_rfc3339("1971-06-01T12:00:00Z").unwrap();
        for seconds in [-2670, 2670, -2629, 2629, 1, -1, 30, -30, 29] {
            let time = utc.with_timezone(&FixedOffset::east_opt(seconds).unwrap());
            assert_eq!(
                Minute(&time).to_string(),
                time.format("%Y-%m-%d %H:%M %:z").to_string(),
                "{seconds} s"
            );
        }
    }
}
