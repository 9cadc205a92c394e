//! A small JSON parser that keeps where each value starts.
//!
//! The site decodes the portfolio with this parser and [`crate::decode`]
//! instead of serde_json and serde's derived code: that code was about a
//! quarter of the WebAssembly (65 kB of 251 kB gzip, measured by removing
//! it). Knowing where each value starts also gives every diagnostic its
//! line and column directly.
//!
//! It accepts exactly the documents serde_json accepts (same grammar, same
//! nesting limit of 127, the same out-of-range numbers, paired surrogates
//! only); `tests/decode.rs` checks this against serde_json on the fuzzing
//! corpus.

use std::borrow::Cow;

/// Containers nested deeper than this are refused, as serde_json does (its
/// recursion limit of 128); this also bounds the parser's recursion.
const MAX_DEPTH: usize = 127;

/// A parsed value and the byte offset where its text starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Value<'a> {
    /// Byte offset of the value's first character.
    pub start: usize,
    /// What the value is.
    pub kind: Kind<'a>,
}

/// The six kinds of JSON values. Numbers keep their text: only
/// [`crate::decode`] knows which numbers it wants.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(&'a str),
    /// A string, unescaped.
    String(Cow<'a, str>),
    /// A list.
    Array(Vec<Value<'a>>),
    /// An object's members, in the file's order (duplicates kept).
    Object(Vec<Member<'a>>),
}

/// A member of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member<'a> {
    /// The key, unescaped.
    pub key: Cow<'a, str>,
    /// The value.
    pub value: Value<'a>,
}

/// What is wrong with the text, for [`crate::messages::syntax`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text ends inside a list.
    EofInList,
    /// The text ends inside an object.
    EofInObject,
    /// The text ends inside a string.
    EofInString,
    /// The text ends where a value should be.
    EofInValue,
    /// No `:` after a key.
    ExpectedColon,
    /// No `,` or `]` after a list element.
    ExpectedCommaOrBracket,
    /// No `,` or `}` after an object member.
    ExpectedCommaOrBrace,
    /// A word other than `true`, `false` or `null`.
    ExpectedIdent,
    /// Something that starts no value.
    ExpectedValue,
    /// A backslash followed by something JSON does not escape.
    InvalidEscape,
    /// A malformed number (`01`, `1.`, `-x`).
    InvalidNumber,
    /// A number beyond the range of `f64`.
    NumberOutOfRange,
    /// A raw tab, newline or other control character inside a string.
    ControlCharacter,
    /// An object key that is not a string.
    KeyMustBeString,
    /// A `\u` escape of half a UTF-16 surrogate pair.
    LoneSurrogate,
    /// A comma before `]` or `}`.
    TrailingComma,
    /// Text after the document's value.
    TrailingCharacters,
    /// More than 127 nested lists and objects.
    TooDeep,
    /// A `//` or `/* */` comment, which JSON does not have.
    Comment,
    /// A typographic quote (`“`, `”`, `«`, `’`…) where JSON needs `"`, as
    /// a word processor or a phone keyboard writes them.
    TypographicQuote,
}

/// A syntax error and the byte offset of the character where it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset in the parsed text.
    pub offset: usize,
    /// What is wrong.
    pub problem: Problem,
}

