//! The safe Markdown subset of the rich-text fields.
//!
//! The parser produces a small tree that components render element by
//! element: there is no path from the student's text to raw HTML. HTML in
//! the source stays text. Links keep their URL only when it is safe.
//!
//! Supported: paragraphs, `- ` / `* ` and `1. ` lists, `### ` headings,
//! fenced code blocks, `**strong**`, `*emphasis*` / `_emphasis_`, `` `code` ``,
//! `[label](url)` and backslash escapes.

use crate::url::is_safe_url;

/// How far an inline opener looks for its closer; bounds the work on
/// hostile text to linear time.
const SEARCH_WINDOW: usize = 1_000;

/// A block of rich text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A heading (`#`, `##` or `###`), rendered below the section's level.
    Heading(Vec<Inline>),
    /// A bulleted (`ordered == false`) or numbered list.
    List {
        /// Numbered list.
        ordered: bool,
        /// One inline run per item.
        items: Vec<Vec<Inline>>,
    },
    /// A fenced code block, verbatim.
    Code(String),
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// `**strong**`.
    Strong(Vec<Inline>),
    /// `*emphasis*`.
    Emphasis(Vec<Inline>),
    /// `` `code` ``.
    Code(String),
    /// `[label](url)` with a safe URL (unsafe ones become text).
    Link {
        /// The label.
        label: Vec<Inline>,
        /// The URL, checked by [`is_safe_url`].
        url: String,
    },
}

/// Parses rich text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut lines = text.lines().peekable();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inline(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if trimmed.starts_with("```") {
            flush(&mut paragraph, &mut blocks);
            let mut code = Vec::new();
            for inner in lines.by_ref() {
                if inner.trim_start().starts_with("```") {
                    break;
                }
                code.push(inner);
            }
            blocks.push(Block::Code(code.join("\n")));
        } else if let Some(title) = heading(trimmed) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(inline(title)));
        } else if let Some((ordered, first)) = list_item(trimmed) {
            flush(&mut paragraph, &mut blocks);
            let mut items = vec![first.to_string()];
            while let Some(next) = lines.peek() {
                let next = next.trim();
                match list_item(next) {
                    Some((o, item)) if o == ordered => items.push(item.to_string()),
                    None if !next.is_empty()
                        && heading(next).is_none()
                        && !next.starts_with("```") =>
                    {
                        if let Some(last) = items.last_mut() {
                            last.push(' ');
                            last.push_str(next);
                        }
                    }
                    _ => break,
                }
                lines.next();
            }
            blocks.push(Block::List {
                ordered,
                items: items.iter().map(|i| inline(i)).collect(),
            });
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

fn heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=3)
        .contains(&hashes)
        .then(|| line[hashes..].strip_prefix(' '))
        .flatten()
        .map(str::trim)
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        return line[digits..].strip_prefix(". ").map(|rest| (true, rest));
    }
    None
}

/// Parses inline markup (one level of nesting inside strong, emphasis and
/// link labels).
pub fn inline(text: &str) -> Vec<Inline> {
    inline_at(text, 0)
}

fn inline_at(text: &str, depth: u8) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let mut after_word = false;
    while let Some(ch) = rest.chars().next() {
        let intraword = ch == '_' && after_word;
        after_word = ch.is_alphanumeric();
        if let Some((node, after)) = (depth < 2 && !intraword)
            .then(|| span(rest, depth))
            .flatten()
        {
            if !plain.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut plain)));
            }
            out.push(node);
            rest = after;
            continue;
        }
        if ch == '\\' {
            if let Some(escaped) = rest[1..]
                .chars()
                .next()
                .filter(|c| c.is_ascii_punctuation())
            {
                plain.push(escaped);
                rest = &rest[1 + escaped.len_utf8()..];
                continue;
            }
        }
        plain.push(ch);
        rest = &rest[ch.len_utf8()..];
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// How far a closing marker is looked for: the first [`SEARCH_WINDOW`]
/// bytes of `s`, cut at a character boundary.
fn window(s: &str) -> usize {
    let mut end = s.len().min(SEARCH_WINDOW);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Where a link destination ends: at the `)` that closes it, past pairs of
/// parentheses inside it, as in CommonMark. Wikipedia addresses such as
/// `…/wiki/Authentification_(informatique)` are common sources.
fn destination_end(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(i),
            b')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Recognises one span starting at the beginning of `rest`.
fn span(rest: &str, depth: u8) -> Option<(Inline, &str)> {
    if let Some(body) = rest.strip_prefix('`') {
        let close = body[..window(body)].find('`')?;
        return Some((Inline::Code(body[..close].to_string()), &body[close + 1..]));
    }
    if let Some(body) = rest.strip_prefix("**") {
        let close = body[..window(body)].find("**").filter(|&c| c > 0)?;
        return Some((
            Inline::Strong(inline_at(&body[..close], depth + 1)),
            &body[close + 2..],
        ));
    }
    for marker in ['*', '_'] {
        if let Some(body) = rest.strip_prefix(marker) {
            if body.starts_with(char::is_whitespace) {
                return None;
            }
            // A closer must follow a non-space, as in CommonMark, so that
            // wildcards such as `*.example.fr` stay text.
            let close = body[..window(body)]
                .match_indices(marker)
                .map(|(c, _)| c)
                .find(|&c| c > 0 && !body[..c].ends_with(char::is_whitespace))?;
            return Some((
                Inline::Emphasis(inline_at(&body[..close], depth + 1)),
                &body[close + 1..],
            ));
        }
    }
    if let Some(body) = rest.strip_prefix('[') {
        let label_end = body[..window(body)].find("](")?;
        let after_label = &body[label_end + 2..];
        let url_end = destination_end(&after_label[..window(after_label)])?;
        let url = after_label[..url_end].trim();
        let label = inline_at(&body[..label_end], depth + 1);
        let node = if is_safe_url(url) {
            Inline::Link {
                label,
                url: url.to_string(),
            }
        } else {
            Inline::Text(plain_text(&label))
        };
        return Some((node, &after_label[url_end + 1..]));
    }
    None
}

/// The text of inline runs without markup.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { label: c, .. } => {
                out.push_str(&plain_text(c))
            }
        }
    }
    out
}

