//! The portfolio file: a superset of JSON Resume 1.x with the E5 extensions.
//!
//! Every JSON Resume section keeps its official name and shape, so a real
//! JSON Resume file loads unchanged and a Cyberfolio file stays valid against
//! the JSON Resume schema. The E5 additions live in their own top-level keys
//! (`exam`, `realisations`, `techWatch`, `documents`, `contact`, `site`,
//! `referential`) and in a few optional fields of `work` entries.
//!
//! The `#[schemars(description)]` texts are French: they are what a student
//! reads in their editor's tooltips.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::language::Lang;
use crate::referential::Referential;

/// The whole portfolio file, as written by the student.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    title = "Portfolio Cyberfolio (BTS SIO, épreuve E5)",
    description = "Fichier unique du portfolio : un CV JSON Resume 1.x complété des informations de l'épreuve E5 (réalisations professionnelles, veille, documents)."
)]
pub struct Portfolio {
    /// Editor hint pointing at the schema; kept so a round trip preserves it.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    #[schemars(
        description = "Chemin ou URL du schéma, pour l'autocomplétion de l'éditeur : « ../schema/portfolio.schema.json » pour data/portfolio.json."
    )]
    pub schema: Option<String>,
    #[schemars(description = "Identité et coordonnées (JSON Resume).")]
    pub basics: Basics,
    #[schemars(
        description = "Expériences : stages, alternance, emplois (JSON Resume). Un stage porte « kind »: \"internship\" et un identifiant « id »."
    )]
    pub work: Vec<Work>,
    #[schemars(description = "Formation : le BTS SIO et les études précédentes (JSON Resume).")]
    pub education: Vec<Education>,
    #[schemars(description = "Certifications obtenues (JSON Resume) : Pix, CCNA, MOOC ANSSI…")]
    pub certificates: Vec<Certificate>,
    #[schemars(
        description = "Compétences techniques par domaine, avec niveau et mots-clés (JSON Resume)."
    )]
    pub skills: Vec<Skill>,
    #[schemars(description = "Langues parlées (JSON Resume).")]
    pub languages: Vec<Language>,
    #[schemars(description = "Centres d'intérêt (JSON Resume).")]
    pub interests: Vec<Interest>,
    #[schemars(description = "Projets personnels hors réalisations E5 (JSON Resume).")]
    pub projects: Vec<Project>,
    #[schemars(description = "Métadonnées du CV (JSON Resume).")]
    pub meta: Option<Meta>,
    #[schemars(
        description = "En-tête du tableau de synthèse : option, numéro de candidat, centre de formation, session."
    )]
    pub exam: Option<Exam>,
    #[schemars(
        description = "Réalisations professionnelles présentées à l'épreuve E5, chacune avec les compétences qu'elle mobilise."
    )]
    pub realisations: Vec<Realisation>,
    #[schemars(
        description = "Veille technologique : sujet, méthode, outils, sources et articles résumés."
    )]
    pub tech_watch: Option<TechWatch>,
    #[schemars(
        description = "Documents téléchargeables : CV, attestations de stage (liées à leur stage), certificats."
    )]
    pub documents: Vec<Document>,
    #[schemars(
        description = "Options de la section Contact (l'adresse e-mail et les réseaux viennent de « basics »)."
    )]
    pub contact: Option<Contact>,
    #[schemars(
        description = "Réglages du site : langue, thème, description pour les moteurs de recherche, image de partage."
    )]
    pub site: Option<Site>,
    #[schemars(
        description = "Référentiel de compétences, à fournir seulement s'il diffère de celui du bloc 1 du BTS SIO livré avec Cyberfolio."
    )]
    pub referential: Option<Referential>,
}

/// Identity and contact details (JSON Resume `basics`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Identité et coordonnées (« basics » de JSON Resume).")]
pub struct Basics {
    #[schemars(description = "Prénom et nom, tels qu'ils figurent sur la convocation.")]
    pub name: String,
    #[schemars(description = "Titre affiché sous le nom : « Étudiant en BTS SIO option SISR ».")]
    pub label: Option<String>,
    #[schemars(description = "Photo : chemin relatif (« documents/photo.jpg ») ou URL https.")]
    pub image: Option<String>,
    #[schemars(description = "Adresse e-mail de contact.")]
    pub email: Option<String>,
    #[schemars(description = "Téléphone (facultatif).")]
    pub phone: Option<String>,
    #[schemars(description = "Site personnel (URL https).")]
    pub url: Option<String>,
    #[schemars(
        description = "Présentation courte (deux ou trois phrases) affichée en accueil et dans « À propos »."
    )]
    pub summary: Option<String>,
    #[schemars(description = "Ville et région.")]
    pub location: Option<Location>,
    #[schemars(description = "Profils sur les réseaux : GitHub, LinkedIn…")]
    pub profiles: Vec<Profile>,
}

