//! Durations as policies and cases write them: `90m`, `24h`, `3d`, `2wd`, `18mo`.

use std::fmt;

/// A length of time in the unit it was written in. Calendar days, working days and months are
/// not fixed lengths: [`crate::vocab::calendar::Calendar::add`] applies them in the policy's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyDuration {
    Minutes(u32),
    Hours(u32),
    /// Calendar days: same local clock time, n days later.
    Days(u32),
    /// Working days per the policy calendar.
    WorkingDays(u32),
    /// Calendar months, clamped to the month's last day.
    Months(u32),
}

/// The longest window a policy or a case may set, in days: two years. The rules' windows are
/// minutes to days and the order-age limit 18 months; a longer one is a typo, and working days
/// are counted one by one, so a window of millions of them would cost seconds a case. Each unit
/// is capped at the same two years: 1 054 080 minutes, 17 568 hours, 732 days, 520 working days
/// (five a week), 24 months.
pub const MAX_WINDOW_DAYS: u32 = 732;

/// The largest count each unit takes, as (unit, largest count).
const MAX_COUNT: [(&str, u32); 5] = [
    ("m", MAX_WINDOW_DAYS * 24 * 60),
    ("h", MAX_WINDOW_DAYS * 24),
    ("d", MAX_WINDOW_DAYS),
    ("wd", MAX_WINDOW_DAYS / 7 * 5),
    ("mo", 24),
];

impl PolicyDuration {
    /// Parses `<count><unit>` with unit `m`, `h`, `d`, `wd` or `mo`.
    pub fn parse(written: &str) -> Result<PolicyDuration, String> {
        if written.trim() != written {
            return Err("spaces around the duration".to_string());
        }
        let digits_end = written
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(written.len());
        let (count, unit) = written.split_at(digits_end);
        if written.starts_with('-') {
            return Err("a duration cannot be negative".to_string());
        }
        if count.is_empty() {
            return Err("no number before the unit".to_string());
        }
        let Ok(count) = count.parse::<u32>() else {
            return Err("the number is too large".to_string());
        };
        let duration = match unit {
            "m" | "min" => PolicyDuration::Minutes(count),
            "h" => PolicyDuration::Hours(count),
            "d" => PolicyDuration::Days(count),
            "wd" => PolicyDuration::WorkingDays(count),
            "mo" => PolicyDuration::Months(count),
            "" => return Err("no unit".to_string()),
            other => return Err(format!("unknown unit `{other}`")),
        };
        let largest = duration.largest_count();
        if count > largest {
            return Err(format!(
                "longer than two years, the longest window allowed (at most {largest}{})",
                duration.unit()
            ));
        }
        Ok(duration)
    }

    /// The unit as written: `m`, `h`, `d`, `wd`, `mo`.
    fn unit(self) -> &'static str {
        match self {
            PolicyDuration::Minutes(_) => "m",
            PolicyDuration::Hours(_) => "h",
            PolicyDuration::Days(_) => "d",
            PolicyDuration::WorkingDays(_) => "wd",
            PolicyDuration::Months(_) => "mo",
        }
    }

    /// The largest count of this unit ([`MAX_WINDOW_DAYS`]).
    fn largest_count(self) -> u32 {
        let unit = self.unit();
        MAX_COUNT
            .iter()
            .find(|(name, _)| *name == unit)
            .map_or(0, |(_, largest)| *largest)
    }

    /// Whether two durations are the same length of time: equal, or both in minutes and hours
    /// and the same number of minutes (`60m` and `1h`). Days, working days and months have no
    /// fixed length, so only the same count of the same unit is the same.
    pub fn same_length(self, other: PolicyDuration) -> bool {
        let minutes = |d: PolicyDuration| match d {
            PolicyDuration::Minutes(n) => Some(u64::from(n)),
            PolicyDuration::Hours(n) => Some(u64::from(n) * 60),
            _ => None,
        };
        match (minutes(self), minutes(other)) {
            (Some(a), Some(b)) => a == b,
            _ => self == other,
        }
    }

    /// Whether the duration is zero.
    pub fn is_zero(self) -> bool {
        self.count() == 0
    }

    pub fn count(self) -> u32 {
        match self {
            PolicyDuration::Minutes(n)
            | PolicyDuration::Hours(n)
            | PolicyDuration::Days(n)
            | PolicyDuration::WorkingDays(n)
            | PolicyDuration::Months(n) => n,
        }
    }

    /// Words for people: "1 hour", "2 working days".
    pub fn describe(self) -> String {
        let (n, unit) = match self {
            PolicyDuration::Minutes(n) => (n, "minute"),
            PolicyDuration::Hours(n) => (n, "hour"),
            PolicyDuration::Days(n) => (n, "day"),
            PolicyDuration::WorkingDays(n) => (n, "working day"),
            PolicyDuration::Months(n) => (n, "month"),
        };
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    }
}

impl fmt::Display for PolicyDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyDuration::Minutes(n) => write!(f, "{n}m"),
            PolicyDuration::Hours(n) => write!(f, "{n}h"),
            PolicyDuration::Days(n) => write!(f, "{n}d"),
            PolicyDuration::WorkingDays(n) => write!(f, "{n}wd"),
            PolicyDuration::Months(n) => write!(f, "{n}mo"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_unit_and_prints_it_back() {
        for written in ["90m", "1h", "24h", "72h", "3d", "2wd", "18mo", "0h"] {
            assert_eq!(PolicyDuration::parse(written).unwrap().to_string(), written);
        }
    }

    #[test]
    fn rejects_malformed_durations_with_a_reason() {
        assert_eq!(
            PolicyDuration::parse("h").unwrap_err(),
            "no number before the unit"
        );
        assert_eq!(PolicyDuration::parse("12").unwrap_err(), "no unit");
        assert_eq!(PolicyDuration::parse("3w").unwrap_err(), "unknown unit `w`");
        assert_eq!(
            PolicyDuration::parse("-1h").unwrap_err(),
            "a duration cannot be negative"
        );
        assert_eq!(
            PolicyDuration::parse("99999999999h").unwrap_err(),
            "the number is too large"
        );
    }

    #[test]
    fn every_unit_is_capped_at_two_years() {
        for (written, longest) in [
            ("1054080m", "1054081m"),
            ("17568h", "17569h"),
            ("732d", "733d"),
            ("520wd", "521wd"),
            ("24mo", "25mo"),
        ] {
            assert!(PolicyDuration::parse(written).is_ok(), "{written}");
            let error = PolicyDuration::parse(longest).unwrap_err();
            assert!(
                error.starts_with("longer than two years"),
                "{longest}: {error}"
            );
        }
        assert!(PolicyDuration::parse("5256000wd").is_err());
    }
}
