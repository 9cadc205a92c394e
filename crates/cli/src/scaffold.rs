//! `cyberfolio new`: a starter portfolio that already validates, in the
//! layout the site builds from (`data/`, `public/documents/`, `schema/`,
//! `.github/workflows/`). It never replaces a file: if one of its files
//! exists with other content, it writes nothing and names that file.
//! With `--lang en`, the portfolio is an English site (`"site":
//! {"language": "en"}`) and what `new` says is in English.

use std::path::{Path, PathBuf};

use cyberfolio_model::{load_bytes_with_files, load_str_with_files, Lang, LoadError};
use serde_json::{json, Map, Value};

use crate::report::{line, pick};
use crate::{EXIT_INVALID, EXIT_IO, EXIT_OK};
use cyberfolio_model::files::io_reason_in;

/// Where the data file points its editor for completion and checks: the
/// schema written next to it, so it works offline and before deployment.
pub const SCHEMA_REFERENCE: &str = "../schema/portfolio.schema.json";

/// The deployment workflow of a student's repository: the Cyberfolio
/// action ([`action_reference`]) validates, builds and uploads the site,
/// with no copy of the engine. (A copy of the repository keeps its own
/// `pages.yml`, which builds the engine from source.)
pub fn workflow() -> String {
    include_str!("student-workflow.yml").replace("{action}", &action_reference())
}

/// The action the workflow uses, at this command's version:
/// `owner/repository@v0.1.0`. The repository is the one the release was
/// built from (`CYBERFOLIO_REPOSITORY` at compile time, see `build.rs`).
pub fn action_reference() -> String {
    format!(
        "{}@v{}",
        env!("CYBERFOLIO_REPOSITORY"),
        env!("CARGO_PKG_VERSION")
    )
}

/// What the documents folder explains to its owner.
pub const DOCUMENTS_README: &str = "# Documents du portfolio\n\n\
Déposez ici vos documents : attestations de stage, CV, procédures, captures.\n\
Dans `data/portfolio.json`, référencez-les par un chemin relatif, par exemple\n\
`\"url\": \"documents/attestation-stage-1.pdf\"`. Le site publie ce dossier tel quel.\n";

/// [`DOCUMENTS_README`] for an English portfolio, as `README.md`.
pub const DOCUMENTS_README_EN: &str = "# Portfolio documents\n\n\
Put your documents here: internship certificates, CV, procedures, screenshots.\n\
In `data/portfolio.json`, refer to them by a relative path, for example\n\
`\"url\": \"documents/internship-certificate-1.pdf\"`. The site publishes this folder as it is.\n";

/// One file `new` writes.
struct Planned {
    path: PathBuf,
    content: String,
}

