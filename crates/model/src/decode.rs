//! From a parsed JSON value to the portfolio types, with every type error
//! located by its path.
//!
//! This replaces serde's derived `Deserialize` on the site's load path: the
//! derived code was most of the deserialisation's 65 kB gzip in the
//! WebAssembly, while the decoder below shares one function per field type.
//! The serde derives stay on the types for the JSON Schema and as the
//! reference the decoder is tested against (`tests/decode.rs`): for each
//! struct and enum, its JSON names are listed once here, and a test checks
//! them against serde's.
//!
//! Like serde with `#[serde(default)]`, a missing field takes its default
//! value, an unknown one is ignored (with a warning that names the field it
//! most likely meant), and a field given twice is an error.
//! Unlike serde, an object is never accepted as a list of its fields in
//! order, nor an enum as `{"variant": null}`: the JSON Schema allows neither.

use crate::date::{PartialDate, DATE_HELP};
use crate::diagnostic::{Diagnostic, JsonPath, PathSegment};
use crate::json::{Kind, Member, Value};
use crate::language::Lang;
use crate::portfolio::*;
use crate::referential::{Competency, Referential, SubCompetency};
use crate::say;
use crate::text::ellipsize;

/// A type the decoder can build from a JSON value.
pub trait Decode: Sized {
    /// The value, or `None` after recording why not in `decoder`.
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self>;
}

/// A JSON struct: its field names in the file, in declaration order.
pub trait Fields {
    /// The names serde also uses (`rename_all = "camelCase"` applied).
    const FIELDS: &'static [&'static str];
}

/// A JSON enum of names: each variant's name in the file.
pub trait Names: Sized + 'static {
    /// Every variant with its name, in declaration order.
    const NAMES: &'static [(Self, &'static str)];
}

/// The path of a walk through the parsed tree, borrowing its keys: a
/// [`JsonPath`] is only built for a diagnostic.
#[derive(Default)]
pub(crate) struct PathStack<'v>(Vec<Step<'v>>);

#[derive(Clone, Copy)]
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

impl<'v> PathStack<'v> {
    /// Enters an object member.
    pub(crate) fn push_key(&mut self, key: &'v str) {
        self.0.push(Step::Key(key));
    }

    /// Enters a list element.
    pub(crate) fn push_index(&mut self, index: usize) {
        self.0.push(Step::Index(index));
    }

    /// Leaves the last member or element entered.
    pub(crate) fn pop(&mut self) {
        self.0.pop();
    }

    /// The path as diagnostics carry it.
    pub(crate) fn to_path(&self) -> JsonPath {
        JsonPath(
            self.0
                .iter()
                .map(|step| match *step {
                    Step::Key(k) => PathSegment::Key(k.to_string()),
                    Step::Index(i) => PathSegment::Index(i),
                })
                .collect(),
        )
    }
}

/// The decoding state: where it is, the language of its messages, and
/// the errors and warnings found so far.
#[derive(Default)]
pub struct Decoder<'v> {
    path: PathStack<'v>,
    lang: Lang,
    errors: Vec<(usize, Diagnostic)>,
    warnings: Vec<(usize, Diagnostic)>,
}

/// What a value should have been, for a type error.
#[derive(Clone, Copy)]
enum Expected {
    Text,
    Object,
    List,
    Count,
    Name,
}

