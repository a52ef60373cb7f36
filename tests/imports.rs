//! The crate's own imports flow one way, down the layers
//! (lib -> app/prerender -> pages -> components -> state/storage/i18n/
//! browser/service_worker/takeover -> domain), and a feature's components
//! (`components/<feature>/`) use `components/common/` and any feature's
//! domain but never another feature's components. No file imports, directly
//! or through others, a file that imports it back. Each `use` (and each
//! inline `crate::`/`super::` path) is traced to the file that defines the
//! item, looking through re-exports; the file graph is then checked.
//!
//! `cargo test --test imports -- --nocapture` prints the graph.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Imports that close a known circle; the check runs without these, and
/// any other circle fails it. None is left.
const KNOWN: &[(&str, &str)] = &[];

type Module = Vec<String>;

struct Crate {
    /// Module path -> its file, relative to src/.
    files: BTreeMap<Module, String>,
    /// Module path -> code without comments.
    code: BTreeMap<Module, String>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(relative: &str) -> Option<Module> {
    let trimmed = relative.strip_suffix(".rs")?;
    if trimmed == "main" {
        return None;
    }
    let mut parts: Module = trimmed.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    Some(parts)
}

fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn load() -> Crate {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    Crate::from_sources(paths.into_iter().map(|path| {
        let relative = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        (relative, std::fs::read_to_string(&path).unwrap())
    }))
}

/// Every `use` statement of `code`, expanded into plain paths; `self` in a
/// group stands for the group's prefix.
fn use_paths(code: &str) -> (Vec<(bool, Vec<String>)>, String) {
    let mut paths = Vec::new();
    let mut rest = String::new();
    let mut text = code;
    while let Some(at) = find_use(text) {
        rest.push_str(&text[..at.0]);
        let end = text[at.1..].find(';').map_or(text.len(), |e| at.1 + e);
        let tree = text[at.1..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for path in expand(&tree) {
            paths.push((at.2, path));
        }
        text = &text[(end + 1).min(text.len())..];
    }
    rest.push_str(text);
    (paths, rest)
}

/// The next `use` statement at the start of a line: (its start, where its
/// tree starts, whether it is public).
fn find_use(text: &str) -> Option<(usize, usize, bool)> {
    let mut from = 0;
    while let Some(i) = text[from..].find("use ") {
        let at = from + i;
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = text[line_start..at].trim();
        if before.is_empty() || before.starts_with("pub") {
            return Some((at, at + 4, !before.is_empty()));
        }
        from = at + 4;
    }
    None
}

fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        return vec![segments(path)];
    };
    let prefix = segments(tree[..open].trim().trim_end_matches("::"));
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let mut out = Vec::new();
    for part in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        for tail in expand(part) {
            let tail: Vec<String> = tail.into_iter().filter(|s| s != "self").collect();
            out.push(prefix.iter().cloned().chain(tail).collect());
        }
    }
    out
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "*")
        .map(str::to_owned)
        .collect()
}

/// Inline `crate::a::b` and `super::a::b` paths outside `use` statements.
fn inline_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        for (i, _) in code.match_indices(start) {
            if code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.push(segments(&path));
        }
    }
    out
}

impl Crate {
    /// A crate from its files' paths relative to `src/` and their text.
    fn from_sources(sources: impl IntoIterator<Item = (String, String)>) -> Crate {
        let mut krate = Crate {
            files: BTreeMap::new(),
            code: BTreeMap::new(),
        };
        for (relative, text) in sources {
            if let Some(module) = module_of(&relative) {
                krate.code.insert(module.clone(), without_comments(&text));
                krate.files.insert(module, relative);
            }
        }
        krate
    }

