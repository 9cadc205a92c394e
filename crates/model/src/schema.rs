//! The JSON Schema of the portfolio file, for students' editors.

use crate::portfolio::Portfolio;

/// Where the schema is committed and served, relative to the site root.
pub const SCHEMA_PATH: &str = "schema/portfolio.schema.json";

/// The schema as pretty JSON with a trailing newline, exactly as committed.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Portfolio);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