impl<'v> Decoder<'v> {
    /// A decoder whose messages are in `lang` ([`Decoder::default`]: French).
    pub fn new(lang: Lang) -> Decoder<'v> {
        Decoder {
            lang,
            ..Decoder::default()
        }
    }

    /// The errors found, each with the byte offset of its value.
    pub fn into_errors(self) -> Vec<(usize, Diagnostic)> {
        self.errors
    }

    /// Records a key of `fields`' object that is none of them. The root's
    /// keys are left to the loader, which also knows the JSON Resume
    /// sections Cyberfolio does not read.
    fn unknown_key(&mut self, member: &'v Member<'_>, fields: &[&str]) {
        if self.path.0.is_empty() {
            return;
        }
        let key = &*member.key;
        let lang = self.lang;
        let advice = match likely_field(key, fields) {
            Some(field) => say!(
                lang,
                "vouliez-vous écrire « {field} » ?",
                "did you mean “{field}”?"
            ),
            None => {
                let fields = fields.join(", ");
                say!(
                    lang,
                    "les champs de cet objet sont {fields}",
                    "the fields of this object are {fields}"
                )
            }
        };
        self.path.push_key(key);
        let shown = ellipsize(key, 40);
        let d = Diagnostic::warning(
            self.path.to_path(),
            say!(
                lang,
                "champ « {shown} » inconnu, il sera ignoré : {advice}",
                "unknown field “{shown}”, it will be ignored: {advice}"
            ),
        );
        self.path.pop();
        self.warnings.push((member.value.start, d));
    }

    fn error(&mut self, value: &Value<'_>, message: String) {
        let d = Diagnostic::error(self.path.to_path(), message);
        self.errors.push((value.start, d));
    }

    /// Records that `value` is not of the `expected` type.
    fn wrong_type(&mut self, value: &Value<'_>, expected: Expected) {
        let lang = self.lang;
        let found = match &value.kind {
            Kind::Null => "null".to_string(),
            Kind::Bool(b) => say!(lang, "la valeur {b}", "the value {b}"),
            Kind::Number(n) => say!(lang, "le nombre {n}", "the number {n}"),
            Kind::String(s) => {
                let s = ellipsize(s, 40);
                say!(lang, "le texte « {s} »", "the text “{s}”")
            }
            Kind::Array(_) => say!(lang, "une liste [ … ]", "a list [ … ]"),
            Kind::Object(_) => say!(lang, "un objet {{ … }}", "an object {{ … }}"),
        };
        let expected = match expected {
            Expected::Text => say!(lang, "un texte entre guillemets", "a text in quotes"),
            Expected::Object => say!(lang, "un objet {{ … }}", "an object {{ … }}"),
            Expected::List => say!(lang, "une liste [ … ]", "a list [ … ]"),
            Expected::Count => say!(lang, "un nombre entier positif", "a positive whole number"),
            Expected::Name => say!(
                lang,
                "une des valeurs prévues (entre guillemets)",
                "one of the expected values (in quotes)"
            ),
        };
        self.error(
            value,
            say!(
                lang,
                "type incorrect : {found} à la place d'{expected}",
                "wrong type: {found} instead of {expected}"
            ),
        );
    }

    fn text(&mut self, value: &'v Value<'_>) -> Option<&'v str> {
        match &value.kind {
            Kind::String(s) => Some(s),
            _ => {
                self.wrong_type(value, Expected::Text);
                None
            }
        }
    }

    /// The members of an object whose keys are in `fields`, in order; a
    /// field given twice is recorded as an error, unknown keys are skipped.
    pub fn members<'a>(
        &mut self,
        value: &'v Value<'a>,
        fields: &[&str],
    ) -> Option<Vec<&'v Member<'a>>> {
        let Kind::Object(members) = &value.kind else {
            self.wrong_type(value, Expected::Object);
            return None;
        };
        let mut seen = vec![false; fields.len()];
        let mut known = Vec::new();
        for member in members {
            let Some(slot) = fields.iter().position(|f| *f == member.key) else {
                self.unknown_key(member, fields);
                continue;
            };
            if std::mem::replace(&mut seen[slot], true) {
                self.path.push_key(&member.key);
                let key = &member.key;
                let message = say!(
                    self.lang,
                    "le champ « {key} » apparaît deux fois dans cet objet : gardez-en un seul",
                    "the field “{key}” appears twice in this object: keep only one"
                );
                self.error(&member.value, message);
                self.path.pop();
            } else {
                known.push(member);
            }
        }
        Some(known)
    }

    /// Decodes a member's value, with its key on the path.
    pub fn field<T: Decode>(&mut self, member: &'v Member<'_>) -> Option<T> {
        self.path.push_key(&member.key);
        let decoded = T::decode(&member.value, self);
        self.path.pop();
        decoded
    }
}

