//! `cyberfolio-build` as the build scripts run it: the page written into a
//! built `index.html`, and the wasm's functions reordered.

use std::path::Path;
use std::process::{Command, Output};

#[path = "../../../tests/support/command_line.rs"]
mod command_line;

use command_line::{example, repo, scratch, stderr, stdout, write};

fn cyberfolio_build(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberfolio-build"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run cyberfolio-build")
}

#[test]
fn page_writes_the_title_and_link_preview_into_the_built_page() {
    let dist = scratch("meta");
    std::fs::create_dir_all(dist.join("data")).expect("data dir");
    let source = std::fs::read_to_string(repo().join("index.html")).expect("index.html");
    write(&dist, "index.html", &source);
    std::fs::copy(example(), dist.join("data/portfolio.json")).expect("copy example");
    let out = cyberfolio_build(&["page", dist.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = std::fs::read_to_string(dist.join("index.html")).expect("page");
    let title = "Camille Girard — Portfolio BTS SIO SISR";
    assert!(page.contains(&format!("<title>{title}</title>")), "{page}");
    assert!(page.contains("<meta property=\"og:image\" content=\"https://cgirard-sio.github.io/cyberfolio/documents/og-image.png\">"));
    assert!(
        page.contains("<link data-trunk rel=\"rust\""),
        "the rest of the page stays"
    );
    assert!(stdout(&out).contains(title));

    // A file with errors fails, and the page shows them in place of the
    // portfolio (what `trunk serve` then serves), without starting the app.
    write(&dist, "data/portfolio.json", "{\"basics\": {\"name\": 3}}");
    let refused = cyberfolio_build(&["page", dist.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("basics.name")
            && stderr(&refused).contains("affiche ces erreurs à la place du portfolio"),
        "{}",
        stderr(&refused)
    );
    let shown = std::fs::read_to_string(dist.join("index.html")).expect("page");
    let main = &shown[shown.find("<main ").expect("a main element")..];
    let main_tag = &main[..main.find('>').expect("end of tag")];
    assert!(
        main_tag.contains("data-build-errors") && main_tag.contains("class=\"error-page\""),
        "{main_tag}"
    );
    assert!(main.contains("><h1>Le fichier du portfolio contient des erreurs</h1>"));
    assert!(
        shown.contains(
            "<span class=\"where\">erreur — ligne 1, colonne 21</span><code>basics.name</code>"
        ),
        "{shown}"
    );
    assert!(!shown.contains("id=\"accueil\""), "no stale portfolio");
    // Fixed, the page is the portfolio's again.
    std::fs::copy(example(), dist.join("data/portfolio.json")).expect("copy example");
    assert_eq!(
        cyberfolio_build(&["page", dist.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        std::fs::read_to_string(dist.join("index.html")).expect("page"),
        page
    );
    let missing = cyberfolio_build(&["page", scratch("meta-empty").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn page_puts_the_built_stylesheet_in_the_page_under_its_policy() {
    let dist = scratch("meta-style");
    std::fs::create_dir_all(dist.join("data")).expect("data dir");
    std::fs::copy(example(), dist.join("data/portfolio.json")).expect("copy example");
    // As `trunk build --release --public-url /cyberfolio/` writes them.
    let css = ":root{--bg:#fff}body{margin:0}";
    write(&dist, "main-0123abcd.css", css);
    let page = "<!doctype html><html lang=fr><meta charset=utf-8><meta content=\"default-src 'self'; style-src 'self'; img-src 'self'\" http-equiv=Content-Security-Policy><title>x</title><link href=/cyberfolio/main-0123abcd.css integrity=sha384-abc rel=stylesheet><link href=https://cdn.example/x.css rel=stylesheet></head><body><div id=app></div></body></html>";
    write(&dist, "index.html", page);
    let out = cyberfolio_build(&["page", dist.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let once = std::fs::read_to_string(dist.join("index.html")).expect("page");
    assert!(once.contains(&format!("<style>{css}</style>")), "{once}");
    assert!(!once.contains("main-0123abcd.css"), "{once}");
    assert!(
        once.contains("<link href=https://cdn.example/x.css rel=stylesheet>"),
        "an external stylesheet stays a link"
    );
    // printf ':root{--bg:#fff}body{margin:0}' | openssl dgst -sha256 -binary | base64
    assert!(
        once.contains("style-src 'self' 'sha256-TBVesXUqSlt0PunM/hgoAd0r/IricTBG3tMbYiLKoSI='; img-src 'self'"),
        "{once}"
    );
    let again = cyberfolio_build(&["page", dist.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(
        std::fs::read_to_string(dist.join("index.html")).expect("page"),
        once,
        "a second run changes nothing"
    );
}

/// A module of `families` × 2 functions, the two of a family nearly
/// identical (about 900 bytes each) and `families` functions apart, every
/// function exported as `e{index}`; and its bodies in index order. Written
/// with `wasm-encoder`.
fn spread_out_module(families: usize) -> (Vec<u8>, Vec<Vec<u8>>) {
    use wasm_encoder::{
        CodeSection, ExportKind, ExportSection, FunctionSection, Module, RawSection, TypeSection,
    };
    let mut bodies = Vec::new();
    for copy in 0..2 {
        for family in 0..families {
            // `i32.const k; drop` for a pseudo-random k per family and
            // position; the second copy differs in its last constant.
            let mut body = vec![0x00];
            let mut state = (family as u32).wrapping_mul(2_654_435_761) | 1;
            for i in 0..300 {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let k = if i == 299 { copy } else { (state >> 16) & 0x3f };
                body.extend_from_slice(&[0x41, k as u8, 0x1a]);
            }
            body.push(0x0b);
            bodies.push(body);
        }
    }
    let n = bodies.len() as u32;
    let mut types = TypeSection::new();
    types.ty().function([], []);
    let mut functions = FunctionSection::new();
    let mut exports = ExportSection::new();
    for i in 0..n {
        functions.function(0);
        exports.export(&format!("e{i}"), ExportKind::Func, i);
    }
    let mut code = CodeSection::new();
    for body in &bodies {
        code.raw(body);
    }
    let mut module = Module::new();
    module
        .section(&types)
        .section(&functions)
        .section(&exports)
        .section(&code);
    // An unrelated custom section, kept as it is.
    module.section(&RawSection {
        id: 0,
        data: b"\x04note",
    });
    (module.finish(), bodies)
}

/// Export name → (function index, body), read with `wasmparser`.
fn exported_functions(wasm: &[u8]) -> std::collections::BTreeMap<String, (usize, Vec<u8>)> {
    let mut exports = Vec::new();
    let mut bodies = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.expect("a module") {
            wasmparser::Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.expect("an export");
                    assert_eq!(export.kind, wasmparser::ExternalKind::Func);
                    exports.push((export.name.to_string(), export.index as usize));
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => bodies.push(body.as_bytes().to_vec()),
            _ => {}
        }
    }
    exports
        .into_iter()
        .map(|(name, index)| (name, (index, bodies[index].clone())))
        .collect()
}

/// The names of the files of `dir`, sorted.
fn file_names(dir: &Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    files.sort();
    files
}

#[test]
fn order_wasm_groups_similar_functions_and_updates_the_page() {
    // Needs wasm-opt on PATH: scripts/test.sh runs this with scripts/env.sh.
    let dir = scratch("order-wasm");
    let families = 40;
    let (wasm, bodies) = spread_out_module(families);
    assert!(
        families * bodies[0].len() > 32 * 1024,
        "the two of a family are further apart than gzip's window"
    );
    let file = "app-0123456789abcdef_bg.wasm";
    std::fs::write(dir.join(file), &wasm).expect("write wasm");
    let integrity = |bytes: &[u8]| cyberfolio_build::wasm_order::sha384_integrity(bytes);
    let page = |file: &str, integrity: &str| {
        format!(
            "<!doctype html><meta data-wasm=/app/{file} name=cyberfolio-app>\
             <link href=/app/app.js integrity=sha384-js rel=modulepreload>\
             <link as=fetch href=/app/{file} integrity=\"{integrity}\" rel=preload type=application/wasm>"
        )
    };
    std::fs::write(dir.join("index.html"), page(file, &integrity(&wasm))).expect("write page");

    let out = cyberfolio_build(&["order-wasm", dir.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The file took the name of its new content; the page names it, with
    // its integrity.
    let files = file_names(&dir);
    assert_eq!(files.len(), 2, "{files:?}");
    let new_file = files[0].clone();
    assert_ne!(new_file, file);
    let ordered = std::fs::read(dir.join(&new_file)).expect("read wasm");
    assert_eq!(
        new_file,
        cyberfolio_build::wasm_order::renamed(file, &ordered)
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).expect("read page"),
        page(&new_file, &integrity(&ordered))
    );
    // The same functions behind the same exports, the two of each family
    // now next to each other, and the whole much smaller once gzipped.
    let (before, after) = (exported_functions(&wasm), exported_functions(&ordered));
    assert_eq!(before.len(), 2 * families);
    for (name, (_, body)) in &before {
        assert_eq!(&after[name].1, body, "{name}");
    }
    for family in 0..families {
        let (one, two) = (
            after[&format!("e{family}")].0,
            after[&format!("e{}", family + families)].0,
        );
        assert_eq!(one.abs_diff(two), 1, "family {family}: {one} and {two}");
    }
    let gzip = cyberfolio_build::wasm_order::gzip_size;
    assert!(
        gzip(&ordered) * 10 < gzip(&wasm) * 8,
        "{} -> {} bytes gzip; {}",
        gzip(&wasm),
        gzip(&ordered),
        stdout(&out)
    );
    assert!(
        stdout(&out).contains(&format!("{file} → {new_file}: ")),
        "{}",
        stdout(&out)
    );

    // A second run keeps one wasm, at least as small, that the page names.
    let again = cyberfolio_build(&["order-wasm", dir.to_str().expect("utf-8 path")]);
    assert!(again.status.success(), "{}", stderr(&again));
    let files = file_names(&dir);
    assert_eq!(files.len(), 2, "{files:?}");
    let twice = std::fs::read(dir.join(&files[0])).expect("read wasm");
    assert!(gzip(&twice) <= gzip(&ordered));
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).expect("read page"),
        page(&files[0], &integrity(&twice))
    );
}

#[test]
fn order_wasm_changes_nothing_it_cannot_finish() {
    let dir = scratch("order-wasm-refused");
    let path = dir.to_str().expect("utf-8 path");
    let out = cyberfolio_build(&["order-wasm", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("0 fichiers .wasm au lieu d'un"),
        "{}",
        stderr(&out)
    );

    std::fs::write(dir.join("a_bg.wasm"), b"<html>").expect("write");
    std::fs::write(dir.join("index.html"), "<html>").expect("write");
    let out = cyberfolio_build(&["order-wasm", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ce n'est pas un module WebAssembly"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(dir.join("a_bg.wasm")).expect("read"),
        b"<html>"
    );

    // A page that does not load this wasm: neither file is touched.
    let (wasm, _) = spread_out_module(40);
    std::fs::write(dir.join("a_bg.wasm"), &wasm).expect("write");
    let out = cyberfolio_build(&["order-wasm", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("aucun <link"), "{}", stderr(&out));
    assert_eq!(std::fs::read(dir.join("a_bg.wasm")).expect("read"), wasm);
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).expect("read"),
        "<html>"
    );
    assert_eq!(file_names(&dir), ["a_bg.wasm", "index.html"]);
}
