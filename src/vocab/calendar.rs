//! The policy's clock: its time zone, working days and holidays, and adding durations to times.

use std::collections::BTreeSet;

use chrono::{
    Datelike, Duration, LocalResult, Months, NaiveDate, NaiveDateTime, Offset, TimeZone, Weekday,
};
use chrono_tz::Tz;

use crate::vocab::duration::PolicyDuration;
use crate::vocab::time::Time;

/// Where and when support works: the time zone deadlines are computed and shown in, and the
/// days that are not working days (for durations in working days, `2wd`).
// The policy file's `[calendar]` table: its schema and the keys its reader takes are derived
// from this type (see `model::policy`).
#[derive(Debug, Clone, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// The IANA name of the time zone, e.g. `Asia/Singapore`, `Europe/Berlin` or `UTC`.
    /// Deadlines are computed in it, and rulings show times in it.
    #[serde(rename = "timezone")]
    #[schemars(with = "String")]
    pub zone: Tz,
    /// Days of the week that are never working days, e.g. `["Sat", "Sun"]`. Default: none.
    #[schemars(with = "Option<Vec<Weekday>>")]
    pub weekend: Vec<Weekday>,
    /// Dates that are not working days, as ISO dates (`2025-01-01`, bare or quoted), each once.
    /// Default: none.
    #[schemars(with = "Option<Vec<String>>")]
    pub holidays: BTreeSet<NaiveDate>,
}

/// The most days in a row a calendar may have without a working day (weekend days and
/// holidays together). A policy with a longer break is refused when it is read (`judge`,
/// `policy check`), and the look-ahead of a working-day count is derived from it: so a count of
/// working days always finds them, and never closes a window at its own start.
pub const MAX_BREAK: u32 = 60;

impl Calendar {
    /// The longest stretch of days in a row without a working day, and the day it starts:
    /// `None` when every week has a working day outside the holidays, and the holidays leave
    /// no stretch longer than a weekend. All seven days of the week as weekend days is an
    /// endless break (`u32::MAX`).
    pub fn longest_break(&self) -> Option<(NaiveDate, u32)> {
        if self.weekend.len() >= 7 {
            return Some((NaiveDate::MIN, u32::MAX));
        }
        let mut longest: Option<(NaiveDate, u32)> = None;
        for &holiday in &self.holidays {
            // Only from the first day of a stretch (the day before is a working day).
            if holiday
                .pred_opt()
                .is_some_and(|day| !self.is_working_day(day))
            {
                continue;
            }
            let mut day = holiday;
            let mut length = 0u32;
            while !self.is_working_day(day) && length <= MAX_BREAK {
                length += 1;
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
            if longest.is_none_or(|(_, most)| length > most) {
                longest = Some((holiday, length));
            }
        }
        longest
    }

    /// `time` as a wall-clock time in the policy's zone, with that zone's offset.
    pub fn local(&self, time: Time) -> Time {
        time.with_timezone(&self.zone).fixed_offset()
    }

    /// Whether `date` is a working day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !self.weekend.contains(&date.weekday()) && !self.holidays.contains(&date)
    }

    /// `start + duration`, in the policy's zone. `None` only if the result falls outside the
    /// range of dates chrono can represent.
    pub fn add(&self, start: Time, duration: PolicyDuration) -> Option<Time> {
        let local = start.with_timezone(&self.zone).naive_local();
        let result = match duration {
            PolicyDuration::Minutes(n) => {
                return start
                    .checked_add_signed(Duration::minutes(n.into()))
                    .map(|t| self.local(t));
            }
            PolicyDuration::Hours(n) => {
                return start
                    .checked_add_signed(Duration::hours(n.into()))
                    .map(|t| self.local(t));
            }
            PolicyDuration::Days(n) => local.checked_add_days(chrono::Days::new(n.into()))?,
            PolicyDuration::Months(n) => local.checked_add_months(Months::new(n))?,
            PolicyDuration::WorkingDays(n) => self.add_working_days(local, n)?,
        };
        Some(self.resolve(result))
    }

