//! Small reads and moves on the browser that the screens share: the clock,
//! the device's date, randomness, the route in the URL, keyboard focus and
//! the share sheet.

use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::domain::journal::Date;
use crate::domain::route::Route;

/// The current time in milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The device's date today, in its own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, m as u8, d as u8))
        .unwrap_or(Date::MIN)
}

/// A fresh seed for the option shuffle.
pub fn new_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now()
}

/// The route the URL fragment names.
pub fn route_in_url() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Moves focus to the element behind `node`, if it is on the page.
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Moves focus to the element with `id`, if it is on the page (one that
/// is not a control needs `tabindex="-1"`).
pub fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to the page's main content, for controls that go away when
/// used (so focus does not fall back to the top of the document).
pub fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| main_of(&d));
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The page's `<main>` (the app frame gives it the id `main`).
fn main_of(document: &web_sys::Document) -> Option<web_sys::HtmlElement> {
    document
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
}

/// After a new screen has replaced the old one: if the element that had
/// focus went away with the old screen (focus fell back to `<body>`), moves
/// it to the new screen's heading, or to `<main>` when the heading cannot
/// take focus. Focus that is still somewhere on the page stays where it is.
pub fn refocus_if_lost() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lost = match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    };
    if !lost {
        return;
    }
    let heading = document
        .query_selector("main h1[tabindex]")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    // Without scrolling: the new screen has put itself at its top already,
    // and focusing <main> would scroll it under the masthead.
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let target = heading.or_else(|| main_of(&document));
    if let Some(target) = target {
        let _ = target.focus_with_options(&options);
    }
}

/// Saves `blob` as a file called `name`, through a temporary link with a
/// `download` name (no request is made: the link points at the blob).
pub fn download(blob: &web_sys::Blob, name: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has taken its own reference to the file by now.
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Saves `text` as a file called `name` of type `mime`.
pub fn download_text(text: &str, mime: &str, name: &str) -> Option<()> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    download(&blob, name)
}

/// Runs `f` once the browser is idle (`requestIdleCallback`), or after a
/// short delay where it has no such call, so it never delays a frame the
/// person is waiting for.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let callback = callback.unchecked_ref::<js_sys::Function>();
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(callback);
    } else {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 200);
    }
}

/// Jobs run after the next frame has painted, at most one per key: a newer
/// job replaces the one still waiting under its key, and
/// [`PendingWrites::flush`] runs them all at once (when the page is hidden
/// or left). Used for saving the stored documents: the attempt changes with
/// every answer, and its write waits until the answer is on screen.
#[derive(Clone, Default)]
pub struct PendingWrites(std::rc::Rc<std::cell::RefCell<Vec<(&'static str, Job)>>>);

type Job = Box<dyn FnOnce()>;

impl PendingWrites {
    /// Runs `job` after the next paint, instead of any job still waiting
    /// under `key`.
    pub fn after_paint(&self, key: &'static str, job: impl FnOnce() + 'static) {
        let mut jobs = self.0.borrow_mut();
        let first = jobs.is_empty();
        match jobs.iter_mut().find(|(k, _)| *k == key) {
            Some(waiting) => waiting.1 = Box::new(job),
            None => jobs.push((key, Box::new(job))),
        }
        drop(jobs);
        if first {
            let me = self.clone();
            after_next_paint(move || me.flush());
        }
    }

    /// Runs every waiting job now, in the order they were first queued.
    pub fn flush(&self) {
        let jobs = std::mem::take(&mut *self.0.borrow_mut());
        for (_, job) in jobs {
            job();
        }
    }
}

/// Runs `f` in a task queued from the next animation frame, so after that
/// frame has painted. Without a window it runs at once. The one place the
/// app waits for a paint: the app's takeover of the prerendered screen
/// (main.rs), the result page's lower part (`AfterPaint`) and the writes of
/// [`PendingWrites`]. Each callback frees itself once it has run.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let task = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Why the share sheet did not share.
pub enum NotShared {
    /// The person closed the sheet.
    Cancelled,
    /// The browser has no share sheet, or it refused the data.
    Failed,
}

/// `navigator.<name>` when the browser has it as a function (the Web Share
/// API is not in web-sys's stable API).
pub fn navigator_fn(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let f = js_sys::Reflect::get(&navigator, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((navigator, f))
}

/// Hands `data` (`title`, `url`, `files`) to the share sheet
/// (`navigator.share`) and waits for the person.
pub async fn share_sheet(data: &js_sys::Object) -> Result<(), NotShared> {
    let (navigator, share) = navigator_fn("share").ok_or(NotShared::Failed)?;
    let promise = share
        .call1(&navigator, data)
        .map_err(|_| NotShared::Failed)?;
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Ok(()),
        Err(e)
            if js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            Err(NotShared::Cancelled)
        }
        Err(_) => Err(NotShared::Failed),
    }
}
