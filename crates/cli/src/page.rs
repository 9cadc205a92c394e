//! The page's content as HTML, written into the built `index.html` by
//! `cyberfolio meta`: the navigation, the accueil, every section that does
//! not change once written (À propos, Compétences, Expériences, the
//! tableau de synthèse, Veille, Documents, Contact, the footer), and the
//! réalisations as they are before any filter.
//!
//! A visitor reads all of it as soon as the HTML arrives, with or without
//! the app, and the WebAssembly carries no code to build the fixed
//! sections. The app, which starts when the visitor needs it
//! (`public/init.js`), adds what reacts: the live navigation (theme
//! switch, current section), the réalisations with their filters (in place
//! of the written ones), and the detail view at the end of the page. Links to a filter or a
//! réalisation (`?c=…`, `?r=…`) are plain links that the app follows
//! without reloading (`src/view_links.rs`). The tableau's two controls
//! (print it alone, show the sub-competencies) need no data: `public/init.js`
//! handles them, with or without the app.
//!
//! Every text of the portfolio goes through [`escape_html`]; every address
//! through [`link`], which writes an unsafe one as text, as the site's
//! `Link` component does.

use cyberfolio_model::date::period;
use cyberfolio_model::filter::{competency_href, empty_hint, result_line, sub_competency_count};
use cyberfolio_model::markdown::{self, Block, Inline};
use cyberfolio_model::meta::{cv_url, hero_label, sections, PRERENDERED_ATTRIBUTE};
use cyberfolio_model::order::sort_by_u64_key;
use cyberfolio_model::text::{count, first_sentence};
use cyberfolio_model::url::{is_external, is_safe_url};
use cyberfolio_model::{
    Cadre, Diagnostic, DocumentKind, Filter, LoadError, PartialDate, Portfolio, Referential,
    SearchIndex, Tableau, ViewState, WorkKind,
};

use crate::export::{escape_html, TITLE};

/// The whole content of `<div id="app">`: skip link, navigation, `<main>`
/// with every section, the footer, and the hidden author panel.
pub fn page(portfolio: &Portfolio, referential: &Referential, warnings: &[Diagnostic]) -> String {
    let p = portfolio;
    let mut html = format!("<div {PRERENDERED_ATTRIBUTE}>");
    html.push_str("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>");
    navigation(&mut html, p);
    html.push_str("<main id=\"contenu\" tabindex=\"-1\">");
    accueil(&mut html, p);
    about(&mut html, p);
    competences(&mut html, p, referential);
    if !p.work.is_empty() {
        experiences(&mut html, p);
    }
    realisations(&mut html, p, referential);
    tableau(&mut html, &Tableau::new(p, referential));
    if let Some(watch) = &p.tech_watch {
        veille(&mut html, watch);
    }
    if !p.documents.is_empty() {
        documents(&mut html, p);
    }
    contact(&mut html, p);
    html.push_str("</main>");
    footer(&mut html, p);
    author_panel(&mut html, warnings);
    html.push_str("</div>");
    html
}

/// The author view (`?verifier`): the validator's warnings, written hidden
/// into the page, and shown by `public/init.js` when the address asks for
/// it. The student checks there what the jury would notice; the jury never
/// sees it unless they ask. The site itself no longer validates the file
/// (the build did), so this is where the warnings are written down.
fn author_panel(html: &mut String, warnings: &[Diagnostic]) {
    html.push_str("<aside class=\"author-panel\" id=\"verifier\" aria-labelledby=\"verifier-titre\" hidden><h2 id=\"verifier-titre\">Vérification du portfolio</h2>");
    if warnings.is_empty() {
        html.push_str(
            "<p>Aucun avertissement\u{a0}: le portfolio respecte les attendus de l'épreuve E5.</p>",
        );
    } else {
        element(
            html,
            "<p>",
            &format!(
                "{} avertissement(s) dans data/portfolio.json\u{a0}:",
                cyberfolio_model::diagnostic::tally(warnings).warnings
            ),
            "</p>",
        );
        diagnostics(html, warnings);
    }
    html.push_str("</aside>");
}

/// The content of a page whose portfolio has errors: what is wrong, where
/// in the file, and what to do. `cyberfolio meta` writes it in place of
/// the portfolio (the build fails; under `trunk serve`, the student reads
/// it in the browser). `data-build-errors` tells `public/init.js` not to
/// start the app, which has nothing to show.
pub fn error_page(error: &LoadError) -> String {
    let mut html = String::from(
        "<main id=\"contenu\" class=\"error-page\" tabindex=\"-1\" data-build-errors>",
    );
    element(&mut html, "<h1>", error.title(), "</h1>");
    element(&mut html, "<p>", &error.advice(), "</p>");
    diagnostics(&mut html, error.diagnostics());
    html.push_str("<p>Une fois le fichier corrigé, reconstruisez le site (<code>trunk serve</code> le fait à chaque enregistrement), puis rechargez la page.</p></main>");
    html
}

