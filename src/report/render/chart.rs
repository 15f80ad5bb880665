//! The SVG chart of the HTML ruling: time across, the parties on lanes, the windows as bars
//! (each labelled with what opened it), the deadlines the ruling waits on and `as_of` as lines,
//! and the case's entries as markers with short labels.
//!
//! What it promises (tests/browser.rs measures it in Chromium): a window the ruling no longer
//! waits on (met, or closed) is drawn grey with no red "due" line; the axis ticks fall on round
//! times (every 5 or 15 minutes, hours, days…); no two labels overlap, entries at the same
//! minute included (a label with no room is left to the marker's tooltip).

use std::fmt::Write as _;

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Timelike};

use super::markup::escape;
use super::timeline::{Chronology, Entry, Mark, Window, in_offset_of};
use crate::report::words::Words;
use crate::vocab::decision::Actor;
use crate::vocab::time::Time;

/// Chart geometry.
const WIDTH: f64 = 1000.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 46.0;
const LANE: f64 = 84.0;
/// Rows of entry labels above the markers of a lane.
const LABEL_ROWS: usize = 2;
/// About 6 px a character at 11 px.
const CHAR: f64 = 6.2;

/// The colour of a mark on the chart.
pub fn colour(mark: Mark) -> &'static str {
    match mark {
        Mark::Event => "#2f6fde",
        Mark::Payment => "#2e8b57",
        Mark::Evidence => "#8a4fd0",
        Mark::Chat => "#7a808c",
        Mark::Appeal => "#d9822b",
        Mark::Deadline => "#b3261e",
        Mark::Closes => "#7a808c",
    }
}

/// Where time falls on the chart.
struct Scale {
    start: f64,
    span: f64,
}

impl Scale {
    fn of(chronology: &Chronology) -> Scale {
        let (first, last) = chronology.span();
        let span = (last - first).num_seconds().max(3600) as f64;
        // A margin on both sides so that markers at the ends are not cut.
        Scale {
            start: first.timestamp() as f64 - span * 0.04,
            span: span * 1.08,
        }
    }

    fn x(&self, at: &Time) -> f64 {
        LEFT + (at.timestamp() as f64 - self.start) / self.span * (WIDTH - LEFT - RIGHT)
    }

    fn end(&self) -> f64 {
        self.start + self.span
    }
}

fn lane_y(lane: Actor) -> f64 {
    TOP + LANE * Actor::ALL.iter().position(|l| *l == lane).unwrap_or(0) as f64
}

fn lane_index(lane: Actor) -> usize {
    Actor::ALL.iter().position(|l| *l == lane).unwrap_or(0)
}

/// The chart in its section, with a legend.
pub fn section(chronology: &Chronology, words: &Words) -> String {
    let scale = Scale::of(chronology);
    let height = TOP + LANE * Actor::ALL.len() as f64 + 28.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg id=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">",
        escape(&words.word("chart-label"))
    );
    lanes(&mut svg, words);
    axis(&mut svg, &scale, chronology.as_of.offset());
    windows(&mut svg, &scale, chronology, words);
    as_of_line(&mut svg, &scale, &chronology.as_of, words);
    entries(&mut svg, &scale, chronology, words);
    svg.push_str("</svg>");
    format!(
        "<section><h2>{}</h2><div class=\"chart\">{svg}</div>{}</section>\n",
        escape(&words.word("section-glance")),
        legend(words)
    )
}

fn lanes(svg: &mut String, words: &Words) {
    for (i, lane) in Actor::ALL.iter().enumerate() {
        let y = lane_y(*lane);
        let fill = if i % 2 == 0 { "#f7f8fa" } else { "#eef0f4" };
        let _ = write!(
            svg,
            "<rect x=\"0\" y=\"{y}\" width=\"{WIDTH}\" height=\"{LANE}\" fill=\"{fill}\"/>\
             <text class=\"lane-name\" x=\"8\" y=\"{:.1}\">{}</text>",
            y + LANE / 2.0 + 4.0,
            escape(&words.word(&format!("lane-{}", lane.as_str())))
        );
    }
}