impl Decode for String {
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
        decoder.text(value).map(str::to_string)
    }
}

impl Decode for u32 {
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
        let Kind::Number(n) = value.kind else {
            decoder.wrong_type(value, Expected::Count);
            return None;
        };
        // serde_json reads `-0`, `2.0` and `1e3` as floats, never as u32.
        let integer = n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('-');
        match n.parse::<u32>() {
            Ok(v) if integer => Some(v),
            _ => {
                let message = say!(
                    decoder.lang,
                    "valeur incorrecte : le nombre {n} à la place d'un nombre entier positif",
                    "wrong value: the number {n} instead of a positive whole number"
                );
                decoder.error(value, message);
                None
            }
        }
    }
}

impl Decode for PartialDate {
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
        let text = decoder.text(value)?;
        let date = PartialDate::parse(text);
        if date.is_none() {
            let text = ellipsize(text, 40);
            let message = say!(
                decoder.lang,
                "date invalide « {text} » : {DATE_HELP}",
                "invalid date “{text}”: write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example “2025-09” or “2025-09-15”"
            );
            decoder.error(value, message);
        }
        date
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
        match value.kind {
            Kind::Null => Some(None),
            _ => T::decode(value, decoder).map(Some),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
        let Kind::Array(items) = &value.kind else {
            decoder.wrong_type(value, Expected::List);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut complete = true;
        for (i, item) in items.iter().enumerate() {
            decoder.path.push_index(i);
            match T::decode(item, decoder) {
                Some(v) => out.push(v),
                None => complete = false,
            }
            decoder.path.pop();
        }
        complete.then_some(out)
    }
}

/// Decodes a name into one of the `T::NAMES`, or records the choices.
fn decode_name<'v, T: Names + Copy>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<T> {
    let Kind::String(text) = &value.kind else {
        decoder.wrong_type(value, Expected::Name);
        return None;
    };
    if let Some((v, _)) = T::NAMES.iter().find(|(_, name)| *name == text) {
        return Some(*v);
    }
    let choices: Vec<String> = T::NAMES
        .iter()
        .map(|(_, name)| format!("\"{name}\""))
        .collect();
    let (text, choices) = (ellipsize(text, 40), choices.join(", "));
    let message = say!(
        decoder.lang,
        "valeur « {text} » inconnue : les valeurs possibles sont {choices}",
        "unknown value “{text}”: the possible values are {choices}"
    );
    decoder.error(value, message);
    None
}

/// The field a mistyped `key` most likely meant: the same name in another
/// case (`enddate`), or one edit away (two for names of 8 characters or
/// more: `candidatNumber`).
pub(crate) fn likely_field<'f>(key: &str, fields: &[&'f str]) -> Option<&'f str> {
    if let Some(field) = fields.iter().find(|f| f.eq_ignore_ascii_case(key)) {
        return Some(field);
    }
    // ASCII case only: field names are ASCII, and Unicode's case tables
    // would weigh kilobytes in the WebAssembly.
    let key = key.to_ascii_lowercase();
    if key.len() > 40 {
        return None;
    }
    let allowed = if key.len() >= 8 { 2 } else { 1 };
    fields
        .iter()
        .map(|f| {
            (
                edit_distance(key.as_bytes(), f.to_ascii_lowercase().as_bytes()),
                *f,
            )
        })
        .filter(|&(d, _)| d <= allowed)
        .min_by_key(|&(d, _)| d)
        .map(|(_, f)| f)
}