    /// When a count of working days from `start` begins, if not at `start` itself: 00:00 of the
    /// next working day when `start` falls on a weekend day or holiday.
    pub fn working_days_begin(&self, start: Time) -> Option<Time> {
        let local = start.with_timezone(&self.zone).naive_local();
        let begin = self.first_working_moment(local)?;
        (begin != local).then(|| self.resolve(begin))
    }

    /// `start`, or 00:00 of the next working day when `start` is not on one.
    fn first_working_moment(&self, start: NaiveDateTime) -> Option<NaiveDateTime> {
        if self.is_working_day(start.date()) {
            return Some(start);
        }
        let mut date = start.date();
        let mut guard = 0;
        while !self.is_working_day(date) {
            date = date.succ_opt()?;
            guard += 1;
            if guard > MAX_BREAK + 7 {
                return None;
            }
        }
        date.and_hms_opt(0, 0, 0)
    }

    /// Steps one calendar day at a time, counting only working days and keeping the clock time;
    /// a start on a non-working day counts from 00:00 of the next working day.
    fn add_working_days(&self, start: NaiveDateTime, days: u32) -> Option<NaiveDateTime> {
        let mut current = self.first_working_moment(start)?;
        let mut counted = 0;
        let mut guard = 0;
        while counted < days {
            current = current.checked_add_days(chrono::Days::new(1))?;
            if self.is_working_day(current.date()) {
                counted += 1;
            }
            guard += 1;
            // No break is longer than MAX_BREAK (the policy reader refuses one): each working
            // day is at most that many days past the last.
            if guard > (days + 1).saturating_mul(MAX_BREAK + 8) {
                return None;
            }
        }
        Some(current)
    }

