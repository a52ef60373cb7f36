//! The language catalogs at build time: each `locales/<lang>/*.ftl` is read
//! with the `fluent-syntax` parser, checked against English (the same
//! messages, only the variables the code passes) and compiled into the
//! compact form that `src/i18n/catalog.rs` reads in the browser, so the wasm
//! carries a small evaluator instead of a Fluent runtime.
//!
//! Terms and message references are resolved here: a term's value, its
//! parameters (`-style-pro(case: "dative")`) and selects on its attributes
//! (`{ -style-pro.gender -> ... }`) are fixed at build time, so only text,
//! variables and selects on a variable reach the browser.
//!
//! Shared by the build script (`build/main.rs`) and the host tests
//! (`tests/i18n/`), which include this file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Term, VariantKey,
};

/// The bytes that give the compiled form its structure; text never holds
/// them (the build refuses a catalog whose text has a control character
/// below a tab).
pub mod mark {
    pub const MESSAGE_END: char = '\0';
    pub const PLACE: char = '\u{1}';
    pub const SELECT: char = '\u{2}';
    pub const VARIANT: char = '\u{3}';
    pub const KEY_END: char = '\u{4}';
    pub const SELECT_END: char = '\u{5}';
    /// Small numbers (variable indexes, format codes) are written as one
    /// character from here on, so they never look like a mark.
    pub const DIGIT_BASE: u32 = 0x30;
}

/// The formats a placeable may ask for, as (function and its options, the
/// code the evaluator reads). Options are written `name=value`, sorted.
pub const FORMATS: &[(&str, char)] = &[
    ("NUMBER", '0'),
    ("NUMBER style=percent", '1'),
    ("DATETIME", '2'),
    ("DATETIME dateStyle=long", '2'),
    ("DATETIME dateStyle=full", '3'),
    ("DATETIME dateStyle=medium", '4'),
    ("DATETIME dateStyle=short", '5'),
    ("LIST", '6'),
    ("LIST type=conjunction", '6'),
    ("LIST type=disjunction", '7'),
    ("LIST type=unit", '8'),
    ("DATETIME dateStyle=medium timeStyle=short", '9'),
];

/// A select on a variable: by its value (a string's key, a number's exact
/// value or its cardinal plural category), or by its ordinal category
/// (`NUMBER($n, type: "ordinal")`).
const SELECT_CARDINAL: char = '0';
const SELECT_ORDINAL: char = '1';

/// One `.ftl` file.
pub struct Source {
    pub name: String,
    pub text: String,
}

/// A language's messages and terms, parsed.
pub struct Parsed {
    pub lang: String,
    pub messages: BTreeMap<String, Message>,
    pub terms: BTreeMap<String, Term<String>>,
}

pub struct Message {
    pub file: String,
    pub value: Pattern<String>,
    /// Variables named in the message's comment (`# $count (Number): ...`):
    /// ones the code passes even if this language's text does not use them.
    pub declared: BTreeSet<String>,
}

/// Parses every file of one language. Errors name the file and the entry.
pub fn parse(lang: &str, sources: &[Source]) -> Result<Parsed, Vec<String>> {
    let mut errors = Vec::new();
    let mut parsed = Parsed {
        lang: lang.to_owned(),
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for source in sources {
        let resource = match fluent_syntax::parser::parse(source.text.clone()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    let line = source.text[..e.pos.start.min(source.text.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    errors.push(format!("{}:{line}: {:?}", source.name, e.kind));
                }
                r
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.clone();
                    if !m.attributes.is_empty() {
                        errors.push(format!(
                            "{}: {id} has attributes; give each text a message of its own",
                            source.name
                        ));
                    }
                    let Some(value) = m.value else {
                        errors.push(format!("{}: {id} has no value", source.name));
                        continue;
                    };
                    let declared = m
                        .comment
                        .iter()
                        .flat_map(|c| c.content.iter())
                        .filter_map(|line| line.trim_start().strip_prefix('$'))
                        .map(|rest| {
                            rest.chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                                .collect::<String>()
                        })
                        .filter(|name| !name.is_empty())
                        .collect();
                    let message = Message {
                        file: source.name.clone(),
                        value,
                        declared,
                    };
                    if let Some(first) = parsed.messages.insert(id.clone(), message) {
                        errors.push(format!(
                            "{}: {id} is defined twice (also in {})",
                            source.name, first.file
                        ));
                    }
                }
                Entry::Term(t) => {
                    let id = t.id.name.clone();
                    if parsed.terms.insert(id.clone(), t).is_some() {
                        errors.push(format!("{}: -{id} is defined twice", source.name));
                    }
                }
                Entry::Junk { content } => errors.push(format!(
                    "{}: cannot read {:?}",
                    source.name,
                    content.lines().next().unwrap_or("")
                )),
                _ => {}
            }
        }
    }
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(errors)
    }
}