/// Levenshtein distance over bytes: insertions, deletions and
/// substitutions.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// `Decode` and `Fields` for structs that have a `Default`: each field is
/// named with its key in the file.
macro_rules! decode_structs {
    ($($ty:ident { $($field:ident: $key:literal),+ $(,)? })+) => {$(
        impl Fields for $ty {
            const FIELDS: &'static [&'static str] = &[$($key),+];
        }

        impl Decode for $ty {
            fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
                let mut out = $ty::default();
                let mut complete = true;
                for member in decoder.members(value, Self::FIELDS)? {
                    match &*member.key {
                        $($key => match decoder.field(member) {
                            Some(v) => out.$field = v,
                            None => complete = false,
                        },)+
                        _ => {}
                    }
                }
                complete.then_some(out)
            }
        }
    )+};
}

/// `Decode` and `Names` for enums of names.
macro_rules! decode_names {
    ($($ty:ident { $($variant:ident: $name:literal),+ $(,)? })+) => {$(
        impl Names for $ty {
            const NAMES: &'static [(Self, &'static str)] = &[$(($ty::$variant, $name)),+];
        }

        impl Decode for $ty {
            fn decode<'v>(value: &'v Value<'_>, decoder: &mut Decoder<'v>) -> Option<Self> {
                decode_name(value, decoder)
            }
        }
    )+};
}

decode_structs! {
    Portfolio {
        schema: "$schema", basics: "basics", work: "work", education: "education",
        certificates: "certificates", skills: "skills", languages: "languages",
        interests: "interests", projects: "projects", meta: "meta", exam: "exam",
        realisations: "realisations", tech_watch: "techWatch", documents: "documents",
        contact: "contact", site: "site", referential: "referential",
    }
    Basics {
        name: "name", label: "label", image: "image", email: "email", phone: "phone",
        url: "url", summary: "summary", location: "location", profiles: "profiles",
    }
    Location {
        address: "address", postal_code: "postalCode", city: "city",
        country_code: "countryCode", region: "region",
    }
    Profile { network: "network", username: "username", url: "url" }
    Work {
        id: "id", kind: "kind", name: "name", location: "location",
        description: "description", position: "position", url: "url",
        start_date: "startDate", end_date: "endDate", summary: "summary",
        highlights: "highlights",
    }
    Education {
        institution: "institution", url: "url", area: "area", study_type: "studyType",
        start_date: "startDate", end_date: "endDate", score: "score", courses: "courses",
    }
    Certificate { name: "name", date: "date", issuer: "issuer", url: "url" }
    Skill { name: "name", level: "level", keywords: "keywords" }
    Language { language: "language", fluency: "fluency" }
    Interest { name: "name", keywords: "keywords" }
    Project {
        name: "name", description: "description", highlights: "highlights",
        keywords: "keywords", start_date: "startDate", end_date: "endDate", url: "url",
        roles: "roles", entity: "entity", kind: "type",
    }
    Meta { canonical: "canonical", version: "version", last_modified: "lastModified" }
    Exam {
        option: "option", candidate_number: "candidateNumber",
        training_centre: "trainingCentre", session: "session",
        portfolio_url: "portfolioUrl", presentation: "presentation",
    }
    Resource { title: "title", url: "url", kind: "kind" }
    Image { src: "src", alt: "alt", caption: "caption", width: "width", height: "height" }
    Realisation {
        id: "id", name: "name", summary: "summary", start_date: "startDate",
        end_date: "endDate", cadre: "cadre", organization: "organization", work: "work",
        context: "context", objectives: "objectives", description: "description",
        contribution: "contribution", team_size: "teamSize", technologies: "technologies",
        competencies: "competencies", documents: "documents", images: "images",
    }
    Article { title: "title", url: "url", source: "source", date: "date", summary: "summary" }
    TechWatch {
        subject: "subject", introduction: "introduction", method: "method",
        tools: "tools", sources: "sources", articles: "articles",
    }
    WatchSource { name: "name", url: "url" }
    Document { title: "title", kind: "kind", url: "url", work: "work" }
    Contact { form_endpoint: "formEndpoint", message: "message" }
    Site {
        language: "language", theme: "theme", description: "description",
        og_image: "ogImage", host: "host",
    }
    Referential { id: "id", title: "title", competencies: "competencies" }
    Competency {
        code: "code", label: "label", short: "short", sub_competencies: "subCompetencies",
    }
    SubCompetency { code: "code", label: "label" }
}

