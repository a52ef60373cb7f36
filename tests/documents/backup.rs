//! The backup file on the host: everything netstyle keeps goes out and
//! comes back as it was, and every kind of file that must be refused is.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use netstyle::domain::documents::backup::{read, write, Refusal, FORMAT, VERSION};
use netstyle::domain::documents::*;
use netstyle::domain::journal::*;
use netstyle::domain::quiz::attempt::Attempt;
use serde_json::{json, Value};

fn journal() -> Journal {
    let mut j = Journal::default();
    let event = EventDraft {
        id: 5,
        name: "Guild dinner, \"west\" wing".to_owned(),
        date: Date::parse("2026-03-01"),
        kind: EventKind::TradeShow,
        paid: true,
        goal: "meet a printer".to_owned(),
    };
    j.apply(JournalAction::AddEvent(event.check().expect("sound")));
    let person = PersonDraft {
        id: 6,
        name: "Zoë Ñandú".to_owned(),
        does: "Printer".to_owned(),
        promise: String::new(),
        promised_by: Promiser::Them,
        due: Date::parse("2026-03-08"),
    };
    j.apply(JournalAction::AddPerson {
        event: 5,
        person: person.check().expect("sound"),
    });
    j
}

/// What storage holds for a person with an attempt in progress, a ticked
/// tip and a journal, but no results yet.
fn stored() -> Vec<(&'static str, Option<String>)> {
    BACKED_UP
        .iter()
        .map(|(key, _)| {
            let text = match *key {
                ATTEMPT_KEY => Some(encode_attempt(&Attempt::new(42))),
                CHECKLIST_KEY => Some(encode_checklist(&BTreeSet::from(["tip-a".to_owned()]))),
                JOURNAL_KEY => Some(encode_journal(&journal())),
                _ => None,
            };
            (*key, text)
        })
        .collect()
}

fn file() -> Value {
    serde_json::from_str(&write(&stored(), 1_773_137_730_000)).expect("JSON")
}

#[test]
fn the_backup_holds_every_backed_up_document() {
    let keys: Vec<&str> = BACKED_UP.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys,
        [
            ATTEMPT_KEY,
            HISTORY_KEY,
            CHECKLIST_KEY,
            GROUP_KEY,
            JOURNAL_KEY
        ]
    );
    let f = file();
    assert_eq!(f["format"], FORMAT);
    assert_eq!(f["version"], VERSION);
    assert_eq!(f["saved_at"], 1_773_137_730_000u64);
    assert_eq!(
        f["documents"][JOURNAL_KEY]["data"]["events"][0]["people"][0]["name"],
        "Zoë Ñandú"
    );
    assert!(
        f["documents"].get(HISTORY_KEY).is_none(),
        "nothing stored, nothing written"
    );
}

#[test]
fn a_backup_reads_back_to_the_same_documents() {
    let restore = read(&write(&stored(), 7)).expect("accepted");
    assert_eq!(restore.saved_at, 7);
    let keys: Vec<&str> = restore.documents.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys,
        [
            ATTEMPT_KEY,
            HISTORY_KEY,
            CHECKLIST_KEY,
            GROUP_KEY,
            JOURNAL_KEY
        ]
    );
    for ((key, original), (_, restored)) in stored().iter().zip(&restore.documents) {
        match (original, restored) {
            (None, None) => {}
            (Some(a), Some(b)) => {
                let (a, b): (Value, Value) = (
                    serde_json::from_str(a).expect("JSON"),
                    serde_json::from_str(b).expect("JSON"),
                );
                assert_eq!(a, b, "{key}");
            }
            other => panic!("{key}: {other:?}"),
        }
    }
    let text = restore
        .documents
        .iter()
        .find(|(k, _)| *k == JOURNAL_KEY)
        .and_then(|(_, t)| t.clone())
        .expect("journal");
    assert_eq!(decode_journal(&text), Ok(journal()));
}

fn refused(f: &Value) -> Refusal {
    read(&f.to_string()).expect_err("refused")
}

