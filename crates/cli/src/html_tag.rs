//! Start tags of a generated page, found and read without an HTML parser:
//! `cyberfolio meta` (the stylesheets and the policy it rewrites) and
//! `cyberfolio order-wasm` (the wasm's link) edit Trunk's output in place.

/// The byte range of the next `<name …>` start tag in `html` (name in any
/// case), skipping longer names (`<linkx>`).
pub fn next_tag(html: &str, name: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = html[from..].find('<') {
        let start = from + i;
        let after = start + 1 + name.len();
        let named = html
            .get(start + 1..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        let boundary = named
            && html[after..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/');
        if boundary {
            let end = after + tag_length(&html[after..])?;
            return Some((start, end));
        }
        from = start + 1;
    }
    None
}

/// A start tag of a page: where it is, and its attributes (as
/// [`attributes`] reads them, ranges relative to the tag).
pub struct Tag {
    /// Byte offset of its `<`.
    pub start: usize,
    /// Byte offset just after its `>`.
    pub end: usize,
    /// Its attributes, each with the range of its raw value in the tag.
    pub attributes: Vec<(String, String, std::ops::Range<usize>)>,
}

impl Tag {
    /// The attribute `name` (in any case): name, decoded value, raw range.
    pub fn attribute(&self, name: &str) -> Option<&(String, String, std::ops::Range<usize>)> {
        self.attributes
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
    }

    /// The decoded value of the attribute `name` (in any case).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.attribute(name).map(|(_, v, _)| v.as_str())
    }
}

/// Every `<name …>` start tag of `html`, in order (see [`next_tag`]).
pub fn tags<'h>(html: &'h str, name: &'h str) -> impl Iterator<Item = Tag> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_tag(&html[from..], name)?;
        let (start, end) = (from + start, from + end);
        from = end;
        Some(Tag {
            start,
            end,
            attributes: attributes(&html[start..end]),
        })
    })
}

/// The length of a tag's remainder up to and including its `>`, quotes
/// respected.
fn tag_length(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The attributes of a start tag, quoted, unquoted (as minifiers write
/// them) or bare, with `&amp;`, `&quot;`, `&#39;`, `&lt;` and `&gt;`
/// decoded, each with the byte range of its raw value in `tag`.
pub fn attributes(tag: &str) -> Vec<(String, String, std::ops::Range<usize>)> {
    // Offsets below are in `inner`, which starts one byte into `tag`.
    let inner = tag
        .strip_prefix('<')
        .unwrap_or(tag)
        .trim_end_matches('>')
        .trim_end_matches('/');
    let shift = tag.len() - tag.strip_prefix('<').unwrap_or(tag).len();
    let mut chars = inner.char_indices().peekable();
    // Skip the element name.
    while chars.next_if(|(_, c)| !c.is_ascii_whitespace()).is_some() {}
    let mut out = Vec::new();
    loop {
        while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
        let Some(&(name_start, _)) = chars.peek() else {
            break;
        };
        let mut name_end = inner.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_ascii_whitespace() || c == '=' {
                name_end = i;
                break;
            }
            chars.next();
        }
        let name = inner[name_start..name_end].to_string();
        while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
        if chars.next_if(|(_, c)| *c == '=').is_none() {
            out.push((name, String::new(), name_end + shift..name_end + shift));
            continue;
        }
        while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
        let value = match chars.peek().copied() {
            Some((i, q @ ('"' | '\''))) => {
                chars.next();
                let start = i + 1;
                let mut end = inner.len();
                for (j, c) in chars.by_ref() {
                    if c == q {
                        end = j;
                        break;
                    }
                }
                start..end
            }
            Some((start, _)) => {
                let mut end = inner.len();
                while let Some(&(j, c)) = chars.peek() {
                    if c.is_ascii_whitespace() {
                        end = j;
                        break;
                    }
                    chars.next();
                }
                start..end
            }
            None => inner.len()..inner.len(),
        };
        let raw = &inner[value.clone()];
        out.push((
            name,
            decode_entities(raw),
            value.start + shift..value.end + shift,
        ));
    }
    out
}

/// Decodes the character references an attribute value of a generated page
/// can hold.
fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_unquoted_and_bare_attributes() {
        let tag = "<link as=fetch crossorigin href=\"a b.css\" rel='x' data-x=a&amp;b>";
        let read = attributes(tag);
        assert_eq!(
            read.iter()
                .map(|(name, value, _)| (name.clone(), value.clone()))
                .collect::<Vec<(String, String)>>(),
            vec![
                ("as".into(), "fetch".into()),
                ("crossorigin".into(), String::new()),
                ("href".into(), "a b.css".into()),
                ("rel".into(), "x".into()),
                ("data-x".into(), "a&b".into()),
            ]
        );
        // The ranges are those of the raw values, as the policy is rewritten.
        assert_eq!(&tag[read[2].2.clone()], "a b.css");
        assert_eq!(&tag[read[4].2.clone()], "a&amp;b");
        assert_eq!(next_tag("<linkx><link>", "link"), Some((7, 13)));
        assert_eq!(next_tag("<p>é<LINK rel=x>", "link"), Some((5, 17)));
        assert_eq!(next_tag("<link title=\"a>b\">", "link"), Some((0, 18)));
        let page = "<link rel=a><LINK title=\"<link>\" rel=b><linkx rel=c>";
        let found: Vec<(usize, usize)> = tags(page, "link").map(|t| (t.start, t.end)).collect();
        assert_eq!(found, [(0, 12), (12, 39)]);
        let rels: Vec<String> = tags(page, "link")
            .filter_map(|t| t.value("REL").map(str::to_string))
            .collect();
        assert_eq!(rels, ["a", "b"]);
    }
}
