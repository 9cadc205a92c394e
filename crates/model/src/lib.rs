//! The Cyberfolio portfolio model: the student's JSON file, its checks and
//! the views derived from it (filtering, the tableau de synthèse).
//!
//! Plain Rust with no web dependency, so the site, the command line and the
//! host tests share one implementation.

pub mod date;
pub mod decode;
pub mod diagnostic;
pub mod files;
pub mod filter;
pub mod json;
pub mod language;
pub mod load;
pub mod locate;
pub mod markdown;
mod messages;
pub mod meta;
pub mod order;
pub mod portfolio;
pub mod presentation;
pub mod referential;
pub mod schema;
pub mod tableau;
pub mod text;
pub mod texts;
pub mod url;
pub mod validate;

pub use date::PartialDate;
pub use diagnostic::{Diagnostic, JsonPath, LoadError, Position, Severity};
pub use filter::{Combine, Filter, SearchIndex, ViewState};
pub use language::Lang;
pub use load::{
    load_bytes, load_bytes_with_files, load_str, load_str_with_files, read_checked_bytes, Loaded,
    MAX_FILE_BYTES,
};
pub use portfolio::*;
pub use referential::{Competency, Referential, SubCompetency};
pub use tableau::Tableau;
pub use validate::SiteFiles;
