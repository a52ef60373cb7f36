//! The handle every page reads the state from and dispatches to, provided
//! by the root component.

use yew::prelude::*;

use super::reducer::AppState;

/// The state handle every page reads and dispatches to.
pub type AppHandle = UseReducerHandle<AppState>;

/// The app state from the nearest provider (the root component).
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("pages are only rendered inside App")
}
