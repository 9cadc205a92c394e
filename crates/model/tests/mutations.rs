//! Property test: mutated copies of the example (truncated, with swapped
//! types, deleted or duplicated keys) never panic, and every error they
//! produce says where it is.

use cyberfolio_model::{load_bytes, LoadError};
use proptest::prelude::*;
use serde_json::Value;

fn example() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/portfolio.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("example")).expect("example json")
}

#[path = "../../../tests/support/mutate.rs"]
mod mutate;

use mutate::mutate;

mod common;

fn check(bytes: &[u8]) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Err(e) = common::agrees_with_serde(text) {
            panic!("{e}\n{text}");
        }
    }
    if let Err(LoadError::Invalid(diagnostics)) = load_bytes(bytes) {
        assert!(!diagnostics.is_empty());
        for d in diagnostics {
            assert!(d.position.is_some(), "{d}");
            assert!(!d.message.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn mutated_examples_never_panic(pick in 0usize..4000, kind in 0u8..6, cut in 0usize..60_000, truncate: bool) {
        let mut value = example();
        let mut p = pick;
        mutate(&mut value, &mut p, kind);
        let mut text = serde_json::to_string_pretty(&value).unwrap();
        if truncate {
            let mut at = cut.min(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            text.truncate(at);
        }
        check(text.as_bytes());
    }

    #[test]
    fn duplicated_keys_never_panic(line in 1usize..1500) {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/portfolio.json")).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let i = line.min(lines.len() - 1);
        let mut out: Vec<&str> = lines.clone();
        out.insert(i, lines[i]);
        check(out.join("\n").as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        check(&bytes);
    }
}
