//! The QR code carries the share link exactly: an independent decoder
//! (rqrr) reads the drawn modules back, for the shortest and the longest
//! link the app makes, at the site root and under a sub-path.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::route::share_link;
use netstyle::domain::share::code::{encode, SharedResult};
use netstyle::domain::share::qr::{QrError, QrMatrix, QUIET_ZONE};
use netstyle::domain::Style;

const PX: usize = 6;

/// Draws the matrix as a scanner would see it (dark on light, quiet zone
/// included, several pixels per module) and decodes it with rqrr.
fn scan(matrix: &QrMatrix) -> Result<String, String> {
    let side = matrix.size_with_quiet_zone() * PX;
    let inner = |p: usize| (p / PX).checked_sub(QUIET_ZONE);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        match (inner(x), inner(y)) {
            (Some(mx), Some(my)) if matrix.is_dark(mx, my) => 0,
            _ => 255,
        }
    });
    let grids = image.detect_grids();
    let [grid] = grids.as_slice() else {
        return Err(format!("expected one code, found {}", grids.len()));
    };
    grid.decode()
        .map(|(_, text)| text)
        .map_err(|e| e.to_string())
}

/// Every shape of result a link can hold, so the shortest and longest
/// codes come from the encoder rather than from a number written here.
fn results() -> Vec<SharedResult> {
    let profiles = [
        ([100, 0, 0, 0], Style::Pro, None),
        ([25, 25, 25, 25], Style::Mensch, Some(Style::Imposter)),
        ([40, 38, 12, 10], Style::Pro, Some(Style::Rookie)),
        ([0, 0, 1, 99], Style::Mensch, None),
    ];
    let habits = [
        [None; 5],
        [Some(100); 5],
        [Some(0); 5],
        [Some(7), None, Some(55), Some(100), Some(0)],
    ];
    profiles
        .iter()
        .flat_map(|&(profile, primary, secondary)| {
            habits.iter().map(move |&habits| SharedResult {
                profile,
                primary,
                secondary,
                tied: vec![],
                habits,
            })
        })
        .collect()
}

fn shortest_and_longest_codes() -> [String; 2] {
    let mut codes: Vec<String> = results().iter().map(encode).collect();
    codes.sort_by_key(String::len);
    [codes[0].clone(), codes[codes.len() - 1].clone()]
}

const BASES: [&str; 3] = [
    "http://127.0.0.1:8080/",
    "https://example.org/netstyle/",
    "https://our-networking-team.example.org/events/2026/spring-meetups/tools/netstyle/",
];

#[test]
fn the_decoded_code_is_exactly_the_share_link() {
    for base in BASES {
        for code in shortest_and_longest_codes() {
            let link = share_link(base, &code);
            let matrix = QrMatrix::for_link(&link).expect("a share link fits a QR code");
            assert_eq!(scan(&matrix), Ok(link));
        }
    }
}

#[test]
fn every_result_shape_survives_the_scan() {
    for result in results() {
        let link = share_link(BASES[1], &encode(&result));
        assert_eq!(scan(&QrMatrix::for_link(&link).unwrap()), Ok(link));
    }
}

#[test]
fn a_longer_link_needs_more_modules() {
    let code = &shortest_and_longest_codes()[1];
    let short = QrMatrix::for_link(&share_link(BASES[0], code)).unwrap();
    let long = QrMatrix::for_link(&share_link(BASES[2], code)).unwrap();
    assert!(
        long.size() > short.size(),
        "{} vs {}",
        long.size(),
        short.size()
    );
    // Small enough to scan from arm's length: version 7 or lower.
    assert!(long.size() <= 45, "{} modules", long.size());
}

#[test]
fn the_svg_path_draws_exactly_the_dark_modules() {
    let matrix =
        QrMatrix::for_link(&share_link(BASES[1], &shortest_and_longest_codes()[0])).unwrap();
    let mut drawn = vec![false; matrix.size() * matrix.size()];
    for run in matrix.runs() {
        for x in run.x..run.x + run.len {
            drawn[(run.y - QUIET_ZONE) * matrix.size() + x - QUIET_ZONE] = true;
        }
    }
    for y in 0..matrix.size() {
        for x in 0..matrix.size() {
            assert_eq!(
                drawn[y * matrix.size() + x],
                matrix.is_dark(x, y),
                "({x}, {y})"
            );
        }
    }
    let path = matrix.svg_path();
    assert_eq!(path.matches('M').count(), matrix.runs().len());
    assert!(
        path.starts_with(&format!("M{} {}", QUIET_ZONE, QUIET_ZONE)),
        "finder pattern first"
    );
}

#[test]
fn a_link_too_long_for_any_qr_code_is_an_error_not_a_panic() {
    let link = format!("https://example.org/{}", "a".repeat(3000));
    assert_eq!(QrMatrix::for_link(&link), Err(QrError::TooLong));
}