/// The messages the code can ask for, each with the variables it passes,
/// sorted by name: English's messages, each with the variables its English
/// text uses and those its comment declares.
pub fn interface(english: &Parsed) -> Vec<(String, Vec<String>)> {
    english
        .messages
        .iter()
        .map(|(id, m)| {
            let mut vars = m.declared.clone();
            collect_variables(&m.value, english, &mut vars, 0);
            (id.clone(), vars.into_iter().collect())
        })
        .collect()
}

fn collect_variables(
    pattern: &Pattern<String>,
    lang: &Parsed,
    out: &mut BTreeSet<String>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, lang, out, depth);
        }
    }
}

fn collect_in_expression(
    expression: &Expression<String>,
    lang: &Parsed,
    out: &mut BTreeSet<String>,
    depth: usize,
) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_in_inline(selector, lang, out, depth);
            for v in variants {
                collect_variables(&v.value, lang, out, depth);
            }
        }
        Expression::Inline(inline) => collect_in_inline(inline, lang, out, depth),
    }
}

fn collect_in_inline(
    inline: &InlineExpression<String>,
    lang: &Parsed,
    out: &mut BTreeSet<String>,
    depth: usize,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_in_inline(a, lang, out, depth);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            if let Some(m) = lang.messages.get(&id.name) {
                collect_variables(&m.value, lang, out, depth + 1);
            }
        }
        InlineExpression::Placeable { expression } => {
            collect_in_expression(expression, lang, out, depth)
        }
        _ => {}
    }
}

