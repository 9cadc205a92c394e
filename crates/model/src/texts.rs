//! Every text of the interface, in one table: the labels, buttons, headings
//! and messages that the components, the exports and the error pages show,
//! and the sentences they compose (the result line of the filters, what to
//! loosen when nothing matches). The portfolio's own texts and the
//! référentiel's wording are data, not here.
//!
//! The components read [`Texts`] through one function
//! (`cyberfolio_ui::texts`); `public/init.js` reads the few it needs from
//! the written page (`data-` attributes), never from literals of its own.
//! A second language is a second [`Texts`] value.

use crate::diagnostic::{megabytes, LoadError};
use crate::filter::{Combine, Filter};
use crate::language::Lang;
use crate::text::count;

/// Declares [`Texts`] and [`Texts::entries`], which lists every field:
/// one list of fields, so that a text added to the table is in the tests
/// that compare the languages.
macro_rules! texts_table {
    (
        $(#[$meta:meta])*
        pub struct Texts { $( $(#[$field_meta:meta])* pub $field:ident: $kind:ty, )* }
    ) => {
        $(#[$meta])*
        pub struct Texts { $( $(#[$field_meta])* pub $field: $kind, )* }

        impl Texts {
            /// Every text of the table, by field name. For the tests that
            /// look for one language's texts in a page of the other; the
            /// wasm never calls it.
            pub fn entries(&self) -> Vec<(&'static str, Vec<&'static str>)> {
                vec![$((stringify!($field), TextParts::parts(&self.$field)),)*]
            }
        }
    };
}

/// The texts of one field of the table: a text, or the parts a sentence is
/// built around.
trait TextParts {
    fn parts(&self) -> Vec<&'static str>;
}

impl TextParts for &'static str {
    fn parts(&self) -> Vec<&'static str> {
        vec![*self]
    }
}

impl TextParts for (&'static str, &'static str) {
    fn parts(&self) -> Vec<&'static str> {
        vec![self.0, self.1]
    }
}

impl TextParts for (&'static str, &'static str, &'static str) {
    fn parts(&self) -> Vec<&'static str> {
        vec![self.0, self.1, self.2]
    }
}

impl<const N: usize> TextParts for [&'static str; N] {
    fn parts(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

texts_table! {
/// The interface's texts, one field each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    // The page.
    /// The sections' names in the navigation: Accueil, À propos,
    /// Compétences, Expériences, Réalisations, Tableau de synthèse, Veille,
    /// Documents, Contact.
    pub section_names: [&'static str; 9],
    /// The link that skips the navigation.
    pub skip_link: &'static str,
    /// The navigation's accessible name.
    pub navigation: &'static str,
    /// The theme switch's accessible name.
    pub dark_theme: &'static str,
    /// The footer's heading, for screen readers.
    pub footer: &'static str,
    /// Said after the text of a link that opens a new tab.
    pub new_tab: &'static str,
    /// The static shell and the app's loading status.
    pub loading: &'static str,
    /// The page's title after the name, and the accueil's eyebrow.
    pub portfolio_title: &'static str,
    /// The page's description when the portfolio has none (before, after
    /// the name).
    pub default_description: (&'static str, &'static str),
    /// The link-preview image's alternative text, before the name.
    pub preview_alt: &'static str,
    /// The accueil's title without one of the student's own, before the
    /// option's code.
    pub student_of_option: &'static str,

    // Accueil.
    /// Above the name.
    pub eyebrow: &'static str,
    /// The call to the réalisations.
    pub see_realisations: &'static str,
    /// The call to the tableau.
    pub see_tableau: &'static str,
    /// The CV's button.
    pub download_cv: &'static str,
    /// The photo's alternative text, before the name.
    pub photo_of: &'static str,

    // À propos.
    /// The section's heading.
    pub about: &'static str,
    /// What the BTS SIO is, before the option.
    pub bts_sio: &'static str,
    /// « Option », before the option's code.
    pub option: &'static str,
    /// Without an option: both.
    pub both_options: &'static str,
    /// Before the city.
    pub location: &'static str,
    /// The interests' heading.
    pub interests: &'static str,
    /// The path's heading.
    pub path: &'static str,
    /// The accessible name of a diploma's courses.
    pub courses: &'static str,
    /// The kind of an education step.
    pub education: &'static str,

    // Compétences.
    /// The section's heading.
    pub competences: &'static str,
    /// The introduction, without the référentiel's title.
    pub competences_intro: &'static str,
    /// The introduction around the référentiel's title (before, after).
    pub competences_intro_titled: (&'static str, &'static str),
    /// The chart's accessible name, before the counts.
    pub chart: &'static str,
    /// A card's sub-competencies.
    pub sub_competencies: &'static str,
    /// The link to a competency's réalisations.
    pub see_its_realisations: &'static str,
    /// Its accessible name, before the code.
    pub see_realisations_of: &'static str,
    /// One réalisation, several réalisations.
    pub realisation_one: &'static str,
    /// Several réalisations.
    pub realisation_many: &'static str,
    /// The skills' heading.
    pub skills: &'static str,
    /// The certifications' heading.
    pub certifications: &'static str,
    /// The languages' heading.
    pub languages: &'static str,

    // Expériences.
    /// The section's heading.
    pub experiences: &'static str,
    /// Before an internship's réalisations.
    pub its_realisations: &'static str,
    /// The internship certificate's link.
    pub certificate: &'static str,

    // Réalisations.
    /// The section's heading.
    pub realisations: &'static str,
    /// What the written réalisations lack without JavaScript.
    pub realisations_need_javascript: &'static str,
    /// The filters' accessible name.
    pub filter_realisations: &'static str,
    /// The competencies' legend.
    pub mobilised: &'static str,
    /// The combination's accessible name.
    pub combination: &'static str,
    /// « au moins une ».
    pub any: &'static str,
    /// « toutes ».
    pub all: &'static str,
    /// The cadre's label.
    pub cadre: &'static str,
    /// The cadre's « all » option.
    pub all_cadres: &'static str,
    /// The search's label.
    pub search: &'static str,
    /// The search's placeholder.
    pub search_placeholder: &'static str,
    /// The button that clears the filters.
    pub clear: &'static str,
    /// The button that copies the view's link.
    pub copy_link: &'static str,
    /// Said once the link is copied.
    pub copied: &'static str,
    /// Said when it could not be.
    pub copy_failed: &'static str,

    // Tableau de synthèse.
    /// The section's heading.
    pub tableau: &'static str,
    /// What the tableau is.
    pub tableau_intro: &'static str,
    /// The button that prints it alone.
    pub print_tableau: &'static str,
    /// The switch of its sub-competencies.
    pub show_sub_competencies: &'static str,
    /// Its printed title, as on the national model.
    pub tableau_title: &'static str,
    /// Before the session.
    pub session: &'static str,
    /// The scrolling region's accessible name.
    pub tableau_region: &'static str,
    /// The réalisations' column.
    pub column_realisations: &'static str,
    /// The period's column.
    pub column_period: &'static str,
    /// The competencies' columns.
    pub column_competencies: &'static str,
    /// After a code, in a marked cell.
    pub mobilised_mark: &'static str,
    /// After a code, in an empty cell.
    pub not_mobilised_mark: &'static str,
    /// A cadre without réalisation.
    pub no_realisation_in_cadre: &'static str,
    /// The coverage row.
    pub coverage: &'static str,
    /// Before the competencies no réalisation covers.
    pub uncovered: &'static str,

    // Veille.
    /// The section's heading.
    pub veille: &'static str,
    /// The method's heading.
    pub method: &'static str,
    /// The tools' heading.
    pub tools: &'static str,
    /// The sources' heading.
    pub sources: &'static str,
    /// The articles' heading.
    pub articles: &'static str,

    // Documents, contact, footer.
    /// The documents' heading.
    pub documents: &'static str,
    /// The contact's heading.
    pub contact: &'static str,
    /// Before the e-mail address.
    pub email: &'static str,
    /// Before the phone number.
    pub phone: &'static str,
    /// Before the web site.
    pub website: &'static str,
    /// The form's name field.
    pub your_name: &'static str,
    /// The form's e-mail field.
    pub your_email: &'static str,
    /// The form's message field.
    pub message: &'static str,
    /// The form's button.
    pub send: &'static str,
    /// Before the e-mail fallback of the form.
    pub form_fallback: &'static str,
    /// The e-mail fallback's link.
    pub write_directly: &'static str,
    /// The mentions légales' summary.
    pub legal: &'static str,
    /// Before the publisher.
    pub publisher: &'static str,
    /// Before the host.
    pub host: &'static str,
    /// The host when the portfolio names none.
    pub default_host: &'static str,
    /// What the site stores.
    pub privacy: &'static str,
    /// The footer's credit.
    pub made_with: &'static str,

    // The author view and the error pages.
    /// The author view's heading.
    pub verification: &'static str,
    /// Without warnings.
    pub no_warning: &'static str,
    /// Before the number of warnings, after it.
    pub warnings_in_file: (&'static str, &'static str),
    /// What to do once the file is fixed (before, the command, after).
    pub rebuild: (&'static str, &'static str, &'static str),
    /// The app's retry button.
    pub retry: &'static str,
    /// What the static shell says when the app could not start.
    pub app_failed: &'static str,
    /// What the page says at its end without JavaScript (before, after the
    /// link to the data file).
    pub without_javascript: (&'static str, &'static str),
    /// What the written réalisations say when their filters could not start.
    pub filters_failed: &'static str,

    // The detail view of a réalisation.
    /// The close button's accessible name.
    pub close: &'static str,
    /// The headings of a réalisation's parts.
    pub context: &'static str,
    /// Its objectives.
    pub objectives: &'static str,
    /// Its description.
    pub description: &'static str,
    /// The student's own part.
    pub contribution: &'static str,
    /// Its technologies.
    pub technologies: &'static str,
    /// Its documents.
    pub documents_and_productions: &'static str,
    /// On paper, before the student's name.
    pub portfolio_of: &'static str,
    /// A team of one.
    pub individual_work: &'static str,
    /// A team of several (before, after the number).
    pub team_of: (&'static str, &'static str),
    /// A link to a réalisation the portfolio does not have: its heading.
    pub unknown_realisation: &'static str,
    /// Its explanation (before, after the id).
    pub unknown_realisation_text: (&'static str, &'static str),
    /// Its way back.
    pub see_all_realisations: &'static str,

    // The exports of the tableau.
    /// The cadre's column.
    pub column_cadre: &'static str,
    /// The title's column.
    pub column_title: &'static str,
    /// The documents' column.
    pub column_documents: &'static str,
    /// « ligne », in a diagnostic's place.
    pub line: &'static str,
    /// « colonne ».
    pub column: &'static str,
}
}

/// The French interface.
pub const FRENCH: Texts = Texts {
    section_names: [
        "Accueil",
        "À propos",
        "Compétences",
        "Expériences",
        "Réalisations",
        "Tableau de synthèse",
        "Veille",
        "Documents",
        "Contact",
    ],
    skip_link: "Aller au contenu",
    navigation: "Sections du portfolio",
    dark_theme: "Thème sombre",
    footer: "Pied de page",
    new_tab: " (nouvel onglet)",
    loading: "Chargement du portfolio…",
    portfolio_title: "Portfolio BTS SIO",
    default_description: (
        "Portfolio BTS SIO de ",
        " : parcours, réalisations professionnelles, tableau de synthèse des compétences et veille technologique.",
    ),
    preview_alt: "Aperçu du portfolio de ",
    student_of_option: "Étudiant·e en BTS SIO option ",

    eyebrow: "Portfolio BTS SIO",
    see_realisations: "Voir mes réalisations",
    see_tableau: "Tableau de synthèse",
    download_cv: "Télécharger mon CV",
    photo_of: "Photo de ",

    about: "À propos",
    bts_sio: "Le BTS SIO (Services informatiques aux organisations) forme en deux ans des techniciens supérieurs en informatique. ",
    option: "Option",
    both_options: "Deux options\u{a0}: SISR (infrastructures, systèmes et réseaux) et SLAM (solutions logicielles).",
    location: "Localisation\u{a0}: ",
    interests: "Centres d'intérêt",
    path: "Mon parcours",
    courses: "Enseignements",
    education: "Formation",

    competences: "Compétences",
    competences_intro: "Les compétences du bloc, et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations.",
    competences_intro_titled: (
        "Les compétences du «\u{a0}",
        "\u{a0}», et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations.",
    ),
    chart: "Nombre de réalisations par compétence\u{a0}: ",
    sub_competencies: "Sous-compétences",
    see_its_realisations: "Voir les réalisations",
    see_realisations_of: "Voir les réalisations de la compétence ",
    realisation_one: "réalisation",
    realisation_many: "réalisations",
    skills: "Compétences techniques",
    certifications: "Certifications",
    languages: "Langues",

    experiences: "Expériences",
    its_realisations: "Réalisations\u{a0}: ",
    certificate: "Attestation de stage",

    realisations: "Réalisations professionnelles",
    realisations_need_javascript: "Les filtres et le détail des réalisations ont besoin de JavaScript\u{a0}; le tableau de synthèse ci-dessous les récapitule.",
    filter_realisations: "Filtrer les réalisations",
    mobilised: "Compétences mobilisées",
    combination: "Combinaison des compétences",
    any: " au moins une",
    all: " toutes",
    cadre: "Cadre ",
    all_cadres: "Tous les cadres",
    search: "Rechercher ",
    search_placeholder: "VLAN, GLPI…",
    clear: "Tout effacer",
    copy_link: "Copier le lien",
    copied: "Lien copié dans le presse-papiers.",
    copy_failed: "Copie impossible\u{a0}: copiez l'adresse de la page.",

    tableau: "Tableau de synthèse",
    tableau_intro: "Le récapitulatif des réalisations et des compétences mises en œuvre, selon le modèle national. Choisissez une compétence pour filtrer les réalisations.",
    print_tableau: "Imprimer le tableau",
    show_sub_competencies: " Afficher les sous-compétences",
    tableau_title: "BTS Services informatiques aux organisations — Épreuve E5 — Tableau de synthèse",
    session: " — Session ",
    tableau_region: "Tableau de synthèse, défilable horizontalement",
    column_realisations: "Réalisations professionnelles (intitulé et liste des documents et productions associés)",
    column_period: "Période",
    column_competencies: "Compétences mises en œuvre",
    mobilised_mark: " mobilisée",
    not_mobilised_mark: " non mobilisée",
    no_realisation_in_cadre: "Aucune réalisation dans ce cadre.",
    coverage: "Nombre de réalisations par compétence",
    uncovered: "Compétences non couvertes\u{a0}: ",

    veille: "Veille technologique",
    method: "Méthode",
    tools: "Outils",
    sources: "Sources",
    articles: "Articles",

    documents: "Documents",
    contact: "Contact",
    email: "E-mail\u{a0}: ",
    phone: "Téléphone\u{a0}: ",
    website: "Site\u{a0}: ",
    your_name: "Votre nom ",
    your_email: "Votre e-mail ",
    message: "Message ",
    send: "Envoyer",
    form_fallback: "Le formulaire ne fonctionne pas\u{a0}? ",
    write_directly: "Écrivez-moi directement",
    legal: "Mentions légales",
    publisher: "Éditeur et directeur de la publication\u{a0}: ",
    host: "Hébergeur\u{a0}: ",
    default_host: "GitHub Pages (GitHub Inc., San Francisco, États-Unis)",
    privacy: "Ce site ne dépose aucun cookie et ne collecte aucune donnée personnelle\u{a0}; le thème choisi est mémorisé dans votre navigateur uniquement.",
    made_with: "Portfolio réalisé avec Cyberfolio, pour l'épreuve E5 du BTS SIO.",

    verification: "Vérification du portfolio",
    no_warning: "Aucun avertissement\u{a0}: le portfolio respecte les attendus de l'épreuve E5.",
    warnings_in_file: ("", " avertissement(s) dans data/portfolio.json\u{a0}:"),
    rebuild: (
        "Une fois le fichier corrigé, reconstruisez le site (",
        "trunk serve",
        " le fait à chaque enregistrement), puis rechargez la page.",
    ),
    retry: "Réessayer",
    without_javascript: (
        "Sans JavaScript, les filtres des réalisations et leur détail ne fonctionnent pas. Activez JavaScript pour les utiliser, ou lisez directement le fichier ",
        ".",
    ),
    app_failed: "Le portfolio n'a pas pu démarrer. Rechargez la page\u{a0}; si le problème persiste, téléchargez directement le fichier data/portfolio.json.",
    filters_failed: "Les filtres et le détail des réalisations n'ont pas pu démarrer. Rechargez la page\u{a0}; si le problème persiste, téléchargez directement le fichier data/portfolio.json.",

    close: "Fermer",
    context: "Contexte",
    objectives: "Objectifs",
    description: "Description",
    contribution: "Ma contribution personnelle",
    technologies: "Technologies",
    documents_and_productions: "Documents et productions",
    portfolio_of: "Portfolio BTS SIO de ",
    individual_work: " · travail individuel",
    team_of: (" · équipe de ", "\u{a0}personnes"),
    unknown_realisation: "Réalisation introuvable",
    unknown_realisation_text: (
        "Ce lien mène à la réalisation «\u{a0}",
        "\u{a0}», qui n'existe pas dans ce portfolio\u{a0}: elle a peut-être été renommée ou retirée.",
    ),
    see_all_realisations: "Voir toutes les réalisations",

    column_cadre: "Cadre",
    column_title: "Intitulé",
    column_documents: "Documents et productions",
    line: "ligne",
    column: "colonne",
};

/// The English interface: for employers and internship hosts abroad. The
/// exam's own names (BTS SIO, E5, tableau de synthèse) are kept beside
/// their translation, as a reader of the French paperwork will meet them.
pub const ENGLISH: Texts = Texts {
    section_names: [
        "Home",
        "About",
        "Competencies",
        "Experience",
        "Projects",
        "Summary table",
        "Tech watch",
        "Documents",
        "Contact",
    ],
    skip_link: "Skip to content",
    navigation: "Portfolio sections",
    dark_theme: "Dark theme",
    footer: "Footer",
    new_tab: " (new tab)",
    loading: "Loading the portfolio…",
    portfolio_title: "BTS SIO portfolio",
    default_description: (
        "BTS SIO portfolio of ",
        ": path, professional projects, competency summary table and technology watch.",
    ),
    preview_alt: "Preview of the portfolio of ",
    student_of_option: "BTS SIO student, track ",

    eyebrow: "BTS SIO portfolio",
    see_realisations: "See my projects",
    see_tableau: "Summary table",
    download_cv: "Download my CV",
    photo_of: "Photo of ",

    about: "About",
    bts_sio: "The BTS SIO (Services informatiques aux organisations) is a two-year French higher national diploma in IT services for organisations. ",
    option: "Track",
    both_options: "Two tracks: SISR (infrastructure, systems and networks) and SLAM (software solutions).",
    location: "Location: ",
    interests: "Interests",
    path: "My path",
    courses: "Courses",
    education: "Education",

    competences: "Competencies",
    competences_intro: "The competencies of the block, and how many projects draw on each. Choose one to see its projects.",
    competences_intro_titled: (
        "The competencies of “",
        "”, and how many projects draw on each. Choose one to see its projects.",
    ),
    chart: "Projects per competency: ",
    sub_competencies: "Sub-competencies",
    see_its_realisations: "See the projects",
    see_realisations_of: "See the projects of competency ",
    realisation_one: "project",
    realisation_many: "projects",
    skills: "Technical skills",
    certifications: "Certifications",
    languages: "Languages",

    experiences: "Experience",
    its_realisations: "Projects: ",
    certificate: "Internship certificate",

    realisations: "Professional projects",
    realisations_need_javascript: "The filters and the projects' details need JavaScript; the summary table below lists them.",
    filter_realisations: "Filter the projects",
    mobilised: "Competencies used",
    combination: "Combining competencies",
    any: " at least one",
    all: " all",
    cadre: "Setting ",
    all_cadres: "All settings",
    search: "Search ",
    search_placeholder: "VLAN, GLPI…",
    clear: "Clear all",
    copy_link: "Copy the link",
    copied: "Link copied to the clipboard.",
    copy_failed: "Could not copy: copy the page's address.",

    tableau: "Summary table (tableau de synthèse)",
    tableau_intro: "The projects and the competencies they put to work, in the French national exam's format. Choose a competency to filter the projects.",
    print_tableau: "Print the table",
    show_sub_competencies: " Show the sub-competencies",
    tableau_title: "BTS Services informatiques aux organisations — Épreuve E5 — Tableau de synthèse",
    session: " — Session ",
    tableau_region: "Summary table, scrolls horizontally",
    column_realisations: "Réalisations professionnelles (intitulé et liste des documents et productions associés)",
    column_period: "Période",
    column_competencies: "Compétences mises en œuvre",
    mobilised_mark: " mobilisée",
    not_mobilised_mark: " non mobilisée",
    no_realisation_in_cadre: "Aucune réalisation dans ce cadre.",
    coverage: "Nombre de réalisations par compétence",
    uncovered: "Competencies not covered: ",

    veille: "Technology watch",
    method: "Method",
    tools: "Tools",
    sources: "Sources",
    articles: "Articles",

    documents: "Documents",
    contact: "Contact",
    email: "Email: ",
    phone: "Phone: ",
    website: "Website: ",
    your_name: "Your name ",
    your_email: "Your email ",
    message: "Message ",
    send: "Send",
    form_fallback: "The form does not work? ",
    write_directly: "Write to me directly",
    legal: "Legal notice",
    publisher: "Publisher and publication director: ",
    host: "Host: ",
    default_host: "GitHub Pages (GitHub Inc., San Francisco, United States)",
    privacy: "This site sets no cookie and collects no personal data; the chosen theme is remembered in your browser only.",
    made_with: "Portfolio made with Cyberfolio, for the E5 exam of the BTS SIO.",

    verification: "Portfolio check",
    no_warning: "No warning: the portfolio meets what the E5 exam expects.",
    warnings_in_file: ("", " warning(s) in data/portfolio.json:"),
    rebuild: (
        "Once the file is fixed, rebuild the site (",
        "trunk serve",
        " does it on every save), then reload the page.",
    ),
    retry: "Try again",
    without_javascript: (
        "Without JavaScript, the project filters and details do not work. Turn JavaScript on to use them, or read the file ",
        " directly.",
    ),
    app_failed: "The portfolio could not start. Reload the page; if the problem persists, download the file data/portfolio.json directly.",
    filters_failed: "The filters and the projects' details could not start. Reload the page; if the problem persists, download the file data/portfolio.json directly.",

    close: "Close",
    context: "Context",
    objectives: "Objectives",
    description: "Description",
    contribution: "My personal contribution",
    technologies: "Technologies",
    documents_and_productions: "Documents and deliverables",
    portfolio_of: "BTS SIO portfolio of ",
    individual_work: " · individual work",
    team_of: (" · team of ", "\u{a0}people"),
    unknown_realisation: "Project not found",
    unknown_realisation_text: (
        "This link leads to the project “",
        "”, which this portfolio does not have: it may have been renamed or removed.",
    ),
    see_all_realisations: "See all projects",

    column_cadre: "Cadre",
    column_title: "Intitulé",
    column_documents: "Documents et productions",
    line: "line",
    column: "column",
};

impl Texts {
    /// « 3 réalisations », « 1 réalisation », « aucune réalisation ».
    pub fn realisations_count(&self, n: usize) -> String {
        count(n, self.realisation_one, self.realisation_many)
    }
}

// The sentences of the filters and of the error pages. Functions of the
// module rather than methods of a table: the wasm calls them, and a
// reference to a table it kept would keep every text of it (1.3 kB of
// gzip, measured). Each takes the language and holds its forms.

/// The line above the cards, in the app and in the written page: « 2
/// réalisations sur 13 — compétence B1.4 », « 13 réalisations au
/// total ». It says what the filter is, not only how many match: a
/// printed view, where the filters are not shown, says what it holds.
pub fn result_line(lang: Lang, shown: usize, total: usize, filter: &Filter) -> String {
    let english = lang == Lang::English;
    let n = match (shown, english) {
        (0, true) => "No project".to_string(),
        (0, false) => "Aucune réalisation".to_string(),
        (n, true) => count(n, ENGLISH.realisation_one, ENGLISH.realisation_many),
        (n, false) => count(n, FRENCH.realisation_one, FRENCH.realisation_many),
    };
    let description = filter.describe(lang);
    let (in_all, out_of) = if english {
        ("in all", "out of")
    } else {
        ("au total", "sur")
    };
    if description.is_empty() && shown == total {
        format!("{n} {in_all}")
    } else if description.is_empty() {
        format!("{n} {out_of} {total}")
    } else {
        format!("{n} {out_of} {total}\u{a0}— {description}")
    }
}

/// Says which filter to loosen when nothing matches.
pub fn empty_hint(lang: Lang, filter: &Filter) -> String {
    let english = lang == Lang::English;
    let mut hints = Vec::new();
    let query = filter.query.trim();
    if !query.is_empty() {
        hints.push(if english {
            format!("shorten or clear the search “{query}”")
        } else {
            format!("raccourcissez ou effacez la recherche «\u{a0}{query}\u{a0}»")
        });
    }
    if filter.combine == Combine::All && filter.competencies.len() > 1 {
        hints.push(if english {
            "choose “at least one” instead of “all”".to_string()
        } else {
            "choisissez «\u{a0}au moins une\u{a0}» au lieu de «\u{a0}toutes\u{a0}»".to_string()
        });
    } else if !filter.competencies.is_empty() {
        hints.push(if english {
            "untick a competency".to_string()
        } else {
            "décochez une compétence".to_string()
        });
    }
    if filter.cadre.is_some() {
        // Locals: `format!` takes references, and one into a table would
        // keep all of it in the wasm.
        hints.push(if english {
            let all_cadres = ENGLISH.all_cadres;
            format!("choose “{all_cadres}”")
        } else {
            let all_cadres = FRENCH.all_cadres;
            format!("choisissez «\u{a0}{all_cadres}\u{a0}»")
        });
    }
    match (hints.is_empty(), english) {
        // Nothing to loosen: the portfolio has no réalisation yet.
        (true, true) => "This portfolio has no project yet.".to_string(),
        (true, false) => "Ce portfolio ne présente pas encore de réalisation.".to_string(),
        (false, true) => format!("No project matches these filters: {}.", hints.join(", or ")),
        (false, false) => format!(
            "Aucune réalisation ne correspond à ces filtres\u{a0}: {}.",
            hints.join(", ou ")
        ),
    }
}

/// Why a link's competency filter shows everything, said above the
/// réalisations: its codes name no competency.
pub fn ignored_codes(lang: Lang, codes: &[String]) -> String {
    let several = codes.len() > 1;
    if lang == Lang::English {
        let quoted: Vec<String> = codes.iter().map(|c| format!("“{c}”")).collect();
        let noun = if several {
            "competencies"
        } else {
            "competency"
        };
        return format!(
            "Unknown {noun} {} in this link: this filter was ignored.",
            quoted.join(", ")
        );
    }
    let quoted: Vec<String> = codes.iter().map(|c| format!("«\u{a0}{c}\u{a0}»")).collect();
    let (noun, unknown) = if several {
        ("Compétences", "inconnues")
    } else {
        ("Compétence", "inconnue")
    };
    format!(
        "{noun} {} {unknown} dans ce lien\u{a0}: ce filtre a été ignoré.",
        quoted.join(", ")
    )
}

/// The title of the error page for `error`.
pub fn error_title(lang: Lang, error: &LoadError) -> &'static str {
    if lang == Lang::English {
        return match error {
            LoadError::Http { status: 404 } => "The portfolio file cannot be found",
            LoadError::Http { .. } => "The server could not provide the portfolio",
            LoadError::Network(_) => "Cannot connect",
            LoadError::Timeout { .. } => "The server is taking too long to answer",
            LoadError::TooLarge { .. } => "The portfolio file is too large",
            LoadError::NotUtf8 { .. } => "The portfolio file is not UTF-8 text",
            LoadError::Empty => "The portfolio file is empty",
            LoadError::Invalid(_) => "The portfolio file has errors",
        };
    }
    match error {
        LoadError::Http { status: 404 } => "Le fichier du portfolio est introuvable",
        LoadError::Http { .. } => "Le serveur n'a pas pu fournir le portfolio",
        LoadError::Network(_) => "Connexion impossible",
        LoadError::Timeout { .. } => "Le serveur met trop de temps à répondre",
        LoadError::TooLarge { .. } => "Le fichier du portfolio est trop volumineux",
        LoadError::NotUtf8 { .. } => "Le fichier du portfolio n'est pas un texte UTF-8",
        LoadError::Empty => "Le fichier du portfolio est vide",
        LoadError::Invalid(_) => "Le fichier du portfolio contient des erreurs",
    }
}

/// What happened, and what to do.
pub fn error_advice(lang: Lang, error: &LoadError) -> String {
    if lang == Lang::English {
        return match error {
            LoadError::Http { status: 404 } => "The file data/portfolio.json was not found on the server (error 404). Check that it was published with the site.".to_string(),
            LoadError::Http { status } => format!("The server answered with error {status}. Try again in a few moments."),
            LoadError::Network(_) => "The page could not reach the server. Check your Internet connection, then try again.".to_string(),
            LoadError::Timeout { seconds } => format!("No answer after {seconds} seconds. The connection may be slow: try again."),
            LoadError::TooLarge { bytes, limit } => format!(
                "The file is {}; a portfolio is at most {}. Put images and documents in separate files and link to them.",
                megabytes(*bytes, *limit, lang),
                megabytes(*limit, *bytes, lang)
            ),
            LoadError::NotUtf8 { line, .. } => format!("Invalid bytes on line {line}. Save the file as UTF-8 in your editor."),
            LoadError::Empty => "The file holds nothing. It must hold a JSON object: start from the example that comes with Cyberfolio.".to_string(),
            LoadError::Invalid(diagnostics) => {
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                if errors == 1 {
                    "Fix the error below in data/portfolio.json, then publish the site again.".to_string()
                } else {
                    format!("Fix the {errors} errors below in data/portfolio.json, then publish the site again.")
                }
            }
        };
    }
    match error {
        LoadError::Http { status: 404 } => "Le fichier data/portfolio.json n'a pas été trouvé sur le serveur (erreur 404). Vérifiez qu'il a bien été publié avec le site.".to_string(),
        LoadError::Http { status } => format!("Le serveur a répondu par une erreur {status}. Réessayez dans quelques instants."),
        LoadError::Network(_) => "La page n'a pas pu joindre le serveur. Vérifiez votre connexion à Internet, puis réessayez.".to_string(),
        LoadError::Timeout { seconds } => format!("Aucune réponse après {seconds} secondes. La connexion est peut-être lente : réessayez."),
        LoadError::TooLarge { bytes, limit } => format!(
            "Le fichier fait {} ; un portfolio en fait au plus {}. Placez les images et les documents dans des fichiers à part et liez-les.",
            megabytes(*bytes, *limit, lang),
            megabytes(*limit, *bytes, lang)
        ),
        LoadError::NotUtf8 { line, .. } => format!("Octets invalides à la ligne {line}. Enregistrez le fichier en UTF-8 dans votre éditeur."),
        LoadError::Empty => "Le fichier ne contient rien. Il doit contenir un objet JSON : partez de l'exemple fourni avec Cyberfolio.".to_string(),
        LoadError::Invalid(diagnostics) => {
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            if errors == 1 {
                "Corrigez l'erreur ci-dessous dans data/portfolio.json, puis republiez le site.".to_string()
            } else {
                format!("Corrigez les {errors} erreurs ci-dessous dans data/portfolio.json, puis republiez le site.")
            }
        }
    }
}

/// The texts a page in `lang` must not show: every other language's texts
/// that `lang`'s table does not also have (the tableau's official wording,
/// the words both write alike). For the tests that render a site in each
/// language.
pub fn foreign_texts(lang: Lang) -> Vec<&'static str> {
    let own: Vec<&str> = lang
        .texts()
        .entries()
        .into_iter()
        .flat_map(|(_, parts)| parts)
        .map(str::trim)
        .collect();
    let mut foreign: Vec<&'static str> = Lang::ALL
        .into_iter()
        .filter(|other| *other != lang)
        .flat_map(|other| other.texts().entries())
        .flat_map(|(_, parts)| parts)
        .map(str::trim)
        .filter(|text| text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|text| !own.contains(text))
        .collect();
    foreign.sort_unstable();
    foreign.dedup();
    foreign
}

/// Whether a text node or an attribute value of a page shows `text`, a
/// text of a table: all of it, or begun or ended by it (an interface text
/// joined to the portfolio's, as in « Photo de Camille »). A text of the
/// portfolio's own that merely contains the words does not count.
pub fn shows(node: &str, text: &str) -> bool {
    let node = node.trim();
    let text = text.trim();
    let word_ends = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    let begun = node
        .strip_prefix(text)
        .is_some_and(|rest| word_ends(rest.chars().next()));
    let ended = node
        .strip_suffix(text)
        .is_some_and(|rest| word_ends(rest.chars().next_back()));
    !text.is_empty() && (begun || ended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_shows_whole_words_at_either_end() {
        assert!(shows(" Photo de Camille ", "Photo de "));
        assert!(shows("Camille — BTS SIO portfolio", "BTS SIO portfolio"));
        assert!(shows("Close", "Close"));
        assert!(!shows("Homelab", "Home"));
        assert!(!shows("Mon homelab Home", "Homelab"));
        assert!(!shows("La maison Home Assistant", "Home"));
    }

    #[test]
    fn the_result_line_and_the_empty_hint_say_what_the_filter_does() {
        let none = Filter::default();
        assert_eq!(
            result_line(Lang::French, 13, 13, &none),
            "13\u{a0}réalisations au total"
        );
        assert_eq!(
            result_line(Lang::French, 0, 0, &none),
            "Aucune réalisation au total"
        );
        let b14 = Filter {
            competencies: vec!["B1.4".into()],
            ..Filter::default()
        };
        assert_eq!(
            result_line(Lang::French, 2, 13, &b14),
            "2\u{a0}réalisations sur 13\u{a0}— compétence B1.4"
        );
        assert_eq!(
            empty_hint(Lang::French, &b14),
            "Aucune réalisation ne correspond à ces filtres\u{a0}: décochez une compétence."
        );
        // Nothing to loosen: the portfolio has none yet.
        assert_eq!(
            empty_hint(Lang::French, &none),
            "Ce portfolio ne présente pas encore de réalisation."
        );
        assert_eq!(
            ignored_codes(Lang::French, &["XYZ".into()]),
            "Compétence «\u{a0}XYZ\u{a0}» inconnue dans ce lien\u{a0}: ce filtre a été ignoré."
        );
    }

    #[test]
    fn the_sentences_read_in_english_for_an_english_site() {
        let en = Lang::English;
        let none = Filter::default();
        assert_eq!(result_line(en, 13, 13, &none), "13\u{a0}projects in all");
        assert_eq!(result_line(en, 1, 1, &none), "1\u{a0}project in all");
        let b14 = Filter {
            competencies: vec!["B1.4".into()],
            ..Filter::default()
        };
        assert_eq!(
            result_line(en, 0, 13, &b14),
            "No project out of 13\u{a0}— competency B1.4"
        );
        assert_eq!(
            empty_hint(en, &b14),
            "No project matches these filters: untick a competency."
        );
        assert_eq!(
            ignored_codes(en, &["XYZ".into(), "B9".into()]),
            "Unknown competencies “XYZ”, “B9” in this link: this filter was ignored."
        );
        let too_large = LoadError::TooLarge {
            bytes: 10_000_000,
            limit: 4_194_304,
        };
        assert_eq!(
            error_title(en, &too_large),
            "The portfolio file is too large"
        );
        assert!(error_advice(en, &too_large)
            .starts_with("The file is 10.0\u{a0}MB; a portfolio is at most 4.2\u{a0}MB."));
    }

    /// Every text of the English table differs from the French one, except
    /// the tableau de synthèse's official wording (the exam's document
    /// keeps it) and the words both languages write alike.
    #[test]
    fn the_english_table_translates_every_text() {
        let official = [
            "tableau_title",
            "session",
            "column_realisations",
            "column_period",
            "column_competencies",
            "mobilised_mark",
            "not_mobilised_mark",
            "no_realisation_in_cadre",
            "coverage",
            "column_cadre",
            "column_title",
            "column_documents",
        ];
        let alike = [
            "Certifications",
            "Sources",
            "Articles",
            "Documents",
            "Contact",
            "Description",
            "Technologies",
            "Message",
            "VLAN, GLPI…",
            "trunk serve",
        ];
        let (french, english) = (FRENCH.entries(), ENGLISH.entries());
        assert_eq!(french.len(), english.len());
        assert!(french.len() > 100, "every field is listed");
        for ((field, f), (_, e)) in french.iter().zip(&english) {
            for (f, e) in f.iter().zip(e) {
                if f == e && !f.trim().is_empty() {
                    assert!(
                        official.contains(field) || alike.contains(&f.trim()),
                        "not translated: {field}: {f}"
                    );
                }
            }
        }
    }
}
