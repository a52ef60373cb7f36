//! The group code: a whole group in one URL fragment (`#/g/<code>`), so it
//! travels like a result link and never reaches a server log.
//!
//! Layout, version 1, written as URL-safe base64 without padding:
//! `[version, flags, n, result × n (13 bytes each), names?, crc16 (2 bytes, big-endian)]`
//! where each result is the 13 bytes of its own share code (see
//! `share_code`, whose checks it passes again on the way out), `flags` bit 0
//! says the names follow, and the names are `n` times a length byte and
//! that many bytes of UTF-8 (at most [`NAME_MAX_BYTES`]). The CRC covers every
//! byte before it. Only entries that hold a result go in; names only when the
//! person chose so.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, CRC_16_IBM_3740};
use thiserror::Error;

use super::{valid_name, Group, Member, GROUP_LIMIT, NAME_MAX_BYTES};
use crate::domain::share::code::{self as share_code, ShareError};

pub const VERSION: u8 = 1;
const RESULT_LEN: usize = 13;
const NAMES: u8 = 1;
const CRC: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);
/// The most bytes a group code holds: twelve results with the longest names.
pub const MAX_BYTES: usize = 3 + GROUP_LIMIT * (RESULT_LEN + 1 + NAME_MAX_BYTES) + 2;
/// The longest group code: [`MAX_BYTES`] in base64 without padding.
pub const MAX_CODE_LEN: usize = (MAX_BYTES * 4).div_ceil(3);

/// Why a group code could not be read. Each says what a person can do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum GroupCodeError {
    #[error("The link has no group in it.")]
    Empty,
    #[error("The link is longer than any netstyle group link ({MAX_CODE_LEN} characters after #/g/); something was added to it, or two links ran together.")]
    TooLong,
    #[error("The link contains characters that a netstyle group link never has.")]
    BadCharacters,
    #[error("The link is incomplete or was changed on its way to you; it may have been cut off when it was copied.")]
    Damaged,
    #[error("The link was made by a newer version of netstyle (group format {0}). Reload the page to get the latest version.")]
    NewerVersion(u8),
    #[error("The link holds values that no netstyle group can have.")]
    OutOfRange,
    #[error("Person {0} in the link could not be read. {1}")]
    Person(usize, ShareError),
}

/// The code for a group's results (entries without one are left out), or
/// `None` when no entry holds a result.
pub fn encode(group: &Group) -> Option<String> {
    let results = group.results();
    if results.is_empty() {
        return None;
    }
    let mut bytes = vec![
        VERSION,
        if group.names_in_link { NAMES } else { 0 },
        results.len() as u8,
    ];
    for (_, _, result) in &results {
        let code = share_code::encode(result);
        bytes.extend(URL_SAFE_NO_PAD.decode(code).ok()?);
    }
    if group.names_in_link {
        for (_, member, _) in &results {
            bytes.push(member.name.len() as u8);
            bytes.extend_from_slice(member.name.as_bytes());
        }
    }
    bytes.extend_from_slice(&CRC.checksum(&bytes).to_be_bytes());
    Some(URL_SAFE_NO_PAD.encode(bytes))
}

/// Decodes and checks a group code. Each person comes back as a member
/// whose entry is their bare share code.
pub fn decode(code: &str) -> Result<Group, GroupCodeError> {
    if code.is_empty() {
        return Err(GroupCodeError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(GroupCodeError::TooLong);
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(GroupCodeError::BadCharacters);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| GroupCodeError::Damaged)?;
    if bytes.len() < 5 {
        return Err(GroupCodeError::Damaged);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if CRC.checksum(body).to_be_bytes() != sum {
        return Err(GroupCodeError::Damaged);
    }
    match body[0] {
        VERSION => {}
        v if v > VERSION => return Err(GroupCodeError::NewerVersion(v)),
        _ => return Err(GroupCodeError::OutOfRange),
    }
    let (flags, n) = (body[1], usize::from(body[2]));
    if flags & !NAMES != 0 || n == 0 || n > GROUP_LIMIT {
        return Err(GroupCodeError::OutOfRange);
    }
    let rest = &body[3..];
    let results_end = n * RESULT_LEN;
    if rest.len() < results_end {
        return Err(GroupCodeError::Damaged);
    }
    let mut members = Vec::with_capacity(n);
    for (i, chunk) in rest[..results_end].chunks(RESULT_LEN).enumerate() {
        let code = URL_SAFE_NO_PAD.encode(chunk);
        share_code::decode(&code).map_err(|e| GroupCodeError::Person(i + 1, e))?;
        members.push(Member {
            link: code,
            name: String::new(),
        });
    }
    let names_in_link = flags & NAMES != 0;
    let mut names = &rest[results_end..];
    if names_in_link {
        for member in &mut members {
            let (&len, tail) = names.split_first().ok_or(GroupCodeError::Damaged)?;
            let len = usize::from(len);
            if tail.len() < len {
                return Err(GroupCodeError::Damaged);
            }
            let name = std::str::from_utf8(&tail[..len]).map_err(|_| GroupCodeError::OutOfRange)?;
            if !valid_name(name) {
                return Err(GroupCodeError::OutOfRange);
            }
            member.name = name.to_owned();
            names = &tail[len..];
        }
    }
    if !names.is_empty() {
        return Err(GroupCodeError::Damaged);
    }
    Ok(Group {
        members,
        names_in_link,
    })
}
