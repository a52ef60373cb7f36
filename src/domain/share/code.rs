//! The share code: a result (profile, blend, tie and habits; never the
//! answers) packed into 13 bytes and written as 18 URL-safe characters.
//!
//! Layout, versions 1 and 2:
//! `[version, pro%, rookie%, imposter%, mensch%, blend, habit × 5, crc16 (2 bytes, big-endian)]`
//! where `blend` holds the primary style's index in its low two bits and
//! the secondary style's index + 1 (0 for none) in the next three, and a
//! habit with no answers is written as 255. The CRC covers every byte
//! before it. Decoding checks the length, the checksum, the version, and then
//! every field and how they fit together.
//!
//! Version 1 has no ties and a secondary style at most [`V1_BLEND_MARGIN`]
//! percentage points behind; its codes are read exactly as before, and a
//! result it can express is still written as version 1, so a link also opens
//! in a copy of the app cached before version 2. Version 2 carries the rest:
//! ties, and streaks decided on points that are further behind in percent.
//! It uses the top three bits of `blend` for the styles tied with the
//! primary: bit 5 Rookie, bit 6 Imposter, bit 7 Mensch (the primary is the
//! first tied style, so Pro is never among the others). Each result has
//! exactly one code.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, CRC_16_IBM_3740};
use thiserror::Error;

use crate::domain::model::Style;
use crate::domain::quiz::scoring::Outcome;

/// The version this build writes; it reads this one and version 1.
pub const VERSION: u8 = 2;
/// How close a version-1 secondary style had to be, in percentage points.
pub const V1_BLEND_MARGIN: u8 = 10;
const LEN: usize = 13;
const NO_HABIT: u8 = 255;
const CRC: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedResult {
    pub profile: [u8; 4],
    pub primary: Style,
    pub secondary: Option<Style>,
    pub tied: Vec<Style>,
    pub habits: [Option<u8>; 5],
}

impl From<&Outcome> for SharedResult {
    fn from(o: &Outcome) -> Self {
        SharedResult {
            profile: o.profile,
            primary: o.primary,
            secondary: o.secondary,
            tied: o.tied.clone(),
            habits: o.habits,
        }
    }
}

impl SharedResult {
    /// The outcome to show; a shared result has no "why" trace and no
    /// practice picks (equal habit levels keep [`crate::domain::Habit::ALL`]
    /// order).
    pub fn to_outcome(&self) -> Outcome {
        Outcome {
            profile: self.profile,
            primary: self.primary,
            secondary: self.secondary,
            tied: self.tied.clone(),
            habits: self.habits,
            picks: [0; 5],
            why: Vec::new(),
        }
    }
}

/// Why a share code could not be read. Each says what a person can do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("The link has no result in it.")]
    Empty,
    #[error("The link contains characters that a netstyle result never has.")]
    BadCharacters,
    #[error("The link is incomplete or has extra characters; it may have been cut off when it was copied.")]
    WrongLength,
    #[error("The link was changed or damaged on its way to you: its checksum does not match.")]
    BadChecksum,
    #[error("The link was made by a newer version of netstyle (format {0}). Reload the page to get the latest version.")]
    NewerVersion(u8),
    #[error("The link's format is not one netstyle knows.")]
    UnknownVersion,
    #[error("The link holds values that no quiz result can have.")]
    OutOfRange,
}

/// Whether version 1 cannot express the result.
fn needs_v2(r: &SharedResult) -> bool {
    let share = |s: Style| r.profile[s.index()];
    !r.tied.is_empty()
        || r.secondary
            .is_some_and(|s| share(r.primary).saturating_sub(share(s)) > V1_BLEND_MARGIN)
}

/// Encodes a result as its share code.
pub fn encode(result: &SharedResult) -> String {
    let mut bytes = Vec::with_capacity(LEN);
    bytes.push(if needs_v2(result) { VERSION } else { 1 });
    bytes.extend_from_slice(&result.profile);
    let secondary = result.secondary.map_or(0, |s| s.index() as u8 + 1);
    let tied = result
        .tied
        .iter()
        .filter(|s| s.index() > 0)
        .fold(0u8, |bits, s| bits | 1 << (4 + s.index()));
    bytes.push(result.primary.index() as u8 | (secondary << 2) | tied);
    bytes.extend(result.habits.iter().map(|h| h.unwrap_or(NO_HABIT)));
    bytes.extend_from_slice(&CRC.checksum(&bytes).to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes and validates a share code.
pub fn decode(code: &str) -> Result<SharedResult, ShareError> {
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::BadCharacters);
    }
    // 13 bytes are exactly 18 characters; checking first bounds the work.
    if code.len() != 18 {
        return Err(ShareError::WrongLength);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| ShareError::BadCharacters)?;
    let (body, sum) = bytes.split_at(LEN - 2);
    if CRC.checksum(body).to_be_bytes() != sum {
        return Err(ShareError::BadChecksum);
    }
    let version = match body[0] {
        v @ (1 | VERSION) => v,
        v if v > VERSION => return Err(ShareError::NewerVersion(v)),
        _ => return Err(ShareError::UnknownVersion),
    };
    let profile = [body[1], body[2], body[3], body[4]];
    let mut blend = body[5];
    let mut tied = Vec::new();
    if version == VERSION {
        tied = Style::ALL[1..]
            .iter()
            .copied()
            .filter(|s| blend & 1 << (4 + s.index()) != 0)
            .collect();
        blend &= 0b1_1111;
    }
    let primary = Style::ALL[usize::from(blend & 0b11)];
    let secondary = match blend >> 2 {
        0 => None,
        n @ 1..=4 => Some(Style::ALL[usize::from(n - 1)]),
        _ => return Err(ShareError::OutOfRange),
    };
    let mut habits = [None; 5];
    for (slot, &h) in habits.iter_mut().zip(&body[6..11]) {
        *slot = match h {
            0..=100 => Some(h),
            NO_HABIT => None,
            _ => return Err(ShareError::OutOfRange),
        };
    }
    let result = SharedResult {
        profile,
        primary,
        secondary,
        tied,
        habits,
    };
    let fits = match version {
        1 => consistent_v1(&result),
        _ => consistent(&result) && needs_v2(&result),
    };
    if fits {
        Ok(result)
    } else {
        Err(ShareError::OutOfRange)
    }
}

/// Whether the fields fit together as scoring produces them: shares sum to
/// 100 and none is above the primary's; tied styles come after the primary
/// in [`Style::ALL`] order with a share at most one point apart (rounding);
/// a secondary style has points, is not the primary and never comes with a tie.
fn consistent(r: &SharedResult) -> bool {
    let share = |s: Style| r.profile[s.index()];
    let top = share(r.primary);
    r.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && r.profile.iter().all(|&p| p <= top)
        && r.tied.iter().all(|&s| s > r.primary && top - share(s) <= 1)
        && (r.tied.is_empty() || r.secondary.is_none())
        && r.secondary.is_none_or(|s| s != r.primary && share(s) > 0)
}

/// Version 1's rule, kept so that links made before version 2 open with the
/// same figures and nothing else does.
fn consistent_v1(r: &SharedResult) -> bool {
    let share = |s: Style| r.profile[s.index()];
    let top = share(r.primary);
    r.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && r.profile.iter().all(|&p| p <= top)
        && r.secondary
            .is_none_or(|s| s != r.primary && share(s) > 0 && top - share(s) <= V1_BLEND_MARGIN)
}
