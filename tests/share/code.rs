//! The share code: every valid result survives a round trip, and every other
//! input is a typed error, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::share::code::{decode, encode, ShareError, SharedResult};
use netstyle::domain::Style;
use proptest::prelude::*;

use crate::support::any_scored;

fn sample() -> SharedResult {
    SharedResult {
        profile: [20, 10, 30, 40],
        primary: Style::Mensch,
        secondary: Some(Style::Imposter),
        tied: vec![],
        habits: [Some(0), Some(100), None, Some(55), Some(7)],
    }
}

/// A three-way tie, which only version 2 can carry.
fn tie() -> SharedResult {
    SharedResult {
        profile: [0, 34, 33, 33],
        primary: Style::Rookie,
        secondary: None,
        tied: vec![Style::Imposter, Style::Mensch],
        habits: [Some(50), None, Some(25), Some(75), Some(100)],
    }
}

#[test]
fn a_known_result_round_trips_in_18_characters() {
    let code = encode(&sample());
    assert_eq!(code.len(), 18);
    assert_eq!(decode(&code), Ok(sample()));
}

#[test]
fn a_tie_round_trips_as_version_2_and_other_results_stay_version_1() {
    let code = encode(&tie());
    assert_eq!(code.len(), 18);
    assert_eq!(decode(&code), Ok(tie()));
    assert_eq!(version_of(&code), 2);
    assert_eq!(version_of(&encode(&sample())), 1);
    assert_eq!(
        netstyle::i18n::names::blend_label(&tie().to_outcome()),
        "Equal parts Rookie, Imposter and Mensch"
    );
}

#[test]
fn a_streak_too_far_behind_for_version_1_is_written_as_version_2() {
    // Decided on points, a streak can be more than 10 percentage points behind.
    let far = SharedResult {
        profile: [45, 30, 15, 10],
        primary: Style::Pro,
        secondary: Some(Style::Rookie),
        tied: vec![],
        habits: [Some(50); 5],
    };
    let code = encode(&far);
    assert_eq!(decode(&code), Ok(far.clone()));
    assert_eq!(version_of(&code), 2);
    // Version 1 never accepted it.
    assert_eq!(
        decode(&forged([1, 45, 30, 15, 10, 0b1000, 50, 50, 50, 50, 50])),
        Err(ShareError::OutOfRange)
    );
}