/// Runs `new` and returns its exit code: a portfolio in `lang`, and
/// messages in `lang`.
pub fn new(
    dir: &Path,
    from: Option<&Path>,
    option: Option<&str>,
    name: Option<&str>,
    lang: Lang,
) -> u8 {
    let mut portfolio = match from {
        None => Map::new(),
        Some(cv) => match read_resume(cv, lang) {
            Ok(map) => map,
            Err(code) => return code,
        },
    };
    let data_file = dir.join("data").join("portfolio.json");
    if let Err((code, message)) = complete(&mut portfolio, option, name, lang) {
        eprintln!("{message}");
        return code;
    }
    let mut text = match serde_json::to_string_pretty(&Value::Object(portfolio)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}: {e}", data_file.display());
            return EXIT_INVALID;
        }
    };
    text.push('\n');
    let warnings = match load_str_with_files(&text, None, lang) {
        Ok(loaded) => loaded.warnings,
        Err(LoadError::Invalid(diagnostics)) => {
            let shown = data_file.display().to_string();
            for d in &diagnostics {
                eprintln!("{}", line(&shown, d, false, lang));
            }
            eprintln!("{shown}: {}", pick(
                lang,
                "le portfolio créé à partir de ce CV serait invalide : corrigez le CV, rien n'a été écrit",
                "the portfolio made from this CV would be invalid: fix the CV; nothing was written",
            ));
            return EXIT_INVALID;
        }
        Err(other) => {
            let error = pick(lang, "erreur", "error");
            eprintln!("{}: {error}: {other}", data_file.display());
            return EXIT_INVALID;
        }
    };
    let (readme, readme_name) = pick(
        lang,
        (DOCUMENTS_README, "LISEZMOI.md"),
        (DOCUMENTS_README_EN, "README.md"),
    );
    let plan = [
        Planned {
            path: data_file.clone(),
            content: text,
        },
        Planned {
            path: dir.join("schema").join("portfolio.schema.json"),
            content: cyberfolio_model::schema::schema_json(),
        },
        Planned {
            path: dir.join("public").join("documents").join(readme_name),
            content: readme.to_string(),
        },
    ];
    // A copy of the repository builds its engine from source with its own
    // workflow; any other folder gets the one that uses the action.
    let copy_of_the_repository = dir.join("scripts").join("build.sh").is_file();
    let workflow = (!copy_of_the_repository).then(|| Planned {
        path: dir.join(".github").join("workflows").join("pages.yml"),
        content: workflow(),
    });
    let plan: Vec<Planned> = plan.into_iter().chain(workflow).collect();
    // Check everything before writing anything.
    let mut to_write = Vec::new();
    for file in &plan {
        match std::fs::read(&file.path) {
            Ok(existing) if existing == file.content.as_bytes() => {
                let up_to_date = pick(lang, "déjà à jour : ", "already up to date: ");
                println!("{up_to_date}{}", file.path.display());
            }
            Ok(_) => {
                eprintln!(
                    "{}: {}",
                    file.path.display(),
                    pick(
                        lang,
                        "ce fichier existe déjà ; cyberfolio new ne remplace jamais un fichier. Déplacez-le ou choisissez un autre dossier. Rien n'a été écrit.",
                        "this file already exists; cyberfolio new never replaces a file. Move it or choose another folder. Nothing was written.",
                    )
                );
                return EXIT_IO;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => to_write.push(file),
            Err(e) => {
                eprintln!("{}: {}", file.path.display(), io_reason_in(&e, lang));
                return EXIT_IO;
            }
        }
    }
    for file in to_write {
        let written = file
            .path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&file.path)
            })
            .and_then(|mut f| std::io::Write::write_all(&mut f, file.content.as_bytes()));
        if let Err(e) = written {
            eprintln!(
                "{}: {}{}",
                file.path.display(),
                pick(lang, "impossible d'écrire : ", "cannot write: "),
                io_reason_in(&e, lang)
            );
            return EXIT_IO;
        }
        let created = pick(lang, "créé : ", "created: ");
        println!("{created}{}", file.path.display());
    }
    let shown = data_file.display().to_string();
    for w in &warnings {
        println!("{}", line(&shown, w, false, lang));
    }
    println!(
        "{}",
        pick(
            lang,
            format!("Portfolio prêt. Ajoutez vos réalisations dans {shown}, puis vérifiez-le avec : cyberfolio validate {shown}"),
            format!("Portfolio ready. Add your projects to {shown}, then check it with: cyberfolio validate --lang en {shown}"),
        )
    );
    if !copy_of_the_repository {
        println!("{}", pick(lang, PUBLISH, PUBLISH_EN));
    }
    EXIT_OK
}

/// How the folder `new` made gets online: said unless it is a copy of the
/// repository (whose README says it).
pub const PUBLISH: &str = "Pour publier : poussez ce dossier dans un dépôt GitHub, puis dans Settings → Pages, choisissez la source « GitHub Actions » : à chaque push, .github/workflows/pages.yml vérifie le portfolio, construit le site et le publie. Pour le voir avant, dans ce dossier : cyberfolio build, puis cyberfolio preview.";

