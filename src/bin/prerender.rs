//! Build step: prints the prerendered welcome screen (see
//! `netstyle::prerender`) for `scripts/post-build.mjs` to put into
//! `index.html`. Runs on the build machine, never in the browser.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", netstyle::prerender::welcome());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
