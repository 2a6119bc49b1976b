//! Opening hours in OSM `opening_hours` syntax, parsed with the
//! `opening-hours` crate, and the number of hours they open in a week.

use chrono::{NaiveDate, NaiveDateTime};
use opening_hours::{OpeningHours, RuleKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Hours {
    pub text: String,
    /// Open hours in a reference week without public holidays.
    pub weekly_hours: f64,
}

/// Parses `text`; the error is the parser's explanation.
pub fn parse(text: &str) -> Result<Hours, String> {
    let oh: OpeningHours = text.parse().map_err(|e| format!("{e}"))?;
    // A week of an ordinary month (Monday 5 to Monday 12 January 2026): rules
    // bound to months or dates still evaluate, and no public holiday falls in it.
    let from = reference_day(5);
    let to = reference_day(12);
    let seconds: i64 = oh
        .iter_range(from, to)
        .filter(|range| range.kind == RuleKind::Open)
        .map(|range| (range.range.end - range.range.start).num_seconds())
        .sum();
    Ok(Hours {
        text: text.to_owned(),
        weekly_hours: seconds as f64 / 3600.0,
    })
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

    #[test]
    fn refuses_bad_syntax() {
        assert!(parse("lundi 9h-12h").is_err());
        assert!(parse("Mo-Fr 25:00-26:00 blah").is_err());
    }
}
