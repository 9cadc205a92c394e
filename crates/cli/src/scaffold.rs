//! `cyberfolio new`: a starter portfolio that already validates, in the
//! layout the site builds from (`data/`, `public/documents/`, `schema/`,
//! `.github/workflows/`). It never replaces a file: if one of its files
//! exists with other content, it writes nothing and names that file.

use std::path::{Path, PathBuf};

use cyberfolio_model::{load_bytes, load_str, Lang, LoadError};
use serde_json::{json, Map, Value};

use crate::report::line;
use crate::{EXIT_INVALID, EXIT_IO, EXIT_OK};
use cyberfolio_model::files::io_reason;

/// Where the data file points its editor for completion and checks: the
/// schema written next to it, so it works offline and before deployment.
pub const SCHEMA_REFERENCE: &str = "../schema/portfolio.schema.json";

/// The deployment workflow, the same file as this repository's.
pub const WORKFLOW: &str = include_str!("../../../.github/workflows/pages.yml");

/// What the documents folder explains to its owner.
pub const DOCUMENTS_README: &str = "# Documents du portfolio\n\n\
Déposez ici vos documents : attestations de stage, CV, procédures, captures.\n\
Dans `data/portfolio.json`, référencez-les par un chemin relatif, par exemple\n\
`\"url\": \"documents/attestation-stage-1.pdf\"`. Le site publie ce dossier tel quel.\n";

/// One file `new` writes.
struct Planned {
    path: PathBuf,
    content: String,
}

/// Runs `new` and returns its exit code.
pub fn new(dir: &Path, from: Option<&Path>, option: Option<&str>, name: Option<&str>) -> u8 {
    let mut portfolio = match from {
        None => Map::new(),
        Some(cv) => match read_resume(cv) {
            Ok(map) => map,
            Err(code) => return code,
        },
    };
    let data_file = dir.join("data").join("portfolio.json");
    if let Err((code, message)) = complete(&mut portfolio, option, name) {
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
    let warnings = match load_str(&text) {
        Ok(loaded) => loaded.warnings,
        Err(LoadError::Invalid(diagnostics)) => {
            let shown = data_file.display().to_string();
            for d in &diagnostics {
                eprintln!("{}", line(&shown, d, false, Lang::French));
            }
            eprintln!("{shown}: le portfolio créé à partir de ce CV serait invalide : corrigez le CV, rien n'a été écrit");
            return EXIT_INVALID;
        }
        Err(other) => {
            eprintln!("{}: erreur: {other}", data_file.display());
            return EXIT_INVALID;
        }
    };
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
            path: dir.join("public").join("documents").join("LISEZMOI.md"),
            content: DOCUMENTS_README.to_string(),
        },
        Planned {
            path: dir.join(".github").join("workflows").join("pages.yml"),
            content: WORKFLOW.to_string(),
        },
    ];
    // Check everything before writing anything.
    let mut to_write = Vec::new();
    for file in &plan {
        match std::fs::read(&file.path) {
            Ok(existing) if existing == file.content.as_bytes() => {
                println!("déjà à jour : {}", file.path.display());
            }
            Ok(_) => {
                eprintln!(
                    "{}: ce fichier existe déjà ; cyberfolio new ne remplace jamais un fichier. Déplacez-le ou choisissez un autre dossier. Rien n'a été écrit.",
                    file.path.display()
                );
                return EXIT_IO;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => to_write.push(file),
            Err(e) => {
                eprintln!("{}: {}", file.path.display(), io_reason(&e));
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
                "{}: impossible d'écrire : {}",
                file.path.display(),
                io_reason(&e)
            );
            return EXIT_IO;
        }
        println!("créé : {}", file.path.display());
    }
    let shown = data_file.display().to_string();
    for w in &warnings {
        println!("{}", line(&shown, w, false, Lang::French));
    }
    println!(
        "Portfolio prêt. Ajoutez vos réalisations dans {shown}, puis vérifiez-le avec : cyberfolio validate {shown}"
    );
    if !dir.join("scripts/build.sh").is_file() {
        // The workflow builds the site with the repository's scripts.
        println!("{}", NOT_A_COPY);
    }
    EXIT_OK
}

/// Said when `new` wrote into a folder that is not a copy of the Cyberfolio
/// repository: the workflow it wrote runs `scripts/setup.sh` and
/// `scripts/build.sh`, which are not there.
pub const NOT_A_COPY: &str = "Attention : ce dossier n'est pas une copie du dépôt Cyberfolio (scripts/build.sh est absent). Le workflow .github/workflows/pages.yml construit le site avec les scripts du dépôt : publié tel quel, il échouera. Créez votre dépôt avec le bouton « Use this template » de Cyberfolio sur GitHub, puis lancez « cyberfolio new . » dans sa copie (ou copiez-y data/ et public/documents/).";

/// Reads a JSON Resume file as a JSON object, keeping every key in order.
fn read_resume(cv: &Path) -> Result<Map<String, Value>, u8> {
    let bytes = std::fs::read(cv).map_err(|e| {
        eprintln!(
            "{}: impossible de lire le fichier : {}",
            cv.display(),
            io_reason(&e)
        );
        EXIT_IO
    })?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => {
            // Let the model say where and what, with its French messages.
            let shown = cv.display().to_string();
            match load_bytes(&bytes) {
                Err(LoadError::Invalid(diagnostics)) => {
                    for d in diagnostics.iter().filter(|d| d.is_error()) {
                        eprintln!("{}", line(&shown, d, false, Lang::French));
                    }
                }
                Err(other) => eprintln!("{shown}: erreur: {other}"),
                Ok(_) => eprintln!("{shown}: erreur: le CV doit être un objet JSON"),
            }
            Err(EXIT_INVALID)
        }
    }
}

/// Adds what a portfolio needs on top of a CV (or of nothing): the schema
/// reference, the name, the exam option and an empty list of réalisations.
fn complete(
    portfolio: &mut Map<String, Value>,
    option: Option<&str>,
    name: Option<&str>,
) -> Result<(), (u8, String)> {
    portfolio.insert("$schema".to_string(), json!(SCHEMA_REFERENCE));
    let basics = portfolio.entry("basics").or_insert_with(|| json!({}));
    let Some(basics) = basics.as_object_mut() else {
        return Err((
            EXIT_INVALID,
            "« basics » doit être un objet dans le CV".to_string(),
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
            "indiquez vos prénom et nom : cyberfolio new DOSSIER --name \"Prénom Nom\"".to_string(),
        ));
    }
    if let Some(option) = option {
        let exam = portfolio.entry("exam").or_insert_with(|| json!({}));
        match exam.as_object_mut() {
            Some(exam) => {
                exam.insert("option".to_string(), json!(option));
            }
            None => return Err((EXIT_INVALID, "« exam » doit être un objet".to_string())),
        }
    }
    portfolio.entry("realisations").or_insert_with(|| json!([]));
    Ok(())
}
