//! Browser entry point; the app itself lives in the library crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<netstyle::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("netstyle runs in the browser: build it with `trunk build` (see README.md).");
}
