//! The tableau de synthèse, as the national model lays it out.

use crate::date::PartialDate;
use crate::filter::{competency_mask, ViewState};
use crate::language::Lang;
use crate::portfolio::{Cadre, Portfolio};
use crate::referential::Referential;
use crate::url::{full_web_address, view_address};

/// The whole tableau: header, columns, three row groups, coverage.
#[derive(Debug, Clone, PartialEq)]
pub struct Tableau {
    /// « NOM et prénom(s) ».
    pub name: String,
    /// « N° candidat ».
    pub candidate_number: String,
    /// « Centre de formation ».
    pub training_centre: String,
    /// « Option : SISR / SLAM » (the code, empty when unknown).
    pub option: String,
    /// « Adresse URL du portfolio ».
    pub portfolio_url: String,
    /// Exam session, when given.
    pub session: String,
    /// One column per competency, in référentiel order.
    pub columns: Vec<Column>,
    /// The three official row groups, always all three, in order.
    pub groups: Vec<Group>,
    /// For each column, how many réalisations mobilise it.
    pub coverage: Vec<usize>,
}

/// A competency column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// `B1.1`.
    pub code: String,
    /// The full label.
    pub label: String,
    /// The sub-competencies' labels, which the header may print.
    pub sub_competencies: Vec<String>,
}

/// A row group: one cadre.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The cadre.
    pub cadre: Cadre,
    /// The official heading.
    pub heading: &'static str,
    /// The rows, in file order.
    pub rows: Vec<Row>,
}

/// One réalisation of the tableau.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The réalisation's id (for links from the tableau).
    pub id: String,
    /// « intitulé ».
    pub name: String,
    /// « liste des documents et productions associés ».
    pub documents: Vec<String>,
    /// « du JJ/MM/AA au JJ/MM/AA ».
    pub period: String,
    /// One mark per column.
    pub marks: Vec<bool>,
    /// The sub-competency codes explicitly named, per column.
    pub sub_marks: Vec<Vec<String>>,
}

