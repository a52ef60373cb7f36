//! "Compare a group" on the host: entries read from pasted links (damaged
//! ones named, the rest kept), the group's figures and tips, the group
//! document, and the group code with its length limit.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::documents::{decode_group, encode_group, DocError, GROUP_KEY};
use netstyle::domain::group::code::{self as group_code, GroupCodeError, MAX_BYTES, MAX_CODE_LEN};
use netstyle::domain::group::mix::{mix, mix_tips, LOW_HABIT};
use netstyle::domain::group::*;
use netstyle::domain::route::{group_link, Route};
use netstyle::domain::share::code::{self as share_code, ShareError, SharedResult};
use netstyle::domain::{Habit, Style};
use netstyle::i18n::names::{entry_error, mix_tip};
use netstyle::state::{Action, AppState};
use proptest::prelude::*;

use crate::support::any_scored;

const BASE: &str = "http://127.0.0.1:8080/";

fn result(profile: [u8; 4], primary: Style, habits: [Option<u8>; 5]) -> SharedResult {
    SharedResult {
        profile,
        primary,
        secondary: None,
        tied: vec![],
        habits,
    }
}

fn pro(habits: [Option<u8>; 5]) -> SharedResult {
    result([70, 10, 10, 10], Style::Pro, habits)
}

fn mensch() -> SharedResult {
    result(
        [20, 10, 10, 60],
        Style::Mensch,
        [Some(80), Some(70), Some(90), Some(60), Some(50)],
    )
}

fn tie() -> SharedResult {
    SharedResult {
        profile: [40, 0, 20, 40],
        primary: Style::Pro,
        secondary: None,
        tied: vec![Style::Mensch],
        habits: [Some(50), None, Some(50), Some(50), Some(50)],
    }
}

fn link(r: &SharedResult) -> String {
    format!("{BASE}#/r/{}", share_code::encode(r))
}

fn group_of(links: &[String]) -> Group {
    let mut g = Group::default();
    g.apply(GroupEdit::AddLines(links.join("\n")));
    g
}

#[test]
fn an_entry_is_a_link_a_link_under_a_sub_path_or_a_bare_code() {
    let r = mensch();
    let code = share_code::encode(&r);
    for entry in [
        link(&r),
        format!("https://example.org/some/path/#/r/{code}"),
        format!("  {code}  "),
    ] {
        assert_eq!(parse_entry(&entry), Ok(r.clone()), "{entry}");
    }
}

#[test]
fn a_damaged_entry_is_named_and_says_why() {
    let good = link(&mensch());
    let mut changed = good.clone();
    let last = changed.pop().unwrap();
    changed.push(if last == 'A' { 'B' } else { 'A' });
    let cut = good[..good.len() - 3].to_owned();
    assert_eq!(
        parse_entry(&changed),
        Err(EntryError::Damaged(ShareError::BadChecksum))
    );
    assert_eq!(
        parse_entry(&cut),
        Err(EntryError::Damaged(ShareError::WrongLength))
    );
    assert_eq!(
        parse_entry("https://example.org/hello"),
        Err(EntryError::NotALink)
    );
    assert_eq!(
        parse_entry("Ann from the breakfast"),
        Err(EntryError::NotALink)
    );
    let message = entry_error(&EntryError::Damaged(ShareError::BadChecksum), 3);
    assert!(message.starts_with("Entry 3 is damaged."), "{message}");
    assert!(
        entry_error(&EntryError::NotALink, 2).starts_with("Entry 2 is not a netstyle result link.")
    );
}

#[test]
fn pasted_lines_become_entries_and_damaged_ones_stay_while_the_rest_counts() {
    let g = group_of(&[
        link(&mensch()),
        String::new(),
        "   ".to_owned(),
        "not a link".to_owned(),
        link(&pro([Some(10); 5])),
    ]);
    assert_eq!(g.members.len(), 3, "blank lines are no entries");
    assert_eq!(g.members[1].link, "not a link");
    let results = g.results();
    assert_eq!(
        results.iter().map(|(i, _, _)| *i).collect::<Vec<_>>(),
        [0, 2]
    );
    assert_eq!(mix(&[mensch(), pro([Some(10); 5])]).unwrap().size, 2);
}

#[test]
fn a_group_holds_twelve_and_edits_outside_it_change_nothing() {
    let links: Vec<String> = (0..15).map(|_| link(&mensch())).collect();
    let mut g = group_of(&links);
    assert_eq!(g.members.len(), GROUP_LIMIT);
    assert_eq!(g.room(), 0);
    let before = g.clone();
    g.apply(GroupEdit::AddLines(link(&mensch())));
    g.apply(GroupEdit::Remove(12));
    g.apply(GroupEdit::Rename {
        index: 40,
        name: "x".into(),
    });
    assert_eq!(g, before);
    g.apply(GroupEdit::Remove(0));
    assert_eq!(g.members.len(), 11);
    g.apply(GroupEdit::AddMembers(vec![Member::default(); 5]));
    assert_eq!(g.members.len(), 12);
}

