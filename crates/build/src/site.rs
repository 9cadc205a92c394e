//! The whole site of a portfolio, from the built app: what `cyberfolio
//! build` writes, with nothing else on the machine. The app (the wasm, its
//! JavaScript glue, the start script, the stylesheet, the favicon and the
//! page Trunk built around them) does not depend on the portfolio, so it is
//! compiled once by this project and carried in the `cyberfolio` binary;
//! only the page is written for each portfolio, by [`crate::page::rewrite`],
//! the same writer as the repository's own build.
//!
//! The site is written into a new folder beside the output, then put in
//! its place: a build that fails midway leaves the previous site whole.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use cyberfolio_model::files::{io_reason, site_root};
use cyberfolio_model::meta::PageMeta;
use cyberfolio_model::Loaded;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use cyberfolio_ui::edition::{Edition, OFFLINE_ARCHIVE};

use crate::offline::{archive, offline_page};
use crate::page::{file_name_of_link, rewrite_as};
use crate::presentation::{presentation_pages, PRESENTATION_PAGE};

/// One file of the built app: its name at the top of the site, and its
/// bytes.
pub type AppFile<'a> = (&'a str, &'a [u8]);

/// The marker of the app in the page Trunk builds (`pattern_script` in
/// `Trunk.toml`).
pub const APP_MARKER: &str = "cyberfolio-app";

/// The file every site written here holds at its top: a folder that has it
/// is one this command built, which a new build may replace; any other
/// folder that is not empty is refused.
pub const SITE_MANIFEST: &str = ".cyberfolio-site";

/// What [`SITE_MANIFEST`] says to whoever opens it.
const MANIFEST_TEXT: &str = "Ce dossier est un site écrit par « cyberfolio build » : une nouvelle construction le remplace en entier.\nThis folder is a site written by `cyberfolio build`: a new build replaces all of it.\n";

/// What a build wrote, for its closing line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The page's title.
    pub title: String,
    /// How many files the site has.
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: usize,
    /// Whether the documents folder of the portfolio's repository was
    /// published (`public/documents/`).
    pub documents: bool,
}

/// Writes the site of `loaded` (read from `portfolio`, whose `bytes` are
/// published as `data/portfolio.json`) into `out`: the app's files, the
/// page written for the portfolio, the portfolio, the other files of its
/// `data/` folder and its repository's `public/documents/` (when it is in
/// a repository's `data/` folder with a `public/` folder beside it, as the
/// validator checks its links), and the JSON Schema. The app's addresses
/// start with `base` (`/depot/`), or are relative without one, which works
/// under any path.
pub fn write(
    app: &[AppFile<'_>],
    loaded: Loaded,
    portfolio: &Path,
    bytes: &[u8],
    out: &Path,
    base: Option<&str>,
) -> Result<Written, String> {
    let html = app_page(app)?;
    let title = PageMeta::of(&loaded.portfolio).title;
    let read = |href: &str| {
        let name = file_name_of_link(href)?;
        let (_, bytes) = app.iter().find(|(file, _)| *file == name)?;
        String::from_utf8(bytes.to_vec()).ok()
    };
    let offline = offline_page(html, loaded.clone(), read)?;
    let page = rewrite_as(
        html,
        loaded.clone(),
        Edition::Online { archive: true },
        read,
    )?;
    let (presentation, offline_presentation) = presentation_pages(&page, loaded)?;
    let page = match base {
        Some(base) => with_base(&page, base)?,
        None => page,
    };
    let repository = site_root(portfolio);
    check_replaceable(out)?;
    check_outside(out, portfolio, repository.as_deref())?;
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| {
        format!(
            "{}: impossible de créer le dossier : {}",
            parent.display(),
            io_reason(&e)
        )
    })?;
    let staging = tempfile::Builder::new()
        .prefix(".cyberfolio-build-")
        .tempdir_in(&parent)
        .map_err(|e| {
            format!(
                "{}: impossible d'y écrire : {}",
                parent.display(),
                io_reason(&e)
            )
        })?;
    let site = staging.path();
    let mut files = Files::default();
    std::fs::write(site.join(SITE_MANIFEST), MANIFEST_TEXT).map_err(|e| {
        format!(
            "{}: impossible d'écrire : {}",
            site.display(),
            io_reason(&e)
        )
    })?;
    for (name, content) in app.iter().filter(|(name, _)| *name != "index.html") {
        files.put(&site.join(name), content)?;
    }
    if let Some(repository) = &repository {
        files.copy_tree(
            &repository.join("data"),
            &site.join("data"),
            Some("portfolio.json"),
        )?;
    }
    files.put(&site.join("data").join("portfolio.json"), bytes)?;
    let documents = repository
        .as_ref()
        .map(|repository| repository.join("public").join("documents"))
        .filter(|documents| documents.is_dir());
    if let Some(documents) = &documents {
        files.copy_tree(documents, &site.join("documents"), None)?;
    }
    files.put(
        &site.join("schema").join("portfolio.schema.json"),
        cyberfolio_model::schema::schema_json().as_bytes(),
    )?;
    files.put(&site.join(PRESENTATION_PAGE), presentation.as_bytes())?;
    files.put(&site.join("index.html"), page.as_bytes())?;
    // Last: the offline copy holds the site's files.
    let app_names: Vec<&str> = app.iter().map(|(name, _)| *name).collect();
    let pages = [
        ("index.html", offline.as_str()),
        (PRESENTATION_PAGE, offline_presentation.as_str()),
    ];
    let copy = archive(site, &pages, &app_names)?;
    files.put(&site.join(OFFLINE_ARCHIVE), &copy)?;
    open_to_readers(site)?;
    put_in_place(staging, out)?;
    Ok(Written {
        title,
        files: files.count,
        bytes: files.bytes,
        documents: documents.is_some(),
    })
}

