//! `cyberfolio tableau`: the tableau de synthèse as a file to hand in or to
//! open in a spreadsheet, built from the same [`Tableau`] as the site.

use std::path::Path;

use clap::ValueEnum;
use cyberfolio_model::files::io_reason;
use cyberfolio_model::texts::FRENCH;
use cyberfolio_model::Tableau;
use cyberfolio_ui::page::on_the_host;
use cyberfolio_ui::sections::tableau::{site_qr_code, TableauTable};
use leptos::prelude::*;

use crate::report::load_valid;
use crate::{EXIT_IO, EXIT_OK};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableauFormat {
    /// A standalone page, printable on A4 landscape like the site's print view.
    Html,
    /// UTF-8 with a byte-order mark and `;` separators, so that spreadsheets
    /// set to French open it with accents and columns intact.
    Csv,
    /// A Markdown table, for a README or a wiki.
    Md,
}

/// Runs `tableau` and returns its exit code.
pub fn tableau(file: &Path, format: TableauFormat, output: Option<&Path>) -> u8 {
    let loaded = match load_valid(
        file,
        "le tableau n'est pas exporté tant que le fichier a des erreurs",
    ) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let t = Tableau::new(&loaded.portfolio, &loaded.referential);
    let text = match format {
        TableauFormat::Html => html(&t),
        TableauFormat::Csv => csv(&t),
        TableauFormat::Md => markdown(&t),
    };
    match output {
        None => {
            print!("{text}");
            EXIT_OK
        }
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("{} écrit", path.display());
                EXIT_OK
            }
            Err(e) => {
                eprintln!(
                    "{}: impossible d'écrire : {}",
                    path.display(),
                    io_reason(&e)
                );
                EXIT_IO
            }
        },
    }
}

/// The candidate header of the national model, then the session.
fn header(t: &Tableau) -> Vec<(&'static str, String)> {
    let mut header = t.candidate_header().to_vec();
    header.push(("Session", t.session.clone()));
    header
}

/// The stylesheet of the standalone tableau.
const EXPORT_CSS: &str = include_str!("tableau-export.css");

/// A standalone HTML page: the tableau alone, on A4 landscape when printed,
/// with the site's table ([`TableauTable`]), its names as text rather than
/// links to a site the file is away from.
pub fn html(t: &Tableau) -> String {
    let title = format!("Tableau de synthèse — {}", t.name);
    let header = header(t)
        .into_iter()
        .map(|(key, value)| view! { <div><dt>{key}</dt><dd>{value}</dd></div> })
        .collect_view();
    let site_code = site_qr_code(t, "qr qr-site");
    let page = view! {
        <!DOCTYPE html>
        <html lang="fr">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title}</title>
                // A constant of this crate, not text of the portfolio.
                <style inner_html=EXPORT_CSS></style>
            </head>
            <body>
                <header>
                    <div>
                        <h1>{FRENCH.tableau_title}</h1>
                        <dl>{header}</dl>
                    </div>
                    {site_code}
                </header>
                <TableauTable tableau=t.clone() linked=false/>
            </body>
        </html>
    };
    on_the_host().with(|| page.to_html())
}