#[test]
fn names_are_cleaned_and_cut_at_a_character_boundary() {
    let mut g = group_of(&[link(&mensch())]);
    g.apply(GroupEdit::Rename {
        index: 0,
        name: "  Ann\u{7}  ".into(),
    });
    assert_eq!(g.members[0].name, "Ann");
    let long = "é".repeat(40);
    let cut = clean_name(&long);
    assert_eq!(cut.len(), NAME_MAX_BYTES);
    assert_eq!(cut.chars().count(), NAME_MAX_BYTES / 2);
    assert_eq!(clean_name(&"😀".repeat(10)).len(), 32);
    assert!(valid_name(&cut) && !valid_name(&long) && !valid_name(" Ann"));
}

#[test]
fn the_average_profile_sums_to_100_and_habits_average_over_those_with_a_score() {
    let a = pro([Some(10), Some(20), None, Some(30), Some(41)]);
    let b = mensch();
    let c = tie();
    let m = mix(&[a, b, c]).unwrap();
    // Pro (70+20+40)/3 = 43.3, Rookie 6.7, Imposter 13.3, Mensch 36.7:
    // 43 + 6 + 13 + 36 = 98, the two largest remainders (.7) get a point.
    assert_eq!(m.profile, [43, 7, 13, 37]);
    assert_eq!(m.habits[Habit::FollowUp.index()], Some(45), "(20 + 70) / 2");
    assert_eq!(
        m.habits[Habit::GivingFirst.index()],
        Some(70),
        "(90 + 50) / 2"
    );
    assert_eq!(
        m.habits[Habit::GoalRoi.index()],
        Some(47),
        "(41 + 50 + 50) / 3"
    );
    assert_eq!(m.counts, [2, 0, 0, 2], "a tie counts for each tied style");
    assert_eq!(m.strongest, [Habit::GivingFirst]);
    assert_eq!(m.weakest, [Habit::FollowUp]);
    assert_eq!(mix(&[]), None);
}

#[test]
fn equal_habits_are_named_together_and_level_habits_name_none() {
    let m = mix(&[pro([Some(60), Some(20), Some(60), Some(20), Some(40)])]).unwrap();
    assert_eq!(m.strongest, [Habit::Expectations, Habit::GivingFirst]);
    assert_eq!(m.weakest, [Habit::FollowUp, Habit::EventChoice]);
    let level = mix(&[pro([Some(50), None, Some(50), Some(50), Some(50)])]).unwrap();
    assert!(level.strongest.is_empty() && level.weakest.is_empty());
    assert_eq!(level.habits[Habit::FollowUp.index()], None);
    assert!(!mix_tips(&level).is_empty());
}

/// The tips for the mix, as the English catalog says them.
fn said(m: &netstyle::domain::group::mix::Mix) -> Vec<String> {
    mix_tips(m).into_iter().map(mix_tip).collect()
}

#[test]
fn a_group_without_follow_up_gets_the_follow_up_tip_first() {
    let low_follow_up = [Some(70), Some(10), Some(60), Some(80), Some(75)];
    let m = mix(&[mensch(), pro(low_follow_up), pro(low_follow_up)]).unwrap();
    assert!(m.habits[Habit::FollowUp.index()].unwrap() < LOW_HABIT);
    let tips = said(&m);
    assert!(tips[0].starts_with("Follow-up is where"), "{tips:?}");
}

#[test]
fn a_room_full_of_pros_hears_what_pros_miss_and_a_broad_mix_hears_about_pairing() {
    let good = [Some(80); 5];
    let pros = mix(&[pro(good), pro(good), pro(good)]).unwrap();
    let tips = said(&pros);
    assert!(
        tips.iter().any(|t| t.contains("a room full of Pros")),
        "{tips:?}"
    );
    assert!(!tips.iter().any(|t| t.contains("pair up")));
    let rookie = result([10, 60, 20, 10], Style::Rookie, good);
    let imposter = result([10, 10, 60, 20], Style::Imposter, good);
    let broad = mix(&[pro(good), rookie, imposter, mensch()]).unwrap();
    let tips = said(&broad);
    assert!(tips.iter().any(|t| t.contains("pair up")), "{tips:?}");
    assert!(!tips.iter().any(|t| t.starts_with("Most of you")));
}

