//! Where a JSON path points in the parsed file, and the line and column of
//! a byte offset, so that every diagnostic, even one found after parsing,
//! says where to look.

use crate::diagnostic::{JsonPath, PathSegment, Position};
use crate::json::{Kind, Value};

/// The byte offset of the value that `path` designates, or of the deepest
/// enclosing value that exists when the path goes further than the file
/// (a missing field is shown at its object). With a key given twice, the
/// first one is meant, as the decoder keeps the first.
pub fn offset_of(root: &Value<'_>, path: &JsonPath) -> usize {
    let mut value = root;
    for segment in &path.0 {
        let child = match (&value.kind, segment) {
            (Kind::Object(members), PathSegment::Key(key)) => members
                .iter()
                .find(|m| m.key == key.as_str())
                .map(|m| &m.value),
            (Kind::Array(items), PathSegment::Index(i)) => items.get(*i),
            _ => None,
        };
        match child {
            Some(child) => value = child,
            None => break,
        }
    }
    value.start
}

/// Line and character column of a byte offset.
pub fn position_of(source: &str, offset: usize) -> Position {
    Lines::new(source).position(offset)
}

/// Positions of increasing offsets in one pass over the text: a file
/// with thousands of diagnostics is not rescanned from the start for each.
pub struct Lines<'t> {
    source: &'t str,
    offset: usize,
    line: usize,
    line_start: usize,
}

impl<'t> Lines<'t> {
    /// A cursor at the start of `source`.
    pub fn new(source: &'t str) -> Lines<'t> {
        Lines {
            source,
            offset: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The position of `offset`; offsets before the previous one start a
    /// new scan.
    pub fn position(&mut self, offset: usize) -> Position {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.offset {
            *self = Lines::new(self.source);
        }
        let bytes = &self.source.as_bytes()[self.offset..offset];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.offset + i + 1;
            }
        }
        self.offset = offset;
        Position {
            line: self.line,
            column: self.source[self.line_start..offset].chars().count() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const SOURCE: &str = "{\n  \"basics\": { \"name\": \"Léa\" },\n  \"realisations\": [\n    { \"id\": \"a\", \"competencies\": [\"B1.1\", \"B9\"] },\n    {\"id\": \"b\\\"}\", \"x\": [[1], {\"y\": 2}], \"competencies\": []}\n  ]\n}\n";

    fn at(path: JsonPath) -> (usize, usize) {
        let root = parse(SOURCE).expect("valid JSON");
        let p = position_of(SOURCE, offset_of(&root, &path));
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
    fn positions_count_characters_in_one_pass() {
        let mut lines = Lines::new("é\nab\u{1F600}c\n");
        assert_eq!(lines.position(0), Position { line: 1, column: 1 });
        assert_eq!(lines.position(2), Position { line: 1, column: 2 });
        assert_eq!(lines.position(9), Position { line: 2, column: 4 });
        // Backwards, and inside a character: still right.
        assert_eq!(lines.position(6), Position { line: 2, column: 3 });
        assert_eq!(lines.position(100), Position { line: 3, column: 1 });
    }
}
