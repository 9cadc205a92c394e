//! What the tests of the two commands (`crates/cli/tests/cli.rs`,
//! `crates/build/tests/build.rs`) need around a run: the repository, the
//! example, scratch folders and the output as text. Included by each with
//! `#[path]`, as `tests/fixtures/payloads.rs` is.

use std::path::{Path, PathBuf};
use std::process::Output;

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example portfolio.
pub fn example() -> PathBuf {
    repo().join("data/portfolio.json")
}

/// What a run printed on its standard output.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

/// What a run printed on its standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// A fresh empty directory under target/, unique per test and per package.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("{}-{name}", env!("CARGO_PKG_NAME")));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Writes `text` to `dir/name` and returns its path.
pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path.display().to_string()
}
