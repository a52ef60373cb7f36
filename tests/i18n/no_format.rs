//! No sentence a person reads is built with `format!` (or `write!`,
//! `writeln!`, `format_args!`) outside the catalogs: a sentence glued
//! together in code cannot be translated. A format string counts as text
//! when, with its `{...}` placeholders taken out, a word stands next to a
//! space, or it holds a percent sign or an ellipsis; ids, URLs, storage keys
//! and calendar-file lines do not.
//!
//! Files that still build such text wait in `PENDING` with their count:
//! the count may only go down, and the test fails until the list is
//! brought down with the code, so the list is always the work left.

use std::path::Path;

/// Where building text is the point: the catalogs' own machinery, and the
/// developers' report of the simulated respondents (`examples/simulate.rs`).
const EXEMPT: &[&str] = &["i18n/", "domain/quiz/simulation.rs"];

/// Files whose texts have not moved to `locales/` yet, with how many
/// format strings of text each still has.
const PENDING: &[(&str, usize)] = &[
    ("domain/documents/envelope.rs", 3),
    ("domain/journal/date.rs", 1),
];

const MACROS: &[&str] = &["format!(", "write!(", "writeln!(", "format_args!("];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The first string literal at or after `from`: its contents, raw or not.
fn literal(code: &str, from: usize) -> Option<String> {
    let rest = &code[from..];
    let start = rest.find('"')?;
    let before = &rest[..start];
    let hashes = before.chars().rev().take_while(|c| *c == '#').count();
    let raw = before[..before.len() - hashes].ends_with('r');
    let body = &rest[start + 1..];
    if raw {
        let end = body.find(&format!("\"{}", "#".repeat(hashes)))?;
        return Some(body[..end].to_owned());
    }
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                out.push(' ');
            }
            '"' => return Some(out),
            c => out.push(c),
        }
    }
    None
}

/// Whether a format string, placeholders out, reads as text for a person.
pub fn is_text(format: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                plain.push('{');
            }
            '}' if depth == 0 && chars.peek() == Some(&'}') => {
                chars.next();
                plain.push('}');
            }
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                plain.push('\u{1}');
            }
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let chars: Vec<char> = plain.chars().collect();
    let word_by_space = chars.windows(2).any(|w| {
        (w[0].is_alphabetic() && w[1].is_whitespace())
            || (w[0].is_whitespace() && w[1].is_alphabetic())
    });
    word_by_space || plain.contains('%') || plain.contains('…')
}

/// Each file (relative to src/) with the format strings of text it builds.
fn text_formats() -> Vec<(String, Vec<String>)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if EXEMPT.iter().any(|e| name.starts_with(e)) {
            continue;
        }
        let code: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut texts = Vec::new();
        for m in MACROS {
            for (at, _) in code.match_indices(m) {
                let preceded = code[..at].chars().next_back();
                if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(format) = literal(&code, at + m.len()) {
                    if is_text(&format) {
                        texts.push(format);
                    }
                }
            }
        }
        if !texts.is_empty() {
            found.push((name, texts));
        }
    }
    found
}

#[test]
fn the_rule_tells_text_from_ids() {
    for text in [
        "You answered {} of {} questions.",
        "{} of {}",
        "{n}%",
        "{:.1}%",
        "{}…",
        "Pro {pct}",
    ] {
        assert!(is_text(text), "{text:?}");
    }
    for id in [
        "p{}",
        "#/r/{code}",
        "{key}.backup.{stamp}",
        "UID:{}",
        "netstyle-backup-{}.json",
        "{prefix}-{step:?}",
        "{{\"a\":1}}",
    ] {
        assert!(!is_text(id), "{id:?}");
    }
    assert_eq!(
        literal(r##"format!(r#"a "b" c"#, x)"##, 0).as_deref(),
        Some(r#"a "b" c"#)
    );
    assert_eq!(
        literal(r#"write!(f, "x\"y {}", z)"#, 0).as_deref(),
        Some("x y {}")
    );
}

#[test]
fn no_text_is_built_with_format_outside_the_catalogs() {
    let found = text_formats();
    let mut problems = Vec::new();
    for (file, texts) in &found {
        let allowed = PENDING
            .iter()
            .find(|(f, _)| f == file)
            .map_or(0, |(_, n)| *n);
        if texts.len() > allowed {
            problems.push(format!(
                "src/{file} builds text with format! ({} found, {allowed} pending): {texts:#?}\nMove it to a message in locales/en/.",
                texts.len()
            ));
        }
    }
    for (file, n) in PENDING {
        let now = found
            .iter()
            .find(|(f, _)| f == file)
            .map_or(0, |(_, t)| t.len());
        if now < *n {
            problems.push(format!(
                "src/{file} now has {now} (PENDING says {n}): lower its count in PENDING"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
