//! Opening hours in OSM `opening_hours` syntax, parsed with the
//! `opening-hours` crate, and the number of hours they open in a week.

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use opening_hours::{OpeningHours, RuleKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Hours {
    pub text: String,
    /// Open hours in a reference week without public holidays.
    pub weekly_hours: f64,
    /// When it is open in that week, day by day (for putting it into words).
    pub week: WeekHours,
}

/// Open intervals of one day, in minutes since midnight (end exclusive, 1440 = midnight).
pub type DaySchedule = Vec<(u32, u32)>;

/// What a week of opening hours looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekHours {
    /// Monday first.
    Week([DaySchedule; 7]),
    /// Never open in an ordinary week (seasonal or on request only).
    Irregular,
}

/// Parses `text`; the error is the parser's explanation.
pub fn parse(text: &str) -> Result<Hours, String> {
    let oh: OpeningHours = text.parse().map_err(|e| format!("{e}"))?;
    // A week of an ordinary month (Monday 5 to Monday 12 January 2026): rules
    // bound to months or dates still evaluate, and no public holiday falls in it.
    let from = reference_day(5);
    let to = reference_day(12);
    let mut seconds = 0;
    let mut days: [DaySchedule; 7] = Default::default();
    for range in oh
        .iter_range(from, to)
        .filter(|range| range.kind == RuleKind::Open)
    {
        seconds += (range.range.end - range.range.start).num_seconds();
        split_by_day(from, range.range.start, range.range.end, &mut days);
    }
    let week = if days.iter().all(Vec::is_empty) {
        WeekHours::Irregular
    } else {
        for day in &mut days {
            day.sort_unstable();
            day.dedup();
        }
        WeekHours::Week(days)
    };
    Ok(Hours {
        text: text.to_owned(),
        weekly_hours: seconds as f64 / 3600.0,
        week,
    })
}

/// Adds `[from, to)` to the days it covers (a range may run past midnight).
fn split_by_day(
    week_start: NaiveDateTime,
    from: NaiveDateTime,
    to: NaiveDateTime,
    week: &mut [DaySchedule; 7],
) {
    for (index, day) in week.iter_mut().enumerate() {
        let day_start = week_start + Duration::days(index as i64);
        let day_end = day_start + Duration::days(1);
        let a = from.max(day_start);
        let b = to.min(day_end);
        if a < b {
            let minutes = |t: NaiveDateTime| -> u32 {
                if t == day_end {
                    24 * 60
                } else {
                    t.time().hour() * 60 + t.time().minute()
                }
            };
            day.push((minutes(a), minutes(b)));
        }
    }
}

fn reference_day(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 1, day)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_weekly_hours() {
        let h = parse("Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00").unwrap();
        assert!((h.weekly_hours - 38.0).abs() < 1e-9, "{}", h.weekly_hours);
        let h = parse("We 14:00-16:00").unwrap();
        assert!((h.weekly_hours - 2.0).abs() < 1e-9);
        let h = parse("24/7").unwrap();
        assert!((h.weekly_hours - 168.0).abs() < 1e-9);
    }

    /// Every example of the cheat sheets reads.
    #[test]
    fn the_cheat_sheet_examples_read() {
        for sheet in [
            include_str!("../../docs/horaires.md"),
            include_str!("../../docs/horaires.en.md"),
        ] {
            let examples: Vec<&str> = sheet
                .split("`\"")
                .skip(1)
                .filter_map(|rest| rest.split_once("\"`").map(|(text, _)| text))
                .collect();
            assert!(examples.len() >= 9, "{examples:?}");
            for example in examples {
                let hours = parse(example).unwrap_or_else(|e| panic!("{example}: {e}"));
                assert!(hours.weekly_hours > 0.0, "{example}");
            }
        }
    }

    #[test]
    fn refuses_bad_syntax() {
        assert!(parse("lundi 9h-12h").is_err());
        assert!(parse("Mo-Fr 25:00-26:00 blah").is_err());
    }
}
