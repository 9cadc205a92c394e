//! `cyberfolio-build`: the build steps of the site, which a student never
//! runs by hand (`scripts/build.sh`, Trunk's hook and the Pages workflow
//! do), and the library of `cyberfolio build` ([`site`]: the whole site of
//! a portfolio from the app built once). `page` writes the portfolio into the page Trunk built: the
//! components of `cyberfolio-ui` rendered to HTML, the head (title,
//! description, link preview, theme), the inlined stylesheet and start
//! script with their CSP hashes. `order-wasm` reorders the wasm's functions
//! so that it compresses better.

pub mod content;
pub mod inline;
pub mod offline;
pub mod page;
pub mod presentation;
pub mod site;
pub mod wasm_order;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use cyberfolio_model::files::{EXIT_INVALID, EXIT_IO, EXIT_OK};

#[derive(Parser, Debug)]
#[command(
    name = "cyberfolio-build",
    version,
    about = "Les étapes de construction du site Cyberfolio (scripts/build.sh, Trunk).",
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Écrit le portfolio dans la page construite : contenu, titre, description, aperçu de partage, feuille de style et script de démarrage.
    Page {
        /// Le dossier construit par Trunk (par défaut dist).
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// Le fichier portfolio (par défaut celui du site construit, DIST/data/portfolio.json).
        #[arg(long, value_name = "FICHIER")]
        data: Option<PathBuf>,
    },
    /// Réordonne les fonctions du WebAssembly construit pour qu'il se compresse mieux.
    OrderWasm {
        /// Le dossier construit par Trunk (par défaut dist).
        #[arg(default_value = "dist")]
        dist: PathBuf,
    },
}

/// Writes `bytes` to `path` through a temporary file in the same folder
/// and a rename, so that `path` never holds half a file (a build stopped
/// midway leaves the previous page, or the new one).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(bytes)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Parses `args` and runs the step; the exit code follows the conventions
/// above.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_IO } else { EXIT_OK });
        }
    };
    ExitCode::from(match cli.command {
        Command::Page { dist, data } => page::run(&dist, data.as_deref()),
        Command::OrderWasm { dist } => wasm_order::run(&dist),
    })
}
