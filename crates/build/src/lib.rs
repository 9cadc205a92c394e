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
///
/// The file keeps the permissions of the one it replaces, and a new file
/// gets those `std::fs::write` gives (0666 less the umask): a temporary
/// file's own 0600 made the pages of a site unreadable to a web server
/// running as another user.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(folder)?;
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        file.as_file().set_permissions(meta.permissions())?;
    }
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

#[cfg(all(test, unix))]
mod tests {
    use super::write_atomically;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn a_new_file_gets_the_permissions_of_an_ordinary_write() {
        let folder = tempfile::tempdir().expect("tempdir");
        let ordinary = folder.path().join("ordinary.html");
        std::fs::write(&ordinary, "x").expect("write");
        let page = folder.path().join("index.html");
        write_atomically(&page, b"<!doctype html>").expect("write_atomically");
        assert_eq!(std::fs::read(&page).expect("read"), b"<!doctype html>");
        // 0644 under the usual umask 022, where a temporary file has 0600.
        assert_eq!(mode(&page), mode(&ordinary));
    }

    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        let folder = tempfile::tempdir().expect("tempdir");
        let page = folder.path().join("index.html");
        std::fs::write(&page, "old").expect("write");
        std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomically(&page, b"new").expect("write_atomically");
        assert_eq!(std::fs::read(&page).expect("read"), b"new");
        assert_eq!(mode(&page), 0o640);
    }
}
