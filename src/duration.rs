//! Durations as policies and cases write them: `90m`, `24h`, `3d`, `2wd`, `18mo`.

use std::fmt;

/// A length of time in the unit it was written in. Calendar days, working days and months are
/// not fixed lengths: [`crate::calendar::Calendar::add`] applies them in the policy's time zone.
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

/// The largest count accepted in a duration: ten years of minutes is far beyond any window.
const MAX_COUNT: u32 = 5_256_000;

impl PolicyDuration {
    /// Parses `<count><unit>` with unit `m`, `h`, `d`, `wd` or `mo`.
    pub fn parse(written: &str) -> Result<PolicyDuration, String> {
        let written = written.trim();
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
        let count: u32 = count
            .parse()
            .ok()
            .filter(|n| *n <= MAX_COUNT)
            .ok_or_else(|| "the number is too large".to_string())?;
        match unit {
            "m" | "min" => Ok(PolicyDuration::Minutes(count)),
            "h" => Ok(PolicyDuration::Hours(count)),
            "d" => Ok(PolicyDuration::Days(count)),
            "wd" => Ok(PolicyDuration::WorkingDays(count)),
            "mo" => Ok(PolicyDuration::Months(count)),
            "" => Err("no unit".to_string()),
            other => Err(format!("unknown unit `{other}`")),
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
}