/// Checks a language against the interface: every message present, no
/// message English lacks, and each message compiled (which fails on a
/// variable the code does not pass, an unknown term or function, a term
/// select that cannot be decided). Returns the compiled catalog.
pub fn compile(
    lang: &Parsed,
    interface: &[(String, Vec<String>)],
    signature: &str,
) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let wanted: BTreeSet<&str> = interface.iter().map(|(id, _)| id.as_str()).collect();
    for (id, m) in &lang.messages {
        if !wanted.contains(id.as_str()) {
            errors.push(format!(
                "{}/{}: {id} is not an English message (the code never asks for it)",
                lang.lang, m.file
            ));
        }
    }
    let mut out = format!("nsc1 {} {signature}", lang.lang);
    for (id, params) in interface {
        out.push(mark::MESSAGE_END);
        let Some(m) = lang.messages.get(id) else {
            errors.push(format!("{}: lacks the message {id}", lang.lang));
            continue;
        };
        let mut ctx = Ctx {
            lang,
            params,
            term_args: None,
            depth: 0,
        };
        if let Err(e) = ctx.pattern(&m.value, &mut out) {
            errors.push(format!("{}/{}: {id}: {e}", lang.lang, m.file));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A short hash of the interface: a compiled catalog carries it, and the
/// app takes only a catalog made for its own list of messages.
pub fn signature(interface: &[(String, Vec<String>)]) -> String {
    // FNV-1a, 64 bits: stable across builds and machines.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (id, params) in interface {
        for byte in id
            .bytes()
            .chain([0])
            .chain(params.join(",").bytes())
            .chain([1])
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

struct Ctx<'a> {
    lang: &'a Parsed,
    params: &'a [String],
    /// Inside a term: the arguments it was called with (literals).
    term_args: Option<&'a BTreeMap<String, String>>,
    depth: usize,
}

fn small(n: usize) -> Result<char, String> {
    u32::try_from(n)
        .ok()
        .filter(|n| *n < 0x50)
        .and_then(|n| char::from_u32(mark::DIGIT_BASE + n))
        .ok_or_else(|| format!("too many variables or variants ({n})"))
}

impl Ctx<'_> {
    fn pattern(&mut self, pattern: &Pattern<String>, out: &mut String) -> Result<(), String> {
        if self.depth > 8 {
            return Err("references nest too deep (a circle?)".into());
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => text(value, out)?,
                PatternElement::Placeable { expression } => self.expression(expression, out)?,
            }
        }
        Ok(())
    }

    fn expression(
        &mut self,
        expression: &Expression<String>,
        out: &mut String,
    ) -> Result<(), String> {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out),
            Expression::Select { selector, variants } => {
                if let Some(value) = self.fixed_selector(selector)? {
                    let chosen = variants
                        .iter()
                        .find(|v| match &v.key {
                            VariantKey::Identifier { name } => *name == value,
                            VariantKey::NumberLiteral { value: n } => *n == value,
                        })
                        .or_else(|| variants.iter().find(|v| v.default))
                        .ok_or("a select without a default variant")?;
                    return self.pattern(&chosen.value, out);
                }
                let (index, kind) = self.dynamic_selector(selector)?;
                out.push(mark::SELECT);
                out.push(small(index)?);
                out.push(kind);
                for v in variants {
                    out.push(mark::VARIANT);
                    if v.default {
                        out.push('*');
                    }
                    match &v.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => {
                            let n: i64 = value.parse().map_err(|_| {
                                format!("the variant key [{value}] is not a whole number")
                            })?;
                            out.push('#');
                            out.push_str(&n.to_string());
                        }
                    }
                    out.push(mark::KEY_END);
                    self.pattern(&v.value, out)?;
                }
                out.push(mark::SELECT_END);
                Ok(())
            }
        }
    }

    /// A selector known at build time: a term's attribute, a term's own
    /// parameter, a literal. `None` for a selector on a message variable.
    fn fixed_selector(
        &self,
        selector: &InlineExpression<String>,
    ) -> Result<Option<String>, String> {
        match selector {
            InlineExpression::TermReference {
                id,
                attribute: Some(attribute),
                ..
            } => {
                let term = self.term(&id.name)?;
                let attr = term
                    .attributes
                    .iter()
                    .find(|a| a.id.name == attribute.name)
                    .ok_or_else(|| format!("-{}.{} is not defined", id.name, attribute.name))?;
                match attr.value.elements.as_slice() {
                    [PatternElement::TextElement { value }] => Ok(Some(value.clone())),
                    _ => Err(format!(
                        "-{}.{} must be plain text to select on",
                        id.name, attribute.name
                    )),
                }
            }
            InlineExpression::VariableReference { id } => match self.term_args {
                Some(args) => Ok(Some(args.get(&id.name).cloned().unwrap_or_default())),
                None => Ok(None),
            },
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => Ok(Some(value.clone())),
            InlineExpression::FunctionReference { .. } => Ok(None),
            _ => Err(
                "select on a term attribute, a variable or NUMBER($var, type: \"ordinal\")".into(),
            ),
        }
    }

    fn dynamic_selector(
        &self,
        selector: &InlineExpression<String>,
    ) -> Result<(usize, char), String> {
        match selector {
            InlineExpression::VariableReference { id } => {
                Ok((self.variable(&id.name)?, SELECT_CARDINAL))
            }
            InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                let index = self.only_variable(arguments)?;
                let options = options(arguments)?;
                match options.as_str() {
                    "" | "type=cardinal" => Ok((index, SELECT_CARDINAL)),
                    "type=ordinal" => Ok((index, SELECT_ORDINAL)),
                    other => Err(format!(
                        "NUMBER() to select on takes type only, not {other}"
                    )),
                }
            }
            _ => Err(
                "select on a term attribute, a variable or NUMBER($var, type: \"ordinal\")".into(),
            ),
        }
    }

    fn variable(&self, name: &str) -> Result<usize, String> {
        self.params
            .iter()
            .position(|p| p == name)
            .ok_or_else(|| format!("uses ${name}, which the code does not pass"))
    }

    fn only_variable(&self, arguments: &CallArguments<String>) -> Result<usize, String> {
        match arguments.positional.as_slice() {
            [InlineExpression::VariableReference { id }] if self.term_args.is_none() => {
                self.variable(&id.name)
            }
            _ => Err("a function takes exactly one message variable".into()),
        }
    }

    fn term(&self, name: &str) -> Result<&Term<String>, String> {
        self.lang
            .terms
            .get(name)
            .ok_or_else(|| format!("the term -{name} is not defined"))
    }

    fn inline(
        &mut self,
        inline: &InlineExpression<String>,
        out: &mut String,
    ) -> Result<(), String> {
        match inline {
            InlineExpression::StringLiteral { value } => text(
                &fluent_syntax::unicode::unescape_unicode_to_string(value),
                out,
            ),
            InlineExpression::NumberLiteral { value } => text(value, out),
            InlineExpression::VariableReference { id } => match self.term_args {
                Some(args) => {
                    let value = args
                        .get(&id.name)
                        .ok_or_else(|| format!("the term needs the argument {}", id.name))?;
                    text(value, out)
                }
                None => {
                    out.push(mark::PLACE);
                    out.push(small(self.variable(&id.name)?)?);
                    out.push('0');
                    Ok(())
                }
            },
            InlineExpression::FunctionReference { id, arguments } => {
                let index = self.only_variable(arguments)?;
                let options = options(arguments)?;
                let key = if options.is_empty() {
                    id.name.clone()
                } else {
                    format!("{} {options}", id.name)
                };
                let code = FORMATS
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, c)| *c)
                    .ok_or_else(|| {
                        let known: Vec<&str> = FORMATS.iter().map(|(k, _)| *k).collect();
                        format!("{key} is not a known format; known: {}", known.join(", "))
                    })?;
                out.push(mark::PLACE);
                out.push(small(index)?);
                out.push(code);
                Ok(())
            }
            InlineExpression::MessageReference { id, attribute } => {
                if attribute.is_some() {
                    return Err("message attributes are not used".into());
                }
                let message = self
                    .lang
                    .messages
                    .get(&id.name)
                    .ok_or_else(|| format!("the message {} is not defined", id.name))?;
                self.depth += 1;
                let result = self.pattern(&message.value, out);
                self.depth -= 1;
                result
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let term = self.term(&id.name)?;
                let pattern = match attribute {
                    None => &term.value,
                    Some(a) => {
                        &term
                            .attributes
                            .iter()
                            .find(|x| x.id.name == a.name)
                            .ok_or_else(|| format!("-{}.{} is not defined", id.name, a.name))?
                            .value
                    }
                };
                let mut args = BTreeMap::new();
                for named in arguments.iter().flat_map(|a| a.named.iter()) {
                    match &named.value {
                        InlineExpression::StringLiteral { value }
                        | InlineExpression::NumberLiteral { value } => {
                            args.insert(named.name.name.clone(), value.clone());
                        }
                        _ => return Err("a term's arguments are literals".into()),
                    }
                }
                let mut inner = Ctx {
                    lang: self.lang,
                    params: &[],
                    term_args: Some(&args),
                    depth: self.depth + 1,
                };
                inner.pattern(pattern, out)
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out),
        }
    }
}