/// The offline copy of `loaded`'s site ([`crate::offline`]), as
/// [`write`] puts it beside the site: the site is written into a
/// temporary folder, and its archive read back, so that the copy a student
/// makes before the exam is the one the published site offers.
pub fn offline_copy(
    app: &[AppFile<'_>],
    loaded: Loaded,
    portfolio: &Path,
    bytes: &[u8],
) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| {
        format!(
            "impossible de créer un dossier temporaire : {}",
            io_reason(&e)
        )
    })?;
    let site = dir.path().join("site");
    write(app, loaded, portfolio, bytes, &site, None)?;
    let archive = site.join(OFFLINE_ARCHIVE);
    std::fs::read(&archive).map_err(|e| format!("{}: {}", archive.display(), io_reason(&e)))
}

/// The app's page: its `index.html`, with the marker of the app.
fn app_page<'a>(app: &[AppFile<'a>]) -> Result<&'a str, String> {
    let (_, bytes) = app
        .iter()
        .find(|(name, _)| *name == "index.html")
        .ok_or("l'application embarquée n'a pas de index.html")?;
    let html = std::str::from_utf8(bytes)
        .map_err(|_| "le index.html de l'application n'est pas de l'UTF-8")?;
    if !html.contains(APP_MARKER) {
        return Err(
            "le index.html embarqué n'est pas celui de l'application Cyberfolio".to_string(),
        );
    }
    Ok(html)
}

/// `page` with the app's addresses (the marker's `data-js` and
/// `data-wasm`, the only ones left once the page has inlined the rest)
/// under `base`: `/depot/` gives `/depot/cyberfolio-site-….js`. Any other
/// address of the page is relative already.
pub fn with_base(page: &str, base: &str) -> Result<String, String> {
    let base = normalise_base(base)?;
    let found = RefCell::new(false);
    let page = rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "meta[name=cyberfolio-app]",
            |marker| {
                *found.borrow_mut() = true;
                for attribute in ["data-js", "data-wasm"] {
                    if let Some(name) = marker
                        .get_attribute(attribute)
                        .as_deref()
                        .and_then(file_name_of_link)
                    {
                        marker.set_attribute(attribute, &format!("{base}{name}"))?;
                    }
                }
                Ok(())
            }
        )),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))?;
    if found.into_inner() {
        Ok(page)
    } else {
        Err("la page n'a pas le repère de l'application (meta name=cyberfolio-app)".to_string())
    }
}