/// [`PUBLISH`] in English.
pub const PUBLISH_EN: &str = "To publish: push this folder to a GitHub repository, then in Settings → Pages, choose the source “GitHub Actions”: at each push, .github/workflows/pages.yml checks the portfolio, builds the site and publishes it. To see it first, in this folder: cyberfolio build, then cyberfolio preview.";

/// Reads a JSON Resume file as a JSON object, keeping every key in order.
fn read_resume(cv: &Path, lang: Lang) -> Result<Map<String, Value>, u8> {
    let bytes = std::fs::read(cv).map_err(|e| {
        eprintln!(
            "{}: {}{}",
            cv.display(),
            pick(
                lang,
                "impossible de lire le fichier : ",
                "cannot read the file: "
            ),
            io_reason_in(&e, lang)
        );
        EXIT_IO
    })?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => {
            // Let the model say where and what, with its messages.
            let shown = cv.display().to_string();
            let error = pick(lang, "erreur", "error");
            match load_bytes_with_files(&bytes, None, lang) {
                Err(LoadError::Invalid(diagnostics)) => {
                    for d in diagnostics.iter().filter(|d| d.is_error()) {
                        eprintln!("{}", line(&shown, d, false, lang));
                    }
                }
                Err(other) => eprintln!("{shown}: {error}: {other}"),
                Ok(_) => eprintln!(
                    "{shown}: {error}: {}",
                    pick(
                        lang,
                        "le CV doit être un objet JSON",
                        "the CV must be a JSON object"
                    )
                ),
            }
            Err(EXIT_INVALID)
        }
    }
}

/// Adds what a portfolio needs on top of a CV (or of nothing): the schema
/// reference, the name, the exam option, an empty list of réalisations,
/// and for an English portfolio its language (`"site": {"language":
/// "en"}`; a French one needs none, French is the default).
fn complete(
    portfolio: &mut Map<String, Value>,
    option: Option<&str>,
    name: Option<&str>,
    lang: Lang,
) -> Result<(), (u8, String)> {
    portfolio.insert("$schema".to_string(), json!(SCHEMA_REFERENCE));
    let basics = portfolio.entry("basics").or_insert_with(|| json!({}));
    let Some(basics) = basics.as_object_mut() else {
        return Err((
            EXIT_INVALID,
            pick(
                lang,
                "« basics » doit être un objet dans le CV",
                "“basics” must be an object in the CV",
            )
            .to_string(),
        ));
    };
    if let Some(name) = name {
        basics.insert("name".to_string(), json!(name));
    }
    let named = basics
        .get("name")
        .and_then(Value::as_str)
        .is_some_and(|n| !n.trim().is_empty());
    if !named {
        // A missing argument, as the README's exit codes say.
        return Err((
            EXIT_IO,
            pick(
                lang,
                "indiquez vos prénom et nom : cyberfolio new DOSSIER --name \"Prénom Nom\"",
                "give your first and last names: cyberfolio new FOLDER --name \"First Last\" --lang en",
            )
            .to_string(),
        ));
    }
    if let Some(option) = option {
        let exam = portfolio.entry("exam").or_insert_with(|| json!({}));
        match exam.as_object_mut() {
            Some(exam) => {
                exam.insert("option".to_string(), json!(option));
            }
            None => {
                let message = pick(
                    lang,
                    "« exam » doit être un objet",
                    "“exam” must be an object",
                );
                return Err((EXIT_INVALID, message.to_string()));
            }
        }
    }
    portfolio.entry("realisations").or_insert_with(|| json!([]));
    if lang != Lang::French {
        let site = portfolio.entry("site").or_insert_with(|| json!({}));
        match site.as_object_mut() {
            Some(site) => {
                site.insert("language".to_string(), json!(lang.code()));
            }
            None => {
                let message = pick(
                    lang,
                    "« site » doit être un objet",
                    "“site” must be an object",
                );
                return Err((EXIT_INVALID, message.to_string()));
            }
        }
    }
    Ok(())
}
