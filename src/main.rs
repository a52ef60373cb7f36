//! Browser entry point; the app itself lives in the library crate.

/// talc instead of the standard library's dlmalloc: a smaller allocator in
/// the wasm (figures in docs/performance.md).
///
/// SAFETY: the app runs single-threaded (no wasm threads), as `TalckWasm`
/// requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// index.html holds a prerendered copy of the welcome screen (see
/// `src/prerender.rs`), which the app replaces when it renders. Taking over
/// before that copy has painted would make the app's paint the first one,
/// so the largest contentful paint would wait for the wasm after all: while
/// the copy is in a visible page, the app renders in a task queued after the
/// next frame (a hidden page paints nothing, so it renders at once). The
/// takeover itself is three tasks (`netstyle::takeover`).
#[cfg(target_arch = "wasm32")]
fn main() {
    let render = || {
        if let Some(host) = netstyle::takeover::host() {
            yew::Renderer::<netstyle::App>::with_root(host).render();
        }
    };
    // The language comes first: a language other than English may have to
    // be fetched before the first screen can be drawn in it.
    netstyle::start_in_language(move || {
        let waits_for_paint = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.get_element_by_id("prerendered").is_some() && !d.hidden());
        if waits_for_paint {
            netstyle::after_next_paint(render);
        } else {
            render();
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("netstyle runs in the browser: build it with `trunk build` (see README.md).");
}
