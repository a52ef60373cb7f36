//! Screen 3: the latest result, what it means, and what to do about it. The
//! summary comes first (style, portrait, profile, Share), then the rest in
//! two columns on a wide screen.

use yew::prelude::*;

use crate::browser::new_seed;
use crate::components::{
    common::after_paint::AfterPaint,
    common::confirm::Confirm,
    common::emblem::style_class,
    common::emblem::{emblem, EmblemProps},
    common::page_nav::{page_nav, use_top_of_page, PageNavProps},
    common::profile_chart::{profile_chart, ProfileChartProps},
    content::checklist::{checklist_view, ChecklistProps},
    quiz::habit_bars::{habit_bars, HabitBarsProps},
    quiz::history_list::{history_list, HistoryListProps},
    quiz::not_enough::{not_enough, NotEnoughProps},
    quiz::strong_habits::{strong_habits, StrongHabitsProps, Whose},
    quiz::style_heading::{style_heading, StyleHeadingProps},
    quiz::why_list::{why_list, WhyListProps},
    share::panel::SharePanel,
};
use crate::domain::content::portraits::portrait;
use crate::domain::quiz::scoring::Outcome;
use crate::domain::quiz::{bank::scene_count, scoring::Verdict};
use crate::state::{use_app, Action};

/// The sections below the summary, in page order: heading id and nav text.
const SECTIONS: [(&str, &str); 5] = [
    ("h-style", "Your style"),
    ("h-habits", "Habits"),
    ("h-why", "Why"),
    ("h-checklist", "Checklist"),
    ("h-history", "History"),
];

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    use_top_of_page();
    if let Some(Verdict::NotEnough { answered, needed }) = app
        .attempt
        .as_ref()
        .filter(|a| a.is_last())
        .map(|a| a.verdict())
    {
        let app = app.clone();
        let on_answer = Callback::from(move |_| app.dispatch(Action::AnswerSkipped));
        return html! { {not_enough(&NotEnoughProps { answered, needed, scenes: scene_count(), on_answer })} };
    }
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

    html! {
        <article class="result">
            {summary(&OutcomeProps { outcome: outcome.clone() })}
            // The summary paints first; the sections below it are built in
            // the next task (see AfterPaint).
            <AfterPaint><Sections {outcome} /></AfterPaint>
        </article>
    }
}

/// The sections below the summary. A component, so that their markup is
/// built only when `AfterPaint` shows them: built with the summary, it was
/// part of the last answer's work although it is not yet on the page.
#[component]
fn Sections(props: &OutcomeProps) -> Html {
    let app = use_app();
    let outcome = &props.outcome;
    let toggle = {
        let app = app.clone();
        Callback::from(move |id: String| app.dispatch(Action::ToggleTip(id)))
    };
    let earlier = app.history.iter().skip(1).cloned().collect::<Vec<_>>();
    html! {
        <>
            {page_nav(&PageNavProps { here: "#/result".into(), links: SECTIONS.to_vec() })}
            <div class="result-columns">
                <div class="result-column">
                    {style_section(&OutcomeProps { outcome: outcome.clone() })}
                    <section class="screen-only" aria-labelledby="h-habits">
                        <h2 id="h-habits" tabindex="-1">{"Your habits"}</h2>
                        {habit_bars(&HabitBarsProps { habits: outcome.habits })}
                    </section>
                    <section class="screen-only" aria-labelledby="h-why">
                        <h2 id="h-why" tabindex="-1">{"Why you got this"}</h2>
                        <p>{"These answers pulled most towards the "}{outcome.headline()}{":"}</p>
                        {why_list(&WhyListProps { why: outcome.why.clone(), primary: outcome.primary })}
                    </section>
                </div>
                <div class="result-column">
                    <section class="checklist-section" aria-labelledby="h-checklist">
                        <h2 id="h-checklist" tabindex="-1">{"Your checklist"}</h2>
                        if outcome.habits_strong() {
                            <p>{"Tips for your style and for keeping your habits strong. Tick them off as you go; they stay ticked."}</p>
                        } else {
                            <p>{"Tips for your style and for your two weakest habits. Tick them off as you go; they stay ticked."}</p>
                        }
                        {checklist_view(&ChecklistProps { outcome: outcome.clone(), checked: app.checked.clone(), on_toggle: toggle })}
                        <p class="screen-only"><a class="link-alone" href="#/journal">{"Plan your next event and its follow-ups in the journal"}</a></p>
                    </section>
                    <section class="screen-only" aria-labelledby="h-history">
                        <h2 id="h-history" tabindex="-1">{"Earlier results"}</h2>
                        {history_list(&HistoryListProps { records: earlier })}
                        <Retake />
                    </section>
                </div>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct OutcomeProps {
    pub outcome: Outcome,
}

/// The first screenful: who you are, your profile, and Share.
pub(crate) fn summary(props: &OutcomeProps) -> Html {
    let outcome = &props.outcome;
    html! {
        <div class={classes!("summary", style_class(outcome.primary))}>
            <div class="summary-head">
                {emblem(&EmblemProps { style: outcome.primary, class: classes!("emblem-large") })}
                {style_heading(&StyleHeadingProps { eyebrow: "Your networking style".into(), outcome: outcome.clone(), with_trap: false })}
            </div>
            if outcome.habits_strong() {
                {strong_habits(&StrongHabitsProps { whose: Whose::Mine })}
            }
            // The style paints first, on the frame after the last answer;
            // the profile and Share follow in the next task (see AfterPaint).
            <AfterPaint>
                <section class="summary-profile screen-only" aria-labelledby="h-profile">
                    <h2 id="h-profile" class="visually-hidden">{"Your profile"}</h2>
                    {profile_chart(&ProfileChartProps { profile: outcome.profile, id_suffix: AttrValue::default() })}
                </section>
                <div class="summary-actions screen-only">
                    <SharePanel outcome={outcome.clone()} />
                </div>
            </AfterPaint>
        </div>
    }
}

/// The style in depth: its strength and its trap; what helps is on the
/// styles page, and in the checklist as things to do.
fn style_section(props: &OutcomeProps) -> Html {
    let p = portrait(props.outcome.primary);
    html! {
        <section class="style-section screen-only" aria-labelledby="h-style">
            <h2 id="h-style" tabindex="-1">{format!("Being {}", p.style.with_article())}</h2>
            <dl class="portrait">
                <dt>{"Your strength"}</dt><dd>{p.strength}</dd>
                <dt>{"The trap"}</dt><dd>{p.trap}</dd>
            </dl>
            <p><a class="link-alone" href="#/styles">{"What helps, and the other three styles"}</a></p>
        </section>
    }
}

/// Retake, after asking first.
#[component]
fn Retake() -> Html {
    let app = use_app();
    let retake = Callback::from(move |()| app.dispatch(Action::Start { seed: new_seed() }));
    html! {
        <div class="retake">
            <Confirm ask="Retake the quiz" question="Start a new attempt? This result stays in your history." yes="Yes, retake" on_yes={retake} />
        </div>
    }
}
