//! The app's own JSON reader and writer (`src/domain/json.rs`) against
//! serde_json, which wrote every document of the first release: whatever
//! serde_json reads, ours reads to the same value; whatever it refuses, ours
//! refuses; and ours writes values byte for byte as serde_json does.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::json::{self, ToJson, MAX_DEPTH};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's view of one of our values.
fn to_serde(value: &json::Value) -> Value {
    match value {
        json::Value::Null => Value::Null,
        json::Value::Bool(b) => Value::Bool(*b),
        json::Value::Number(text) => serde_json::from_str(text).expect("a number serde_json reads"),
        json::Value::String(s) => Value::String(s.clone()),
        json::Value::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        json::Value::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

/// Both readers on one text: the same value, or both refuse. The one
/// allowed difference: serde_json refuses numbers too large for a float
/// (`1e400`), which ours keeps as text (no document field accepts them).
fn assert_agree(text: &str) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_str::<Value>(text);
    let ours = json::parse(text);
    match (&theirs, &ours) {
        (Ok(theirs), Ok(ours)) => prop_assert_eq!(theirs, &to_serde(ours), "{:?}", text),
        (Err(_), Err(_)) => {}
        (Err(e), Ok(_)) if e.to_string().contains("number out of range") => {}
        _ => prop_assert!(
            false,
            "{:?}: serde_json {:?}, ours {:?}",
            text,
            theirs.as_ref().map(|_| ()),
            ours.as_ref().map(|_| ())
        ),
    }
    Ok(())
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[\"\\\\/\u{0}-\u{1f}a-z\u{7f}\u{80}-\u{10ffff}]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Text made of JSON's own pieces, so that most of it nearly parses.
fn json_ish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(","),
        Just(":"),
        Just(" "),
        Just("\n"),
        Just("\""),
        Just("\"a\""),
        Just("\\"),
        Just("\\u"),
        Just("\\ud83d"),
        Just("\\ude00"),
        Just("\\n"),
        Just("0"),
        Just("-"),
        Just("1"),
        Just("12"),
        Just("."),
        Just("e"),
        Just("E+"),
        Just("null"),
        Just("true"),
        Just("fals"),
        Just("\u{1}"),
        Just("é"),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reads_whatever_serde_json_writes(value in any_json()) {
        assert_agree(&serde_json::to_string(&value).unwrap())?;
        assert_agree(&serde_json::to_string_pretty(&value).unwrap())?;
    }

    #[test]
    fn writes_what_serde_json_writes(value in any_json()) {
        let text = serde_json::to_string(&value).unwrap();
        let ours = json::parse(&text).unwrap();
        prop_assert_eq!(ours.to_json(), text);
    }

    #[test]
    fn agrees_on_any_text(text in any::<String>()) {
        assert_agree(&text)?;
    }

    #[test]
    fn agrees_on_text_that_nearly_parses(text in json_ish()) {
        assert_agree(&text)?;
    }

    #[test]
    fn writes_any_string_as_serde_json_does(s in any::<String>()) {
        prop_assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
    }
}

#[test]
fn agrees_on_the_edges_of_the_grammar() {
    for text in [
        "",
        " ",
        "0",
        "-0",
        "01",
        "-",
        "1.",
        ".5",
        "1.5e",
        "1e+5",
        "1E-5",
        "2e400",
        "-1e400",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":1,\"a\":2}",
        "\"\\u00e9\"",
        "\"\\uD83D\\uDE00\"",
        "\"\\uD83D\"",
        "\"\\uDE00\"",
        "\"\\uD83Dx\"",
        "\"\\x\"",
        "\"\t\"",
        "\"\u{7f}\"",
        "nul",
        "nulll",
        "true false",
        "[] ",
        " [] x",
        "\u{feff}[]",
        "[1 2]",
        "{\"a\":[{\"b\":null}]}",
    ] {
        assert_agree(text).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn nesting_is_limited_as_in_serde_json_and_never_overflows_the_stack() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(json::parse(&nested(MAX_DEPTH)).is_ok());
    assert!(json::parse(&nested(MAX_DEPTH + 1)).is_err());
    for n in [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1] {
        assert_agree(&nested(n)).unwrap();
        assert_agree(&format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))).unwrap();
    }
    assert!(json::parse(&"[".repeat(1_000_000)).is_err());
    assert!(json::parse(&"{\"a\":".repeat(1_000_000)).is_err());
}

#[test]
fn whole_numbers_are_read_exactly_and_others_refused() {
    let n = |text: &str| json::parse(text).unwrap().as_u64();
    assert_eq!(n("18446744073709551615"), Some(u64::MAX));
    assert_eq!(n("104372539621377"), Some(104_372_539_621_377));
    assert_eq!(n("18446744073709551616"), None);
    assert_eq!(n("-1"), None);
    assert_eq!(n("1.0"), None);
    assert_eq!(n("1e2"), None);
    assert_eq!(n("\"1\""), None);
}
