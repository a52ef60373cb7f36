//! The quiz on the host: the question bank, attempts, scoring, the option
//! shuffle, results of the first bank, and simulated respondents.
#![cfg(not(target_arch = "wasm32"))]

mod attempt;
mod bank;
mod retired;
mod scoring;
mod shuffle;
mod simulation;
