//! `cyberfolio-build order-wasm DIST`: puts the functions of the built
//! WebAssembly in an order that gzip compresses better, names the file by
//! its new content, and updates its name and integrity hash in the page.
//!
//! gzip finds repeats only in the last 32 KiB it has read. The compiler
//! emits a generic function's copies (one per type) wherever their callers
//! are, so most near-identical bodies are too far apart to be matched.
//! [`similarity_order`] chains each function to the remaining one that
//! shares the most byte sequences with what precedes it; binaryen's
//! `wasm-opt --reorder-functions-by-name` then renumbers the module in that
//! order, since the names this step gives are the ranks. The code is
//! unchanged; only its order and the call indices differ. On the site's
//! wasm this saved about 6 kB of gzip (docs/size.md).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{write_atomically, EXIT_IO, EXIT_OK};
use cyberfolio_model::files::io_reason;
use lol_html::{element, rewrite_str, RewriteStrSettings};

/// Length of the byte sequences that count as shared between two bodies.
/// Six bytes are two or three instructions with their operands.
const SHINGLE: usize = 6;

/// gzip's (deflate's) window: a sequence further back than this is not
/// matched, so only the functions in this many bytes before count.
const WINDOW: usize = 32 * 1024;

/// Why a file is not a module this step can reorder: what `wasmparser`
/// found wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WasmError(String);

impl std::fmt::Display for WasmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ce n'est pas un module WebAssembly complet ({})", self.0)
    }
}

impl From<wasmparser::BinaryReaderError> for WasmError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        WasmError(e.message().to_string())
    }
}

/// The parts of a module this step reads: where each section is, how many
/// functions are imported (they come first in the function index space),
/// and the body of each defined function.
#[derive(Debug)]
pub struct Module<'a> {
    /// Every section, header and payload, in file order.
    pub sections: Vec<Section<'a>>,
    /// The number of imported functions.
    pub imported_functions: u32,
    /// The bytes of each defined function (locals and code), in index order.
    pub bodies: Vec<&'a [u8]>,
}

/// One section of a module.
#[derive(Debug, Clone, Copy)]
pub struct Section<'a> {
    /// The section id (0 for a custom section).
    pub id: u8,
    /// The custom section's name, empty for the others.
    pub name: &'a str,
    /// The whole section as it is in the file.
    pub bytes: &'a [u8],
}

/// The module header: `\0asm`, version 1.
const HEADER: [u8; 8] = *b"\0asm\x01\0\0\0";

/// Reads the sections of `bytes`, the imports and the function bodies,
/// with `wasmparser`.
pub fn parse(bytes: &[u8]) -> Result<Module<'_>, WasmError> {
    let mut module = Module {
        sections: Vec::new(),
        imported_functions: 0,
        bodies: Vec::new(),
    };
    // Sections follow each other: each starts where the previous ended.
    let mut start = HEADER.len();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload?;
        match &payload {
            wasmparser::Payload::ImportSection(imports) => {
                for import in imports.clone().into_imports() {
                    if matches!(import?.ty, wasmparser::TypeRef::Func(_)) {
                        module.imported_functions += 1;
                    }
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => module.bodies.push(body.as_bytes()),
            _ => {}
        }
        if let Some((id, range)) = payload.as_section() {
            let name = match &payload {
                wasmparser::Payload::CustomSection(custom) => custom.name(),
                _ => "",
            };
            let bytes = bytes
                .get(start..range.end)
                .ok_or_else(|| WasmError("section hors du fichier".into()))?;
            module.sections.push(Section { id, name, bytes });
            start = range.end;
        }
    }
    Ok(module)
}

