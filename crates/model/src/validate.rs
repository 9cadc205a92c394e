//! The E5 rules: what makes a portfolio publishable (errors) and what the
//! exam expects (warnings).

use crate::date::PartialDate;
use crate::diagnostic::{Diagnostic, JsonPath};
use crate::language::Lang;
use crate::markdown::link_targets;
use crate::meta::{is_language_tag, is_previewable};
use crate::portfolio::{Cadre, DocumentKind, Portfolio, WorkKind};
use crate::referential::Referential;
use crate::say;
use crate::text::{ellipsize, is_slug};
use crate::url::{check_url, full_web_address, UrlCheck};

/// A set of borrowed strings kept sorted, for the validator's duplicate and
/// reference checks (a few hundred ids at most). std's `HashSet` brought
/// its SipHash hasher and a table for `String` keys into the WebAssembly
/// for these checks alone.
#[derive(Default)]
struct StrSet<'a>(Vec<&'a str>);

impl<'a> StrSet<'a> {
    /// Adds `s`; false when it was already there.
    fn insert(&mut self, s: &'a str) -> bool {
        match self.0.binary_search(&s) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, s);
                true
            }
        }
    }

    /// Whether `s` was added.
    fn contains(&self, s: &str) -> bool {
        self.0.binary_search_by(|probe| (*probe).cmp(s)).is_ok()
    }
}

/// Whether a competency code can go into a link (`?c=B1.4,B1.2`) and an
/// element id as it is: ASCII letters, digits, dots and dashes.
fn is_code(code: &str) -> bool {
    code.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// Whether an address is in plain `http://`, which the published site
/// (GitHub Pages, in https) cannot show as an image, and which a printed
/// tableau should not give as the portfolio's address.
fn is_plain_http(url: &str) -> bool {
    url.trim()
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("http:"))
}

/// Whether `url` is a path from the root of the host (`/documents/cv.pdf`):
/// under GitHub Pages the site lives in `/<repository>/`, and such a path
/// leaves it.
fn is_root_relative(url: &str) -> bool {
    let url = url.trim();
    url.starts_with('/') && !url.starts_with("//")
}

/// Says whether the site has a file at an address relative to its root
/// (`documents/cv.pdf`, already percent-decoded by the caller or not: the
/// address is passed as written). `cyberfolio validate` looks in the
/// repository's `public/`; the site itself has no files to look at.
pub type SiteFiles<'f> = &'f dyn Fn(&str) -> bool;

/// The path of a relative address inside the site, without its query and
/// fragment (`documents/cv.pdf` for `documents/cv.pdf#page=2`); `None` for
/// an address with a scheme, one that leaves the host (`//host`, `/path`,
/// which has its own warning), or one within the page (`#contact`).
fn site_path(url: &str) -> Option<&str> {
    let url = url.trim();
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let scheme = path
        .find([':', '/'])
        .is_some_and(|i| path[i..].starts_with(':'));
    (!path.is_empty() && !path.starts_with('/') && !scheme && check_url(url) == UrlCheck::Safe)
        .then_some(path)
}

/// Whether the first segment of a relative address is a host name
/// (`www.example.fr`, `github.com`) rather than a folder or a file of the
/// site (`documents`, `cv.pdf`): it starts with `www.` or ends with a
/// common top-level domain that is not also a file extension.
fn looks_like_host(segment: &str) -> bool {
    const DOMAINS: [&str; 16] = [
        "com", "fr", "org", "net", "io", "dev", "eu", "me", "info", "app", "tech", "co", "be",
        "ch", "ca", "gg",
    ];
    let segment = segment.to_ascii_lowercase();
    let labels: Vec<&str> = segment.split('.').collect();
    let named = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    named && (segment.starts_with("www.") || labels.last().is_some_and(|l| DOMAINS.contains(l)))
}

/// Checks a parsed portfolio against the E5 rules, with messages in
/// `lang`. Paths are filled in; positions are added by the loader, which
/// has the text.
pub fn validate(portfolio: &Portfolio, referential: &Referential, lang: Lang) -> Vec<Diagnostic> {
    validate_with_files(portfolio, referential, None, lang)
}

/// [`validate`], and an error for each relative address that names no file
/// of the site, when `files` can tell: such a link is a 404 once published
/// (an attestation de stage among them).
pub fn validate_with_files(
    portfolio: &Portfolio,
    referential: &Referential,
    files: Option<SiteFiles<'_>>,
    lang: Lang,
) -> Vec<Diagnostic> {
    let mut v = Validator {
        out: Vec::new(),
        files,
        lang,
    };
    let root = JsonPath::root();
    v.referential(portfolio);
    v.basics(portfolio);
    let work_ids = v.work(portfolio);
    for (i, e) in portfolio.education.iter().enumerate() {
        let path = root.key("education").index(i);
        v.required(
            &path.key("institution"),
            &e.institution,
            ("le nom de l'établissement", "the school's name"),
        );
        v.url(&path.key("url"), e.url.as_deref());
        v.period(&path, e.start_date, e.end_date);
    }
    for (i, c) in portfolio.certificates.iter().enumerate() {
        let path = root.key("certificates").index(i);
        v.required(
            &path.key("name"),
            &c.name,
            (
                "l'intitulé de la certification",
                "the certification's title",
            ),
        );
        v.url(&path.key("url"), c.url.as_deref());
    }
    for (i, p) in portfolio.projects.iter().enumerate() {
        let path = root.key("projects").index(i);
        v.url(&path.key("url"), p.url.as_deref());
        v.period(&path, p.start_date, p.end_date);
    }
    v.realisations(portfolio, referential, &work_ids);
    v.documents(portfolio, &work_ids);
    v.tech_watch(portfolio);
    if let Some(contact) = &portfolio.contact {
        let path = root.key("contact").key("formEndpoint");
        if let Some(endpoint) = contact.form_endpoint.as_deref() {
            if !endpoint.trim().to_ascii_lowercase().starts_with("https://") {
                let message = say!(
                    lang,
                    "l'adresse du formulaire doit commencer par https:// (les données des visiteurs doivent être chiffrées)",
                    "the form's address must start with https:// (the visitors' data must be encrypted)",
                );
                v.error(&path, message);
            }
        }
    }
    if let Some(site) = &portfolio.site {
        if let Some(language) = site.language.as_deref() {
            v.language(&root.key("site").key("language"), language);
        }
        let path = root.key("site").key("ogImage");
        v.url(&path, site.og_image.as_deref());
        // The rule of `PageMeta::of` (the build resolves the address):
        // previews need an https image, or a relative one and an https
        // page address to resolve it against.
        if let Some(image) = site
            .og_image
            .as_deref()
            .map(str::trim)
            .filter(|i| !i.is_empty())
        {
            let address = portfolio
                .exam
                .as_ref()
                .and_then(|e| e.portfolio_url.as_deref())
                .map(str::trim);
            if !is_previewable(image, address) {
                let message = say!(
                    lang,
                    "l'image de partage n'apparaîtra pas dans les aperçus de lien : ils demandent une adresse complète en https. Donnez l'adresse publique du site dans « exam.portfolioUrl », ou une URL https ici",
                    "the sharing image will not appear in link previews: they need a full https address. Give the site's public address in “exam.portfolioUrl”, or an https URL here",
                );
                v.warning(&path, message);
            } else if let Some(address) =
                address.filter(|a| site_path(image).is_some() && names_a_folder_without_slash(a))
            {
                // The build resolves the image as a browser would (RFC
                // 3986): against `https://x.github.io/depot`, `og.png` is
                // `https://x.github.io/og.png`, outside the site.
                let message = say!(
                    lang,
                    "l'adresse du site ne finit pas par « / » : l'image de partage « {image} » y serait cherchée dans le dossier au-dessus, comme le fait un navigateur, et les aperçus de lien ne la trouveraient pas. Écrivez « {address}/ »",
                    "the site's address does not end with “/”: the sharing image “{image}” would be looked for in the folder above it, as a browser does, and link previews would not find it. Write “{address}/”",
                );
                v.warning(&root.key("exam").key("portfolioUrl"), message);
            }
        }
    }
    v.exam(portfolio);
    v.out
}

