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

/// The language in use, for a component that renders texts from props
/// alone: calling it makes the component render again, in place, when the
/// language changes (its props would not). Provided by the root component.
#[hook]
pub fn use_language() -> crate::domain::language::Language {
    use_context::<crate::domain::language::Language>().unwrap_or_default()
}