/// A list of located diagnostics, as the site's error page shows them.
fn diagnostics(html: &mut String, diagnostics: &[Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    html.push_str("<ol class=\"diagnostics\">");
    for d in diagnostics {
        let class = if d.is_error() {
            "diag error"
        } else {
            "diag warning"
        };
        html.push_str(&format!("<li class=\"{class}\"><span class=\"where\">"));
        let mut place = d.severity.label().to_string();
        if let Some(p) = d.position {
            place.push_str(&format!(" — ligne {}, colonne {}", p.line, p.column));
        }
        html.push_str(&escape_html(&place));
        element(html, "</span><code>", &d.path.to_string(), "</code>");
        element(html, "<p>", &d.message, "</p></li>");
    }
    html.push_str("</ol>");
}

/// The réalisations as the app renders them before any filter
/// (`src/sections/realisations.rs`): the filters, the result line and
/// every card. The app replaces this section with its own, identical at
/// first, so that nothing moves; until then (or without JavaScript) the
/// visitor reads the cards, and a filter ticked before the app has started
/// goes into the address (`public/init.js`, which finds the form by its
/// `data-written` and also shows in it the filter the address names),
/// which the app reads.
fn realisations(html: &mut String, p: &Portfolio, referential: &Referential) {
    html.push_str("<section id=\"realisations\" aria-labelledby=\"realisations-titre\"><h2 id=\"realisations-titre\">Réalisations professionnelles</h2>");
    html.push_str("<noscript><p>Les filtres et le détail des réalisations ont besoin de JavaScript\u{a0}; le tableau de synthèse ci-dessous les récapitule.</p></noscript>");
    html.push_str("<form class=\"filters\" role=\"search\" aria-label=\"Filtrer les réalisations\" data-written><fieldset><legend>Compétences mobilisées</legend><ul class=\"chips\">");
    for c in &referential.competencies {
        let code = escape_html(&c.code);
        html.push_str(&format!(
            "<li><label class=\"chip\"><input type=\"checkbox\" name=\"c\" value=\"{code}\"><span class=\"code\">{code}</span> {}</label></li>",
            escape_html(c.short_label())
        ));
    }
    html.push_str("</ul><div class=\"combine\" role=\"radiogroup\" aria-label=\"Combinaison des compétences\"><label><input type=\"radio\" name=\"m\" value=\"\" checked> au moins une</label><label><input type=\"radio\" name=\"m\" value=\"toutes\"> toutes</label></div></fieldset>");
    html.push_str("<div class=\"filter-row\"><label>Cadre <select name=\"cadre\"><option value=\"\">Tous les cadres</option>");
    for cadre in Cadre::ALL {
        html.push_str(&format!(
            "<option value=\"{}\">{}</option>",
            cadre.code(),
            cadre.short_label()
        ));
    }
    html.push_str("</select></label><label>Rechercher <input type=\"search\" name=\"q\" placeholder=\"VLAN, GLPI…\"></label><button type=\"button\" class=\"button\" disabled data-clear>Tout effacer</button><button type=\"button\" class=\"button\" data-copy>Copier le lien</button><span class=\"copied\" role=\"status\"></span></div></form>");
    let total = p.realisations.len();
    let filter = Filter::default();
    element(
        html,
        "<p class=\"result-count\" role=\"status\" aria-live=\"polite\">",
        &result_line(total, total, &filter),
        "</p>",
    );
    if total == 0 {
        element(html, "<p class=\"empty\">", &empty_hint(&filter), "</p>");
    }
    html.push_str("<ul class=\"cards\">");
    for r in &p.realisations {
        html.push_str(&format!(
            "<li class=\"card\" data-card=\"{}\"><h3>",
            escape_html(&r.id)
        ));
        open_link(html, &r.id, &r.name);
        html.push_str("</h3><p class=\"meta\">");
        if let Some(cadre) = r.cadre {
            html.push_str(&format!(
                "<span class=\"tag cadre-{}\">{}</span>",
                cadre.code(),
                cadre.short_label()
            ));
        }
        element(html, " ", &period(r.start_date, r.end_date), "</p>");
        if let Some(summary) = &r.summary {
            element(html, "<p>", summary, "</p>");
        }
        html.push_str("<ul class=\"badges\" aria-label=\"Compétences mobilisées\">");
        for c in referential
            .competencies
            .iter()
            .filter(|c| c.is_mobilised_by(&r.competencies))
        {
            element(html, "<li class=\"badge\">", &c.code, "</li>");
        }
        html.push_str("</ul></li>");
    }
    html.push_str("</ul></section>");
}

/// The header as the app renders it (`src/sections/nav.rs`), which takes
/// its place; the first section is the current one.
fn navigation(html: &mut String, p: &Portfolio) {
    html.push_str(&format!(
        "<header class=\"site-header\"><div class=\"bar\"><a class=\"brand\" href=\"#accueil\">{}</a><nav aria-label=\"Sections du portfolio\"><ul>",
        escape_html(&p.basics.name)
    ));
    for (i, section) in sections(p).iter().enumerate() {
        let current = if i == 0 {
            " aria-current=\"location\""
        } else {
            ""
        };
        html.push_str(&format!(
            "<li><a href=\"#{}\"{current}>{}</a></li>",
            section.id,
            escape_html(section.label)
        ));
    }
    html.push_str("</ul></nav><button type=\"button\" class=\"theme-switch\" aria-pressed=\"false\"><span aria-hidden=\"true\">☀</span><span class=\"visually-hidden\">Thème sombre</span></button></div></header>");
}

/// The first screen: name, title, pitch, photo and calls to action.
fn accueil(html: &mut String, p: &Portfolio) {
    let name = escape_html(&p.basics.name);
    html.push_str(&format!(
        "<section id=\"accueil\" class=\"hero\" aria-labelledby=\"accueil-titre\"><div class=\"hero-text\"><p class=\"eyebrow\">Portfolio BTS SIO</p><h1 id=\"accueil-titre\">{name}</h1>"
    ));
    if let Some(label) = hero_label(p) {
        element(html, "<p class=\"hero-label\">", &label, "</p>");
    }
    if let Some(summary) = &p.basics.summary {
        element(
            html,
            "<p class=\"hero-pitch\">",
            first_sentence(summary),
            "</p>",
        );
    }
    html.push_str("<p class=\"cta\"><a class=\"button primary\" href=\"#realisations\">Voir mes réalisations</a><a class=\"button\" href=\"#tableau\">Tableau de synthèse</a>");
    if let Some(cv) = cv_url(p) {
        link(html, cv, Some("button"), "Télécharger mon CV");
    }
    html.push_str("</p></div>");
    if let Some(src) = &p.basics.image {
        html.push_str(&format!(
            "<img class=\"hero-photo\" src=\"{}\" alt=\"Photo de {name}\" width=\"200\" height=\"200\" fetchpriority=\"high\">",
            escape_html(src)
        ));
    }
    html.push_str("</section>");
}

/// One step of the path, education or work.
struct Step<'a> {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    title: String,
    place: &'a str,
    kind: &'static str,
    /// A diploma's result (« Mention bien »).
    score: Option<&'a str>,
    /// A diploma's main courses.
    courses: &'a [String],
}

