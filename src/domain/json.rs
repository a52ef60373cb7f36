//! A small JSON reader and writer for the three stored documents.
//!
//! serde with serde_json cost about 40 KB of the wasm (its generic
//! deserialiser, float printing and parsing, error formatting), roughly a
//! twentieth of the first visit's budget, for three documents of integers,
//! short strings, lists and objects. This module reads any JSON text into a
//! [`Value`] and writes the documents exactly as serde_json wrote them
//! (compact, fields in declaration order, the same string escapes), so
//! documents saved by earlier builds read the same and
//! `tests/fixtures/v1/` stays byte for byte. `tests/json.rs` checks both
//! directions against serde_json.
//!
//! Numbers keep the text they were written with: the documents hold only
//! whole numbers (a seed uses all 64 bits, which a float would round), and
//! a number is checked only when a field asks for one, so no float code is
//! needed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The most lists and objects that may nest inside one another; deeper text
/// is refused rather than risk the stack. The documents nest four levels;
/// serde_json refuses the 128th level too.
pub const MAX_DEPTH: usize = 127;

/// A parsed JSON value. Objects keep one entry per key (the last one, as
/// serde_json's `Value` does), sorted by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's text as written, already checked against JSON's grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// A whole number from 0 to `u64::MAX`, if this is one.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// A number value for `n`.
    pub fn from_u64(n: u64) -> Value {
        Value::Number(n.to_string())
    }

    /// What kind of value this is, for error messages.
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Reads one JSON text. Anything but exactly one value with optional
/// whitespace around it is an error that says where reading stopped.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader
        .value(0)
        .and_then(|value| {
            reader.skip_space();
            match reader.peek() {
                None => Ok(value),
                Some(_) => Err("text after the value"),
            }
        })
        .map_err(|what| format!("{what} at byte {}", reader.at))?;
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

type Read<T> = Result<T, &'static str>;

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Read<u8> {
        let byte = self.peek().ok_or("unexpected end")?;
        self.at += 1;
        Ok(byte)
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Value) -> Read<Value> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err("unknown word")
        }
    }

    fn value(&mut self, depth: usize) -> Read<Value> {
        self.skip_space();
        match self.peek().ok_or("unexpected end")? {
            b'n' => self.expect_word("null", Value::Null),
            b't' => self.expect_word("true", Value::Bool(true)),
            b'f' => self.expect_word("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            b'[' => {
                let depth = deeper(depth)?;
                self.at += 1;
                let mut items = Vec::new();
                if self.close(b']') {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth)?);
                    if self.separator(b']')? {
                        return Ok(Value::Array(items));
                    }
                }
            }
            b'{' => {
                let depth = deeper(depth)?;
                self.at += 1;
                let mut entries = BTreeMap::new();
                if self.close(b'}') {
                    return Ok(Value::Object(entries));
                }
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        return Err("expected a key");
                    }
                    let key = self.string()?;
                    self.skip_space();
                    if self.next()? != b':' {
                        return Err("expected ':'");
                    }
                    entries.insert(key, self.value(depth)?);
                    if self.separator(b'}')? {
                        return Ok(Value::Object(entries));
                    }
                }
            }
            _ => Err("expected a value"),
        }
    }

    /// Consumes `end` if it comes next (an empty list or object).
    fn close(&mut self, end: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(end);
        if found {
            self.at += 1;
        }
        found
    }

    /// After an item: `,` (more follow) or `end` (true: the list is done).
    fn separator(&mut self, end: u8) -> Read<bool> {
        self.skip_space();
        match self.next()? {
            b',' => Ok(false),
            byte if byte == end => Ok(true),
            _ => Err("expected ',' or the end of the list"),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Read<String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err("expected a digit"),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err("expected a digit");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err("expected a digit");
            }
        }
        // Only ASCII was consumed, so both ends are character boundaries.
        Ok(self.text.get(start..self.at).unwrap_or_default().to_owned())
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Read<String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            match self.next()? {
                b'"' => break,
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err("unknown escape"),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err("control character in a string"),
                byte => out.push(byte),
            }
        }
        // The input was a &str and escapes add whole characters, so this
        // cannot fail; an error here would still be reported, not a panic.
        String::from_utf8(out).map_err(|_| "invalid UTF-8")
    }

    fn hex4(&mut self) -> Read<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?)
                .to_digit(16)
                .ok_or("expected a hex digit")?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    /// The character of a `\u` escape, joining a surrogate pair; a lone
    /// surrogate is an error, as in serde_json.
    fn escaped_char(&mut self) -> Read<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return Err("lone surrogate");
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err("lone surrogate");
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code).ok_or("lone surrogate")
    }
}