/// Postal location (JSON Resume `basics.location`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    description = "Adresse (« basics.location » de JSON Resume) ; seule la ville est utile."
)]
pub struct Location {
    #[schemars(description = "Adresse postale (facultative, évitez de la publier).")]
    pub address: Option<String>,
    #[schemars(description = "Code postal.")]
    pub postal_code: Option<String>,
    #[schemars(description = "Ville.")]
    pub city: Option<String>,
    #[schemars(description = "Code pays ISO-3166-1 ALPHA-2 : « FR ».")]
    pub country_code: Option<String>,
    #[schemars(description = "Région.")]
    pub region: Option<String>,
}

/// A social or professional profile (JSON Resume `basics.profiles[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un profil sur un réseau social ou professionnel : GitHub, LinkedIn…")]
pub struct Profile {
    #[schemars(description = "Nom du réseau : « GitHub », « LinkedIn ».")]
    pub network: String,
    #[schemars(description = "Identifiant sur ce réseau.")]
    pub username: Option<String>,
    #[schemars(description = "URL du profil (https).")]
    pub url: Option<String>,
}

/// What kind of position a `work` entry is: the E5 rules treat internships
/// specially (they need a certificate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    description = "Nature de l'expérience : un stage doit avoir son attestation dans « documents »."
)]
pub enum WorkKind {
    /// Stage.
    Internship,
    /// Alternance.
    Apprenticeship,
    /// Emploi.
    Job,
}

impl WorkKind {
    /// A label for timelines: « Stage », « Alternance », « Emploi ».
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.wording();
        match self {
            WorkKind::Internship => t.kind_internship(),
            WorkKind::Apprenticeship => t.kind_apprenticeship(),
            WorkKind::Job => t.kind_job(),
        }
    }
}

/// An internship, apprenticeship or job (JSON Resume `work[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un stage, une alternance ou un emploi (« work » de JSON Resume).")]
pub struct Work {
    #[schemars(
        description = "Identifiant court (lettres minuscules, chiffres, tirets), pour lier réalisations et attestations à ce stage : « stage-1 »."
    )]
    pub id: Option<String>,
    #[schemars(
        description = "Nature : \"internship\" (stage), \"apprenticeship\" (alternance) ou \"job\" (emploi)."
    )]
    pub kind: Option<WorkKind>,
    #[schemars(description = "Nom de l'organisation.")]
    pub name: String,
    #[schemars(description = "Lieu.")]
    pub location: Option<String>,
    #[schemars(description = "Activité de l'organisation, en une phrase.")]
    pub description: Option<String>,
    #[schemars(description = "Poste occupé : « Stagiaire technicien systèmes et réseaux ».")]
    pub position: Option<String>,
    #[schemars(description = "Site de l'organisation (URL https).")]
    pub url: Option<String>,
    #[schemars(description = "Début : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub start_date: Option<PartialDate>,
    #[schemars(description = "Fin : AAAA, AAAA-MM ou AAAA-MM-JJ (vide si en cours).")]
    pub end_date: Option<PartialDate>,
    #[schemars(description = "Missions en quelques phrases.")]
    pub summary: Option<String>,
    #[schemars(description = "Missions ou résultats marquants, un par ligne.")]
    pub highlights: Vec<String>,
}

/// A course of study (JSON Resume `education[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une formation (« education » de JSON Resume).")]
pub struct Education {
    #[schemars(description = "Établissement.")]
    pub institution: String,
    #[schemars(description = "Site de l'établissement.")]
    pub url: Option<String>,
    #[schemars(
        description = "Spécialité : « Services informatiques aux organisations, option SISR »."
    )]
    pub area: Option<String>,
    #[schemars(description = "Diplôme : « BTS », « Baccalauréat ».")]
    pub study_type: Option<String>,
    #[schemars(description = "Début : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub start_date: Option<PartialDate>,
    #[schemars(description = "Fin : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub end_date: Option<PartialDate>,
    #[schemars(description = "Mention ou moyenne.")]
    pub score: Option<String>,
    #[schemars(description = "Matières ou modules marquants.")]
    pub courses: Vec<String>,
}

