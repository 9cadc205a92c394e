//! `cyberfolio build` from the complete binary, alone on a machine with
//! nothing else: no Rust, no Trunk, no copy of the engine, an empty `HOME`.
//! The site it writes is checked here as files (the app's integrity
//! hashes, the sub-path, the documents, the refusals); `tests/e2e/
//! standalone.rs` checks it in Chromium.
//!
//! The binary carries the app only when it was compiled with
//! `CYBERFOLIO_APP` (scripts/test.sh sets it for every build), so each test
//! is `#[ignore]`d with that reason and scripts/test.sh runs them.

use std::path::Path;

use cyberfolio_build::wasm_order::sha384_integrity;

#[path = "../../../tests/support/alone.rs"]
mod alone;
// Shared with the other tests, which use the rest of it.
#[allow(dead_code)]
#[path = "../../../tests/support/command_line.rs"]
mod command_line;

use alone::Alone;
use command_line::{repo, scratch, stderr, stdout};

/// The binary alone, in a scratch folder named `name`.
fn alone(name: &str) -> Alone {
    assert!(
        cyberfolio_cli::site::app::APP.is_some(),
        "this cyberfolio has no app: compile it with CYBERFOLIO_APP=$PWD/target/cyberfolio-app (after bash scripts/build-app.sh), as scripts/test.sh does"
    );
    Alone::new(Path::new(env!("CARGO_BIN_EXE_cyberfolio")), &scratch(name))
}