struct Validator<'f> {
    out: Vec<Diagnostic>,
    files: Option<SiteFiles<'f>>,
    /// The language of the messages.
    lang: Lang,
}

/// Whether `address` (`https://x.github.io/depot`) names a folder of the
/// site without the final slash that makes it one for relative addresses:
/// a last path segment with no dot, as a repository name has.
fn names_a_folder_without_slash(address: &str) -> bool {
    let Some((_, after_scheme)) = address.split_once("://") else {
        return false;
    };
    let address = after_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or(after_scheme);
    let Some((_, path)) = address.split_once('/') else {
        return false;
    };
    let last = path.rsplit('/').next().unwrap_or(path);
    !last.is_empty() && !last.contains('.')
}

/// The advice for an address such as `/documents/cv.pdf`.
fn root_relative(lang: Lang) -> String {
    say!(
        lang,
        "adresse commençant par « / » : sur GitHub Pages, le site est publié dans /nom-du-dépôt/ et cette adresse mène hors du site ; écrivez-la sans « / » au début (« documents/cv.pdf »)",
        "address starting with “/”: on GitHub Pages, the site is published in /repository-name/ and this address leads out of the site; write it without the “/” at the start (“documents/cv.pdf”)",
    )
}

impl Validator<'_> {
    fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.out.push(Diagnostic::error(path.clone(), message));
    }

    fn warning(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.out.push(Diagnostic::warning(path.clone(), message));
    }

    /// An error when `value` is blank; `what` names the field, in French
    /// then in English (« le titre du document », "the document's title").
    fn required(&mut self, path: &JsonPath, value: &str, (french, english): (&str, &str)) {
        if value.trim().is_empty() {
            let message = say!(
                self.lang,
                "{french} manque : renseignez ce champ",
                "{english} is missing: fill in this field"
            );
            self.error(path, message);
        }
    }

    /// `site.language`: a tag of a language the interface speaks (`fr`,
    /// `en`, with a region or not), since it chooses the site's texts and
    /// goes into the page's `lang` attribute.
    fn language(&mut self, path: &JsonPath, tag: &str) {
        let tag = tag.trim();
        if is_language_tag(tag) && Lang::of_tag(tag).is_some() {
            return;
        }
        let tag = ellipsize(tag, 40);
        let message = say!(
            self.lang,
            "langue « {tag} » non prise en charge : écrivez \"fr\" pour un site en français ou \"en\" pour un site en anglais, éventuellement suivi d'une région (\"fr-FR\", \"en-GB\")",
            "language “{tag}” not supported: write \"fr\" for a site in French or \"en\" for a site in English, possibly followed by a region (\"fr-FR\", \"en-GB\")"
        );
        self.error(path, message);
    }

    fn url(&mut self, path: &JsonPath, url: Option<&str>) {
        if url.is_some_and(is_root_relative) {
            self.warning(path, root_relative(self.lang));
        }
        match url.map(check_url) {
            // JSON Resume files often carry empty strings for unused URLs.
            None | Some(UrlCheck::Safe) | Some(UrlCheck::Empty) => {}
            Some(UrlCheck::UnsafeScheme(scheme)) => {
                let scheme = ellipsize(&scheme, 20);
                let message = say!(
                    self.lang,
                    "adresse refusée : le préfixe « {scheme}: » n'est pas autorisé ; utilisez https://, http://, mailto:, tel: ou un chemin relatif",
                    "address refused: the prefix “{scheme}:” is not allowed; use https://, http://, mailto:, tel: or a relative path"
                );
                self.error(path, message);
            }
            Some(UrlCheck::Malformed(why)) => {
                let why = why.reason(self.lang);
                let message = say!(
                    self.lang,
                    "adresse refusée : {why}",
                    "address refused: {why}"
                );
                self.error(path, message);
            }
        }
        if let Some(url) = url {
            self.relative_target(path, url);
        }
    }

    /// What goes wrong with a relative address: a web or e-mail address
    /// written without its `https://` or `mailto:` (the browser looks for it
    /// inside the site), or a file that the site does not have.
    fn relative_target(&mut self, path: &JsonPath, url: &str) {
        let Some(target) = site_path(url) else {
            return;
        };
        let first = target.split('/').next().unwrap_or_default();
        let lang = self.lang;
        if first.contains('@') {
            let first = ellipsize(first, 40);
            let message = say!(
                lang,
                "adresse e-mail sans « mailto: » : le lien chercherait une page « {first} » dans le site ; écrivez « mailto:{first} »",
                "e-mail address without “mailto:”: the link would look for a page “{first}” in the site; write “mailto:{first}”"
            );
            self.error(path, message);
        } else if looks_like_host(first) {
            let target = ellipsize(target, 40);
            let message = say!(
                lang,
                "adresse web sans « https:// » : le lien chercherait une page « {target} » dans le site ; écrivez « https://{target} »",
                "web address without “https://”: the link would look for a page “{target}” in the site; write “https://{target}”"
            );
            self.error(path, message);
        } else if self.files.is_some_and(|exists| !exists(target)) {
            let target = ellipsize(target, 60);
            let message = say!(
                lang,
                "fichier introuvable : le site n'a pas de fichier « {target} » (il le servirait depuis public/{target}) ; ajoutez-le au dépôt ou corrigez son nom (majuscules, accents et extension comptent)",
                "file not found: the site has no file “{target}” (it would serve it from “public/{target}”); add it to the repository or correct its name (capitals, accents and extension matter)"
            );
            self.error(path, message);
        }
    }

    /// An image's address: a link's checks, and `https:` when it is not on
    /// the site, since the page's Content-Security-Policy (`img-src 'self'
    /// https:`) blocks any other.
    fn image(&mut self, path: &JsonPath, src: Option<&str>) {
        self.url(path, src);
        if src.is_some_and(is_plain_http) {
            let message = say!(
                self.lang,
                "image en http:// : le navigateur ne l'affichera pas (le site n'accepte que les images en https:// ou copiées dans le dépôt) ; utilisez son adresse en https://",
                "image in http://: the browser will not show it (the site only accepts images in https:// or copied into the repository); use its https:// address"
            );
            self.warning(path, message);
        }
    }

    fn rich_text(&mut self, path: &JsonPath, text: Option<&str>) {
        for target in link_targets(text.unwrap_or_default()) {
            if is_root_relative(&target) {
                self.warning(path, root_relative(self.lang));
            }
            if let UrlCheck::UnsafeScheme(_) | UrlCheck::Malformed(_) = check_url(&target) {
                let shown = ellipsize(&target, 40);
                let message = say!(
                    self.lang,
                    "lien refusé « {shown} » dans le texte : seuls https://, http://, mailto:, tel: et les chemins relatifs sont autorisés",
                    "link “{shown}” refused in the text: only https://, http://, mailto:, tel: and relative paths are allowed"
                );
                self.error(path, message);
            } else {
                self.relative_target(path, &target);
            }
        }
    }

    fn period(&mut self, path: &JsonPath, start: Option<PartialDate>, end: Option<PartialDate>) {
        if let (Some(s), Some(e)) = (start, end) {
            if e.end_key() < s.start_key() {
                let message = say!(
                    self.lang,
                    "la date de fin ({e}) précède la date de début ({s}) : inversez-les ou corrigez-en une",
                    "the end date ({e}) comes before the start date ({s}): swap them or correct one"
                );
                self.error(&path.key("endDate"), message);
            }
        }
    }

    /// Checks an id; `what` says whose, in French then in English (« du
    /// stage », "of the internship").
    fn slug<'p>(
        &mut self,
        path: &JsonPath,
        id: &'p str,
        seen: &mut StrSet<'p>,
        (french, english): (&str, &str),
    ) {
        let lang = self.lang;
        if id.trim().is_empty() {
            let message = say!(
                lang,
                "l'identifiant « id » {french} manque : choisissez un mot court, par exemple « stage-1 » ou « glpi-parc »",
                "the identifier “id” {english} is missing: choose a short word, for example “stage-1” or “glpi-parc”"
            );
            self.error(path, message);
        } else if !is_slug(id) {
            let shown = ellipsize(id, 40);
            let message = say!(
                lang,
                "identifiant « {shown} » invalide : utilisez des lettres minuscules sans accents, des chiffres et des tirets, par exemple « glpi-parc »",
                "invalid identifier “{shown}”: use lower-case letters without accents, digits and hyphens, for example “glpi-parc”"
            );
            self.error(path, message);
        } else if !seen.insert(id) {
            let message = say!(
                lang,
                "identifiant « {id} » déjà utilisé : chaque identifiant doit être unique",
                "identifier “{id}” already used: each identifier must be unique"
            );
            self.error(path, message);
        }
    }

    fn referential(&mut self, portfolio: &Portfolio) {
        let Some(own) = &portfolio.referential else {
            return;
        };
        let path = JsonPath::root().key("referential").key("competencies");
        let lang = self.lang;
        if own.competencies.is_empty() {
            let message = say!(
                lang,
                "le référentiel fourni n'a aucune compétence : supprimez « referential » pour utiliser celui du BTS SIO",
                "the competency framework given has no competency: remove “referential” to use the BTS SIO one"
            );
            self.error(&path, message);
        }
        if own.competencies.len() > 64 {
            let message = say!(
                lang,
                "le référentiel compte plus de 64 compétences : c'est la limite de Cyberfolio",
                "the competency framework has more than 64 competencies: that is Cyberfolio's limit"
            );
            self.error(&path, message);
        }
        let mut seen = StrSet::default();
        for (i, c) in own.competencies.iter().enumerate() {
            let cpath = path.index(i);
            let subs = c.sub_competencies.iter().enumerate();
            let codes = std::iter::once((cpath.key("code"), &c.code)).chain(
                subs.map(|(k, s)| (cpath.key("subCompetencies").index(k).key("code"), &s.code)),
            );
            for (at, code) in codes {
                let shown = ellipsize(code, 20);
                if code.trim().is_empty() || !seen.insert(code) {
                    let message = say!(
                        lang,
                        "code « {shown} » vide ou en double dans le référentiel",
                        "code “{shown}” empty or repeated in the competency framework"
                    );
                    self.error(&at, message);
                } else if !is_code(code) {
                    // Codes go into links (`?c=B1.4,B1.2`) and element ids.
                    let message = say!(
                        lang,
                        "code « {shown} » invalide : utilisez des lettres, des chiffres, des points et des tirets, par exemple « C1.2 »",
                        "invalid code “{shown}”: use letters, digits, dots and hyphens, for example “C1.2”"
                    );
                    self.error(&at, message);
                }
            }
        }
    }

    /// The header of the tableau de synthèse: each field it prints.
    fn exam(&mut self, portfolio: &Portfolio) {
        let path = JsonPath::root().key("exam");
        let lang = self.lang;
        let Some(exam) = &portfolio.exam else {
            let message = say!(
                lang,
                "l'en-tête du tableau de synthèse est vide : ajoutez « exam » avec « option » (\"SISR\" ou \"SLAM\"), « candidateNumber », « trainingCentre » et « portfolioUrl »",
                "the summary table's header is empty: add “exam” with “option” (\"SISR\" or \"SLAM\"), “candidateNumber”, “trainingCentre” and “portfolioUrl”"
            );
            self.warning(&path, message);
            return;
        };
        let said = self.out.len();
        self.url(&path.key("portfolioUrl"), exam.portfolio_url.as_deref());
        let address_said = self.out.len() > said;
        self.presentation(portfolio, exam.presentation.as_deref().unwrap_or_default());
        if exam.portfolio_url.as_deref().is_some_and(is_plain_http) {
            let message = say!(
                lang,
                "adresse en http:// : le site publié sur GitHub Pages est en https://, et le tableau de synthèse imprime cette adresse ; écrivez-la en https://",
                "address in http://: the site published on GitHub Pages is in https://, and the summary table prints this address; write it in https://"
            );
            self.warning(&path.key("portfolioUrl"), message);
        }
        if exam.option.is_none() {
            let message = say!(
                lang,
                "l'option manque : \"SISR\" ou \"SLAM\" ; l'en-tête du tableau de synthèse l'indique",
                "the BTS SIO option is missing: \"SISR\" or \"SLAM\"; the summary table's header shows it"
            );
            self.warning(&path.key("option"), message);
        }
        for (key, value, (french, english)) in [
            (
                "candidateNumber",
                &exam.candidate_number,
                ("le numéro de candidat", "the candidate number"),
            ),
            (
                "trainingCentre",
                &exam.training_centre,
                ("le centre de formation", "the training centre"),
            ),
            (
                "portfolioUrl",
                &exam.portfolio_url,
                ("l'adresse du portfolio", "the portfolio's address"),
            ),
        ] {
            if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                let message = if key == "portfolioUrl" {
                    say!(
                        lang,
                        "{french} manque (« {key} ») : l'en-tête du tableau de synthèse l'indique, et sans elle le tableau imprimé n'a pas de QR codes vers le site",
                        "{english} is missing (“{key}”): the summary table's header shows it, and without it the printed table has no QR codes to the site"
                    )
                } else {
                    say!(
                        lang,
                        "{french} manque (« {key} ») : l'en-tête du tableau de synthèse l'indique",
                        "{english} is missing (“{key}”): the summary table's header shows it"
                    )
                };
                self.warning(&path.key(key), message);
            }
        }
        // An address that a phone cannot open from paper, and that nothing
        // above explained: the QR codes of the printed tableau need the
        // scheme and the host.
        if let Some(address) = exam.portfolio_url.as_deref().map(str::trim) {
            if !address_said && !address.is_empty() && full_web_address(address).is_none() {
                let message = say!(
                    lang,
                    "« {address} » n'est pas une adresse complète : écrivez-la avec https:// et le nom du site, par exemple « https://pseudo.github.io/portfolio/ » ; sinon le tableau imprimé n'a pas de QR codes vers le site",
                    "“{address}” is not a full address: write it with https:// and the site's name, for example “https://username.github.io/portfolio/”; otherwise the printed table has no QR codes to the site"
                );
                self.warning(&path.key("portfolioUrl"), message);
            }
        }
    }

    /// `exam.presentation`: réalisations' ids, each once.
    fn presentation(&mut self, portfolio: &Portfolio, ids: &[String]) {
        let path = JsonPath::root().key("exam").key("presentation");
        let lang = self.lang;
        if portfolio
            .exam
            .as_ref()
            .is_some_and(|e| e.presentation.is_some())
            && ids.is_empty()
        {
            let message = say!(
                lang,
                "la liste de la présentation est vide : toutes les réalisations y sont présentées ; nommez-y les « id » des réalisations à présenter, ou retirez-la",
                "the presentation's list is empty: every réalisation is presented; name in it the “id” of the réalisations to present, or remove it"
            );
            self.warning(&path, message);
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let at = path.index(i);
            let shown = ellipsize(id, 40);
            if !portfolio.realisations.iter().any(|r| &r.id == id) {
                let message = say!(
                    lang,
                    "aucune réalisation n'a l'identifiant « {shown} » : la présentation reprend l'« id » des réalisations à présenter",
                    "no réalisation has the identifier “{shown}”: the presentation lists the “id” of the réalisations to present"
                );
                self.error(&at, message);
            } else if seen.contains(&id.as_str()) {
                let message = say!(
                    lang,
                    "la réalisation « {shown} » est déjà dans la présentation",
                    "the réalisation “{shown}” is already in the presentation"
                );
                self.error(&at, message);
            }
            seen.push(id);
        }
    }

    fn basics(&mut self, portfolio: &Portfolio) {
        let path = JsonPath::root().key("basics");
        let basics = &portfolio.basics;
        let lang = self.lang;
        self.required(
            &path.key("name"),
            &basics.name,
            ("votre nom (« basics.name »)", "your name (“basics.name”)"),
        );
        if let Some(email) = basics.email.as_deref() {
            if email.trim().to_ascii_lowercase().starts_with("mailto:") {
                let message = say!(
                    lang,
                    "écrivez l'adresse e-mail seule, sans « mailto: » au début : le site fait le lien lui-même",
                    "write the e-mail address alone, without “mailto:” at the start: the site makes the link itself"
                );
                self.error(&path.key("email"), message);
            }
            let valid = email.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
            });
            if !valid {
                let shown = ellipsize(email, 40);
                let message = say!(
                    lang,
                    "adresse e-mail « {shown} » invalide : elle doit avoir la forme nom@domaine.fr",
                    "invalid e-mail address “{shown}”: it must have the form name@domain.com"
                );
                self.error(&path.key("email"), message);
            }
        }
        self.image(&path.key("image"), basics.image.as_deref());
        self.url(&path.key("url"), basics.url.as_deref());
        for (i, p) in basics.profiles.iter().enumerate() {
            self.url(&path.key("profiles").index(i).key("url"), p.url.as_deref());
        }
    }

    /// Checks `work` and returns the ids it defines.
    fn work<'p>(&mut self, portfolio: &'p Portfolio) -> StrSet<'p> {
        let mut ids = StrSet::default();
        for (i, w) in portfolio.work.iter().enumerate() {
            let path = JsonPath::root().key("work").index(i);
            let lang = self.lang;
            self.required(
                &path.key("name"),
                &w.name,
                ("le nom de l'organisation", "the organisation's name"),
            );
            if let Some(id) = &w.id {
                self.slug(
                    &path.key("id"),
                    id,
                    &mut ids,
                    ("du stage", "of the internship"),
                );
            }
            self.url(&path.key("url"), w.url.as_deref());
            self.period(&path, w.start_date, w.end_date);
            let name = ellipsize(&w.name, 40);
            if w.kind == Some(WorkKind::Internship) && w.id.is_none() {
                let message = say!(
                    lang,
                    "stage « {name} » sans identifiant : ajoutez un « id » (par exemple « stage-1 ») pour y rattacher son attestation dans « documents » et ses réalisations",
                    "internship “{name}” without an identifier: add an “id” (for example “stage-1”) to link its certificate in “documents” and its projects to it"
                );
                self.warning(&path, message);
            } else if w.kind == Some(WorkKind::Internship) {
                let certified = w.id.as_ref().is_some_and(|id| {
                    portfolio.documents.iter().any(|d| {
                        d.kind == Some(DocumentKind::Certificate) && d.work.as_ref() == Some(id)
                    })
                });
                if !certified {
                    let message = say!(
                        lang,
                        "stage « {name} » sans attestation : l'attestation de stage fait partie du dossier E5 ; ajoutez-la dans « documents » avec \"kind\": \"certificate\" et \"work\" égal à l'« id » de ce stage",
                        "internship “{name}” without a certificate: the internship certificate is part of the E5 file; add it in “documents” with \"kind\": \"certificate\" and \"work\" equal to this internship's “id”"
                    );
                    self.warning(&path, message);
                }
            }
        }
        ids
    }

    fn realisations(
        &mut self,
        portfolio: &Portfolio,
        referential: &Referential,
        work_ids: &StrSet,
    ) {
        let root = JsonPath::root().key("realisations");
        let lang = self.lang;
        let mut ids = StrSet::default();
        let mut mobilised = StrSet::default();
        for (i, r) in portfolio.realisations.iter().enumerate() {
            let path = root.index(i);
            self.slug(
                &path.key("id"),
                &r.id,
                &mut ids,
                ("de la réalisation", "of the project"),
            );
            self.required(
                &path.key("name"),
                &r.name,
                ("l'intitulé de la réalisation", "the project's title"),
            );
            if r.cadre.is_none() {
                let message = say!(
                    lang,
                    "le cadre manque : \"formation\", \"pro1\" (stage de 1re année) ou \"pro2\" (stage de 2e année) ; il place la réalisation dans le tableau de synthèse",
                    "the setting (“cadre”) is missing: \"formation\", \"pro1\" (first-year internship) or \"pro2\" (second-year internship); it places the project in the summary table"
                );
                self.error(&path.key("cadre"), message);
            }
            self.period(&path, r.start_date, r.end_date);
            if r.start_date.is_none() {
                let message = say!(
                    lang,
                    "la date de début manque : le tableau de synthèse indique la période de chaque réalisation (ajoutez aussi « endDate » si elle est terminée)",
                    "the start date is missing: the summary table shows the period of each project (also add “endDate” if it is over)"
                );
                self.warning(&path.key("startDate"), message);
            }
            if let Some(work) = &r.work {
                if !work_ids.contains(work) {
                    let work = ellipsize(work, 40);
                    let message = say!(
                        lang,
                        "aucune expérience « work » n'a l'identifiant « {work} » : reprenez l'« id » d'une entrée de « work »",
                        "no “work” experience has the identifier “{work}”: use the “id” of an entry of “work”"
                    );
                    self.error(&path.key("work"), message);
                }
            }
            if r.competencies.is_empty() {
                let message = say!(
                    lang,
                    "aucune compétence indiquée : chaque réalisation doit préciser les compétences qu'elle mobilise, par exemple [\"B1.1\", \"B1.4\"]",
                    "no competency given: each project must state the competencies it draws on, for example [\"B1.1\", \"B1.4\"]"
                );
                self.error(&path.key("competencies"), message);
            }
            if let (Some(Cadre::Formation), Some(work)) = (r.cadre, &r.work) {
                let internship = portfolio
                    .work
                    .iter()
                    .find(|w| w.id.as_ref() == Some(work))
                    .filter(|w| w.kind == Some(WorkKind::Internship));
                if let Some(w) = internship {
                    let name = ellipsize(&w.name, 40);
                    let message = say!(
                        lang,
                        "réalisation rattachée au stage « {name} » mais placée dans le cadre « formation » : pour un stage, le cadre est \"pro1\" (1re année) ou \"pro2\" (2e année), et le tableau de synthèse la range selon ce cadre",
                        "project linked to the internship “{name}” but placed in the setting (“cadre”) “formation”: for an internship, the setting is \"pro1\" (first year) or \"pro2\" (second year), and the summary table files the project by its setting"
                    );
                    self.warning(&path.key("cadre"), message);
                }
            }
            let mut codes = StrSet::default();
            for (j, code) in r.competencies.iter().enumerate() {
                let shown = ellipsize(code, 20);
                if !codes.insert(code.trim()) {
                    let message = say!(
                        lang,
                        "compétence « {shown} » indiquée deux fois pour cette réalisation : gardez-en une",
                        "competency “{shown}” given twice for this project: keep one"
                    );
                    self.warning(&path.key("competencies").index(j), message);
                }
                match referential.competency_of(code) {
                    Some(c) => {
                        mobilised.insert(&c.code);
                    }
                    None => {
                        let known: Vec<&str> = referential
                            .competencies
                            .iter()
                            .map(|c| c.code.as_str())
                            .collect();
                        let first = known.first().unwrap_or(&"B1.1");
                        let known = known.join(", ");
                        let message = say!(
                            lang,
                            "code de compétence « {shown} » inconnu : les codes du référentiel sont {known} (ou une sous-compétence comme « {first}.1 »)",
                            "unknown competency code “{shown}”: the codes of the competency framework are {known} (or a sub-competency such as “{first}.1”)"
                        );
                        self.error(&path.key("competencies").index(j), message);
                    }
                }
            }
            for (j, d) in r.documents.iter().enumerate() {
                let dpath = path.key("documents").index(j);
                self.required(
                    &dpath.key("title"),
                    &d.title,
                    ("le titre du document", "the document's title"),
                );
                self.required(
                    &dpath.key("url"),
                    &d.url,
                    ("l'adresse du document", "the document's address"),
                );
                self.url(&dpath.key("url"), Some(&d.url));
            }
            for (j, image) in r.images.iter().enumerate() {
                let ipath = path.key("images").index(j);
                self.required(
                    &ipath.key("src"),
                    &image.src,
                    ("l'adresse de l'image", "the image's address"),
                );
                self.image(&ipath.key("src"), Some(&image.src));
                if image.alt.trim().is_empty() {
                    let message = say!(
                        lang,
                        "texte alternatif manquant : décrivez ce que montre l'image pour les personnes qui ne la voient pas",
                        "alternative text missing: describe what the image shows for people who cannot see it"
                    );
                    self.error(&ipath.key("alt"), message);
                }
            }
            // The card's one-line `summary` is plain text, shown as written:
            // only the Markdown fields have links to check.
            for (key, text) in [
                ("context", &r.context),
                ("description", &r.description),
                ("contribution", &r.contribution),
            ] {
                self.rich_text(&path.key(key), text.as_deref());
            }
            if r.documents.is_empty() {
                let message = say!(
                    lang,
                    "aucun document ni production : le tableau de synthèse liste les documents associés à chaque réalisation ; ajoutez au moins une procédure, une capture ou un lien",
                    "no document or deliverable: the summary table lists the documents of each project; add at least one procedure, screenshot or link"
                );
                self.warning(&path.key("documents"), message);
            }
            if r.contribution
                .as_deref()
                .is_none_or(|c| c.trim().is_empty())
            {
                let message = say!(
                    lang,
                    "contribution personnelle non décrite (« contribution ») : le jury vous interrogera sur ce que vous avez fait vous-même",
                    "personal contribution not described (“contribution”): the examiners will ask you what you did yourself"
                );
                self.warning(&path, message);
            }
        }
        for c in &referential.competencies {
            if !mobilised.contains(&c.code) {
                let (code, label) = (&c.code, &c.label);
                let message = say!(
                    lang,
                    "la compétence {code} « {label} » n'est mobilisée par aucune réalisation : l'ensemble des réalisations doit couvrir toutes les compétences du bloc",
                    "the competency {code} “{label}” is used by no project: the projects together must cover every competency of the block"
                );
                self.warning(&root, message);
            }
        }
    }

    fn documents(&mut self, portfolio: &Portfolio, work_ids: &StrSet) {
        for (i, d) in portfolio.documents.iter().enumerate() {
            let path = JsonPath::root().key("documents").index(i);
            self.required(
                &path.key("title"),
                &d.title,
                ("le titre du document", "the document's title"),
            );
            self.required(
                &path.key("url"),
                &d.url,
                ("l'adresse du document", "the document's address"),
            );
            self.url(&path.key("url"), Some(&d.url));
            if let Some(work) = &d.work {
                if !work_ids.contains(work) {
                    let work = ellipsize(work, 40);
                    let message = say!(
                        self.lang,
                        "aucune expérience « work » n'a l'identifiant « {work} » : reprenez l'« id » du stage concerné",
                        "no “work” experience has the identifier “{work}”: use the “id” of the internship concerned"
                    );
                    self.error(&path.key("work"), message);
                }
            }
        }
    }

    fn tech_watch(&mut self, portfolio: &Portfolio) {
        let Some(watch) = &portfolio.tech_watch else {
            return;
        };
        let path = JsonPath::root().key("techWatch");
        self.required(
            &path.key("subject"),
            &watch.subject,
            ("le sujet de la veille", "the tech watch's subject"),
        );
        self.rich_text(&path.key("introduction"), watch.introduction.as_deref());
        self.rich_text(&path.key("method"), watch.method.as_deref());
        for (i, s) in watch.sources.iter().enumerate() {
            self.url(&path.key("sources").index(i).key("url"), s.url.as_deref());
        }
        for (i, a) in watch.articles.iter().enumerate() {
            let apath = path.key("articles").index(i);
            self.required(
                &apath.key("title"),
                &a.title,
                ("le titre de l'article", "the article's title"),
            );
            self.url(&apath.key("url"), a.url.as_deref());
            self.rich_text(&apath.key("summary"), a.summary.as_deref());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::load::load_str;
    use crate::Lang;

    /// The errors of a portfolio, as `path: message up to its advice`.
    fn errors(json: &str) -> Vec<String> {
        match load_str(json) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .diagnostics()
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| {
                    let what = d.message.split(':').next().unwrap_or_default();
                    format!("{}: {}", d.path, what.trim_end())
                })
                .collect(),
        }
    }

    const WORK: &str = r#""work": [
        { "id": "stage-1", "name": "Mairie" },
        { "id": "stage-2", "name": "Clinique" },
        { "id": "stage-1", "name": "Lycée" }
    ]"#;

    #[test]
    fn ids_are_unique_and_references_resolve() {
        let json = format!(
            r#"{{ "basics": {{ "name": "A" }}, {WORK},
            "realisations": [
                {{ "id": "glpi", "name": "GLPI", "cadre": "pro1", "work": "stage-2", "competencies": ["B1.1"] }},
                {{ "id": "vlan", "name": "VLAN", "cadre": "pro1", "work": "stage-3", "competencies": ["B1.2", "B1.2.1"] }},
                {{ "id": "glpi", "name": "GLPI bis", "cadre": "formation", "competencies": ["B1.1"] }}
            ],
            "documents": [
                {{ "title": "Attestation", "url": "documents/a.pdf", "kind": "certificate", "work": "stage-1" }},
                {{ "title": "Attestation", "url": "documents/b.pdf", "kind": "certificate", "work": "stage-9" }}
            ] }}"#
        );
        assert_eq!(
            errors(&json),
            [
                "work[2].id: identifiant « stage-1 » déjà utilisé",
                "realisations[1].work: aucune expérience « work » n'a l'identifiant « stage-3 »",
                "realisations[2].id: identifiant « glpi » déjà utilisé",
                "documents[1].work: aucune expérience « work » n'a l'identifiant « stage-9 »",
            ]
        );
    }

    #[test]
    fn addresses_that_would_be_looked_for_inside_the_site_are_refused() {
        let json = r##"{ "basics": { "name": "A", "email": "mailto:a@b.fr",
                "profiles": [
                    { "network": "GitHub", "url": "github.com/a" },
                    { "network": "Site", "url": "www.a-b.fr" },
                    { "network": "Mail", "url": "a@b.fr" },
                    { "network": "Ok", "url": "https://github.com/a" }
                ] },
            "documents": [
                { "title": "CV", "url": "cv.pdf" },
                { "title": "Script", "url": "documents/setup.sh" },
                { "title": "Page", "url": "#contact" },
                { "title": "Notes", "url": "v1.2/notes.pdf" }
            ],
            "techWatch": { "subject": "MFA", "introduction": "Voir [le guide](cyber.gouv.fr/mfa)." } }"##;
        assert_eq!(
            errors(json),
            [
                "basics.email: écrivez l'adresse e-mail seule, sans « mailto",
                "basics.profiles[0].url: adresse web sans « https",
                "basics.profiles[1].url: adresse web sans « https",
                "basics.profiles[2].url: adresse e-mail sans « mailto",
                "techWatch.introduction: adresse web sans « https",
            ]
        );
    }

    #[test]
    fn with_the_site_files_a_link_to_a_missing_file_is_an_error() {
        let json = r#"{ "basics": { "name": "A", "image": "documents/photo.jpg" },
            "documents": [
                { "title": "Attestation", "url": "documents/attestation.pdf#page=2" },
                { "title": "Oubliée", "url": "documents/attestation-stage2.pdf" },
                { "title": "Ailleurs", "url": "https://example.org/a.pdf" }
            ] }"#;
        let portfolio = crate::load::load_str(json)
            .expect("loads without files")
            .portfolio;
        let referential = crate::Referential::bts_sio();
        let present = ["documents/photo.jpg", "documents/attestation.pdf"];
        let exists = |path: &str| present.contains(&path);
        let missing: Vec<String> =
            super::validate_with_files(&portfolio, &referential, Some(&exists), Lang::French)
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| format!("{}: {}", d.path, d.message))
                .collect();
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert!(
            missing[0].starts_with("documents[1].url: fichier introuvable : le site n'a pas de fichier « documents/attestation-stage2.pdf »"),
            "{missing:?}"
        );
    }

    #[test]
    fn a_stage_in_the_formation_cadre_and_a_code_given_twice_are_warned() {
        let json = r#"{ "basics": { "name": "A" },
            "work": [ { "id": "stage-1", "name": "Mairie", "kind": "internship" } ],
            "realisations": [
                { "id": "glpi", "name": "GLPI", "cadre": "formation", "work": "stage-1",
                  "competencies": ["B1.1", "B1.4", "B1.1"] }
            ] }"#;
        let warnings: Vec<String> = crate::load::load_str(json)
            .expect("loads")
            .warnings
            .into_iter()
            .map(|d| format!("{}: {}", d.path, d.message))
            .collect();
        assert!(
            warnings.iter().any(|w| w.starts_with("realisations[0].cadre: réalisation rattachée au stage « Mairie » mais placée dans le cadre « formation »")),
            "{warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.starts_with(
                "realisations[0].competencies[2]: compétence « B1.1 » indiquée deux fois"
            )),
            "{warnings:?}"
        );
    }

    #[test]
    fn an_own_referential_has_unique_codes() {
        let json = r#"{ "basics": { "name": "A" },
            "referential": { "competencies": [
                { "code": "C1", "label": "Un", "subCompetencies": [{ "code": "C1.1", "label": "Un un" }] },
                { "code": "C2", "label": "Deux", "subCompetencies": [{ "code": "C1.1", "label": "Doublon" }] },
                { "code": "C1", "label": "Trois" },
                { "code": "C,4", "label": "Quatre" }
            ] },
            "realisations": [{ "id": "r", "name": "R", "cadre": "pro2", "competencies": ["C1", "C2"] }] }"#;
        assert_eq!(
            errors(json),
            [
                "referential.competencies[1].subCompetencies[0].code: code « C1.1 » vide ou en double dans le référentiel",
                "referential.competencies[2].code: code « C1 » vide ou en double dans le référentiel",
                "referential.competencies[3].code: code « C,4 » invalide",
            ]
        );
    }

    /// The warnings of a portfolio that loads, as `path: message up to its
    /// advice`, leaving out the competencies not covered.
    fn warnings(json: &str) -> Vec<String> {
        load_str(json)
            .expect("only warnings")
            .warnings
            .iter()
            .filter(|d| !d.message.contains("n'est mobilisée par aucune réalisation"))
            .map(|d| {
                let what = d.message.split(" : ").next().unwrap_or_default();
                format!("{}: {what}", d.path)
            })
            .collect()
    }

    #[test]
    fn a_portfolio_address_a_phone_cannot_open_is_warned_about_for_the_qr_codes() {
        let with = |address: &str| {
            warnings(&format!(
                r#"{{ "basics": {{ "name": "A" }}, "exam": {{ "portfolioUrl": "{address}" }} }}"#
            ))
            .into_iter()
            .filter(|w| w.starts_with("exam.portfolioUrl"))
            .collect::<Vec<_>>()
        };
        for address in ["portfolio/", "//zoe.github.io/"] {
            assert_eq!(
                with(address),
                [format!(
                    "exam.portfolioUrl: « {address} » n'est pas une adresse complète"
                )],
                "{address}"
            );
        }
        assert_eq!(
            with("https://zoe.github.io/portfolio/"),
            Vec::<String>::new()
        );
        // An address already explained (from the site's root) or missing
        // has its own message, which is enough.
        for address in ["/portfolio/", ""] {
            assert!(
                with(address).iter().all(|w| !w.contains("complète")),
                "{address}"
            );
        }
    }

    #[test]
    fn a_site_address_without_its_final_slash_is_warned_about_for_the_preview_image() {
        let with = |address: &str, image: &str| {
            warnings(&format!(
                r#"{{ "basics": {{ "name": "A" }}, "exam": {{ "portfolioUrl": "{address}" }},
                "site": {{ "ogImage": "{image}" }} }}"#
            ))
            .into_iter()
            .filter(|w| w.starts_with("exam.portfolioUrl"))
            .collect::<Vec<_>>()
        };
        assert_eq!(
            with("https://zoe.github.io/portfolio", "documents/og.png"),
            ["exam.portfolioUrl: l'adresse du site ne finit pas par « / »"]
        );
        for (address, image) in [
            ("https://zoe.github.io/portfolio/", "documents/og.png"),
            ("https://zoe.github.io/portfolio/index.html", "og.png"),
            ("https://zoe.github.io", "og.png"),
            ("https://zoe.github.io/portfolio", "/portfolio/og.png"),
            (
                "https://zoe.github.io/portfolio",
                "https://cdn.example/og.png",
            ),
        ] {
            assert_eq!(
                with(address, image),
                Vec::<String>::new(),
                "{address} {image}"
            );
        }
    }

    #[test]
    fn what_the_tableau_and_the_host_would_lose_is_a_warning() {
        let json = r#"{ "basics": { "name": "A", "image": "http://photos.example/a.jpg" },
            "exam": { "option": "SISR", "trainingCentre": " " },
            "work": [{ "name": "Mairie", "kind": "internship" }],
            "realisations": [{ "id": "r", "name": "R", "cadre": "pro1", "competencies": ["B1.1"],
                "contribution": "Tout.", "description": "Voir [la procédure](/documents/p.pdf).",
                "documents": [{ "title": "Procédure", "url": "/documents/p.pdf" }],
                "images": [{ "src": "HTTP://x.example/i.png", "alt": "Schéma" }] }] }"#;
        assert_eq!(
            warnings(json),
            [
                "basics.image: image en http://",
                "exam.candidateNumber: le numéro de candidat manque (« candidateNumber »)",
                "exam.portfolioUrl: l'adresse du portfolio manque (« portfolioUrl »)",
                "exam.trainingCentre: le centre de formation manque (« trainingCentre »)",
                "work[0]: stage « Mairie » sans identifiant",
                "realisations[0].startDate: la date de début manque",
                "realisations[0].description: adresse commençant par « / »",
                "realisations[0].documents[0].url: adresse commençant par « / »",
                "realisations[0].images[0].src: image en http://",
            ]
        );
        // Relative and scheme-relative addresses, https images, a complete
        // header and a dated internship réalisation: no warning.
        let fine = json
            .replace("http://photos", "https://photos")
            .replace("HTTP://x", "//x")
            .replace("(/documents", "(documents")
            .replace("\"/documents", "\"documents")
            .replace("\"trainingCentre\": \" \"", "\"trainingCentre\": \"Lycée\", \"candidateNumber\": \"01\", \"portfolioUrl\": \"https://a.example/\"")
            .replace("\"cadre\"", "\"startDate\": \"2026-01\", \"cadre\"");
        assert_eq!(
            warnings(&fine),
            ["work[0]: stage « Mairie » sans identifiant"]
        );
        let http = fine.replace("https://a.example/", "http://a.example/");
        assert!(
            warnings(&http).contains(&"exam.portfolioUrl: adresse en http://".to_string()),
            "{:?}",
            warnings(&http)
        );
    }

    #[test]
    fn the_site_language_is_one_the_interface_speaks() {
        let with = |language: &str| {
            errors(&format!(
                r#"{{ "basics": {{ "name": "A" }}, "site": {{ "language": {} }} }}"#,
                serde_json::Value::from(language)
            ))
        };
        for accepted in ["fr", "fr-FR", "en", "EN-gb", " en ", "fr-CA"] {
            assert_eq!(with(accepted), Vec::<String>::new(), "{accepted}");
        }
        for refused in ["de", "fr_FR", "", "français", "english", "fr\" onload=\"x"] {
            assert_eq!(
                with(refused),
                [format!(
                    "site.language: langue « {} » non prise en charge",
                    crate::text::ellipsize(refused.trim(), 40)
                )],
                "{refused}"
            );
        }
        let d = load_str(r#"{ "basics": { "name": "A" }, "site": { "language": "de" } }"#)
            .expect_err("refused")
            .diagnostics()
            .to_vec();
        let language = d.iter().find(|d| d.path.to_string() == "site.language");
        assert_eq!(language.expect("located").message, "langue « de » non prise en charge : écrivez \"fr\" pour un site en français ou \"en\" pour un site en anglais, éventuellement suivi d'une région (\"fr-FR\", \"en-GB\")");
    }

    #[test]
    #[cfg(feature = "english-messages")]
    fn the_rules_speak_english_on_request() {
        let json = r#"{ "basics": { "name": "A" }, "site": { "language": "de" },
            "realisations": [{ "id": "r", "name": "R", "competencies": ["B1.1"] }] }"#;
        let d = crate::load::load_str_with_files(json, None, Lang::English)
            .expect_err("refused")
            .diagnostics()
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("{}: {}", d.path, d.message))
            .collect::<Vec<_>>();
        assert_eq!(
            d,
            [
                "site.language: language “de” not supported: write \"fr\" for a site in French or \"en\" for a site in English, possibly followed by a region (\"fr-FR\", \"en-GB\")",
                "realisations[0].cadre: the setting (“cadre”) is missing: \"formation\", \"pro1\" (first-year internship) or \"pro2\" (second-year internship); it places the project in the summary table",
            ]
        );
    }

    #[test]
    fn every_competency_left_uncovered_is_named() {
        let loaded = load_str(
            r#"{ "basics": { "name": "A" }, "realisations": [
                { "id": "a", "name": "A", "cadre": "pro1", "competencies": ["B1.1", "B1.1.2", "B1.3"] },
                { "id": "b", "name": "B", "cadre": "pro2", "competencies": ["B1.3.1", "B1.6"] }
            ] }"#,
        )
        .expect("only warnings");
        let uncovered: Vec<&str> = loaded
            .warnings
            .iter()
            .filter(|w| w.message.contains("n'est mobilisée par aucune réalisation"))
            .filter_map(|w| w.message.split_whitespace().nth(2))
            .collect();
        assert_eq!(uncovered, ["B1.2", "B1.4", "B1.5"]);
    }
}
