//! The compact catalog the build writes (`build/catalog.rs`) and the small
//! evaluator that reads it: text, variables, and selects on a variable's
//! value or plural category. Terms and message references were resolved at
//! build time.
//!
//! A catalog is one UTF-8 text: a header `nsc1 <lang> <signature>`, then
//! one message after another, each ended by NUL, in the order of
//! `messages::MESSAGES`. Inside a message, characters below a tab are marks:
//! `\x01 i f` puts variable `i` in format `f`; `\x02 i k`, then variants
//! `\x03 [*]key \x04 body`, then `\x05` is a select on variable `i`.

use super::arg::Arg;
use super::intl::{DateStyle, Formats, ListStyle};

const PLACE: u8 = 1;
const SELECT: u8 = 2;
const VARIANT: u8 = 3;
const KEY_END: u8 = 4;
const SELECT_END: u8 = 5;
const DIGIT_BASE: u8 = 0x30;

/// A language's messages, each a slice of the catalog's text.
pub struct Catalog {
    lang: &'static str,
    messages: Vec<&'static str>,
}

impl Catalog {
    /// Reads a compiled catalog, if it was made for this build's messages
    /// (`signature`, and `count` of them).
    pub fn read(text: &'static str, signature: &str, count: usize) -> Option<Catalog> {
        let mut parts = text.split('\0');
        let mut header = parts.next()?.split(' ');
        let (Some("nsc1"), Some(lang), Some(sig)) = (header.next(), header.next(), header.next())
        else {
            return None;
        };
        let messages: Vec<&'static str> = parts.collect();
        (sig == signature && messages.len() == count).then_some(Catalog { lang, messages })
    }

    /// The catalog's language, as its folder under `locales/` names it.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Message `id` with its variables; empty if there is no such message.
    pub fn format(&self, id: usize, args: &[Arg], formats: &dyn Formats) -> String {
        let mut out = String::new();
        if let Some(message) = self.messages.get(id) {
            let mut run = Run {
                text: message.as_bytes(),
                at: 0,
                args,
                formats,
            };
            run.body(Some(&mut out));
        }
        out
    }
}

struct Run<'r> {
    text: &'r [u8],
    at: usize,
    args: &'r [Arg<'r>],
    formats: &'r dyn Formats,
}

impl Run<'_> {
    fn byte(&self) -> u8 {
        self.text.get(self.at).copied().unwrap_or(SELECT_END)
    }

    fn small(&mut self) -> usize {
        let n = self.byte().saturating_sub(DIGIT_BASE);
        self.at += 1;
        usize::from(n)
    }

    /// The text up to the next mark. Marks are ASCII, so the cut is always
    /// on a character boundary.
    fn text_run(&mut self) -> &str {
        let start = self.at;
        while self.at < self.text.len() && self.text[self.at] >= 0x08 {
            self.at += 1;
        }
        std::str::from_utf8(&self.text[start..self.at]).unwrap_or_default()
    }

    /// Evaluates (into `out`) or skips (`None`) up to the end of the
    /// current variant or message.
    fn body(&mut self, mut out: Option<&mut String>) {
        loop {
            let text = self.text_run();
            if let Some(out) = out.as_deref_mut() {
                out.push_str(text);
            }
            match self.byte() {
                PLACE => {
                    self.at += 1;
                    let arg = self.args.get(self.small()).copied();
                    let format = self.byte();
                    self.at += 1;
                    if let (Some(out), Some(arg)) = (out.as_deref_mut(), arg) {
                        place(arg, format, self.formats, out);
                    }
                }
                SELECT => {
                    self.at += 1;
                    let arg = self.args.get(self.small()).copied();
                    let ordinal = self.byte() == b'1';
                    self.at += 1;
                    self.select(arg, ordinal, out.as_deref_mut());
                }
                _ => return,
            }
        }
    }

    fn select(&mut self, arg: Option<Arg>, ordinal: bool, out: Option<&mut String>) {
        let deciding = out.is_some();
        let mut category: Option<&'static str> = None;
        let mut chosen = None;
        let mut fallback = None;
        while self.byte() == VARIANT {
            self.at += 1;
            let is_default = self.byte() == b'*';
            if is_default {
                self.at += 1;
            }
            let key_start = self.at;
            while self.at < self.text.len() && self.text[self.at] != KEY_END {
                self.at += 1;
            }
            let key = &self.text[key_start..self.at];
            self.at += 1;
            let start = self.at;
            if deciding
                && chosen.is_none()
                && matches(key, arg, ordinal, &mut category, self.formats)
            {
                chosen = Some(start);
            }
            if is_default {
                fallback = Some(start);
            }
            self.body(None);
        }
        let end = self.at + 1;
        if let (Some(out), Some(start)) = (out, chosen.or(fallback)) {
            self.at = start;
            self.body(Some(out));
        }
        self.at = end;
    }
}

fn matches(
    key: &[u8],
    arg: Option<Arg>,
    ordinal: bool,
    category: &mut Option<&'static str>,
    formats: &dyn Formats,
) -> bool {
    match (arg, key) {
        (Some(Arg::Num(n)), [b'#', digits @ ..]) => {
            !ordinal
                && std::str::from_utf8(digits)
                    .ok()
                    .and_then(|d| d.parse::<i32>().ok())
                    .is_some_and(|k| f64::from(k) == n)
        }
        (Some(Arg::Num(n)), name) => {
            let c = *category.get_or_insert_with(|| formats.plural(n, ordinal));
            c.as_bytes() == name
        }
        (Some(Arg::Str(s)), name) => s.as_bytes() == name,
        _ => false,
    }
}

fn place(arg: Arg, format: u8, formats: &dyn Formats, out: &mut String) {
    match arg {
        Arg::Str(s) => out.push_str(s),
        Arg::Num(n) if format == b'9' => out.push_str(&formats.date_time(n)),
        Arg::Num(n) => out.push_str(&formats.number(n, format == b'1')),
        Arg::Date(days) => {
            let style = match format {
                b'3' => DateStyle::Full,
                b'4' => DateStyle::Medium,
                b'5' => DateStyle::Short,
                _ => DateStyle::Long,
            };
            out.push_str(&formats.date(days, style));
        }
        Arg::List(items) => {
            let style = match format {
                b'7' => ListStyle::Or,
                b'8' => ListStyle::Unit,
                _ => ListStyle::And,
            };
            out.push_str(&formats.list(items, style));
        }
    }
}