/// A certification (JSON Resume `certificates[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une certification obtenue (« certificates » de JSON Resume).")]
pub struct Certificate {
    #[schemars(description = "Intitulé : « Certification Pix », « SecNumacadémie (ANSSI) ».")]
    pub name: String,
    #[schemars(description = "Date d'obtention : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub date: Option<PartialDate>,
    #[schemars(description = "Organisme.")]
    pub issuer: Option<String>,
    #[schemars(description = "Preuve en ligne ou fichier (chemin relatif ou URL https).")]
    pub url: Option<String>,
}

/// A technical skill area (JSON Resume `skills[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un domaine de compétences techniques (« skills » de JSON Resume).")]
pub struct Skill {
    #[schemars(description = "Domaine : « Réseaux », « Systèmes », « Développement ».")]
    pub name: String,
    #[schemars(description = "Niveau : « Débutant », « Intermédiaire », « Avancé ».")]
    pub level: Option<String>,
    #[schemars(description = "Technologies du domaine : « VLAN », « pfSense ».")]
    pub keywords: Vec<String>,
}

/// A spoken language (JSON Resume `languages[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une langue parlée (« languages » de JSON Resume).")]
pub struct Language {
    #[schemars(description = "Langue.")]
    pub language: String,
    #[schemars(description = "Niveau : « Langue maternelle », « B2 ».")]
    pub fluency: Option<String>,
}

/// A hobby (JSON Resume `interests[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un centre d'intérêt (« interests » de JSON Resume).")]
pub struct Interest {
    #[schemars(description = "Centre d'intérêt.")]
    pub name: String,
    #[schemars(description = "Précisions.")]
    pub keywords: Vec<String>,
}

/// A personal project outside the E5 réalisations (JSON Resume `projects[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    description = "Un projet personnel, hors réalisations de l'épreuve E5 (« projects » de JSON Resume)."
)]
pub struct Project {
    #[schemars(description = "Nom du projet.")]
    pub name: String,
    #[schemars(description = "Description courte.")]
    pub description: Option<String>,
    #[schemars(description = "Points marquants.")]
    pub highlights: Vec<String>,
    #[schemars(description = "Technologies.")]
    pub keywords: Vec<String>,
    #[schemars(description = "Début : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub start_date: Option<PartialDate>,
    #[schemars(description = "Fin : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub end_date: Option<PartialDate>,
    #[schemars(description = "Lien (URL https).")]
    pub url: Option<String>,
    #[schemars(description = "Rôles tenus.")]
    pub roles: Vec<String>,
    #[schemars(description = "Organisation concernée.")]
    pub entity: Option<String>,
    #[schemars(description = "Type : « application », « site web »…")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// JSON Resume `meta`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Métadonnées du CV (« meta » de JSON Resume).")]
pub struct Meta {
    #[schemars(description = "URL de la version canonique du CV.")]
    pub canonical: Option<String>,
    #[schemars(description = "Version du fichier.")]
    pub version: Option<String>,
    #[schemars(description = "Date de dernière modification.")]
    pub last_modified: Option<String>,
}

/// The two options of the BTS SIO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(description = "L'option du BTS SIO : \"SISR\" ou \"SLAM\".")]
pub enum SioOption {
    /// Solutions d'infrastructure, systèmes et réseaux.
    #[serde(rename = "SISR")]
    Sisr,
    /// Solutions logicielles et applications métiers.
    #[serde(rename = "SLAM")]
    Slam,
}

impl SioOption {
    /// The option's code as printed in the tableau header.
    pub fn code(self) -> &'static str {
        match self {
            SioOption::Sisr => "SISR",
            SioOption::Slam => "SLAM",
        }
    }

    /// The option's full name, for the À propos section.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.wording();
        match self {
            SioOption::Sisr => t.option_sisr(),
            SioOption::Slam => t.option_slam(),
        }
    }
}

