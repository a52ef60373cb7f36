//! The app's content on the host: the styles explained, the tailored
//! checklist and its progress, and the content snapshot for the e2e suite.
#![cfg(not(target_arch = "wasm32"))]

mod e2e_content;
mod portraits;
mod progress;
mod tips;