#[test]
fn version_2_rejects_what_version_1_would_say_and_impossible_ties() {
    // No tie and no far streak: version 1's job, so a version 2 code is forged.
    assert_eq!(
        decode(&forged([2, 40, 35, 15, 10, 0b1000, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // Pro and Rookie tied (Rookie's bit), shares one apart: accepted.
    assert!(decode(&forged([2, 50, 49, 1, 0, 0b10_0000, 1, 1, 1, 1, 1])).is_ok());
    // A tied style two points behind, a tie with a streak, a tie before the primary.
    for blend in [0b10_0000u8, 0b10_1100, 0b10_0001] {
        assert_eq!(
            decode(&forged([2, 50, 48, 2, 0, blend, 1, 1, 1, 1, 1])),
            Err(ShareError::OutOfRange),
            "blend {blend:#b}"
        );
    }
}

#[test]
fn each_kind_of_damage_has_its_own_error() {
    let code = encode(&sample());
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode(&code[..17]), Err(ShareError::WrongLength));
    assert_eq!(decode(&format!("{code}A")), Err(ShareError::WrongLength));
    assert_eq!(
        decode("<script>alert(1)</script>"),
        Err(ShareError::BadCharacters)
    );
    assert_eq!(decode("%41%42%43"), Err(ShareError::BadCharacters));
    assert_eq!(decode("ÄÖÜäöüßÄÖÜäöüßÄÖÜ"), Err(ShareError::BadCharacters));
    let mut flipped = code.clone().into_bytes();
    flipped[5] = if flipped[5] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(&String::from_utf8(flipped).unwrap()),
        Err(ShareError::BadChecksum)
    );
    assert_eq!(decode(&"A".repeat(5000)), Err(ShareError::WrongLength));
}

/// The version byte of a code.
fn version_of(code: &str) -> u8 {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(code)
        .unwrap()[0]
}

/// Builds a code from raw bytes with a correct checksum, to reach the
/// checks that come after it.
fn forged(body: [u8; 11]) -> String {
    use base64::Engine;
    let crc = crc::Crc::<u16>::new(&crc::CRC_16_IBM_3740).checksum(&body);
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn versions_and_ranges_are_checked_after_the_checksum() {
    assert_eq!(
        decode(&forged([3, 25, 25, 25, 25, 0, 1, 1, 1, 1, 1])),
        Err(ShareError::NewerVersion(3))
    );
    assert_eq!(
        decode(&forged([0, 25, 25, 25, 25, 0, 1, 1, 1, 1, 1])),
        Err(ShareError::UnknownVersion)
    );
    // Profile not summing to 100.
    assert_eq!(
        decode(&forged([1, 30, 25, 25, 25, 0, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // Primary (Pro) is not the largest share.
    assert_eq!(
        decode(&forged([1, 10, 20, 30, 40, 0, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // Habit of 101.
    assert_eq!(
        decode(&forged([1, 40, 20, 20, 20, 0, 101, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // Secondary equal to primary, and a secondary far behind.
    assert_eq!(
        decode(&forged([1, 40, 20, 20, 20, 0b0100, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    assert_eq!(
        decode(&forged([1, 40, 20, 20, 20, 0b1000, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // Blend bits that version 1 never used.
    assert_eq!(
        decode(&forged([1, 40, 20, 20, 20, 0b1110_0000, 1, 1, 1, 1, 1])),
        Err(ShareError::OutOfRange)
    );
    // And a valid forged one is accepted.
    assert!(decode(&forged([1, 40, 35, 15, 10, 0b1000, 1, 255, 1, 1, 1])).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_scored_result_round_trips(result in any_scored()) {
        let code = encode(&result);
        prop_assert_eq!(code.len(), 18);
        prop_assert_eq!(decode(&code), Ok(result));
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn code_like_text_is_a_value_or_an_error(text in "[A-Za-z0-9_-]{0,40}") {
        if let Ok(result) = decode(&text) {
            // Anything accepted must encode back to the same code.
            prop_assert_eq!(encode(&result), text);
        }
    }

    #[test]
    fn one_changed_character_is_caught(result in any_scored(), pos in 0usize..18, c in "[A-Za-z0-9_-]") {
        let code = encode(&result);
        let mut chars: Vec<char> = code.chars().collect();
        let replacement = c.chars().next().unwrap();
        prop_assume!(chars[pos] != replacement);
        chars[pos] = replacement;
        let damaged: String = chars.into_iter().collect();
        prop_assert!(decode(&damaged).is_err(), "{} was accepted", damaged);
    }
}

/// On demand: `cargo test --release --test share fuzz_one_million_inputs -- --ignored --nocapture`.
/// Decodes one million pseudo-random inputs of the share code's alphabet and
/// length (where the checksum is the only guard) plus random bytes.
#[test]
#[ignore]
fn fuzz_one_million_inputs() {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut accepted, mut rejected) = (0u64, 0u64);
    for i in 0..1_000_000u64 {
        let len = if i % 2 == 0 {
            18
        } else {
            (next() % 40) as usize
        };
        let text: String = if i % 3 == 0 {
            (0..len)
                .map(|_| char::from_u32((next() % 0x3000) as u32).unwrap_or('?'))
                .collect()
        } else {
            (0..len)
                .map(|_| ALPHABET[(next() % 64) as usize] as char)
                .collect()
        };
        match decode(&text) {
            Ok(r) => {
                assert_eq!(encode(&r), text);
                accepted += 1;
            }
            Err(_) => rejected += 1,
        }
    }
    println!(
        "fuzzed {} inputs: {accepted} accepted (each re-encoded identically), {rejected} rejected",
        accepted + rejected
    );
    assert_eq!(accepted + rejected, 1_000_000);
}