/// The candidate header of the tableau de synthèse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "L'en-tête candidat du tableau de synthèse.")]
pub struct Exam {
    #[schemars(description = "Option du BTS SIO : \"SISR\" ou \"SLAM\".")]
    pub option: Option<SioOption>,
    #[schemars(description = "Numéro de candidat (convocation).")]
    pub candidate_number: Option<String>,
    #[schemars(description = "Centre de formation.")]
    pub training_centre: Option<String>,
    #[schemars(description = "Session d'examen : « 2027 ».")]
    pub session: Option<String>,
    #[schemars(
        description = "Adresse publique complète du portfolio (https://…/), imprimée dans l'en-tête du tableau de synthèse avec son QR code ; chaque ligne du tableau imprimé porte le QR code de sa réalisation sur le site."
    )]
    pub portfolio_url: Option<String>,
    #[schemars(
        description = "Les réalisations présentées à l'oral, dans l'ordre des diapositives du mode présentation (leurs « id ») ; sans cette liste, toutes, dans l'ordre du fichier."
    )]
    pub presentation: Option<Vec<String>>,
}

/// The three official groups of rows of the tableau de synthèse.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[schemars(
    description = "Le cadre de la réalisation, qui la range dans l'un des trois groupes de lignes du tableau de synthèse."
)]
pub enum Cadre {
    /// Réalisations en cours de formation.
    #[serde(rename = "formation")]
    Formation,
    /// Réalisations en milieu professionnel en cours de première année.
    #[serde(rename = "pro1")]
    Pro1,
    /// Réalisations en milieu professionnel en cours de seconde année.
    #[serde(rename = "pro2")]
    Pro2,
}

impl Cadre {
    /// All cadres, in the tableau's order.
    pub const ALL: [Cadre; 3] = [Cadre::Formation, Cadre::Pro1, Cadre::Pro2];

    /// The code used in the file and in the URL (`?cadre=pro2`).
    pub fn code(self) -> &'static str {
        match self {
            Cadre::Formation => "formation",
            Cadre::Pro1 => "pro1",
            Cadre::Pro2 => "pro2",
        }
    }

    /// Parses a code from the URL; unknown codes are ignored by the caller.
    pub fn from_code(code: &str) -> Option<Cadre> {
        Cadre::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The heading of the tableau's row group, in the national model's words.
    pub fn tableau_heading(self) -> &'static str {
        match self {
            Cadre::Formation => "Réalisations en cours de formation",
            Cadre::Pro1 => "Réalisations en milieu professionnel en cours de première année",
            Cadre::Pro2 => "Réalisations en milieu professionnel en cours de seconde année",
        }
    }

    /// A short label for badges and filter chips, in the site's language.
    pub fn short_label(self, lang: Lang) -> &'static str {
        let t = lang.wording();
        match self {
            Cadre::Formation => t.cadre_formation(),
            Cadre::Pro1 => t.cadre_pro1(),
            Cadre::Pro2 => t.cadre_pro2(),
        }
    }
}

/// What a document attached to a réalisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(description = "Nature du document joint à la réalisation.")]
pub enum ResourceKind {
    /// A written document: procedure, report, specification.
    #[schemars(description = "Un document écrit : procédure, compte rendu, cahier des charges.")]
    Document,
    /// Something the candidate produced: configuration, script, diagram.
    #[schemars(description = "Une production : configuration, script, schéma.")]
    Production,
    /// Source code repository.
    #[schemars(description = "Un dépôt de code source.")]
    Code,
    /// A video or demo.
    #[schemars(description = "Une vidéo ou une démonstration.")]
    Video,
    /// Any other link.
    #[schemars(description = "Un autre lien.")]
    Link,
}

impl ResourceKind {
    /// A label shown next to the link.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.wording();
        match self {
            ResourceKind::Document => t.resource_document(),
            ResourceKind::Production => t.resource_production(),
            ResourceKind::Code => t.resource_code(),
            ResourceKind::Video => t.resource_video(),
            ResourceKind::Link => t.resource_link(),
        }
    }
}

/// A document or production attached to a réalisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un document ou une production joint à la réalisation.")]
pub struct Resource {
    #[schemars(description = "Titre du document : « Procédure d'installation de GLPI ».")]
    pub title: String,
    #[schemars(description = "Chemin relatif (« documents/procedure-glpi.pdf ») ou URL https.")]
    pub url: String,
    #[schemars(
        description = "Nature : \"document\", \"production\", \"code\", \"video\" ou \"link\"."
    )]
    pub kind: Option<ResourceKind>,
}