impl Tableau {
    /// Builds the tableau of a portfolio.
    ///
    /// The tableau is the exam's French document: a site in another
    /// language that uses the shipped référentiel (its translation) gets
    /// the official French wording in the tableau's columns.
    pub fn new(portfolio: &Portfolio, referential: &Referential) -> Tableau {
        let official;
        let referential = if portfolio.referential.is_none() && portfolio.language() != Lang::French
        {
            official = Referential::bts_sio();
            &official
        } else {
            referential
        };
        let exam = portfolio.exam.clone().unwrap_or_default();
        let columns: Vec<Column> = referential
            .competencies
            .iter()
            .map(|c| Column {
                code: c.code.clone(),
                label: c.label.clone(),
                sub_competencies: c.sub_competencies.iter().map(|s| s.label.clone()).collect(),
            })
            .collect();
        let groups: Vec<Group> = Cadre::ALL
            .into_iter()
            .map(|cadre| Group {
                cadre,
                heading: cadre.tableau_heading(),
                rows: portfolio
                    .realisations
                    .iter()
                    .filter(|r| r.cadre == Some(cadre))
                    .map(|r| {
                        let mask = competency_mask(r, referential);
                        Row {
                            id: r.id.clone(),
                            name: r.name.clone(),
                            documents: r.documents.iter().map(|d| d.title.clone()).collect(),
                            period: period(r.start_date, r.end_date),
                            marks: (0..columns.len())
                                .map(|i| i < 64 && mask & (1 << i) != 0)
                                .collect(),
                            sub_marks: referential
                                .competencies
                                .iter()
                                .map(|c| {
                                    c.sub_competencies
                                        .iter()
                                        .filter(|s| r.competencies.contains(&s.code))
                                        .map(|s| s.code.clone())
                                        .collect()
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect();
        let coverage = (0..columns.len())
            .map(|i| {
                groups
                    .iter()
                    .flat_map(|g| &g.rows)
                    .filter(|r| r.marks[i])
                    .count()
            })
            .collect();
        Tableau {
            name: portfolio.basics.name.clone(),
            candidate_number: exam.candidate_number.unwrap_or_default(),
            training_centre: exam.training_centre.unwrap_or_default(),
            option: exam
                .option
                .map(|o| o.code().to_string())
                .unwrap_or_default(),
            portfolio_url: exam.portfolio_url.unwrap_or_default(),
            session: exam.session.unwrap_or_default(),
            columns,
            groups,
            coverage,
        }
    }

    /// The candidate header of the national model, label by label, as the
    /// site and the exports print it (an unknown option reads « SISR / SLAM »,
    /// to be circled by hand as on the paper form).
    pub fn candidate_header(&self) -> [(&'static str, String); 5] {
        [
            ("NOM et prénom(s)", self.name.clone()),
            ("N° candidat", self.candidate_number.clone()),
            ("Centre de formation", self.training_centre.clone()),
            (
                "Option",
                if self.option.is_empty() {
                    "SISR / SLAM".to_string()
                } else {
                    self.option.clone()
                },
            ),
            ("Adresse URL du portfolio", self.portfolio_url.clone()),
        ]
    }

    /// The published site's address, when `exam.portfolioUrl` is a full
    /// web address: the printed tableau's header carries it as a QR code,
    /// so that a jury member with the paper opens the site on a phone.
    pub fn site_address(&self) -> Option<&str> {
        full_web_address(&self.portfolio_url)
    }

    /// The address of réalisation `id`'s detail on the published site
    /// (`?r=<id>`, as the site shares it), which its printed row carries as
    /// a QR code; `None` without a [`Tableau::site_address`].
    pub fn realisation_address(&self, id: &str) -> Option<String> {
        let view = ViewState {
            open: Some(id.to_string()),
            ..ViewState::default()
        };
        Some(view_address(self.site_address()?, &view.to_query()))
    }

    /// The codes of the competencies no réalisation mobilises.
    pub fn uncovered(&self) -> Vec<&str> {
        self.columns
            .iter()
            .zip(&self.coverage)
            .filter(|(_, &n)| n == 0)
            .map(|(c, _)| c.code.as_str())
            .collect()
    }

    /// Number of rows in all groups.
    pub fn row_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }
}

/// « du JJ/MM/AA au JJ/MM/AA », « depuis le JJ/MM/AA » or nothing.
pub fn period(start: Option<PartialDate>, end: Option<PartialDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("du {} au {}", s.tableau_form(false), e.tableau_form(true)),
        (Some(s), None) => format!("depuis le {}", s.tableau_form(false)),
        (None, Some(e)) => format!("jusqu'au {}", e.tableau_form(true)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::{Exam, Realisation, Resource, SioOption};

    fn portfolio() -> Portfolio {
        let r = |id: &str, cadre, codes: &[&str], start: &str, end: &str| Realisation {
            id: id.into(),
            name: format!("Réalisation {id}"),
            cadre: Some(cadre),
            competencies: codes.iter().map(|c| c.to_string()).collect(),
            start_date: PartialDate::parse(start),
            end_date: PartialDate::parse(end),
            documents: vec![Resource {
                title: format!("Doc {id}"),
                url: "documents/x.pdf".into(),
                kind: None,
            }],
            ..Realisation::default()
        };
        let mut p = Portfolio::default();
        p.basics.name = "Léa Martin".into();
        p.exam = Some(Exam {
            option: Some(SioOption::Sisr),
            candidate_number: Some("0123".into()),
            ..Exam::default()
        });
        p.realisations = vec![
            r(
                "a",
                Cadre::Pro2,
                &["B1.1.5", "B1.5"],
                "2026-01-05",
                "2026-02-13",
            ),
            r("b", Cadre::Formation, &["B1.4"], "2025-10", "2025-11"),
            r("c", Cadre::Formation, &["B1.2", "B1.4.1"], "2025", ""),
        ];
        p
    }

    #[test]
    fn rows_fall_in_the_three_official_groups() {
        let t = Tableau::new(&portfolio(), &Referential::bts_sio());
        let ids: Vec<Vec<&str>> = t
            .groups
            .iter()
            .map(|g| g.rows.iter().map(|r| r.id.as_str()).collect())
            .collect();
        assert_eq!(ids, vec![vec!["b", "c"], vec![], vec!["a"]]);
        assert_eq!(
            t.groups[1].heading,
            "Réalisations en milieu professionnel en cours de première année"
        );
        assert_eq!(
            (
                t.option.as_str(),
                t.candidate_number.as_str(),
                t.row_count()
            ),
            ("SISR", "0123", 3)
        );
    }

    #[test]
    fn periods_use_the_national_form() {
        let t = Tableau::new(&portfolio(), &Referential::bts_sio());
        assert_eq!(t.groups[2].rows[0].period, "du 05/01/26 au 13/02/26");
        assert_eq!(t.groups[0].rows[0].period, "du 01/10/25 au 30/11/25");
        assert_eq!(t.groups[0].rows[1].period, "depuis le 01/01/25");
    }

    #[test]
    fn marks_sub_marks_and_coverage() {
        let t = Tableau::new(&portfolio(), &Referential::bts_sio());
        let a = &t.groups[2].rows[0];
        assert_eq!(a.marks, [true, false, false, false, true, false]);
        assert_eq!(a.sub_marks[0], ["B1.1.5"]);
        assert_eq!(a.documents, ["Doc a"]);
        assert_eq!(t.coverage, [1, 1, 0, 2, 1, 0]);
        assert_eq!(t.uncovered(), ["B1.3", "B1.6"]);
    }

    #[test]
    fn the_printed_rows_point_to_their_realisation_on_the_published_site() {
        let mut t = Tableau::new(&portfolio(), &Referential::bts_sio());
        t.portfolio_url = " https://camille.github.io/portfolio/ ".into();
        assert_eq!(
            t.site_address(),
            Some("https://camille.github.io/portfolio/")
        );
        assert_eq!(
            t.realisation_address("vlan pfsense").as_deref(),
            Some("https://camille.github.io/portfolio/?r=vlan%20pfsense")
        );
        for missing in ["", "camille.github.io/portfolio/", "javascript:alert(1)"] {
            t.portfolio_url = missing.into();
            assert_eq!(t.site_address(), None, "{missing:?}");
            assert_eq!(t.realisation_address("a"), None, "{missing:?}");
        }
    }
}
