//! The presentation mode's slides, made from the portfolio with no new
//! data: what a candidate shows in the ten minutes of the épreuve E5 before
//! the jury's questions. `exam.presentation` may choose and order the
//! réalisations' slides.

use crate::portfolio::Portfolio;

/// One slide, in the order [`slides`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The candidate: name, option, session, training centre.
    Title,
    /// Education and internships, as a timeline.
    Path,
    /// The competencies, with how many réalisations cover each, and which.
    Competencies,
    /// One réalisation, by its index in `portfolio.realisations`.
    Realisation(usize),
    /// The veille technologique.
    Watch,
    /// The portfolio's address, and its QR code.
    Closing,
}

/// The slides of `portfolio`: the title, the path (when there is
/// education or work to show), the competencies, the réalisations (those
/// of `exam.presentation`, in its order, or all of them in the file's),
/// the veille (when there is one), the closing slide.
pub fn slides(portfolio: &Portfolio) -> Vec<Slide> {
    let mut slides = vec![Slide::Title];
    if !portfolio.education.is_empty() || !portfolio.work.is_empty() {
        slides.push(Slide::Path);
    }
    slides.push(Slide::Competencies);
    slides.extend(presented(portfolio).into_iter().map(Slide::Realisation));
    if portfolio.tech_watch.is_some() {
        slides.push(Slide::Watch);
    }
    slides.push(Slide::Closing);
    slides
}

/// The indices of the réalisations presented, in order: those
/// `exam.presentation` names (an unknown or repeated id, which the
/// validator refuses, is skipped), or all when it names none.
pub fn presented(portfolio: &Portfolio) -> Vec<usize> {
    let chosen = portfolio
        .exam
        .as_ref()
        .and_then(|e| e.presentation.as_deref());
    match chosen.filter(|ids| !ids.is_empty()) {
        Some(ids) => {
            let mut indices: Vec<usize> = Vec::new();
            for id in ids {
                let found = portfolio.realisations.iter().position(|r| &r.id == id);
                if let Some(i) = found.filter(|i| !indices.contains(i)) {
                    indices.push(i);
                }
            }
            indices
        }
        None => (0..portfolio.realisations.len()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_str;

    fn portfolio(extra: &str) -> Portfolio {
        let json = format!(
            r#"{{ "basics": {{ "name": "A" }}, {extra}
              "realisations": [
                {{ "id": "a", "name": "A", "cadre": "formation", "competencies": ["B1.1"] }},
                {{ "id": "b", "name": "B", "cadre": "pro1", "competencies": ["B1.2"] }},
                {{ "id": "c", "name": "C", "cadre": "pro2", "competencies": ["B1.3"] }}
              ] }}"#
        );
        load_str(&json).expect("loads").portfolio
    }

    #[test]
    fn every_realisation_in_file_order_without_a_choice() {
        assert_eq!(
            slides(&portfolio("")),
            [
                Slide::Title,
                Slide::Competencies,
                Slide::Realisation(0),
                Slide::Realisation(1),
                Slide::Realisation(2),
                Slide::Closing
            ]
        );
    }

    #[test]
    fn the_chosen_realisations_in_the_chosen_order_with_the_path_and_the_veille() {
        let p = portfolio(
            r#""exam": { "presentation": ["c", "a"] },
               "work": [{ "id": "s", "name": "Mairie", "kind": "internship" }],
               "techWatch": { "subject": "MFA" },"#,
        );
        assert_eq!(
            slides(&p),
            [
                Slide::Title,
                Slide::Path,
                Slide::Competencies,
                Slide::Realisation(2),
                Slide::Realisation(0),
                Slide::Watch,
                Slide::Closing
            ]
        );
    }

    #[test]
    fn an_empty_choice_presents_every_realisation_and_is_warned_about() {
        let json = r#"{ "basics": { "name": "A" }, "exam": { "presentation": [] },
          "realisations": [{ "id": "a", "name": "A", "cadre": "formation", "competencies": ["B1.1"] }] }"#;
        let loaded = load_str(json).expect("loads");
        assert_eq!(presented(&loaded.portfolio), [0]);
        assert!(loaded
            .warnings
            .iter()
            .any(|w| w.path.to_string() == "exam.presentation" && w.message.contains("vide")));
    }

    #[test]
    fn unknown_and_repeated_ids_are_refused_where_they_are() {
        let json = r#"{ "basics": { "name": "A" }, "exam": { "presentation": ["a", "zz", "a"] },
          "realisations": [{ "id": "a", "name": "A", "cadre": "formation", "competencies": ["B1.1"] }] }"#;
        let paths: Vec<String> = match load_str(json) {
            Err(e) => e
                .diagnostics()
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.path.to_string())
                .collect(),
            Ok(_) => panic!("refused"),
        };
        assert_eq!(paths, ["exam.presentation[1]", "exam.presentation[2]"]);
    }
}