/// An illustration of a réalisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une illustration de la réalisation (capture, schéma).")]
pub struct Image {
    #[schemars(description = "Chemin relatif ou URL https de l'image.")]
    pub src: String,
    #[schemars(
        description = "Texte alternatif : ce que montre l'image, pour les lecteurs d'écran (obligatoire)."
    )]
    pub alt: String,
    #[schemars(description = "Légende affichée sous l'image.")]
    pub caption: Option<String>,
    #[schemars(description = "Largeur en pixels (évite les sauts de mise en page).")]
    pub width: Option<u32>,
    #[schemars(description = "Hauteur en pixels.")]
    pub height: Option<u32>,
}

/// A réalisation professionnelle: the unit the jury reads and questions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    description = "Une réalisation professionnelle : ce que le jury lit et sur quoi il vous interroge."
)]
pub struct Realisation {
    #[schemars(
        description = "Identifiant court et unique (lettres minuscules, chiffres, tirets) : il apparaît dans l'adresse de la page (« ?r=glpi-parc »)."
    )]
    pub id: String,
    #[schemars(
        description = "Intitulé de la réalisation, tel qu'il figure dans le tableau de synthèse."
    )]
    pub name: String,
    #[schemars(description = "Résumé en une ou deux phrases, affiché sur la carte.")]
    pub summary: Option<String>,
    #[schemars(description = "Début : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub start_date: Option<PartialDate>,
    #[schemars(description = "Fin : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub end_date: Option<PartialDate>,
    #[schemars(
        description = "Cadre : \"formation\" (en cours de formation), \"pro1\" (milieu professionnel, 1re année) ou \"pro2\" (milieu professionnel, 2e année)."
    )]
    pub cadre: Option<Cadre>,
    #[schemars(
        description = "Organisation (réelle ou fictive) pour laquelle la réalisation a été faite."
    )]
    pub organization: Option<String>,
    #[schemars(
        description = "Identifiant (« id ») de l'entrée « work » du stage où elle a été faite."
    )]
    pub work: Option<String>,
    #[schemars(description = "Contexte : l'organisation, l'existant, le besoin.")]
    pub context: Option<String>,
    #[schemars(description = "Objectifs, un par élément.")]
    pub objectives: Vec<String>,
    #[schemars(
        description = "Description du travail, en Markdown simple : paragraphes, listes « - », **gras**, *italique*, `code`, [liens](https://…)."
    )]
    pub description: Option<String>,
    #[schemars(
        description = "Votre contribution personnelle : ce que vous avez fait vous-même (le jury l'interroge). Markdown simple."
    )]
    pub contribution: Option<String>,
    #[schemars(description = "Taille de l'équipe (1 si travail individuel).")]
    pub team_size: Option<u32>,
    #[schemars(description = "Technologies et outils employés.")]
    pub technologies: Vec<String>,
    #[schemars(
        description = "Compétences mobilisées : codes du référentiel, au moins un. Un code de compétence (« B1.4 ») ou de sous-compétence (« B1.4.2 », qui compte pour B1.4)."
    )]
    pub competencies: Vec<String>,
    #[schemars(description = "Documents et productions associés.")]
    pub documents: Vec<Resource>,
    #[schemars(description = "Captures et illustrations, chacune avec un texte alternatif.")]
    pub images: Vec<Image>,
}

/// A summarised article of the veille.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Un article de veille, résumé.")]
pub struct Article {
    #[schemars(description = "Titre de l'article.")]
    pub title: String,
    #[schemars(description = "URL de l'article (https).")]
    pub url: Option<String>,
    #[schemars(description = "Source : « CERT-FR », « Le Monde Informatique ».")]
    pub source: Option<String>,
    #[schemars(description = "Date de publication : AAAA, AAAA-MM ou AAAA-MM-JJ.")]
    pub date: Option<PartialDate>,
    #[schemars(description = "Votre résumé, en Markdown simple.")]
    pub summary: Option<String>,
}

/// The veille technologique section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "La veille technologique.")]
pub struct TechWatch {
    #[schemars(description = "Sujet de la veille.")]
    pub subject: String,
    #[schemars(description = "Pourquoi ce sujet, en quelques phrases (Markdown simple).")]
    pub introduction: Option<String>,
    #[schemars(description = "Méthode : fréquence, tri, archivage (Markdown simple).")]
    pub method: Option<String>,
    #[schemars(description = "Outils : agrégateur RSS, alertes, réseaux…")]
    pub tools: Vec<String>,
    #[schemars(description = "Sources suivies.")]
    pub sources: Vec<WatchSource>,
    #[schemars(description = "Articles résumés, du plus récent au plus ancien.")]
    pub articles: Vec<Article>,
}