/// A function's named options as `name=value`, sorted, space-separated.
fn options(arguments: &CallArguments<String>) -> Result<String, String> {
    let mut pairs = Vec::new();
    for named in &arguments.named {
        match &named.value {
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => {
                pairs.push(format!("{}={value}", named.name.name))
            }
            _ => return Err("a function's options are literals".into()),
        }
    }
    pairs.sort();
    Ok(pairs.join(" "))
}

fn text(value: &str, out: &mut String) -> Result<(), String> {
    if let Some(c) = value.chars().find(|c| (*c as u32) < 0x08) {
        return Err(format!("the text holds the control character {:?}", c));
    }
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}'))
    {
        return Err(format!(
            "the text holds the bidi control {:?}; netstyle never isolates",
            c
        ));
    }
    out.push_str(value);
    Ok(())
}

/// The question bank's items in the interface: every message `q-<id>` that
/// is not an option `q-<other>-<n>` of another, with its index. An item's
/// options must follow its question in order (`q-<id>-1`, `-2`, ...), so
/// the app finds option `n` at the question's index + `n`; an error says
/// which item breaks that.
pub fn bank(interface: &[(String, Vec<String>)]) -> Result<Vec<(String, usize)>, String> {
    let names: Vec<&str> = interface.iter().map(|(id, _)| id.as_str()).collect();
    let number = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let mut items = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let Some(id) = name.strip_prefix("q-") else {
            continue;
        };
        let is_option = name
            .rsplit_once('-')
            .is_some_and(|(item, n)| number(n) && names.binary_search(&item).is_ok());
        if is_option {
            continue;
        }
        let prefix = [name, "-"].concat();
        let options = names
            .iter()
            .filter(|other| other.strip_prefix(&prefix).is_some_and(number))
            .count();
        for n in 1..=options {
            let expected = [prefix.as_str(), &n.to_string()].concat();
            let found = names.get(index + n).copied().unwrap_or_default();
            if found != expected {
                return Err(format!(
                    "the options of {name} must be {prefix}1 to {prefix}{options}, numbered \
                     from 1 without a gap ({found} stands where {expected} should)"
                ));
            }
        }
        items.push((id.to_owned(), index));
    }
    Ok(items)
}

/// The pseudo-locale's code (in the private-use range of language codes):
/// made from English at build time, never a folder of `locales/`, never in
/// the language menu. The tests and translators use it to see which texts
/// come from the catalogs and what no longer fits once a text runs longer.
pub const PSEUDO: &str = "qps";

