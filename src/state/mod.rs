//! The app's one state: what every screen shows, the pure reducer that
//! changes it, and the context through which the screens reach it.

mod context;
mod reducer;
mod rehearsal;

pub use context::{use_app, use_language, AppHandle};
pub use reducer::{Action, AppState};
pub use rehearsal::{rehearsal_answer, rehearse, Rehearsal, Rehearsing};