#[test]
fn every_tip_is_distinct_and_says_you_not_they() {
    let mut seen = std::collections::BTreeSet::new();
    for style in Style::ALL {
        let r = result(
            {
                let mut p = [10; 4];
                p[style.index()] = 70;
                p
            },
            style,
            [Some(10), Some(20), Some(30), Some(40), Some(45)],
        );
        let m = mix(&[r.clone(), r]).unwrap();
        for tip in said(&m) {
            assert!(!tip.contains("they should"), "{tip}");
            seen.insert(tip);
        }
    }
    // Four style tips and two habit tips (the two lowest, the same each time).
    assert_eq!(seen.len(), 6);
}

fn sample_group(names: bool) -> Group {
    let mut g = group_of(&[
        link(&mensch()),
        "entry that is not a link".to_owned(),
        link(&tie()),
    ]);
    g.apply(GroupEdit::Rename {
        index: 0,
        name: "Ann Smith".into(),
    });
    g.apply(GroupEdit::Rename {
        index: 2,
        name: "Bo".into(),
    });
    g.apply(GroupEdit::NamesInLink(names));
    g
}

#[test]
fn a_group_code_round_trips_its_results_and_names_only_when_chosen() {
    let with = group_code::encode(&sample_group(true)).unwrap();
    let back = group_code::decode(&with).unwrap();
    assert!(back.names_in_link);
    let names: Vec<&str> = back.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Ann Smith", "Bo"], "the damaged entry is left out");
    let results: Vec<SharedResult> = back.results().into_iter().map(|(_, _, r)| r).collect();
    assert_eq!(results, [mensch(), tie()]);

    let without = group_code::encode(&sample_group(false)).unwrap();
    let back = group_code::decode(&without).unwrap();
    assert!(!back.names_in_link);
    assert!(back.members.iter().all(|m| m.name.is_empty()));
    assert_eq!(back.results().len(), 2);
    assert!(without.len() < with.len());
    assert_eq!(group_code::encode(&group_of(&["nothing".into()])), None);
}

#[test]
fn the_longest_group_code_is_max_code_len_and_longer_input_is_refused() {
    let mut g = group_of(&(0..12).map(|_| link(&tie())).collect::<Vec<_>>());
    for index in 0..12 {
        g.apply(GroupEdit::Rename {
            index,
            name: "😀".repeat(20),
        });
    }
    g.apply(GroupEdit::NamesInLink(true));
    let code = group_code::encode(&g).unwrap();
    assert_eq!(MAX_BYTES, 557);
    assert_eq!(code.len(), MAX_CODE_LEN);
    assert_eq!(MAX_CODE_LEN, 743);
    assert_eq!(group_code::decode(&code).unwrap().members.len(), 12);
    let link = group_link(BASE, &code);
    assert_eq!(link.len(), BASE.len() + 4 + MAX_CODE_LEN);
    let no_names = group_of(&(0..12).map(|_| link_of_tie()).collect::<Vec<_>>());
    assert_eq!(group_code::encode(&no_names).unwrap().len(), 215);
    assert_eq!(
        group_code::decode(&format!("{code}A")),
        Err(GroupCodeError::TooLong)
    );
}

fn link_of_tie() -> String {
    link(&tie())
}

#[test]
fn a_damaged_group_code_is_a_typed_error() {
    let code = group_code::encode(&sample_group(true)).unwrap();
    let mut changed: Vec<char> = code.chars().collect();
    changed[10] = if changed[10] == 'x' { 'y' } else { 'x' };
    let changed: String = changed.into_iter().collect();
    assert_eq!(group_code::decode(&changed), Err(GroupCodeError::Damaged));
    assert_eq!(
        group_code::decode(&code[..code.len() - 4]),
        Err(GroupCodeError::Damaged)
    );
    assert_eq!(group_code::decode(""), Err(GroupCodeError::Empty));
    assert_eq!(
        group_code::decode("abc def"),
        Err(GroupCodeError::BadCharacters)
    );
    assert!(GroupCodeError::TooLong.to_string().contains("743"));
}

#[test]
fn a_group_code_from_a_newer_version_says_so() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let code = group_code::encode(&sample_group(false)).unwrap();
    let mut bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
    bytes[0] = 2;
    let n = bytes.len();
    let crc = crc::Crc::<u16>::new(&crc::CRC_16_IBM_3740).checksum(&bytes[..n - 2]);
    bytes[n - 2..].copy_from_slice(&crc.to_be_bytes());
    assert_eq!(
        group_code::decode(&URL_SAFE_NO_PAD.encode(&bytes)),
        Err(GroupCodeError::NewerVersion(2))
    );
}

#[test]
fn the_group_routes_parse_and_print() {
    assert_eq!(Route::parse("#/group"), Route::Group);
    assert_eq!(Route::parse("#/g/abc"), Route::SharedGroup("abc".into()));
    assert_eq!(Route::SharedGroup("abc".into()).to_hash(), "#/g/abc");
    assert_eq!(group_link(BASE, "abc"), "http://127.0.0.1:8080/#/g/abc");
}

