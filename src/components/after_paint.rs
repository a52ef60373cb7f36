//! Content that is built one frame late: the screen's first part paints
//! first, and what is below it follows in the next task. The result page
//! uses it so that the last answer shows the summary at once instead of
//! waiting for the whole page (issue 15: yew builds each element through a
//! call into JavaScript, and the full result page took 100-200 ms at 4x
//! CPU slowdown; the summary alone is about a fifth of its elements).
//!
//! The children appear in a task queued from the next animation frame, so
//! after that frame has painted. Nothing is hidden from anyone for longer
//! than that: assistive technology, find-in-page and print see the whole
//! page a frame later.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AfterPaintProps {
    pub children: Html,
}

/// Renders nothing on its first render, then its children once the frame
/// that shows the rest of the screen has painted.
#[component]
pub fn AfterPaint(props: &AfterPaintProps) -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let pending = after_next_paint(move || ready.set(true));
            // Leaving the page before then cancels both steps.
            move || drop(pending)
        });
    }
    if *ready {
        props.children.clone()
    } else {
        Html::default()
    }
}

/// What is still to run: the frame callback, then the timeout it queued.
/// Dropping it cancels whichever is pending.
struct Pending {
    _frame: AnimationFrame,
    _timeout: Rc<RefCell<Option<Timeout>>>,
}

/// Runs `then` in a task queued from the next animation frame: after that
/// frame's paint, not before it.
fn after_next_paint(then: impl FnOnce() + 'static) -> Pending {
    let timeout = Rc::new(RefCell::new(None));
    let slot = timeout.clone();
    let frame = request_animation_frame(move |_| {
        *slot.borrow_mut() = Some(Timeout::new(0, then));
    });
    Pending {
        _frame: frame,
        _timeout: timeout,
    }
}