fn deeper(depth: usize) -> Read<usize> {
    if depth >= MAX_DEPTH {
        Err("nested too deeply")
    } else {
        Ok(depth + 1)
    }
}

/// Something the documents store, written as compact JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

/// Writes an object with these fields in this order, as serde_json writes
/// a struct.
pub fn write_object(out: &mut String, fields: &[(&str, &dyn ToJson)]) {
    out.push('{');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        name.write_json(out);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}

fn write_list<'a>(out: &mut String, items: impl Iterator<Item = &'a dyn ToJson>) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        item.write_json(out);
    }
    out.push(']');
}

impl ToJson for str {
    /// Escapes as serde_json does: `"`, `\`, and control characters (the
    /// common ones by letter, the rest as `\u00XX`); everything else as is.
    fn write_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c < ' ' => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

macro_rules! write_integer {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
write_integer!(u8, u32, u64, usize);

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        write_list(out, self.iter().map(|item| item as &dyn ToJson));
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson> ToJson for BTreeSet<T> {
    fn write_json(&self, out: &mut String) {
        write_list(out, self.iter().map(|item| item as &dyn ToJson));
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        for (i, (key, value)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            key.write_json(out);
            out.push(':');
            value.write_json(out);
        }
        out.push('}');
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(text) => out.push_str(text),
            Value::String(s) => s.write_json(out),
            Value::Array(items) => items.write_json(out),
            Value::Object(entries) => entries.write_json(out),
        }
    }
}

/// Something the documents store, read back from a [`Value`]. The error
/// says what did not fit, for the damaged-data log.
pub trait FromJson: Sized {
    fn from_json(value: Value) -> Result<Self, String>;
}

fn unexpected<T>(value: &Value, wanted: &str) -> Result<T, String> {
    Err(format!("expected {wanted}, found {}", value.kind()))
}

macro_rules! read_integer {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: Value) -> Result<Self, String> {
                match value.as_u64().and_then(|n| <$t>::try_from(n).ok()) {
                    Some(n) => Ok(n),
                    None => unexpected(&value, concat!("a whole number that fits ", stringify!($t))),
                }
            }
        }
    )*};
}
read_integer!(u8, u64, usize);

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::String(s) => Ok(s),
            other => unexpected(&other, "a string"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_json).collect(),
            other => unexpected(&other, "a list"),
        }
    }
}

impl<T: FromJson, const N: usize> FromJson for [T; N] {
    fn from_json(value: Value) -> Result<Self, String> {
        let items = Vec::<T>::from_json(value)?;
        let found = items.len();
        items
            .try_into()
            .map_err(|_| format!("expected a list of {N}, found {found} items"))
    }
}

impl<T: FromJson + Ord> FromJson for BTreeSet<T> {
    fn from_json(value: Value) -> Result<Self, String> {
        Vec::<T>::from_json(value).map(|items| items.into_iter().collect())
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Object(entries) => entries
                .into_iter()
                .map(|(key, value)| Ok((key, T::from_json(value)?)))
                .collect(),
            other => unexpected(&other, "an object"),
        }
    }
}

impl FromJson for Value {
    fn from_json(value: Value) -> Result<Self, String> {
        Ok(value)
    }
}

/// The fields of an object being read into a struct. Fields the struct does
/// not know are ignored, as serde does, so a later version may add some.
pub struct Fields(BTreeMap<String, Value>);

impl Fields {
    pub fn of(value: Value) -> Result<Fields, String> {
        match value {
            Value::Object(entries) => Ok(Fields(entries)),
            other => unexpected(&other, "an object"),
        }
    }

    /// Takes a field that must be there.
    pub fn take<T: FromJson>(&mut self, name: &str) -> Result<T, String> {
        let value = self
            .0
            .remove(name)
            .ok_or_else(|| format!("missing field {name}"))?;
        T::from_json(value).map_err(|e| format!("{name}: {e}"))
    }

    /// Takes a field that may be left out, as serde reads a missing
    /// `Option` field: as `None`.
    pub fn take_optional<T: FromJson>(&mut self, name: &str) -> Result<Option<T>, String> {
        match self.0.contains_key(name) {
            true => self.take(name),
            false => Ok(None),
        }
    }
}

/// Reads a unit-only enum written as its variant's name.
pub fn read_name<T: Copy>(
    value: Value,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, String> {
    match value {
        Value::String(s) => all
            .iter()
            .copied()
            .find(|&v| name(v) == s)
            .ok_or_else(|| format!("unknown name \"{s}\"")),
        other => unexpected(&other, "a name"),
    }
}