decode_names! {
    WorkKind { Internship: "internship", Apprenticeship: "apprenticeship", Job: "job" }
    SioOption { Sisr: "SISR", Slam: "SLAM" }
    Cadre { Formation: "formation", Pro1: "pro1", Pro2: "pro2" }
    ResourceKind {
        Document: "document", Production: "production", Code: "code", Video: "video",
        Link: "link",
    }
    DocumentKind {
        Cv: "cv", Certificate: "certificate", Certification: "certification", Other: "other",
    }
    Theme { Auto: "auto", Light: "light", Dark: "dark" }
}

/// Diagnostics, each with the byte offset of the value it is about.
pub type Located = Vec<(usize, Diagnostic)>;

/// Decodes a whole document into `T`, or gives every error with the byte
/// offset of its value, in French.
pub fn decode<T: Decode>(root: &Value<'_>) -> Result<T, Located> {
    decode_with_warnings(root, Lang::French).map(|(value, _)| value)
}

/// [`decode`], with the warnings on keys it ignored (each with the byte
/// offset of its value), every message in `lang`.
pub fn decode_with_warnings<T: Decode>(
    root: &Value<'_>,
    lang: Lang,
) -> Result<(T, Located), Located> {
    let mut decoder = Decoder::new(lang);
    match T::decode(root, &mut decoder) {
        Some(v) if decoder.errors.is_empty() => Ok((v, decoder.warnings)),
        _ => Err(decoder.into_errors()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn errors<T: Decode + std::fmt::Debug>(text: &str) -> Vec<(String, String)> {
        let root = parse(text).expect("valid JSON");
        let mut errors = decode::<T>(&root).expect_err("decoding fails");
        errors.sort_by_key(|(offset, _)| *offset);
        errors
            .into_iter()
            .map(|(_, d)| (d.path.to_string(), d.message))
            .collect()
    }

    #[test]
    fn decodes_fields_by_their_json_names() {
        let root = parse(
            r#"{"name": "GLPI", "id": "glpi", "teamSize": 3, "cadre": "pro1",
                "startDate": "2025-09", "competencies": ["B1.1"], "unknown": [1, {}]}"#,
        )
        .expect("valid JSON");
        let r: Realisation = decode(&root).expect("decodes");
        assert_eq!(r.name, "GLPI");
        assert_eq!(r.team_size, Some(3));
        assert_eq!(r.cadre, Some(Cadre::Pro1));
        assert_eq!(r.start_date, PartialDate::parse("2025-09"));
        assert_eq!(r.competencies, ["B1.1"]);
        assert_eq!(r.summary, None);
    }

    #[test]
    fn unknown_keys_below_the_root_are_named_with_the_likely_field() {
        let root = parse(
            r#"{"volunteer": [], "exam": {"candidatNumber": "0123", "Session": "2026"},
                "realisations": [{"id": "a", "enddate": "2025-06", "foo": 1}]}"#,
        )
        .expect("valid JSON");
        let (_, warnings) =
            decode_with_warnings::<Portfolio>(&root, Lang::French).expect("decodes");
        let found: Vec<(String, String)> = warnings
            .into_iter()
            .map(|(_, d)| (d.path.to_string(), d.message))
            .collect();
        let likely = |key: &str, field: &str| {
            format!("champ « {key} » inconnu, il sera ignoré : vouliez-vous écrire « {field} » ?")
        };
        assert_eq!(
            found[..3],
            [
                (
                    "exam.candidatNumber".to_string(),
                    likely("candidatNumber", "candidateNumber")
                ),
                ("exam.Session".to_string(), likely("Session", "session")),
                (
                    "realisations[0].enddate".to_string(),
                    likely("enddate", "endDate")
                ),
            ]
        );
        assert_eq!(found[3].0, "realisations[0].foo");
        assert!(
            found[3].1.ends_with("les champs de cet objet sont id, name, summary, startDate, endDate, cadre, organization, work, context, objectives, description, contribution, teamSize, technologies, competencies, documents, images"),
            "{}",
            found[3].1
        );
        assert_eq!(found.len(), 4, "the root's keys are the loader's to check");
    }

    #[test]
    fn likely_fields_are_close_and_never_far() {
        let fields = ["name", "startDate", "endDate", "candidateNumber"];
        assert_eq!(likely_field("nom", &fields), None);
        assert_eq!(likely_field("nme", &fields), Some("name"));
        assert_eq!(likely_field("STARTDATE", &fields), Some("startDate"));
        assert_eq!(likely_field("start_date", &fields), Some("startDate"));
        assert_eq!(
            likely_field("candidatNumbr", &fields),
            Some("candidateNumber")
        );
        assert_eq!(likely_field("date", &fields), None);
        assert_eq!(likely_field(&"x".repeat(41), &fields), None);
    }

    #[test]
    fn reports_every_error_at_its_path_in_french() {
        let e = errors::<Realisation>(
            r#"{"name": 3, "cadre": "pro3", "teamSize": -1, "images": [{"src": "a", "width": 1.5}],
                "competencies": "B1.1", "endDate": "2025-13", "name": "x"}"#,
        );
        let paths: Vec<&str> = e.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "name",
                "cadre",
                "teamSize",
                "images[0].width",
                "competencies",
                "endDate",
                "name"
            ]
        );
        assert_eq!(
            e[0].1,
            "type incorrect : le nombre 3 à la place d'un texte entre guillemets"
        );
        assert_eq!(
            e[1].1,
            "valeur « pro3 » inconnue : les valeurs possibles sont \"formation\", \"pro1\", \"pro2\""
        );
        assert_eq!(
            e[2].1,
            "valeur incorrecte : le nombre -1 à la place d'un nombre entier positif"
        );
        assert!(e[5].1.starts_with("date invalide « 2025-13 »"));
        assert_eq!(
            e[6].1,
            "le champ « name » apparaît deux fois dans cet objet : gardez-en un seul"
        );
    }

    #[test]
    #[cfg(feature = "english-messages")]
    fn reports_errors_in_english_on_request() {
        let root =
            parse(r#"{"realisations": [{"name": 3, "cadre": "pro3", "name": "x", "nme": "y"}]}"#)
                .expect("valid JSON");
        let mut decoder = Decoder::new(Lang::English);
        assert!(Portfolio::decode(&root, &mut decoder).is_none());
        let messages: Vec<String> = decoder
            .errors
            .iter()
            .chain(&decoder.warnings)
            .map(|(_, d)| d.message.clone())
            .collect();
        assert_eq!(
            messages,
            [
                "the field “name” appears twice in this object: keep only one",
                "wrong type: the number 3 instead of a text in quotes",
                "unknown value “pro3”: the possible values are \"formation\", \"pro1\", \"pro2\"",
                "unknown field “nme”, it will be ignored: did you mean “name”?",
            ]
        );
    }

    #[test]
    fn null_is_only_an_absent_optional_value() {
        let root = parse(r#"{"summary": null, "cadre": null}"#).expect("valid JSON");
        assert!(decode::<Realisation>(&root).is_ok());
        assert_eq!(
            errors::<Realisation>(r#"{"name": null, "competencies": null}"#).len(),
            2
        );
    }

    #[test]
    fn u32_takes_what_serde_json_takes() {
        for (n, ok) in [
            ("0", true),
            ("4294967295", true),
            ("4294967296", false),
            ("-0", false),
            ("2.0", false),
            ("1e3", false),
        ] {
            let root = parse(n).expect("number");
            assert_eq!(decode::<u32>(&root).is_ok(), ok, "{n}");
        }
    }
}
