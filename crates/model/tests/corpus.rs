//! Replays the fuzzing corpus (`fuzz/corpus/load/`, kept by cargo-fuzz and
//! minimised) with the stable toolchain: the same checks as the fuzz target,
//! so every interesting input found once stays a fast regression test.

use cyberfolio_model::{load_bytes, Combine, Filter, LoadError, SearchIndex, Tableau, ViewState};

mod common;

/// What the fuzz target asserts, for one input, and that the site's
/// decoder agrees with serde on it.
fn check(bytes: &[u8]) -> Result<(), String> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        common::agrees_with_serde(text)?;
    }
    match load_bytes(bytes) {
        Ok(loaded) => {
            let index = SearchIndex::new(&loaded.portfolio.realisations, &loaded.referential);
            let tableau = Tableau::new(&loaded.portfolio, &loaded.referential);
            if tableau.row_count() > loaded.portfolio.realisations.len() {
                return Err("more tableau rows than réalisations".into());
            }
            let codes: Vec<String> = loaded
                .referential
                .competencies
                .iter()
                .map(|c| c.code.clone())
                .collect();
            for combine in [Combine::Any, Combine::All] {
                let filter = Filter {
                    competencies: codes.clone(),
                    combine,
                    ..Filter::default()
                };
                if index
                    .apply(&filter)
                    .iter()
                    .any(|&i| i >= loaded.portfolio.realisations.len())
                {
                    return Err("filter returned an index out of range".into());
                }
            }
            let query = String::from_utf8_lossy(bytes);
            let mut state = ViewState::from_query(&query, &loaded.referential);
            // The unknown codes a link carried are said once, never written.
            state.unknown_codes.clear();
            if ViewState::from_query(&state.to_query(), &loaded.referential) != state {
                return Err("URL state does not round-trip".into());
            }
            Ok(())
        }
        Err(LoadError::Invalid(diagnostics)) if diagnostics.is_empty() => {
            Err("invalid without a diagnostic".into())
        }
        Err(LoadError::Invalid(diagnostics)) => {
            match diagnostics.iter().find(|d| d.position.is_none()) {
                Some(d) => Err(format!("diagnostic without a position: {d}")),
                None => Ok(()),
            }
        }
        Err(_) => Ok(()),
    }
}

#[test]
fn every_corpus_input_passes_the_fuzz_checks() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus/load");
    let mut count = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(dir).expect("fuzz/corpus/load") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("corpus file");
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failures.push(format!("{}: {e}", path.display())),
            Err(_) => failures.push(format!("{}: panicked", path.display())),
        }
        count += 1;
    }
    assert!(count >= 20, "only {count} corpus inputs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
