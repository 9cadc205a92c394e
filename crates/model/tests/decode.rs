//! The site's JSON decoder (`json` + `decode`) against serde: the same
//! names for every field and variant, and the same verdicts and values on
//! the committed files. The fuzzing corpus and the mutation properties run
//! the same comparison (`tests/corpus.rs`, `tests/mutations.rs`).

mod common;

use cyberfolio_model::decode::{Fields, Names};
use cyberfolio_model::*;
use serde::Serialize;
use serde_json::Value;

/// The keys serde writes for a value whose optional fields are all set, in
/// order.
fn serde_keys<T: Serialize>(value: &T) -> Vec<String> {
    match serde_json::to_value(value).expect("serialises") {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

fn assert_fields<T: Serialize + Fields>(value: T) {
    assert_eq!(
        serde_keys(&value),
        T::FIELDS,
        "{}",
        std::any::type_name::<T>()
    );
}

fn assert_names<T: Serialize + Names>() {
    for (variant, name) in T::NAMES {
        assert_eq!(
            serde_json::to_value(variant).expect("serialises"),
            Value::String(name.to_string()),
            "{}",
            std::any::type_name::<T>()
        );
    }
}

#[test]
fn field_and_variant_names_are_serdes() {
    assert_fields(Portfolio {
        schema: Some("s".into()),
        ..Portfolio::default()
    });
    assert_fields(Basics::default());
    assert_fields(Location::default());
    assert_fields(Profile::default());
    assert_fields(Work::default());
    assert_fields(Education::default());
    assert_fields(Certificate::default());
    assert_fields(Skill::default());
    assert_fields(Language::default());
    assert_fields(Interest::default());
    assert_fields(Project::default());
    assert_fields(Meta::default());
    assert_fields(Exam::default());
    assert_fields(Resource::default());
    assert_fields(Image::default());
    assert_fields(Realisation::default());
    assert_fields(Article::default());
    assert_fields(TechWatch::default());
    assert_fields(WatchSource::default());
    assert_fields(Document::default());
    assert_fields(Contact::default());
    assert_fields(Site::default());
    assert_fields(Referential::default());
    assert_fields(Competency::default());
    assert_fields(SubCompetency::default());
    assert_names::<WorkKind>();
    assert_names::<SioOption>();
    assert_names::<Cadre>();
    assert_names::<ResourceKind>();
    assert_names::<DocumentKind>();
    assert_names::<Theme>();
}

#[test]
fn committed_files_decode_as_serde_reads_them() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    for path in [
        "data/portfolio.json",
        "crates/model/data/referentiel-bts-sio-bloc1.json",
        "tests/fixtures/injection-payloads.json",
        "schema/portfolio.schema.json",
    ] {
        let text = std::fs::read_to_string(format!("{root}/{path}")).expect("committed file");
        common::agrees_with_serde(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    assert_eq!(
        Referential::bts_sio(),
        serde_json::from_str::<Referential>(referential::DEFAULT_REFERENTIAL_JSON)
            .expect("serde reads it")
    );
}

#[test]
fn wrong_shapes_are_refused_by_both_or_by_the_schema() {
    for text in [
        r#"{"basics": ["Zoé"]}"#,
        r#"{"realisations": [{"cadre": {"pro1": null}}]}"#,
        r#"{"realisations": [{"teamSize": 1.0}]}"#,
        r#"{"realisations": [{"teamSize": -0}]}"#,
        r#"{"basics": {"name": "A", "name": "B"}}"#,
        r#"{"basics": {"name": "A"}, "basics": {}}"#,
        r#"{"x": 1e400}"#,
        r#"{"x": "\ud800"}"#,
        r#"{"work": [{"startDate": "2025-02-30"}]}"#,
        r#"{"meta": null, "exam": {"option": "SISR"}}"#,
        "{\"basics\": {\"name\": \"a\\u0000b\"}}",
    ] {
        common::agrees_with_serde(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    }
}
