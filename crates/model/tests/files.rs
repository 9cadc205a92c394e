//! The committed files the model stands behind: the JSON Schema served to
//! editors, the example portfolio, and compatibility with JSON Resume.

use std::path::PathBuf;

use cyberfolio_model::{load_str, schema::schema_json, LoadError, Severity};
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    let full = repo().join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run scripts/setup.sh for node_modules)",
            full.display()
        )
    })
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema_errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn committed_schema_is_the_generated_one() {
    let generated = schema_json();
    let path = repo().join(cyberfolio_model::schema::SCHEMA_PATH);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "{} is out of date: run `UPDATE_SCHEMA=1 cargo test -p cyberfolio-model --test files` and commit it", path.display());
}

#[test]
fn schema_describes_fields_in_french() {
    let schema: Value = serde_json::from_str(&schema_json()).unwrap();
    let cadre = &schema["$defs"]["Realisation"]["properties"]["cadre"];
    assert!(cadre.to_string().contains("Cadre"), "{cadre}");
    let text = schema.to_string();
    assert!(text.contains("contribution personnelle") && text.contains("AAAA-MM-JJ"));
}

#[test]
fn english_example_is_valid_with_no_warning_and_the_same_structure() {
    let loaded = load_str(&read("examples/portfolio.en.json"))
        .unwrap_or_else(|e| panic!("{e}: {:#?}", e.diagnostics()));
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    assert_eq!(loaded.portfolio.language(), cyberfolio_model::Lang::English);
    let french = load_str(&read("data/portfolio.json")).expect("the example loads");
    let ids = |p: &cyberfolio_model::Portfolio| -> Vec<(String, Vec<String>)> {
        p.realisations
            .iter()
            .map(|r| (r.id.clone(), r.competencies.clone()))
            .collect()
    };
    assert_eq!(ids(&loaded.portfolio), ids(&french.portfolio));
    let ours: Value = serde_json::from_str(&schema_json()).unwrap();
    assert_eq!(
        schema_errors(&ours, &json("examples/portfolio.en.json")),
        Vec::<String>::new()
    );
}

#[test]
fn example_portfolio_is_valid_with_no_warning() {
    let loaded = load_str(&read("data/portfolio.json"))
        .unwrap_or_else(|e| panic!("{e}: {:#?}", e.diagnostics()));
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    let p = &loaded.portfolio;
    assert!(p.realisations.len() >= 10);
    assert!(p.tech_watch.as_ref().is_some_and(|w| w.articles.len() >= 4));
    for cadre in cyberfolio_model::Cadre::ALL {
        assert!(
            p.realisations.iter().any(|r| r.cadre == Some(cadre)),
            "{cadre:?}"
        );
    }
}

#[test]
fn example_documents_exist() {
    let text = read("data/portfolio.json");
    let mut rest = text.as_str();
    let mut count = 0;
    while let Some(i) = rest.find("\"documents/") {
        let url = &rest[i + 1..];
        let end = url.find('"').unwrap();
        let file = repo().join("public").join(&url[..end]);
        assert!(
            file.is_file(),
            "{} is referenced but missing",
            file.display()
        );
        count += 1;
        rest = &url[end..];
    }
    assert!(count > 10, "{count}");
}

#[test]
fn example_validates_against_both_schemas() {
    let example = json("data/portfolio.json");
    let ours: Value = serde_json::from_str(&schema_json()).unwrap();
    assert_eq!(schema_errors(&ours, &example), Vec::<String>::new());
    let resume = json("node_modules/@jsonresume/schema/schema.json");
    assert_eq!(schema_errors(&resume, &example), Vec::<String>::new());
}

#[test]
fn json_resume_sample_loads_with_e5_warnings_only() {
    let loaded = load_str(&read("node_modules/@jsonresume/schema/sample.resume.json"))
        .expect("the official sample loads");
    assert_eq!(loaded.portfolio.basics.name, "Richard Hendriks");
    // Every key of the sample is read: no « champ inconnu ». What it lacks
    // is E5's: the six competencies and the tableau's header.
    assert_eq!(loaded.warnings.len(), 7, "{:#?}", loaded.warnings);
    assert!(loaded
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning
            && (w.message.contains("n'est mobilisée par aucune réalisation")
                || w.message
                    .starts_with("l'en-tête du tableau de synthèse est vide"))));
}

#[test]
fn a_mistake_in_the_example_is_located() {
    let text = read("data/portfolio.json").replacen("\"B1.1", "\"B7.1", 1);
    let Err(LoadError::Invalid(d)) = load_str(&text) else {
        panic!("expected an error")
    };
    let line = text.lines().position(|l| l.contains("\"B7.1")).unwrap() + 1;
    assert_eq!(d[0].position.map(|p| p.line), Some(line));
    assert!(
        d[0].path.to_string().starts_with("realisations["),
        "{}",
        d[0].path
    );
    assert!(d[0].message.contains("B7.1"));
}
