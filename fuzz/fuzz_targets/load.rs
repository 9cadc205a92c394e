//! libFuzzer target: any bytes through the loader, then, when they load,
//! through everything the site derives from a portfolio. Nothing may panic,
//! and every error must say where it is. The site's JSON decoder must
//! also agree with serde (the test suite's oracle, shared from the model's
//! tests).
#![no_main]

#[path = "../../crates/model/tests/common/mod.rs"]
mod common;

use cyberfolio_model::{load_bytes, Combine, Filter, LoadError, SearchIndex, Tableau, ViewState};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Err(e) = common::agrees_with_serde(text) {
            panic!("{e}");
        }
    }
    match load_bytes(bytes) {
        Ok(loaded) => {
            let index = SearchIndex::new(&loaded.portfolio.realisations, &loaded.referential);
            let tableau = Tableau::new(&loaded.portfolio, &loaded.referential);
            assert!(tableau.row_count() <= loaded.portfolio.realisations.len());
            let codes: Vec<String> = loaded.referential.competencies.iter().map(|c| c.code.clone()).collect();
            for combine in [Combine::Any, Combine::All] {
                let filter = Filter { competencies: codes.clone(), combine, ..Filter::default() };
                let shown = index.apply(&filter);
                assert!(shown.iter().all(|&i| i < loaded.portfolio.realisations.len()));
            }
            // The text doubles as a query string, as a hostile link would.
            let query = String::from_utf8_lossy(bytes);
            let mut state = ViewState::from_query(&query, &loaded.referential);
            // The unknown codes a link carried are said once, never written.
            state.unknown_codes.clear();
            let again = ViewState::from_query(&state.to_query(), &loaded.referential);
            assert_eq!(state, again, "the URL state round-trips");
        }
        Err(LoadError::Invalid(diagnostics)) => {
            assert!(!diagnostics.is_empty());
            for d in diagnostics {
                assert!(d.position.is_some(), "{d}");
            }
        }
        Err(_) => {}
    }
});
