//! `cyberfolio build`: the complete site of a portfolio, written with the
//! app carried in this binary ([`app`]), so that a student needs no Rust,
//! no Trunk and no copy of the engine. The page is written by the same
//! library as the repository's own build (`cyberfolio_build::site`).

use std::path::Path;
use std::time::Instant;

use cyberfolio_build::offline::ARCHIVE_FOLDER;
use cyberfolio_build::site::{
    normalise_base, offline_copy, published_folder_holding, write, AppFile,
};
use cyberfolio_build::write_atomically;
use cyberfolio_model::diagnostic::megabytes;
use cyberfolio_model::files::{io_reason, read_in_its_language, site_root, ReadPortfolio};
use cyberfolio_model::meta::PageMeta;
use cyberfolio_model::{Lang, Loaded};
use cyberfolio_ui::edition::OFFLINE_ARCHIVE;

use crate::report::{pick, print_refusal};
use crate::{EXIT_INVALID, EXIT_IO, EXIT_OK};

/// The app this binary carries.
pub mod app {
    include!(concat!(env!("OUT_DIR"), "/app.rs"));
}

/// What `build` says when this binary carries no app: a plain `cargo
/// install` or `cargo build` compiles it without one.
pub const NO_APP: &str = "cyberfolio build : ce cyberfolio a été compilé sans l'application du site (par un simple « cargo install » ou « cargo build »), il ne peut donc pas construire le site. Téléchargez le cyberfolio complet pour votre système sur la page « Releases » du dépôt Cyberfolio sur GitHub, ou, dans une copie du dépôt, construisez-le avec « bash scripts/build-cli.sh » (il sera dans target/release/).";

