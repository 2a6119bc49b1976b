//! Opening hours in words ("du lundi au vendredi, de 8 h 30 à 12 h et de
//! 13 h 30 à 17 h"). The OSM expression was evaluated over an ordinary week
//! once, when the catalogue was read (`catalog::hours`); only that week is put
//! into words, so any syntax the `opening-hours` crate understands reads
//! correctly, and a contact shared by many procedures is evaluated once.

use crate::catalog::hours::{DaySchedule, WeekHours};
use crate::i18n::{t, Lang, Message};

/// The week's opening hours in words.
pub fn in_words(week: &WeekHours, lang: Lang) -> String {
    match week {
        WeekHours::Irregular => t(lang, "guide-hours-irregular"),
        WeekHours::Week(days) => week_in_words(days, lang),
    }
}

fn week_in_words(week: &[DaySchedule; 7], lang: Lang) -> String {
    // Days sharing a schedule are told together, in the order of their first day.
    let mut groups: Vec<(&DaySchedule, Vec<usize>)> = Vec::new();
    for (day, schedule) in week.iter().enumerate() {
        if schedule.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(s, _)| *s == schedule) {
            Some((_, days)) => days.push(day),
            None => groups.push((schedule, vec![day])),
        }
    }
    groups
        .iter()
        .map(|(schedule, days)| {
            Message::new("guide-hours-group")
                .arg("days", days_in_words(days, lang))
                .arg("times", times_in_words(schedule, lang))
                .render(lang)
        })
        .collect::<Vec<_>>()
        .join(&t(lang, "guide-hours-separator"))
}

fn days_in_words(days: &[usize], lang: Lang) -> String {
    if days.len() == 7 {
        return t(lang, "guide-days-every");
    }
    // Consecutive days become a span ("du lundi au vendredi").
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &day in days {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == day => *last = day,
            _ => runs.push((day, day)),
        }
    }
    let mut parts: Vec<String> = Vec::new();
    for (first, last) in runs {
        if last >= first + 2 {
            parts.push(
                Message::new("guide-days-span")
                    .arg("first", day_name(first, lang))
                    .arg("last", day_name(last, lang))
                    .render(lang),
            );
        } else {
            for day in first..=last {
                parts.push(
                    Message::new("guide-days-one")
                        .arg("day", day_name(day, lang))
                        .render(lang),
                );
            }
        }
    }
    join_and(parts, lang)
}

fn times_in_words(schedule: &DaySchedule, lang: Lang) -> String {
    if schedule.as_slice() == [(0, 24 * 60)] {
        return t(lang, "guide-all-day");
    }
    let parts = schedule
        .iter()
        .map(|&(from, to)| {
            Message::new("guide-time-span")
                .arg("from", time_in_words(from, lang))
                .arg("to", time_in_words(to, lang))
                .render(lang)
        })
        .collect();
    join_and(parts, lang)
}

fn time_in_words(minutes: u32, lang: Lang) -> String {
    let (hours, minutes) = (minutes / 60, minutes % 60);
    if minutes == 0 {
        Message::new("guide-time-hour").arg("h", hours).render(lang)
    } else {
        Message::new("guide-time-hour-minutes")
            .arg("h", hours)
            .arg("m", format!("{minutes:02}"))
            .render(lang)
    }
}

fn day_name(day: usize, lang: Lang) -> String {
    const KEYS: [&str; 7] = [
        "guide-day-mo",
        "guide-day-tu",
        "guide-day-we",
        "guide-day-th",
        "guide-day-fr",
        "guide-day-sa",
        "guide-day-su",
    ];
    t(lang, KEYS[day % 7])
}

/// "a", "a et b", "a, b et c".
pub fn join_and(mut parts: Vec<String>, lang: Lang) -> String {
    let Some(last) = parts.pop() else {
        return String::new();
    };
    if parts.is_empty() {
        return last;
    }
    Message::new("guide-and")
        .arg("list", parts.join(", "))
        .arg("last", last)
        .render(lang)
}

/// "a", "a ou b", "a, b ou c": alternatives.
pub fn join_or(mut parts: Vec<String>, lang: Lang) -> String {
    let Some(last) = parts.pop() else {
        return String::new();
    };
    if parts.is_empty() {
        return last;
    }
    Message::new("guide-or")
        .arg("list", parts.join(", "))
        .arg("last", last)
        .render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(expression: &str, lang: Lang) -> String {
        let hours = crate::catalog::hours::parse(expression).expect("valid opening_hours");
        in_words(&hours.week, lang)
    }

    fn fr(expression: &str) -> String {
        words(expression, Lang::Fr)
    }

    #[test]
    fn weekdays_with_a_lunch_break() {
        assert_eq!(
            fr("Mo-Fr 08:30-12:00,13:30-17:00"),
            "du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h"
        );
    }

    #[test]
    fn different_saturday_and_separate_days() {
        assert_eq!(
            fr("Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00"),
            "du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h ; le samedi, de 9 h à 12 h"
        );
        assert_eq!(
            fr("Tu,Th 14:00-17:00; Sa 09:30-12:00"),
            "le mardi et le jeudi, de 14 h à 17 h ; le samedi, de 9 h 30 à 12 h"
        );
        assert_eq!(
            fr("Mo,We,Fr 09:00-11:00"),
            "le lundi, le mercredi et le vendredi, de 9 h à 11 h"
        );
    }

    #[test]
    fn every_day_and_all_day() {
        assert_eq!(fr("24/7"), "tous les jours, toute la journée");
        assert_eq!(fr("Mo-Su 10:00-18:00"), "tous les jours, de 10 h à 18 h");
    }

    #[test]
    fn english() {
        assert_eq!(
            words("Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00", Lang::En),
            "Monday to Friday, from 8:30 to 12:00 and from 13:30 to 17:00; Saturday, from 9:00 to 12:00"
        );
    }

    #[test]
    fn closed_days_and_seasons() {
        assert_eq!(
            fr("Mo-Fr 09:00-12:00; We off"),
            "le lundi, le mardi, le jeudi et le vendredi, de 9 h à 12 h"
        );
        assert_eq!(
            fr("Jul-Aug Mo-Fr 09:00-12:00"),
            t(Lang::Fr, "guide-hours-irregular")
        );
    }
}