/// `base` in the form `/depot/` (`/` for the root of a host), or why it is
/// not a path the site can be served under.
pub fn normalise_base(base: &str) -> Result<String, String> {
    let trimmed = base.trim().trim_matches('/');
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~/".contains(c);
    if !trimmed.chars().all(allowed) || trimmed.split('/').any(|part| part == "." || part == "..") {
        return Err(format!(
            "--base {base:?} : attendu un chemin comme /nom-du-depot/ (lettres, chiffres, - . _ ~ et /)"
        ));
    }
    Ok(base_path(base))
}

/// `base` in the form `/depot/` (`/` for the root), unchecked: the path
/// `cyberfolio preview` serves under, and [`normalise_base`]'s form.
pub fn base_path(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

/// Refuses to replace `out` unless it is absent, empty, or a site built
/// here (its `index.html` has the app's marker): `-o .` in the student's
/// repository must never delete it.
fn check_replaceable(out: &Path) -> Result<(), String> {
    let metadata = match std::fs::symlink_metadata(out) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("{}: {}", out.display(), io_reason(&e))),
    };
    let refuse = || {
        Err(format!(
            "{}: ce dossier existe et n'est pas un site construit par cyberfolio ; rien n'est remplacé : choisissez un dossier vide ou absent (-o DOSSIER)",
            out.display()
        ))
    };
    if !metadata.is_dir() {
        return refuse();
    }
    let mut entries =
        std::fs::read_dir(out).map_err(|e| format!("{}: {}", out.display(), io_reason(&e)))?;
    if entries.next().is_none() {
        return Ok(());
    }
    if out.join(SITE_MANIFEST).is_file() || trunk_build(out) {
        Ok(())
    } else {
        refuse()
    }
}

/// Whether `out` holds a site Trunk built (`trunk serve`, or this
/// repository's build before `cyberfolio build`) and nothing else: a page
/// with the app's marker, and only the names such a build writes.
fn trunk_build(out: &Path) -> bool {
    let page = std::fs::read_to_string(out.join("index.html")).unwrap_or_default();
    if !page.contains(APP_MARKER) {
        return false;
    }
    let Ok(entries) = std::fs::read_dir(out) else {
        return false;
    };
    entries.flatten().all(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        let folder = entry.file_type().is_ok_and(|t| t.is_dir());
        if folder {
            ["data", "schema", "documents", ".stage"].contains(&name.as_str())
        } else {
            name == ".trunk-lock"
                || name == "favicon.svg"
                || [".html", ".js", ".wasm", ".css"]
                    .iter()
                    .any(|end| name.ends_with(end))
        }
    })
}

/// Refuses an output that holds the portfolio, the current folder, or the
/// folders the site is copied from (`data/`, `public/`): replacing it would
/// delete them, or copy the site into itself.
fn check_outside(out: &Path, portfolio: &Path, repository: Option<&Path>) -> Result<(), String> {
    let absolute = |path: &Path| std::path::absolute(path).ok().map(|p| normal(&p));
    let Some(target) = absolute(out) else {
        return Ok(());
    };
    let mut kept: Vec<PathBuf> = [absolute(portfolio), absolute(Path::new("."))]
        .into_iter()
        .flatten()
        .collect();
    if let Some(repository) = repository.and_then(absolute) {
        kept.extend(PUBLISHED.map(|folder| repository.join(folder)));
    }
    for path in &kept {
        if path.starts_with(&target) {
            return Err(format!(
                "{}: le site ne peut pas être écrit ici : ce dossier contient {} ; choisissez un dossier à part (-o dist)",
                out.display(),
                path.display()
            ));
        }
    }
    if let Some(source) = published_folder_holding(out, repository) {
        return Err(format!(
            "{}: le site ne peut pas être écrit dans {}, qu'il publie ; choisissez un dossier à part (-o dist)",
            out.display(),
            source.display()
        ));
    }
    Ok(())
}

