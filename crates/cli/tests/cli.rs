//! The `cyberfolio` binary as a student runs it: exit codes, messages with
//! positions, the refusal to overwrite, exports checked against the example.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Output, Stdio};

use cyberfolio_model::{load_str, Tableau};

#[path = "../../../tests/support/command_line.rs"]
mod command_line;

use command_line::{example, repo, scratch, stderr, stdout, write};

fn cyberfolio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberfolio"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run cyberfolio")
}

fn example_tableau() -> Tableau {
    let text = std::fs::read_to_string(example()).expect("example");
    let loaded = load_str(&text).expect("example loads");
    Tableau::new(&loaded.portfolio, &loaded.referential)
}

#[test]
fn validate_exit_codes_follow_the_contract() {
    let ok = cyberfolio(&["validate", example().to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(
        stdout(&ok).contains("valide : 13 réalisation(s), 0 erreur(s)"),
        "{}",
        stdout(&ok)
    );

    let dir = scratch("validate");
    let broken = write(
        &dir,
        "broken.json",
        "{\n  \"basics\": {\"name\": \"Zoé\"},\n  \"realisations\": [\n    {\"id\": \"a\", \"name\": \"A\", \"cadre\": \"pro3\", \"competencies\": [\"B1.1\"]}\n  ],\n  \"work\": [{\"name\": 3}]\n}\n",
    );
    let bad = cyberfolio(&["validate", &broken]);
    assert_eq!(bad.status.code(), Some(1));
    let lines: Vec<String> = stdout(&bad).lines().map(str::to_string).collect();
    let source = std::fs::read_to_string(&broken).unwrap();
    let column = |line: usize, needle: &str| {
        source
            .lines()
            .nth(line - 1)
            .and_then(|l| l.find(needle))
            .expect("needle")
            + 1
    };
    let cadre = format!(
        "{broken}:4:{}: erreur: realisations[0].cadre: valeur « pro3 » inconnue",
        column(4, "\"pro3\"")
    );
    assert!(lines[0].starts_with(&cadre), "{lines:?}");
    let name = format!("{broken}:6:{}: erreur: work[0].name: ", column(6, "3}"));
    assert!(lines[1].starts_with(&name), "{lines:?}");
    assert!(lines[2].contains("2 erreur(s)"), "{lines:?}");

    let syntax = write(
        &dir,
        "syntax.json",
        "{\n  \"basics\": { \"name\": \"Zoé\", }\n}\n",
    );
    let out = cyberfolio(&["validate", &syntax]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with(&format!("{syntax}:2:30: erreur: (racine): JSON invalide")),
        "{}",
        stdout(&out)
    );

    let missing = dir.join("absent.json");
    let out = cyberfolio(&["validate", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("fichier introuvable"),
        "{}",
        stderr(&out)
    );
    let out = cyberfolio(&["validate", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "a directory cannot be read");
}

/// `--lang en`: the same diagnostics at the same places, in English, and
/// the lines around them too; French stays the default.
#[test]
fn an_error_of_the_whole_file_speaks_the_language_asked_for() {
    let dir = scratch("validate-empty-en");
    let empty = write(&dir, "empty.json", "  \n");
    let english = cyberfolio(&["validate", "--lang", "en", &empty]);
    assert_eq!(english.status.code(), Some(1));
    assert!(
        stdout(&english).starts_with(&format!(
            "{empty}:error: (root): The portfolio file is empty: The file holds nothing."
        )),
        "{}",
        stdout(&english)
    );
    let french = cyberfolio(&["validate", &empty]);
    assert!(
        stdout(&french).starts_with(&format!(
            "{empty}:erreur: (racine): Le fichier du portfolio est vide : Le fichier ne contient rien."
        )),
        "{}",
        stdout(&french)
    );
}

#[test]
fn validate_speaks_english_on_request() {
    let dir = scratch("validate-en");
    let broken = write(
        &dir,
        "broken.json",
        "{\n  \"basics\": {\"name\": \"Zoé\"},\n  \"realisations\": [\n    {\"id\": \"a\", \"name\": \"A\", \"cadre\": \"pro3\", \"competencies\": [\"B1.1\"]}\n  ],\n  \"work\": [{\"name\": 3}],\n  \"site\": {\"language\": \"de\"}\n}\n",
    );
    let french = cyberfolio(&["validate", &broken]);
    let english = cyberfolio(&["validate", "--lang", "en", &broken]);
    assert_eq!(english.status.code(), Some(1));
    let lines: Vec<String> = stdout(&english).lines().map(str::to_string).collect();
    assert_eq!(
        lines[..2],
        [
            format!("{broken}:4:39: error: realisations[0].cadre: unknown value “pro3”: the possible values are \"formation\", \"pro1\", \"pro2\""),
            format!("{broken}:6:21: error: work[0].name: wrong type: the number 3 instead of a text in quotes"),
        ],
        "{lines:?}"
    );
    assert_eq!(
        lines[2],
        format!("{broken}: invalid: fix the errors above, 2 error(s), 0 warning(s)")
    );
    // The French report, line for line, at the same places.
    let french_lines: Vec<String> = stdout(&french).lines().map(str::to_string).collect();
    assert_eq!(french_lines.len(), lines.len());
    assert!(french_lines[0].starts_with(&format!(
        "{broken}:4:39: erreur: realisations[0].cadre: valeur « pro3 » inconnue"
    )));
    assert_eq!(
        cyberfolio(&["validate", "--lang", "fr", &broken]).stdout,
        french.stdout
    );

    // Once the types are right, the rules speak English too, the new
    // one on the site's language among them.
    let typed = write(
        &dir,
        "typed.json",
        &std::fs::read_to_string(&broken)
            .unwrap()
            .replace("pro3", "pro1")
            .replace("{\"name\": 3}", "{\"name\": \"Mairie\"}"),
    );
    let out = stdout(&cyberfolio(&["validate", "--lang", "en", &typed]));
    assert!(
        out.contains(&format!("{typed}:7:24: error: site.language: language “de” not supported: write \"fr\" for a site in French or \"en\" for a site in English, possibly followed by a region (\"fr-FR\", \"en-GB\")")),
        "{out}"
    );
    assert!(
        out.contains(": warning: realisations: the competency B1.2 “"),
        "{out}"
    );
    assert!(
        out.ends_with(": invalid: fix the errors above, 1 error(s), 9 warning(s)\n"),
        "{out}"
    );
    assert!(
        !out.contains("erreur") && !out.contains("avertissement"),
        "{out}"
    );

    // A syntax error is at the root, named in English.
    let syntax = write(
        &dir,
        "syntax.json",
        "{\n  \"basics\": { \"name\": \"Zoé\", }\n}\n",
    );
    let out = cyberfolio(&["validate", "--lang", "en", &syntax]);
    assert_eq!(
        stdout(&out).lines().next(),
        Some(format!("{syntax}:2:30: error: (root): invalid JSON: extra comma before “]” or “}}”: delete it").as_str())
    );

    // A valid file, strict, and the JSON report: its keys stay, its
    // messages follow the language.
    let bare = write(&dir, "bare.json", "{\"basics\": {\"name\": \"Zoé\"}}");
    let strict = stdout(&cyberfolio(&[
        "validate", "--lang", "en", "--strict", &bare,
    ]));
    assert!(
        strict.ends_with(&format!(
            "{bare}: valid: 0 project(s), 0 error(s), 7 warning(s) (refused with --strict)\n"
        )),
        "{strict}"
    );
    let json = cyberfolio(&["validate", "--lang", "en", "--format", "json", &bare]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json report");
    assert_eq!(report["warnings"], 7);
    assert_eq!(report["diagnostics"][0]["severity"], "warning");
    assert!(
        report["diagnostics"][6]["message"]
            .as_str()
            .unwrap()
            .starts_with("the summary table's header is empty"),
        "{report}"
    );
    let missing = dir.join("absent.json");
    let out = cyberfolio(&["validate", "--lang", "en", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with("cannot read the file: file not found\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn warnings_fail_only_with_strict_and_json_output_is_for_tools() {
    let dir = scratch("strict");
    let bare = write(&dir, "bare.json", "{\"basics\": {\"name\": \"Zoé\"}}");
    let out = cyberfolio(&["validate", &bare]);
    assert_eq!(out.status.code(), Some(0));
    // The six competencies not covered, and the tableau's empty header.
    assert_eq!(
        stdout(&out).matches(": avertissement: ").count(),
        7,
        "{}",
        stdout(&out)
    );
    let strict = cyberfolio(&["validate", "--strict", &bare]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(stdout(&strict).contains("refusé avec --strict"));

    let json = cyberfolio(&["validate", "--format", "json", &bare]);
    assert_eq!(json.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json report");
    assert_eq!(report["valid"], true);
    assert_eq!(report["warnings"], 7);
    assert_eq!(report["diagnostics"][0]["severity"], "warning");
    assert!(report["diagnostics"][0]["position"]["line"]
        .as_u64()
        .is_some());
}

/// A thousand réalisations that only lack documents and contributions: a
/// valid portfolio with too many warnings to list, which `validate`
/// accepts (and `meta` builds), with the count of what it left out.
#[test]
fn many_warnings_are_capped_without_refusing_the_portfolio() {
    let dir = scratch("many-warnings");
    let mut example: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example()).unwrap()).unwrap();
    let template = example["realisations"][0].clone();
    let list: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            let mut r = template.clone();
            let fields = r.as_object_mut().unwrap();
            fields.insert("id".into(), format!("r-{i:04}").into());
            fields.remove("documents");
            fields.remove("contribution");
            r
        })
        .collect();
    example["realisations"] = list.into();
    let file = write(&dir, "mille.json", &example.to_string());
    let out = cyberfolio(&["validate", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out).matches(": erreur: ").count(), 0);
    assert!(
        stdout(&out).contains("autres avertissements ne sont pas listés"),
        "{}",
        stdout(&out)
    );
    let json = cyberfolio(&["validate", "--format", "json", &file]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json report");
    assert_eq!(report["valid"], true);
    assert_eq!(report["errors"], 0);
    // The totals are the file's: the listed warnings and those left out.
    let diagnostics = report["diagnostics"].as_array().expect("a list");
    assert_eq!(diagnostics.len(), 1001);
    let left_out = diagnostics[1000]["leftOut"]["warnings"]
        .as_u64()
        .expect("a count");
    assert_eq!(report["warnings"].as_u64(), Some(1000 + left_out));
    assert!(
        stdout(&out).contains(&format!(
            "valide : 1000 réalisation(s), 0 erreur(s), {} avertissement(s)",
            1000 + left_out
        )),
        "{}",
        stdout(&out)
    );
}

/// In a copy of the repository, a link to a file that `public/` does not
/// have is an error, at the link's line: once published, it is a 404.
#[test]
fn validate_finds_links_to_files_the_site_does_not_have() {
    let repo = scratch("site-files");
    std::fs::create_dir_all(repo.join("data")).expect("data");
    std::fs::create_dir_all(repo.join("public/documents")).expect("public");
    std::fs::write(repo.join("public/documents/mon cv.pdf"), b"%PDF").expect("cv");
    let portfolio = "{\"basics\": {\"name\": \"Zoé\"},\n \"documents\": [\n  {\"title\": \"CV\", \"url\": \"documents/mon%20cv.pdf\"},\n  {\"title\": \"Attestation\", \"url\": \"documents/attestation.pdf\"},\n  {\"title\": \"Schéma\", \"url\": \"schema/portfolio.schema.json\"}\n ]}";
    let file = write(&repo.join("data"), "portfolio.json", portfolio);
    let out = cyberfolio(&["validate", &file]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let printed = stdout(&out);
    let errors: Vec<&str> = printed
        .lines()
        .filter(|l| l.contains(": erreur: "))
        .collect();
    assert_eq!(errors.len(), 2, "{}", stdout(&out));
    assert!(
        errors[0].ends_with(":4:35: erreur: documents[1].url: fichier introuvable : le site n'a pas de fichier « documents/attestation.pdf » (il le servirait depuis public/documents/attestation.pdf) ; ajoutez-le au dépôt ou corrigez son nom (majuscules, accents et extension comptent)"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("« schema/portfolio.schema.json »"),
        "{}",
        errors[1]
    );
    std::fs::create_dir_all(repo.join("schema")).expect("schema");
    std::fs::write(repo.join("schema/portfolio.schema.json"), "{}").expect("schema file");
    std::fs::write(repo.join("public/documents/attestation.pdf"), b"%PDF").expect("attestation");
    let fixed = cyberfolio(&["validate", &file]);
    assert_eq!(fixed.status.code(), Some(0), "{}", stdout(&fixed));
    assert!(
        !stdout(&fixed).contains("sans qu'aucun lien"),
        "{}",
        stdout(&fixed)
    );
    // A file that no link names is published for nothing (the template's
    // example documents, left behind): a warning names it.
    std::fs::create_dir_all(repo.join("public/documents/captures")).expect("captures");
    std::fs::write(
        repo.join("public/documents/captures/cv-camille-girard.pdf"),
        b"%PDF",
    )
    .expect("cv");
    std::fs::write(repo.join("public/documents/LISEZMOI.md"), "notes").expect("notes");
    let left = cyberfolio(&["validate", &file]);
    assert_eq!(left.status.code(), Some(0), "{}", stdout(&left));
    assert!(
        stdout(&left).contains("1 fichier(s) de public/documents/ publié(s) sans qu'aucun lien du portfolio n'y mène : « documents/captures/cv-camille-girard.pdf »"),
        "{}",
        stdout(&left)
    );
    // Outside a repository there is nothing to compare with.
    let alone = write(&scratch("site-files-alone"), "portfolio.json", portfolio);
    assert_eq!(cyberfolio(&["validate", &alone]).status.code(), Some(0));
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = cyberfolio(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let committed =
        std::fs::read_to_string(repo().join("schema/portfolio.schema.json")).expect("schema");
    assert_eq!(stdout(&out).trim_end(), committed.trim_end());
}

#[test]
fn new_creates_a_valid_portfolio_and_never_overwrites() {
    let dir = scratch("new");
    let site = dir.join("site");
    let out = cyberfolio(&[
        "new",
        site.to_str().unwrap(),
        "--option",
        "slam",
        "--name",
        "Zoé Martin",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // Any folder gets the workflow that uses the action, and is told how
    // to publish.
    assert!(
        stdout(&out).contains("Settings → Pages"),
        "{}",
        stdout(&out)
    );
    let workflow =
        std::fs::read_to_string(site.join(".github/workflows/pages.yml")).expect("workflow");
    let action = format!("/cyberfolio@v{}", env!("CARGO_PKG_VERSION"));
    assert!(workflow.contains(&action), "{workflow}");
    assert!(
        !workflow.contains("scripts/"),
        "no script of the engine: {workflow}"
    );
    let copy = dir.join("copy");
    std::fs::create_dir_all(copy.join("scripts")).expect("scripts");
    std::fs::write(copy.join("scripts/build.sh"), "").expect("build.sh");
    let in_copy = cyberfolio(&[
        "new",
        copy.to_str().unwrap(),
        "--option",
        "sisr",
        "--name",
        "Léa",
    ]);
    assert_eq!(in_copy.status.code(), Some(0), "{}", stderr(&in_copy));
    // A copy of the repository keeps its own workflow, which builds the
    // engine from source.
    assert!(
        !copy.join(".github/workflows/pages.yml").exists(),
        "{}",
        stdout(&in_copy)
    );
    assert!(
        !stdout(&in_copy).contains("Settings → Pages"),
        "{}",
        stdout(&in_copy)
    );
    let data = site.join("data/portfolio.json");
    for file in [
        &data,
        &site.join("schema/portfolio.schema.json"),
        &site.join(".github/workflows/pages.yml"),
        &site.join("public/documents/LISEZMOI.md"),
    ] {
        assert!(file.is_file(), "{} created", file.display());
    }
    let text = std::fs::read_to_string(&data).expect("data");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(json["$schema"], "../schema/portfolio.schema.json");
    assert_eq!(json["exam"]["option"], "SLAM");
    assert_eq!(json["basics"]["name"], "Zoé Martin");
    assert!(
        site.join(json["$schema"].as_str().unwrap().replace("..", "data/.."))
            .is_file(),
        "the schema reference resolves"
    );
    let check = cyberfolio(&["validate", data.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));

    // Running again changes nothing; a modified file is never replaced.
    let again = cyberfolio(&[
        "new",
        site.to_str().unwrap(),
        "--option",
        "slam",
        "--name",
        "Zoé Martin",
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).contains("déjà à jour"));
    std::fs::write(&data, "{\"basics\": {\"name\": \"Mon travail\"}}").expect("edit");
    std::fs::remove_file(site.join("public/documents/LISEZMOI.md")).expect("remove");
    let refused = cyberfolio(&["new", site.to_str().unwrap(), "--name", "Zoé Martin"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains(&format!("{}: ce fichier existe déjà", data.display())),
        "{}",
        stderr(&refused)
    );
    assert_eq!(
        std::fs::read_to_string(&data).unwrap(),
        "{\"basics\": {\"name\": \"Mon travail\"}}"
    );
    assert!(
        !site.join("public/documents/LISEZMOI.md").exists(),
        "nothing written after a refusal"
    );

    let nameless = cyberfolio(&["new", dir.join("other").to_str().unwrap()]);
    assert_eq!(nameless.status.code(), Some(2), "a missing argument");
    assert!(stderr(&nameless).contains("--name"));
}

/// `new --lang en`: an English site, which validates, and English lines.
#[test]
fn new_starts_an_english_portfolio_on_request() {
    let dir = scratch("new-en");
    let site = dir.join("site");
    let out = cyberfolio(&[
        "new",
        site.to_str().unwrap(),
        "--name",
        "Zoe Martin",
        "--option",
        "sisr",
        "--lang",
        "en",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let printed = stdout(&out);
    assert!(printed.contains("created: "), "{printed}");
    assert!(printed.contains("Portfolio ready."), "{printed}");
    assert!(
        printed.contains("Settings → Pages, choose the source “GitHub Actions”"),
        "{printed}"
    );
    assert!(printed.contains(": warning: "), "{printed}");
    for french in ["créé", "avertissement", "réalisation", "«"] {
        assert!(!printed.contains(french), "{french}: {printed}");
    }
    let data = site.join("data/portfolio.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&data).unwrap()).unwrap();
    assert_eq!(json["site"]["language"], "en");
    assert_eq!(json["exam"]["option"], "SISR");
    assert_eq!(json["basics"]["name"], "Zoe Martin");
    let readme = std::fs::read_to_string(site.join("public/documents/README.md")).unwrap();
    assert!(readme.starts_with("# Portfolio documents"), "{readme}");
    assert!(!site.join("public/documents/LISEZMOI.md").exists());
    for lang in ["en", "fr"] {
        let check = cyberfolio(&["validate", "--lang", lang, data.to_str().unwrap()]);
        assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
        assert!(
            stdout(&check).lines().last().unwrap().contains(match lang {
                "en" => "valid: 0 project(s), 0 error(s)",
                _ => "valide : 0 réalisation(s), 0 erreur(s)",
            }),
            "{}",
            stdout(&check)
        );
    }
    let again = cyberfolio(&[
        "new",
        site.to_str().unwrap(),
        "--name",
        "Zoe Martin",
        "--option",
        "sisr",
        "--lang",
        "en",
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).contains("already up to date: "));
    let nameless = cyberfolio(&["new", dir.join("other").to_str().unwrap(), "--lang", "en"]);
    assert_eq!(nameless.status.code(), Some(2));
    assert!(
        stderr(&nameless).starts_with("give your first and last names"),
        "{}",
        stderr(&nameless)
    );
    // French, the default, writes no language: French is the site's own.
    let french = dir.join("french");
    let out = cyberfolio(&[
        "new",
        french.to_str().unwrap(),
        "--name",
        "Zoé",
        "--lang",
        "fr",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(french.join("data/portfolio.json")).unwrap())
            .unwrap();
    assert!(json.get("site").is_none(), "{json}");
}

#[test]
fn new_from_a_json_resume_keeps_all_its_content() {
    let sample_path = repo().join("node_modules/@jsonresume/schema/sample.resume.json");
    let sample: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&sample_path).expect("run scripts/setup.sh for node_modules"),
    )
    .expect("sample");
    let dir = scratch("from");
    let out = cyberfolio(&[
        "new",
        dir.to_str().unwrap(),
        "--from",
        sample_path.to_str().unwrap(),
        "--option",
        "sisr",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let made: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("data/portfolio.json")).unwrap())
            .unwrap();
    for (key, value) in sample.as_object().unwrap() {
        if key != "$schema" {
            assert_eq!(&made[key], value, "{key} kept");
        }
    }
    assert_eq!(made["exam"]["option"], "SISR");
    assert_eq!(made["realisations"], serde_json::json!([]));

    let broken = write(&dir, "cv.json", "{\"basics\": {\"name\": \"A\",}}");
    let out = cyberfolio(&["new", dir.join("x").to_str().unwrap(), "--from", &broken]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("{broken}:1:25: erreur")),
        "{}",
        stderr(&out)
    );
    assert!(!dir.join("x").exists());
}

#[test]
fn tableau_exports_match_the_example() {
    let t = example_tableau();
    let rows: Vec<_> = t.groups.iter().flat_map(|g| &g.rows).collect();

    let csv = cyberfolio(&["tableau", example().to_str().unwrap(), "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    let text = stdout(&csv);
    assert!(
        text.starts_with('\u{feff}'),
        "a BOM so spreadsheets read UTF-8"
    );
    let text = text.trim_start_matches('\u{feff}');
    let (form, table) = text
        .split_once("\r\n\r\n")
        .expect("an empty row after the header");
    let form: Vec<&str> = form.split("\r\n").collect();
    assert_eq!(form[0], cyberfolio_model::texts::FRENCH.tableau_title);
    let header: Vec<String> = t
        .candidate_header()
        .iter()
        .map(|(k, v)| format!("{k};{v}"))
        .collect();
    assert_eq!(form[1..6], header[..], "the header, as the site prints it");
    assert!(form[6].starts_with("Session;"));
    let lines: Vec<&str> = table.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), rows.len() + 2);
    assert!(lines[0].starts_with(
        "Cadre;Intitulé;Documents et productions;Période;B1.1 Gérer le patrimoine informatique;"
    ));
    for (line, row) in lines[1..].iter().zip(&rows) {
        assert!(line.contains(&row.name), "{line}");
        let marks: String = line
            .rsplit(';')
            .take(t.columns.len())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(|m| if m == "X" { '1' } else { '0' })
            .collect();
        let expected: String = row
            .marks
            .iter()
            .map(|&m| if m { '1' } else { '0' })
            .collect();
        assert_eq!(marks, expected, "{line}");
    }
    let coverage: Vec<String> = t.coverage.iter().map(usize::to_string).collect();
    assert!(lines.last().unwrap().ends_with(&coverage.join(";")));

    let dir = scratch("tableau");
    let html_path = dir.join("tableau.html");
    let html = cyberfolio(&[
        "tableau",
        example().to_str().unwrap(),
        "--format",
        "html",
        "-o",
        html_path.to_str().unwrap(),
    ]);
    assert_eq!(html.status.code(), Some(0), "{}", stderr(&html));
    let page = std::fs::read_to_string(&html_path).unwrap();
    assert!(page.contains("@page { size: A4 landscape"));
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    // The site's table, its names as text: no link away from the site.
    assert_eq!(
        page.matches("<th scope=\"row\" class=\"col-realisation\">")
            .count(),
        rows.len()
    );
    assert_eq!(page.matches("<th scope=\"rowgroup\"").count(), 3);
    assert_eq!(
        page.matches("<span aria-hidden=\"true\">X</span>").count(),
        t.coverage.iter().sum::<usize>()
    );
    assert!(!page.contains("<a "));
    assert!(page.contains(&t.name));
    // On paper it points back to the site: the site's QR code in the
    // header, and one per row with its réalisation's address (the e2e
    // suite reads the drawings back with a QR decoder).
    let site = t.site_address().expect("the example's address");
    assert_eq!(page.matches("<svg ").count(), rows.len() + 1);
    assert_eq!(
        page.matches(&format!(
            "aria-label=\"QR code de l'adresse {site}\" class=\"qr qr-site\""
        ))
        .count(),
        1
    );
    for row in t.groups.iter().flat_map(|g| &g.rows) {
        let label = format!("aria-label=\"QR code de l'adresse {site}?r={}\"", row.id);
        assert_eq!(page.matches(&label).count(), 1, "{label}");
    }

    let md = cyberfolio(&["tableau", example().to_str().unwrap(), "--format", "md"]);
    let md = stdout(&md);
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| **"))
            .count(),
        rows.len() + 1
    );

    let invalid = write(&dir, "bad.json", "{\"basics\": 3}");
    let out = cyberfolio(&["tableau", &invalid]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "no tableau from an invalid file");
}

/// One HTTP/1.1 request; returns the status line and the headers in lower case.
fn get(addr: &str, path: &str) -> (String, String, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head.lines().next().unwrap_or_default().to_string();
    (status, head, raw[split + 4..].to_vec())
}

#[test]
fn preview_serves_like_github_pages() {
    let dist = scratch("preview");
    std::fs::write(
        dist.join("index.html"),
        format!(
            "<!doctype html><title>ok</title>{}",
            "<p>Portfolio</p>".repeat(100)
        ),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cyberfolio"))
        .args([
            "preview",
            dist.to_str().unwrap(),
            "--base",
            "depot",
            "--port",
            "0",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start preview");
    let mut first = String::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    reader.read_line(&mut first).expect("url line");
    let url = first.trim().to_string();
    let result = std::panic::catch_unwind(|| {
        assert!(
            url.starts_with("http://127.0.0.1:") && url.ends_with("/depot/"),
            "{url}"
        );
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches("/depot/")
            .to_string();
        let (status, head, body) = get(&addr, "/depot/");
        assert!(status.contains(" 200 "), "{status}");
        assert!(head.contains("content-encoding: gzip"), "{head}");
        assert!(body.len() < 1700, "compressed: {} bytes", body.len());
        let (status, head, _) = get(&addr, "/depot");
        assert!(
            status.contains(" 308 ") || status.contains(" 301 "),
            "{status}"
        );
        assert!(head.contains("location: /depot/"), "{head}");
        assert!(get(&addr, "/").0.contains(" 404 "));
        assert!(get(&addr, "/depot/absent.js").0.contains(" 404 "));
    });
    let _ = child.kill();
    let _ = child.wait();
    drop(reader);
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }

    let out = cyberfolio(&["preview", scratch("empty").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("construisez d'abord le site"));
}

/// clap's argument errors are told in French, with what was meant when it
/// can tell, and exit with 2.
#[test]
fn argument_errors_are_in_french() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["validate", "--format", "xml"],
            "erreur\u{a0}: la valeur «\u{a0}xml\u{a0}» n'est pas acceptée pour «\u{a0}--format <FORMAT>\u{a0}» ; valeurs possibles\u{a0}: text, json",
        ),
        (&["tableau", "--format"], "erreur\u{a0}: une valeur est attendue après «\u{a0}--format <FORMAT>\u{a0}» ; valeurs possibles\u{a0}: html, csv, md"),
        (&["valdate"], "erreur\u{a0}: commande inconnue «\u{a0}valdate\u{a0}» ; vouliez-vous écrire «\u{a0}validate\u{a0}»\u{a0}?"),
        (&["validate", "--strcit"], "erreur\u{a0}: argument inattendu «\u{a0}--strcit\u{a0}» ; vouliez-vous écrire «\u{a0}--strict\u{a0}»\u{a0}?"),
        (&["new"], "erreur\u{a0}: argument obligatoire manquant\u{a0}: <DIR>"),
    ];
    for (args, first_line) in cases {
        let out = cyberfolio(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().next(), Some(first_line), "{args:?}: {err}");
        assert!(
            err.contains("Pour l'aide\u{a0}: cyberfolio --help"),
            "{err}"
        );
        assert!(
            !err.contains("error:") && !err.contains("For more information"),
            "{err}"
        );
    }
}
