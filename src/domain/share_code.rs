//! The share code: a result (profile, blend and habits; never the answers)
//! packed into 13 bytes and written as 18 URL-safe characters.
//!
//! Layout, version 1:
//! `[version, pro%, rookie%, imposter%, mensch%, blend, habit × 5, crc16 (2 bytes, big-endian)]`
//! where `blend` holds the primary style's index in its low two bits and
//! the secondary style's index + 1 (0 for none) in the next three, and a
//! habit with no answers is written as 255. The CRC covers every byte
//! before it. Decoding checks the length, the checksum, the version, and then
//! every field and how they fit together.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, CRC_16_IBM_3740};
use thiserror::Error;

use super::model::Style;
use super::scoring::{Outcome, BLEND_MARGIN};

/// The version this build writes and reads.
pub const VERSION: u8 = 1;
const LEN: usize = 13;
const NO_HABIT: u8 = 255;
const CRC: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedResult {
    pub profile: [u8; 4],
    pub primary: Style,
    pub secondary: Option<Style>,
    pub habits: [Option<u8>; 5],
}

impl From<&Outcome> for SharedResult {
    fn from(o: &Outcome) -> Self {
        SharedResult {
            profile: o.profile,
            primary: o.primary,
            secondary: o.secondary,
            habits: o.habits,
        }
    }
}

impl SharedResult {
    /// The outcome to show; a shared result has no "why" trace.
    pub fn to_outcome(&self) -> Outcome {
        Outcome {
            profile: self.profile,
            primary: self.primary,
            secondary: self.secondary,
            habits: self.habits,
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

/// Encodes a result as its share code.
pub fn encode(result: &SharedResult) -> String {
    let mut bytes = Vec::with_capacity(LEN);
    bytes.push(VERSION);
    bytes.extend_from_slice(&result.profile);
    let secondary = result.secondary.map_or(0, |s| s.index() as u8 + 1);
    bytes.push(result.primary.index() as u8 | (secondary << 2));
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
    match body[0] {
        VERSION => {}
        v if v > VERSION => return Err(ShareError::NewerVersion(v)),
        _ => return Err(ShareError::UnknownVersion),
    }
    let profile = [body[1], body[2], body[3], body[4]];
    let blend = body[5];
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
        habits,
    };
    if consistent(&result) {
        Ok(result)
    } else {
        Err(ShareError::OutOfRange)
    }
}

/// Whether the fields fit together as scoring would produce them.
fn consistent(r: &SharedResult) -> bool {
    let share = |s: Style| r.profile[s.index()];
    let top = share(r.primary);
    r.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && r.profile.iter().all(|&p| p <= top)
        && r.secondary
            .is_none_or(|s| s != r.primary && share(s) > 0 && top - share(s) <= BLEND_MARGIN)
}
