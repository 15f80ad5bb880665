//! A moment with its UTC offset, as every time of a case and a ruling is written.

use chrono::{DateTime, FixedOffset};

/// A time with its offset (`2025-06-01T10:05:00+08:00`); never a time without one.
pub type Time = DateTime<FixedOffset>;

/// `time` in RFC 3339, naming exactly its instant. RFC 3339 offsets carry hours and minutes
/// only, and chrono drops the seconds of an offset that has them (Monrovia's -00:44:30 before
/// 1972), which named an instant 30 s off: such a time is written in UTC (`Z`) instead. Every
/// other time keeps its own offset.
pub fn rfc3339(time: &Time) -> String {
    if time.offset().local_minus_utc() % 60 == 0 {
        time.to_rfc3339()
    } else {
        time.with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

/// A time as rulings write it, to the minute with its offset: `2025-06-01 10:05 +08:00`.
/// (chrono's `format` reads its pattern again at every call; rulings write many times.)
#[derive(Debug, Clone, Copy)]
pub struct Minute<'a>(pub &'a Time);

impl std::fmt::Display for Minute<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::{Datelike, Timelike};
        let time = self.0;
        let offset = time.offset().local_minus_utc();
        let sign = if offset < 0 { b'-' } else { b'+' };
        // To the nearest minute, as chrono's `%:z` writes it (offsets of the 1970s such as
        // Monrovia's -00:44:30 have seconds).
        let offset = (offset.unsigned_abs() + 30) / 60;
        // Four digits: readers refuse years outside 1970–9899; anything else is left to chrono.
        let Some(year) = u32::try_from(time.year()).ok().filter(|year| *year <= 9999) else {
            return write!(f, "{}", time.format("%Y-%m-%d %H:%M %:z"));
        };
        // Written digit by digit: rulings write many times, and `write!` with eight padded
        // numbers costs ten times as much.
        let mut text = *b"0000-00-00 00:00 +00:00";
        let mut put = |at: usize, width: usize, mut value: u32| {
            for index in (at..at + width).rev() {
                text[index] = b'0' + (value % 10) as u8;
                value /= 10;
            }
        };
        put(0, 4, year);
        put(5, 2, time.month());
        put(8, 2, time.day());
        put(11, 2, time.hour());
        put(14, 2, time.minute());
        put(18, 2, offset / 60);
        put(21, 2, offset % 60);
        text[17] = sign;
        // Only ASCII digits and punctuation were written.
        f.write_str(std::str::from_utf8(&text).map_err(|_| std::fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_on_an_offset_with_seconds_is_written_in_utc_at_its_exact_instant() {
        let monrovia: chrono_tz::Tz = "Africa/Monrovia".parse().unwrap();
        let utc = DateTime::parse_from_rfc3339("1971-06-01T12:00:00Z").unwrap();
        let local = utc.with_timezone(&monrovia).fixed_offset();
        assert_eq!(local.offset().local_minus_utc(), -(44 * 60 + 30));
        let written = rfc3339(&local);
        assert_eq!(written, "1971-06-01T12:00:00Z");
        assert_eq!(DateTime::parse_from_rfc3339(&written).unwrap(), local);
        // chrono alone names another instant.
        assert_ne!(
            DateTime::parse_from_rfc3339(&local.to_rfc3339()).unwrap(),
            local
        );
        let singapore = DateTime::parse_from_rfc3339("2025-06-01T10:05:00+08:00").unwrap();
        assert_eq!(rfc3339(&singapore), "2025-06-01T10:05:00+08:00");
    }

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
        // Moments across the years a case may hold, at offsets east and west.
        for step in 0..5_000i64 {
            let seconds = step * 1_571_234_567 % 250_000_000_000;
            let utc = DateTime::from_timestamp(seconds, 0).unwrap().fixed_offset();
            for offset in [-43_200, -12_600, 0, 19_800, 50_400] {
                let time = utc.with_timezone(&FixedOffset::east_opt(offset).unwrap());
                assert_eq!(
                    Minute(&time).to_string(),
                    time.format("%Y-%m-%d %H:%M %:z").to_string()
                );
            }
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
