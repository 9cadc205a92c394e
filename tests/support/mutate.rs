//! Mutated copies of a portfolio: one node of its JSON swapped for another
//! type, emptied of a key or doubled. Included with `#[path]` by the
//! model's property test (`crates/model/tests/mutations.rs`) and the
//! English messages' test (`crates/cli/tests/english.rs`).

use serde_json::Value;

/// Walks to the `pick`-th node (pre-order) and applies mutation `kind`
/// (0–5) there; whether the node was reached.
pub fn mutate(value: &mut Value, pick: &mut usize, kind: u8) -> bool {
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
