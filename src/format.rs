//! French display helpers for dates and counts.

use cyberfolio_model::PartialDate;

/// « septembre 2025 – juin 2027 », « depuis mars 2026 », or nothing.
pub fn period(start: Option<PartialDate>, end: Option<PartialDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => s.french(),
        (Some(s), Some(e)) => format!("{} – {}", s.french(), e.french()),
        (Some(s), None) => format!("depuis {}", s.french()),
        (None, Some(e)) => format!("jusqu'en {}", e.french()),
        (None, None) => String::new(),
    }
}

/// « 1 réalisation », « 3 réalisations », « aucune réalisation ».
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    match n {
        0 => format!("aucune {singular}"),
        1 => format!("1\u{a0}{singular}"),
        n => format!("{n}\u{a0}{plural}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_counts_read_in_french() {
        let d = |s| PartialDate::parse(s);
        assert_eq!(
            period(d("2025-09"), d("2027-06")),
            "septembre\u{a0}2025 – juin\u{a0}2027"
        );
        assert_eq!(period(d("2026"), None), "depuis 2026");
        assert_eq!(
            count(0, "réalisation", "réalisations"),
            "aucune réalisation"
        );
        assert_eq!(
            count(3, "réalisation", "réalisations"),
            "3\u{a0}réalisations"
        );
    }
}
