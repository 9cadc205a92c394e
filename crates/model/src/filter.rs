//! Which réalisations the jury sees, and how that choice lives in the URL.

use crate::language::Lang;
use crate::order::sort_by_u64_key;
use crate::portfolio::{Cadre, Realisation};
use crate::referential::Referential;
use crate::text::{ellipsize, fold};
use crate::url;

/// How several chosen competencies combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Combine {
    /// « au moins une » : a réalisation mobilising any of them.
    #[default]
    Any,
    /// « toutes » : a réalisation mobilising all of them.
    All,
}

/// The jury's filter over the réalisations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Competency codes (`B1.1`…), in référentiel order.
    pub competencies: Vec<String>,
    /// How the competencies combine.
    pub combine: Combine,
    /// Only réalisations of this cadre.
    pub cadre: Option<Cadre>,
    /// Free text; accents and case are ignored.
    pub query: String,
}

impl Filter {
    /// Whether the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.competencies.is_empty() && self.cadre.is_none() && self.query.trim().is_empty()
    }

    /// The filter in words, for the line that counts the results: a
    /// printed or read-aloud view then says what it shows (« compétences
    /// B1.1 et B1.4 (toutes) ; cadre : Stage de 2e année ; recherche
    /// « vlan » »). Empty for the empty filter.
    pub fn describe(&self, lang: Lang) -> String {
        // Locals: `format!` takes references, and one into the table would
        // keep all of it in the wasm.
        let mut parts = Vec::new();
        match self.competencies.as_slice() {
            [] => {}
            [one] => {
                let competency = lang.wording().describe_competency();
                parts.push(format!("{competency}{one}"));
            }
            [first @ .., last] => {
                let competencies = lang.wording().describe_competencies();
                let and = lang.wording().and();
                let combine = match self.combine {
                    Combine::Any => lang.wording().describe_any(),
                    Combine::All => lang.wording().describe_all(),
                };
                parts.push(format!(
                    "{competencies}{}{and}{last}{combine}",
                    first.join(", ")
                ));
            }
        }
        if let Some(cadre) = self.cadre {
            let before = lang.wording().describe_cadre();
            parts.push(format!("{before}{}", cadre.short_label(lang)));
        }
        let query = self.query.trim();
        if !query.is_empty() {
            let (before, after) = lang.wording().describe_search();
            parts.push(format!("{before}{query}{after}"));
        }
        parts.join(lang.wording().describe_separator())
    }

    /// Adds or removes a competency, keeping référentiel order.
    pub fn toggle(&mut self, code: &str, referential: &Referential) {
        if let Some(i) = self.competencies.iter().position(|c| c == code) {
            self.competencies.remove(i);
        } else if referential.competency(code).is_some() {
            self.competencies.push(code.to_string());
            sort_by_u64_key(&mut self.competencies, |c| {
                let position = referential.competencies.iter().position(|r| &r.code == c);
                position.map_or(u64::MAX, |p| p as u64)
            });
        }
    }
}

/// The precomputed facts filtering needs, built once per portfolio so that
/// a filter change at a thousand réalisations is a scan over bit masks.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Entry {
    mask: u64,
    cadre: Option<Cadre>,
    text: String,
}

impl SearchIndex {
    /// Indexes réalisations against a référentiel (at most 64 competencies,
    /// which the validator enforces).
    pub fn new(realisations: &[Realisation], referential: &Referential) -> SearchIndex {
        let codes: Vec<String> = referential
            .competencies
            .iter()
            .take(64)
            .map(|c| c.code.clone())
            .collect();
        let entries = realisations
            .iter()
            .map(|r| {
                let mask = competency_mask(r, referential);
                let mut text = String::new();
                let fields = [
                    Some(&r.name),
                    r.summary.as_ref(),
                    r.organization.as_ref(),
                    r.context.as_ref(),
                    r.description.as_ref(),
                    r.contribution.as_ref(),
                ];
                for field in fields
                    .into_iter()
                    .flatten()
                    .chain(&r.technologies)
                    .chain(&r.objectives)
                    // The codes shown on every card: « B1.4 » finds the
                    // réalisations coded B1.4 or one of its B1.4.x.
                    .chain(&r.competencies)
                {
                    text.push_str(&fold(field));
                    text.push('\n');
                }
                Entry {
                    mask,
                    cadre: r.cadre,
                    text,
                }
            })
            .collect();
        SearchIndex { entries, codes }
    }

