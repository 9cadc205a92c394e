//! Nothing of the validator is left in French when English is asked for:
//! broken portfolios that draw most of its diagnostics (the fuzzing corpus,
//! mutated copies of the example, hand-made files breaking each rule) are
//! loaded in both languages, and every English message is checked against
//! its French one. The command line turns the model's `english-messages`
//! feature on, so this test lives here, where it always runs.

use std::collections::BTreeSet;

use cyberfolio_model::files::read_and_load;
use cyberfolio_model::{load_bytes_with_files, Diagnostic, Lang, LoadError};
use serde_json::{json, Value};

#[path = "../../../tests/support/command_line.rs"]
#[allow(dead_code)]
mod command_line;

use command_line::{example, repo, scratch};

#[path = "../../../tests/support/mutate.rs"]
mod mutate;

use mutate::mutate;

/// Words and marks that only a French sentence would have. Values quoted
/// from the file (“…”) are left out before looking for them.
const FRENCH: [&str; 12] = [
    " le ", " la ", " les ", " une ", " est ", " des ", " du ", " et ", " pas ", "«", "»", "é",
];

/// The example portfolio as JSON.
fn example_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(example()).expect("example")).expect("json")
}

/// A copy of the example with `edit` applied.
fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = example_json();
    edit(&mut value);
    serde_json::to_vec_pretty(&value).expect("json")
}

