//! JSON Resume dates: `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`.

use std::borrow::Cow;
use std::fmt;

use crate::language::Lang;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A date as precise as the student knows it: a year, a month or a day.
///
/// Stored as the JSON Resume string form; ordering compares the earliest
/// day each date can stand for, which is what « end before start » needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: u16,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of month, when known (only with a month).
    pub day: Option<u8>,
}

/// Why a date string was refused, as a French sentence for diagnostics.
pub const DATE_HELP: &str = "écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple « 2025-09 » ou « 2025-09-15 »";

impl PartialDate {
    /// Parses `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`, checking month and day ranges.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(number(m, 2)? as u8),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(number(d, 2)? as u8),
            None => None,
        };
        if parts.next().is_some() || !(1000..=2999).contains(&year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// The earliest day this date can stand for, as a sortable key.
    pub fn start_key(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The latest day this date can stand for, as a sortable key.
    pub fn end_key(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or(days_in_month(self.year, month)),
        )
    }

    /// `JJ/MM/AA` as the tableau de synthèse prints periods; a missing day is
    /// the first (for a start) or last (for an end) day of the period.
    pub fn tableau_form(self, is_end: bool) -> String {
        let (year, month, day) = if is_end {
            self.end_key()
        } else {
            self.start_key()
        };
        format!("{:02}/{:02}/{:02}", day, month, year % 100)
    }

    /// A human form in `lang`: « 1er septembre 2025 », "1 September 2025",
    /// « mars 2026 », "March 2026", « 2025 ».
    pub fn human(self, lang: Lang) -> String {
        let month = |m: u8| {
            let t = lang.wording();
            match m {
                1 => t.january(),
                2 => t.february(),
                3 => t.march(),
                4 => t.april(),
                5 => t.may(),
                6 => t.june(),
                7 => t.july(),
                8 => t.august(),
                9 => t.september(),
                10 => t.october(),
                11 => t.november(),
                _ => t.december(),
            }
        };
        match (self.month, self.day) {
            (Some(m), Some(1)) => {
                // A local: `format!` takes references, and one into the
                // table would keep all of it in the wasm.
                let first = lang.wording().first_of_month();
                format!("{first}\u{a0}{}\u{a0}{}", month(m), self.year)
            }
            (Some(m), Some(d)) => format!("{d}\u{a0}{}\u{a0}{}", month(m), self.year),
            (Some(m), None) => format!("{}\u{a0}{}", month(m), self.year),
            _ => self.year.to_string(),
        }
    }
}

/// « septembre 2025 – juin 2027 », « depuis mars 2026 », "since March
/// 2026", or nothing: how the site shows a period, in its language.
pub fn period(start: Option<PartialDate>, end: Option<PartialDate>, lang: Lang) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => s.human(lang),
        (Some(s), Some(e)) => format!("{} – {}", s.human(lang), e.human(lang)),
        (Some(s), None) => {
            let since = lang.wording().since();
            format!("{since}{}", s.human(lang))
        }
        (None, Some(e)) => {
            let until = lang.wording().until();
            format!("{until}{}", e.human(lang))
        }
        (None, None) => String::new(),
    }
}

fn number(text: &str, digits: usize) -> Option<u16> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        PartialDate::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "date invalide « {} » : {DATE_HELP}",
                crate::text::ellipsize(&text, 40)
            ))
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "Date au format AAAA, AAAA-MM ou AAAA-MM-JJ (format JSON Resume).",
            "pattern": "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_in_french() {
        let d = |s| PartialDate::parse(s);
        assert_eq!(
            period(d("2025-09"), d("2027-06"), Lang::French),
            "septembre\u{a0}2025 – juin\u{a0}2027"
        );
        assert_eq!(period(d("2026"), None, Lang::French), "depuis 2026");
        assert_eq!(
            period(None, d("2026-03"), Lang::French),
            "jusqu'en mars\u{a0}2026"
        );
        assert_eq!(period(d("2026"), d("2026"), Lang::French), "2026");
        assert_eq!(period(None, None, Lang::French), "");
        assert_eq!(
            period(d("2025-11-03"), d("2025-12-12"), Lang::English),
            "3\u{a0}November\u{a0}2025 – 12\u{a0}December\u{a0}2025"
        );
        assert_eq!(
            period(d("2026-03"), None, Lang::English),
            "since March\u{a0}2026"
        );
        assert_eq!(period(None, d("2026"), Lang::English), "until 2026");
    }

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(
            PartialDate::parse("2025"),
            Some(PartialDate {
                year: 2025,
                month: None,
                day: None
            })
        );
        assert_eq!(
            PartialDate::parse("2025-09"),
            Some(PartialDate {
                year: 2025,
                month: Some(9),
                day: None
            })
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").map(|d| d.day),
            Some(Some(29))
        );
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for bad in [
            "",
            "25",
            "2025-13",
            "2025-00",
            "2023-02-29",
            "2025-9",
            "2025-09-31",
            "2025/09",
            "2025-09-01-02",
            "+025",
            "２０２５",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn tableau_form_fills_the_missing_day_by_side() {
        let d = PartialDate::parse("2025-02").unwrap();
        assert_eq!(d.tableau_form(false), "01/02/25");
        assert_eq!(d.tableau_form(true), "28/02/25");
        assert_eq!(
            PartialDate::parse("2026").unwrap().tableau_form(true),
            "31/12/26"
        );
    }

    #[test]
    fn round_trips_and_reads_in_french() {
        let d = PartialDate::parse("2025-09-01").unwrap();
        assert_eq!(d.to_string(), "2025-09-01");
        assert_eq!(d.human(Lang::French), "1er\u{a0}septembre\u{a0}2025");
        assert_eq!(
            PartialDate::parse("2025-03").unwrap().human(Lang::French),
            "mars\u{a0}2025"
        );
    }
}
