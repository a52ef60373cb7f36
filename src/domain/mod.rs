//! The quiz's domain: plain Rust with no browser imports, tested on the host.

/// Reads a stored unit enum from its variant's name, as serde's derive
/// writes it (`"Pro"`, `"OpenMixer"`), through `#[serde(try_from =
/// "String")]`: the derived reader of a unit enum is about 1 KB of wasm per
/// enum (a field visitor for text, bytes and indexes, and an enum visitor);
/// this is one string match (the first visit's download budget). Writing stays
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

pub mod content;
pub mod documents;
pub mod group;
pub mod journal;
pub mod language;
pub mod model;
pub mod order;
pub mod quiz;
pub mod route;
pub mod share;

pub use model::{Answer, Habit, Style};