/// The order (indices into `bodies`) in which similar bodies follow each
/// other: starting from the largest, each next body is the one with the
/// largest share of its byte sequences ([`SHINGLE`] long) already present
/// in the bodies placed in the last [`WINDOW`] bytes. Deterministic: ties
/// go to the lower index.
pub fn similarity_order(bodies: &[&[u8]]) -> Vec<usize> {
    let n = bodies.len();
    // Each body's distinct sequences, as ids, and the bodies of each id.
    let mut ids = std::collections::HashMap::<&[u8], u32>::new();
    let mut sequences: Vec<Vec<u32>> = Vec::with_capacity(n);
    let mut holders: Vec<Vec<u32>> = Vec::new();
    for (f, body) in bodies.iter().enumerate() {
        let mut own: Vec<u32> = body
            .windows(SHINGLE)
            .map(|w| {
                let next = ids.len() as u32;
                *ids.entry(w).or_insert(next)
            })
            .collect();
        own.sort_unstable();
        own.dedup();
        for &id in &own {
            if id as usize == holders.len() {
                holders.push(Vec::new());
            }
            holders[id as usize].push(f as u32);
        }
        sequences.push(own);
    }
    // How many bodies of the window hold each sequence, and for each body
    // how many of its sequences the window holds.
    let mut in_window = vec![0u32; holders.len()];
    let mut shared = vec![0u32; n];
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut window = std::collections::VecDeque::new();
    let mut window_bytes = 0usize;
    let Some(mut next) = (0..n).max_by_key(|&f| (bodies[f].len(), std::cmp::Reverse(f))) else {
        return order;
    };
    loop {
        placed[next] = true;
        order.push(next);
        for &id in &sequences[next] {
            in_window[id as usize] += 1;
            if in_window[id as usize] == 1 {
                for &g in &holders[id as usize] {
                    shared[g as usize] += 1;
                }
            }
        }
        window.push_back(next);
        window_bytes += bodies[next].len();
        while window_bytes > WINDOW && window.len() > 1 {
            let Some(old) = window.pop_front() else { break };
            window_bytes -= bodies[old].len();
            for &id in &sequences[old] {
                in_window[id as usize] -= 1;
                if in_window[id as usize] == 0 {
                    for &g in &holders[id as usize] {
                        shared[g as usize] -= 1;
                    }
                }
            }
        }
        // The largest shared / (sequences + 4): the 4 keeps a tiny body
        // with one shared sequence from outranking a large similar one.
        let mut best: Option<usize> = None;
        for g in (0..n).filter(|&g| !placed[g]) {
            let better = best.is_none_or(|b| {
                u64::from(shared[g]) * (sequences[b].len() as u64 + 4)
                    > u64::from(shared[b]) * (sequences[g].len() as u64 + 4)
            });
            if better {
                best = Some(g);
            }
        }
        match best {
            Some(g) => next = g,
            None => return order,
        }
    }
}

/// `module` without its name section and with a new one (written by
/// `wasm-encoder`) that names each defined function by its rank in `order`
/// (`f0000000`, `f0000001`, …) and each import by its index (`i0000000`, …,
/// so imports keep their order): sorting the functions by name then gives
/// that order.
pub fn with_rank_names(module: &Module<'_>, order: &[usize]) -> Vec<u8> {
    let imported = module.imported_functions;
    let mut rank = vec![0; module.bodies.len()];
    for (r, &f) in order.iter().enumerate() {
        rank[f] = r;
    }
    let mut names = wasm_encoder::NameMap::new();
    for i in 0..imported {
        names.append(i, &format!("i{i:07}"));
    }
    for (f, r) in rank.iter().enumerate() {
        // A module has fewer than 2^32 functions (the index space is u32).
        names.append(imported + f as u32, &format!("f{r:07}"));
    }
    let mut section = wasm_encoder::NameSection::new();
    section.functions(&names);
    let mut encoded = wasm_encoder::Module::new();
    encoded.section(&section);
    let encoded = encoded.finish();
    let mut out = HEADER.to_vec();
    for s in module
        .sections
        .iter()
        .filter(|s| !(s.id == 0 && s.name == "name"))
    {
        out.extend_from_slice(s.bytes);
    }
    // The name section alone, after the header `wasm-encoder` wrote.
    out.extend_from_slice(&encoded[HEADER.len()..]);
    out
}

