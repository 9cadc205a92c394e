//! `cyberfolio build`: the complete site of a portfolio, written with the
//! app carried in this binary ([`app`]), so that a student needs no Rust,
//! no Trunk and no copy of the engine. The page is written by the same
//! library as the repository's own build (`cyberfolio_build::site`).

use std::path::Path;
use std::time::Instant;

use cyberfolio_build::site::{normalise_base, write, AppFile};
use cyberfolio_model::diagnostic::megabytes;
use cyberfolio_model::files::{read_in_its_language, ReadPortfolio};
use cyberfolio_model::Lang;

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
    let ReadPortfolio {
        bytes,
        lang,
        outcome,
    } = match read_in_its_language(portfolio) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    let loaded = match outcome {
        Ok(loaded) => loaded,
        Err(error) => {
            print_refusal(
                portfolio,
                &error,
                pick(
                    lang,
                    "le site n'est pas construit tant que le fichier a des erreurs",
                    "the site is not built while the file has errors",
                ),
            );
            return EXIT_INVALID;
        }
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
        eprintln!(
            "{}: {warnings} avertissement(s) : « cyberfolio validate {} » les détaille",
            portfolio.display(),
            portfolio.display()
        );
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
    }
}