/// A source followed by the veille.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Une source suivie pour la veille.")]
pub struct WatchSource {
    #[schemars(description = "Nom de la source.")]
    pub name: String,
    #[schemars(description = "URL (https).")]
    pub url: Option<String>,
}

/// What a downloadable document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(description = "Nature du document : une attestation de stage porte \"certificate\".")]
pub enum DocumentKind {
    /// Curriculum vitae.
    #[schemars(description = "Curriculum vitae.")]
    Cv,
    /// Attestation de stage or certificat de travail.
    #[schemars(description = "Attestation de stage ou certificat de travail.")]
    Certificate,
    /// Proof of a certification (Pix, CCNA…).
    #[schemars(description = "Preuve d'une certification (Pix, CCNA…).")]
    Certification,
    /// Anything else.
    #[schemars(description = "Autre document.")]
    Other,
}

impl DocumentKind {
    /// A label for the Documents section.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.wording();
        match self {
            DocumentKind::Cv => t.document_cv(),
            DocumentKind::Certificate => t.document_certificate(),
            DocumentKind::Certification => t.document_certification(),
            DocumentKind::Other => t.document_other(),
        }
    }
}

/// A downloadable document of the Documents section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(
    description = "Un document téléchargeable de la section Documents (CV, attestations de stage, certifications)."
)]
pub struct Document {
    #[schemars(description = "Titre : « Attestation de stage — Mairie de Rochefort ».")]
    pub title: String,
    #[schemars(
        description = "Nature : \"cv\", \"certificate\" (attestation de stage ou certificat de travail), \"certification\" ou \"other\"."
    )]
    pub kind: Option<DocumentKind>,
    #[schemars(
        description = "Chemin relatif (« documents/attestation-stage-1.pdf ») ou URL https."
    )]
    pub url: String,
    #[schemars(
        description = "Pour une attestation : l'identifiant (« id ») de l'entrée « work » du stage."
    )]
    pub work: Option<String>,
}

/// Options of the Contact section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Options de la section Contact.")]
pub struct Contact {
    #[schemars(
        description = "Adresse d'envoi d'un formulaire statique (Formspree, Getform…), en https. Sans elle, le bouton ouvre la messagerie."
    )]
    pub form_endpoint: Option<String>,
    #[schemars(description = "Phrase d'invitation au-dessus des coordonnées.")]
    pub message: Option<String>,
}

/// The colour theme used when the visitor has not chosen one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(description = "Le thème de couleurs affiché tant que le visiteur n'en a pas choisi un.")]
pub enum Theme {
    /// Follow the visitor's system preference.
    #[schemars(description = "Celui du système du visiteur.")]
    Auto,
    /// Light.
    #[schemars(description = "Clair.")]
    Light,
    /// Dark.
    #[schemars(description = "Sombre.")]
    Dark,
}

/// Site-wide settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
#[schemars(description = "Réglages du site.")]
pub struct Site {
    #[schemars(
        description = "Langue de l'interface du site : \"fr\" (par défaut) ou \"en\", éventuellement avec une région (\"en-GB\"). En anglais, le référentiel traduit est utilisé, et le tableau de synthèse garde sa rédaction officielle en français.",
        regex(pattern = r"^([fF][rR]|[eE][nN])(-[A-Za-z0-9]{1,8})*$")
    )]
    pub language: Option<String>,
    #[schemars(
        description = "Thème par défaut : \"auto\" (celui du système), \"light\" ou \"dark\"."
    )]
    pub theme: Option<Theme>,
    #[schemars(
        description = "Description pour les moteurs de recherche (150 caractères environ)."
    )]
    pub description: Option<String>,
    #[schemars(description = "Image de partage (OpenGraph), chemin relatif ou URL https.")]
    pub og_image: Option<String>,
    #[schemars(
        description = "Hébergeur du site, pour les mentions légales : « GitHub Pages (GitHub Inc.) »."
    )]
    pub host: Option<String>,
}

impl Portfolio {
    /// The interface's language: `site.language`'s (`fr`, `en-GB`…),
    /// French when the file names none or one the interface does not speak
    /// (the validator refuses the latter).
    pub fn language(&self) -> Lang {
        self.site
            .as_ref()
            .and_then(|site| site.language.as_deref())
            .and_then(Lang::of_tag)
            .unwrap_or_default()
    }
}
