//! The reusable action (`action.yml`), run here as far as it can be
//! without GitHub: its steps are read from the file and run in order as
//! the runner runs them (`bash --noprofile --norc -eo pipefail`, with their
//! `env:` and `if:` evaluated, `GITHUB_PATH` and `GITHUB_OUTPUT` honoured),
//! against a release folder served from `file://` that holds this complete
//! binary and its `SHA256SUMS`. The two steps that call GitHub are played
//! by the test: `actions/configure-pages` gives its `base_path`, and
//! `actions/upload-pages-artifact` is the `tar` it runs on the folder the
//! action names. Only the expressions action.yml uses are understood: a new
//! one fails here until this test knows it.
//!
//! The binary carries the app only when compiled with `CYBERFOLIO_APP`
//! (scripts/test.sh), hence `#[ignore]`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml::Value;

// Shared with the other tests, which use the rest of them.
#[allow(dead_code)]
#[path = "../../../tests/support/alone.rs"]
mod alone;
#[allow(dead_code)]
#[path = "../../../tests/support/command_line.rs"]
mod command_line;

use command_line::{repo, scratch};

/// The asset action/install.sh downloads on a Linux x86_64 runner.
const LINUX_ASSET: &str = "cyberfolio-x86_64-unknown-linux-musl";

/// What the runner knows when it runs the action.
struct Run {
    /// The inputs given (the others take action.yml's defaults).
    inputs: BTreeMap<String, String>,
    /// `runner.os` and `runner.arch`.
    runner: (&'static str, &'static str),
    /// `GITHUB_REPOSITORY` of the student's repository.
    repository: &'static str,
    /// The `base_path` actions/configure-pages answers.
    pages_base_path: &'static str,
    /// Whether the release's binary is altered after its checksum.
    tampered: bool,
}

impl Default for Run {
    fn default() -> Run {
        Run {
            inputs: BTreeMap::new(),
            runner: ("Linux", "X64"),
            repository: "zoe-martin/portfolio",
            pages_base_path: "/portfolio",
            tampered: false,
        }
    }
}

/// What a run of the action left.
struct Outcome {
    /// The names of the steps that ran and succeeded, in order; the one
    /// that failed, if any, with what it printed.
    passed: Vec<String>,
    failed: Option<(String, String)>,
    /// The runner's folders and files.
    workspace: PathBuf,
    runner_temp: PathBuf,
    github_path: String,
    /// `steps.build.outputs`.
    build_outputs: BTreeMap<String, String>,
    /// The files of the Pages artifact, when the upload step ran.
    artifact: Option<Vec<String>>,
}

/// action.yml, parsed.
fn action() -> Value {
    let text = std::fs::read_to_string(repo().join("action.yml")).expect("action.yml");
    serde_yaml::from_str(&text).expect("action.yml is YAML")
}

/// The steps of action.yml.
fn steps() -> Vec<Value> {
    let action = action();
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    action["runs"]["steps"]
        .as_sequence()
        .expect("steps")
        .clone()
}

