//! The stored language choice: a versioned document like the others, whose
//! damage is told apart from a newer version's document.

use std::path::PathBuf;

use netstyle::domain::documents::{decode_language, encode_language, DocError, SCHEMA};
use proptest::prelude::*;

#[test]
fn the_choice_round_trips_in_its_envelope() {
    for lang in ["de", "en", "es", "fr"] {
        let text = encode_language(lang);
        assert_eq!(text, format!(r#"{{"schema":{SCHEMA},"data":"{lang}"}}"#));
        assert_eq!(decode_language(&text), Ok(lang.to_owned()));
    }
}

#[test]
fn the_first_versions_fixture_still_loads() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/language.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(decode_language(&text), Ok("de".to_owned()));
}

#[test]
fn damaged_choices_are_damage() {
    for text in [
        "",
        "de",
        "{",
        r#"{"data":"de"}"#,
        r#"{"schema":1}"#,
        r#"{"schema":1,"data":7}"#,
        r#"{"schema":1,"data":null}"#,
        r#"{"schema":1,"data":"Deutsch"}"#,
        r#"{"schema":1,"data":"d"}"#,
        r#"{"schema":1,"data":"de-AT"}"#,
        r#"{"schema":1,"data":"<script>"}"#,
        r#"{"schema":0,"data":"de"}"#,
    ] {
        assert!(
            matches!(decode_language(text), Err(DocError::Corrupt(_))),
            "{text}"
        );
    }
}

#[test]
fn a_newer_versions_choice_is_reported_not_read() {
    let text = format!(r#"{{"schema":{},"data":{{"lang":"de"}}}}"#, SCHEMA + 1);
    assert_eq!(decode_language(&text), Err(DocError::Newer(SCHEMA + 1)));
}

proptest! {
    #[test]
    fn any_text_becomes_a_code_or_a_typed_error(text in any::<String>()) {
        if let Ok(lang) = decode_language(&text) {
            prop_assert!((2..=8).contains(&lang.len()));
            prop_assert!(lang.bytes().all(|b| b.is_ascii_lowercase()));
            prop_assert_eq!(decode_language(&encode_language(&lang)), Ok(lang));
        }
    }

    #[test]
    fn any_code_shaped_choice_reads_back(lang in "[a-z]{2,8}") {
        prop_assert_eq!(decode_language(&encode_language(&lang)), Ok(lang));
    }
}