    /// The file that defines what `path`, written in module `at`, names;
    /// `None` for other crates.
    fn resolve(&self, at: &Module, path: &[String], depth: usize) -> Option<Module> {
        let (mut module, mut rest) = match path.first().map(String::as_str) {
            Some("crate") => (Vec::new(), &path[1..]),
            Some("super") => {
                let mut m = at.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    m.pop();
                    rest = &rest[1..];
                }
                (m, rest)
            }
            Some("self") => (at.clone(), &path[1..]),
            Some(first) => {
                let child: Module = at.iter().cloned().chain([first.to_owned()]).collect();
                if !self.files.contains_key(&child) {
                    return None;
                }
                (at.clone(), path)
            }
            None => return None,
        };
        while let Some(segment) = rest.first() {
            let child: Module = module.iter().cloned().chain([segment.clone()]).collect();
            if self.files.contains_key(&child) {
                module = child;
                rest = &rest[1..];
                continue;
            }
            if depth < 8 {
                if let Some(target) = self.re_export(&module, segment, depth) {
                    return Some(target);
                }
            }
            break;
        }
        Some(module)
    }

    /// Where `name`, re-exported by `module` with `pub use`, is defined.
    fn re_export(&self, module: &Module, name: &str, depth: usize) -> Option<Module> {
        let (uses, _) = use_paths(self.code.get(module)?);
        uses.iter()
            .filter(|(public, path)| *public && path.last().is_some_and(|l| l == name))
            .find_map(|(_, path)| self.resolve(module, path, depth + 1))
    }

    fn graph(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph = BTreeMap::new();
        for (module, code) in &self.code {
            let (uses, rest) = use_paths(code);
            let paths = uses.into_iter().map(|(_, p)| p).chain(inline_paths(&rest));
            let from = self.files[module].clone();
            let targets: BTreeSet<String> = paths
                .filter_map(|p| self.resolve(module, &p, 0))
                .map(|m| self.files[&m].clone())
                .filter(|f| *f != from)
                .collect();
            graph.insert(from, targets);
        }
        graph
    }
}

/// Groups of files that reach each other (strongly connected, more than one).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(f) = todo.pop() {
            for next in graph.get(&f).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|f| (f, reach(f))).collect();
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (file, reached) in &reaches {
        if !reached.contains(*file) || groups.iter().any(|g| g.contains(*file)) {
            continue;
        }
        let group = reached
            .iter()
            .filter(|other| reaches[other].contains(*file))
            .cloned()
            .collect();
        groups.push(group);
    }
    groups
}

/// A file's layer: it may import its own layer and those below it.
fn layer(file: &str) -> usize {
    let top = file.split('/').next().unwrap_or(file);
    match top {
        "domain" => 0,
        "state" | "storage" | "i18n" | "browser.rs" | "service_worker.rs" | "takeover.rs" => 1,
        "components" => 2,
        "pages" => 3,
        "app.rs" | "prerender.rs" => 4,
        _ => 5,
    }
}

/// The feature a component belongs to (`components/<feature>/`); `common`
/// belongs to every feature.
fn view_feature(file: &str) -> Option<&str> {
    let mut parts = file.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("components"), Some(feature), Some(_)) if feature != "common" => Some(feature),
        _ => None,
    }
}