/// action.yml's default for each input.
fn defaults() -> BTreeMap<String, String> {
    action()["inputs"]
        .as_mapping()
        .expect("inputs")
        .iter()
        .map(|(name, input)| {
            (
                name.as_str().expect("input name").to_string(),
                input["default"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Runs the action in a student's repository at `name` that holds the
/// portfolio `json` (of this repository) and its documents.
fn run_action(name: &str, json: &str, run: Run) -> Outcome {
    let root = scratch(&format!("action-{name}"));
    let workspace = root.join("workspace");
    std::fs::create_dir_all(workspace.join("data")).expect("data/");
    std::fs::copy(repo().join(json), workspace.join("data/portfolio.json")).expect("portfolio");
    alone::copy_dir(
        &repo().join("public/documents"),
        &workspace.join("public/documents"),
    );
    let runner_temp = root.join("runner-temp");
    std::fs::create_dir_all(&runner_temp).expect("RUNNER_TEMP");
    let github_path = root.join("github-path");
    std::fs::write(&github_path, "").expect("GITHUB_PATH");

    // The release: this binary, and its checksum.
    let release = root.join("release");
    std::fs::create_dir_all(&release).expect("release/");
    let binary = release.join(LINUX_ASSET);
    std::fs::copy(env!("CARGO_BIN_EXE_cyberfolio"), &binary).expect("copy the binary");
    let sums = Command::new("sha256sum")
        .arg(LINUX_ASSET)
        .current_dir(&release)
        .output()
        .expect("sha256sum");
    std::fs::write(release.join("SHA256SUMS"), &sums.stdout).expect("SHA256SUMS");
    if run.tampered {
        let mut bytes = std::fs::read(&binary).expect("read");
        bytes.extend_from_slice(b"tampered");
        std::fs::write(&binary, bytes).expect("tamper");
    }

    let mut inputs = defaults();
    inputs.extend(run.inputs.clone());
    let mut outcome = Outcome {
        passed: Vec::new(),
        failed: None,
        workspace: workspace.clone(),
        runner_temp: runner_temp.clone(),
        github_path: String::new(),
        build_outputs: BTreeMap::new(),
        artifact: None,
    };
    let mut pages_outcome = "skipped";
    for step in steps() {
        let name = step["name"]
            .as_str()
            .expect("every step is named")
            .to_string();
        let context = Context {
            inputs: &inputs,
            run: &run,
            pages_outcome,
            build_outputs: &outcome.build_outputs,
        };
        if let Some(condition) = step["if"].as_str() {
            if context.evaluate(condition) != "true" {
                continue;
            }
        }
        if let Some(uses) = step["uses"].as_str() {
            match uses {
                "actions/configure-pages@v5" => pages_outcome = "success",
                "actions/upload-pages-artifact@v3" => {
                    let path =
                        context.evaluate_all(step["with"]["path"].as_str().expect("with.path"));
                    outcome.artifact = Some(pages_artifact(&workspace.join(path), &runner_temp));
                }
                other => panic!("action.yml uses {other}, which this test does not play"),
            }
            outcome.passed.push(name);
            continue;
        }
        assert_eq!(step["shell"].as_str(), Some("bash"), "step {name}");
        let script = step["run"].as_str().expect("a run step");
        let github_output = root.join(format!("github-output-{}", outcome.passed.len()));
        std::fs::write(&github_output, "").expect("GITHUB_OUTPUT");
        let added: Vec<String> = std::fs::read_to_string(&github_path)
            .expect("GITHUB_PATH")
            .lines()
            .map(str::to_string)
            .collect();
        let path = added
            .iter()
            .rev()
            .cloned()
            .chain([std::env::var("PATH").expect("PATH")])
            .collect::<Vec<_>>()
            .join(":");
        let mut command = Command::new("bash");
        command
            .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
            .current_dir(&workspace)
            .env_clear()
            .env("PATH", path)
            .env("HOME", root.join("home"))
            .env("GITHUB_ACTION_PATH", repo())
            .env("GITHUB_REPOSITORY", run.repository)
            .env("GITHUB_PATH", &github_path)
            .env("GITHUB_OUTPUT", &github_output)
            .env("RUNNER_TEMP", &runner_temp)
            .env("NO_COLOR", "1")
            // The test's one hook: the release is a folder, not GitHub.
            .env(
                "CYBERFOLIO_DOWNLOAD_URL",
                format!("file://{}", release.display()),
            );
        if let Some(env) = step["env"].as_mapping() {
            for (key, value) in env {
                let value = match value {
                    Value::String(text) => context.evaluate_all(text),
                    other => panic!("step {name}: env value {other:?}"),
                };
                command.env(key.as_str().expect("env name"), value);
            }
        }
        let out = command.output().expect("run bash");
        if step["id"].as_str() == Some("build") {
            let written = std::fs::read_to_string(&github_output).expect("GITHUB_OUTPUT");
            outcome.build_outputs = written
                .lines()
                .filter_map(|line| line.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
        }
        if !out.status.success() {
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            outcome.failed = Some((name, said));
            break;
        }
        outcome.passed.push(name);
    }
    outcome.github_path = std::fs::read_to_string(&github_path).expect("GITHUB_PATH");
    outcome
}

/// The expressions of action.yml, evaluated as the runner would.
struct Context<'a> {
    inputs: &'a BTreeMap<String, String>,
    run: &'a Run,
    pages_outcome: &'a str,
    build_outputs: &'a BTreeMap<String, String>,
}

impl Context<'_> {
    /// One expression (the inside of `${{ }}`, or an `if:`).
    fn evaluate(&self, expression: &str) -> String {
        let expression = expression.trim();
        if let Some(name) = expression.strip_prefix("inputs.") {
            if let Some((name, value)) = name.split_once(" == ") {
                let value = value.trim_matches('\'');
                return (self.inputs[name.trim()] == value).to_string();
            }
            return self
                .inputs
                .get(name)
                .cloned()
                .unwrap_or_else(|| panic!("no input {name}"));
        }
        match expression {
            "github.action_repository" => String::new(),
            "runner.os" => self.run.runner.0.to_string(),
            "runner.arch" => self.run.runner.1.to_string(),
            "steps.pages.outcome == 'success'" => (self.pages_outcome == "success").to_string(),
            "steps.pages.outputs.base_path" if self.pages_outcome == "success" => {
                self.run.pages_base_path.to_string()
            }
            "steps.pages.outputs.base_path" => String::new(),
            "steps.build.outputs.site" => {
                self.build_outputs.get("site").cloned().unwrap_or_default()
            }
            other => {
                panic!("action.yml has the expression `{other}`, which this test does not know")
            }
        }
    }

    /// A value with `${{ }}` expressions inside.
    fn evaluate_all(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("${{") {
            out.push_str(&rest[..start]);
            let end = rest[start..].find("}}").expect("closing }}") + start;
            out.push_str(&self.evaluate(&rest[start + 3..end]));
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    }
}

/// What actions/upload-pages-artifact@v3 does with `path`: a tar of its
/// content, links followed, `.git` and `.github` left out. Returns the
/// archive's files.
fn pages_artifact(path: &Path, runner_temp: &Path) -> Vec<String> {
    let archive = runner_temp.join("artifact.tar");
    let tar = Command::new("tar")
        .arg("--dereference")
        .arg("--hard-dereference")
        .arg("--directory")
        .arg(path)
        .arg("-cf")
        .arg(&archive)
        .args(["--exclude=.git", "--exclude=.github", "."])
        .output()
        .expect("tar");
    assert!(
        tar.status.success(),
        "{}",
        String::from_utf8_lossy(&tar.stderr)
    );
    let list = Command::new("tar")
        .arg("-tf")
        .arg(&archive)
        .output()
        .expect("tar -t");
    String::from_utf8_lossy(&list.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn the_action_installs_validates_builds_and_uploads_the_site() {
    let outcome = run_action("pages", "data/portfolio.json", Run::default());
    assert_eq!(outcome.failed, None);
    assert_eq!(
        outcome.passed.len(),
        steps().len(),
        "every step ran: {:?}",
        outcome.passed
    );
    let installed = outcome.runner_temp.join("cyberfolio-bin");
    assert_eq!(outcome.github_path.trim(), installed.display().to_string());
    assert_eq!(
        std::fs::read(installed.join("cyberfolio")).expect("installed"),
        std::fs::read(env!("CARGO_BIN_EXE_cyberfolio")).expect("the binary")
    );
    assert_eq!(outcome.build_outputs["site"], "_site");
    assert_eq!(
        outcome.build_outputs["base"], "/portfolio/",
        "the path Pages gives"
    );
    let page =
        std::fs::read_to_string(outcome.workspace.join("_site/index.html")).expect("the page");
    assert!(
        page.contains("data-js=\"/portfolio/cyberfolio-site-"),
        "built for its path"
    );
    let artifact = outcome.artifact.expect("uploaded");
    for file in [
        "./index.html",
        "./data/portfolio.json",
        "./documents/cv-camille-girard.pdf",
    ] {
        assert!(artifact.iter().any(|f| f == file), "{file} in the artifact");
    }
    assert!(artifact.iter().any(|f| f.ends_with(".wasm")));
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn without_pages_the_path_comes_from_the_repository_name() {
    let inputs = BTreeMap::from([("upload".to_string(), "false".to_string())]);
    let user_site = run_action(
        "user-site",
        "examples/portfolio.en.json",
        Run {
            inputs: inputs.clone(),
            repository: "zoe-martin/zoe-martin.github.io",
            ..Run::default()
        },
    );
    assert_eq!(user_site.failed, None);
    assert_eq!(user_site.build_outputs["base"], "/");
    assert!(
        user_site.artifact.is_none(),
        "upload: false uploads nothing"
    );
    let project = run_action(
        "project",
        "examples/portfolio.en.json",
        Run {
            inputs: BTreeMap::from([
                ("upload".to_string(), "false".to_string()),
                ("output".to_string(), "public-site".to_string()),
            ]),
            ..Run::default()
        },
    );
    assert_eq!(project.failed, None);
    assert_eq!(project.build_outputs["base"], "/portfolio/");
    assert!(project.workspace.join("public-site/index.html").is_file());
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn a_tampered_binary_is_refused_and_nothing_runs() {
    let outcome = run_action(
        "tampered",
        "data/portfolio.json",
        Run {
            tampered: true,
            ..Run::default()
        },
    );
    let (step, said) = outcome.failed.expect("the install step fails");
    assert!(step.starts_with("Install cyberfolio"), "{step}");
    assert!(said.contains("does not match its SHA-256"), "{said}");
    assert!(outcome.passed.is_empty());
    assert!(outcome.github_path.is_empty(), "nothing on the PATH");
    assert!(!outcome
        .runner_temp
        .join("cyberfolio-bin/cyberfolio")
        .exists());
    assert!(!outcome.workspace.join("_site").exists());
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn an_unknown_runner_or_version_is_said_plainly() {
    let arm = run_action(
        "arm",
        "data/portfolio.json",
        Run {
            runner: ("Linux", "ARM64"),
            ..Run::default()
        },
    );
    let (_, said) = arm.failed.expect("refused");
    assert!(
        said.contains("no cyberfolio binary for a Linux ARM64 runner"),
        "{said}"
    );
    let version = run_action(
        "version",
        "data/portfolio.json",
        Run {
            inputs: BTreeMap::from([("version".to_string(), "main; rm -rf /".to_string())]),
            ..Run::default()
        },
    );
    let (_, said) = version.failed.expect("refused");
    assert!(
        said.contains("expected a release tag such as v0.1.0"),
        "{said}"
    );
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn a_portfolio_with_errors_stops_before_the_build() {
    let root = scratch("action-broken-source");
    let text = std::fs::read_to_string(repo().join("data/portfolio.json")).expect("example");
    let broken = text.replacen("\"cadre\": \"formation\"", "\"cadre\": \"pro3\"", 1);
    std::fs::write(root.join("broken.json"), broken).expect("write");
    let relative = root
        .join("broken.json")
        .strip_prefix(repo())
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| root.join("broken.json"));
    let outcome = run_action("broken", relative.to_str().expect("utf-8"), Run::default());
    let (step, said) = outcome.failed.expect("validation fails");
    assert_eq!(step, "Validate the portfolio");
    assert!(
        said.contains("data/portfolio.json:") && said.contains("« pro3 » inconnue"),
        "{said}"
    );
    assert!(!outcome.workspace.join("_site").exists(), "no site");
    assert!(outcome.artifact.is_none(), "nothing uploaded");
}

#[test]
fn the_release_is_found_from_the_actions_own_checkout() {
    // Inside a composite action, `github.action_repository` is empty: the
    // runner's checkout of the action (_actions/<owner>/<name>/<ref>) says
    // where the release is, and crates/cli/Cargo.toml which one.
    let root = scratch("action-address");
    let checkout = root.join("_actions/zoe-martin/cyberfolio/v0.1.0");
    std::fs::create_dir_all(checkout.parent().expect("parent")).expect("_actions/");
    std::os::unix::fs::symlink(repo().canonicalize().expect("repo"), &checkout)
        .expect("the checkout");
    let fake = root.join("fake-bin");
    std::fs::create_dir_all(&fake).expect("fake-bin/");
    std::fs::write(
        fake.join("curl"),
        "#!/bin/sh\necho \"curl $*\" >&2\nexit 22\n",
    )
    .expect("fake curl");
    let chmod = Command::new("chmod")
        .arg("+x")
        .arg(fake.join("curl"))
        .status()
        .expect("chmod");
    assert!(chmod.success());
    let temp = root.join("runner-temp");
    std::fs::create_dir_all(&temp).expect("RUNNER_TEMP");
    let out = Command::new("bash")
        .arg(checkout.join("action/install.sh"))
        .env_clear()
        .env(
            "PATH",
            format!(
                "{}:{}",
                fake.display(),
                std::env::var("PATH").expect("PATH")
            ),
        )
        .env("RUNNER_TEMP", &temp)
        .env("GITHUB_PATH", root.join("github-path"))
        .env("CYBERFOLIO_ACTION_REPOSITORY", "")
        .env("CYBERFOLIO_RUNNER_OS", "Linux")
        .env("CYBERFOLIO_RUNNER_ARCH", "X64")
        .output()
        .expect("run install.sh");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        "https://github.com/zoe-martin/cyberfolio/releases/download/v{}/{LINUX_ASSET}",
        env!("CARGO_PKG_VERSION")
    );
    assert!(
        said.contains(&format!("could not download {expected}")),
        "{said}"
    );
    assert!(
        said.contains("curl --fail") && said.contains(&expected),
        "{said}"
    );
}