/// Tick steps, in minutes: the first that gives at most eight ticks is used.
const STEPS: [i64; 17] = [
    1,
    2,
    5,
    10,
    15,
    30,
    60,
    2 * 60,
    3 * 60,
    6 * 60,
    12 * 60,
    24 * 60,
    2 * 24 * 60,
    7 * 24 * 60,
    14 * 24 * 60,
    30 * 24 * 60,
    90 * 24 * 60,
];

/// The ticks of the axis: round times (multiples of a step of [`STEPS`], counted from midnight
/// on the ruling's clock) inside the chart.
pub fn ticks(from: f64, to: f64, offset: &FixedOffset) -> Vec<DateTime<FixedOffset>> {
    let span_minutes = ((to - from) / 60.0).max(1.0);
    let step = STEPS
        .iter()
        .copied()
        .find(|step| span_minutes / *step as f64 <= 8.0)
        .unwrap_or(STEPS[STEPS.len() - 1]);
    let Some(first) = DateTime::from_timestamp(from.ceil() as i64, 0) else {
        return Vec::new();
    };
    let first = first.with_timezone(offset);
    // Midnight of the first day, on the ruling's clock: steps are counted from it.
    let Some(midnight) = offset
        .from_local_datetime(&first.date_naive().and_time(chrono::NaiveTime::MIN))
        .single()
    else {
        return Vec::new();
    };
    let since = (first - midnight).num_minutes();
    let mut at = midnight + Duration::minutes(since.div_euclid(step) * step);
    if at < first {
        at += Duration::minutes(step);
    }
    let mut ticks = Vec::new();
    while (at.timestamp() as f64) <= to && ticks.len() < 20 {
        ticks.push(at);
        at += Duration::minutes(step);
    }
    ticks
}

fn axis(svg: &mut String, scale: &Scale, offset: &FixedOffset) {
    let axis_y = TOP + LANE * Actor::ALL.len() as f64;
    let ticks = ticks(scale.start, scale.end(), offset);
    let mut last_date = None;
    for at in ticks {
        let tx = scale.x(&at);
        let date = at.date_naive();
        // The date where it changes (and on the first tick); the time of day otherwise.
        let label = if at.hour() == 0 && at.minute() == 0 || last_date != Some(date) {
            at.format("%m-%d %H:%M").to_string()
        } else {
            at.format("%H:%M").to_string()
        };
        last_date = Some(date);
        let _ = write!(
            svg,
            "<line x1=\"{tx:.1}\" y1=\"{TOP}\" x2=\"{tx:.1}\" y2=\"{axis_y}\" stroke=\"#d5d8de\" stroke-width=\"1\"/>\
             <text class=\"tick\" x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
            axis_y + 16.0,
        );
    }
}

/// Windows as bars in the lane of whoever must act, each labelled with what opened it; the ones
/// the ruling waits on end in a red "due" line, the others are grey.
fn windows(svg: &mut String, scale: &Scale, chronology: &Chronology, words: &Words) {
    let axis_y = TOP + LANE * Actor::ALL.len() as f64;
    let mut label_ends = [f64::MIN; Actor::ALL.len()];
    let mut due_label_end = f64::MIN;
    for window in &chronology.windows {
        let y = lane_y(window.lane) + LANE - 14.0;
        let (x0, x1) = (scale.x(&window.opens), scale.x(&window.closes));
        let fill = if window.waited_on {
            "#f2b84b"
        } else {
            "#b9bec8"
        };
        let _ = write!(
            svg,
            "<rect class=\"window{}\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"10\" rx=\"3\" fill=\"{fill}\" fill-opacity=\"0.8\"><title>{}</title></rect>",
            if window.waited_on { " due" } else { " closed" },
            (x1 - x0).max(2.0),
            escape(&window_title(window, chronology, words))
        );
        let end = &mut label_ends[lane_index(window.lane)];
        window_label(svg, window, (x0, y), end, words);
        if window.waited_on {
            let at = in_offset_of(window.closes, &chronology.as_of)
                .format("%H:%M")
                .to_string();
            let label = escape(&words.phrase("chart-due", &[("at", &at)]));
            let half = label.chars().count() as f64 * CHAR / 2.0;
            let _ = write!(
                svg,
                "<line class=\"due-line\" x1=\"{x1:.1}\" y1=\"{:.1}\" x2=\"{x1:.1}\" y2=\"{axis_y}\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>",
                TOP - 16.0,
            );
            // Two deadlines at (nearly) one moment share one label.
            if x1 - half > due_label_end {
                due_label_end = x1 + half;
                let _ = write!(
                    svg,
                    "<text class=\"due-label\" x=\"{x1:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
                    TOP - 20.0,
                );
            }
        }
    }
}