#[test]
fn the_group_document_round_trips_and_refuses_what_the_app_never_writes() {
    let g = sample_group(true);
    let text = encode_group(&g);
    assert_eq!(decode_group(&text), Ok(g));
    assert_eq!(GROUP_KEY, "netstyle.v1.group");
    let thirteen = format!(
        r#"{{"schema":1,"data":{{"members":[{}]}}}}"#,
        vec![r#"{"link":"x"}"#; 13].join(",")
    );
    assert!(matches!(decode_group(&thirteen), Err(DocError::Corrupt(_))));
    let long_name = format!(
        r#"{{"schema":1,"data":{{"members":[{{"link":"x","name":"{}"}}]}}}}"#,
        "a".repeat(33)
    );
    assert!(matches!(
        decode_group(&long_name),
        Err(DocError::Corrupt(_))
    ));
    assert!(matches!(decode_group("{"), Err(DocError::Corrupt(_))));
    assert_eq!(
        decode_group(r#"{"schema":2,"data":{"anything":1}}"#),
        Err(DocError::Newer(2))
    );
}

#[test]
fn the_group_fixture_holds_exactly_what_this_version_writes() {
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/group.json");
    let written = encode_group(&sample_group(true));
    if std::env::var_os("NETSTYLE_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &written).unwrap();
    }
    let stored = std::fs::read_to_string(&path).unwrap();
    assert_eq!(stored, written);
    assert_eq!(decode_group(&stored), Ok(sample_group(true)));
}

#[test]
fn the_reducer_edits_the_group_and_takes_another_tabs_group() {
    let state = AppState::default();
    let next = state.apply(Action::EditGroup(GroupEdit::AddLines(link(&mensch()))));
    assert_eq!(next.group.members.len(), 1);
    let other = sample_group(false);
    let reloaded = next.apply(Action::Reload(vec![
        netstyle::domain::documents::Document::Group(other.clone()),
    ]));
    assert_eq!(reloaded.group, other);
    assert_eq!(reloaded.history, next.history);
}

proptest! {
    #[test]
    fn any_group_of_results_averages_to_100_and_round_trips(
        results in prop::collection::vec(any_scored(), 1..=12),
        names in prop::collection::vec(".{0,40}", 12),
        with_names: bool,
    ) {
        let m = mix(&results).unwrap();
        prop_assert_eq!(m.profile.iter().map(|&p| u32::from(p)).sum::<u32>(), 100);
        prop_assert_eq!(m.size, results.len());
        let mut g = group_of(&results.iter().map(link).collect::<Vec<_>>());
        for (index, name) in names.into_iter().enumerate() {
            g.apply(GroupEdit::Rename { index, name });
        }
        g.apply(GroupEdit::NamesInLink(with_names));
        let code = group_code::encode(&g).unwrap();
        prop_assert!(code.len() <= MAX_CODE_LEN);
        let back = group_code::decode(&code).unwrap();
        let got: Vec<SharedResult> = back.results().into_iter().map(|(_, _, r)| r).collect();
        prop_assert_eq!(got, results);
        let names: Vec<String> = back.members.iter().map(|m| m.name.clone()).collect();
        let expected: Vec<String> = g.members.iter().map(|m| if with_names { m.name.clone() } else { String::new() }).collect();
        prop_assert_eq!(names, expected);
        prop_assert_eq!(decode_group(&encode_group(&g)), Ok(g));
    }

    #[test]
    fn any_text_as_a_group_code_or_an_entry_is_an_answer_not_a_panic(text in "\\PC{0,900}") {
        let _ = group_code::decode(&text);
        let _ = parse_entry(&text);
        let mut g = Group::default();
        g.apply(GroupEdit::AddLines(text));
        prop_assert!(g.is_sound());
    }
}

/// Prints the example group link of docs/group.md:
/// `cargo test --test group example_link -- --ignored --nocapture`.
#[test]
#[ignore]
fn example_link() {
    let g = group_of(&[
        link(&mensch()),
        link(&pro([Some(20), Some(10), Some(30), Some(40), Some(50)])),
        link(&tie()),
    ]);
    let link = group_link(BASE, &group_code::encode(&g).unwrap());
    println!("{link}\n{} characters", link.len());
}

#[test]
fn the_group_goes_into_a_backup_and_comes_back_whole() {
    use netstyle::domain::documents::backup::{read, write};
    let text = encode_group(&sample_group(true));
    let file = write(&[(GROUP_KEY, Some(text.clone()))], 1);
    let restore = read(&file).expect("accepted");
    let group = restore
        .documents
        .iter()
        .find(|(k, _)| *k == GROUP_KEY)
        .and_then(|(_, t)| t.clone())
        .expect("the group is backed up");
    assert_eq!(decode_group(&group), Ok(sample_group(true)));
}
