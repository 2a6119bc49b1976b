//! Opening hours in OSM `opening_hours` syntax, parsed with the
//! `opening-hours` crate, and the number of hours they open in a week.

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use opening_hours::{OpeningHours, RuleKind};

use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq)]
pub struct Hours {
    pub text: String,
    /// Open hours in a reference week without public holidays.
    pub weekly_hours: f64,
    /// When it is open in that week, day by day (for putting it into words).
    pub week: WeekHours,
    /// Time spans that cannot be an opening as written (`12:30-12:30`, read
    /// by the OSM syntax as 24 hours; `14:00-12:00`, running through the
    /// night): left out of the week and reported by `contact_details`.
    pub suspicious_slots: Vec<String>,
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

/// Why a text is not opening hours, in terms a message can put into words
/// (the parser's own text is English and lists grammar tokens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursError {
    /// Not the OSM syntax: reading stopped at this character (from 1).
    Syntax { column: usize },
    /// A number outside its bounds (a 32nd day, a 54th week).
    OutOfRange { value: i16, min: i16, max: i16 },
    /// A time of day that does not exist (`25:00` outside a range end).
    InvalidTime { hour: u8, minute: u8 },
    /// A range of years or weeks that ends before it starts.
    InvertedRange,
    /// Well written, but a feature the evaluator does not handle (its words).
    Unsupported(&'static str),
    /// A defect of the parser itself, never caused by the text (its words).
    Internal(String),
}

impl HoursError {
    fn from_parser(error: opening_hours_syntax::Error, text: &str) -> Self {
        use opening_hours_syntax::Error as E;
        match error {
            E::Syntax(e) => {
                let byte = match e.location {
                    pest::error::InputLocation::Pos(at) => at,
                    pest::error::InputLocation::Span((start, _)) => start,
                };
                let column = text.get(..byte).map_or(1, |head| head.chars().count() + 1);
                Self::Syntax { column }
            }
            E::Overflow {
                value,
                expected_bounds,
            } => Self::OutOfRange {
                value,
                min: *expected_bounds.start(),
                max: *expected_bounds.end(),
            },
            E::InvalidExtendedTime { hour, minutes } => Self::InvalidTime {
                hour,
                minute: minutes,
            },
            E::InvertedYearRange { .. } | E::InvertedWeekRange { .. } => Self::InvertedRange,
            E::Unsupported(feature) => Self::Unsupported(feature),
            other => Self::Internal(other.to_string()),
        }
    }

    /// The reason in words, for `text` (the value that did not read).
    pub fn message(&self, text: &str) -> Message {
        match self {
            // At the first character the rest is the whole value, already quoted.
            Self::Syntax { column: 1 } => Message::new("hours-error-syntax-start"),
            Self::Syntax { column } => {
                let rest: String = text.chars().skip(column - 1).take(24).collect();
                Message::new("hours-error-syntax")
                    .arg("column", column)
                    .arg("rest", rest)
            }
            Self::OutOfRange { value, min, max } => Message::new("hours-error-out-of-range")
                .arg("value", value)
                .arg("min", min)
                .arg("max", max),
            Self::InvalidTime { hour, minute } => Message::new("hours-error-invalid-time")
                .arg("time", format!("{hour:02}:{minute:02}")),
            Self::InvertedRange => Message::new("hours-error-inverted-range"),
            Self::Unsupported(feature) => {
                Message::new("hours-error-unsupported").arg("feature", *feature)
            }
            Self::Internal(detail) => Message::new("hours-error-internal").arg("detail", detail),
        }
    }
}

/// A time span `HH:MM-HH:MM` of an `opening_hours` text.
static TIME_SPAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})").expect("a valid pattern")
});

/// Whether a span is no opening as written: zero length (a closed afternoon
/// typed badly), or an end before the start on an ordinary day (a typo far
/// more often than a night opening; a span ending at midnight is not one).
fn suspicious(span: &regex::Captures<'_>) -> bool {
    let minutes = |h: usize, m: usize| -> Option<u32> {
        Some(span[h].parse::<u32>().ok()? * 60 + span[m].parse::<u32>().ok()?)
    };
    match (minutes(1, 2), minutes(3, 4)) {
        (Some(start), Some(end)) => end == start || (end < start && end != 0),
        _ => false,
    }
}

/// `text` without its suspicious spans, and those spans. A rule left with no
/// time (`Sa 12:30-12:30`) becomes `off`: without a time a day selector
/// would mean open all day.
fn without_suspicious_spans(text: &str) -> (String, Vec<String>) {
    let mut found = Vec::new();
    let rules: Vec<String> = text
        .split(';')
        .map(|rule| {
            let mut kept = rule.to_owned();
            // From the last span to the first, so earlier offsets stay valid.
            let spans: Vec<_> = TIME_SPAN
                .captures_iter(rule)
                .filter(suspicious)
                .filter_map(|span| span.get(0))
                .map(|whole| (whole.start(), whole.end()))
                .collect();
            if spans.is_empty() {
                return kept;
            }
            for &(start, end) in spans.iter().rev() {
                found.push(rule[start..end].to_owned());
                // Only what follows the span has changed in `kept` so far.
                let after = kept[end..].trim_start();
                let (start, end) = if after.starts_with(',') {
                    (start, kept.len() - after.len() + 1)
                } else {
                    let before = kept[..start].trim_end();
                    (before.strip_suffix(',').map_or(start, str::len), end)
                };
                kept.replace_range(start..end, "");
            }
            let first = found.len() - spans.len();
            found[first..].reverse();
            if TIME_SPAN.is_match(&kept) {
                kept
            } else {
                format!("{} off", kept.trim_end())
            }
        })
        .collect();
    (rules.join(";"), found)
}