    /// A wall-clock time in the zone as an instant. In an overlap the earlier of the two is
    /// used. In a daylight-saving gap the clock time does not exist: it is read with the offset
    /// in force before the gap, so it lands as far past the gap as it was into it (02:30 in a
    /// 02:00→03:00 gap is 03:30), and a window is never shorter than it would be without the
    /// change.
    fn resolve(&self, local: NaiveDateTime) -> Time {
        match self.zone.from_local_datetime(&local) {
            LocalResult::Single(t) => return t.fixed_offset(),
            LocalResult::Ambiguous(earlier, _) => return earlier.fixed_offset(),
            LocalResult::None => {}
        }
        // The offset before the gap: that of the last clock time before it (no zone has a gap
        // longer than a day).
        let before = (1..=24 * 60).find_map(|minutes| {
            match self
                .zone
                .from_local_datetime(&(local - Duration::minutes(minutes)))
            {
                LocalResult::Single(t) => Some(t.offset().fix()),
                LocalResult::Ambiguous(_, later) => Some(later.offset().fix()),
                LocalResult::None => None,
            }
        });
        let utc = match before {
            Some(offset) => local - Duration::seconds(offset.local_minus_utc().into()),
            None => local,
        };
        self.zone.from_utc_datetime(&utc).fixed_offset()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn singapore() -> Calendar {
        Calendar {
            zone: "Asia/Singapore".parse().unwrap(),
            weekend: vec![Weekday::Sat, Weekday::Sun],
            holidays: BTreeSet::new(),
        }
    }

    fn at(text: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn working_days_skip_the_weekend_and_keep_the_clock_time() {
        let calendar = singapore();
        // Friday 15:00 + 2wd = Tuesday 15:00.
        assert_eq!(
            calendar.add(
                at("2025-06-06T15:00:00+08:00"),
                PolicyDuration::WorkingDays(2)
            ),
            Some(at("2025-06-10T15:00:00+08:00"))
        );
        // Saturday 10:00 + 2wd = Wednesday 00:00 (counted from Monday 00:00).
        assert_eq!(
            calendar.add(
                at("2025-06-07T10:00:00+08:00"),
                PolicyDuration::WorkingDays(2)
            ),
            Some(at("2025-06-11T00:00:00+08:00"))
        );
    }

    #[test]
    fn holidays_are_not_working_days() {
        let mut calendar = singapore();
        calendar
            .holidays
            .insert(NaiveDate::from_ymd_opt(2025, 6, 9).unwrap());
        assert_eq!(
            calendar.add(
                at("2025-06-06T15:00:00+08:00"),
                PolicyDuration::WorkingDays(2)
            ),
            Some(at("2025-06-11T15:00:00+08:00"))
        );
    }

    #[test]
    fn results_are_shown_in_the_policy_zone() {
        let calendar = singapore();
        let due = calendar
            .add(at("2025-06-01T10:40:00+07:00"), PolicyDuration::Hours(1))
            .unwrap();
        assert_eq!(due.to_rfc3339(), "2025-06-01T12:40:00+08:00");
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        let calendar = singapore();
        assert_eq!(
            calendar.add(at("2024-08-31T12:00:00+08:00"), PolicyDuration::Months(18)),
            Some(at("2026-02-28T12:00:00+08:00"))
        );
    }

    #[test]
    fn a_calendar_day_across_a_dst_change_keeps_the_wall_clock() {
        let calendar = Calendar {
            zone: "Europe/Berlin".parse().unwrap(),
            weekend: Vec::new(),
            holidays: BTreeSet::new(),
        };
        // 2025-03-30 02:00 CET jumps to 03:00 CEST: one calendar day is 23 hours.
        let due = calendar
            .add(at("2025-03-29T12:00:00+01:00"), PolicyDuration::Days(1))
            .unwrap();
        assert_eq!(due.to_rfc3339(), "2025-03-30T12:00:00+02:00");
        // 24 hours later is 13:00 local.
        let due = calendar
            .add(at("2025-03-29T12:00:00+01:00"), PolicyDuration::Hours(24))
            .unwrap();
        assert_eq!(due.to_rfc3339(), "2025-03-30T13:00:00+02:00");
    }

    #[test]
    fn a_wall_clock_time_in_the_dst_gap_moves_past_the_gap() {
        let calendar = Calendar {
            zone: "Europe/Berlin".parse().unwrap(),
            weekend: Vec::new(),
            holidays: BTreeSet::new(),
        };
        // 02:30 does not exist on 2025-03-30 in Berlin: it is read at the winter offset, which
        // is 03:30 summer time — as long as 24 hours, like any day without a change.
        let due = calendar
            .add(at("2025-03-29T02:30:00+01:00"), PolicyDuration::Days(1))
            .unwrap();
        assert_eq!(due.to_rfc3339(), "2025-03-30T03:30:00+02:00");
    }
}

/// Whose clock a ruling's times are written on. The moments never change, only the offset they
/// are written with: support in Lagos may read a Singapore policy's deadlines at +01:00.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The policy's time zone, where its working days are counted (the default).
    #[default]
    Policy,
    /// The offset the case's own `as_of` is written with.
    Case,
    /// UTC.
    Utc,
    /// A time zone by its IANA name.
    Zone(Tz),
}

impl Clock {
    /// Reads `policy`, `case`, `utc` or an IANA time zone name (`Africa/Lagos`).
    pub fn parse(written: &str) -> Option<Clock> {
        match written {
            "policy" => Some(Clock::Policy),
            "case" => Some(Clock::Case),
            "utc" | "UTC" => Some(Clock::Utc),
            name => name.parse::<Tz>().ok().map(Clock::Zone),
        }
    }

    /// `time` on this clock where that needs no case and no policy: UTC and a named zone;
    /// `time` as written for the policy's and the case's clocks.
    pub fn without_case(self, time: Time) -> Time {
        match self {
            Clock::Policy | Clock::Case => time,
            Clock::Utc => time.with_timezone(&chrono::Utc).fixed_offset(),
            Clock::Zone(zone) => time.with_timezone(&zone).fixed_offset(),
        }
    }

    /// `time` on this clock, given the policy's calendar and the case's own `as_of`.
    pub fn show(self, time: Time, calendar: &Calendar, case_as_of: &Time) -> Time {
        match self {
            Clock::Policy => calendar.local(time),
            Clock::Case => time.with_timezone(case_as_of.offset()),
            Clock::Utc | Clock::Zone(_) => self.without_case(time),
        }
    }
}