/// `html` with the `integrity` of the `<link>` whose `href` names `file`
/// (as its last path segment) set to `integrity`. `None` when no such link
/// carries an integrity value.
pub fn with_integrity(html: &str, file: &str, integrity: &str) -> Option<String> {
    let found = std::cell::Cell::new(false);
    let page = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "link[integrity]",
            |link| {
                let names_file = link
                    .get_attribute("href")
                    .is_some_and(|href| href.rsplit('/').next() == Some(file));
                let has_value = link
                    .get_attribute("integrity")
                    .is_some_and(|v| !v.is_empty());
                if names_file && has_value {
                    link.set_attribute("integrity", integrity)?;
                    found.set(true);
                }
                Ok(())
            }
        )),
    )
    .ok()?;
    found.get().then_some(page)
}

/// The subresource integrity value of `bytes` (`sha384-…`, as Trunk writes).
pub fn sha384_integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
    )
}

/// `file` with the content hash Trunk put in its name
/// (`app-0123456789abcdef_bg.wasm`, up to 16 hex digits) replaced by one of `bytes`: a browser
/// may keep a file for as long as its name is unchanged, so new content
/// must never take an old name. Unchanged when the name has no such hash.
pub fn renamed(file: &str, bytes: &[u8]) -> String {
    use sha2::Digest;
    let hashed = file
        .strip_suffix("_bg.wasm")
        .and_then(|stem| stem.rsplit_once('-'))
        // Trunk writes its 64-bit hash without leading zeros: 15 digits
        // one time in 16 (`cyberfolio-site-4cc13f038a745c5_bg.wasm`).
        .filter(|(_, hash)| {
            (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        });
    match hashed {
        Some((base, _)) => {
            let digest = sha2::Sha384::digest(bytes);
            let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            format!("{base}-{hex}_bg.wasm")
        }
        None => file.to_owned(),
    }
}

/// The size of `bytes` compressed by flate2 at level 9: close to `gzip -9`,
/// the measure of the size budget, and enough to compare two orders.
pub fn gzip_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map(|v| v.len()).unwrap_or(usize::MAX)
}

/// Reorders the one `.wasm` file of `dist` with `wasm-opt` (from `PATH`),
/// renames it by its new content and updates its name and integrity in
/// `dist/index.html`. Leaves `dist` as it was if the new order does not
/// compress smaller, or on any error.
pub fn run(dist: &Path) -> u8 {
    match reorder(dist) {
        Ok(()) => EXIT_OK,
        Err(message) => {
            eprintln!("{message}");
            EXIT_IO
        }
    }
}

fn read_err(path: &Path, e: std::io::Error) -> String {
    format!(
        "{}: impossible de lire le fichier : {}",
        path.display(),
        io_reason(&e)
    )
}

fn write_err(path: &Path, e: std::io::Error) -> String {
    format!(
        "{}: impossible d'écrire le fichier : {}",
        path.display(),
        io_reason(&e)
    )
}

/// `module` renumbered by binaryen in the order its names give.
fn sort_by_name(named: &[u8]) -> Result<Vec<u8>, String> {
    // Removed when dropped: nothing is left behind, even on an error.
    let scratch = tempfile::Builder::new()
        .prefix("cyberfolio-order-wasm-")
        .tempdir()
        .map_err(|e| write_err(&std::env::temp_dir(), e))?;
    let (input, output) = (
        scratch.path().join("ranked.wasm"),
        scratch.path().join("ordered.wasm"),
    );
    std::fs::write(&input, named).map_err(|e| write_err(&input, e))?;
    // Re-reading the file loses the stack-machine form Trunk's `-Oz` wrote
    // (binaryen's StackIR); the same levels write it again, with no
    // optimisation pass run.
    let status = Command::new("wasm-opt")
        .args([
            "--optimize-level=2",
            "--shrink-level=2",
            "--optimize-stack-ir",
        ])
        .args(["--reorder-functions-by-name".as_ref(), input.as_os_str()])
        .args(["-o".as_ref(), output.as_os_str()])
        .status();
    match status {
        Ok(s) if s.success() => std::fs::read(&output).map_err(|e| read_err(&output, e)),
        Ok(s) => Err(format!("wasm-opt a échoué ({s})")),
        Err(e) => Err(format!(
            "wasm-opt introuvable ({}) ; lancez `source scripts/env.sh`, qui met celui de scripts/setup.sh dans le PATH",
            io_reason(&e)
        )),
    }
}