/// Parses `text` as OSM `opening_hours`.
pub fn parse(text: &str) -> Result<Hours, HoursError> {
    // The syntax is checked on the text as written, so that an error's
    // column points into what the user wrote.
    let _: OpeningHours = text.parse().map_err(|e| HoursError::from_parser(e, text))?;
    let (readable, suspicious_slots) = without_suspicious_spans(text);
    let oh: OpeningHours = if suspicious_slots.is_empty() {
        text.parse()
    } else {
        readable.trim().parse()
    }
    .map_err(|e| HoursError::from_parser(e, text))?;
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
        suspicious_slots,
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

    #[test]
    fn zero_length_and_inverted_slots_are_no_opening() {
        let h = parse("Mo-Fr 09:00-12:00,12:30-12:30").unwrap();
        assert_eq!(h.suspicious_slots, ["12:30-12:30"]);
        assert!((h.weekly_hours - 15.0).abs() < 1e-9, "{}", h.weekly_hours);
        let WeekHours::Week(days) = &h.week else {
            panic!()
        };
        assert_eq!(days[0], [(540, 720)]);

        let h = parse("Mo 12:30-12:30,14:00-17:00; Sa 12:30-12:30").unwrap();
        assert_eq!(h.suspicious_slots, ["12:30-12:30", "12:30-12:30"]);
        assert!((h.weekly_hours - 3.0).abs() < 1e-9, "{}", h.weekly_hours);

        let h = parse("Tu 12:30-12:30,13:00-13:00,14:00-16:00").unwrap();
        assert_eq!(h.suspicious_slots, ["12:30-12:30", "13:00-13:00"]);
        assert!((h.weekly_hours - 2.0).abs() < 1e-9, "{}", h.weekly_hours);

        let h = parse("We 14:00-12:00").unwrap();
        assert_eq!(h.suspicious_slots, ["14:00-12:00"]);
        assert_eq!(h.week, WeekHours::Irregular);

        // Not suspicious: ordinary slots, a span ending at midnight.
        for fine in ["Mo-Fr 08:30-12:00,13:30-17:00", "Fr 20:00-00:00", "24/7"] {
            assert!(parse(fine).unwrap().suspicious_slots.is_empty(), "{fine}");
        }
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
                let hours = parse(example).unwrap_or_else(|e| panic!("{example}: {e:?}"));
                assert!(hours.weekly_hours > 0.0, "{example}");
            }
        }
    }

    #[test]
    fn refuses_bad_syntax() {
        assert!(parse("lundi 9h-12h").is_err());
        assert!(parse("Mo-Fr 25:00-26:00 blah").is_err());
    }

    #[test]
    fn a_syntax_error_says_where_reading_stopped_in_characters() {
        // « é » is two bytes: the column counts characters.
        assert_eq!(
            parse("Mo-Fr 08:30-12:00 été"),
            Err(HoursError::Syntax { column: 19 })
        );
        let message = HoursError::Syntax { column: 19 }
            .message("Mo-Fr 08:30-12:00 été")
            .render(crate::i18n::Lang::Fr);
        assert!(message.contains("caractère 19"), "{message}");
        assert!(message.contains("« été »"), "{message}");
        assert!(!message.contains("expected"), "{message}");
        let start = parse("lundi 9h").map(|_| ()).unwrap_err();
        assert_eq!(start, HoursError::Syntax { column: 1 });
        let message = start.message("lundi 9h").render(crate::i18n::Lang::Fr);
        assert!(message.contains("OpenStreetMap"), "{message}");
        assert!(!message.contains("lundi"), "{message}");
    }

    #[test]
    fn other_errors_are_typed() {
        assert_eq!(
            parse("2027-2026 Mo 10:00-12:00"),
            Err(HoursError::InvertedRange)
        );
        assert_eq!(
            parse("week 10-05 Mo 10:00-12:00"),
            Err(HoursError::InvertedRange)
        );
        // The grammar catches most bad numbers first; the parser's typed
        // errors still map to ours.
        let overflow = opening_hours_syntax::Error::Overflow {
            value: 60,
            expected_bounds: 1..=53,
        };
        assert_eq!(
            HoursError::from_parser(overflow, "week 60"),
            HoursError::OutOfRange {
                value: 60,
                min: 1,
                max: 53
            }
        );
        let time = opening_hours_syntax::Error::InvalidExtendedTime {
            hour: 49,
            minutes: 0,
        };
        let error = HoursError::from_parser(time, "Mo 49:00");
        assert_eq!(
            error,
            HoursError::InvalidTime {
                hour: 49,
                minute: 0
            }
        );
        let message = error.message("Mo 49:00").render(crate::i18n::Lang::En);
        assert!(message.contains("49:00"), "{message}");
        let ok = parse("Mo-Fr 08:30-12:00");
        assert!(ok.is_ok(), "{ok:?}");
    }
}