/// Hand-made files that break the validator's rules, one or more each.
fn broken_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>| files.push((name.to_string(), bytes));
    // Each rule of the E5 checks, on a file that decodes.
    let rules = json!({
        "basics": {
            "name": " ",
            "nmae": "Zoé",
            "zzz": 1,
            "email": "mailto:zoe",
            "image": "http://photos.example/a.jpg",
            "url": "javascript:alert(1)",
            "profiles": [
                { "network": "GitHub", "url": "github.com/zoe" },
                { "network": "Mail", "url": "zoe@example.fr" },
                { "network": "Espaces", "url": "https://exa mple.org" },
                { "network": "Barre", "url": "a\\b" },
                { "network": "Contrôle", "url": "https://\u{1}x.org" },
                { "network": "Invisible", "url": "https://x\u{200b}.org" }
            ]
        },
        "work": [
            { "id": "Stage 1", "name": "", "kind": "internship", "startDate": "2025-06", "endDate": "2025-01" },
            { "name": "Clinique", "kind": "internship" },
            { "id": "stage-2", "name": "Mairie", "kind": "internship" },
            { "id": "stage-2", "name": "Lycée" },
            { "id": "", "name": "Vide" }
        ],
        "education": [{ "institution": "", "url": "/documents/diplome.pdf" }],
        "certificates": [{ "name": "" }],
        "realisations": [
            {
                "id": "", "name": "", "competencies": [], "work": "stage-9",
                "documents": [{ "title": "", "url": "" }],
                "images": [{ "src": "", "alt": "" }],
                "description": "Voir [ceci](javascript:x) et [cela](/doc.pdf).",
                "context": "Le [site](www.exemple.fr)."
            },
            {
                "id": "glpi", "name": "GLPI", "cadre": "formation", "work": "stage-2",
                "competencies": ["B1.1", "B1.1", "Z9"], "startDate": "2025-01",
                "contribution": "Tout.",
                "documents": [{ "title": "Procédure", "url": "documents/absente.pdf" }]
            },
            { "id": "glpi", "name": "Autre", "cadre": "pro1", "competencies": ["B1.2"] },
            { "id": "Avec espace", "name": "Autre", "cadre": "pro1", "competencies": ["B1.3"] }
        ],
        "documents": [{ "title": "", "url": "", "work": "stage-7" }],
        "techWatch": { "subject": "", "articles": [{ "title": "", "summary": "[a](data:x)" }] },
        "contact": { "formEndpoint": "http://form.example" },
        "site": { "language": "de-DE", "ogImage": "og.png" },
        "exam": { "portfolioUrl": "http://zoe.example/depot" },
        "projets": [],
        "exm": {},
        "portefolio": 1,
        "longText": "x".repeat(10_001)
    });
    add("rules", serde_json::to_vec_pretty(&rules).unwrap());
    // A header missing, and a site address without its final slash.
    add(
        "no-exam",
        edited(|p| {
            p.as_object_mut().unwrap().remove("exam");
        }),
    );
    add(
        "slash",
        edited(|p| {
            p["exam"]["portfolioUrl"] = json!("https://zoe.github.io/portfolio");
            p["exam"].as_object_mut().unwrap().remove("option");
            p["site"] = json!({ "ogImage": "documents/og.png", "language": "fr_FR" });
        }),
    );
    // Référentiels: empty, too large, with codes given twice or invalid.
    add(
        "empty-referential",
        edited(|p| p["referential"] = json!({ "id": "x", "title": "X", "competencies": [] })),
    );
    let many: Vec<Value> = (0..65)
        .map(|i| json!({ "code": if i == 1 { "C0".to_string() } else if i == 2 { "C,2".to_string() } else { format!("C{i}") }, "label": format!("Compétence {i}") }))
        .collect();
    add(
        "big-referential",
        edited(|p| p["referential"] = json!({ "id": "x", "title": "X", "competencies": many })),
    );
    // Types: every kind of value where another is expected.
    let types = json!({
        "basics": { "name": 3, "profiles": {} },
        "work": [{ "name": "A", "kind": "stage" }, "texte"],
        "realisations": [{
            "id": true, "name": null, "cadre": "pro3", "teamSize": -1, "startDate": "2025-13",
            "competencies": "B1.1", "images": [{ "src": "a", "alt": "b", "width": 1.5 }],
            "documents": [[]], "summary": ["a"], "technologies": [{}], "endDate": 2025
        }],
        "exam": { "option": 5, "session": 2026 }
    });
    let mut types = serde_json::to_string_pretty(&types).unwrap();
    // A key given twice, which serde_json's maps cannot hold.
    types = types.replacen(
        "\"cadre\": \"pro3\"",
        "\"cadre\": \"pro3\", \"cadre\": \"pro1\"",
        1,
    );
    add("types", types.into_bytes());
    add("not-an-object", b"[{\"basics\": {}}]".to_vec());
    // Syntax: one file per problem the parser names.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    for (i, text) in [
        "[1, 2",
        "{\"a\": 1",
        "{\"a\": \"x",
        "{\"a\":",
        "{\"a\" 1}",
        "[1 2]",
        "{\"a\": 1 \"b\": 2}",
        "{\"a\": tru}",
        "{\"a\": }",
        "{\"a\": \"\\x\"}",
        "{\"a\": 01}",
        "{\"a\": 1e999}",
        "{\"a\": \"\t\"}",
        "{a: 1}",
        "{\"a\": \"\\udc00\"}",
        "{\"a\": 1,}",
        "{} x",
        &deep,
        "// note\n{}",
        "{“a”: 1}",
    ]
    .into_iter()
    .enumerate()
    {
        add(&format!("syntax-{i}"), text.as_bytes().to_vec());
    }
    // More diagnostics than are listed: errors and warnings left out, or
    // warnings only.
    let template = example_json()["realisations"][0].clone();
    for (name, broken) in [("left-out-errors", true), ("left-out-warnings", false)] {
        add(
            name,
            edited(|p| {
                let list: Vec<Value> = (0..1100)
                    .map(|i| {
                        let mut r = template.clone();
                        let fields = r.as_object_mut().unwrap();
                        fields.insert("id".into(), format!("r-{i:04}").into());
                        fields.remove("documents");
                        fields.remove("contribution");
                        if broken {
                            fields.remove("cadre");
                        }
                        r
                    })
                    .collect();
                p["realisations"] = list.into();
            }),
        );
    }
    files
}

/// Mutated copies of the example, as `crates/model/tests/mutations.rs`
/// makes them, at evenly spread nodes rather than random ones.
fn mutated_examples() -> Vec<(String, Vec<u8>)> {
    (0..1200)
        .step_by(7)
        .flat_map(|pick| (0..6).map(move |kind| (pick, kind)))
        .map(|(pick, kind)| {
            let mut value = example_json();
            mutate(&mut value, &mut pick.clone(), kind);
            (
                format!("mutation-{pick}-{kind}"),
                serde_json::to_vec_pretty(&value).unwrap(),
            )
        })
        .collect()
}