/// Every import that breaks the layer rule: one to a higher layer, or from
/// one feature's components into another feature's components.
fn layer_breaks(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut breaks = Vec::new();
    for (from, targets) in graph {
        for to in targets {
            if layer(to) > layer(from) {
                breaks.push(format!("{from} -> {to}: imports a higher layer"));
            }
            if let (Some(a), Some(b)) = (view_feature(from), view_feature(to)) {
                if a != b {
                    breaks.push(format!("{from} -> {to}: one feature's view into another's"));
                }
            }
        }
    }
    breaks
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let mut graph = load().graph();
    for (file, targets) in &graph {
        println!(
            "{file} -> {}",
            targets.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    println!("circles: {:?}", circles(&graph));
    for (from, to) in KNOWN {
        graph.entry(from.to_string()).or_default().remove(*to);
    }
    let unexpected = circles(&graph);
    assert!(unexpected.is_empty(), "import circles: {unexpected:?}");
}

#[test]
fn the_check_sees_a_circle_and_the_pages_importing_state() {
    let graph = load().graph();
    assert!(
        graph["pages/quiz.rs"].contains("state/context.rs"),
        "{graph:?}"
    );
    assert!(graph["domain/quiz/attempt.rs"].contains("domain/model.rs"));
    let mut with_circle = graph.clone();
    with_circle
        .entry("state/reducer.rs".to_owned())
        .or_default()
        .insert("app.rs".to_owned());
    assert!(circles(&with_circle)
        .iter()
        .any(|g| g.contains("app.rs") && g.contains("state/reducer.rs")));
}

#[test]
fn imports_flow_down_the_layers_and_views_stay_in_their_feature() {
    let breaks = layer_breaks(&load().graph());
    assert!(
        breaks.is_empty(),
        "layer rule broken:\n{}",
        breaks.join("\n")
    );
}

/// A small crate of made-up files: the checker must reject an upward
/// import and a view importing another feature's view, and accept a view
/// using `common`, another feature's domain and the state.
#[test]
fn the_layer_check_sees_an_upward_and_a_cross_feature_import() {
    let file = |path: &str, code: &str| (path.to_owned(), code.to_owned());
    let base = [
        file(
            "lib.rs",
            "mod components;\nmod domain;\nmod pages;\nmod state;",
        ),
        file("domain/mod.rs", "pub mod journal;\npub mod model;"),
        file("domain/journal/mod.rs", "pub struct Date;"),
        file(
            "state/mod.rs",
            "use crate::domain::model::Style;\npub struct AppState;",
        ),
        file("pages/mod.rs", "pub mod quiz;"),
        file(
            "pages/quiz.rs",
            "use crate::components::group::add::Add;\npub struct QuizPage;",
        ),
        file(
            "components/mod.rs",
            "pub mod common;\npub mod group;\npub mod journal;",
        ),
        file("components/common/mod.rs", "pub mod emblem;"),
        file("components/common/emblem.rs", "pub struct Emblem;"),
        file("components/journal/mod.rs", "pub mod form;"),
        file("components/journal/form.rs", "pub struct EventForm;"),
        file("components/group/mod.rs", "pub mod add;"),
        file(
            "components/group/add.rs",
            "use crate::components::common::emblem::Emblem;\n\
             use crate::domain::journal::Date;\n\
             use crate::state::AppState;\npub struct Add;",
        ),
    ];
    let sound = Crate::from_sources(base.clone()).graph();
    assert!(sound["components/group/add.rs"].contains("domain/journal/mod.rs"));
    assert_eq!(layer_breaks(&sound), Vec::<String>::new());

    let upward = file(
        "domain/model.rs",
        "use crate::pages::quiz::QuizPage;\npub enum Style {}",
    );
    let breaks = layer_breaks(&Crate::from_sources(base.iter().cloned().chain([upward])).graph());
    assert_eq!(
        breaks,
        ["domain/model.rs -> pages/quiz.rs: imports a higher layer"]
    );

    let mut crossing = base.clone();
    crossing[12].1 = format!(
        "{}\nuse crate::components::journal::form::EventForm;",
        crossing[12].1
    );
    let breaks = layer_breaks(&Crate::from_sources(crossing).graph());
    assert_eq!(
        breaks,
        ["components/group/add.rs -> components/journal/form.rs: one feature's view into another's"]
    );
}

/// Where a line tells the history of the work (an issue or session number,
/// or a performance-round label) instead of the reason that holds today:
/// the word, then an optional space or `#`, then a digit.
fn history_mark(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    let words: [(&'static str, &[&str]); 3] = [
        ("issue", &["", " ", "#", " #"]),
        ("session", &[" "]),
        ("tbt", &[""]),
    ];
    for (word, gaps) in words {
        for (at, _) in lower.match_indices(word) {
            let rest = &lower[at + word.len()..];
            if gaps.iter().any(|gap| {
                rest.strip_prefix(gap)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            }) {
                return Some(word);
            }
        }
    }
    None
}

fn text_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            text_files(&entry.unwrap().path(), out);
        }
    } else if std::fs::read_to_string(path).is_ok() {
        out.push(path.to_path_buf());
    }
}

/// Comments and test titles say why, in the present tense: the history of
/// the work belongs in commit messages and the diary in `docs/`.
#[test]
fn code_and_tests_tell_no_history() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for part in [
        "src",
        "static",
        "scripts",
        "e2e",
        "bench",
        "tests",
        "index.html",
        "Cargo.toml",
        "Trunk.toml",
        ".ci",
    ] {
        text_files(&root.join(part), &mut files);
    }
    assert!(files.len() > 50, "the walk found the project's files");
    let mut found = Vec::new();
    for file in &files {
        for (n, line) in std::fs::read_to_string(file).unwrap().lines().enumerate() {
            if history_mark(line).is_some() {
                let shown = file.strip_prefix(root).unwrap().display();
                found.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "history in code or tests:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_history_check_finds_what_it_looks_for() {
    let session = format!("{} {}", "session", 6);
    let issue = format!("{}{}", "Issue #", 14);
    let round = format!("{}{}", "tbt", 8);
    for line in [session.as_str(), issue.as_str(), round.as_str()] {
        assert!(history_mark(line).is_some(), "{line}");
    }
    for line in [
        "the issue is the wait",
        "a session of 3 questions",
        "issues 7",
    ] {
        assert!(history_mark(line).is_none(), "{line}");
    }
}