/// Parses a whole document: one value, with only whitespace around it.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = parser.value(0)?;
    parser.skip_ws();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(Problem::TrailingCharacters));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, problem: Problem) -> SyntaxError {
        let offset = self.pos.min(self.bytes.len());
        // Where a key, a value or a separator was expected, two mistakes
        // have a better name than the syntax rule they break.
        let rest = &self.text[offset..];
        let problem = match problem {
            Problem::TrailingCharacters
            | Problem::ExpectedValue
            | Problem::ExpectedIdent
            | Problem::KeyMustBeString
            | Problem::ExpectedCommaOrBrace
            | Problem::ExpectedCommaOrBracket
            | Problem::ExpectedColon
                if rest.starts_with("//") || rest.starts_with("/*") =>
            {
                Problem::Comment
            }
            Problem::ExpectedValue | Problem::ExpectedIdent | Problem::KeyMustBeString
                if rest.starts_with(['“', '”', '„', '«', '»', '‘', '’']) =>
            {
                Problem::TypographicQuote
            }
            other => other,
        };
        SyntaxError { offset, problem }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_ws();
        let start = self.pos;
        let kind = match self.peek() {
            None => return Err(self.error(Problem::EofInValue)),
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            Some(b'[') => Kind::Array(self.array(depth + 1)?),
            Some(b'{') => Kind::Object(self.object(depth + 1)?),
            Some(_) => return Err(self.error(Problem::ExpectedValue)),
        };
        Ok(Value { start, kind })
    }

    fn word(&mut self, word: &str, kind: Kind<'a>) -> Result<Kind<'a>, SyntaxError> {
        for &expected in &word.as_bytes()[1..] {
            self.pos += 1;
            match self.peek() {
                Some(b) if b == expected => {}
                Some(_) => return Err(self.error(Problem::ExpectedIdent)),
                None => return Err(self.error(Problem::EofInValue)),
            }
        }
        self.pos += 1;
        Ok(kind)
    }

    fn array(&mut self, depth: usize) -> Result<Vec<Value<'a>>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Problem::TooDeep));
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        return Err(self.error(Problem::TrailingComma));
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                Some(_) => return Err(self.error(Problem::ExpectedCommaOrBracket)),
                None => return Err(self.error(Problem::EofInList)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Vec<Member<'a>>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Problem::TooDeep));
        }
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(members);
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error(Problem::TrailingComma)),
                Some(_) => return Err(self.error(Problem::KeyMustBeString)),
                None => return Err(self.error(Problem::EofInObject)),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                Some(_) => return Err(self.error(Problem::ExpectedColon)),
                None => return Err(self.error(Problem::EofInObject)),
            }
            let value = self.value(depth)?;
            members.push(Member { key, value });
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(members);
                }
                Some(_) => return Err(self.error(Problem::ExpectedCommaOrBrace)),
                None => return Err(self.error(Problem::EofInObject)),
            }
        }
    }

    /// A string starting at the opening quote; borrowed when it has no
    /// escape.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            match self.peek() {
                None => return Err(self.error(Problem::EofInString)),
                Some(b'"') => {
                    let tail = &self.text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                        None => Cow::Borrowed(tail),
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    s.push(self.escape()?);
                    run = self.pos;
                }
                Some(0..=0x1f) => return Err(self.error(Problem::ControlCharacter)),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of an escape, `self.pos` being just after the `\`.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.error(Problem::EofInString));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xDC00..=0xDFFF => return Err(self.error(Problem::LoneSurrogate)),
                    0xD800..=0xDBFF => {
                        if self.peek() != Some(b'\\') || self.bytes.get(self.pos + 1) != Some(&b'u')
                        {
                            return Err(self.error(Problem::LoneSurrogate));
                        }
                        self.pos += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error(Problem::LoneSurrogate));
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        char::from_u32(code).ok_or(self.error(Problem::LoneSurrogate))?
                    }
                    code => char::from_u32(code).ok_or(self.error(Problem::LoneSurrogate))?,
                }
            }
            _ => {
                self.pos -= 1;
                return Err(self.error(Problem::InvalidEscape));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error(Problem::EofInString)),
                Some(b) => (b as char)
                    .to_digit(16)
                    .ok_or(self.error(Problem::InvalidEscape))?,
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// A number's text. Like serde_json, a number whose value is beyond
    /// the range of `f64` is an error rather than infinity.
    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        // The significant digits, without leading zeros, and the power of
        // ten that scales them: enough to tell whether the value overflows.
        let mut digits = 0i64;
        let mut scale = 0i64;
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error(Problem::InvalidNumber));
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = self.peek() {
                    self.pos += 1;
                    digits += 1;
                }
            }
            Some(_) => return Err(self.error(Problem::InvalidNumber)),
            None => return Err(self.error(Problem::EofInValue)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let fraction = self.pos;
            while let Some(b'0'..=b'9') = self.peek() {
                self.pos += 1;
            }
            if self.pos == fraction {
                return Err(self.error(match self.peek() {
                    Some(_) => Problem::InvalidNumber,
                    None => Problem::EofInValue,
                }));
            }
            if digits == 0 {
                // 0.000123: the first significant digit sets the magnitude.
                let text = &self.bytes[fraction..self.pos];
                match text.iter().position(|&b| b != b'0') {
                    Some(zeros) => {
                        digits = (text.len() - zeros) as i64;
                        scale = -(text.len() as i64);
                    }
                    None => digits = 0,
                }
            } else {
                let fraction_digits = (self.pos - fraction) as i64;
                digits += fraction_digits;
                scale -= fraction_digits;
            }
        }
        let mantissa_end = self.pos;
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            let positive = match self.peek() {
                Some(b'+') => {
                    self.pos += 1;
                    true
                }
                Some(b'-') => {
                    self.pos += 1;
                    false
                }
                _ => true,
            };
            match self.peek() {
                Some(b'0'..=b'9') => {}
                Some(_) => return Err(self.error(Problem::InvalidNumber)),
                None => return Err(self.error(Problem::EofInValue)),
            }
            let mut exponent = 0i64;
            while let Some(b @ b'0'..=b'9') = self.peek() {
                exponent = (exponent * 10 + i64::from(b - b'0')).min(1 << 40);
                self.pos += 1;
            }
            scale += if positive { exponent } else { -exponent };
        }
        if digits > 0 && too_large(&self.text[start..mantissa_end], digits, scale) {
            return Err(SyntaxError {
                offset: start,
                problem: Problem::NumberOutOfRange,
            });
        }
        Ok(&self.text[start..self.pos])
    }
}

/// Whether a number written `mantissa`, with `digits` significant digits
/// scaled by 10^`scale`, exceeds `f64::MAX` (1.797…e308). Near the limit,
/// its leading digits are compared with those of `f64::MAX`.
fn too_large(mantissa: &str, digits: i64, scale: i64) -> bool {
    let magnitude = digits - 1 + scale;
    if magnitude != 308 {
        return magnitude > 308;
    }
    let leading: String = mantissa
        .chars()
        .filter(char::is_ascii_digit)
        .skip_while(|&c| c == '0')
        .take(17)
        .collect();
    leading.as_str() > "17976931348623157"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Problem {
        parse(text).expect_err(text).problem
    }

    #[test]
    fn parses_values_with_their_offsets() {
        let v = parse(r#" {"a": [1, "x\u00e9\n", true, null], "b": -2.5e3}"#).expect("valid");
        let Kind::Object(members) = &v.kind else {
            panic!("object expected")
        };
        assert_eq!(v.start, 1);
        assert_eq!(members[0].key, "a");
        let Kind::Array(items) = &members[0].value.kind else {
            panic!("array expected")
        };
        assert_eq!(items[0].kind, Kind::Number("1"));
        assert_eq!(items[1].kind, Kind::String("xé\n".into()));
        assert_eq!(items[1].start, 11);
        assert_eq!(members[1].value.kind, Kind::Number("-2.5e3"));
        assert_eq!(
            parse(r#""\ud83d\ude00""#).map(|v| v.kind),
            Ok(Kind::String("😀".into()))
        );
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for (text, expected) in [
            ("[1,]", Problem::TrailingComma),
            ("{\"a\":1,}", Problem::TrailingComma),
            ("{\"a\" 1}", Problem::ExpectedColon),
            ("{a:1}", Problem::KeyMustBeString),
            ("[1 2]", Problem::ExpectedCommaOrBracket),
            ("{\"a\":1 \"b\":2}", Problem::ExpectedCommaOrBrace),
            ("[tru]", Problem::ExpectedIdent),
            ("[", Problem::EofInValue),
            ("[1", Problem::EofInList),
            ("{\"a\":1", Problem::EofInObject),
            ("\"abc", Problem::EofInString),
            ("\"a\tb\"", Problem::ControlCharacter),
            ("\"\\x\"", Problem::InvalidEscape),
            ("\"\\ud800\"", Problem::LoneSurrogate),
            ("\"\\udc00\"", Problem::LoneSurrogate),
            ("01", Problem::InvalidNumber),
            ("1.", Problem::EofInValue),
            ("1.e3", Problem::InvalidNumber),
            ("-", Problem::EofInValue),
            ("1e400", Problem::NumberOutOfRange),
            ("1.8e308", Problem::NumberOutOfRange),
            ("{} x", Problem::TrailingCharacters),
            ("@", Problem::ExpectedValue),
        ] {
            assert_eq!(problem(text), expected, "{text}");
        }
        for fine in ["1.7976931348623157e308", "1e-400", "0e999999", "0.000e400"] {
            assert!(parse(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn comments_and_typographic_quotes_are_named() {
        for (text, expected, at) in [
            ("{\"a\": 1, // note\n \"b\": 2}", Problem::Comment, 9),
            ("{\"a\": 1 /* note */}", Problem::Comment, 8),
            ("// en-tête\n{}", Problem::Comment, 0),
            ("{} // fin", Problem::Comment, 3),
            ("{“name”: 1}", Problem::TypographicQuote, 1),
            ("{\"name\": « A »}", Problem::TypographicQuote, 9),
            ("[’a’]", Problem::TypographicQuote, 1),
        ] {
            let error = parse(text).expect_err(text);
            assert_eq!((error.problem, error.offset), (expected, at), "{text}");
        }
        // Inside a string, both are text.
        assert!(parse("{\"url\": \"https://a.fr/*x\", \"t\": \"« ok »\"}").is_ok());
    }

    #[test]
    fn nesting_stops_where_serde_json_stops() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(problem(&nested(MAX_DEPTH + 1)), Problem::TooDeep);
        assert_eq!(problem(&"[".repeat(100_000)), Problem::TooDeep);
    }
}