/// The fuzzing corpus that `crates/model/tests/corpus.rs` replays.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = repo().join("fuzz/corpus/load");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("fuzz/corpus/load")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let bytes = std::fs::read(&path).expect("corpus file");
            (path.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

/// The diagnostics of `bytes` in `lang`, with no site files to compare
/// links with, or with a site that has none of them.
fn diagnostics(bytes: &[u8], lang: Lang, with_files: bool) -> Vec<Diagnostic> {
    let nothing = |_: &str| false;
    let files: Option<&dyn Fn(&str) -> bool> = with_files.then_some(&nothing);
    match load_bytes_with_files(bytes, files, lang) {
        Ok(loaded) => loaded.warnings,
        Err(LoadError::Invalid(diagnostics)) => diagnostics,
        Err(_) => Vec::new(),
    }
}

/// The message without the values it quotes from the file (“…”), nor the
/// quotes the typographic-quote error names as the ones to look for.
fn own_words(message: &str) -> String {
    let message = message.replace("(“ ” « » ’)", "");
    let mut out = String::new();
    let mut rest = message.as_str();
    while let Some((before, after)) = rest.split_once('“') {
        out.push_str(before);
        out.push_str("“”");
        rest = after.split_once('”').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Checks one file's diagnostics in both languages: the same places and
/// severities, and English words where the French ones were. Returns the
/// French messages' first words, to count the kinds of diagnostics seen.
fn check(name: &str, french: &[Diagnostic], english: &[Diagnostic]) -> Vec<String> {
    assert_eq!(french.len(), english.len(), "{name}");
    let mut kinds = Vec::new();
    for (fr, en) in french.iter().zip(english) {
        assert_eq!(
            (fr.severity, &fr.path, fr.position, fr.left_out),
            (en.severity, &en.path, en.position, en.left_out),
            "{name}: {fr}"
        );
        assert_ne!(fr.message, en.message, "{name}: left in French: {fr}");
        let words = own_words(&en.message);
        for french_word in FRENCH {
            assert!(
                !words.contains(french_word),
                "{name}: {french_word:?} in the English message {:?} (French: {:?})",
                en.message,
                fr.message
            );
        }
        let line = en.display_in(Lang::English);
        assert!(
            !line.contains("erreur") && !line.contains("avertissement") && !line.contains("racine"),
            "{line}"
        );
        // The kind of diagnostic: its French text up to the first value.
        let kind: String = fr
            .message
            .split(['«', '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            .next()
            .unwrap_or_default()
            .to_string();
        kinds.push(kind);
    }
    kinds
}

#[test]
fn every_diagnostic_has_its_english_text() {
    let mut kinds = BTreeSet::new();
    let mut count = 0;
    let inputs = broken_files()
        .into_iter()
        .chain(mutated_examples())
        .chain(corpus());
    for (name, bytes) in inputs {
        for with_files in [false, true] {
            let french = diagnostics(&bytes, Lang::French, with_files);
            let english = diagnostics(&bytes, Lang::English, with_files);
            count += french.len();
            kinds.extend(check(&name, &french, &english));
        }
    }
    // Files of public/documents/ that no link names: a warning from the
    // reader of files, which also says why a file cannot be read.
    let site = scratch("english-site");
    std::fs::create_dir_all(site.join("data")).unwrap();
    std::fs::create_dir_all(site.join("public/documents")).unwrap();
    for i in 0..7 {
        std::fs::write(
            site.join(format!("public/documents/oubli-{i}.pdf")),
            b"%PDF",
        )
        .unwrap();
    }
    let file = site.join("data/portfolio.json");
    std::fs::write(&file, "{\"basics\": {\"name\": \"Zoé\"}}").unwrap();
    let loaded = |lang| {
        read_and_load(&file, lang)
            .expect("read")
            .expect("valid")
            .warnings
    };
    let (french, english) = (loaded(Lang::French), loaded(Lang::English));
    kinds.extend(check("site", &french, &english));
    assert!(
        english
            .last()
            .unwrap()
            .message
            .starts_with("7 file(s) of public/documents/ published without any link"),
        "{english:?}"
    );
    let absent = site.join("absent.json");
    let french = read_and_load(&absent, Lang::French).expect_err("absent");
    let english = read_and_load(&absent, Lang::English).expect_err("absent");
    assert!(french.ends_with("impossible de lire le fichier : fichier introuvable"));
    assert!(
        english.ends_with("cannot read the file: file not found"),
        "{english}"
    );
    assert!(count > 10_000, "{count} diagnostics");
    assert!(kinds.len() >= 90, "{} kinds: {kinds:#?}", kinds.len());
}