/// Runs `build` with `app` (this binary's is [`app::APP`]), and returns
/// its exit code; without an app, says how to get a complete `cyberfolio`.
pub fn build(app: Option<&[AppFile<'_>]>, portfolio: &Path, out: &Path, base: Option<&str>) -> u8 {
    match app {
        Some(app) => build_with(app, portfolio, out, base),
        None => {
            eprintln!("{NO_APP}");
            EXIT_IO
        }
    }
}

/// Runs `build` with `app`: the portfolio is read once, validated (its
/// errors stop the build, located, in the language it asks for), and its
/// site written into `out`.
fn build_with(app: &[AppFile<'_>], portfolio: &Path, out: &Path, base: Option<&str>) -> u8 {
    let started = Instant::now();
    let base = match base.map(normalise_base).transpose() {
        Ok(base) => base,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    let (bytes, loaded) = match read_valid(
        portfolio,
        (
            "le site n'est pas construit tant que le fichier a des erreurs",
            "the site is not built while the file has errors",
        ),
    ) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let warnings = loaded.warnings.len();
    let written = match write(app, loaded, portfolio, &bytes, out, base.as_deref()) {
        Ok(written) => written,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    if warnings > 0 {
        say_warnings(portfolio, warnings);
    }
    if !written.documents {
        eprintln!(
            "{}: pas de dossier public/documents/ à côté de data/ : le site est publié sans documents",
            portfolio.display()
        );
    }
    println!(
        "{} : « {} », {} fichiers, {}, sous {}, en {}",
        out.display(),
        written.title,
        written.files,
        megabytes(written.bytes, Lang::French),
        base.as_deref().unwrap_or("n'importe quel chemin"),
        seconds(started.elapsed().as_secs_f64())
    );
    EXIT_OK
}

/// Runs `offline` with `app` (this binary's is [`app::APP`]): the offline
/// copy of the portfolio's site, the archive `build` puts beside it, into
/// `out`, a `.zip` file (an older one is replaced). Without an app, says
/// how to get a complete `cyberfolio`.
pub fn offline(app: Option<&[AppFile<'_>]>, portfolio: &Path, out: &Path) -> u8 {
    let Some(app) = app else {
        eprintln!(
            "{}",
            NO_APP.replace("cyberfolio build", "cyberfolio offline")
        );
        return EXIT_IO;
    };
    let is_zip = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if !is_zip || out.is_dir() {
        eprintln!(
            "{}: la copie hors ligne est une archive : donnez un nom de fichier en .zip, par exemple {OFFLINE_ARCHIVE}",
            out.display()
        );
        return EXIT_IO;
    }
    if let Err(message) = check_archive_output(portfolio, out) {
        eprintln!("{}: {message}", out.display());
        return EXIT_IO;
    }
    let (bytes, loaded) = match read_valid(
        portfolio,
        (
            "la copie hors ligne n'est pas faite tant que le fichier a des erreurs",
            "the offline copy is not made while the file has errors",
        ),
    ) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let warnings = loaded.warnings.len();
    let title = PageMeta::of(&loaded.portfolio).title;
    let archive = match offline_copy(app, loaded, portfolio, &bytes) {
        Ok(archive) => archive,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    if warnings > 0 {
        say_warnings(portfolio, warnings);
    }
    // Written beside, then put in place: a full USB key leaves the
    // previous copy whole.
    if let Err(e) = write_atomically(out, &archive) {
        eprintln!("{}: impossible d'écrire : {}", out.display(), io_reason(&e));
        return EXIT_IO;
    }
    println!(
        "{} : « {title} », {} ; décompressez-la, puis ouvrez {ARCHIVE_FOLDER}/index.html, même sans réseau",
        out.display(),
        megabytes(archive.len(), Lang::French),
    );
    EXIT_OK
}

/// Whether `out` may receive the offline copy: not inside the folders the
/// site publishes (`data/`, `public/`: the next copy would hold this one),
/// and not in place of a file that is not an earlier copy.
fn check_archive_output(portfolio: &Path, out: &Path) -> Result<(), String> {
    if let Some(folder) = published_folder_holding(out, site_root(portfolio).as_deref()) {
        let name = folder.file_name().unwrap_or_default().to_string_lossy();
        return Err(format!("la copie hors ligne ne peut pas aller dans {name}/, que le site publie : la suivante la contiendrait ; écrivez-la à côté, par exemple {OFFLINE_ARCHIVE}"));
    }
    if !out.exists() {
        return Ok(());
    }
    let earlier_copy = std::fs::File::open(out)
        .ok()
        .and_then(|file| zip::ZipArchive::new(file).ok())
        .is_some_and(|archive| {
            !archive.is_empty()
                && archive
                    .file_names()
                    .all(|name| name.starts_with(&format!("{ARCHIVE_FOLDER}/")))
        });
    if earlier_copy {
        Ok(())
    } else {
        Err("ce fichier existe et n'est pas une copie hors ligne faite par cyberfolio : il n'est pas remplacé ; choisissez un autre nom".to_string())
    }
}

/// The portfolio read, in the language it asks for, and valid; its errors
/// are said, located, with `refusal` (French, English): then the exit code.
fn read_valid(portfolio: &Path, refusal: (&str, &str)) -> Result<(Vec<u8>, Loaded), u8> {
    let ReadPortfolio {
        bytes,
        lang,
        outcome,
    } = match read_in_its_language(portfolio) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("{message}");
            return Err(EXIT_IO);
        }
    };
    match outcome {
        Ok(loaded) => Ok((bytes, loaded)),
        Err(error) => {
            print_refusal(portfolio, &error, pick(lang, refusal.0, refusal.1));
            Err(EXIT_INVALID)
        }
    }
}

/// Says that the portfolio has warnings, and how to read them.
fn say_warnings(portfolio: &Path, warnings: usize) {
    eprintln!(
        "{}: {warnings} avertissement(s) : « cyberfolio validate {} » les détaille",
        portfolio.display(),
        portfolio.display()
    );
}

/// `0,42 s`.
fn seconds(seconds: f64) -> String {
    format!("{seconds:.2} s").replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_an_app_build_writes_nothing_and_fails() {
        let dir = std::env::temp_dir().join(format!("cyberfolio-no-app-{}", std::process::id()));
        let out = dir.join("dist");
        let code = build(None, Path::new("data/portfolio.json"), &out, None);
        assert_eq!(code, EXIT_IO);
        assert!(!out.exists());
        assert!(NO_APP.contains("scripts/build-cli.sh") && NO_APP.contains("Releases"));
        let archive = dir.join("copie.zip");
        assert_eq!(
            offline(None, Path::new("data/portfolio.json"), &archive),
            EXIT_IO
        );
        assert!(!archive.exists());
    }
}
