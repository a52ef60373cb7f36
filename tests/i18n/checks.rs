//! The build's checks on small catalogs made for the test, and on the real ones.

use std::path::Path;

use netstyle::i18n::catalog::Catalog;
use netstyle::i18n::catalogs::{LANGUAGES, MESSAGES, SIGNATURE};
use netstyle::i18n::formats_for;

use super::catalog::{build_all, Source};

const ENGLISH: &str = "
-style-pro = Pro
    .gender = masculine
-style-mensch = Mensch
    .gender = masculine
# $count (Number)
done = You answered { $count ->
    [one] one question
   *[other] { $count } questions
}.
hello = Hello, { $name }!
";

const GERMAN: &str = "
-style-pro = Profi
    .gender = masculine
-style-mensch = Mensch
    .gender = masculine
done = Du hast { $count ->
    [one] eine Frage
   *[other] { $count } Fragen
} beantwortet.
hello = Hallo, { $name }!
";

fn languages(extra: &str, german: &str) -> Vec<(String, Vec<Source>)> {
    let source = |lang: &str, text: &str| {
        (
            lang.to_owned(),
            vec![Source {
                name: format!("{lang}/test.ftl"),
                text: text.to_owned(),
            }],
        )
    };
    vec![
        source("de", german),
        source("en", &format!("{ENGLISH}{extra}")),
    ]
}

fn errors(extra: &str, german: &str) -> Vec<String> {
    match build_all(&languages(extra, german)) {
        Ok(_) => Vec::new(),
        Err(e) => e,
    }
}

#[test]
fn matching_catalogs_build() {
    assert_eq!(errors("", GERMAN), Vec::<String>::new());
}

#[test]
fn a_catalog_lacking_an_english_message_fails() {
    let german = GERMAN.replace("hello = Hallo, { $name }!", "");
    let e = errors("", &german);
    assert!(
        e.iter().any(|e| e.contains("de: lacks the message hello")),
        "{e:?}"
    );
}

#[test]
fn a_message_english_lacks_fails() {
    let e = errors("", &format!("{GERMAN}\nbye = Tschüss!\n"));
    assert!(
        e.iter()
            .any(|e| e.contains("bye is not an English message")),
        "{e:?}"
    );
}

#[test]
fn a_variable_the_code_does_not_pass_fails() {
    let german = GERMAN.replace("Hallo, { $name }!", "Hallo, { $nam }!");
    let e = errors("", &german);
    assert!(
        e.iter()
            .any(|e| e.contains("uses $nam, which the code does not pass")),
        "{e:?}"
    );
}

#[test]
fn english_declares_variables_its_text_does_not_use() {
    // German may use $count where English does not, when English's comment
    // declares it: the code passes what the comment says.
    let english = "# $count (Number)\nitems = Some items\n";
    let german = GERMAN.to_owned()
        + "\nitems = { $count ->\n    [one] Ein Eintrag\n   *[other] Einträge\n}\n";
    assert_eq!(errors(english, &german), Vec::<String>::new());
    let e = errors("items = Some items\n", &german);
    assert!(e.iter().any(|e| e.contains("uses $count")), "{e:?}");
}

#[test]
fn unknown_functions_terms_and_attributes_fail() {
    for (bad, expected) in [
        (
            "x = { NUMBER($n, style: \"currency\") }\n",
            "is not a known format",
        ),
        (
            "x = { -style-nobody }\n",
            "the term -style-nobody is not defined",
        ),
        ("x = Text\n    .title = Title\n", "has attributes"),
        (
            "x = { $n ->\n    [1.5] a\n   *[other] b\n}\n",
            "not a whole number",
        ),
        ("x = broken {\n", "cannot read"),
        ("x = Isolated \u{2068}text\u{2069}\n", "bidi control"),
    ] {
        let e = errors(bad, GERMAN);
        assert!(e.iter().any(|e| e.contains(expected)), "{bad:?} gave {e:?}");
    }
}

/// Compiles the test catalogs and reads German back with the app's evaluator.
fn german(extra_en: &str, extra_de: &str) -> (Catalog, Vec<String>) {
    let (interface, _, compiled) =
        build_all(&languages(extra_en, &format!("{GERMAN}{extra_de}"))).expect("builds");
    let ids = interface.iter().map(|(id, _)| id.clone()).collect();
    let text = compiled
        .into_iter()
        .find(|(l, _)| l == "de")
        .expect("German")
        .1;
    let text: &'static str = Box::leak(text.into_boxed_str());
    let signature = text
        .split('\0')
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_owned();
    (
        Catalog::read(text, &signature, interface.len()).expect("reads"),
        ids,
    )
}

#[test]
fn plural_categories_and_term_genders_select() {
    use netstyle::i18n::Arg;
    let english = "# $style (String)\nyou-are = You are { $style }.\n";
    let german_extra = "
-style-ohne = Niemand
    .gender = feminine
you-are = Du bist { $style ->
    [pro] { -style-pro.gender ->
        [feminine] eine
       *[masculine] ein
    } { -style-pro }
   *[mensch] { -style-mensch.gender ->
        [feminine] eine
       *[masculine] ein
    } { -style-mensch }
}.
";
    let (catalog, ids) = german(english, german_extra);
    let de = formats_for("de-AT");
    let id = |name: &str| ids.iter().position(|i| i == name).unwrap();
    let format = |name: &str, args: &[Arg]| catalog.format(id(name), args, &*de);
    assert_eq!(
        format("done", &[Arg::Num(1.0)]),
        "Du hast eine Frage beantwortet."
    );
    assert_eq!(
        format("done", &[Arg::Num(24.0)]),
        "Du hast 24 Fragen beantwortet."
    );
    assert_eq!(
        format("done", &[Arg::Num(1234.0)]),
        "Du hast 1.234 Fragen beantwortet."
    );
    assert_eq!(format("you-are", &[Arg::Str("pro")]), "Du bist ein Profi.");
    assert_eq!(
        format("you-are", &[Arg::Str("mensch")]),
        "Du bist ein Mensch."
    );
    assert_eq!(format("hello", &[Arg::Str("Ada")]), "Hallo, Ada!");
}

#[test]
fn a_catalog_for_another_build_is_refused() {
    let (_, _, compiled) = build_all(&languages("", GERMAN)).expect("builds");
    let text: &'static str = Box::leak(compiled[0].1.clone().into_boxed_str());
    assert!(Catalog::read(text, SIGNATURE, MESSAGES.len()).is_none());
}

fn read_locales() -> Vec<(String, Vec<Source>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut languages = Vec::new();
    for lang in LANGUAGES {
        let mut files: Vec<_> = std::fs::read_dir(root.join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let sources = files
            .iter()
            .map(|p| Source {
                name: p.display().to_string(),
                text: std::fs::read_to_string(p).unwrap(),
            })
            .collect();
        languages.push((lang.to_string(), sources));
    }
    languages
}

#[test]
fn the_real_catalogs_check_and_match_the_code() {
    let (interface, signature, compiled) =
        build_all(&read_locales()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(signature, SIGNATURE);
    let from_code: Vec<(String, Vec<String>)> = MESSAGES
        .iter()
        .map(|(id, vars)| (id.to_string(), vars.iter().map(|v| v.to_string()).collect()))
        .collect();
    assert_eq!(interface, from_code);
    assert_eq!(compiled.len(), LANGUAGES.len());
}