/// "window from 2025-06-02 10:40 (support's contact with the seller) to …: what".
fn window_title(window: &Window, chronology: &Chronology, words: &Words) -> String {
    let moment = |at: Time| {
        in_offset_of(at, &chronology.as_of)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let title = words.phrase(
        "chart-window",
        &[
            ("opens", &moment(window.opens)),
            ("from", &window.from),
            ("closes", &moment(window.closes)),
            ("what", &window.what),
        ],
    );
    if window.waited_on {
        title
    } else {
        words.phrase("chart-window-not_waited_on", &[("window", &title)])
    }
}

/// "from support's contact with the seller", just above the start of the bar, where it fits.
fn window_label(
    svg: &mut String,
    window: &Window,
    (x0, bar_y): (f64, f64),
    end: &mut f64,
    words: &Words,
) {
    let text = words.phrase("chart-window-from", &[("from", &window.from)]);
    let width = text.chars().count() as f64 * CHAR * 10.0 / 11.0;
    let x = x0.clamp(LEFT, WIDTH - RIGHT - width);
    if x <= *end {
        return;
    }
    *end = x + width + 6.0;
    let _ = write!(
        svg,
        "<text class=\"window-from\" x=\"{x:.1}\" y=\"{:.1}\">{}</text>",
        bar_y - 3.0,
        escape(&text)
    );
}

fn as_of_line(svg: &mut String, scale: &Scale, as_of: &Time, words: &Words) {
    let axis_y = TOP + LANE * Actor::ALL.len() as f64;
    let ax = scale.x(as_of);
    let _ = write!(
        svg,
        "<line x1=\"{ax:.1}\" y1=\"{:.1}\" x2=\"{ax:.1}\" y2=\"{axis_y}\" stroke=\"#2f6fde\" stroke-width=\"2.5\"/>\
         <text class=\"asof-label\" x=\"{ax:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        TOP - 30.0,
        TOP - 34.0,
        escape(&words.phrase("chart-as_of", &[("at", &as_of.format("%H:%M").to_string())]))
    );
}

/// Entries: a marker each (entries at one minute of one lane side by side, not on top of each
/// other), a short label above it on the first of two rows where it overlaps no other label
/// (none when neither has room), the whole text on hover.
fn entries(svg: &mut String, scale: &Scale, chronology: &Chronology, words: &Words) {
    let mut row_ends = vec![[f64::MIN; LABEL_ROWS]; Actor::ALL.len()];
    let mut last: Option<(Actor, f64, usize)> = None;
    for entry in chronology
        .entries
        .iter()
        .filter(|e| !matches!(e.mark, Mark::Deadline | Mark::Closes))
    {
        let mut cx = scale.x(&entry.at);
        // Markers of one lane closer than a marker's width are set side by side.
        let nudge = match last {
            Some((lane, x, n)) if lane == entry.lane && (cx - x).abs() < 1.0 => n + 1,
            _ => 0,
        };
        last = Some((entry.lane, cx, nudge));
        cx += nudge as f64 * 9.0;
        let label = entry_label(entry, cx, &mut row_ends[lane_index(entry.lane)]);
        marker(svg, (entry, cx), &label, chronology, words);
    }
}

/// The label of an entry on the first row where it fits, or nothing.
fn entry_label(entry: &Entry, cx: f64, ends: &mut [f64; LABEL_ROWS]) -> String {
    let short: String = entry.text.chars().take(22).collect();
    let short = if entry.text.chars().count() > 22 {
        format!("{short}…")
    } else {
        short
    };
    let half = short.chars().count() as f64 * CHAR / 2.0 + 4.0;
    let label_x = cx.clamp(LEFT + half, WIDTH - half);
    let Some(row) = ends.iter().position(|end| label_x - half > *end) else {
        return String::new();
    };
    ends[row] = label_x + half;
    format!(
        "<text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        lane_y(entry.lane) + 16.0 + 14.0 * row as f64,
        escape(&short)
    )
}

fn marker(
    svg: &mut String,
    (entry, cx): (&Entry, f64),
    label: &str,
    chronology: &Chronology,
    words: &Words,
) {
    let cy = lane_y(entry.lane) + LANE / 2.0 + 6.0;
    let opacity = if entry.after_as_of { "0.35" } else { "1" };
    let at = in_offset_of(entry.at, &chronology.as_of);
    let _ = write!(
        svg,
        "<g opacity=\"{opacity}\"><circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"6\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1.5\"><title>{}</title></circle>{label}</g>",
        colour(entry.mark),
        escape(&format!(
            "{} · {} · {}{}",
            at.format("%Y-%m-%d %H:%M"),
            words.word(&format!("lane-{}", entry.lane.as_str())),
            entry.text,
            entry
                .line
                .map(|l| format!(
                    " ({})",
                    words.phrase("timeline-line", &[("line", &l.to_string())])
                ))
                .unwrap_or_default()
        )),
    );
}

fn legend(words: &Words) -> String {
    let mut legend = String::from("<div class=\"legend\">");
    for (mark, name) in [
        (Mark::Event, "event"),
        (Mark::Payment, "payment"),
        (Mark::Evidence, "evidence"),
        (Mark::Chat, "chat"),
        (Mark::Appeal, "appeal"),
    ] {
        let _ = write!(
            legend,
            "<span><i style=\"background:{}\"></i>{}</span>",
            colour(mark),
            escape(&words.word(&format!("legend-{name}")))
        );
    }
    let word = |id: &str| escape(&words.word(id));
    let _ = write!(
        legend,
        "<span><i style=\"background:#f2b84b;border-radius:2px\"></i>{}</span>\
         <span><i style=\"background:#b9bec8;border-radius:2px\"></i>{}</span>\
         <span style=\"color:#b3261e\">┆ {}</span><span style=\"color:#2f6fde\">│ {}</span></div>",
        word("legend-window"),
        word("legend-window-closed"),
        word("legend-due"),
        word("legend-as_of")
    );
    legend
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> f64 {
        DateTime::parse_from_rfc3339(text).unwrap().timestamp() as f64
    }

    #[test]
    fn ticks_fall_on_round_times() {
        let offset = FixedOffset::east_opt(8 * 3600).unwrap();
        let ticks = ticks(
            at("2025-06-02T10:03:17+08:00"),
            at("2025-06-02T11:41:00+08:00"),
            &offset,
        );
        let shown: Vec<String> = ticks
            .iter()
            .map(|t| t.format("%H:%M").to_string())
            .collect();
        assert_eq!(
            shown,
            ["10:15", "10:30", "10:45", "11:00", "11:15", "11:30"]
        );
        let days = ticks_of_days();
        assert!(
            days.iter().all(|t| t.hour() == 0 && t.minute() == 0),
            "{days:?}"
        );
    }

    fn ticks_of_days() -> Vec<DateTime<FixedOffset>> {
        let offset = FixedOffset::west_opt(3 * 3600).unwrap();
        ticks(
            at("2025-06-02T10:03:17-03:00"),
            at("2025-06-08T01:00:00-03:00"),
            &offset,
        )
    }
}
