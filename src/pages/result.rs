//! Screen 3: the latest result, what it means, and what to do about it.

use yew::prelude::*;

use crate::browser::{focus, new_seed};
use crate::components::{
    checklist::Checklist, habit_bars::HabitBars, history_list::HistoryList,
    profile_chart::ProfileChart, share_panel::SharePanel, style_heading::StyleHeading,
    why_list::WhyList,
};
use crate::state::{use_app, Action};

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    let confirming = use_state(|| false);
    let (yes_button, retake_button) = (use_node_ref(), use_node_ref());
    use_focus_on_swap(*confirming, yes_button.clone(), retake_button.clone());
    let Some(latest) = app.history.first().cloned() else {
        return html! {
            <section>
                <h1>{"No result yet"}</h1>
                <p>{"Finish the quiz once and your result will be shown here."}</p>
                <p><a class="button primary" href="#/">{"Go to the start"}</a></p>
            </section>
        };
    };
    let outcome = latest.outcome;
    let toggle = {
        let app = app.clone();
        Callback::from(move |id: String| app.dispatch(Action::ToggleTip(id)))
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let retake = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Start { seed: new_seed() }))
    };
    let earlier = app.history.iter().skip(1).cloned().collect::<Vec<_>>();

    html! {
        <article class="result">
            <StyleHeading eyebrow="Your networking style" outcome={outcome.clone()} with_trap=true />
            <section aria-labelledby="h-profile">
                <h2 id="h-profile">{"Your profile"}</h2>
                <ProfileChart profile={outcome.profile} />
            </section>
            <section aria-labelledby="h-habits">
                <h2 id="h-habits">{"Your habits"}</h2>
                <HabitBars habits={outcome.habits} />
            </section>
            <section aria-labelledby="h-why">
                <h2 id="h-why">{"Why you got this"}</h2>
                <p>{"These answers pulled most towards the "}{outcome.primary.name()}{":"}</p>
                <WhyList why={outcome.why.clone()} primary={outcome.primary} />
            </section>
            <section aria-labelledby="h-checklist">
                <h2 id="h-checklist">{"Your checklist"}</h2>
                <p>{"Tips for your style and for your two weakest habits. Tick them off as you go; they stay ticked."}</p>
                <Checklist outcome={outcome.clone()} checked={app.checked.clone()} on_toggle={toggle} />
            </section>
            <section aria-labelledby="h-share">
                <h2 id="h-share">{"Share your result"}</h2>
                <SharePanel outcome={outcome.clone()} />
            </section>
            <section class="retake" aria-labelledby="h-again">
                <h2 id="h-again">{"Again?"}</h2>
                if *confirming {
                    <p>{"Start a new attempt? This result stays in your history."}</p>
                    <div class="actions">
                        <button ref={yes_button} class="primary" onclick={retake}>{"Yes, retake"}</button>
                        <button onclick={cancel}>{"Cancel"}</button>
                    </div>
                } else {
                    <div class="actions"><button ref={retake_button} onclick={ask}>{"Retake the quiz"}</button></div>
                }
            </section>
            <section aria-labelledby="h-history">
                <h2 id="h-history">{"Earlier results"}</h2>
                <HistoryList records={earlier} />
            </section>
        </article>
    }
}

/// The pressed button goes away with the question it asked or answered, so
/// focus moves to the button that takes its place instead of falling back to
/// the top of the page.
#[hook]
fn use_focus_on_swap(confirming: bool, yes: NodeRef, retake: NodeRef) {
    let first = use_mut_ref(|| true);
    use_effect_with(confirming, move |&confirming| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus(if confirming { &yes } else { &retake });
    });
}