/// A CSV cell that a spreadsheet reads as text, never as a formula.
///
/// A cell that starts with `=`, `+`, `-` or `@` (or a tab or a carriage
/// return, which some spreadsheets skip before looking for one) is run as a
/// formula by Excel, LibreOffice and Google Sheets: a réalisation named
/// `=HYPERLINK("https://…";"clic")` would become a live link, and
/// `=cmd|' /C calc'!A0` a command on older Excel. OWASP's rule
/// ("CSV Injection") is to prefix such a cell with `'`, which the
/// spreadsheet shows as text. The file is written with `;`, but a
/// spreadsheet set to split on `,` or tabs (an English Excel, a LibreOffice
/// import with « Virgule » ticked) would cut the cell there: each such piece
/// is checked the same way, after any leading spaces (which an import may
/// trim). A plain number (`-3`, `+2,5`) is kept as it is. The cell is then
/// quoted as RFC 4180 says when it holds the separator, a quote or a line
/// end.
fn csv_field(s: &str) -> String {
    let mut neutral = String::with_capacity(s.len() + 1);
    if starts_a_formula(s) && !is_plain_number(s) {
        neutral.push('\'');
    }
    for (i, piece) in s.split_inclusive([',', ';', '\t']).enumerate() {
        let content = piece.trim_start_matches(' ');
        let spaces = &piece[..piece.len() - content.len()];
        let field = content.trim_end_matches([',', ';', '\t']);
        neutral.push_str(spaces);
        if (i > 0 || !spaces.is_empty()) && starts_a_formula(field) && !is_plain_number(field) {
            neutral.push('\'');
        }
        neutral.push_str(content);
    }
    if neutral.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// Whether a spreadsheet would read `s` as a formula (OWASP's list).
fn starts_a_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `-3`, `+12`, `-2,5` or `0.75`: a number a spreadsheet reads as one.
fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let mut parts = digits.splitn(2, [',', '.']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// CSV for spreadsheets: the title and the candidate header (one
/// `label;value` row each, blank values kept so the form shows what is
/// missing), an empty row, then one row per réalisation with its cadre, and
/// a coverage row. CRLF line ends, as RFC 4180 says.
pub fn csv(t: &Tableau) -> String {
    let texts = &FRENCH;
    let mut rows: Vec<Vec<String>> = vec![vec![texts.tableau_title.to_string()]];
    rows.extend(header(t).into_iter().map(|(k, v)| vec![k.to_string(), v]));
    rows.push(Vec::new());
    let mut head = vec![
        texts.column_cadre.to_string(),
        texts.column_title.to_string(),
        texts.column_documents.to_string(),
        texts.column_period.to_string(),
    ];
    head.extend(t.columns.iter().map(|c| format!("{} {}", c.code, c.label)));
    rows.push(head);
    for g in &t.groups {
        for row in &g.rows {
            let mut r = vec![
                g.heading.to_string(),
                row.name.clone(),
                row.documents.join(" ; "),
                row.period.clone(),
            ];
            r.extend(
                row.marks
                    .iter()
                    .map(|&m| if m { "X" } else { "" }.to_string()),
            );
            rows.push(r);
        }
    }
    let mut total = vec![
        texts.coverage.to_string(),
        String::new(),
        String::new(),
        String::new(),
    ];
    total.extend(t.coverage.iter().map(usize::to_string));
    rows.push(total);
    let mut out = String::from('\u{feff}');
    for r in rows {
        let fields: Vec<String> = r.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// Text of the portfolio as inert Markdown: it reads the same once
/// rendered, and can neither become HTML nor a link.
///
/// Many Markdown renderers (GitHub, wikis, static site generators) pass raw
/// HTML through, so `<`, `>` and `&` become entities: a réalisation named
/// `<img src=x onerror=…>` shows as that text. Every character that starts
/// Markdown syntax in a line (`\\`, `` ` ``, `*`, `_`, `[`, `]`, `(`, `)`,
/// `!`, `~`, `|`, `#`) is escaped with a backslash, so that `[clic](https://…)`
/// is no link and a `|` no new cell. The addresses that GitHub's Markdown
/// makes links of by itself (`https://…`, `www.…`, `nom@exemple.fr`) are
/// broken by an invisible word joiner (U+2060) before their `:`, `.` or
/// `@`: GitHub looks for them once escapes are undone, so an escape would
/// not do. Line ends become spaces: a table row is one line.
fn md_cell(s: &str) -> String {
    const WORD_JOINER: char = '\u{2060}';
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '~' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            '@' => out.extend([WORD_JOINER, '@']),
            ':' if rest.starts_with("://") => out.extend([WORD_JOINER, ':']),
            'w' | 'W'
                if rest
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("www.")) =>
            {
                out.push_str(&rest[..3]);
                out.extend([WORD_JOINER, '.']);
                rest = &rest[4..];
                continue;
            }
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A Markdown (GitHub-flavoured) table under the candidate header.
pub fn markdown(t: &Tableau) -> String {
    let texts = &FRENCH;
    let mut s = format!("# {}\n\n", texts.tableau_title);
    for (k, v) in header(t) {
        if !v.is_empty() {
            s.push_str(&format!("- **{k}** : {}\n", md_cell(&v)));
        }
    }
    s.push_str(&format!(
        "\n| {} | {} |",
        texts.column_title, texts.column_period
    ));
    for c in &t.columns {
        s.push_str(&format!(" {} |", md_cell(&c.code)));
    }
    s.push_str("\n|---|---|");
    s.push_str(&":-:|".repeat(t.columns.len()));
    s.push('\n');
    for g in &t.groups {
        s.push_str(&format!(
            "| **{}** | |{}\n",
            md_cell(g.heading),
            " |".repeat(t.columns.len())
        ));
        for row in &g.rows {
            let mut name = md_cell(&row.name);
            if !row.documents.is_empty() {
                name.push_str(&format!(" ({})", md_cell(&row.documents.join(", "))));
            }
            s.push_str(&format!("| {name} | {} |", md_cell(&row.period)));
            for &m in &row.marks {
                s.push_str(if m { " X |" } else { "  |" });
            }
            s.push('\n');
        }
    }
    s.push_str(&format!("| **{}** | |", texts.coverage));
    for n in &t.coverage {
        s.push_str(&format!(" {n} |"));
    }
    s.push_str("\n\n");
    for c in &t.columns {
        s.push_str(&format!(
            "- **{}** : {}\n",
            md_cell(&c.code),
            md_cell(&c.label)
        ));
    }
    s
}

/// The hostile corpus, for the tests of the exports.
#[cfg(test)]
#[path = "../../../tests/fixtures/payloads.rs"]
#[allow(dead_code)]
mod payloads;

#[cfg(test)]
mod tests {
    use super::*;
    use cyberfolio_model::load_str;

    use super::payloads;

    /// The example's tableau with its first réalisation renamed `name`, and
    /// its first document titled `document`.
    fn tableau_named(name: &str, document: &str) -> Tableau {
        let text = include_str!("../../../data/portfolio.json");
        let loaded = load_str(text).expect("the example loads");
        let mut t = Tableau::new(&loaded.portfolio, &loaded.referential);
        let row = t
            .groups
            .iter_mut()
            .flat_map(|g| g.rows.iter_mut())
            .find(|r| !r.documents.is_empty())
            .expect("a réalisation with a document");
        row.name = name.to_string();
        row.documents[0] = document.to_string();
        t
    }

    /// The cells of a CSV line written by [`csv`] (`;`, RFC 4180 quotes).
    fn cells(line: &str) -> Vec<String> {
        let mut cells = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut().unwrap().push('"');
                }
                '"' => quoted = !quoted,
                ';' if !quoted => cells.push(String::new()),
                _ => cells.last_mut().unwrap().push(c),
            }
        }
        cells
    }

    /// Whether a spreadsheet that splits `cell` on `;`, `,` or tabs, and
    /// trims spaces, would find a formula in one of the pieces.
    fn runs_a_formula(cell: &str) -> bool {
        cell.split([';', ',', '\t'])
            .map(|piece| piece.trim_start_matches(' '))
            .any(|piece| starts_a_formula(piece) && !is_plain_number(piece))
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_text() {
        let payloads = [
            "=HYPERLINK(\"https://example.org/x\",\"clic\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            " =1+1",
            "Sauvegarde,=cmd|' /C calc'!A0,fin",
            "Sauvegarde; @SUM(1+1)",
        ];
        for payload in payloads {
            assert!(runs_a_formula(payload), "{payload:?} is a payload");
            let text = csv(&tableau_named(payload, payload));
            let line = text
                .split("\r\n")
                .find(|l| l.contains("calc") || l.contains("1+1") || l.contains("HYPERLINK"))
                .unwrap_or_else(|| panic!("no row for {payload:?} in\n{text}"));
            let row = cells(line);
            assert_eq!(
                row[1].replace('\'', ""),
                payload.replace('\'', ""),
                "the name of {payload:?} is kept"
            );
            assert!(
                row[2].starts_with(row[1].as_str()),
                "the documents of {payload:?}: {:?}",
                row[2]
            );
            for cell in &row {
                assert!(!runs_a_formula(cell), "{cell:?} would be run as a formula");
            }
        }
    }

    #[test]
    fn csv_numbers_and_ordinary_text_are_kept() {
        for kept in [
            "-3",
            "+12",
            "-2,5",
            "0.75",
            "12",
            "Mise en place — VLAN",
            "a=b",
            "a, b",
        ] {
            assert_eq!(csv_field(kept), kept);
        }
        for formula in ["-", "-3a", "-2,", "+,5", "=1", "@x", "-3;4"] {
            assert!(
                csv_field(formula).trim_start_matches('"').starts_with('\''),
                "{formula}"
            );
        }
        assert_eq!(csv_field("=\"a\";b"), "\"'=\"\"a\"\";b\"");
        assert_eq!(csv_field("a, -3"), "a, -3");
        assert_eq!(csv_field("a, -x"), "a, '-x");
    }

    /// `markdown` rendered by comrak with GitHub's extensions (tables,
    /// autolinks) and raw HTML allowed: what a wiki or a static site would
    /// show. comrak looks for addresses before undoing escapes, GitHub
    /// after, which is why [`md_cell`] breaks them with a character.
    fn rendered(markdown: &str) -> String {
        let mut options = comrak::Options::default();
        options.extension.table = true;
        options.extension.autolink = true;
        options.extension.strikethrough = true;
        options.render.r#unsafe = true;
        comrak::markdown_to_html(markdown, &options)
    }

    /// The tags of `html`, by name.
    fn tag_names(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .map(|t| {
                t.trim_start_matches('/')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase()
            })
            .collect()
    }

    #[test]
    fn markdown_cells_are_text_whatever_the_corpus_puts_in_them() {
        let allowed = [
            "h1", "ul", "li", "strong", "p", "table", "thead", "tbody", "tr", "th", "td",
        ];
        let mut corpus: Vec<String> = payloads::corpus().into_iter().map(|p| p.payload).collect();
        corpus.extend(
            [
                "[clic](https://example.org/x)",
                "![x](https://example.org/x.png)",
                "<https://example.org/x>",
                "https://example.org/x",
                "voir www.example.org",
                "a | b",
                "**gras** _it_ `code` ~~barré~~",
                "&lt;script&gt;",
            ]
            .map(String::from),
        );
        for payload in corpus {
            let html = rendered(&markdown(&tableau_named(&payload, &payload)));
            for tag in tag_names(&html) {
                assert!(
                    allowed.contains(&tag.as_str()),
                    "<{tag}> in the rendered export of {payload:?}:\n{html}"
                );
            }
        }
    }

    #[test]
    fn markdown_cells_read_as_written() {
        for text in [
            "Mise en place d'un VLAN (pfSense) & DHCP",
            "[clic](https://example.org/x) <b>",
            "a | b \\ c * d _ e",
            "voir www.example.org ou https://example.org/x",
            "camille@example.org",
        ] {
            let html = rendered(&format!("| {} |\n|---|\n", md_cell(text))).replace('\u{2060}', "");
            let escaped = text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;");
            assert!(html.contains(&escaped), "{text:?} became {html}");
        }
    }
}
