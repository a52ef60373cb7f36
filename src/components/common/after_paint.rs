//! Content that is built one frame late: the screen's first part paints
//! first, and what is below it follows in the next task. The result page
//! uses it so that the last answer shows the summary at once instead of
//! waiting for the whole page (yew builds each element through a
//! call into JavaScript, and the full result page took 100-200 ms at 4x
//! CPU slowdown; the summary alone is about a fifth of its elements).
//!
//! The children appear in a task queued from the next animation frame, so
//! after that frame has painted. Nothing is hidden from anyone for longer
//! than that: assistive technology, find-in-page and print see the whole
//! page a frame later.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::after_next_paint;

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
            let mounted = Rc::new(Cell::new(true));
            let still = mounted.clone();
            after_next_paint(move || {
                if still.get() {
                    ready.set(true);
                }
            });
            // Leaving the page before then: nothing to show any more.
            move || mounted.set(false)
        });
    }
    if *ready {
        props.children.clone()
    } else {
        Html::default()
    }
}
