//! Checks a portfolio file and prints its diagnostics in the form compilers
//! use (`FILE:LINE:COL: erreur: PATH: message`). Exit 0 when it loads, 1 on
//! errors, 2 when the file cannot be read. Used by the deployment workflow
//! until the `cyberfolio` command line exists.

use std::process::ExitCode;

use cyberfolio_model::{load_bytes, LoadError};

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/portfolio.json".to_string());
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: impossible de lire le fichier : {e}");
            return ExitCode::from(2);
        }
    };
    match load_bytes(&bytes) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                println!("{path}:{w}");
            }
            println!(
                "{path}: valide ({} réalisations, {} avertissements)",
                loaded.portfolio.realisations.len(),
                loaded.warnings.len()
            );
            ExitCode::SUCCESS
        }
        Err(LoadError::Invalid(diagnostics)) => {
            for d in &diagnostics {
                println!("{path}:{d}");
            }
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            println!("{path}: {errors} erreur(s)");
            ExitCode::from(1)
        }
        Err(other) => {
            println!("{path}: erreur: {other}");
            ExitCode::from(1)
        }
    }
}
