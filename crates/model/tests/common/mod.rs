//! The reference the site's JSON decoder is held to: serde_json and the
//! serde derives on the portfolio types, with the committed JSON Schema as
//! the judge where the decoder is deliberately stricter.

use std::sync::OnceLock;

use cyberfolio_model::decode::decode;
use cyberfolio_model::json::parse;
use cyberfolio_model::Portfolio;

fn schema() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        // Relative to this file, which the fuzz target includes too.
        let text = include_str!("../../../../schema/portfolio.schema.json");
        let schema = serde_json::from_str(text).expect("schema is JSON");
        jsonschema::validator_for(&schema).expect("schema compiles")
    })
}

/// Checks the decoder against serde on one text:
/// - both parsers accept the same JSON;
/// - what the decoder accepts, serde accepts, and both build the same value;
/// - what the decoder refuses, serde refuses too, or the JSON Schema does
///   (serde also reads an object given as a list of its fields in order,
///   and an enum given as `{"name": null}`).
pub fn agrees_with_serde(text: &str) -> Result<(), String> {
    let ours = parse(text);
    let reference = serde_json::from_str::<serde_json::Value>(text);
    let (root, value) = match (ours, reference) {
        (Ok(root), Ok(value)) => (root, value),
        (Err(_), Err(_)) => return Ok(()),
        (Ok(_), Err(e)) => return Err(format!("serde_json refuses the syntax ({e}), not us")),
        (Err(e), Ok(_)) => return Err(format!("we refuse the syntax ({e:?}), not serde_json")),
    };
    let serde = serde_json::from_str::<Portfolio>(text);
    match (decode::<Portfolio>(&root), serde) {
        (Ok(ours), Ok(reference)) if ours == reference => Ok(()),
        (Ok(_), Ok(_)) => Err("serde and the decoder build different values".into()),
        (Ok(_), Err(e)) => Err(format!("serde refuses ({e}), the decoder accepts")),
        (Err(_), Err(_)) => Ok(()),
        (Err(errors), Ok(_)) => {
            if schema().is_valid(&value) {
                Err(format!(
                    "the decoder refuses a file serde and the schema accept: {:?}",
                    errors.first().map(|(_, d)| d.to_string())
                ))
            } else {
                Ok(())
            }
        }
    }
}
