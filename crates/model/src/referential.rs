//! The référentiel: the competencies of the block, as data.
//!
//! The wording changes between exam sessions, so it lives in a JSON file
//! (`data/referentiel-bts-sio-bloc1.json`) rather than in code, and a
//! portfolio may bring its own.

use schemars::JsonSchema;

use crate::language::Lang;
use serde::{Deserialize, Serialize};

/// The référentiel shipped with Cyberfolio: bloc 1 of the BTS SIO.
pub const DEFAULT_REFERENTIAL_JSON: &str = include_str!("../data/referentiel-bts-sio-bloc1.json");

/// Its English translation, the default of an English site: the same
/// codes, in the same order, so that every rule of the validator reads
/// both alike.
pub const ENGLISH_REFERENTIAL_JSON: &str =
    include_str!("../data/referentiel-bts-sio-bloc1.en.json");

/// A set of competencies, each with its sub-competencies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un référentiel : des compétences et leurs sous-compétences.")]
pub struct Referential {
    #[schemars(description = "Identifiant du référentiel.")]
    pub id: String,
    #[schemars(description = "Intitulé du bloc de compétences.")]
    pub title: String,
    #[schemars(
        description = "Les compétences du bloc, dans l'ordre des colonnes du tableau de synthèse."
    )]
    pub competencies: Vec<Competency>,
}

/// One competency of the block (a column of the tableau).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une compétence du bloc (une colonne du tableau de synthèse).")]
pub struct Competency {
    #[schemars(description = "Code stable : « B1.1 ».")]
    pub code: String,
    #[schemars(description = "Libellé exact du référentiel.")]
    pub label: String,
    #[schemars(description = "Libellé court pour les badges et les en-têtes étroits.")]
    pub short: Option<String>,
    #[schemars(description = "Sous-compétences.")]
    pub sub_competencies: Vec<SubCompetency>,
}

/// A sub-competency (a line under a column header of the tableau).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    description = "Une sous-compétence (une ligne sous l'en-tête d'une colonne du tableau de synthèse)."
)]
pub struct SubCompetency {
    #[schemars(description = "Code stable : « B1.1.5 ».")]
    pub code: String,
    #[schemars(description = "Libellé exact du référentiel.")]
    pub label: String,
}

impl Competency {
    /// Whether a réalisation's codes mobilise this competency: its own code
    /// or one of its sub-competencies' codes.
    pub fn is_mobilised_by(&self, codes: &[String]) -> bool {
        codes
            .iter()
            .any(|code| *code == self.code || self.sub_competencies.iter().any(|s| s.code == *code))
    }

    /// The short label when there is one, the full label otherwise.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.label)
    }
}

impl Referential {
    /// The BTS SIO bloc 1 référentiel shipped with the app, in the
    /// official French wording (the tableau de synthèse's).
    pub fn bts_sio() -> Referential {
        Referential::shipped(Lang::French)
    }

    /// The shipped référentiel in `lang`: what a site uses when its
    /// portfolio brings none.
    pub fn shipped(lang: Lang) -> Referential {
        let json = match lang {
            Lang::French => DEFAULT_REFERENTIAL_JSON,
            Lang::English => ENGLISH_REFERENTIAL_JSON,
        };
        // The files are part of the crate and covered by a test: a failure
        // here is a build defect, not user input.
        crate::json::parse(json)
            .ok()
            .and_then(|root| crate::decode::decode(&root).ok())
            .expect("the shipped référentiel is valid")
    }

    /// The competency with this code, if any.
    pub fn competency(&self, code: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.code == code)
    }

    /// The competency a code designates: itself for a competency code, its
    /// parent for a sub-competency code; `None` for an unknown code.
    pub fn competency_of(&self, code: &str) -> Option<&Competency> {
        self.competencies
            .iter()
            .find(|c| c.code == code || c.sub_competencies.iter().any(|s| s.code == code))
    }

    /// The label of a sub-competency code, if it is one.
    pub fn sub_competency(&self, code: &str) -> Option<&SubCompetency> {
        self.competencies
            .iter()
            .flat_map(|c| &c.sub_competencies)
            .find(|s| s.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_referential_has_the_six_competencies_in_order() {
        let r = Referential::bts_sio();
        let codes: Vec<_> = r.competencies.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["B1.1", "B1.2", "B1.3", "B1.4", "B1.5", "B1.6"]);
        let subs: usize = r
            .competencies
            .iter()
            .map(|c| c.sub_competencies.len())
            .sum();
        assert_eq!(
            subs, 22,
            "6 + 3 + 3 + 3 + 3 + 4 sub-competencies, as in the official annex"
        );
        assert_eq!(r.competencies[3].label, "Travailler en mode projet");
    }

    #[test]
    fn every_sub_code_starts_with_its_parent_code() {
        for c in Referential::bts_sio().competencies {
            for (i, s) in c.sub_competencies.iter().enumerate() {
                assert_eq!(s.code, format!("{}.{}", c.code, i + 1));
            }
        }
    }

    #[test]
    fn wording_uses_one_apostrophe_consistently() {
        assert!(!DEFAULT_REFERENTIAL_JSON.contains('\u{2019}'));
        assert!(!ENGLISH_REFERENTIAL_JSON.contains('\u{2019}'));
    }

    #[test]
    fn the_english_referential_has_the_same_codes_translated() {
        let (french, english) = (Referential::bts_sio(), Referential::shipped(Lang::English));
        let codes = |r: &Referential| -> Vec<String> {
            r.competencies
                .iter()
                .flat_map(|c| {
                    std::iter::once(c.code.clone())
                        .chain(c.sub_competencies.iter().map(|s| s.code.clone()))
                })
                .collect()
        };
        assert_eq!(codes(&french), codes(&english));
        let labels = |r: &Referential| -> Vec<String> {
            r.competencies
                .iter()
                .flat_map(|c| {
                    std::iter::once(c.label.clone())
                        .chain(c.sub_competencies.iter().map(|s| s.label.clone()))
                })
                .collect()
        };
        for (f, e) in labels(&french).iter().zip(labels(&english)) {
            assert_ne!(*f, e, "not translated");
        }
        assert_eq!(english.competencies[3].label, "Work in project mode");
    }

    #[test]
    fn codes_resolve_to_their_competency() {
        let r = Referential::bts_sio();
        assert_eq!(
            r.competency_of("B1.5.2").map(|c| c.code.as_str()),
            Some("B1.5")
        );
        assert_eq!(
            r.competency_of("B1.5").map(|c| c.code.as_str()),
            Some("B1.5")
        );
        assert!(r.competency_of("B1.7").is_none());
        assert_eq!(
            r.sub_competency("B1.1.5").map(|s| s.label.as_str()),
            Some("Gérer des sauvegardes")
        );
        let codes = ["B1.5.2".to_string(), "B1.1".to_string()];
        let mobilised: Vec<&str> = r
            .competencies
            .iter()
            .filter(|c| c.is_mobilised_by(&codes))
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(mobilised, ["B1.1", "B1.5"]);
    }
}