#[test]
fn files_that_are_not_netstyle_backups_are_refused() {
    for text in [
        "",
        "hello",
        "[1,2]",
        "{}",
        r#"{"format":"other-app","version":1}"#,
        "\u{feff}PNG",
        r#"{"schema":1,"data":{"events":[]}}"#,
    ] {
        assert_eq!(read(text), Err(Refusal::Foreign), "{text:?}");
    }
    let mut f = file();
    f["format"] = json!("netstyle-backups");
    assert_eq!(refused(&f), Refusal::Foreign);
}

#[test]
fn damaged_backups_are_refused() {
    let whole = write(&stored(), 7);
    assert!(
        matches!(read(&whole[..whole.len() / 2]), Err(Refusal::Damaged(_))),
        "cut off"
    );
    let cases: [fn(&mut Value); 9] = [
        |f| f["version"] = json!("one"),
        |f| f["version"] = json!(0),
        |f| f["saved_at"] = json!(-1),
        |f| f["documents"] = json!([]),
        |f| f["documents"][JOURNAL_KEY]["data"]["events"][0]["date"] = json!("2026-02-30"),
        |f| f["documents"][JOURNAL_KEY]["data"]["events"][0]["people"][0]["id"] = json!(5),
        |f| f["documents"][CHECKLIST_KEY] = json!("not a document"),
        |f| f["documents"][HISTORY_KEY] = json!({"schema": 1, "data": {"records": "many"}}),
        |f| f["documents"][ATTEMPT_KEY]["schema"] = json!(null),
    ];
    for (n, change) in cases.iter().enumerate() {
        let mut f = file();
        change(&mut f);
        assert!(matches!(refused(&f), Refusal::Damaged(_)), "case {n}");
    }
}

#[test]
fn backups_from_a_newer_version_are_refused() {
    let mut f = file();
    f["version"] = json!(VERSION + 1);
    assert_eq!(refused(&f), Refusal::Newer);
    let mut f = file();
    f["documents"][JOURNAL_KEY]["schema"] = json!(SCHEMA + 1);
    assert_eq!(refused(&f), Refusal::Newer);
    let mut f = file();
    f["documents"]["netstyle.v2.something"] = json!({"schema": 1, "data": {}});
    assert_eq!(
        refused(&f),
        Refusal::Newer,
        "a document this version does not know"
    );
}

#[test]
fn refusals_say_what_to_do() {
    for r in [
        Refusal::Foreign,
        Refusal::Damaged("x".into()),
        Refusal::Newer,
    ] {
        let s = r.to_string();
        assert!(
            s.contains("nothing was restored") || s.contains("Nothing was changed"),
            "{s}"
        );
    }
}

/// Files written before the backup kept each document's own text held
/// every document indented, its keys sorted (through `serde_json::Value`);
/// they restore to the same documents.
#[test]
fn a_backup_written_by_an_earlier_version_reads_back() {
    let documents: serde_json::Map<String, Value> = stored()
        .into_iter()
        .filter_map(|(key, text)| Some((key.to_owned(), serde_json::from_str(&text?).ok()?)))
        .collect();
    let earlier = serde_json::to_string_pretty(&json!({
        "format": FORMAT,
        "version": VERSION,
        "saved_at": 7,
        "documents": documents,
    }))
    .expect("JSON");
    assert!(earlier.contains("\n      \"data\": {"), "{earlier}");
    let restore = read(&earlier).expect("accepted");
    assert_eq!(restore.saved_at, 7);
    for ((key, original), (_, restored)) in stored().iter().zip(&restore.documents) {
        let parse = |t: &Option<String>| {
            t.as_deref()
                .map(|t| serde_json::from_str::<Value>(t).expect("JSON"))
        };
        assert_eq!(parse(original), parse(restored), "{key}");
    }
    let journal_text = restore.documents[4].1.clone().expect("journal");
    assert_eq!(decode_journal(&journal_text), Ok(journal()));
}

/// A stored text that is not JSON goes into the file as a string, and the
/// file with it is refused as damaged rather than read as that document.
#[test]
fn a_stored_text_that_is_not_json_is_kept_and_refused() {
    let mut texts = stored();
    texts[1].1 = Some("{cut off".to_owned());
    let whole = write(&texts, 7);
    let f: Value = serde_json::from_str(&whole).expect("JSON");
    assert_eq!(f["documents"][HISTORY_KEY], "{cut off");
    assert!(matches!(read(&whole), Err(Refusal::Damaged(_))));
}
