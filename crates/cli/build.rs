//! Embeds the built app in `cyberfolio`, so that `cyberfolio build` needs
//! nothing else on the machine. `CYBERFOLIO_APP` names the folder Trunk
//! built it into (`scripts/build-cli.sh` and `scripts/build.sh` set it):
//! every file at its top (the page, the wasm, its glue, the start script,
//! the stylesheet, the favicon) goes into the binary. Without it, the
//! binary has no app, and `cyberfolio build` says how to get one.
//!
//! `CYBERFOLIO_REPOSITORY` (`owner/name`, the release workflow sets it to
//! the repository it runs in) is where the workflow `cyberfolio new`
//! writes takes the action from.

use std::fmt::Write as _;
use std::path::PathBuf;

/// The project's repository, when the build does not name another.
const REPOSITORY: &str = "cyberfolio-sio/cyberfolio";

fn main() {
    println!("cargo::rerun-if-env-changed=CYBERFOLIO_REPOSITORY");
    let repository = std::env::var("CYBERFOLIO_REPOSITORY")
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| REPOSITORY.to_string());
    assert!(
        repository.split('/').count() == 2
            && repository
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c)),
        "CYBERFOLIO_REPOSITORY={repository:?}: expected owner/name"
    );
    println!("cargo::rustc-env=CYBERFOLIO_REPOSITORY={repository}");
    println!("cargo::rerun-if-env-changed=CYBERFOLIO_APP");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut code = String::from(
        "/// The app built by Trunk, when `CYBERFOLIO_APP` named it at compile time.\n",
    );
    match std::env::var_os("CYBERFOLIO_APP").filter(|dir| !dir.is_empty()) {
        None => code.push_str("pub static APP: Option<&[(&str, &[u8])]> = None;\n"),
        Some(dir) => {
            // A relative path is the repository's (cargo runs this script
            // in crates/cli); `absolute` rather than `canonicalize`, whose
            // `\\?\` paths on Windows include_bytes! need not see.
            let manifest = PathBuf::from(
                std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
            );
            let dir = std::path::absolute(manifest.join("../..").join(&dir)).unwrap_or_else(|e| {
                panic!("CYBERFOLIO_APP={}: {e}", PathBuf::from(&dir).display())
            });
            assert!(
                dir.is_dir(),
                "CYBERFOLIO_APP={}: no such folder: run scripts/build-app.sh",
                dir.display()
            );
            println!("cargo::rerun-if-changed={}", dir.display());
            let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("CYBERFOLIO_APP={}: {e}", dir.display()))
                .flatten()
                .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|entry| Some((entry.file_name().into_string().ok()?, entry.path())))
                .filter(|(name, _)| !name.starts_with('.'))
                .collect();
            files.sort();
            let page = files
                .iter()
                .find(|(name, _)| name == "index.html")
                .map(|(_, path)| std::fs::read_to_string(path).unwrap_or_default());
            let wasm = files
                .iter()
                .filter(|(name, _)| name.ends_with(".wasm"))
                .count();
            assert!(
                page.is_some_and(|page| page.contains("cyberfolio-app")) && wasm == 1,
                "CYBERFOLIO_APP={}: not the app Trunk builds (an index.html with the cyberfolio-app marker and one .wasm): run scripts/build-cli.sh",
                dir.display()
            );
            code.push_str("pub static APP: Option<&[(&str, &[u8])]> = Some(&[\n");
            for (name, path) in &files {
                let path = path.to_str().expect("CYBERFOLIO_APP is a UTF-8 path");
                writeln!(code, "    ({name:?}, include_bytes!({path:?})),")
                    .expect("write to a String");
            }
            code.push_str("]);\n");
        }
    }
    std::fs::write(out.join("app.rs"), code).expect("write app.rs in OUT_DIR");
}