/// The folders of a portfolio's repository that its site publishes.
const PUBLISHED: [&str; 2] = ["data", "public"];

/// The folder of the portfolio's `repository` that the site publishes
/// (`data/`, `public/`) and that holds `path`, if any: nothing a build
/// writes may go there, or the next build would publish it. Paths are
/// compared absolute, their `..` resolved as written (`data/..` is the
/// repository).
pub fn published_folder_holding(path: &Path, repository: Option<&Path>) -> Option<PathBuf> {
    let absolute = |path: &Path| std::path::absolute(path).ok().map(|p| normal(&p));
    let target = absolute(path)?;
    let repository = absolute(repository?)?;
    PUBLISHED
        .into_iter()
        .map(|folder| repository.join(folder))
        .find(|source| target.starts_with(source))
}

/// `path` without its `.` and `..` components (resolved by their text, as
/// the shell shows the path).
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Puts the site written in `staging` at `out`, replacing the previous
/// one; the previous one is moved aside first and removed last.
fn put_in_place(staging: tempfile::TempDir, out: &Path) -> Result<(), String> {
    let staged = staging.keep();
    let previous = if out.exists() {
        let aside = staged.with_file_name(format!(
            "{}-ancien",
            staged
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(".cyberfolio-build")
        ));
        std::fs::rename(out, &aside).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            format!(
                "{}: impossible de remplacer le site : {}",
                out.display(),
                io_reason(&e)
            )
        })?;
        Some(aside)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(&staged, out) {
        if let Some(previous) = &previous {
            let _ = std::fs::rename(previous, out);
        }
        let _ = std::fs::remove_dir_all(&staged);
        return Err(format!(
            "{}: impossible d'écrire le site : {}",
            out.display(),
            io_reason(&e)
        ));
    }
    if let Some(previous) = previous {
        let _ = std::fs::remove_dir_all(previous);
    }
    Ok(())
}

/// The staging folder is private to its owner; the site is for anyone who
/// serves it.
fn open_to_readers(site: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(site, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("{}: {}", site.display(), io_reason(&e)))?;
    }
    #[cfg(not(unix))]
    let _ = site;
    Ok(())
}

/// The files written so far, counted for [`Written`].
#[derive(Default)]
struct Files {
    count: usize,
    bytes: usize,
}

