//! Finds where a JSON path points in the source text, so that every
//! diagnostic, even one found after parsing, carries a line and a column.
//!
//! The scanner is iterative (no recursion, no allocation per level), so a
//! deeply nested hostile file cannot overflow the stack here.

use crate::diagnostic::{JsonPath, PathSegment, Position};

/// The position of the value that `path` designates, or of the deepest
/// enclosing value that exists when the path goes further than the text.
pub fn locate(source: &str, path: &JsonPath) -> Position {
    let bytes = source.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for segment in &path.0 {
        match find_child(source, pos, segment) {
            Some(child) => pos = child,
            None => break,
        }
    }
    position_of(source, pos)
}

/// Line and character column of a byte offset.
pub fn position_of(source: &str, offset: usize) -> Position {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = source
        .get(line_start..offset)
        .map_or(1, |s| s.chars().count() + 1);
    Position { line, column }
}

/// The path of the innermost value whose text spans `offset`: how a
/// position reported by the parser becomes a path such as
/// `realisations[2].cadre`.
pub fn path_at(source: &str, offset: usize) -> JsonPath {
    let mut path = JsonPath::root();
    let mut pos = skip_ws(source.as_bytes(), 0);
    'descend: loop {
        for child in children(source, pos) {
            if child.start <= offset && offset <= child.end {
                path.0.push(child.segment);
                pos = child.start;
                continue 'descend;
            }
        }
        return path;
    }
}

/// A member of an object or an element of a list, as a span of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    /// Its key or index in the parent.
    pub segment: PathSegment,
    /// The raw text of the key, quotes included (members only).
    pub raw_key: Option<std::ops::Range<usize>>,
    /// Byte offset where the value starts.
    pub start: usize,
    /// Byte offset just after the value.
    pub end: usize,
}

/// The members of the object or the elements of the list starting at
/// `pos`, in order; empty for a scalar or where the text is malformed.
pub fn children(source: &str, pos: usize) -> Vec<Child> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let (object, close) = match bytes.get(pos) {
        Some(b'{') => (true, b'}'),
        Some(b'[') => (false, b']'),
        _ => return out,
    };
    let mut p = skip_ws(bytes, pos + 1);
    while p < bytes.len() && bytes[p] != close {
        let (segment, raw_key) = if object {
            if bytes[p] != b'"' {
                break;
            }
            let Some(key_end) = skip_string(bytes, p) else {
                break;
            };
            let key: String = serde_json::from_str(&source[p..key_end]).unwrap_or_default();
            let raw = p..key_end;
            p = skip_ws(bytes, key_end);
            if bytes.get(p) != Some(&b':') {
                break;
            }
            p = skip_ws(bytes, p + 1);
            (PathSegment::Key(key), Some(raw))
        } else {
            (PathSegment::Index(out.len()), None)
        };
        let Some(end) = skip_value(bytes, p) else {
            break;
        };
        out.push(Child {
            segment,
            raw_key,
            start: p,
            end,
        });
        p = skip_ws(bytes, end);
        if bytes.get(p) != Some(&b',') {
            break;
        }
        p = skip_ws(bytes, p + 1);
    }
    out
}

fn find_child(source: &str, pos: usize, segment: &PathSegment) -> Option<usize> {
    let bytes = source.as_bytes();
    match (bytes.get(pos)?, segment) {
        (b'{', PathSegment::Key(wanted)) => {
            let mut p = skip_ws(bytes, pos + 1);
            while bytes.get(p) == Some(&b'"') {
                let key_end = skip_string(bytes, p)?;
                let key: Option<String> = serde_json::from_str(&source[p..key_end]).ok();
                p = skip_ws(bytes, key_end);
                if bytes.get(p) != Some(&b':') {
                    return None;
                }
                p = skip_ws(bytes, p + 1);
                if key.as_deref() == Some(wanted.as_str()) {
                    return Some(p);
                }
                p = skip_ws(bytes, skip_value(bytes, p)?);
                if bytes.get(p) != Some(&b',') {
                    return None;
                }
                p = skip_ws(bytes, p + 1);
            }
            None
        }
        (b'[', PathSegment::Index(wanted)) => {
            let mut p = skip_ws(bytes, pos + 1);
            let mut index = 0;
            while p < bytes.len() && bytes[p] != b']' {
                if index == *wanted {
                    return Some(p);
                }
                p = skip_ws(bytes, skip_value(bytes, p)?);
                if bytes.get(p) != Some(&b',') {
                    return None;
                }
                p = skip_ws(bytes, p + 1);
                index += 1;
            }
            None
        }
        _ => None,
    }
}

