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

use crate::diagnostic::{megabytes_beside, LoadError};
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

        impl Wording {
            $(
                $(#[$field_meta])*
                #[inline(always)]
                pub fn $field(self) -> $kind {
                    in_each_language!(self.0, $field)
                }
            )*
        }
    };
}

/// A field of the table in a language known at run time: one arm per
/// language (a new language adds its arm here).
macro_rules! in_each_language {
    ($lang:expr, $field:ident) => {
        match $lang {
            Lang::French => FRENCH.$field,
            Lang::English => ENGLISH.$field,
        }
    };
}

/// The interface's texts in a language known at run time (the page's),
/// one method per text: `lang.wording().close()`.
///
/// What the wasm reads texts through. Each method is a choice between the
/// languages' literals, which the compiler inlines where the text is
/// shown, so that the wasm keeps only the texts it shows. A reference into
/// a table (`&lang.texts().close`, or reading a field of a table chosen at
/// run time) keeps all of the table's texts: 4 kB of gzip for two tables,
/// measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wording(pub Lang);

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
    /// The accueil's link to the presentation mode.
    pub present: &'static str,

    // The presentation mode (presentation.html).
    /// The presentation's accessible name, before the candidate's name.
    pub presentation_of: &'static str,
    /// What a slide is called, for screen readers.
    pub slide: &'static str,
    /// The competencies slide's heading.
    pub competencies_slide: &'static str,
    /// After a competency's count of réalisations: one, several.
    pub realisation_count: (&'static str, &'static str),
    /// The link from a réalisation slide to its detail (key D).
    pub see_detail: &'static str,
    /// The detail's link back to its slide (Escape).
    pub back_to_slide: &'static str,
    /// The presenter line: previous slide, next slide.
    pub previous_slide: &'static str,
    /// The next slide.
    pub next_slide: &'static str,
    /// Leaves the presentation (Escape).
    pub leave_presentation: &'static str,
    /// The presenter line's accessible name.
    pub presenter: &'static str,
    /// The elapsed time's accessible name, before the time.
    pub elapsed: &'static str,
    /// Restarts the timer.
    pub restart_timer: &'static str,
    /// The keys, said once in the presenter line.
    pub presentation_keys: &'static str,
    /// The closing slide's heading.
    pub thanks: &'static str,
    /// Before the portfolio's address on the closing slide.
    pub portfolio_at: &'static str,
    /// The closing slide's QR code, before the address it holds.
    pub portfolio_qr_code: &'static str,
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
    /// Before the address a printed QR code holds (the réalisation's, or
    /// the site's in the header).
    pub qr_code_of: &'static str,
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
    /// The footer's link to the offline copy (`portfolio-hors-ligne.zip`).
    pub offline_download: &'static str,
    /// After that link: what the copy is for.
    pub offline_download_hint: &'static str,
    /// The offline copy's footer, before the published site's address.
    pub offline_copy_of: &'static str,
    /// The offline copy's footer, without an address.
    pub offline_copy: &'static str,
    /// The author view: the offline copy for the day of the exam.
    pub offline_for_exam: &'static str,
    /// The offline copy's count of shown réalisations, before and between
    /// the two numbers (« Réalisations affichées : 3 sur 13 »).
    pub offline_shown: (&'static str, &'static str),

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
    /// The way back from a réalisation's detail written into the page.
    pub back_to_realisations: &'static str,

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

    // Dates, labels and the sentences built around values.
    /// The months, in dates: January.
    pub january: &'static str,
    /// February.
    pub february: &'static str,
    /// March.
    pub march: &'static str,
    /// April.
    pub april: &'static str,
    /// May.
    pub may: &'static str,
    /// June.
    pub june: &'static str,
    /// July.
    pub july: &'static str,
    /// August.
    pub august: &'static str,
    /// September.
    pub september: &'static str,
    /// October.
    pub october: &'static str,
    /// November.
    pub november: &'static str,
    /// December.
    pub december: &'static str,
    /// The first day of a month in a date: « 1er ».
    pub first_of_month: &'static str,
    /// Before the start of a period without end.
    pub since: &'static str,
    /// Before the end of a period without start.
    pub until: &'static str,
    /// An internship, in a timeline.
    pub kind_internship: &'static str,
    /// An apprenticeship.
    pub kind_apprenticeship: &'static str,
    /// A job.
    pub kind_job: &'static str,
    /// The cadre « formation », on badges and in the filter.
    pub cadre_formation: &'static str,
    /// The cadre « pro1 ».
    pub cadre_pro1: &'static str,
    /// The cadre « pro2 ».
    pub cadre_pro2: &'static str,
    /// The SISR option's full name.
    pub option_sisr: &'static str,
    /// The SLAM option's full name.
    pub option_slam: &'static str,
    /// A réalisation's document, next to its link.
    pub resource_document: &'static str,
    /// A production.
    pub resource_production: &'static str,
    /// Source code.
    pub resource_code: &'static str,
    /// A video.
    pub resource_video: &'static str,
    /// Another link.
    pub resource_link: &'static str,
    /// A CV, in the Documents section.
    pub document_cv: &'static str,
    /// An internship certificate.
    pub document_certificate: &'static str,
    /// A certification's proof.
    pub document_certification: &'static str,
    /// Any other document.
    pub document_other: &'static str,
    /// A filter of one competency, before its code.
    pub describe_competency: &'static str,
    /// A filter of several, before their codes.
    pub describe_competencies: &'static str,
    /// Before the last of several codes.
    pub and: &'static str,
    /// After them, with « au moins une ».
    pub describe_any: &'static str,
    /// After them, with « toutes ».
    pub describe_all: &'static str,
    /// Before a filter's cadre.
    pub describe_cadre: &'static str,
    /// Around a filter's search.
    pub describe_search: (&'static str, &'static str),
    /// Between the parts of a filter.
    pub describe_separator: &'static str,
    /// The result line's count of none.
    pub no_realisation: &'static str,
    /// After the count, unfiltered.
    pub in_all: &'static str,
    /// Between the count and the total.
    pub out_of: &'static str,
    /// What to loosen: the search (around it).
    pub hint_search: (&'static str, &'static str),
    /// What to loosen: « toutes ».
    pub hint_any: &'static str,
    /// What to loosen: a competency.
    pub hint_untick: &'static str,
    /// What to loosen: the cadre (around « all cadres »).
    pub hint_cadre: (&'static str, &'static str),
    /// Between two hints.
    pub hint_or: &'static str,
    /// Around the hints.
    pub no_match: (&'static str, &'static str),
    /// Nothing to loosen: no réalisation at all.
    pub no_realisation_yet: &'static str,
    /// A link's unknown competency code (around it).
    pub ignored_code: (&'static str, &'static str),
    /// Several (around them).
    pub ignored_codes: (&'static str, &'static str),
    /// Quotation marks.
    pub quoted: (&'static str, &'static str),
    /// Between units and tenths.
    pub decimal_mark: &'static str,
    /// Between groups of three digits.
    pub thousands_mark: &'static str,
    /// After a size in megabytes.
    pub megabytes: &'static str,
    /// After a size in bytes.
    pub bytes: &'static str,
    /// The error page's title: no file (404).
    pub error_not_found: &'static str,
    /// Another HTTP error.
    pub error_server: &'static str,
    /// No connection.
    pub error_network: &'static str,
    /// No answer in time.
    pub error_timeout: &'static str,
    /// A file too large.
    pub error_too_large: &'static str,
    /// Not UTF-8.
    pub error_not_utf8: &'static str,
    /// An empty file.
    pub error_empty: &'static str,
    /// A file with errors.
    pub error_invalid: &'static str,
    /// What to do: no file.
    pub advice_not_found: &'static str,
    /// Another HTTP error (around its status).
    pub advice_server: (&'static str, &'static str),
    /// No connection.
    pub advice_network: &'static str,
    /// No answer (around the seconds).
    pub advice_timeout: (&'static str, &'static str),
    /// Too large (around the size, then the limit).
    pub advice_too_large: (&'static str, &'static str, &'static str),
    /// Not UTF-8 (around the line).
    pub advice_not_utf8: (&'static str, &'static str),
    /// An empty file.
    pub advice_empty: &'static str,
    /// One error.
    pub advice_one_error: &'static str,
    /// Several (around their number).
    pub advice_errors: (&'static str, &'static str),
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
    present: "Présenter",
    presentation_of: "Présentation de ",
    slide: "diapositive",
    competencies_slide: "Les six compétences du bloc\u{a0}1",
    realisation_count: (" réalisation", " réalisations"),
    see_detail: "Voir le détail (D)",
    back_to_slide: "Revenir à la diapositive (Échap)",
    previous_slide: "Précédente",
    next_slide: "Suivante",
    leave_presentation: "Quitter (Échap)",
    presenter: "Présentateur",
    elapsed: "Temps écoulé\u{a0}: ",
    restart_timer: "Remettre à zéro",
    presentation_keys: "→ suivante, ← précédente, D détail, Échap quitter",
    thanks: "Merci de votre attention",
    portfolio_at: "Le portfolio\u{a0}: ",
    portfolio_qr_code: "QR code du portfolio\u{a0}: ",
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
    realisations_need_javascript: "Les filtres des réalisations ont besoin de JavaScript\u{a0}; le lien de chacune mène à son détail, sous la liste, et le tableau de synthèse ci-dessous les récapitule.",
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
    qr_code_of: "QR code de l'adresse ",
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
    offline_download: "Copie hors ligne (.zip)",
    offline_download_hint: "\u{a0}: le portfolio entier, documents compris, à ouvrir sans connexion (index.html).",
    offline_copy_of: "Copie hors ligne du portfolio publié à l'adresse ",
    offline_copy: "Copie hors ligne du portfolio.",
    offline_for_exam: "Pour le jour de l'épreuve, gardez sur une clé USB la copie hors ligne du portfolio\u{a0}: décompressez-la, puis ouvrez index.html, même sans réseau. ",
    offline_shown: ("Réalisations affichées\u{a0}: ", " sur "),

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
        "Sans JavaScript, les filtres des réalisations ne fonctionnent pas\u{a0}; le lien de chaque réalisation mène à son détail. Activez JavaScript pour filtrer, ou lisez directement le fichier ",
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
    back_to_realisations: "Retour aux réalisations",

    column_cadre: "Cadre",
    column_title: "Intitulé",
    column_documents: "Documents et productions",
    line: "ligne",
    column: "colonne",


    january: "janvier",
    february: "février",
    march: "mars",
    april: "avril",
    may: "mai",
    june: "juin",
    july: "juillet",
    august: "août",
    september: "septembre",
    october: "octobre",
    november: "novembre",
    december: "décembre",
    first_of_month: "1er",
    since: "depuis ",
    until: "jusqu\'en ",
    kind_internship: "Stage",
    kind_apprenticeship: "Alternance",
    kind_job: "Emploi",
    cadre_formation: "En formation",
    cadre_pro1: "Stage de 1re année",
    cadre_pro2: "Stage de 2e année",
    option_sisr: "Solutions d\'infrastructure, systèmes et réseaux",
    option_slam: "Solutions logicielles et applications métiers",
    resource_document: "Document",
    resource_production: "Production",
    resource_code: "Code source",
    resource_video: "Vidéo",
    resource_link: "Lien",
    document_cv: "CV",
    document_certificate: "Attestation de stage",
    document_certification: "Certification",
    document_other: "Document",
    describe_competency: "compétence ",
    describe_competencies: "compétences ",
    and: " et ",
    describe_any: " (au moins une)",
    describe_all: " (toutes)",
    describe_cadre: "cadre\u{a0}: ",
    describe_search: ("recherche «\u{a0}", "\u{a0}»"),
    describe_separator: " ; ",
    no_realisation: "Aucune réalisation",
    in_all: " au total",
    out_of: " sur ",
    hint_search: ("raccourcissez ou effacez la recherche «\u{a0}", "\u{a0}»"),
    hint_any: "choisissez «\u{a0}au moins une\u{a0}» au lieu de «\u{a0}toutes\u{a0}»",
    hint_untick: "décochez une compétence",
    hint_cadre: ("choisissez «\u{a0}", "\u{a0}»"),
    hint_or: ", ou ",
    no_match: ("Aucune réalisation ne correspond à ces filtres\u{a0}: ", "."),
    no_realisation_yet: "Ce portfolio ne présente pas encore de réalisation.",
    ignored_code: ("Compétence ", " inconnue dans ce lien\u{a0}: ce filtre a été ignoré."),
    ignored_codes: ("Compétences ", " inconnues dans ce lien\u{a0}: ce filtre a été ignoré."),
    quoted: ("«\u{a0}", "\u{a0}»"),
    decimal_mark: ",",
    thousands_mark: "\u{202f}",
    megabytes: "\u{a0}Mo",
    bytes: "\u{a0}octets",
    error_not_found: "Le fichier du portfolio est introuvable",
    error_server: "Le serveur n\'a pas pu fournir le portfolio",
    error_network: "Connexion impossible",
    error_timeout: "Le serveur met trop de temps à répondre",
    error_too_large: "Le fichier du portfolio est trop volumineux",
    error_not_utf8: "Le fichier du portfolio n\'est pas un texte UTF-8",
    error_empty: "Le fichier du portfolio est vide",
    error_invalid: "Le fichier du portfolio contient des erreurs",
    advice_not_found: "Le fichier data/portfolio.json n\'a pas été trouvé sur le serveur (erreur 404). Vérifiez qu\'il a bien été publié avec le site.",
    advice_server: ("Le serveur a répondu par une erreur ", ". Réessayez dans quelques instants."),
    advice_network: "La page n\'a pas pu joindre le serveur. Vérifiez votre connexion à Internet, puis réessayez.",
    advice_timeout: ("Aucune réponse après ", " secondes. La connexion est peut-être lente : réessayez."),
    advice_too_large: ("Le fichier fait ", " ; un portfolio en fait au plus ", ". Placez les images et les documents dans des fichiers à part et liez-les."),
    advice_not_utf8: ("Octets invalides à la ligne ", ". Enregistrez le fichier en UTF-8 dans votre éditeur."),
    advice_empty: "Le fichier ne contient rien. Il doit contenir un objet JSON : partez de l\'exemple fourni avec Cyberfolio.",
    advice_one_error: "Corrigez l\'erreur ci-dessous dans data/portfolio.json, puis republiez le site.",
    advice_errors: ("Corrigez les ", " erreurs ci-dessous dans data/portfolio.json, puis republiez le site."),
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
    present: "Present",
    presentation_of: "Presentation of ",
    slide: "slide",
    competencies_slide: "The six competencies of block\u{a0}1",
    realisation_count: (" project", " projects"),
    see_detail: "See the detail (D)",
    back_to_slide: "Back to the slide (Esc)",
    previous_slide: "Previous",
    next_slide: "Next",
    leave_presentation: "Leave (Esc)",
    presenter: "Presenter",
    elapsed: "Time elapsed: ",
    restart_timer: "Restart",
    presentation_keys: "→ next, ← previous, D detail, Esc leave",
    thanks: "Thank you for your attention",
    portfolio_at: "The portfolio: ",
    portfolio_qr_code: "The portfolio's QR code: ",
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
    realisations_need_javascript: "The project filters need JavaScript; each project's link leads to its details, below the list, and the summary table below lists them.",
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
    qr_code_of: "QR code de l'adresse ",
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
    offline_download: "Offline copy (.zip)",
    offline_download_hint: ": the whole portfolio, documents included, to open without a connection (index.html).",
    offline_copy_of: "Offline copy of the portfolio published at ",
    offline_copy: "Offline copy of the portfolio.",
    offline_for_exam: "For the day of the exam, keep the portfolio's offline copy on a USB key: unzip it, then open index.html, even without a network. ",
    offline_shown: ("Projects shown: ", " of "),

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
        "Without JavaScript, the project filters do not work; each project's link leads to its details. Turn JavaScript on to filter them, or read the file ",
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
    back_to_realisations: "Back to the projects",

    column_cadre: "Cadre",
    column_title: "Intitulé",
    column_documents: "Documents et productions",
    line: "line",
    column: "column",


    january: "January",
    february: "February",
    march: "March",
    april: "April",
    may: "May",
    june: "June",
    july: "July",
    august: "August",
    september: "September",
    october: "October",
    november: "November",
    december: "December",
    first_of_month: "1",
    since: "since ",
    until: "until ",
    kind_internship: "Internship",
    kind_apprenticeship: "Apprenticeship",
    kind_job: "Job",
    cadre_formation: "In training",
    cadre_pro1: "First-year internship",
    cadre_pro2: "Second-year internship",
    option_sisr: "Infrastructure, systems and network solutions",
    option_slam: "Software solutions and business applications",
    resource_document: "Document",
    resource_production: "Deliverable",
    resource_code: "Source code",
    resource_video: "Video",
    resource_link: "Link",
    document_cv: "CV",
    document_certificate: "Internship certificate",
    document_certification: "Certification",
    document_other: "Document",
    describe_competency: "competency ",
    describe_competencies: "competencies ",
    and: " and ",
    describe_any: " (at least one)",
    describe_all: " (all)",
    describe_cadre: "setting: ",
    describe_search: ("search “", "”"),
    describe_separator: "; ",
    no_realisation: "No project",
    in_all: " in all",
    out_of: " out of ",
    hint_search: ("shorten or clear the search “", "”"),
    hint_any: "choose “at least one” instead of “all”",
    hint_untick: "untick a competency",
    hint_cadre: ("choose “", "”"),
    hint_or: ", or ",
    no_match: ("No project matches these filters: ", "."),
    no_realisation_yet: "This portfolio has no project yet.",
    ignored_code: ("Unknown competency ", " in this link: this filter was ignored."),
    ignored_codes: ("Unknown competencies ", " in this link: this filter was ignored."),
    quoted: ("“", "”"),
    decimal_mark: ".",
    thousands_mark: ",",
    megabytes: "\u{a0}MB",
    bytes: "\u{a0}bytes",
    error_not_found: "The portfolio file cannot be found",
    error_server: "The server could not provide the portfolio",
    error_network: "Cannot connect",
    error_timeout: "The server is taking too long to answer",
    error_too_large: "The portfolio file is too large",
    error_not_utf8: "The portfolio file is not UTF-8 text",
    error_empty: "The portfolio file is empty",
    error_invalid: "The portfolio file has errors",
    advice_not_found: "The file data/portfolio.json was not found on the server (error 404). Check that it was published with the site.",
    advice_server: ("The server answered with error ", ". Try again in a few moments."),
    advice_network: "The page could not reach the server. Check your Internet connection, then try again.",
    advice_timeout: ("No answer after ", " seconds. The connection may be slow: try again."),
    advice_too_large: ("The file is ", "; a portfolio is at most ", ". Put images and documents in separate files and link to them."),
    advice_not_utf8: ("Invalid bytes on line ", ". Save the file as UTF-8 in your editor."),
    advice_empty: "The file holds nothing. It must hold a JSON object: start from the example that comes with Cyberfolio.",
    advice_one_error: "Fix the error below in data/portfolio.json, then publish the site again.",
    advice_errors: ("Fix the ", " errors below in data/portfolio.json, then publish the site again."),
};

