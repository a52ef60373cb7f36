//! The quiz's domain: plain Rust with no browser imports, tested on the host.

/// Reads a stored unit enum from its variant's name, as serde's derive
/// writes it (`"Pro"`, `"OpenMixer"`), through `#[serde(try_from =
/// "String")]`: the derived reader of a unit enum is about 1 KB of wasm per
/// enum (a field visitor for text, bytes and indexes, and an enum visitor);
/// this is one string match (issue 13's first-visit budget). Writing stays
/// derived, so the stored text is the same.
macro_rules! read_by_name {
    ($enum:ident { $($variant:ident),+ $(,)? }) => {
        impl TryFrom<String> for $enum {
            type Error = &'static str;
            fn try_from(name: String) -> Result<Self, Self::Error> {
                match name.as_str() {
                    $(stringify!($variant) => Ok($enum::$variant),)+
                    _ => Err(concat!("no ", stringify!($enum), " of that name")),
                }
            }
        }
    };
}

pub mod attempt;
pub mod backup;
pub mod bank;
pub mod card;
pub mod documents;
pub mod group;
pub mod group_code;
pub mod group_mix;
pub mod history;
pub mod ics;
pub mod item;
pub mod journal;
pub mod journal_date;
pub mod journal_roi;
pub mod journal_status;
pub mod model;
pub mod notice;
pub mod order;
pub mod portraits;
pub mod progress;
pub mod qr;
pub mod questions;
pub mod route;
pub mod scoring;
pub mod share_code;
pub mod shuffle;
pub mod simulation;
pub mod tip;
pub mod tip_texts;
pub mod tips;

pub use model::{Answer, Habit, Style};