/// Each ASCII letter's accented stand-in, `A` to `Z` then `a` to `z` (the
/// map of Project Fluent's own pseudo-localisation, `fluent-pseudo`): every
/// letter stays readable, and none is ASCII, so a text still in plain ASCII
/// letters did not come from the catalog.
pub const ACCENTED: [&str; 2] = ["ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ", "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ"];

fn accent(c: char) -> char {
    let (map, base) = match c {
        'A'..='Z' => (ACCENTED[0], 'A'),
        'a'..='z' => (ACCENTED[1], 'a'),
        _ => return c,
    };
    map.chars().nth(c as usize - base as usize).unwrap_or(c)
}

/// The pseudo-locale's catalog from English's compiled one: every message
/// in brackets, its letters accented, and about 40 % longer (words of `~`
/// before the closing bracket: the brackets and the spaces count too).
/// Only text changes: variables, selects and their keys stay as they are, so
/// `[Şŧȧřŧ ŧħḗ ɋŭīẑ ~~~]` is English's `Start the quiz`, and a select on a
/// plural category or a style still chooses.
pub fn pseudo(english: &str) -> String {
    let mut parts = english.split(mark::MESSAGE_END);
    let header = parts.next().unwrap_or_default();
    let signature = header.rsplit(' ').next().unwrap_or_default();
    let mut out = format!("nsc1 {PSEUDO} {signature}");
    for message in parts {
        out.push(mark::MESSAGE_END);
        let chars: Vec<char> = message.chars().collect();
        let mut at = 0;
        out.push('[');
        let length = pseudo_body(&chars, &mut at, &mut out);
        // In words of at most five, as a language's longer words wrap.
        let mut padding = (length * 2).div_ceil(5).saturating_sub(3);
        while padding > 0 {
            let word = padding.min(5);
            out.push(' ');
            out.extend(std::iter::repeat_n('~', word));
            padding = padding.saturating_sub(word + 1);
        }
        out.push(']');
    }
    out
}

/// Copies a message's body, or a variant's, with its text accented, up to
/// the mark that ends it (left for the caller). Returns the body's length
/// in characters of text, a select counting its longest variant.
fn pseudo_body(chars: &[char], at: &mut usize, out: &mut String) -> usize {
    let mut length = 0;
    while let Some(&c) = chars.get(*at) {
        match c {
            mark::PLACE => {
                // The mark, the variable's index and its format.
                out.extend(chars.iter().skip(*at).take(3));
                *at += 3;
            }
            mark::SELECT => {
                // The mark, the variable's index and the kind of select.
                out.extend(chars.iter().skip(*at).take(3));
                *at += 3;
                let mut longest = 0;
                loop {
                    match chars.get(*at) {
                        Some(&mark::VARIANT) => {
                            // The key, as it is: it is matched, not read.
                            while let Some(&k) = chars.get(*at) {
                                out.push(k);
                                *at += 1;
                                if k == mark::KEY_END {
                                    break;
                                }
                            }
                            longest = longest.max(pseudo_body(chars, at, out));
                        }
                        Some(&mark::SELECT_END) => {
                            out.push(mark::SELECT_END);
                            *at += 1;
                            break;
                        }
                        _ => break,
                    }
                }
                length += longest;
            }
            mark::VARIANT | mark::SELECT_END => return length,
            c => {
                out.push(accent(c));
                length += 1;
                *at += 1;
            }
        }
    }
    length
}

/// Reads, checks and compiles every language: English first, as the
/// interface. Returns (interface, signature, [(lang, compiled)]).
#[allow(clippy::type_complexity)]
pub fn build_all(
    languages: &[(String, Vec<Source>)],
) -> Result<(Vec<(String, Vec<String>)>, String, Vec<(String, String)>), Vec<String>> {
    let english_sources = languages
        .iter()
        .find(|(l, _)| l == "en")
        .map(|(_, s)| s)
        .ok_or_else(|| vec!["locales/en/ is missing".to_owned()])?;
    let english = parse("en", english_sources)?;
    let interface = interface(&english);
    let signature = signature(&interface);
    let mut errors = Vec::new();
    let mut compiled = Vec::new();
    for (lang, sources) in languages {
        let result = if lang == "en" {
            compile(&english, &interface, &signature)
        } else {
            parse(lang, sources).and_then(|p| compile(&p, &interface, &signature))
        };
        match result {
            Ok(c) => compiled.push((lang.clone(), c)),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok((interface, signature, compiled))
    } else {
        Err(errors)
    }
}
