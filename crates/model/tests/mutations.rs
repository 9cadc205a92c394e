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

/// Walks to the `pick`-th node (pre-order) and applies a mutation there.
fn mutate(value: &mut Value, pick: &mut usize, kind: u8) -> bool {
    if *pick == 0 {
        *value = match (kind % 6, &*value) {
            (0, _) => Value::Null,
            (1, Value::String(_)) => Value::from(42),
            (1, _) => Value::String("texte".into()),
            (2, _) => Value::Array(vec![value.clone()]),
            (3, _) => Value::Bool(true),
            (4, Value::Object(map)) => {
                let mut map = map.clone();
                if let Some(k) = map.keys().next().cloned() {
                    map.remove(&k);
                }
                Value::Object(map)
            }
            (5, Value::Array(items)) => {
                Value::Array(items.iter().chain(items.iter()).cloned().collect())
            }
            _ => Value::from(-1),
        };
        return true;
    }
    *pick -= 1;
    match value {
        Value::Object(map) => map.values_mut().any(|v| mutate(v, pick, kind)),
        Value::Array(items) => items.iter_mut().any(|v| mutate(v, pick, kind)),
        _ => false,
    }
}

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
