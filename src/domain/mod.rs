//! The quiz's domain: plain Rust with no browser imports, tested on the host.

pub mod attempt;
pub mod bank;
pub mod card;
pub mod content;
pub mod documents;
pub mod history;
pub mod model;
pub mod notice;
pub mod qr;
pub mod route;
pub mod scoring;
pub mod share_code;
pub mod shuffle;
pub mod tips;

pub use model::{Answer, Habit, Style};