    fn mask_of(&self, codes: &[String]) -> u64 {
        codes
            .iter()
            .filter_map(|c| self.codes.iter().position(|k| k == c))
            .fold(0, |m, i| m | 1 << i)
    }

    /// Indices of the réalisations the filter keeps, in file order.
    pub fn apply(&self, filter: &Filter) -> Vec<usize> {
        let wanted = self.mask_of(&filter.competencies);
        let words: Vec<String> = fold(&filter.query)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| match filter.combine {
                _ if wanted == 0 => true,
                Combine::Any => e.mask & wanted != 0,
                Combine::All => e.mask & wanted == wanted,
            })
            .filter(|(_, e)| filter.cadre.is_none() || e.cadre == filter.cadre)
            .filter(|(_, e)| words.iter().all(|w| e.text.contains(w.as_str())))
            .map(|(i, _)| i)
            .collect()
    }

    /// How many réalisations mobilise each competency, in référentiel order.
    pub fn counts(&self) -> Vec<usize> {
        (0..self.codes.len())
            .map(|i| {
                self.entries
                    .iter()
                    .filter(|e| e.mask & (1 << i) != 0)
                    .count()
            })
            .collect()
    }
}

/// The competencies (as référentiel column indices) a réalisation mobilises,
/// a sub-competency counting for its parent.
pub fn competency_mask(r: &Realisation, referential: &Referential) -> u64 {
    referential
        .competencies
        .iter()
        .take(64)
        .enumerate()
        .filter(|(_, c)| c.is_mobilised_by(&r.competencies))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// How many réalisations mobilise each sub-competency (explicitly named).
pub fn sub_competency_count(realisations: &[Realisation], code: &str) -> usize {
    realisations
        .iter()
        .filter(|r| r.competencies.iter().any(|c| c == code))
        .count()
}

/// Everything about the view that the URL carries: the filter, the open
/// réalisation and the author view. The path never changes, only the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The réalisations filter.
    pub filter: Filter,
    /// The id of the réalisation shown in detail.
    pub open: Option<String>,
    /// The author view (`?verifier`), which shows the validator's warnings.
    pub author: bool,
    /// Codes of the link's `c=` that name no competency, shortened and at
    /// most [`MAX_UNKNOWN_CODES`]: the list says it ignored them, rather
    /// than let a mistyped link look applied. Never written back.
    pub unknown_codes: Vec<String>,
}

/// At most this many unknown codes of a link are named.
pub const MAX_UNKNOWN_CODES: usize = 3;

/// The longest search text a link may carry, in characters: the list says
/// what it searched for, and a link of 20,000 characters filled screens.
pub const MAX_QUERY_CHARS: usize = 100;