/// Every link target written in the text, safe or not, so that the
/// validator can refuse the unsafe ones with a message.
pub fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        let after = &rest[i + 2..];
        if let Some(end) = destination_end(&after[..window(after)]) {
            targets.push(after[..end].trim().to_string());
        }
        rest = after;
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn blocks_paragraphs_lists_headings_code() {
        let blocks = parse("Intro sur\ndeux lignes.\n\n### Étapes\n- un\n- deux\n  suite\n1. premier\n\n```\n<b>code</b>\n```");
        assert_eq!(
            blocks[0],
            Block::Paragraph(vec![text("Intro sur deux lignes.")])
        );
        assert_eq!(blocks[1], Block::Heading(vec![text("Étapes")]));
        assert_eq!(
            blocks[2],
            Block::List {
                ordered: false,
                items: vec![vec![text("un")], vec![text("deux suite")]]
            }
        );
        assert_eq!(
            blocks[3],
            Block::List {
                ordered: true,
                items: vec![vec![text("premier")]]
            }
        );
        assert_eq!(blocks[4], Block::Code("<b>code</b>".into()));
    }

    #[test]
    fn inline_markup() {
        assert_eq!(
            inline("Un **VLAN** *dédié* et `ping` [doc](https://ex.org)."),
            vec![
                text("Un "),
                Inline::Strong(vec![text("VLAN")]),
                text(" "),
                Inline::Emphasis(vec![text("dédié")]),
                text(" et "),
                Inline::Code("ping".into()),
                text(" "),
                Inline::Link {
                    label: vec![text("doc")],
                    url: "https://ex.org".into()
                },
                text("."),
            ]
        );
    }

    #[test]
    fn html_stays_text_and_unsafe_links_lose_their_url() {
        assert_eq!(
            inline("<script>alert(1)</script>"),
            vec![text("<script>alert(1)</script>")]
        );
        assert_eq!(inline("[clic](javascript:alert(1))"), vec![text("clic")]);
        assert_eq!(
            link_targets("[a](javascript:x) [b]( data:y )"),
            ["javascript:x", "data:y"]
        );
    }

    #[test]
    fn link_destinations_keep_their_parentheses() {
        let wiki = "https://fr.wikipedia.org/wiki/Authentification_(informatique)";
        assert_eq!(
            inline(&format!("voir [source]({wiki}), puis (fin)")),
            vec![
                text("voir "),
                Inline::Link {
                    label: vec![text("source")],
                    url: wiki.to_string()
                },
                text(", puis (fin)")
            ]
        );
        assert_eq!(link_targets(&format!("[a]({wiki}) [b](x)")), [wiki, "x"]);
        // An unclosed pair leaves the text as it is.
        assert_eq!(inline("[a](b(c)"), vec![text("[a](b(c)")]);
    }

    #[test]
    fn escapes_and_lone_markers() {
        assert_eq!(inline(r"2 \* 3 * 4"), vec![text("2 * 3 * 4")]);
        assert_eq!(inline("snake_case_name"), vec![text("snake_case_name")]);
        assert_eq!(
            inline("un _mot_"),
            vec![text("un "), Inline::Emphasis(vec![text("mot")])]
        );
        assert_eq!(
            inline("*.example.fr et *.local"),
            vec![text("*.example.fr et *.local")]
        );
    }

    #[test]
    fn hostile_text_stays_linear() {
        let hostile = "[".repeat(20_000) + &"*".repeat(20_000) + "](";
        let blocks = parse(&hostile);
        assert_eq!(blocks.len(), 1);
    }
}