/// The value of `attribute` in the page's first tag that has it (the
/// page is minified: `name=value` or `name="value"`).
fn attribute(page: &str, attribute: &str) -> String {
    let at = page
        .find(&format!(" {attribute}="))
        .unwrap_or_else(|| panic!("no {attribute} in the page"));
    let value = &page[at + attribute.len() + 2..];
    match value.strip_prefix('"') {
        Some(quoted) => quoted[..quoted.find('"').expect("closing quote")].to_string(),
        None => value[..value.find([' ', '>']).expect("end of the value")].to_string(),
    }
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn the_binary_alone_builds_a_new_portfolio_and_the_example() {
    let alone = alone("alone");
    let new = alone.run(
        ".",
        &["new", "site", "--name", "Zoé Martin", "--option", "slam"],
    );
    assert_eq!(
        new.status.code(),
        Some(0),
        "{}{}",
        stdout(&new),
        stderr(&new)
    );
    let built = alone.run("site", &["build", "--base", "/cyberfolio/"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert!(
        stdout(&built).contains("« Zoé Martin — Portfolio BTS SIO SLAM »"),
        "{}",
        stdout(&built)
    );
    let site = alone.work.join("site/dist");
    for file in [
        "index.html",
        "data/portfolio.json",
        "schema/portfolio.schema.json",
        "favicon.svg",
    ] {
        assert!(site.join(file).is_file(), "{file} in {}", site.display());
    }

    alone.repository("example", &repo(), "data/portfolio.json");
    let built = alone.run(
        "example",
        &[
            "build",
            "data/portfolio.json",
            "-o",
            "public-site",
            "--base",
            "cyberfolio",
        ],
    );
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let site = alone.work.join("example/public-site");
    let page = std::fs::read_to_string(site.join("index.html")).expect("the page");
    assert!(page.contains("<title>Camille Girard — Portfolio BTS SIO SISR</title>"));
    // The app's two addresses are under the sub-path, and each file
    // matches the integrity hash the page checks it against.
    for (address, integrity) in [
        ("data-js", "data-js-integrity"),
        ("data-wasm", "data-wasm-integrity"),
    ] {
        let address = attribute(&page, address);
        let name = address
            .strip_prefix("/cyberfolio/")
            .unwrap_or_else(|| panic!("{address} is under /cyberfolio/"));
        let bytes = std::fs::read(site.join(name)).expect("the app's file");
        assert_eq!(
            attribute(&page, integrity),
            sha384_integrity(&bytes),
            "{name}"
        );
    }
    let policy = attribute(&page, "content");
    assert!(policy.starts_with("default-src 'self'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    // Every document of the example is published, as the repository's own
    // build publishes it.
    for entry in std::fs::read_dir(repo().join("public/documents"))
        .expect("documents")
        .flatten()
    {
        let published = site.join("documents").join(entry.file_name());
        assert!(published.is_file(), "{}", published.display());
        assert_eq!(
            std::fs::read(&published).expect("published"),
            std::fs::read(entry.path()).expect("the document"),
            "{}",
            published.display()
        );
    }
    assert_eq!(
        std::fs::read(site.join("data/portfolio.json")).expect("published"),
        std::fs::read(repo().join("data/portfolio.json")).expect("example")
    );
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn a_portfolio_with_errors_stops_the_build_with_located_messages() {
    let alone = alone("errors");
    let root = alone.repository("site", &repo(), "data/portfolio.json");
    let text = std::fs::read_to_string(root.join("data/portfolio.json")).expect("example");
    let broken = text.replacen("\"cadre\": \"formation\"", "\"cadre\": \"pro3\"", 1);
    assert_ne!(broken, text);
    std::fs::write(root.join("data/portfolio.json"), &broken).expect("write");
    let line = broken[..broken.find("\"pro3\"").expect("pro3")]
        .lines()
        .count();
    let out = alone.run("site", &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let messages = stderr(&out);
    assert!(
        messages.contains(&format!("data/portfolio.json:{line}:"))
            && messages.contains("« pro3 » inconnue"),
        "{messages}"
    );
    assert!(
        messages.contains("le site n'est pas construit"),
        "{messages}"
    );
    assert!(!root.join("dist").exists(), "nothing written");

    // A document the portfolio names but the repository lacks is an error
    // too: the site would link to nothing.
    std::fs::write(root.join("data/portfolio.json"), &text).expect("write");
    std::fs::remove_file(root.join("public/documents/cv-camille-girard.pdf")).expect("remove");
    let out = alone.run("site", &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cv-camille-girard.pdf"),
        "{}",
        stderr(&out)
    );
}

#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn a_build_replaces_its_own_site_and_nothing_else() {
    let alone = alone("replace");
    let root = alone.repository("site", &repo(), "examples/portfolio.en.json");
    let first = alone.run("site", &["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let page = std::fs::read_to_string(root.join("dist/index.html")).expect("page");
    assert!(page.contains("<html lang=\"en\""), "an English site");
    // Without --base, the app's addresses are relative: any path works.
    assert!(
        attribute(&page, "data-js").starts_with("./"),
        "{}",
        attribute(&page, "data-js")
    );
    std::fs::write(root.join("dist/stale.txt"), "from an older build").expect("write");
    let again = alone.run("site", &["build"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        !root.join("dist/stale.txt").exists(),
        "the old site is replaced whole"
    );
    assert!(root.join("dist/index.html").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(&root)
        .expect("read")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".cyberfolio"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging folder left: {leftovers:?}"
    );

    // A folder it did not build is never replaced: `-o .` in the
    // repository would have deleted it.
    let refused = alone.run("site", &["build", "-o", "."]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("n'est pas un site construit par cyberfolio"),
        "{}",
        stderr(&refused)
    );
    assert!(
        root.join("data/portfolio.json").is_file(),
        "the repository is intact"
    );
    let bad_base = alone.run("site", &["build", "--base", "/a b/"]);
    assert_eq!(bad_base.status.code(), Some(2), "{}", stderr(&bad_base));
    assert!(
        stderr(&bad_base).contains("--base"),
        "{}",
        stderr(&bad_base)
    );
}

/// `cyberfolio offline`: the archive the site offers, made before any push
/// (the e2e suite opens it from a folder in Chromium); only into a `.zip`,
/// and not while the portfolio has errors.
#[test]
#[ignore = "needs the complete binary (CYBERFOLIO_APP at compile time): scripts/test.sh"]
fn the_offline_copy_is_the_archive_the_site_offers() {
    let alone = alone("offline");
    let root = alone.repository("site", &repo(), "data/portfolio.json");
    let out = alone.run("site", &["offline"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("portfolio-hors-ligne/index.html"),
        "says what to open: {}",
        stdout(&out)
    );
    let made = std::fs::read(root.join("portfolio-hors-ligne.zip")).expect("the archive");
    let built = alone.run("site", &["build"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let offered = std::fs::read(root.join("dist/portfolio-hors-ligne.zip")).expect("the site's");
    // The same files with the same contents (the entries' dates differ).
    let entries = |bytes: Vec<u8>| {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut entries = Vec::new();
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).expect("an entry");
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut content).expect("read");
            entries.push((file.name().to_string(), content));
        }
        entries
    };
    let made = entries(made);
    assert_eq!(made, entries(offered));
    let names: Vec<&str> = made.iter().map(|(name, _)| name.as_str()).collect();
    assert!(
        names.contains(&"portfolio-hors-ligne/index.html"),
        "{names:?}"
    );
    assert!(
        names.contains(&"portfolio-hors-ligne/documents/procedure-vlan-pfsense.pdf"),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(".wasm") && !n.ends_with(".js")),
        "{names:?}"
    );

    // Only into an archive: a file of another kind is never replaced, nor
    // a zip it did not make, and nothing goes where the site publishes.
    let refused = alone.run("site", &["offline", "-o", "data/portfolio.json"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains(".zip"), "{}", stderr(&refused));
    std::fs::write(
        root.join("autre.zip"),
        b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
    )
    .expect("an empty zip");
    let other = alone.run("site", &["offline", "-o", "autre.zip"]);
    assert_eq!(other.status.code(), Some(2), "{}", stderr(&other));
    assert!(
        stderr(&other).contains("n'est pas une copie hors ligne"),
        "{}",
        stderr(&other)
    );
    let inside = alone.run("site", &["offline", "-o", "public/documents/copie.zip"]);
    assert_eq!(inside.status.code(), Some(2), "{}", stderr(&inside));
    assert!(!root.join("public/documents/copie.zip").exists());
    // An earlier copy is replaced.
    let again = alone.run("site", &["offline"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    // Not while the portfolio has errors.
    let text = std::fs::read_to_string(root.join("data/portfolio.json")).expect("example");
    let broken = text.replacen("\"cadre\": \"formation\"", "\"cadre\": \"pro3\"", 1);
    std::fs::write(root.join("data/portfolio.json"), broken).expect("write");
    std::fs::remove_file(root.join("portfolio-hors-ligne.zip")).expect("remove");
    let out = alone.run("site", &["offline"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("la copie hors ligne n'est pas faite"),
        "{}",
        stderr(&out)
    );
    assert!(
        !root.join("portfolio-hors-ligne.zip").exists(),
        "nothing written"
    );
}
