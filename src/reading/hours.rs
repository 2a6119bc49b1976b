//! Opening hours as pages write them, in tables (« Lundi | 8 h 30 – 12 h ») and
//! in sentences (« du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à
//! 17 h »), into the OSM `opening_hours` syntax of the catalogue. Only what
//! the page states is written: days without hours are left out.

use std::sync::LazyLock;

use regex::Regex;

use super::document::Table;
use super::text::{fold, PageText};

const DAY_CODES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

const DAY: &str = r"lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const TIME: &str = r"(?:[01]?\d|2[0-3]) ?(?:h|:) ?(?:[0-5]\d)?";

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"\b(?:(?:du |de )?(?P<from>{DAY}) (?:au|a|-|tot|to) (?P<to>{DAY})|(?P<day>{DAY})|(?P<open>{TIME}) ?(?:a|-|tot|to|jusqu'a) ?(?P<close>{TIME})|(?P<closed>ferme|fermee|gesloten|closed))\b"
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("hours pattern: {e}"))
});

fn day_index(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('s');
    let groups: [&[&str]; 7] = [
        &["lundi", "maandag", "monday"],
        &["mardi", "dinsdag", "tuesday"],
        &["mercredi", "woensdag", "wednesday"],
        &["jeudi", "donderdag", "thursday"],
        &["vendredi", "vrijdag", "friday"],
        &["samedi", "zaterdag", "saturday"],
        &["dimanche", "zondag", "sunday"],
    ];
    groups
        .iter()
        .position(|g| g.contains(&w) || g.contains(&word))
}

fn minutes(time: &str) -> Option<u32> {
    let digits: Vec<&str> = time
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    let hours: u32 = digits.first()?.parse().ok()?;
    let mins: u32 = digits.get(1).map_or(Ok(0), |m| m.parse()).ok()?;
    (hours < 24 && mins < 60).then_some(hours * 60 + mins)
}

/// Opening hours read from some text: per day (Monday first), the intervals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week {
    days: [Vec<(u32, u32)>; 7],
}

impl Week {
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    /// `Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00`: consecutive days
    /// with the same hours grouped.
    pub fn to_osm(&self) -> String {
        let mut rules: Vec<String> = Vec::new();
        let mut d = 0;
        while d < 7 {
            if self.days[d].is_empty() {
                d += 1;
                continue;
            }
            let mut e = d;
            while e + 1 < 7 && self.days[e + 1] == self.days[d] {
                e += 1;
            }
            let days = match e - d {
                0 => DAY_CODES[d].to_owned(),
                1 => format!("{},{}", DAY_CODES[d], DAY_CODES[e]),
                _ => format!("{}-{}", DAY_CODES[d], DAY_CODES[e]),
            };
            let times: Vec<String> = self.days[d]
                .iter()
                .map(|(o, c)| format!("{:02}:{:02}-{:02}:{:02}", o / 60, o % 60, c / 60, c % 60))
                .collect();
            rules.push(format!("{days} {}", times.join(",")));
            d = e + 1;
        }
        rules.join("; ")
    }

    /// Reads day and time tokens in order: times apply to the days named
    /// just before them; a day named after a time starts a new group.
    fn read(&mut self, folded: &str) {
        let mut group: Vec<usize> = Vec::new();
        let mut group_has_times = false;
        let mut last_end = 0usize;
        for caps in TOKEN.captures_iter(folded) {
            let Some(whole) = caps.get(0) else { continue };
            // Tokens far apart belong to different statements.
            if whole.start().saturating_sub(last_end) > 60 {
                group.clear();
                group_has_times = false;
            }
            last_end = whole.end();
            let days: Vec<usize> = match (caps.name("from"), caps.name("to"), caps.name("day")) {
                (Some(f), Some(t), _) => match (day_index(f.as_str()), day_index(t.as_str())) {
                    (Some(f), Some(t)) if f <= t => (f..=t).collect(),
                    _ => Vec::new(),
                },
                (_, _, Some(d)) => day_index(d.as_str()).into_iter().collect(),
                _ => Vec::new(),
            };
            if !days.is_empty() {
                if group_has_times {
                    group.clear();
                    group_has_times = false;
                }
                group.extend(days);
                continue;
            }
            if caps.name("closed").is_some() {
                group.clear();
                group_has_times = false;
                continue;
            }
            if let (Some(o), Some(c)) = (caps.name("open"), caps.name("close")) {
                let (Some(open), Some(close)) = (minutes(o.as_str()), minutes(c.as_str())) else {
                    continue;
                };
                if close <= open || group.is_empty() {
                    continue;
                }
                group_has_times = true;
                for &d in &group {
                    if !self.days[d].contains(&(open, close)) {
                        self.days[d].push((open, close));
                        self.days[d].sort_unstable();
                    }
                }
            }
        }
    }
}