impl ViewState {
    /// Reads a query string (`?c=B1.1,B1.4&m=toutes&cadre=pro2&q=vlan&r=id`),
    /// dropping codes the référentiel does not know.
    pub fn from_query(query: &str, referential: &Referential) -> ViewState {
        let mut state = ViewState::default();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "c" => {
                    for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        // Any case, and a sub-competency stands for its
                        // competency (`b1.4`, `B1.1.4`): what a hand-written
                        // link means.
                        let named = referential.competencies.iter().find(|c| {
                            c.code.eq_ignore_ascii_case(code)
                                || c.sub_competencies
                                    .iter()
                                    .any(|s| s.code.eq_ignore_ascii_case(code))
                        });
                        match named {
                            Some(c) if !state.filter.competencies.contains(&c.code) => {
                                state.filter.toggle(&c.code, referential);
                            }
                            Some(_) => {}
                            None if state.unknown_codes.len() < MAX_UNKNOWN_CODES => {
                                state.unknown_codes.push(ellipsize(code, 20));
                            }
                            None => {}
                        }
                    }
                }
                "m" if value == "toutes" => state.filter.combine = Combine::All,
                "cadre" => state.filter.cadre = Cadre::from_code(&value),
                "q" => state.filter.query = value.chars().take(MAX_QUERY_CHARS).collect(),
                "r" if !value.is_empty() => state.open = Some(value),
                "verifier" => state.author = true,
                _ => {}
            }
        }
        state
    }

    /// Writes the query string for this view (`""` for the default view, so
    /// the URL stays clean).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let f = &self.filter;
        if !f.competencies.is_empty() {
            parts.push(format!(
                "c={}",
                f.competencies
                    .iter()
                    .map(|c| percent_encode(c))
                    .collect::<Vec<_>>()
                    .join(",")
            ));
        }
        // Even before a second competency is chosen: the choice survives a
        // reload, and Back undoes it.
        if f.combine == Combine::All {
            parts.push("m=toutes".to_string());
        }
        if let Some(cadre) = f.cadre {
            parts.push(format!("cadre={}", cadre.code()));
        }
        if !f.query.is_empty() {
            parts.push(format!("q={}", percent_encode(&f.query)));
        }
        if let Some(open) = &self.open {
            parts.push(format!("r={}", percent_encode(open)));
        }
        if self.author {
            parts.push("verifier".to_string());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The link to the réalisations of one competency, as the site and the
/// page written by `cyberfolio-build page` both write it: a filter, and the
/// réalisations' anchor so that the shared view opens on its results.
pub fn competency_href(code: &str) -> String {
    format!("?c={}#realisations", percent_encode(code))
}

/// Percent-encodes everything but unreserved characters and the dot.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a query value: `%XX`, and `+` as a space ([`url::percent_decode`]).
pub fn percent_decode(text: &str) -> String {
    url::percent_decode(text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn realisation(id: &str, cadre: Cadre, codes: &[&str], text: &str) -> Realisation {
        Realisation {
            id: id.into(),
            name: text.into(),
            cadre: Some(cadre),
            competencies: codes.iter().map(|c| c.to_string()).collect(),
            ..Realisation::default()
        }
    }

    fn sample() -> (Vec<Realisation>, Referential) {
        let list = vec![
            realisation(
                "a",
                Cadre::Formation,
                &["B1.1", "B1.4"],
                "Inventaire du parc avec GLPI",
            ),
            realisation(
                "b",
                Cadre::Pro1,
                &["B1.2.1"],
                "Mise en place d'un VLAN invités",
            ),
            realisation(
                "c",
                Cadre::Pro2,
                &["B1.4.2", "B1.5"],
                "Déploiement du Réseau Wi-Fi",
            ),
        ];
        (list, Referential::bts_sio())
    }

    fn run(filter: Filter) -> Vec<usize> {
        let (list, r) = sample();
        SearchIndex::new(&list, &r).apply(&filter)
    }

    #[test]
    fn competencies_any_or_all_with_sub_codes_counting_for_parents() {
        let f = |codes: &[&str], combine| Filter {
            competencies: codes.iter().map(|c| c.to_string()).collect(),
            combine,
            ..Filter::default()
        };
        assert_eq!(run(f(&["B1.4"], Combine::Any)), [0, 2]);
        assert_eq!(run(f(&["B1.2"], Combine::Any)), [1]);
        assert_eq!(run(f(&["B1.4", "B1.5"], Combine::Any)), [0, 2]);
        assert_eq!(run(f(&["B1.4", "B1.5"], Combine::All)), [2]);
        assert_eq!(run(f(&["B1.3"], Combine::Any)), Vec::<usize>::new());
        assert_eq!(run(Filter::default()), [0, 1, 2]);
    }

    #[test]
    fn cadre_and_accent_insensitive_text() {
        assert_eq!(
            run(Filter {
                cadre: Some(Cadre::Pro1),
                ..Filter::default()
            }),
            [1]
        );
        assert_eq!(
            run(Filter {
                query: "reseau".into(),
                ..Filter::default()
            }),
            [2]
        );
        assert_eq!(
            run(Filter {
                query: "  DÉPLOIEMENT wi-fi ".into(),
                ..Filter::default()
            }),
            [2]
        );
        assert_eq!(
            run(Filter {
                query: "vlan glpi".into(),
                ..Filter::default()
            }),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn text_search_finds_competency_codes_and_their_sub_codes() {
        let q = |query: &str| {
            run(Filter {
                query: query.into(),
                ..Filter::default()
            })
        };
        assert_eq!(q("B1.4"), [0, 2]);
        assert_eq!(q("b1.2.1"), [1]);
        assert_eq!(q("B1.4 wi-fi"), [2]);
        assert_eq!(q("B1.3"), Vec::<usize>::new());
    }

    #[test]
    fn counts_per_competency() {
        let (list, r) = sample();
        assert_eq!(SearchIndex::new(&list, &r).counts(), [1, 1, 0, 2, 1, 0]);
        assert_eq!(sub_competency_count(&list, "B1.4.2"), 1);
    }

    #[test]
    fn view_state_round_trips_through_the_query_string() {
        let r = Referential::bts_sio();
        let state = ViewState {
            filter: Filter {
                competencies: vec!["B1.1".into(), "B1.4".into()],
                combine: Combine::All,
                cadre: Some(Cadre::Pro2),
                query: "vlan & réseau".into(),
            },
            open: Some("glpi-parc".into()),
            author: false,
            unknown_codes: Vec::new(),
        };
        let q = state.to_query();
        assert_eq!(
            q,
            "?c=B1.1,B1.4&m=toutes&cadre=pro2&q=vlan%20%26%20r%C3%A9seau&r=glpi-parc"
        );
        assert_eq!(ViewState::from_query(&q, &r), state);
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn toutes_is_kept_before_any_competency() {
        let r = Referential::bts_sio();
        let mut state = ViewState::default();
        state.filter.combine = Combine::All;
        assert_eq!(state.to_query(), "?m=toutes");
        assert_eq!(ViewState::from_query("?m=toutes", &r), state);
    }

    #[test]
    fn filters_are_described_in_words() {
        let mut f = Filter::default();
        assert_eq!(f.describe(Lang::French), "");
        f.competencies = vec!["B1.4".into()];
        f.combine = Combine::All;
        assert_eq!(f.describe(Lang::French), "compétence B1.4");
        f.competencies = vec!["B1.1".into(), "B1.2".into(), "B1.4".into()];
        f.cadre = Some(Cadre::Pro2);
        f.query = " vlan ".into();
        assert_eq!(
            f.describe(Lang::French),
            "compétences B1.1, B1.2 et B1.4 (toutes) ; cadre\u{a0}: Stage de 2e année ; recherche «\u{a0}vlan\u{a0}»"
        );
        assert_eq!(
            f.describe(Lang::English),
            "competencies B1.1, B1.2 and B1.4 (all); setting: Second-year internship; search “vlan”"
        );
        f.combine = Combine::Any;
        f.cadre = None;
        f.query.clear();
        assert_eq!(
            f.describe(Lang::French),
            "compétences B1.1, B1.2 et B1.4 (au moins une)"
        );
    }

    #[test]
    fn hostile_queries_are_tolerated() {
        let r = Referential::bts_sio();
        let s = ViewState::from_query(
            "?c=B1.4,B9,B1.1,B1.4&cadre=pro7&q=%ZZ%E9+x&r=&verifier&zzz=1",
            &r,
        );
        assert_eq!(s.filter.competencies, ["B1.1", "B1.4"]);
        assert_eq!(s.filter.cadre, None);
        assert_eq!(s.filter.query, "%ZZ\u{fffd} x");
        assert!(s.author && s.open.is_none());
        assert_eq!(s.unknown_codes, ["B9"]);
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
    }

    #[test]
    fn hand_written_codes_are_understood_and_the_rest_is_named() {
        let r = Referential::bts_sio();
        let s = ViewState::from_query("?c=b1.4,B1.1.4, B1.2 ,XYZ,,b1.9,a,b,c", &r);
        assert_eq!(s.filter.competencies, ["B1.1", "B1.2", "B1.4"]);
        assert_eq!(s.unknown_codes, ["XYZ", "b1.9", "a"]);
        let long = format!("?c={}&q={}", "X".repeat(15_000), "a".repeat(20_000));
        let s = ViewState::from_query(&long, &r);
        assert_eq!(s.unknown_codes, [format!("{}…", "X".repeat(20))]);
        assert_eq!(s.filter.query.chars().count(), MAX_QUERY_CHARS);
        // Never written back: the next URL is the filter's.
        assert_eq!(s.to_query(), format!("?q={}", "a".repeat(MAX_QUERY_CHARS)));
    }
}