impl Wording {
    /// « 3 réalisations », « 1 réalisation », « aucune réalisation ».
    pub fn realisations_count(self, n: usize) -> String {
        count(n, self.realisation_one(), self.realisation_many())
    }
}

// The sentences of the filters and of the error pages, built from the
// table's texts around values. Functions of the module rather than
// methods of a table: the wasm calls them, and a reference to a table it
// kept would keep every text of it (1.3 kB of gzip, measured); each text
// is read where it is used (`lang.wording().in_all()`), which the compiler
// folds into a choice between the languages' literals.

/// The line above the cards, in the app and in the written page: « 2
/// réalisations sur 13 — compétence B1.4 », « 13 réalisations au
/// total ». It says what the filter is, not only how many match: a
/// printed view, where the filters are not shown, says what it holds.
pub fn result_line(lang: Lang, shown: usize, total: usize, filter: &Filter) -> String {
    let n = match shown {
        0 => lang.wording().no_realisation().to_string(),
        n => count(
            n,
            lang.wording().realisation_one(),
            lang.wording().realisation_many(),
        ),
    };
    let description = filter.describe(lang);
    let (in_all, out_of) = (lang.wording().in_all(), lang.wording().out_of());
    if description.is_empty() && shown == total {
        format!("{n}{in_all}")
    } else if description.is_empty() {
        format!("{n}{out_of}{total}")
    } else {
        format!("{n}{out_of}{total}\u{a0}— {description}")
    }
}