/// Hours given in chars `[from, to)` of the text (sentences or table rows).
pub fn read_text(text: &PageText, from: usize, to: usize) -> Week {
    let mut week = Week::default();
    for block in text.folded_range(from, to).split('\n') {
        week.read(block);
    }
    week
}

/// Hours given in a table, row by row (the day in a cell, the times in others).
pub fn read_table(table: &Table) -> Week {
    let mut week = Week::default();
    for row in &table.rows {
        week.read(&fold(&row.join(" ")));
    }
    week
}

/// Hours a person typed in words (a spreadsheet cell: « du lundi au vendredi
/// de 9h à 12h »), read as `scan` reads pages. `Complete` only when every
/// word of the cell was understood: a cell with more to say than days and
/// times (« sauf jours fériés », « le mardi soir ») is never shortened into
/// a confident answer, only offered as a suggestion.
#[derive(Debug, PartialEq, Eq)]
pub enum Typed {
    Complete(String),
    Partial(String),
    Unread,
}

pub fn read_typed(text: &str) -> Typed {
    let folded = fold(text);
    let mut week = Week::default();
    week.read(&folded);
    if week.is_empty() {
        return Typed::Unread;
    }
    let rest = TOKEN.replace_all(&folded, " ");
    let filler = [
        "du", "de", "d", "au", "le", "les", "et", "a", "puis", "ouvert", "horaires", "h",
    ];
    let understood = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| filler.contains(&w));
    if understood {
        Typed::Complete(week.to_osm())
    } else {
        Typed::Partial(week.to_osm())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osm(sentence: &str) -> String {
        let text = PageText::new(sentence);
        read_text(&text, 0, text.len()).to_osm()
    }

    #[test]
    fn french_sentences() {
        assert_eq!(
            osm("Ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h."),
            "Mo-Fr 08:30-12:00,13:30-17:00"
        );
        assert_eq!(
            osm("Du lundi au vendredi : 8h30-12h / 13h30-17h ; le samedi de 9h à 12h."),
            "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00"
        );
        assert_eq!(
            osm("Lundi, mardi et jeudi de 9:00 à 12:00. Mercredi : fermé."),
            "Mo,Tu 09:00-12:00; Th 09:00-12:00"
        );
        assert_eq!(osm("Les samedis de 9h à 11h45"), "Sa 09:00-11:45");
        assert_eq!(osm("Maandag tot vrijdag van 9u tot 12u"), "");
    }

    #[test]
    fn no_hours_without_days_or_times() {
        assert_eq!(osm("Délai de 8 à 10 semaines. Tarif : 25 €."), "");
        assert_eq!(osm("Le lundi 12 mars, réunion publique."), "");
        assert_eq!(osm("Rendez-vous de 9h à 12h."), "");
    }

    #[test]
    fn tables() {
        let table = Table {
            rows: vec![
                vec![
                    "Lundi".into(),
                    "8h30 - 12h00".into(),
                    "13h30 - 17h00".into(),
                ],
                vec![
                    "Mardi".into(),
                    "8h30 - 12h00".into(),
                    "13h30 - 17h00".into(),
                ],
                vec!["Mercredi".into(), "Fermé".into()],
                vec!["Samedi".into(), "9h - 12h".into()],
            ],
            start: 0,
            end: 0,
        };
        assert_eq!(
            read_table(&table).to_osm(),
            "Mo,Tu 08:30-12:00,13:30-17:00; Sa 09:00-12:00"
        );
    }

    #[test]
    fn typed_hours_are_read_only_when_every_word_is_understood() {
        for (typed, expected) in [
            ("lundi au vendredi 9h-12h", "Mo-Fr 09:00-12:00"),
            (
                "du lundi au vendredi de 8h30 à 12h et de 13h30 à 16h",
                "Mo-Fr 08:30-12:00,13:30-16:00",
            ),
            ("Samedi : 9h - 11h30", "Sa 09:00-11:30"),
        ] {
            assert_eq!(
                read_typed(typed),
                Typed::Complete(expected.into()),
                "{typed}"
            );
        }
        assert_eq!(
            read_typed("lundi au vendredi 9h-12h sauf jours fériés"),
            Typed::Partial("Mo-Fr 09:00-12:00".into())
        );
        assert_eq!(read_typed("sur rendez-vous"), Typed::Unread);
        assert_eq!(read_typed("Mo-Fr 09:00-12:00"), Typed::Unread);
    }

    #[test]
    fn the_output_is_valid_opening_hours() {
        let text =
            "du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h";
        assert!(crate::catalog::hours::parse(&osm(text)).is_ok());
    }
}