pub(crate) fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len() && matches!(bytes[pos], b' ' | b'\t' | b'\n' | b'\r') {
        pos += 1;
    }
    pos
}

/// The offset just after the string starting at `pos` (which is a quote).
pub(crate) fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut p = pos + 1;
    while p < bytes.len() {
        match bytes[p] {
            b'\\' => p += 2,
            b'"' => return Some(p + 1),
            _ => p += 1,
        }
    }
    None
}

/// The offset just after the value starting at `pos`, nesting tracked by a
/// counter rather than by recursion.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut p = pos;
    loop {
        match *bytes.get(p)? {
            b'"' => p = skip_string(bytes, p)?,
            b'{' | b'[' => {
                depth += 1;
                p += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                p += 1;
            }
            _ if depth == 0 => {
                while p < bytes.len()
                    && !matches!(bytes[p], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                {
                    p += 1;
                }
                return Some(p);
            }
            _ => p += 1,
        }
        if depth == 0 {
            return Some(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "{\n  \"basics\": { \"name\": \"Léa\" },\n  \"realisations\": [\n    { \"id\": \"a\", \"competencies\": [\"B1.1\", \"B9\"] },\n    {\"id\": \"b\\\"}\", \"x\": [[1], {\"y\": 2}], \"competencies\": []}\n  ]\n}\n";

    fn at(path: JsonPath) -> (usize, usize) {
        let p = locate(SOURCE, &path);
        (p.line, p.column)
    }

    #[test]
    fn finds_keys_and_indices() {
        let r = JsonPath::root().key("realisations");
        assert_eq!(at(r.index(0).key("competencies").index(1)), (4, 43));
        assert_eq!(at(JsonPath::root().key("basics").key("name")), (2, 23));
        assert_eq!(at(r.index(1).key("competencies")), (5, 58));
    }

    #[test]
    fn falls_back_to_the_deepest_existing_value() {
        assert_eq!(
            at(JsonPath::root().key("realisations").index(7).key("id")),
            (3, 19)
        );
        assert_eq!(at(JsonPath::root().key("nothing")), (1, 1));
    }

    #[test]
    fn maps_offsets_back_to_paths() {
        let offset = |needle: &str| SOURCE.find(needle).expect("needle");
        assert_eq!(
            path_at(SOURCE, offset("\"B9\"") + 2).to_string(),
            "realisations[0].competencies[1]"
        );
        assert_eq!(path_at(SOURCE, offset("Léa")).to_string(), "basics.name");
        assert_eq!(
            path_at(SOURCE, offset("{\"y\"") + 6).to_string(),
            "realisations[1].x[1].y"
        );
        assert_eq!(path_at(SOURCE, 0), JsonPath::root());
        let keys: Vec<_> = children(SOURCE, 0).into_iter().map(|c| c.segment).collect();
        assert_eq!(
            keys,
            [
                PathSegment::Key("basics".into()),
                PathSegment::Key("realisations".into())
            ]
        );
    }

    #[test]
    fn survives_truncated_and_deep_input() {
        let deep = "[".repeat(100_000);
        let mut path = JsonPath::root();
        for _ in 0..1000 {
            path = path.index(0);
        }
        assert_eq!(locate(&deep, &path).line, 1);
        assert_eq!(
            locate("{\"a\": \"unterminated", &JsonPath::root().key("b")).line,
            1
        );
    }
}