/// [`write_atomically`], with the French message of the step.
fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_atomically(path, bytes).map_err(|e| write_err(path, e))
}

fn reorder(dist: &Path) -> Result<(), String> {
    let wasm_files: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| read_err(dist, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "wasm"))
        .collect();
    let [wasm] = wasm_files.as_slice() else {
        return Err(format!(
            "{}: {} fichiers .wasm au lieu d'un ; construisez d'abord le site (trunk build --release)",
            dist.display(),
            wasm_files.len()
        ));
    };
    let name = wasm
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| read_err(&index, e))?;
    let original = std::fs::read(wasm).map_err(|e| read_err(wasm, e))?;
    let module = parse(&original).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let ordered = sort_by_name(&with_rank_names(&module, &similarity_order(&module.bodies)))?;

    let (before, after) = (gzip_size(&original), gzip_size(&ordered));
    if after >= before {
        println!(
            "{name}: inchangé, le nouvel ordre ne se compresse pas mieux ({before} → {after} octets gzip)"
        );
        return Ok(());
    }
    let new_name = renamed(&name, &ordered);
    let html = with_integrity(&html, &name, &sha384_integrity(&ordered))
        .ok_or_else(|| {
            format!(
                "{}: aucun <link href=…{name} integrity=…> ; est-ce bien la page construite par Trunk ?",
                index.display()
            )
        })?
        .replace(&name, &new_name);
    // The new file first, then the page that names it, then the old file
    // removed: if any step fails, the page still names a matching file.
    let new_wasm = dist.join(&new_name);
    replace_file(&new_wasm, &ordered)?;
    replace_file(&index, html.as_bytes())?;
    if new_wasm != *wasm {
        std::fs::remove_file(wasm).map_err(|e| write_err(wasm, e))?;
    }
    println!("{name} → {new_name}: {before} → {after} octets gzip");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_bodies_end_up_next_to_each_other() {
        // Two families whose members differ in length, so that sorting by
        // size would interleave them: a (20 bytes), b (19), a2 (18), b2 (17).
        let a: &[u8] =
            b"\x00\x41\x01\x41\x02\x6a\x41\x03\x6a\x41\x04\x6a\x41\x05\x6a\x1a\x1a\x1a\x0f\x0b";
        let b: &[u8] =
            b"\x01\x7f\x10\x20\x30\x40\x50\x60\x70\x11\x21\x31\x41\x51\x61\x71\x12\x22\x0b";
        let a2 = &a[..18];
        let b2 = &b[..17];
        let bodies = [a, b, a2, b2];
        let order = similarity_order(&bodies);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [0, 1, 2, 3], "a permutation");
        assert_eq!(order, [0, 2, 1, 3], "largest first, then its family");
        // Reproducible.
        assert_eq!(order, similarity_order(&bodies));
    }

    #[test]
    fn orders_nothing_and_short_bodies() {
        assert!(similarity_order(&[]).is_empty());
        let short: [&[u8]; 2] = [b"\x00\x0b", b"\x00\x0b"];
        assert_eq!(similarity_order(&short), [0, 1]);
    }

    #[test]
    fn names_every_function_by_rank_and_drops_the_old_names() {
        // One imported function, three defined ones, an old name section.
        let mut wasm = HEADER.to_vec();
        wasm.extend_from_slice(b"\x01\x04\x01\x60\x00\x00"); // type () -> ()
        wasm.extend_from_slice(b"\x02\x07\x01\x01m\x01f\x00\x00"); // import m.f
        wasm.extend_from_slice(b"\x03\x04\x03\x00\x00\x00"); // three functions
        wasm.extend_from_slice(b"\x0a\x0a\x03\x02\x00\x0b\x02\x00\x0b\x02\x00\x0b"); // bodies
        let without_names = wasm.len();
        wasm.extend_from_slice(b"\x00\x0b\x04name\x01\x04\x01\x01\x01x"); // old names
        let module = parse(&wasm).expect("parses");
        assert_eq!(module.imported_functions, 1);
        assert_eq!(module.bodies.len(), 3);
        // Body 1 first, then body 2, then body 0: their ranks are 2, 0, 1.
        let named = with_rank_names(&module, &[1, 2, 0]);
        let reparsed = parse(&named).expect("still a module");
        let names: Vec<_> = reparsed
            .sections
            .iter()
            .filter(|s| s.id == 0 && s.name == "name")
            .collect();
        assert_eq!(names.len(), 1);
        let text = String::from_utf8_lossy(names[0].bytes);
        // Function indices 0 (the import), 1, 2 and 3, in that order.
        let positions: Vec<_> = ["i0000000", "f0000002", "f0000000", "f0000001"]
            .iter()
            .map(|n| text.find(n))
            .collect();
        assert!(positions.iter().all(Option::is_some), "{text:?}");
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text:?}");
        assert_eq!(
            &named[..named.len() - names[0].bytes.len()],
            &wasm[..without_names]
        );
    }

    #[test]
    fn refuses_what_is_not_a_whole_module() {
        assert!(parse(b"<html>").is_err());
        let mut cut = HEADER.to_vec();
        cut.extend_from_slice(b"\x0a\x09\x02");
        let error = parse(&cut).expect_err("a cut module");
        assert!(error
            .to_string()
            .starts_with("ce n'est pas un module WebAssembly complet"));
    }

    #[test]
    fn sets_the_integrity_of_the_wasm_link_only() {
        let minified = "<link href=/a/app.js integrity=sha384-js rel=modulepreload>\
            <link as=fetch crossorigin href=/a/app_bg.wasm integrity=sha384-old rel=preload>";
        let out = with_integrity(minified, "app_bg.wasm", "sha384-new").expect("the wasm's link");
        assert!(out.contains("href=/a/app.js integrity=sha384-js rel=modulepreload"));
        assert!(
            out.contains("href=/a/app_bg.wasm integrity=\"sha384-new\" rel=preload"),
            "{out}"
        );
        let quoted =
            r#"<link rel="preload" href="./app_bg.wasm" integrity="sha384-old" as="fetch">"#;
        assert_eq!(
            with_integrity(quoted, "app_bg.wasm", "sha384-new").as_deref(),
            Some(r#"<link rel="preload" href="./app_bg.wasm" integrity="sha384-new" as="fetch">"#)
        );
        assert_eq!(with_integrity(minified, "other.wasm", "x"), None);
        assert_eq!(
            with_integrity(minified, "pp_bg.wasm", "x"),
            None,
            "a whole name"
        );
        assert_eq!(
            with_integrity("<link href=app_bg.wasm rel=preload>", "app_bg.wasm", "x"),
            None
        );
        assert_eq!(
            with_integrity("<link href=app_bg.wasm integrity>", "app_bg.wasm", "x"),
            None
        );
        // A `>` inside a quoted value does not end the tag.
        assert_eq!(
            with_integrity(
                "<link title=\"a>b\" href=app_bg.wasm integrity=old>",
                "app_bg.wasm",
                "new"
            )
            .as_deref(),
            Some("<link title=\"a>b\" href=app_bg.wasm integrity=\"new\">")
        );
    }

    #[test]
    fn a_renamed_file_carries_the_hash_of_its_new_content() {
        let name = renamed("app-0123456789abcdef_bg.wasm", b"abc");
        // The first 8 bytes of SHA-384("abc"), in hex.
        assert_eq!(name, "app-cb00753f45a35e8b_bg.wasm");
        assert_ne!(name, renamed("app-0123456789abcdef_bg.wasm", b"abd"));
        assert_eq!(renamed("app_bg.wasm", b"abc"), "app_bg.wasm");
        assert_eq!(renamed("my-app_bg.wasm", b"abc"), "my-app_bg.wasm");
        assert_eq!(renamed("my-cafe_bg.wasm", b"abc"), "my-cafe_bg.wasm");
        // Trunk drops the hash's leading zeros.
        assert_eq!(
            renamed("app-4cc13f038a745c5_bg.wasm", b"abc"),
            "app-cb00753f45a35e8b_bg.wasm"
        );
    }

    #[test]
    fn integrity_is_trunks_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sha384_integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
