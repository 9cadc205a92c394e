//! A `cyberfolio` binary copied alone into an empty folder, run with a
//! `PATH` that holds only that folder and an empty `HOME`: a student's
//! machine with nothing installed but the downloaded binary. Used by the
//! complete binary's tests (`crates/cli/tests/build.rs`) and by the
//! end-to-end test of what it builds (`tests/e2e/standalone.rs`), included
//! by each with `#[path]`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary alone, and the empty folders it runs with.
pub struct Alone {
    /// The folder that holds only the binary: the whole `PATH`.
    pub bin: PathBuf,
    /// An empty `HOME`.
    pub home: PathBuf,
    /// An empty folder to work in.
    pub work: PathBuf,
}

impl Alone {
    /// Copies `binary` alone into `root/bin` (`root` is emptied first).
    pub fn new(binary: &Path, root: &Path) -> Alone {
        let _ = std::fs::remove_dir_all(root);
        let alone = Alone {
            bin: root.join("bin"),
            home: root.join("home"),
            work: root.join("work"),
        };
        for dir in [&alone.bin, &alone.home, &alone.work] {
            std::fs::create_dir_all(dir).expect("make the folder");
        }
        std::fs::copy(binary, alone.bin.join("cyberfolio")).expect("copy the binary");
        alone
    }

    /// A command that runs `cyberfolio ARGS` in `dir` (relative to the work
    /// folder), found through `PATH` like a student's shell finds it, with
    /// no other variable of this environment.
    pub fn command(&self, dir: &str, args: &[&str]) -> Command {
        let mut command = Command::new("cyberfolio");
        command
            .args(args)
            .current_dir(self.work.join(dir))
            .env_clear()
            .env("PATH", &self.bin)
            .env("HOME", &self.home)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        command
    }

    /// Runs `cyberfolio ARGS` in `dir` to its end.
    pub fn run(&self, dir: &str, args: &[&str]) -> Output {
        self.command(dir, args).output().expect("run cyberfolio")
    }

    /// Lays out a student's repository at `dir` (in the work folder): the
    /// portfolio `json` of the repository `repo` as `data/portfolio.json`,
    /// and its documents in `public/documents/`.
    pub fn repository(&self, dir: &str, repo: &Path, json: &str) -> PathBuf {
        let root = self.work.join(dir);
        std::fs::create_dir_all(root.join("data")).expect("data/");
        std::fs::copy(repo.join(json), root.join("data/portfolio.json"))
            .expect("copy the portfolio");
        copy_dir(
            &repo.join("public/documents"),
            &root.join("public/documents"),
        );
        root
    }
}

/// Copies the files under `from` to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make the folder");
    for entry in std::fs::read_dir(from).expect("read the folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy a file");
        }
    }
}