/// Says which filter to loosen when nothing matches.
pub fn empty_hint(lang: Lang, filter: &Filter) -> String {
    let mut hints = Vec::new();
    let query = filter.query.trim();
    if !query.is_empty() {
        let (before, after) = lang.wording().hint_search();
        hints.push(format!("{before}{query}{after}"));
    }
    if filter.combine == Combine::All && filter.competencies.len() > 1 {
        hints.push(lang.wording().hint_any().to_string());
    } else if !filter.competencies.is_empty() {
        hints.push(lang.wording().hint_untick().to_string());
    }
    if filter.cadre.is_some() {
        let (before, after) = lang.wording().hint_cadre();
        let all_cadres = lang.wording().all_cadres();
        hints.push(format!("{before}{all_cadres}{after}"));
    }
    if hints.is_empty() {
        // Nothing to loosen: the portfolio has no réalisation yet.
        return lang.wording().no_realisation_yet().to_string();
    }
    let (before, after) = lang.wording().no_match();
    let or = lang.wording().hint_or();
    format!("{before}{}{after}", hints.join(or))
}

/// Why a link's competency filter shows everything, said above the
/// réalisations: its codes name no competency.
pub fn ignored_codes(lang: Lang, codes: &[String]) -> String {
    let (open, close) = lang.wording().quoted();
    let quoted: Vec<String> = codes.iter().map(|c| format!("{open}{c}{close}")).collect();
    let (before, after) = if codes.len() > 1 {
        lang.wording().ignored_codes()
    } else {
        lang.wording().ignored_code()
    };
    format!("{before}{}{after}", quoted.join(", "))
}