/// À propos: the bio, what the BTS SIO is, and the path as a timeline,
/// most recent first.
fn about(html: &mut String, p: &Portfolio) {
    let mut steps: Vec<Step> = p
        .education
        .iter()
        .map(|e| Step {
            start: e.start_date,
            end: e.end_date,
            title: [e.study_type.as_deref(), e.area.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — "),
            place: &e.institution,
            kind: "Formation",
            score: e.score.as_deref(),
            courses: &e.courses,
        })
        .chain(p.work.iter().map(|w| Step {
            start: w.start_date,
            end: w.end_date,
            title: w.position.clone().unwrap_or_else(|| w.name.clone()),
            place: &w.name,
            kind: w.kind.unwrap_or(WorkKind::Job).label(),
            score: None,
            courses: &[],
        }))
        .collect();
    // Undated steps last.
    sort_by_u64_key(&mut steps, |s| {
        s.start.map_or(u64::MAX, |d| {
            let (year, month, day) = d.start_key();
            u64::MAX - 1 - ((u64::from(year) << 16) | (u64::from(month) << 8) | u64::from(day))
        })
    });
    html.push_str("<section id=\"a-propos\" aria-labelledby=\"a-propos-titre\"><h2 id=\"a-propos-titre\">À propos</h2><div class=\"two-columns\"><div>");
    if let Some(summary) = &p.basics.summary {
        element(html, "<p>", summary, "</p>");
    }
    let option = match p.exam.as_ref().and_then(|e| e.option) {
        Some(o) => format!("Option {}\u{a0}: {}.", o.code(), o.label()),
        None => "Deux options\u{a0}: SISR (infrastructures, systèmes et réseaux) et SLAM (solutions logicielles).".to_string(),
    };
    element(
        html,
        "<p class=\"note\">Le BTS SIO (Services informatiques aux organisations) forme en deux ans des techniciens supérieurs en informatique. ",
        &option,
        "</p>",
    );
    if let Some(city) = p.basics.location.as_ref().and_then(|l| l.city.as_deref()) {
        element(html, "<p>Localisation\u{a0}: ", city, "</p>");
    }
    if !p.interests.is_empty() {
        html.push_str("<h3>Centres d'intérêt</h3><ul class=\"interests\">");
        for interest in &p.interests {
            element(html, "<li><strong>", &interest.name, "</strong>");
            if !interest.keywords.is_empty() {
                html.push_str(&escape_html(&format!(
                    "\u{a0}: {}",
                    interest.keywords.join(", ")
                )));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    html.push_str("</div><div><h3>Mon parcours</h3><ol class=\"timeline\">");
    for step in steps {
        element(
            html,
            "<li><p class=\"timeline-when\">",
            &period(step.start, step.end),
            "</p>",
        );
        element(
            html,
            "<p class=\"timeline-what\"><span class=\"tag\">",
            step.kind,
            "</span> ",
        );
        element(html, "<strong>", &step.title, "</strong></p>");
        element(html, "<p class=\"timeline-where\">", step.place, "</p>");
        if let Some(score) = step.score {
            element(html, "<p class=\"timeline-score\">", score, "</p>");
        }
        if !step.courses.is_empty() {
            html.push_str("<ul class=\"timeline-courses\" aria-label=\"Enseignements\">");
            for course in step.courses {
                element(html, "<li>", course, "</li>");
            }
            html.push_str("</ul>");
        }
        html.push_str("</li>");
    }
    html.push_str("</ol></div></div></section>");
}

/// The height of one competency's row in the chart, in SVG units.
const CHART_ROW_HEIGHT: usize = 30;

/// Compétences: the six competencies of the block with how many
/// réalisations mobilise each (a chart, then a card each with its
/// sub-competencies and a link to its réalisations), then technical
/// skills, certifications and languages.
fn competences(html: &mut String, p: &Portfolio, referential: &Referential) {
    let counts = SearchIndex::new(&p.realisations, referential).counts();
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let competencies = &referential.competencies;
    let intro = match referential.title.trim() {
        "" => "Les compétences du bloc, et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations.".to_string(),
        title => format!("Les compétences du «\u{a0}{title}\u{a0}», et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations."),
    };
    html.push_str("<section id=\"competences\" aria-labelledby=\"competences-titre\"><h2 id=\"competences-titre\">Compétences</h2>");
    element(html, "<p>", &intro, "</p>");
    let chart_label = competencies
        .iter()
        .zip(&counts)
        .map(|(c, n)| format!("{}\u{a0}: {}", c.code, n))
        .collect::<Vec<_>>()
        .join(", ");
    let height = competencies.len() * CHART_ROW_HEIGHT;
    html.push_str(&format!(
        "<figure class=\"chart\"><svg viewBox=\"0 0 400 {height}\" width=\"400\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape_html(&format!(
            "Nombre de réalisations par compétence\u{a0}: {chart_label}"
        ))
    ));
    for (i, (c, n)) in competencies.iter().zip(&counts).enumerate() {
        let y = i * CHART_ROW_HEIGHT;
        let width = 300 * n / max;
        html.push_str(&format!(
            "<g><text x=\"0\" y=\"{}\" class=\"chart-code\">{}</text><rect x=\"52\" y=\"{}\" width=\"{}\" height=\"18\" rx=\"3\" class=\"chart-bar\"></rect><text x=\"{}\" y=\"{}\" class=\"chart-count\">{n}</text></g>",
            y + 20,
            escape_html(&c.code),
            y + 6,
            width.max(2),
            58 + width,
            y + 20
        ));
    }
    html.push_str("</svg></figure><ul class=\"competency-grid\">");
    for (c, &n) in competencies.iter().zip(&counts) {
        element(
            html,
            "<li class=\"competency-card\"><h3><span class=\"code\">",
            &c.code,
            "</span> ",
        );
        element(html, "", &c.label, "</h3>");
        element(
            html,
            "<p class=\"count\">",
            &count(n, "réalisation", "réalisations"),
            "</p>",
        );
        html.push_str("<details><summary>Sous-compétences</summary><ul class=\"subs\">");
        for s in &c.sub_competencies {
            element(html, "<li><span class=\"code\">", &s.code, "</span> ");
            html.push_str(&escape_html(&s.label));
            let k = sub_competency_count(&p.realisations, &s.code);
            if k > 0 {
                html.push_str(&format!("<span class=\"count\"> ({k})</span>"));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul></details>");
        if n > 0 {
            html.push_str(&format!(
                "<a href=\"{}\" aria-label=\"{}\">Voir les réalisations</a>",
                escape_html(&competency_href(&c.code)),
                escape_html(&format!(
                    "Voir les réalisations de la compétence {}",
                    c.code
                ))
            ));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    if !p.skills.is_empty() {
        html.push_str("<h3>Compétences techniques</h3><ul class=\"skills\">");
        for skill in &p.skills {
            element(html, "<li><strong>", &skill.name, "</strong>");
            if let Some(level) = &skill.level {
                element(html, "<span class=\"tag\">", level, "</span>");
            }
            element(html, "<p>", &skill.keywords.join(" · "), "</p></li>");
        }
        html.push_str("</ul>");
    }
    html.push_str("<div class=\"two-columns\">");
    if !p.certificates.is_empty() {
        html.push_str("<div><h3>Certifications</h3><ul>");
        for c in &p.certificates {
            html.push_str("<li>");
            link_or_text(html, c.url.as_deref(), &c.name);
            let detail = who_and_when(c.issuer.as_deref(), c.date);
            if !detail.is_empty() {
                html.push_str(&escape_html(&format!(" — {detail}")));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul></div>");
    }
    if !p.languages.is_empty() {
        html.push_str("<div><h3>Langues</h3><ul>");
        for l in &p.languages {
            element(html, "<li>", &l.language, "");
            if let Some(fluency) = &l.fluency {
                html.push_str(&escape_html(&format!(" — {fluency}")));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul></div>");
    }
    html.push_str("</div></section>");
}

/// Expériences: internships and jobs, with their réalisations and
/// certificates.
fn experiences(html: &mut String, p: &Portfolio) {
    html.push_str("<section id=\"experiences\" aria-labelledby=\"experiences-titre\"><h2 id=\"experiences-titre\">Expériences</h2><ol class=\"timeline experiences\">");
    for w in &p.work {
        let kind = w.kind.unwrap_or(WorkKind::Job).label();
        element(
            html,
            "<li><p class=\"timeline-when\">",
            &period(w.start_date, w.end_date),
            "</p>",
        );
        element(html, "<h3><span class=\"tag\">", kind, "</span> ");
        html.push_str(&escape_html(&format!(
            "{} — {}",
            w.position.as_deref().unwrap_or(kind),
            w.name
        )));
        html.push_str("</h3>");
        if let Some(location) = &w.location {
            element(html, "<p class=\"timeline-where\">", location, "</p>");
        }
        if let Some(description) = &w.description {
            element(html, "<p class=\"note\">", description, "</p>");
        }
        if let Some(summary) = &w.summary {
            element(html, "<p>", summary, "</p>");
        }
        if !w.highlights.is_empty() {
            html.push_str("<ul>");
            for h in &w.highlights {
                element(html, "<li>", h, "</li>");
            }
            html.push_str("</ul>");
        }
        let realisations: Vec<_> = p
            .realisations
            .iter()
            .filter(|r| w.id.is_some() && r.work == w.id)
            .collect();
        if !realisations.is_empty() {
            html.push_str("<p class=\"linked\">Réalisations\u{a0}: ");
            for (i, r) in realisations.iter().enumerate() {
                if i > 0 {
                    html.push_str(", ");
                }
                open_link(html, &r.id, &r.name);
            }
            html.push_str("</p>");
        }
        let certificate = p.documents.iter().find(|d| {
            d.kind == Some(DocumentKind::Certificate) && w.id.is_some() && d.work == w.id
        });
        if let Some(certificate) = certificate {
            html.push_str("<p>");
            link(html, &certificate.url, None, "Attestation de stage");
            html.push_str("</p>");
        }
        html.push_str("</li>");
    }
    html.push_str("</ol></section>");
}

/// The tableau de synthèse, laid out like the national model: candidate
/// header, a header row of competencies (links to their réalisations), a
/// row group per cadre (links to each réalisation), the coverage row. The
/// sub-competencies show when the table has the class `with-subs`.
fn tableau(html: &mut String, t: &Tableau) {
    html.push_str("<section id=\"tableau\" class=\"tableau-section\" aria-labelledby=\"tableau-titre\"><h2 id=\"tableau-titre\">Tableau de synthèse</h2><p class=\"no-print\">Le récapitulatif des réalisations et des compétences mises en œuvre, selon le modèle national. Choisissez une compétence pour filtrer les réalisations.</p>");
    // `public/init.js` makes the two controls work (`data-tableau`).
    html.push_str("<div class=\"tableau-actions no-print\"><button type=\"button\" class=\"button primary\" data-tableau=\"print\">Imprimer le tableau</button><label><input type=\"checkbox\" data-tableau=\"subs\"> Afficher les sous-compétences</label></div>");
    element(html, "<p class=\"tableau-title print-only\">", TITLE, "");
    if !t.session.is_empty() {
        html.push_str(&escape_html(&format!(" — Session {}", t.session)));
    }
    html.push_str("</p><dl class=\"tableau-header\">");
    for (key, value) in t.candidate_header() {
        element(html, "<div><dt>", key, "</dt>");
        element(html, "<dd>", &value, "</dd></div>");
    }
    let columns = t.columns.len();
    html.push_str(&format!(
        "</dl><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tableau de synthèse, défilable horizontalement\"><table class=\"tableau\"><thead><tr><th scope=\"col\" rowspan=\"2\" class=\"col-realisation\">Réalisations professionnelles (intitulé et liste des documents et productions associés)</th><th scope=\"col\" rowspan=\"2\" class=\"col-period\">Période</th><th scope=\"colgroup\" colspan=\"{columns}\">Compétences mises en œuvre</th></tr><tr>"
    ));
    for c in &t.columns {
        html.push_str(&format!(
            "<th scope=\"col\" class=\"col-competency\"><a href=\"{}\">",
            escape_html(&competency_href(&c.code))
        ));
        element(html, "<span class=\"code\">", &c.code, "</span> ");
        element(html, "", &c.label, "</a><ul class=\"subs\">");
        for s in &c.sub_competencies {
            element(html, "<li>", s, "</li>");
        }
        html.push_str("</ul></th>");
    }
    html.push_str("</tr></thead>");
    for g in &t.groups {
        // The heading's own box, so that it can stay in view while a phone
        // scrolls the table sideways (style/main.css).
        element(
            html,
            &format!(
                "<tbody><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"{}\"><span>",
                columns + 2
            ),
            g.heading,
            "</span></th></tr>",
        );
        for row in &g.rows {
            html.push_str("<tr><th scope=\"row\" class=\"col-realisation\">");
            open_link(html, &row.id, &row.name);
            if !row.documents.is_empty() {
                html.push_str("<ul class=\"docs\">");
                for d in &row.documents {
                    element(html, "<li>", d, "</li>");
                }
                html.push_str("</ul>");
            }
            element(html, "</th><td class=\"col-period\">", &row.period, "</td>");
            for ((&mark, col), subs) in row.marks.iter().zip(&t.columns).zip(&row.sub_marks) {
                html.push_str("<td class=\"mark\">");
                if mark {
                    element(
                        html,
                        "<span aria-hidden=\"true\">X</span><span class=\"visually-hidden\">",
                        &format!("{} mobilisée", col.code),
                        "</span>",
                    );
                    if !subs.is_empty() {
                        element(
                            html,
                            "<span class=\"sub-marks\">",
                            &subs.join(", "),
                            "</span>",
                        );
                    }
                } else {
                    element(
                        html,
                        "<span class=\"visually-hidden\">",
                        &format!("{} non mobilisée", col.code),
                        "</span>",
                    );
                }
                html.push_str("</td>");
            }
            html.push_str("</tr>");
        }
        if g.rows.is_empty() {
            html.push_str(&format!(
                "<tr><td colspan=\"{}\" class=\"none\">Aucune réalisation dans ce cadre.</td></tr>",
                columns + 2
            ));
        }
        html.push_str("</tbody>");
    }
    html.push_str(
        "<tfoot><tr><th scope=\"row\" colspan=\"2\">Nombre de réalisations par compétence</th>",
    );
    for n in &t.coverage {
        html.push_str(&format!("<td class=\"mark\">{n}</td>"));
    }
    html.push_str("</tr></tfoot></table></div>");
    let uncovered = t.uncovered();
    if !uncovered.is_empty() {
        element(
            html,
            "<p class=\"warning\">Compétences non couvertes\u{a0}: ",
            &uncovered.join(", "),
            ".</p>",
        );
    }
    html.push_str("</section>");
}

/// Veille technologique: subject, method, tools, sources and articles.
fn veille(html: &mut String, watch: &cyberfolio_model::TechWatch) {
    html.push_str("<section id=\"veille\" aria-labelledby=\"veille-titre\"><h2 id=\"veille-titre\">Veille technologique</h2>");
    element(html, "<p class=\"lead\">", &watch.subject, "</p>");
    if let Some(introduction) = &watch.introduction {
        rich_text(html, introduction);
    }
    html.push_str("<div class=\"two-columns\">");
    if let Some(method) = &watch.method {
        html.push_str("<div><h3>Méthode</h3>");
        rich_text(html, method);
        html.push_str("</div>");
    }
    html.push_str("<div>");
    if !watch.tools.is_empty() {
        html.push_str("<h3>Outils</h3><ul class=\"badges\">");
        for tool in &watch.tools {
            element(html, "<li class=\"badge\">", tool, "</li>");
        }
        html.push_str("</ul>");
    }
    if !watch.sources.is_empty() {
        html.push_str("<h3>Sources</h3><ul>");
        for source in &watch.sources {
            html.push_str("<li>");
            link_or_text(html, source.url.as_deref(), &source.name);
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    html.push_str("</div></div>");
    if !watch.articles.is_empty() {
        html.push_str("<h3>Articles</h3><ul class=\"articles\">");
        for a in &watch.articles {
            html.push_str("<li class=\"card\"><h4>");
            link_or_text(html, a.url.as_deref(), &a.title);
            html.push_str("</h4>");
            let meta = who_and_when(a.source.as_deref(), a.date);
            if !meta.is_empty() {
                element(html, "<p class=\"meta\">", &meta, "</p>");
            }
            if let Some(summary) = &a.summary {
                rich_text(html, summary);
            }
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
}

/// Documents: CV, internship certificates, certifications.
fn documents(html: &mut String, p: &Portfolio) {
    html.push_str("<section id=\"documents\" aria-labelledby=\"documents-titre\"><h2 id=\"documents-titre\">Documents</h2><ul class=\"documents\">");
    for d in &p.documents {
        html.push_str("<li>");
        if let Some(kind) = d.kind {
            element(html, "<span class=\"tag\">", kind.label(), "</span> ");
        }
        link(html, &d.url, None, &escape_html(&d.title));
        let work = d
            .work
            .as_ref()
            .and_then(|id| p.work.iter().find(|w| w.id.as_ref() == Some(id)))
            .map(|w| w.name.as_str())
            .filter(|name| !d.title.contains(name));
        if let Some(work) = work {
            html.push_str(&escape_html(&format!(" — {work}")));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul></section>");
}

/// Contact: e-mail, phone, social profiles, and an optional static form.
fn contact(html: &mut String, p: &Portfolio) {
    let basics = &p.basics;
    let contact = p.contact.clone().unwrap_or_default();
    html.push_str("<section id=\"contact\" aria-labelledby=\"contact-titre\"><h2 id=\"contact-titre\">Contact</h2>");
    if let Some(message) = &contact.message {
        element(html, "<p>", message, "</p>");
    }
    html.push_str("<ul class=\"contact-list\">");
    if let Some(email) = &basics.email {
        html.push_str("<li>E-mail\u{a0}: ");
        link(html, &format!("mailto:{email}"), None, &escape_html(email));
        html.push_str("</li>");
    }
    if let Some(phone) = &basics.phone {
        html.push_str("<li>Téléphone\u{a0}: ");
        link(
            html,
            &format!("tel:{}", phone.replace(' ', "")),
            None,
            &escape_html(phone),
        );
        html.push_str("</li>");
    }
    if let Some(url) = &basics.url {
        html.push_str("<li>Site\u{a0}: ");
        link(html, url, None, &escape_html(url));
        html.push_str("</li>");
    }
    for profile in &basics.profiles {
        let text = match &profile.username {
            Some(u) => format!("{}\u{a0}: {}", profile.network, u),
            None => profile.network.clone(),
        };
        html.push_str("<li>");
        link_or_text(html, profile.url.as_deref(), &text);
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    if let Some(endpoint) = &contact.form_endpoint {
        html.push_str(&format!(
            "<form class=\"contact-form\" action=\"{}\" method=\"post\"><label>Votre nom <input type=\"text\" name=\"nom\" autocomplete=\"name\" required></label><label>Votre e-mail <input type=\"email\" name=\"email\" autocomplete=\"email\" required></label><label>Message <textarea name=\"message\" rows=\"5\" required></textarea></label><button type=\"submit\" class=\"button primary\">Envoyer</button>",
            escape_html(endpoint)
        ));
        if let Some(email) = &basics.email {
            html.push_str("<p class=\"note\">Le formulaire ne fonctionne pas\u{a0}? ");
            link(
                html,
                &format!("mailto:{email}"),
                None,
                "Écrivez-moi directement",
            );
            html.push_str(".</p>");
        }
        html.push_str("</form>");
    }
    html.push_str("</section>");
}

/// The footer with the mentions légales required of a French website.
fn footer(html: &mut String, p: &Portfolio) {
    let host = p
        .site
        .as_ref()
        .and_then(|s| s.host.as_deref())
        .unwrap_or("GitHub Pages (GitHub Inc., San Francisco, États-Unis)");
    let contact = p
        .basics
        .email
        .as_ref()
        .map(|e| format!(", {e}"))
        .unwrap_or_default();
    html.push_str("<footer class=\"site-footer\"><h2 class=\"visually-hidden\">Pied de page</h2><details><summary>Mentions légales</summary>");
    element(
        html,
        "<p>Éditeur et directeur de la publication\u{a0}: ",
        &format!("{}{contact}", p.basics.name),
        ".</p>",
    );
    element(html, "<p>Hébergeur\u{a0}: ", host, ".</p>");
    html.push_str("<p>Ce site ne dépose aucun cookie et ne collecte aucune donnée personnelle\u{a0}; le thème choisi est mémorisé dans votre navigateur uniquement.</p></details><p>Portfolio réalisé avec Cyberfolio, pour l'épreuve E5 du BTS SIO.</p></footer>");
}

/// « ANSSI, mars 2026 »: who issued or published something, and when,
/// with whichever of the two is known.
fn who_and_when(who: Option<&str>, when: Option<PartialDate>) -> String {
    let when = when.map(PartialDate::french);
    [who, when.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

/// `open`, the text escaped, then `close`: the two ends are this module's
/// own markup.
fn element(html: &mut String, open: &str, text: &str, close: &str) {
    html.push_str(open);
    html.push_str(&escape_html(text));
    html.push_str(close);
}

/// A link to an address of the portfolio around `label` (markup, already
/// escaped), as the site's `Link` component writes it: an external one
/// opens in a new tab and says so; an unsafe one is not a link.
fn link(html: &mut String, href: &str, class: Option<&str>, label: &str) {
    let class = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
    if !is_safe_url(href) {
        html.push_str(&format!("<span{class}>{label}</span>"));
    } else if is_external(href) {
        html.push_str(&format!(
            "<a href=\"{}\"{class} target=\"_blank\" rel=\"noopener noreferrer\">{label}<span class=\"visually-hidden\"> (nouvel onglet)</span></a>",
            escape_html(href)
        ));
    } else {
        html.push_str(&format!(
            "<a href=\"{}\"{class}>{label}</a>",
            escape_html(href)
        ));
    }
}

/// A link that opens a réalisation in the site's detail view (`?r=id`).
fn open_link(html: &mut String, id: &str, name: &str) {
    let href = ViewState {
        open: Some(id.to_string()),
        ..ViewState::default()
    }
    .to_query();
    element(
        html,
        &format!("<a href=\"{}\">", escape_html(&href)),
        name,
        "</a>",
    );
}

/// A link when there is an address, the text alone otherwise.
fn link_or_text(html: &mut String, href: Option<&str>, text: &str) {
    match href {
        Some(href) => link(html, href, None, &escape_html(text)),
        None => html.push_str(&escape_html(text)),
    }
}

/// A rich-text field: the safe Markdown subset, as elements; never the
/// student's raw HTML.
fn rich_text(html: &mut String, text: &str) {
    for block in markdown::parse(text) {
        match block {
            Block::Paragraph(inlines) => {
                html.push_str("<p>");
                inlines_html(html, &inlines);
                html.push_str("</p>");
            }
            Block::Heading(inlines) => {
                html.push_str("<p class=\"rich-heading\"><strong>");
                inlines_html(html, &inlines);
                html.push_str("</strong></p>");
            }
            Block::List { ordered, items } => {
                let tag = if ordered { "ol" } else { "ul" };
                html.push_str(&format!("<{tag}>"));
                for item in items {
                    html.push_str("<li>");
                    inlines_html(html, &item);
                    html.push_str("</li>");
                }
                html.push_str(&format!("</{tag}>"));
            }
            Block::Code(code) => element(html, "<pre><code>", &code, "</code></pre>"),
        }
    }
}

fn inlines_html(html: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => html.push_str(&escape_html(t)),
            Inline::Strong(c) => {
                html.push_str("<strong>");
                inlines_html(html, c);
                html.push_str("</strong>");
            }
            Inline::Emphasis(c) => {
                html.push_str("<em>");
                inlines_html(html, c);
                html.push_str("</em>");
            }
            Inline::Code(c) => element(html, "<code>", c, "</code>"),
            Inline::Link { label, url } => {
                let mut inner = String::new();
                inlines_html(&mut inner, label);
                link(html, url, None, &inner);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cyberfolio_model::load_str;

    const PORTFOLIO: &str = r#"{
      "basics": { "name": "Test Candidat", "email": "test@example.org" },
      "exam": { "option": "SISR", "candidateNumber": "0042" },
      "work": [{ "id": "mairie", "name": "Mairie", "kind": "internship", "startDate": "2026-05" }],
      "realisations": [
        { "id": "glpi", "name": "Inventaire GLPI", "cadre": "formation", "startDate": "2025-10-06", "endDate": "2025-11-14",
          "competencies": ["B1.1", "B1.4.2"], "documents": [{ "title": "Procédure GLPI", "url": "documents/glpi.pdf" }] },
        { "id": "vlan", "name": "Segmentation en VLAN du réseau", "cadre": "pro1", "work": "mairie", "competencies": ["B1.2", "B1.5"] },
        { "id": "site", "name": "Site vitrine", "cadre": "pro2", "competencies": ["B1.3", "B1.4", "B1.6"] }
      ]
    }"#;

    fn written(json: &str) -> String {
        let loaded = load_str(json).expect("the test portfolio loads");
        page(&loaded.portfolio, &loaded.referential, &loaded.warnings)
    }

    /// The text between `start` and the next `end` after it.
    fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
        let from = html.find(start).expect(start) + start.len();
        &html[from..from + html[from..].find(end).expect(end)]
    }

    #[test]
    fn sections_come_in_page_order() {
        let html = written(PORTFOLIO);
        let at = |needle: &str| html.find(needle).unwrap_or(usize::MAX);
        let order = [
            at("<header class=\"site-header\">"),
            at("<section id=\"accueil\""),
            at("<section id=\"a-propos\""),
            at("<section id=\"competences\""),
            at("<section id=\"experiences\""),
            at("<section id=\"realisations\""),
            at("<section id=\"tableau\""),
            at("<section id=\"contact\""),
            at("<footer class=\"site-footer\">"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(html.starts_with("<div data-prerendered>") && html.ends_with("</div>"));
        // Sections with nothing to show are not written.
        assert!(!html.contains("id=\"veille\"") && !html.contains("id=\"documents\""));
        assert!(!written(r#"{"basics": {"name": "A"}}"#).contains("id=\"experiences\""));
    }

    #[test]
    fn view_links_are_the_ones_the_app_follows() {
        let html = written(PORTFOLIO);
        // An internship lists its réalisations, each opening its detail.
        assert!(between(&html, "<p class=\"linked\">", "</p>")
            .contains("<a href=\"?r=vlan\">Segmentation en VLAN du réseau</a>"));
        // A competency with réalisations links to them; one without does not.
        assert!(html.contains("<a href=\"?c=B1.1#realisations\" aria-label=\"Voir les réalisations de la compétence B1.1\">Voir les réalisations</a>"));
        let competencies = between(&html, "class=\"competency-grid\"", "</ul></section>");
        assert_eq!(competencies.matches("Voir les réalisations</a>").count(), 6);
    }

    #[test]
    fn the_realisations_are_written_as_the_app_shows_them_unfiltered() {
        let html = written(PORTFOLIO);
        let section = between(&html, "<section id=\"realisations\"", "</section>");
        // One chip per competency, the three cadres, nothing chosen.
        assert_eq!(
            section
                .matches("<input type=\"checkbox\" name=\"c\"")
                .count(),
            6
        );
        assert!(section.contains(
            "<input type=\"checkbox\" name=\"c\" value=\"B1.4\"><span class=\"code\">B1.4</span> "
        ));
        assert_eq!(section.matches("<option value=\"").count(), 4);
        assert_eq!(section.matches(" checked>").count(), 1, "« au moins une »");
        assert!(section.contains("<p class=\"result-count\" role=\"status\" aria-live=\"polite\">3\u{a0}réalisations au total</p>"));
        let cards: Vec<&str> = section
            .split("<li class=\"card\" data-card=\"")
            .skip(1)
            .collect();
        let ids: Vec<&str> = cards
            .iter()
            .map(|c| &c[..c.find('"').expect("id")])
            .collect();
        assert_eq!(ids, ["glpi", "vlan", "site"]);
        assert!(cards[0].contains("<h3><a href=\"?r=glpi\">Inventaire GLPI</a></h3>"));
        assert!(cards[0].contains("<span class=\"tag cadre-formation\">En formation</span> "));
        // A sub-competency counts for its competency.
        assert_eq!(
            between(cards[0], "<ul class=\"badges\"", "</ul>")
                .matches("class=\"badge\"")
                .count(),
            2
        );
        assert!(cards[0].contains("<li class=\"badge\">B1.4</li>"));
        // No réalisation: the line says so, with the hint the app gives.
        let empty = written(r#"{"basics": {"name": "A"}}"#);
        assert!(empty.contains(">Aucune réalisation au total</p><p class=\"empty\">"));
    }

    #[test]
    fn the_tableau_has_its_groups_marks_and_coverage() {
        let html = written(PORTFOLIO);
        let table = between(&html, "<table class=\"tableau\">", "</table>");
        let groups: Vec<&str> = table
            .split("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"8\"><span>")
            .skip(1)
            .map(|g| &g[..g.find("</span></th>").expect("end of heading")])
            .collect();
        assert_eq!(
            groups,
            [
                "Réalisations en cours de formation",
                "Réalisations en milieu professionnel en cours de première année",
                "Réalisations en milieu professionnel en cours de seconde année"
            ]
        );
        let first_row = between(
            table,
            "<th scope=\"row\" class=\"col-realisation\">",
            "</tr>",
        );
        assert!(first_row.starts_with("<a href=\"?r=glpi\">Inventaire GLPI</a><ul class=\"docs\"><li>Procédure GLPI</li></ul>"));
        assert!(first_row.contains("<td class=\"col-period\">du 06/10/25 au 14/11/25</td>"));
        let marks: Vec<bool> = first_row
            .split("<td class=\"mark\">")
            .skip(1)
            .map(|cell| cell.starts_with("<span aria-hidden=\"true\">X</span>"))
            .collect();
        assert_eq!(marks, [true, false, false, true, false, false]);
        assert!(first_row.contains("<span class=\"sub-marks\">B1.4.2</span>"));
        let coverage = between(table, "<tfoot>", "</tfoot>");
        let counts: String = coverage
            .split("<td class=\"mark\">")
            .skip(1)
            .map(|cell| &cell[..cell.find('<').expect("end of cell")])
            .collect();
        assert_eq!(counts, "111211");
        // Column headers filter the réalisations; the controls are init.js's.
        assert!(table.contains("<th scope=\"col\" class=\"col-competency\"><a href=\"?c=B1.5#realisations\"><span class=\"code\">B1.5</span> "));
        assert!(html.contains("data-tableau=\"print\"") && html.contains("data-tableau=\"subs\""));
    }

    #[test]
    fn every_text_is_escaped_and_no_unsafe_address_becomes_a_link() {
        let hostile = r#"{
          "basics": { "name": "<script>alert(1)</script>", "summary": "\"><img src=x onerror=alert(1)>. Suite.",
            "profiles": [{ "network": "<b>GitHub</b>", "url": "https://github.com/a?b=\"><x>" }] },
          "techWatch": { "subject": "<i>IA</i> & sécurité", "introduction": "[clic](https://ok.example/\"a) et **<u>gras</u>**",
            "articles": [{ "title": "<h1>Titre</h1>", "summary": "`<code>` & <svg onload=alert(1)>" }] },
          "documents": [{ "title": "CV <b>", "url": "documents/cv.pdf", "kind": "cv" }]
        }"#;
        let html = written(hostile);
        for raw in [
            "<script>",
            "<img src=x",
            "<b>",
            "<x>",
            "<i>IA",
            "<u>",
            "<h1>Titre",
            "<svg onload",
        ] {
            assert!(!html.contains(raw), "{raw} written as markup");
        }
        assert!(
            html.contains("<h1 id=\"accueil-titre\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
        );
        assert!(html.contains("href=\"https://github.com/a?b=&quot;&gt;&lt;x&gt;\""));
        assert!(html.contains("<p class=\"lead\">&lt;i&gt;IA&lt;/i&gt; &amp; sécurité</p>"));
        // An address the site would refuse is text, never a link.
        let mut out = String::new();
        link(&mut out, "javascript:alert(1)", None, "clic");
        assert_eq!(out, "<span>clic</span>");
        out.clear();
        link(&mut out, "https://ok.example/", Some("button"), "CV");
        assert_eq!(out, "<a href=\"https://ok.example/\" class=\"button\" target=\"_blank\" rel=\"noopener noreferrer\">CV<span class=\"visually-hidden\"> (nouvel onglet)</span></a>");
    }
}