impl Files {
    /// Writes `content` at `path`, creating its folder.
    fn put(&mut self, path: &Path, content: &[u8]) -> Result<(), String> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| {
                format!(
                    "{}: impossible de créer le dossier : {}",
                    folder.display(),
                    io_reason(&e)
                )
            })?;
        }
        std::fs::write(path, content).map_err(|e| {
            format!(
                "{}: impossible d'écrire : {}",
                path.display(),
                io_reason(&e)
            )
        })?;
        self.count += 1;
        self.bytes += content.len();
        Ok(())
    }

    /// Copies the files under `from` to `to`, as Trunk's `copy-dir` does
    /// (links followed: the published site has no links), but the one
    /// named `except` at its top.
    fn copy_tree(&mut self, from: &Path, to: &Path, except: Option<&str>) -> Result<(), String> {
        let entries = match std::fs::read_dir(from) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("{}: {}", from.display(), io_reason(&e))),
        };
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {}", from.display(), io_reason(&e)))?;
            if except.is_some_and(|name| entry.file_name() == name) {
                continue;
            }
            let source = entry.path();
            let target = to.join(entry.file_name());
            if source.is_dir() {
                self.copy_tree(&source, &target, None)?;
            } else {
                let content = std::fs::read(&source).map_err(|e| {
                    format!(
                        "{}: impossible de lire : {}",
                        source.display(),
                        io_reason(&e)
                    )
                })?;
                self.put(&target, &content)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><title>t</title><meta data-js=./app-1.js data-wasm=./app-1_bg.wasm name=cyberfolio-app data-wasm-integrity=sha384-w><link href=favicon.svg rel=icon><div id=app></div></html>";

    #[test]
    fn the_base_goes_in_front_of_the_apps_two_addresses_only() {
        let page = with_base(PAGE, "depot").expect("rebased");
        assert!(page.contains("data-js=\"/depot/app-1.js\""), "{page}");
        assert!(
            page.contains("data-wasm=\"/depot/app-1_bg.wasm\""),
            "{page}"
        );
        assert!(page.contains("data-wasm-integrity=sha384-w"), "{page}");
        assert!(
            page.contains("href=favicon.svg"),
            "other addresses stay relative"
        );
        let root = with_base(&page, "/").expect("rebased again");
        assert!(root.contains("data-js=\"/app-1.js\""), "{root}");
        assert!(
            with_base("<html><div id=app></div></html>", "/x/").is_err(),
            "not the app's page"
        );
    }

    #[test]
    fn a_base_is_a_plain_path() {
        assert_eq!(normalise_base("/depot/").as_deref(), Ok("/depot/"));
        assert_eq!(normalise_base("depot").as_deref(), Ok("/depot/"));
        assert_eq!(normalise_base(" /a/b ").as_deref(), Ok("/a/b/"));
        assert_eq!(normalise_base("").as_deref(), Ok("/"));
        assert_eq!(normalise_base("/").as_deref(), Ok("/"));
        for bad in ["/a b/", "/../x/", "https://host/x/", "/x\"y/", "/é/", "/./"] {
            assert!(normalise_base(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_an_absent_empty_or_built_folder_is_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        assert!(check_replaceable(&root.join("absent")).is_ok());
        std::fs::create_dir(root.join("empty")).expect("mkdir");
        assert!(check_replaceable(&root.join("empty")).is_ok());
        std::fs::create_dir(root.join("site")).expect("mkdir");
        std::fs::write(root.join("site/index.html"), PAGE).expect("write");
        std::fs::write(root.join("site/app-1.js"), "").expect("write");
        std::fs::create_dir(root.join("site/documents")).expect("mkdir");
        assert!(
            check_replaceable(&root.join("site")).is_ok(),
            "what Trunk builds"
        );
        std::fs::create_dir(root.join("site/.git")).expect("mkdir");
        assert!(
            check_replaceable(&root.join("site")).is_err(),
            "anything else is not replaced"
        );
        std::fs::write(root.join("site").join(SITE_MANIFEST), MANIFEST_TEXT).expect("write");
        assert!(
            check_replaceable(&root.join("site")).is_ok(),
            "unless the site says it is this command's"
        );
        std::fs::create_dir(root.join("repository")).expect("mkdir");
        std::fs::write(root.join("repository/index.html"), "<html>mine</html>").expect("write");
        assert!(check_replaceable(&root.join("repository")).is_err());
        std::fs::write(root.join("file"), "").expect("write");
        assert!(check_replaceable(&root.join("file")).is_err());
    }

    #[test]
    fn the_site_has_the_app_the_page_the_portfolio_its_documents_and_the_schema() {
        let dir = tempfile::tempdir().expect("temp dir");
        let repository = dir.path().join("repository");
        std::fs::create_dir_all(repository.join("data")).expect("mkdir");
        std::fs::create_dir_all(repository.join("public/documents/sub")).expect("mkdir");
        let json = r#"{"basics": {"name": "Zoé Martin"}, "documents": [{"kind": "cv", "title": "CV", "url": "documents/sub/cv.pdf"}]}"#;
        let portfolio = repository.join("data/portfolio.json");
        std::fs::write(&portfolio, json).expect("write");
        std::fs::write(repository.join("data/extra.json"), "{}").expect("write");
        std::fs::write(repository.join("public/documents/sub/cv.pdf"), "%PDF").expect("write");
        let app: [AppFile<'_>; 3] = [
            ("index.html", PAGE.as_bytes()),
            ("app-1.js", b"export default 1"),
            ("app-1_bg.wasm", b"\0asm"),
        ];
        let loaded = cyberfolio_model::load_str(json).expect("loads");
        let out = dir.path().join("out/site");
        let written = write(
            &app,
            loaded,
            &portfolio,
            json.as_bytes(),
            &out,
            Some("/depot/"),
        )
        .expect("written");
        assert_eq!(written.title, "Zoé Martin — Portfolio BTS SIO");
        assert!(written.documents);
        let mut files: Vec<String> = Vec::new();
        fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("read").flatten() {
                let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
                if entry.path().is_dir() {
                    walk(&entry.path(), &format!("{name}/"), files);
                } else {
                    files.push(name);
                }
            }
        }
        walk(&out, "", &mut files);
        files.sort();
        assert_eq!(
            files,
            [
                ".cyberfolio-site",
                "app-1.js",
                "app-1_bg.wasm",
                "data/extra.json",
                "data/portfolio.json",
                "documents/sub/cv.pdf",
                "index.html",
                "portfolio-hors-ligne.zip",
                "presentation.html",
                "schema/portfolio.schema.json"
            ]
        );
        // The presentation's page: the slides and their own script, no app.
        let deck = std::fs::read_to_string(out.join(PRESENTATION_PAGE)).expect("presentation");
        assert!(
            deck.contains(" data-presentation") && deck.contains("class=\"deck-page\""),
            "{deck}"
        );
        assert!(
            !deck.contains("cyberfolio-app")
                && !deck.contains("app-1")
                && !deck.contains("wasm-unsafe-eval"),
            "no app: {deck}"
        );
        assert!(
            deck.contains("href=\"./\" data-deck-leave"),
            "« Quitter » leads to the site"
        );
        // The offline copy: the site's files in one folder, but the app's
        // and the schema, with a page of its own that links to neither.
        let archive = std::fs::File::open(out.join(OFFLINE_ARCHIVE)).expect("the archive");
        let mut archive = zip::ZipArchive::new(archive).expect("a zip");
        let mut names: Vec<String> = archive.file_names().map(str::to_string).collect();
        names.sort();
        assert_eq!(
            names,
            [
                "portfolio-hors-ligne/data/extra.json",
                "portfolio-hors-ligne/data/portfolio.json",
                "portfolio-hors-ligne/documents/sub/cv.pdf",
                "portfolio-hors-ligne/index.html",
                "portfolio-hors-ligne/presentation.html",
            ]
        );
        let mut offline_deck = String::new();
        std::io::Read::read_to_string(
            &mut archive
                .by_name("portfolio-hors-ligne/presentation.html")
                .expect("the presentation"),
            &mut offline_deck,
        )
        .expect("read");
        assert!(
            offline_deck.contains("href=\"index.html\" data-deck-leave"),
            "from a folder, « Quitter » opens index.html"
        );
        let mut offline = String::new();
        std::io::Read::read_to_string(
            &mut archive
                .by_name("portfolio-hors-ligne/index.html")
                .expect("the page"),
            &mut offline,
        )
        .expect("read");
        assert!(
            offline.contains("<html data-offline") || offline.contains(" data-offline"),
            "{offline}"
        );
        assert!(
            !offline.contains("cyberfolio-app") && !offline.contains("app-1"),
            "no app: {offline}"
        );
        assert!(
            !offline.contains(OFFLINE_ARCHIVE),
            "the copy links to no copy"
        );
        assert!(
            offline.contains("Copie hors ligne du portfolio"),
            "it says what it is"
        );
        assert_eq!(
            written.files + 1,
            files.len(),
            "every file but the manifest"
        );
        let page = std::fs::read_to_string(out.join("index.html")).expect("page");
        assert!(page.contains("Zoé Martin"), "the written page");
        assert!(page.contains("data-js=\"/depot/app-1.js\""), "{page}");
        assert!(
            page.contains("<a href=\"portfolio-hors-ligne.zip\" download"),
            "the footer's link"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("data/portfolio.json")).expect("json"),
            json
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out)
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o755, "readable by the server");
        }
    }
}