/// The title of the error page for `error`.
pub fn error_title(lang: Lang, error: &LoadError) -> &'static str {
    let t = lang.wording();
    match error {
        LoadError::Http { status: 404 } => t.error_not_found(),
        LoadError::Http { .. } => t.error_server(),
        LoadError::Network(_) => t.error_network(),
        LoadError::Timeout { .. } => t.error_timeout(),
        LoadError::TooLarge { .. } => t.error_too_large(),
        LoadError::NotUtf8 { .. } => t.error_not_utf8(),
        LoadError::Empty => t.error_empty(),
        LoadError::Invalid(_) => t.error_invalid(),
    }
}

/// What happened, and what to do.
pub fn error_advice(lang: Lang, error: &LoadError) -> String {
    let t = lang.wording();
    match error {
        LoadError::Http { status: 404 } => t.advice_not_found().to_string(),
        LoadError::Http { status } => {
            let (before, after) = t.advice_server();
            format!("{before}{status}{after}")
        }
        LoadError::Network(_) => t.advice_network().to_string(),
        LoadError::Timeout { seconds } => {
            let (before, after) = t.advice_timeout();
            format!("{before}{seconds}{after}")
        }
        LoadError::TooLarge { bytes, limit } => {
            let (before, middle, after) = t.advice_too_large();
            format!(
                "{before}{}{middle}{}{after}",
                megabytes_beside(*bytes, *limit, lang),
                megabytes_beside(*limit, *bytes, lang)
            )
        }
        LoadError::NotUtf8 { line, .. } => {
            let (before, after) = t.advice_not_utf8();
            format!("{before}{line}{after}")
        }
        LoadError::Empty => t.advice_empty().to_string(),
        LoadError::Invalid(diagnostics) => {
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            if errors == 1 {
                t.advice_one_error().to_string()
            } else {
                let (before, after) = t.advice_errors();
                format!("{before}{errors}{after}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "qr_code_of",
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
            "CV",
            "Certification",
            "Document",
            "VLAN, GLPI…",
            "trunk serve",
        ];
        let (french, english) = (FRENCH.entries(), ENGLISH.entries());
        assert_eq!(french.len(), english.len());
        assert!(french.len() > 100, "every field is listed");
        for ((field, f), (_, e)) in french.iter().zip(&english) {
            for (f, e) in f.iter().zip(e) {
                if f == e && f.chars().any(char::is_alphabetic) {
                    assert!(
                        official.contains(field) || alike.contains(&f.trim()),
                        "not translated: {field}: {f}"
                    );
                }
            }
        }
    }
}
